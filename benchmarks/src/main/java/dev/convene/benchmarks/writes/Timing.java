package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.report.Latencies;

/**
 * How long some transactions took.
 *
 * @param writes how many writes they held
 * @param transactions how many transactions
 * @param seconds the wall time of them all, one after the other
 * @param perTransaction each transaction's latency, from the call to {@code inTransaction} to its return
 */
record Timing(int writes, int transactions, double seconds, Latencies.Summary perTransaction) {

  /** Writes per second of wall time. */
  double writesPerSecond() {
    return writes / seconds;
  }

  /** Transactions per second of wall time. */
  double transactionsPerSecond() {
    return transactions / seconds;
  }
}
