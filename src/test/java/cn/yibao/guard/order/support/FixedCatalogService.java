package cn.yibao.guard.order.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.ItemRestrictions;
import cn.yibao.guard.catalog.PaymentClass;

/**
 * A tiny fixed catalogue for the order check's tests, until the catalogue feature is merged: enabled only by
 * {@link OrderTestProfile}.
 */
@Alternative
@ApplicationScoped
public class FixedCatalogService extends CatalogService {

    public FixedCatalogService() {
        super(null, null);
    }

    /** 乙类 drug paid for at most 10 units per stay. */
    public static final String CAPPED = "XC01CAP00010101";
    /** An item the fixed rule book always blocks. */
    public static final String BLOCKED = "XB01BLK00010101";
    /** 丙类: self-pay, answered with a notice. */
    public static final String SELF_PAY = "XS00SELF0010101";
    /** 甲类, no restriction. */
    public static final String PLAIN = "XA00PLAIN010101";
    /** An item that makes the fixed rule book fail. */
    public static final String FAILING = "XE00BOOM0010101";
    /** The HIS local code mapped to {@link #CAPPED}. */
    public static final String CAPPED_HIS_CODE = "H-4711";
    /** The generic name only {@link #PLAIN} carries. */
    public static final String PLAIN_GENERIC = "阿司匹林";
    public static final BigDecimal STAY_CAP = BigDecimal.TEN;

    static final Catalog CATALOG = new Catalog(7, List.of(
            item(CAPPED, "限量药", PaymentClass.B, "限量通用名", new ItemRestrictions(null, null, null, null, null,
                    null, null, STAY_CAP, null, null, null, null, null)),
            item(BLOCKED, "禁用药", PaymentClass.B, null, null),
            item(SELF_PAY, "自费药", PaymentClass.C, null, null),
            item(PLAIN, "阿司匹林肠溶片", PaymentClass.A, PLAIN_GENERIC, null),
            item(FAILING, "故障药", PaymentClass.A, null, null)),
            Map.of(CAPPED_HIS_CODE, CAPPED));

    private static CatalogItem item(String code, String name, PaymentClass paymentClass, String genericName,
            ItemRestrictions restrictions) {
        return new CatalogItem(code, name, ItemKind.DRUG, paymentClass, null, null, genericName, null, null, "片",
                restrictions);
    }

    @Override
    public Catalog snapshot() {
        return CATALOG;
    }
}
