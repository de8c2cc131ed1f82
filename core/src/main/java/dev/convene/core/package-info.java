/**
 * Convene's core: the exception hierarchy shared by every module. The domain model, the privacy
 * policy, the membership rules and the taxonomy live in the sub-packages.
 */
@NullMarked
package dev.convene.core;

import org.jspecify.annotations.NullMarked;
