package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/** A batch's present policy: the tiers and state its rules have, and who last set them. */
@Entity
@Table(name = "nhsa_batch")
public class BatchRecord {

    @Id
    @Column(name = "batch_type")
    public String batchType;
    public String severity;
    public String action;
    public String judgement;
    public boolean enabled;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;

    public BatchPolicy policy() {
        return new BatchPolicy(new BatchTiers(Severity.valueOf(severity), RuleAction.valueOf(action),
                Judgement.valueOf(judgement)), enabled);
    }
}
