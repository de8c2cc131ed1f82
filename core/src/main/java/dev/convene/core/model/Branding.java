package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a community presents itself.
 *
 * @param logo a reference to the logo the host understands (a blob key or a URL), if any
 * @param primaryColour a CSS hex colour such as {@code #1a73e8}, if any
 * @param accentColour a CSS hex colour, if any
 * @param welcome the welcome text shown on the community's front page, per language
 */
public record Branding(Optional<String> logo, Optional<String> primaryColour, Optional<String> accentColour,
    LocalizedText welcome) {
  private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final Branding NONE = new Branding(Optional.empty(), Optional.empty(), Optional.empty(), LocalizedText.empty());

  /** Validates the branding. */
  public Branding {
    Checks.required(logo, "branding.logo").ifPresent(l -> Checks.text(l, "branding.logo", 2_000));
    checkColour(primaryColour, "branding.primaryColour");
    checkColour(accentColour, "branding.accentColour");
    Checks.required(welcome, "branding.welcome");
  }

  /**
   * No logo, no colours, no welcome text.
   *
   * @return the empty branding
   */
  public static Branding none() {
    return NONE;
  }

  /**
   * A copy with the given logo reference.
   *
   * @param logo the reference of the logo, such as a blob key or a URL
   * @return a copy of this branding with that logo
   */
  public Branding withLogo(String logo) {
    return new Branding(Optional.of(logo), primaryColour, accentColour, welcome);
  }

  /**
   * A copy with the given colours (CSS hex, such as {@code #1a73e8}).
   *
   * @param primary the primary colour
   * @param accent the accent colour
   * @return a copy of this branding with those colours
   */
  public Branding withColours(String primary, String accent) {
    return new Branding(logo, Optional.of(primary), Optional.of(accent), welcome);
  }

  /**
   * A copy with the given welcome text.
   *
   * @param welcome the welcome text, per language
   * @return a copy of this branding with that welcome text
   */
  public Branding withWelcome(LocalizedText welcome) {
    return new Branding(logo, primaryColour, accentColour, welcome);
  }

  private static void checkColour(Optional<String> colour, String field) {
    Checks.required(colour, field).ifPresent(c -> Checks.check(HEX_COLOUR.matcher(c).matches(), field, "hex-colour",
        "must be a hex colour such as #1a73e8, not \"%s\"", c));
  }
}
