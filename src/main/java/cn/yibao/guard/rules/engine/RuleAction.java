package cn.yibao.guard.rules.engine;

/** What the workstation does with a hit: show it, ask the physician to confirm, or stop the order. */
public enum RuleAction {
    NOTIFY,
    CONFIRM,
    BLOCK
}
