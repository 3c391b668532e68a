package cn.yibao.guard.order.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * The draft orders the load generator sends: a random encounter of the synthetic hospital, described exactly as
 * {@link StayFixture} recorded it (so the encounter row is not rewritten), with new line ids every time.
 */
final class OrderBodies {

    static final String ADMITTED_AT = "2026-11-01T08:00:00+08:00";

    private final SyntheticHospital hospital;
    private final int lines;
    private final String run;
    private final SplittableRandom random;
    private final String[] codes;
    private final String[] batchCodes;
    private final String orderedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    OrderBodies(SyntheticHospital hospital, int lines, String run, long seed) {
        this(hospital, lines, run, seed, new String[0]);
    }

    /** With {@code batchCodes}, every third line orders one of them (codes the NHSA batches name) instead. */
    OrderBodies(SyntheticHospital hospital, int lines, String run, long seed, String[] batchCodes) {
        this.batchCodes = batchCodes;
        this.hospital = hospital;
        this.lines = lines;
        this.run = run;
        this.random = new SplittableRandom(seed);
        this.codes = hospital.itemCodeTable();
    }

    /** The n-th order of this run. */
    String next(long n) {
        int e = random.nextInt(hospital.encounters());
        StringBuilder b = new StringBuilder(300 + lines * 260);
        b.append("{\"encounter\":{\"id\":\"").append(SyntheticHospital.encounterId(e))
                .append("\",\"type\":\"INPATIENT\",\"department\":\"").append(SyntheticHospital.department(e))
                .append("\",\"admittedAt\":\"").append(ADMITTED_AT)
                .append("\",\"insuranceType\":\"EMPLOYEE\",\"hospitalLevel\":3,\"patient\":{\"id\":\"BP-").append(e)
                .append("\",\"sex\":").append(1 + e % 2).append(",\"birthDate\":\"")
                .append(LocalDate.of(1950, 1, 1).plusDays(e % 20000))
                .append("\"},\"diagnoses\":[{\"code\":\"I21.000\",\"principal\":true},{\"code\":\"E11.900\"}]},")
                .append("\"orders\":[");
        for (int k = 0; k < lines; k++) {
            int item = random.nextInt(hospital.items());
            if (k > 0) {
                b.append(',');
            }
            b.append("{\"lineId\":\"").append(run).append('-').append(n).append('-').append(k);
            if (batchCodes.length > 0 && k % 3 == 0) {
                String code = batchCodes[random.nextInt(batchCodes.length)];
                b.append("\",\"itemCode\":\"").append(code).append("\",\"name\":\"目录外 ").append(code);
            } else {
                b.append("\",\"itemCode\":\"").append(codes[item]).append("\",\"hisCode\":\"H-").append(item)
                        .append("\",\"name\":\"合成药品").append(item);
            }
            b.append("\",\"quantity\":").append(1 + random.nextInt(3))
                    .append(",\"unitPrice\":").append(1 + random.nextInt(500)).append(".50")
                    .append(",\"frequency\":\"bid\",\"days\":1,\"doctorCode\":\"D01\",\"longTerm\":")
                    .append(k % 2 == 0).append(",\"orderedAt\":\"").append(orderedAt).append("\"}");
        }
        return b.append("]}").toString();
    }
}
