package cn.yibao.guard.support.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak (the distribution, {@code kc.sh start-dev}, in-memory database) that has imported the
 * shipped hospital realm plus what only tests need: a known secret for the HIS client, a password-grant
 * client standing in for the station pages' browser sign-in, an application of the same realm that is not
 * Yibao Guard's audience, and a second realm whose tokens must not be trusted.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "hospital";
    public static final String OTHER_REALM = "elsewhere";
    public static final String HIS_CLIENT = "yibao-his";
    /** Test-only: the stations client's claims, with the password grant instead of the browser flow. */
    public static final String PASSWORD_CLIENT = "yibao-it";
    /** Test-only: another application of the hospital realm, whose tokens are not meant for Yibao Guard. */
    public static final String FOREIGN_CLIENT = "another-app";
    /** The throwaway password of the realm's demo users. */
    public static final String DEMO_PASSWORD = "demo-password";

    private static final String STATIONS_CLIENT = "yibao-stations";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final String hisSecret;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread killOnExit;

    private KeycloakServer(Process process, int port, String hisSecret, Path log) {
        this.process = process;
        this.port = port;
        this.hisSecret = hisSecret;
        this.log = log;
        // Should the test JVM die without stopping us, Keycloak must not outlive it.
        this.killOnExit = new Thread(this::kill, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Imports {@code realmFile} (and the test additions), starts Keycloak and waits until both realms answer. */
    public static KeycloakServer start(KeycloakDistribution distribution, Path realmFile, Path log) {
        String hisSecret = randomSecret();
        writeImports(distribution.home().resolve("data/import"), realmFile, hisSecret);
        int port = freePort();
        List<String> command = List.of("/bin/sh", distribution.home().resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", distribution.javaHome().toString());
        // A throwaway server: favour start-up time over peak throughput on a small machine.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            KeycloakServer server = new KeycloakServer(builder.start(), port, hisSecret, log);
            try {
                server.awaitRealms();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of {@code realm}'s tokens, which is also the OIDC auth-server URL. */
    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** An access token for a demo user of {@code realm}, through the test-only password client. */
    public String passwordToken(String realm, String client, String username) {
        return token(realm, Map.of("grant_type", "password", "client_id", client, "username", username,
                "password", DEMO_PASSWORD, "scope", "openid"));
    }

    /** An access token for the HIS service account (client credentials), as the HIS obtains one. */
    public String hisToken() {
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", HIS_CLIENT,
                "client_secret", hisSecret));
    }

    /** The decoded payload of a token, to show what the service is given. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealms() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        for (String realm : List.of(REALM, OTHER_REALM)) {
            HttpRequest discovery = HttpRequest.newBuilder(
                    URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (!answers(discovery)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT + ":\n"
                            + logTail());
                }
                sleep(Duration.ofMillis(250));
            }
        }
    }

    private boolean answers(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    /** kc.sh forwards SIGTERM to the server's JVM; anything left after 30 s is killed. */
    private void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    // --- The realms Keycloak imports -------------------------------------------------------------------

    private static void writeImports(Path importDir, Path realmFile, String hisSecret) {
        try {
            Files.createDirectories(importDir);
            try (Stream<Path> old = Files.list(importDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            ObjectNode hospital = testRealm((ObjectNode) JSON.readTree(realmFile.toFile()), hisSecret);
            JSON.writeValue(importDir.resolve(REALM + "-realm.json").toFile(), hospital);
            ObjectNode other = hospital.deepCopy();
            other.put("realm", OTHER_REALM);
            other.put("displayName", "Another hospital");
            JSON.writeValue(importDir.resolve(OTHER_REALM + "-realm.json").toFile(), other);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the realms in " + importDir, e);
        }
    }

    /** The shipped realm plus the test-only clients and the HIS secret. */
    static ObjectNode testRealm(ObjectNode shipped, String hisSecret) {
        ObjectNode realm = shipped.deepCopy();
        ArrayNode clients = (ArrayNode) realm.get("clients");
        client(clients, HIS_CLIENT).put("secret", hisSecret);
        ObjectNode stations = client(clients, STATIONS_CLIENT);
        // The service under test listens on a random port: the station page's sign-in may return to any address.
        stations.putArray("redirectUris").add("*");
        stations.putArray("webOrigins").add("*");
        ((ObjectNode) stations.get("attributes")).put("post.logout.redirect.uris", "+");
        clients.add(passwordClient(stations, PASSWORD_CLIENT, true));
        clients.add(passwordClient(stations, FOREIGN_CLIENT, false));
        ArrayNode scopes = (ArrayNode) realm.get("scopeMappings");
        JsonNode stationRoles = scopeOf(scopes, STATIONS_CLIENT).get("roles");
        for (String clientId : List.of(PASSWORD_CLIENT, FOREIGN_CLIENT)) {
            scopes.addObject().put("client", clientId).set("roles", stationRoles.deepCopy());
        }
        return realm;
    }

    private static ObjectNode passwordClient(ObjectNode stations, String clientId, boolean forYibaoGuard) {
        ObjectNode client = stations.deepCopy();
        client.put("clientId", clientId);
        client.put("name", clientId + " (tests only)");
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.remove(List.of("rootUrl", "redirectUris", "webOrigins", "attributes", "description"));
        if (!forYibaoGuard) {
            ArrayNode mappers = (ArrayNode) client.get("protocolMappers");
            for (int i = mappers.size() - 1; i >= 0; i--) {
                if ("oidc-audience-mapper".equals(mappers.get(i).path("protocolMapper").asText())) {
                    mappers.remove(i);
                }
            }
        }
        return client;
    }

    private static ObjectNode client(ArrayNode clients, String clientId) {
        for (JsonNode client : clients) {
            if (clientId.equals(client.path("clientId").asText())) {
                return (ObjectNode) client;
            }
        }
        throw new IllegalStateException("The realm has no client " + clientId);
    }

    private static JsonNode scopeOf(ArrayNode scopes, String clientId) {
        for (JsonNode scope : scopes) {
            if (clientId.equals(scope.path("client").asText())) {
                return scope;
            }
        }
        throw new IllegalStateException("The realm has no scope mapping for " + clientId);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
