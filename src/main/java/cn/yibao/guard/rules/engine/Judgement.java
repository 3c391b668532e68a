package cn.yibao.guard.rules.engine;

/** 判断等级: 可疑 (suspicious, to review) or 明确违规 (a definite violation). */
public enum Judgement {
    SUSPICIOUS,
    VIOLATION
}
