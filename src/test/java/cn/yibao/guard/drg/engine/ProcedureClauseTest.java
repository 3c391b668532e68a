package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** Pre-MDC entry, the two-procedure clause (同时包含…和…), 全部手术 and the formula clauses of JA1/JA2. */
class ProcedureClauseTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void aHeartTransplantIsPreMdcWhateverTheDiagnosis() {
        GroupingResult result = grouper.explain(adult(1, 50, "I42.001", "37.5100"));
        assertThat(result.drg()).isEqualTo("AA19");
        assertThat(result.trace()).first().asString().contains("principal procedure 37.5100 is in the operating-room");
    }

    @Test
    void aTransplantThatIsNotThePrincipalProcedureDoesNotEnterMdca() {
        GroupingResult result = grouper.group(adult(1, 50, "I42.001", "99.0400|37.5100"));
        assertThat(result.mdc()).isNotEqualTo("MDCA");
    }

    @Test
    void bothListsOfATwoProcedureClauseMustBeMet() {
        assertThat(grouper.group(adult(1, 40, "E10.900", "52.8000|55.6100")).drg()).isEqualTo("AC19");
        assertThat(grouper.group(adult(1, 40, "E10.900", "52.8000")).drg()).isEqualTo("AD19");
    }

    @Test
    void anyOperatingRoomProcedureMakesTheSurgicalAdrg() {
        GroupingResult surgical = grouper.explain(adult(1, 60, "A41.900", "86.2200"));
        assertThat(surgical.adrg()).isEqualTo("SB1");
        assertThat(surgical.trace()).contains(
                "principal procedure 86.2200 is in the operating-room procedures (手术室手术)");
        assertThat(grouper.group(adult(1, 60, "A41.900", "99.0400")).adrg()).isEqualTo("SR1");
    }

    @Test
    void aFormulaNeedsOneOfItsCombinationsOfTables() {
        // JA1: 主要诊断 + 手术表 1 (reconstruction) + 手术表 2 (radical mastectomy)
        assertThat(grouper.group(adult(2, 50, "C50.900", "85.4301|85.7000x001")).adrg()).isEqualTo("JA1");
        // JA2: 主要诊断 + 手术表 1 (radical mastectomy) alone
        assertThat(grouper.group(adult(2, 50, "C50.900", "85.4301")).adrg()).isEqualTo("JA2");
        // JA2: 主要诊断 + 手术表 2 (simple mastectomy) + 手术表 3 (axillary lymph nodes)
        assertThat(grouper.group(adult(2, 50, "C50.900", "85.4100x001|40.2300")).adrg()).isEqualTo("JA2");
    }
}
