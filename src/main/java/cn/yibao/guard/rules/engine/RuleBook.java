package cn.yibao.guard.rules.engine;

import java.util.List;

/**
 * A compiled, immutable set of enabled rules, indexed for evaluation. Pure and thread-safe: the order check
 * shares one book between all requests until the rules change.
 */
public interface RuleBook {

    /** The hits of the draft lines against every rule in the book, given the encounter and its history. */
    List<RuleHit> evaluate(CheckInput input);

    /** The number of rules in the book. */
    int size();
}
