package cn.yibao.guard.rules.nhsa;

/**
 * A batch as uploaded: the file (CSV, or an xlsx whose second sheet is the codes sheet) and, for drug batches
 * given as CSV, the separate codes file ({@code <type>-codes.csv}), if any.
 */
public record BatchUpload(String fileName, byte[] content, String codesFileName, byte[] codes) {

    public static BatchUpload of(String fileName, byte[] content) {
        return new BatchUpload(fileName, content, null, null);
    }

    public boolean hasCodes() {
        return codes != null;
    }
}
