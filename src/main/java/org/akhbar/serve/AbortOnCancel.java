package org.akhbar.serve;

import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Rows of a SELECT being sent that, when the timeout cuts them, break the HTTP response off
 * instead of ending it. The status (200) is sent with the first rows; Fuseki then ends a cut
 * result with a comment line and a clean end of body, so the client saw a 200 whose JSON was
 * incomplete (issue 21). Aborting Jetty's response leaves the transfer unfinished (no final
 * chunk), which every HTTP client reports as an error rather than as an answer.
 */
final class AbortOnCancel implements RowSet {
    private final RowSet rows;
    private final HttpAction action;

    AbortOnCancel(RowSet rows, HttpAction action) {
        this.rows = rows;
        this.action = action;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (QueryCancelledException e) {
            throw abort(e);
        }
    }

    @Override
    public Binding next() {
        try {
            return rows.next();
        } catch (QueryCancelledException e) {
            throw abort(e);
        }
    }

    private QueryCancelledException abort(QueryCancelledException e) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(action.getRequest());
        // Only reached while sending (a timeout before the first row is Fuseki's 503), so some of
        // the body may be out; Jetty's committed flag does not say so through the size-limit wrapper.
        if (request != null) request.getServletChannel().abort(e);
        return e;
    }

    @Override
    public List<Var> getResultVars() { return rows.getResultVars(); }

    @Override
    public long getRowNumber() { return rows.getRowNumber(); }

    @Override
    public void close() { rows.close(); }
}
