package dev.convene.benchmarks.query;

/** The kinds of query measured separately, each with its share of the mix. */
public enum QueryClass {
  /** One word, searched in every language. */
  TERM(25),
  /** Two or three words with {@code +} and {@code -}: all of them, any of them, one but not another. */
  BOOLEAN(20),
  /** Two adjacent words of a real text, in quotes. */
  PHRASE(20),
  /** One word, restricted to the documents under one concept (the concept or a narrower one). */
  DRILL_DOWN(20),
  /** No text: the newest documents, of the whole world or under one concept, with their facets. */
  BROWSE(15);

  private final int share;

  QueryClass(int share) {
    this.share = share;
  }

  /** The class's share of the mix, in per cent. */
  public int share() {
    return share;
  }
}
