package cn.yibao.guard.drg.engine;

/**
 * Which DRGs an ADRG is split into, read from the scheme's DRG list: suffix 1 with MCC, 3 with CC,
 * 5 without, 9 not split.
 * <p>
 * The DRG names say what each split takes: with splits 1 and 5 only, 1 is "伴严重并发症或合并症" and a case
 * with only a CC goes to 5; with 3 and 5 only, 3 is "伴并发症或合并症" and takes MCC cases too.
 */
public record DrgSplit(boolean unsplit, boolean withMcc, boolean withCc, boolean without) {

    public boolean needsSeverity() {
        return !unsplit;
    }

    /** The DRG suffix for a case of this severity. */
    public char suffix(Severity severity) {
        if (unsplit) {
            return '9';
        }
        return switch (severity) {
            case MCC -> withMcc ? '1' : withCc ? '3' : '5';
            case CC -> withCc ? '3' : without ? '5' : '1';
            case NONE -> without ? '5' : withCc ? '3' : '1';
        };
    }
}
