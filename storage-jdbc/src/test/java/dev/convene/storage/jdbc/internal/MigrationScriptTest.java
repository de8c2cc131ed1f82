package dev.convene.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.storage.jdbc.Dialect;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Scripts are found by name for each dialect and split into statements outside quotes and comments. */
class MigrationScriptTest {

  @Test
  void splitsAtSemicolonsOutsideQuotesAndComments() {
    String script = """
        -- a comment; with a semicolon
        CREATE TABLE a (x INT); -- trailing; comment
        INSERT INTO a VALUES ('it''s; fine');
        
        """;
    assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES ('it''s; fine')"),
        MigrationScript.statements(script));
  }

  @Test
  void versionsFollowOneAnotherFromOne() {
    assertEquals(IntStream.rangeClosed(1, MigrationScript.ALL.size()).boxed().toList(),
        MigrationScript.ALL.stream().map(MigrationScript::version).toList());
    assertEquals(MigrationScript.ALL.size(), MigrationScript.latest());
  }

  @Test
  void everyScriptShipsForEveryDialect() {
    for (Dialect dialect : Dialect.values()) {
      for (MigrationScript script : MigrationScript.ALL) {
        List<String> statements = MigrationScript.statements(script.text(dialect));
        // the first script creates the whole schema; later ones change it a little
        assertTrue(statements.size() > (script.version() == 1 ? 10 : 0), script.resource(dialect));
        assertTrue(statements.stream().noneMatch(s -> s.contains("--")), script.resource(dialect));
      }
    }
  }
}
