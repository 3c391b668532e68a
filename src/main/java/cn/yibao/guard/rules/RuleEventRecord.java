package cn.yibao.guard.rules;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who created, edited, enabled, disabled, retired or restored a rule, and when. */
@Entity
@Table(name = "audit_rule_event")
public class RuleEventRecord {

    /** What happened to the rule. */
    public enum Kind {
        CREATED,
        EDITED,
        ENABLED,
        DISABLED,
        RETIRED,
        RESTORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "rule_id")
    public String ruleId;
    public int version;
    public String event;
    public OffsetDateTime at;
    @Column(name = "by_user")
    public String byUser;

    public RuleEventRecord() {
    }

    public RuleEventRecord(String ruleId, int version, Kind kind, OffsetDateTime at, String byUser) {
        this.ruleId = ruleId;
        this.version = version;
        this.event = kind.name();
        this.at = at;
        this.byUser = byUser;
    }
}
