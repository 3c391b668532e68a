package cn.yibao.guard.drg.engine;

import java.util.BitSet;

/**
 * A named list of codes from a scheme, e.g. the MDCG principal-diagnosis table (主诊表) or the list of
 * an ADRG's principal procedures; membership is one bit per dictionary id.
 *
 * @param label how the trace names the list, e.g. "the MDCG table"
 */
public record CodeSet(String label, BitSet members) {

    public CodeSet {
        members = (BitSet) members.clone();
    }

    public boolean contains(int id) {
        return id >= 0 && members.get(id);
    }

    /** A copy of the members, so that the set stays as the scheme defined it. */
    @Override
    public BitSet members() {
        return (BitSet) members.clone();
    }
}
