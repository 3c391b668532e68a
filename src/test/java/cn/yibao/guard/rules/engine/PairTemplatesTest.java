package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.DuplicateTemplatesTest.lineId;
import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.checkWithHistory;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Items that require or exclude other items, and stepped therapy. */
class PairTemplatesTest {

    @Nested
    class Requires {

        final Fx.Item anaesthesiaCare = service("S-CARE", "麻醉中监测").requires("S-ANAES", "S-ANAES2");
        final Fx.Item anaesthesia = service("S-ANAES", "全身麻醉");

        @Test
        void missingRequiredItemIsReported() {
            assertThat(check(rule("ITEM_REQUIRES"), inpatient(), line("O-1", anaesthesiaCare))).singleElement()
                    .satisfies(h -> {
                        assertThat(h.message())
                                .isEqualTo("【项目依赖】麻醉中监测 需本次就诊内同时有以下项目之一：S-ANAES、S-ANAES2，未找到");
                        assertThat(h.evidence()).containsEntry("requiredItems", List.of("S-ANAES", "S-ANAES2"));
                    });
        }

        @Test
        void requiredItemInTheSameOrderOrEarlierPasses() {
            assertThat(check(rule("ITEM_REQUIRES"), inpatient(), line("O-1", anaesthesiaCare),
                    line("O-2", anaesthesia))).isEmpty();
            assertThat(checkWithHistory(rule("ITEM_REQUIRES"), inpatient(),
                    List.of(line("H-1", anaesthesia).daysBefore(1)), line("O-1", anaesthesiaCare))).isEmpty();
        }

        @Test
        void dayWindowNeedsTheRequiredItemOnTheSameDay() {
            var rule = rule("ITEM_REQUIRES").items("S-CARE").param("requiredItems", List.of("S-ANAES"))
                    .param("window", "DAY");
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", anaesthesia).daysBefore(1)),
                    line("O-1", anaesthesiaCare))).hasSize(1);
        }
    }

    @Nested
    class Excludes {

        // NHSA batch 7 row 1: 急诊监护费 includes 急诊诊查费 on the same day.
        final Fx.Item monitoring = service("001103000010000", "急诊监护费");
        final Fx.Item consultation = service("001102000030000", "急诊诊查费");
        final Fx.Rule b7 = rule("ITEM_EXCLUDES").id("b7-1").source("b7-item-duplicate-charge#2")
                .items("001103000010000").param("excludedItems", List.of("001102000030000")).param("window", "DAY");

        @Test
        void secondaryItemAfterTheMainItemOnTheSameDayIsReported() {
            var hits = checkWithHistory(b7, inpatient(), List.of(line("H-1", monitoring).at("2026-11-21T01:00:00+08:00")),
                    line("O-1", consultation));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【项目互斥】急诊诊查费 与 急诊监护费（医嘱 H-1）不能同一日内同时收费");
                assertThat(h.source()).isEqualTo("b7-item-duplicate-charge#2");
                assertThat(lineId(h, "conflictsWith")).isEqualTo("H-1");
            });
        }

        @Test
        void mainItemAfterTheSecondaryIsReportedToo() {
            assertThat(checkWithHistory(b7, inpatient(), List.of(line("H-1", consultation).at("2026-11-21T01:00:00+08:00")),
                    line("O-1", monitoring))).hasSize(1);
        }

        @Test
        void bothInOneOrderGiveOneHitNamingBothLines() {
            assertThat(check(b7, inpatient(), line("O-1", monitoring), line("O-2", consultation))).singleElement()
                    .satisfies(h -> assertThat(h.lineIds()).containsExactly("O-1", "O-2"));
        }

        @Test
        void onAnotherDayThePairPasses() {
            assertThat(checkWithHistory(b7, inpatient(), List.of(line("H-1", monitoring).daysBefore(1)),
                    line("O-1", consultation))).isEmpty();
        }

        @Test
        void sameHourWindow() {
            var rule = rule("ITEM_EXCLUDES").items("A").param("excludedItems", List.of("B")).param("window",
                    "SAME_HOUR");
            var a = service("A", "甲项目");
            var b = service("B", "乙项目");
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", a).at("2026-11-21T09:05:00+08:00")),
                    line("O-1", b))).hasSize(1);
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", a).at("2026-11-21T08:55:00+08:00")),
                    line("O-1", b))).isEmpty();
        }

        @Test
        void catalogueDrivenFromEitherSide() {
            var main = service("M", "主项目").excludes("S");
            var secondary = service("S", "从项目");
            assertThat(checkWithHistory(rule("ITEM_EXCLUDES"), inpatient(), List.of(line("H-1", main).daysBefore(2)),
                    line("O-1", secondary))).hasSize(1);
            assertThat(checkWithHistory(rule("ITEM_EXCLUDES"), inpatient(), List.of(line("H-1", secondary)),
                    line("O-1", main))).hasSize(1);
            assertThat(check(rule("ITEM_EXCLUDES"), inpatient(), line("O-1", main))).isEmpty();
        }
    }

    @Nested
    class Stepped {

        final Fx.Item secondLine = drug("D-2ND", "替加环素").firstLine("D-1ST", "D-1ST-B");
        final Fx.Item firstLine = drug("D-1ST", "头孢曲松");

        @Test
        void secondLineWithoutFirstLineHistoryIsReported() {
            assertThat(check(rule("STEPPED_THERAPY"), inpatient(), line("O-1", secondLine))).singleElement()
                    .satisfies(h -> {
                        assertThat(h.message())
                                .isEqualTo("【阶梯用药】替加环素 为二线用药，本次就诊未见一线用药（D-1ST、D-1ST-B）使用记录");
                        assertThat(h.evidence()).containsEntry("firstLineItems", List.of("D-1ST", "D-1ST-B"));
                    });
        }

        @Test
        void secondLineAfterFirstLineInTheStayPasses() {
            assertThat(checkWithHistory(rule("STEPPED_THERAPY"), inpatient(),
                    List.of(line("H-1", firstLine).daysBefore(3)), line("O-1", secondLine))).isEmpty();
        }

        @Test
        void firstLineInTheSameOrderAtTheSameTimeIsNotEarlier() {
            assertThat(check(rule("STEPPED_THERAPY"), inpatient(), line("O-1", firstLine), line("O-2", secondLine)))
                    .hasSize(1);
            assertThat(check(rule("STEPPED_THERAPY"), inpatient(), line("O-1", firstLine).at(Fx.T0.minusHours(2)),
                    line("O-2", secondLine))).isEmpty();
        }

        @Test
        void firstLineByGenericNameFromARuleRecord() {
            var rule = rule("STEPPED_THERAPY").items("D-2ND").param("firstLineGenericNames", List.of("头孢曲松"));
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", firstLine).daysBefore(1)),
                    line("O-1", secondLine))).isEmpty();
            assertThat(check(rule, inpatient(), line("O-1", secondLine))).hasSize(1);
        }
    }
}
