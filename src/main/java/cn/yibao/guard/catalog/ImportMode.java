package cn.yibao.guard.catalog;

/** How an import treats what is already there. */
public enum ImportMode {
    /** Inserts new codes and updates existing ones; codes missing from the file stay. */
    UPSERT,
    /** The file becomes the whole catalogue (or code map): codes missing from the file are removed. */
    REPLACE,
    /** Inserts only codes not yet present and leaves existing ones as they are (used to seed demo data). */
    INSERT_MISSING
}
