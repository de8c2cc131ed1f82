package dev.convene.storage.jdbc;

import org.junit.jupiter.api.BeforeEach;

/** What each promise's tests share: the test class's database, emptied, and a store on it. */
abstract class BehaviourSupport {
  final JdbcBehaviour kit;
  JdbcStorage storage;

  BehaviourSupport(JdbcBehaviour kit) {
    this.kit = kit;
  }

  @BeforeEach
  final void emptyStore() {
    kit.database().wipe();
    storage = kit.database().storage();
  }
}
