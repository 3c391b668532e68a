package cn.yibao.guard.drg.scheme;

import java.util.regex.Pattern;

/** The shapes of ICD-10 and ICD-9-CM-3 (医保版) codes as they appear in scheme and code-list files. */
final class Codes {

    /** {@code K22.301}, {@code A17.000+G01*}, {@code C90.000x008+M90.6*}, {@code B24.x01}. */
    private static final Pattern DIAGNOSIS = Pattern.compile(
            "[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,10})?(\\+[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,4})?\\*)?");
    /** {@code 96.0800x005}, {@code 54.0x03}, {@code 40.3x00x001}. */
    private static final Pattern PROCEDURE = Pattern.compile("[0-9]{2}(\\.[0-9A-Za-z]{1,10})?");

    private Codes() {
    }

    static boolean isDiagnosis(String token) {
        return DIAGNOSIS.matcher(token).matches();
    }

    static boolean isProcedure(String token) {
        return PROCEDURE.matcher(token).matches();
    }

    /** Whether a line of a clause file starts with something shaped like a code of either kind. */
    static boolean looksLikeCode(String token) {
        return isDiagnosis(token) || isProcedure(token);
    }

    /** The first whitespace-separated token of a line. */
    static String firstToken(String line) {
        String trimmed = line.strip();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    /** The rest of the line after the first token, stripped. */
    static String rest(String line) {
        String trimmed = line.strip();
        return trimmed.substring(firstToken(trimmed).length()).strip();
    }
}
