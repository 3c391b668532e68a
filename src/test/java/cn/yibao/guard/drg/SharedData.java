package cn.yibao.guard.drg;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.engine.GroupingCase;
import cn.yibao.guard.drg.scheme.LocalScheme;

/**
 * The reference data in {@code ../shared} that DRG tests read (never copied into the project), and the
 * CHS-DRG 1.1 scheme compiled once for all tests.
 */
public final class SharedData {

    public static final Path SHARED = Path.of("..", "shared");
    public static final Path CHS_DRG_11 = SHARED.resolve("drg/chs-drg-1.1");
    public static final Path CODES = SHARED.resolve("codes");
    public static final Path PUBLISHED_CASES = SHARED.resolve("samples/chs-drg-1.1-cases.csv");
    public static final Path DEV_CASES = SHARED.resolve("samples/chs-drg-1.1-dev-cases.csv");

    private static DrgScheme chsDrg11;

    private SharedData() {
    }

    public static synchronized DrgScheme chsDrg11() {
        if (chsDrg11 == null) {
            chsDrg11 = LocalScheme.load("chs-drg-1.1", CHS_DRG_11, Optional.of(CODES));
        }
        return chsDrg11;
    }

    public static DrgGrouper grouper() {
        return new DrgGrouper(chsDrg11());
    }

    /** A case of an adult or child: codes separated by {@code |}, the first principal. */
    public static GroupingCase adult(int sex, int age, String diagnoses, String procedures) {
        return new GroupingCase("T", sex, age, null, null, 5, "1", codes(diagnoses), codes(procedures));
    }

    /** A case of an infant under one year. */
    public static GroupingCase infant(int sex, int ageDays, Integer birthWeight, String diagnoses, String procedures) {
        return new GroupingCase("T", sex, 0, ageDays, birthWeight, 5, "1", codes(diagnoses), codes(procedures));
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
