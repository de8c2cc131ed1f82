package dev.convene.cli.internal;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A language as an IETF BCP 47 tag: {@code en}, {@code fr}, {@code en-GB}. */
final class LanguageTag implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    Locale language = Locale.forLanguageTag(value.strip());
    if (language.getLanguage().isEmpty()) {
      throw new TypeConversionException("'" + value + "' is not a language tag such as en or fr");
    }
    return language;
  }
}
