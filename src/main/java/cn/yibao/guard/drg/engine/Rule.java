package cn.yibao.guard.drg.engine;

/**
 * One condition of a scheme: an MDC's entry rule (入组条件) or an ADRG's clauses, compiled from the scheme's
 * text. Rules are tested silently; only the rule that decided is asked to {@link #explain} itself, so that
 * grouping without a trace builds no messages.
 */
public sealed interface Rule permits Rules.All, Rules.Any, Rules.PrincipalDiagnosisIn, Rules.AnyDiagnosisIn,
        Rules.PrincipalProcedureIn, Rules.AnyProcedureIn, Rules.NoPrincipalProcedureIn, Rules.Compare,
        Rules.DistinctRegions {

    boolean test(EncodedCase c);

    /** Adds to the trace why this rule holds for {@code c}; called only when {@link #test} is true. */
    void explain(EncodedCase c, Trace trace);

    /** The rule in words, for listings of a scheme. */
    String describe();
}
