package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Counting what a candidate book would raise over stored checks, by rule, department and doctor. */
class DryRunTallyTest {

    final RuleDefinition maleOnly = rule("SEX_RESTRICTION").id("male-only").items("M1").param("sex", 1)
            .tiers(Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION).build();
    final RuleDefinition femaleOnly = rule("SEX_RESTRICTION").id("female-only").items("F1").param("sex", 2).build();
    final RuleBook book = new RuleCompiler(RuleTemplates.nhsa(), EngineSettings.DEFAULT)
            .compile(List.of(maleOnly, femaleOnly));

    static CheckInput check(String patient, int sex, String department, OrderLine... lines) {
        EncounterFacts base = inpatient().sex(sex).build();
        return new CheckInput(new EncounterFacts("E-" + patient, base.type(), 3, base.insuranceType(), List.of(),
                patient, sex, base.birthDate(), List.of(), base.admittedAt(), department, null), List.of(lines),
                List.of());
    }

    static OrderLine line(String id, String code, String doctor) {
        return new OrderLine(id, null, code, null, code, BigDecimal.ONE, BigDecimal.TEN, "qd", 1, doctor, false,
                Fx.T0);
    }

    @Test
    void hitsAreCountedByRuleDepartmentAndDoctor() {
        DryRunTally tally = new DryRunTally(book, Exemptions.NONE, ZoneId.of("Asia/Shanghai"),
                DryRunTally.byId(List.of(maleOnly, femaleOnly)));
        tally.add(check("P1", 2, "CARD", line("a", "M1", "D01"), line("b", "M1", "D02")));
        tally.add(check("P2", 2, "CARD", line("c", "M1", "D01")));
        tally.add(check("P3", 1, "OBGY", line("d", "F1", "D41"), line("e", "X", "D41")));
        tally.add(check("P4", 1, "OBGY", line("f", "M1", "D41")));
        DryRunReport report = tally.report(10);
        assertThat(report.checks()).isEqualTo(4);
        assertThat(report.lines()).isEqualTo(6);
        assertThat(report.hits()).isEqualTo(4);
        assertThat(report.checksWithHits()).isEqualTo(3);
        assertThat(report.verdicts()).isEqualTo(Map.of("PASS", 1L, "WARN", 1L, "BLOCK", 2L));
        assertThat(report.byRule()).containsExactly(
                new DryRunReport.RuleCount("male-only", "规则 male-only", "local", "SEX_RESTRICTION", 3, 2),
                new DryRunReport.RuleCount("female-only", "规则 female-only", "local", "SEX_RESTRICTION", 1, 1));
        assertThat(report.byDepartment()).containsExactly(new DryRunReport.DepartmentCount("CARD", 3, 2),
                new DryRunReport.DepartmentCount("OBGY", 1, 1));
        assertThat(report.byDoctor()).containsExactly(new DryRunReport.DoctorCount("D01", "CARD", 2),
                new DryRunReport.DoctorCount("D02", "CARD", 1), new DryRunReport.DoctorCount("D41", "OBGY", 1));
        assertThat(tally.report(1).byDoctor()).hasSize(1);
    }

    @Test
    void waivedHitsAreCountedApart() {
        Exemptions waiver = Exemptions.of(List.of(new Exemptions.Exemption(1, "male-only", "P1", null, null, null)));
        DryRunTally tally = new DryRunTally(book, waiver, ZoneId.of("Asia/Shanghai"), Map.of());
        tally.add(check("P1", 2, "CARD", line("a", "M1", "D01")));
        tally.add(check("P2", 2, null, line("b", "M1", null)));
        DryRunReport report = tally.report(10);
        assertThat(report.hits()).isEqualTo(1);
        assertThat(report.waived()).isEqualTo(1);
        assertThat(report.byDepartment()).containsExactly(new DryRunReport.DepartmentCount("(unknown)", 1, 1));
        assertThat(report.byDoctor()).containsExactly(new DryRunReport.DoctorCount("(unknown)", "(unknown)", 1));
        assertThat(report.byRule().get(0).name()).isNull();
    }
}
