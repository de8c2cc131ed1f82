package dev.convene.benchmarks.writes;

import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Membership;
import dev.convene.storage.Transaction;
import java.util.Locale;
import java.util.function.Consumer;

/** What a series writes, through which store, and how the report describes one write. */
enum Series {
  /** New communities, through {@code CommunityStore.insert}. */
  COMMUNITIES("a community: a name in two languages, a 400-character description, a welcome text and colours, "
      + "three concepts (one row of about 1 KB of JSON, three concept rows, one change-log entry)"),
  /** New memberships in the host communities, through {@code MembershipStore.insert}. */
  MEMBERSHIPS("a membership: a new user, active, with a 160-character request message, in one of "
      + Samples.HOSTS + " existing communities, a batch's worth per community (one row, the community's roster "
      + "claimed once per transaction, one change-log entry)"),
  /** New documents in the host communities, through {@code ItemStore.insert}. */
  ITEMS("an item: a published document with a title, a 400-character summary, a 2,000-character body, two "
      + "authors, a publisher, a date, a type and three concepts, in one of " + Samples.HOSTS + " existing "
      + "communities in turn (one row of about 3 KB of JSON, three concept rows, one change-log entry)");

  private final String description;

  Series(String description) {
    this.description = description;
  }

  /** What one write of this series is, for the report. */
  String description() {
    return description;
  }

  /** The name the report uses. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Write {@code i} of {@code phase}, to run inside a transaction; the object is built now, not then. */
  Consumer<Transaction> write(Samples samples, String phase, int i) {
    return switch (this) {
      case COMMUNITIES -> {
        Community community = Samples.community(phase, i);
        yield tx -> tx.communities().insert(community);
      }
      case MEMBERSHIPS -> {
        Membership membership = samples.membership(phase, i);
        yield tx -> tx.memberships().insert(membership);
      }
      case ITEMS -> {
        Document document = samples.document(phase, i);
        yield tx -> tx.items().insert(document);
      }
    };
  }
}
