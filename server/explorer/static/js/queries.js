// The SPARQL the explorer asks, and the plain objects it makes of the answers.

import { EXPLORABLE_TYPES, SEARCHABLE, classOf } from "./classes.js";
import { iri, literal, select } from "./sparql.js";

export const MENTIONED = "mentioned";
const WINDOW = 240;
const TYPES = EXPLORABLE_TYPES.map(iri).join(", ");

// The label filter runs first, in a subquery: matching before the type and evidence joins keeps a search
// on the 349-article dev store at about 0.15 s (it took 1 s the other way round).
export async function search(text, signal, limit = 10) {
  const rows = await select(`
SELECT ?e (SAMPLE(?label) AS ?name) (SAMPLE(?hit) AS ?matched) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
  (COUNT(DISTINCT ?m) AS ?mentions)
WHERE {
  { SELECT DISTINCT ?e ?hit WHERE {
      ?e rdfs:label|skos:altLabel ?hit . FILTER(CONTAINS(LCASE(STR(?hit)), LCASE(${literal(text)})))
  } }
  VALUES ?t { ${SEARCHABLE.map(iri).join(" ")} }
  ?e a ?t ; rdfs:label ?label .
  OPTIONAL { ?e ng:evidence ?m }
} GROUP BY ?e ORDER BY DESC(?mentions) ?name LIMIT ${limit}`, signal);
  return rows.map((r) => ({
    iri: r.e, label: r.name, matched: r.matched, cls: classOf(r.types.split(" ")), mentions: Number(r.mentions),
  }));
}

const NODE_FIELDS = `(SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
  (COUNT(DISTINCT ?m) AS ?mentions) (SAMPLE(?d) AS ?date)`;
const NODE_PATTERN = `?n a ?t . FILTER(?t IN (${TYPES}))
  OPTIONAL { ?n rdfs:label ?l }
  OPTIONAL { ?n ng:evidence ?m }
  OPTIONAL { ?n ng:date|schema:datePublished ?d }`;

function toNode(row) {
  return {
    iri: row.n, label: row.label || row.n, cls: classOf((row.types || "").split(" ")),
    mentions: Number(row.mentions || 0), date: row.date || null,
  };
}

export async function nodes(targets) {
  const rows = await select(`SELECT ?n ${NODE_FIELDS}
WHERE { VALUES ?n { ${targets.map(iri).join(" ")} } ${NODE_PATTERN} } GROUP BY ?n`);
  return new Map(rows.map((row) => [row.n, toNode(row)]));
}

function linksPattern(target) {
  const x = iri(target);
  return `{ SELECT DISTINCT ?n ?link WHERE {
    { ${x} ?p ?n . BIND(CONCAT(">", STR(?p)) AS ?link) }
    UNION { ?n ?p ${x} . BIND(CONCAT("<", STR(?p)) AS ?link) }
    UNION { ${x} ng:evidence/ng:inArticle ?n . BIND(">${MENTIONED}" AS ?link) }
    UNION { ?n ng:evidence/ng:inArticle ${x} . BIND("<${MENTIONED}" AS ?link) }
    FILTER(isIRI(?n) && ?n != ${x})
  } }`;
}

// The LIMIT best-known neighbours of TARGET (most mentioned first), and how many it has in all.
export async function neighbours(target, limit) {
  const rows = await select(`SELECT ?n ?label ?types ?mentions ?date ?links ?total WHERE {
  { SELECT ?n ${NODE_FIELDS} (GROUP_CONCAT(DISTINCT ?link; separator=" ") AS ?links)
    WHERE { ${linksPattern(target)} ${NODE_PATTERN} } GROUP BY ?n ORDER BY DESC(?mentions) ?label LIMIT ${limit} }
  { SELECT (COUNT(DISTINCT ?n) AS ?total) WHERE { ${linksPattern(target)} ?n a ?t . FILTER(?t IN (${TYPES})) } }
} ORDER BY DESC(?mentions) ?label`);
  const items = rows.map((row) => ({ node: toNode(row), links: row.links.split(" ").map(parseLink) }));
  return { items, total: rows.length ? Number(rows[0].total) : 0 };
}

function parseLink(encoded) {
  return { outgoing: encoded[0] === ">", predicate: encoded.slice(1) };
}

