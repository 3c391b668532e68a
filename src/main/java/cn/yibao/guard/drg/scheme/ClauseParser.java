package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an ADRG clause file or an MDC table file into a {@link ClauseSheet}: clause lines from the
 * {@link ClauseVocabulary}, each followed by its {@code CODE NAME} lines. Nothing here knows any particular
 * ADRG.
 */
final class ClauseParser {

    private final TextFile file;
    private final boolean regionsAllowed;
    private final List<Clause> clauses = new ArrayList<>();
    private final List<Formula> formulas = new ArrayList<>();
    private Clause open;

    private ClauseParser(TextFile file, boolean regionsAllowed) {
        this.file = file;
        this.regionsAllowed = regionsAllowed;
    }

    /** Reads an ADRG's clauses. */
    static ClauseSheet adrg(TextFile file) {
        return new ClauseParser(file, false).parse();
    }

    /** Reads an MDC's principal-diagnosis table; headings of body regions (MDCZ) are allowed. */
    static ClauseSheet mdc(TextFile file) {
        return new ClauseParser(file, true).parse();
    }

    private ClauseSheet parse() {
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                read(line, i + 1);
            }
        }
        clauses.stream().filter(c -> c.role().opensList() && c.codes().isEmpty()).findFirst().ifPresent(c -> {
            throw file.error(c.line(), "the clause lists no codes");
        });
        return new ClauseSheet(file, clauses, formulas);
    }

    private void read(String line, int number) {
        String token = Codes.firstToken(line);
        if (Codes.looksLikeCode(token)) {
            addCode(token, number);
            return;
        }
        String text = ClauseVocabulary.normalize(line);
        if (ClauseVocabulary.isFormula(text)) {
            formulas.add(formula(text, number));
            open = null;
        } else if (text.equals(ClauseVocabulary.AND)) {
            requireProcedureGroup(number);
            start(ClauseRole.PROCEDURE_GROUP, "", number);
        } else {
            readPhrases(text, line, number);
        }
    }

    private void readPhrases(String text, String line, int number) {
        Optional<ClauseVocabulary.Match> match = ClauseVocabulary.match(text);
        if (match.isEmpty()) {
            if (regionsAllowed && isHeading(text)) {
                start(ClauseRole.REGION, line, number);
                return;
            }
            throw file.error(number, "unknown clause form '" + ListFile.abbreviate(line) + "'");
        }
        for (String rest = text; !rest.isEmpty(); ) {
            ClauseVocabulary.Match m = ClauseVocabulary.match(rest).orElseThrow(() -> file.error(number,
                    "unknown clause form '" + ListFile.abbreviate(line) + "'"));
            start(m.role(), m.name(), number);
            rest = m.rest();
        }
    }

    /** A body-region heading is a short line of text without a colon, e.g. 头颈部创伤. */
    private static boolean isHeading(String text) {
        return text.length() <= 20 && !text.contains("：");
    }

    private void start(ClauseRole role, String name, int number) {
        Clause clause = Clause.open(role, name, number);
        clauses.add(clause);
        open = role.opensList() ? clause : null;
    }

    private void requireProcedureGroup(int number) {
        boolean afterGroup = !clauses.isEmpty() && clauses.get(clauses.size() - 1).role() == ClauseRole.PROCEDURE_GROUP;
        if (!afterGroup) {
            throw file.error(number, "'和' must follow a '同时包含以下手术：' list");
        }
    }

    private void addCode(String code, int number) {
        if (open == null) {
            throw file.error(number, "code " + code + " is not under a clause that lists codes");
        }
        boolean fits = open.role().kind() == ClauseRole.Kind.DIAGNOSIS ? Codes.isDiagnosis(code)
                : Codes.isProcedure(code);
        if (!fits) {
            throw file.error(number, code + " is not " + (open.role().kind() == ClauseRole.Kind.DIAGNOSIS
                    ? "a diagnosis code" : "a procedure code") + " but is listed under a clause that expects one");
        }
        open.codes().add(code);
    }

    private Formula formula(String text, int number) {
        String body = text.startsWith("或") ? text.substring(1) : text;
        List<String> tables = new ArrayList<>();
        for (String term : body.split("\\+")) {
            tables.add(ClauseVocabulary.formulaTable(term).orElseThrow(() -> file.error(number,
                    "unknown term '" + term + "' in formula '" + text + "'")));
        }
        return new Formula(tables, number);
    }
}
