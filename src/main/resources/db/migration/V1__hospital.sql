-- The hospital's organisation: departments (科室), wards (病区) and doctors (医生).
CREATE TABLE department (
    code        varchar(32) PRIMARY KEY,
    name        varchar(128) NOT NULL
);

CREATE TABLE ward (
    code            varchar(32) PRIMARY KEY,
    name            varchar(128) NOT NULL,
    department_code varchar(32) NOT NULL REFERENCES department (code)
);

CREATE TABLE doctor (
    code            varchar(32) PRIMARY KEY,
    name            varchar(128) NOT NULL,
    department_code varchar(32) NOT NULL REFERENCES department (code),
    title           varchar(64)
);

CREATE INDEX ward_department_idx ON ward (department_code);
CREATE INDEX doctor_department_idx ON doctor (department_code);
