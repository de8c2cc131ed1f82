/** How archives are written and read; not an API. */
@NullMarked
package dev.convene.archive.internal;

import org.jspecify.annotations.NullMarked;
