package cn.yibao.guard.alert;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Spreads alert changes to every instance (SmallRye Reactive Messaging: channel {@code alerts-out} to
 * {@code alerts-in}; in memory by default, a RabbitMQ fanout exchange when configured) and delivers those of
 * other instances to this instance's stations.
 * <p>
 * Nothing is lost when the broker is away: a change is in PostgreSQL before it is sent, together with its row in
 * the outbox ({@code alert_outbox}), which is deleted once the channel confirms that revision. A retry loop sends
 * again what stayed unconfirmed. Receivers drop what they have already delivered (by alert id and revision), so a
 * change sent twice, or sent back to the instance that raised it, reaches each socket once.
 * <p>
 * With the in-memory fan-out ({@code yibao-local-loop}) there is no other instance: a change is delivered to this
 * instance's stations and nothing is sent or kept in the outbox. Through a broker, each message carries the
 * change's key and the stations that show it as headers, so a receiver skips, without parsing it, a change it has
 * already delivered or that none of its connected stations shows.
 */
@ApplicationScoped
public class AlertFanOut {

    private static final Logger LOG = Logger.getLogger(AlertFanOut.class);
    private static final int SEEN_LIMIT = 100_000;
    static final String KEY_HEADER = "yibao-alert-key";
    static final String ROUTES_HEADER = "yibao-alert-stations";

