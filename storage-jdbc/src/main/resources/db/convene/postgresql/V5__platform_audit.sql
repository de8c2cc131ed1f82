-- Convene's schema, version 5, for PostgreSQL: platform-wide audit entries.
--
-- A change to the shared taxonomy belongs to no community, so an audit entry's community becomes
-- optional: platform-wide entries have none. They are listed newest first with
-- "community_id IS NULL ORDER BY id DESC", which the existing index on (community_id, id DESC) serves.

ALTER TABLE convene_audit ALTER COLUMN community_id DROP NOT NULL;
