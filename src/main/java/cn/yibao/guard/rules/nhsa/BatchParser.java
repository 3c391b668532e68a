package cn.yibao.guard.rules.nhsa;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleScope;
import cn.yibao.guard.rules.engine.template.AgeRestriction;
import cn.yibao.guard.rules.engine.template.CourseLimit;
import cn.yibao.guard.rules.engine.template.FrequencyPerCycle;
import cn.yibao.guard.rules.engine.template.HospitalLevelRestriction;
import cn.yibao.guard.rules.engine.template.InsuranceTypeRestriction;
import cn.yibao.guard.rules.engine.template.ItemExcludes;
import cn.yibao.guard.rules.engine.template.OperationGroup;
import cn.yibao.guard.rules.engine.template.PaymentDays;
import cn.yibao.guard.rules.engine.template.QuantityPerDay;
import cn.yibao.guard.rules.engine.template.SexRestriction;
import cn.yibao.guard.rules.engine.template.VisitTypeRestriction;
import cn.yibao.guard.stay.InsuranceType;

/**
 * Binds the rows of one NHSA batch to rule templates and parameters (pure: sheets in, rule records out). The
 * first sheet holds the batch; drug batches take a second sheet mapping each generic name to its national drug
 * codes, so a rule is reached by the code, by a HIS code the catalogue maps to that code, or by the generic name
 * alone. Malformed input (a missing column, an unknown restriction value, a malformed code, a duplicate row)
 * fails the whole batch with a {@link SheetException} naming sheet, row and column; footer rows (empty rows,
 * 合计, 备注) and course texts it cannot read are skipped and reported.
 * <p>
 * Rule ids are stable across re-imports and row moves: {@code <type>:<code>} for service items (plus the
 * group for batch 2, the secondary item for batch 7), {@code <type>:<hash of the generic name>} for drugs.
 */
public final class BatchParser {

    /** 新生儿: the first 28 days of life (day of birth = day 0). */
    static final int NEWBORN_MAX_DAYS = 28;
    /** 婴幼儿: under 3 years. */
    static final int INFANT_MAX_AGE = 2;

