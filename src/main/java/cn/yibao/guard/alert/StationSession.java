package cn.yibao.guard.alert;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import cn.yibao.guard.security.StaffUser;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One connected station socket. While it replays what it missed ({@code ?since=}), live frames are held back;
 * when the replay ends they follow, without the alerts the replay already sent: no gap, no duplicate.
 */
final class StationSession {

    private static final Logger LOG = Logger.getLogger(StationSession.class);

    private final WebSocketConnection connection;
    private final Station station;
    private final StaffUser user;
    private List<AlertEvent> held;
    private long replayedUpTo;

    /** @param since the last alert id the station saw, or null for live frames only */
    StationSession(WebSocketConnection connection, Station station, StaffUser user, Long since) {
        this.connection = connection;
        this.station = station;
        this.user = user;
        this.held = since != null ? new ArrayList<>() : null;
        this.replayedUpTo = since != null ? since : 0;
    }

    Station station() {
        return station;
    }

    StaffUser user() {
        return user;
    }

    String id() {
        return connection.id();
    }

    /** A live change: sent now, or held while the replay runs. */
    synchronized void deliver(AlertEvent event) {
        if (held != null) {
            held.add(event);
            return;
        }
        send(event.frame());
    }

    /** A replayed alert, in id order. */
    synchronized void replayed(AlertEvent event) {
        replayedUpTo = Math.max(replayedUpTo, event.alert().id());
        send(event.frame());
    }

    /**
     * Ends the replay: held frames follow, except new-alert frames the station already has (ids up to
     * {@code since} or replayed; ids commit in increasing order, so nothing at or below them is new).
     */
    synchronized void live() {
        List<AlertEvent> pending = held;
        held = null;
        if (pending == null) {
            return;
        }
        for (AlertEvent e : pending) {
            if (e.type() == AlertEvent.Type.ALERT && e.alert().id() <= replayedUpTo) {
                continue;
            }
            send(e.frame());
        }
    }

    void send(String frame) {
        if (!connection.isOpen()) {
            return;
        }
        connection.sendText(frame).subscribe().with(v -> {
        }, e -> LOG.debugf("Frame to station %s not sent: %s", station, e.getMessage()));
    }
}
