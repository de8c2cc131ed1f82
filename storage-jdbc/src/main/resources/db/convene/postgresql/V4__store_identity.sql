-- Convene's schema, version 4, for PostgreSQL: the store's identity.
--
-- One row, written once when the database reaches this version: a random id that stays with the
-- database for its life (and with its backups). A search index records it beside the change-log
-- sequence it has applied, so that an index opened against another database notices and rebuilds.

CREATE TABLE convene_store (
  id         INTEGER NOT NULL,
  store_id   UUID NOT NULL,
  created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT convene_store_pk PRIMARY KEY (id),
  CONSTRAINT convene_store_one_row CHECK (id = 1)
);
INSERT INTO convene_store (id, store_id, created_at) VALUES (1, gen_random_uuid(), CURRENT_TIMESTAMP);
