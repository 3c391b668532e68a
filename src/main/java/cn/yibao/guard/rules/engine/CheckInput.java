package cn.yibao.guard.rules.engine;

import java.util.List;

/**
 * One order check: the encounter, the draft lines, and the stay's earlier lines that still count.
 * Earlier lines exclude the draft lines' own ids, so a retried line never meets itself.
 */
public record CheckInput(EncounterFacts encounter, List<OrderLine> lines, List<OrderLine> history) {

    public CheckInput {
        lines = List.copyOf(lines);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
