package cn.yibao.guard.drg.scheme;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The national code lists as read from a directory such as {@code ../shared/codes}: the ICD-10 and
 * ICD-9-CM-3 医保版 lists ({@code icd10*.txt}, {@code icd9*.txt}, {@code CODE NAME}) and their gray-code lists
 * ({@code *-gray.txt}, one code per line, optional).
 */
record CodeListText(String label, TextFile diagnosisFile, List<ListEntry> diagnoses, TextFile procedureFile,
        List<ListEntry> procedures, List<ListEntry> grayDiagnoses, List<ListEntry> grayProcedures) {

    static CodeListText read(SchemeFiles files) {
        List<TextFile> all = files.directory("");
        TextFile diagnoses = one(all, "icd10", false, files);
        TextFile procedures = one(all, "icd9", false, files);
        return new CodeListText(stem(diagnoses) + " / " + stem(procedures), diagnoses,
                ListFile.read(diagnoses, Codes::isDiagnosis, "an ICD-10 code"), procedures,
                ListFile.read(procedures, Codes::isProcedure, "an ICD-9-CM-3 code"),
                gray(all, "icd10", Codes::isDiagnosis), gray(all, "icd9", Codes::isProcedure));
    }

    static String stem(TextFile file) {
        String name = file.name();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private static TextFile one(List<TextFile> all, String prefix, boolean gray, SchemeFiles files) {
        List<TextFile> found = all.stream().filter(f -> matches(f, prefix, gray)).toList();
        if (found.size() != 1) {
            throw new SchemeImportException(files.origin(), 0, "expected one " + prefix + "*"
                    + (gray ? "-gray" : "") + ".txt code list, found " + found.size());
        }
        return found.get(0);
    }

    private static List<ListEntry> gray(List<TextFile> all, String prefix, Predicate<String> shape) {
        Optional<TextFile> file = all.stream().filter(f -> matches(f, prefix, true)).findFirst();
        return file.map(f -> ListFile.read(f, shape, "a code")).orElse(List.of());
    }

    private static boolean matches(TextFile file, String prefix, boolean gray) {
        String name = file.name();
        return name.startsWith(prefix) && name.endsWith(".txt") && name.contains("-gray") == gray;
    }
}
