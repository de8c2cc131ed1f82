-- Convene's schema, version 8, for H2: reports of items and replies to their moderators.
--
-- One row per report, deleted with its item. reply_id is '' for a report of the item itself.
-- open_reporter holds the reporter while the report is open and is NULL once it is closed (or its
-- reporter erased), so that the unique key allows one open report per reporter and item or reply,
-- and any number of closed ones. Every report raises its reporter's row in convene_report_reporter
-- first, so that two transactions each counting a reporter's reports and adding one collide (the
-- second fails as a serialization conflict) and a rate limit holds under concurrency.

CREATE TABLE convene_report (
  id             VARCHAR(255) NOT NULL,
  community_id   VARCHAR(255) NOT NULL,
  item_id        VARCHAR(255) NOT NULL,
  reply_id       VARCHAR(255) NOT NULL,
  reporter       VARCHAR(255),
  open_reporter  VARCHAR(255),
  reason         VARCHAR(32) NOT NULL,
  body           VARCHAR(2000) NOT NULL,
  at             TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  outcome        VARCHAR(32),
  closed_at      TIMESTAMP(3) WITH TIME ZONE,
  CONSTRAINT convene_report_pk PRIMARY KEY (id),
  CONSTRAINT convene_report_open_key UNIQUE (open_reporter, item_id, reply_id),
  CONSTRAINT convene_report_item_fk FOREIGN KEY (item_id) REFERENCES convene_item (id) ON DELETE CASCADE
);
CREATE INDEX convene_report_community_idx ON convene_report (community_id, outcome);
CREATE INDEX convene_report_item_idx ON convene_report (item_id, reply_id);
CREATE INDEX convene_report_reporter_idx ON convene_report (reporter, at);

CREATE TABLE convene_report_reporter (
  reporter  VARCHAR(255) NOT NULL,
  filed     BIGINT NOT NULL,
  CONSTRAINT convene_report_reporter_pk PRIMARY KEY (reporter)
);
