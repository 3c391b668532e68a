package cn.yibao.guard.rules;

import java.time.OffsetDateTime;

/** A change of a rule: CREATED, EDITED, ENABLED, DISABLED, RETIRED or RESTORED, with who and when. */
public record RuleEventView(String event, int version, OffsetDateTime at, String by) {

    static RuleEventView of(RuleEventRecord record, java.time.ZoneId zone) {
        return new RuleEventView(record.event, record.version,
                record.at == null ? null : record.at.atZoneSameInstant(zone).toOffsetDateTime(), record.byUser);
    }
}
