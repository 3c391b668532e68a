package cn.yibao.guard.rules.nhsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yibao.guard.rules.engine.RuleDefinition;

/**
 * The published NHSA batches in {@code ../shared/rules/nhsa-liangku} (read in place, never copied), as sheets,
 * parsed batches and rule records.
 */
public final class NhsaFiles {

    public static final Path DIR = Path.of("..", "shared", "rules", "nhsa-liangku");

    /** The xlsx workbook of each batch, as published. */
    static final Map<BatchType, String> XLSX = Map.ofEntries(
            Map.entry(BatchType.B1_DRUG_AGE, "【第一批】药品规则库(限定年龄对象).xlsx"),
            Map.entry(BatchType.B1_DRUG_SEX, "【第一批】药品规则库(限定性别对象).xlsx"),
            Map.entry(BatchType.B1_ITEM_AGE, "【第一批】项目规则库(限定年龄对象).xlsx"),
            Map.entry(BatchType.B1_ITEM_SEX, "【第一批】项目规则库(限定性别对象).xlsx"),
            Map.entry(BatchType.B2_OPERATION_GROUP, "【第二批】项目规则库（限定主次操作）.xlsx"),
            Map.entry(BatchType.B3_DRUG_INSURANCE_TYPE, "【第三批】药品规则库（限定保险类型）.xlsx"),
            Map.entry(BatchType.B4_DRUG_VISIT_TYPE, "【第四批】药品规则库（限定就医方式）.xlsx"),
            Map.entry(BatchType.B5_DRUG_HOSPITAL_LEVEL, "【第五批】药品规则库（限定机构等级）.xlsx"),
            Map.entry(BatchType.B6_DRUG_PAYMENT_DAYS, "【第六批】药品规则库（限定支付疗程）.xlsx"),
            Map.entry(BatchType.B7_DUPLICATE_CHARGE, "【第七批 】项目规则库（重复收费）.xlsx"),
            Map.entry(BatchType.B8_1_FREQUENCY, "【第八批-1】项目规则库（限定频次）.xlsx"),
            Map.entry(BatchType.B8_2_AGE, "【第八批-2】项目规则库（限定年龄）.xlsx"),
            Map.entry(BatchType.B8_3_COURSE, "【第八批-3】项目规则库（限定疗程）.xlsx"),
            Map.entry(BatchType.B8_4_CYCLE, "【第八批-4】项目规则库（限定周期）.xlsx"));

    private NhsaFiles() {
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path xlsxPath(BatchType type) {
        return DIR.resolve("xlsx").resolve(XLSX.get(type));
    }

    /** The batch's CSV sheets: the batch, and its codes sheet when it has one. */
    public static List<Sheet> csvSheets(BatchType type) {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(SheetReader.csv(type.stem() + ".csv", bytes(type.stem() + ".csv")));
        if (type.drugs()) {
            sheets.add(SheetReader.csv(type.stem() + "-codes.csv", bytes(type.stem() + "-codes.csv")));
        }
        return sheets;
    }

    public static List<Sheet> xlsxSheets(BatchType type) {
        try {
            return SheetReader.xlsx(XLSX.get(type), Files.readAllBytes(xlsxPath(type)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedBatch parse(BatchType type) {
        return BatchParser.parse(type, csvSheets(type), new BatchPolicy(type.defaults(), true));
    }

    /** Every batch's rules, enabled, as the CSV files give them. */
    public static List<RuleDefinition> allRules() {
        List<RuleDefinition> all = new ArrayList<>();
        for (BatchType type : BatchType.values()) {
            all.addAll(parse(type).rules());
        }
        return all;
    }
}
