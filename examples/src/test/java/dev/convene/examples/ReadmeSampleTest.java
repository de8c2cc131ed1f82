package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.NotificationSink;
import dev.convene.storage.memory.InMemoryStorage;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's code sample, kept compiling and true. */
class ReadmeSampleTest {
  @Test
  void theReadmeSampleDoesWhatItSays() {
    NotificationSink mail = NotificationSink.NONE;
    // --- README sample starts
    Convene convene = Convene.builder()
        .storage(InMemoryStorage.create())                // or a JDBC store on your database
        .policySettings(PolicySettings.defaults().withCuratePublicContent(true))
        .notificationSink(mail)                           // your portal's mail, badges, push
        .build();

    Actor ada = Actor.user("ada");                        // users are authenticated by your portal
    Actor olga = Actor.user("olga");
    Actor cora = Actor.user("cora", PlatformRole.CURATOR);

    Community pensions = convene.communities().create(ada, "pension-reform", c -> c
        .name(LocalizedText.of("en", "Pension Reform").with("fr", "Réforme des retraites"))
        .privacy(Privacy.SEMI_PRIVATE));                  // listed to all; members listed to members

    convene.memberships().request(olga, pensions.id(), Optional.of("I work on pensions"));
    convene.memberships().approve(ada, pensions.id(), UserId.of("olga"));

    Item report = convene.content().create(olga, pensions.id(),
        ItemDraft.document("Pensions in Chile", Locale.ENGLISH, Visibility.PUBLIC).summary("A review."));
    convene.content().submitOrPublish(olga, report.id());         // public: curators review it first
    convene.content().review(cora, report.id(), Verdict.APPROVE, Optional.empty());

    Community secret = convene.communities().create(ada, "task-force", c -> c
        .name("Task Force").purpose(Purpose.HIDDEN_GROUP));  // its slug: task-force-, ten random characters
    // convene.communities().get(olga, secret.id())  -> NotFoundException, as if it did not exist
    // --- README sample ends
    assertEquals(ReviewState.PUBLISHED, convene.content().get(Actor.anonymous(), report.id()).reviewState());
    NotFoundException hidden = assertThrows(NotFoundException.class,
        () -> convene.communities().get(olga, secret.id()));
    assertTrue(hidden.getMessage().endsWith("not found"));
    assertTrue(secret.slug().matches("task-force-[a-z0-9]{10}"), secret.slug());
  }
}
