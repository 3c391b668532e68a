package cn.yibao.guard.order.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of PostgreSQL that a test controls: forwarding, stalled (connections accepted, nothing
 * answered, as a hung database) or down (connections refused).
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private final String upstreamHost;
    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean stalled;
    private volatile ServerSocket server;

    public TcpProxy(int port, String upstreamHost, int upstreamPort) {
        this.port = port;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    /** Accepts connections and forwards them. */
    public synchronized TcpProxy up() throws IOException {
        stalled = false;
        closeConnections();
        if (server == null) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            server = s;
            Thread accept = new Thread(() -> accept(s), "tcp-proxy-accept");
            accept.setDaemon(true);
            accept.start();
        }
        return this;
    }

    /** Accepts connections but never answers, like a database that hangs; open connections are cut first. */
    public synchronized void stall() {
        stalled = true;
        closeConnections();
    }

    /** Refuses connections, like a database that is down; open connections are cut. */
    public synchronized void down() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        closeConnections();
    }

    @Override
    public void close() throws IOException {
        down();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                sockets.add(client);
                if (!stalled) {
                    forward(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void forward(Socket client) throws IOException {
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeConnections() {
        for (Socket socket : sockets) {
            quietly(socket);
        }
        sockets.clear();
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
