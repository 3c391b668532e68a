package cn.yibao.guard.rules.nhsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.nhsa.ConditionReport.Condition;
import cn.yibao.guard.rules.nhsa.ConditionReport.Kind;

/** What the batches' free text adds to their rules, row by row. */
class ConditionReportTest {

    @Test
    void aDiseaseBesidesTheCheckedLevelIsReported() {
        assertThat(kinds(BatchType.B5_DRUG_HOSPITAL_LEVEL, 2)).containsExactly(Kind.INDICATION); // 癌症患者
        assertThat(conditions(BatchType.B5_DRUG_HOSPITAL_LEVEL, 3)).isEmpty(); // 限二级及以上医疗机构。
    }

    @Test
    void theCheckedPaymentDaysAreNotReportedButTheIndicationIs() {
        // 限新发的急性血栓性脑梗死，支付不超过14天。
        assertThat(kinds(BatchType.B6_DRUG_PAYMENT_DAYS, 2)).containsExactly(Kind.INDICATION);
    }

    @Test
    void textThatDisagreesWithTheStructuredValueIsAConflict() {
        // 注射用益气复脉: 限定值域 15天, text "单次住院最多支付14天".
        List<Condition> b6 = conditions(BatchType.B6_DRUG_PAYMENT_DAYS, 28);
        assertThat(b6).extracting(Condition::kind).contains(Kind.CONFLICT);
        assertThat(b6.stream().filter(c -> c.kind() == Kind.CONFLICT).findFirst().orElseThrow().excerpt())
                .contains("14天").contains("15 days");
        // 安宫牛黄丸: 限定值域 住院, text "限急诊或住院患者".
        assertThat(kinds(BatchType.B4_DRUG_VISIT_TYPE, 5)).containsExactly(Kind.CONFLICT);
    }

    @Test
    void prerequisitesOfTheVisitTypeBatchAreReported() {
        assertThat(kinds(BatchType.B4_DRUG_VISIT_TYPE, 2)).containsExactly(Kind.PREREQUISITE);
    }

    @Test
    void drugDescriptionsAreNotConditions() {
        // 艾附暖宫丸: 理气补血，暖宫调经。用于子宫虚寒…
        assertThat(conditions(BatchType.B1_DRUG_SEX, 3)).isEmpty();
        // 儿童清肺口服液: 清肺，化痰，止咳。用于…
        assertThat(conditions(BatchType.B1_DRUG_AGE, 2)).isEmpty();
        assertThat(kinds(BatchType.B1_DRUG_SEX, 2)).containsExactly(Kind.INDICATION); // 限…前列腺癌…患者
    }

    @Test
    void agesInAChildrensDrugTextAreReported() {
        RuleDefinition clonidine = NhsaFiles.parse(BatchType.B1_DRUG_AGE).rules().stream()
                .filter(r -> r.name().startsWith("盐酸可乐定缓释片")).findFirst().orElseThrow();
        assertThat(ConditionReport.of(clonidine)).extracting(Condition::kind).contains(Kind.AGE, Kind.INDICATION);
    }

    @Test
    void templateSpecificReadings() {
        assertThat(kinds(BatchType.B2_OPERATION_GROUP, 2)).containsExactly(Kind.SAME_INCISION);
        assertThat(kinds(BatchType.B8_3_COURSE, 9)).containsExactly(Kind.DISEASE_COURSE);
        assertThat(conditions(BatchType.B8_3_COURSE, 2)).isEmpty();
        assertThat(kinds(BatchType.B8_2_AGE, 2)).containsExactly(Kind.READING);
        assertThat(kinds(BatchType.B1_ITEM_AGE, 12)).containsExactly(Kind.READING);
        assertThat(conditions(BatchType.B1_ITEM_AGE, 2)).isEmpty();
        assertThat(NhsaFiles.parse(BatchType.B7_DUPLICATE_CHARGE).rules()).allSatisfy(r -> assertThat(
                ConditionReport.of(r)).isEmpty());
        assertThat(NhsaFiles.parse(BatchType.B8_4_CYCLE).rules()).allSatisfy(r -> assertThat(
                ConditionReport.of(r)).isEmpty());
    }

    private static List<Condition> conditions(BatchType type, int row) {
        return ConditionReport.of(NhsaFiles.parse(type).rules().stream()
                .filter(r -> r.source().equals(type.stem() + "#" + row)).findFirst().orElseThrow());
    }

    private static List<Kind> kinds(BatchType type, int row) {
        return conditions(type, row).stream().map(Condition::kind).toList();
    }
}
