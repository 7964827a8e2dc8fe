package org.akhbar.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every IRI of the public graph contract (spec DATA-MODEL.md, ontology/akhbar.ttl) in one place.
 */
public final class Vocab {
    private Vocab() {}

    public static final String AK = "https://w3id.org/akhbar/ontology#";
    public static final String AKR = "https://w3id.org/akhbar/id/";
    /** Akhbar's SPARQL functions (not data: no triple uses these IRIs). */
    public static final String AKF = "https://w3id.org/akhbar/function#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";


    public static Node ak(String local) { return NodeFactory.createURI(AK + local); }

    // classes
    public static final Node ARTICLE = ak("Article");
    public static final Node ACTOR = ak("Actor");
    public static final Node STATEMENT = ak("Statement");
    public static final Node AGREEMENT = ak("Agreement");
    public static final Node TIME_EXPRESSION = ak("TimeExpression");
    public static final Node MENTION = ak("Mention");

    // properties
    public static final Node TEXT = ak("text");
    public static final Node MENTIONED_IN = ak("mentionedIn");
    public static final Node EVIDENCE = ak("evidence");
    public static final Node ROLE = ak("role");
    public static final Node SPEAKER = ak("speaker");
    public static final Node CONTENT = ak("content");
    public static final Node MODE = ak("mode");
    public static final Node SPEECH_VERB = ak("speechVerb");
    public static final Node DATE = ak("date");
    public static final Node ABOUT = ak("about");
    public static final Node SOURCE = ak("source");
    public static final Node PARTY = ak("party");
    public static final Node SUBJECT = ak("subject");
    public static final Node STATUS = ak("status");
    public static final Node TRIGGER = ak("trigger");
    public static final Node RESOLVES_TO = ak("resolvesTo");
    public static final Node TIMEX_TYPE = ak("timexType");
    public static final Node DURATION = ak("duration");
    public static final Node SPEAKER_EVIDENCE = ak("speakerEvidence");
    public static final Node CONTENT_EVIDENCE = ak("contentEvidence");
    public static final Node FINGERPRINT = ak("fingerprint");
    public static final Node PUBLISHED_EVIDENCE = ak("datePublishedEvidence");

    public static final Node RDF_TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node RDFS_LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node SKOS_ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node OWL_SAME_AS = NodeFactory.createURI(OWL + "sameAs");

    public static final Node SCHEMA_HEADLINE = NodeFactory.createURI(SCHEMA + "headline");
    public static final Node SCHEMA_DATE_PUBLISHED = NodeFactory.createURI(SCHEMA + "datePublished");
    public static final Node SCHEMA_URL = NodeFactory.createURI(SCHEMA + "url");
    public static final Node SCHEMA_PUBLISHER = NodeFactory.createURI(SCHEMA + "publisher");
    public static final Node SCHEMA_IN_LANGUAGE = NodeFactory.createURI(SCHEMA + "inLanguage");

    public static final Node TIME_INSTANT = NodeFactory.createURI(TIME + "Instant");
    public static final Node TIME_PROPER_INTERVAL = NodeFactory.createURI(TIME + "ProperInterval");
    public static final Node TIME_IN_XSD_DATE = NodeFactory.createURI(TIME + "inXSDDate");
    public static final Node TIME_IN_XSD_GYEAR_MONTH = NodeFactory.createURI(TIME + "inXSDgYearMonth");
    public static final Node TIME_IN_XSD_GYEAR = NodeFactory.createURI(TIME + "inXSDgYear");
    public static final Node TIME_HAS_BEGINNING = NodeFactory.createURI(TIME + "hasBeginning");
    public static final Node TIME_HAS_END = NodeFactory.createURI(TIME + "hasEnd");

    public static final Node NIF_REFERENCE_CONTEXT = NodeFactory.createURI(NIF + "referenceContext");
    public static final Node NIF_BEGIN_INDEX = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node NIF_END_INDEX = NodeFactory.createURI(NIF + "endIndex");
    public static final Node NIF_ANCHOR_OF = NodeFactory.createURI(NIF + "anchorOf");

    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    // minted resources
    public static Node article(String id) { return NodeFactory.createURI(AKR + "article/" + id); }
    public static Node graph(String articleId) { return NodeFactory.createURI(AKR + "graph/" + articleId); }
    public static Node actor(String key) { return NodeFactory.createURI(AKR + "actor/" + key); }
    public static Node date(String localName) { return NodeFactory.createURI(AKR + "date/" + localName); }
    /**
     * Offsets below 8192 made once (every mention has two: building a typed literal parses its
     * lexical form), in a holder class so that only commands that map articles pay for them.
     */
    private static final class SmallOffsets {
        static final Node[] NODES = new Node[8192];

        static {
            for (int i = 0; i < NODES.length; i++) NODES[i] = offsetLiteral(i);
        }
    }

    /** A span offset: an xsd:nonNegativeInteger literal. */
    public static Node offset(int codePoints) {
        return codePoints >= 0 && codePoints < SmallOffsets.NODES.length ? SmallOffsets.NODES[codePoints] : offsetLiteral(codePoints);
    }

    private static Node offsetLiteral(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger);
    }

    public static Node mention(String articleId, int begin, int end) {
        return NodeFactory.createURI(AKR + "mention/" + articleId + "/" + begin + "-" + end);
    }
    public static Node statement(String articleId, int n) { return NodeFactory.createURI(AKR + "statement/" + articleId + "/" + n); }
    public static Node timex(String articleId, int n) { return NodeFactory.createURI(AKR + "timex/" + articleId + "/" + n); }
    public static Node agreement(String localName) { return NodeFactory.createURI(AKR + "agreement/" + localName); }

    /** The article id inside an article or graph IRI, or null when it is not one. */
    public static String articleIdOf(String iri) {
        for (String p : new String[] {AKR + "article/", AKR + "graph/"}) if (iri.startsWith(p)) return iri.substring(p.length());
        return null;
    }
}
