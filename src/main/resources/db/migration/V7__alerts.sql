-- Live alerts (实时提醒): every rule hit of an order check becomes an alert for a station.
--
-- Ids come from a sequence, and writers take a transaction-scoped advisory lock before drawing them (see
-- AlertRepository): ids therefore become visible in increasing order, and a station that saw id N and asks
-- for "everything after N" can never miss a smaller id committed later.
CREATE SEQUENCE alert_id_seq;

CREATE TABLE alert (
    id                 bigint       PRIMARY KEY,
    check_id           uuid         NOT NULL,
    encounter_id       varchar(64)  NOT NULL,
    patient_id         varchar(64)  NOT NULL,
    department_code    varchar(32)  NOT NULL,
    ward_code          varchar(32),
    doctor_code        varchar(32),
    severity           varchar(16)  NOT NULL,
    action             varchar(16)  NOT NULL,
    judgement          varchar(16)  NOT NULL,
    rule_id            varchar(64)  NOT NULL,
    rule_version       integer      NOT NULL,
    template           varchar(64),
    message            text,
    line_ids           varchar(64)[] NOT NULL,
    -- lines withdrawn since (撤销/停嘱); the alert is resolved once all its lines are withdrawn
    withdrawn_line_ids varchar(64)[] NOT NULL DEFAULT '{}',
    -- the item(s) of the lines, national codes joined by '+'; '' when no line matched the catalogue
    item_code          varchar(400) NOT NULL,
    -- the dedup window: 'stay', or a calendar day / cycle start for rules counted per day or cycle
    dedup_window       varchar(32)  NOT NULL,
    evidence           jsonb        NOT NULL DEFAULT '{}',
    source             varchar(128),
    state              varchar(16)  NOT NULL DEFAULT 'OPEN'
                       CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'OVERRIDDEN', 'RESOLVED')),
    -- how often the rule hit within the window (repeats raise the count instead of a new alert)
    count              integer      NOT NULL DEFAULT 1,
    -- bumped on every change (count, state); frames carry it so that stations can drop stale updates
    revision           integer      NOT NULL DEFAULT 0,
    -- the last revision handed to the fan-out and confirmed (outbox): -1 = never published
    published_revision integer      NOT NULL DEFAULT -1,
    created_at         timestamptz  NOT NULL,
    last_seen_at       timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);

-- One live alert per rule, encounter, item and window; a resolved alert no longer absorbs repeats.
CREATE UNIQUE INDEX alert_dedup_idx ON alert (encounter_id, rule_id, item_code, dedup_window)
    WHERE state <> 'RESOLVED';
-- Replay and listing per station.
CREATE INDEX alert_doctor_idx ON alert (doctor_code, id);
CREATE INDEX alert_ward_idx ON alert (ward_code, id);
CREATE INDEX alert_critical_department_idx ON alert (department_code, id) WHERE severity = 'CRITICAL';
CREATE INDEX alert_critical_idx ON alert (id) WHERE severity = 'CRITICAL';
CREATE INDEX alert_encounter_idx ON alert (encounter_id);
CREATE INDEX alert_created_idx ON alert (created_at);
-- The outbox: what the fan-out has not confirmed yet.
CREATE INDEX alert_unpublished_idx ON alert (id) WHERE published_revision < revision;

-- The checks whose hits have been turned into alerts; the recovery sweep raises checks missing here.
CREATE TABLE alert_check (
    check_id  uuid        PRIMARY KEY,
    raised_at timestamptz NOT NULL
);

-- Feedback on an alert (CDS Hooks feedback): acknowledged, or overridden with a coded reason. Append-only.
CREATE TABLE alert_feedback (
    id          bigserial    PRIMARY KEY,
    alert_id    bigint       NOT NULL REFERENCES alert (id),
    outcome     varchar(16)  NOT NULL CHECK (outcome IN ('ACKNOWLEDGED', 'OVERRIDDEN')),
    reason_code varchar(32)  REFERENCES override_reason (code),
    comment     varchar(1000),
    given_by    varchar(128) NOT NULL,
    roles       varchar(128) NOT NULL,
    -- 'socket:<station>' or 'rest'
    channel     varchar(80)  NOT NULL,
    given_at    timestamptz  NOT NULL
);

CREATE INDEX alert_feedback_alert_idx ON alert_feedback (alert_id);

-- The recovery sweep looks for recent checks with hits; only those rows are indexed.
CREATE INDEX order_check_hits_idx ON order_check (checked_at) WHERE hit_count > 0;
