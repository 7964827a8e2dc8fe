package org.akhbar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web page from the jar: {@code /queries/*} from the reference queries
 * ({@code /akhbar/queries} on the classpath), everything else from {@code /akhbar/web}. Nothing
 * is fetched from elsewhere at run time, and the Content-Security-Policy tells the browser so.
 */
final class WebResources extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "json", "application/json; charset=utf-8", "ico", "image/x-icon");
    /** Scripts, styles, data and fonts only from this server; inline styles for the editor's layout. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = resourceFor(path);
        InputStream in = resource == null ? null : WebResources.class.getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not found: " + path);
            return;
        }
        try (in) {
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The classpath resource for a request path, or null for paths that try to leave the folder. */
    static String resourceFor(String path) {
        if (path.isEmpty() || path.equals("/")) path = "/index.html";
        if (path.contains("..") || path.contains("//") || path.contains("\\")) return null;
        if (path.startsWith("/queries/")) return "/akhbar" + path;
        return "/akhbar/web" + path;
    }
}
