package cn.yibao.guard.support;

/** Reads counters out of a service's {@code /q/metrics} text. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The sum of the samples of {@code metric} carrying every one of {@code labels} (e.g. {@code reason="x"}). */
    public static double sum(String text, String metric, String... labels) {
        return text.lines()
                .filter(l -> l.startsWith(metric + "{"))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
