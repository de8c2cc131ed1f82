/** What a run measured and how it is written down: machine facts, latency statistics, the Markdown report. */
@NullMarked
package dev.convene.benchmarks.report;

import org.jspecify.annotations.NullMarked;
