package cn.yibao.guard.rules.engine;

import java.util.List;
import java.util.Map;

/**
 * What a candidate rule book would have said about stored orders: how many hits, on which rules, in which
 * departments and for which doctors, so the insurance office can tune tiers before enabling a batch.
 *
 * @param checks         the stored checks evaluated
 * @param lines          their draft lines
 * @param checksWithHits checks with at least one hit that stands
 * @param hits           hits that stand (waived ones not counted)
 * @param waived         hits waived by exemptions
 * @param verdicts       the verdict each check would get from this book alone (PASS, WARN, BLOCK → count)
 * @param byRule         hits per rule, most first (at most {@code top})
 * @param byDepartment   hits per department, most first
 * @param byDoctor       hits per doctor (the doctor of the line judged), most first
 */
public record DryRunReport(long checks, long lines, long checksWithHits, long hits, long waived,
        Map<String, Long> verdicts, List<RuleCount> byRule, List<DepartmentCount> byDepartment,
        List<DoctorCount> byDoctor) {

    public record RuleCount(String ruleId, String name, String source, String template, long hits, long checks) {
    }

    public record DepartmentCount(String department, long hits, long checks) {
    }

    public record DoctorCount(String doctorCode, String department, long hits) {
    }
}
