package dev.convene.platform;

import dev.convene.core.ConveneException;
import dev.convene.core.policy.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the main sources of the shipped modules and finds every place that makes a Convene
 * exception, with the code it gets when the code can be read from the source: a string literal, a
 * constant, or a policy {@link Reason}. A small reader, not a Java parser: it skips comments, keeps
 * string literals whole and splits arguments at the commas of the outermost parentheses.
 */
final class ThrowSites {
  /** The modules whose main code is shipped. */
  static final List<String> MODULES = List.of("core", "storage-spi", "storage-jdbc", "search", "platform", "archive",
      "skos", "icalendar", "cli", "testing");

  private static final Pattern MADE = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?(ConveneException|NotFoundException"
      + "|AccessDeniedException|ConflictException|ValidationException|InvalidQueryException|RateLimitedException"
      + "|MembershipConflictException|GuidelinesNotAcceptedException|PollResultsHiddenException|ErasureRefused"
      + "|UniqueViolation)\\s*\\(|\\b(Checks\\.check|check|invalid|setOnce|TaxonomyValidator\\.unique|unique)\\s*\\(");
  /** Helpers that take a rule, by name: the position of the rule among their arguments, and their count. */
  private static final Map<String, int[]> HELPERS = Map.of("check", new int[] {2, 4}, "invalid", new int[] {0, 2},
      "setOnce", new int[] {4, 5}, "unique", new int[] {3, 4});
  private static final Pattern KEY = Pattern.compile("(?:Map\\.of\\(|, )\"([a-zA-Z]+)\", ");
  private static final Pattern CONSTANT = Pattern.compile("(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)");
  private static final Pattern REASON = Pattern.compile("Reason\\.([A-Z_]+)\\.code\\(\\)");

  /**
   * One place that makes an exception.
   *
   * @param file the source file, relative to the project
   * @param type the exception's simple name, or {@code check} for {@code Checks.check}
   * @param arguments the constructor's arguments, as written
   * @param code the code it gets, if the source says it
   */
  record Site(String file, String type, List<String> arguments, Optional<String> code) {
    /** The site in a line a reader can find it by. */
    String where() {
      return file + ": new " + type + "(" + String.join(", ", arguments) + ")";
    }
  }

  private final Path root;
  private final Map<String, String> sources = new TreeMap<>();

