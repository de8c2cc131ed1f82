/** Convene's storage SPI: the interfaces stores implement, and the blob store for attachment files. */
module dev.convene.storage.spi {
  requires transitive dev.convene.core;

  exports dev.convene.storage.blob;
}
