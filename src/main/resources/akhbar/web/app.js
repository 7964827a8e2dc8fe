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
    "download.csv": "تنزيل CSV", "download.json": "تنزيل JSON", "rows": "صفوف", "norows": "لا نتائج",
    "cap": "عُرضت أول {n} صفاً فقط؛ نزّل النتائج كاملة أو أضف LIMIT/OFFSET.", "error": "خطأ",
    "article": "مقال", "published": "تاريخ النشر", "publisher": "الناشر", "source": "المصدر", "facts": "الوقائع",
    "actors": "الفاعلون", "statements": "التصريحات", "agreements": "الاتفاقات", "dates": "التواريخ",
    "legend": "دليل الألوان", "speaker": "المتحدث", "actor": "فاعل", "statement": "تصريح", "agreement": "اتفاق",
    "date": "تاريخ", "labels": "الأسماء", "altLabels": "صيغ أخرى", "role": "الصفة", "wikidata": "ويكي بيانات",
    "statementsBy": "تصريحاته", "statementsAbout": "تصريحات تذكره", "articles": "المقالات التي يظهر فيها",
    "timeline": "الخط الزمني", "undated": "بلا تاريخ", "parties": "الأطراف", "properties": "الخصائص",
    "incoming": "يشير إليه", "evidence": "الشاهد في النص", "notfound": "لم يُعثر على هذه العقدة", "type": "النوع",
    "headline": "العنوان", "mentions": "مرات الذكر", "kind": "النوع", "summary": "الملخص", "loading": "جارٍ التحميل…",
  },
  en: {
    "nav.query": "Query", "nav.articles": "Articles", "nav.actors": "Actors", "nav.timeline": "Timeline",
    "lang.other": "العربية", "run": "Run", "running": "Running…", "refqueries": "Reference queries",
    "download.csv": "Download CSV", "download.json": "Download JSON", "rows": "rows", "norows": "No results",
    "cap": "Only the first {n} rows are shown; download the full results or add LIMIT/OFFSET.", "error": "Error",
    "article": "Article", "published": "Published", "publisher": "Publisher", "source": "Source", "facts": "Facts",
    "actors": "Actors", "statements": "Statements", "agreements": "Agreements", "dates": "Dates",
    "legend": "Colours", "speaker": "speaker", "actor": "actor", "statement": "statement", "agreement": "agreement",
    "date": "date", "labels": "Names", "altLabels": "Other forms", "role": "Role", "wikidata": "Wikidata",
    "statementsBy": "Statements", "statementsAbout": "Statements mentioning it", "articles": "Articles it appears in",
    "timeline": "Timeline", "undated": "Undated", "parties": "Parties", "properties": "Properties",
    "incoming": "Referenced by", "evidence": "Evidence in the text", "notfound": "Nothing is known about this node", "type": "Type",
    "headline": "Headline", "mentions": "Mentions", "kind": "Kind", "summary": "Summary", "loading": "Loading…",
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
  const wanted = [...new Set(iris)].filter(i => !labelCache.has(i) && i.startsWith(AKR));
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

async function download(query, format) {
  const accept = format === "csv" ? "text/csv" : "application/sparql-results+json";
  const r = await fetch("/akhbar/sparql", {
    method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    body: new URLSearchParams({query}),
  });
  if (!r.ok) { alert(`HTTP ${r.status}: ${await r.text()}`); return; }
  const url = URL.createObjectURL(await r.blob());
  el("a", {href: url, download: `akhbar-results.${format}`}).click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
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
  view.replaceChildren(el("section", {class: "query"},
    el("aside", {}, el("h2", {}, t("refqueries")), refs),
    el("div", {class: "workbench"}, editorBox,
      el("div", {class: "buttons"},
        el("button", {type: "button", id: "run", class: "primary", onclick: run}, t("run")),
        el("button", {type: "button", onclick: () => download(currentQuery(), "csv")}, t("download.csv")),
        el("button", {type: "button", onclick: () => download(currentQuery(), "json")}, t("download.json"))),
      results)));
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
  if (editor) editor.setValue(text);
  else box.querySelector("textarea").value = text;
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
  await fetchLabels([a, ...[...byRows, ...aboutRows, ...agreements, ...articles].flatMap(r => Object.values(r))
    .filter(v => v.type === "uri").map(v => v.value)]);

  const events = [
    ...byRows.map(r => ({when: val(r, "when"), iri: val(r, "statement"), kind: "statement", article: val(r, "article")})),
    ...agreements.map(r => ({when: val(r, "when"), iri: val(r, "agreement"), kind: "agreement", article: val(r, "article")})),
  ];
  const wikidata = of(PREFIXES.owl + "sameAs").map(o => o.value).filter(v => v.startsWith(PREFIXES.wd));
  view.replaceChildren(el("section", {class: "actor"},
    el("h1", {}, label(a)),
    el("dl", {class: "props"},
      el("dt", {}, t("type")), el("dd", {}, of(PREFIXES.rdf + "type").map(o => el("span", {class: "tag"}, fallbackLabel(o.value)))),
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

/** Dated facts in time order (date IRIs sort as time), the undated after them. */
function timeline(events) {
  const seen = new Set(), dated = [], undated = [];
  for (const e of events) {
    if (seen.has(e.iri)) continue;
    seen.add(e.iri);
    (e.when ? dated : undated).push(e);
  }
  dated.sort((x, y) => x.when.localeCompare(y.when));
  const item = e => el("li", {class: "ev-" + e.kind},
    el("span", {class: "when", dir: "ltr"}, e.when || "—"), el("span", {class: "badge hl-" + e.kind}, t(e.kind)),
    iriLink(e.iri), " · ", iriLink(e.article));
  return el("div", {class: "timeline"}, el("ol", {}, dated.map(item)),
    undated.length ? el("details", {}, el("summary", {}, `${t("undated")} (${undated.length})`), el("ul", {}, undated.map(item))) : null);
}

// ---- lists and the whole timeline -------------------------------------------------------------
async function articlesPage(view) {
  const rows = await select(`SELECT ?article ?published (COUNT(DISTINCT ?s) AS ?statements) WHERE { ?article a ak:Article .
    OPTIONAL { ?article schema:datePublished ?published } OPTIONAL { ?s ak:source ?article ; a ak:Statement } }
    GROUP BY ?article ?published ORDER BY DESC(?published) ?article`);
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
  await fetchLabels(rows.map(r => val(r, "actor")));
  view.replaceChildren(el("section", {}, el("h1", {}, t("nav.actors")), el("table", {class: "results"},
    el("thead", {}, el("tr", {}, el("th", {}, t("actor")), el("th", {}, t("type")), el("th", {}, t("articles")))),
    el("tbody", {}, rows.map(r => el("tr", {}, el("td", {}, iriLink(val(r, "actor"))),
      el("td", {}, fallbackLabel(val(r, "type"))), el("td", {}, val(r, "articles"))))))));
}

async function timelinePage(view) {
  const result = await sparql(await referenceQuery("timeline.rq"));
  const rows = result.json.results.bindings;
  await fetchLabels(rows.flatMap(r => [val(r, "fact"), val(r, "article")]));
  view.replaceChildren(el("section", {}, el("h1", {}, t("nav.timeline")),
    timeline(rows.map(r => ({when: val(r, "when"), iri: val(r, "fact"), article: val(r, "article"),
      kind: val(r, "kind") === AK + "Agreement" ? "agreement" : "statement"})))));
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
  articles: articlesPage, actors: actorsPage, timeline: timelinePage};

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
