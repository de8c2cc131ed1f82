/**
 * The storage contract kit. Extend {@link dev.convene.storage.tck.StorageContract}, return a new,
 * empty store from {@code createStorage()}, declare the optional {@link
 * dev.convene.storage.tck.Capability capabilities} the store has, and run it as any JUnit 5 test.
 */
@NullMarked
package dev.convene.storage.tck;

import org.jspecify.annotations.NullMarked;
