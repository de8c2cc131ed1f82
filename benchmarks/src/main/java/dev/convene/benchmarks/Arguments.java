package dev.convene.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The runners' command lines, read by picocli into an annotated settings object: {@code --name=value}
 * (or {@code --name value}), anything not given at its default.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * Sets {@code settings}' annotated fields from {@code args}.
   *
   * @return {@code settings}
   * @throws IllegalArgumentException with picocli's message, if an argument is unknown, repeated or
   *     malformed
   */
  public static <T> T parse(T settings, List<String> args) {
    try {
      new CommandLine(settings).parseArgs(args.toArray(String[]::new));
      return settings;
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The UNESCO thesaurus of the reference data, {@code shared/data/unesco-thesaurus.ttl} in the working
   * folder or the nearest of its parents that has one: the default of the runners' {@code --file}.
   *
   * @return the thesaurus' path
   * @throws IllegalStateException if no folder up to the root has it
   */
  public static Path unescoThesaurus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/unesco-thesaurus.ttl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/data/unesco-thesaurus.ttl was not found beside the repository;"
        + " pass --file=<a SKOS file>");
  }

  /** A whole number that may group its digits with underscores, as Java does: {@code 1_000_000}. */
  public static final class WholeNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number");
      }
    }
  }

  /** Like {@link WholeNumber}, within the range of an {@code int}. */
  public static final class WholeInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long number = new WholeNumber().convert(value);
      if (number != (int) number) {
        throw new TypeConversionException("'" + value + "' is too large");
      }
      return (int) number;
    }
  }
}
