/**
 * The operators' command line, {@link dev.convene.cli.ConveneCli}: {@code java -jar
 * convene-cli.jar <command> [options]}.
 */
@NullMarked
package dev.convene.cli;

import org.jspecify.annotations.NullMarked;
