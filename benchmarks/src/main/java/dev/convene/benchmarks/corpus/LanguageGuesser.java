package dev.convene.benchmarks.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which of Europarl's languages a text is written in by counting a handful of very common
 * function words of each, no word counting for two languages; Greek and Bulgarian are told by their
 * script. Cheap and good enough for parliamentary prose: the first few hundred words decide.
 */
public final class LanguageGuesser {
  private static final int WORDS_LOOKED_AT = 300;
  private static final int MIN_VOTES = 3;
  /** What a text is tagged when no language tells: "multiple languages", analysed as standard text. */
  public static final Locale UNKNOWN = Locale.forLanguageTag("mul");
  private static final Map<String, String> WORD_TO_LANGUAGE = new HashMap<>();

  static {
    // the commonest words of each language; a word already listed for an earlier language is skipped
    words("en", "the", "and", "of", "to", "that", "this", "we", "which", "have", "are", "be", "with", "would");
    words("fr", "le", "les", "et", "des", "est", "nous", "une", "dans", "pour", "qui", "du", "pas", "sur", "au");
    words("es", "el", "los", "las", "y", "del", "una", "por", "con", "para", "lo", "como", "pero", "está", "también");
    words("de", "der", "die", "und", "das", "ist", "nicht", "wir", "den", "zu", "mit", "auch", "sich", "ein", "von");
    words("it", "il", "di", "che", "della", "sono", "è", "anche", "questo", "gli", "nella", "delle", "non", "alla");
    words("nl", "het", "van", "een", "dat", "niet", "wij", "voor", "zijn", "ook", "worden", "deze", "wordt", "aan");
    words("pt", "os", "não", "uma", "em", "do", "dos", "das", "mais", "ao", "são", "muito", "isso", "pela", "pelo");
    words("sv", "och", "att", "är", "av", "inte", "till", "för", "också", "jag", "ett", "detta", "eller", "vara");
    words("da", "og", "af", "ikke", "til", "også", "jeg", "skal", "vil", "kan", "hvor", "efter", "meget", "være");
    words("fi", "ja", "on", "että", "ei", "myös", "ovat", "tämä", "mutta", "kuin", "joka", "ole", "niin", "olla");
    words("pl", "się", "że", "jest", "oraz", "przez", "które", "dla", "jak", "również", "czy", "być", "tego", "ich");
    words("cs", "které", "jsou", "také", "pro", "jako", "podle", "být", "nebo", "bylo", "této", "tento", "však");
    words("sk", "sú", "aj", "pre", "alebo", "tejto", "môže", "bolo", "ktoré", "ktorý", "ako", "tak", "že");
    words("sl", "in", "ki", "tudi", "kot", "smo", "zato", "lahko", "bo", "pri", "ali", "pa", "so", "za");
    words("hu", "az", "és", "hogy", "egy", "ez", "mint", "csak", "vagy", "meg", "kell", "már", "van", "nem");
    words("ro", "și", "în", "că", "pe", "cu", "să", "este", "pentru", "care", "nu", "la", "mai", "sunt");
    words("lt", "ir", "kad", "yra", "bet", "jų", "tai", "su", "taip", "nuo", "dėl", "šios", "kaip", "buvo");
    words("lv", "un", "arī", "lai", "kas", "tas", "par", "jo", "šo", "tiek", "vai", "ar", "no", "ka");
    words("et", "ning", "mis", "see", "kui", "oma", "seda", "aga", "selle", "või", "kes", "peab", "ka", "ta");
  }

  private LanguageGuesser() {}

  private static void words(String language, String... words) {
    for (String word : words) {
      // a word listed for two languages tells neither apart, so the first list keeps it
      WORD_TO_LANGUAGE.putIfAbsent(word, language);
    }
  }

  /** Whether {@code lowerCaseWord} is one of the function words the guesser counts. */
  static boolean isFunctionWord(String lowerCaseWord) {
    return WORD_TO_LANGUAGE.containsKey(lowerCaseWord);
  }

  /** The languages the guesser knows, as BCP 47 tags. */
  public static Set<String> languages() {
    return Set.of("en", "fr", "es", "de", "it", "nl", "pt", "sv", "da", "fi", "el", "pl", "cs", "sk", "sl", "hu",
        "ro", "lt", "lv", "et", "bg");
  }

  /** The language {@code text} is most likely written in; {@link #UNKNOWN} when nothing tells. */
  public static Locale guess(String text) {
    Map<String, Integer> votes = new HashMap<>();
    int greek = 0;
    int cyrillic = 0;
    int words = 0;
    for (String word : Words.lowerCase(text, WORDS_LOOKED_AT)) {
      Character.UnicodeBlock script = Character.UnicodeBlock.of(word.charAt(0));
      if (script == Character.UnicodeBlock.GREEK) {
        greek++;
      } else if (script == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
      }
      String language = WORD_TO_LANGUAGE.get(word);
      if (language != null) {
        votes.merge(language, 1, Integer::sum);
      }
      words++;
    }
    if (greek * 2 > words) {
      return Locale.forLanguageTag("el");
    }
    if (cyrillic * 2 > words) {
      return Locale.forLanguageTag("bg");
    }
    return votes.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_VOTES)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> Locale.forLanguageTag(e.getKey()))
        .orElse(UNKNOWN);
  }
}
