package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;
import cn.yibao.guard.stay.InsuranceType;

/**
 * 自费提醒 / 自付比例: tells the physician what share of the line the patient pays before it is ordered: all of a
 * 丙类 item, the self-pay share (先行自付比例) of a 乙类 item. Self-paying encounters pay everything anyway and are
 * not told.
 */
public final class SelfPayNotice extends AbstractTemplate {

    public static final String ID = "SELF_PAY_NOTICE";

    public SelfPayNotice() {
        super(ID, "自费/自付提醒", "Notice of the patient's share: 丙类 items are paid entirely by the patient, 乙类 "
                + "items carry a self-pay share first.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.option("classes", "(B|C)[]", "payment classes that are notified", "[\"B\", "
                                + "\"C\"]")),
                List.of("CatalogItem.paymentClass", "CatalogItem.selfPayRatio"),
                List.of("paymentClass: B or C", "selfPayRatio: the patient's share, 1 for 丙类",
                        "amount: quantity × unit price", "patientPays: the patient's part of the amount"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<PaymentClass> classes = p.enumValues("classes", PaymentClass.class);
        return new Rule(rule, p, classes.isEmpty() ? EnumSet.of(PaymentClass.B, PaymentClass.C)
                : EnumSet.copyOf(classes));
    }

    private static final class Rule extends CompiledRule {

        private final Set<PaymentClass> classes;

        Rule(RuleDefinition rule, Parameters p, Set<PaymentClass> classes) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.classes = classes;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return share(item) != null;
        }

        private BigDecimal share(CatalogItem item) {
            if (item == null || item.paymentClass() == null || !classes.contains(item.paymentClass())) {
                return null;
            }
            if (item.paymentClass() == PaymentClass.C) {
                return BigDecimal.ONE;
            }
            BigDecimal ratio = item.selfPayRatio();
            return item.paymentClass() == PaymentClass.B && ratio != null && ratio.signum() > 0 ? ratio : null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            BigDecimal share = share(line.item());
            if (share == null || context.encounter().insuranceType() == InsuranceType.SELF_PAY) {
                return;
            }
            BigDecimal amount = line.line().quantity() == null || line.line().unitPrice() == null ? null
                    : line.line().quantity().multiply(line.line().unitPrice());
            BigDecimal patientPays = amount == null ? null
                    : amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
            boolean c = line.item().paymentClass() == PaymentClass.C;
            String message = c
                    ? tag("自费提醒") + line.displayName() + " 为丙类项目，医保不予支付，患者需全额自费"
                            + (patientPays == null ? "" : " " + Labels.money(patientPays) + "元")
                    : tag("自付提醒") + line.displayName() + " 为乙类项目，患者先行自付"
                            + Labels.number(share.multiply(BigDecimal.valueOf(100))) + "%"
                            + (patientPays == null ? "" : "，约" + Labels.money(patientPays) + "元");
            out.add(hit(line, message, Evidence.of("paymentClass", line.item().paymentClass())
                    .put("selfPayRatio", share).put("amount", amount).put("patientPays", patientPays)));
        }
    }
}
