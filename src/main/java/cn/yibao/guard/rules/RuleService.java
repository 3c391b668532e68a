package cn.yibao.guard.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.rules.RuleRepository.Filter;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleTemplate;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The audit rules (审核规则), as other features may use them: the compiled book for the order check, the
 * templates, the versioned rule records, and the bulk replacement that rule-batch imports use.
 */
@ApplicationScoped
public class RuleService {

    private final RuleRepository repository;
    private final RuleWriter writer;
    private final RuleBooks books;
    private final RuleCodec codec;
    private final RuleCompiler compiler;

    public RuleService(RuleRepository repository, RuleWriter writer, RuleBooks books, RuleCodec codec,
            RuleCompiler compiler) {
        this.repository = repository;
        this.writer = writer;
        this.books = books;
        this.codec = codec;
        this.compiler = compiler;
    }

    /** The compiled book of current, enabled rule versions; cheap, never blocks, never touches the database. */
    public RuleBook currentBook() {
        return books.current();
    }

    /** The templates rules may use, with their parameter documentation. */
    public List<RuleTemplate> templates() {
        return compiler.templates().all();
    }

    /** The compiler the book is built with (templates and settings), for validating records before import. */
    public RuleCompiler compiler() {
        return compiler;
    }

    @WithSession
    public Uni<RulePage> list(Filter filter, int page, int size) {
        return repository.count(filter).flatMap(total -> repository.page(filter, page, size)
                .map(rows -> new RulePage(rows.stream().map(c -> codec.view(c.head(), c.version())).toList(), page,
                        size, total)));
    }

    /** The rule's current version. */
    @WithSession
    public Uni<RuleView> get(String id) {
        return head(id).flatMap(head -> repository.version(id, head.currentVersion).map(v -> codec.view(head, v)));
    }

    /** Every version of the rule, oldest first. */
    @WithSession
    public Uni<List<RuleView>> versions(String id) {
        return head(id).flatMap(head -> repository.versions(id)
                .map(list -> list.stream().map(v -> codec.view(head, v)).toList()));
    }

    /** Who created, edited, enabled, disabled, retired or restored the rule, and when. */
    @WithSession
    public Uni<List<RuleEventView>> events(String id) {
        return head(id).flatMap(head -> repository.events(id))
                .map(list -> list.stream().map(e -> RuleEventView.of(e, compiler.settings().zone())).toList());
    }

    /** Creates a rule (version 1) and recompiles this instance's book. */
    public Uni<RuleView> create(NewRule rule, String user) {
        return afterWrite(writer.create(rule, user).onFailure(RuleService::duplicateKey)
                .transform(e -> ProblemException.conflict("Rule " + rule.id() + " already exists; edit it with PUT")));
    }

    /** Makes the edit the rule's next version, if the rule is still at {@code expectedVersion}; else 409. */
    public Uni<RuleView> edit(String id, RuleEdit edit, String user) {
        return afterWrite(writer.edit(id, edit, user).onFailure(RuleService::duplicateKey)
                .transform(e -> ProblemException.conflict("Rule " + id + " was edited concurrently; reload it")));
    }

    public Uni<RuleView> setEnabled(String id, boolean enabled, String user) {
        return afterWrite(writer.setEnabled(id, enabled, user));
    }

    /**
     * Replaces the rules of one source (e.g. an NHSA batch, {@code sourcePrefix} {@code "b1-drug-sex#"}) with
     * these records, in one transaction: new ids are created, changed ones get a new version (the source wins
     * over local edits; the enabled state is kept), rules of the source that are not in the list are retired
     * (left out of the book), and retired rules that come back are restored. Every record's source must start
     * with the prefix. Refusals name {@code rules[i].<field>}; nothing is written then.
     */
    public Uni<ImportSummary> replaceRulesFromSource(String sourcePrefix, List<RuleDefinition> rules, String user) {
        return afterWrite(writer.replaceFromSource(sourcePrefix, rules, user));
    }

    /** {@link #replaceRulesFromSource(String, List, String)} recorded as done by {@code import}. */
    public Uni<ImportSummary> replaceRulesFromSource(String sourcePrefix, List<RuleDefinition> rules) {
        return replaceRulesFromSource(sourcePrefix, rules, "import");
    }

    /**
     * Changes every live (not retired) rule of one source at once, in one transaction: new tiers (severity,
     * action, judgement; {@code null} keeps each rule's own) become each changed rule's next version, and a new
     * enabled state is recorded as ENABLED/DISABLED events. Refuses ({@code action}) a BLOCK for a rule that would
     * not be CRITICAL; nothing is written then.
     */
    public Uni<SourceRevision> reviseSource(String sourcePrefix, SourceRevision.Change change, String user) {
        return afterWrite(writer.reviseSource(sourcePrefix, change, user));
    }

    /** The current versions of a source's live (not retired) rules, by id, with their present enabled state. */
    @WithSession
    public Uni<List<RuleDefinition>> liveRulesOfSource(String sourcePrefix) {
        return repository.liveBySource(sourcePrefix)
                .map(rows -> rows.stream().map(c -> codec.definition(c.head(), c.version())).toList());
    }

    /** How many rules match the filter. */
    @WithSession
    public Uni<Long> count(Filter filter) {
        return repository.count(filter);
    }

    /** Creates those of the rules whose ids do not exist yet (demo seeding); returns how many were created. */
    public Uni<Integer> createIfAbsent(List<RuleDefinition> rules, String user) {
        return afterWrite(writer.createIfAbsent(rules, user));
    }

    /** Recompiles now if the database holds newer rules than this instance's book (the poll does it too). */
    public Uni<Boolean> refreshBook() {
        return books.refresh();
    }

    /** The book follows the write at once; if that fails the write still stands and the poll catches up. */
    private <T> Uni<T> afterWrite(Uni<T> write) {
        return write.call(result -> books.refresh().onFailure().recoverWithItem(false));
    }

    private Uni<RuleRecord> head(String id) {
        return repository.head(id).map(head -> {
            if (head == null) {
                throw ProblemException.notFound("No rule " + id);
            }
            return head;
        });
    }

    /** A primary key taken meanwhile by a concurrent transaction (PostgreSQL unique_violation). */
    static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
