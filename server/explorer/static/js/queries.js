// The SPARQL the explorer asks, and the plain objects it makes of the answers.

import { EXPLORABLE_TYPES, SEARCHABLE, classOf } from "./classes.js";
import { iri, literal, select } from "./sparql.js";

export const MENTIONED = "mentioned";
const WINDOW = 240;
const TYPES = EXPLORABLE_TYPES.map(iri).join(", ");

// The label filter runs first, in a subquery, and mentions are counted per node before any join: the most
// mentioned nodes (an empty search) took 24 s on the 349-article dev store when labels, types and mentions were
// joined first, and more than the browser tests' 60 s on CI with 361 articles (0.9 s now); the summaries of the
// nodes found come from nodes().
export async function search(text, signal, limit = 10) {
  const rows = await select(`
SELECT ?e (SAMPLE(?hit) AS ?matched) (SAMPLE(?count) AS ?mentions) WHERE {
  { SELECT DISTINCT ?e ?hit WHERE {
      ?e rdfs:label|skos:altLabel ?hit . FILTER(CONTAINS(LCASE(STR(?hit)), LCASE(${literal(text)})))
  } }
  FILTER EXISTS { VALUES ?t { ${SEARCHABLE.map(iri).join(" ")} } ?e a ?t }
  OPTIONAL { { SELECT ?e (COUNT(DISTINCT ?m) AS ?count) WHERE { ?e ng:evidence ?m } GROUP BY ?e } }
} GROUP BY ?e ORDER BY DESC(?mentions) ?e LIMIT ${limit}`, signal);
  const found = rows.length ? await nodes(rows.map((r) => r.e)) : new Map();
  return rows.map((r) => ({ ...found.get(r.e), matched: r.matched }));
}

// Oxigraph's union default graph repeats a triple once per article graph that holds it: a country named in
// 21 articles has 21 copies of its type and label. Joined with its mentions, such copies multiply, so each
// summary is asked for in its own group and labels shared across articles in a query of their own.
const TYPED = `FILTER(?t IN (${TYPES}))`;

function toNode(row) {
  return {
    iri: row.n, label: row.label || row.n, cls: classOf((row.types || "").split(" ")),
    mentions: Number(row.mentions || 0), date: row.date || null,
  };
}

export async function nodes(targets) {
  const values = `VALUES ?n { ${targets.map(iri).join(" ")} }`;
  const rows = await select(`SELECT ?n ?label ?types ?mentions ?date WHERE {
  { SELECT ?n (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) (SAMPLE(?d) AS ?date)
    WHERE { ${values} ?n a ?t . ${TYPED} OPTIONAL { ?n rdfs:label ?l } OPTIONAL { ?n ng:date|schema:datePublished ?d } }
    GROUP BY ?n }
  { SELECT ?n (COUNT(DISTINCT ?m) AS ?mentions) WHERE { ${values} OPTIONAL { ?n ng:evidence ?m } } GROUP BY ?n }
}`);
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

// The LIMIT best-known neighbours of TARGET (most mentioned first), and how many it has in all. Ranking them
// first and then summarising only those keeps the seed article's neighbours at 0.3 s on the 349-article dev
// store (17 s in one query).
export async function neighbours(target, limit) {
  const typed = `FILTER EXISTS { ?n a ?t . ${TYPED} }`;
  const rows = await select(`SELECT ?n ?links ?total WHERE {
  { SELECT ?n (GROUP_CONCAT(DISTINCT ?link; separator=" ") AS ?links) (COUNT(DISTINCT ?m) AS ?mentions)
      (MIN(?l) AS ?label)
    WHERE { ${linksPattern(target)} ${typed} OPTIONAL { ?n ng:evidence ?m } OPTIONAL { ?n rdfs:label ?l } }
    GROUP BY ?n ORDER BY DESC(?mentions) ?label LIMIT ${limit} }
  { SELECT (COUNT(DISTINCT ?n) AS ?total) WHERE { ${linksPattern(target)} ${typed} } }
} ORDER BY DESC(?mentions) ?label`);
  const found = rows.length ? await nodes(rows.map((row) => row.n)) : new Map();
  const items = rows.map((row) => ({ node: found.get(row.n), links: row.links.split(" ").map(parseLink) }));
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

// The labels of speakers, stances and verification statuses (repeated in every article that uses them) come
// in a second query: joined here they made Russia's claims take 17 s on the 349-article dev store (0.5 s now).
export async function claims(target) {
  const x = iri(target);
  const rows = await select(`
SELECT ?st (MIN(?relation) AS ?how) (SAMPLE(?speaker) AS ?who) (SAMPLE(?cue) AS ?said) (SAMPLE(?stanceTerm) AS ?stance)
  (SAMPLE(?verificationTerm) AS ?verification) (SAMPLE(?date) AS ?when) (SAMPLE(?article) AS ?source)
  (SAMPLE(?articleLabel) AS ?sourceLabel) (SAMPLE(?claim) AS ?stated) (SAMPLE(?claimText) AS ?text)
  (SAMPLE(?aboutLabel) AS ?on)
WHERE {
  { ?st ng:speaker ${x} . BIND("1by" AS ?relation) }
  UNION { ?st ng:states ${x} . BIND("2states" AS ?relation) }
  UNION { ?st ng:about ${x} . BIND("3about" AS ?relation) }
  UNION { ?st ng:about/(ng:agent|ng:target|ng:place) ${x} . BIND("3about" AS ?relation) }
  UNION { ?st ng:about/^ng:states/(ng:speaker|ng:about|ng:about/(ng:agent|ng:target|ng:place)|ng:states) ${x} .
          BIND("4responds" AS ?relation) }
  ?st a ng:Statement ; ng:speaker ?speaker .
  OPTIONAL { ?st ng:cue ?cue }
  OPTIONAL { ?st ng:date ?date }
  OPTIONAL { ?st ng:reportedIn ?article . OPTIONAL { ?article rdfs:label ?articleLabel } }
  OPTIONAL { ?st ng:states ?claim . OPTIONAL { ?claim schema:text ?claimText } }
  OPTIONAL { ?st ng:about/rdfs:label ?aboutLabel }
  OPTIONAL { ?st ng:stance ?stanceTerm }
  OPTIONAL { ?st ng:verificationStatus ?verificationTerm }
} GROUP BY ?st ORDER BY DESC(?when) LIMIT 200`);
  const name = await labels(rows.flatMap((r) => [r.who, r.stance, r.verification]));
  return rows.map((r) => ({
    statement: r.st, relation: r.how.slice(1), speaker: r.who, speakerLabel: name.get(r.who) || r.who,
    cue: r.said || "", stance: name.get(r.stance) || "", verification: name.get(r.verification) || "",
    date: r.when || "", article: r.source || "", articleLabel: r.sourceLabel || r.source || "", claim: r.stated || "",
    text: r.text || "", about: r.on || "",
  }));
}

async function labels(terms) {
  const wanted = [...new Set(terms.filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await select(`SELECT ?x (SAMPLE(?l) AS ?label)
WHERE { VALUES ?x { ${wanted.map(iri).join(" ")} } ?x rdfs:label ?l } GROUP BY ?x`);
  return new Map(rows.map((r) => [r.x, r.label]));
}
