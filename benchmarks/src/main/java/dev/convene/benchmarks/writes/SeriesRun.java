package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.report.Latencies;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs the transactions of a series in a mode, timing each. Every object is built before the clock
 * starts, so the times are the store's. The warm-up writes of a series and mode, a tenth of its
 * measured ones (rounded up), have ids of their own ({@code warm-single}, {@code warm-batched}).
 */
final class SeriesRun {
  private SeriesRun() {}

  /** The warm-up writes that go with {@code writes} measured ones. */
  static int warmupWrites(int writes) {
    return (writes + 9) / 10;
  }

  /** Writes the warm-up objects of {@code series} in {@code mode}, without timing them. */
  static void warmUp(Storage storage, Series series, Mode mode, Samples samples, int writes, int batch) {
    transact(storage, build(series, samples, "warm-" + mode.label(), warmupWrites(writes)),
        mode.perTransaction(batch));
  }

  /** Writes {@code writes} objects of {@code series} in {@code mode}, timing each transaction. */
  static Timing measure(Storage storage, Series series, Mode mode, Samples samples, int writes, int batch) {
    return transact(storage, build(series, samples, mode.label(), writes), mode.perTransaction(batch));
  }

  /**
   * Runs {@code count} transactions that write nothing, after a tenth as many unmeasured: what a
   * transaction costs before it writes (borrowing and preparing a connection, committing, giving it back).
   */
  static Timing empty(Storage storage, int count) {
    Consumer<Transaction> nothing = tx -> { };
    transact(storage, IntStream.range(0, warmupWrites(count)).mapToObj(i -> nothing).toList(), 1);
    Timing timing = transact(storage, IntStream.range(0, count).mapToObj(i -> nothing).toList(), 1);
    return new Timing(0, timing.transactions(), timing.seconds(), timing.perTransaction());
  }

  private static List<Consumer<Transaction>> build(Series series, Samples samples, String phase, int writes) {
    return IntStream.range(0, writes).mapToObj(i -> series.write(samples, phase, i)).toList();
  }

  private static Timing transact(Storage storage, List<Consumer<Transaction>> writes, int perTransaction) {
    Latencies latencies = new Latencies();
    int transactions = 0;
    long start = System.nanoTime();
    for (int from = 0; from < writes.size(); from += perTransaction) {
      List<Consumer<Transaction>> chunk = writes.subList(from, Math.min(writes.size(), from + perTransaction));
      long began = System.nanoTime();
      storage.useTransaction(tx -> chunk.forEach(write -> write.accept(tx)));
      latencies.record(System.nanoTime() - began, chunk.size());
      transactions++;
    }
    return new Timing(writes.size(), transactions, (System.nanoTime() - start) / 1e9, latencies.summary());
  }
}
