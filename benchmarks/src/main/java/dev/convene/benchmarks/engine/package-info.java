/**
 * The adapter every measured search engine implements, {@link
 * dev.convene.benchmarks.engine.SearchEngineUnderTest}, what a query returns, and {@link
 * dev.convene.benchmarks.engine.Engines}, which lists the engines there are to measure.
 */
@NullMarked
package dev.convene.benchmarks.engine;

import org.jspecify.annotations.NullMarked;