export async function properties(target) {
  return select(`SELECT DISTINCT ?p ?o (SAMPLE(?ol) AS ?label) (ISLITERAL(?o) AS ?isLiteral)
WHERE { ${iri(target)} ?p ?o . FILTER(?p != schema:articleBody) OPTIONAL { ?o rdfs:label ?ol } }
GROUP BY ?p ?o ORDER BY ?p ?o`);
}

export async function evidence(target, limit = 12) {
  const rows = await select(`
SELECT DISTINCT ?m ?start ?end ?article ?articleLabel ?outlet ?published ?window ?left WHERE {
  { ${iri(target)} ng:evidence ?m } UNION { BIND(${iri(target)} AS ?m) }
  ?m ng:start ?start ; ng:end ?end ; ng:inArticle ?article .
  ?article schema:articleBody ?body .
  OPTIONAL { ?article rdfs:label ?articleLabel }
  OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?article schema:datePublished ?published }
  BIND(IF(?start > ${WINDOW}, ?start - ${WINDOW}, 0) AS ?left)
  BIND(SUBSTR(?body, ?left + 1, ?end - ?left + ${WINDOW}) AS ?window)
} ORDER BY DESC(?published) ?article ?start LIMIT ${limit}`);
  return rows.map((r) => ({
    mention: r.m, article: r.article, articleLabel: r.articleLabel || r.article, outlet: r.outlet || "",
    published: r.published || "", window: r.window, start: Number(r.start) - Number(r.left),
    end: Number(r.end) - Number(r.left), atStart: Number(r.left) === 0,
  }));
}

// The stance and verification labels come last: placed before the other OPTIONALs they made Oxigraph take
// 13 s for Vladimir Putin's claims and 548 s for Russia's on the 349-article dev store (0.7 s and 18 s after).
export async function claims(target) {
  const x = iri(target);
  const rows = await select(`
SELECT ?st (MIN(?relation) AS ?how) (SAMPLE(?speaker) AS ?who) (SAMPLE(?speakerLabel) AS ?whoLabel)
  (SAMPLE(?cue) AS ?said) (SAMPLE(?stanceLabel) AS ?stance) (SAMPLE(?verificationLabel) AS ?verification)
  (SAMPLE(?date) AS ?when) (SAMPLE(?article) AS ?source) (SAMPLE(?articleLabel) AS ?sourceLabel)
  (SAMPLE(?claim) AS ?stated) (SAMPLE(?claimText) AS ?text) (SAMPLE(?aboutLabel) AS ?on)
WHERE {
  { ?st ng:speaker ${x} . BIND("1by" AS ?relation) }
  UNION { ?st ng:states ${x} . BIND("2states" AS ?relation) }
  UNION { ?st ng:about ${x} . BIND("3about" AS ?relation) }
  UNION { ?st ng:about/(ng:agent|ng:target|ng:place) ${x} . BIND("3about" AS ?relation) }
  UNION { ?st ng:about/^ng:states/(ng:speaker|ng:about|ng:about/(ng:agent|ng:target|ng:place)|ng:states) ${x} .
          BIND("4responds" AS ?relation) }
  ?st a ng:Statement ; ng:speaker ?speaker .
  OPTIONAL { ?speaker rdfs:label ?speakerLabel }
  OPTIONAL { ?st ng:cue ?cue }
  OPTIONAL { ?st ng:date ?date }
  OPTIONAL { ?st ng:reportedIn ?article . OPTIONAL { ?article rdfs:label ?articleLabel } }
  OPTIONAL { ?st ng:states ?claim . OPTIONAL { ?claim schema:text ?claimText } }
  OPTIONAL { ?st ng:about/rdfs:label ?aboutLabel }
  OPTIONAL { ?st ng:stance/rdfs:label ?stanceLabel }
  OPTIONAL { ?st ng:verificationStatus/rdfs:label ?verificationLabel }
} GROUP BY ?st ORDER BY DESC(?when) LIMIT 200`);
  return rows.map((r) => ({
    statement: r.st, relation: r.how.slice(1), speaker: r.who, speakerLabel: r.whoLabel || r.who, cue: r.said || "",
    stance: r.stance || "", verification: r.verification || "", date: r.when || "", article: r.source || "",
    articleLabel: r.sourceLabel || r.source || "", claim: r.stated || "", text: r.text || "", about: r.on || "",
  }));
}
