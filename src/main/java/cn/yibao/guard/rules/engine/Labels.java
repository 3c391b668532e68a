package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** Chinese wording for messages: sexes, hospital levels, visit types, insurance types, amounts. */
public final class Labels {

    private Labels() {
    }

    public static String sex(Integer sex) {
        if (sex == null) {
            return "未知";
        }
        return switch (sex) {
            case 1 -> "男性";
            case 2 -> "女性";
            default -> "性别未知";
        };
    }

    public static String level(Integer level) {
        if (level == null) {
            return "未知级别";
        }
        return switch (level) {
            case 1 -> "一级";
            case 2 -> "二级";
            case 3 -> "三级";
            default -> level + "级";
        };
    }

    public static String visit(EncounterType type) {
        if (type == null) {
            return "未知就诊类型";
        }
        return type == EncounterType.INPATIENT ? "住院" : "门诊";
    }

    public static String insurance(InsuranceType type) {
        if (type == null) {
            return "未知险种";
        }
        return switch (type) {
            case EMPLOYEE -> "职工医保";
            case RESIDENT -> "居民医保";
            case WORK_INJURY -> "工伤保险";
            case MATERNITY -> "生育保险";
            case SELF_PAY -> "自费";
        };
    }

    public static String insurances(Collection<InsuranceType> types) {
        return types.stream().sorted().map(Labels::insurance).collect(Collectors.joining("、"));
    }

    /** Yuan with two decimals: 1250 → 1250.00. */
    public static String money(BigDecimal amount) {
        return amount == null ? "?" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A quantity without trailing zeros: 2.000 → 2. */
    public static String number(BigDecimal value) {
        return value == null ? "?" : Evidence.decimal(value).toPlainString();
    }

    public static String list(Collection<String> values) {
        return String.join("、", values);
    }
}
