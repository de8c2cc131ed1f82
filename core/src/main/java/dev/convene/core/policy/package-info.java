/**
 * The privacy policy: {@link dev.convene.core.policy.AccessPolicy} decides every action for an actor
 * in a community, returning a {@link dev.convene.core.policy.Decision}.
 */
@NullMarked
package dev.convene.core.policy;

import org.jspecify.annotations.NullMarked;
