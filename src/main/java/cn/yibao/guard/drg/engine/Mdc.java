package cn.yibao.guard.drg.engine;

import java.util.List;

/**
 * A major diagnostic category: the rule a case must meet to enter it and its ADRGs in the order they are
 * tried: those chosen by procedure (surgical A–J, non-OR procedure K–Q) before the medical ones (R–Z), each
 * in the scheme's order.
 *
 * @param table        its principal-diagnosis table (主诊表); empty for MDCA, which is entered by procedure
 * @param residual     the ADRG that takes a case entering this MDC which fits none of {@code adrgs}, or
 *                     {@code null}: without one such a case tries the next MDC
 * @param ambiguousDrg the scheme's 歧义组 for this MDC (e.g. {@code BQY}), or {@code null} if it defines none
 */
public record Mdc(String code, String name, CodeSet table, Rule entry, List<Adrg> procedureAdrgs,
        List<Adrg> medicalAdrgs, Adrg residual, String ambiguousDrg) {

    public Mdc {
        procedureAdrgs = List.copyOf(procedureAdrgs);
        medicalAdrgs = List.copyOf(medicalAdrgs);
    }

    /** Splits {@code adrgs}, in the scheme's order, into those chosen by procedure and the medical ones. */
    public static Mdc of(String code, String name, CodeSet table, Rule entry, List<Adrg> adrgs, Adrg residual,
            String ambiguousDrg) {
        return new Mdc(code, name, table, entry, adrgs.stream().filter(Adrg::byProcedure).toList(),
                adrgs.stream().filter(a -> !a.byProcedure()).toList(), residual, ambiguousDrg);
    }

    /** How many ADRGs the MDC has, its residual one included. */
    public int adrgCount() {
        return procedureAdrgs.size() + medicalAdrgs.size() + (residual == null ? 0 : 1);
    }
}
