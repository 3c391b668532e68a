package cn.yibao.guard.drg;

import java.time.OffsetDateTime;

/**
 * A stored scheme as the API lists it.
 *
 * @param codeLists the national code lists cases are checked against, or {@code null} if the scheme carries
 *                  none (then codes are not checked)
 * @param isDefault whether requests without {@code ?scheme=} use it ({@code yibao.drg.default-scheme})
 */
public record SchemeSummary(String name, int version, OffsetDateTime importedAt, String importedBy, int mdcs,
        int adrgs, int drgs, String codeLists, boolean isDefault) {

    static SchemeSummary of(StoredScheme s) {
        return new SchemeSummary(s.name, s.version, s.importedAt, s.importedBy, s.mdcCount, s.adrgCount,
                s.drgCount, s.codeLists, false);
    }

    SchemeSummary asDefault(boolean value) {
        return new SchemeSummary(name, version, importedAt, importedBy, mdcs, adrgs, drgs, codeLists, value);
    }
}
