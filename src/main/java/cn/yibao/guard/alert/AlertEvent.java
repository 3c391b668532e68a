package cn.yibao.guard.alert;

/**
 * A change that stations must see: a new alert ({@code alert} frame) or a change of state or count
 * ({@code update} frame). {@code frame} is the JSON text sent to stations and across instances.
 */
record AlertEvent(Type type, Alert alert, String frame) {

    enum Type {
        ALERT, UPDATE;

        String frameType() {
            return this == ALERT ? "alert" : "update";
        }
    }

    /** Identifies the change across instances: an alert's revision is raised by every change. */
    String key() {
        return alert.id() + "/" + alert.revision();
    }
}
