package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.checkWithHistory;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.service;
import static cn.yibao.guard.rules.engine.Fx.unmatched;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Duplicate charges and duplicate medication, which cite the earlier line they duplicate. */
class DuplicateTemplatesTest {

    @Nested
    class DuplicateCharge {

        final Fx.Item ecg = service("002103000010000", "常规心电图检查");

        @Test
        void sameServiceTwiceOnOneDayCitesTheEarlierLine() {
            var hits = checkWithHistory(rule("DUPLICATE_CHARGE"), inpatient(),
                    List.of(line("H-7", ecg).at("2026-11-21T08:05:00+08:00")), line("O-1", ecg));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【重复收费】常规心电图检查 同一日内已收费（医嘱 H-7，11-21 08:05）");
                assertThat(h.lineIds()).containsExactly("O-1");
                assertThat(h.evidence()).containsEntry("window", "DAY");
                assertThat(lineId(h, "duplicateOf")).isEqualTo("H-7");
            });
        }

        @Test
        void sameServiceOnAnotherDayPasses() {
            assertThat(checkWithHistory(rule("DUPLICATE_CHARGE"), inpatient(),
                    List.of(line("H-7", ecg).daysBefore(1)), line("O-1", ecg))).isEmpty();
        }

        @Test
        void twoDraftLinesOfTheSameServiceNameBoth() {
            assertThat(check(rule("DUPLICATE_CHARGE"), inpatient(), line("O-1", ecg), line("O-2", ecg)))
                    .singleElement().satisfies(h -> assertThat(h.lineIds()).containsExactly("O-1", "O-2"));
        }

        @Test
        void drugsAreNotJudgedByTheCatalogueDrivenRuleByDefault() {
            var aspirin = drug("A1", "阿司匹林肠溶片");
            assertThat(check(rule("DUPLICATE_CHARGE"), inpatient(), line("O-1", aspirin), line("O-2", aspirin)))
                    .isEmpty();
        }

        @Test
        void unmatchedLinesWithTheSameCodeAreDuplicates() {
            assertThat(check(rule("DUPLICATE_CHARGE"), inpatient(), unmatched("O-1", "HIS-999", "某检查"),
                    unmatched("O-2", "HIS-999", "某检查"))).hasSize(1);
        }

        @Test
        void hoursWindow() {
            var rule = rule("DUPLICATE_CHARGE").param("window", "HOURS:6");
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", ecg).at("2026-11-21T03:00:00+08:00")),
                    line("O-1", ecg))).isEmpty();
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", ecg).at("2026-11-21T04:00:00+08:00")),
                    line("O-1", ecg))).hasSize(1);
        }
    }

    @Nested
    class DuplicateMedication {

        final Fx.Item aspirin = drug("A1", "阿司匹林肠溶片").ingredient("阿司匹林").drugClass("抗血小板药");
        final Fx.Item aspirinOtherMaker = drug("A2", "阿司匹林片").ingredient("阿司匹林").drugClass("抗血小板药");
        final Fx.Item clopidogrel = drug("C1", "硫酸氢氯吡格雷片").ingredient("氯吡格雷").drugClass("抗血小板药");

        @Test
        void sameIngredientWhileALongTermOrderIsActive() {
            var hits = checkWithHistory(rule("DUPLICATE_MEDICATION"), inpatient(),
                    List.of(line("H-3", aspirin).longTerm().daysBefore(4)), line("O-1", aspirinOtherMaker));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【重复用药】阿司匹林片 与在用的 阿司匹林肠溶片（医嘱 H-3）成分相同：阿司匹林");
                assertThat(h.evidence()).containsEntry("basis", "INGREDIENT").containsEntry("ingredient", "阿司匹林");
                assertThat(lineId(h, "activeLine")).isEqualTo("H-3");
            });
        }

        @Test
        void aWithdrawnLongTermOrderIsAbsentFromHistoryAndDoesNotCount() {
            assertThat(checkWithHistory(rule("DUPLICATE_MEDICATION"), inpatient(), List.of(),
                    line("O-1", aspirinOtherMaker))).isEmpty();
        }

        @Test
        void aTemporaryOrderIsActiveOnlyWhileItsDaysCoverTheNewLine() {
            var rule = rule("DUPLICATE_MEDICATION");
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", aspirin).days(3).daysBefore(2)),
                    line("O-1", aspirinOtherMaker))).hasSize(1);
            assertThat(checkWithHistory(rule, inpatient(), List.of(line("H-1", aspirin).days(2).daysBefore(2)),
                    line("O-1", aspirinOtherMaker))).isEmpty();
        }

        @Test
        void sameClassOnlyWhenAskedFor() {
            var history = List.of(line("H-1", clopidogrel).longTerm().daysBefore(1));
            assertThat(checkWithHistory(rule("DUPLICATE_MEDICATION"), inpatient(), history, line("O-1", aspirin)))
                    .isEmpty();
            assertThat(checkWithHistory(rule("DUPLICATE_MEDICATION").param("sameClass", true), inpatient(), history,
                    line("O-1", aspirin))).singleElement().satisfies(h -> {
                        assertThat(h.evidence()).containsEntry("basis", "CLASS")
                                .containsEntry("drugClass", "抗血小板药");
                        assertThat(h.message()).contains("同类药物：抗血小板药");
                    });
        }

        @Test
        void drugsWhoseIngredientAndClassAreBlankAreNotDuplicatesOfEachOther() {
            var first = drug("B1", "复方制剂甲").ingredient(" ").drugClass(" ");
            var second = drug("B2", "复方制剂乙").ingredient(" ").drugClass(" ");
            assertThat(checkWithHistory(rule("DUPLICATE_MEDICATION").param("sameClass", true), inpatient(),
                    List.of(line("H-1", first).longTerm().daysBefore(1)), line("O-1", second))).isEmpty();
        }

        @Test
        void unmatchedLinesAreComparedByGenericName() {
            assertThat(checkWithHistory(rule("DUPLICATE_MEDICATION"), inpatient(),
                    List.of(line("H-1", aspirin).longTerm().daysBefore(1)),
                    unmatched("O-1", null, "阿司匹林肠溶片"))).singleElement()
                    .satisfies(h -> assertThat(h.evidence()).containsEntry("basis", "GENERIC_NAME"));
        }
    }

    @SuppressWarnings("unchecked")
    static String lineId(RuleHit hit, String key) {
        return (String) ((Map<String, Object>) hit.evidence().get(key)).get("lineId");
    }
}
