package cn.yibao.guard.stay;

/** 就诊类型: an inpatient stay (住院) or an outpatient visit (门诊). */
public enum EncounterType {
    INPATIENT,
    OUTPATIENT
}
