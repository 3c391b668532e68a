package cn.yibao.guard.rules.engine;

/** How urgently a hit is shown: notices, warnings, and critical alerts (the only ones that may hard-stop). */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
