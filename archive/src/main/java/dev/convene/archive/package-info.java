/** Community archives and a person's own data. */
@NullMarked
package dev.convene.archive;

import org.jspecify.annotations.NullMarked;
