package cn.yibao.guard.drg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.drg.batch.BatchGrouping;
import cn.yibao.guard.drg.engine.GroupingCase;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** Groups one case or a CSV batch with the scheme a request names, or the configured default. */
@ApplicationScoped
public class DrgGroupingService {

    private final DrgSchemeService schemes;
    private final DrgSchemeRegistry registry;

    public DrgGroupingService(DrgSchemeService schemes, DrgSchemeRegistry registry) {
        this.schemes = schemes;
        this.registry = registry;
    }

    /** Groups one case with its trace; grouping takes microseconds, so it stays on the caller's thread. */
    public Uni<GroupResponse> group(String scheme, GroupingCase c) {
        return registry.get(resolve(scheme)).map(loaded -> GroupResponse.of(loaded.grouper().explain(c), loaded));
    }

    /**
     * Opens a CSV batch: finds the scheme and reads the header, so that a wrong request is refused before any
     * result is sent. Blocks; call it on a worker thread.
     */
    public BatchGrouping openBatch(String scheme, InputStream body) {
        DrgSchemeRegistry.LoadedScheme loaded = await(resolve(scheme));
        try {
            return BatchGrouping.open(loaded.grouper(),
                    new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("body", e.getMessage());
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "the CSV could not be read: " + e.getMessage());
        }
    }

    private DrgSchemeRegistry.LoadedScheme await(String scheme) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> registry.get(scheme));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Loading scheme " + scheme + " failed", e);
        }
    }

    private String resolve(String scheme) {
        if (scheme != null && !scheme.isBlank()) {
            return scheme;
        }
        return schemes.defaultScheme().orElseThrow(() -> ProblemException.invalidField("scheme",
                "name a scheme with ?scheme= (no default scheme is configured: yibao.drg.default-scheme)"));
    }
}
