package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One row per way a file name can try to be more than a name; the expected names are written by hand. */
@DisplayName("an attachment's file name is one plain name, never a path")
class AttachmentFileNameTest {
  private static final String HASH = "0".repeat(64);

  private static String kept(String fileName) {
    return new Attachment(fileName, "application/pdf", 1, HASH).fileName();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("separators, control and format characters, leading dots and reserved characters are cleaned away")
  @CsvSource(delimiter = '|', textBlock = """
      a plain name stays                  | report.pdf                          | report.pdf
      accents stay                        | données.csv                         | données.csv
      inner spaces and dots stay          | Annual report v2.1.pdf              | Annual report v2.1.pdf
      POSIX traversal keeps the last part | ../../etc/passwd                    | passwd
      absolute POSIX path                 | /etc/passwd                         | passwd
      Windows traversal                   | ..\\..\\Windows\\system.ini         | system.ini
      Windows drive path                  | C:\\Users\\ada\\report.pdf          | report.pdf
      a trailing separator                | reports/2024/                       | 2024
      a trailing parent step              | minutes/..                          | minutes
      parent steps after a folder         | dir/../..                           | dir
      a hidden file                       | .htaccess                           | htaccess
      dots and spaces at both ends        | ' . notes.txt. . '                  | notes.txt
      Windows reserved characters         | 'report: final?.pdf'                | report_ final_.pdf
      quotes, pipes, angle brackets, star | 'a"b|c<d>e*.txt'                    | a_b_c_d_e_.txt
      """)
  void cleaned(String row, String given, String stored) {
    assertEquals(stored, kept(given));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("characters a CSV row cannot hold are cleaned away too")
  @ValueSource(strings = {"NUL", "RLO", "LRI", "ZWSP", "BOM", "DEL", "C1", "newline", "tab", "fullwidth solidus",
      "fullwidth reverse solidus", "division slash", "decomposed accent", "lone surrogate"})
  void invisible(String row) {
    String[] given = switch (row) {
      case "NUL" -> new String[] {"report\u0000.pdf", "report.pdf"};
      case "RLO" -> new String[] {"invoice\u202Efdp.exe", "invoicefdp.exe"};
      case "LRI" -> new String[] {"\u2066a\u2069.pdf", "a.pdf"};
      case "ZWSP" -> new String[] {"re\u200Bport.pdf", "report.pdf"};
      case "BOM" -> new String[] {"\uFEFFreport.pdf", "report.pdf"};
      case "DEL" -> new String[] {"report\u007F.pdf", "report.pdf"};
      case "C1" -> new String[] {"report\u009B.pdf", "report.pdf"};
      case "newline" -> new String[] {"a\nb.pdf", "a b.pdf"};
      case "tab" -> new String[] {"a\tb.pdf", "a b.pdf"};
      case "fullwidth solidus" -> new String[] {"..\uFF0F..\uFF0Fpasswd", "passwd"};
      case "fullwidth reverse solidus" -> new String[] {"..\uFF3Cboot.ini", "boot.ini"};
      case "division slash" -> new String[] {"etc\u2215passwd", "passwd"};
      case "decomposed accent" -> new String[] {"e\u0301te\u0301.txt", "\u00e9t\u00e9.txt"};
      case "lone surrogate" -> new String[] {"a\uD800b.txt", "ab.txt"};
      default -> throw new IllegalArgumentException(row);
    };
    assertEquals(given[1], kept(given[0]));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("a name with nothing left once cleaned is refused, without repeating it")
  @ValueSource(strings = {"..", "../", "/", "\\", "...", " . ", ".\u0000.", "\u202E", "  ", ""})
  void refused(String given) {
    ValidationException e = assertThrows(ValidationException.class, () -> kept(given));
    assertEquals("fileName", e.field());
    assertEquals("file-name", e.rule());
    if (!given.isBlank()) {
      assertEquals(-1, e.getMessage().indexOf(given));
    }
  }

  @ParameterizedTest(name = "{0} characters")
  @DisplayName("the cleaned name is at most 255 characters")
  @ValueSource(ints = {255, 256})
  void length(int length) {
    String name = "a".repeat(length);
    if (length <= 255) {
      assertEquals(name, kept("folder/" + name));
    } else {
      assertEquals("max-length", assertThrows(ValidationException.class, () -> kept(name)).rule());
    }
  }
}
