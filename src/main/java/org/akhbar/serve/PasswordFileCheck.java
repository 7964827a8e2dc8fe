package org.akhbar.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What is unsafe about a password file, said as warnings when the server starts (issue 21):
 * a file other users of the machine can read, and passwords short enough to guess. Hashed
 * entries ({@code MD5:}, {@code CRYPT:}) cannot be judged and are left alone.
 */
public final class PasswordFileCheck {
    /** Passwords shorter than this are called weak. */
    static final int MIN_LENGTH = 12;

    private PasswordFileCheck() {}

    public static List<String> warnings(Path file) {
        List<String> out = new ArrayList<>();
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ))
                out.add("the password file " + file + " can be read by other users of this machine: chmod 600 " + file);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to say about its permissions
        }
        try {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.strip().startsWith("#") || colon < 0) continue;
                String user = line.substring(0, colon).strip();
                String password = line.substring(colon + 1).split(",", 2)[0].strip();
                if (password.startsWith("MD5:") || password.startsWith("CRYPT:")) continue;
                if (password.startsWith("OBF:")) password = password.substring(4); // obfuscated, not hashed: about as long
                if (password.length() < MIN_LENGTH)
                    out.add("the password of user '" + user + "' is weak (" + password.length() + " characters; use at least "
                            + MIN_LENGTH + ", e.g. openssl rand -hex 16)");
            }
        } catch (IOException e) {
            out.add("cannot read the password file " + file + ": " + e.getMessage());
        }
        return out;
    }
}
