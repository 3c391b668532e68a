package cn.yibao.guard.alert;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Server frames as JSON text: {@code {"type":"alert", …the alert record…}}, {@code {"type":"update", …the
 * record as it now stands…}} and {@code {"type":"error","message":…}}. The same text crosses instances.
 */
@ApplicationScoped
public class AlertFrames {

    private final ObjectMapper json;

    public AlertFrames(ObjectMapper json) {
        this.json = json;
    }

    AlertEvent event(AlertEvent.Type type, Alert alert) {
        return AlertEvent.rendered(type, alert, this::render);
    }

    private String render(AlertEvent event) {
        ObjectNode frame = json.createObjectNode().put("type", event.type().frameType());
        frame.setAll((ObjectNode) json.valueToTree(event.alert()));
        return frame.toString();
    }

    /** Reads a frame received from another instance. */
    AlertEvent read(String text) throws JsonProcessingException {
        JsonNode node = json.readTree(text);
        AlertEvent.Type type = "alert".equals(node.path("type").asText()) ? AlertEvent.Type.ALERT
                : AlertEvent.Type.UPDATE;
        ((ObjectNode) node).remove("type");
        return AlertEvent.received(type, json.treeToValue(node, Alert.class), text);
    }

    String error(String message, Long alertId) {
        ObjectNode frame = json.createObjectNode().put("type", "error").put("message", message);
        if (alertId != null) {
            frame.put("alertId", alertId);
        }
        return frame.toString();
    }

    /** Parses a client frame; null when it is not a JSON object. */
    JsonNode clientFrame(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
