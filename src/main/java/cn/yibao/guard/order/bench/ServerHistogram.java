package cn.yibao.guard.order.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service's {@code yibao_order_check_seconds} histogram as scraped from {@code /q/metrics}: cumulative
 * counts per upper bound. The difference of two scrapes covers exactly the checks in between.
 */
record ServerHistogram(TreeMap<Double, Double> cumulative) {

    static ServerHistogram parse(String metrics, String channel) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = "yibao_order_check_seconds_bucket{";
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(prefix) || !line.contains("channel=\"" + channel + "\"")) {
                continue;
            }
            int le = line.indexOf("le=\"");
            String bound = line.substring(le + 4, line.indexOf('"', le + 4));
            double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
            double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            buckets.put(upper, count);
        }
        return new ServerHistogram(buckets);
    }

    ServerHistogram minus(ServerHistogram earlier) {
        TreeMap<Double, Double> diff = new TreeMap<>();
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            diff.put(e.getKey(), e.getValue() - earlier.cumulative.getOrDefault(e.getKey(), 0.0));
        }
        return new ServerHistogram(diff);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /** The q-quantile in milliseconds, interpolated linearly inside its bucket. */
    double quantileMillis(double q) {
        double total = count();
        if (total == 0) {
            return Double.NaN;
        }
        double target = q * total;
        double lower = 0;
        double below = 0;
        List<Map.Entry<Double, Double>> entries = new ArrayList<>(cumulative.entrySet());
        for (Map.Entry<Double, Double> e : entries) {
            if (e.getValue() >= target) {
                if (e.getKey().isInfinite()) {
                    return lower * 1000;
                }
                double inBucket = e.getValue() - below;
                double fraction = inBucket == 0 ? 1 : (target - below) / inBucket;
                return (lower + fraction * (e.getKey() - lower)) * 1000;
            }
            lower = e.getKey();
            below = e.getValue();
        }
        return lower * 1000;
    }
}
