package dev.convene.storage.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Attachment;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlobRefTest {
  private static final String HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  @DisplayName("a blob reference describes an attachment with the blob's hash, size and media type")
  void attachment() {
    assertEquals(new Attachment("abc.txt", "text/plain", 3, HASH),
        new BlobRef(HASH, 3, "text/plain").attachment("abc.txt"));
  }

  @Test
  @DisplayName("a reference with a malformed hash, a negative size or a malformed media type is rejected")
  void validation() {
    assertRule("contentHash", "sha-256", () -> new BlobRef(HASH.toUpperCase(Locale.ROOT), 3, "text/plain"));
    assertRule("size", "non-negative", () -> new BlobRef(HASH, -1, "text/plain"));
    assertRule("mediaType", "media-type", () -> new BlobRef(HASH, 3, "text"));
    assertRule("mediaType", "media-type", () -> new BlobRef(HASH, 3, "text/" + "x".repeat(128)));
  }

  private static void assertRule(String field, String rule, Runnable call) {
    ValidationException e = assertThrows(ValidationException.class, call::run);
    assertEquals(field + " " + rule, e.field() + " " + e.rule(), e.getMessage());
  }
}
