package cn.yibao.guard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.hospital.Hospital;
import cn.yibao.guard.hospital.HospitalService;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.engine.RuleDefinition;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Seeds the demo hospital when {@code yibao.demo.seed} is true (demo and dev configurations):
 * departments, wards and doctors, the demo catalogue with its HIS code map, and the demo rule set. Seeding is idempotent, so a restart keeps the demo as it was.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean seed;
    private final ObjectMapper json;
    private final HospitalService hospital;
    private final CatalogService catalog;
    private final RuleService rules;

    public DemoData(@ConfigProperty(name = "yibao.demo.seed") boolean seed, ObjectMapper json,
            HospitalService hospital, CatalogService catalog, RuleService rules) {
        this.seed = seed;
        this.json = json;
        this.hospital = hospital;
        this.catalog = catalog;
        this.rules = rules;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!seed) {
            return;
        }
        Hospital demo = read("demo/hospital.json", Hospital.class);
        VertxContextSupport.subscribeAndAwait(() -> hospital.save(demo));
        LOG.infof("Demo hospital ready: %d departments, %d wards, %d doctors", demo.departments().size(),
                demo.wards().size(), demo.doctors().size());
        seedCatalogue();
        seedRules();
    }

    /** The demo catalogue and HIS code map; codes that exist already (perhaps edited) are left alone. */
    void seedCatalogue() throws Throwable {
        var seeded = VertxContextSupport.subscribeAndAwait(catalog::seedDemo);
        LOG.infof("Demo catalogue ready: %d items and %d code-map entries added (catalogue version %d)",
                seeded.items().inserted(), seeded.codeMap().inserted(), seeded.codeMap().version());
    }

    /** One catalogue-driven rule per template; rules that exist already (perhaps edited) are left alone. */
    void seedRules() throws Throwable {
        java.util.List<RuleDefinition> demo = java.util.List.of(read("demo/rules.json", RuleDefinition[].class));
        int created = VertxContextSupport.subscribeAndAwait(() -> rules.createIfAbsent(demo, "demo"));
        LOG.infof("Demo rules ready: %d created, %d enabled rules in the book", created,
                rules.currentBook().size());
    }

    <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + resource, e);
        }
    }
}
