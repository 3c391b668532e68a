package cn.yibao.guard.order;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recorded rule hit of a check (see V4__orders.sql); its evidence is read as JSON text. */
@Entity
@Table(name = "order_hit")
@IdClass(OrderHitEntity.Key.class)
public class OrderHitEntity {

    @Id
    @Column(name = "check_id")
    public UUID checkId;
    @Id
    public short seq;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "line_ids")
    public String[] lineIds;
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "rule_version")
    public int ruleVersion;
    public String template;
    public String severity;
    public String action;
    public String judgement;
    public String message;
    @ColumnTransformer(read = "evidence::text", write = "?::jsonb")
    public String evidence;
    public String source;

    /** The composite key (check, position). */
    public static class Key implements Serializable {

        public UUID checkId;
        public short seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(checkId, k.checkId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(checkId, seq);
        }
    }
}
