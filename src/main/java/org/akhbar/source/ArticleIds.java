package org.akhbar.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article identifiers: safe as the last segment of an IRI, the same for the same input. */
public final class ArticleIds {
    private ArticleIds() {}

    /** {@code raw} when it is already a safe identifier, else a hash of it. */
    public static String fromName(String raw) {
        String s = raw.strip();
        if (!s.isEmpty() && s.length() <= 120 && s.matches("[A-Za-z0-9._-]+")) return s;
        return "h" + sha256Hex(s).substring(0, 16);
    }

    public static String fromUrl(String url) { return "u" + sha256Hex(url.strip()).substring(0, 16); }

    public static String fromText(String text) { return "t" + sha256Hex(text).substring(0, 16); }

    public static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
