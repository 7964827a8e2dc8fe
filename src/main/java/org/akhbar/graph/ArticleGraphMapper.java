package org.akhbar.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.Agreement;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.DateValue;
import org.akhbar.extract.Span;
import org.akhbar.extract.Statement;
import org.akhbar.extract.TimeExpression;
import org.akhbar.source.Article;
import org.akhbar.text.CodePoints;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Maps one analysed article to the triples of its named graph, following the public
 * contract (DATA-MODEL.md). Deterministic: the same analysis gives the same triples in the
 * same order, so reloads are idempotent. Evidence offsets are written in code points.
 */
public final class ArticleGraphMapper {

    public ArticleGraph map(ArticleAnalysis analysis) {
        Builder b = new Builder(analysis);
        b.article();
        b.actors();
        b.times();
        b.statements();
        b.agreements();
        return b.build();
    }

    private static final class Builder {
        private final ArticleAnalysis a;
        private final Article article;
        private final String id;
        private final Node articleNode;
        private final CodePoints codePoints;
        private final List<Triple> out = new ArrayList<>();
        private final Set<Triple> seen = new HashSet<>();
        private final Set<Node> mentionsWritten = new HashSet<>();
        private final Set<String> datesWritten = new HashSet<>();

        Builder(ArticleAnalysis a) {
            this.a = a;
            this.article = a.article();
            this.id = article.id();
            this.articleNode = Vocab.article(id);
            this.codePoints = new CodePoints(article.text());
        }

        void add(Node s, Node p, Node o) {
            Triple t = Triple.create(s, p, o);
            if (seen.add(t)) out.add(t);
        }

        void article() {
            add(articleNode, Vocab.RDF_TYPE, Vocab.ARTICLE);
            if (article.headline() != null) add(articleNode, Vocab.SCHEMA_HEADLINE, ar(article.headline()));
            if (a.published() != null) {
                add(articleNode, Vocab.SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(a.published().toString(), XSDDatatype.XSDdate));
                if (a.publishedEvidence() != null) add(articleNode, Vocab.PUBLISHED_EVIDENCE, mention(a.publishedEvidence()));
            }
            if (article.url() != null && isIri(article.url())) add(articleNode, Vocab.SCHEMA_URL, NodeFactory.createURI(article.url()));
            if (article.publisher() != null) add(articleNode, Vocab.SCHEMA_PUBLISHER, NodeFactory.createLiteralString(article.publisher()));
            add(articleNode, Vocab.SCHEMA_IN_LANGUAGE, NodeFactory.createLiteralString("ar"));
            add(articleNode, Vocab.TEXT, NodeFactory.createLiteralString(article.text()));
        }

        void actors() {
            for (Actor actor : a.actors()) {
                Node n = Vocab.actor(actor.key());
                add(n, Vocab.RDF_TYPE, Vocab.ACTOR);
                add(n, Vocab.RDF_TYPE, Vocab.ak(actor.actorClass().localName()));
                add(n, Vocab.RDFS_LABEL, ar(actor.labelAr()));
                if (actor.labelEn() != null) add(n, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(actor.labelEn(), "en"));
                for (String alt : actor.altLabels()) add(n, Vocab.SKOS_ALT_LABEL, ar(alt));
                if (actor.wikidata() != null) add(n, Vocab.OWL_SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA + actor.wikidata()));
                for (String role : actor.roles()) add(n, Vocab.ROLE, ar(role));
                add(n, Vocab.MENTIONED_IN, articleNode);
            }
            for (ActorMention m : a.mentions()) add(Vocab.actor(m.actor().key()), Vocab.EVIDENCE, mention(m.span()));
        }

