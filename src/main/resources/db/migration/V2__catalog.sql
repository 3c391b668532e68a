-- The insurance catalogue (医保目录), the HIS code map (字典对照) and the catalogue's version and change log.

-- One catalogue item. Restrictions (限定支付条件) are kept as one JSON document whose fields are those of
-- ItemRestrictions, so that a new restriction parameter needs no migration.
CREATE TABLE catalog_item (
    code            varchar(32)  PRIMARY KEY,
    name            varchar(200) NOT NULL,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('DRUG', 'SERVICE', 'MATERIAL')),
    payment_class   char(1)      NOT NULL CHECK (payment_class IN ('A', 'B', 'C')),
    self_pay_ratio  numeric(5, 4) CHECK (self_pay_ratio BETWEEN 0 AND 1),
    price_cap       numeric(12, 2) CHECK (price_cap >= 0),
    generic_name    varchar(200),
    ingredient      varchar(200),
    drug_class      varchar(200),
    unit            varchar(32),
    restrictions    jsonb        NOT NULL DEFAULT '{}'::jsonb,
    updated_by      varchar(128) NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE INDEX catalog_item_generic_name_idx ON catalog_item (generic_name);
CREATE INDEX catalog_item_kind_idx ON catalog_item (kind);

-- 字典对照: the hospital's own item codes and the national code each is mapped to (null while unmapped).
-- No foreign key: a mapping may name a code the catalogue does not hold (yet); the unmapped report lists those.
CREATE TABLE his_code_map (
    his_code        varchar(64)  PRIMARY KEY,
    his_name        varchar(200) NOT NULL,
    national_code   varchar(32),
    updated_by      varchar(128) NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE INDEX his_code_map_national_code_idx ON his_code_map (national_code);

-- The catalogue's version: one row, increased in the same transaction as every change. Writers lock this row
-- first, so changes are serialised and every instance can tell from the number alone whether its snapshot
-- is current.
CREATE TABLE catalog_version (
    id              smallint PRIMARY KEY CHECK (id = 1),
    version         bigint   NOT NULL
);

INSERT INTO catalog_version (id, version) VALUES (1, 0);

-- What changed, by whom and when, one row per version.
CREATE TABLE catalog_change (
    version         bigint       PRIMARY KEY,
    operation       varchar(32)  NOT NULL,
    detail          varchar(500) NOT NULL,
    item_count      integer      NOT NULL,
    changed_by      varchar(128) NOT NULL,
    changed_at      timestamptz  NOT NULL
);

-- Increases the version and records the change; called by every writer at the end of its transaction,
-- after it has locked catalog_version (SELECT ... FOR UPDATE).
CREATE FUNCTION catalog_record_change(p_operation varchar, p_detail varchar, p_count integer, p_by varchar)
    RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    v bigint;
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
    INSERT INTO catalog_change (version, operation, detail, item_count, changed_by, changed_at)
    VALUES (v, p_operation, left(p_detail, 500), p_count, p_by, now());
    RETURN v;
END;
$$;
