package cn.yibao.guard.stay;

/** 险种: the insurance that pays for the encounter. */
public enum InsuranceType {
    /** 职工基本医疗保险 */
    EMPLOYEE,
    /** 城乡居民基本医疗保险 */
    RESIDENT,
    /** 工伤保险 */
    WORK_INJURY,
    /** 生育保险 */
    MATERNITY,
    /** 自费: not insured */
    SELF_PAY
}
