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

/** The insurance office's stream (医保办) of a department, or of the hospital ({@code hospital}): critical alerts. Who may connect: {@link StationUpgradeCheck}. */
@Authenticated
@WebSocket(path = "/ws/stations/office/{departmentCode}", endpointId = OfficeStationSocket.ID)
public class OfficeStationSocket {

    static final String ID = "station-office";

    private final StationSockets sockets;
    private final SecurityIdentity identity;

    public OfficeStationSocket(StationSockets sockets, SecurityIdentity identity) {
        this.sockets = sockets;
        this.identity = identity;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection, @PathParam String departmentCode) {
        return sockets.open(connection, identity, new Station(Station.Kind.OFFICE, departmentCode));
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
