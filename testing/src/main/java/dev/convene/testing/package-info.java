/**
 * Build a world of communities, people and items for a test in a few lines: {@link
 * dev.convene.testing.TestWorld}.
 */
@NullMarked
package dev.convene.testing;

import org.jspecify.annotations.NullMarked;
