package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.yibao.guard.catalog.CatalogItem;

/**
 * An order line of the stay as one evaluation sees it: an earlier line (history) or a draft line, with the
 * facts rules ask for computed once and null-safe (code, generic name, quantity, days, calendar day in the
 * hospital's zone). {@link #seq()} orders the stay: history first, then the draft lines in request order.
 */
public final class StayLine {

    /** Days beyond a year are not spread further: no stay rule looks further back. */
    public static final int MAX_DAYS = 366;

    private final OrderLine line;
    private final String lineId;
    private final int seq;
    private final boolean draft;
    private final ZoneId zone;
    private final String code;
    private final String key;
    private final String genericName;
    private final BigDecimal quantity;
    private final int days;
    private LocalDateTime localTime;
    private boolean timeKnown;

    StayLine(OrderLine line, int seq, boolean draft, ZoneId zone) {
        this.line = line;
        // A line without an id is still judged; hits then name it by its position in the stay.
        this.lineId = line.lineId() != null ? line.lineId() : "#" + seq;
        this.seq = seq;
        this.draft = draft;
        this.zone = zone;
        CatalogItem item = line.item();
        this.code = item != null && item.code() != null ? item.code() : blankToNull(line.itemCode());
        String catalogueName = item != null ? item.genericName() : null;
        this.genericName = catalogueName != null ? catalogueName : blankToNull(line.genericName());
        if (code != null) {
            this.key = code;
        } else if (genericName != null) {
            this.key = "~name:" + genericName;
        } else {
            this.key = "~line:" + lineId;
        }
        this.quantity = line.quantity() == null ? BigDecimal.ZERO : line.quantity();
        this.days = line.days() == null || line.days() < 1 ? 1 : Math.min(line.days(), MAX_DAYS);
    }

    public OrderLine line() {
        return line;
    }

    /** The line's id; {@code #<seq>} for a line sent without one. */
    public String lineId() {
        return lineId;
    }

    /** Whether the two are the same order line (the same id), e.g. a retried line meeting itself. */
    public boolean sameLine(StayLine other) {
        return this == other || lineId.equals(other.lineId);
    }

    /** Position in the stay: history lines first, then draft lines in request order. */
    public int seq() {
        return seq;
    }

    /** Whether this is a line of the order being checked (not an earlier one). */
    public boolean draft() {
        return draft;
    }

    /** The catalogue item, or {@code null} for an unmatched line. */
    public CatalogItem item() {
        return line.item();
    }

    /** The national code (the catalogue's, else as sent); {@code null} when the line carries none. */
    public String code() {
        return code;
    }

    /** What counts as "the same item": the code, else the generic name, else the line itself. */
    public String key() {
        return key;
    }

    /** The generic name (the catalogue's, else as sent); {@code null} when unknown. */
    public String genericName() {
        return genericName;
    }

    public String ingredient() {
        return line.item() == null ? null : line.item().ingredient();
    }

    public String drugClass() {
        return line.item() == null ? null : line.item().drugClass();
    }

    /** The quantity of the whole line; zero when not given. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** The calendar days the line covers, at least 1 and at most {@link #MAX_DAYS}. */
    public int days() {
        return days;
    }

    /** Ordered-at in the hospital's zone; {@code null} when the line carries no time. */
    public LocalDateTime localTime() {
        if (!timeKnown) {
            localTime = line.orderedAt() == null ? null
                    : LocalDateTime.ofInstant(line.orderedAt().toInstant(), zone);
            timeKnown = true;
        }
        return localTime;
    }

    /** The calendar day ordered (hospital zone); {@code null} when the line carries no time. */
    public LocalDate day() {
        LocalDateTime time = localTime();
        return time == null ? null : time.toLocalDate();
    }

    /** Whether the line's days cover the given calendar day. */
    public boolean covers(LocalDate date) {
        LocalDate first = day();
        return first != null && date != null && !date.isBefore(first) && date.isBefore(first.plusDays(days));
    }

    /** The name to show in messages: the catalogue's name, else the line's name, generic name, code or id. */
    public String displayName() {
        if (line.item() != null && line.item().name() != null) {
            return line.item().name();
        }
        for (String candidate : new String[] {line.name(), genericName, code, lineId}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "未命名项目";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "StayLine[" + lineId + " " + key + " seq=" + seq + "]";
    }
}
