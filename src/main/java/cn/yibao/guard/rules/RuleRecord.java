package cn.yibao.guard.rules;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule's head row: which version is current, whether it is enabled, and who last changed that. */
@Entity
@Table(name = "audit_rule")
public class RuleRecord {

    @Id
    public String id;
    @Column(name = "current_version")
    public int currentVersion;
    public boolean enabled;
    /** The rule disappeared from the source it was imported from; it is left out of the book. */
    public boolean retired;
    public String template;
    public String source;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;
}
