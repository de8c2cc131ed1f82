package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.event.CommunityChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.CurationHold;
import dev.convene.platform.internal.Describe;
import dev.convene.platform.internal.HiddenSlugs;
import dev.convene.platform.internal.ItemConcepts;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.Work;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Communities: create them (the creator becomes their first admin), create working groups inside
 * them, change their settings and privacy, archive and restore them, and list and show them as the
 * actor may see them.
 */
public final class CommunityService {
  private final Platform platform;

  CommunityService(Platform platform) {
    this.platform = platform;
  }

  /**
   * Creates a top-level community; the actor becomes its first admin.
   *
   * <p>A hidden group's slug is the one asked for followed by a hyphen and ten random letters and
   * digits ({@code task-force-k3x9q2m7va}): slugs are unique, so a plain one would tell anyone who
   * asked for it that a hidden group holds it. Read the slug from the returned community.
   *
   * @param actor who creates the community, its first admin
   * @param slug the community's short name in addresses, unique on the platform; for a hidden group,
   *     the start of it, at most 53 characters
   * @param settings sets the name (required) and any other {@link Community.Settings setting}; the
   *     platform chooses the id
   * @return the stored community
   * @throws AccessDeniedException if the actor may not create communities (anonymous visitors never
   *     may)
   * @throws dev.convene.core.ValidationException if a setting breaks a rule, or names a concept the
   *     taxonomy does not hold ({@code concepts}, {@code known-concept}), or a hidden group's slug is
   *     longer than 53 characters ({@code max-length})
   * @throws ConflictException if the slug is taken
   */
  public Community create(Actor actor, String slug, UnaryOperator<Community.Settings> settings) {
    Checks.required(actor, "actor");
    if (actor.isAnonymous() || !platform.communityCreators().test(actor)) {
      throw new AccessDeniedException("community-creators-only", Map.of(), "not allowed to create communities");
    }
    Community draft = slugged(draft(slug, settings, Optional.empty()), Optional.empty());
    return platform.writes().run(work -> found(work, actor, draft, CommunityChanged.Kind.CREATED));
  }

