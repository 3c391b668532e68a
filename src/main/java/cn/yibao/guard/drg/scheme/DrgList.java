package cn.yibao.guard.drg.scheme;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.yibao.guard.drg.engine.DrgSplit;

/**
 * Reads the DRG list: which DRGs each ADRG splits into (suffix 1, 3, 5 or 9) and the ambiguous groups
 * (歧义组, e.g. {@code BQY}) that some city variants define.
 */
final class DrgList {

    private DrgList() {
    }

    static Map<String, DrgSplit> splits(SchemeText text) {
        Map<String, StringBuilder> suffixes = new LinkedHashMap<>();
        for (ListEntry drg : text.drgs()) {
            if (isAmbiguous(drg.code())) {
                continue;
            }
            char suffix = drg.code().length() == 4 ? drg.code().charAt(3) : '?';
            if ("1359".indexOf(suffix) < 0) {
                throw text.drgFile().error(drg.line(), drg.code() + ": a DRG code ends in 1, 3, 5 or 9");
            }
            suffixes.computeIfAbsent(drg.code().substring(0, 3), a -> new StringBuilder()).append(suffix);
        }
        Map<String, DrgSplit> splits = new HashMap<>();
        suffixes.forEach((adrg, s) -> {
            String set = s.toString();
            if (set.contains("9") && set.length() > 1) {
                throw text.drgFile().error(0, adrg + " has an unsplit DRG (9) besides split ones");
            }
            splits.put(adrg, new DrgSplit(set.contains("9"), set.contains("1"), set.contains("3"),
                    set.contains("5")));
        });
        return splits;
    }

    /** The ambiguous group of each MDC that has one, by MDC code. */
    static Map<String, String> ambiguousGroups(SchemeText text) {
        Map<String, String> groups = new HashMap<>();
        text.drgs().stream().filter(d -> isAmbiguous(d.code()))
                .forEach(d -> groups.put("MDC" + d.code().charAt(0), d.code()));
        return groups;
    }

    static Map<String, String> names(SchemeText text) {
        Map<String, String> names = new HashMap<>();
        text.drgs().forEach(d -> names.put(d.code(), d.value()));
        return names;
    }

    static boolean isAmbiguous(String code) {
        return code.length() == 3 && code.endsWith("QY");
    }
}
