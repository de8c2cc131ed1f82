package dev.convene.benchmarks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The Europarl line corpus: 17,597 parliamentary texts in twenty-one languages, one a line as {@code
 * title TAB date TAB body}, paragraphs separated by runs of spaces.
 *
 * @param texts the texts, in the file's order
 */
public record EuroparlCorpus(List<EuroparlText> texts) {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" {3,}");
  private static final Pattern NUMBER_TITLE = Pattern.compile("\\(?\\d*\\)?");
  private static final int MAX_TITLE = 200;

  /** Copies the texts. */
  public EuroparlCorpus {
    texts = List.copyOf(texts);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("the corpus has no text");
    }
  }

  /**
   * Reads the gzipped line file; lines without a body are skipped.
   *
   * @throws UncheckedIOException if the file cannot be read, with a hint about how to get it
   */
  public static EuroparlCorpus load(Path gzippedLines) {
    if (!Files.isRegularFile(gzippedLines)) {
      throw new UncheckedIOException(new IOException("No Europarl corpus at " + gzippedLines
          + "; `mvn -pl benchmarks generate-resources` unpacks it into benchmarks/target/europarl"));
    }
    List<EuroparlText> texts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gzippedLines), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        EuroparlText text = parse(line);
        if (text != null) {
          texts.add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Europarl corpus at " + gzippedLines, e);
    }
    return new EuroparlCorpus(texts);
  }

  /** How many texts each language has, by language tag. */
  public Map<String, Long> languages() {
    return texts.stream().collect(Collectors.groupingBy(t -> t.language().toLanguageTag(), TreeMap::new,
        Collectors.counting()));
  }

  static @Nullable EuroparlText parse(String line) {
    String[] parts = line.split("\t", 3);
    if (parts.length < 3) {
      return null;
    }
    List<String> paragraphs = Arrays.stream(PARAGRAPH_BREAK.split(parts[2]))
        .map(String::strip)
        .filter(p -> p.length() > 1)
        .toList();
    if (paragraphs.isEmpty()) {
      return null;
    }
    Locale language = LanguageGuesser.guess(parts[2]);
    return new EuroparlText(title(parts[0].strip(), paragraphs.get(0)), date(parts[1]), language, paragraphs);
  }

  private static String title(String title, String firstParagraph) {
    String[] words = firstParagraph.split("\\s+");
    String chosen = title.length() < 3 || NUMBER_TITLE.matcher(title).matches()
        ? String.join(" ", Arrays.asList(words).subList(0, Math.min(8, words.length)))
        : title;
    chosen = chosen.replaceAll("^[\\p{Punct}\\s]+", "");
    return chosen.isBlank() ? "Untitled debate" : chosen.substring(0, Math.min(MAX_TITLE, chosen.length()));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return LocalDate.of(2000, 1, 1);
    }
  }
}
