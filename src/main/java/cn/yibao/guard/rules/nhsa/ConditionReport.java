package cn.yibao.guard.rules.nhsa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.template.AgeRestriction;
import cn.yibao.guard.rules.engine.template.CourseLimit;
import cn.yibao.guard.rules.engine.template.FrequencyPerCycle;
import cn.yibao.guard.rules.engine.template.HospitalLevelRestriction;
import cn.yibao.guard.rules.engine.template.OperationGroup;
import cn.yibao.guard.rules.engine.template.PaymentDays;
import cn.yibao.guard.rules.engine.template.SexRestriction;
import cn.yibao.guard.rules.engine.template.VisitTypeRestriction;

/**
 * Which conditions a batch row's free text (药品说明, 备注) adds to what its rule checks, so that the insurance
 * office sees every condition the rule base states and the product does not check. Heuristics, documented in
 * {@code docs/rules.md}:
 * <ol>
 * <li>The text is cut into sentences (。；;). A sentence restricts payment if it says so (限, 需, 须, 应, 仅,
 * 方予/方可支付, 支付不超过, 最多支付, 间隔, 审查, 备案), or continues a list opened by "限：" or "以下条件". Other
 * sentences describe the drug (用于…, 清热解毒…) and are not conditions.</li>
 * <li>From a restricting sentence the part the rule checks is removed: "限二级及以上医疗机构" for a level-2 rule,
 * "支付不超过14天" for a 14-day rule, "住院患者…方予支付" for an inpatient rule, 男性/女性 for a sex rule, 儿童 for
 * a children's rule. A number that differs from the rule's value is reported as a conflict.</li>
 * <li>What remains is matched against kinds of condition (age, sex, hospital level, visit type, duration,
 * quantity, prescriber, prior approval, prerequisite, indication); remaining content of no known kind is
 * reported as "other".</li>
 * <li>Per template: batch 2's "经同一切口" (orders do not tell the incision), batch 8-3's "一个疾病过程" and
 * clauses not understood, batch 8-2's working-age reading, 新生儿/婴幼儿 readings; batch 7's notes describe what
 * the main item includes and add nothing.</li>
 * </ol>
 */
public final class ConditionReport {

    /** Kinds of condition a text may add. */
    public enum Kind {
        INDICATION("适应症/病种"),
        AGE("年龄"),
        SEX("性别"),
        HOSPITAL_LEVEL("医疗机构等级"),
        VISIT_TYPE("就医方式"),
        PAYMENT_DURATION("支付疗程/时长"),
        QUANTITY("支付数量"),
        PRESCRIBER("处方资质/科室"),
        PRIOR_APPROVAL("事前审查/备案"),
        PREREQUISITE("前置条件"),
        SAME_INCISION("同一切口"),
        DISEASE_COURSE("一个疾病过程"),
        READING("取值解读"),
        CONFLICT("文字与结构化值不一致"),
        NOT_UNDERSTOOD("未能解析"),
        OTHER("其他条件");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One condition the rule does not check, with the text it was found in. */
    public record Condition(Kind kind, String excerpt) {
    }

    /** A payment condition: 限/需/须/应/仅/且 opening a clause (not 需要, 反应, 局限), or a payment phrase. */
    private static final Pattern RESTRICTS = Pattern.compile("(?:^|[，,：:；;（(\\s\\d.、．])(?:限|仅限|只限|需(?!要)|须|应(?!用)"
            + "|且)|限于|方予支付|方可支付|支付不超过|最多支付|间隔|事前审查|审批|备案");
    private static final Pattern OPENS_LIST = Pattern.compile("限[:：]|以下条件|以下情况");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\s*[.、．]");

    private static final Pattern LEVEL = Pattern.compile("(?:限|仅限)?(?:在)?([一二三])级及以上(?:医疗机构|医院)?(?:使用)?");
    private static final Pattern PAYMENT = Pattern.compile(
            "(?:单次住院|且)?(?:支付不超过|最多支付)(\\d+|[一二两三四五六七八九十]+)\\s*(天|日|周|个月|月|年)");
    private static final Pattern INPATIENT = Pattern.compile("(?:的)?住院患者(?:方予支付|方可支付)?|限住院(?:使用|患者)?");
    private static final Pattern CHILD_WORDS = Pattern.compile("儿童|小儿|患儿|婴幼儿|新生儿");

    private static final Map<Kind, Pattern> KINDS = kinds();

