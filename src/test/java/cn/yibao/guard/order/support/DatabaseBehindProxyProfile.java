package cn.yibao.guard.order.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** The order check's tests with the service's reactive database connections going through a {@link TcpProxy}. */
public class DatabaseBehindProxyProfile extends ShortDeadlineProfile {

    public static final int PROXY_PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + PROXY_PORT + "/${db.name}");
        return config;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
