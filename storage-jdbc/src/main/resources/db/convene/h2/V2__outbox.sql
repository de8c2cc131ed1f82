-- Convene's schema, version 2, for H2: the notification outbox.
--
-- A write adds a row in its own transaction; senders claim due rows for a lease (claimed_by,
-- claimed_until), record the last recipient handled (after_user_id), and delete the row at the end.
-- History of no one: no foreign key, so that a deleted community's last news is still sent (to
-- nobody, as nothing of it can be seen) and removed. A reply's news names the reply (reply_id)
-- as well as its discussion (item_id): it is sent only to those who may see both.
CREATE TABLE convene_outbox (
  id             BIGINT GENERATED ALWAYS AS IDENTITY,
  kind           VARCHAR(100) NOT NULL,
  community_id   VARCHAR(255) NOT NULL,
  item_id        VARCHAR(255),
  reply_id       VARCHAR(255),
  member_id      VARCHAR(255),
  actor_id       VARCHAR(255),
  important      BOOLEAN NOT NULL,
  at             TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  attempts       INTEGER NOT NULL DEFAULT 0,
  due_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  after_user_id  VARCHAR(255),
  claimed_by     VARCHAR(255),
  claimed_until  TIMESTAMP(3) WITH TIME ZONE,
  CONSTRAINT convene_outbox_pk PRIMARY KEY (id)
);
CREATE INDEX convene_outbox_due_idx ON convene_outbox (due_at, id);

-- A pending digest entry about a reply names the reply too, for the same check when the digest is sent.
ALTER TABLE convene_digest ADD COLUMN reply_id VARCHAR(255);
