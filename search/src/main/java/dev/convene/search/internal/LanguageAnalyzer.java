package dev.convene.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of one language: words split by the Unicode rules, lower-cased, stop words removed,
 * accents folded, then stemmed. Accents are folded before stemming so that a query typed without
 * accents ("securite sociale") stems exactly as the accented text did. Prefix queries use {@link
 * #normalize}: lower case and folded, never stemmed.
 */
final class LanguageAnalyzer extends Analyzer {
  /** The positions between two values of a field: more than any phrase spans. */
  static final int POSITION_GAP = 100;

  private final String language;

  LanguageAnalyzer(String language) {
    this.language = language;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = switch (language) {
      case "en" -> new PorterStemFilter(fold(stop(new LowerCaseFilter(new EnglishPossessiveFilter(source)),
          EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
      case "fr" -> new FrenchLightStemFilter(fold(stop(new LowerCaseFilter(
          new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet())));
      case "es" -> new SpanishLightStemFilter(fold(stop(new LowerCaseFilter(source),
          SpanishAnalyzer.getDefaultStopSet())));
      default -> fold(new LowerCaseFilter(source));
    };
    return new TokenStreamComponents(source, stream);
  }

  /**
   * A wide gap between the values of one field (a discussion's body and each of its replies, a poll's
   * options), so that a phrase is only ever found within one text.
   */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(new LowerCaseFilter(in));
  }

  private static TokenStream stop(TokenStream in, CharArraySet words) {
    return new StopFilter(in, words);
  }

  private static TokenStream fold(TokenStream in) {
    return new ASCIIFoldingFilter(in);
  }
}
