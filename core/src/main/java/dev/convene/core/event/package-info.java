/**
 * Domain events: what changed, by whom, when. They carry ids, never content, so nothing downstream
 * can show what the policy would not.
 */
@NullMarked
package dev.convene.core.event;

import org.jspecify.annotations.NullMarked;
