package dev.convene.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir static Path folder;
  private static Map<String, String> entries;

  @BeforeAll
  static void exported() throws IOException {
    try (Source source = new Source(InMemoryStorage.create(), folder.resolve("blobs")).fill()) {
      entries = unzip(RoundTripTest.export(source.convene, source.water.id(), true));
    }
  }

  static Map<String, String> unzip(byte[] archive) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        texts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static Schema schema(String entry) throws IOException {
    try (InputStream in = ArchiveFormat.schema(entry)) {
      return REGISTRY.getSchema(in);
    }
  }

  /** The values of an entry: the whole file, or each line of a JSON Lines file. */
  private static List<JsonNode> values(String entry, String text) {
    List<JsonNode> values = new ArrayList<>();
    if (entry.endsWith(".jsonl")) {
      text.lines().filter(line -> !line.isBlank()).forEach(line -> values.add(JSON.readTree(line)));
    } else {
      values.add(JSON.readTree(text));
    }
    return values;
  }

  @Test
  @DisplayName("every JSON file of an exported archive is valid against its schema")
  void exportedArchiveIsValid() throws IOException {
    assertEquals(ArchiveFormat.SCHEMAS.keySet().size() + 3, entries.size(), "the JSON files and three blobs");
    for (String entry : ArchiveFormat.SCHEMAS.keySet()) {
      Schema schema = schema(entry);
      List<JsonNode> values = values(entry, entries.get(entry));
      assertFalse(values.isEmpty(), entry);
      for (JsonNode value : values) {
        List<Error> errors = schema.validate(value);
        assertEquals(List.of(), errors, entry + ": " + value);
      }
    }
  }

  @Test
  @DisplayName("the schemas do reject what the format forbids: an unknown review state, a missing title, an extra field")
  void schemasReject() throws IOException {
    Schema items = schema("items.jsonl");
    String line = entries.get("items.jsonl").lines().findFirst().orElseThrow();
    assertTrue(items.validate(JSON.readTree(line)).isEmpty());
    assertFalse(items.validate(JSON.readTree(line.replaceFirst("\"reviewState\":\"[A-Z]+\"",
        "\"reviewState\":\"LOST\""))).isEmpty());
    assertFalse(items.validate(JSON.readTree(line.replaceFirst("\"title\":\"[^\"]*\",", ""))).isEmpty());
    assertFalse(items.validate(JSON.readTree(line.replaceFirst("\\{", "{\"colour\":\"red\","))).isEmpty());
    Schema manifest = schema("manifest.json");
    assertFalse(manifest.validate(JSON.readTree(entries.get("manifest.json").replace("\"formatVersion\":1",
        "\"formatVersion\":\"one\""))).isEmpty());
  }
}
