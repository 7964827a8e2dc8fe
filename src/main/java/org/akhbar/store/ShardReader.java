package org.akhbar.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.InputProblem;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads RDF shards — N-Quads ({@code .nq}) or TriG ({@code .trig}), optionally gzipped, as the
 * Spark job, {@code akhbar extract} and {@code akhbar export} write them — back into article
 * graphs, one per {@code akr:graph/<id>}, each with the fingerprint its {@code ak:fingerprint}
 * quad holds, so a shard loads exactly as the articles it came from would.
 *
 * <p>A shard keeps each graph's quads together (all of Akhbar's writers do); the graph ends
 * where the next begins. What cannot be loaded as it is gets reported by file and skipped: a
 * syntax error or a cut gzip (the graph it was in, and the rest of the file), a graph without
 * its fingerprint (Akhbar writes it last, so an N-Quads shard cut at a line end loses it),
 * quads outside an article graph, and a graph that comes back later in the same file.
 */
public final class ShardReader {
    private ShardReader() {}

    /** True for a shard's file name: .nq, .nquads, .trig, each optionally .gz. */
    public static boolean isShard(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".nq") || n.endsWith(".nquads") || n.endsWith(".trig");
    }

    /** The shard files of a path: the file itself, or every shard under a folder in name order. */
    public static List<Path> shardsIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) return isShard(path.getFileName().toString()) ? List.of(path) : List.of();
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).filter(f -> isShard(f.getFileName().toString())).sorted().toList();
        }
    }

    /** Gives every whole article graph of {@code file} to {@code out}, in file order, and every problem. */
    public static void read(Path file, PipelineOutput out) {
        String name = file.toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        Lang lang = (gz ? lower.substring(0, lower.length() - 3) : lower).endsWith(".trig") ? Lang.TRIG : Lang.NQUADS;
        Graphs graphs = new Graphs(name, out);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            RDFParser.source(in).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graphs);
            graphs.flush();
        } catch (StoreFailure f) {
            throw f.cause;                               // the store failed, not the shard: never reported as bad input
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t instanceof StoreFailure f) throw f.cause;
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            String lost = graphs.current == null ? "" : " (graph " + graphs.current.getURI() + " was cut there and is not loaded)";
            out.problem(new InputProblem(name, "cannot read the rest of this shard: " + why + lost
                    + "; " + graphs.emitted + " article graphs before it were read"));
        }
    }

    /** Carries a failure of the consumer (the store) through the parser, which would otherwise look like a bad shard. */
    private static final class StoreFailure extends RuntimeException {
        final RuntimeException cause;

        StoreFailure(RuntimeException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    /** Collects consecutive quads of one graph and hands each finished graph on. */
    private static final class Graphs extends StreamRDFBase {
        final String file;
        final PipelineOutput out;
        final Set<Node> seen = new HashSet<>();
        final List<Triple> triples = new ArrayList<>();
        Node current;
        boolean defaultGraphReported;
        long emitted;

        Graphs(String file, PipelineOutput out) {
            this.file = file;
            this.out = out;
        }

        @Override
        public void triple(Triple t) { outsideGraph(); }

        @Override
        public void quad(Quad q) {
            if (q.isTriple() || q.isDefaultGraph()) {
                outsideGraph();
                return;
            }
            Node g = q.getGraph();
            if (!g.equals(current)) {
                flush();
                if (!seen.add(g)) {
                    throw new IllegalStateException("graph " + g + " comes back after other graphs; "
                            + "a shard must keep each graph's quads together");
                }
                current = g;
            }
            triples.add(q.asTriple());
        }

        private void outsideGraph() {
            if (defaultGraphReported) return;
            defaultGraphReported = true;
            out.problem(new InputProblem(file, "triples outside any article graph are skipped"));
        }

        void flush() {
            if (current == null) return;
            Node g = current;
            current = null;
            String id = g.isURI() && g.getURI().startsWith(Vocab.AKR + "graph/") ? Vocab.articleIdOf(g.getURI()) : null;
            if (id == null || id.isEmpty()) {
                out.problem(new InputProblem(file, "graph " + g + " is not an article graph (" + Vocab.AKR + "graph/…): skipped"));
            } else {
                String fp = fingerprint(Vocab.article(id));
                if (fp == null) {
                    out.problem(new InputProblem(file, "graph " + g.getURI() + " has no ak:fingerprint of its article "
                            + "(cut short, or not written by Akhbar): skipped"));
                } else {
                    try {
                        out.graph(new ArticleGraph(id, file, g, triples, fp));
                    } catch (RuntimeException e) {
                        throw new StoreFailure(e);
                    }
                    emitted++;
                }
            }
            triples.clear();
        }

        private String fingerprint(Node article) {
            for (Triple t : triples) {
                if (t.getPredicate().equals(Vocab.FINGERPRINT) && t.getSubject().equals(article) && t.getObject().isLiteral()) {
                    return t.getObject().getLiteralLexicalForm();
                }
            }
            return null;
        }
    }
}
