package dev.convene.benchmarks.corpus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The content words of each language of the corpus, commonest first: the source of concept labels,
 * community names and query terms, so that all of them are words the documents really contain.
 */
public final class Vocabulary {
  private static final int KEPT_PER_LANGUAGE = 20_000;
  private final Map<String, List<String>> ranked;

  private Vocabulary(Map<String, List<String>> ranked) {
    this.ranked = ranked;
  }

  /** Counts the content words of every text, per language. */
  public static Vocabulary of(EuroparlCorpus corpus) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (EuroparlText text : corpus.texts()) {
      Map<String, Integer> inLanguage = counts.computeIfAbsent(text.language().toLanguageTag(), l -> new HashMap<>());
      for (String paragraph : text.paragraphs()) {
        for (String word : Words.lowerCase(paragraph, Integer.MAX_VALUE)) {
          if (Words.isContentWord(word)) {
            inLanguage.merge(word, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<String>> ranked = new HashMap<>();
    counts.forEach((language, words) -> ranked.put(language, words.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(KEPT_PER_LANGUAGE)
        .map(Map.Entry::getKey)
        .toList()));
    return new Vocabulary(ranked);
  }

  /** The content words of a language, commonest first; empty for a language the corpus lacks. */
  public List<String> ranked(String languageTag) {
    return ranked.getOrDefault(languageTag, List.of());
  }

  /**
   * A word of {@code languageTag} drawn uniformly from the ranks {@code [from, to)}, narrowed to the
   * words there are.
   *
   * @throws IllegalStateException if the language has no content word at all
   */
  public String word(RandomGenerator random, String languageTag, int from, int to) {
    List<String> words = ranked(languageTag);
    if (words.isEmpty()) {
      throw new IllegalStateException("the corpus has no " + languageTag + " words");
    }
    int high = Math.min(to, words.size());
    int low = Math.min(from, high - 1);
    return words.get(low + random.nextInt(high - low));
  }

  /** The languages with words, in tag order. */
  public List<String> languages() {
    return ranked.keySet().stream().sorted(Comparator.naturalOrder()).toList();
  }
}
