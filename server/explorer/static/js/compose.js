// From the view's state to the nodes and edges on the canvas: the focus and every expanded node
// bring their neighbours (a page at a time); removed nodes and filtered classes or dates stay out.

import * as data from "./data.js";
import { isExpanded, pagesOf } from "./state.js";

export async function compose(state) {
  if (!state.focus) return { nodes: new Map(), edges: new Map(), more: new Map() };
  const centres = [...new Set([state.focus, ...state.expand])].filter((iri) => !state.remove.includes(iri));
  const [heads, hoods] = await Promise.all([
    data.nodes(centres),
    Promise.all(centres.map((iri) => data.neighbours(iri, pagesOf(state, iri)))),
  ]);
  const graph = { nodes: new Map(), edges: new Map(), more: new Map() };
  centres.forEach((iri, i) => addHood(graph, state, iri, heads[i], hoods[i]));
  dropHidden(graph, state);
  return graph;
}

function addHood(graph, state, centre, head, hood) {
  graph.nodes.set(centre, { ...(head || { iri: centre, label: centre, cls: "other" }), expanded: true });
  graph.more.set(centre, Math.max(0, hood.total - hood.items.length));
  for (const { node, links } of hood.items) {
    if (state.remove.includes(node.iri)) continue;
    if (!graph.nodes.has(node.iri)) graph.nodes.set(node.iri, { ...node, expanded: isExpanded(state, node.iri) });
    for (const link of links) addEdge(graph, centre, node.iri, link);
  }
}

// One edge per pair of nodes, labelled with every predicate that links them.
function addEdge(graph, centre, other, { outgoing, predicate }) {
  const id = [centre, other].sort().join(" ");
  const [source, target] = outgoing ? [centre, other] : [other, centre];
  const edge = graph.edges.get(id) || { id, source, target, predicates: [] };
  if (!edge.predicates.includes(predicate)) edge.predicates.push(predicate);
  graph.edges.set(id, edge);
}

function dropHidden(graph, state) {
  for (const [iri, node] of graph.nodes) {
    if (iri !== state.focus && !visible(node, state)) graph.nodes.delete(iri);
  }
  for (const [id, edge] of graph.edges) {
    if (!graph.nodes.has(edge.source) || !graph.nodes.has(edge.target)) graph.edges.delete(id);
  }
}

function visible(node, state) {
  if (state.hide.includes(node.cls)) return false;
  const day = (node.date || "").slice(0, 10);
  if (!day) return true;
  return (!state.from || day >= state.from) && (!state.to || day <= state.to);
}
