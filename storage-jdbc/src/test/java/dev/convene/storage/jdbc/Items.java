package dev.convene.storage.jdbc;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import java.util.Locale;
import java.util.Set;

/** Items for the module's own tests. */
final class Items {
  private Items() {}

  static Document document(String id, CommunityId community) {
    return Document.of(new ItemHeader(ItemId.of(id), community, UserId.of("ada"), "Title of " + id, Locale.FRENCH,
        Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of(), World.T0, World.T0, 0), "Résumé");
  }
}
