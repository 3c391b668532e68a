package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.checkWithHistory;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per-day and per-stay caps, and payment days, counted over the stay's history and the order. */
class QuantityTemplatesTest {

    static final Fx.Item WARD_ROUND = service("001102000050000", "住院诊查费").maxPerDay("1");

    @Nested
    class PerDay {

        @Test
        void secondChargeOnTheSameDayIsOverTheCapAndCitesTheEarlierLine() {
            var hits = checkWithHistory(rule("QUANTITY_PER_DAY"), inpatient(),
                    List.of(line("H-1", WARD_ROUND).at("2026-11-21T07:00:00+08:00")), line("O-1", WARD_ROUND));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限定频次】住院诊查费 每日限1，2026-11-21 已计2（含本条）");
                assertThat(h.evidence()).containsEntry("day", "2026-11-21")
                        .containsEntry("count", new BigDecimal("2")).containsEntry("cap", BigDecimal.ONE);
                assertThat(earlierIds(h)).containsExactly("H-1");
            });
        }

        @Test
        void oneChargeADayPasses() {
            assertThat(checkWithHistory(rule("QUANTITY_PER_DAY"), inpatient(),
                    List.of(line("H-1", WARD_ROUND).daysBefore(1)), line("O-1", WARD_ROUND))).isEmpty();
        }

        @Test
        void twoLinesOfTheSameOrderAddUp() {
            var hits = check(rule("QUANTITY_PER_DAY"), inpatient(), line("O-1", WARD_ROUND), line("O-2", WARD_ROUND));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.lineIds()).containsExactly("O-2");
                assertThat(earlierIds(h)).containsExactly("O-1");
            });
        }

        @Test
        void aLineOfSeveralDaysSpreadsItsQuantityEvenly() {
            var tablets = drug("T1", "某片").maxPerDay("3");
            // 9 tablets over 3 days = 3 a day: at the cap, not over it.
            assertThat(check(rule("QUANTITY_PER_DAY"), inpatient(), line("O-1", tablets).qty("9").days(3)))
                    .isEmpty();
            // An earlier line covering the next two days adds 1 a day on 11-22 and 11-23.
            var hits = checkWithHistory(rule("QUANTITY_PER_DAY"), inpatient(),
                    List.of(line("H-1", tablets).qty("2").days(2).at("2026-11-22T08:00:00+08:00")),
                    line("O-1", tablets).qty("9").days(3));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.evidence()).containsEntry("day", "2026-11-22").containsEntry("count",
                        new BigDecimal("4"));
                assertThat(earlierIds(h)).containsExactly("H-1");
            });
        }

        @Test
        void aWithdrawnLineIsSimplyAbsentFromHistory() {
            // The order check leaves withdrawn lines out of the history, so only the draft counts.
            assertThat(checkWithHistory(rule("QUANTITY_PER_DAY"), inpatient(), List.of(), line("O-1", WARD_ROUND)))
                    .isEmpty();
        }

        @Test
        void explicitCapFromTheRuleRecord() {
            var rule = rule("QUANTITY_PER_DAY").items("002503020020000").param("maxPerDay", 1);
            var test = service("002503020020000", "血清果糖胺测定");
            assertThat(check(rule, inpatient(), line("O-1", test).qty("2"))).hasSize(1);
            assertThat(check(rule, inpatient(), line("O-1", test).qty("1"))).isEmpty();
        }
    }

    @Nested
    class PerStay {

        final Fx.Item albumin = drug("XB05AAR001B001010100001", "人血白蛋白").maxPerStay("10");

        @Test
        void earlierLinesOfTheStayCountTowardsTheCap() {
            var hits = checkWithHistory(rule("QUANTITY_PER_STAY"), inpatient(),
                    List.of(line("H-1", albumin).qty("4").daysBefore(3), line("H-2", albumin).qty("4").daysBefore(1)),
                    line("O-1", albumin).qty("3"));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限定数量】人血白蛋白 每次就诊限10，已计11（含本条）");
                assertThat(h.evidence()).containsEntry("count", new BigDecimal("11"))
                        .containsEntry("cap", new BigDecimal("10"));
                assertThat(earlierIds(h)).containsExactly("H-1", "H-2");
            });
        }

        @Test
        void withinTheCapPasses() {
            assertThat(checkWithHistory(rule("QUANTITY_PER_STAY"), inpatient(),
                    List.of(line("H-1", albumin).qty("4").daysBefore(3)), line("O-1", albumin).qty("6"))).isEmpty();
        }

        @Test
        void withdrawingAnEarlierLineBringsTheStayBackUnderTheCap() {
            // H-2 was withdrawn: the order check no longer passes it as history.
            assertThat(checkWithHistory(rule("QUANTITY_PER_STAY"), inpatient(),
                    List.of(line("H-1", albumin).qty("4").daysBefore(3)), line("O-1", albumin).qty("3"))).isEmpty();
        }
    }

    @Nested
    class PaymentDays {

        final Fx.Item ozagrel = drug("XB01AXA223B002010100156", "奥扎格雷钠注射液").maxPaymentDays(14);

        @Test
        void moreDaysThanPaidAreReported() {
            var hits = checkWithHistory(rule("PAYMENT_DAYS"), inpatient(),
                    List.of(line("H-1", ozagrel).days(14).daysBefore(14)), line("O-1", ozagrel));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限定支付疗程】奥扎格雷钠注射液 每次住院限支付14天，已用15天（含本条）");
                assertThat(h.evidence()).containsEntry("paidDays", 15).containsEntry("maxDays", 14)
                        .containsEntry("firstDay", "2026-11-07").containsEntry("lastDay", "2026-11-21");
            });
        }

        @Test
        void daysAreCountedOnceAndOtherMakersOfTheSameGenericNameCount() {
            var otherMaker = drug("XB01AXA223B002010200999", "奥扎格雷钠注射液").maxPaymentDays(14);
            // 11-07..11-16 (10 days), 11-15..11-16 again (overlap, not counted twice), 11-18..11-20, 11-21: 14 days.
            var history = List.of(line("H-1", ozagrel).days(10).daysBefore(14),
                    line("H-2", ozagrel).days(2).daysBefore(6), line("H-3", otherMaker).days(3).daysBefore(3));
            assertThat(checkWithHistory(rule("PAYMENT_DAYS"), inpatient(), history, line("O-1", ozagrel))).isEmpty();
            // The other maker's line starting on 11-17 fills the gap: 15 days.
            var longer = List.of(line("H-1", ozagrel).days(10).daysBefore(14),
                    line("H-2", ozagrel).days(2).daysBefore(6), line("H-3", otherMaker).days(4).daysBefore(4));
            assertThat(checkWithHistory(rule("PAYMENT_DAYS"), inpatient(), longer, line("O-1", ozagrel)))
                    .singleElement().satisfies(h -> assertThat(h.evidence()).containsEntry("paidDays", 15));
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> earlierIds(RuleHit hit) {
        return ((List<Map<String, Object>>) hit.evidence().get("earlierLines")).stream()
                .map(m -> (String) m.get("lineId")).toList();
    }
}
