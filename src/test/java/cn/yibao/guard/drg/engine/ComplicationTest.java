package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** The MCC/CC split and the exclusion tables (排除表): K22.301 as principal diagnosis is in table 7-111. */
class ComplicationTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void aCcFromAnotherTableCounts() {
        GroupingResult result = grouper.explain(adult(2, 88, "K22.301|K11.901|E11.900|I10.x05", "96.0800x005"));
        assertThat(result.drg()).isEqualTo("GZ13");
        assertThat(result.trace()).contains("principal diagnosis K22.301 is in exclusion table 7-111",
                "K11.901 is a CC; not excluded by table 7-110");
    }

    @Test
    void aCcInThePrincipalDiagnosissTableIsExcluded() {
        GroupingResult result = grouper.explain(adult(2, 88, "K22.301|K22.000", ""));
        assertThat(result.drg()).isEqualTo("GZ15");
        assertThat(result.trace()).contains("K22.000 is a CC; excluded by table 7-111");
    }

    @Test
    void aThreeWaySplitSeparatesMccCcAndNeither() {
        // BR2 脑缺血性疾患 has BR21, BR23 and BR25; I63.900 is in exclusion table 7-96
        assertThat(grouper.group(adult(1, 70, "I63.900|A01.100", "")).drg()).isEqualTo("BR21");
        assertThat(grouper.group(adult(1, 70, "I63.900|K11.901", "")).drg()).isEqualTo("BR23");
        assertThat(grouper.group(adult(1, 70, "I63.900|I10.x05", "")).drg()).isEqualTo("BR25");
    }

    @Test
    void anAdrgWithoutAnMccSplitPutsAnMccCaseInItsCcGroup() {
        // GZ1 has only GZ13 (伴并发症或合并症) and GZ15
        assertThat(grouper.group(adult(2, 88, "K22.301|A01.100", "")).drg()).isEqualTo("GZ13");
    }

    @Test
    void anExcludedMccDoesNotCountButALaterCcDoes() {
        GroupingResult result = grouper.group(adult(2, 88, "K22.301|K25.100|K11.901", ""));
        assertThat(result.drg()).isEqualTo("GZ13");
    }

    @Test
    void anAdrgSplitOnlyByMccSendsACcCaseToItsGroupWithout() {
        // BR1 has BR11 (伴严重并发症或合并症) and BR15 only: a CC is not enough for BR11
        GroupingResult withCc = grouper.group(adult(1, 31, "I60.800x002|B01.800x001+I41.1*", ""));
        assertThat(withCc.drg()).isEqualTo("BR15");
    }
}
