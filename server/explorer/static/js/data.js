// Cached access to the graph: each question is asked once per page load.

import * as queries from "./queries.js";

export const PAGE = 20;

const cache = new Map();

function cached(key, ask) {
  if (!cache.has(key)) {
    const answer = ask();
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
  }
  return cache.get(key);
}

// Summaries of many nodes in one query; each is then cached on its own.
export function nodes(iris) {
  const missing = iris.filter((iri) => !cache.has(`node ${iri}`));
  if (missing.length) {
    const batch = queries.nodes(missing);
    for (const iri of missing) cached(`node ${iri}`, () => batch.then((found) => found.get(iri) || null));
  }
  return Promise.all(iris.map((iri) => cache.get(`node ${iri}`)));
}

export const node = async (iri) => (await nodes([iri]))[0];
export const neighbours = (iri, pages) => cached(`hood ${pages} ${iri}`, () => queries.neighbours(iri, pages * PAGE));
export const properties = (iri) => cached(`props ${iri}`, () => queries.properties(iri));
export const evidence = (iri) => cached(`evidence ${iri}`, () => queries.evidence(iri));
export const mostMentioned = () => cached("top", () => queries.search("", undefined, 12));
export const claims = (iri) => cached(`claims ${iri}`, () => queries.claims(iri));

export async function labels() {
  return cached("labels", async () => {
    const response = await fetch("/explorer/labels.json");
    return response.ok ? response.json() : {};
  });
}
