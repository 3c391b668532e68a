package cn.yibao.guard.drg;

import java.util.List;

import cn.yibao.guard.drg.engine.GroupingResult;
import cn.yibao.guard.drg.engine.GroupingStatus;

/**
 * The grouping of one case with the scheme version that grouped it and every decision in plain language.
 *
 * @param drg    {@code 0000} unless grouped; an ambiguous group keeps its code (e.g. {@code BQY})
 * @param reason why the case is INVALID or UNGROUPABLE; {@code null} when grouped
 */
public record GroupResponse(String id, String scheme, int schemeVersion, String mdc, String adrg, String drg,
        GroupingStatus status, String reason, List<String> trace) {

    static GroupResponse of(GroupingResult result, DrgSchemeRegistry.LoadedScheme scheme) {
        return new GroupResponse(result.id(), scheme.name(), scheme.version(), result.mdc(), result.adrg(),
                result.drg(), result.status(), result.reason(), result.trace());
    }
}
