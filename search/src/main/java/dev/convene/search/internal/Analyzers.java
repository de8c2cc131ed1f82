package dev.convene.search.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * The analyzers of the index: each text field is analysed in the language its name ends with
 * ({@code title.fr}, {@code body.en}, ...); every other field is a keyword.
 */
public final class Analyzers {
  private final Map<String, Analyzer> byLanguage = new HashMap<>();
  private final Analyzer keyword = new KeywordAnalyzer();
  private final Analyzer perField;

  public Analyzers() {
    Fields.ANALYSES.forEach(language -> byLanguage.put(language, new LanguageAnalyzer(language)));
    perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        int dot = fieldName.indexOf('.');
        return dot < 0 ? keyword : forLanguage(fieldName.substring(dot + 1));
      }
    };
  }

  /** The analyzer of an analysis key ({@code en}, {@code fr}, {@code es}, {@code std}). */
  public Analyzer forLanguage(String analysis) {
    Analyzer analyzer = byLanguage.get(analysis);
    return analyzer != null ? analyzer : byLanguage.get(Fields.STANDARD);
  }

  /** The analyzer that picks each field's analysis by its name. */
  public Analyzer perField() {
    return perField;
  }
}
