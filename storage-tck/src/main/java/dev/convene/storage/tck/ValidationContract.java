package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Transaction;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Malformed input: refused with a ValidationException naming the field, and nothing written. */
abstract class ValidationContract extends ContractSupport {
  ValidationContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("a missing argument is refused, naming it, and nothing is written")
  void missingArguments() {
    Community alpha = insert(community("alpha"));
    CommunityId id = alpha.id();
    UserId ada = UserId.of("ada");
    PageRequest page = PageRequest.first(10);
    Snapshot before = snapshot();
    assertInvalid("work", () -> storage.inTransaction(nothing()));
    assertInvalid("work", () -> storage.useTransaction(nothing()));
    assertInvalid("work", () -> storage.read(nothing()));
    refused("id", t -> t.communities().get(nothing()));
    refused("slug", t -> t.communities().bySlug(nothing()));
    refused("community", t -> t.communities().insert(nothing()));
    refused("community", t -> t.communities().update(nothing()));
    refused("id", t -> t.communities().delete(nothing(), 1));
    refused("query", t -> t.communities().list(nothing(), page));
    refused("page", t -> t.communities().list(CommunityQuery.all(), nothing()));
    refused("parent", t -> t.communities().workingGroups(nothing()));
    refused("community", t -> t.memberships().get(nothing(), ada));
    refused("user", t -> t.memberships().get(id, nothing()));
    refused("membership", t -> t.memberships().insert(nothing()));
    refused("membership", t -> t.memberships().update(nothing()));
    refused("user", t -> t.memberships().delete(id, nothing(), 1));
    refused("query", t -> t.memberships().members(id, nothing(), page));
    refused("user", t -> t.memberships().ofUser(nothing()));
    refused("community", t -> t.memberships().all(nothing()));
    refused("id", t -> t.items().get(nothing()));
    refused("item", t -> t.items().insert(nothing()));
    refused("item", t -> t.items().update(nothing()));
    refused("id", t -> t.items().delete(nothing(), 1));
    refused("query", t -> t.items().list(nothing(), page));
    refused("page", t -> t.items().list(ItemQuery.all(), nothing()));
    refused("concept", t -> t.items().byConcept(nothing(), page));
    refused("taxonomy", t -> t.taxonomy().replace(nothing(), 0));
    refused("entry", t -> t.audit().append(nothing()));
    refused("community", t -> t.audit().forCommunity(nothing(), page));
    refused("subscription", t -> t.subscriptions().put(nothing()));
    refused("community", t -> t.subscriptions().delete(ada, nothing()));
    refused("notification", t -> t.digests().add(nothing()));
    refused("upTo", t -> t.digests().due(Delivery.DAILY, nothing()));
    refused("ids", t -> t.digests().remove(nothing()));
    refused("ids[]", t -> t.digests().remove(Arrays.asList(1L, null)));
    refused("community", t -> t.memberships().members(nothing(), MemberQuery.all(), page));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("versions are checked: 0 to insert, 1 or more to update and delete, 0 or more to replace")
  void versions() {
    OneOfEach stored = insertOneOfEach();
    Community alpha = stored.community();
    Membership ada = stored.membership();
    Item doc = stored.item();
    Snapshot before = snapshot();
    refused("version", t -> t.communities().insert(community("beta").withVersion(1)));
    refused("version", t -> t.memberships().insert(Fixtures.member(alpha.id(), "bob", Role.MEMBER).withVersion(2)));
    refused("version", t -> t.items().insert(Fixtures.withVersion(Fixtures.document("d2", alpha.id(),
        Fixtures.T0), 1)));
    refused("version", t -> t.communities().update(alpha.withVersion(0)));
    refused("version", t -> t.memberships().update(ada.withVersion(0)));
    refused("version", t -> t.items().update(Fixtures.withVersion(doc, 0)));
    refused("expectedVersion", t -> t.communities().delete(alpha.id(), 0));
    refused("expectedVersion", t -> t.memberships().delete(alpha.id(), ada.user(), -1));
    refused("expectedVersion", t -> t.items().delete(doc.id(), 0));
    refused("expectedVersion", t -> t.taxonomy().replace(Fixtures.taxonomy("Energy"), -1));
    refused("id", t -> t.audit().append(Fixtures.audit(alpha.id(), "ada").withId(7)));
    refused("id", t -> t.digests().add(Fixtures.pending("ada", Delivery.DAILY, alpha.id(), Fixtures.T0).withId(7)));
    refused("afterSequence", t -> t.changes().since(-1, 10));
    refused("limit", t -> t.changes().since(0, 0));
    refused("limit", t -> t.changes().since(0, PageRequest.MAX_LIMIT + 1));
    assertEquals(before, snapshot());
  }

  /** Asserts that {@code call}, made in a transaction of its own, is refused on {@code field}. */
  private void refused(String field, Consumer<Transaction> call) {
    assertInvalid(field, () -> use(call));
  }

  /** A null where the API expects a value, to check that it is refused. */
  private static <T> @Nullable T nothing() {
    return null;
  }
}
