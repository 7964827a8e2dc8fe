package org.akhbar.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;

/**
 * Jetty's login service for the password file, with password guessing slowed to a trickle
 * (issue 21: 2,272 guesses a second went unnoticed). Every failed login is logged with the
 * user name and the client's address; after {@value #MAX_FAILURES} failures from one address
 * within a minute, that address gets 401 without its password being checked until a minute
 * has passed since its last failure (right or wrong password alike, so the lockout cannot be
 * probed). Addresses are tracked in a bounded table so a flood of addresses cannot grow it.
 */
final class ThrottledLogin extends HashLoginService {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_ADDRESSES = 10_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ThrottledLogin.class);
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) { return size() > MAX_ADDRESSES; }
    };

    private final UserStore users;

    ThrottledLogin(String realm, UserStore users) {
        super(realm);
        this.users = users;
        setUserStore(users);
    }

    /** Stops the user store with the server: it watches the password file for changes on a thread of its own. */
    @Override
    protected void doStop() throws Exception {
        super.doStop();
        users.stop();
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request, Function<Boolean, Session> session) {
        String address = request == null ? "unknown" : Request.getRemoteAddr(request);
        long now = System.currentTimeMillis();
        synchronized (failures) {
            Deque<Long> recent = recent(address, now);
            if (recent.size() >= MAX_FAILURES) {
                recent.addLast(now); // each attempt during the lockout extends it
                trim(recent);
                return null;
            }
        }
        UserIdentity user = super.login(username, credentials, request, session);
        if (user == null) {
            int n;
            synchronized (failures) {
                Deque<Long> recent = recent(address, now);
                recent.addLast(now);
                n = recent.size();
            }
            LOG.warn("failed login for user '{}' from {} ({} in the last minute{})", printable(username), address, n,
                    n >= MAX_FAILURES ? "; further attempts from there are refused for a minute" : "");
        }
        return user;
    }

    /** The failures of an address within the window, oldest first. */
    private Deque<Long> recent(String address, long now) {
        Deque<Long> d = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!d.isEmpty() && now - d.peekFirst() > WINDOW_MILLIS) d.removeFirst();
        return d;
    }

    private static void trim(Deque<Long> d) {
        while (d.size() > MAX_FAILURES) d.removeFirst();
    }

    /** A user name as it may go into a log line: no control characters, bounded. */
    private static String printable(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 64 ? t.substring(0, 64) + "…" : t;
    }
}
