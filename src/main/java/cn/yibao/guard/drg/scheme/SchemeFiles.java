package cn.yibao.guard.drg.scheme;

import java.util.List;
import java.util.Optional;

/**
 * The text files of a scheme as laid out on disk or in an uploaded zip: e.g. {@code 1_MDC.txt},
 * {@code MDC/…}, {@code ADRG/…}, {@code tables/…}, and optionally {@code codes/…}.
 */
public interface SchemeFiles {

    /** The file at {@code path} relative to the root, if present. */
    Optional<TextFile> file(String path);

    /** The files directly inside {@code directory}, sorted by name. */
    List<TextFile> directory(String directory);

    /** A description of where the files come from, for messages. */
    String origin();

    default TextFile require(String path) {
        return file(path).orElseThrow(() -> new SchemeImportException(path, 0, "file is missing"));
    }

    /** The files under {@code prefix}, as a scheme of their own (e.g. the code lists inside a scheme zip). */
    default SchemeFiles under(String prefix) {
        SchemeFiles parent = this;
        String base = prefix.endsWith("/") ? prefix : prefix + "/";
        return new SchemeFiles() {
            @Override
            public Optional<TextFile> file(String path) {
                return parent.file(base + path).map(f -> new TextFile(path, f.lines()));
            }

            @Override
            public List<TextFile> directory(String directory) {
                return parent.directory(directory.isEmpty() ? prefix : base + directory);
            }

            @Override
            public String origin() {
                return parent.origin() + "/" + prefix;
            }
        };
    }
}
