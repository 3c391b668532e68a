package cn.yibao.guard.rules.engine.template;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 限定疗程 (NHSA batch 8-3): a course of the item lasts at most {@code maxCourseDays} calendar days, from the
 * first day it was charged to the last day this line covers ("总时间不超过90天", "支付不超过30天"), and/or two
 * charges are at least {@code minIntervalDays} days apart ("评定间隔时间不短于14天"; "每周最多支付一次" = 7).
 * The course is what the history shows: the order check passes the stay's earlier lines.
 */
public final class CourseLimit extends AbstractTemplate {

    public static final String ID = "COURSE_LIMIT";

    static final int MAX_DAYS = 3660;

    public CourseLimit() {
        super(ID, "限定疗程", "A course of the item lasts at most maxCourseDays calendar days from its first charge, "
                + "and/or two charges are at least minIntervalDays days apart (history: the stay's earlier lines).",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.option("maxCourseDays", "integer", "longest course in calendar days, first "
                                + "charge to last day covered (1–" + MAX_DAYS + ")", null),
                        ParameterSpec.option("minIntervalDays", "integer", "shortest gap in days between two "
                                + "charges (1–" + MAX_DAYS + ")", null)),
                List.of(),
                List.of("courseDays / maxCourseDays / firstDay: the course so far, when it is too long",
                        "gapDays / minIntervalDays / previousLine: the closest other charge, when too close"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        p.requiredTargets();
        Integer course = p.integer("maxCourseDays", 1, MAX_DAYS);
        Integer interval = p.integer("minIntervalDays", 1, MAX_DAYS);
        if (course == null && interval == null) {
            throw new RuleDefinitionException("parameters.maxCourseDays", "give maxCourseDays, minIntervalDays or"
                    + " both");
        }
        return new Rule(rule, p, course, interval);
    }

    private static final class Rule extends CompiledRule {

        private final Integer maxCourse;
        private final Integer minInterval;

        Rule(RuleDefinition rule, Parameters p, Integer maxCourse, Integer minInterval) {
            super(rule, p.targets(), Targeting.EXPLICIT);
            this.maxCourse = maxCourse;
            this.minInterval = minInterval;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            LocalDate day = line.day();
            if (day == null) {
                return;
            }
            LocalDate last = day.plusDays(line.days() - 1L);
            LocalDate firstDay = day;
            StayLine closest = null;
            long gap = Long.MAX_VALUE;
            for (StayLine other : context.sameItem(line)) {
                if (other.seq() >= line.seq() || other.day() == null) {
                    continue;
                }
                LocalDate otherLast = other.day().plusDays(other.days() - 1L);
                if (other.day().isBefore(firstDay)) {
                    firstDay = other.day();
                }
                long apart = distance(day, last, other.day(), otherLast);
                if (apart < gap) {
                    gap = apart;
                    closest = other;
                }
            }
            // The line itself repeats when it covers several days or charges more than once a day.
            long own = line.days() > 1 ? 1 : line.quantity().compareTo(java.math.BigDecimal.ONE) > 0 ? 0 : -1;
            if (own >= 0 && own < gap) {
                gap = own;
                closest = line;
            }
            long courseDays = ChronoUnit.DAYS.between(firstDay, last) + 1;
            boolean tooLong = maxCourse != null && courseDays > maxCourse;
            boolean tooClose = minInterval != null && closest != null && gap < minInterval;
            if (!tooLong && !tooClose) {
                return;
            }
            List<String> reasons = new ArrayList<>(2);
            Evidence evidence = new Evidence();
            if (tooLong) {
                reasons.add("疗程限" + maxCourse + "天，自" + firstDay + "起至" + last + "已" + courseDays + "天");
                evidence.put("courseDays", courseDays).put("maxCourseDays", maxCourse).put("firstDay", firstDay);
            }
            if (tooClose) {
                reasons.add("两次间隔不短于" + minInterval + "天，" + (closest == line ? "本条医嘱重复收费"
                        : "距医嘱 " + closest.lineId() + "（" + closest.day() + "）仅" + gap + "天"));
                evidence.put("gapDays", gap).put("minIntervalDays", minInterval);
                if (closest != line) {
                    evidence.line("previousLine", closest);
                }
            }
            List<String> ids = tooClose && closest != line && closest.draft() ? List.of(closest.lineId(),
                    line.lineId()) : List.of(line.lineId());
            out.add(hit(ids, tag("限定疗程") + line.displayName() + " " + String.join("；", reasons), evidence));
        }

        /** Days between two spans of days; 0 when they overlap. */
        private static long distance(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast) {
            if (bLast.isBefore(aFirst)) {
                return ChronoUnit.DAYS.between(bLast, aFirst);
            }
            if (aLast.isBefore(bFirst)) {
                return ChronoUnit.DAYS.between(aLast, bFirst);
            }
            return 0;
        }
    }
}
