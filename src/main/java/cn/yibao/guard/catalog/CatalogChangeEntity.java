package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code catalog_change}: what one catalogue version changed, by whom and when. */
@Entity
@Table(name = "catalog_change")
public class CatalogChangeEntity {

    @Id
    public long version;
    public String operation;
    public String detail;
    @Column(name = "item_count")
    public int itemCount;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
