package dev.convene.storage.blob;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed set of locks, one chosen per content hash, so that committing and deleting the same blob
 * never interleave within one store, while different blobs rarely wait for each other. These are
 * {@link ReentrantLock}s rather than monitors because the work under them is file I/O, which would pin
 * a virtual thread to its carrier inside {@code synchronized}.
 */
final class HashLocks {
  private final ReentrantLock[] stripes;

  HashLocks(int count) {
    stripes = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Runs {@code action} holding the lock for {@code contentHash}, a valid lower-case hex SHA-256. */
  <T> T withLock(String contentHash, Supplier<T> action) {
    // The hash is uniformly distributed, so its first 16 bits pick a stripe evenly.
    ReentrantLock lock = stripes[Integer.parseInt(contentHash, 0, 4, 16) % stripes.length];
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
