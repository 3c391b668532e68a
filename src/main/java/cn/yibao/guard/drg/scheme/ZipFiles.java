package cn.yibao.guard.drg.scheme;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Scheme files from an uploaded zip. The scheme's root is the folder holding {@code 1_MDC.txt}, so a zip of
 * the directory itself or of its parent both work. Sizes are capped so that a hostile archive cannot
 * exhaust memory.
 */
public final class ZipFiles implements SchemeFiles {

    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private final Map<String, byte[]> entries;
    private final String root;

    private ZipFiles(Map<String, byte[]> entries, String root) {
        this.entries = entries;
        this.root = root;
    }

    /** Reads the archive; {@code marker} is a file that identifies the root folder, e.g. {@code 1_MDC.txt}. */
    public static ZipFiles read(byte[] zip, String marker) {
        Map<String, byte[]> entries = unpack(zip);
        String root = entries.keySet().stream().filter(p -> p.equals(marker) || p.endsWith("/" + marker))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .map(p -> p.substring(0, p.length() - marker.length()))
                .orElseThrow(() -> new SchemeImportException(marker, 0, "not found in the zip"));
        return new ZipFiles(entries, root);
    }

    @Override
    public Optional<TextFile> file(String path) {
        byte[] bytes = entries.get(root + path);
        return bytes == null ? Optional.empty() : Optional.of(decode(path, bytes));
    }

    @Override
    public List<TextFile> directory(String directory) {
        String prefix = root + (directory.isEmpty() ? "" : directory + "/");
        return entries.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .map(p -> decode(p.substring(root.length()), entries.get(p)))
                .toList();
    }

    @Override
    public String origin() {
        return "uploaded zip";
    }

    /** File names are UTF-8, or GB18030 where a Chinese Windows archiver wrote them without the UTF-8 flag. */
    private static Map<String, byte[]> unpack(byte[] zip) {
        try {
            return unpack(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unpack(zip, Charset.forName("GB18030"));
        }
    }

    private static Map<String, byte[]> unpack(byte[] zip, Charset names) {
        Map<String, byte[]> entries = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new SchemeImportException("the zip has more than " + MAX_ENTRIES + " files");
                }
                byte[] bytes = readCapped(in, MAX_TOTAL_BYTES - total, entry.getName());
                total += bytes.length;
                entries.put(entry.getName().replace('\\', '/'), bytes);
            }
        } catch (IOException e) {
            throw new SchemeImportException("the upload is not a readable zip: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new SchemeImportException("the upload is not a zip or holds no files");
        }
        return entries;
    }

    private static boolean isHidden(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/.") || name.startsWith(".");
    }

    private static byte[] readCapped(InputStream in, long remaining, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + (long) n > remaining) {
                throw new SchemeImportException(name, 0, "the zip unpacks to more than "
                        + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static TextFile decode(String path, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new TextFile(path, TextFile.split(text));
        } catch (CharacterCodingException e) {
            throw new SchemeImportException(path, 0, "is not UTF-8 text");
        }
    }
}
