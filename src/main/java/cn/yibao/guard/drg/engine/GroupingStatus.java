package cn.yibao.guard.drg.engine;

/** How a grouping ended. */
public enum GroupingStatus {
    /** A DRG was assigned (an ambiguous QY group of a scheme that defines them counts as grouped). */
    GROUPED,
    /** The case is valid but fits no MDC and ADRG of the scheme (DRG 0000). */
    UNGROUPABLE,
    /** The case cannot be grouped as given; the reason says which field is at fault (DRG 0000). */
    INVALID
}
