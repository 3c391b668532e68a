package cn.yibao.guard.drg.engine;

/**
 * The MCC and CC lists with their exclusion tables (排除表). Each MCC or CC code names one exclusion
 * table; each principal diagnosis belongs to at most one table. A secondary diagnosis counts only if its
 * table is not the principal diagnosis's table.
 * <p>
 * All three lists are arrays indexed by diagnosis id; 0 means "not listed".
 */
public final class ComplicationTables {

    private final int[] mccTable;
    private final int[] ccTable;
    private final int[] principalTable;
    private final String tablePrefix;

    /**
     * @param tablePrefix how table numbers are printed, e.g. {@code "7-"} for "table 7-110"
     */
    public ComplicationTables(int[] mccTable, int[] ccTable, int[] principalTable, String tablePrefix) {
        this.mccTable = mccTable.clone();
        this.ccTable = ccTable.clone();
        this.principalTable = principalTable.clone();
        this.tablePrefix = tablePrefix;
    }

    /** The highest severity the secondary diagnoses of {@code c} give it. */
    public Severity assess(EncodedCase c, Trace trace) {
        int[] dx = c.diagnoses;
        int excluded = dx.length > 0 ? at(principalTable, dx[0]) : 0;
        if (trace.enabled() && dx.length > 1) {
            trace.add(excluded == 0 ? "principal diagnosis " + c.diagnosisCode(0) + " is in no exclusion table"
                    : "principal diagnosis " + c.diagnosisCode(0) + " is in exclusion table " + table(excluded));
        }
        Severity found = Severity.NONE;
        for (int i = 1; i < dx.length && found != Severity.MCC; i++) {
            Severity severity = judge(c, i, excluded, trace);
            if (severity.ordinal() < found.ordinal()) {
                found = severity;
            }
        }
        return found;
    }

    private Severity judge(EncodedCase c, int index, int excluded, Trace trace) {
        int id = c.diagnoses[index];
        int mcc = at(mccTable, id);
        int cc = at(ccTable, id);
        Severity kind = mcc != 0 ? Severity.MCC : cc != 0 ? Severity.CC : Severity.NONE;
        if (kind == Severity.NONE) {
            return kind;
        }
        int table = mcc != 0 ? mcc : cc;
        boolean isExcluded = table == excluded;
        if (trace.enabled()) {
            trace.add(c.diagnosisCode(index) + " is " + (kind == Severity.MCC ? "an MCC" : "a CC")
                    + (isExcluded ? "; excluded by table " : "; not excluded by table ") + table(table));
        }
        return isExcluded ? Severity.NONE : kind;
    }

    private String table(int number) {
        return tablePrefix + number;
    }

    private static int at(int[] table, int id) {
        return id >= 0 && id < table.length ? table[id] : 0;
    }
}
