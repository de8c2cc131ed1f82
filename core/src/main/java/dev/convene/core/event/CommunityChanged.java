package dev.convene.core.event;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A community itself changed.
 *
 * @param community the community; for {@link Kind#WORKING_GROUP_CREATED}, the new working group
 * @param kind what happened
 * @param actor who did it, if anyone
 * @param at when
 */
public record CommunityChanged(CommunityId community, Kind kind, Optional<UserId> actor, Instant at)
    implements DomainEvent {

  /** What happened to the community. */
  public enum Kind {
    /** The community was created. */
    CREATED,
    /** Its settings changed, its privacy staying the same. */
    SETTINGS_CHANGED,
    /** Its privacy changed, with or without other settings. */
    PRIVACY_CHANGED,
    /** A working group was created; the event's community is the group, news for its parent's followers. */
    WORKING_GROUP_CREATED,
    /** It was archived: it is read-only. */
    ARCHIVED,
    /** It was restored from the archive: it is live again. */
    RESTORED,
    /** A new version of the community's guidelines was published: members accept it before they post again. */
    GUIDELINES_PUBLISHED
  }

  /** Validates the event. */
  public CommunityChanged {
    Checks.required(community, "community");
    Checks.required(kind, "kind");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
  }

  /** Privacy changes, archiving, restoring and new guidelines matter to every member. */
  @Override
  public boolean isImportant() {
    return kind == Kind.PRIVACY_CHANGED || kind == Kind.ARCHIVED || kind == Kind.RESTORED
        || kind == Kind.GUIDELINES_PUBLISHED;
  }
}
