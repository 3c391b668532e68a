package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.smallrye.mutiny.Multi;

/** The catalogue snapshot as an export: items in code order, CSV in chunks of rows or JSON documents. */
final class ItemExport {

    /** Rows per CSV chunk written to the response. */
    static final int ROWS_PER_CHUNK = 500;

    private ItemExport() {
    }

    static List<CatalogItem> sorted(Catalog catalog) {
        List<CatalogItem> items = new ArrayList<>(catalog.items());
        items.sort(Comparator.comparing(CatalogItem::code));
        return items;
    }

    /** The header line, then the rows in chunks; chunks are formatted only as the client reads. */
    static Multi<String> csv(Catalog catalog) {
        List<CatalogItem> items = sorted(catalog);
        List<List<CatalogItem>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += ROWS_PER_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + ROWS_PER_CHUNK)));
        }
        Multi<String> header = Multi.createFrom().item(CsvTable.format(List.<String[]>of(
                ItemCsv.HEADER.toArray(String[]::new))));
        Multi<String> rows = Multi.createFrom().iterable(chunks)
                .map(chunk -> CsvTable.format(chunk.stream().map(ItemCsv::write).toList()));
        return Multi.createBy().concatenating().streams(header, rows);
    }

    static Multi<ItemDocument> json(Catalog catalog) {
        return Multi.createFrom().iterable(sorted(catalog)).map(ItemDocument::of);
    }

    /** The whole catalogue as one CSV text (for commands and tests). */
    static String csvText(Catalog catalog) {
        List<String[]> lines = new ArrayList<>();
        lines.add(ItemCsv.HEADER.toArray(String[]::new));
        sorted(catalog).forEach(item -> lines.add(ItemCsv.write(item)));
        return CsvTable.format(lines);
    }
}
