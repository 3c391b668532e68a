package cn.yibao.guard.rules.nhsa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text course conditions of NHSA batch 8-3 (and the interval notes of batch 8-4): the longest
 * course and the shortest interval between two charges. Known phrasings, clause by clause:
 * <ul>
 * <li>{@code 总时间不超过90天}, {@code 支付不超过30天}, {@code 一个疾病过程支付不超过90天}, {@code 支付不超过一年}
 * (a year = 365 days, a month = 30, a week = 7) → longest course;</li>
 * <li>{@code 评定间隔时间不短于14天}, {@code 两次评定间隔时间不短于14天} → shortest interval;</li>
 * <li>{@code 每周最多支付一次} (also 每日/每月) → shortest interval of 7 (1, 30) days.</li>
 * </ul>
 * Citations in brackets ({@code （人社部发〔2016〕23号）}) are ignored; any other clause is returned as not
 * understood, so that the importer reports it rather than dropping it.
 */
public final class CourseText {

    private static final String NUMBER = "(\\d+|[一二两三四五六七八九十]+)";
    private static final String UNIT = "(天|日|周|个月|月|年)";
    private static final Pattern COURSE = Pattern.compile(
            "^(一个疾病过程)?(?:总时间|支付|疗程|总疗程|治疗)*(?:总时间)?不超过" + NUMBER + "\\s*" + UNIT + "$");
    private static final Pattern INTERVAL = Pattern.compile(
            "^(?:两次)?(?:评定|治疗|检查)?间隔(?:时间)?不(?:短于|少于|小于)" + NUMBER + "\\s*" + UNIT + "$");
    private static final Pattern PER_PERIOD = Pattern.compile("^每(周|日|天|月)(?:最多|限)(?:支付)?(?:一|1)次$");
    /** A bracketed citation of a document, e.g. （人社部发〔2016〕23号）. */
    private static final Pattern CITATION = Pattern.compile("[（(][^（）()]*(?:号|发)[^（）()]*[）)]");

    /**
     * What a text says.
     *
     * @param maxCourseDays     the longest course in days, or {@code null}
     * @param minIntervalDays   the shortest interval between two charges in days, or {@code null}
     * @param perDiseaseCourse  the text limits "一个疾病过程" (one course of the disease), which orders do not show
     * @param notUnderstood     clauses none of the phrasings matched
     */
    public record Reading(Integer maxCourseDays, Integer minIntervalDays, boolean perDiseaseCourse,
            List<String> notUnderstood) {

        public Reading {
            notUnderstood = List.copyOf(notUnderstood);
        }

        /** Whether the text gave anything a rule can check. */
        public boolean understood() {
            return maxCourseDays != null || minIntervalDays != null;
        }
    }

    private CourseText() {
    }

    public static Reading read(String text) {
        Integer course = null;
        Integer interval = null;
        boolean perDisease = false;
        List<String> rest = new ArrayList<>();
        String cleaned = text == null ? "" : CITATION.matcher(text).replaceAll("");
        for (String clause : cleaned.split("[，,。；;\\s]+")) {
            String c = clause.trim();
            if (c.isEmpty()) {
                continue;
            }
            Matcher m = COURSE.matcher(c);
            if (m.matches() && days(m.group(2), m.group(3)) != null) {
                course = days(m.group(2), m.group(3));
                perDisease |= m.group(1) != null;
                continue;
            }
            m = INTERVAL.matcher(c);
            if (m.matches() && days(m.group(1), m.group(2)) != null) {
                interval = days(m.group(1), m.group(2));
                continue;
            }
            m = PER_PERIOD.matcher(c);
            if (m.matches()) {
                interval = switch (m.group(1)) {
                    case "周" -> 7;
                    case "月" -> 30;
                    default -> 1;
                };
                continue;
            }
            rest.add(c);
        }
        return new Reading(course, interval, perDisease, rest);
    }

    /** A number of units in days: a year is 365 days, twelve months too; a month 30, a week 7. */
    static Integer days(String number, String unit) {
        Integer n = number(number);
        if (n == null || n < 1) {
            return null;
        }
        return switch (unit) {
            case "天", "日" -> n;
            case "周" -> n * 7;
            case "个月", "月" -> n % 12 == 0 ? n / 12 * 365 : n * 30;
            case "年" -> n * 365;
            default -> null;
        };
    }

    /** Arabic digits or a Chinese numeral up to 99 (一, 十四, 二十, 两). */
    static Integer number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String digits = "零一二三四五六七八九";
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0), digits) : null;
        }
        Integer tens = ten == 0 ? Integer.valueOf(1) : ten == 1 ? digit(text.charAt(0), digits) : null;
        Integer ones = ten == text.length() - 1 ? Integer.valueOf(0)
                : ten == text.length() - 2 ? digit(text.charAt(ten + 1), digits) : null;
        return tens == null || ones == null ? null : tens * 10 + ones;
    }

    private static Integer digit(char c, String digits) {
        if (c == '两') {
            return 2;
        }
        int d = digits.indexOf(c);
        return d < 0 ? null : d;
    }
}
