-- Audit rules (审核规则). Each rule has a head row (its current version and state) and immutable versions:
-- an edit adds a version and moves the head, so old versions stay readable and hits can cite any of them.
CREATE TABLE audit_rule (
    id              varchar(64)  PRIMARY KEY,
    current_version integer      NOT NULL,
    enabled         boolean      NOT NULL,
    -- retired: the rule disappeared from the source it was imported from (e.g. an NHSA batch)
    retired         boolean      NOT NULL DEFAULT false,
    template        varchar(64)  NOT NULL,
    source          varchar(128) NOT NULL,
    changed_at      timestamptz  NOT NULL,
    changed_by      varchar(128) NOT NULL
);

CREATE TABLE audit_rule_version (
    rule_id    varchar(64)  NOT NULL REFERENCES audit_rule (id) DEFERRABLE INITIALLY DEFERRED,
    version    integer      NOT NULL CHECK (version >= 1),
    template   varchar(64)  NOT NULL,
    name       varchar(256) NOT NULL,
    -- JSON text; the cast checks that it is JSON
    parameters text         NOT NULL CHECK (parameters::jsonb IS NOT NULL),
    severity   varchar(16)  NOT NULL,
    action     varchar(16)  NOT NULL,
    judgement  varchar(16)  NOT NULL,
    scope      text         NOT NULL CHECK (scope::jsonb IS NOT NULL),
    source     varchar(128) NOT NULL,
    note       text,
    created_at timestamptz  NOT NULL,
    created_by varchar(128) NOT NULL,
    PRIMARY KEY (rule_id, version)
);

-- Exactly one current version per rule: the head points at a version that exists.
ALTER TABLE audit_rule ADD CONSTRAINT audit_rule_current_version_fk FOREIGN KEY (id, current_version)
    REFERENCES audit_rule_version (rule_id, version) DEFERRABLE INITIALLY DEFERRED;

-- Who created, edited, enabled, disabled, retired or restored a rule, and when.
CREATE TABLE audit_rule_event (
    id         bigserial    PRIMARY KEY,
    rule_id    varchar(64)  NOT NULL REFERENCES audit_rule (id),
    version    integer      NOT NULL,
    event      varchar(16)  NOT NULL,
    at         timestamptz  NOT NULL,
    by_user    varchar(128) NOT NULL
);

-- One row whose number grows with every committed change to the rules, so that every replica can tell
-- cheaply whether its compiled book is stale.
CREATE TABLE audit_rule_revision (
    id       smallint PRIMARY KEY CHECK (id = 1),
    revision bigint   NOT NULL
);
INSERT INTO audit_rule_revision (id, revision) VALUES (1, 0);

-- Server-assigned rule ids: R-1, R-2, ...
CREATE SEQUENCE audit_rule_id_seq;

CREATE INDEX audit_rule_template_idx ON audit_rule (template);
CREATE INDEX audit_rule_source_idx ON audit_rule (source varchar_pattern_ops);
CREATE INDEX audit_rule_event_rule_idx ON audit_rule_event (rule_id, id);
