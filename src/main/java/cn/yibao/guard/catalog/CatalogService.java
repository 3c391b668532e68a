package cn.yibao.guard.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * The insurance catalogue (医保目录) and the HIS code map, as other features may read them.
 * <p>
 * {@link #snapshot()} is the order check's view: an immutable {@link Catalog} held in memory, loaded at startup,
 * replaced after every catalogue or code-map write on this instance (before the write is answered), and
 * replaced within one poll interval ({@code yibao.catalog.poll-interval}, default 5 s) after a write on another
 * instance. It never blocks and never touches the database.
 */
@ApplicationScoped
public class CatalogService {

    private final CatalogSnapshots snapshots;
    private final DemoCatalog demo;

    public CatalogService(CatalogSnapshots snapshots, DemoCatalog demo) {
        this.snapshots = snapshots;
        this.demo = demo;
    }

    /** The current catalogue snapshot; cheap, never blocks. */
    public Catalog snapshot() {
        return snapshots.catalog();
    }

    /**
     * Makes the snapshot current now (one version query; a reload only if another instance wrote since),
     * for callers that cannot wait for the next poll.
     */
    public Uni<Catalog> refresh() {
        return snapshots.refresh();
    }

    /**
     * Adds the demo catalogue and demo HIS code map (src/main/resources/demo): inserts the demo codes that are
     * missing and leaves existing ones as they are, so a restart keeps edits and seeding twice changes nothing.
     */
    public Uni<DemoCatalog.Seeded> seedDemo() {
        return demo.seed();
    }
}
