package dev.convene.portal;

import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.time.Duration;
import java.util.Locale;

/** Data the membership, review and report tests need, made through Convene's API as the portal's users would. */
final class ModerationFixtures {
  private ModerationFixtures() {}

  /** Mia's members-only document, submitted for review in a community that now reviews before publication. */
  static Item submittedForReview(TestPortal portal, String slug, String title) {
    Convene convene = portal.portal.convene();
    Community community = convene.communities().bySlug(portal.actor("ada"), slug);
    if (!community.reviewBeforePublication()) {
      convene.communities().update(portal.actor("ada"), community.id(), community.version(),
          s -> s.reviewBeforePublication(true));
    }
    Item draft = convene.content().create(portal.actor("mia"), community.id(),
        ItemDraft.document(title, Locale.ENGLISH, Visibility.MEMBERS).summary("Waiting for review."));
    Item submitted = convene.content().submit(portal.actor("mia"), draft.id());
    if (submitted.reviewState() != ReviewState.SUBMITTED) {
      throw new AssertionError("expected a submitted item, got " + submitted.reviewState());
    }
    return submitted;
  }

  /** Mia's public document in the community, published at once, findable by search. */
  static Item published(TestPortal portal, String slug, String title) {
    Convene convene = portal.portal.convene();
    Community community = convene.communities().bySlug(portal.actor("mia"), slug);
    Item draft = convene.content().create(portal.actor("mia"), community.id(),
        ItemDraft.document(title, Locale.ENGLISH, Visibility.PUBLIC).summary("A document to report."));
    Item published = convene.content().publish(portal.actor("mia"), draft.id());
    convene.awaitSearchable(Duration.ofSeconds(30));
    return published;
  }

  /** Mia's discussion in the community, published at once, with one reply of her own saying {@code reply}. */
  static Discussion discussion(TestPortal portal, String slug, String title, Visibility visibility, String reply) {
    Convene convene = portal.portal.convene();
    Community community = convene.communities().bySlug(portal.actor("mia"), slug);
    Item draft = convene.content().create(portal.actor("mia"), community.id(),
        ItemDraft.discussion(title, Locale.ENGLISH, visibility, "A discussion to report in."));
    Item published = convene.content().publish(portal.actor("mia"), draft.id());
    convene.content().reply(portal.actor("mia"), published.id(), reply);
    return (Discussion) convene.content().get(portal.actor("mo"), published.id());
  }

  /** Publishes the community's first guidelines, in English and French. */
  static int guidelines(TestPortal portal, String slug) {
    Convene convene = portal.portal.convene();
    Community community = convene.communities().bySlug(portal.actor("ada"), slug);
    return convene.guidelines().publish(portal.actor("ada"), community.id(),
        LocalizedText.of(Locale.ENGLISH, "Be kind <b>always</b>.").with(Locale.FRENCH, "Soyez aimables."), 0).version();
  }
}
