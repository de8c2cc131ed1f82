-- Convene's schema, version 7, for H2: community guidelines and their acceptances.
--
-- One row per published version of a community's guidelines (immutable; the text a JSON body of
-- texts by language). Two transactions publishing the same next version collide on the primary key.
-- One row per user and version accepted, referring to its version. Both go with their community.

CREATE TABLE convene_guidelines (
  community_id VARCHAR(255) NOT NULL,
  version      INTEGER NOT NULL,
  body         CHARACTER LARGE OBJECT NOT NULL,
  author       VARCHAR(255) NOT NULL,
  published_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT convene_guidelines_pk PRIMARY KEY (community_id, version),
  CONSTRAINT convene_guidelines_community_fk FOREIGN KEY (community_id) REFERENCES convene_community (id)
    ON DELETE CASCADE
);

CREATE TABLE convene_guidelines_acceptance (
  community_id VARCHAR(255) NOT NULL,
  user_id      VARCHAR(255) NOT NULL,
  version      INTEGER NOT NULL,
  at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT convene_guidelines_acceptance_pk PRIMARY KEY (community_id, user_id, version),
  CONSTRAINT convene_guidelines_acceptance_version_fk FOREIGN KEY (community_id, version)
    REFERENCES convene_guidelines (community_id, version) ON DELETE CASCADE
);
CREATE INDEX convene_guidelines_acceptance_user_idx ON convene_guidelines_acceptance (user_id, community_id, version);
