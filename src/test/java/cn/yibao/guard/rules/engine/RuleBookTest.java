package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.book;
import static cn.yibao.guard.rules.engine.Fx.check;
import static cn.yibao.guard.rules.engine.Fx.drug;
import static cn.yibao.guard.rules.engine.Fx.inpatient;
import static cn.yibao.guard.rules.engine.Fx.line;
import static cn.yibao.guard.rules.engine.Fx.rule;
import static cn.yibao.guard.rules.engine.Fx.unmatched;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** How the compiled book chooses rules: scope, enabled, explicit before catalogue-driven, robustness. */
class RuleBookTest {

    final Fx.Item maleOnly = drug("M-1", "男性用药").sex(1);

    @Test
    void hitCarriesTheRulesTiersVersionSourceAndNote() {
        var rule = rule("SEX_RESTRICTION").id("b1-drug-sex-2").version(3).source("b1-drug-sex#2")
                .note("限前列腺癌").tiers(Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION);
        assertThat(check(rule, inpatient().sex(2), line("O-1", maleOnly))).singleElement().satisfies(h -> {
            assertThat(h.ruleId()).isEqualTo("b1-drug-sex-2");
            assertThat(h.ruleVersion()).isEqualTo(3);
            assertThat(h.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(h.action()).isEqualTo(RuleAction.BLOCK);
            assertThat(h.judgement()).isEqualTo(Judgement.VIOLATION);
            assertThat(h.source()).isEqualTo("b1-drug-sex#2");
            assertThat(h.note()).isEqualTo("限前列腺癌");
        });
    }

    @Test
    void scopeLimitsWhereARuleApplies() {
        var inpatientOnly = rule("SEX_RESTRICTION")
                .scope(new RuleScope(Set.of(EncounterType.INPATIENT), Set.of(), Set.of()));
        assertThat(check(inpatientOnly, inpatient().sex(2), line("O-1", maleOnly))).hasSize(1);
        assertThat(check(inpatientOnly, inpatient().sex(2).type(EncounterType.OUTPATIENT), line("O-1", maleOnly)))
                .isEmpty();

        var residentsAtLevelTwo = rule("SEX_RESTRICTION")
                .scope(new RuleScope(Set.of(), Set.of(2), Set.of(InsuranceType.RESIDENT)));
        assertThat(check(residentsAtLevelTwo, inpatient().sex(2).level(2).insurance(InsuranceType.RESIDENT),
                line("O-1", maleOnly))).hasSize(1);
        assertThat(check(residentsAtLevelTwo, inpatient().sex(2).level(3).insurance(InsuranceType.RESIDENT),
                line("O-1", maleOnly))).isEmpty();
        assertThat(check(residentsAtLevelTwo, inpatient().sex(2).level(2).insurance(InsuranceType.EMPLOYEE),
                line("O-1", maleOnly))).isEmpty();
    }

    @Test
    void disabledRulesAreNotInTheBook() {
        RuleBook book = book(rule("SEX_RESTRICTION").disabled(), rule("HIGH_COST_ITEM"));
        assertThat(book.size()).isEqualTo(1);
        assertThat(check(book, inpatient().sex(2), List.of(line("O-1", maleOnly)), List.of())).isEmpty();
    }

    @Test
    void anExplicitRuleReplacesTheCatalogueDrivenRuleOfItsTemplateForItsItems() {
        var item = drug("P-1", "某限价药").priceCap("30");
        var catalogueDriven = rule("PRICE_CAP").id("cap-all");
        var specific = rule("PRICE_CAP").id("cap-p1").items("P-1").param("priceCap", 40);
        RuleBook book = book(catalogueDriven, specific);
        assertThat(check(book, inpatient(), List.of(line("O-1", item).price("35")), List.of())).isEmpty();
        assertThat(check(book, inpatient(), List.of(line("O-1", item).price("45")), List.of())).singleElement()
                .satisfies(h -> assertThat(h.ruleId()).isEqualTo("cap-p1"));
        // Another item with a catalogue cap is still judged by the catalogue-driven rule.
        var other = drug("P-2", "另一限价药").priceCap("30");
        assertThat(check(book, inpatient(), List.of(line("O-1", other).price("35")), List.of())).singleElement()
                .satisfies(h -> assertThat(h.ruleId()).isEqualTo("cap-all"));
    }

    @Test
    void catalogueDrivenRulesIgnoreItemsWithoutTheRestriction() {
        RuleBook book = book(rule("SEX_RESTRICTION"), rule("AGE_RESTRICTION"), rule("INDICATION"),
                rule("QUANTITY_PER_DAY"), rule("PRICE_CAP"), rule("STEPPED_THERAPY"), rule("ITEM_REQUIRES"));
        assertThat(check(book, inpatient().sex(2).diagnoses(), List.of(line("O-1", drug("N-1", "普通药"))),
                List.of())).isEmpty();
    }

    @Test
    void unmatchedAndIncompleteLinesNeverCrashTheBook() {
        RuleBook book = book(rule("SEX_RESTRICTION"), rule("AGE_RESTRICTION"), rule("HOSPITAL_LEVEL"),
                rule("INDICATION"), rule("VISIT_TYPE"), rule("INSURANCE_TYPE_RESTRICTION"),
                rule("QUANTITY_PER_DAY"), rule("QUANTITY_PER_STAY"), rule("PAYMENT_DAYS"), rule("DUPLICATE_CHARGE"),
                rule("DUPLICATE_MEDICATION"), rule("ITEM_REQUIRES"), rule("ITEM_EXCLUDES"), rule("STEPPED_THERAPY"),
                rule("SELF_PAY_NOTICE"), rule("HIGH_COST_ITEM"), rule("PRICE_CAP"), rule("INSURANCE_TYPE_CHANGE"));
        var bare = new OrderLine("O-1", null, null, null, null, null, null, null, null, null, false, null);
        var noTime = unmatched("O-2", "X", "某药").at((String) null).qty(null).price(null).days(null);
        var restricted = drug("R-1", "受限药").sex(2).age(0, 10).minLevel(3).indications("C").maxPerDay("1")
                .maxPerStay("1").maxPaymentDays(1).requires("Z").excludes("R-1").firstLine("F")
                .paymentClass(PaymentClass.C, null).priceCap("1").insuranceTypes(InsuranceType.MATERNITY);
        var restrictedNoTime = line("O-3", restricted).at((String) null).qty(null).price(null);
        var emptyEncounter = new EncounterFacts(null, null, 0, null, null, null, 0, null, null, null, null, null);
        var input = new CheckInput(emptyEncounter, List.of(bare, noTime.build(), restrictedNoTime.build()),
                List.of(bare));
        // The book would log and skip a rule that throws, so each compiled rule is run directly here.
        RuleCompiler compiler = new RuleCompiler();
        for (RuleTemplate template : RuleTemplates.standard().all()) {
            CompiledRule compiled = compiler.compile(rule(template.id()).build());
            RuleContext context = new RuleContext(input, EngineSettings.DEFAULT);
            List<RuleHit> hits = new java.util.ArrayList<>();
            for (StayLine line : context.drafts()) {
                compiled.checkLine(context, line, hits);
            }
            compiled.checkEncounter(context, hits);
            assertThat(hits).as(template.id()).allSatisfy(h -> assertThat(h.message()).isNotBlank());
        }
        assertThat(book.evaluate(input)).isNotNull();
        assertThat(book.evaluate(new CheckInput(null, List.of(bare), null))).isEmpty();
        assertThat(book.evaluate(null)).isEmpty();
    }

    @Test
    void aRetriedLineInTheHistoryDoesNotMeetItself() {
        var albumin = drug("ALB", "人血白蛋白").maxPerStay("10");
        RuleBook book = book(rule("QUANTITY_PER_STAY"), rule("DUPLICATE_CHARGE").param("kinds", List.of("DRUG")));
        // O-1 was recorded by an earlier attempt and comes again: it counts once.
        assertThat(check(book, inpatient(), List.of(line("O-1", albumin).qty("6")),
                List.of(line("O-1", albumin).qty("6")))).isEmpty();
        assertThat(check(book, inpatient(), List.of(line("O-1", albumin).qty("6")),
                List.of(line("H-1", albumin).qty("6")))).extracting(RuleHit::template)
                .containsExactly("QUANTITY_PER_STAY", "DUPLICATE_CHARGE");
    }

    @Test
    void aLineWithoutAnIdIsJudgedAndNamedByItsPosition() {
        var noId = new OrderLine(null, maleOnly.build(), "M-1", null, "男性用药", java.math.BigDecimal.ONE,
                java.math.BigDecimal.TEN, null, null, null, false, Fx.T0);
        assertThat(book(rule("SEX_RESTRICTION")).evaluate(new CheckInput(inpatient().sex(2).build(), List.of(noId),
                List.of()))).singleElement().satisfies(h -> assertThat(h.lineIds()).containsExactly("#0"));
    }

    @Test
    void aFaultyRuleIsSkippedAndTheOthersStillJudge() {
        RuleTemplate broken = new AbstractTemplate("BROKEN", "坏模板", "always throws", List.of(), List.of(),
                List.of()) {
            @Override
            protected CompiledRule build(RuleDefinition rule, Parameters parameters) {
                return new CompiledRule(rule, Targets.NONE, CompiledRule.Targeting.EVERY_LINE) {
                    @Override
                    public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
                        throw new IllegalStateException("bug");
                    }
                };
            }
        };
        RuleCompiler compiler = new RuleCompiler(RuleTemplates.standard().with(broken), EngineSettings.DEFAULT);
        RuleBook book = compiler.compile(List.of(rule("BROKEN").build(), rule("HIGH_COST_ITEM").build()));
        assertThat(Fx.check(book, inpatient(), List.of(line("O-1", drug("X", "贵药")).qty("1").price("5000")),
                List.of())).singleElement().satisfies(h -> assertThat(h.template()).isEqualTo("HIGH_COST_ITEM"));
    }

