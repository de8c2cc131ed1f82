package dev.convene.core.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of Turtle that the UNESCO thesaurus export uses: {@code @prefix} directives,
 * IRIs, prefixed names, the keyword {@code a}, {@code ;} and {@code ,} lists and single-quoted
 * string literals with a language tag or a datatype. Blank nodes, collections, long strings and
 * numbers are not supported and fail with the line number. For tests only: production SKOS import
 * belongs in an adapter module with a real RDF parser.
 */
final class TurtleReader {
  static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  /** A string literal; {@code language} is empty when the literal has none. */
  record Literal(String text, String language) {}

  /** One statement; the object is an IRI ({@link String}) or a {@link Literal}. */
  record Triple(String subject, String predicate, Object object) {}

  private final String text;
  private final Map<String, String> prefixes = new HashMap<>();
  private final List<Triple> triples = new ArrayList<>();
  private int pos;

  private TurtleReader(String text) {
    this.text = text;
  }

  static List<Triple> read(Path file) throws IOException {
    return new TurtleReader(Files.readString(file)).parse();
  }

  private List<Triple> parse() {
    while (skipSpace()) {
      if (text.startsWith("@prefix", pos)) {
        pos += "@prefix".length();
        skipSpace();
        int colon = text.indexOf(':', pos);
        String name = text.substring(pos, colon);
        pos = colon + 1;
        prefixes.put(name, readIri());
      } else {
        String subject = readResource();
        do {
          String predicate = readPredicate();
          do {
            triples.add(new Triple(subject, predicate, readObject()));
          } while (accept(','));
        } while (accept(';') && !peek('.'));
      }
      expect('.');
    }
    return triples;
  }

  private String readPredicate() {
    skipSpace();
    if (text.charAt(pos) == 'a' && Character.isWhitespace(text.charAt(pos + 1))) {
      pos++;
      return RDF_TYPE;
    }
    return readResource();
  }

  private Object readObject() {
    skipSpace();
    return text.charAt(pos) == '"' ? readLiteral() : readResource();
  }

  private String readResource() {
    skipSpace();
    if (text.charAt(pos) == '<') {
      return readIri();
    }
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && ",;".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (text.charAt(pos - 1) == '.') {
      pos--; // the statement's full stop, not part of the name
    }
    String name = text.substring(start, pos);
    int colon = name.indexOf(':');
    String namespace = colon < 0 ? null : prefixes.get(name.substring(0, colon));
    if (namespace == null) {
      throw error("unsupported term \"" + name + "\"");
    }
    return namespace + name.substring(colon + 1);
  }

  private String readIri() {
    skipSpace();
    expect('<');
    int end = text.indexOf('>', pos);
    String iri = text.substring(pos, end);
    pos = end + 1;
    return iri;
  }

  private Literal readLiteral() {
    if (text.startsWith("\"\"\"", pos)) {
      throw error("long strings are not supported");
    }
    pos++;
    StringBuilder value = new StringBuilder();
    for (char c = text.charAt(pos++); c != '"'; c = text.charAt(pos++)) {
      value.append(c == '\\' ? unescape() : c);
    }
    String language = "";
    if (text.startsWith("@", pos)) {
      int start = ++pos;
      while (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-') {
        pos++;
      }
      language = text.substring(start, pos);
    } else if (text.startsWith("^^", pos)) {
      pos += 2;
      readResource(); // the datatype; every literal here is read as a string
    }
    return new Literal(value.toString(), language);
  }

  private char unescape() {
    char c = text.charAt(pos++);
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'u' -> {
        pos += 4;
        yield (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
      }
      case '"', '\'', '\\' -> c;
      default -> throw error("unsupported escape \\" + c);
    };
  }

  /** Skips white space and comments; false at the end of the text. */
  private boolean skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        return true;
      }
    }
    return false;
  }

  private boolean peek(char c) {
    return skipSpace() && text.charAt(pos) == c;
  }

  private boolean accept(char c) {
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalStateException error(String message) {
    long line = text.substring(0, Math.min(pos, text.length())).chars().filter(c -> c == '\n').count() + 1;
    return new IllegalStateException(message + " at line " + line);
  }
}