    private static final Pattern SERVICE_CODE = Pattern.compile("\\d{15}");
    private static final Pattern DRUG_CODE = Pattern.compile("[A-Z][A-Z0-9]{19}|[A-Z][A-Z0-9]{22}");
    private static final Pattern DAYS = Pattern.compile("(\\d{1,4})\\s*[天日]");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,3})\\s*小时");

    private final BatchType type;
    private final BatchPolicy policy;
    private final List<ParsedBatch.SkippedRow> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<RuleDefinition> rules = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private Sheet sheet;
    private int dataRows;
    private int drugCodes;

    private BatchParser(BatchType type, BatchPolicy policy) {
        this.type = type;
        this.policy = policy;
    }

    /**
     * Reads a batch: {@code sheets.get(0)} is the batch, {@code sheets.get(1)} (drug batches) the codes sheet.
     *
     * @throws SheetException naming sheet, row and column when the batch cannot be imported as it is
     */
    public static ParsedBatch parse(BatchType type, List<Sheet> sheets, BatchPolicy policy) {
        if (sheets.isEmpty()) {
            throw SheetException.sheet(type.stem(), "no sheet given");
        }
        return new BatchParser(type, policy).read(sheets);
    }

    private ParsedBatch read(List<Sheet> sheets) {
        sheet = sheets.get(0);
        Columns columns = Columns.of(sheet);
        List<Sheet.Row> rows = dataRows(columns);
        if (!type.drugs() && sheets.size() > 1) {
            warnings.add("sheets after the first are not read for " + type.stem() + ": " + sheets.subList(1,
                    sheets.size()).stream().map(Sheet::name).toList());
        }
        switch (type) {
            case B1_DRUG_AGE, B1_DRUG_SEX, B3_DRUG_INSURANCE_TYPE, B4_DRUG_VISIT_TYPE, B5_DRUG_HOSPITAL_LEVEL,
                    B6_DRUG_PAYMENT_DAYS -> drugs(columns, rows, sheets.size() > 1 ? sheets.get(1) : null);
            case B1_ITEM_AGE, B1_ITEM_SEX -> patientItems(columns, rows);
            case B2_OPERATION_GROUP -> operationGroups(columns, rows);
            case B7_DUPLICATE_CHARGE -> duplicateCharges(columns, rows);
            case B8_1_FREQUENCY -> frequencies(columns, rows);
            case B8_2_AGE -> workingAge(columns, rows);
            case B8_3_COURSE -> courses(columns, rows);
            case B8_4_CYCLE -> cycles(columns, rows);
        }
        if (rules.isEmpty()) {
            throw SheetException.sheet(sheet.name(), "no row of the sheet reads as batch " + type.stem()
                    + (skipped.isEmpty() ? "" : " (skipped: " + skipped.get(0).reason() + ")")
                    + "; is it the right batch type?");
        }
        return new ParsedBatch(type, rules, dataRows, drugCodes, skipped, warnings);
    }

    // ---- footer rows ---------------------------------------------------------------------------------------

    /** The data rows, without the footer rows the published sheets carry (reported as skipped). */
    private List<Sheet.Row> dataRows(Columns columns) {
        List<Sheet.Row> out = new ArrayList<>();
        for (Sheet.Row row : columns.data()) {
            dataRows++;
            String first = row.cell(0);
            if (row.blank()) {
                skip(row, "empty row");
            } else if (first.equals("合计") || first.equals("总计")) {
                skip(row, "合计 (total) row");
            } else if (row.restBlank() && (first.startsWith("备注") || first.startsWith("注：")
                    || first.startsWith("注:") || first.startsWith("说明"))) {
                skip(row, "备注 footnote: " + abbreviate(first, 80));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private void skip(Sheet.Row row, String reason) {
        skipped.add(new ParsedBatch.SkippedRow(sheet.name(), row.number(), reason));
    }

    // ---- drug batches ---------------------------------------------------------------------------------------

    private void drugs(Columns c, List<Sheet.Row> rows, Sheet codesSheet) {
        int name = c.required("药品通用名");
        int kind = c.required("限定类型");
        boolean byValueRange = type == BatchType.B4_DRUG_VISIT_TYPE || type == BatchType.B5_DRUG_HOSPITAL_LEVEL
                || type == BatchType.B6_DRUG_PAYMENT_DAYS;
        int value = byValueRange ? c.required("限定值域") : c.required("限定对象");
        int note = c.optional("药品说明");
        // The batch's own sheet says first whether it is this batch; its codes sheet is read after.
        for (Sheet.Row row : rows) {
            checkRestrictionType(c, row, kind);
        }
        Map<String, Set<String>> codes = Map.of();
        if (codesSheet != null) {
            codes = DrugCodes.read(type, codesSheet, warnings);
        } else {
            warnings.add("no codes sheet: the rules name drugs by generic name only; import the batch with its "
                    + "-codes sheet so that orders carrying only a national or HIS code are judged too");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> withoutCodes = new ArrayList<>();
        for (Sheet.Row row : rows) {
            String generic = required(c, row, name);
            Integer earlier = seen.putIfAbsent(generic, row.number());
            if (earlier != null) {
                throw new SheetException(sheet.name(), row.number(), c.name(name), "duplicate 药品通用名 '" + generic
                        + "' (also row " + earlier + ")");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            Set<String> drugCodesOf = codes.getOrDefault(generic, Set.of());
            if (!drugCodesOf.isEmpty()) {
                p.put("items", List.copyOf(drugCodesOf));
                drugCodes += drugCodesOf.size();
            } else if (!codes.isEmpty()) {
                withoutCodes.add(generic);
            }
            p.put("genericNames", List.of(generic));
            String v = required(c, row, value);
            Restriction r = drugRestriction(c, row, value, v);
            p.putAll(r.parameters());
            add(row, "drug:" + generic, hash(generic), r.template(), generic + " " + r.label(), p,
                    note < 0 ? null : row.cell(note), r.scope());
        }
        List<String> unused = DrugCodes.unused(codes, seen.keySet());
        if (!unused.isEmpty()) {
            warnings.add(unused.size() + " generic names of the codes sheet are not in the batch; their codes make no"
                    + " rule: " + abbreviate(String.join("、", unused), 200));
        }
        if (!withoutCodes.isEmpty()) {
            warnings.add(withoutCodes.size() + " drugs have no codes in the codes sheet and are matched by generic"
                    + " name only: " + abbreviate(String.join("、", withoutCodes), 200));
        }
    }

    /** A template, its restriction parameters, the label of the rule's name, and its scope. */
    private record Restriction(String template, Map<String, Object> parameters, String label, RuleScope scope) {
        Restriction(String template, Map<String, Object> parameters, String label) {
            this(template, parameters, label, RuleScope.EVERYWHERE);
        }
    }

    private Restriction drugRestriction(Columns c, Sheet.Row row, int column, String v) {
        return switch (type) {
            case B1_DRUG_SEX -> sex(c, row, column, v);
            case B1_DRUG_AGE -> age(c, row, column, v);
            case B3_DRUG_INSURANCE_TYPE -> insurance(c, row, column, v);
            case B4_DRUG_VISIT_TYPE -> switch (v) {
                case "住院" -> new Restriction(VisitTypeRestriction.ID, Map.of("visitType", "INPATIENT"), "限住院");
                case "门诊" -> new Restriction(VisitTypeRestriction.ID, Map.of("visitType", "OUTPATIENT"), "限门诊");
                default -> throw unknown(c, row, column, v, "住院 or 门诊");
            };
            case B5_DRUG_HOSPITAL_LEVEL -> {
                int level = switch (v.replace("及以上", "")) {
                    case "一级" -> 1;
                    case "二级" -> 2;
                    case "三级" -> 3;
                    default -> throw unknown(c, row, column, v, "一级, 二级 or 三级");
                };
                yield new Restriction(HospitalLevelRestriction.ID, Map.of("minLevel", level), "限" + v.replace("及以上",
                        "") + "及以上医疗机构");
            }
            case B6_DRUG_PAYMENT_DAYS -> {
                Matcher m = DAYS.matcher(v);
                if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                    throw unknown(c, row, column, v, "a number of days, e.g. 14天");
                }
                int days = Integer.parseInt(m.group(1));
                yield new Restriction(PaymentDays.ID, Map.of("maxDays", days), "支付不超过" + days + "天");
            }
            default -> throw new IllegalStateException(type + " is not a drug batch");
        };
    }

    private Restriction sex(Columns c, Sheet.Row row, int column, String v) {
        return switch (v) {
            case "男", "男性" -> new Restriction(SexRestriction.ID, Map.of("sex", 1), "限男性");
            case "女", "女性" -> new Restriction(SexRestriction.ID, Map.of("sex", 2), "限女性");
            default -> throw unknown(c, row, column, v, "男 or 女");
        };
    }

    private Restriction age(Columns c, Sheet.Row row, int column, String v) {
        return switch (v) {
            case "儿童" -> new Restriction(AgeRestriction.ID, Map.of("children", true), "限儿童");
            case "新生儿" -> new Restriction(AgeRestriction.ID, Map.of("maxAgeDays", NEWBORN_MAX_DAYS), "限新生儿");
            case "婴幼儿" -> new Restriction(AgeRestriction.ID, Map.of("maxAge", INFANT_MAX_AGE), "限婴幼儿");
            default -> throw unknown(c, row, column, v, "儿童, 新生儿 or 婴幼儿");
        };
    }

    private Restriction insurance(Columns c, Sheet.Row row, int column, String v) {
        InsuranceType insurance = switch (v.replace("保险", "").replace("医保", "")) {
            case "工伤" -> InsuranceType.WORK_INJURY;
            case "生育" -> InsuranceType.MATERNITY;
            case "职工" -> InsuranceType.EMPLOYEE;
            case "居民" -> InsuranceType.RESIDENT;
            default -> throw unknown(c, row, column, v, "工伤, 生育, 职工 or 居民");
        };
        // Self-paying patients claim nothing from the fund, so a fund's restriction does not concern them.
        RuleScope insured = new RuleScope(Set.of(), Set.of(), EnumSet.complementOf(EnumSet.of(InsuranceType.SELF_PAY)));
        return new Restriction(InsuranceTypeRestriction.ID, Map.of("insuranceTypes", List.of(insurance.name())),
                "限" + v.replace("保险", "") + "保险", insured);
    }

    private void checkRestrictionType(Columns c, Sheet.Row row, int column) {
        String expected = type.restrictionType().orElseThrow();
        String actual = row.cell(column);
        if (!expected.equals(actual)) {
            throw new SheetException(sheet.name(), row.number(), c.name(column), "限定类型 is '" + actual + "' but "
                    + type.stem() + " rows are '" + expected + "'; is it the right batch type?");
        }
    }

    // ---- service-item batches -------------------------------------------------------------------------------

    private void patientItems(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int code = c.required("国标代码");
        int kind = c.required("限定类型");
        int value = type == BatchType.B1_ITEM_SEX ? c.required("限定性别", "限定对象") : c.required("限定对象");
        int note = c.optional("项目说明");
        for (Sheet.Row row : rows) {
            String item = serviceCode(c, row, code);
            checkRestrictionType(c, row, kind);
            String v = required(c, row, value);
            Restriction r = type == BatchType.B1_ITEM_SEX ? sex(c, row, value, v) : age(c, row, value, v);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            p.putAll(r.parameters());
            add(row, item, item, r.template(), label(row, name, item) + " " + r.label(), p, cell(row, note),
                    r.scope());
        }
    }

    private void operationGroups(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int code = c.required("国标代码");
        int kind = c.required("限定类型");
        int group = c.required("限定值域");
        int note = c.optional("项目说明");
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Sheet.Row row : rows) {
            checkRestrictionType(c, row, kind);
            members.computeIfAbsent(required(c, row, group), g -> new TreeSet<>()).add(serviceCode(c, row, code));
        }
        for (Sheet.Row row : rows) {
            String item = row.cell(code);
            String g = row.cell(group);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            p.put("group", g);
            p.put("groupItems", List.copyOf(members.get(g)));
            add(row, item + " in " + g, item + "." + hash(g).substring(0, 6), OperationGroup.ID,
                    label(row, name, item) + " 主次操作（" + g + "）", p, cell(row, note), RuleScope.EVERYWHERE);
        }
    }

    private void duplicateCharges(Columns c, List<Sheet.Row> rows) {
        int window = c.required("频度");
        int mainName = c.optional("主项名称");
        int main = c.required("主项编码");
        int secondaryName = c.optional("从项名称");
        int secondary = c.required("从项编码");
        int note = c.optional("备注");
        for (Sheet.Row row : rows) {
            String w = required(c, row, window);
            String windowCode = window(c, row, window, w);
            String a = serviceCode(c, row, main);
            String b = serviceCode(c, row, secondary);
            if (a.equals(b)) {
                throw new SheetException(sheet.name(), row.number(), c.name(secondary), "the secondary item is the "
                        + "main item " + a);
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(a));
            p.put("excludedItems", List.of(b));
            p.put("window", windowCode);
            add(row, a + " with " + b, a + "." + b, ItemExcludes.ID, label(row, mainName, a) + " 含 "
                    + label(row, secondaryName, b) + "（" + w + "）", p, cell(row, note), RuleScope.EVERYWHERE);
        }
    }

    /** 单日 → DAY, 单次就诊 → STAY, 同一小时 → SAME_HOUR, N小时 → HOURS:N. */
    private String window(Columns c, Sheet.Row row, int column, String w) {
        switch (w) {
            case "单日":
            case "同一日":
                return "DAY";
            case "单次就诊":
            case "单次住院":
                return "STAY";
            case "同一小时":
                return "SAME_HOUR";
            default:
                break;
        }
        Matcher m = HOURS.matcher(w);
        if (m.matches() && Integer.parseInt(m.group(1)) >= 1) {
            return "HOURS:" + Integer.parseInt(m.group(1));
        }
        throw unknown(c, row, column, w, "单日, 单次就诊, 同一小时 or N小时");
    }

    /**
     * 限制数量 per 数量单位: 日 or 天 mean "N per calendar day"; 小时 means the item is billed by the hour and
     * at most N hours (24) are billed per calendar day. Both are QUANTITY_PER_DAY caps on the line's quantity.
     */
    private void frequencies(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int count = c.required("限制数量");
        int unit = c.required("数量单位");
        int code = c.required("项目编码", "项目代码", "国标代码");
        for (Sheet.Row row : rows) {
            String item = serviceCode(c, row, code);
            BigDecimal cap = positive(c, row, count);
            String u = required(c, row, unit);
            String label;
            switch (u) {
                case "日", "天", "次/日", "次/天" -> label = "每日限" + plain(cap) + "次";
                case "小时" -> {
                    if (cap.compareTo(BigDecimal.valueOf(24)) > 0) {
                        throw new SheetException(sheet.name(), row.number(), c.name(count), "more than 24 hours a day: "
                                + row.cell(count));
                    }
                    label = "每日限" + plain(cap) + "小时";
                }
                default -> throw unknown(c, row, unit, u, "日, 天 or 小时");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            p.put("maxPerDay", number(cap));
            add(row, item, item, QuantityPerDay.ID, label(row, name, item) + " " + label, p, null,
                    RuleScope.EVERYWHERE);
        }
    }

    /**
     * "参保人年龄超出法定就业年龄限制": the item is payable only within the statutory working age, whose upper
     * bound is the setting {@code yibao.rules.working-age-max}.
     */
    private void workingAge(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int text = c.required("备注");
        int code = c.required("项目代码", "项目编码", "国标代码");
        for (Sheet.Row row : rows) {
            String item = serviceCode(c, row, code);
            String condition = row.cell(text);
            if (!condition.contains("就业年龄") && !condition.contains("劳动年龄")) {
                skip(row, "condition not understood: " + abbreviate(condition, 80));
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            p.put("workingAge", true);
            add(row, item, item, AgeRestriction.ID, label(row, name, item) + " 限法定就业年龄", p, condition,
                    RuleScope.EVERYWHERE);
        }
    }

    private void courses(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int text = c.required("备注");
        int code = c.required("项目代码", "项目编码", "国标代码");
        for (Sheet.Row row : rows) {
            String item = serviceCode(c, row, code);
            String condition = row.cell(text);
            CourseText.Reading reading = CourseText.read(condition);
            if (!reading.understood()) {
                skip(row, "condition not understood: " + abbreviate(condition, 80));
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            List<String> label = new ArrayList<>();
            if (reading.maxCourseDays() != null) {
                p.put("maxCourseDays", reading.maxCourseDays());
                label.add("疗程不超过" + reading.maxCourseDays() + "天");
            }
            if (reading.minIntervalDays() != null) {
                p.put("minIntervalDays", reading.minIntervalDays());
                label.add("间隔不短于" + reading.minIntervalDays() + "天");
            }
            add(row, item, item, CourseLimit.ID, label(row, name, item) + " " + String.join("，", label), p,
                    condition, RuleScope.EVERYWHERE);
        }
    }

    private void cycles(Columns c, List<Sheet.Row> rows) {
        int name = c.required("项目名称");
        int count = c.required("频次上限");
        int cycle = c.required("疗程周期");
        int note = c.optional("备注");
        int code = c.required("项目代码", "项目编码", "国标代码");
        for (Sheet.Row row : rows) {
            String item = serviceCode(c, row, code);
            BigDecimal max = positive(c, row, count);
            BigDecimal days = positive(c, row, cycle);
            if (days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(731)) > 0) {
                throw new SheetException(sheet.name(), row.number(), c.name(cycle), "must be a whole number of days"
                        + " from 1 to 731: " + row.cell(cycle));
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("items", List.of(item));
            p.put("maxCount", number(max));
            p.put("cycleDays", days.intValueExact());
            add(row, item, item, FrequencyPerCycle.ID, label(row, name, item) + " 每" + days.intValueExact() + "天限"
                    + plain(max) + "次", p, cell(row, note), RuleScope.EVERYWHERE);
        }
    }

    // ---- cells ----------------------------------------------------------------------------------------------

    private String required(Columns c, Sheet.Row row, int column) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            throw new SheetException(sheet.name(), row.number(), c.name(column), "is empty");
        }
        return value;
    }

    private String serviceCode(Columns c, Sheet.Row row, int column) {
        String code = required(c, row, column);
        if (!SERVICE_CODE.matcher(code).matches()) {
            throw new SheetException(sheet.name(), row.number(), c.name(column), "'" + code + "' is not a 15-digit "
                    + "national service code");
        }
        return code;
    }

    static boolean drugCode(String code) {
        return DRUG_CODE.matcher(code).matches();
    }

    private BigDecimal positive(Columns c, Sheet.Row row, int column) {
        String text = required(c, row, column);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100_000)) < 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SheetException(sheet.name(), row.number(), c.name(column), "'" + text + "' is not a number > 0");
    }

    private SheetException unknown(Columns c, Sheet.Row row, int column, String value, String expected) {
        return new SheetException(sheet.name(), row.number(), c.name(column), "unknown restriction value '" + value
                + "'; expected " + expected);
    }

    private static String cell(Sheet.Row row, int column) {
        return column < 0 ? null : row.cell(column);
    }

    private static String label(Sheet.Row row, int column, String fallback) {
        String name = column < 0 ? "" : row.cell(column);
        return name.isEmpty() ? fallback : name;
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    private void add(Sheet.Row row, String key, String idKey, String template, String name,
            Map<String, Object> parameters, String note, RuleScope scope) {
        String id = type.stem() + ":" + idKey;
        Integer earlier = ids.putIfAbsent(id, row.number());
        if (earlier != null) {
            throw new SheetException(sheet.name(), row.number(), null, "duplicate row: " + key + " (also row "
                    + earlier + ")");
        }
        BatchTiers tiers = policy.tiers();
        rules.add(new RuleDefinition(id, 1, template, abbreviate(name, 256), parameters, tiers.severity(),
                tiers.action(), tiers.judgement(), scope, policy.enabled(), type.sourcePrefix() + row.number(),
                note == null || note.isBlank() ? null : note));
    }

    /** Whole numbers as integers (1, not 1.0), so that the stored parameters read naturally. */
    private static Object number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return plain.intValueExact();
        }
        return plain;
    }

    private static String plain(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The first 12 hex digits of the text's SHA-256: a stable id part for a generic name or group. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
