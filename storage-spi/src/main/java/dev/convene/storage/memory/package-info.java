/**
 * The in-memory store: {@link dev.convene.storage.memory.InMemoryStorage}, the reference
 * implementation of the storage SPI. It passes the whole storage contract kit, and where another
 * store and this one disagree, this one is right.
 */
@NullMarked
package dev.convene.storage.memory;

import org.jspecify.annotations.NullMarked;
