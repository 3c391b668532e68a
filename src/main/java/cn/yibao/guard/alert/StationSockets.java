package cn.yibao.guard.alert;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * What every station socket does, whatever its kind: open (with replay), client frames ({@code ack},
 * {@code override}), close. Bad client frames are answered with an error frame; the socket stays open and other
 * sockets never notice.
 */
@ApplicationScoped
public class StationSockets {

    private final StationHub hub;
    private final AlertService alerts;
    private final AlertFrames frames;
    private final int maxFrame;

    public StationSockets(StationHub hub, AlertService alerts, AlertFrames frames,
            @ConfigProperty(name = "yibao.alerts.max-client-frame") int maxFrame) {
        this.hub = hub;
        this.alerts = alerts;
        this.frames = frames;
        this.maxFrame = maxFrame;
    }

    public Uni<Void> open(WebSocketConnection connection, SecurityIdentity identity, Station station) {
        Long since = SinceParameter.of(connection.handshakeRequest().query()).orElse(null);
        return hub.open(connection, station, StaffUser.of(identity), since);
    }

    public void close(WebSocketConnection connection) {
        hub.close(connection);
    }

    /** A client frame; answered with an error frame when it is not one the contract knows. */
    public Uni<Void> receive(WebSocketConnection connection, String text) {
        StationSession session = hub.session(connection);
        if (session == null) {
            return Uni.createFrom().voidItem();
        }
        if (text.length() > maxFrame) {
            return error(session, "frame too large: at most " + maxFrame + " characters", null);
        }
        JsonNode frame = frames.clientFrame(text);
        if (frame == null) {
            return error(session, "not a JSON object", null);
        }
        String type = frame.path("type").asText("");
        if (!type.equals("ack") && !type.equals("override")) {
            return error(session, "unknown frame type '" + type + "'; expected ack or override", null);
        }
        JsonNode id = frame.get("alertId");
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
            return error(session, "alertId must be a whole number", null);
        }
        FeedbackRequest request = new FeedbackRequest(type, id.asLong(), text(frame, "reasonCode"),
                text(frame, "comment"));
        // Deferred, so that a refusal thrown while the request is checked becomes an error frame too.
        return Uni.createFrom().deferred(() -> alerts.feedback(id.asLong(), request, session.user(), session.station()))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> error(session, message(e), id.asLong()));
    }

    private static String text(JsonNode frame, String field) {
        JsonNode n = frame.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String message(Throwable e) {
        if (e instanceof ProblemException p) {
            // The detail names the field at fault, as in the REST answer.
            return p.problem().detail();
        }
        return "feedback could not be recorded; try again";
    }

    private Uni<Void> error(StationSession session, String message, Long alertId) {
        session.send(frames.error(message, alertId));
        return Uni.createFrom().voidItem();
    }
}
