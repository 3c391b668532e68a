package cn.yibao.guard.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.rules.engine.OrderLine;

/** A stay's kept lines stay in chronological order, whatever a write adds to them. */
class StayLinesTest {

    private static final OffsetDateTime DAY = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void linesAddedAfterTheStayComeLastInTheOrderTheyWereOrdered() {
        StayLines stay = StayLines.read(1, 2, 0, List.of(line("A", 1), line("B", 2)));

        StayLines after = stay.plus(List.of(line("D", 4), line("C", 3)), new long[] {5, 6});

        assertThat(ids(after)).containsExactly("A", "B", "C", "D");
        assertThat(after.count()).isEqualTo(4);
        assertThat(after.fingerprint()).isEqualTo(5 ^ 6);
    }

    @Test
    void linesAddedBetweenEarlierOnesOrUntimedAreMergedAsAFullSortWouldPlaceThem() {
        Random random = new Random(20261126);
        for (int round = 0; round < 500; round++) {
            List<OrderLine> kept = lines(random, "k" + round + "-", random.nextInt(40));
            List<OrderLine> added = lines(random, "a" + round + "-", 1 + random.nextInt(12));
            List<OrderLine> all = new ArrayList<>(kept);
            all.addAll(added);

            StayLines merged = StayLines.read(1, kept.size(), 0, kept).plus(added, new long[added.size()]);

            assertThat(merged.lines()).containsExactlyElementsOf(StayLines.read(1, all.size(), 0, all).lines());
        }
    }

    @Test
    void readLinesComeInTheOrderOfAFullComparisonWhateverTheirOffsetsAndFractionsOfASecond() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(60);
            List<OrderLine> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                lines.add(random.nextInt(8) == 0 ? untimed("u" + i) : new OrderLine("t" + random.nextInt(30), null,
                        "X", null, null, BigDecimal.ONE, null, null, 1, null, false, randomTime(random)));
            }
            List<OrderLine> expected = new ArrayList<>(lines);
            expected.sort(StayLines.CHRONOLOGICAL);

            assertThat(StayLines.read(1, lines.size(), 0, lines).lines()).containsExactlyElementsOf(expected);
        }
    }

    /** Times within a few seconds of each other, at offsets that make equal instants read differently. */
    private static OffsetDateTime randomTime(Random random) {
        ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(3) * 4);
        return DAY.plusSeconds(random.nextInt(4)).plusNanos(random.nextInt(3) * 400_000_000L)
                .withOffsetSameInstant(offset);
    }

    @Test
    void aLineAtTheSameTimeAsAnEarlierOneSortsByLineId() {
        StayLines stay = StayLines.read(1, 2, 0, List.of(line("L-1", 1), line("L-3", 1)));

        StayLines after = stay.plus(List.of(line("L-2", 1), line("L-0", 0)), new long[2]);

        assertThat(ids(after)).containsExactly("L-0", "L-1", "L-2", "L-3");
    }

    /** Lines at a few distinct hours (so that times tie), some without a time. */
    private static List<OrderLine> lines(Random random, String prefix, int n) {
        List<OrderLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int hour = random.nextInt(10);
            lines.add(hour == 0 ? untimed(prefix + i) : line(prefix + i, hour));
        }
        return lines;
    }

    private static OrderLine line(String id, int hour) {
        return new OrderLine(id, null, "X", null, null, BigDecimal.ONE, null, null, 1, null, false,
                DAY.plusHours(hour));
    }

    private static OrderLine untimed(String id) {
        return new OrderLine(id, null, "X", null, null, BigDecimal.ONE, null, null, 1, null, false, null);
    }

    private static List<String> ids(StayLines stay) {
        return stay.lines().stream().map(OrderLine::lineId).toList();
    }
}
