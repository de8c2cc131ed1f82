package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static dev.convene.platform.ContentFixture.talk;
import static dev.convene.platform.ContentFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class GuidelinesServiceTest {
  private static final LocalizedText KIND = LocalizedText.of("en", "Be kind.").with("fr", "Soyez aimables.");
  private static final LocalizedText BRIEF = LocalizedText.of("en", "Be kind and brief.");

  private final ContentFixture world = new ContentFixture();
  private final GuidelinesService guidelines = world.convene.guidelines();
  private final MembershipService memberships = world.convene.memberships();

  private Guidelines publish(Actor actor, Community community, LocalizedText text, int current) {
    world.clock.advance(Duration.ofMinutes(1));
    return guidelines.publish(actor, community.id(), text, current);
  }

  private static GuidelinesNotAcceptedException notAccepted(String rule, int current, Executable call) {
    GuidelinesNotAcceptedException e = assertThrows(GuidelinesNotAcceptedException.class, call);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals(current, e.currentVersion());
    return e;
  }

  private List<String> accepted(Community community) {
    return world.audit(community, AuditAction.GUIDELINES_ACCEPTED).stream()
        .map(e -> e.subject() + "@" + e.after().orElse("")).toList();
  }

  @Test
  @DisplayName("admins publish versions 1, 2, ... with author and time; anyone who sees the community reads them")
  void publishAndRead() {
    Community water = world.community("water");
    Guidelines one = publish(ADA, water, KIND, 0);
    Instant second = world.clock.instant().plus(Duration.ofMinutes(1));
    Guidelines two = publish(ADA, water, BRIEF, 1);
    assertEquals(new Guidelines(water.id(), 2, BRIEF, user(ADA), second), two);
    assertEquals(1, one.version());
    for (Actor reader : List.of(ANON, OLGA, MEL)) {
      assertEquals(Optional.of(two), guidelines.current(reader, water.id()));
      assertEquals(List.of(one, two), guidelines.history(reader, water.id()));
      assertEquals(one, guidelines.version(reader, water.id(), 1));
    }
    assertThrows(NotFoundException.class, () -> guidelines.version(OLGA, water.id(), 3));
    assertEquals(List.of("version 1", "version 2"), world.audit(water, AuditAction.GUIDELINES_PUBLISHED).stream()
        .map(AuditEntry::subject).toList());
    assertEquals(List.of("ada@version 1", "ada@version 2"), accepted(water), "the publisher accepts what she publishes");
    assertEquals(Optional.empty(), guidelines.current(OLGA, world.community("fire").id()));
  }

  @Test
  @DisplayName("only admins and platform admins publish; a stale current version is a conflict that changes nothing")
  void whoPublishes() {
    Community water = world.community("water");
    for (Actor refused : List.of(MO, MEL, OLGA, ANON)) {
      assertThrows(AccessDeniedException.class, () -> guidelines.publish(refused, water.id(), KIND, 0),
          refused.toString());
    }
    publish(PAT, water, KIND, 0);
    assertEquals(1, world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).size());
    ConflictException stale = assertThrows(ConflictException.class, () -> publish(ADA, water, BRIEF, 0));
    assertEquals("the guidelines of community " + water.id() + " are at version 1, not 0; read them again",
        stale.getMessage());
    assertEquals(List.of(1), guidelines.history(ADA, water.id()).stream().map(Guidelines::version).toList());
    assertEquals(List.of(), accepted(water), "pat is no member: nothing accepted");
    ValidationException empty = assertThrows(ValidationException.class,
        () -> publish(ADA, water, LocalizedText.empty(), 1));
    assertEquals("text", empty.field());
  }

  @Test
  @DisplayName("a hidden group's guidelines are NotFound to outsiders, worded as for a community that does not exist")
  void hiddenGroup() {
    Community task = world.community("task", b -> b.purpose(Purpose.HIDDEN_GROUP));
    publish(ADA, task, KIND, 0);
    CommunityId missing = CommunityId.of("nowhere");
    List<Executable> calls = List.of(
        () -> guidelines.current(OLGA, task.id()), () -> guidelines.history(OLGA, task.id()),
        () -> guidelines.version(OLGA, task.id(), 1), () -> guidelines.publish(OLGA, task.id(), KIND, 1),
        () -> guidelines.accept(OLGA, task.id(), 1), () -> guidelines.pending(OLGA, task.id()),
        () -> memberships.join(OLGA, task.id(), 1));
    for (Executable call : calls) {
      NotFoundException e = assertThrows(NotFoundException.class, call);
      assertEquals("community " + task.id() + " not found", e.getMessage());
    }
    assertEquals("community nowhere not found",
        assertThrows(NotFoundException.class, () -> guidelines.current(OLGA, missing)).getMessage());
    assertEquals(1, guidelines.current(MEL, task.id()).orElseThrow().version(), "members read them");
    // an invitee sees the group's profile, so reads the guidelines it accepts with the invitation
    Actor ivy = Actor.user("ivy");
    memberships.invite(ADA, task.id(), UserId.of("ivy"), Optional.empty());
    assertEquals(1, guidelines.current(ivy, task.id()).orElseThrow().version());
    assertEquals(MembershipState.ACTIVE, memberships.accept(ivy, task.id(), 1).state());
  }

  @Test
  @DisplayName("joining needs the current version: none or a stale one is refused and changes nothing; the current one is recorded")
  void join() {
    Community water = world.community("water");
    publish(ADA, water, KIND, 0);
    publish(ADA, water, BRIEF, 1);
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 2, () -> memberships.join(OLGA, water.id()));
    GuidelinesNotAcceptedException stale =
        notAccepted(GuidelinesNotAcceptedException.CHANGED, 2, () -> memberships.join(OLGA, water.id(), 1));
    assertEquals("guidelinesVersion", stale.field());
    assertEquals(water.id(), stale.community());
    assertEquals("known-version", assertThrows(ValidationException.class,
        () -> memberships.join(OLGA, water.id(), 3)).rule());
    assertEquals("positive", assertThrows(ValidationException.class,
        () -> memberships.join(OLGA, water.id(), 0)).rule());
    assertEquals(Optional.empty(), memberships.membership(OLGA, water.id()));
    assertEquals(Optional.empty(), guidelines.acceptance(OLGA, water.id()));

    world.clock.advance(Duration.ofMinutes(1));
    Instant joined = world.clock.instant();
    assertEquals(MembershipState.ACTIVE, memberships.join(OLGA, water.id(), 2).state());
    assertEquals(Optional.of(new GuidelinesAcceptance(water.id(), user(OLGA), 2, joined)),
        guidelines.acceptance(OLGA, water.id()));
    assertEquals(List.of("ada@version 1", "ada@version 2", "olga@version 2"), accepted(water));
    assertEquals(Optional.empty(), guidelines.pending(OLGA, water.id()));
  }

  @Test
  @DisplayName("a community without guidelines is joined as before, and naming a version there is refused")
  void noGuidelines() {
    Community water = world.community("water");
    assertEquals("known-version", assertThrows(ValidationException.class,
        () -> memberships.join(OLGA, water.id(), 1)).rule());
    assertEquals(MembershipState.ACTIVE, memberships.join(OLGA, water.id()).state());
    assertEquals(Optional.empty(), guidelines.acceptance(OLGA, water.id()));
    assertEquals(Optional.empty(), guidelines.pending(OLGA, water.id()));
    world.published(OLGA, water, doc("Pumps", Visibility.PUBLIC));
    assertEquals(List.of(), accepted(water));
  }

  @Test
  @DisplayName("a request and the acceptance of an invitation need the current version too, and record it")
  void requestAndInvitation() {
    Community club = world.community("club", b -> b.privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    publish(ADA, club, KIND, 0);
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1,
        () -> memberships.request(OLGA, club.id(), Optional.of("please")));
    assertEquals(MembershipState.REQUESTED,
        memberships.request(OLGA, club.id(), Optional.of("please"), 1).state());
    assertEquals(1, guidelines.acceptance(OLGA, club.id()).orElseThrow().version());

    Actor rita = Actor.user("rita");
    memberships.invite(ADA, club.id(), UserId.of("rita"), Optional.empty());
    publish(ADA, club, BRIEF, 1);
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 2, () -> memberships.accept(rita, club.id()));
    notAccepted(GuidelinesNotAcceptedException.CHANGED, 2, () -> memberships.accept(rita, club.id(), 1));
    assertEquals(MembershipState.INVITED, memberships.membership(rita, club.id()).orElseThrow().state());
    assertEquals(MembershipState.ACTIVE, memberships.accept(rita, club.id(), 2).state());
    assertEquals(List.of("ada@version 1", "olga@version 1", "ada@version 2", "rita@version 2"), accepted(club));

    // olga asked under version 1; approved after version 2, she accepts it before she contributes
    memberships.approve(ADA, club.id(), UserId.of("olga"));
    assertEquals(2, guidelines.pending(OLGA, club.id()).orElseThrow().version());
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 2,
        () -> world.content().create(OLGA, club.id(), doc("Pumps", Visibility.MEMBERS)));
  }

  @Test
  @DisplayName("after a change, members accept again before creating, editing, publishing or replying; reading is never blocked")
  void acceptAgainBeforeContributing() {
    Community water = world.community("water");
    Item talk = world.published(MEL, water, talk("Pumps", Visibility.MEMBERS));
    Item draft = world.content().create(MAX, water.id(), doc("Wells", Visibility.MEMBERS));
    publish(ADA, water, KIND, 0);

    GuidelinesNotAcceptedException e = notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1,
        () -> world.content().create(MEL, water.id(), doc("Dams", Visibility.MEMBERS)));
    assertEquals("guidelines", e.field());
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1, () -> world.content().reply(MEL, talk.id(), "Yes"));
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1, () -> world.content().publish(MAX, draft.id()));
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1, () -> world.content().tag(MAX, draft.id(),
        Set.of()));
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 1,
        () -> world.content().create(MO, water.id(), ContentFixture.meeting("Walk", Visibility.MEMBERS)));
    assertEquals(talk.id(), world.content().get(MEL, talk.id()).id(), "reading goes on");
    assertEquals(List.of(talk.id()), world.all(MEL, water, 10).stream().map(Item::id).toList(), "max's draft is his");
    assertEquals(List.of(), ((Discussion) world.content().get(MEL, talk.id())).replies(), "no reply was added");

    assertEquals(1, guidelines.pending(MEL, water.id()).orElseThrow().version());
    guidelines.accept(MEL, water.id(), 1);
    assertEquals(Optional.empty(), guidelines.pending(MEL, water.id()));
    world.content().reply(MEL, talk.id(), "Yes");
    world.content().create(MEL, water.id(), doc("Dams", Visibility.MEMBERS));

    publish(ADA, water, BRIEF, 1);
    notAccepted(GuidelinesNotAcceptedException.NOT_ACCEPTED, 2, () -> world.content().reply(MEL, talk.id(), "Again"));
    notAccepted(GuidelinesNotAcceptedException.CHANGED, 2, () -> guidelines.accept(MEL, water.id(), 1));
    assertEquals(2, guidelines.accept(MEL, water.id(), 2).version());
    assertEquals(2, guidelines.accept(MEL, water.id(), 2).version(), "accepting again changes nothing");
    world.content().reply(MEL, talk.id(), "Again");
    assertEquals(List.of("ada@version 1", "mel@version 1", "ada@version 2", "mel@version 2"), accepted(water));
    world.content().create(ADA, water.id(), doc("Rules", Visibility.MEMBERS)); // ada accepted by publishing
  }

  @Test
  @DisplayName("with the platform setting off, members contribute without accepting again; entering still needs it")
  void settingOff() {
    ContentFixture relaxed = new ContentFixture(PolicySettings.defaults().withGuidelinesBeforeContributing(false));
    Community water = relaxed.community("water");
    relaxed.convene.guidelines().publish(ADA, water.id(), KIND, 0);
    relaxed.content().create(MEL, water.id(), doc("Dams", Visibility.MEMBERS));
    assertEquals(Optional.empty(), relaxed.convene.guidelines().pending(MEL, water.id()));
    assertThrows(GuidelinesNotAcceptedException.class, () -> relaxed.convene.memberships().join(OLGA, water.id()));
  }

  @Test
  @DisplayName("only active members accept after a change; others accept as they enter")
  void whoAccepts() {
    Community water = world.community("water");
    publish(ADA, water, KIND, 0);
    assertThrows(AccessDeniedException.class, () -> guidelines.accept(OLGA, water.id(), 1));
    assertThrows(AccessDeniedException.class, () -> guidelines.accept(ANON, water.id(), 1));
    assertEquals(Optional.empty(), guidelines.acceptance(OLGA, water.id()));
    Community dry = world.community("dry");
    assertEquals("known-version", assertThrows(ValidationException.class,
        () -> guidelines.accept(MEL, dry.id(), 1)).rule());
  }

  @Test
  @DisplayName("admins list who accepted which version; members may not")
  void acceptances() {
    Community water = world.community("water");
    publish(ADA, water, KIND, 0);
    guidelines.accept(MAX, water.id(), 1);
    assertEquals(List.of("ada", "max"), guidelines.acceptances(ADA, water.id()).stream()
        .map(a -> a.user().value()).toList());
    assertThrows(AccessDeniedException.class, () -> guidelines.acceptances(MEL, water.id()));
  }
}
