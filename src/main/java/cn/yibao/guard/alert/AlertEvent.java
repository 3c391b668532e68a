package cn.yibao.guard.alert;

import java.util.function.Function;

/**
 * A change that stations must see: a new alert ({@code alert} frame) or a change of state or count
 * ({@code update} frame). The frame is the JSON text sent to stations and across instances; it is rendered the
 * first time something needs it (a connected station, a broker), so that changes nobody is watching on this
 * instance cost no JSON.
 */
final class AlertEvent {

    enum Type {
        ALERT, UPDATE;

        String frameType() {
            return this == ALERT ? "alert" : "update";
        }
    }

    private final Type type;
    private final Alert alert;
    private final Function<AlertEvent, String> renderer;
    private volatile String frame;

    private AlertEvent(Type type, Alert alert, Function<AlertEvent, String> renderer, String frame) {
        this.type = type;
        this.alert = alert;
        this.renderer = renderer;
        this.frame = frame;
    }

    /** A change whose frame is rendered when first needed. */
    static AlertEvent rendered(Type type, Alert alert, Function<AlertEvent, String> renderer) {
        return new AlertEvent(type, alert, renderer, null);
    }

    /** A change received as a frame. */
    static AlertEvent received(Type type, Alert alert, String frame) {
        return new AlertEvent(type, alert, null, frame);
    }

    Type type() {
        return type;
    }

    Alert alert() {
        return alert;
    }

    String frame() {
        String f = frame;
        if (f == null) {
            f = renderer.apply(this);
            frame = f;
        }
        return f;
    }

    /** Identifies the change across instances: an alert's revision is raised by every change. */
    String key() {
        return alert.id() + "/" + alert.revision();
    }
}
