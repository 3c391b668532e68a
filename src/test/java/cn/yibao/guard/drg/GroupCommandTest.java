package cn.yibao.guard.drg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code group --scheme DIR --in FILE --out FILE}, without database or service. */
class GroupCommandTest {

    @TempDir
    Path dir;

    @Test
    void groupsACsvFileWithTheSharedScheme() throws IOException {
        Path out = dir.resolve("results.csv");
        int exit = new GroupCommand().run("--scheme", SharedData.CHS_DRG_11.toString(), "--in",
                SharedData.PUBLISHED_CASES.toString(), "--out", out.toString());
        assertThat(exit).isZero();
        List<String> results = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(results).hasSize(31).first().isEqualTo("id,mdc,adrg,drg,status,reason");
        assertThat(results).contains("22058878,MDCG,GZ1,GZ13,GROUPED,", "22069960,MDCM,MA1,MA19,GROUPED,");
    }

    @Test
    void withoutCodeListsCodesAreNotChecked() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"),
                "id,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode,diagnoses,procedures\n"
                        + "X,2,88,,,3,1,K22.301|K99.999,\n");
        Path out = dir.resolve("out.csv");
        String[] common = {"--scheme", SharedData.CHS_DRG_11.toString(), "--in", in.toString(), "--out",
                out.toString()};
        assertThat(new GroupCommand().run(common)).isZero();
        assertThat(Files.readAllLines(out)).contains(
                "X,,,0000,INVALID,diagnoses: K99.999 is not in icd10-yb-2.0");
        assertThat(new GroupCommand().run(append(common, "--no-codes"))).isZero();
        assertThat(Files.readAllLines(out)).contains("X,MDCG,GZ1,GZ15,GROUPED,");
    }

    @Test
    void aBrokenSchemeOrMissingOptionExitsWithUsageError() {
        assertThat(new GroupCommand().run("--scheme", SharedData.CODES.toString(), "--in", "x", "--out", "y"))
                .isEqualTo(2);
        assertThat(new GroupCommand().run("--in", "x")).isEqualTo(2);
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
