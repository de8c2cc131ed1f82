package dev.convene.benchmarks.raw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysis of DESIGN.md §4: one pair of text fields per analysed language, English, French and
 * Spanish with stemming and stop words, a standard analyzer for every other language, accents folded
 * in all of them.
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
      Analyzer analyzer = folded(switch (language) {
        case "en" -> new EnglishAnalyzer();
        case "fr" -> new FrenchAnalyzer();
        case "es" -> new SpanishAnalyzer();
        default -> new StandardAnalyzer();
      });
      byField.put(RawSchema.title(language), analyzer);
      byField.put(RawSchema.text(language), analyzer);
    }
    return new PerFieldAnalyzerWrapper(folded(new StandardAnalyzer()), byField);
  }

  /** {@code analyzer} followed by accent folding, after stemming, which needs the accents. */
  private static Analyzer folded(Analyzer analyzer) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new ASCIIFoldingFilter(components.getTokenStream()));
      }

      @Override
      protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(in);
      }
    };
  }
}
