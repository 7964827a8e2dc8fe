package org.akhbar.serve;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request and response goes through first (issue 21):
 * <ul>
 * <li>the {@code Host} must be an IP address, {@code localhost} or a configured name, so a page
 *     on a domain that rebinds its DNS to 127.0.0.1 cannot read the endpoint as its own origin
 *     (DNS rebinding always arrives with the attacker's name as Host);</li>
 * <li>TRACE (and TRACK) get 405: they would echo the request, credentials included;</li>
 * <li>the {@code callback} (JSONP) and {@code stylesheet} parameters are removed: JSONP lets
 *     another origin read results through a script tag, and Fuseki reflects the stylesheet
 *     into XML results unescaped;</li>
 * <li>every response says {@code nosniff} and carries a Content-Security-Policy that allows
 *     nothing (the web page's files replace it with the page's own policy), so a result can
 *     never be run as a page or script.</li>
 * </ul>
 */
final class ResponsePolicy implements Filter {
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
    private static final Set<String> STRIPPED = Set.of("callback", "stylesheet");
    private final Set<String> allowedHosts;

    /** @param allowedHosts host names (lower case) accepted besides IP addresses and localhost */
    ResponsePolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        String method = req.getMethod();
        if (method.equals("TRACE") || method.equals("TRACK")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is disabled");
            return;
        }
        String host = hostName(req.getHeader("Host"));
        if (!allowed(host)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "this server does not answer to the host name " + host
                    + " (start it with --allowed-host " + host + " if it should)");
            return;
        }
        chain.doFilter(needsStripping(req) ? new WithoutStripped(req) : req, response);
    }

    boolean allowed(String host) {
        if (host == null || host.isEmpty()) return true; // HTTP/1.0 without Host: no browser sends that
        return host.equals("localhost") || isIpLiteral(host) || allowedHosts.contains(host);
    }

    /** The name in a Host header, lower case, without port or IPv6 brackets. */
    static String hostName(String header) {
        if (header == null) return null;
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Dotted IPv4 or an IPv6 address (a name, whatever its DNS says, is neither). */
    static boolean isIpLiteral(String host) {
        if (host.contains(":")) return host.matches("[0-9a-f:.]+");
        return host.matches("(\\d{1,3}\\.){3}\\d{1,3}");
    }

    private static boolean needsStripping(HttpServletRequest req) {
        String q = req.getQueryString();
        if (q != null && (q.contains("callback") || q.contains("stylesheet"))) return true;
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The request without the stripped parameters. */
    private static final class WithoutStripped extends HttpServletRequestWrapper {
        WithoutStripped(HttpServletRequest req) { super(req); }

        @Override
        public String getParameter(String name) {
            return STRIPPED.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return STRIPPED.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            m.keySet().removeAll(STRIPPED);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
