package cn.yibao.guard.alert.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the benchmark reads of a server frame: its type and, for an alert, the alert id and encounter. */
record StationFrame(String type, long alertId, String encounterId, String raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static StationFrame parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return new StationFrame(node.path("type").asText("?"), node.path("id").asLong(-1),
                    node.path("encounterId").asText(null), text);
        } catch (Exception e) {
            return new StationFrame("unparsable", -1, null, text);
        }
    }

    boolean isAlert() {
        return "alert".equals(type);
    }
}
