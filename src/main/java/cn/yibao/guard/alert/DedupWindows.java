package cn.yibao.guard.alert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The window within which repeats of a rule for the same encounter and item are one alert (a count, not a new
 * popup). Most rules speak of the stay (限量, 限性别, 限适应症 …): one alert per stay. Rules counted per
 * calendar day (日限量, 重复收费) may alert again the next day, and cycle rules (限定周期频次) again in a new
 * cycle: their window is the day of the check, or the cycle's first day as the rule's evidence names it.
 */
final class DedupWindows {

    static final String STAY = "stay";

    private final ZoneId zone;
    private final Set<String> dailyTemplates;
    private final Set<String> cycleTemplates;

    DedupWindows(ZoneId zone, Set<String> dailyTemplates, Set<String> cycleTemplates) {
        this.zone = zone;
        this.dailyTemplates = Set.copyOf(dailyTemplates);
        this.cycleTemplates = Set.copyOf(cycleTemplates);
    }

    String windowOf(String template, Map<String, Object> evidence, OffsetDateTime checkedAt) {
        if (template == null) {
            return STAY;
        }
        if (cycleTemplates.contains(template)) {
            Object start = evidence.get("windowStart");
            return start != null ? "cycle:" + start : day(checkedAt);
        }
        if (dailyTemplates.contains(template)) {
            return day(checkedAt);
        }
        return STAY;
    }

    private String day(OffsetDateTime at) {
        LocalDate date = at.atZoneSameInstant(zone).toLocalDate();
        return date.toString();
    }
}
