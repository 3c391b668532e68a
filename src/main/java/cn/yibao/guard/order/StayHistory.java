package cn.yibao.guard.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.yibao.guard.stay.InsuranceType;

/**
 * What the database knows of an encounter before a check: its department and insurance types so far, and its
 * earlier active lines, column by column as one row of arrays (the read is a single row).
 *
 * @param known      false for an encounter seen for the first time
 * @param department the department the encounter is recorded under; {@code null} when unknown
 */
public record StayHistory(boolean known, String department, List<InsuranceType> insuranceTypes, String[] lineIds,
        String[] itemCodes, String[] hisCodes, String[] genericNames, String[] names, BigDecimal[] quantities,
        BigDecimal[] unitPrices, String[] frequencies, Integer[] days, String[] doctorCodes, Boolean[] longTerms,
        OffsetDateTime[] orderedAt) {

    private static final String[] NO_TEXT = new String[0];

    public static final StayHistory NEW = new StayHistory(false, null, List.of(), NO_TEXT, NO_TEXT, NO_TEXT, NO_TEXT,
            NO_TEXT, new BigDecimal[0], new BigDecimal[0], NO_TEXT, new Integer[0], NO_TEXT, new Boolean[0],
            new OffsetDateTime[0]);

    public int size() {
        return lineIds.length;
    }
}
