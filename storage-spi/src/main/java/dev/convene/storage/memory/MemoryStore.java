package dev.convene.storage.memory;

/** What every in-memory store holds: its transaction and the tables it reads and writes. */
abstract class MemoryStore {
  final MemoryTransaction tx;
  final Tables tables;

  MemoryStore(MemoryTransaction tx) {
    this.tx = tx;
    this.tables = tx.tables();
  }
}
