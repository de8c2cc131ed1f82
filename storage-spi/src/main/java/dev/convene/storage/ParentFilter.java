package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import java.util.Optional;

/**
 * Which communities a {@link CommunityQuery} keeps by their parent: any, the top-level ones only, or
 * the working groups of one parent.
 */
public sealed interface ParentFilter {

  /**
   * Any community, whether it has a parent or not.
   *
   * @return the filter that keeps every community
   */
  static ParentFilter any() {
    return Any.INSTANCE;
  }

  /**
   * Only communities without a parent.
   *
   * @return the filter that keeps top-level communities
   */
  static ParentFilter topLevel() {
    return TopLevel.INSTANCE;
  }

  /**
   * Only the working groups of {@code parent}.
   *
   * @param parent the parent community's id
   * @return the filter that keeps its working groups
   * @throws dev.convene.core.ValidationException if {@code parent} is missing
   */
  static ParentFilter workingGroupsOf(CommunityId parent) {
    return new WorkingGroupsOf(parent);
  }

  /**
   * Whether a community with this parent passes the filter.
   *
   * @param parent the community's parent, or empty for a top-level community
   * @return {@code true} if the community passes
   */
  default boolean matches(Optional<CommunityId> parent) {
    return switch (this) {
      case Any any -> true;
      case TopLevel top -> parent.isEmpty();
      case WorkingGroupsOf of -> parent.equals(Optional.of(of.parent()));
    };
  }

  /** Any community. */
  enum Any implements ParentFilter {
    /** The only instance. */
    INSTANCE
  }

  /** Communities without a parent. */
  enum TopLevel implements ParentFilter {
    /** The only instance. */
    INSTANCE
  }

  /**
   * The working groups of one parent.
   *
   * @param parent the parent community
   */
  record WorkingGroupsOf(CommunityId parent) implements ParentFilter {
    /** Validates the filter. */
    public WorkingGroupsOf {
      Checks.required(parent, "parent");
    }
  }
}
