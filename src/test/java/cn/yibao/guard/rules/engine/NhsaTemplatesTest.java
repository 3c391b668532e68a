package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.T0;
import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.checkWithHistory;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The templates NHSA batches 2, 8-3 and 8-4 need, and the age bounds of batches 1 and 8-2. */
class NhsaTemplatesTest {

    static final String FRUCTOSAMINE = "002503020020000";

    @Nested
    class FrequencyPerCycle {

        final Fx.Item test = service(FRUCTOSAMINE, "血清果糖胺测定");
        final Fx.Rule oncePerWeek = rule("FREQUENCY_PER_CYCLE").items(FRUCTOSAMINE).param("maxCount", 1)
                .param("cycleDays", 7);

        @Test
        void twiceWithinTheCycleIsReportedOnTheSecond() {
            var hits = checkWithHistory(oncePerWeek, inpatient(), List.of(line("H-1", test).daysBefore(6)),
                    line("O-1", test));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.lineIds()).containsExactly("O-1");
                assertThat(h.message()).isEqualTo("【限定周期频次】血清果糖胺测定 每7天限1次，2026-11-15至2026-11-21 已计2次（含本条）");
                assertThat(h.evidence()).containsEntry("count", new java.math.BigDecimal("2"))
                        .containsEntry("cycleDays", 7).containsEntry("windowStart", "2026-11-15");
                assertThat((List<?>) h.evidence().get("earlierLines")).hasSize(1);
            });
        }

        @Test
        void aCycleLaterTheItemMayBeChargedAgain() {
            assertThat(checkWithHistory(oncePerWeek, inpatient(), List.of(line("H-1", test).daysBefore(7)),
                    line("O-1", test))).isEmpty();
            assertThat(checkWithHistory(oncePerWeek, inpatient(), List.of(line("H-1", test).daysBefore(8)),
                    line("O-1", test))).isEmpty();
        }

        @Test
        void twoInOneOrderAndQuantitiesCount() {
            assertThat(check(oncePerWeek, inpatient(), line("O-1", test), line("O-2", test)))
                    .extracting(RuleHit::lineIds).containsExactly(List.of("O-2"));
            assertThat(check(oncePerWeek, inpatient(), line("O-1", test).qty("2"))).hasSize(1);
        }

        @Test
        void aBackdatedEarlierLineStillCounts() {
            // The history holds a test charged 3 days after the draft's day (entered late): 3 days apart.
            assertThat(checkWithHistory(oncePerWeek, inpatient(), List.of(line("H-1", test).at(T0.plusDays(3))),
                    line("O-1", test))).hasSize(1);
        }

        @Test
        void itNamesItsItemsOrIsRefused() {
            RuleDefinitionException e = catchThrowableOfType(RuleDefinitionException.class,
                    () -> Fx.book(rule("FREQUENCY_PER_CYCLE").param("maxCount", 1).param("cycleDays", 7)));
            assertThat(e.field()).isEqualTo("parameters.items");
            e = catchThrowableOfType(RuleDefinitionException.class,
                    () -> Fx.book(rule("FREQUENCY_PER_CYCLE").items("X").param("maxCount", 1).param("cycleDays", 0)));
            assertThat(e.field()).isEqualTo("parameters.cycleDays");
        }
    }

    @Nested
    class CourseLimit {

        final Fx.Item assessment = service("003402000050000", "手功能评定");
        final Fx.Rule course = rule("COURSE_LIMIT").items("003402000050000").param("maxCourseDays", 90)
                .param("minIntervalDays", 14);

        @Test
        void twoAssessmentsTooCloseAreReported() {
            var hits = checkWithHistory(course, inpatient(), List.of(line("H-1", assessment).daysBefore(10)),
                    line("O-1", assessment));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).contains("两次间隔不短于14天").contains("仅10天");
                assertThat(h.evidence()).containsEntry("gapDays", 10L).containsEntry("minIntervalDays", 14);
            });
            assertThat(checkWithHistory(course, inpatient(), List.of(line("H-1", assessment).daysBefore(14)),
                    line("O-1", assessment))).isEmpty();
        }

        @Test
        void aCourseLongerThanAllowedIsReported() {
            var hits = checkWithHistory(course, inpatient(), List.of(line("H-1", assessment).daysBefore(95),
                    line("H-2", assessment).daysBefore(50)), line("O-1", assessment));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).contains("疗程限90天").contains("已96天");
                assertThat(h.evidence()).containsEntry("courseDays", 96L).containsEntry("firstDay", "2026-08-18");
            });
            assertThat(checkWithHistory(course, inpatient(), List.of(line("H-1", assessment).daysBefore(89)),
                    line("O-1", assessment))).isEmpty();
        }

        @Test
        void aDailyOrderOfAWeeklyItemRepeatsItself() {
            var weekly = rule("COURSE_LIMIT").items("003402000350000").param("minIntervalDays", 7);
            assertThat(check(weekly, inpatient(), line("O-1", service("003402000350000", "儿童听力障碍语言训练"))
                    .days(5).qty("5"))).singleElement().satisfies(h -> assertThat(h.message())
                            .contains("本条医嘱重复收费"));
        }
    }

    @Nested
    class OperationGroup {

        final Fx.Item first = service("003310010140000", "食管癌根治+结肠代食管术");
        final Fx.Item second = service("003310010160000", "食管胃吻合口狭窄切开成形术");
        final List<String> group = List.of("003310010140000", "003310010160000", "003310010180000");

        Fx.Rule ruleFor(String code) {
            return rule("OPERATION_GROUP").id("op-" + code).items(code).param("group", "胃肠手术组")
                    .param("groupItems", group);
        }

        @Test
        void theSecondOperationOfAGroupIsFlagged() {
            RuleBook book = Fx.book(ruleFor("003310010140000"), ruleFor("003310010160000"));
            var hits = Fx.check(book, inpatient(), List.of(line("O-2", second)),
                    List.of(line("H-1", first).daysBefore(1)));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.ruleId()).isEqualTo("op-003310010160000");
                assertThat(h.message()).isEqualTo("【限定主次操作】食管胃吻合口狭窄切开成形术 与同属胃肠手术组的 "
                        + "食管癌根治+结肠代食管术（医嘱 H-1）本次就诊内同时收费，第二及以后的手术应按规定折价计收");
                assertThat(h.evidence()).containsEntry("group", "胃肠手术组").containsEntry("window", "STAY");
            });
        }

        @Test
        void bothInOneOrderNameBothLines() {
            RuleBook book = Fx.book(ruleFor("003310010140000"), ruleFor("003310010160000"));
            assertThat(Fx.check(book, inpatient(), List.of(line("O-1", first), line("O-2", second)), List.of()))
                    .singleElement().satisfies(h -> assertThat(h.lineIds()).containsExactly("O-1", "O-2"));
        }

        @Test
        void oneOperationOrTheSameOneAgainIsNotFlagged() {
            RuleBook book = Fx.book(ruleFor("003310010140000"));
            assertThat(Fx.check(book, inpatient(), List.of(line("O-1", first)), List.of())).isEmpty();
            assertThat(Fx.check(book, inpatient(), List.of(line("O-2", first)),
                    List.of(line("H-1", first).daysBefore(1)))).isEmpty();
        }
    }

    @Nested
    class AgeBounds {

        final Fx.Item newbornCare = service("001201000070000", "新生儿护理");
        final Fx.Item training = service("003402000320000", "职业功能训练");

        @Test
        void newbornsAreCountedInDays() {
            var newborn = rule("AGE_RESTRICTION").items("001201000070000").param("maxAgeDays", 28);
            assertThat(check(newborn, inpatient().born("2026-10-24"), line("O-1", newbornCare))).isEmpty();
            assertThat(check(newborn, inpatient().born("2026-10-23"), line("O-1", newbornCare)))
                    .singleElement().satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【限年龄】新生儿护理 限出生28天内使用，患者已出生29天");
                        assertThat(h.evidence()).containsEntry("ageDays", 29L).containsEntry("maxAgeDays", 28);
                    });
        }

        @Test
        void workingAgeComesFromTheSettings() {
            var working = rule("AGE_RESTRICTION").items("003402000320000").param("workingAge", true);
            assertThat(check(working, inpatient().born("1967-11-22"), line("O-1", training))).isEmpty();
            assertThat(check(working, inpatient().born("1966-11-21"), line("O-1", training))).singleElement()
                    .satisfies(h -> assertThat(h.message())
                            .isEqualTo("【限年龄】职业功能训练 限法定就业年龄（59岁及以下）内的参保人使用，患者60岁"));
            RuleBook later = new RuleCompiler(RuleTemplates.nhsa(), new EngineSettings(
                    java.time.ZoneId.of("Asia/Shanghai"), 17, 62)).compile(List.of(working.build()));
            assertThat(Fx.check(later, inpatient().born("1966-11-21"), List.of(line("O-1", training)), List.of()))
                    .isEmpty();
        }

        @Test
        void onlyOneUpperBound() {
            RuleDefinitionException e = catchThrowableOfType(RuleDefinitionException.class, () -> Fx.book(
                    rule("AGE_RESTRICTION").items("X").param("children", true).param("maxAgeDays", 28)));
            assertThat(e.field()).isEqualTo("parameters.maxAgeDays");
        }
    }

    @Test
    void standardTemplatesLeaveTheNhsaOnesOut() {
        assertThat(RuleTemplates.standard().ids()).doesNotContain("FREQUENCY_PER_CYCLE", "COURSE_LIMIT",
                "OPERATION_GROUP");
        assertThat(RuleTemplates.nhsa().ids()).contains("FREQUENCY_PER_CYCLE", "COURSE_LIMIT", "OPERATION_GROUP")
                .hasSize(RuleTemplates.standard().ids().size() + 3);
    }
}
