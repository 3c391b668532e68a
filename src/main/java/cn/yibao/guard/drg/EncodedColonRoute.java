package cn.yibao.guard.drg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The batch path has a literal colon ({@code /api/v1/drg/group:batch}), which some HTTP clients send encoded
 * as {@code %3A}; the REST layer matches paths undecoded, so the encoded form is routed to the literal one.
 */
@ApplicationScoped
public class EncodedColonRoute {

    static final String BATCH_PATH = "/api/v1/drg/group:batch";

    void install(@Observes Router router) {
        router.routeWithRegex("/api/v1/drg/group%3[Aa]batch").order(-2000)
                .handler(rc -> rc.reroute(rc.request().method(), BATCH_PATH));
    }
}
