package org.akhbar.serve;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/stats}: what the store holds (articles, actors, statements…) as a JSON object. */
final class DatasetStats extends HttpServlet {
    private final Supplier<Map<String, Long>> counts;

    DatasetStats(Supplier<Map<String, Long>> counts) { this.counts = counts; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder json = new StringBuilder("{");
        counts.get().forEach((k, v) -> json.append(json.length() > 1 ? ", " : "")
                .append('"').append(k.replace("\"", "")).append("\": ").append(v));
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getWriter().write(json.append("}\n").toString());
    }
}
