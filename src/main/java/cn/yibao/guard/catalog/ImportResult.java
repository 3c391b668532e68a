package cn.yibao.guard.catalog;

import java.util.List;

/**
 * What an import changed. {@code version} is the catalogue version after the import (unchanged when the file
 * changed nothing). {@code warnings} name references the file makes to codes the catalogue does not hold;
 * they do not stop the import.
 */
public record ImportResult(long version, ImportMode mode, int received, int inserted, int updated, int unchanged,
        int removed, List<String> warnings) {

    public ImportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean changed() {
        return inserted + updated + removed > 0;
    }

    ImportResult withWarnings(List<String> found) {
        return new ImportResult(version, mode, received, inserted, updated, unchanged, removed, found);
    }
}
