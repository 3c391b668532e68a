package cn.yibao.guard.alert.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reconnect replay (断线重连补发): a workstation sees one alert, goes away while {@code count} more are raised for
 * its doctor, and reconnects with {@code ?since=} the last id it saw. The time is from starting the reconnect to
 * the last missed alert's frame. The ward's nurse station stays connected (on another instance when there is
 * one) and tells when every alert has been raised and sent, so the replay is measured alone.
 */
final class ReplayProbe {

    static final Station DOCTOR = new Station(Station.Kind.PHYSICIAN, StationPlan.PREFIX + "RPL-X",
            StationPlan.PREFIX + "D00", 0);

    static Station ward(int instances) {
        return new Station(Station.Kind.NURSE, StationPlan.PREFIX + "RPL-W", StationPlan.PREFIX + "D00",
                instances > 1 ? 1 : 0);
    }

    /** What the reconnect received. */
    record Replay(int missed, long handshakeMillis, double firstFrameMillis, double lastFrameMillis, int received,
            boolean inOrder, int duplicates, int others, double raiseSeconds) {
    }

    /** Frames of the probe's two stations. */
    private static final class Frames implements FrameListener {
        final Set<String> encounters = ConcurrentHashMap.newKeySet();
        final List<Long> doctorIds = new ArrayList<>();
        volatile long firstDoctorFrame;
        volatile long lastDoctorFrame;
        volatile CountDownLatch doctorLatch = new CountDownLatch(1);
        volatile CountDownLatch wardLatch = new CountDownLatch(0);
        final Set<String> wardSeen = ConcurrentHashMap.newKeySet();
        int others;

        @Override
        public synchronized void onFrame(Station station, StationFrame frame, long arrivedNanos) {
            if (!frame.isAlert()) {
                return;
            }
            if (station.key().equals(DOCTOR.key())) {
                if (encounters.isEmpty() || encounters.contains(frame.encounterId())) {
                    if (doctorIds.isEmpty()) {
                        firstDoctorFrame = arrivedNanos;
                    }
                    doctorIds.add(frame.alertId());
                    lastDoctorFrame = arrivedNanos;
                    doctorLatch.countDown();
                } else {
                    others++;
                }
            } else if (encounters.contains(frame.encounterId()) && wardSeen.add(frame.encounterId())) {
                wardLatch.countDown();
            }
        }
    }

    static Replay run(StationSockets sockets, CheckSubmitter submitter, AlertOrders orders, StationTokens tokens,
            int instances, int count, int rate) throws Exception {
        Station ward = ward(instances);
        Frames frames = new Frames();
        sockets.listen(frames);
        String doctorToken = tokens.station(DOCTOR);
        sockets.open(ward, tokens.station(ward), "").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        sockets.open(DOCTOR, doctorToken, "").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        String tag = "RPL" + Long.toString(System.currentTimeMillis() % 100_000_000, 36);

        // One alert the workstation sees: the id it will reconnect from.
        submitter.run(1, Duration.ofSeconds(1),
                (n, due) -> new CheckSubmitter.Check(0, orders.body(AlertOrders.encounterId(tag + "P", n), DOCTOR,
                        ward), (status, body, latency) -> {
                        }));
        if (!frames.doctorLatch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the replay station received no alert for its first check");
        }
        long since;
        synchronized (frames) {
            since = frames.doctorIds.get(frames.doctorIds.size() - 1);
            frames.doctorIds.clear();
            for (int n = 0; n < count; n++) {
                frames.encounters.add(AlertOrders.encounterId(tag, n));
            }
            frames.wardLatch = new CountDownLatch(count);
        }
        sockets.close(DOCTOR);

        long raiseStart = System.nanoTime();
        submitter.run(rate, Duration.ofMillis(count * 1000L / rate), (n, due) -> new CheckSubmitter.Check(0,
                orders.body(AlertOrders.encounterId(tag, n), DOCTOR, ward), (status, body, latency) -> {
                }));
        if (!frames.wardLatch.await(60, TimeUnit.SECONDS)) {
            System.out.printf("  replay: only %d of %d alerts reached the nurse station; replaying what exists%n",
                    count - frames.wardLatch.getCount(), count);
        }
        double raiseSeconds = (System.nanoTime() - raiseStart) / 1e9;
        Thread.sleep(500);

        frames.doctorLatch = new CountDownLatch(count);
        long start = System.nanoTime();
        sockets.open(DOCTOR, doctorToken, "?since=" + since).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        long handshake = System.nanoTime();
        frames.doctorLatch.await(30, TimeUnit.SECONDS);
        Thread.sleep(200);
        sockets.close(DOCTOR);
        sockets.close(ward);
        synchronized (frames) {
            List<Long> ids = frames.doctorIds;
            boolean inOrder = true;
            for (int i = 1; i < ids.size(); i++) {
                inOrder &= ids.get(i) > ids.get(i - 1);
            }
            int distinct = (int) ids.stream().distinct().count();
            return new Replay(count, (handshake - start) / 1_000_000,
                    ids.isEmpty() ? Double.NaN : (frames.firstDoctorFrame - start) / 1e6,
                    ids.isEmpty() ? Double.NaN : (frames.lastDoctorFrame - start) / 1e6, distinct, inOrder,
                    ids.size() - distinct, frames.others, raiseSeconds);
        }
    }
}
