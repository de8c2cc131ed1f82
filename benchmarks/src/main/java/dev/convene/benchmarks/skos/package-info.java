/** The SKOS import benchmark: the real UNESCO thesaurus read, validated and merged, against a bare Rio parse. */
package dev.convene.benchmarks.skos;
