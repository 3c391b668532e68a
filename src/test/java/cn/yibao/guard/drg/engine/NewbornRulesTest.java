package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.infant;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** MDCP: newborn age limits and the birth-weight bands of PS1–PS4, read from the ADRG names. */
class NewbornRulesTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @ParameterizedTest(name = "{0} g → {1}")
    @CsvSource({"1499, PS1", "1500, PS2", "1999, PS2", "2000, PS3", "2499, PS3", "2500, PS4", "4200, PS4"})
    void prematureNewbornsAreSplitByBirthWeight(int weight, String adrg) {
        GroupingResult result = grouper.group(infant(1, 10, weight, "P07.300x011", ""));
        assertThat(result.mdc()).isEqualTo("MDCP");
        assertThat(result.adrg()).isEqualTo(adrg);
    }

    @Test
    void thePrematurityCodeMayBeASecondaryDiagnosis() {
        GroupingResult result = grouper.group(infant(2, 3, 1200, "P59.901|P07.200x011", ""));
        assertThat(result.adrg()).isEqualTo("PS1");
    }

    @Test
    void newbornSurgeryStopsAtTwentyEightDays() {
        assertThat(grouper.group(infant(1, 28, 3000, "P29.300", "35.7100x002")).drg()).isEqualTo("PB19");
        assertThat(grouper.group(infant(1, 29, 3000, "P29.300", "35.7100x002")).adrg()).isEqualTo("PV1");
    }

    @Test
    void anInfantPastTheNewbornPeriodGoesToTheResidualGroupPV1() {
        GroupingResult result = grouper.explain(infant(2, 60, null, "P07.300x011", ""));
        assertThat(result.drg()).isEqualTo("PV15");
        assertThat(result.trace()).anyMatch(s -> s.contains("fits no other ADRG of MDCP"));
    }

    @Test
    void aTermNewbornWithAnMdcpDiagnosisIsPU1() {
        assertThat(grouper.group(infant(1, 5, 3300, "P59.901", "")).drg()).isEqualTo("PU15");
    }

    @Test
    void aNewbornWithoutBirthWeightIsInvalid() {
        GroupingResult result = grouper.group(infant(1, 5, null, "P59.901", ""));
        assertThat(result.status()).isEqualTo(GroupingStatus.INVALID);
        assertThat(result.drg()).isEqualTo("0000");
        assertThat(result.reason()).contains("birth_weight_g");
    }

    @Test
    void aNewbornWhosePrincipalDiagnosisIsNotPerinatalGroupsElsewhere() {
        GroupingResult result = grouper.group(infant(1, 1, 3306, "G95.003|F06.800x014|X16.x00", "86.9302"));
        assertThat(result.mdc()).isEqualTo("MDCB");
    }
}
