package cn.yibao.guard.alert;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.security.StaffUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The stations connected to this instance, by station. Changes arrive here from this instance's writer and from
 * the fan-out, and go to every socket of every station that shows the alert.
 */
@ApplicationScoped
public class StationHub {

    private static final Logger LOG = Logger.getLogger(StationHub.class);

    private final Map<Station, Set<StationSession>> byStation = new ConcurrentHashMap<>();
    private final Map<String, StationSession> byConnection = new ConcurrentHashMap<>();
    private final AlertRepository repository;
    private final AlertFrames frames;
    private final int replayPage;

    public StationHub(AlertRepository repository, AlertFrames frames, MeterRegistry metrics,
            @ConfigProperty(name = "yibao.alerts.replay-page", defaultValue = "500") int replayPage) {
        this.repository = repository;
        this.frames = frames;
        this.replayPage = replayPage;
        metrics.gaugeMapSize("yibao.alerts.sockets", java.util.List.of(), byConnection);
    }

    /**
     * Registers the socket, then replays what it missed after {@code since} (if given) before live frames: changes
     * to the alerts it already had, then the alerts raised since.
     */
    Uni<Void> open(WebSocketConnection connection, Station station, StaffUser user, Long since) {
        StationSession session = new StationSession(connection, station, user, since);
        byConnection.put(connection.id(), session);
        byStation.computeIfAbsent(station, s -> ConcurrentHashMap.newKeySet()).add(session);
        if (since == null) {
            return Uni.createFrom().voidItem();
        }
        return replayChanges(session, since).flatMap(v -> replay(session, since)).invoke(session::live)
                .onFailure().invoke(e -> {
                    LOG.warnf("Replay for station %s failed: %s", station, e.getMessage());
                    session.send(frames.error("replay failed; reconnect with the same since", null));
                    session.live();
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Changes (state, count) to alerts the station already had, made after the alert it names in {@code since} was
     * raised: it may have missed them while away. Some it may have seen; stations drop an update whose revision
     * they already show.
     */
    private Uni<Void> replayChanges(StationSession session, long since) {
        if (since <= 0) {
            return Uni.createFrom().voidItem();
        }
        return repository.changedSince(session.station(), since, replayPage).invoke(alerts -> {
            for (Alert a : alerts) {
                session.replayed(frames.event(AlertEvent.Type.UPDATE, a));
            }
        }).replaceWithVoid();
    }

    private Uni<Void> replay(StationSession session, long after) {
        return repository.after(session.station(), after, replayPage).flatMap(alerts -> {
            long last = after;
            for (Alert a : alerts) {
                session.replayed(frames.event(AlertEvent.Type.ALERT, a));
                last = a.id();
            }
            return alerts.size() < replayPage ? Uni.createFrom().voidItem() : replay(session, last);
        });
    }

    void close(WebSocketConnection connection) {
        StationSession session = byConnection.remove(connection.id());
        if (session != null) {
            Set<StationSession> sessions = byStation.get(session.station());
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    StationSession session(WebSocketConnection connection) {
        return byConnection.get(connection.id());
    }

    /** Sends a change to the sockets of every station that shows the alert. */
    void dispatch(AlertEvent event) {
        for (Station station : Station.routesOf(event.alert())) {
            Set<StationSession> sessions = byStation.get(station);
            if (sessions != null) {
                for (StationSession s : sessions) {
                    s.deliver(event);
                }
            }
        }
    }

    /** Whether any socket here shows what goes to these stations. */
    boolean showsAny(List<Station> stations) {
        for (Station station : stations) {
            Set<StationSession> sessions = byStation.get(station);
            if (sessions != null && !sessions.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    int connected() {
        return byConnection.size();
    }
}
