package cn.yibao.guard.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * The demo catalogue (demo/catalog-items.csv, 57 invented items) and demo HIS code map (demo/his-code-map.csv),
 * read through the same parsers as an import. Among them: duplicate-medication pairs (aspirin 100 mg / 25 mg,
 * two statins, two PPIs, clopidogrel / ticagrelor), a second-line antibiotic with first-line prerequisites
 * (meropenem after ceftriaxone or piperacillin-tazobactam), male- and female-only drugs, children-only drugs,
 * a 三级-only drug, indication-restricted drugs (限重症感染), outpatient- and inpatient-only services,
 * 丙类 self-pay items, 乙类 items with self-pay ratios, materials over 1,000 yuan, and services that require or
 * exclude each other. The code map has mapped codes, codes without a national code, and codes mapped to
 * national codes the catalogue does not hold.
 */
@ApplicationScoped
public class DemoCatalog {

    static final String ITEMS = "demo/catalog-items.csv";
    static final String CODE_MAP = "demo/his-code-map.csv";
    static final String DEMO_USER = "demo";

    /** What seeding added. */
    public record Seeded(ImportResult items, ImportResult codeMap) {
    }

    private final ItemParser items;
    private final MappingParser mappings;
    private final CatalogItemService catalog;
    private final CodeMapService codeMap;

    public DemoCatalog(ItemParser items, MappingParser mappings, CatalogItemService catalog, CodeMapService codeMap) {
        this.items = items;
        this.mappings = mappings;
        this.catalog = catalog;
        this.codeMap = codeMap;
    }

    /** Inserts the demo items and code-map entries that are missing; existing ones are left as they are. */
    public Uni<Seeded> seed() {
        var demoItems = items.csv(resource(ITEMS));
        var demoMappings = mappings.csv(resource(CODE_MAP));
        return catalog.importItems(demoItems, ImportMode.INSERT_MISSING, DEMO_USER, "demo catalogue")
                .flatMap(itemResult -> codeMap.importMappings(demoMappings, ImportMode.INSERT_MISSING, DEMO_USER,
                        "demo code map").map(mapResult -> new Seeded(itemResult, mapResult)));
    }

    static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + name, e);
        }
    }
}
