package cn.yibao.guard.drg.engine;

/** What the secondary diagnoses add to a stay, after exclusions. */
public enum Severity {
    /** 伴严重并发症或合并症 (MCC). */
    MCC,
    /** 伴并发症或合并症 (CC). */
    CC,
    /** 不伴并发症或合并症. */
    NONE
}
