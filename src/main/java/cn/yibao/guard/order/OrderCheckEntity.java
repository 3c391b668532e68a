package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recorded order check (see V4__orders.sql); written by the check's statement, read here. */
@Entity
@Table(name = "order_check")
public class OrderCheckEntity {

    @Id
    public UUID id;
    @Column(name = "encounter_id")
    public String encounterId;
    public String channel;
    @Column(name = "requested_by")
    public String requestedBy;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "line_ids")
    public String[] lineIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] unmatched;
    public String verdict;
    public String answered;
    @Column(name = "hit_count")
    public int hitCount;
    @Column(name = "history_count")
    public int historyCount;
    @Column(name = "catalog_version")
    public long catalogVersion;
    @Column(name = "rule_count")
    public int ruleCount;
    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;
}
