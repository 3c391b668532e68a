package cn.yibao.guard.alert;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Feedback on an alert, the same body as the socket's client frames: {@code {"type":"override","alertId":…,
 * "reasonCode":…,"comment":…}} or {@code {"type":"ack"}}. Without {@code type}, a reason code means override and
 * its absence acknowledgement. {@code alertId}, when given, must be the alert of the path.
 */
@Schema(description = "Acknowledge, or override with a coded reason (GET /api/v1/orders/override-reasons)")
public record FeedbackRequest(
        @Schema(enumeration = {"ack", "override"}) String type,
        Long alertId,
        @Size(max = 32) String reasonCode,
        @Size(max = 1000) String comment) {
}
