package cn.yibao.guard.drg;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs CPU-heavy work (compiling a scheme, about a second) on the worker pool and comes back to the caller's
 * Vert.x context, where reactive sessions and the request continue.
 */
final class OffEventLoop {

    private OffEventLoop() {
    }

    static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> computed = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? computed : computed.emitOn(task -> context.runOnContext(v -> task.run()));
    }
}
