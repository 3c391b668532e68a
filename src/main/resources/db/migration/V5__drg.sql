-- DRG grouping schemes (分组方案): each import of a name adds a version; the latest version of a name is used.
-- The archive holds the files the scheme is compiled from (CHS-DRG layout, code lists under codes/).
CREATE TABLE drg_scheme (
    id              bigserial PRIMARY KEY,
    name            varchar(64)  NOT NULL,
    version         integer      NOT NULL,
    imported_at     timestamptz  NOT NULL,
    imported_by     varchar(128) NOT NULL,
    mdc_count       integer      NOT NULL,
    adrg_count      integer      NOT NULL,
    drg_count       integer      NOT NULL,
    code_lists      varchar(256),
    archive_sha256  char(64)     NOT NULL,
    archive         bytea        NOT NULL,
    CONSTRAINT drg_scheme_name_version_key UNIQUE (name, version)
);
