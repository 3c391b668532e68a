package cn.yibao.guard.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The demo-only RSA key that signs demo tokens. It is generated on first use on the machine that runs the
 * demo (never committed) and shared by the running service and the {@code token} command through one file.
 */
public final class DemoSigningKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DemoSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Reads the key from {@code file}, creating the file with a fresh key if it does not exist. */
    public static DemoSigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The demo signing key " + file + " is not a PKCS#8 RSA key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as base64 X.509 SubjectPublicKeyInfo, as the OIDC tenant expects it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8) + "\n" + END
                + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".demo-key", ".tmp");
        try {
            restrictToOwner(tmp);
            Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
            try {
                // Two processes may start at once: the first key to land wins, the other is discarded.
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(file)) {
                    Files.move(tmp, file);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Non-POSIX file systems keep their default permissions.
        }
    }

    private static DemoSigningKey read(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
        BigInteger exponent = crt.getPublicExponent();
        PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), exponent));
        return new DemoSigningKey(privateKey, publicKey);
    }
}
