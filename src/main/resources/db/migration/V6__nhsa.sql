-- NHSA rule-base batches (两库 规则库). The rules themselves are audit_rule rows whose source is
-- '<batch type>#<row>'; these tables keep each batch's present policy and the log of its imports.

-- The tiers and state the batch's rules have (set at the first import, changed in bulk by the office).
CREATE TABLE nhsa_batch (
    batch_type varchar(64)  PRIMARY KEY,
    severity   varchar(16)  NOT NULL,
    action     varchar(16)  NOT NULL,
    judgement  varchar(16)  NOT NULL,
    enabled    boolean      NOT NULL,
    changed_at timestamptz  NOT NULL,
    changed_by varchar(128) NOT NULL
);

-- Every successful import: which file, its checksum, who and when, and what it did to the rules.
CREATE TABLE nhsa_batch_import (
    id              bigserial    PRIMARY KEY,
    batch_type      varchar(64)  NOT NULL,
    file_name       varchar(512) NOT NULL,
    codes_file_name varchar(512),
    format          varchar(8)   NOT NULL,
    checksum        char(64)     NOT NULL,
    codes_checksum  char(64),
    imported_at     timestamptz  NOT NULL,
    imported_by     varchar(128) NOT NULL,
    data_rows       integer      NOT NULL,
    rules           integer      NOT NULL,
    drug_codes      integer      NOT NULL,
    created         integer      NOT NULL,
    updated         integer      NOT NULL,
    unchanged       integer      NOT NULL,
    retired         integer      NOT NULL,
    skipped         integer      NOT NULL,
    -- JSON text: [{"sheet", "row", "reason"}] and ["..."]
    skipped_rows    text         NOT NULL CHECK (skipped_rows::jsonb IS NOT NULL),
    warnings        text         NOT NULL CHECK (warnings::jsonb IS NOT NULL)
);

CREATE INDEX nhsa_batch_import_type_idx ON nhsa_batch_import (batch_type, id);
