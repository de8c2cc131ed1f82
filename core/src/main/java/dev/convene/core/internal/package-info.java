/** Implementation details of the core module; not API. */
@NullMarked
package dev.convene.core.internal;

import org.jspecify.annotations.NullMarked;
