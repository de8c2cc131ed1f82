package dev.convene.archive;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import java.io.InputStream;
import java.util.Map;

/**
 * The community archive format that this library writes and reads, and the JSON Schemas (draft
 * 2020-12) that describe its files. See {@code docs/archive.md}.
 */
public final class ArchiveFormat {
  /** The format version a manifest names; an archive of a newer version is refused. */
  public static final int VERSION = 1;

  /**
   * The schema of each JSON file of an archive, by entry name. For a JSON Lines file ({@code
   * .jsonl}), the schema describes one line. The bytes of attachments ({@code blobs/<sha-256>}) have
   * no schema: their name is the SHA-256 of their content.
   */
  public static final Map<String, String> SCHEMAS = Map.ofEntries(
      Map.entry("manifest.json", "manifest.json"),
      Map.entry("communities.json", "communities.json"),
      Map.entry("concepts.json", "concepts.json"),
      Map.entry("memberships.jsonl", "memberships.json"),
      Map.entry("items.jsonl", "items.json"),
      Map.entry("subscriptions.jsonl", "subscriptions.json"),
      Map.entry("votes.jsonl", "votes.json"),
      Map.entry("audit.jsonl", "audit.json"),
      Map.entry("guidelines.jsonl", "guidelines.json"),
      Map.entry("guidelines-acceptances.jsonl", "guidelines-acceptances.json"),
      Map.entry("registrations.jsonl", "registrations.json"));

  private ArchiveFormat() {}

  /**
   * Opens the JSON Schema of the archive entry {@code entry}, such as {@code "items.jsonl"}; the caller
   * closes the stream. The schemas live in this module at {@code dev/convene/archive/schema/}.
   *
   * @param entry the entry's name in the archive
   * @return the schema's bytes, in UTF-8
   * @throws ValidationException ({@code entry}, {@code known-entry}) if the archive has no such JSON file
   */
  public static InputStream schema(String entry) {
    String file = SCHEMAS.get(Checks.required(entry, "entry"));
    if (file == null) {
      throw new ValidationException("entry", "known-entry", "\"" + entry + "\" is not one of " + SCHEMAS.keySet());
    }
    InputStream in = ArchiveFormat.class.getResourceAsStream("schema/" + file);
    if (in == null) {
      throw new ConveneException("archive.schema-missing", Map.of(),
          "the schema " + file + " is missing from the archive module");
    }
    return in;
  }
}
