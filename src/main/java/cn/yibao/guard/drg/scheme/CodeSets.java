package cn.yibao.guard.drg.scheme;

import java.util.BitSet;
import java.util.Collection;

import cn.yibao.guard.drg.engine.CodeDictionary;
import cn.yibao.guard.drg.engine.CodeSet;

/** Makes {@link CodeSet}s over the scheme's two dictionaries. */
final class CodeSets {

    private final CodeDictionary diagnoses;
    private final CodeDictionary procedures;

    CodeSets(CodeDictionary diagnoses, CodeDictionary procedures) {
        this.diagnoses = diagnoses;
        this.procedures = procedures;
    }

    CodeSet diagnoses(String label, Collection<String> codes) {
        return of(label, codes, diagnoses);
    }

    CodeSet procedures(String label, Collection<String> codes) {
        return of(label, codes, procedures);
    }

    CodeSet of(ClauseRole.Kind kind, String label, Collection<String> codes) {
        return kind == ClauseRole.Kind.PROCEDURE ? procedures(label, codes) : diagnoses(label, codes);
    }

    private static CodeSet of(String label, Collection<String> codes, CodeDictionary dictionary) {
        BitSet members = new BitSet(dictionary.size());
        for (String code : codes) {
            members.set(dictionary.id(code));
        }
        return new CodeSet(label, members);
    }
}