    private final MutinyEmitter<String> out;
    private final StationHub hub;
    private final AlertFrames frames;
    private final AlertRepository repository;
    private final Duration retryAfter;
    private final int retryBatch;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > SEEN_LIMIT;
        }
    };
    private final ConcurrentLinkedQueue<long[]> confirmed = new ConcurrentLinkedQueue<>();
    /**
     * Changes handed to the channel and neither confirmed nor refused yet: alert id → revision and when it was
     * handed over. The outbox leaves them alone (they are late, not lost) until {@code in-flight-timeout} passes,
     * so a slow broker under load is not fed the same changes again and again.
     */
    private final Map<Long, long[]> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private final Duration inFlightTimeout;
    private final AtomicBoolean marking = new AtomicBoolean();
    private final boolean brokered;
    private final Counter skippedSeen;
    private final Counter skippedUnwatched;

    public AlertFanOut(@Channel("alerts-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> out, StationHub hub, AlertFrames frames, AlertRepository repository,
            @ConfigProperty(name = "yibao.alerts.outbox.retry-after") Duration retryAfter,
            @ConfigProperty(name = "yibao.alerts.outbox.retry-batch") int retryBatch,
            @ConfigProperty(name = "yibao.alerts.outbox.in-flight-timeout") Duration inFlightTimeout,
            @ConfigProperty(name = "yibao.alerts.fanout") String connector, MeterRegistry metrics) {
        this.out = out;
        this.hub = hub;
        this.frames = frames;
        this.repository = repository;
        this.retryAfter = retryAfter;
        this.retryBatch = retryBatch;
        this.inFlightTimeout = inFlightTimeout;
        this.brokered = !LocalLoopConnector.NAME.equals(connector);
        this.skippedSeen = metrics.counter("yibao.alerts.fanout.skipped", "reason", "delivered-already");
        this.skippedUnwatched = metrics.counter("yibao.alerts.fanout.skipped", "reason", "no-station-here");
    }


    /** Delivers changes to this instance's stations at once, and sends them to the other instances. */
    void publish(List<AlertEvent> events) {
        for (AlertEvent e : events) {
            if (firstSight(e.key())) {
                hub.dispatch(e);
            }
            if (brokered) {
                send(e);
            }
        }
    }

    private void send(AlertEvent e) {
        long id = e.alert().id();
        int revision = e.alert().revision();
        long[] handedOver = {revision, System.nanoTime()};
        inFlight.put(id, handedOver);
        OutgoingRabbitMQMetadata headers = OutgoingRabbitMQMetadata.builder()
                .withHeader(KEY_HEADER, e.key())
                .withHeader(ROUTES_HEADER, routes(e.alert()))
                .build();
        Message<String> message = Message.of(e.frame()).addMetadata(headers).withAck(() -> {
            inFlight.remove(id, handedOver);
            confirm(id, revision);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }).withNack(failure -> {
            inFlight.remove(id, handedOver);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        try {
            out.sendMessageAndForget(message);
        } catch (RuntimeException failure) {
            // Buffer full or channel down: the outbox retry sends it later.
            inFlight.remove(id, handedOver);
            LOG.debugf("Alert %d not handed to the fan-out yet: %s", id, failure.getMessage());
        }
    }

    /** A change from any instance, this one included. */
    @Incoming("alerts-in")
    public CompletionStage<Void> received(Message<String> message) {
        if (!wanted(message)) {
            return message.ack();
        }
        AlertEvent event;
        try {
            event = frames.read(message.getPayload());
        } catch (Exception e) {
            LOG.warnf("Unreadable alert message dropped: %s", e.getMessage());
            return message.ack();
        }
        if (firstSight(event.key())) {
            hub.dispatch(event);
        }
        return message.ack();
    }

    /** False for a change already delivered here, or shown by none of this instance's stations (per headers). */
    private boolean wanted(Message<String> message) {
        IncomingRabbitMQMetadata metadata = message.getMetadata(IncomingRabbitMQMetadata.class).orElse(null);
        if (metadata == null) {
            return true;
        }
        String key = header(metadata, KEY_HEADER);
        if (key != null && seen(key)) {
            skippedSeen.increment();
            return false;
        }
        String routes = header(metadata, ROUTES_HEADER);
        if (routes != null && !hub.showsAny(stations(routes))) {
            skippedUnwatched.increment();
            return false;
        }
        return true;
    }

    /** A header as text: AMQP delivers text headers as its own long-string type, whose toString is the text. */
    private static String header(IncomingRabbitMQMetadata metadata, String name) {
        Object value = metadata.getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    /** The stations that show an alert, as a header: {@code kind/code} separated by newlines. */
    static String routes(Alert alert) {
        StringBuilder text = new StringBuilder();
        for (Station station : Station.routesOf(alert)) {
            text.append(station).append('\n');
        }
        return text.toString();
    }

    private static List<Station> stations(String routes) {
        List<Station> stations = new ArrayList<>(4);
        for (String route : routes.split("\n")) {
            if (!route.isEmpty()) {
                stations.add(Station.parse(route, ROUTES_HEADER));
            }
        }
        return stations;
    }

    private boolean seen(String key) {
        synchronized (seen) {
            return seen.containsKey(key);
        }
    }

    private boolean firstSight(String key) {
        synchronized (seen) {
            return seen.put(key, Boolean.TRUE) == null;
        }
    }

    private void confirm(long id, int revision) {
        confirmed.add(new long[] {id, revision});
        flushConfirmations();
    }

    /** Records confirmations in batches: one statement at a time, taking whatever accumulated meanwhile. */
    private void flushConfirmations() {
        if (!marking.compareAndSet(false, true)) {
            return;
        }
        List<long[]> batch = new ArrayList<>();
        for (long[] c; batch.size() < 5_000 && (c = confirmed.poll()) != null;) {
            batch.add(c);
        }
        if (batch.isEmpty()) {
            marking.set(false);
            return;
        }
        long[] ids = new long[batch.size()];
        int[] revisions = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ids[i] = batch.get(i)[0];
            revisions[i] = (int) batch.get(i)[1];
        }
        repository.markPublished(ids, revisions).subscribe().with(v -> next(), e -> {
            LOG.debugf("Fan-out confirmations not recorded (they will be sent again): %s", e.getMessage());
            next();
        });
    }

    private void next() {
        marking.set(false);
        if (!confirmed.isEmpty()) {
            flushConfirmations();
        }
    }

    /**
     * The outbox: sends again what the channel has not confirmed within {@code retry-after}, leaving out what is
     * still on its way, and nothing while a batch's worth is still on its way (the broker is slow, not gone).
     */
    Uni<Void> retryUnconfirmed() {
        if (!brokered || inFlight.size() >= retryBatch) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(retryAfter);
        return repository.unpublished(before, retryBatch).invoke(alerts -> {
            long now = System.nanoTime();
            for (Alert a : alerts) {
                if (stillOnItsWay(a, now)) {
                    continue;
                }
                // Never confirmed at all: other instances may not have it, so it goes out as a new alert.
                send(frames.event(a.revision() == 0 ? AlertEvent.Type.ALERT : AlertEvent.Type.UPDATE, a));
            }
            if (!alerts.isEmpty()) {
                LOG.infof("Checked %d unconfirmed alert changes; sent again those not on their way", alerts.size());
            }
        }).replaceWithVoid();
    }

    private boolean stillOnItsWay(Alert a, long now) {
        long[] handedOver = inFlight.get(a.id());
        return handedOver != null && handedOver[0] >= a.revision()
                && now - handedOver[1] < inFlightTimeout.toNanos();
    }
}
