package cn.yibao.guard.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import jakarta.ws.rs.core.MediaType;

import cn.yibao.guard.common.ProblemException;

/**
 * The body of an import request: its format from {@code Content-Type}, and its bytes, unpacked when sent with
 * {@code Content-Encoding: gzip} (a 20,000-item catalogue is ~2 MB of CSV but a few hundred KB compressed, within
 * the request size limit). Unpacking happens in {@link #bytes()}, which callers run off the event loop.
 */
public record ImportBody(ImportFormat format, byte[] raw, boolean gzip) {

    /** The most an import may unpack to; guards against compressed bombs. */
    static final int MAX_UNPACKED = 64 * 1024 * 1024;

    static ImportBody of(byte[] body, MediaType type, String encoding) {
        return new ImportBody(format(type), body == null ? new byte[0] : body, gzip(encoding));
    }

    /** The file's bytes, unpacked if it was sent compressed. */
    byte[] bytes() {
        return gzip ? unpack(raw) : raw;
    }

    static ImportFormat format(MediaType type) {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return ImportFormat.JSON;
        }
        if (type != null && type.getType().equals("text") && type.getSubtype().equals("csv")) {
            return ImportFormat.CSV;
        }
        throw ProblemException.invalidField("Content-Type", "must be text/csv or application/json");
    }

    static ImportFormat format(String name, ImportFormat fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> ImportFormat.CSV;
            case "json" -> ImportFormat.JSON;
            default -> throw ProblemException.invalidField("format", "must be csv or json");
        };
    }

    static ImportMode mode(String name) {
        if (name == null || name.isBlank()) {
            return ImportMode.UPSERT;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "upsert" -> ImportMode.UPSERT;
            case "replace" -> ImportMode.REPLACE;
            default -> throw ProblemException.invalidField("mode", "must be upsert or replace");
        };
    }

    private static boolean gzip(String encoding) {
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            return false;
        }
        if (!encoding.strip().equalsIgnoreCase("gzip")) {
            throw ProblemException.invalidField("Content-Encoding", "must be gzip or absent");
        }
        return true;
    }

    private static byte[] unpack(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] unpacked = in.readNBytes(MAX_UNPACKED + 1);
            if (unpacked.length > MAX_UNPACKED) {
                throw ProblemException.invalidField("body", "unpacks to more than " + MAX_UNPACKED + " bytes");
            }
            return unpacked;
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "is not valid gzip: " + e.getMessage());
        }
    }
}
