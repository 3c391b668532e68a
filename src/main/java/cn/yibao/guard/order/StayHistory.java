package cn.yibao.guard.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.yibao.guard.stay.InsuranceType;

/**
 * What the database knows of an encounter before a check: its department and insurance types so far, and the
 * count and fingerprint of its active earlier lines (see {@link StayLines}). The lines themselves come along only
 * when the check's kept entry for the stay is missing or no longer matches.
 *
 * @param known      false for an encounter seen for the first time
 * @param department the department the encounter is recorded under; {@code null} when unknown
 * @param lines      the active lines, or {@code null} when the entry the check holds is current
 */
public record StayHistory(boolean known, String department, List<InsuranceType> insuranceTypes, long lineCount,
        long fingerprint, StoredLines lines) {

    public static final StayHistory NEW = new StayHistory(false, null, List.of(), 0, 0, StoredLines.NONE);

    /**
     * Active lines as stored, column by column. They carry no name or doctor code: rules look at the item,
     * quantities, prices, frequency, days and times of earlier orders.
     */
    public record StoredLines(String[] lineIds, String[] itemCodes, String[] hisCodes, String[] genericNames,
            BigDecimal[] quantities, BigDecimal[] unitPrices, String[] frequencies, Integer[] days,
            Boolean[] longTerms, OffsetDateTime[] orderedAt) {

        private static final String[] NO_TEXT = new String[0];

        public static final StoredLines NONE = new StoredLines(NO_TEXT, NO_TEXT, NO_TEXT, NO_TEXT, new BigDecimal[0],
                new BigDecimal[0], NO_TEXT, new Integer[0], new Boolean[0], new OffsetDateTime[0]);

        /** Empty columns for {@code n} lines, filled row by row. */
        static StoredLines of(int n) {
            return new StoredLines(new String[n], new String[n], new String[n], new String[n], new BigDecimal[n],
                    new BigDecimal[n], new String[n], new Integer[n], new Boolean[n], new OffsetDateTime[n]);
        }

        public int size() {
            return lineIds.length;
        }
    }
}
