-- Convene's schema, version 6, for PostgreSQL: event registrations.
--
-- One row per user and event, deleted with the event. Writes to one event's registrations raise the
-- event's registration_version first, so that two transactions that each read the registrations and
-- write one collide (the second fails as a serialization conflict) and a capacity cannot be exceeded.

ALTER TABLE convene_item ADD COLUMN registration_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE convene_registration (
  item_id   VARCHAR(255) COLLATE "C" NOT NULL,
  user_id   VARCHAR(255) COLLATE "C" NOT NULL,
  state     VARCHAR(32) NOT NULL,
  at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT convene_registration_pk PRIMARY KEY (item_id, user_id),
  CONSTRAINT convene_registration_item_fk FOREIGN KEY (item_id) REFERENCES convene_item (id) ON DELETE CASCADE
);
CREATE INDEX convene_registration_user_idx ON convene_registration (user_id, item_id);
