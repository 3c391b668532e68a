package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.unmatched;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** Templates that judge the patient or the encounter against an item's restriction. */
class PatientRestrictionTemplatesTest {

    @Nested
    class Sex {

        final Fx.Item apalutamide = drug("XL02BBA326A001010102180", "阿帕他胺片").sex(1);

        @Test
        void maleOnlyDrugForAWomanIsReported() {
            var hits = check(rule("SEX_RESTRICTION").note("限转移性激素敏感性前列腺癌(mHSPC)患者。"),
                    inpatient().sex(2), line("O-1", apalutamide));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限性别】阿帕他胺片 限男性使用，患者为女性");
                assertThat(h.lineIds()).containsExactly("O-1");
                assertThat(h.evidence()).containsEntry("requiredSex", 1).containsEntry("patientSex", 2);
                assertThat(h.note()).isEqualTo("限转移性激素敏感性前列腺癌(mHSPC)患者。");
                assertThat(h.ruleId()).isEqualTo("R-SEX_RESTRICTION");
                assertThat(h.ruleVersion()).isEqualTo(1);
                assertThat(h.template()).isEqualTo("SEX_RESTRICTION");
                assertThat(h.source()).isEqualTo("local");
            });
        }

        @Test
        void maleOnlyDrugForAManPasses() {
            assertThat(check(rule("SEX_RESTRICTION"), inpatient().sex(1), line("O-1", apalutamide))).isEmpty();
        }

        @Test
        void unknownSexIsNotJudged() {
            assertThat(check(rule("SEX_RESTRICTION"), inpatient().sex(9), line("O-1", apalutamide))).isEmpty();
        }

        @Test
        void explicitRuleJudgesAnUnmatchedLineByGenericName() {
            var hits = check(rule("SEX_RESTRICTION").names("艾附暖宫丸").param("sex", 2), inpatient().sex(1),
                    unmatched("O-9", "H-LOCAL-1", "艾附暖宫丸"));
            assertThat(hits).singleElement().satisfies(h -> assertThat(h.message())
                    .isEqualTo("【限性别】艾附暖宫丸 限女性使用，患者为男性"));
        }
    }

    @Nested
    class Age {

        @Test
        void childrensDrugForAnAdultIsReportedWithAge() {
            var item = drug("ZA04CAE0023010100166", "儿童清肺口服液").age(null, 17);
            var hits = check(rule("AGE_RESTRICTION"), inpatient().born("1980-01-01"), line("O-1", item));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限儿童】儿童清肺口服液 限儿童（17岁及以下）使用，患者46岁");
                assertThat(h.evidence()).containsEntry("ageYears", 46).containsEntry("maxAge", 17)
                        .containsEntry("children", true);
            });
        }

        @Test
        void childrensDrugForAChildPasses() {
            var item = drug("ZA04CAE0023010100166", "儿童清肺口服液").age(null, 17);
            assertThat(check(rule("AGE_RESTRICTION"), inpatient().born("2015-06-01"), line("O-1", item))).isEmpty();
        }

        @Test
        void ageIsCountedOnTheLinesDayInTheHospitalZone() {
            // 18th birthday on 2026-11-21 in Shanghai; the line is 2026-11-20T17:00Z = 2026-11-21 01:00 there.
            var rule = rule("AGE_RESTRICTION").items("K1").param("children", true);
            var atUtc = line("O-1", drug("K1", "小儿药")).at("2026-11-20T17:00:00Z");
            assertThat(check(rule, inpatient().born("2008-11-21"), atUtc)).singleElement()
                    .satisfies(h -> assertThat(h.evidence()).containsEntry("ageYears", 18));
            var dayBefore = line("O-1", drug("K1", "小儿药")).at("2026-11-20T15:00:00Z");
            assertThat(check(rule, inpatient().born("2008-11-21"), dayBefore)).isEmpty();
        }

        @Test
        void minimumAgeFromARuleRecord() {
            var rule = rule("AGE_RESTRICTION").items("S1").param("minAge", 60);
            var line = line("O-1", Fx.service("S1", "职业功能训练"));
            assertThat(check(rule, inpatient().born("1990-01-01"), line)).singleElement()
                    .satisfies(h -> assertThat(h.message()).isEqualTo("【限年龄】职业功能训练 限60岁及以上患者使用，患者36岁"));
            assertThat(check(rule, inpatient().born("1950-01-01"), line)).isEmpty();
        }

        @Test
        void unknownBirthDateIsNotJudged() {
            var item = drug("K1", "小儿药").age(null, 17);
            assertThat(check(rule("AGE_RESTRICTION"), inpatient().born(null), line("O-1", item))).isEmpty();
        }
    }

    @Nested
    class HospitalLevel {

        final Fx.Item shenfu = drug("ZA05CAC0029010102312", "参附注射液").minLevel(2);

        @Test
        void levelTwoDrugAtALevelOneHospitalIsReported() {
            var hits = check(rule("HOSPITAL_LEVEL"), inpatient().level(1), line("O-1", shenfu));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo("【限医院级别】参附注射液 限二级及以上医疗机构使用，本院为一级");
                assertThat(h.evidence()).containsEntry("minLevel", 2).containsEntry("hospitalLevel", 1);
            });
        }

        @Test
        void levelTwoDrugAtALevelThreeHospitalPasses() {
            assertThat(check(rule("HOSPITAL_LEVEL"), inpatient().level(3), line("O-1", shenfu))).isEmpty();
        }
    }

    @Nested
    class Indication {

        final Fx.Item alteplase = drug("XB01ADA001B001010100001", "阿替普酶注射剂").indications("I21", "I63.9");

        @Test
        void missingDiagnosisIsReportedWithDiagnosesPresentAndPrefixesRequired() {
            var hits = check(rule("INDICATION"), inpatient().diagnoses("E11.900", "I10.x00"),
                    line("O-1", alteplase));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.message()).isEqualTo(
                        "【限定适应症】阿替普酶注射剂 限以下诊断使用：I21、I63.9；本次诊断：E11.900、I10.x00");
                assertThat(h.evidence()).containsEntry("diagnoses", List.of("E11.900", "I10.x00"))
                        .containsEntry("requiredPrefixes", List.of("I21", "I63.9"));
            });
        }

        @Test
        void matchingPrefixPassesIgnoringDotsAndCase() {
            assertThat(check(rule("INDICATION"), inpatient().diagnoses("E11.900", "i63.900"),
                    line("O-1", alteplase))).isEmpty();
            assertThat(check(rule("INDICATION"), inpatient().diagnoses("I21.000"), line("O-1", alteplase)))
                    .isEmpty();
        }

        @Test
        void noDiagnosisAtAllIsReported() {
            assertThat(check(rule("INDICATION"), inpatient().diagnoses(), line("O-1", alteplase))).singleElement()
                    .satisfies(h -> assertThat(h.message()).endsWith("；本次无诊断"));
        }
    }

    @Nested
    class VisitType {

        final Fx.Item clinicOnly = drug("X-OUT", "门诊特药").visitType(EncounterType.OUTPATIENT);

        @Test
        void outpatientOnlyItemInAnInpatientStayIsReported() {
            assertThat(check(rule("VISIT_TYPE"), inpatient(), line("O-1", clinicOnly))).singleElement()
                    .satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【限就医方式】门诊特药 限门诊使用，本次为住院");
                        assertThat(h.evidence()).containsEntry("allowedVisitType", "OUTPATIENT")
                                .containsEntry("encounterType", "INPATIENT");
                    });
        }

        @Test
        void outpatientOnlyItemInAnOutpatientVisitPasses() {
            assertThat(check(rule("VISIT_TYPE"), inpatient().type(EncounterType.OUTPATIENT),
                    line("O-1", clinicOnly))).isEmpty();
        }
    }

    @Nested
    class InsuranceTypeRestriction {

        final Fx.Item workInjury = drug("ZH01AAB0066010100716", "疤痕止痒软化膏")
                .insuranceTypes(InsuranceType.WORK_INJURY);

        @Test
        void workInjuryDrugForAnEmployeeIsReported() {
            assertThat(check(rule("INSURANCE_TYPE_RESTRICTION"), inpatient(), line("O-1", workInjury)))
                    .singleElement().satisfies(h -> {
                        assertThat(h.message()).isEqualTo("【限定保险类型】疤痕止痒软化膏 限工伤保险支付，本次为职工医保");
                        assertThat(h.evidence()).containsEntry("allowedInsuranceTypes", List.of("WORK_INJURY"));
                    });
        }

        @Test
        void workInjuryDrugForAWorkInjuryCasePasses() {
            assertThat(check(rule("INSURANCE_TYPE_RESTRICTION"), inpatient().insurance(InsuranceType.WORK_INJURY),
                    line("O-1", workInjury))).isEmpty();
        }
    }
}
