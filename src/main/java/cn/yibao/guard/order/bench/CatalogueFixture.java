package cn.yibao.guard.order.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemDocument;
import cn.yibao.guard.catalog.MappingDocument;

/**
 * The synthetic hospital's catalogue ({@link SyntheticHospital#catalogue()}) and its HIS code map ({@code H-i} →
 * the i-th item), imported through the service's catalogue import in replace mode: the service validates and
 * stores them and reloads its snapshot, so the next check already uses them.
 */
public class CatalogueFixture implements BenchFixture {

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public String load(SyntheticHospital hospital, Connection db, BenchOptions options) throws Exception {
        ServiceApi api = ServiceApi.of(options);
        List<CatalogItem> items = hospital.catalogue();
        List<ItemDocument> documents = new ArrayList<>(items.size());
        List<MappingDocument> mappings = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            documents.add(ItemDocument.of(items.get(i)));
            mappings.add(new MappingDocument(SyntheticHospital.hisCode(i), "HIS " + items.get(i).name(),
                    items.get(i).code()));
        }
        JsonNode catalogue = api.postGzipped("/api/v1/catalog/items:import?mode=replace", documents);
        api.postGzipped("/api/v1/catalog/code-map:import?mode=replace", mappings);
        JsonNode version = api.get("/api/v1/catalog/version");
        return items.size() + " items and " + mappings.size() + " HIS codes imported (" + compact(catalogue)
                + "); catalogue " + compact(version);
    }

    private static String compact(JsonNode node) {
        String text = node.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
