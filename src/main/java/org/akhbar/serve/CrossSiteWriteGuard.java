package org.akhbar.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses cross-site writes (issue 21: with basic auth cached in the operator's browser, a form
 * on another site wrote a graph through {@code /akhbar/update}). A write to the update or
 * graph store endpoints is refused with 403 when the browser says it comes from another site
 * ({@code Sec-Fetch-Site}), when its {@code Origin} is not this server, and when its body is of
 * a type an HTML form can send (form-encoded, multipart, plain text) without the
 * {@value #HEADER} header, which no form can set and which another origin's script may not send
 * (the CORS preflight fails). Tools such as curl and {@code akhbar load --server} send no
 * Origin and use SPARQL or RDF types, so they are not affected.
 */
final class CrossSiteWriteGuard implements Filter {
    /** The header that marks a form-encoded update as not coming from a form: {@code X-Akhbar-Update: 1}. */
    static final String HEADER = "X-Akhbar-Update";
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String refusal = SAFE_METHODS.contains(req.getMethod()) ? null : refusal(req);
        if (refusal != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a write is refused, or null when it may go on. */
    static String refusal(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none"))
            return "cross-site writes are refused (Sec-Fetch-Site: " + site + ")";
        String origin = req.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(OwnOriginCors.ownOrigin(req)))
            return "writes from another origin are refused (Origin: " + origin + ")";
        String type = req.getContentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (FORM_TYPES.contains(mediaType) && req.getHeader(HEADER) == null)
            return "a " + mediaType + " write must carry the header " + HEADER + ": 1 (HTML forms cannot, so another site cannot forge it); "
                    + "or send application/sparql-update";
        return null;
    }
}
