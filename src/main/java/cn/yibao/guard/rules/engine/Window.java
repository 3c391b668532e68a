package cn.yibao.guard.rules.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time window within which two lines of the same stay count as "together": the NHSA duplicate-charge
 * windows 单日 ({@link #DAY}), 单次就诊 ({@link #STAY}), 同一小时 ({@link #SAME_HOUR}) and N 小时
 * ({@code HOURS:n}). Written in rule parameters as {@code DAY}, {@code STAY}, {@code SAME_HOUR} or {@code HOURS:6}.
 */
public sealed interface Window {

    Window DAY = new Day();
    Window STAY = new Stay();
    Window SAME_HOUR = new SameHour();

    /** Whether the two lines fall within this window of each other. */
    boolean covers(StayLine a, StayLine b);

    /** The parameter spelling, e.g. {@code HOURS:6}. */
    String code();

    /** Chinese wording for messages, e.g. {@code 同一日内}. */
    String text();

    static Window hours(int hours) {
        return new Hours(hours);
    }

    /** Reads a parameter value; the message of the exception says what is allowed. */
    static Window parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT);
        switch (v) {
            case "DAY":
                return DAY;
            case "STAY":
            case "VISIT":
                return STAY;
            case "SAME_HOUR":
                return SAME_HOUR;
            default:
                break;
        }
        if (v.startsWith("HOURS:")) {
            try {
                int hours = Integer.parseInt(v.substring(6));
                if (hours >= 1 && hours <= 24 * 366) {
                    return hours(hours);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("must be DAY, STAY, SAME_HOUR or HOURS:n with n >= 1");
    }

    /**
     * 单日: the calendar days (hospital zone) the two lines cover overlap; a line of several {@code days} covers
     * each of them.
     */
    record Day() implements Window {
        @Override
        public boolean covers(StayLine a, StayLine b) {
            LocalDate da = a.day();
            LocalDate db = b.day();
            if (da == null || db == null) {
                return false;
            }
            return !da.isAfter(db.plusDays(b.days() - 1L)) && !db.isAfter(da.plusDays(a.days() - 1L));
        }

        @Override
        public String code() {
            return "DAY";
        }

        @Override
        public String text() {
            return "同一日内";
        }
    }

    /** 单次就诊: anywhere in the same stay or visit. */
    record Stay() implements Window {
        @Override
        public boolean covers(StayLine a, StayLine b) {
            return true;
        }

        @Override
        public String code() {
            return "STAY";
        }

        @Override
        public String text() {
            return "本次就诊内";
        }
    }

    /** 同一小时: the same clock hour of the same day (hospital zone). */
    record SameHour() implements Window {
        @Override
        public boolean covers(StayLine a, StayLine b) {
            LocalDateTime ta = a.localTime();
            LocalDateTime tb = b.localTime();
            return ta != null && tb != null
                    && ta.truncatedTo(ChronoUnit.HOURS).equals(tb.truncatedTo(ChronoUnit.HOURS));
        }

        @Override
        public String code() {
            return "SAME_HOUR";
        }

        @Override
        public String text() {
            return "同一小时内";
        }
    }

    /** N 小时: the two lines were ordered at most this many hours apart. */
    record Hours(int hours) implements Window {
        @Override
        public boolean covers(StayLine a, StayLine b) {
            if (a.line().orderedAt() == null || b.line().orderedAt() == null) {
                return false;
            }
            Duration apart = Duration.between(a.line().orderedAt(), b.line().orderedAt()).abs();
            return apart.compareTo(Duration.ofHours(hours)) <= 0;
        }

        @Override
        public String code() {
            return "HOURS:" + hours;
        }

        @Override
        public String text() {
            return hours + "小时内";
        }
    }
}
