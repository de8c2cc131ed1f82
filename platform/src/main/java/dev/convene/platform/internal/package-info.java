/** The platform's machinery: access checks, caches, transactions and event dispatch. Not API. */
@NullMarked
package dev.convene.platform.internal;

import org.jspecify.annotations.NullMarked;
