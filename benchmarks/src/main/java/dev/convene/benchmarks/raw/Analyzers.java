package dev.convene.benchmarks.raw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of DESIGN.md §4, the same chain as Convene's search: one pair of text fields per
 * analysed language, English, French and Spanish with stop words and stemming, a standard analysis
 * for every other language; words split by the Unicode rules, lower-cased, stop words removed,
 * accents folded before stemming (so that a word typed without accents stems as the accented text
 * did), French elisions removed.
 */
final class Analyzers {
  /** The field suffixes: the three analysed languages, then the standard one for the rest. */
  static final List<String> LANGUAGES = List.of("en", "fr", "es", "std");

  private Analyzers() {}

  /** The suffix of the fields a text in {@code languageTag} goes to. */
  static String suffix(String languageTag) {
    return LANGUAGES.contains(languageTag) ? languageTag : "std";
  }

  /** One analyzer over all fields: each text field by its language, anything else as a standard text. */
  static Analyzer perField() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (String language : LANGUAGES) {
      Analyzer analyzer = new Language(language);
      byField.put(RawSchema.title(language), analyzer);
      byField.put(RawSchema.text(language), analyzer);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  /** One language's chain. */
  private static final class Language extends Analyzer {
    private final String language;

    Language(String language) {
      this.language = language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = switch (language) {
        case "en" -> new PorterStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(
            new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
        case "fr" -> new FrenchLightStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(
            new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet())));
        case "es" -> new SpanishLightStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(source),
            SpanishAnalyzer.getDefaultStopSet())));
        default -> new ASCIIFoldingFilter(new LowerCaseFilter(source));
      };
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
