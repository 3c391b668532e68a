package cn.yibao.guard.order.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import cn.yibao.guard.rules.RuleBooks;
import cn.yibao.guard.rules.RuleCodec;
import cn.yibao.guard.rules.RuleRepository;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.RuleWriter;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleHit;

/**
 * The real rule service, except that its book fails outright on an order naming {@link #FAILING}: the one fault
 * the engine itself never produces (it skips a rule that throws), injected to show what the check does then.
 * Enabled only by {@link ShortDeadlineProfile}.
 */
@Alternative
@ApplicationScoped
public class FailingItemRuleService extends RuleService {

    /** An item code whose presence in an order makes the whole book fail. */
    public static final String FAILING = "XE00BOOM0010101";

    /** For the client proxy of a normal-scoped bean only. */
    FailingItemRuleService() {
        this(null, null, null, null, null);
    }

    @Inject
    public FailingItemRuleService(RuleRepository repository, RuleWriter writer, RuleBooks books, RuleCodec codec,
            RuleCompiler compiler) {
        super(repository, writer, books, codec, compiler);
    }

    @Override
    public RuleBook currentBook() {
        RuleBook real = super.currentBook();
        return new RuleBook() {
            @Override
            public List<RuleHit> evaluate(CheckInput input) {
                if (input.lines().stream().anyMatch(l -> FAILING.equals(l.itemCode()))) {
                    throw new IllegalStateException("rule book failure injected by a test");
                }
                return real.evaluate(input);
            }

            @Override
            public int size() {
                return real.size();
            }
        };
    }
}
