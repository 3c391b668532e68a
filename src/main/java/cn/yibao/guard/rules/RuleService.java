package cn.yibao.guard.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleHit;

/** The audit rules (审核规则), as other features may read them. */
@ApplicationScoped
public class RuleService {

    private static final RuleBook EMPTY = new RuleBook() {
        @Override
        public List<RuleHit> evaluate(cn.yibao.guard.rules.engine.CheckInput input) {
            return List.of();
        }

        @Override
        public int size() {
            return 0;
        }
    };

    private volatile RuleBook book = EMPTY;

    /** The compiled book of enabled rules; cheap, never blocks. */
    public RuleBook currentBook() {
        return book;
    }
}