    @Test
    void hitsComeLineByLineInRequestOrder() {
        RuleBook book = book(rule("HIGH_COST_ITEM"), rule("SEX_RESTRICTION"));
        var hits = check(book, inpatient().sex(2), List.of(line("O-1", maleOnly).price("2000"),
                line("O-2", drug("X", "贵药")).price("3000")), List.of());
        assertThat(hits).extracting(h -> h.lineIds().get(0) + ":" + h.template()).containsExactly(
                "O-1:SEX_RESTRICTION", "O-1:HIGH_COST_ITEM", "O-2:HIGH_COST_ITEM");
    }

    @Test
    void theVerdictRule() {
        var info = hit(Severity.INFO, RuleAction.NOTIFY);
        var warning = hit(Severity.WARNING, RuleAction.NOTIFY);
        var confirmInfo = hit(Severity.INFO, RuleAction.CONFIRM);
        var block = hit(Severity.CRITICAL, RuleAction.BLOCK);
        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(List.of(info))).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(List.of(info, warning))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.of(List.of(confirmInfo))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.of(List.of(info, block, warning))).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void theVerdictOfARealCheck() {
        RuleBook book = book(rule("SEX_RESTRICTION").tiers(Severity.CRITICAL, RuleAction.BLOCK, Judgement.VIOLATION),
                rule("SELF_PAY_NOTICE").tiers(Severity.INFO, RuleAction.NOTIFY, Judgement.SUSPICIOUS));
        var selfPay = drug("C-1", "自费药").paymentClass(PaymentClass.C, null);
        assertThat(Verdict.of(check(book, inpatient().sex(1), List.of(line("O-1", maleOnly), line("O-2", selfPay)),
                List.of()))).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(check(book, inpatient().sex(2), List.of(line("O-1", maleOnly), line("O-2", selfPay)),
                List.of()))).isEqualTo(Verdict.BLOCK);
    }

    private static RuleHit hit(Severity severity, RuleAction action) {
        return new RuleHit(List.of("O-1"), "R", 1, "T", severity, action, Judgement.SUSPICIOUS, "m", null, "local");
    }
}
