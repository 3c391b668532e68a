package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One code-map entry as the code-map endpoints answer it. {@code inCatalogue} says whether the national code
 * names an item of the current catalogue ({@code false} also when there is no national code).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MappingView(String hisCode, String hisName, String nationalCode, boolean inCatalogue, String updatedBy,
        OffsetDateTime updatedAt) {
}
