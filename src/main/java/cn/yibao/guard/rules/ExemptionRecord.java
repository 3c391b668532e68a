package cn.yibao.guard.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yibao.guard.rules.engine.Exemptions;

/** A waiver (豁免) of one rule for one patient or one department, and who made and revoked it. */
@Entity
@Table(name = "audit_rule_exemption")
public class ExemptionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "patient_id")
    public String patientId;
    public String department;
    public String reason;
    public String reference;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoke_reason")
    public String revokeReason;

    /** The waiver as the engine applies it. */
    public Exemptions.Exemption toEngine() {
        return new Exemptions.Exemption(id, ruleId, patientId, department, validFrom, validUntil);
    }
}
