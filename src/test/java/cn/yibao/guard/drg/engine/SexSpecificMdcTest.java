package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** MDCM only for men, MDCN only for women. */
class SexSpecificMdcTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void prostateDiseaseOfAManIsMdcm() {
        assertThat(grouper.group(adult(1, 70, "N40.x00", "")).mdc()).isEqualTo("MDCM");
    }

    @Test
    void aMaleDiagnosisOfAWomanIsUngroupable() {
        GroupingResult result = grouper.explain(adult(2, 70, "N40.x00", ""));
        assertThat(result.status()).isEqualTo(GroupingStatus.UNGROUPABLE);
        assertThat(result.drg()).isEqualTo("0000");
        assertThat(result.trace()).anyMatch(s -> s.equals(
                "principal diagnosis N40.x00 is in the MDCM table, but MDCM also requires sex = 1"));
    }

    @Test
    void endometriosisOfAWomanIsMdcnAndOfAManUngroupable() {
        assertThat(grouper.group(adult(2, 35, "N80.000", "")).mdc()).isEqualTo("MDCN");
        assertThat(grouper.group(adult(1, 35, "N80.000", "")).status()).isEqualTo(GroupingStatus.UNGROUPABLE);
    }

    @Test
    void unknownSexEntersNeitherSexSpecificMdc() {
        assertThat(grouper.group(adult(9, 35, "N80.000", "")).status()).isEqualTo(GroupingStatus.UNGROUPABLE);
        assertThat(grouper.group(adult(9, 35, "K22.301", "")).drg()).isEqualTo("GZ15");
    }
}
