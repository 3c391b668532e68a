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

/** A ward's nurse station (护士站): the alerts of the ward's encounters. Who may connect: {@link StationUpgradeCheck}. */
@Authenticated
@WebSocket(path = "/ws/stations/nurse/{wardCode}", endpointId = NurseStationSocket.ID)
public class NurseStationSocket {

    static final String ID = "station-nurse";

    private final StationSockets sockets;
    private final SecurityIdentity identity;

    public NurseStationSocket(StationSockets sockets, SecurityIdentity identity) {
        this.sockets = sockets;
        this.identity = identity;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection, @PathParam String wardCode) {
        return sockets.open(connection, identity, new Station(Station.Kind.NURSE, wardCode));
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
