package org.akhbar.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for the page's own origin only: a cross-origin request gets the CORS headers only when
 * its Origin is this server (scheme, host and port the request came in on). Other sites'
 * scripts get none, so a browser will not hand them the answers, and their preflights fail.
 */
final class OwnOriginCors implements Filter {
    /** Other origins the server was told to answer (serve --cors); "*" is any. Empty by default. */
    private final java.util.Set<String> alsoAllowed;

    OwnOriginCors() { this(java.util.Set.of()); }

    OwnOriginCors(java.util.Collection<String> alsoAllowed) {
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (String o : alsoAllowed) lower.add(o.toLowerCase(java.util.Locale.ROOT));
        this.alsoAllowed = java.util.Set.copyOf(lower);
    }

    private boolean allowed(String origin, HttpServletRequest req) {
        return origin.equalsIgnoreCase(ownOrigin(req)) || alsoAllowed.contains("*")
                || alsoAllowed.contains(origin.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin != null) {
            resp.addHeader("Vary", "Origin");
            if (!allowed(origin, req)) {
                if ("OPTIONS".equals(req.getMethod())) {
                    resp.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin requests are not allowed");
                    return;
                }
            } else {
                resp.setHeader("Access-Control-Allow-Origin", origin);
                if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                    resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                    resp.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
                    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static String ownOrigin(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getHeader("Host");
    }
}
