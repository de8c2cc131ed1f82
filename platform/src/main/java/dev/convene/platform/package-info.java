/**
 * Convene's public face: {@link dev.convene.platform.Convene} and its services. Build one with
 * {@code Convene.builder().storage(...).build()}.
 */
@NullMarked
package dev.convene.platform;

import org.jspecify.annotations.NullMarked;
