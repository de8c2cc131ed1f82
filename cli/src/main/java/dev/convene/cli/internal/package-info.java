/** The commands of the command line, one class each, and what they share: options, database, progress. */
@NullMarked
package dev.convene.cli.internal;

import org.jspecify.annotations.NullMarked;