    private static Map<Kind, Pattern> kinds() {
        Map<Kind, Pattern> kinds = new EnumMap<>(Kind.class);
        kinds.put(Kind.AGE, Pattern.compile("\\d+\\s*(?:[-—~至到]\\s*\\d+\\s*)?(?:岁|周岁)|青少年|老年|成人|成年"
                + "|儿童|小儿|婴幼儿|新生儿"));
        kinds.put(Kind.SEX, Pattern.compile("男性|女性|妇女|孕妇|产妇|哺乳期|绝经"));
        kinds.put(Kind.HOSPITAL_LEVEL, Pattern.compile("[一二三]级(?:及以上)?(?:医疗机构|医院|综合医院)"));
        kinds.put(Kind.VISIT_TYPE, Pattern.compile("(?<!单次)住院|门诊|急诊"));
        kinds.put(Kind.PAYMENT_DURATION, Pattern.compile("(?:支付不超过|最多支付)\\s*(?:\\d+|[一二两三四五六七八九十]+)\\s*"
                + "(?:天|日|周|个月|月|年)|疗程"));
        kinds.put(Kind.QUANTITY, Pattern.compile("最多支付\\s*\\d+\\s*[支瓶盒片粒次]|累计|\\d+\\s*支|每[日天周月年眼]"));
        kinds.put(Kind.PRESCRIBER, Pattern.compile("医师|处方|专科|科室"));
        kinds.put(Kind.PRIOR_APPROVAL, Pattern.compile("事前审查|事前审批|审批|备案"));
        kinds.put(Kind.PREREQUISITE, Pattern.compile("需经|筛查|不能经|无法|经.{0,12}(?:评估|确诊|证实)"));
        kinds.put(Kind.INDICATION, Pattern.compile("患者|症|病|癌|瘤|炎|感染|损伤|骨折|综合征|障碍|梗死|梗塞|衰竭|治疗"
                + "|预防|术后|术前|移植|阳性|阴性|水肿|变性|视力|镇静|哮喘|便秘|高压|排斥|适应症"));
        return kinds;
    }

    /** Words that carry no condition of their own, left out when deciding whether anything remains. */
    private static final Pattern FILLER = Pattern.compile("[限仅只需须应且的使用用于方予可支付以下情况条件同时符合"
            + "范围以上及或和与等\\s\\d.、．:：,，;；()（）\\[\\]【】“”\"'-]");

    private ConditionReport() {
    }

    /** The conditions the rule's note adds to what the rule checks; empty when none. */
    public static List<Condition> of(RuleDefinition rule) {
        String note = rule.note() == null ? "" : rule.note();
        List<Condition> out = new ArrayList<>();
        switch (rule.template()) {
            case OperationGroup.ID -> {
                if (note.contains("同一切口")) {
                    out.add(new Condition(Kind.SAME_INCISION, "经同一切口: the rule flags operations of the group "
                            + "within the stay; orders do not tell the incision"));
                }
                return out;
            }
            case CourseLimit.ID -> {
                CourseText.Reading reading = CourseText.read(note);
                if (reading.perDiseaseCourse()) {
                    out.add(new Condition(Kind.DISEASE_COURSE, "一个疾病过程: the course is counted over the "
                            + "history the order check passes (the stay)"));
                }
                for (String clause : reading.notUnderstood()) {
                    out.add(new Condition(Kind.NOT_UNDERSTOOD, clause));
                }
                return out;
            }
            case FrequencyPerCycle.ID -> {
                return cycleConflicts(rule, note);
            }
            case AgeRestriction.ID -> {
                if (Boolean.TRUE.equals(rule.parameters().get("workingAge"))) {
                    out.add(new Condition(Kind.READING, "法定就业年龄: read as an age up to the setting "
                            + "yibao.rules.working-age-max, one limit for both sexes"));
                    return out;
                }
                if (rule.parameters().get("maxAgeDays") != null) {
                    out.add(new Condition(Kind.READING, "新生儿: read as the first " + rule.parameters()
                            .get("maxAgeDays") + " days of life"));
                } else if (rule.parameters().get("maxAge") != null && rule.name().contains("婴幼儿")) {
                    out.add(new Condition(Kind.READING, "婴幼儿: read as under " + (((Number) rule.parameters()
                            .get("maxAge")).intValue() + 1) + " years"));
                }
                out.addAll(fromText(rule, note));
                return out;
            }
            case "ITEM_EXCLUDES" -> {
                return out;
            }
            default -> {
                return fromText(rule, note);
            }
        }
    }

    /** Batch 8-4: a note stating another interval than the cycle is a conflict. */
    private static List<Condition> cycleConflicts(RuleDefinition rule, String note) {
        List<Condition> out = new ArrayList<>();
        CourseText.Reading reading = CourseText.read(note);
        Object cycle = rule.parameters().get("cycleDays");
        if (reading.minIntervalDays() != null && cycle instanceof Number n
                && n.intValue() != reading.minIntervalDays()) {
            out.add(new Condition(Kind.CONFLICT, "the note says an interval of " + reading.minIntervalDays()
                    + " days; the rule's cycle is " + n.intValue() + " days: " + excerpt(note)));
        }
        if (reading.maxCourseDays() != null) {
            out.add(new Condition(Kind.PAYMENT_DURATION, excerpt(note)));
        }
        return out;
    }

