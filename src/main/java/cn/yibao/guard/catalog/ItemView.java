package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A catalogue item as the item endpoints answer it: the item's fields and who changed it last, when. */
public record ItemView(@JsonUnwrapped ItemDocument item, String updatedBy, OffsetDateTime updatedAt) {
}
