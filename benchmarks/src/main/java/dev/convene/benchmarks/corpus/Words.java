package dev.convene.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words: runs of letters, lower-cased; everything else separates them. */
public final class Words {
  private Words() {}

  /** The first {@code limit} words of {@code text}, lower-cased. */
  public static List<String> lowerCase(String text, int limit) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length() && words.size() < limit; i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  /** Whether a word is worth searching for or naming a concept after: long and not a function word. */
  public static boolean isContentWord(String lowerCaseWord) {
    return lowerCaseWord.length() >= 5 && !LanguageGuesser.isFunctionWord(lowerCaseWord);
  }

  /** The word with its first letter in upper case, as a label starts. */
  static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
