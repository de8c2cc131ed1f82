/**
 * SKOS import and export: {@link dev.convene.skos.SkosReader} reads a file into a taxonomy and a
 * {@link dev.convene.skos.SkosReport}, or straight into a running platform; {@link
 * dev.convene.skos.SkosWriter} writes a taxonomy out; {@link dev.convene.skos.SkosOptions} holds the
 * choices both make.
 */
@NullMarked
package dev.convene.skos;

import org.jspecify.annotations.NullMarked;