        void times() {
            int n = 0;
            for (TimeExpression t : a.times()) {
                Node node = Vocab.timex(id, n++);
                add(node, Vocab.RDF_TYPE, Vocab.TIME_EXPRESSION);
                add(node, Vocab.NIF_ANCHOR_OF, ar(text(t.span())));
                add(node, Vocab.TIMEX_TYPE, Vocab.ak(timexType(t.type())));
                if (t.value() != null) add(node, Vocab.RESOLVES_TO, date(t.value()));
                if (t.duration() != null) add(node, Vocab.DURATION, NodeFactory.createLiteralDT(t.duration(), XSDDatatype.XSDduration));
                add(node, Vocab.SOURCE, articleNode);
                add(node, Vocab.EVIDENCE, mention(t.span()));
            }
        }

        void statements() {
            int n = 0;
            for (Statement s : a.statements()) {
                Node node = Vocab.statement(id, n++);
                add(node, Vocab.RDF_TYPE, Vocab.STATEMENT);
                for (Actor sp : s.speakers()) add(node, Vocab.SPEAKER, Vocab.actor(sp.key()));
                add(node, Vocab.CONTENT, ar(s.content()));
                add(node, Vocab.MODE, Vocab.ak(s.mode().localName()));
                if (s.speechVerb() != null) add(node, Vocab.SPEECH_VERB, ar(s.speechVerb()));
                if (s.date() != null) add(node, Vocab.DATE, date(s.date()));
                for (Actor about : s.about()) add(node, Vocab.ABOUT, Vocab.actor(about.key()));
                add(node, Vocab.SOURCE, articleNode);
                add(node, Vocab.EVIDENCE, mention(s.span()));
                add(node, Vocab.CONTENT_EVIDENCE, mention(s.contentSpan()));
                for (Span sp : s.speakerSpans()) add(node, Vocab.SPEAKER_EVIDENCE, mention(sp));
            }
        }

