/**
 * The blob store: where the bytes of attachment files live, addressed by the SHA-256 of their content.
 * {@link dev.convene.storage.blob.BlobStore} is the SPI; {@link dev.convene.storage.blob.FileSystemBlobStore}
 * is the default implementation, and shared storage for several application nodes plugs in through the
 * same interface.
 */
@NullMarked
package dev.convene.storage.blob;

import org.jspecify.annotations.NullMarked;
