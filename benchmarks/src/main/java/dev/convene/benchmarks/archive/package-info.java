/** The archive benchmark: whether exporting a community holds memory that grows with it. */
package dev.convene.benchmarks.archive;
