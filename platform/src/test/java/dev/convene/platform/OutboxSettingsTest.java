package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("outbox settings")
class OutboxSettingsTest {

  @Test
  @DisplayName("the wait after each failure in a row doubles from the first retry up to the longest")
  void backoff() {
    OutboxSettings settings = OutboxSettings.defaults().withRetries(Duration.ofSeconds(1), Duration.ofSeconds(10), 9);
    long[] seconds = {1, 2, 4, 8, 10, 10, 10};
    for (int attempt = 1; attempt <= seconds.length; attempt++) {
      assertEquals(Duration.ofSeconds(seconds[attempt - 1]), settings.backoff(attempt), "after failure " + attempt);
    }
    assertEquals(Duration.ofMinutes(10), OutboxSettings.defaults().backoff(30));
  }

  @Test
  @DisplayName("a setting out of range is refused, naming it")
  void refused() {
    OutboxSettings d = OutboxSettings.defaults();
    assertEquals("batchSize", assertThrows(ValidationException.class, () -> d.withBatchSize(0)).field());
    assertEquals("batchSize", assertThrows(ValidationException.class, () -> d.withBatchSize(1_001)).field());
    assertEquals("lease", assertThrows(ValidationException.class, () -> d.withLease(Duration.ZERO)).field());
    assertEquals("maxRetry", assertThrows(ValidationException.class,
        () -> d.withRetries(Duration.ofSeconds(2), Duration.ofSeconds(1), 3)).field());
    assertEquals("attempts", assertThrows(ValidationException.class,
        () -> d.withRetries(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).field());
  }
}
