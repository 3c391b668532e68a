package cn.yibao.guard.rules.engine;

import java.util.List;

/** The answer to an order check. */
public enum Verdict {
    /** No hit, or only notices. */
    PASS,
    /** A warning or critical hit, or one that asks the physician to confirm. */
    WARN,
    /** A hit whose action is BLOCK. */
    BLOCK,
    /** The check could not finish within its deadline; HIS proceeds without a verdict. */
    UNCHECKED;

    /** The contract's verdict rule over a check's hits. */
    public static Verdict of(List<RuleHit> hits) {
        boolean warn = false;
        for (RuleHit hit : hits) {
            if (hit.action() == RuleAction.BLOCK) {
                return BLOCK;
            }
            warn |= hit.severity() != Severity.INFO || hit.action() == RuleAction.CONFIRM;
        }
        return warn ? WARN : PASS;
    }
}
