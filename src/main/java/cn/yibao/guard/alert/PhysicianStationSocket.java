package cn.yibao.guard.alert;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** A physician's workstation (医生工作站): the alerts of the lines this doctor ordered. Who may connect: {@link StationUpgradeCheck}. */
@Authenticated
@WebSocket(path = "/ws/stations/physician/{doctorCode}", endpointId = PhysicianStationSocket.ID)
public class PhysicianStationSocket {

    static final String ID = "station-physician";

    private final StationSockets sockets;
    private final SecurityIdentity identity;

    public PhysicianStationSocket(StationSockets sockets, SecurityIdentity identity) {
        this.sockets = sockets;
        this.identity = identity;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection, @PathParam String doctorCode) {
        return sockets.open(connection, identity, new Station(Station.Kind.PHYSICIAN, doctorCode));
    }

    @OnTextMessage
    public Uni<Void> frame(WebSocketConnection connection, String text) {
        return sockets.receive(connection, text);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sockets.close(connection);
    }
}
