package cn.yibao.guard.rules.nhsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.EngineSettings;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.RuleTemplates;
import cn.yibao.guard.rules.engine.Severity;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * Orders judged by the book compiled from every published batch (about 2,700 rules): for each batch, orders that
 * must and must not hit. Lines name items as orders do: by national code (also when a HIS code was mapped to
 * it), or by generic name only.
 */
class NhsaRuleBaseTest {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");
    static RuleBook book;

    @BeforeAll
    static void compileTheRuleBase() {
        book = new RuleCompiler(RuleTemplates.nhsa(), EngineSettings.DEFAULT).compile(NhsaFiles.allRules());
        assertThat(book.size()).isEqualTo(2692);
    }

    // ---- batch 1: sex and age ------------------------------------------------------------------------------

    @Test
    void b1DrugSexAMaleOnlyDrugForAWomanByCode() {
        List<RuleHit> hits = hits(patient().sex(2), line("O-1").code("XL02BBA326A001010102180"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo("b1-drug-sex#2");
            assertThat(h.template()).isEqualTo("SEX_RESTRICTION");
            assertThat(h.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(h.action()).isEqualTo(RuleAction.BLOCK);
            assertThat(h.note()).isEqualTo("限转移性激素敏感性前列腺癌(mHSPC)患者。");
            assertThat(h.message()).isEqualTo("【限性别】XL02BBA326A001010102180 限男性使用，患者为女性");
        });
        assertThat(hits(patient().sex(1), line("O-1").code("XL02BBA326A001010102180"))).isEmpty();
    }

    @Test
    void b1DrugSexAMaleOnlyDrugForAWomanByGenericNameOnly() {
        assertThat(hits(patient().sex(2), line("O-1").generic("阿帕他胺片"))).singleElement()
                .satisfies(h -> assertThat(h.source()).isEqualTo("b1-drug-sex#2"));
    }

    @Test
    void b1DrugSexAHisCodeMappedToTheNationalCodeOrACatalogueItemReachesTheRule() {
        // The order check resolves HIS code H-4711 through the code map and passes the national code on.
        assertThat(hits(patient().sex(2), line("O-1").code("XL02BBA326A001020278537").name("H-4711 阿帕他胺")))
                .hasSize(1);
        CatalogItem catalogued = new CatalogItem("XL02BBA326A001010178537", "阿帕他胺片 60mg", ItemKind.DRUG,
                PaymentClass.B, new BigDecimal("0.10"), null, "阿帕他胺", null, null, "片", null);
        assertThat(hits(patient().sex(2), line("O-1").item(catalogued))).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("阿帕他胺片 60mg"));
    }

    @Test
    void b1ItemSexAFemaleOnlyItemForAMan() {
        assertThat(hits(patient().sex(1), line("O-1").code("002101030300000"))).singleElement()
                .satisfies(h -> assertThat(h.source()).startsWith("b1-item-sex#"));
        assertThat(hits(patient().sex(2), line("O-1").code("002101030300000"))).isEmpty();
    }

    @Test
    void b1DrugAgeAChildrensDrugForAnAdult() {
        assertThat(hits(patient().born("1990-01-01"), line("O-1").code("ZA04CAE0023010100166"))).singleElement()
                .satisfies(h -> assertThat(h.source()).isEqualTo("b1-drug-age#2"));
        assertThat(hits(patient().born("2016-01-01"), line("O-1").generic("儿童清肺口服液"))).isEmpty();
        assertThat(hits(patient().born("2008-11-22"), line("O-1").generic("儿童清肺口服液"))).isEmpty();
        assertThat(hits(patient().born("2008-11-21"), line("O-1").generic("儿童清肺口服液"))).hasSize(1);
    }

    @Test
    void b1ItemAgeNewbornAndInfantItems() {
        String newbornCranialPressure = "003112020020000";
        assertThat(hits(patient().born("2026-10-12"), line("O-1").code(newbornCranialPressure))).singleElement()
                .satisfies(h -> assertThat(h.source()).isEqualTo("b1-item-age#12"));
        assertThat(hits(patient().born("2026-11-11"), line("O-1").code(newbornCranialPressure))).isEmpty();
        String infantCheckup = "001301000010000";
        assertThat(hits(patient().born("2022-11-01"), line("O-1").code(infantCheckup))).hasSize(1);
        assertThat(hits(patient().born("2024-05-01"), line("O-1").code(infantCheckup))).isEmpty();
        String childrensDentalCrown = "003105120040000";
        assertThat(hits(patient().born("1980-05-01"), line("O-1").code(childrensDentalCrown))).hasSize(1);
    }

    // ---- batch 2: operation groups -------------------------------------------------------------------------

