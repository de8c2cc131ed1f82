/**
 * The storage SPI: what Convene needs from a store, and what every implementation promises.
 *
 * <p><b>Transactions.</b> All reads and writes go through a {@link dev.convene.storage.Transaction}
 * obtained from {@link dev.convene.storage.Storage#inTransaction} (read and write) or {@link
 * dev.convene.storage.Storage#read} (read only). A transaction commits when its work returns and
 * rolls back when it throws: every row, change-log entry and audit entry it wrote vanishes, and the
 * exception reaches the caller unchanged. Transactions on one store are serializable with respect
 * to each other. They do not nest.
 *
 * <p><b>Versions.</b> Communities, memberships, items and the taxonomy are versioned aggregates:
 * {@code insert} takes version 0 and stores version 1; {@code update} takes the stored version and
 * stores the next one; {@code delete} takes the stored version. A stale version is a {@link
 * dev.convene.core.ConflictException}, a missing row a {@link dev.convene.core.NotFoundException},
 * and neither changes anything. Of two transactions that read the same version and both write it,
 * exactly one succeeds.
 *
 * <p><b>Bad input.</b> Every argument is checked before anything is written: a missing or malformed
 * one is a {@link dev.convene.core.ValidationException} naming the field. A store method that
 * throws has changed nothing. Whether the transaction may go on after such an exception depends on
 * the implementation (a database may have aborted it); portable code lets the exception end the
 * transaction.
 *
 * <p><b>References.</b> A membership, an item, a subscription and a working group refer to a
 * community that must exist ({@link dev.convene.core.NotFoundException} otherwise); a community
 * that still has working groups, memberships or items cannot be deleted ({@link
 * dev.convene.core.ConflictException}). Audit entries and pending notifications are history and may
 * outlive the community they name.
 *
 * <p><b>Listings.</b> Long listings are read in pages ({@link dev.convene.storage.PageRequest},
 * {@link dev.convene.storage.Page}) with keyset cursors: a cursor holds the sort key of the last
 * row returned, so walking every page returns each row present throughout the walk exactly once,
 * whatever is inserted or deleted meanwhile.
 *
 * <p><b>Change log.</b> Every insert, update and delete of a community, membership, item or the
 * taxonomy appends a {@link dev.convene.storage.ChangeEntry} in the same transaction; the search
 * index follows it ({@link dev.convene.storage.ChangeLog}).
 */
@NullMarked
package dev.convene.storage;

import org.jspecify.annotations.NullMarked;
