package cn.yibao.guard.drg.engine;

import java.util.List;

/**
 * A major diagnostic category: the rule a case must meet to enter it and its ADRGs in the order they are
 * tried.
 *
 * @param table        its principal-diagnosis table (主诊表); empty for MDCA, which is entered by procedure
 * @param residual     the ADRG that takes a case entering this MDC which fits none of {@code adrgs}, or
 *                     {@code null}: without one such a case tries the next MDC
 * @param ambiguousDrg the scheme's 歧义组 for this MDC (e.g. {@code BQY}), or {@code null} if it defines none
 */
public record Mdc(String code, String name, CodeSet table, Rule entry, List<Adrg> adrgs, Adrg residual,
        String ambiguousDrg) {

    public Mdc {
        adrgs = List.copyOf(adrgs);
    }
}
