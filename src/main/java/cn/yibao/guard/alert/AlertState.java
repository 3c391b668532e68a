package cn.yibao.guard.alert;

/** Where an alert stands: open until a station acknowledges or overrides it, or its lines are withdrawn. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, OVERRIDDEN, RESOLVED
}
