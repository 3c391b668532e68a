package cn.yibao.guard.alert;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The {@code since} query parameter of a station socket: the last alert id the station saw. */
final class SinceParameter {

    private SinceParameter() {
    }

    /** The value, empty when absent; throws IllegalArgumentException when it is not an id ≥ 0. */
    static Optional<Long> of(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equals("since")) {
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                try {
                    long since = Long.parseLong(value);
                    if (since >= 0) {
                        return Optional.of(since);
                    }
                } catch (NumberFormatException e) {
                    // answered below
                }
                throw new IllegalArgumentException("since must be an alert id (a whole number ≥ 0)");
            }
        }
        return Optional.empty();
    }
}
