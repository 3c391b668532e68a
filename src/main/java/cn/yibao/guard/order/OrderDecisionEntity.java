package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A physician's recorded decision on some lines of a check. */
@Entity
@Table(name = "order_decision")
public class OrderDecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "check_id")
    public UUID checkId;
    @Column(name = "encounter_id")
    public String encounterId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "line_ids")
    public String[] lineIds;
    public String outcome;
    @Column(name = "reason_code")
    public String reasonCode;
    public String comment;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "doctor_code")
    public String doctorCode;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
