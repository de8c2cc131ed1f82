package dev.convene.benchmarks;

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
