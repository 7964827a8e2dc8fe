package org.akhbar.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}: the ontology for people and for programs, by content negotiation. A client
 * that asks for Turtle (before HTML) gets {@code ontology/akhbar.ttl} as the jar ships
 * it; a browser is sent to the page's readable view of it ({@code /#/ontology}), built from the
 * ontology's graph in the store. {@code /ontology.ttl} is always the Turtle.
 */
final class OntologyResource extends HttpServlet {
    static final String TURTLE = "/akhbar/ontology/akhbar.ttl";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        boolean turtleFile = req.getRequestURI().endsWith(".ttl");
        if (!turtleFile && !wantsRdf(req.getHeader("Accept"))) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/#/ontology");
            return;
        }
        try (InputStream in = OntologyResource.class.getResourceAsStream(TURTLE)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the jar lacks the ontology");
                return;
            }
            resp.setContentType("text/turtle; charset=utf-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    /**
     * True when the Accept header prefers an RDF syntax to HTML. Hand-written because only
     * this one choice is made; a browser's Accept (text/html first) always means the page.
     */
    static boolean wantsRdf(String accept) {
        if (accept == null || accept.isBlank()) return false;
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        int rdf = firstOf(a, "text/turtle", "application/x-turtle");
        int html = firstOf(a, "text/html", "application/xhtml+xml");
        return rdf >= 0 && (html < 0 || rdf < html);
    }

    private static int firstOf(String accept, String... types) {
        int best = -1;
        for (String t : types) {
            int i = accept.indexOf(t);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
