package cn.yibao.guard.rules.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.nhsa.BatchParser;
import cn.yibao.guard.rules.nhsa.BatchPolicy;
import cn.yibao.guard.rules.nhsa.BatchType;
import cn.yibao.guard.rules.nhsa.ParsedBatch;
import cn.yibao.guard.rules.nhsa.Sheet;
import cn.yibao.guard.rules.nhsa.SheetReader;

/**
 * The standard rule workload with the national rule base loaded: every NHSA batch read from its CSV files (all
 * rules enabled), and the standard orders changed so that the stay and the orders also carry items the batches
 * name (a third of the draft lines and a fifth of the earlier lines get a national code from the batches), so
 * that the batch rules are looked up and judged, not just stored.
 */
public final class NhsaWorkload {

    private final List<RuleDefinition> rules;
    private final List<CheckInput> checks;
    private final int codes;
    private final double readMillis;

    private NhsaWorkload(List<RuleDefinition> rules, List<CheckInput> checks, int codes, double readMillis) {
        this.rules = rules;
        this.checks = checks;
        this.codes = codes;
        this.readMillis = readMillis;
    }

    /** Reads every {@code <type>.csv} (and its codes file) of the directory; the orders follow {@code base}. */
    public static NhsaWorkload of(Path dir, RuleWorkload base) throws IOException {
        long start = System.nanoTime();
        List<RuleDefinition> rules = read(dir);
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> pool = namedCodes(rules);
        Random random = new Random(7);
        List<CheckInput> checks = new ArrayList<>();
        for (CheckInput check : base.checks()) {
            checks.add(new CheckInput(check.encounter(), replace(check.lines(), pool, random, 3),
                    replace(check.history(), pool, random, 5)));
        }
        return new NhsaWorkload(rules, List.copyOf(checks), pool.size(), millis);
    }

    /** The distinct national codes the rules name (their items and excluded items), in code order. */
    public static List<String> namedCodes(List<RuleDefinition> rules) {
        Set<String> named = new TreeSet<>();
        for (RuleDefinition rule : rules) {
            for (String key : List.of("items", "excludedItems")) {
                Object codes = rule.parameters().get(key);
                if (codes instanceof List<?> list) {
                    list.forEach(c -> named.add(c.toString()));
                }
            }
        }
        return List.copyOf(named);
    }

    /** Every batch of the directory, parsed and bound, rules enabled with each type's default tiers. */
    public static List<RuleDefinition> read(Path dir) throws IOException {
        List<RuleDefinition> rules = new ArrayList<>();
        for (BatchType type : BatchType.values()) {
            Path file = dir.resolve(type.stem() + ".csv");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<Sheet> sheets = new ArrayList<>();
            sheets.add(SheetReader.csv(file.getFileName().toString(), Files.readAllBytes(file)));
            Path codes = dir.resolve(type.stem() + "-codes.csv");
            if (type.drugs() && Files.isRegularFile(codes)) {
                sheets.add(SheetReader.csv(codes.getFileName().toString(), Files.readAllBytes(codes)));
            }
            ParsedBatch batch = BatchParser.parse(type, sheets, new BatchPolicy(type.defaults(), true));
            rules.addAll(batch.rules());
        }
        return List.copyOf(rules);
    }

    /** Every {@code every}-th line carries a code the batches name instead of its catalogue item. */
    private static List<OrderLine> replace(List<OrderLine> lines, List<String> pool, Random random, int every) {
        List<OrderLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (i % every == 0) {
                String code = pool.get(random.nextInt(pool.size()));
                out.add(new OrderLine(line.lineId(), null, code, null, code, BigDecimal.valueOf(1 + random.nextInt(2)),
                        line.unitPrice(), line.frequency(), line.days(), line.doctorCode(), false, line.orderedAt()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public List<CheckInput> checks() {
        return checks;
    }

    /** The distinct national codes the batches name (drug and service codes). */
    public int codes() {
        return codes;
    }

    /** How long reading and binding the batches took, in milliseconds. */
    public double readMillis() {
        return readMillis;
    }
}
