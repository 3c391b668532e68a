package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Waivers compiled into the book: the rule no longer reports for that patient or department. */
class ExemptionsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    final Fx.Item apalutamide = drug("XL02BBA326A001010102180", "阿帕他胺片");
    final RuleBook book = Fx.book(rule("SEX_RESTRICTION").id("male-only").items("XL02BBA326A001010102180")
            .param("sex", 1));

    List<RuleHit> check(RuleBook b, String patient, String department) {
        EncounterFacts base = inpatient().sex(2).build();
        EncounterFacts facts = new EncounterFacts(base.encounterId(), base.type(), base.hospitalLevel(),
                base.insuranceType(), base.earlierInsuranceTypes(), patient, base.sex(), base.birthDate(),
                base.diagnoses(), base.admittedAt(), department, base.ward());
        return b.evaluate(new CheckInput(facts, List.of(line("O-1", apalutamide).build()), List.of()));
    }

    @Test
    void aPatientWaiverSilencesTheRuleForThatPatientOnly() {
        RuleBook waived = Exemptions.of(List.of(new Exemptions.Exemption(1, "male-only", "P1", null, null, null)))
                .applyTo(book, ZONE);
        assertThat(check(waived, "P1", "CARD")).isEmpty();
        assertThat(check(waived, "P2", "CARD")).hasSize(1);
        assertThat(waived.size()).isEqualTo(book.size());
    }

    @Test
    void aDepartmentWaiverSilencesTheRuleInThatDepartment() {
        RuleBook waived = Exemptions.of(List.of(new Exemptions.Exemption(1, "male-only", null, "OBGY", null, null)))
                .applyTo(book, ZONE);
        assertThat(check(waived, "P1", "OBGY")).isEmpty();
        assertThat(check(waived, "P1", "CARD")).hasSize(1);
    }

    @Test
    void aWaiverCountsOnlyWithinItsValidityOnTheLinesDay() {
        // The line is ordered on 2026-11-21 (Shanghai).
        Exemptions expired = Exemptions.of(List.of(new Exemptions.Exemption(1, "male-only", "P1", null,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-20"))));
        Exemptions current = Exemptions.of(List.of(new Exemptions.Exemption(1, "male-only", "P1", null,
                LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-21"))));
        assertThat(check(expired.applyTo(book, ZONE), "P1", "CARD")).hasSize(1);
        assertThat(check(current.applyTo(book, ZONE), "P1", "CARD")).isEmpty();
    }

    @Test
    void aWaiverOfAnotherRuleChangesNothingAndNoWaiversKeepTheBook() {
        RuleBook waived = Exemptions.of(List.of(new Exemptions.Exemption(1, "other", "P1", null, null, null)))
                .applyTo(book, ZONE);
        assertThat(check(waived, "P1", "CARD")).hasSize(1);
        assertThat(Exemptions.NONE.applyTo(book, ZONE)).isSameAs(book);
    }
}
