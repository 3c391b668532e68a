package cn.yibao.guard.rules;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.rules.RuleEventRecord.Kind;
import cn.yibao.guard.rules.RuleRepository.Current;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The rules' writing transactions. Every one validates with the engine's compiler first (so nothing invalid is
 * stored), records who did what, and counts one more revision last, so that every replica recompiles.
 */
@ApplicationScoped
public class RuleWriter {

    private final RuleRepository repository;
    private final RuleCodec codec;
    private final RuleCompiler compiler;
    private final ZoneId zone;

    public RuleWriter(RuleRepository repository, RuleCodec codec, RuleCompiler compiler,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.repository = repository;
        this.codec = codec;
        this.compiler = compiler;
        this.zone = zone;
    }

    @WithTransaction
    public Uni<RuleView> create(NewRule body, String user) {
        if (body.id() != null && body.id().matches(RuleIds.SERVER_PATTERN)) {
            throw ProblemException.invalidField("id", "the form R-<number> is reserved for ids the server assigns");
        }
        Uni<String> id = body.id() != null ? Uni.createFrom().item(body.id())
                : repository.nextId().map(RuleIds::assigned);
        return id.flatMap(ruleId -> {
            RuleDefinition rule = new RuleDefinition(ruleId, 1, body.template(), body.name(),
                    RuleCodec.withoutNulls(body.parameters()), body.severity(), body.action(), body.judgement(),
                    scope(body.scope()), body.enabled() == null || body.enabled(), RuleDefinition.LOCAL_SOURCE,
                    body.note());
            validate(rule, "");
            return repository.head(ruleId).flatMap(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("Rule " + ruleId + " already exists; edit it with PUT");
                }
                return insert(rule, user, now());
            });
        }).call(view -> repository.bumpRevision());
    }

    @WithTransaction
    public Uni<RuleView> edit(String id, RuleEdit body, String user) {
        return repository.head(id).flatMap(head -> {
            if (head == null) {
                throw ProblemException.notFound("No rule " + id);
            }
            int expected = body.expectedVersion();
            if (head.currentVersion != expected) {
                throw staleEdit(id, expected, head.currentVersion);
            }
            RuleDefinition rule = new RuleDefinition(id, expected + 1, body.template(), body.name(),
                    RuleCodec.withoutNulls(body.parameters()), body.severity(), body.action(), body.judgement(),
                    scope(body.scope()), head.enabled, head.source, body.note());
            validate(rule, "");
            OffsetDateTime at = now();
            return repository.moveHead(id, expected, rule.version(), rule.template(), at, user).flatMap(moved -> {
                if (moved == 0) {
                    throw staleEdit(id, expected, expected + 1);
                }
                RuleVersionRecord version = codec.record(rule, at, user);
                return repository.persist(version, new RuleEventRecord(id, rule.version(), Kind.EDITED, at, user))
                        .call(repository::flush).call(repository::bumpRevision)
                        .map(v -> codec.view(movedHead(head, rule, at, user), version));
            });
        });
    }

    @WithTransaction
    public Uni<RuleView> setEnabled(String id, boolean enabled, String user) {
        return repository.headForUpdate(id).flatMap(head -> {
            if (head == null) {
                throw ProblemException.notFound("No rule " + id);
            }
            if (enabled && head.retired) {
                throw ProblemException.conflict("Rule " + id + " was retired by its source " + head.source
                        + " and cannot be enabled");
            }
            Uni<Void> change = Uni.createFrom().voidItem();
            if (head.enabled != enabled) {
                OffsetDateTime at = now();
                head.enabled = enabled;
                head.changedAt = at;
                head.changedBy = user;
                change = repository.persist(new RuleEventRecord(id, head.currentVersion,
                        enabled ? Kind.ENABLED : Kind.DISABLED, at, user))
                        .call(repository::flush).call(repository::bumpRevision).replaceWithVoid();
            }
            return change.flatMap(v -> repository.version(id, head.currentVersion))
                    .map(version -> codec.view(head, version));
        });
    }

    /** See {@link RuleService#replaceRulesFromSource}. */
    @WithTransaction
    public Uni<ImportSummary> replaceFromSource(String sourcePrefix, List<RuleDefinition> rules, String user) {
        if (sourcePrefix == null || sourcePrefix.isBlank()) {
            throw ProblemException.invalidField("sourcePrefix", "is required");
        }
        Set<String> ids = checkImported(sourcePrefix, rules);
        return repository.bySourceOrIds(sourcePrefix, ids).flatMap(rows -> {
            Map<String, Current> existing = new HashMap<>();
            rows.forEach(c -> existing.put(c.head().id, c));
            OffsetDateTime at = now();
            List<Object> changes = new ArrayList<>();
            int[] counts = new int[4];
            for (int i = 0; i < rules.size(); i++) {
                RuleDefinition rule = rules.get(i);
                Current current = existing.get(rule.id());
                if (current == null) {
                    changes.addAll(created(rule.id(), rule, user, at));
                    counts[0]++;
                } else if (!current.head().source.startsWith(sourcePrefix)) {
                    throw ProblemException.invalidField("rules[" + i + "].id", "rule " + rule.id()
                            + " belongs to source " + current.head().source);
                } else if (codec.sameContent(current.version(), rule) && !current.head().retired) {
                    counts[2]++;
                } else {
                    changes.addAll(replaced(current, rule, user, at));
                    counts[1]++;
                }
            }
            for (Current gone : existing.values()) {
                if (!ids.contains(gone.head().id) && !gone.head().retired) {
                    gone.head().retired = true;
                    gone.head().changedAt = at;
                    gone.head().changedBy = user;
                    changes.add(new RuleEventRecord(gone.head().id, gone.head().currentVersion, Kind.RETIRED, at,
                            user));
                    counts[3]++;
                }
            }
            ImportSummary summary = new ImportSummary(counts[0], counts[1], counts[2], counts[3]);
            if (counts[0] + counts[1] + counts[3] == 0) {
                return Uni.createFrom().item(summary);
            }
            return repository.persist(changes.toArray()).call(repository::flush).call(repository::bumpRevision)
                    .replaceWith(summary);
        });
    }

    /** See {@link RuleService#reviseSource}. */
    @WithTransaction
    public Uni<SourceRevision> reviseSource(String sourcePrefix, SourceRevision.Change change, String user) {
        if (sourcePrefix == null || sourcePrefix.isBlank()) {
            throw ProblemException.invalidField("sourcePrefix", "is required");
        }
        return repository.bySourceOrIds(sourcePrefix, List.of()).flatMap(rows -> {
            OffsetDateTime at = now();
            List<Object> changes = new ArrayList<>();
            int live = 0;
            int versions = 0;
            int switched = 0;
            for (Current current : rows) {
                RuleRecord head = current.head();
                if (head.retired) {
                    continue;
                }
                live++;
                RuleDefinition now = codec.definition(head, current.version());
                RuleDefinition next = new RuleDefinition(now.id(), now.version(), now.template(), now.name(),
                        now.parameters(), change.severity() != null ? change.severity() : now.severity(),
                        change.action() != null ? change.action() : now.action(),
                        change.judgement() != null ? change.judgement() : now.judgement(), now.scope(), head.enabled,
                        now.source(), now.note());
                validate(next, "");
                if (!codec.sameContent(current.version(), next)) {
                    changes.addAll(replaced(current, next, user, at));
                    versions++;
                }
                if (change.enabled() != null && head.enabled != change.enabled()) {
                    head.enabled = change.enabled();
                    head.changedAt = at;
                    head.changedBy = user;
                    changes.add(new RuleEventRecord(head.id, head.currentVersion,
                            change.enabled() ? Kind.ENABLED : Kind.DISABLED, at, user));
                    switched++;
                }
            }
            SourceRevision result = new SourceRevision(live, versions, switched);
            if (versions + switched == 0) {
                return Uni.createFrom().item(result);
            }
            return repository.persist(changes.toArray()).call(repository::flush).call(repository::bumpRevision)
                    .replaceWith(result);
        });
    }

    /** Creates the rules whose ids do not exist yet; returns how many were created. */
    @WithTransaction
    public Uni<Integer> createIfAbsent(List<RuleDefinition> rules, String user) {
        for (int i = 0; i < rules.size(); i++) {
            validate(rules.get(i), "rules[" + i + "].");
        }
        return repository.existingIds(rules.stream().map(RuleDefinition::id).toList()).flatMap(found -> {
            Set<String> present = new HashSet<>(found);
            OffsetDateTime at = now();
            List<Object> changes = new ArrayList<>();
            int created = 0;
            for (RuleDefinition rule : rules) {
                if (present.add(rule.id())) {
                    changes.addAll(created(rule.id(), withVersion(rule, 1), user, at));
                    created++;
                }
            }
            if (created == 0) {
                return Uni.createFrom().item(0);
            }
            int count = created;
            return repository.persist(changes.toArray()).call(repository::flush).call(repository::bumpRevision)
                    .replaceWith(count);
        });
    }

    private Uni<RuleView> insert(RuleDefinition rule, String user, OffsetDateTime at) {
        List<Object> rows = created(rule.id(), rule, user, at);
        return repository.persist(rows.toArray()).call(repository::flush)
                .map(v -> codec.view((RuleRecord) rows.get(0), (RuleVersionRecord) rows.get(1)));
    }

    /** Head, first version and CREATED event of a new rule. */
    private List<Object> created(String id, RuleDefinition rule, String user, OffsetDateTime at) {
        RuleDefinition first = withVersion(rule, 1);
        RuleRecord head = new RuleRecord();
        head.id = id;
        head.currentVersion = 1;
        head.enabled = rule.enabled();
        head.template = rule.template();
        head.source = rule.source();
        head.changedAt = at;
        head.changedBy = user;
        return List.of(head, codec.record(first, at, user), new RuleEventRecord(id, 1, Kind.CREATED, at, user));
    }

    /** A new version from the source; a retired rule comes back. The rule's enabled state is kept. */
    private List<Object> replaced(Current current, RuleDefinition rule, String user, OffsetDateTime at) {
        RuleRecord head = current.head();
        boolean restored = head.retired;
        List<Object> rows = new ArrayList<>();
        if (!codec.sameContent(current.version(), rule)) {
            RuleDefinition next = withVersion(rule, head.currentVersion + 1);
            head.currentVersion = next.version();
            head.template = next.template();
            rows.add(codec.record(next, at, user));
            rows.add(new RuleEventRecord(head.id, next.version(), Kind.EDITED, at, user));
        }
        if (restored) {
            head.retired = false;
            rows.add(new RuleEventRecord(head.id, head.currentVersion, Kind.RESTORED, at, user));
        }
        head.source = rule.source();
        head.changedAt = at;
        head.changedBy = user;
        return rows;
    }

    /** Checks an import's records before anything is written; returns their ids. */
    private Set<String> checkImported(String sourcePrefix, List<RuleDefinition> rules) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleDefinition rule = rules.get(i);
            String at = "rules[" + i + "].";
            if (rule.id() == null || !rule.id().matches(RuleIds.PATTERN)) {
                throw ProblemException.invalidField(at + "id", RuleIds.MESSAGE);
            }
            if (!ids.add(rule.id())) {
                throw ProblemException.invalidField(at + "id", "duplicate id " + rule.id());
            }
            if (!rule.source().startsWith(sourcePrefix)) {
                throw ProblemException.invalidField(at + "source", "must start with " + sourcePrefix);
            }
            validate(rule, at);
        }
        return ids;
    }

    private void validate(RuleDefinition rule, String prefix) {
        try {
            compiler.validate(rule);
        } catch (RuleDefinitionException e) {
            throw ProblemException.invalidField(prefix + e.field(), e.reason());
        }
    }

    private static RuleRecord movedHead(RuleRecord head, RuleDefinition rule, OffsetDateTime at, String user) {
        RuleRecord moved = new RuleRecord();
        moved.id = head.id;
        moved.currentVersion = rule.version();
        moved.enabled = head.enabled;
        moved.retired = head.retired;
        moved.template = rule.template();
        moved.source = head.source;
        moved.changedAt = at;
        moved.changedBy = user;
        return moved;
    }

    private static ProblemException staleEdit(String id, int expected, int current) {
        return ProblemException.conflict("Rule " + id + " is at version " + current + " but the edit was made from"
                + " version " + expected + "; reload the rule and apply the change again");
    }

    private static RuleDefinition withVersion(RuleDefinition r, int version) {
        return new RuleDefinition(r.id(), version, r.template(), r.name(), r.parameters(), r.severity(), r.action(),
                r.judgement(), r.scope(), r.enabled(), r.source(), r.note());
    }

    private static RuleScope scope(ScopeView view) {
        return view == null ? RuleScope.EVERYWHERE : view.toScope();
    }

    private OffsetDateTime now() {
        // PostgreSQL keeps microseconds; cutting here makes the answer equal what is read back later.
        return OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MICROS);
    }
}
