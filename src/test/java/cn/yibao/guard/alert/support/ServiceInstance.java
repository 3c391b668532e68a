package cn.yibao.guard.alert.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service (target/quarkus-app) run as a separate process, as a second replica would run. */
public final class ServiceInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar in the demo configuration with these settings, and waits until it is ready. */
    public static ServiceInstance start(String name, int port, Map<String, String> env, List<String> properties)
            throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first (mvn package): " + jar + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=demo", "-Dquarkus.http.port=" + port));
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ServiceInstance instance = new ServiceInstance(builder.start(), port, log);
        instance.awaitReady(Duration.ofMinutes(3));
        return instance;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance exited; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base().resolve("q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Instance not ready in " + timeout + "; see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
