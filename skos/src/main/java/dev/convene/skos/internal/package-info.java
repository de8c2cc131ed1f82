/** The mapping between RDF statements and the taxonomy, behind the {@code dev.convene.skos} API. */
@NullMarked
package dev.convene.skos.internal;

import org.jspecify.annotations.NullMarked;
