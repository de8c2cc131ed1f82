/**
 * The membership rules: a {@link dev.convene.core.membership.Roster} holds one community's
 * memberships, and its operations are the only way to change them. Every operation is a pure
 * function that returns a {@link dev.convene.core.membership.Change} (the new roster, the
 * membership before and after, and what happened) or throws a {@link
 * dev.convene.core.membership.MembershipConflictException} and changes nothing.
 *
 * <p>The rules here are about state, not about who asks: whether an actor may invite, approve or
 * block is decided by the access policy before an operation is called. The roster enforces the
 * community-wide invariants: at least one active admin, at most one membership per user, blocked
 * users stay out until unblocked, expired invitations cannot be accepted, and the members of a
 * working group are active members of its parent.
 *
 * <table class="striped">
 * <caption>The allowed transitions; every other one is a conflict</caption>
 * <thead>
 * <tr><th>operation</th><th>from</th><th>to</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>join</td><td>no membership, or an expired invitation</td><td>ACTIVE MEMBER</td></tr>
 * <tr><td>request</td><td>no membership, or an expired invitation</td><td>REQUESTED</td></tr>
 * <tr><td>invite</td><td>no membership, or an expired invitation</td><td>INVITED</td></tr>
 * <tr><td>approve</td><td>REQUESTED</td><td>ACTIVE MEMBER</td></tr>
 * <tr><td>reject, withdraw</td><td>REQUESTED</td><td>deleted</td></tr>
 * <tr><td>accept</td><td>INVITED, not expired</td><td>ACTIVE MEMBER</td></tr>
 * <tr><td>decline</td><td>INVITED, expired or not</td><td>deleted</td></tr>
 * <tr><td>expireInvitations</td><td>INVITED and expired</td><td>deleted</td></tr>
 * <tr><td>leave</td><td>ACTIVE, unless the last admin</td><td>deleted</td></tr>
 * <tr><td>remove</td><td>ACTIVE unless the last admin, or INVITED</td><td>deleted</td></tr>
 * <tr><td>block</td><td>anything but BLOCKED or the last admin; no membership too</td>
 *     <td>BLOCKED (role MEMBER)</td></tr>
 * <tr><td>unblock</td><td>BLOCKED</td><td>deleted: an outsider again</td></tr>
 * <tr><td>changeRole</td><td>ACTIVE with another role; never demoting the last admin</td>
 *     <td>ACTIVE with the new role</td></tr>
 * </tbody>
 * </table>
 *
 * <p>In a working group's roster that knows its parent, join, request, invite, accept and approve
 * also require the user to be an active member of the parent, and an admin of the parent may
 * invite without being a member of the working group.
 *
 * <p>A new membership has version 0; a changed or replacing one keeps the version it had, for the
 * store's optimistic-concurrency check; core never bumps it. {@code since} is when the membership
 * entered its current state: a role change keeps it.
 */
@NullMarked
package dev.convene.core.membership;

import org.jspecify.annotations.NullMarked;
