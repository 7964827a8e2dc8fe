package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, High 5: an edited article is never mistaken for the one the store holds. */
class FingerprintReloadTest {
    @TempDir Path dir;

    static ArticleGraph graph(String text) {
        return Pipeline.standard().process(new Article("a1", "عنوان", "عنوان\n\n" + text, LocalDate.of(2021, 7, 27), null, null, "test"));
    }

    static String storedText(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset()
                .find(Vocab.graph("a1"), Node.ANY, Vocab.TEXT, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void anEditWithTheSameStringHashStillReplacesTheStoredText() {
        assertEquals("Aa".hashCode(), "BB".hashCode(), "the pair the old fingerprint could not tell apart");
        ArticleGraph before = graph("قال الوزير إن Aa مستمر."), after = graph("قال الوزير إن BB مستمر.");
        assertNotEquals(before.fingerprint(), after.fingerprint());
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(before));
            LoadCounts reload = s.load(List.of(after));
            assertEquals(1, reload.replaced());
            assertTrue(storedText(s).contains("BB"), storedText(s));
        }
    }

    @Test
    void fingerprintsAreSha256AndTheSameForTheSameArticle() {
        String fp = graph("أكد الرئيس أن التعاون مستمر.").fingerprint();
        assertTrue(fp.matches("sha256:[0-9a-f]{64}"), fp);
        assertEquals(fp, graph("أكد الرئيس أن التعاون مستمر.").fingerprint());
    }

    @Test
    void anArticleStoredWithAnEarlierVersionsFingerprintReloadsAsReplaced() {
        ArticleGraph g = graph("أكد الرئيس أن التعاون مستمر.");
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(g));
            // what a store written before SHA-256 fingerprints holds: 32 hex digits
            Txn.executeWrite(s.dataset(), () -> {
                s.dataset().deleteAny(g.graphName(), g.articleNode(), Vocab.FINGERPRINT, Node.ANY);
                s.dataset().add(g.graphName(), g.articleNode(), Vocab.FINGERPRINT,
                        NodeFactory.createLiteralString("9f0c3b1e2a4d5c6b7e8f9a0b1c2d3e4f"));
            });
            LoadCounts reload = s.load(List.of(g));
            assertEquals(1, reload.replaced());
            assertEquals(1, s.load(List.of(g)).unchanged());
        }
    }
}
