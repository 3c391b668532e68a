package cn.yibao.guard.rules.engine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a candidate rule book over a sequence of stored checks and counts the hits by rule, department and
 * doctor ({@link DryRunReport}). Pure and single-threaded: feed it with {@link #add} in any order, then read
 * {@link #report}. Hits waived by exemptions are counted apart.
 */
public final class DryRunTally {

    /** Department and doctor when a check does not say. */
    public static final String UNKNOWN = "(unknown)";

    private final RuleBook book;
    private final Exemptions exemptions;
    private final ZoneId zone;
    private final Map<String, RuleDefinition> rules;
    private long checks;
    private long lines;
    private long checksWithHits;
    private long hits;
    private long waived;
    private final Map<String, Long> verdicts = new LinkedHashMap<>();
    private final Map<String, long[]> byRule = new HashMap<>();
    private final Map<String, long[]> byDepartment = new HashMap<>();
    private final Map<String, long[]> byDoctor = new HashMap<>();

    /**
     * @param rules the candidate book's rules by id, to name them in the report
     */
    public DryRunTally(RuleBook book, Exemptions exemptions, ZoneId zone, Map<String, RuleDefinition> rules) {
        this.book = book;
        this.exemptions = exemptions == null ? Exemptions.NONE : exemptions;
        this.zone = zone;
        this.rules = rules;
        for (Verdict v : List.of(Verdict.PASS, Verdict.WARN, Verdict.BLOCK)) {
            verdicts.put(v.name(), 0L);
        }
    }

    /** Evaluates one stored check and counts what it would raise. */
    public DryRunTally add(CheckInput check) {
        checks++;
        lines += check.lines().size();
        Exemptions.Split split = exemptions.split(check, book.evaluate(check), zone);
        waived += split.waived().size();
        List<RuleHit> kept = split.kept();
        verdicts.merge(Verdict.of(kept).name(), 1L, Long::sum);
        if (kept.isEmpty()) {
            return this;
        }
        checksWithHits++;
        hits += kept.size();
        String department = orUnknown(check.encounter() == null ? null : check.encounter().department());
        Map<String, String> doctors = new HashMap<>();
        for (OrderLine line : check.lines()) {
            if (line.lineId() != null) {
                doctors.put(line.lineId(), line.doctorCode());
            }
        }
        Set<String> rulesOfCheck = new HashSet<>();
        for (RuleHit hit : kept) {
            long[] rule = byRule.computeIfAbsent(hit.ruleId(), k -> new long[2]);
            rule[0]++;
            if (rulesOfCheck.add(hit.ruleId())) {
                rule[1]++;
            }
            String judged = hit.lineIds().isEmpty() ? null : hit.lineIds().get(hit.lineIds().size() - 1);
            byDoctor.computeIfAbsent(orUnknown(doctors.get(judged)) + "\u0000" + department, k -> new long[1])[0]++;
        }
        long[] dept = byDepartment.computeIfAbsent(department, k -> new long[2]);
        dept[0] += kept.size();
        dept[1]++;
        return this;
    }

    /** The counts so far; lists hold at most {@code top} entries, most hits first. */
    public DryRunReport report(int top) {
        List<DryRunReport.RuleCount> perRule = sorted(byRule, top, (id, n) -> {
            RuleDefinition rule = rules.get(id);
            return new DryRunReport.RuleCount(id, rule == null ? null : rule.name(),
                    rule == null ? null : rule.source(), rule == null ? null : rule.template(), n[0], n[1]);
        });
        List<DryRunReport.DepartmentCount> perDepartment = sorted(byDepartment, top,
                (dept, n) -> new DryRunReport.DepartmentCount(dept, n[0], n[1]));
        List<DryRunReport.DoctorCount> perDoctor = sorted(byDoctor, top, (key, n) -> {
            int cut = key.indexOf('\u0000');
            return new DryRunReport.DoctorCount(key.substring(0, cut), key.substring(cut + 1), n[0]);
        });
        return new DryRunReport(checks, lines, checksWithHits, hits, waived, Map.copyOf(verdicts), perRule,
                perDepartment, perDoctor);
    }

    private static <T> List<T> sorted(Map<String, long[]> counts, int top,
            java.util.function.BiFunction<String, long[], T> view) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        List<T> out = new ArrayList<>(Math.min(top, entries.size()));
        for (int i = 0; i < entries.size() && i < top; i++) {
            out.add(view.apply(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return out;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /** Rules by id, as the tally names them. */
    public static Map<String, RuleDefinition> byId(List<RuleDefinition> rules) {
        Map<String, RuleDefinition> out = new HashMap<>();
        rules.forEach(r -> out.put(r.id(), r));
        return out;
    }
}