  ThrowSites(Path root) {
    this.root = root;
    for (String module : MODULES) {
      Path main = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(main)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(
            root.relativize(f).toString().replace('\\', '/'), withoutComments(read(f))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every place in the shipped main code that makes a Convene exception. */
  List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    sources.forEach((file, text) -> {
      Matcher m = MADE.matcher(text);
      while (m.find()) {
        String type = m.group(1) != null ? m.group(1) : m.group(2).replaceAll(".*\\.", "");
        if (!helperOf(type, file, m.group(2))) {
          continue; // another class's method of the same name
        }
        List<String> arguments = arguments(text, m.end());
        if (HELPERS.containsKey(type) && (arguments.size() < HELPERS.get(type)[1]
            || arguments.getLast().matches("(?:final )?(?:[A-Z][\\w.<>\\[\\]?]*|boolean|int|long) \\w+"))) {
          continue; // a declaration, or a call of another shape
        }
        sites.add(new Site(file, type, arguments, code(file, type, arguments)));
      }
    });
    return sites;
  }

  /** Whether a call of a helper's name in {@code file} is the helper's. */
  private static boolean helperOf(String type, String file, @Nullable String called) {
    return switch (type) {
      case "check" -> "Checks.check".equals(called) || file.endsWith("/core/internal/Checks.java");
      case "invalid" -> file.startsWith("archive/");
      case "setOnce" -> file.endsWith("/core/taxonomy/ConceptBuilder.java");
      case "unique" -> file.contains("/core/taxonomy/");
      default -> true;
    };
  }

  /** The names of the arguments a site gives in a {@code Map.of(...)}, besides any a constructor adds. */
  static List<String> argumentNames(Site site) {
    List<String> names = new ArrayList<>();
    for (String argument : site.arguments()) {
      if (argument.startsWith("Map.of(")) {
        Matcher m = KEY.matcher(argument);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** The code a subclass gives itself in its constructor's {@code super("...")} call. */
  String superCode(String simpleName) {
    String text = sources.entrySet().stream().filter(e -> e.getKey().endsWith("/" + simpleName + ".java"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    Matcher m = Pattern.compile("super\\(\"([^\"]+)\"").matcher(text);
    if (!m.find()) {
      throw new AssertionError(simpleName + " gives itself no code");
    }
    return m.group(1);
  }

  private Optional<String> code(String file, String type, List<String> args) {
    return switch (type) {
      case "NotFoundException" -> Optional.of("not-found");
      case "RateLimitedException" -> Optional.of("rate-limited");
      case "PollResultsHiddenException" -> Optional.of(PollResultsHiddenException.CODE);
      case "UniqueViolation" -> Optional.of("conflict." + superCode("UniqueViolation"));
      case "ConveneException" -> value(file, args.get(0));
      case "AccessDeniedException" -> args.size() == 1 ? Optional.of("access-denied.denied")
          : value(file, args.get(0)).map(r -> "access-denied." + r);
      case "ConflictException", "MembershipConflictException" -> value(file, args.get(0)).map(r -> "conflict." + r);
      case "ErasureRefused" -> value(file, args.get(0)).map(r -> "conflict.erasure." + r);
      case "InvalidQueryException" -> value(file, args.get(0)).map(r -> "invalid-query." + r);
      case "ValidationException", "GuidelinesNotAcceptedException" ->
          value(file, args.get(1)).map(r -> "validation." + r);
      case "check", "invalid", "setOnce", "unique" ->
          value(file, args.get(HELPERS.get(type)[0])).map(r -> "validation." + r);
      default -> throw new AssertionError(type);
    };
  }

  /** The value of an argument: a literal, a constant of this file or a named class, or a reason's code. */
  private Optional<String> value(String file, String argument) {
    String a = argument.strip();
    if (a.startsWith("\"") && a.endsWith("\"") && a.indexOf('"', 1) == a.length() - 1) {
      return Optional.of(a.substring(1, a.length() - 1));
    }
    Matcher reason = REASON.matcher(a);
    if (reason.matches()) {
      return Optional.of(Reason.valueOf(reason.group(1)).code());
    }
    Matcher constant = CONSTANT.matcher(a);
    if (constant.matches()) {
      String owner = constant.group(1);
      Pattern declared = Pattern.compile("\\b" + constant.group(2) + "\\s*=\\s*\"([^\"]*)\"");
      return sources.entrySet().stream()
          .filter(e -> owner == null ? e.getKey().equals(file) : e.getKey().endsWith("/" + owner + ".java"))
          .map(e -> declared.matcher(e.getValue())).filter(Matcher::find).map(d -> d.group(1)).findFirst();
    }
    return Optional.empty();
  }

  /** The arguments of the call whose opening parenthesis ends just before {@code from}. */
  private static List<String> arguments(String text, int from) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(text, i);
        current.append(text, i, end);
        i = end - 1;
        continue;
      }
      if (depth == 0 && (c == ',' || c == ')')) {
        if (!current.toString().isBlank()) {
          arguments.add(current.toString().strip().replaceAll("\\s+", " "));
        }
        current.setLength(0);
        if (c == ')') {
          return arguments;
        }
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      current.append(c);
    }
    throw new AssertionError("unbalanced call at " + from);
  }

  private static int endOfLiteral(String text, int start) {
    char quote = text.charAt(start);
    if (text.startsWith("\"\"\"", start)) {
      return text.indexOf("\"\"\"", start + 3) + 3;
    }
    int i = start + 1;
    while (text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** The source with comments blanked out and string literals kept. */
  static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(text, i);
        out.append(text, i, end);
        i = end - 1;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = (end < 0 ? text.length() : end) - 1;
      } else if (text.startsWith("/*", i)) {
        i = text.indexOf("*/", i + 2) + 1;
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code code} is written as codes are. */
  static boolean isCode(String code) {
    return ConveneException.isCode(code);
  }

  Path root() {
    return root;
  }
}
