package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

/**
 * The catalogue as this instance's order check sees it.
 *
 * @param version  the snapshot's catalogue version
 * @param items    how many items it holds
 * @param loadedAt when this instance installed it
 */
public record CatalogInfo(long version, int items, OffsetDateTime loadedAt) {
}
