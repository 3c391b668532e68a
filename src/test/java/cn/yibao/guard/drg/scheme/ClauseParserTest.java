package cn.yibao.guard.drg.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The clause vocabulary, including the artefacts of the published text. */
class ClauseParserTest {

    @Test
    void twoFusedClausesAreReadAsTwo() {
        ClauseSheet sheet = ClauseParser.adrg(new TextFile("ADRG/XJ1_x.dat",
                List.of("包含全部手术包含以下主要诊断：", "Z51.003 手术后恶性肿瘤化学治疗")));
        assertThat(sheet.clauses()).extracting(Clause::role)
                .containsExactly(ClauseRole.OPERATING_ROOM, ClauseRole.PRINCIPAL_DIAGNOSIS);
        assertThat(sheet.clauses().get(1).codes()).containsExactly("Z51.003");
    }

    @Test
    void spacesAndAsciiColonsAreTolerated() {
        ClauseSheet sheet = ClauseParser.adrg(new TextFile("ADRG/AC1_x.dat", List.of("同时包含以下手术或操作:",
                "52.8000 胰腺移植", "和", "55.6100 肾自体移植术", "符合 MDCZ 主诊表，且无手术")));
        assertThat(sheet.clauses()).extracting(Clause::role).containsExactly(ClauseRole.PROCEDURE_GROUP,
                ClauseRole.PROCEDURE_GROUP, ClauseRole.MDC_TABLE, ClauseRole.NO_OPERATING_ROOM);
        assertThat(sheet.clauses().get(2).name()).isEqualTo("MDCZ");
    }

    @Test
    void commentedCodesAreSkipped() {
        ClauseSheet sheet = ClauseParser.mdc(new TextFile("MDC/MDCZ_x.dat",
                List.of("头颈部创伤", "包含以下主要诊断：", "S12.803 舌骨断裂", "# S12.910 开放性颈椎骨折", "胸部创伤",
                        "包含以下主要诊断：", "S21.101 开放性肋部前壁损伤")));
        assertThat(sheet.clauses()).extracting(Clause::role).containsExactly(ClauseRole.REGION,
                ClauseRole.PRINCIPAL_DIAGNOSIS, ClauseRole.REGION, ClauseRole.PRINCIPAL_DIAGNOSIS);
        assertThat(sheet.codes(ClauseRole.Kind.DIAGNOSIS)).containsExactly("S12.803", "S21.101");
    }

    @Test
    void formulaLinesNameTheirTables() {
        ClauseSheet sheet = ClauseParser.adrg(new TextFile("ADRG/JA1_x.dat", List.of(
                "包含以下主要诊断+手术表 1+手术表 2", "或包含以下主要诊断+手术表 1+手术表 3+手术表 4", "主要诊断：",
                "C50.900 乳房恶性肿瘤", "手术表 1：", "85.7000x001 乳房重建术")));
        assertThat(sheet.formulas()).extracting(Formula::tables).containsExactly(
                List.of("主要诊断", "手术表1", "手术表2"), List.of("主要诊断", "手术表1", "手术表3", "手术表4"));
    }
}
