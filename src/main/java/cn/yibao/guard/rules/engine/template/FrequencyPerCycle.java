package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 限定周期频次 (NHSA batch 8-4): at most {@code maxCount} charges of the item within any {@code cycleDays}
 * consecutive calendar days (hospital zone), counting the stay's earlier lines and this order. "1 per 7 days":
 * two tests 6 days apart are reported, 7 days apart are not. A line counts its quantity (at least 1) as
 * charges, spread evenly over the days it covers.
 */
public final class FrequencyPerCycle extends AbstractTemplate {

    public static final String ID = "FREQUENCY_PER_CYCLE";

    /** Cycles longer than two years are not a frequency rule any more. */
    static final int MAX_CYCLE_DAYS = 731;

    public FrequencyPerCycle() {
        super(ID, "限定周期频次", "At most maxCount charges of the item within any cycleDays consecutive calendar "
                + "days, counting the stay's earlier lines and this order (NHSA 频次上限 per 疗程周期).",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.required("maxCount", "decimal", "most charges within one cycle (> 0)"),
                        ParameterSpec.required("cycleDays", "integer", "length of the cycle in calendar days (1–"
                                + MAX_CYCLE_DAYS + ")")),
                List.of(),
                List.of("count: the charges within the window, this line included", "maxCount / cycleDays: the cap",
                        "windowStart / windowEnd: the days of the window over the cap",
                        "earlierLines: the other lines counted in that window"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        p.requiredTargets();
        BigDecimal max = p.positiveDecimal("maxCount");
        Integer days = p.integer("cycleDays", 1, MAX_CYCLE_DAYS);
        if (days == null) {
            throw new RuleDefinitionException("parameters.cycleDays", "is required");
        }
        return new Rule(rule, p, max, days);
    }

    /** The charges a line stands for: its quantity, at least one. */
    static BigDecimal charges(StayLine line) {
        return line.quantity().signum() > 0 ? line.quantity() : BigDecimal.ONE;
    }

    private static final class Rule extends CompiledRule {

        private final BigDecimal max;
        private final int cycle;

        Rule(RuleDefinition rule, Parameters p, BigDecimal max, int cycle) {
            super(rule, p.targets(), Targeting.EXPLICIT);
            this.max = max;
            this.cycle = cycle;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            LocalDate first = line.day();
            if (first == null) {
                return;
            }
            // Every window of `cycle` days that contains one of this line's days lies within (first - cycle + 1)
            // .. (last + cycle - 1): daily totals over that range, then a running sum over each window.
            LocalDate from = first.minusDays(cycle - 1L);
            int span = line.days() + 2 * (cycle - 1);
            BigDecimal[] perDay = new BigDecimal[span];
            java.util.Arrays.fill(perDay, BigDecimal.ZERO);
            List<StayLine> counted = new ArrayList<>();
            for (StayLine other : context.sameItem(line)) {
                if (other.seq() > line.seq() || other.day() == null) {
                    continue;
                }
                BigDecimal share = charges(other).divide(BigDecimal.valueOf(other.days()), 10, RoundingMode.HALF_EVEN);
                boolean inRange = false;
                for (int d = 0; d < other.days(); d++) {
                    long index = ChronoUnit.DAYS.between(from, other.day().plusDays(d));
                    if (index >= 0 && index < span) {
                        perDay[(int) index] = perDay[(int) index].add(share);
                        inRange = true;
                    }
                }
                if (inRange && other != line) {
                    counted.add(other);
                }
            }
            BigDecimal running = BigDecimal.ZERO;
            for (int d = 0; d < span; d++) {
                running = running.add(perDay[d]);
                if (d >= cycle) {
                    running = running.subtract(perDay[d - cycle]);
                }
                BigDecimal sum = running.setScale(6, RoundingMode.HALF_UP);
                if (d >= cycle - 1 && sum.compareTo(max) > 0) {
                    report(line, from.plusDays(d - cycle + 1L), from.plusDays(d), sum, counted, out);
                    return;
                }
            }
        }

        private void report(StayLine line, LocalDate start, LocalDate end, BigDecimal sum, List<StayLine> counted,
                List<RuleHit> out) {
            List<StayLine> inWindow = new ArrayList<>();
            for (StayLine other : counted) {
                LocalDate last = other.day().plusDays(other.days() - 1L);
                if (!other.day().isAfter(end) && !last.isBefore(start)) {
                    inWindow.add(other);
                }
            }
            out.add(hit(line, tag("限定周期频次") + line.displayName() + " 每" + cycle + "天限" + Labels.number(max)
                    + "次，" + start + "至" + end + " 已计" + Labels.number(sum) + "次（含本条）",
                    Evidence.of("count", sum).put("maxCount", max).put("cycleDays", cycle)
                            .put("windowStart", start).put("windowEnd", end).lines("earlierLines", inWindow)));
        }
    }
}
