package cn.yibao.guard.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Hits and override rates by rule, department and doctor for alerts raised in [from, to): {@code hits} counts
 * every repeat, {@code alerts} the alerts shown, {@code overrideRate} = overridden / alerts (0–1, 4 decimals).
 */
public record AlertStats(OffsetDateTime from, OffsetDateTime to, List<Row> byRule, List<Row> byDepartment,
        List<Row> byDoctor) {

    public record Row(String key, long hits, long alerts, long acknowledged, long overridden,
            BigDecimal overrideRate) {

        static Row of(String key, long hits, long alerts, long acknowledged, long overridden) {
            BigDecimal rate = alerts == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(overridden).divide(BigDecimal.valueOf(alerts), 4, RoundingMode.HALF_UP);
            return new Row(key, hits, alerts, acknowledged, overridden, rate);
        }
    }
}
