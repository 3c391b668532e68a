package cn.yibao.guard.drg;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.drg.scheme.SchemeImportException;
import io.smallrye.mutiny.Uni;

/**
 * Imports a scheme: checks and compiles it off the event loop, stores it as the next version of its name
 * and puts it in use on this replica. A scheme that does not compile changes nothing.
 */
@ApplicationScoped
public class SchemeImporter {

    private static final Logger LOG = Logger.getLogger(SchemeImporter.class);

    private final DrgSchemeService schemes;
    private final DrgSchemeRegistry registry;

    public SchemeImporter(DrgSchemeService schemes, DrgSchemeRegistry registry) {
        this.schemes = schemes;
        this.registry = registry;
    }

    /** Imports an uploaded zip as scheme {@code name}. */
    public Uni<SchemeSummary> importZip(String name, byte[] zip, String user) {
        long start = System.nanoTime();
        return OffEventLoop.compute(() -> PreparedScheme.fromZip(name, zip))
                .onFailure(SchemeImportException.class).transform(e -> invalid((SchemeImportException) e))
                .flatMap(prepared -> save(prepared, user))
                .invoke(saved -> LOG.infof("Imported scheme %s version %d (%d ADRGs) for %s in %d ms", saved.name(),
                        saved.version(), saved.adrgs(), user, (System.nanoTime() - start) / 1_000_000));
    }

    /** Stores a scheme that has been checked already (the command prepares it on its own thread). */
    public Uni<SchemeSummary> save(PreparedScheme prepared, String user) {
        return schemes.store(prepared, user)
                .invoke(saved -> registry.put(saved.name(), saved.version(), prepared.scheme()));
    }

    /** The problem for a scheme that cannot be imported, naming the file (as the field) and line. */
    static ProblemException invalid(SchemeImportException e) {
        String field = e.file() == null ? "body" : e.file();
        String message = e.line() > 0 ? "line " + e.line() + ": " + e.reason() : e.reason();
        return new ProblemException(Problem.of(400, "invalid-scheme", "Invalid scheme",
                "The scheme was not imported: " + e.getMessage(), List.of(new FieldError(field, message))));
    }
}
