-- Convene's schema, version 1, for H2.
--
-- H2 compares strings as Java does, so ids, slugs and user ids sort as in the in-memory store
-- without a collation clause (the PostgreSQL script needs "C"). Aggregates with a
-- deep shape (communities, items, the taxonomy) keep it whole in a JSON body; the columns beside it
-- hold what the store filters, sorts and constrains on, written from the same value. Times are kept
-- to the millisecond.

CREATE TABLE convene_community (
  id             VARCHAR(255) NOT NULL,
  slug           VARCHAR(64) NOT NULL,
  parent_id      VARCHAR(255),
  purpose        VARCHAR(32) NOT NULL,
  privacy        VARCHAR(32) NOT NULL,
  state          VARCHAR(32) NOT NULL,
  body           CHARACTER LARGE OBJECT NOT NULL,
  version        BIGINT NOT NULL,
  -- raised by every membership write in the community or its working groups: see docs/storage.md
  roster_version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT convene_community_pk PRIMARY KEY (id),
  CONSTRAINT convene_community_slug_key UNIQUE (slug),
  CONSTRAINT convene_community_parent_fk FOREIGN KEY (parent_id) REFERENCES convene_community (id)
);
CREATE INDEX convene_community_parent_idx ON convene_community (parent_id, slug);

CREATE TABLE convene_community_concept (
  community_id VARCHAR(255) NOT NULL,
  concept_id   VARCHAR(255) NOT NULL,
  CONSTRAINT convene_community_concept_pk PRIMARY KEY (community_id, concept_id),
  CONSTRAINT convene_community_concept_community_fk FOREIGN KEY (community_id)
    REFERENCES convene_community (id) ON DELETE CASCADE
);
CREATE INDEX convene_community_concept_idx ON convene_community_concept (concept_id);

CREATE TABLE convene_membership (
  community_id VARCHAR(255) NOT NULL,
  user_id      VARCHAR(255) NOT NULL,
  state        VARCHAR(32) NOT NULL,
  role         VARCHAR(32) NOT NULL,
  message      VARCHAR(2000),
  inviter_id   VARCHAR(255),
  since_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  expiry_at    TIMESTAMP(3) WITH TIME ZONE,
  version      BIGINT NOT NULL,
  CONSTRAINT convene_membership_pk PRIMARY KEY (community_id, user_id),
  CONSTRAINT convene_membership_community_fk FOREIGN KEY (community_id) REFERENCES convene_community (id)
);
CREATE INDEX convene_membership_user_idx ON convene_membership (user_id, community_id);

CREATE TABLE convene_item (
  id           VARCHAR(255) NOT NULL,
  community_id VARCHAR(255) NOT NULL,
  type         VARCHAR(32) NOT NULL,
  review_state VARCHAR(32) NOT NULL,
  created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  body         CHARACTER LARGE OBJECT NOT NULL,
  version      BIGINT NOT NULL,
  CONSTRAINT convene_item_pk PRIMARY KEY (id),
  CONSTRAINT convene_item_community_fk FOREIGN KEY (community_id) REFERENCES convene_community (id)
);
CREATE INDEX convene_item_newest_idx ON convene_item (created_at DESC, id DESC);
CREATE INDEX convene_item_community_idx ON convene_item (community_id, created_at DESC, id DESC);

CREATE TABLE convene_item_concept (
  item_id    VARCHAR(255) NOT NULL,
  concept_id VARCHAR(255) NOT NULL,
  CONSTRAINT convene_item_concept_pk PRIMARY KEY (item_id, concept_id),
  CONSTRAINT convene_item_concept_item_fk FOREIGN KEY (item_id) REFERENCES convene_item (id) ON DELETE CASCADE
);
CREATE INDEX convene_item_concept_idx ON convene_item_concept (concept_id);

-- One row, always there: version 0 holds the empty taxonomy.
CREATE TABLE convene_taxonomy (
  id      INTEGER NOT NULL,
  body    CHARACTER LARGE OBJECT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT convene_taxonomy_pk PRIMARY KEY (id),
  CONSTRAINT convene_taxonomy_one_row CHECK (id = 1)
);
INSERT INTO convene_taxonomy (id, body, version) VALUES (1, '{"schemes":[],"concepts":[]}', 0);

-- History: no foreign key, so that a deleted community's entries stay.
CREATE TABLE convene_audit (
  id           BIGINT GENERATED ALWAYS AS IDENTITY,
  at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  actor_id     VARCHAR(255),
  community_id VARCHAR(255) NOT NULL,
  action       VARCHAR(64) NOT NULL,
  subject      VARCHAR(500) NOT NULL,
  before_state VARCHAR(500),
  after_state  VARCHAR(500),
  reason       VARCHAR(2000),
  CONSTRAINT convene_audit_pk PRIMARY KEY (id)
);
CREATE INDEX convene_audit_community_idx ON convene_audit (community_id, id DESC);

CREATE TABLE convene_subscription (
  community_id VARCHAR(255) NOT NULL,
  user_id      VARCHAR(255) NOT NULL,
  level        VARCHAR(32) NOT NULL,
  delivery     VARCHAR(32) NOT NULL,
  CONSTRAINT convene_subscription_pk PRIMARY KEY (community_id, user_id),
  CONSTRAINT convene_subscription_community_fk FOREIGN KEY (community_id)
    REFERENCES convene_community (id) ON DELETE CASCADE
);
CREATE INDEX convene_subscription_user_idx ON convene_subscription (user_id, community_id);

-- History too: no foreign key.
CREATE TABLE convene_digest (
  id           BIGINT GENERATED ALWAYS AS IDENTITY,
  recipient_id VARCHAR(255) NOT NULL,
  delivery     VARCHAR(32) NOT NULL,
  community_id VARCHAR(255) NOT NULL,
  kind         VARCHAR(100) NOT NULL,
  item_id      VARCHAR(255),
  at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  summary      VARCHAR(2000) NOT NULL,
  CONSTRAINT convene_digest_pk PRIMARY KEY (id)
);
CREATE INDEX convene_digest_due_idx ON convene_digest (delivery, recipient_id, id);

-- The change log. Rows are numbered when their transaction commits, under the lock row below, so
-- numbers follow commit order: see docs/storage.md.
CREATE TABLE convene_change (
  sequence     BIGINT GENERATED ALWAYS AS IDENTITY,
  at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  kind         VARCHAR(32) NOT NULL,
  entity_id    VARCHAR(255) NOT NULL,
  community_id VARCHAR(255),
  op           VARCHAR(16) NOT NULL,
  CONSTRAINT convene_change_pk PRIMARY KEY (sequence)
);

CREATE TABLE convene_change_lock (
  id INTEGER NOT NULL,
  CONSTRAINT convene_change_lock_pk PRIMARY KEY (id),
  CONSTRAINT convene_change_lock_one_row CHECK (id = 1)
);
INSERT INTO convene_change_lock (id) VALUES (1);
