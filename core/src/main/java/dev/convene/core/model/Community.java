package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A community: a place with a purpose and a privacy setting where members share documents, events,
 * announcements and discussions. A community with a parent is a working group of that parent.
 *
 * <p>Build one with {@link #builder(CommunityId, String)}; derive changed copies with the {@code
 * withX} methods. The constructor enforces the rules that need nothing but the community itself:
 * a hidden group is always private and joined by invitation only; only a public community may be
 * open to join. Rules that relate a working group to its parent are checked by {@link
 * #checkWorkingGroupOf(Community)}.
 *
 * @param id the community's id
 * @param slug the unique, URL-friendly name: lower-case letters, digits and single hyphens, 2 to 64
 *     characters
 * @param name the name, in at least one language, at most {@value #MAX_NAME_LENGTH} characters in each
 * @param description the description, per language, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 *     in each
 * @param purpose what the community is for
 * @param privacy how open it is, as declared; see {@code AccessPolicy#effectivePrivacy}
 * @param joinPolicy how outsiders become members
 * @param parent the community this is a working group of, if any
 * @param sections the sections that are switched on
 * @param branding logo, colours and welcome text
 * @param defaultLanguage the language of the community's own texts, the second step of every
 *     fallback chain
 * @param concepts the taxonomy concepts the community is about
 * @param reviewBeforePublication whether moderators review members' items before they are published
 * @param permissions the community's adjustments of the default role permissions
 * @param state active or archived (read-only)
 * @param version the store's optimistic-concurrency counter: 0 until first stored; core never
 *     changes it
 */
public record Community(
    CommunityId id,
    String slug,
    LocalizedText name,
    LocalizedText description,
    Purpose purpose,
    Privacy privacy,
    JoinPolicy joinPolicy,
    Optional<CommunityId> parent,
    Set<Section> sections,
    Branding branding,
    Locale defaultLanguage,
    Set<ConceptId> concepts,
    boolean reviewBeforePublication,
    RolePermissions permissions,
    CommunityState state,
    long version) {

  /** The longest slug, in characters. */
  public static final int MAX_SLUG_LENGTH = 64;

  /** The longest name, in characters, in each language. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest description, in characters, in each language. */
  public static final int MAX_DESCRIPTION_LENGTH = 10_000;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Validates the community; every failure is a {@code ValidationException} naming the field. */
  public Community {
    Checks.required(id, "id");
    Checks.required(slug, "slug");
    Checks.check(slug.length() >= 2 && slug.length() <= MAX_SLUG_LENGTH, "slug", "length",
        "must be 2 to %d characters, not %d", MAX_SLUG_LENGTH, slug.length());
    Checks.check(SLUG.matcher(slug).matches(), "slug", "slug-format",
        "\"%s\" must be lower-case letters and digits separated by single hyphens", slug);
    Checks.required(name, "name");
    Checks.check(!name.isEmpty(), "name", "required", "needs a name in at least one language");
    limit(name, "name", MAX_NAME_LENGTH);
    Checks.required(description, "description");
    limit(description, "description", MAX_DESCRIPTION_LENGTH);
    Checks.required(purpose, "purpose");
    Checks.required(privacy, "privacy");
    Checks.required(joinPolicy, "joinPolicy");
    Checks.required(parent, "parent");
    Checks.check(parent.map(p -> !p.equals(id)).orElse(true), "parent", "not-self",
        "a community cannot be its own parent");
    sections = Set.copyOf(Checks.noNulls(sections, "sections"));
    Checks.required(branding, "branding");
    defaultLanguage = Checks.language(defaultLanguage, "defaultLanguage");
    concepts = Set.copyOf(Checks.noNulls(concepts, "concepts"));
    Checks.required(permissions, "permissions");
    Checks.required(state, "state");
    Checks.check(version >= 0, "version", "non-negative", "must not be negative");
    if (purpose == Purpose.HIDDEN_GROUP) {
      Checks.check(privacy == Privacy.PRIVATE, "privacy", "hidden-group-private", "a hidden group is always PRIVATE");
      Checks.check(joinPolicy == JoinPolicy.INVITATION, "joinPolicy", "hidden-group-invitation",
          "a hidden group is joined by INVITATION only");
    }
    Checks.check(joinPolicy != JoinPolicy.OPEN || privacy == Privacy.PUBLIC, "joinPolicy", "open-needs-public",
        "only a PUBLIC community may be OPEN to join; a %s one takes REQUEST or INVITATION", privacy);
  }

  private static void limit(LocalizedText text, String field, int maxLength) {
    text.values().forEach((language, value) -> Checks.check(value.length() <= maxLength,
        field + "[" + language.toLanguageTag() + "]", "max-length", Map.of("limit", maxLength),
        "must be at most %d characters, not %d", maxLength,
        value.length()));
  }

  /**
   * Starts a community with the given id and slug; see {@link Builder} for the defaults.
   *
   * @param id the community's id
   * @param slug the community's short name in addresses, unique on the platform
   * @return a builder holding the id and slug and the defaults
   */
  public static Builder builder(CommunityId id, String slug) {
    return new Builder(id, slug);
  }

  /**
   * Whether this community is a working group inside a parent community.
   *
   * @return {@code true} if the community has a parent
   */
  public boolean isWorkingGroup() {
    return parent.isPresent();
  }

  /**
   * Whether the community is archived, and so read-only.
   *
   * @return {@code true} if the state is {@link CommunityState#ARCHIVED}
   */
  public boolean isArchived() {
    return state == CommunityState.ARCHIVED;
  }

  /**
   * Whether the given section is switched on.
   *
   * @param section the section to look for
   * @return {@code true} if the community has the section switched on
   */
  public boolean has(Section section) {
    return sections.contains(section);
  }

  /**
   * Whether this is a hidden group, {@code NOT_FOUND} to everyone but its members and invitees.
   *
   * @return {@code true} if its purpose is {@link Purpose#HIDDEN_GROUP}
   */
  public boolean isHidden() {
    return purpose == Purpose.HIDDEN_GROUP;
  }

  /**
   * Checks the rules that tie a working group to its parent: the parent is this community's parent,
   * is not itself a working group (one level of nesting), has working groups switched on, and is at
   * least as closed as this community.
   *
   * @param parentCommunity the community this one names as its parent
   * @return this community, for chaining
   * @throws dev.convene.core.ValidationException naming the rule that is broken
   */
  public Community checkWorkingGroupOf(Community parentCommunity) {
    Checks.check(parent.equals(Optional.of(parentCommunity.id())), "parent", "parent-matches",
        "%s is not the parent of %s", parentCommunity.id(), id);
    Checks.check(!parentCommunity.isWorkingGroup(), "parent", "one-level",
        "a working group cannot contain working groups");
    Checks.check(parentCommunity.has(Section.WORKING_GROUPS), "parent", "working-groups-enabled",
        "the parent community does not have working groups switched on");
    Checks.check(!privacy.isMoreOpenThan(parentCommunity.privacy()), "privacy", "not-more-open-than-parent",
        "a working group cannot be %s inside a %s community", privacy, parentCommunity.privacy());
    return this;
  }

  /**
   * A copy with another privacy; the join policy is closed to REQUEST if it would become illegal.
   *
   * @param newPrivacy the privacy to take
   * @return a copy of this community with that privacy
   */
  public Community withPrivacy(Privacy newPrivacy) {
    return toBuilder().privacy(newPrivacy).build();
  }

  /**
   * A copy with another join policy.
   *
   * @param newJoinPolicy the join policy to take
   * @return a copy of this community with that join policy
   */
  public Community withJoinPolicy(JoinPolicy newJoinPolicy) {
    return toBuilder().joinPolicy(newJoinPolicy).build();
  }

  /**
   * A copy in another state.
   *
   * @param newState the state to take
   * @return a copy of this community in that state
   */
  public Community withState(CommunityState newState) {
    return toBuilder().state(newState).build();
  }

  /**
   * A copy with another slug (the platform gives a community that becomes hidden a new one).
   *
   * @param newSlug the slug to take, checked as every slug is
   * @return a copy of this community with that slug
   */
  public Community withSlug(String newSlug) {
    return new Community(id, newSlug, name, description, purpose, privacy, joinPolicy, parent, sections, branding,
        defaultLanguage, concepts, reviewBeforePublication, permissions, state, version);
  }

  /**
   * A copy with another version (for stores).
   *
   * @param newVersion the store's new version
   * @return a copy of this community with that version
   */
  public Community withVersion(long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  /**
   * A builder holding this community's values, to derive a changed copy. Closing the copy's privacy
   * without setting its join policy turns OPEN into REQUEST, as {@link #withPrivacy} does; a join
   * policy set explicitly is kept and checked.
   *
   * @return a builder holding every value of this community
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, slug);
    b.name = name;
    b.description = description;
    b.purpose = purpose;
    b.privacy = privacy;
    b.joinPolicy = joinPolicy;
    b.joinPolicyCarried = true;
    b.parent = parent.orElse(null);
    b.sections = EnumSet.noneOf(Section.class);
    b.sections.addAll(sections);
    b.branding = branding;
    b.defaultLanguage = defaultLanguage;
    b.concepts = concepts;
    b.reviewBeforePublication = reviewBeforePublication;
    b.permissions = permissions;
    b.state = state;
    b.version = version;
    return b;
  }

  /**
   * The settings a community's admins choose: what {@code CommunityService.create} and {@code update}
   * hand to the caller. The id, slug, parent, state and version are not settings: the platform sets
   * them (a working group's parent by {@code createWorkingGroup}, the state by {@code archive} and
   * {@code restore}). Each method returns this object; return it from the function you pass.
   */
  public interface Settings {
    /**
     * The name, in at least one language (required).
     *
     * @param value the name per language
     * @return these settings
     */
    Settings name(LocalizedText value);

    /**
     * The name in one language: the default language as it stands when the community is built, so
     * that {@code name("Réseau").defaultLanguage(Locale.FRENCH)} names it in French.
     *
     * @param value the name in the default language
     * @return these settings
     */
    Settings name(String value);

    /**
     * The description, per language; none by default.
     *
     * @param value the description per language
     * @return these settings
     */
    Settings description(LocalizedText value);

    /**
     * The description in the default language as it stands when the community is built.
     *
     * @param value the description in the default language
     * @return these settings
     */
    Settings description(String value);

    /**
     * What the community is for; {@code REPOSITORY} by default.
     *
     * @param value the purpose
     * @return these settings
     */
    Settings purpose(Purpose value);

    /**
     * How open it is; {@code PUBLIC} by default, {@code PRIVATE} for a hidden group.
     *
     * @param value the privacy
     * @return these settings
     */
    Settings privacy(Privacy value);

    /**
     * How outsiders become members; by default {@code OPEN} for a public community, {@code REQUEST}
     * for the others and {@code INVITATION} for a hidden group.
     *
     * @param value the join policy
     * @return these settings
     */
    Settings joinPolicy(JoinPolicy value);

    /**
     * The sections switched on, replacing the default of all of them.
     *
     * @param value the sections to switch on; the others are off
     * @return these settings
     */
    Settings sections(Set<Section> value);

    /**
     * Logo, colours and welcome text; none by default.
     *
     * @param value the branding
     * @return these settings
     */
    Settings branding(Branding value);

    /**
     * The language of the community's own texts; English by default.
     *
     * @param value the default language
     * @return these settings
     */
    Settings defaultLanguage(Locale value);

    /**
     * The taxonomy concepts the community is about; none by default.
     *
     * @param value the concepts' ids
     * @return these settings
     */
    Settings concepts(Set<ConceptId> value);

    /**
     * Whether moderators review members' items before they are published; off by default.
     *
     * @param value {@code true} to review members' items before publication
     * @return these settings
     */
    Settings reviewBeforePublication(boolean value);

    /**
     * The community's adjustments of the default role permissions; none by default.
     *
     * @param value the role permissions
     * @return these settings
     */
    Settings permissions(RolePermissions value);
  }

  /**
   * Builds a {@link Community}. Defaults: purpose {@code REPOSITORY}, privacy {@code PUBLIC} ({@code
   * PRIVATE} for a hidden group), join policy {@code OPEN} for public communities, {@code REQUEST}
   * for the others and {@code INVITATION} for hidden groups, every section switched on, no branding,
   * English as the default language, no review before publication, the default role permissions,
   * state {@code ACTIVE}, version 0. Besides the {@link Settings}, it sets what stores and the
   * platform set: the parent, the state and the version.
   */
  public static final class Builder implements Settings {
    private final CommunityId id;
    private final String slug;
    private @Nullable LocalizedText name;
    private LocalizedText description = LocalizedText.empty();
    // a name or description given as a plain string takes the default language when built
    private @Nullable String plainName;
    private @Nullable String plainDescription;
    private Purpose purpose = Purpose.REPOSITORY;
    private @Nullable Privacy privacy;
    private @Nullable JoinPolicy joinPolicy;
    // true while the join policy is the one copied by toBuilder(), not one the caller chose
    private boolean joinPolicyCarried;
    private @Nullable CommunityId parent;
    private EnumSet<Section> sections = EnumSet.allOf(Section.class);
    private Branding branding = Branding.none();
    private Locale defaultLanguage = Locale.ENGLISH;
    private Set<ConceptId> concepts = Set.of();
    private boolean reviewBeforePublication;
    private RolePermissions permissions = RolePermissions.defaults();
    private CommunityState state = CommunityState.ACTIVE;
    private long version;

    private Builder(CommunityId id, String slug) {
      this.id = id;
      this.slug = slug;
    }

    @Override
    public Builder name(LocalizedText value) {
      this.name = value;
      this.plainName = null;
      return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.convene.core.ValidationException when built, naming {@code name[<tag>]}, if the
     *     name is blank or too long
     */
    @Override
    public Builder name(String value) {
      this.plainName = Checks.required(value, "name");
      return this;
    }

    @Override
    public Builder description(LocalizedText value) {
      this.description = value;
      this.plainDescription = null;
      return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.convene.core.ValidationException when built, naming {@code description[<tag>]}, if
     *     the text is blank or too long
     */
    @Override
    public Builder description(String value) {
      this.plainDescription = Checks.required(value, "description");
      return this;
    }

    @Override
    public Builder purpose(Purpose value) {
      this.purpose = value;
      return this;
    }

    @Override
    public Builder privacy(Privacy value) {
      this.privacy = value;
      return this;
    }

    @Override
    public Builder joinPolicy(JoinPolicy value) {
      this.joinPolicy = value;
      this.joinPolicyCarried = false;
      return this;
    }

    /**
     * Makes this community a working group of {@code value}, or a top-level one for null.
     *
     * @param value the parent community's id, or null for a top-level community
     * @return this builder
     */
    public Builder parent(@Nullable CommunityId value) {
      this.parent = value;
      return this;
    }

    @Override
    public Builder sections(Set<Section> value) {
      this.sections = value.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(value);
      return this;
    }

    @Override
    public Builder branding(Branding value) {
      this.branding = value;
      return this;
    }

    @Override
    public Builder defaultLanguage(Locale value) {
      this.defaultLanguage = value;
      return this;
    }

    @Override
    public Builder concepts(Set<ConceptId> value) {
      this.concepts = value;
      return this;
    }

    @Override
    public Builder reviewBeforePublication(boolean value) {
      this.reviewBeforePublication = value;
      return this;
    }

    @Override
    public Builder permissions(RolePermissions value) {
      this.permissions = value;
      return this;
    }

    /**
     * Active or archived; {@code ACTIVE} by default.
     *
     * @param value the state
     * @return this builder
     */
    public Builder state(CommunityState value) {
      this.state = value;
      return this;
    }

    /**
     * The store's optimistic-concurrency counter; 0 (not yet stored) by default.
     *
     * @param value the version
     * @return this builder
     */
    public Builder version(long value) {
      this.version = value;
      return this;
    }

    /**
     * Builds the community. A join policy carried over by {@link Community#toBuilder()} that is OPEN
     * becomes REQUEST when the privacy is no longer PUBLIC.
     *
     * @return the community
     * @throws dev.convene.core.ValidationException if a value is missing or breaks a rule
     */
    public Community build() {
      Locale language = Checks.language(defaultLanguage, "defaultLanguage");
      Privacy p = privacy != null ? privacy : purpose == Purpose.HIDDEN_GROUP ? Privacy.PRIVATE : Privacy.PUBLIC;
      JoinPolicy j = joinPolicyCarried && joinPolicy == JoinPolicy.OPEN && p != Privacy.PUBLIC ? JoinPolicy.REQUEST
          : joinPolicy != null ? joinPolicy
          : purpose == Purpose.HIDDEN_GROUP ? JoinPolicy.INVITATION
          : p == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST;
      LocalizedText n = plainName != null ? LocalizedText.forField("name", language, plainName) : name;
      LocalizedText d = plainDescription != null ? LocalizedText.forField("description", language, plainDescription)
          : description;
      return new Community(id, slug, Checks.required(n, "name"), d, purpose, p, j, Optional.ofNullable(parent),
          sections, branding, language, concepts, reviewBeforePublication, permissions, state, version);
    }
  }
}
