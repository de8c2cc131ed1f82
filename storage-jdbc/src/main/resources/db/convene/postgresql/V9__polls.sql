-- Convene's schema, version 9, for PostgreSQL: poll votes.
--
-- A poll is an item like any other (its options live in its body); its votes live here, one row per
-- user and poll, deleted with the poll. Who voted for what is never shown to others: only counts per
-- option leave the platform.

CREATE TABLE convene_poll_vote (
  item_id   VARCHAR(255) COLLATE "C" NOT NULL,
  user_id   VARCHAR(255) COLLATE "C" NOT NULL,
  option_id VARCHAR(255) COLLATE "C" NOT NULL,
  at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT convene_poll_vote_pk PRIMARY KEY (item_id, user_id),
  CONSTRAINT convene_poll_vote_item_fk FOREIGN KEY (item_id) REFERENCES convene_item (id) ON DELETE CASCADE
);
CREATE INDEX convene_poll_vote_user_idx ON convene_poll_vote (user_id, item_id);
