package cn.yibao.guard.rules.nhsa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * The NHSA rule-base batches (两库 规则库, batches 1–8), by the stem of their published CSV file. Several batches
 * share their headers, so an import always names its type. Each type has default tiers for its rules:
 * restrictions that the patient's own data decides (sex, age, insurance type) are critical hard stops;
 * restrictions the physician may knowingly accept (visit type, hospital level, payment days, duplicate charges,
 * frequency) ask for confirmation; readings of free text or clinical norms (operation groups, working age,
 * courses, cycles) are suspicious, for review.
 */
public enum BatchType {

    B1_DRUG_AGE("b1-drug-age", "第一批 药品规则库（限定年龄对象）", true, "限定年龄对象", critical()),
    B1_DRUG_SEX("b1-drug-sex", "第一批 药品规则库（限定性别对象）", true, "限定性别对象", critical()),
    B1_ITEM_AGE("b1-item-age", "第一批 项目规则库（限定年龄对象）", false, "限定年龄对象", critical()),
    B1_ITEM_SEX("b1-item-sex", "第一批 项目规则库（限定性别对象）", false, "限定性别对象", critical()),
    B2_OPERATION_GROUP("b2-item-primary-secondary-operation", "第二批 项目规则库（限定主次操作）", false, "限定主次操作",
            new BatchTiers(Severity.WARNING, RuleAction.NOTIFY, Judgement.SUSPICIOUS)),
    B3_DRUG_INSURANCE_TYPE("b3-drug-insurance-type", "第三批 药品规则库（限定保险类型）", true, "限定保险类型",
            critical()),
    B4_DRUG_VISIT_TYPE("b4-drug-visit-type", "第四批 药品规则库（限定就医方式）", true, "限定就医方式", confirm()),
    B5_DRUG_HOSPITAL_LEVEL("b5-drug-hospital-level", "第五批 药品规则库（限定机构等级）", true, "限定机构等级",
            confirm()),
    B6_DRUG_PAYMENT_DAYS("b6-drug-payment-days", "第六批 药品规则库（限定支付疗程）", true, "限定支付疗程", confirm()),
    B7_DUPLICATE_CHARGE("b7-item-duplicate-charge", "第七批 项目规则库（重复收费）", false, null, confirm()),
    B8_1_FREQUENCY("b8-1-item-frequency", "第八批-1 项目规则库（限定频次）", false, null, confirm()),
    B8_2_AGE("b8-2-item-age", "第八批-2 项目规则库（限定年龄）", false, null, review()),
    B8_3_COURSE("b8-3-item-course", "第八批-3 项目规则库（限定疗程）", false, null, review()),
    B8_4_CYCLE("b8-4-item-cycle", "第八批-4 项目规则库（限定周期）", false, null, review());

    private final String stem;
    private final String title;
    private final boolean drugs;
    private final String restrictionType;
    private final BatchTiers defaults;

    BatchType(String stem, String title, boolean drugs, String restrictionType, BatchTiers defaults) {
        this.stem = stem;
        this.title = title;
        this.drugs = drugs;
        this.restrictionType = restrictionType;
        this.defaults = defaults;
    }

    /** The batch type as given with an import: the published CSV file's stem, e.g. {@code b1-drug-sex}. */
    public String stem() {
        return stem;
    }

    /** The batch's published title. */
    public String title() {
        return title;
    }

    /** Drug batches name drugs by generic name and come with a codes sheet (generic name → national codes). */
    public boolean drugs() {
        return drugs;
    }

    /** The 限定类型 every row states, when the batch has that column; it tells batches with equal headers apart. */
    public Optional<String> restrictionType() {
        return Optional.ofNullable(restrictionType);
    }

    /** The tiers the batch's rules start with. */
    public BatchTiers defaults() {
        return defaults;
    }

    /** Rule sources of this batch: {@code <stem>#<row>}. */
    public String sourcePrefix() {
        return stem + "#";
    }

    public static Optional<BatchType> of(String stem) {
        return Arrays.stream(values()).filter(t -> t.stem.equals(stem)).findFirst();
    }

    public static List<String> stems() {
        return Arrays.stream(values()).map(BatchType::stem).toList();
    }

    private static BatchTiers critical() {
        return new BatchTiers(Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION);
    }

    private static BatchTiers confirm() {
        return new BatchTiers(Severity.WARNING, RuleAction.CONFIRM, Judgement.VIOLATION);
    }

    private static BatchTiers review() {
        return new BatchTiers(Severity.WARNING, RuleAction.CONFIRM, Judgement.SUSPICIOUS);
    }
}
