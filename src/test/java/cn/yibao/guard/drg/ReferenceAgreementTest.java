package cn.yibao.guard.drg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.drg.batch.CaseCsv;
import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.GroupingResult;

/**
 * CHS-DRG 1.1 against published and reference groupings: the 24 labelled public sample cases and the
 * 3,962 development cases labelled by an independent reference implementation (docs/drg.md lists any
 * deliberate disagreement; there is none today).
 */
class ReferenceAgreementTest {

    private final DrgGrouper grouper = SharedData.grouper();

    @Test
    void everyPublishedSampleGetsItsPublishedDrg() throws IOException {
        List<String> disagreements = disagreements(SharedData.PUBLISHED_CASES, "expected_drg");
        assertThat(disagreements).isEmpty();
        assertThat(labelled(SharedData.PUBLISHED_CASES, "expected_drg")).isEqualTo(24);
    }

    @Test
    void everyDevelopmentCaseGetsTheReferenceDrg() throws IOException {
        List<String> disagreements = disagreements(SharedData.DEV_CASES, "expected_drg");
        assertThat(disagreements).isEmpty();
        assertThat(labelled(SharedData.DEV_CASES, "expected_drg")).isEqualTo(3962);
    }

    @Test
    void developmentCasesAlsoAgreeOnMdcAndAdrg() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.DEV_CASES, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int mdc = header.indexOf("expected_mdc");
        int adrg = header.indexOf("expected_adrg");
        CaseCsv csv = CaseCsv.header(lines.get(0));
        List<String> disagreements = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            GroupingResult result = grouper.group(csv.row(lines.get(i), i + 1).groupingCase());
            if (!fields[mdc].equals(orEmpty(result.mdc())) || !fields[adrg].equals(orEmpty(result.adrg()))) {
                disagreements.add(fields[0] + ": " + fields[mdc] + "/" + fields[adrg] + " vs " + result.mdc() + "/"
                        + result.adrg());
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private List<String> disagreements(Path file, String column) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int expected = List.of(lines.get(0).split(",")).indexOf(column);
        CaseCsv csv = CaseCsv.header(lines.get(0));
        List<String> disagreements = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String drg = lines.get(i).split(",", -1)[expected];
            if (drg.isEmpty()) {
                continue;
            }
            GroupingResult result = grouper.explain(csv.row(lines.get(i), i + 1).groupingCase());
            if (!result.drg().equals(drg)) {
                disagreements.add(result.id() + ": expected " + drg + ", got " + result.drg() + " " + result.trace());
            }
        }
        return disagreements;
    }

    private static long labelled(Path file, String column) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int expected = List.of(lines.get(0).split(",")).indexOf(column);
        return lines.stream().skip(1).filter(l -> !l.split(",", -1)[expected].isEmpty()).count();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
