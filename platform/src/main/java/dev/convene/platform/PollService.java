package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.platform.internal.Contention;
import dev.convene.platform.internal.ItemAccess;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PollVote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls, for crowd-sourcing: members vote for one option of a published poll, and add ideas to a poll
 * in {@link Poll.Mode#IDEAS} mode, while it is open. A poll is created, reviewed and published as
 * every item is, through {@link ContentService#create} with {@link ItemDraft#poll}.
 *
 * <p>Who may do what: voting and adding ideas are participation, decided as replies are: active
 * members of the community (not outsiders, anonymous visitors, invitees or blocked members), in a
 * published poll whose section is switched on, before its closing time. One vote per member: voting
 * again replaces the earlier vote, and {@link #withdraw} removes it, until the poll closes; then votes
 * stay as they are. Who voted for what is never shown to anyone but the voter ({@link #myVote}); the
 * counts are shown as the poll's {@link Poll.ResultsVisibility} says, and always to the community's
 * moderators and admins. A poll the actor may not see is a {@link NotFoundException}, worded as for a
 * poll that does not exist. Votes are not audited, so that not even the audit log tells who chose
 * what: a platform admin, too, votes and adds ideas only where they are an active member, since an
 * override would be an audit line next to a count that moved.
 */
public final class PollService {
  private final Platform platform;
  private final ItemAccess items;

  PollService(Platform platform) {
    this.platform = platform;
    this.items = new ItemAccess(platform);
  }

  /**
   * Records the actor's vote for {@code option}, replacing their earlier vote in the poll.
   *
   * @param actor who votes, an active member of the poll's community
   * @param poll the poll's id
   * @param option the option voted for
   * @return the vote as stored
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws AccessDeniedException if the actor may not vote: anonymous, not an active member, the
   *     poll is not published or has closed, its section is switched off, or the community is archived
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll}) or the poll
   *     has no such option ({@code option}, {@code poll-option})
   */
  public PollVote vote(Actor actor, ItemId poll, PollOptionId option) {
    Checks.required(actor, "actor");
    Checks.required(poll, "poll");
    Checks.required(option, "option");
    return retrying(() -> items.change(actor, poll, Poll.class, Action.VOTE, (work, found) -> {
      Poll stored = (Poll) found.item();
      Checks.check(stored.option(option).isPresent(), "option", "poll-option", "%s has no option %s",
          ItemAccess.what(poll), option);
      return work.tx().votes().put(new PollVote(poll, actor.user().orElseThrow(), option, platform.now()));
    }));
  }

  /**
   * Removes the actor's vote from the poll, while it is open.
   *
   * @param actor who withdraws
   * @param poll the poll's id
   * @return whether they had voted
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws AccessDeniedException if the actor may not vote in it (as for {@link #vote})
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll})
   */
  public boolean withdraw(Actor actor, ItemId poll) {
    Checks.required(actor, "actor");
    Checks.required(poll, "poll");
    return items.change(actor, poll, Poll.class, Action.VOTE,
        (work, found) -> work.tx().votes().delete(poll, actor.user().orElseThrow()));
  }

  /**
   * Adds the actor's idea to the poll, last, numbered after the poll's options, without surrounding
   * space. Ideas added at once by
   * several members are all kept: a write that loses the race for the poll reads it again.
   *
   * @param actor who adds the idea, an active member of the poll's community
   * @param poll the poll's id
   * @param text what the idea says
   * @return the poll with the idea, as the actor sees it
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws AccessDeniedException if the actor may not add ideas: as for {@link #vote}, or the poll's
   *     options are fixed
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll}), the text is
   *     blank or longer than {@value PollOption#MAX_TEXT_LENGTH} characters ({@code text}), the poll
   *     already offers it, ignoring case ({@code text}, {@code unique-text}), or it has {@value
   *     Poll#MAX_OPTIONS} options already ({@code options}, {@code max-count})
   */
  public Poll addIdea(Actor actor, ItemId poll, String text) {
    Checks.required(actor, "actor");
    Checks.required(poll, "poll");
    String idea = Checks.text(text, "text", PollOption.MAX_TEXT_LENGTH).strip();
    return retrying(() -> items.change(actor, poll, Poll.class, Action.ADD_IDEA, (work, found) -> {
      Poll stored = (Poll) found.item();
      Checks.check(!stored.offers(idea), "text", "unique-text", "the poll already offers \"%s\"", idea);
      Checks.check(stored.options().size() < Poll.MAX_OPTIONS, "options", "max-count",
          Map.of("limit", Poll.MAX_OPTIONS),
          "a poll has at most %s options", Poll.MAX_OPTIONS);
      Poll changed = stored.withOption(PollOption.idea(stored.nextOptionId(), idea, actor.user().orElseThrow()));
      // an idea is news in the poll: it is updated now, and its followers hear of it as of an edit
      return (Poll) items.update(work, actor, found, changed.withReviewState(changed.reviewState(), platform.now()),
          ItemChanged.Kind.EDITED);
    }));
  }

  /**
   * The actor's own vote in the poll, if they voted; anonymous visitors have none.
   *
   * @param actor who asks
   * @param poll the poll's id
   * @return the vote, or empty
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll})
   */
  public Optional<PollVote> myVote(Actor actor, ItemId poll) {
    Checks.required(actor, "actor");
    read(actor, poll);
    return actor.user().flatMap(user -> platform.storage().read(tx -> tx.votes().get(poll, user)));
  }

  /**
   * The counts of the poll, if the actor may see them now: anyone who may see the poll when its
   * setting is {@code ALWAYS}; those who voted when it is {@code AFTER_VOTING}; anyone who may see it
   * once it has closed when it is {@code AFTER_CLOSING}; the community's moderators and admins at any
   * time (and platform admins, audited).
   *
   * @param actor who asks
   * @param poll the poll's id
   * @return the counts
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws PollResultsHiddenException if the actor may see the poll but not its counts yet
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll})
   */
  public PollResults results(Actor actor, ItemId poll) {
    Checks.required(actor, "actor");
    Poll seen = read(actor, poll);
    boolean voted = actor.user().flatMap(user -> platform.storage().read(tx -> tx.votes().get(poll, user)))
        .isPresent();
    AccessContext context = platform.access().context(actor, seen.community()).withItem(seen);
    Decision decision = platform.policy().decideResults(actor, context, voted);
    if (!decision.isAllowed()) {
      if (decision.outcome() == Decision.Outcome.NOT_FOUND) {
        throw ItemAccess.notFound(poll);
      }
      throw new PollResultsHiddenException(ItemAccess.what(poll), seen.results());
    }
    if (decision.isPlatformAdminOverride()) {
      platform.storage().useTransaction(tx -> tx.audit().append(AuditEntry.of(platform.now(), actor.user(),
          seen.community(), AuditAction.PLATFORM_ADMIN_ACCESS, ItemAccess.what(poll)).withReason(Action.VIEW_POLL_RESULTS.name())));
    }
    List<PollVote> votes = platform.storage().read(tx -> tx.votes().forPoll(poll));
    Map<PollOptionId, Integer> counts = new LinkedHashMap<>();
    seen.options().forEach(o -> counts.put(o.id(), 0));
    votes.forEach(v -> counts.computeIfPresent(v.option(), (id, n) -> n + 1));
    List<PollResults.OptionCount> options = seen.options().stream()
        .map(o -> new PollResults.OptionCount(o, counts.get(o.id()))).toList();
    return new PollResults(poll, options, options.stream().mapToInt(PollResults.OptionCount::votes).sum(),
        seen.isClosed(platform.now()));
  }

  /**
   * The counts as {@link #results} gives them, or empty while the poll's setting holds them back from
   * the actor: an explicit "not yet visible", never a count.
   *
   * @param actor who asks
   * @param poll the poll's id
   * @return the counts, or empty
   * @throws NotFoundException if there is no such poll or the actor may not see it
   * @throws ValidationException if the item is not a poll ({@code itemId}, {@code poll})
   */
  public Optional<PollResults> resultsIfVisible(Actor actor, ItemId poll) {
    try {
      return Optional.of(results(actor, poll));
    } catch (PollResultsHiddenException e) {
      return Optional.empty();
    }
  }

  private Poll read(Actor actor, ItemId id) {
    if (!(items.read(actor, Checks.required(id, "poll")) instanceof Poll poll)) {
      throw new ValidationException("itemId", "poll", ItemAccess.what(id) + " is not a poll");
    }
    return poll;
  }

  /** Runs a write again in a fresh transaction while a concurrent write to the same poll wins. */
  private static <T> T retrying(Supplier<T> write) {
    return Contention.retry(write);
  }
}
