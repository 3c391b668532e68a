package cn.yibao.guard.rules.nhsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleTemplates;
import cn.yibao.guard.rules.engine.EngineSettings;

/** Every published batch reads as rules, from CSV and xlsx alike; malformed sheets fail naming the cell. */
class BatchParserTest {

    private static final BatchPolicy POLICY = new BatchPolicy(BatchType.B1_DRUG_SEX.defaults(), false);

    @ParameterizedTest
    @EnumSource(BatchType.class)
    void everyBatchReadsTheSameFromCsvAndXlsxAndCompiles(BatchType type) {
        ParsedBatch csv = NhsaFiles.parse(type);
        ParsedBatch xlsx = BatchParser.parse(type, NhsaFiles.xlsxSheets(type), new BatchPolicy(type.defaults(),
                true));
        assertThat(csv.rules()).isNotEmpty().isEqualTo(xlsx.rules());
        assertThat(csv.skipped()).extracting(ParsedBatch.SkippedRow::row, ParsedBatch.SkippedRow::reason)
                .isEqualTo(xlsx.skipped().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.row(), s.reason()))
                        .toList());
        assertThat(csv.rules().size() + csv.skipped().size()).isEqualTo(csv.dataRows());
        RuleCompiler compiler = new RuleCompiler(RuleTemplates.nhsa(), EngineSettings.DEFAULT);
        assertThat(compiler.compile(csv.rules()).size()).isEqualTo(csv.rules().size());
        for (RuleDefinition rule : csv.rules()) {
            assertThat(rule.source()).matches(type.stem() + "#\\d+");
            assertThat(rule.id()).startsWith(type.stem() + ":").hasSizeLessThanOrEqualTo(64);
            assertThat(rule.severity()).isEqualTo(type.defaults().severity());
        }
    }

    @Test
    void theRuleBaseHasAbout2700RulesAnd14000DrugCodes() {
        int rules = 0;
        int codes = 0;
        for (BatchType type : BatchType.values()) {
            ParsedBatch batch = NhsaFiles.parse(type);
            rules += batch.rules().size();
            codes += batch.drugCodes();
        }
        assertThat(rules).isEqualTo(2692);
        assertThat(codes).isEqualTo(13827);
    }

    @Test
    void footerRowsAreSkippedAndReported() {
        ParsedBatch b7 = NhsaFiles.parse(BatchType.B7_DUPLICATE_CHARGE);
        assertThat(b7.skipped()).containsExactly(new ParsedBatch.SkippedRow("b7-item-duplicate-charge.csv", 902,
                "empty row"));
        assertThat(b7.rules()).hasSize(900);
        ParsedBatch b81 = NhsaFiles.parse(BatchType.B8_1_FREQUENCY);
        assertThat(b81.skipped()).extracting(ParsedBatch.SkippedRow::row).containsExactly(69, 70);
        assertThat(b81.skipped().get(0).reason()).contains("合计");
        assertThat(b81.skipped().get(1).reason()).startsWith("备注 footnote: 备注：对于涉及医疗服务项目");
        assertThat(b81.rules()).hasSize(67);
    }

    @Test
    void drugRowsNameTheirGenericNameAndEveryCodeOfIt() {
        RuleDefinition apalutamide = rule(BatchType.B1_DRUG_SEX, "b1-drug-sex#2");
        assertThat(apalutamide.template()).isEqualTo("SEX_RESTRICTION");
        assertThat(apalutamide.parameters()).containsEntry("sex", 1)
                .containsEntry("genericNames", List.of("阿帕他胺片"))
                .containsEntry("items", List.of("XL02BBA326A001010102180", "XL02BBA326A001010178537",
                        "XL02BBA326A001020278537"));
        assertThat(apalutamide.note()).isEqualTo("限转移性激素敏感性前列腺癌(mHSPC)患者。");
        assertThat(apalutamide.name()).isEqualTo("阿帕他胺片 限男性");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachBatchBindsItsTemplateAndParameters() {
        assertThat(rule(BatchType.B1_DRUG_AGE, "b1-drug-age#2").parameters()).containsEntry("children", true);
        assertThat(rule(BatchType.B1_ITEM_AGE, "b1-item-age#12").parameters()).containsEntry("maxAgeDays", 28);
        assertThat(rule(BatchType.B1_ITEM_AGE, "b1-item-age#31").parameters()).containsEntry("maxAge", 2);
        RuleDefinition op = rule(BatchType.B2_OPERATION_GROUP, "b2-item-primary-secondary-operation#2");
        assertThat(op.template()).isEqualTo("OPERATION_GROUP");
        assertThat(op.parameters()).containsEntry("group", "胃肠手术组");
        assertThat((List<Object>) op.parameters().get("groupItems")).hasSize(87).contains("003310010140000");
        RuleDefinition injury = rule(BatchType.B3_DRUG_INSURANCE_TYPE, "b3-drug-insurance-type#2");
        assertThat(injury.parameters()).containsEntry("insuranceTypes", List.of("WORK_INJURY"));
        assertThat(injury.scope().insuranceTypes()).doesNotContain(cn.yibao.guard.stay.InsuranceType.SELF_PAY);
        assertThat(rule(BatchType.B4_DRUG_VISIT_TYPE, "b4-drug-visit-type#2").parameters())
                .containsEntry("visitType", "INPATIENT");
        assertThat(rule(BatchType.B5_DRUG_HOSPITAL_LEVEL, "b5-drug-hospital-level#62").parameters())
                .containsEntry("minLevel", 3);
        assertThat(rule(BatchType.B6_DRUG_PAYMENT_DAYS, "b6-drug-payment-days#31").parameters())
                .containsEntry("maxDays", 365);
        assertThat(rule(BatchType.B7_DUPLICATE_CHARGE, "b7-item-duplicate-charge#2").parameters())
                .containsEntry("items", List.of("001103000010000"))
                .containsEntry("excludedItems", List.of("001102000030000")).containsEntry("window", "DAY");
        assertThat(NhsaFiles.parse(BatchType.B7_DUPLICATE_CHARGE).rules()).extracting(r -> r.parameters()
                .get("window")).containsOnly("DAY", "STAY", "HOURS:6", "SAME_HOUR");
        assertThat(rule(BatchType.B8_1_FREQUENCY, "b8-1-item-frequency#3").parameters())
                .containsEntry("maxPerDay", 1);
        assertThat(rule(BatchType.B8_1_FREQUENCY, "b8-1-item-frequency#33").parameters())
                .containsEntry("maxPerDay", 24);
        assertThat(rule(BatchType.B8_2_AGE, "b8-2-item-age#2").parameters()).containsEntry("workingAge", true);
        assertThat(rule(BatchType.B8_3_COURSE, "b8-3-item-course#2").parameters())
                .containsEntry("maxCourseDays", 90).containsEntry("minIntervalDays", 14);
        assertThat(rule(BatchType.B8_3_COURSE, "b8-3-item-course#12").parameters())
                .containsEntry("maxCourseDays", 365).containsEntry("minIntervalDays", 7);
        assertThat(rule(BatchType.B8_4_CYCLE, "b8-4-item-cycle#2").parameters())
                .containsEntry("maxCount", 1).containsEntry("cycleDays", 7);
    }

    @Test
    void ruleIdsDoNotDependOnRowOrder() {
        String csv = text("b8-4-item-cycle.csv");
        String[] lines = csv.split("\n");
        List<String> reordered = new ArrayList<>(List.of(lines));
        java.util.Collections.swap(reordered, 1, 2);
        ParsedBatch original = parse(BatchType.B8_4_CYCLE, "b8-4-item-cycle.csv", csv);
        ParsedBatch moved = parse(BatchType.B8_4_CYCLE, "b8-4-item-cycle.csv", String.join("\n", reordered));
        assertThat(moved.rules()).extracting(RuleDefinition::id)
                .containsExactlyInAnyOrderElementsOf(original.rules().stream().map(RuleDefinition::id).toList());
        assertThat(moved.rules().stream().filter(r -> r.id().equals("b8-4-item-cycle:002503020020000"))
                .findFirst().orElseThrow().source()).isEqualTo("b8-4-item-cycle#3");
    }

    // ---- malformed sheets ----------------------------------------------------------------------------------

    @Test
    void aMissingColumnNamesSheetRowAndColumn() {
        String csv = text("b1-item-sex.csv").replaceFirst("限定性别", "性别限制");
        SheetException e = refused(BatchType.B1_ITEM_SEX, "b1-item-sex.csv", csv);
        assertThat(e.field()).isEqualTo("b1-item-sex.csv[1].限定性别");
        assertThat(e.reason()).startsWith("missing column 限定性别");
    }

    @Test
    void anUnknownRestrictionValueNamesItsCell() {
        String csv = text("b1-item-sex.csv").replace("女性生产相关手术操作,003314000190000,限定性别对象,女",
                "女性生产相关手术操作,003314000190000,限定性别对象,未知");
        SheetException e = refused(BatchType.B1_ITEM_SEX, "b1-item-sex.csv", csv);
        assertThat(e.field()).isEqualTo("b1-item-sex.csv[391].限定性别");
        assertThat(e.reason()).contains("unknown restriction value '未知'");
    }

    @Test
    void aMalformedServiceCodeNamesItsCell() {
        String csv = text("b8-4-item-cycle.csv").replace(",002503020020000", ",00250302002000");
        SheetException e = refused(BatchType.B8_4_CYCLE, "b8-4-item-cycle.csv", csv);
        assertThat(e.field()).isEqualTo("b8-4-item-cycle.csv[2].项目代码");
        assertThat(e.reason()).contains("not a 15-digit national service code");
    }

    @Test
    void aMalformedDrugCodeInTheCodesSheetNamesItsCell() {
        Sheet main = SheetReader.csv("b3-drug-insurance-type.csv", NhsaFiles.bytes("b3-drug-insurance-type.csv"));
        String codes = text("b3-drug-insurance-type-codes.csv").replace("ZH01AAB0066010102577", "ZH01-AAB006601");
        SheetException e = catchThrowableOfType(SheetException.class, () -> BatchParser.parse(
                BatchType.B3_DRUG_INSURANCE_TYPE, List.of(main, SheetReader.csv("codes.csv", utf8(codes))), POLICY));
        assertThat(e.field()).isEqualTo("codes.csv[3].国标代码");
    }

    @Test
    void aBatchImportedAsAnotherTypeWithTheSameHeadersIsRefused() {
        SheetException e = catchThrowableOfType(SheetException.class, () -> BatchParser.parse(BatchType.B1_DRUG_SEX,
                NhsaFiles.csvSheets(BatchType.B1_DRUG_AGE), POLICY));
        assertThat(e.field()).isEqualTo("b1-drug-age.csv[2].限定类型");
        assertThat(e.reason()).contains("限定年龄对象").contains("right batch type");
        SheetException course = refused(BatchType.B8_3_COURSE, "b8-2-item-age.csv", text("b8-2-item-age.csv"));
        assertThat(course.row()).isNull();
        assertThat(course.reason()).contains("no row of the sheet reads as batch b8-3-item-course");
    }

    @Test
    void aDuplicateRowIsRefused() {
        String csv = text("b8-4-item-cycle.csv");
        String first = csv.split("\n")[1];
        SheetException e = refused(BatchType.B8_4_CYCLE, "b8-4-item-cycle.csv", csv + first + "\n");
        assertThat(e.row()).isEqualTo(16);
        assertThat(e.reason()).contains("duplicate row").contains("also row 2");
    }

    @Test
    void anInvalidFrequencyUnitOrHoursAreRefused() {
        String csv = text("b8-1-item-frequency.csv");
        assertThat(refused(BatchType.B8_1_FREQUENCY, "f.csv", csv.replace("2,住院诊查费,1,日", "2,住院诊查费,1,周"))
                .field()).isEqualTo("f.csv[3].数量单位");
        assertThat(refused(BatchType.B8_1_FREQUENCY, "f.csv", csv.replace("32,呼吸机辅助呼吸,24,小时",
                "32,呼吸机辅助呼吸,25,小时")).field()).isEqualTo("f.csv[33].限制数量");
    }

    @Test
    void aCourseTextNotUnderstoodSkipsItsRowAndSaysWhy() {
        String csv = text("b8-3-item-course.csv").replace("4,减重支持系统训练,支付不超过30天。",
                "4,减重支持系统训练,视病情而定。");
        ParsedBatch batch = parse(BatchType.B8_3_COURSE, "c.csv", csv);
        assertThat(batch.rules()).hasSize(10);
        assertThat(batch.skipped()).containsExactly(new ParsedBatch.SkippedRow("c.csv", 5,
                "condition not understood: 视病情而定。"));
    }

    @Test
    void aDrugWithoutCodesIsMatchedByGenericNameAndSaysSo() {
        ParsedBatch batch = BatchParser.parse(BatchType.B3_DRUG_INSURANCE_TYPE,
                List.of(NhsaFiles.csvSheets(BatchType.B3_DRUG_INSURANCE_TYPE).get(0)), POLICY);
        assertThat(batch.rules()).allSatisfy(r -> assertThat(r.parameters()).doesNotContainKey("items")
                .containsKey("genericNames"));
        assertThat(batch.warnings()).singleElement().asString().contains("generic name only");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused(BatchType.B8_4_CYCLE, "e.csv", "").reason()).isEqualTo("the sheet is empty");
    }

    private static RuleDefinition rule(BatchType type, String source) {
        return NhsaFiles.parse(type).rules().stream().filter(r -> r.source().equals(source)).findFirst()
                .orElseThrow();
    }

    private static String text(String file) {
        return new String(NhsaFiles.bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ParsedBatch parse(BatchType type, String name, String csv) {
        return BatchParser.parse(type, List.of(SheetReader.csv(name, utf8(csv))), POLICY);
    }

    private static SheetException refused(BatchType type, String name, String csv) {
        SheetException e = catchThrowableOfType(SheetException.class, () -> parse(type, name, csv));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
