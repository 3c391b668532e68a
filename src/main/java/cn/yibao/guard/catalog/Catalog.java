package cn.yibao.guard.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory snapshot of the catalogue and the HIS code map (字典对照), indexed for the order check.
 * A new snapshot replaces the old one whenever the catalogue or the map changes.
 */
public final class Catalog {

    public static final Catalog EMPTY = new Catalog(0, List.of(), Map.of());

    private final long version;
    private final Map<String, CatalogItem> byCode;
    private final Map<String, String> hisToCode;
    private final Map<String, List<CatalogItem>> byGenericName;

    /**
     * @param version   increases with every change, so instances can tell a stale snapshot
     * @param items     the catalogue items
     * @param hisToCode HIS local item code → national catalogue code
     */
    public Catalog(long version, Collection<CatalogItem> items, Map<String, String> hisToCode) {
        this.version = version;
        Map<String, CatalogItem> codes = new HashMap<>(items.size() * 2);
        Map<String, List<CatalogItem>> names = new HashMap<>();
        for (CatalogItem item : items) {
            codes.put(item.code(), item);
            if (item.genericName() != null) {
                names.computeIfAbsent(item.genericName(), k -> new java.util.ArrayList<>()).add(item);
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        // HashMaps, not Map.copyOf: the immutable map probes linearly, and national codes, being sequential, have
        // neighbouring hash codes that pile up into long probe runs; every line of every check looks up here.
        this.byCode = Collections.unmodifiableMap(codes);
        this.byGenericName = Collections.unmodifiableMap(names);
        this.hisToCode = Collections.unmodifiableMap(new HashMap<>(hisToCode));
    }

    public long version() {
        return version;
    }

    public int size() {
        return byCode.size();
    }

    public Optional<CatalogItem> item(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The national code a HIS local code is mapped to, if it is mapped. */
    public Optional<String> mapHisCode(String hisCode) {
        return hisCode == null ? Optional.empty() : Optional.ofNullable(hisToCode.get(hisCode));
    }

    /** Catalogue items that carry this generic name (several strengths and makers share one). */
    public List<CatalogItem> withGenericName(String genericName) {
        return genericName == null ? List.of() : byGenericName.getOrDefault(genericName, List.of());
    }

    /**
     * Finds the item an order line means: by national code first, then through the HIS code map, then by
     * generic name when exactly one item carries it. Empty when none of these identifies one item.
     */
    public Optional<CatalogItem> resolve(String itemCode, String hisCode, String genericName) {
        Optional<CatalogItem> byNational = item(itemCode);
        if (byNational.isPresent()) {
            return byNational;
        }
        Optional<CatalogItem> byHis = mapHisCode(hisCode).flatMap(this::item);
        if (byHis.isPresent()) {
            return byHis;
        }
        List<CatalogItem> named = withGenericName(genericName);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    public Collection<CatalogItem> items() {
        return byCode.values();
    }
}
