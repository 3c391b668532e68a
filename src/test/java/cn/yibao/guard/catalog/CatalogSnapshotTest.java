package cn.yibao.guard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The order check's snapshot follows every write, including writes made by another instance. */
@QuarkusTest
class CatalogSnapshotTest {

    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Inject
    CatalogService catalog;

    @Inject
    Pool pool;

    @Test
    void aWriteOnThisInstanceIsInTheSnapshotBeforeItIsAnswered() {
        String code = "SNAP" + RUN + "01";
        CatalogApi.importCsv("code,name,kind,paymentClass,sex\n" + code + ",黄体酮注射液,DRUG,A,2\n", null).then()
                .statusCode(200);
        Catalog snapshot = catalog.snapshot();
        assertThat(snapshot.item(code)).hasValueSatisfying(item -> assertThat(item.restrictions().sex()).isEqualTo(2));
        assertThat(snapshot.version()).isEqualTo(CatalogApi.version());
    }

    @Test
    void aChangeMadeByAnotherInstanceIsPickedUpByThePoll() throws InterruptedException {
        String code = "SNAP" + RUN + "02";
        long before = catalog.snapshot().version();
        // what another instance's import does: write the row and record the change in one transaction
        pool.withTransaction(conn -> conn.query("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE")
                .execute()
                .flatMap(x -> conn.preparedQuery("INSERT INTO catalog_item (code, name, kind, payment_class, "
                        + "restrictions, updated_by, updated_at) VALUES ($1, '另一实例的药', 'DRUG', 'C', "
                        + "'{\"maxAgeYears\": 17}', 'replica-2', now())").execute(Tuple.of(code)))
                .flatMap(x -> conn.preparedQuery("SELECT catalog_record_change('ITEM-CREATE', $1, 1, 'replica-2')")
                        .execute(Tuple.of("item " + code))))
                .await().atMost(Duration.ofSeconds(10));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (catalog.snapshot().item(code).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Catalog snapshot = catalog.snapshot();
        assertThat(snapshot.item(code)).hasValueSatisfying(item -> {
            assertThat(item.paymentClass()).isEqualTo(PaymentClass.C);
            assertThat(item.restrictions().maxAgeYears()).isEqualTo(17);
        });
        assertThat(snapshot.version()).isGreaterThan(before);
    }

    @Test
    void theDemoCatalogueSeedsOnceAndItsReferencesResolve() {
        catalog.seedDemo().await().atMost(Duration.ofSeconds(30));
        long version = CatalogApi.version();
        DemoCatalog.Seeded again = catalog.seedDemo().await().atMost(Duration.ofSeconds(30));
        assertThat(again.items().inserted()).isZero();
        assertThat(again.codeMap().inserted()).isZero();
        assertThat(CatalogApi.version()).isEqualTo(version);

        Catalog snapshot = catalog.snapshot();
        CatalogItem meropenem = snapshot.item("XJ01DHM0540300101018").orElseThrow();
        assertThat(meropenem.restrictions().firstLineItems()).hasSize(2)
                .allSatisfy(code -> assertThat(snapshot.item(code)).isPresent());
        assertThat(snapshot.resolve("XC01DXA0070010101234", "H-4711", null).orElseThrow().name()).contains("尼可地尔");
        assertThat(snapshot.item("001102000050000").orElseThrow().restrictions().maxQuantityPerDay())
                .isEqualByComparingTo("1");
        List<CatalogItem> demo = snapshot.items().stream()
                .filter(i -> i.code().startsWith("X") || i.code().startsWith("Z") || i.code().startsWith("C0")
                        || i.code().startsWith("C1") || i.code().matches("\\d{15}"))
                .toList();
        assertThat(demo).anyMatch(i -> Integer.valueOf(1).equals(i.restrictions().sex()))
                .anyMatch(i -> Integer.valueOf(2).equals(i.restrictions().sex()))
                .anyMatch(i -> Integer.valueOf(17).equals(i.restrictions().maxAgeYears()))
                .anyMatch(i -> Integer.valueOf(3).equals(i.restrictions().minHospitalLevel()))
                .anyMatch(i -> i.paymentClass() == PaymentClass.C)
                .anyMatch(i -> i.kind() == ItemKind.MATERIAL && i.priceCap().intValue() > 1000)
                .anyMatch(i -> !i.restrictions().requiresItems().isEmpty())
                .anyMatch(i -> !i.restrictions().excludesItems().isEmpty());
    }
}
