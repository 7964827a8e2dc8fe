package org.akhbar.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one input into text, strictly: UTF-8 unless a BOM or an explicit
 * encoding says otherwise, and a clear refusal for binary data and for bytes that are not
 * UTF-8 (naming Windows-1256 when the bytes look like it, since Arabic files often are).
 */
public final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private final Charset forced;

    /** @param forced the encoding to use for every input, or null to require UTF-8 (or a UTF-16 BOM) */
    public TextDecoder(Charset forced) { this.forced = forced; }

    public String decode(byte[] bytes) throws InputException {
        return decode(bytes, 0, bytes.length);
    }

    public String decode(byte[] bytes, int offset, int length) throws InputException {
        if (forced != null) return strict(forced, bytes, offset, length);
        if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB && (bytes[offset + 2] & 0xFF) == 0xBF) {
            offset += 3;
            length -= 3;
        } else if (length >= 2 && (((bytes[offset] & 0xFF) == 0xFE && (bytes[offset + 1] & 0xFF) == 0xFF)
                || ((bytes[offset] & 0xFF) == 0xFF && (bytes[offset + 1] & 0xFF) == 0xFE))) {
            String s = strict(StandardCharsets.UTF_16, bytes, offset, length);
            checkText(s);
            return s;
        }
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == 0) {
                String utf16 = bomlessUtf16(bytes, offset, length);
                if (utf16 != null) throw new InputException(bomlessUtf16Message(utf16));
                throw new InputException("binary data, not text (NUL byte at offset " + (i - offset) + ")");
            }
        }
        String s;
        try {
            s = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(notUtf8Message(bytes, offset, length));
        } catch (CharacterCodingException e) {
            throw new InputException("not UTF-8 text: " + e.getMessage());
        }
        checkText(s);
        return s;
    }

    private static String strict(Charset cs, byte[] bytes, int offset, int length) throws InputException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("not valid " + cs.name() + " text");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String notUtf8Message(byte[] bytes, int offset, int length) {
        Utf8Damage damage = Utf8Damage.scan(bytes, offset, length);
        if (damage.mostlyUtf8()) {
            // a few bad bytes in UTF-8 text: another encoding would turn the rest to mojibake
            return String.format("not valid UTF-8: %,d invalid byte%s, the first at byte offset %,d (line %,d); the rest is UTF-8, "
                    + "so the file is damaged, not in another encoding: fix or drop those bytes (iconv -c -f utf-8 -t utf-8 drops them)",
                    damage.invalidBytes(), damage.invalidBytes() == 1 ? "" : "s", damage.firstInvalid(), damage.lineOfFirst());
        }
        try {
            CharBuffer cb = decoder(WINDOWS_1256).decode(ByteBuffer.wrap(bytes, offset, length));
            long arabic = cb.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
            long letters = cb.chars().filter(Character::isLetter).count();
            if (letters > 0 && arabic * 2 >= letters) {
                return "not UTF-8: looks like Windows-1256 Arabic; convert it (iconv -f windows-1256 -t utf-8) or load it with --encoding windows-1256";
            }
        } catch (CharacterCodingException ignored) {
            // not Windows-1256 either
        }
        return "not UTF-8 text (give --encoding if it is another encoding)";
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 text without a byte-order mark
     * (every other byte 0x00 or 0x06, the high byte of ASCII and of Arabic, and the text decodes
     * cleanly), else null; always null when an encoding is given.
     */
    String bomlessUtf16(byte[] head, int length) {
        return forced != null ? null : bomlessUtf16(head, 0, length);
    }

    static String bomlessUtf16(byte[] bytes, int offset, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 4) return null;
        int[] highEven = new int[2], zeroOther = new int[2];
        for (int i = 0; i < n; i++) {
            int b = bytes[offset + i] & 0xFF;
            int parity = i & 1;
            if (b == 0 || b == 0x06) highEven[parity]++;
            if (b == 0) zeroOther[1 - parity]++;
        }
        // parity 1 holds the high bytes in little-endian, parity 0 in big-endian
        for (int parity = 1; parity >= 0; parity--) {
            if (highEven[parity] * 10 >= (n / 2) * 9 && zeroOther[parity] * 20 <= n / 2) {
                Charset cs = parity == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                try {
                    checkText(decoder(cs).decode(ByteBuffer.wrap(bytes, offset, n)).toString());
                    return cs.name();
                } catch (CharacterCodingException | InputException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The charset to read JSON or JSON Lines with when records cannot be split on bytes:
     * {@link #wideLineCharset}, or UTF-16 without a BOM, which JSON's own rule tells from the
     * zero bytes around its ASCII brackets and quotes (RFC 4627, section 3), else null.
     */
    Charset jsonCharset(byte[] head, int length) {
        Charset wide = wideLineCharset(head, length);
        if (wide != null) return wide;
        String bomless = bomlessUtf16(head, length);
        return bomless == null ? null : Charset.forName(bomless);
    }

    static String bomlessUtf16Message(String charset) {
        return charset + " text without a byte-order mark: load it with --encoding " + charset;
    }

    /**
     * The charset to read JSON Lines with when lines cannot be split on the byte '\n' (UTF-16
     * with a BOM, or an explicit encoding that is not ASCII-compatible), else null.
     */
    Charset wideLineCharset(byte[] head, int length) {
        if (forced != null) return asciiCompatible(forced) ? null : forced;
        if (length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) return StandardCharsets.UTF_16;
        return null;
    }

    private static boolean asciiCompatible(Charset cs) {
        return java.util.Arrays.equals("\n{}".getBytes(cs), new byte[] {'\n', '{', '}'});
    }

    /** A strict decoder for a stream in {@code cs}: malformed bytes are an error, not U+FFFD. */
    static CharsetDecoder strictDecoder(Charset cs) { return decoder(cs); }

    /**
     * Replaces unpaired UTF-16 surrogates with U+FFFD. JSON can carry them as escapes
     * ({@code "\ud800"}); they are not Unicode text, cannot be written as UTF-8, and a store
     * would silently turn them into '?', so the stored text would differ from the text the
     * evidence offsets were computed on.
     */
    public static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (sb != null) sb.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                lone = true;
            } else {
                lone = Character.isLowSurrogate(c);
            }
            if (lone && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) sb.append(lone ? '\uFFFD' : c);
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * True when the text has nothing to read: only white space, including the Unicode spaces
     * that {@link String#isBlank()} misses (no-break space U+00A0, U+2000–U+200A, U+3000…),
     * format characters (direction marks, zero-width joiners, BOM) and control characters.
     */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT && type != Character.CONTROL) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Refuses decoded text that is mostly control characters: binary junk that happened to decode. */
    static void checkText(String s) throws InputException {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') controls++;
        }
        if (controls > 0 && controls * 20 > s.length()) throw new InputException("binary data, not text (" + controls + " control characters)");
    }
}
