package cn.yibao.guard.drg.engine;

/**
 * A core DRG (ADRG): its clauses as one rule and how it splits into DRGs.
 *
 * @param code e.g. {@code GZ1}; its second letter says the kind (A–J surgical, K–Q non-OR procedure,
 *             R–Z medical)
 */
public record Adrg(String code, String name, Rule rule, DrgSplit split) {

    /** 外科 (A–J) and 非手术室操作 (K–Q) ADRGs come before medical ones (内科, R–Z). */
    public boolean byProcedure() {
        return code.length() > 1 && code.charAt(1) <= 'Q';
    }
}
