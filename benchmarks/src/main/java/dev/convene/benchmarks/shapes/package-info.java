/**
 * The taxonomy-shapes benchmark: the first search after a taxonomy change, and a faceted search, over
 * a deep chain and a deep lattice, against a flat taxonomy of as many concepts in the same run.
 */
package dev.convene.benchmarks.shapes;
