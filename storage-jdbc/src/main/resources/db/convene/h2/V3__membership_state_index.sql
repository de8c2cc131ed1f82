-- Convene's schema, version 3: memberships by community, state and role, so that a membership change
-- counts a community's active admins, and lists its invitations, without reading its whole roster.
-- Version 2 is another change's.

CREATE INDEX convene_membership_state_idx ON convene_membership (community_id, state, role, user_id);
