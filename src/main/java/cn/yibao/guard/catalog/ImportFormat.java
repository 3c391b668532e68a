package cn.yibao.guard.catalog;

/** The two file formats of catalogue and code-map imports and exports. */
public enum ImportFormat {
    CSV,
    JSON
}
