/** Runnable examples of embedding Convene. */
module dev.convene.examples {
  requires dev.convene.platform;
}
