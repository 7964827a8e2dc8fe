package org.akhbar.serve;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every regular expression of a query stop when the query is cancelled (issue 21: a
 * REGEX with a backreference ran 47 s under a 5 s timeout). ARQ matches {@code REGEX},
 * {@code REPLACE}, {@code fn:matches} and {@code fn:replace} with {@code java.util.regex} on a
 * plain String, which its timeout cannot stop; this rewrite, run before ARQ's own optimizer
 * (which may already evaluate constant expressions), puts in their place versions with the
 * same semantics that match over a {@link CancellableText} tied to the query's cancel flag
 * (which ARQ's timeout sets) and deadline. The query then ends with ARQ's usual cancellation (503).
 * Hand-written because ARQ's regex engine is not pluggable (a fixed choice of two).
 */
final class CancellableRegexes {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private CancellableRegexes() {}

    /**
     * The given optimizer (ARQ's standard one when null), preceded by the rewrite; set as the
     * dataset's optimizer factory. A query is planned as it starts, so its deadline is the
     * planning time plus the timeout.
     */
    static RewriteFactory optimizer(RewriteFactory base, long timeoutMillis) {
        RewriteFactory optimizer = base != null ? base : Optimize.getFactory();
        return context -> {
            var next = optimizer.create(context);
            return op -> next.rewrite(rewrite(op, Context.getCancelSignal(context),
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis)));
        };
    }

    static Op rewrite(Op op, AtomicBoolean cancel, long deadline) {
        Stop stop = new Stop(cancel, deadline);
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof Bounded) return super.transform(func, args);
                if (func instanceof E_Regex) return new BoundedRegex(args, stop);
                if (func instanceof E_StrReplace) return new BoundedReplace(args, stop);
                if (func instanceof E_Function f && (FN + "matches").equals(f.getFunctionIRI()) && args.size() >= 2)
                    return new BoundedRegex(args, stop);
                if (func instanceof E_Function f && (FN + "replace").equals(f.getFunctionIRI()) && args.size() >= 3)
                    return new BoundedReplace(args, stop);
                return super.transform(func, args);
            }
        }, op);
    }

    /** When a query's regular expressions must stop: its cancel flag (may be null) or its deadline. */
    private record Stop(AtomicBoolean cancel, long deadline) {
        CancellableText over(String text) { return new CancellableText(text, cancel, deadline); }
    }

    /** Marks the replacements, so a second rewrite leaves them alone. */
    private interface Bounded {}

    /** The pattern compiled once when pattern and flags are constants, else null (compiled per row). */
    private static Pattern fixed(String function, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || (flags != null && !flags.isConstant())) return null;
        try {
            return pattern(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            return null; // a bad pattern is an evaluation error of each row, as in ARQ
        }
    }

    /** The Java pattern ARQ would compile for a pattern and flags (flag 'q' quotes it). */
    private static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (f != null && !f.matches("[smixq]*"))
            throw new ExprEvalException(function + ": only 'smixq' are legal as pattern flags: got \"" + f + "\"");
        return RegexEngine.makePattern(function, p, f);
    }

    /** REGEX(text, pattern[, flags]) and fn:matches, matched over cancellable text. */
    static final class BoundedRegex extends E_Regex implements Bounded {
        private final Stop stop;
        private final Pattern fixed;

        BoundedRegex(ExprList args, Stop stop) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.stop = stop;
            this.fixed = fixed("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = fixed != null ? fixed : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(stop.over(text.getLiteralLexicalForm())).find());
        }

        @Override
        public Expr copy(ExprList newArgs) { return new BoundedRegex(newArgs, stop); }
    }

    /** REPLACE(text, pattern, replacement[, flags]) and fn:replace, matched over cancellable text. */
    static final class BoundedReplace extends E_StrReplace implements Bounded {
        private final Stop stop;
        private final Pattern fixed;

        BoundedReplace(ExprList args, Stop stop) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.stop = stop;
            this.fixed = fixed("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            NodeValue in = args.get(0);
            String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", in).getLiteralLexicalForm();
            String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = fixed != null ? fixed : pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String out = replaceAll(p.matcher(stop.over(text)), rep);
            if (out == null || out.equals(text)) return in;
            // the result keeps the input's language tag and datatype, as ARQ's REPLACE does
            Node n = in.asNode();
            return NodeValue.makeNode(NodeFactory.createLiteral(out, n.getLiteralLanguage(), n.getLiteralDatatype()));
        }

        /** ARQ's replaceAll: after the first match, empty matches are skipped (F&O forbids them, Java repeats them). */
        private static String replaceAll(Matcher m, String rep) {
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) sb = new StringBuilder();
                    else if (m.start() == m.end()) continue;
                    m.appendReplacement(sb, rep);
                }
                if (sb == null) return null;
                m.appendTail(sb);
                return sb.toString();
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
        }

        @Override
        public Expr copy(ExprList newArgs) { return new BoundedReplace(newArgs, stop); }
    }
}
