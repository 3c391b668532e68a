package cn.yibao.guard.drg.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;
import cn.yibao.guard.drg.engine.DrgGrouper;

/** The contract's CSV in and out; a malformed row is reported and the batch goes on. */
class BatchGroupingTest {

    private final DrgGrouper grouper = new DrgGrouper(SharedData.chsDrg11());

    @Test
    void groupsEveryRowInOrder() throws IOException {
        String out = run("""
                id,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode,diagnoses,procedures
                22058878,2,88,,,94,1,K22.301|K11.901|E11.900|I10.x05,96.0800x005
                N1,1,0,5,,3,1,P59.901,
                U1,2,70,,,3,1,N40.x00,
                """);
        assertThat(out).isEqualTo("""
                id,mdc,adrg,drg,status,reason
                22058878,MDCG,GZ1,GZ13,GROUPED,
                N1,,,0000,INVALID,birth_weight_g is required for a newborn (age ≤ 28 days)
                U1,,,0000,UNGROUPABLE,the case fits no MDC and ADRG of chs-drg-1.1
                """);
    }

    @Test
    void columnsMayComeInAnyOrderWithExtraOnes() throws IOException {
        String out = run("""
                diagnoses,procedures,id,expected,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode
                "K22.301|K11.901",96.0800x005,A,GZ13,2,88,,,94,1
                """);
        assertThat(out).endsWith("A,MDCG,GZ1,GZ13,GROUPED,\n");
    }

    @Test
    void aMalformedRowIsInvalidAndTheNextRowsAreGrouped() throws IOException {
        String out = run("""
                id,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode,diagnoses,procedures
                B1,2,eighty,,,94,1,K22.301,
                B2,2,88
                "B3,2,88,,,94,1,K22.301,
                B4,2,88,,,94,1,K22.301||K11.901,
                B5,2,88,,,94,1,K22.301|K11.901,
                """);
        assertThat(out.lines().toList()).containsExactly("id,mdc,adrg,drg,status,reason",
                "B1,,,0000,INVALID,line 2: age_years 'eighty' is not a whole number",
                "B2,,,0000,INVALID,line 3: 3 fields where 9 are needed",
                "B3,,,0000,INVALID,line 4: a quoted field is not closed",
                "B4,,,0000,INVALID,line 5: diagnoses 'K22.301||K11.901' has an empty code",
                "B5,MDCG,GZ1,GZ13,GROUPED,");
    }

    @Test
    void aHeaderWithoutAColumnRefusesTheWholeFile() {
        assertThatThrownBy(() -> run("id,sex,age_years,diagnoses\nA,1,40,K22.301\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the column(s) age_days, birth_weight_g, los_days, discharge_mode, procedures");
    }

    @Test
    void largeBatchesComeInBlocks() throws IOException {
        StringBuilder in = new StringBuilder(String.join(",", CaseCsv.COLUMNS)).append('\n');
        for (int i = 0; i < 5000; i++) {
            in.append("C").append(i).append(",2,88,,,94,1,K22.301|K11.901,\n");
        }
        List<String> blocks = new ArrayList<>();
        BatchGrouping batch = BatchGrouping.open(grouper, new BufferedReader(new StringReader(in.toString())));
        batch.forEachRemaining(blocks::add);
        assertThat(batch.cases()).isEqualTo(5000);
        assertThat(blocks).hasSize(3);
        assertThat(String.join("", blocks).lines()).hasSize(5001);
    }

    private String run(String csv) throws IOException {
        StringBuilder out = new StringBuilder();
        BatchGrouping.open(grouper, new BufferedReader(new StringReader(csv))).forEachRemaining(out::append);
        return out.toString();
    }
}
