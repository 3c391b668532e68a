package cn.yibao.guard.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body announced as larger than the configured limit with a problem, before any of it is read.
 * Bulk paths ({@code yibao.http.bulk-paths}) are left to the HTTP layer's larger limit, which also cuts off
 * bodies without a declared length.
 */
@ApplicationScoped
public class BodySizeGuard {

    private final long maxBytes;
    private final List<String> bulkPaths;

    public BodySizeGuard(@ConfigProperty(name = "yibao.http.max-body-size") MemorySize max,
            @ConfigProperty(name = "yibao.http.bulk-paths") List<String> bulkPaths) {
        this.maxBytes = max.asLongValue();
        this.bulkPaths = List.copyOf(bulkPaths);
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length) && !isBulk(rc.request().path())) {
            Problem problem = Problem.of(413, "body-too-large", "Request body too large",
                    "The body has " + length + " bytes; the limit is " + maxBytes,
                    List.of(new FieldError("body", "larger than " + maxBytes + " bytes")))
                    .withInstance(rc.request().path());
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(problem));
            return;
        }
        rc.next();
    }

    private boolean isBulk(String path) {
        for (String bulk : bulkPaths) {
            boolean prefix = bulk.endsWith("*");
            if (prefix ? path.startsWith(bulk.substring(0, bulk.length() - 1)) : path.equals(bulk)) {
                return true;
            }
        }
        return false;
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
