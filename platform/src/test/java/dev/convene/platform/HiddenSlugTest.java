package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Section;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slugs are unique on the platform, so a refused slug says that some community holds it. A hidden
 * community's slug ends in random characters, so that no one learns a hidden group exists by asking
 * for the slug its founder chose: Olga, who may create communities and knows of no hidden group,
 * gets every slug a hidden group asked for.
 */
@DisplayName("no one learns of a hidden group by asking for its slug")
class HiddenSlugTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");
  /** The slug asked for, a hyphen, then ten random lower-case letters and digits. */
  private static final String RANDOM_END = "-[a-z0-9]{10}";
  private static final Set<Section> ALL_SECTIONS = EnumSet.allOf(Section.class);

  private final AtomicInteger ids = new AtomicInteger();
  private final Convene convene = Convene.builder().storage(InMemoryStorage.create(CLOCK)).clock(CLOCK)
      .ids(() -> "id" + ids.incrementAndGet()).build();
  private final CommunityService communities = convene.communities();

  private static void assertHiddenSlug(String asked, Community community) {
    assertTrue(Pattern.matches(Pattern.quote(asked) + RANDOM_END, community.slug()), community.slug());
  }

  @Test
  @DisplayName("a hidden group's slug is the one asked for and random characters; the one asked for stays free")
  void hiddenGroupsSlugEndsInRandomCharacters() {
    Community cabinet = communities.create(ADA, "cabinet", b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
    assertHiddenSlug("cabinet", cabinet);
    assertEquals(cabinet, communities.bySlug(ADA, cabinet.slug()));

    Community mine = communities.create(OLGA, "cabinet", b -> b.name("Mine"));
    assertEquals("cabinet", mine.slug());
    assertEquals(mine.id(), communities.bySlug(ADA, "cabinet").id());
    assertThrows(NotFoundException.class, () -> communities.bySlug(OLGA, cabinet.slug()));
  }

  @Test
  @DisplayName("two hidden groups may ask for the same slug: neither founder learns of the other")
  void twoHiddenGroupsAskForTheSameSlug() {
    Community first = communities.create(ADA, "board", b -> b.name("Board").purpose(Purpose.HIDDEN_GROUP));
    Community second = communities.create(OLGA, "board", b -> b.name("Board").purpose(Purpose.HIDDEN_GROUP));
    assertHiddenSlug("board", first);
    assertHiddenSlug("board", second);
    assertNotEquals(first.slug(), second.slug());
  }

  @Test
  @DisplayName("a visible community's taken slug is still refused, to a hidden group's founder too")
  void visibleSlugsStayUnique() {
    communities.create(ADA, "water", b -> b.name("Water"));
    ConflictException taken = assertThrows(ConflictException.class,
        () -> communities.create(OLGA, "water", b -> b.name("Other water")));
    assertEquals("conflict.duplicate-slug", taken.code());
    Community hidden = communities.create(OLGA, "water", b -> b.name("Hidden water").purpose(Purpose.HIDDEN_GROUP));
    assertHiddenSlug("water", hidden);
  }

  @Test
  @DisplayName("a hidden group may ask for 53 characters, so that its slug fits in 64; more is refused and nothing is stored")
  void longestSlugAHiddenGroupMayAskFor() {
    String longest = "a".repeat(53);
    Community fits = communities.create(ADA, longest, b -> b.name("Long").purpose(Purpose.HIDDEN_GROUP));
    assertEquals(Community.MAX_SLUG_LENGTH, fits.slug().length());
    assertHiddenSlug(longest, fits);

    String tooLong = "b".repeat(54);
    ValidationException e = assertThrows(ValidationException.class,
        () -> communities.create(ADA, tooLong, b -> b.name("Too long").purpose(Purpose.HIDDEN_GROUP)));
    assertEquals("validation.max-length", e.code());
    assertEquals("slug", e.field());
    assertEquals(53, e.arguments().get("limit"));
    assertEquals(1, communities.list(ADA, CommunityQuery.all(),
        PageRequest.first(10)).items().size());
    assertEquals(tooLong, communities.create(ADA, tooLong, b -> b.name("Visible")).slug());
  }

  @Test
  @DisplayName("a working group that is a hidden group, or is in one, has a hidden slug; one in a visible community keeps its own")
  void workingGroups() {
    Community cash = communities.create(ADA, "cash", b -> b.name("Cash").sections(ALL_SECTIONS));
    Community secretGroup = communities.createWorkingGroup(ADA, cash.id(), "cabinet",
        b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
    assertHiddenSlug("cabinet", secretGroup);
    Community open = communities.createWorkingGroup(ADA, cash.id(), "open", b -> b.name("Open")
        .purpose(Purpose.WORKING_GROUP));
    assertEquals("open", open.slug());

    Community hidden = communities.create(ADA, "hidden", b -> b.name("Hidden").purpose(Purpose.HIDDEN_GROUP)
        .sections(ALL_SECTIONS));
    Community inside = communities.createWorkingGroup(ADA, hidden.id(), "inside", b -> b.name("Inside")
        .purpose(Purpose.WORKING_GROUP).privacy(Privacy.PRIVATE));
    assertHiddenSlug("inside", inside);
    assertEquals("inside", communities.create(OLGA, "inside", b -> b.name("Olga's")).slug());
  }

  @Test
  @DisplayName("a community that becomes a hidden group takes a hidden slug, as do its working groups; its old slug is free")
  void becomingHidden() {
    Community cash = communities.create(ADA, "cash", b -> b.name("Cash").privacy(Privacy.PRIVATE)
        .sections(ALL_SECTIONS));
    Community group = communities.createWorkingGroup(ADA, cash.id(), "group", b -> b.name("Group")
        .purpose(Purpose.WORKING_GROUP).privacy(Privacy.PRIVATE));

    Community hidden = communities.update(ADA, cash.id(), cash.version(), b -> b.purpose(Purpose.HIDDEN_GROUP)
        .joinPolicy(JoinPolicy.INVITATION));
    assertHiddenSlug("cash", hidden);
    assertHiddenSlug("group", communities.get(ADA, group.id()));
    assertEquals("cash", communities.create(OLGA, "cash", b -> b.name("Olga's cash")).slug());
    assertEquals("group", communities.create(OLGA, "group", b -> b.name("Olga's group")).slug());

    Community visibleAgain = communities.update(ADA, cash.id(), hidden.version(), b -> b.purpose(Purpose.REPOSITORY));
    assertEquals(hidden.slug(), visibleAgain.slug(), "a slug changes only when the community becomes hidden");
    Community changedAgain = communities.update(ADA, cash.id(), visibleAgain.version(), b -> b.name("Cash, renamed"));
    assertEquals(hidden.slug(), changedAgain.slug());
  }

  @Test
  @DisplayName("a slug that would pass 53 characters is shortened when its community becomes hidden")
  void longSlugBecomingHidden() {
    String slug = "a".repeat(52) + "-" + "b".repeat(11);
    Community long64 = communities.create(ADA, slug, b -> b.name("Long").privacy(Privacy.PRIVATE));
    Community hidden = communities.update(ADA, long64.id(), long64.version(), b -> b.purpose(Purpose.HIDDEN_GROUP)
        .joinPolicy(JoinPolicy.INVITATION));
    assertHiddenSlug("a".repeat(52), hidden); // cut at 53 characters, the trailing hyphen dropped
    assertEquals(hidden, communities.get(ADA, long64.id()));
  }

}
