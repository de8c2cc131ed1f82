package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import java.util.Optional;

/**
 * What a report is about: an item, or one reply of a discussion. A reply and its discussion are two
 * targets, each with reports of its own.
 *
 * @param item the item, or the discussion of the reply
 * @param reply the reply, if the target is a reply
 */
public record ReportTarget(ItemId item, Optional<ReplyId> reply) {

  /**
   * Validates the target.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ReportTarget {
    Checks.required(item, "item");
    Checks.required(reply, "reply");
  }

  /**
   * The item itself.
   *
   * @param item the item's id
   * @return the target
   */
  public static ReportTarget item(ItemId item) {
    return new ReportTarget(item, Optional.empty());
  }

  /**
   * One reply of the discussion {@code discussion}.
   *
   * @param discussion the discussion's id
   * @param reply the reply's id
   * @return the target
   */
  public static ReportTarget reply(ItemId discussion, ReplyId reply) {
    return new ReportTarget(discussion, Optional.of(Checks.required(reply, "reply")));
  }

  /**
   * How the target is named in messages and audit entries, by the ids the caller gave: {@code "item
   * <id>"} or {@code "reply <id> of item <id>"}.
   *
   * @return the description
   */
  public String describe() {
    return reply.map(r -> "reply " + r + " of ").orElse("") + "item " + item;
  }
}