        void agreements() {
            int n = 0;
            for (Agreement g : a.agreements()) {
                Node node = g.key() != null ? Vocab.agreement(g.key()) : Vocab.agreement(id + "/" + n);
                n++;
                add(node, Vocab.RDF_TYPE, Vocab.AGREEMENT);
                for (Actor p : g.parties()) add(node, Vocab.PARTY, Vocab.actor(p.key()));
                if (g.name() != null) add(node, Vocab.RDFS_LABEL, ar(g.name()));
                if (g.nameEn() != null) add(node, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(g.nameEn(), "en"));
                if (g.subject() != null) add(node, Vocab.SUBJECT, ar(g.subject()));
                if (g.date() != null) add(node, Vocab.DATE, date(g.date()));
                if (g.wikidata() != null) add(node, Vocab.OWL_SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA + g.wikidata()));
                if (g.status() != null) add(node, Vocab.STATUS, Vocab.ak(g.status().localName()));
                if (g.trigger() != null) add(node, Vocab.TRIGGER, ar(g.trigger()));
                add(node, Vocab.SOURCE, articleNode);
                add(node, Vocab.EVIDENCE, mention(g.span()));
            }
        }

        /** The individual of a TimeML TIMEX3 type: ak:TimexDate, ak:TimexTime, ak:TimexDuration, ak:TimexSet. */
        static String timexType(TimeExpression.Type type) {
            return switch (type) {
                case DATE -> "TimexDate";
                case TIME -> "TimexTime";
                case DURATION -> "TimexDuration";
                case SET -> "TimexSet";
            };
        }

        /** The node of a date value, with its description written once per article. */
        Node date(DateValue v) {
            Node node = Vocab.date(v.iriLocalName());
            if (!datesWritten.add(v.iriLocalName())) return node;
            if (v instanceof DateValue.Day d) {
                add(node, Vocab.RDF_TYPE, Vocab.TIME_INSTANT);
                add(node, Vocab.TIME_IN_XSD_DATE, NodeFactory.createLiteralDT(d.iso(), XSDDatatype.XSDdate));
            } else if (v instanceof DateValue.Month m) {
                add(node, Vocab.RDF_TYPE, Vocab.TIME_INSTANT);
                add(node, Vocab.TIME_IN_XSD_GYEAR_MONTH, NodeFactory.createLiteralDT(m.iso(), XSDDatatype.XSDgYearMonth));
            } else if (v instanceof DateValue.Year y) {
                add(node, Vocab.RDF_TYPE, Vocab.TIME_INSTANT);
                add(node, Vocab.TIME_IN_XSD_GYEAR, NodeFactory.createLiteralDT(y.iso(), XSDDatatype.XSDgYear));
            } else if (v instanceof DateValue.Interval i) {
                add(node, Vocab.RDF_TYPE, Vocab.TIME_PROPER_INTERVAL);
                add(node, Vocab.TIME_HAS_BEGINNING, date(new DateValue.Day(i.begin())));
                add(node, Vocab.TIME_HAS_END, date(new DateValue.Day(i.end())));
            } else if (v instanceof DateValue.Range r) {
                add(node, Vocab.RDF_TYPE, Vocab.TIME_PROPER_INTERVAL);
                add(node, Vocab.TIME_HAS_BEGINNING, date(r.begin()));
                add(node, Vocab.TIME_HAS_END, date(r.end()));
            }
            return node;
        }

        /** The evidence node of a span, described once. */
        Node mention(Span span) {
            int b = codePoints.toCodePoint(span.begin()), e = codePoints.toCodePoint(span.end());
            Node node = Vocab.mention(id, b, e);
            if (mentionsWritten.add(node)) {
                add(node, Vocab.RDF_TYPE, Vocab.MENTION);
                add(node, Vocab.NIF_REFERENCE_CONTEXT, articleNode);
                add(node, Vocab.NIF_BEGIN_INDEX, Vocab.offset(b));
                add(node, Vocab.NIF_END_INDEX, Vocab.offset(e));
                add(node, Vocab.NIF_ANCHOR_OF, NodeFactory.createLiteralString(text(span)));
            }
            return node;
        }

        String text(Span s) { return article.text().substring(s.begin(), s.end()); }

        ArticleGraph build() {
            String fp = fingerprint(out);
            add(articleNode, Vocab.FINGERPRINT, NodeFactory.createLiteralString(fp));
            return new ArticleGraph(id, article.origin(), Vocab.graph(id), out, fp);
        }
    }

    static Node ar(String s) { return NodeFactory.createLiteralLang(s, "ar"); }

    static boolean isIri(String s) {
        return s.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+");
    }

    /** What the fingerprints this version writes start with. */
    public static final String FINGERPRINT_PREFIX = "sha256:";

    /**
     * The fingerprint of an article's triples in order: SHA-256 over every node's kind and
     * strings, each length-prefixed so no two different graphs feed the same bytes. Equal for an
     * article re-extracted by the same software; any change to the text, metadata or facts gives
     * another one, and no edit can be crafted to keep it (the earlier String.hashCode-based
     * fingerprint kept it when «Aa» became «BB», and the store kept the old text: issue 21).
     * Fingerprints of earlier versions have no {@code sha256:} prefix, so they never match and
     * such articles reload as replaced.
     */
    static String fingerprint(List<Triple> triples) {
        MessageDigest sha = sha256();
        for (Triple t : triples) {
            feed(sha, t.getSubject());
            feed(sha, t.getPredicate());
            feed(sha, t.getObject());
        }
        return FINGERPRINT_PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    private static void feed(MessageDigest sha, Node n) {
        if (n.isLiteral()) {
            sha.update((byte) 'L');
            feed(sha, n.getLiteralLexicalForm());
            feed(sha, n.getLiteralLanguage());
            feed(sha, n.getLiteralDatatypeURI());
        } else if (n.isURI()) {
            sha.update((byte) 'I');
            feed(sha, n.getURI());
        } else {
            sha.update((byte) 'N');
            feed(sha, n.toString());
        }
    }

    private static void feed(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        sha.update((byte) (n >>> 24));
        sha.update((byte) (n >>> 16));
        sha.update((byte) (n >>> 8));
        sha.update((byte) n);
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
