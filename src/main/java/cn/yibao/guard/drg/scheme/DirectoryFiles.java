package cn.yibao.guard.drg.scheme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Scheme files read from a directory, e.g. {@code ../shared/drg/chs-drg-1.1}. */
public final class DirectoryFiles implements SchemeFiles {

    private final Path root;

    public DirectoryFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new SchemeImportException(root + " is not a directory");
        }
        this.root = root;
    }

    @Override
    public Optional<TextFile> file(String path) {
        Path file = root.resolve(path);
        return Files.isRegularFile(file) ? Optional.of(read(path, file)) : Optional.empty();
    }

    @Override
    public List<TextFile> directory(String directory) {
        Path dir = directory.isEmpty() ? root : root.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            String prefix = directory.isEmpty() ? "" : directory + "/";
            return files.filter(Files::isRegularFile).sorted()
                    .map(f -> read(prefix + f.getFileName(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String origin() {
        return root.toString();
    }

    private static TextFile read(String path, Path file) {
        try {
            return new TextFile(path, TextFile.split(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SchemeImportException(path, 0, "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }
}
