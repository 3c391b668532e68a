package cn.yibao.guard.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A coded override reason (data: see V4_1__override_reasons.sql). */
@Entity
@Table(name = "override_reason")
public class OverrideReason {

    @Id
    public String code;
    public String label;
    @Column(name = "requires_comment")
    public boolean requiresComment;
    public boolean active;
    @Column(name = "sort_order")
    public short sortOrder;
}
