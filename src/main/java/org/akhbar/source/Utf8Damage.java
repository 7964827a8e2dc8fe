package org.akhbar.source;

/**
 * Where bytes break UTF-8 and how much of the input is well-formed UTF-8 around them, to tell
 * a damaged UTF-8 file (a few bad bytes: name the first by offset) from one in another
 * encoding. Scanned by hand because the JDK's decoder reports only the first error and says
 * nothing of the well-formed sequences around it.
 *
 * @param validMultibyte well-formed sequences of two to four bytes
 * @param invalidBytes   bytes that are not part of a well-formed sequence
 * @param firstInvalid   offset of the first of them from the start of the input, or -1
 * @param lineOfFirst    its line, counting from 1
 */
record Utf8Damage(long validMultibyte, long invalidBytes, long firstInvalid, long lineOfFirst) {
    /** UTF-8 with a few bad bytes: far more well-formed non-ASCII sequences than bad bytes. */
    boolean mostlyUtf8() { return invalidBytes > 0 && validMultibyte >= 4 * invalidBytes; }

    static Utf8Damage scan(byte[] b, int offset, int length) {
        long valid = 0, invalid = 0, first = -1, line = 1, lineOfFirst = 0;
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == '\n') line++;
                i++;
                continue;
            }
            int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = n > 0 && i + n <= end;
            for (int k = 1; ok && k < n; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok && n == 3) {
                int c1 = b[i + 1] & 0xFF;
                ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 > 0x9F);   // overlong, surrogate
            } else if (ok && n == 4) {
                int c1 = b[i + 1] & 0xFF;
                ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 > 0x8F);   // overlong, over U+10FFFF
            }
            if (ok) {
                valid++;
                i += n;
            } else {
                if (first < 0) {
                    first = i - offset;
                    lineOfFirst = line;
                }
                invalid++;
                i++;
            }
        }
        return new Utf8Damage(valid, invalid, first, lineOfFirst);
    }
}
