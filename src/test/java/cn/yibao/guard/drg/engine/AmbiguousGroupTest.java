package cn.yibao.guard.drg.engine;

import static cn.yibao.guard.drg.SharedData.adult;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yibao.guard.drg.SharedData;
import cn.yibao.guard.drg.SyntheticScheme;
import cn.yibao.guard.drg.scheme.LocalScheme;

/** 歧义组: a scheme that defines BQY sends an operation no surgical ADRG of MDCB takes there. */
class AmbiguousGroupTest {

    @TempDir
    Path dir;

    @Test
    void anOperationNoSurgicalAdrgTakesIsAmbiguous() {
        DrgGrouper grouper = new DrgGrouper(LocalScheme.load("city", new SyntheticScheme().writeTo(dir),
                Optional.empty()));
        GroupingResult result = grouper.explain(adult(1, 60, "I61.000", "86.2200"));
        assertThat(result.status()).isEqualTo(GroupingStatus.GROUPED);
        assertThat(result.drg()).isEqualTo("BQY");
        assertThat(result.adrg()).isEqualTo("BQY");
        assertThat(result.trace()).anyMatch(s -> s.contains("ambiguous group (歧义组) BQY"));
    }

    @Test
    void withoutAnOperationTheMedicalAdrgApplies() {
        DrgGrouper grouper = new DrgGrouper(LocalScheme.load("city", new SyntheticScheme().writeTo(dir),
                Optional.empty()));
        assertThat(grouper.group(adult(1, 60, "I61.000|A01.100", "")).drg()).isEqualTo("BR11");
        assertThat(grouper.group(adult(1, 60, "S06.201", "01.2400x005")).drg()).isEqualTo("BB19");
    }

    @Test
    void chsDrg11DefinesNoAmbiguousGroups() {
        assertThat(SharedData.chsDrg11().mdcs()).allMatch(m -> m.ambiguousDrg() == null);
    }
}
