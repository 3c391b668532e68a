package cn.yibao.guard.alert;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * Arguments of this instance's own fan-out queue on RabbitMQ ({@code queue.arguments} of channel
 * {@code alerts-in}).
 * <p>
 * The queue is neither exclusive nor auto-deleted, so that it outlives a cut connection: what other instances
 * publish while this instance is reconnecting waits in the queue instead of being dropped by an exchange with
 * nothing bound, and the reconnecting consumer can declare it again even while the broker still holds the dead
 * connection. {@code x-expires} removes the queue once nobody has consumed from it for
 * {@code yibao.alerts.queue-expiry}, so the queue of an instance that is gone for good does not linger.
 */
@ApplicationScoped
public class AlertQueueArguments {

    @Produces
    @Identifier("yibao-alert-queue")
    Map<String, Object> arguments(@ConfigProperty(name = "yibao.alerts.queue-expiry") Duration expiry) {
        return Map.of("x-expires", expiry.toMillis());
    }
}
