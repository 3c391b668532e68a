package cn.yibao.guard.order.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running service's REST API as an insurance officer uses it: the catalogue, rule and batch fixtures load
 * the synthetic hospital through the product's own imports, so that the service validates, stores and reloads
 * what it then checks orders against, exactly as it would for a hospital's own data.
 */
final class ServiceApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    private ServiceApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The service of {@code --url} with the officer's token of {@code --officer-token(-file)}. */
    static ServiceApi of(BenchOptions o) throws IOException {
        String token = o.officerToken != null ? o.officerToken
                : o.officerTokenFile != null ? Files.readString(Path.of(o.officerTokenFile)) : null;
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--officer-token or --officer-token-file (an insurance-officer "
                    + "token) is required to load the catalogue and rules");
        }
        return new ServiceApi(URI.create(o.url), token.trim());
    }

    JsonNode get(String path) throws Exception {
        return send(request(path).GET());
    }

    /** The response, or null for 404. */
    JsonNode find(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 404 ? null : parse(path, r);
    }

    JsonNode post(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    JsonNode patch(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    /** A large JSON body, gzipped (the import endpoints accept {@code Content-Encoding: gzip}). */
    JsonNode postGzipped(String path, Object body) throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            JSON.writeValue(gzip, body);
        }
        return send(request(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray())));
    }

    /** A file upload as {@code multipart/form-data}, one part per (name, file). */
    JsonNode postFiles(String path, String[] names, Path[] files) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < names.length; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + names[i]
                    + "\"; filename=\"" + files[i].getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(files[i]));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        return parse(built.uri().getPath(), http.send(built, HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonNode parse(String path, HttpResponse<String> r) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().method() + " " + path + " answered " + r.statusCode() + ": "
                    + r.body());
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }
}
