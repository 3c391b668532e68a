-- Encounters (就诊: a stay or a visit) and their orders (医嘱), as the order check records them.
--
-- The order check writes encounter, check, lines and hits in one statement (see OrderCheckRepository).
-- order_check, order_line and order_hit are written only by that statement, which inserts the encounter
-- it references in the same statement, so they carry no foreign keys: each would cost an index probe and
-- a row lock on the encounter (a WAL record, and a multixact when checks of one stay overlap) per row.

CREATE TABLE encounter (
    id                 varchar(64) PRIMARY KEY,
    type               varchar(16) NOT NULL,
    department_code    varchar(32) NOT NULL,
    ward_code          varchar(32),
    admitted_at        timestamptz NOT NULL,
    insurance_type     varchar(16) NOT NULL,
    hospital_level     smallint    NOT NULL CHECK (hospital_level BETWEEN 1 AND 3),
    patient_id         varchar(64) NOT NULL,
    patient_sex        smallint    NOT NULL CHECK (patient_sex IN (1, 2, 9)),
    patient_birth_date date        NOT NULL,
    -- ICD-10 医保版 codes, principal first
    diagnoses          varchar(32)[] NOT NULL,
    first_seen_at      timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE INDEX encounter_department_idx ON encounter (department_code);
CREATE INDEX encounter_patient_idx ON encounter (patient_id);

-- 费别: every insurance type the encounter was checked under, once each, with when it was first seen.
CREATE TABLE encounter_insurance (
    encounter_id   varchar(64) NOT NULL REFERENCES encounter (id),
    insurance_type varchar(16) NOT NULL,
    first_seen_at  timestamptz NOT NULL,
    check_id       uuid        NOT NULL,
    PRIMARY KEY (encounter_id, insurance_type)
);

-- One order check (事前审核): what was asked, the verdict computed and the verdict answered.
-- verdict is what the rules said; answered is what the caller got (UNCHECKED when the deadline passed first).
CREATE TABLE order_check (
    id              uuid PRIMARY KEY,
    encounter_id    varchar(64) NOT NULL,
    channel         varchar(16) NOT NULL,
    requested_by    varchar(128) NOT NULL,
    line_ids        varchar(64)[] NOT NULL,
    unmatched       varchar(64)[] NOT NULL,
    verdict         varchar(16) NOT NULL,
    answered        varchar(16) NOT NULL,
    hit_count       integer     NOT NULL,
    history_count   integer     NOT NULL,
    catalog_version bigint      NOT NULL,
    rule_count      integer     NOT NULL,
    checked_at      timestamptz NOT NULL
);

CREATE INDEX order_check_encounter_idx ON order_check (encounter_id, checked_at);

-- Order lines, one row per (encounter, line id) however often and however concurrently it is sent.
-- A line keeps the content of its first recording; status ACTIVE lines count for the stay's history.
CREATE TABLE order_line (
    encounter_id  varchar(64)  NOT NULL,
    line_id       varchar(64)  NOT NULL,
    check_id      uuid         NOT NULL,
    draft         boolean      NOT NULL,
    item_code     varchar(64),
    his_code      varchar(64),
    generic_name  varchar(200),
    name          varchar(200),
    matched_code  varchar(64),
    -- as sent (scale kept: 6 stays 6, 0.5 stays 0.5); the request's bounds are checked before recording
    quantity      numeric      NOT NULL CHECK (quantity > 0),
    unit_price    numeric      CHECK (unit_price >= 0),
    frequency     varchar(32),
    days          smallint,
    doctor_code   varchar(32),
    long_term     boolean      NOT NULL,
    ordered_at    timestamptz  NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    status        varchar(16)  NOT NULL DEFAULT 'ACTIVE',
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(128),
    withdrawn_how varchar(16),
    PRIMARY KEY (encounter_id, line_id)
);

-- The rule hits of a check, in the order the engine returned them.
CREATE TABLE order_hit (
    check_id     uuid         NOT NULL,
    seq          smallint     NOT NULL,
    line_ids     varchar(64)[] NOT NULL,
    rule_id      varchar(64)  NOT NULL,
    rule_version integer      NOT NULL,
    template     varchar(64),
    severity     varchar(16)  NOT NULL,
    action       varchar(16)  NOT NULL,
    judgement    varchar(16)  NOT NULL,
    message      text,
    evidence     jsonb        NOT NULL,
    source       varchar(128),
    PRIMARY KEY (check_id, seq)
);

-- Coded reasons a physician may give for overriding a warning (CDS Hooks overrideReasons).
CREATE TABLE override_reason (
    code             varchar(32)  PRIMARY KEY,
    label            varchar(200) NOT NULL,
    requires_comment boolean      NOT NULL DEFAULT false,
    active           boolean      NOT NULL DEFAULT true,
    sort_order       smallint     NOT NULL DEFAULT 0
);

-- The physician's decision at signing on a WARN or BLOCK check.
CREATE TABLE order_decision (
    id           bigserial PRIMARY KEY,
    check_id     uuid          NOT NULL REFERENCES order_check (id),
    encounter_id varchar(64)   NOT NULL REFERENCES encounter (id),
    line_ids     varchar(64)[] NOT NULL,
    outcome      varchar(16)   NOT NULL,
    reason_code  varchar(32) REFERENCES override_reason (code),
    comment      varchar(1000),
    decided_by   varchar(128)  NOT NULL,
    doctor_code  varchar(32),
    decided_at   timestamptz   NOT NULL
);

CREATE INDEX order_decision_check_idx ON order_decision (check_id);
CREATE INDEX order_decision_encounter_idx ON order_decision (encounter_id);
