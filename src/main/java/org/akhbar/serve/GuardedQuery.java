package org.akhbar.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query handler with the endpoint's own rules applied before a query runs:
 * federated {@code SERVICE} is refused with 403 unless allowed (a public endpoint must not
 * fetch arbitrary URLs for strangers), and, for the web page's endpoint, the number of rows
 * is capped so a careless query cannot flood a browser tab. Texts over the size and nesting
 * limits are refused with 400 before they are parsed.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String SERVICE_REFUSED = "SERVICE (federated query) is disabled on this endpoint; "
            + "the server must be started with --allow-service to allow it";
    static final String BODY_TOO_SLOW = "the request body did not arrive in time (it must come at "
            + AkhbarServer.MIN_REQUEST_BYTES_PER_SECOND + " bytes a second or faster)";
    private final boolean allowService;
    private final long rowCap;
    private final SparqlTextLimits limits;

    /** @param rowCap the most rows a query may return, or 0 for no cap */
    GuardedQuery(boolean allowService, long rowCap, SparqlTextLimits limits) {
        this.allowService = allowService;
        this.rowCap = rowCap;
        this.limits = limits;
    }

    /**
     * Reads a POSTed query; a body that stops arriving or arrives slower than the connector's
     * minimum data rate is 408 (Fuseki would answer 500).
     */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString;
        try {
            queryString = new String(action.getRequestInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            ServletOps.error(HttpSC.REQUEST_TIMEOUT_408, BODY_TOO_SLOW);
            return;
        }
        execute(queryString, action);
    }

    /** Over-long or too deeply nested texts get 400 before Jena parses them; so does a stack overflow on the way. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        String problem = limits.problem(queryString);
        if (problem != null) ServletOps.errorBadRequest(problem);
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(SparqlTextLimits.TOO_DEEP);
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!allowService && usesService(query)) ServletOps.errorForbidden(SERVICE_REFUSED);
        if (rowCap > 0 && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query.setLimit(rowCap);
            action.getResponse().setHeader("X-Akhbar-Row-Cap", Long.toString(rowCap));
        }
    }

    /** A SELECT result the timeout cuts while it is being sent breaks the response off (see {@link AbortOnCancel}). */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (result.isRowSet()) result = new QueryExecResult(new AbortOnCancel(result.rowSet(), action));
        super.sendResults(action, result, prologue);
    }

    /** True when the query has a SERVICE anywhere: in subqueries and in FILTER (NOT) EXISTS too. */
    static boolean usesService(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) { found[0] = true; }
        }, new ExprVisitorBase());
        return found[0];
    }
}
