package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.unmatched;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.stay.InsuranceType;

/** Cost notices and checks: self-pay shares, high-cost lines, price caps, insurance type changes. */
class CostTemplatesTest {

    @Nested
    class SelfPay {

        @Test
        void classCItemTellsTheWholeAmount() {
            var item = drug("C-1", "某自费药").paymentClass(PaymentClass.C, null);
            assertThat(check(rule("SELF_PAY_NOTICE"), inpatient(), line("O-1", item).qty("2").price("35.50")))
                    .singleElement().satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【自费提醒】某自费药 为丙类项目，医保不予支付，患者需全额自费 71.00元");
                        assertThat(h.evidence()).containsEntry("paymentClass", "C")
                                .containsEntry("patientPays", new BigDecimal("71"));
                    });
        }

        @Test
        void classBItemTellsTheSelfPayShare() {
            var item = drug("B-1", "某乙类药").paymentClass(PaymentClass.B, "0.10");
            assertThat(check(rule("SELF_PAY_NOTICE"), inpatient(), line("O-1", item).qty("2").price("35.50")))
                    .singleElement().satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【自付提醒】某乙类药 为乙类项目，患者先行自付10%，约7.10元");
                        assertThat(h.evidence()).containsEntry("selfPayRatio", new BigDecimal("0.1"));
                    });
        }

        @Test
        void classAItemsAndSelfPayingPatientsGetNoNotice() {
            assertThat(check(rule("SELF_PAY_NOTICE"), inpatient(), line("O-1", drug("A-1", "某甲类药")))).isEmpty();
            var item = drug("C-1", "某自费药").paymentClass(PaymentClass.C, null);
            assertThat(check(rule("SELF_PAY_NOTICE"), inpatient().insurance(InsuranceType.SELF_PAY),
                    line("O-1", item))).isEmpty();
        }
    }

    @Nested
    class HighCost {

        @Test
        void lineAboveOneThousandYuanIsReportedWithExactAmount() {
            assertThat(check(rule("HIGH_COST_ITEM"), inpatient(), line("O-1", drug("X", "某贵重药")).qty("3")
                    .price("333.34"))).singleElement().satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【单项超千元】某贵重药 金额1000.02元，超过1000.00元，请确认");
                        assertThat(h.evidence()).containsEntry("amount", new BigDecimal("1000.02"))
                                .containsEntry("threshold", new BigDecimal("1000"));
                    });
        }

        @Test
        void exactlyOneThousandPasses() {
            // 0.1 × 10000 is exactly 1000 in decimals (it would not be in binary floating point).
            assertThat(check(rule("HIGH_COST_ITEM"), inpatient(), line("O-1", drug("X", "某药")).qty("10000")
                    .price("0.1"))).isEmpty();
        }

        @Test
        void unmatchedLinesAreJudgedByAmount() {
            assertThat(check(rule("HIGH_COST_ITEM"), inpatient(), unmatched("O-1", null, "未知耗材").qty("1")
                    .price("2400"))).hasSize(1);
        }

        @Test
        void missingPriceIsNotJudged() {
            assertThat(check(rule("HIGH_COST_ITEM"), inpatient(), line("O-1", drug("X", "某药")).price(null)))
                    .isEmpty();
        }
    }

    @Nested
    class PriceCapTemplate {

        @Test
        void unitPriceAboveTheCapIsReported() {
            var item = drug("P-1", "某限价药").priceCap("30");
            assertThat(check(rule("PRICE_CAP"), inpatient(), line("O-1", item).price("35.5"))).singleElement()
                    .satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【超最高限价】某限价药 单价35.50元，超过医保最高限价30.00元");
                        assertThat(h.evidence()).containsEntry("unitPrice", new BigDecimal("35.5"));
                    });
        }

        @Test
        void unitPriceAtTheCapPasses() {
            var item = drug("P-1", "某限价药").priceCap("30");
            assertThat(check(rule("PRICE_CAP"), inpatient(), line("O-1", item).price("30.00"))).isEmpty();
        }
    }

    @Nested
    class InsuranceChange {

        @Test
        void changedTypeReportsEveryDraftLine() {
            var hits = check(rule("INSURANCE_TYPE_CHANGE"), inpatient().earlier(InsuranceType.RESIDENT),
                    line("O-1", drug("A", "甲药")), line("O-2", drug("B", "乙药")));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.lineIds()).containsExactly("O-1", "O-2");
                assertThat(h.message()).isEqualTo("【费别变更】本次就诊费别由居民医保变更为职工医保，请核对参保身份");
                assertThat(h.evidence()).containsEntry("earlierInsuranceTypes", List.of("RESIDENT"));
            });
        }

        @Test
        void sameTypeAsBeforePasses() {
            assertThat(check(rule("INSURANCE_TYPE_CHANGE"), inpatient().earlier(InsuranceType.EMPLOYEE),
                    line("O-1", drug("A", "甲药")))).isEmpty();
        }
    }
}
