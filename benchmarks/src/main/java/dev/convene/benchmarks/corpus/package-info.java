/**
 * The benchmark's world: Europarl texts, the language each is written in, the vocabulary drawn from
 * them, and a seeded, deterministic generator of communities, a taxonomy, audiences and a stream of
 * documents, all as Convene core model objects.
 */
@NullMarked
package dev.convene.benchmarks.corpus;

import org.jspecify.annotations.NullMarked;
