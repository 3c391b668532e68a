package cn.yibao.guard.drg.scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause phrases of the published CHS-DRG text that the importer understands. A clause line is read as
 * one or more of these phrases in a row (the published text sometimes fuses two, e.g.
 * {@code 包含全部手术包含以下主要诊断：}); anything else is an import error.
 * <p>
 * Lines are compared without white space, with ASCII colons and commas read as their full-width forms.
 */
final class ClauseVocabulary {

    /** A phrase at the start of the remaining text, and what is left after it. */
    record Match(ClauseRole role, String name, String rest) {
    }

    private record Phrase(Pattern pattern, ClauseRole role) {
    }

    /** Longer phrases first, so that a phrase is never read as a shorter one it contains. */
    private static final List<Phrase> PHRASES = List.of(
            phrase("主要诊断或其他诊断中包含以下诊断：", ClauseRole.ANY_DIAGNOSIS),
            phrase("包含以下主要手术或操作：", ClauseRole.PRINCIPAL_PROCEDURE),
            phrase("同时包含以下手术或操作：", ClauseRole.PROCEDURE_GROUP),
            phrase("同时包含以下手术：", ClauseRole.PROCEDURE_GROUP),
            phrase("包含以下主要诊断：", ClauseRole.PRINCIPAL_DIAGNOSIS),
            phrase("包含以下诊断：", ClauseRole.ANY_DIAGNOSIS),
            phrase("包含全部手术", ClauseRole.OPERATING_ROOM),
            phrase("全部手术", ClauseRole.OPERATING_ROOM),
            phrase("且无手术", ClauseRole.NO_OPERATING_ROOM),
            phrase("无手术", ClauseRole.NO_OPERATING_ROOM),
            new Phrase(Pattern.compile("^(主要诊断)："), ClauseRole.DIAGNOSIS_TABLE),
            new Phrase(Pattern.compile("^(手术表[0-9]+)："), ClauseRole.PROCEDURE_TABLE),
            new Phrase(Pattern.compile("^符合(MDC[A-Z])主诊表"), ClauseRole.MDC_TABLE));

    /** 和: the next list of a {@code 同时包含} clause. */
    static final String AND = "和";

    private static final Pattern TABLE_TERM = Pattern.compile("手术表[0-9]+");
    private static final String DIAGNOSIS_TERM = "包含以下主要诊断";

    private ClauseVocabulary() {
    }

    static String normalize(String line) {
        return line.replaceAll("\\s+", "").replace(':', '：').replace(',', '，');
    }

    /** The phrase the text starts with, if it is one of the vocabulary's. */
    static Optional<Match> match(String text) {
        String rest = text.startsWith("，") ? text.substring(1) : text;
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.pattern().matcher(rest);
            if (m.find()) {
                String name = m.groupCount() > 0 ? m.group(1) : "";
                return Optional.of(new Match(phrase.role(), name, rest.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    /** Whether a normalized line is a formula of named tables, e.g. {@code 包含以下主要诊断+手术表1}. */
    static boolean isFormula(String text) {
        return text.contains("+");
    }

    /**
     * The table a formula term names: {@code 主要诊断} for {@code 包含以下主要诊断}, {@code 手术表N} for itself;
     * empty for an unknown term.
     */
    static Optional<String> formulaTable(String term) {
        if (term.equals(DIAGNOSIS_TERM)) {
            return Optional.of("主要诊断");
        }
        return TABLE_TERM.matcher(term).matches() ? Optional.of(term) : Optional.empty();
    }

    private static Phrase phrase(String text, ClauseRole role) {
        return new Phrase(Pattern.compile("^" + Pattern.quote(text)), role);
    }
}
