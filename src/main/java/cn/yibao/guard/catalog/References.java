package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.List;

/** Finds the item codes that restrictions name (first-line, required, excluded) but the catalogue lacks. */
final class References {

    static final int LIMIT = 100;

    private References() {
    }

    static List<String> unknown(List<CatalogItem> items, Catalog catalog) {
        List<String> warnings = new ArrayList<>();
        for (CatalogItem item : items) {
            ItemRestrictions r = item.restrictions();
            check(item, "firstLineItems", r.firstLineItems(), catalog, warnings);
            check(item, "requiresItems", r.requiresItems(), catalog, warnings);
            check(item, "excludesItems", r.excludesItems(), catalog, warnings);
            if (warnings.size() >= LIMIT) {
                warnings.add("… more references to unknown codes not listed");
                break;
            }
        }
        return warnings;
    }

    private static void check(CatalogItem item, String field, List<String> codes, Catalog catalog,
            List<String> warnings) {
        for (String code : codes) {
            if (catalog.item(code).isEmpty()) {
                warnings.add(item.code() + " " + field + ": " + code + " is not in the catalogue");
            }
        }
    }
}