    /** Steps 1–3 of the heuristics, for drug and patient rules. */
    private static List<Condition> fromText(RuleDefinition rule, String note) {
        Map<Kind, Condition> found = new EnumMap<>(Kind.class);
        boolean listOpen = false;
        for (String sentence : note.split("[。；;]")) {
            String s = sentence.trim();
            if (s.isEmpty()) {
                continue;
            }
            boolean restricting = RESTRICTS.matcher(s).find() || (listOpen && NUMBERED.matcher(s).find());
            if (OPENS_LIST.matcher(s).find()) {
                listOpen = true;
            } else if (!NUMBERED.matcher(s).find()) {
                listOpen = false;
            }
            if (!restricting) {
                continue;
            }
            String rest = withoutWhatIsChecked(rule, s, found);
            boolean any = false;
            for (Map.Entry<Kind, Pattern> kind : KINDS.entrySet()) {
                if (!applies(rule, kind.getKey())) {
                    continue;
                }
                if (kind.getValue().matcher(rest).find()) {
                    found.putIfAbsent(kind.getKey(), new Condition(kind.getKey(), excerpt(s)));
                    any = true;
                }
            }
            if (!any && !FILLER.matcher(rest).replaceAll("").replace("患者", "").replace("医疗机构", "").isEmpty()) {
                found.putIfAbsent(Kind.OTHER, new Condition(Kind.OTHER, excerpt(s)));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Kinds that the rule's own template checks are not reported as added conditions (ages are: a children's
     * rule does not check "6-17岁"; its 儿童 words were removed as checked).
     */
    private static boolean applies(RuleDefinition rule, Kind kind) {
        return switch (rule.template()) {
            case SexRestriction.ID -> kind != Kind.SEX;
            case HospitalLevelRestriction.ID -> kind != Kind.HOSPITAL_LEVEL;
            case VisitTypeRestriction.ID -> kind != Kind.VISIT_TYPE;
            case PaymentDays.ID -> kind != Kind.PAYMENT_DURATION;
            default -> true;
        };
    }

    /** Removes the restatement of what the rule checks; a differing value is recorded as a conflict. */
    private static String withoutWhatIsChecked(RuleDefinition rule, String s, Map<Kind, Condition> found) {
        Map<String, Object> p = rule.parameters();
        switch (rule.template()) {
            case HospitalLevelRestriction.ID -> {
                Matcher m = LEVEL.matcher(s);
                if (m.find() && p.get("minLevel") instanceof Number level
                        && "一二三".indexOf(m.group(1)) + 1 != level.intValue()) {
                    found.putIfAbsent(Kind.CONFLICT, new Condition(Kind.CONFLICT, "the text says " + m.group(1)
                            + "级 but the rule checks level " + level + ": " + excerpt(s)));
                }
                return LEVEL.matcher(s).replaceFirst("");
            }
            case PaymentDays.ID -> {
                Matcher m = PAYMENT.matcher(s);
                if (m.find()) {
                    Integer days = CourseText.days(m.group(1), m.group(2));
                    if (p.get("maxDays") instanceof Number max && days != null && days != max.intValue()) {
                        found.putIfAbsent(Kind.CONFLICT, new Condition(Kind.CONFLICT, "the text says " + m.group()
                                + " but the rule checks " + max + " days: " + excerpt(s)));
                    }
                }
                return PAYMENT.matcher(s).replaceAll("");
            }
            case VisitTypeRestriction.ID -> {
                if (s.contains("急诊") && "INPATIENT".equals(p.get("visitType"))) {
                    found.putIfAbsent(Kind.CONFLICT, new Condition(Kind.CONFLICT, "the text also allows 急诊 "
                            + "(emergency visits), which the rule judges as outpatient: " + excerpt(s)));
                    return INPATIENT.matcher(s.replace("急诊或", "").replace("急诊", "")).replaceAll("");
                }
                return INPATIENT.matcher(s).replaceAll("");
            }
            case SexRestriction.ID -> {
                boolean male = s.contains("男");
                boolean female = s.contains("女") || s.contains("妇") || s.contains("孕") || s.contains("绝经");
                if (p.get("sex") instanceof Number sex && (sex.intValue() == 1 ? female && !male : male && !female)) {
                    found.putIfAbsent(Kind.CONFLICT, new Condition(Kind.CONFLICT, "the text speaks of the other sex"
                            + ": " + excerpt(s)));
                }
                return s.replace("男性", "").replace("女性", "");
            }
            case AgeRestriction.ID -> {
                return CHILD_WORDS.matcher(s).replaceAll("");
            }
            default -> {
                return s;
            }
        }
    }

    static String excerpt(String text) {
        String t = text.trim();
        return t.length() <= 120 ? t : t.substring(0, 119) + "…";
    }
}
