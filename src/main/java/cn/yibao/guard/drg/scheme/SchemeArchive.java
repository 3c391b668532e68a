package cn.yibao.guard.drg.scheme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.yibao.guard.drg.engine.DrgScheme;

/**
 * A scheme as it is stored: one zip holding exactly the files it is compiled from, in the CHS-DRG layout,
 * with the national code lists (if any) under {@code codes/}. Uploads may hold more (a parent folder,
 * the published text's {@code 4_ADRG_DETAIL.txt}); packing keeps what grouping reads.
 */
public final class SchemeArchive {

    /** The file that marks a scheme's root folder in a zip. */
    public static final String ROOT_MARKER = SchemeText.MDC_LIST;
    static final String CODES = "codes";

    private static final List<String> ROOT_FILES = List.of(SchemeText.MDC_LIST, SchemeText.ADRG_LIST,
            SchemeText.DRG_LIST, SchemeProfile.FILE);
    private static final List<String> DIRECTORIES = List.of("MDC", "ADRG", "tables");

    private SchemeArchive() {
    }

    /** The files of an uploaded or stored zip. */
    public static SchemeFiles open(byte[] zip) {
        return ZipFiles.read(zip, ROOT_MARKER);
    }

    /** The code lists that travel with a scheme, if its files hold a {@code codes/} folder. */
    public static Optional<SchemeFiles> codeLists(SchemeFiles files) {
        return files.directory(CODES).isEmpty() ? Optional.empty() : Optional.of(files.under(CODES));
    }

    /** Compiles a stored or uploaded zip, with the code lists it carries. */
    public static DrgScheme compile(String name, byte[] zip) {
        SchemeFiles files = open(zip);
        return SchemeCompiler.compile(name, files, codeLists(files));
    }

    /** Zips what {@code scheme} is compiled from, and {@code codes} under {@code codes/}. */
    public static byte[] pack(SchemeFiles scheme, Optional<SchemeFiles> codes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * 1024 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String path : ROOT_FILES) {
                Optional<TextFile> file = scheme.file(path);
                if (file.isPresent()) {
                    put(zip, path, file.get());
                }
            }
            for (String directory : DIRECTORIES) {
                for (TextFile file : scheme.directory(directory)) {
                    put(zip, directory + "/" + file.name(), file);
                }
            }
            if (codes.isPresent()) {
                for (TextFile file : codes.get().directory("")) {
                    if (file.name().startsWith("icd") && file.name().endsWith(".txt")) {
                        put(zip, CODES + "/" + file.name(), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, TextFile file) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(String.join("\n", file.lines()).concat("\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
