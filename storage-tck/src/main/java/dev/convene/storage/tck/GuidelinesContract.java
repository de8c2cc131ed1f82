package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.UserId;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Guidelines: versions from 1 without gaps, immutable; acceptances kept per version; gone with the community. */
abstract class GuidelinesContract extends ContractSupport {
  private static final int THREADS = 8;

  private CommunityId alpha;
  private CommunityId beta;

  GuidelinesContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void communities() {
    alpha = insert(community("alpha")).id();
    beta = insert(community("beta")).id();
  }

  @Test
  @DisplayName("versions are published 1, 2, ...; the highest is current; each reads back as published")
  void publishAndRead() {
    assertEquals(Optional.empty(), read(t -> t.guidelines().current(alpha)));
    Guidelines one = publish(guidelines(alpha, 1, "Be kind.", 1));
    Guidelines two = publish(new Guidelines(alpha, 2, LocalizedText.of("en", "Be kind and brief.")
        .with("fr", "Soyez aimables et brefs."), UserId.of("bob"), at(2)));
    assertEquals(Optional.of(two), read(t -> t.guidelines().current(alpha)));
    assertEquals(Optional.of(one), read(t -> t.guidelines().get(alpha, 1)));
    assertEquals(Optional.empty(), read(t -> t.guidelines().get(alpha, 3)));
    assertEquals(List.of(one, two), read(t -> t.guidelines().versions(alpha)));
    assertEquals(List.of(), read(t -> t.guidelines().versions(beta)));
    assertEquals(Optional.empty(), read(t -> t.guidelines().current(beta)));
  }

  @Test
  @DisplayName("a version that does not follow the current one is a conflict and changes nothing")
  void versionsFollowEachOther() {
    assertThrows(ConflictException.class, () -> publish(guidelines(alpha, 2, "Too early.", 1)));
    publish(guidelines(alpha, 1, "Be kind.", 1));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> publish(guidelines(alpha, 1, "Again.", 2)));
    assertThrows(ConflictException.class, () -> publish(guidelines(alpha, 3, "A gap.", 2)));
    assertEquals(before, snapshot());
    assertEquals(List.of(1), read(t -> t.guidelines().versions(alpha)).stream().map(Guidelines::version).toList());
  }

  @Test
  @DisplayName("guidelines need a community that exists")
  void communityMustExist() {
    assertThrows(NotFoundException.class, () -> publish(guidelines(CommunityId.of("nowhere"), 1, "Hi.", 1)));
  }

  @Test
  @DisplayName("acceptances are kept per version; the latest is the highest accepted; accepting again keeps the first")
  void acceptances() {
    publish(guidelines(alpha, 1, "Be kind.", 1));
    publish(guidelines(alpha, 2, "Be kind and brief.", 2));
    publish(guidelines(beta, 1, "Stay on topic.", 3));
    GuidelinesAcceptance adaOne = accept(alpha, "ada", 1, 4);
    GuidelinesAcceptance adaTwo = accept(alpha, "ada", 2, 5);
    GuidelinesAcceptance bob = accept(alpha, "bob", 1, 6);
    GuidelinesAcceptance adaBeta = accept(beta, "ada", 1, 7);
    assertEquals(adaOne, accept(alpha, "ada", 1, 9), "the first acceptance of a version stays");
    assertEquals(Optional.of(adaTwo), read(t -> t.guidelines().latest(alpha, UserId.of("ada"))));
    assertEquals(Optional.of(bob), read(t -> t.guidelines().latest(alpha, UserId.of("bob"))));
    assertEquals(Optional.empty(), read(t -> t.guidelines().latest(beta, UserId.of("bob"))));
    assertEquals(List.of(adaOne, adaTwo, bob), read(t -> t.guidelines().acceptances(alpha)));
    assertEquals(List.of(adaOne, adaTwo, adaBeta), read(t -> t.guidelines().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("an acceptance needs the version it names, and changes nothing otherwise")
  void acceptanceNeedsItsVersion() {
    publish(guidelines(alpha, 1, "Be kind.", 1));
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> accept(alpha, "ada", 2, 2));
    assertThrows(NotFoundException.class, () -> accept(beta, "ada", 1, 2));
    assertEquals(before, snapshot());
    assertEquals(List.of(), read(t -> t.guidelines().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("deleting a user's acceptances deletes theirs only, in every community")
  void deleteForUser() {
    publish(guidelines(alpha, 1, "Be kind.", 1));
    publish(guidelines(beta, 1, "Stay on topic.", 1));
    accept(alpha, "ada", 1, 2);
    accept(beta, "ada", 1, 3);
    GuidelinesAcceptance bob = accept(alpha, "bob", 1, 4);
    assertEquals(Integer.valueOf(2), tx(t -> t.guidelines().deleteForUser(UserId.of("ada"))));
    assertEquals(Integer.valueOf(0), tx(t -> t.guidelines().deleteForUser(UserId.of("ada"))));
    assertEquals(List.of(bob), read(t -> t.guidelines().acceptances(alpha)));
    assertEquals(List.of(), read(t -> t.guidelines().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("a community's guidelines and acceptances are deleted with it, and only its")
  void deletedWithCommunity() {
    Guidelines kept = publish(guidelines(beta, 1, "Stay on topic.", 1));
    publish(guidelines(alpha, 1, "Be kind.", 1));
    accept(alpha, "ada", 1, 2);
    GuidelinesAcceptance keptAcceptance = accept(beta, "ada", 1, 3);
    use(t -> t.communities().delete(alpha, 1));
    assertEquals(List.of(), read(t -> t.guidelines().versions(alpha)));
    assertEquals(List.of(keptAcceptance), read(t -> t.guidelines().forUser(UserId.of("ada"))));
    assertEquals(List.of(kept), read(t -> t.guidelines().versions(beta)));
  }

  @Test
  @DisplayName(THREADS + " threads each publishing the next version by read, publish and retry: versions 1 to "
      + THREADS + ", none lost")
  void concurrentPublishers() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> Race.retryOnConflict(() -> tx(t -> {
      int next = t.guidelines().current(alpha).map(Guidelines::version).orElse(0) + 1;
      return t.guidelines().publish(guidelines(alpha, next, "by writer " + writer, writer));
    })));
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
    List<Guidelines> all = read(t -> t.guidelines().versions(alpha));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), all.stream().map(Guidelines::version).toList());
    assertEquals(THREADS, all.stream().map(g -> g.text().get(Locale.ENGLISH).orElseThrow()).distinct()
        .count(), "every writer's text is one of the versions");
  }

  private Guidelines publish(Guidelines guidelines) {
    return tx(t -> t.guidelines().publish(guidelines));
  }

  private GuidelinesAcceptance accept(CommunityId community, String user, int version, int minute) {
    return tx(t -> t.guidelines().accept(new GuidelinesAcceptance(community, UserId.of(user), version, at(minute))));
  }

  private static Guidelines guidelines(CommunityId community, int version, String text, int minute) {
    return new Guidelines(community, version, LocalizedText.of("en", text), UserId.of("ada"), at(minute));
  }
}
