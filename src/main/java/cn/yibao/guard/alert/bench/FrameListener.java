package cn.yibao.guard.alert.bench;

/** Receives every frame a station socket gets, on the generator's event loop. */
@FunctionalInterface
interface FrameListener {

    FrameListener NONE = (station, frame, arrivedNanos) -> {
    };

    void onFrame(Station station, StationFrame frame, long arrivedNanos);
}
