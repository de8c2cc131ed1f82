/** The search index's machinery: analysis, indexing, the privacy filter, facets and paging. Not API. */
@NullMarked
package dev.convene.search.internal;

import org.jspecify.annotations.NullMarked;
