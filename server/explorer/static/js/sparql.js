// Talking to the server's own SPARQL 1.1 endpoint, and keeping untrusted values out of query syntax.

const ENDPOINT = "/sparql";
const UNSAFE_IRI = /[\s<>"{}|^`\\]/;

export const BASE = "https://w3id.org/newsgraph/";

export const PREFIXES = `PREFIX ng: <${BASE}ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
`;

export function iri(value) {
  if (typeof value !== "string" || !value || UNSAFE_IRI.test(value)) throw new Error(`not a usable IRI: ${value}`);
  return `<${value}>`;
}

export function literal(text) {
  return JSON.stringify(String(text));
}

export async function select(query, signal) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query: PREFIXES + query }),
    signal,
  });
  if (!response.ok) throw new Error(`query failed (${response.status}): ${(await response.text()).slice(0, 200)}`);
  const data = await response.json();
  return data.results.bindings.map(flatten);
}

function flatten(binding) {
  const row = {};
  for (const [name, term] of Object.entries(binding)) row[name] = term.value;
  return row;
}

// Where a link to VALUE should go: our own IRIs resolve on this server, other web IRIs stay as they are,
// anything else (javascript:, data:, ...) gets no link at all.
export function linkTo(value) {
  if (value.startsWith(BASE)) return "/" + value.slice(BASE.length).replace(/^\/+/, "");
  return /^https?:\/\//.test(value) ? value : null;
}
