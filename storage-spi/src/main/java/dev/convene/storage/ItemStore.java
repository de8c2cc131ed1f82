package dev.convene.storage;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.util.Optional;

/**
 * The items of a store, each a versioned aggregate; a discussion's replies live inside it. Every
 * write appends a {@link ChangeEntry} ({@link EntityKind#ITEM}) in the same transaction. Items are
 * returned exactly as stored: an item read back equals the item written, but for its version.
 * Obtained from {@link Transaction#items()}.
 *
 * <p>Listings are newest first: by creation time, latest first, then by id, greatest first.
 */
public interface ItemStore {

  /**
   * The item with this id, if there is one.
   *
   * @param id the item's id
   * @return the item, or empty
   * @throws dev.convene.core.ValidationException if {@code id} is missing
   */
  Optional<Item> get(ItemId id);

  /**
   * Stores a new item and returns the stored copy, at version 1.
   *
   * @param item the new item, at version 0
   * @return the stored item
   * @throws dev.convene.core.ValidationException if {@code item} is missing or its version not 0
   * @throws dev.convene.core.NotFoundException if its community does not exist
   * @throws dev.convene.core.ConflictException if an item with its id exists
   */
  Item insert(Item item);

  /**
   * Stores a changed item and returns the stored copy, one version up. An item stays in its
   * community and keeps its type.
   *
   * @param item the changed item, at the stored version
   * @return the stored item
   * @throws dev.convene.core.ValidationException if {@code item} is missing or its version below 1, or
   *     if it names another community ({@code community}, {@code immutable}) or is of another type
   *     ({@code type}, {@code immutable}) than the stored item
   * @throws dev.convene.core.NotFoundException if there is no item with its id
   * @throws dev.convene.core.ConflictException if its version is not the stored one
   */
  Item update(Item item);

  /**
   * Deletes the item, replies included.
   *
   * @param id the item's id
   * @param expectedVersion the version the caller read
   * @throws dev.convene.core.ValidationException if {@code id} is missing or {@code expectedVersion}
   *     below 1
   * @throws dev.convene.core.NotFoundException if there is no such item
   * @throws dev.convene.core.ConflictException if its version is not {@code expectedVersion}
   */
  void delete(ItemId id, long expectedVersion);

  /**
   * One page of the items that match {@code query}, newest first.
   *
   * @param query the filters
   * @param page the cursor and size of the page
   * @return the page of items
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<Item> list(ItemQuery query, PageRequest page);

  /**
   * One page of the items tagged with {@code concept} itself (not its narrower concepts), in any
   * community and review state, newest first.
   *
   * @param concept the concept's id
   * @param page the cursor and size of the page
   * @return the page of items
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<Item> byConcept(ConceptId concept, PageRequest page);

  /**
   * One page of the items {@code user} is named in: those they authored, the discussions holding a
   * reply by them or mentioning them, and the polls holding an idea of theirs, in any community and review state, newest first. What a
   * person's own data is made of, for its export and erasure.
   *
   * @param user the user's id
   * @param page the cursor and size of the page
   * @return the page of items
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<Item> involving(UserId user, PageRequest page);
}
