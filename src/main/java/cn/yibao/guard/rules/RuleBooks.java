package cn.yibao.guard.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import cn.yibao.guard.rules.RuleRepository.Current;
import cn.yibao.guard.rules.engine.Exemptions;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleDefinition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Holds the compiled book of the current, enabled rule versions, with the active waivers (豁免) applied. The
 * order check reads it without blocking or touching the database; it is compiled at startup, after each write
 * on this instance, and whenever the rules revision in the database has moved on (polled every
 * {@code yibao.rules.poll-interval}), so that every replica converges on the same book. Waivers count as rule
 * changes: creating or revoking one moves the revision on.
 */
@ApplicationScoped
public class RuleBooks {

    private static final Logger LOG = Logger.getLogger(RuleBooks.class);

    /** A compiled book and the revision it was compiled from; -1 before the first load. */
    private record Installed(RuleBook book, long revision) {
    }

    private final RuleRepository repository;
    private final ExemptionRepository exemptions;
    private final RuleCodec codec;
    private final RuleCompiler compiler;
    private final AtomicReference<Installed> installed;

    public RuleBooks(RuleRepository repository, ExemptionRepository exemptions, RuleCodec codec,
            RuleCompiler compiler) {
        this.repository = repository;
        this.exemptions = exemptions;
        this.codec = codec;
        this.compiler = compiler;
        this.installed = new AtomicReference<>(new Installed(compiler.compile(List.of()), -1));
    }

    public RuleBook current() {
        return installed.get().book();
    }

    /** The rules revision the current book was compiled from; -1 before the first load. */
    public long revision() {
        return installed.get().revision();
    }

    /**
     * Recompiles if the database holds a newer revision than the installed book. The revision is read before
     * the rules, so a book is never labelled newer than what it contains.
     *
     * @return whether a new book was installed
     */
    public Uni<Boolean> refresh() {
        return Panache.withSession(() -> repository.revision().flatMap(revision -> revision <= revision()
                ? Uni.createFrom().item(false)
                : repository.allLive().flatMap(rows -> exemptions.active()
                        .map(waivers -> install(revision, rows, waivers)))));
    }

    private boolean install(long revision, List<Current> rows, List<ExemptionRecord> waivers) {
        List<RuleDefinition> rules = rows.stream().map(c -> codec.definition(c.head(), c.version())).toList();
        RuleCompiler.Compilation compilation = compiler.compileValid(rules);
        compilation.rejected().forEach((id, e) -> LOG.warnf("Rule %s left out of the book: %s", id,
                e.getMessage()));
        Exemptions active = Exemptions.of(waivers.stream().map(ExemptionRecord::toEngine).toList());
        Installed next = new Installed(active.applyTo(compilation.book(), compiler.settings().zone()), revision);
        while (true) {
            Installed now = installed.get();
            if (revision <= now.revision()) {
                return false;
            }
            if (installed.compareAndSet(now, next)) {
                LOG.infof("Rule book revision %d: %d enabled rules, %d waivers", revision,
                        compilation.book().size(), active.size());
                return true;
            }
        }
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) StartupEvent event) {
        try {
            VertxContextSupport.subscribeAndAwait(this::refresh);
        } catch (Throwable e) {
            // The service still starts (checks pass with an empty book); the poll keeps trying.
            LOG.errorf(e, "Could not load the rules at startup");
        }
    }

    @Scheduled(every = "${yibao.rules.poll-interval}", delayed = "${yibao.rules.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return refresh().onFailure().invoke(e -> LOG.warnf("Rules poll failed: %s", e.getMessage()))
                .onFailure().recoverWithItem(false).replaceWithVoid();
    }
}
