package cn.yibao.guard.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** A row of {@code catalog_item}: one catalogue item with its restrictions as a JSON document. */
@Entity
@Table(name = "catalog_item")
public class CatalogItemEntity {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public ItemKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_class")
    public PaymentClass paymentClass;
    @Column(name = "self_pay_ratio")
    public BigDecimal selfPayRatio;
    @Column(name = "price_cap")
    public BigDecimal priceCap;
    @Column(name = "generic_name")
    public String genericName;
    public String ingredient;
    @Column(name = "drug_class")
    public String drugClass;
    public String unit;
    /** {@link RestrictionsJson}; passed as text (a string bound to jsonb would be stored as a JSON string). */
    @ColumnTransformer(read = "restrictions::text", write = "cast(? as text)::jsonb")
    public String restrictions;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public CatalogItem toItem() {
        return new CatalogItem(code, name, kind, paymentClass, Decimals.normalize(selfPayRatio),
                Decimals.normalize(priceCap), genericName, ingredient, drugClass, unit,
                RestrictionsJson.read(restrictions));
    }

    /** Copies an item's data into this row. */
    public void assign(CatalogItem item) {
        code = item.code();
        name = item.name();
        kind = item.kind();
        paymentClass = item.paymentClass();
        selfPayRatio = item.selfPayRatio();
        priceCap = item.priceCap();
        genericName = item.genericName();
        ingredient = item.ingredient();
        drugClass = item.drugClass();
        unit = item.unit();
        restrictions = RestrictionsJson.write(item.restrictions());
    }
}
