package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.SharedData;

/** MDCZ: the principal diagnosis in its table and injuries in at least two body regions. */
class TraumaRegionsTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void injuriesInTwoRegionsAreMultipleSignificantTrauma() {
        // S06.201 brain-stem contusion (头颈部创伤) and S36.110 liver injury (腹部创伤)
        GroupingResult result = grouper.explain(adult(1, 40, "S06.201|S36.110", ""));
        assertThat(result.mdc()).isEqualTo("MDCZ");
        assertThat(result.adrg()).isEqualTo("ZZ1");
        assertThat(result.trace()).anyMatch(s -> s.contains("injuries in 2 body regions"));
    }

    @Test
    void twoInjuriesOfOneRegionAreNot() {
        // both in 头颈部创伤
        GroupingResult result = grouper.explain(adult(1, 40, "S06.201|S06.000", ""));
        assertThat(result.mdc()).isNotEqualTo("MDCZ");
        assertThat(result.trace()).anyMatch(s -> s.endsWith("but MDCZ also requires diagnoses in at least 2 of 头颈部创伤, 胸部创伤, 腹部创伤, 泌尿系统创伤, "
                + "生殖系统创伤, 躯干、脊柱创伤, 上肢创伤, 下肢创伤, 骨盆创伤"));
    }

    @Test
    void aMultipleTraumaCaseWithACraniotomyIsZB1() {
        GroupingResult result = grouper.group(adult(1, 40, "S06.201|S36.110", "01.2400x005"));
        assertThat(result.adrg()).isEqualTo("ZB1");
    }

    @Test
    void anOperationNoMdczAdrgTakesSendsTheCaseToTheNextMdc() {
        // ZZ1 requires no operating-room procedure; the thyroid operation fits no Z ADRG, so MDCD takes it
        GroupingResult result = grouper.explain(adult(2, 51, "S12.815|I09.800|S36.110|G11.000", "06.0903"));
        assertThat(result.drg()).isEqualTo("DU19");
        assertThat(result.trace()).contains("no ADRG of MDCZ fits; trying the next MDC");
    }
}
