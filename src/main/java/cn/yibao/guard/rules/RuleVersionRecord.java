package cn.yibao.guard.rules;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One immutable version of a rule; parameters and scope are JSON text. */
@Entity
@Table(name = "audit_rule_version")
@IdClass(RuleVersionRecord.Key.class)
public class RuleVersionRecord {

    @Id
    @Column(name = "rule_id")
    public String ruleId;
    @Id
    public int version;
    public String template;
    public String name;
    public String parameters;
    public String severity;
    public String action;
    public String judgement;
    public String scope;
    public String source;
    public String note;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** The composite key (rule id, version). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String ruleId;
        public int version;

        public Key() {
        }

        public Key(String ruleId, int version) {
            this.ruleId = ruleId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.ruleId, ruleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleId, version);
        }
    }
}
