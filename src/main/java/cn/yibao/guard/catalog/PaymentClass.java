package cn.yibao.guard.catalog;

/** 支付类别: how much of an item insurance pays. */
public enum PaymentClass {
    /** 甲类: paid in full under the insurance's normal rules. */
    A,
    /** 乙类: the patient first pays a self-pay share (先行自付比例), then normal rules apply. */
    B,
    /** 丙类: not covered; the patient pays it all (自费). */
    C
}