    @Test
    void b2TwoOperationsOfOneGroupInOneStay() {
        List<RuleHit> hits = hits(patient(), List.of(line("O-2").code("003310010160000")),
                List.of(line("H-1").code("003310010140000").at(T0.minusHours(2))));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.template()).isEqualTo("OPERATION_GROUP");
            assertThat(h.source()).isEqualTo("b2-item-primary-secondary-operation#3");
            assertThat(h.evidence()).containsEntry("group", "胃肠手术组");
        });
        assertThat(hits(patient(), line("O-1").code("003310010140000"))).isEmpty();
        // Operations of different groups (胃肠手术组, 膀胱尿道手术组) are not one incision group.
        String bladder = NhsaFiles.parse(BatchType.B2_OPERATION_GROUP).rules().stream()
                .filter(r -> "膀胱尿道手术组".equals(r.parameters().get("group"))).findFirst().orElseThrow()
                .id().split(":")[1].substring(0, 15);
        assertThat(hits(patient(), List.of(line("O-2").code(bladder)),
                List.of(line("H-1").code("003310010140000")))).isEmpty();
    }

    // ---- batches 3–6: insurance type, visit type, hospital level, payment days ---------------------------

    @Test
    void b3AWorkInjuryDrugForAResidentPatient() {
        String scarCream = "ZH01AAB0066010100716";
        assertThat(hits(patient().insurance(InsuranceType.RESIDENT), line("O-1").code(scarCream))).singleElement()
                .satisfies(h -> {
                    assertThat(h.source()).isEqualTo("b3-drug-insurance-type#2");
                    assertThat(h.message()).contains("限工伤保险支付，本次为居民医保");
                });
        assertThat(hits(patient().insurance(InsuranceType.WORK_INJURY), line("O-1").code(scarCream))).isEmpty();
        assertThat(hits(patient().insurance(InsuranceType.SELF_PAY), line("O-1").code(scarCream))).isEmpty();
    }

    @Test
    void b4AnInpatientOnlyDrugForAnOutpatient() {
        assertThat(hits(patient().type(EncounterType.OUTPATIENT), line("O-1").code("XB05BAU012B002010102180")))
                .singleElement().satisfies(h -> assertThat(h.source()).isEqualTo("b4-drug-visit-type#2"));
        assertThat(hits(patient().type(EncounterType.INPATIENT), line("O-1").code("XB05BAU012B002010102180")))
                .isEmpty();
    }

    @Test
    void b5ALevelTwoDrugInALevelOneHospital() {
        assertThat(hits(patient().level(1), line("O-1").code("ZC01AAA0042010105549"))).singleElement()
                .satisfies(h -> {
                    assertThat(h.source()).isEqualTo("b5-drug-hospital-level#2");
                    assertThat(h.note()).isEqualTo("限二级及以上医疗机构癌症患者。");
                });
        assertThat(hits(patient().level(2), line("O-1").code("ZC01AAA0042010105549"))).isEmpty();
    }

    @Test
    void b6ADrugPaidForAtMost14Days() {
        List<Line> fourteenDays = new ArrayList<>();
        for (int d = 14; d >= 1; d--) {
            fourteenDays.add(line("H-" + d).generic("奥扎格雷钠注射液").at(T0.minusDays(d)));
        }
        assertThat(hits(patient(), List.of(line("O-1").generic("奥扎格雷钠注射液")), fourteenDays)).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("paidDays", 15).containsEntry("maxDays", 14));
        assertThat(hits(patient(), List.of(line("O-1").generic("奥扎格雷钠注射液")), fourteenDays.subList(1, 14)))
                .isEmpty();
    }

    // ---- batch 7: duplicate charges -------------------------------------------------------------------------

    @Test
    void b7AMainItemAndAnIncludedSecondaryItemOnOneDay() {
        List<RuleHit> hits = hits(patient(), List.of(line("O-2").code("001102000030000")),
                List.of(line("H-1").code("001103000010000").at(T0.minusHours(3))));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo("b7-item-duplicate-charge#2");
            assertThat(h.evidence()).containsEntry("window", "DAY");
        });
        assertThat(hits(patient(), List.of(line("O-2").code("001102000030000")),
                List.of(line("H-1").code("001103000010000").at(T0.minusDays(1))))).isEmpty();
    }

    @Test
    void b7SixHourPairsCountHours() {
        var pair = NhsaFiles.parse(BatchType.B7_DUPLICATE_CHARGE).rules().stream()
                .filter(r -> "HOURS:6".equals(r.parameters().get("window"))).findFirst().orElseThrow();
        String main = ((List<?>) pair.parameters().get("items")).get(0).toString();
        String secondary = ((List<?>) pair.parameters().get("excludedItems")).get(0).toString();
        assertThat(hits(patient(), List.of(line("O-2").code(secondary)),
                List.of(line("H-1").code(main).at(T0.minusHours(6))))).extracting(RuleHit::source)
                        .contains(pair.source());
        assertThat(hits(patient(), List.of(line("O-2").code(secondary)),
                List.of(line("H-1").code(main).at(T0.minusHours(7))))).extracting(RuleHit::source)
                        .doesNotContain(pair.source());
    }

    // ---- batch 8: frequency, working age, course, cycle -----------------------------------------------------

    @Test
    void b81InpatientConsultationTwiceOnOneDay() {
        String consultation = "001102000050000";
        List<RuleHit> hits = hits(patient(), List.of(line("O-2").code(consultation)),
                List.of(line("H-1").code(consultation).at(T0.minusHours(2))));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo("b8-1-item-frequency#3");
            assertThat(h.message()).contains("每日限1");
        });
        assertThat(hits(patient(), List.of(line("O-2").code(consultation)),
                List.of(line("H-1").code(consultation).at(T0.minusDays(1))))).isEmpty();
    }

    @Test
    void b81HourlyItemsAtMost24HoursADay() {
        String ventilation = "003106030010000";
        assertThat(hits(patient(), line("O-1").code(ventilation).qty("24"))).isEmpty();
        assertThat(hits(patient(), line("O-1").code(ventilation).qty("25"))).singleElement()
                .satisfies(h -> assertThat(h.source()).isEqualTo("b8-1-item-frequency#33"));
    }

    @Test
    void b82OccupationalTrainingBeyondWorkingAge() {
        String training = "003402000320000";
        assertThat(hits(patient().born("1950-03-01"), line("O-1").code(training))).extracting(RuleHit::source)
                .containsExactly("b8-2-item-age#2");
        assertThat(hits(patient().born("1980-03-01"), line("O-1").code(training))).isEmpty();
    }

    @Test
    void b83HandAssessmentIntervalAndCourse() {
        String assessment = "003402000050000";
        List<RuleHit> close = hits(patient(), List.of(line("O-2").code(assessment)),
                List.of(line("H-1").code(assessment).at(T0.minusDays(10))));
        assertThat(close).extracting(RuleHit::source).containsExactlyInAnyOrder("b8-3-item-course#2",
                "b8-4-item-cycle#11");
        assertThat(hits(patient(), List.of(line("O-2").code(assessment)),
                List.of(line("H-1").code(assessment).at(T0.minusDays(14))))).isEmpty();
        List<RuleHit> longCourse = hits(patient(), List.of(line("O-3").code(assessment)),
                List.of(line("H-1").code(assessment).at(T0.minusDays(100)),
                        line("H-2").code(assessment).at(T0.minusDays(50))));
        assertThat(longCourse).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo("b8-3-item-course#2");
            assertThat(h.evidence()).containsEntry("courseDays", 101L).containsEntry("maxCourseDays", 90);
        });
    }

    @Test
    void b84FructosamineTwiceWithinSevenDays() {
        String fructosamine = "002503020020000";
        assertThat(hits(patient(), List.of(line("O-2").code(fructosamine)),
                List.of(line("H-1").code(fructosamine).at(T0.minusDays(5))))).singleElement()
                        .satisfies(h -> assertThat(h.source()).isEqualTo("b8-4-item-cycle#2"));
        assertThat(hits(patient(), List.of(line("O-2").code(fructosamine)),
                List.of(line("H-1").code(fructosamine).at(T0.minusDays(8))))).isEmpty();
    }

    @Test
    void anOrderOfItemsNoBatchNamesPasses() {
        assertThat(hits(patient(), line("O-1").code("XA01AAA0000000000000"), line("O-2").generic("无此药"),
                line("O-3").code("999999999999999"))).isEmpty();
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    static List<RuleHit> hits(Patient patient, Line... lines) {
        return hits(patient, List.of(lines), List.of());
    }

    static List<RuleHit> hits(Patient patient, List<Line> lines, List<Line> history) {
        return book.evaluate(new CheckInput(patient.build(), lines.stream().map(Line::build).toList(),
                history.stream().map(Line::build).toList()));
    }

    static Patient patient() {
        return new Patient();
    }

    static Line line(String id) {
        return new Line(id);
    }

    static final class Patient {
        private EncounterType type = EncounterType.INPATIENT;
        private int level = 3;
        private InsuranceType insurance = InsuranceType.EMPLOYEE;
        private int sex = 1;
        private LocalDate birth = LocalDate.of(1970, 6, 1);

        Patient type(EncounterType value) { type = value; return this; }
        Patient level(int value) { level = value; return this; }
        Patient insurance(InsuranceType value) { insurance = value; return this; }
        Patient sex(int value) { sex = value; return this; }
        Patient born(String date) { birth = LocalDate.parse(date); return this; }

        EncounterFacts build() {
            return new EncounterFacts("E-1", type, level, insurance, List.of(), "P-1", sex, birth, List.of(),
                    T0.minusDays(20), "CARD", "W3");
        }
    }

    static final class Line {
        private final String id;
        private CatalogItem item;
        private String code;
        private String generic;
        private String name;
        private BigDecimal quantity = BigDecimal.ONE;
        private OffsetDateTime at = T0;

        Line(String id) {
            this.id = id;
        }

        Line code(String value) { code = value; return this; }
        Line generic(String value) { generic = value; return this; }
        Line name(String value) { name = value; return this; }
        Line item(CatalogItem value) { item = value; code = value.code(); return this; }
        Line qty(String value) { quantity = new BigDecimal(value); return this; }
        Line at(OffsetDateTime value) { at = value; return this; }

        OrderLine build() {
            return new OrderLine(id, item, code, generic, name, quantity, BigDecimal.TEN, "qd", 1, "D01", false, at);
        }
    }
}
