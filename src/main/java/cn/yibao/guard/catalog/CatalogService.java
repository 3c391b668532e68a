package cn.yibao.guard.catalog;

import jakarta.enterprise.context.ApplicationScoped;

/** The insurance catalogue (医保目录) and the HIS code map, as other features may read them. */
@ApplicationScoped
public class CatalogService {

    private volatile Catalog snapshot = Catalog.EMPTY;

    /** The current catalogue snapshot; cheap, never blocks. */
    public Catalog snapshot() {
        return snapshot;
    }
}
