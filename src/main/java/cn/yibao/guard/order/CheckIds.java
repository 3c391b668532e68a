package cn.yibao.guard.order;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Check ids: time-ordered UUIDs (version 7 layout), so that the check table's primary key grows at its right
 * edge instead of splitting pages all over the index.
 */
final class CheckIds {

    private CheckIds() {
    }

    static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
