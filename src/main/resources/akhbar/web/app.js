// Akhbar's web page: a SPARQL query page and pages for articles, actors and other nodes, all
// built from SPARQL queries to this server (/akhbar/page caps the rows). No framework, no
// network beyond this server; the editor is YASQE, shipped in vendor/.
"use strict";

const AK = "https://w3id.org/akhbar/ontology#";
const AKR = "https://w3id.org/akhbar/id/";
const PREFIXES = {
  ak: AK, akr: AKR, schema: "http://schema.org/", rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#", skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#", xsd: "http://www.w3.org/2001/XMLSchema#",
  time: "http://www.w3.org/2006/time#", prov: "http://www.w3.org/ns/prov#",
  nif: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
  dcterms: "http://purl.org/dc/terms/", wd: "http://www.wikidata.org/entity/",
};
const SPARQL_PREFIXES = Object.entries(PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n") + "\n";

// ---- words in both languages -------------------------------------------------------------
const WORDS = {
  ar: {
    "nav.query": "الاستعلام", "nav.articles": "المقالات", "nav.actors": "الفاعلون", "nav.timeline": "الخط الزمني",
    "lang.other": "English", "run": "تنفيذ", "running": "جارٍ التنفيذ…", "refqueries": "استعلامات مرجعية",
    "download": "تنزيل", "share": "رابط للمشاركة", "rows": "صفوف", "norows": "لا نتائج",
    "cap": "عُرضت أول {n} صفاً فقط؛ نزّل النتائج كاملة أو أضف LIMIT/OFFSET.", "error": "خطأ",
    "article": "مقال", "published": "تاريخ النشر", "publisher": "الناشر", "source": "المصدر", "facts": "الوقائع",
    "actors": "الفاعلون", "statements": "التصريحات", "agreements": "الاتفاقات", "dates": "التواريخ",
    "legend": "دليل الألوان", "speaker": "المتحدث", "actor": "فاعل", "statement": "تصريح", "agreement": "اتفاق",
    "date": "تاريخ", "labels": "الأسماء", "altLabels": "صيغ أخرى", "role": "الصفة", "wikidata": "ويكي بيانات",
    "statementsBy": "تصريحاته", "statementsAbout": "تصريحات تذكره", "articles": "المقالات التي يظهر فيها",
    "timeline": "الخط الزمني", "undated": "بلا تاريخ", "parties": "الأطراف", "properties": "الخصائص",
    "incoming": "يشير إليه", "evidence": "الشاهد في النص", "notfound": "لم يُعثر على هذه العقدة", "type": "النوع",
    "headline": "العنوان", "mentions": "مرات الذكر", "kind": "النوع", "summary": "الملخص", "loading": "جارٍ التحميل…",
    "from": "من", "to": "إلى", "anyActor": "كل الفاعلين", "agreementOf": "اتفاق بين {who}", "and": " و",
    "nav.ontology": "الأنطولوجيا", "classes": "الأصناف", "props": "الخصائص", "domain": "المجال", "range": "المدى",
    "example": "استعلام مثال", "noontology": "لا أنطولوجيا في المخزن بعد (يضعها akhbar serve فيه)؛ ملف Turtle هنا:",
    "empty": "لا مقالات في المخزن بعد. لتحميل مقالات: أوقف الخادم وشغّل الأمر الأول، أو أرسلها إلى خادم يعمل بخيار {flag} بالأمر الثاني:",
  },
  en: {
    "nav.query": "Query", "nav.articles": "Articles", "nav.actors": "Actors", "nav.timeline": "Timeline",
    "lang.other": "العربية", "run": "Run", "running": "Running…", "refqueries": "Reference queries",
    "download": "Download", "share": "Share link", "rows": "rows", "norows": "No results",
    "cap": "Only the first {n} rows are shown; download the full results or add LIMIT/OFFSET.", "error": "Error",
    "article": "Article", "published": "Published", "publisher": "Publisher", "source": "Source", "facts": "Facts",
    "actors": "Actors", "statements": "Statements", "agreements": "Agreements", "dates": "Dates",
    "legend": "Colours", "speaker": "speaker", "actor": "actor", "statement": "statement", "agreement": "agreement",
    "date": "date", "labels": "Names", "altLabels": "Other forms", "role": "Role", "wikidata": "Wikidata",
    "statementsBy": "Statements", "statementsAbout": "Statements mentioning it", "articles": "Articles it appears in",
    "timeline": "Timeline", "undated": "Undated", "parties": "Parties", "properties": "Properties",
    "incoming": "Referenced by", "evidence": "Evidence in the text", "notfound": "Nothing is known about this node", "type": "Type",
    "headline": "Headline", "mentions": "Mentions", "kind": "Kind", "summary": "Summary", "loading": "Loading…",
    "from": "From", "to": "To", "anyActor": "Any actor", "agreementOf": "Agreement of {who}", "and": ", ",
    "nav.ontology": "Ontology", "classes": "Classes", "props": "Properties", "domain": "Domain", "range": "Range",
    "example": "Example query", "noontology": "The store holds no ontology yet (akhbar serve puts it there); the Turtle is here:",
    "empty": "The store holds no articles yet. To load some, stop the server and run the first command, or send them to a server started with {flag} with the second:",
  },
};
let lang = localStorage.getItem("akhbar.lang") === "en" ? "en" : "ar";
const t = (key, vars = {}) => (WORDS[lang][key] || key).replace(/\{(\w+)\}/g, (_, k) => vars[k]);

// ---- small DOM helper: never innerHTML with data -----------------------------------------
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

// ---- SPARQL -------------------------------------------------------------------------------
class QueryError extends Error {}

/** Runs a query on the page's endpoint; returns {json, capped} for SELECT/ASK, {text} for graphs. */
async function sparql(query, endpoint = "/akhbar/page") {
  const r = await fetch(endpoint, {
    method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    body: new URLSearchParams({query}),
  });
  const body = await r.text();
  if (!r.ok) throw new QueryError(`HTTP ${r.status}: ${body.trim()}`);
  const type = r.headers.get("Content-Type") || "";
  const capHeader = r.headers.get("X-Akhbar-Row-Cap");
  if (!type.includes("json")) return {text: body};
  const json = JSON.parse(body);
  const rows = json.results ? json.results.bindings.length : 0;
  return {json, capped: capHeader && rows >= Number(capHeader) ? Number(capHeader) : 0};
}

async function select(query) {
  const {json} = await sparql(SPARQL_PREFIXES + query);
  return json.results.bindings;
}

/**
 * An IRI as a SPARQL term, for the VALUES bindings and constants of the page's queries. Page
 * parameters come from the address bar: anything that is not an absolute IRI as SPARQL's
 * grammar allows it between < and > (no spaces, quotes, brackets, braces…) is refused, so a
 * crafted parameter cannot add text to a query (issue 19).
 */
function sparqlIri(iri) {
  if (typeof iri !== "string" || !/^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|^`\\]*$/u.test(iri)) throw new QueryError(`not an IRI: ${iri}`);
  return `<${iri}>`;
}
const iriValues = (iris) => iris.filter(i => { try { return sparqlIri(i); } catch { return false; } }).map(sparqlIri).join(" ");
const val = (b, v) => (b[v] ? b[v].value : undefined);

// ---- labels: every IRI is shown by its label, in the page's language when there is one -----
const labelCache = new Map();

function fallbackLabel(iri) {
  if (iri.startsWith(AKR + "date/")) return iri.slice((AKR + "date/").length);
  for (const [p, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns)) return `${p}:${decodeURIComponent(iri.slice(ns.length))}`;
  return iri;
}

async function fetchLabels(iris) {
  // the store's own nodes, and the ontology's terms (their labels live in the ontology's graph)
  const wanted = [...new Set(iris)].filter(i => !labelCache.has(i) && (i.startsWith(AKR) || i.startsWith(AK)));
  for (let i = 0; i < wanted.length; i += 150) {
    const batch = wanted.slice(i, i + 150);
    const rows = await select(`SELECT ?s ?l WHERE { VALUES ?s { ${iriValues(batch)} }
      { ?s rdfs:label ?l } UNION { ?s schema:headline ?l } UNION { ?s ak:content ?l } UNION { ?s nif:anchorOf ?l } }`);
    const found = new Map();
    for (const r of rows) {
      const s = r.s.value, l = r.l, have = found.get(s);
      const score = l["xml:lang"] === lang ? 2 : l["xml:lang"] === "ar" || !l["xml:lang"] ? 1 : 0;
      if (!have || score > have.score) found.set(s, {text: l.value, score});
    }
    for (const s of batch) labelCache.set(s, found.has(s) ? found.get(s).text : null);
  }
}

function label(iri) {
  const l = labelCache.get(iri);
  return l ? (l.length > 120 ? l.slice(0, 117) + "…" : l) : fallbackLabel(iri);
}

/** The page that shows a node: articles and actors have their own, everything else the node page. */
function pageHref(iri) {
  const kind = iri.startsWith(AKR + "article/") ? "article" : iri.startsWith(AKR + "actor/") ? "actor" : "node";
  return `#/${kind}?iri=${encodeURIComponent(iri)}`;
}

function iriLink(iri) {
  if (!iri.startsWith(AKR)) {
    return iri.startsWith("http") ? el("a", {href: iri, target: "_blank", rel: "noopener noreferrer", class: "external", dir: "ltr"}, fallbackLabel(iri))
                                  : el("span", {dir: "ltr"}, iri);
  }
  return el("a", {href: pageHref(iri), title: iri, class: "node"}, label(iri));
}

function termView(term) {
  if (!term) return "";
  if (term.type === "uri") return iriLink(term.value);
  if (term.type === "bnode") return el("span", {class: "bnode", dir: "ltr"}, "_:" + term.value);
  return el("span", {lang: term["xml:lang"] || null, dir: "auto"}, term.value);
}

// ---- result table ---------------------------------------------------------------------------
async function resultsView(result) {
  if (result.text !== undefined) return el("pre", {class: "graph", dir: "ltr"}, result.text);
  const json = result.json;
  if (json.boolean !== undefined) return el("p", {class: "ask"}, String(json.boolean));
  const vars = json.head.vars, rows = json.results.bindings;
  await fetchLabels(rows.flatMap(r => Object.values(r)).filter(v => v.type === "uri").map(v => v.value));
  const table = el("table", {class: "results"},
    el("thead", {}, el("tr", {}, vars.map(v => el("th", {dir: "ltr"}, "?" + v)))),
    el("tbody", {}, rows.map(r => el("tr", {}, vars.map(v => el("td", {}, termView(r[v])))))));
  return el("div", {},
    el("p", {class: "count"}, rows.length ? `${rows.length} ${t("rows")}` : t("norows")),
    result.capped ? el("p", {class: "notice"}, t("cap", {n: result.capped})) : null,
    el("div", {class: "scroll"}, table));
}

/** What the endpoint speaks, by query type: each format's Accept header and file extension. */
const DOWNLOADS = {
  results: [["csv", "text/csv"], ["tsv", "text/tab-separated-values"], ["json", "application/sparql-results+json"],
    ["xml", "application/sparql-results+xml"]],
  graph: [["ttl", "text/turtle"], ["nt", "application/n-triples"], ["jsonld", "application/ld+json"], ["rdf", "application/rdf+xml"]],
};

/** SELECT and ASK give results; CONSTRUCT and DESCRIBE give a graph. */
function queryKind(query) {
  const body = query.replace(/#[^\n]*/g, "").replace(/^\s*(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*/gim, "");
  return /^\s*(CONSTRUCT|DESCRIBE)/i.test(body) ? "graph" : "results";
}

async function download(query, ext) {
  const kind = queryKind(query), formats = DOWNLOADS[kind];
  // a format of the other kind (CSV for a CONSTRUCT) falls back to this kind's first
  const [suffix, accept] = formats.find(f => f[0] === ext) || formats[0];
  const r = await fetch("/akhbar/sparql", {
    method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    body: new URLSearchParams({query}),
  });
  if (!r.ok) { alert(`HTTP ${r.status}: ${await r.text()}`); return; }
  const url = URL.createObjectURL(await r.blob());
  el("a", {href: url, download: `akhbar-${kind}.${suffix}`}).click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A link that opens the page with this query and runs it. */
function shareLink(query) {
  return `${location.origin}/#/query?run=1&q=${encodeURIComponent(query)}`;
}

// ---- reference queries (queries/*.rq in the repository, listed in queries/index.txt) ---------
let referenceQueries;

async function loadReferenceQueries() {
  if (referenceQueries) return referenceQueries;
  const names = (await (await fetch("/queries/index.txt")).text()).split("\n").map(s => s.trim()).filter(Boolean);
  referenceQueries = await Promise.all(names.map(async name => {
    const text = await (await fetch("/queries/" + name)).text();
    const meta = key => (text.match(new RegExp(`^# ${key}:\\s*(.*)$`, "m")) || [])[1];
    return {name, text, title: {en: meta("title") || name, ar: meta("title-ar") || meta("title") || name}};
  }));
  return referenceQueries;
}

/** A reference query with its VALUES ?param { … } line set to one IRI. */
async function referenceQuery(name, params = {}) {
  const q = (await loadReferenceQueries()).find(x => x.name === name);
  let text = q.text;
  for (const [v, iri] of Object.entries(params)) {
    const term = sparqlIri(iri); // a function replacement: "$" in an IRI is not a replacement pattern
    text = text.replace(new RegExp(`VALUES \\?${v} \\{[^}]*\\}`), () => `VALUES ?${v} { ${term} }`);
  }
  return text;
}

// ---- query page ---------------------------------------------------------------------------
let editor;

async function queryPage(view, params) {
  const results = el("div", {id: "results"});
  const editorBox = el("div", {id: "editor"});
  const run = async () => {
    const q = editor ? editor.getValue() : editorBox.querySelector("textarea").value;
    results.replaceChildren(el("p", {class: "muted"}, t("running")));
    try {
      results.replaceChildren(await resultsView(await sparql(q)));
    } catch (e) {
      results.replaceChildren(el("pre", {class: "error", dir: "ltr"}, `${t("error")} — ${e.message}`));
    }
  };
  const refs = el("ul", {class: "refqueries"});
  const share = el("input", {type: "text", id: "share-link", readonly: true, hidden: true, dir: "ltr", class: "share"});
  view.replaceChildren(el("section", {class: "query"},
    el("aside", {}, el("h2", {}, t("refqueries")), refs),
    el("div", {class: "workbench"}, editorBox,
      el("div", {class: "buttons"},
        el("button", {type: "button", id: "run", class: "primary", onclick: run}, t("run")),
        el("select", {id: "dl-format", "aria-label": t("download")},
          el("optgroup", {label: "SELECT, ASK"}, DOWNLOADS.results.map(([x]) => el("option", {value: x}, x.toUpperCase()))),
          el("optgroup", {label: "CONSTRUCT, DESCRIBE"}, DOWNLOADS.graph.map(([x]) => el("option", {value: x}, x.toUpperCase())))),
        el("button", {type: "button", id: "download", onclick: () => download(currentQuery(), document.getElementById("dl-format").value)}, t("download")),
        el("button", {type: "button", id: "share", onclick: () => {
          share.value = shareLink(currentQuery());
          share.hidden = false;
          share.select();
          if (navigator.clipboard) navigator.clipboard.writeText(share.value).catch(() => {});
        }}, t("share"))),
      share, results)));
  const initial = params.get("q") || localStorage.getItem("akhbar.query") ||
    "SELECT ?statement ?speaker ?content WHERE {\n  ?statement a ak:Statement ; ak:speaker ?speaker ; ak:content ?content .\n} LIMIT 20";
  editor = makeEditor(editorBox, initial.startsWith("PREFIX") || initial.includes("\nPREFIX") ? initial : SPARQL_PREFIXES + "\n" + initial, run);
  const currentQuery = () => editor ? editor.getValue() : editorBox.querySelector("textarea").value;
  for (const q of await loadReferenceQueries()) {
    refs.append(el("li", {}, el("button", {type: "button", class: "link", "data-query": q.name,
      onclick: () => { setQuery(editorBox, q.text); run(); }}, q.title[lang])));
  }
  if (params.get("run")) run();
}

/** YASQE when it loaded, a plain textarea otherwise; remote autocompletion and share links off. */
function makeEditor(box, value, run) {
  if (window.Yasqe) {
    const y = new Yasqe(box, {
      value, persistenceId: null, showQueryButton: false, resizeable: true, editorHeight: "18rem",
      autocompleters: ["variables", "prefixes"], prefixCcApi: null, createShareableLink: null, consumeShareLink: null,
      extraKeys: {"Ctrl-Enter": run, "Cmd-Enter": run},
    });
    y.setValue(value);
    // the PREFIX block folds to one line, so the query and its errors stay in view
    if (typeof y.collapsePrefixes === "function") y.collapsePrefixes(true);
    y.on("change", () => localStorage.setItem("akhbar.query", y.getValue()));
    return y;
  }
  const ta = el("textarea", {dir: "ltr", spellcheck: "false", rows: 16,
    onkeydown: e => { if (e.key === "Enter" && e.ctrlKey) run(); },
    oninput: e => localStorage.setItem("akhbar.query", e.target.value)});
  ta.value = value;
  box.append(ta);
  return null;
}

function setQuery(box, text) {
  if (editor) {
    editor.setValue(text);
    if (typeof editor.collapsePrefixes === "function") editor.collapsePrefixes(true);
  } else box.querySelector("textarea").value = text;
}

// ---- article page: the text with its evidence highlighted, and its facts ---------------------
const KIND_CLASS = {[AK + "Actor"]: "actor", [AK + "Statement"]: "statement", [AK + "Agreement"]: "agreement", [AK + "TimeExpression"]: "date"};

async function articlePage(view, params) {
  const a = params.get("iri"), focus = params.get("focus"), A = sparqlIri(a);
  const [info] = await select(`SELECT ?text ?headline ?published ?publisher ?url WHERE { ${A} ak:text ?text .
    OPTIONAL { ${A} schema:headline ?headline } OPTIONAL { ${A} schema:datePublished ?published }
    OPTIONAL { ${A} schema:publisher ?publisher } OPTIONAL { ${A} schema:url ?url } } LIMIT 1`);
  if (!info) return nodePage(view, params);
  const spans = await select(`SELECT ?fact ?kind ?role ?b ?e WHERE {
    ?m nif:referenceContext ${A} ; nif:beginIndex ?b ; nif:endIndex ?e .
    { ?fact ak:evidence ?m ; a ?kind . VALUES ?kind { ak:Actor ak:Statement ak:Agreement ak:TimeExpression } BIND ("evidence" AS ?role) }
    UNION { ?fact ak:speakerEvidence ?m . BIND (ak:Statement AS ?kind) BIND ("speaker" AS ?role) } }`);
  const facts = await select(`SELECT DISTINCT ?fact ?kind ?speaker ?date WHERE {
    { ?fact ak:mentionedIn ${A} ; a ak:Actor . BIND (ak:Actor AS ?kind) }
    UNION { ?fact ak:source ${A} ; a ?kind . VALUES ?kind { ak:Statement ak:Agreement ak:TimeExpression } }
    OPTIONAL { ?fact ak:speaker ?speaker } OPTIONAL { ?fact ak:date|ak:resolvesTo ?date } }`);
  await fetchLabels(facts.flatMap(f => [val(f, "fact"), val(f, "speaker")]).filter(Boolean));

  const text = el("div", {class: "article-text", dir: "rtl", lang: "ar"}, highlight(val(info, "text"), spans, focus));
  const groups = {actor: [], statement: [], agreement: [], date: []};
  for (const f of facts) {
    const kind = KIND_CLASS[val(f, "kind")], iri = val(f, "fact");
    if (groups[kind].some(li => li.dataset.iri === iri)) continue;
    groups[kind].push(el("li", {"data-iri": iri, class: "fact-" + kind},
      f.speaker ? [iriLink(val(f, "speaker")), ": "] : null, iriLink(iri),
      f.date ? [" — ", el("span", {class: "when", dir: "ltr"}, fallbackLabel(val(f, "date")))] : null));
  }
  const factList = el("aside", {class: "facts"}, el("h2", {}, t("facts")),
    Object.entries({actor: "actors", statement: "statements", agreement: "agreements", date: "dates"}).map(([k, title]) =>
      groups[k].length ? [el("h3", {class: "kind-" + k}, `${t(title)} (${groups[k].length})`), el("ul", {}, groups[k])] : null));
  view.replaceChildren(el("section", {class: "article"},
    el("div", {class: "main"},
      el("h1", {}, val(info, "headline") || label(a)),
      el("p", {class: "meta"}, [
        info.published ? [t("published"), ": ", el("span", {dir: "ltr"}, val(info, "published"))] : null,
        info.publisher ? [t("publisher"), ": ", termView(info.publisher)] : null,
        info.url ? el("a", {href: val(info, "url"), target: "_blank", rel: "noopener noreferrer"}, t("source")) : null,
      ].filter(Boolean).flatMap((part, i) => (i ? [" · ", part] : [part]))),
      legend(), text),
    factList));
  const first = view.querySelector("mark.focus");
  if (first) first.scrollIntoView({block: "center"});
}

function legend() {
  return el("p", {class: "legend"}, t("legend"), ": ",
    ["actor", "statement", "speaker", "agreement", "date"].map(k => el("mark", {class: "hl-" + k}, t(k))));
}

/**
 * The text cut at every span boundary; each piece is marked with the kinds of every span that
 * covers it and links to the narrowest fact. Offsets are code points: slice Array.from(text).
 */
function highlight(text, spans, focus) {
  const chars = Array.from(text);
  const items = spans.map(s => ({fact: val(s, "fact"), cls: val(s, "role") === "speaker" ? "speaker" : KIND_CLASS[val(s, "kind")],
    b: Number(val(s, "b")), e: Number(val(s, "e"))})).filter(s => s.cls && s.b < s.e && s.e <= chars.length);
  const cuts = [...new Set([0, chars.length, ...items.flatMap(s => [s.b, s.e])])].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [b, e] = [cuts[i], cuts[i + 1]], piece = chars.slice(b, e).join("");
    const covering = items.filter(s => s.b <= b && e <= s.e);
    if (!covering.length) { out.push(piece); continue; }
    const narrowest = covering.reduce((x, y) => (y.e - y.b < x.e - x.b ? y : x));
    const classes = [...new Set(covering.map(s => "hl-" + s.cls))];
    if (focus && covering.some(s => s.fact === focus)) classes.push("focus");
    out.push(el("mark", {class: classes.join(" "), "data-facts": [...new Set(covering.map(s => s.fact))].join(" "),
      title: [...new Set(covering.map(s => `${t(s.cls)}: ${label(s.fact)}`))].join("\n"),
      onclick: () => { location.hash = pageHref(narrowest.fact); }}, piece));
  }
  return out;
}

// ---- actor page ---------------------------------------------------------------------------
async function actorPage(view, params) {
  const a = params.get("iri"), A = sparqlIri(a);
  const props = await select(`SELECT ?p ?o WHERE { ${A} ?p ?o
    VALUES ?p { rdf:type rdfs:label skos:altLabel ak:role owl:sameAs } }`);
  if (!props.length) return nodePage(view, params);
  const of = p => props.filter(r => val(r, "p") === p).map(r => r.o);
  const [byActor, aboutActor, agreements, articles] = await Promise.all([
    sparql(await referenceQuery("statements-by-actor.rq", {actor: a})),
    sparql(await referenceQuery("statements-about-actor.rq", {actor: a})),
    select(`SELECT ?agreement ?when ?article WHERE { ?agreement ak:party ${A} ; ak:source ?article .
      OPTIONAL { ?agreement ak:date ?d BIND (STRAFTER(STR(?d), "${AKR}date/") AS ?when) } }`),
    select(`SELECT ?article ?published WHERE { ${A} ak:mentionedIn ?article .
      OPTIONAL { ?article schema:datePublished ?published } } ORDER BY DESC(?published)`),
  ]);
  const byRows = byActor.json.results.bindings, aboutRows = aboutActor.json.results.bindings;
  await fetchLabels([a, ...of(PREFIXES.rdf + "type").map(o => o.value), ...[...byRows, ...aboutRows, ...agreements, ...articles].flatMap(r => Object.values(r))
    .filter(v => v.type === "uri").map(v => v.value)]);

  const events = [
    ...byRows.map(r => ({when: val(r, "when"), iri: val(r, "statement"), kind: "statement", article: val(r, "article")})),
    ...agreements.map(r => ({when: val(r, "when"), iri: val(r, "agreement"), kind: "agreement", article: val(r, "article")})),
  ];
  const wikidata = of(PREFIXES.owl + "sameAs").map(o => o.value).filter(v => v.startsWith(PREFIXES.wd));
  view.replaceChildren(el("section", {class: "actor"},
    el("h1", {}, label(a)),
    el("dl", {class: "props"},
      el("dt", {}, t("type")), el("dd", {}, of(PREFIXES.rdf + "type").map(o => el("span", {class: "tag"}, label(o.value)))),
      el("dt", {}, t("labels")), el("dd", {}, of(PREFIXES.rdfs + "label").map(o => el("span", {class: "tag", lang: o["xml:lang"] || null}, o.value))),
      of(PREFIXES.skos + "altLabel").length ? [el("dt", {}, t("altLabels")), el("dd", {}, of(PREFIXES.skos + "altLabel").map(o => el("span", {class: "tag"}, o.value)))] : null,
      of(AK + "role").length ? [el("dt", {}, t("role")), el("dd", {}, of(AK + "role").map(o => el("span", {class: "tag"}, o.value)))] : null,
      wikidata.length ? [el("dt", {}, t("wikidata")), el("dd", {}, wikidata.map(w =>
        el("a", {href: w, target: "_blank", rel: "noopener noreferrer", dir: "ltr"}, w.slice(PREFIXES.wd.length))))] : null),
    el("h2", {}, t("timeline")), timeline(events),
    el("h2", {}, t("statementsBy")), await resultsView(byActor),
    el("h2", {}, t("statementsAbout")), await resultsView(aboutActor),
    el("h2", {}, t("articles")), el("ul", {}, articles.map(r => el("li", {}, iriLink(val(r, "article")),
      r.published ? [" — ", el("span", {dir: "ltr"}, val(r, "published"))] : null)))));
}

/**
 * Dated facts, newest first (date IRIs sort as time), the undated after them; each once, with
 * who said it (or the parties) and what it was: a statement's content, an agreement's name, or
 * for an unnamed agreement its parties.
 */
function timeline(events) {
  const seen = new Set(), dated = [], undated = [];
  for (const e of events) {
    if (seen.has(e.iri)) continue;
    seen.add(e.iri);
    (e.when ? dated : undated).push(e);
  }
  dated.sort((x, y) => y.when.localeCompare(x.when) || x.iri.localeCompare(y.iri));
  const whoLinks = who => who.flatMap((w, i) => i ? [t("and"), iriLink(w)] : [iriLink(w)]);
  const what = e => {
    let text = e.summary || labelCache.get(e.iri);
    if (!text && e.kind === "agreement" && e.who && e.who.length) text = t("agreementOf", {who: e.who.map(label).join(t("and"))});
    if (!text) return iriLink(e.iri);
    return el("a", {href: pageHref(e.iri), title: e.iri, class: "node fact"}, text.length > 160 ? text.slice(0, 157) + "…" : text);
  };
  const item = e => el("li", {class: "ev-" + e.kind},
    el("span", {class: "when", dir: "ltr"}, e.when || "—"), el("span", {class: "badge hl-" + e.kind}, t(e.kind)),
    e.who && e.who.length && e.kind === "statement" ? el("span", {class: "who"}, whoLinks(e.who), ": ") : null,
    what(e), " · ", iriLink(e.article));
  return el("div", {class: "timeline"}, el("ol", {}, dated.map(item)),
    undated.length ? el("details", {}, el("summary", {}, `${t("undated")} (${undated.length})`), el("ul", {}, undated.map(item))) : null);
}

/** The speakers of statements and the parties of agreements, fact by fact. */
async function whoOf(facts) {
  const who = new Map();
  for (let i = 0; i < facts.length; i += 150) {
    const rows = await select(`SELECT ?fact ?who WHERE { VALUES ?fact { ${iriValues(facts.slice(i, i + 150))} }
      { ?fact ak:speaker ?who } UNION { ?fact ak:party ?who } } ORDER BY ?fact ?who`);
    for (const r of rows) {
      const f = val(r, "fact");
      if (!who.has(f)) who.set(f, []);
      if (!who.get(f).includes(val(r, "who"))) who.get(f).push(val(r, "who"));
    }
  }
  return who;
}

// ---- lists and the whole timeline -------------------------------------------------------------
/** What a list shows when the store holds nothing: how to load articles. */
function emptyState(title) {
  const origin = location.origin;
  return el("section", {}, el("h1", {}, title), el("div", {class: "empty notice"},
    el("p", {}, ...WORDS[lang].empty.split("{flag}").flatMap((part, i) => i ? [el("code", {dir: "ltr"}, "--allow-update"), part] : [part])),
    el("pre", {dir: "ltr"}, "./akhbar serve PATH…      # loads PATH (files or folders), then serves\n"
      + `./akhbar load --server ${origin} --password-file F PATH…`)));
}


async function articlesPage(view) {
  const rows = await select(`SELECT ?article ?published (COUNT(DISTINCT ?s) AS ?statements) WHERE { ?article a ak:Article .
    OPTIONAL { ?article schema:datePublished ?published } OPTIONAL { ?s ak:source ?article ; a ak:Statement } }
    GROUP BY ?article ?published ORDER BY DESC(?published) ?article`);
  if (!rows.length) { view.replaceChildren(emptyState(t("nav.articles"))); return; }
  await fetchLabels(rows.map(r => val(r, "article")));
  view.replaceChildren(el("section", {}, el("h1", {}, t("nav.articles")), el("table", {class: "results"},
    el("thead", {}, el("tr", {}, el("th", {}, t("headline")), el("th", {}, t("published")), el("th", {}, t("statements")))),
    el("tbody", {}, rows.map(r => el("tr", {}, el("td", {}, iriLink(val(r, "article"))),
      el("td", {dir: "ltr"}, val(r, "published") || ""), el("td", {}, val(r, "statements"))))))));
}

async function actorsPage(view) {
  const rows = await select(`SELECT ?actor ?type (COUNT(DISTINCT ?article) AS ?articles) WHERE {
    ?actor a ak:Actor ; a ?type ; ak:mentionedIn ?article . VALUES ?type { ak:Person ak:Organization ak:Country } }
    GROUP BY ?actor ?type ORDER BY DESC(?articles) ?actor`);
  if (!rows.length) { view.replaceChildren(emptyState(t("nav.actors"))); return; }
  await fetchLabels([...rows.map(r => val(r, "actor")), ...rows.map(r => val(r, "type"))]);
  view.replaceChildren(el("section", {}, el("h1", {}, t("nav.actors")), el("table", {class: "results"},
    el("thead", {}, el("tr", {}, el("th", {}, t("actor")), el("th", {}, t("type")), el("th", {}, t("articles")))),
    el("tbody", {}, rows.map(r => el("tr", {}, el("td", {}, iriLink(val(r, "actor"))),
      el("td", {}, label(val(r, "type"))), el("td", {}, val(r, "articles"))))))));
}

async function timelinePage(view) {
  const result = await sparql(await referenceQuery("timeline.rq"));
  const rows = result.json.results.bindings;
  if (!rows.length && !(await sparql(SPARQL_PREFIXES + "ASK { ?a a ak:Article }")).json.boolean) {
    view.replaceChildren(emptyState(t("nav.timeline")));
    return;
  }
  const who = await whoOf([...new Set(rows.map(r => val(r, "fact")))]);
  await fetchLabels(rows.flatMap(r => [val(r, "fact"), val(r, "article")]).concat([...who.values()].flat()));
  const events = rows.map(r => ({when: val(r, "when"), iri: val(r, "fact"), article: val(r, "article"),
    summary: val(r, "summary"), who: who.get(val(r, "fact")) || [],
    kind: val(r, "kind") === AK + "Agreement" ? "agreement" : "statement"}));
  // the actors to filter by, most frequent first
  const counts = new Map();
  for (const e of events) for (const w of e.who) counts.set(w, (counts.get(w) || 0) + 1);
  const actors = [...counts.entries()].sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
  const from = el("input", {type: "date", id: "tl-from", "aria-label": t("from")});
  const to = el("input", {type: "date", id: "tl-to", "aria-label": t("to")});
  const actor = el("select", {id: "tl-actor"}, el("option", {value: ""}, t("anyActor")),
    actors.map(([iri, n]) => el("option", {value: iri}, `${label(iri)} (${n})`)));
  const list = el("div", {});
  const show = () => {
    const f = from.value, u = to.value, a = actor.value;
    // a fact is in the range when its date overlaps it; a date is a day, a month, a year or
    // first--last (2021-07-19--2021-07-25), and ISO text compares as time at its own grain
    const overlaps = when => {
      if (!when) return !f && !u;
      const first = when.split("--")[0], last = when.split("--").pop();
      return (!f || last >= f.slice(0, last.length)) && (!u || first <= u);
    };
    list.replaceChildren(timeline(events.filter(e => (!a || e.who.includes(a)) && overlaps(e.when))));
  };
  for (const c of [from, to, actor]) c.addEventListener("change", show);
  show();
  view.replaceChildren(el("section", {}, el("h1", {}, t("nav.timeline")),
    el("div", {class: "filters"}, el("label", {}, t("from"), " ", from), el("label", {}, t("to"), " ", to), actor),
    result.capped ? el("p", {class: "notice"}, t("cap", {n: result.capped})) : null, list));
}

// ---- the ontology, for people: every class and property, both labels, an example query each ----
const ONTOLOGY_GRAPH = "https://w3id.org/akhbar/ontology";

async function ontologyPage(view) {
  const rows = await select(`SELECT ?term ?kind ?ar ?en ?comment ?domain ?range WHERE { GRAPH <${ONTOLOGY_GRAPH}> {
    ?term a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
    OPTIONAL { ?term rdfs:label ?ar FILTER(lang(?ar) = "ar") } OPTIONAL { ?term rdfs:label ?en FILTER(lang(?en) = "en") }
    OPTIONAL { ?term rdfs:comment ?comment } OPTIONAL { ?term rdfs:domain ?domain } OPTIONAL { ?term rdfs:range ?range } } }
    ORDER BY ?term`);
  const head = el("h1", {}, t("nav.ontology"));
  const turtle = el("a", {href: "/ontology.ttl", dir: "ltr"}, "/ontology.ttl");
  if (!rows.length) { view.replaceChildren(el("section", {}, head, el("p", {class: "notice"}, t("noontology"), " ", turtle))); return; }
  const terms = new Map();
  for (const r of rows) {
    const iri = val(r, "term");
    const e = terms.get(iri) || {iri, isClass: val(r, "kind") === PREFIXES.owl + "Class", ar: "", en: "", comment: "", domain: new Set(), range: new Set()};
    e.ar = e.ar || val(r, "ar") || ""; e.en = e.en || val(r, "en") || ""; e.comment = e.comment || val(r, "comment") || "";
    if (val(r, "domain")) e.domain.add(val(r, "domain"));
    if (val(r, "range")) e.range.add(val(r, "range"));
    terms.set(iri, e);
  }
  const all = [...terms.values()];
  await fetchLabels(all.flatMap(e => [...e.domain, ...e.range]));
  const short = iri => fallbackLabel(iri);
  const example = e => e.isClass
    ? `SELECT ?x WHERE {\n  ?x a ${short(e.iri)} .\n} LIMIT 20`
    : `SELECT ?subject ?value WHERE {\n  ?subject ${short(e.iri)} ?value .\n} LIMIT 20`;
  const row = e => el("tr", {id: short(e.iri).replace(":", "-")},
    el("td", {dir: "ltr"}, el("code", {}, short(e.iri))), el("td", {lang: "ar", dir: "rtl"}, e.ar), el("td", {lang: "en", dir: "ltr"}, e.en),
    el("td", {lang: "en", dir: "ltr", class: "comment"}, e.comment),
    e.isClass ? null : el("td", {}, [...e.domain].map(iriLink)), e.isClass ? null : el("td", {}, [...e.range].map(d => d.startsWith(AK) ? iriLink(d) : el("code", {dir: "ltr"}, short(d)))),
    el("td", {}, el("a", {class: "example", href: "#/query?run=1&q=" + encodeURIComponent(example(e))}, t("example"))));
  const table = (title, list, isClass) => [el("h2", {}, title), el("div", {class: "scroll"}, el("table", {class: "results ontology"},
    el("thead", {}, el("tr", {}, el("th", {}, "IRI"), el("th", {}, "عربي"), el("th", {}, "English"), el("th", {}, ""),
      isClass ? null : el("th", {}, t("domain")), isClass ? null : el("th", {}, t("range")), el("th", {}, ""))),
    el("tbody", {}, list.map(row))))];
  view.replaceChildren(el("section", {}, head, el("p", {}, turtle),
    table(t("classes"), all.filter(e => e.isClass), true), table(t("props"), all.filter(e => !e.isClass), false)));
}

// ---- any other node: its properties, what points to it, and its evidence ----------------------
async function nodePage(view, params) {
  const n = params.get("iri"), N = sparqlIri(n);
  const [out, incoming, evidence] = await Promise.all([
    select(`SELECT ?p ?o WHERE { ${N} ?p ?o } ORDER BY ?p`),
    select(`SELECT ?s ?p WHERE { ?s ?p ${N} } ORDER BY ?p LIMIT 200`),
    select(`SELECT ?article ?b ?e ?anchor WHERE { ${N} ak:evidence ?m . ?m nif:referenceContext ?article ;
      nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor } ORDER BY ?article ?b`),
  ]);
  await fetchLabels([n, ...[...out, ...incoming, ...evidence].flatMap(r => Object.values(r)).filter(v => v.type === "uri").map(v => v.value)]);
  if (!out.length && !incoming.length) { view.replaceChildren(el("p", {class: "notice"}, t("notfound"), " ", el("code", {dir: "ltr"}, n))); return; }
  const pair = (a, b) => el("tr", {}, el("td", {}, termView(a)), el("td", {}, termView(b)));
  view.replaceChildren(el("section", {class: "node"},
    el("h1", {}, label(n)), el("p", {class: "iri", dir: "ltr"}, n),
    evidence.length ? [el("h2", {}, t("evidence")), el("ul", {class: "evidence"}, evidence.map(r => el("li", {},
      el("a", {href: `#/article?iri=${encodeURIComponent(val(r, "article"))}&focus=${encodeURIComponent(n)}`},
        el("q", {}, val(r, "anchor"))), " ", el("span", {class: "muted", dir: "ltr"}, `[${val(r, "b")}, ${val(r, "e")})`))))] : null,
    el("h2", {}, t("properties")), el("table", {class: "results"}, el("tbody", {}, out.map(r => pair(r.p, r.o)))),
    incoming.length ? [el("h2", {}, t("incoming")), el("table", {class: "results"}, el("tbody", {}, incoming.map(r => pair(r.s, r.p))))] : null));
}

// ---- routing and chrome -----------------------------------------------------------------------
const ROUTES = {query: queryPage, article: articlePage, actor: actorPage, node: nodePage,
  articles: articlesPage, actors: actorsPage, timeline: timelinePage, ontology: ontologyPage};

async function route() {
  const [path, search] = (location.hash.replace(/^#\/?/, "") || "query").split("?");
  const page = ROUTES[path] || queryPage, view = document.getElementById("view");
  view.replaceChildren(el("p", {class: "muted"}, t("loading")));
  if (page !== queryPage) editor = null;
  try {
    await page(view, new URLSearchParams(search || ""));
  } catch (e) {
    view.replaceChildren(el("pre", {class: "error", dir: "ltr"}, `${t("error")} — ${e.message}`));
  }
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("current", a.getAttribute("href") === "#/" + path);
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  const b = document.getElementById("lang");
  b.textContent = t("lang.other");
  b.lang = lang === "ar" ? "en" : "ar";
}

async function showStats() {
  try {
    const s = await (await fetch("/api/stats")).json();
    document.getElementById("stats").textContent =
      `${s.articles ?? 0} ${t("nav.articles")} · ${s.actors ?? 0} ${t("nav.actors")} · ${s.statements ?? 0} ${t("statements")}`;
  } catch (e) { /* statistics are a nicety */ }
}

document.getElementById("lang").addEventListener("click", () => {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("akhbar.lang", lang);
  labelCache.clear();
  applyLanguage();
  showStats();
  route();
});
window.addEventListener("hashchange", route);
applyLanguage();
showStats();
route();
