package cn.yibao.guard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SyntheticCatalogTest {

    @Test
    void theSameSeedGivesTheSameCatalogueAndAnotherSeedAnother() {
        assertThat(SyntheticCatalog.generate(2_000, 7)).isEqualTo(SyntheticCatalog.generate(2_000, 7));
        assertThat(SyntheticCatalog.generate(2_000, 8)).isNotEqualTo(SyntheticCatalog.generate(2_000, 7));
    }

    @Test
    void codesAreUniqueAndShapedLikeNationalCodes() {
        List<CatalogItem> items = SyntheticCatalog.generate(20_000, 1);
        assertThat(items).hasSize(20_000);
        assertThat(items.stream().map(CatalogItem::code).distinct().count()).isEqualTo(20_000);
        for (CatalogItem item : items) {
            switch (item.kind()) {
                case DRUG -> assertThat(item.code()).hasSize(20).startsWith("X");
                case SERVICE -> assertThat(item.code()).hasSize(15).containsOnlyDigits();
                case MATERIAL -> assertThat(item.code()).hasSize(20).startsWith("C");
            }
        }
    }

    @Test
    void theMixResemblesAHospitalCatalogue() {
        List<CatalogItem> items = SyntheticCatalog.generate(20_000, 1);
        assertThat(share(items, i -> i.kind() == ItemKind.DRUG)).isBetween(0.55, 0.65);
        assertThat(share(items, i -> i.kind() == ItemKind.SERVICE)).isBetween(0.25, 0.35);
        assertThat(share(items, i -> i.paymentClass() == PaymentClass.C)).isBetween(0.10, 0.20);
        assertThat(items.stream().filter(i -> i.paymentClass() == PaymentClass.B))
                .allMatch(i -> i.selfPayRatio() != null);
        assertThat(share(items, i -> !i.restrictions().indications().isEmpty())).isBetween(0.05, 0.11);
        assertThat(share(items, i -> i.restrictions().sex() != null)).isBetween(0.02, 0.06);
        assertThat(share(items, i -> !i.restrictions().firstLineItems().isEmpty())).isBetween(0.01, 0.03);
        assertThat(share(items, i -> i.priceCap().doubleValue() > 1000)).isGreaterThan(0.02);
    }

    @Test
    void drugsShareGenericNamesAndIngredientsForDuplicateChecks() {
        List<CatalogItem> drugs = SyntheticCatalog.generate(6_000, 3).stream()
                .filter(i -> i.kind() == ItemKind.DRUG).toList();
        Map<String, Long> perGeneric = drugs.stream()
                .collect(Collectors.groupingBy(CatalogItem::genericName, Collectors.counting()));
        assertThat(perGeneric.values()).allMatch(count -> count >= 1 && count <= 4);
        assertThat(perGeneric.size()).isLessThan(drugs.size() / 2 + 1);
        assertThat(drugs).allMatch(d -> d.ingredient() != null && d.drugClass() != null);
    }

    @Test
    void referencesPointAtItemsOfTheCatalogue() {
        List<CatalogItem> items = SyntheticCatalog.generate(20_000, 5);
        Set<String> codes = new HashSet<>(items.stream().map(CatalogItem::code).toList());
        List<String> referenced = items.stream().flatMap(i -> java.util.stream.Stream.of(
                i.restrictions().firstLineItems(), i.restrictions().requiresItems(), i.restrictions().excludesItems()))
                .flatMap(List::stream).toList();
        assertThat(referenced).isNotEmpty();
        assertThat(referenced.stream().filter(code -> !codes.contains(code))).isEmpty();
    }

    @Test
    void theSnapshotResolvesHisCodesAndGenericNames() {
        Catalog catalog = SyntheticCatalog.catalog(1_000, 2);
        List<CatalogItem> items = SyntheticCatalog.generate(1_000, 2);
        assertThat(catalog.size()).isEqualTo(1_000);
        assertThat(catalog.resolve(null, SyntheticCatalog.hisCode(10), null)).contains(items.get(10));
    }

    private static double share(List<CatalogItem> items, Predicate<CatalogItem> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }
}
