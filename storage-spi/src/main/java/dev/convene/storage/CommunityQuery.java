package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.storage.internal.Args;
import java.util.Optional;
import java.util.Set;

/**
 * Which communities {@link CommunityStore#list} returns. Every filter that is set must match; an
 * empty set or an absent value does not filter. Start from {@link #all()} and narrow it with the
 * {@code withX} methods.
 *
 * @param purposes keep communities with one of these purposes
 * @param privacies keep communities with one of these declared privacies
 * @param state keep communities in this state
 * @param parent keep communities by their parent
 * @param concept keep communities about this concept
 */
public record CommunityQuery(
    Set<Purpose> purposes,
    Set<Privacy> privacies,
    Optional<CommunityState> state,
    ParentFilter parent,
    Optional<ConceptId> concept) {

  private static final CommunityQuery ALL =
      new CommunityQuery(Set.of(), Set.of(), Optional.empty(), ParentFilter.any(), Optional.empty());

  /**
   * Validates and copies the query.
   *
   * @throws dev.convene.core.ValidationException if a value or an element is missing
   */
  public CommunityQuery {
    purposes = Set.copyOf(Checks.noNulls(purposes, "purposes"));
    privacies = Set.copyOf(Checks.noNulls(privacies, "privacies"));
    Checks.required(state, "state");
    Checks.required(parent, "parent");
    Checks.required(concept, "concept");
  }

  /**
   * Every community.
   *
   * @return the query with no filter
   */
  public static CommunityQuery all() {
    return ALL;
  }

  /**
   * A copy keeping communities with one of {@code values} as purpose.
   *
   * @param values the purposes to keep
   * @return a copy of this query with that filter
   */
  public CommunityQuery withPurposes(Purpose... values) {
    return new CommunityQuery(Args.setOf("purposes", values), privacies, state, parent, concept);
  }

  /**
   * A copy keeping communities with one of {@code values} as declared privacy.
   *
   * @param values the declared privacies to keep
   * @return a copy of this query with that filter
   */
  public CommunityQuery withPrivacies(Privacy... values) {
    return new CommunityQuery(purposes, Args.setOf("privacies", values), state, parent, concept);
  }

  /**
   * A copy keeping communities in state {@code value}.
   *
   * @param value the state to keep
   * @return a copy of this query with that filter
   */
  public CommunityQuery withState(CommunityState value) {
    return new CommunityQuery(purposes, privacies, Optional.of(Checks.required(value, "state")), parent, concept);
  }

  /**
   * A copy keeping communities that pass {@code value}.
   *
   * @param value the filter on the community's parent
   * @return a copy of this query with that filter
   */
  public CommunityQuery withParent(ParentFilter value) {
    return new CommunityQuery(purposes, privacies, state, value, concept);
  }

  /**
   * A copy keeping communities whose concepts include {@code value}.
   *
   * @param value the id of a concept the communities must have
   * @return a copy of this query with that filter
   */
  public CommunityQuery withConcept(ConceptId value) {
    return new CommunityQuery(purposes, privacies, state, parent, Optional.of(Checks.required(value, "concept")));
  }

  /**
   * Whether {@code community} passes every filter of this query.
   *
   * @param community the community to test
   * @return {@code true} if it passes every filter
   */
  public boolean matches(Community community) {
    Checks.required(community, "community");
    return (purposes.isEmpty() || purposes.contains(community.purpose()))
        && (privacies.isEmpty() || privacies.contains(community.privacy()))
        && state.map(s -> s == community.state()).orElse(true)
        && parent.matches(community.parent())
        && concept.map(community.concepts()::contains).orElse(true);
  }
}
