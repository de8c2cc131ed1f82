package dev.convene.skos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real UNESCO thesaurus, {@code shared/data/unesco-thesaurus.ttl} beside the repository, found
 * by walking up from the working directory. Tests that need it skip, with a notice, when it is
 * absent, except under {@code CI=true}, where they fail.
 */
final class UnescoThesaurus {
  static final String FILE = "shared/data/unesco-thesaurus.ttl";
  static final SkosOptions EN_FR_ES = SkosOptions.defaults()
      .withLanguages(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  private static final Optional<Path> LOCATION = locate();
  private static SkosImport read;

  private UnescoThesaurus() {}

  /** The file; skips the calling test when it is absent, or fails it on CI. */
  static Path file() {
    if (LOCATION.isEmpty()) {
      String notice = FILE + " was not found beside the repository: the UNESCO tests are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"));
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
    return LOCATION.orElseThrow();
  }

  /** The file read once, keeping English, French and Spanish. */
  static synchronized SkosImport read() {
    if (read == null) {
      read = SkosReader.create(EN_FR_ES).read(file());
    }
    return read;
  }

  private static Optional<Path> locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
