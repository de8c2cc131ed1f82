package dev.convene.benchmarks.corpus;

import dev.convene.storage.Storage;

/**
 * Loads what an engine may need to look up rather than index into a Convene store: the taxonomy,
 * the communities and the audiences' memberships, in one transaction. Documents stay out: they are
 * streamed to the engines, and a million of them would not fit an in-memory store's heap budget.
 */
public final class WorldStore {
  private WorldStore() {}

  /**
   * Writes the world's taxonomy, communities and memberships into {@code storage}, which must hold
   * none of them yet.
   *
   * @throws dev.convene.core.ConflictException if the store already holds one of them
   */
  public static void load(World world, Storage storage) {
    storage.useTransaction(tx -> {
      tx.taxonomy().replace(world.taxonomy(), tx.taxonomy().current().version());
      world.communities().forEach(tx.communities()::insert);
      world.audiences().forEach(audience -> audience.memberships().forEach(tx.memberships()::insert));
    });
  }
}
