/** Implementation details of the storage SPI module; not API. */
@NullMarked
package dev.convene.storage.internal;

import org.jspecify.annotations.NullMarked;
