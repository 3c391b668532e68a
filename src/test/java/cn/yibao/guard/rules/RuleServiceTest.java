package cn.yibao.guard.rules;

import static cn.yibao.guard.rules.RuleFixtures.hitsFor;
import static cn.yibao.guard.rules.RuleFixtures.uniqueCode;
import static cn.yibao.guard.rules.RuleFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.rules.RuleRepository.Filter;
import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleScope;
import cn.yibao.guard.rules.engine.Severity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

@QuarkusTest
class RuleServiceTest {

    @Inject
    RuleService service;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    static RuleDefinition batchRow(String source, int row, String code, int sex) {
        return new RuleDefinition(source.replace("#", "") + "-" + row, 1, "SEX_RESTRICTION", "批次规则 " + row,
                Map.of("items", List.of(code), "sex", sex), Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION,
                RuleScope.EVERYWHERE, true, source + row, "药品说明 " + row);
    }

    @Test
    void replacingASourceCreatesVersionsRetiresAndRestores() throws Throwable {
        String source = uniqueId("b1-drug-sex") + "#";
        String a = uniqueCode();
        String b = uniqueCode();
        String c = uniqueCode();
        List<RuleDefinition> first = List.of(batchRow(source, 2, a, 2), batchRow(source, 3, b, 2),
                batchRow(source, 4, c, 2));
        assertThat(await(() -> service.replaceRulesFromSource(source, first, "importer")))
                .isEqualTo(new ImportSummary(3, 0, 0, 0));
        assertThat(hitsFor(a)).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo(source + 2);
            assertThat(h.note()).isEqualTo("药品说明 2");
        });

        assertThat(await(() -> service.replaceRulesFromSource(source, first, "importer")))
                .isEqualTo(new ImportSummary(0, 0, 3, 0));

        // Row 3 now restricts to men; row 4 disappeared from the batch.
        List<RuleDefinition> second = List.of(batchRow(source, 2, a, 2), batchRow(source, 3, b, 1));
        assertThat(await(() -> service.replaceRulesFromSource(source, second, "importer")))
                .isEqualTo(new ImportSummary(0, 1, 1, 1));
        assertThat(hitsFor(b)).isEmpty();
        assertThat(hitsFor(c)).isEmpty();
        String retiredId = first.get(2).id();
        RuleView retired = await(() -> service.get(retiredId));
        assertThat(retired.retired()).isTrue();
        assertThat(await(() -> service.versions(first.get(1).id()))).extracting(RuleView::version)
                .containsExactly(1, 2);

        RulePage listed = await(() -> service.list(new Filter(null, null, source, false), 0, 50));
        assertThat(listed.items()).extracting(RuleView::id).containsExactly(first.get(0).id(), first.get(1).id());
        RulePage withRetired = await(() -> service.list(new Filter(null, null, source, true), 0, 50));
        assertThat(withRetired.total()).isEqualTo(3);

        assertThat(await(() -> service.replaceRulesFromSource(source, first, "importer")))
                .isEqualTo(new ImportSummary(0, 2, 1, 0));
        assertThat(hitsFor(c)).hasSize(1);
        assertThat(await(() -> service.events(retiredId))).extracting(RuleEventView::event)
                .containsExactly("CREATED", "RETIRED", "RESTORED");
    }

    @Test
    void anImportWithABadRowWritesNothingAndNamesTheRow() throws Throwable {
        String source = uniqueId("b5") + "#";
        String code = uniqueCode();
        RuleDefinition bad = new RuleDefinition(source.replace("#", "") + "-3", 1, "HOSPITAL_LEVEL", "坏行",
                Map.of("items", List.of(code), "minLevel", 5), Severity.WARNING, RuleAction.CONFIRM,
                Judgement.SUSPICIOUS, RuleScope.EVERYWHERE, true, source + 3, null);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> await(() -> service
                .replaceRulesFromSource(source, List.of(batchRow(source, 2, code, 2), bad), "importer")));
        assertThat(e.problem().errors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("rules[1].parameters.minLevel");
            assertThat(f.message()).isEqualTo("must be 1, 2 or 3");
        });
        assertThat(await(() -> service.list(new Filter(null, null, source, true), 0, 50)).total()).isZero();
        assertThat(hitsFor(code)).isEmpty();
    }

    @Test
    void seedingCreatesOnlyWhatIsMissing() throws Throwable {
        String code = uniqueCode();
        RuleDefinition seed = new RuleDefinition(uniqueId("demo"), 1, "SEX_RESTRICTION", "演示",
                Map.of("items", List.of(code), "sex", 2), Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION,
                null, true, null, null);
        assertThat(await(() -> service.createIfAbsent(List.of(seed), "demo"))).isEqualTo(1);
        assertThat(await(() -> service.createIfAbsent(List.of(seed), "demo"))).isZero();
        assertThat(hitsFor(code)).hasSize(1);
    }

    @Test
    void aChangeMadeByAnotherReplicaReachesThisBook() throws Throwable {
        String code = uniqueCode();
        writeAsAnotherReplica(uniqueId("replica"), code);
        assertThat(await(() -> service.refreshBook())).isTrue();
        assertThat(hitsFor(code)).singleElement().satisfies(h -> assertThat(h.ruleVersion()).isEqualTo(1));
        assertThat(await(() -> service.refreshBook())).isFalse();
    }

    @Test
    void thePollPicksUpAnotherReplicasChangeWithoutBeingAsked() throws Exception {
        String code = uniqueCode();
        writeAsAnotherReplica(uniqueId("polled"), code);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (hitsFor(code).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(hitsFor(code)).as("the book after polling").hasSize(1);
    }

    /** What another instance's write leaves in the database: a rule and a new revision, in one transaction. */
    private void writeAsAnotherReplica(String id, String code) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement head = db.prepareStatement("insert into audit_rule (id, current_version,"
                    + " enabled, retired, template, source, changed_at, changed_by)"
                    + " values (?, 1, true, false, 'SEX_RESTRICTION', 'local', now(), 'replica-b')");
                    PreparedStatement version = db.prepareStatement("insert into audit_rule_version (rule_id,"
                            + " version, template, name, parameters, severity, action, judgement, scope, source,"
                            + " created_at, created_by) values (?, 1, 'SEX_RESTRICTION', '别处创建', ?, 'WARNING',"
                            + " 'CONFIRM', 'SUSPICIOUS', '{}', 'local', now(), 'replica-b')");
                    PreparedStatement revision = db.prepareStatement(
                            "update audit_rule_revision set revision = revision + 1 where id = 1")) {
                head.setString(1, id);
                head.executeUpdate();
                version.setString(1, id);
                version.setString(2, "{\"items\": [\"" + code + "\"], \"sex\": 2}");
                version.executeUpdate();
                revision.executeUpdate();
            }
            db.commit();
        }
    }
}
