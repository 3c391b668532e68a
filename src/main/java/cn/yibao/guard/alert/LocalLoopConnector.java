package cn.yibao.guard.alert;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;

/**
 * The in-memory connector of the fan-out's channels for a single instance, so that they are wired without a
 * broker: what the outgoing channel sends comes back on the incoming channel of the same instance. The fan-out
 * sends nothing through it — with one instance, a change delivered to this instance's stations has reached
 * everyone ({@link AlertFanOut}). Configuring the channels with {@code smallrye-rabbitmq} spreads changes over
 * every instance.
 */
@ApplicationScoped
@Connector(LocalLoopConnector.NAME)
public class LocalLoopConnector implements InboundConnector, OutboundConnector {

    public static final String NAME = "yibao-local-loop";

    private final UnicastProcessor<Message<?>> loop = UnicastProcessor.create();

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        return loop;
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        return new Flow.Subscriber<Message<?>>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Message<?> message) {
                loop.onNext(message);
            }

            @Override
            public void onError(Throwable failure) {
                // the emitter side failed; nothing to forward
            }

            @Override
            public void onComplete() {
                // the application is stopping
            }
        };
    }
}
