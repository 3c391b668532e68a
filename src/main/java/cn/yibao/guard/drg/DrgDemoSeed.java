package cn.yibao.guard.drg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.drg.scheme.LocalScheme;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * In the demo configuration, imports the default scheme from {@code yibao.drg.seed-directory} (e.g.
 * {@code ../shared/drg/chs-drg-1.1}) when no scheme of that name is stored yet, so that a demo groups at once.
 */
@ApplicationScoped
public class DrgDemoSeed {

    private static final Logger LOG = Logger.getLogger(DrgDemoSeed.class);

    private final Optional<Path> directory;
    private final DrgSchemeService schemes;
    private final SchemeImporter importer;

    public DrgDemoSeed(@ConfigProperty(name = "yibao.drg.seed-directory") Optional<Path> directory,
            DrgSchemeService schemes, SchemeImporter importer) {
        this.directory = directory;
        this.schemes = schemes;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        Optional<String> name = schemes.defaultScheme();
        if (directory.isEmpty() || name.isEmpty()) {
            return;
        }
        if (!Files.isDirectory(directory.get())) {
            LOG.warnf("No demo DRG scheme: %s is not a directory", directory.get());
            return;
        }
        if (VertxContextSupport.subscribeAndAwait(() -> schemes.latestVersion(name.get())) != null) {
            return;
        }
        PreparedScheme prepared = PreparedScheme.fromDirectory(name.get(), directory.get(),
                LocalScheme.defaultCodes(directory.get()));
        VertxContextSupport.subscribeAndAwait(() -> importer.save(prepared, "demo"));
        LOG.infof("Demo DRG scheme %s imported from %s", name.get(), directory.get());
    }
}
