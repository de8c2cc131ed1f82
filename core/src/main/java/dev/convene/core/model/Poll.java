package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A question put to a community, for crowd-sourcing: its members vote for one of the options (one
 * vote each), or, in {@link Mode#IDEAS} mode, also add their own ideas as options. The question is
 * the item's title. Votes are not part of the item: the platform keeps them apart, and never shows
 * who voted for what.
 *
 * @param header what every item has; its title is the question
 * @param description more about the question, possibly empty
 * @param mode whether the options are fixed by the author or members add ideas
 * @param options the options, in the order they were added, with unique ids and texts (texts compared
 *     ignoring case and surrounding space); at least two in {@link Mode#OPTIONS} mode, at most
 *     {@value #MAX_OPTIONS} in all
 * @param closes when voting and adding ideas end, if they ever do; in years 1 to 9999 (UTC)
 * @param results who may see the counts, and when
 */
public record Poll(
    ItemHeader header,
    String description,
    Mode mode,
    List<PollOption> options,
    Optional<Instant> closes,
    ResultsVisibility results) implements Item {

  /** The most options a poll may have, ideas included. */
  public static final int MAX_OPTIONS = 200;

  /** The longest description. */
  public static final int MAX_DESCRIPTION_LENGTH = 100_000;

  /** Where a poll's options come from. */
  public enum Mode {
    /** The author fixes the options; members only vote. */
    OPTIONS,
    /** Members add ideas as options, and vote for one of them. */
    IDEAS
  }

  /** Who may see a poll's counts, and when. Moderators and admins of its community always may. */
  public enum ResultsVisibility {
    /** Whoever may see the poll. */
    ALWAYS,
    /** Those who voted. */
    AFTER_VOTING,
    /** Whoever may see the poll, once it has closed. */
    AFTER_CLOSING
  }

  /** Validates the poll. */
  public Poll {
    Checks.required(header, "header");
    Checks.required(description, "description");
    Checks.check(description.length() <= MAX_DESCRIPTION_LENGTH, "description", "max-length",
        Map.of("limit", MAX_DESCRIPTION_LENGTH), "must be at most %s characters", MAX_DESCRIPTION_LENGTH);
    Checks.required(mode, "mode");
    options = List.copyOf(Checks.noNulls(options, "options"));
    Checks.check(mode != Mode.OPTIONS || options.size() >= 2, "options", "at-least-two",
        "a poll with fixed options offers at least two");
    Checks.check(options.size() <= MAX_OPTIONS, "options", "max-count", Map.of("limit", MAX_OPTIONS),
        "a poll has at most %s options",
        MAX_OPTIONS);
    Set<PollOptionId> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (PollOption option : options) {
      Checks.check(ids.add(option.id()), "options", "unique-id", "option %s appears twice", option.id());
      Checks.check(texts.add(key(option.text())), "options", "unique-text", "the option \"%s\" appears twice",
          option.text().strip());
    }
    Checks.required(closes, "closes").ifPresent(c -> Checks.instant(c, "closes"));
    Checks.required(results, "results");
  }

  /**
   * Whether voting and adding ideas have ended at {@code now}.
   *
   * @param now the time to check at
   * @return {@code true} if the poll has a closing time at or before {@code now}
   */
  public boolean isClosed(Instant now) {
    return closes.map(c -> !c.isAfter(now)).orElse(false);
  }

  /**
   * The option with this id, if the poll has one.
   *
   * @param id the option's id
   * @return the option, or empty
   */
  public Optional<PollOption> option(PollOptionId id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Whether the poll already offers an option saying {@code text} (ignoring case and surrounding
   * space).
   *
   * @param text the text of the would-be option
   * @return {@code true} if an option already says it
   */
  public boolean offers(String text) {
    String wanted = key(text);
    return options.stream().anyMatch(o -> key(o.text()).equals(wanted));
  }

  /**
   * The id the next option added gets: the options are numbered from 1 in the order they were
   * added.
   *
   * @return the id numbered one more than the poll's options
   */
  public PollOptionId nextOptionId() {
    return PollOptionId.of(String.valueOf(options.size() + 1));
  }

  @Override
  public Poll withHeader(ItemHeader newHeader) {
    return new Poll(newHeader, description, mode, options, closes, results);
  }

  /**
   * A copy with {@code option} added last.
   *
   * @param option the option to add
   * @return a copy of this poll with the option added
   */
  public Poll withOption(PollOption option) {
    List<PollOption> copy = new ArrayList<>(options);
    copy.add(option);
    return new Poll(header, description, mode, copy, closes, results);
  }

  /**
   * A copy with other options, in the order given.
   *
   * @param newOptions the options
   * @return a copy of this poll with those options
   */
  public Poll withOptions(List<PollOption> newOptions) {
    return new Poll(header, description, mode, newOptions, closes, results);
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
