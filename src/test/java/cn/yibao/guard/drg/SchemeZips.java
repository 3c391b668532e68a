package cn.yibao.guard.drg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips of the shared CHS-DRG 1.1 scheme as a user would upload them: the folder, with the code lists. */
public final class SchemeZips {

    private static byte[] chsDrg11;

    private SchemeZips() {
    }

    /** {@code chs-drg-1.1/…} with {@code chs-drg-1.1/codes/…}: every file of both folders. */
    public static synchronized byte[] chsDrg11() {
        if (chsDrg11 == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                add(zip, SharedData.CHS_DRG_11, "chs-drg-1.1/");
                add(zip, SharedData.CODES, "chs-drg-1.1/codes/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chsDrg11 = bytes.toByteArray();
        }
        return chsDrg11;
    }

    private static void add(ZipOutputStream zip, Path root, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(prefix + root.relativize(file).toString().replace('\\', '/')));
            zip.write(Files.readAllBytes(file));
            zip.closeEntry();
        }
    }
}