  /**
   * Creates a working group inside {@code parent}; the actor becomes its first admin. A working
   * group that is a hidden group, or is inside one, has a slug that ends in random characters, as a
   * {@link #create hidden group} has.
   *
   * @param actor who creates the working group, its first admin
   * @param parent the parent community's id
   * @param slug the working group's short name in addresses, unique on the platform; for a hidden
   *     working group, the start of it, at most 53 characters
   * @param settings sets the working group's settings on the ones it is handed, and returns them
   * @return the stored working group
   * @throws dev.convene.core.NotFoundException if the actor may not know the parent exists
   * @throws AccessDeniedException if the actor may not create working groups there (admins may)
   * @throws dev.convene.core.ValidationException if the group would be more open than its parent, the
   *     parent is itself a working group or has working groups switched off, or a hidden working
   *     group's slug is longer than 53 characters ({@code max-length})
   * @throws ConflictException if the slug is taken
   */
  public Community createWorkingGroup(Actor actor, CommunityId parent, String slug,
      UnaryOperator<Community.Settings> settings) {
    Checks.required(actor, "actor");
    Checks.required(parent, "parent");
    Community draft = draft(slug, settings, Optional.of(parent));
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, parent);
      platform.access().require(work, actor, Action.CREATE_WORKING_GROUP, context, Access.what(parent));
      draft.checkWorkingGroupOf(context.community());
      Community group = found(work, actor, slugged(draft, Optional.of(context.community())),
          CommunityChanged.Kind.CREATED);
      // The news is about the group itself, so that only those who may see the group hear of it.
      work.emit(new CommunityChanged(group.id(), CommunityChanged.Kind.WORKING_GROUP_CREATED, actor.user(),
          platform.now()));
      return group;
    });
  }

  /**
   * The community, if the actor may see it.
   *
   * @param actor who looks
   * @param id the community's id
   * @return the community
   * @throws dev.convene.core.NotFoundException if it does not exist or the actor may not know it does
   */
  public Community get(Actor actor, CommunityId id) {
    return show(actor, Checks.required(id, "id"), Access.what(id));
  }

  /**
   * The community with this slug, if the actor may see it.
   *
   * @param actor who looks
   * @param slug the community's slug
   * @return the community
   * @throws dev.convene.core.NotFoundException if none has it, or the actor may not know it does
   */
  public Community bySlug(Actor actor, String slug) {
    Checks.required(slug, "slug");
    String what = "community " + slug;
    Optional<Community> found = platform.storage().read(tx -> tx.communities().bySlug(slug));
    return show(actor, found.orElseThrow(() -> new NotFoundException(what + " not found")).id(), what);
  }

  private Community show(Actor actor, CommunityId id, String what) {
    Checks.required(actor, "actor");
    AccessContext context;
    try {
      context = platform.access().context(actor, id);
    } catch (NotFoundException e) {
      throw new NotFoundException(what + " not found");
    }
    platform.access().require(actor, Action.VIEW_COMMUNITY, context, what);
    return context.community();
  }

  /**
   * The communities matching the query that the actor may see, a page at a time. Hidden groups and
   * private communities the actor may not see are skipped as if absent; a page may hold fewer rows
   * than asked only when it is the last.
   *
   * @param actor who looks; only the communities they may see are listed
   * @param query the filters
   * @param page the cursor and size of the page
   * @return the page of communities
   */
  public Page<Community> list(Actor actor, CommunityQuery query, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(query, "query");
    Checks.required(page, "page");
    List<Community> visible = new ArrayList<>();
    PageRequest next = page;
    while (true) {
      PageRequest request = new PageRequest(page.limit() - visible.size(), next.after());
      Page<Community> stored = platform.storage().read(tx -> tx.communities().list(query, request));
      for (Community community : stored.items()) {
        AccessContext context = platform.access().context(actor, community.id());
        if (platform.access().decide(actor, Action.VIEW_COMMUNITY, context).isAllowed()) {
          visible.add(context.community());
        }
      }
      if (stored.next().isEmpty() || visible.size() == page.limit()) {
        return new Page<>(visible, stored.next());
      }
      next = request.after(stored.next().get());
    }
  }

  /**
   * Changes the community's settings, branding and privacy.
   *
   * @param actor an admin of the community
   * @param id the community's id
   * @param expectedVersion the version the actor's change is based on: a stored version, 1 or more
   * @param changes applied to the current {@link Community.Settings settings}; the id and parent never
   *     change, nor does the slug, except when the community becomes a hidden group: then it, and each
   *     of its working groups, takes a hidden group's slug (its own with random characters added) and
   *     its old slug is free, as if it had gone; {@link #archive} and {@link #restore} change the
   *     state. When the platform curates public
   *     content and the change ends the community's privacy (for its working groups too), its
   *     published items declared PUBLIC, which no curator reviewed while they were members-only, go
   *     back to SUBMITTED and wait for curators, audited as reviews
   * @return the stored community, one version up
   * @throws ConflictException if the community changed since {@code expectedVersion}
   * @throws dev.convene.core.ValidationException if {@code expectedVersion} is below 1 (checked first,
   *     before anything is read), or the new settings break a rule, for a working group also the rules
   *     that tie it to its parent, or add a concept the taxonomy does not hold ({@code concepts},
   *     {@code known-concept}; concepts it already has stay, as for items)
   */
  public Community update(Actor actor, CommunityId id, long expectedVersion, UnaryOperator<Community.Settings> changes) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    Checks.required(changes, "changes");
    Checks.check(expectedVersion >= 1, "expectedVersion", "positive", "must be a stored version, 1 or more");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, id);
      platform.access().require(work, actor, Action.EDIT_SETTINGS, context, Access.what(id));
      Community current = context.community();
      if (current.version() != expectedVersion) {
        throw new ConflictException(ConflictException.STALE_VERSION,
            Map.of("stored", current.version(), "expected", expectedVersion),
            Access.what(id) + " was changed meanwhile: it is at version " + current.version()
            + ", not " + expectedVersion);
      }
      Community changed = apply(changes, current.toBuilder(), "changes");
      context.parent().ifPresent(changed::checkWorkingGroupOf);
      ItemConcepts.requireKnown(work.tx(), changed.concepts(), current.concepts());
      boolean hiding = !HiddenSlugs.hidden(current, context.parent()) && HiddenSlugs.hidden(changed, context.parent());
      Community stored = work.tx().communities().update(hiding
          ? changed.withSlug(HiddenSlugs.forExisting(current.slug())) : changed);
      if (!current.isHidden() && changed.isHidden()) {
        hideWorkingGroups(work, id);
      }
      boolean privacy = current.privacy() != changed.privacy() || current.purpose() != changed.purpose();
      AuditEntry entry = AuditEntry.of(platform.now(), actor.user(), id,
          privacy ? AuditAction.PRIVACY_CHANGED : AuditAction.SETTINGS_CHANGED, Access.what(id));
      work.audit(privacy ? entry.withChange(describe(current), describe(changed)) : entry);
      if (privacy) {
        new CurationHold(platform).afterPrivacyChange(work, actor, current, stored, context.parent());
      }
      work.changed(id);
      work.emit(new CommunityChanged(id, privacy ? CommunityChanged.Kind.PRIVACY_CHANGED
          : CommunityChanged.Kind.SETTINGS_CHANGED, actor.user(), platform.now()));
      return stored;
    });
  }

  /**
   * Archives the community: it becomes read-only, working groups included. Admins only.
   *
   * @param actor an admin of the community
   * @param id the community's id
   * @return the stored community, {@code ARCHIVED}
   */
  public Community archive(Actor actor, CommunityId id) {
    return changeState(actor, id, Action.ARCHIVE_COMMUNITY, CommunityState.ARCHIVED);
  }

  /**
   * Restores an archived community. Admins only.
   *
   * @param actor an admin of the community
   * @param id the community's id
   * @return the stored community, {@code ACTIVE}
   */
  public Community restore(Actor actor, CommunityId id) {
    return changeState(actor, id, Action.RESTORE_COMMUNITY, CommunityState.ACTIVE);
  }

  /**
   * The working groups of {@code parent} that the actor may see.
   *
   * @param actor who looks; only the working groups they may see are listed
   * @param parent the parent community's id
   * @return the working groups, possibly none
   */
  public List<Community> workingGroups(Actor actor, CommunityId parent) {
    get(actor, parent);
    List<Community> groups = platform.storage().read(tx -> tx.communities().workingGroups(parent));
    return groups.stream()
        .filter(g -> platform.access().decide(actor, Action.VIEW_COMMUNITY, platform.access().context(actor, g.id()))
            .isAllowed())
        .toList();
  }

  private Community changeState(Actor actor, CommunityId id, Action action, CommunityState state) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, id);
      platform.access().require(work, actor, action, context, Access.what(id));
      Community stored = work.tx().communities().update(context.community().withState(state));
      boolean archiving = state == CommunityState.ARCHIVED;
      work.audit(AuditEntry.of(platform.now(), actor.user(), id,
          archiving ? AuditAction.COMMUNITY_ARCHIVED : AuditAction.COMMUNITY_RESTORED, Access.what(id)));
      work.changed(id);
      work.emit(new CommunityChanged(id, archiving ? CommunityChanged.Kind.ARCHIVED : CommunityChanged.Kind.RESTORED,
          actor.user(), platform.now()));
      return stored;
    });
  }

  /** The draft with a hidden community's slug if it is to be hidden, else as it is. */
  private static Community slugged(Community draft, Optional<Community> parent) {
    return HiddenSlugs.hidden(draft, parent) ? draft.withSlug(HiddenSlugs.forNew(draft.slug())) : draft;
  }

  /** Gives the working groups of a community that has just become hidden a hidden community's slug. */
  private static void hideWorkingGroups(Work work, CommunityId parent) {
    for (Community group : work.tx().communities().workingGroups(parent)) {
      if (!group.isHidden()) {
        work.tx().communities().update(group.withSlug(HiddenSlugs.forExisting(group.slug())));
        work.changed(group.id());
      }
    }
  }

  private Community draft(String slug, UnaryOperator<Community.Settings> settings, Optional<CommunityId> parent) {
    Checks.required(slug, "slug");
    Checks.required(settings, "settings");
    CommunityId id = CommunityId.of(platform.ids().get());
    return apply(settings, Community.builder(id, slug).parent(parent.orElse(null)), "settings");
  }

  /** Applies the caller's settings to {@code builder}, which they must return, and builds. */
  private static Community apply(UnaryOperator<Community.Settings> settings, Community.Builder builder,
      String field) {
    Checks.check(settings.apply(builder) == builder, field, "same-builder",
        "return the settings object you were given, with your changes");
    return builder.build();
  }

  private Community found(Work work, Actor actor, Community draft, CommunityChanged.Kind kind) {
    Instant now = platform.now();
    UserId founder = actor.user().orElseThrow();
    ItemConcepts.requireKnown(work.tx(), draft.concepts(), Set.of());
    Community stored = work.tx().communities().insert(draft);
    Membership admin = Roster.founded(stored.id(), founder, now).membership(founder).orElseThrow();
    work.tx().memberships().insert(admin);
    work.audit(AuditEntry.of(now, actor.user(), stored.id(), AuditAction.COMMUNITY_CREATED, Access.what(stored.id())));
    work.audit(AuditEntry.of(now, actor.user(), stored.id(), AuditAction.MEMBERSHIP_CHANGED, founder.value())
        .withChange("none", Describe.membership(admin)));
    work.changed(stored.id());
    work.changed(stored.id(), founder);
    work.emit(new CommunityChanged(stored.id(), kind, actor.user(), now));
    return stored;
  }

  private static String describe(Community community) {
    return community.privacy() + " " + community.purpose() + ", join " + community.joinPolicy();
  }
}
