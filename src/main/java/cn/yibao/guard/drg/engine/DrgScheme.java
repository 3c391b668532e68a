package cn.yibao.guard.drg.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grouping scheme compiled for the grouper: e.g. CHS-DRG 1.1 or a city's variant. Immutable and
 * shareable between threads.
 *
 * @param mdcs               the MDCs in the order they are tried (MDCA, MDCP, MDCY, MDCZ, MDCM, MDCN, …)
 * @param operatingRoom      procedures that count as operating-room procedures (手术室手术)
 * @param codeLists          the national code lists for validation, if the scheme was given them
 * @param newbornMaxAgeDays  the oldest age in days at which a patient is a newborn (新生儿), who needs a
 *                           birth weight
 * @param drgNames           every DRG of the scheme with its name
 */
public record DrgScheme(String name, CodeDictionary diagnosisCodes, CodeDictionary procedureCodes,
        List<Mdc> mdcs, ComplicationTables complications, CodeSet operatingRoom, Optional<CodeLists> codeLists,
        int newbornMaxAgeDays, Map<String, String> drgNames) {

    public DrgScheme {
        mdcs = List.copyOf(mdcs);
        drgNames = Map.copyOf(drgNames);
    }

    /** How many ADRGs the scheme has, residual ones included. */
    public int adrgCount() {
        return mdcs.stream().mapToInt(Mdc::adrgCount).sum();
    }

    public EncodedCase encode(GroupingCase c) {
        return new EncodedCase(c, diagnosisCodes, procedureCodes);
    }
}
