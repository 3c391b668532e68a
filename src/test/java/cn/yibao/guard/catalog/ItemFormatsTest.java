package cn.yibao.guard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.ProblemException;

/** The CSV and JSON forms of the catalogue without a database: what is written reads back the same. */
class ItemFormatsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final ItemParser parser = new ItemParser(JSON, VALIDATOR);

    @Test
    void aSyntheticCatalogueReadsBackFromItsCsvUnchanged() {
        Catalog catalog = SyntheticCatalog.catalog(3_000, 11);
        String csv = ItemExport.csvText(catalog);
        List<CatalogItem> read = parser.parse(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read).containsExactlyInAnyOrderElementsOf(catalog.items());
    }

    @Test
    void aSyntheticCatalogueReadsBackFromItsJsonUnchanged() throws Exception {
        Catalog catalog = SyntheticCatalog.catalog(3_000, 12);
        byte[] json = JSON.writeValueAsBytes(ItemExport.sorted(catalog).stream().map(ItemDocument::of).toList());
        assertThat(parser.parse(ImportFormat.JSON, json)).containsExactlyInAnyOrderElementsOf(catalog.items());
    }

    @Test
    void quotesCommasLineBreaksAndChineseSurviveTheCsv() {
        String csv = "code,name,kind,paymentClass,note\n"
                + "T1,\"复方制剂, \"\"特殊\"\"规格\",DRUG,乙,\"限重症感染\n（第二行）\"\n";
        CatalogItem item = parser.parse(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(item.name()).isEqualTo("复方制剂, \"特殊\"规格");
        assertThat(item.paymentClass()).isEqualTo(PaymentClass.B);
        assertThat(item.restrictions().note()).isEqualTo("限重症感染\n（第二行）");
        String written = ItemExport.csvText(new Catalog(1, List.of(item), java.util.Map.of()));
        assertThat(parser.parse(ImportFormat.CSV, written.getBytes(StandardCharsets.UTF_8))).containsExactly(item);
    }

    @Test
    void aByteOrderMarkAndColumnsInAnyOrderAreAccepted() {
        String csv = "\uFEFFpaymentClass,kind,name,code,indications,selfPayRatio\nB,DRUG,美罗培南,T2,A41|J15,0.20\n";
        CatalogItem item = parser.parse(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(item.code()).isEqualTo("T2");
        assertThat(item.restrictions().indications()).containsExactly("A41", "J15");
        assertThat(item.selfPayRatio()).isEqualByComparingTo("0.2");
    }

    @Test
    void everyBadCellIsNamedByRowAndColumn() {
        String csv = "code,name,kind,paymentClass,priceCap,sex,minAgeYears,maxAgeYears,minHospitalLevel,indications\n"
                + "T3,好药,DRUG,A,12.5,1,0,17,3,J15\n"
                + "T4,坏价格,DRUG,A,-1,,,,,\n"
                + "T5,坏性别,DRUG,A,,3,,,,\n"
                + "T6,坏年龄,DRUG,A,,,60,18,4,j15\n"
                + "T3,重复,PILL,D,abc,,,,,\n";
        assertThatThrownBy(() -> parser.parse(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors()).extracting(
                        FieldError::field).containsExactly("row 3, column priceCap", "row 4, column sex",
                                "row 5, column indications", "row 5, column maxAgeYears",
                                "row 5, column minHospitalLevel", "row 6, column kind",
                                "row 6, column paymentClass", "row 6, column priceCap", "row 6, column code"));
    }

    @Test
    void aHeaderWithoutRequiredColumnsOrWithUnknownOnesIsRefused() {
        String csv = "code,name,colour\nT7,药,red\n";
        assertThatThrownBy(() -> parser.parse(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(FieldError::field).contains("row 1, column colour", "row 1, column kind",
                                "row 1, column paymentClass"));
    }
}
