package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whatever a text holds, the JSON body it is stored in gives it back equal from the database. */
abstract class BodiesContract extends BehaviourSupport {
  BodiesContract(JdbcBehaviour kit) {
    super(kit);
  }

  @Test
  @DisplayName("a text with quotes, control characters, a NUL, an emoji and a lone surrogate reads back equal")
  void oddText() {
    String odd = "quote \" backslash \\ tab \t newline \n nul \u0000 emoji \uD83D\uDE00 lone \uD800 low \uDC00 end";
    CommunityId alpha = CommunityId.of("alpha");
    Discussion discussion = new Discussion(Items.document("d1", alpha).header(), odd, false,
        List.of(new Reply(ReplyId.of("r1"), UserId.of("bob"), odd, World.T0, false)));
    Item stored = storage.inTransaction(tx -> {
      tx.communities().insert(World.community("alpha"));
      return tx.items().insert(discussion);
    });
    Optional<Item> read = storage.read(tx -> tx.items().get(discussion.id()));
    assertEquals(Optional.of(stored), read);
    assertEquals(odd, ((Discussion) read.orElseThrow()).body());
    assertEquals(odd, ((Discussion) read.orElseThrow()).replies().get(0).body());
  }
}
