package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code his_code_map}: one HIS local code and the national code it is mapped to, if any. */
@Entity
@Table(name = "his_code_map")
public class CodeMappingEntity {

    @Id
    @Column(name = "his_code")
    public String hisCode;
    @Column(name = "his_name")
    public String hisName;
    @Column(name = "national_code")
    public String nationalCode;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
