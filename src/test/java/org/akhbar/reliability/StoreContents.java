package org.akhbar.reliability;

import org.akhbar.cli.CliRun;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.cli.AkhbarCommand;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.akhbar.source.ArticleHandler;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.ShapeValidator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import picocli.CommandLine;

/** What a store holds, read whole, and what a clean extraction says it should hold. */
final class StoreContents {
    /** Every named graph of the store and its triples. */
    final Map<Node, Set<Triple>> graphs;
    /** Quads outside any named graph (there should be none). */
    final long defaultGraphQuads;

    private StoreContents(Map<Node, Set<Triple>> graphs, long defaultGraphQuads) {
        this.graphs = graphs;
        this.defaultGraphQuads = defaultGraphQuads;
    }

    /** Reads every quad of an open store in one read transaction. */
    static StoreContents read(AkhbarStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Set<Triple>> graphs = new HashMap<>();
            long dflt = 0;
            Iterator<Quad> it = store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.isDefaultGraph()) dflt++;
                else graphs.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.asTriple());
            }
            return new StoreContents(graphs, dflt);
        });
    }

    long quads() {
        long n = defaultGraphQuads;
        for (Set<Triple> s : graphs.values()) n += s.size();
        return n;
    }

    /** Article ids of the graphs present. */
    Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        for (Node g : graphs.keySet()) ids.add(Vocab.articleIdOf(g.getURI()));
        return ids;
    }

    /** The union of all graphs, in memory: validating it is far quicker than through TDB2. */
    Graph union() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Set<Triple> s : graphs.values()) for (Triple t : s) g.add(t);
        return g;
    }

    /** SHACL violations of the union graph, as comparable strings. */
    Set<String> violations(ShapeValidator validator) {
        Set<String> out = new HashSet<>();
        for (ShapeValidator.Violation v : validator.validate(union())) out.add(v.toString());
        return out;
    }

    /** A clean extraction of every article of the inputs: graph name → triples; problems go to {@code problems}. */
    static Map<Node, Set<Triple>> cleanExtract(ArticleReader reader, List<String> paths, List<InputProblem> problems) {
        List<Article> articles = new ArrayList<>();
        reader.read(paths, new ArticleHandler() {
            @Override public void article(Article a) { articles.add(a); }
            @Override public void problem(InputProblem p) { problems.add(p); }
        });
        Pipeline pipeline = Pipeline.standard();
        Map<Node, Set<Triple>> out = new java.util.concurrent.ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> {
            ArticleGraph g = pipeline.process(a);
            out.put(g.graphName(), new HashSet<>(g.triples()));
        });
        return out;
    }

    /** One run of the real command line in this JVM. */
    static CliRun cli(String... args) { return CliRun.of(args); }

    static String path(Path p) { return p.toAbsolutePath().toString(); }
}
