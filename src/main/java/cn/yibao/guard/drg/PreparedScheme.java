package cn.yibao.guard.drg;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.yibao.guard.drg.engine.CodeLists;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.scheme.DirectoryFiles;
import cn.yibao.guard.drg.scheme.SchemeArchive;
import cn.yibao.guard.drg.scheme.SchemeFiles;

/**
 * A scheme checked and packed for storing: its archive compiles, so what is stored is what will group.
 *
 * @param archive the files the scheme is compiled from (see {@link SchemeArchive})
 */
public record PreparedScheme(String name, DrgScheme scheme, byte[] archive) {

    /** Scheme names: letters, digits, dot, dash and underscore, e.g. {@code chs-drg-1.1} or {@code jilin-2022}. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    /** From an uploaded zip, with the code lists it carries under {@code codes/}. */
    public static PreparedScheme fromZip(String name, byte[] zip) {
        SchemeFiles files = SchemeArchive.open(zip);
        return pack(name, files, SchemeArchive.codeLists(files));
    }

    /** From a scheme directory and, optionally, a directory of code lists. */
    public static PreparedScheme fromDirectory(String name, Path scheme, Optional<Path> codes) {
        return pack(name, new DirectoryFiles(scheme), codes.map(DirectoryFiles::new));
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a scheme name is 1 to 64 letters, digits, '.', '-' or '_' "
                    + "starting with a letter or digit, not '" + name + "'");
        }
    }

    private static PreparedScheme pack(String name, SchemeFiles files, Optional<SchemeFiles> codes) {
        checkName(name);
        byte[] archive = SchemeArchive.pack(files, codes);
        return new PreparedScheme(name, SchemeArchive.compile(name, archive), archive);
    }

    StoredScheme toStored(String user, OffsetDateTime now) {
        StoredScheme stored = new StoredScheme();
        stored.name = name;
        stored.importedAt = now;
        stored.importedBy = user;
        stored.mdcCount = scheme.mdcs().size();
        stored.adrgCount = scheme.adrgCount();
        stored.drgCount = scheme.drgNames().size();
        stored.codeLists = scheme.codeLists().map(CodeLists::label).orElse(null);
        stored.archiveSha256 = sha256(archive);
        stored.archive = archive;
        return stored;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
