package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import dev.convene.storage.jdbc.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One versioned SQL script shipped in this module, {@code db/convene/<dialect>/V<n>__<name>.sql}:
 * read by name (no class-path scanning, so it works the same on the module path) and split into
 * statements at the semicolons outside quotes and comments.
 *
 * @param version the schema version the script brings the database to
 * @param name what the script does, as in its file name
 */
record MigrationScript(int version, String name) {

  /**
   * Every script, in order of version; a released script is never changed. Versions increase from
   * 1, and a new script always takes a version above every released one, so that a database at the
   * highest version has run every script: a store started without migration checks only that.
   */
  static final List<MigrationScript> ALL = List.of(new MigrationScript(1, "schema"),
      new MigrationScript(2, "outbox"),
      new MigrationScript(3, "membership_state_index"),
      new MigrationScript(4, "store_identity"),
      new MigrationScript(5, "platform_audit"),
      new MigrationScript(6, "registrations"),
      new MigrationScript(7, "guidelines"),
      new MigrationScript(8, "reports"),
      new MigrationScript(9, "polls"));

  /** The schema version the newest script brings the database to. */
  static int latest() {
    return ALL.stream().mapToInt(MigrationScript::version).max().orElseThrow();
  }

  /** Where the script for {@code dialect} lives, from the module's root. */
  String resource(Dialect dialect) {
    String folder = switch (dialect) {
      case H2 -> "h2";
      case POSTGRESQL -> "postgresql";
    };
    return "/db/convene/" + folder + "/V" + version + "__" + name + ".sql";
  }

  /** The script's text for {@code dialect}. */
  String text(Dialect dialect) {
    String resource = resource(dialect);
    try (InputStream in = MigrationScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConveneException("database.migration-missing", Map.of(),
            "The migration " + resource + " is missing from the library");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConveneException("database.migration-missing", Map.of(),
          "Cannot read the migration " + resource + ": " + e.getMessage(), e);
    }
  }

  /** A checksum of the script's text, so that a script changed after it was applied is noticed. */
  static long checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The statements of a script: split at semicolons outside quotes and {@code --} comments. */
  static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!quoted && c == '-' && text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
        current.append('\n');
      } else if (!quoted && c == ';') {
        addIfAny(statements, current);
      } else {
        quoted ^= c == '\'';
        current.append(c);
      }
    }
    addIfAny(statements, current);
    return statements;
  }

  private static void addIfAny(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }
}
