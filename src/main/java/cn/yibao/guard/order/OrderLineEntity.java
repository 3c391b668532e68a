package cn.yibao.guard.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An order line as recorded (see V4__orders.sql); written by the check's statement, read and withdrawn here. */
@Entity
@Table(name = "order_line")
@IdClass(OrderLineEntity.Key.class)
public class OrderLineEntity {

    public static final String ACTIVE = "ACTIVE";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @Column(name = "encounter_id")
    public String encounterId;
    @Id
    @Column(name = "line_id")
    public String lineId;
    @Column(name = "check_id")
    public UUID checkId;
    public boolean draft;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "his_code")
    public String hisCode;
    @Column(name = "generic_name")
    public String genericName;
    public String name;
    @Column(name = "matched_code")
    public String matchedCode;
    public BigDecimal quantity;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    public String frequency;
    public Short days;
    @Column(name = "doctor_code")
    public String doctorCode;
    @Column(name = "long_term")
    public boolean longTerm;
    @Column(name = "ordered_at")
    public OffsetDateTime orderedAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    public String status;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_how")
    public String withdrawnHow;

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** Withdraws the line (撤销/停嘱) unless it already is; true if this call withdrew it. */
    public boolean withdraw(String by, String how, OffsetDateTime at) {
        if (!active()) {
            return false;
        }
        status = WITHDRAWN;
        withdrawnBy = by;
        withdrawnHow = how;
        withdrawnAt = at;
        return true;
    }

    /** The composite key (encounter, line id). */
    public static class Key implements Serializable {

        public String encounterId;
        public String lineId;

        public Key() {
        }

        public Key(String encounterId, String lineId) {
            this.encounterId = encounterId;
            this.lineId = lineId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(encounterId, k.encounterId) && Objects.equals(lineId, k.lineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(encounterId, lineId);
        }
    }
}
