package org.akhbar.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update handler with the endpoint's own rules applied before an update runs.
 * {@code LOAD} is refused with 403 unless the operator allowed it: it makes the server read
 * any file it can ({@code LOAD <file:///etc/passwd>}) or fetch any URL (issue 19), and that
 * must not be an authenticated user's choice by default. When allowed, a LOAD that fails says
 * only that it failed: the parser's message quotes the source's first token, which would echo
 * a file's contents. Over-long and too deeply nested texts get 400 before parsing, and a
 * StackOverflowError anywhere on the way becomes the same 400.
 */
final class GuardedUpdate extends SPARQL_Update {
    static final String LOAD_REFUSED = "LOAD is disabled on this endpoint (it would read the server's files or fetch URLs); "
            + "the server must be started with --allow-load to allow it";
    static final String LOAD_FAILED = "LOAD failed: the source could not be read as RDF (details are not shown, "
            + "so that no content of the source is echoed)";
    private final boolean allowLoad;
    private final SparqlTextLimits limits;

    GuardedUpdate(boolean allowLoad, SparqlTextLimits limits) {
        this.allowLoad = allowLoad;
        this.limits = limits;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException | RuntimeException e) {
            ServletOps.error(HttpSC.REQUEST_TIMEOUT_408, GuardedQuery.BODY_TOO_SLOW);
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String problem = limits.problem(text);
        if (problem != null) ServletOps.errorBadRequest(problem);
        boolean loads = false;
        try {
            // Parsed here as well as by Fuseki: the operations must be known before any runs.
            UpdateRequest request = UpdateFactory.create(text, Syntax.syntaxARQ);
            for (Update u : request.getOperations()) loads |= u instanceof UpdateLoad;
        } catch (QueryParseException | UpdateException e) {
            // Fuseki parses it again below and answers 400 with the parser's message
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(SparqlTextLimits.TOO_DEEP);
        }
        if (loads && !allowLoad) ServletOps.errorForbidden(LOAD_REFUSED);
        try {
            super.execute(action, new ByteArrayInputStream(body));
        } catch (ActionErrorException e) {
            if (loads && e.getRC() != HttpSC.UNAUTHORIZED_401 && e.getRC() != HttpSC.FORBIDDEN_403)
                ServletOps.error(e.getRC() >= 500 ? HttpSC.BAD_REQUEST_400 : e.getRC(), LOAD_FAILED);
            throw e;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(SparqlTextLimits.TOO_DEEP);
        }
    }
}
