package cn.yibao.guard.drg.scheme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.yibao.guard.drg.engine.DrgScheme;

/**
 * A scheme read from a directory on disk, as the {@code group} and {@code import-scheme} commands and the
 * benchmarks take it. Where no code-list directory is named, the code lists are looked for in
 * {@code <scheme>/codes} and then in {@code <scheme>/../../codes} (the layout of {@code ../shared}, where
 * {@code drg/chs-drg-1.1} sits beside {@code codes}).
 */
public final class LocalScheme {

    private LocalScheme() {
    }

    public static DrgScheme load(String name, Path schemeDirectory, Optional<Path> codeDirectory) {
        return SchemeCompiler.compile(name, new DirectoryFiles(schemeDirectory),
                codeDirectory.map(DirectoryFiles::new));
    }

    /**
     * The code lists for a command: none when {@code none}, the named directory if given, else the default.
     */
    public static Optional<Path> codeLists(Path schemeDirectory, Path named, boolean none) {
        return none ? Optional.empty() : Optional.ofNullable(named).or(() -> defaultCodes(schemeDirectory));
    }

    /** The code lists that go with a scheme directory when none are named, if any are found. */
    public static Optional<Path> defaultCodes(Path schemeDirectory) {
        Path absolute = schemeDirectory.toAbsolutePath().normalize();
        Optional<Path> inside = Optional.of(absolute.resolve("codes")).filter(LocalScheme::holdsCodeLists);
        return inside.or(() -> Optional.ofNullable(absolute.getParent()).map(Path::getParent)
                .map(p -> p.resolve("codes")).filter(LocalScheme::holdsCodeLists));
    }

    /** The scheme's name when none is given: its directory's name, e.g. {@code chs-drg-1.1}. */
    public static String defaultName(Path schemeDirectory) {
        return schemeDirectory.toAbsolutePath().normalize().getFileName().toString();
    }

    private static boolean holdsCodeLists(Path directory) {
        try (var files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("icd10"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
