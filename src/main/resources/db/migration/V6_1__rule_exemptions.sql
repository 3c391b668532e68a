-- Waivers (豁免) of a rule for one patient (e.g. 特药备案, a filed special-drug approval) or one department, with
-- who and why, an optional validity period (hospital calendar days, inclusive), and who revoked it.
CREATE TABLE audit_rule_exemption (
    id            bigserial    PRIMARY KEY,
    rule_id       varchar(64)  NOT NULL REFERENCES audit_rule (id),
    patient_id    varchar(64),
    department    varchar(32),
    reason        varchar(500) NOT NULL,
    reference     varchar(128),
    valid_from    date,
    valid_until   date,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(128) NOT NULL,
    revoked_at    timestamptz,
    revoked_by    varchar(128),
    revoke_reason varchar(500),
    CHECK ((patient_id IS NULL) <> (department IS NULL)),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
);

CREATE INDEX audit_rule_exemption_rule_idx ON audit_rule_exemption (rule_id, id);
CREATE INDEX audit_rule_exemption_active_idx ON audit_rule_exemption (id) WHERE revoked_at IS NULL;
