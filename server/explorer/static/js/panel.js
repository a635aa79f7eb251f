// The side panel: what the selected node is, what it says, where it comes from, and what to do with it.

import { WITH_CLAIMS, classInfo } from "./classes.js";
import { claimsSection } from "./claims.js";
import * as data from "./data.js";
import { button, clear, el } from "./dom.js";
import { evidenceSection } from "./evidence.js";
import { linkTo } from "./sparql.js";
import { isExpanded } from "./state.js";
import { termLabel } from "./words.js";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
const EVIDENCE = "https://w3id.org/newsgraph/ontology#evidence";
const HIDDEN = new Set([RDF_TYPE, RDFS_LABEL, EVIDENCE]);

export async function showPanel(root, iri, context) {
  const ticket = (root.dataset.ticket = String(Number(root.dataset.ticket || 0) + 1));
  const current = () => root.dataset.ticket === ticket;
  if (!iri) return showWelcome(root, current, context.actions.pick);
  const known = context.graph.nodes.get(iri);
  const [head, props, ...sections] = await Promise.all([
    known || data.node(iri),
    data.properties(iri),
    known && !WITH_CLAIMS.has(known.cls) ? null : claimsSection(iri, context.actions.open),
    evidenceSection(iri, context.actions.open),
  ]);
  if (!current()) return;
  const node = head || { iri, label: iri, cls: "other" };
  const hadFocus = root.contains(document.activeElement);
  clear(root).append(
    header(node, props, context.labels),
    actions(node, context),
    propertyList(props, context.labels),
    ...sections.filter(Boolean),
    connections(node, context),
  );
  root.dataset.iri = iri;
  if (hadFocus) root.querySelector("h2").focus();
}

async function showWelcome(root, current, onPick) {
  const top = await data.mostMentioned();
  if (!current()) return;
  delete root.dataset.iri;
  clear(root).append(
    el("h2", { text: "Explore the news graph" }),
    el("p", { text: "Search for a person, organisation, place, event or article. Its neighbours appear on the canvas; select a node to see its properties, the claims by or about it, and the sentences it was extracted from." }),
    el("p", { className: "hint", text: "Click a node to see it and its neighbours; double-click to fold them away. Every view has its own address: copy the URL to share it." }),
    top.length ? el("h3", { text: "Most mentioned" }) : null,
    el("ul", { className: "top-list" }, top.map((item) => el("li", {}, [
      el("span", { className: `swatch ${item.cls}`, attrs: { "aria-hidden": "true" } }),
      el("button", { className: "link", text: item.label, attrs: { type: "button", "data-iri": item.iri }, on: { click: () => onPick(item.iri) } }),
      el("span", { className: "count", text: `${item.mentions} mentions` }),
    ]))),
  );
}

function header(node, props, labels) {
  const types = props.filter((row) => row.p === RDF_TYPE).map((row) => termLabel(row.o, labels));
  const info = classInfo(node.cls);
  return el("header", { className: "panel-head" }, [
    el("p", { className: "kind" }, [el("span", { className: `swatch ${node.cls}`, attrs: { "aria-hidden": "true" } }), info.name]),
    el("h2", { text: node.label, attrs: { tabindex: "-1" } }),
    el("p", { className: "types", text: [...new Set(types)].join(" · ") }),
    el("p", { className: "iri" }, [
      el("a", { className: "ld-link", text: "Linked-data page", attrs: { href: linkTo(node.iri) } }),
      el("span", { text: node.iri }),
    ]),
  ]);
}

function actions(node, { state, graph, actions: act }) {
  const more = graph.more.get(node.iri) || 0;
  const expanded = isExpanded(state, node.iri);
  return el("div", { className: "actions", attrs: { role: "group", "aria-label": "Node actions" } }, [
    node.iri === state.focus ? null : button("Centre here", () => act.focus(node.iri)),
    expanded ? null : button("Expand", () => act.expand(node.iri), { className: "primary" }),
    expanded && node.iri !== state.focus ? button("Collapse", () => act.collapse(node.iri)) : null,
    more ? button(`Show more (${more} more)`, () => act.more(node.iri)) : null,
    node.iri === state.focus ? null : button("Remove", () => act.remove(node.iri), { className: "danger" }),
  ]);
}

function propertyList(props, labels) {
  const rows = props.filter((row) => !HIDDEN.has(row.p));
  if (!rows.length) return null;
  const items = rows.flatMap((row) => [
    el("dt", { text: termLabel(row.p, labels) }),
    el("dd", {}, [valueOf(row, labels)]),
  ]);
  return el("section", { className: "properties", attrs: { "aria-label": "Properties" } }, [
    el("h3", { text: "Properties" }), el("dl", {}, items),
  ]);
}

function valueOf(row, labels) {
  if (row.isLiteral === "true") return el("span", { text: row.o });
  const text = row.label || labels[row.o] || row.o;
  const href = linkTo(row.o);
  return href ? el("a", { text, attrs: { href } }) : el("span", { text });
}

function connections(node, { graph, edgeLabel, actions: act }) {
  const items = [...graph.edges.values()]
    .filter((edge) => edge.source === node.iri || edge.target === node.iri)
    .map((edge) => connection(edge, node.iri, graph, edgeLabel, act.select));
  if (!items.length) return null;
  return el("section", { className: "connections", attrs: { "aria-label": "Connections on the canvas" } }, [
    el("h3", { text: `On the canvas (${items.length})` }), el("ul", {}, items),
  ]);
}

function connection(edge, self, graph, edgeLabel, onSelect) {
  const outgoing = edge.source === self;
  const other = graph.nodes.get(outgoing ? edge.target : edge.source);
  const label = edge.predicates.map(edgeLabel).join(" · ");
  return el("li", {}, [
    el("span", { className: "edge-label", text: outgoing ? `${label} →` : `← ${label}` }),
    el("span", { className: `swatch ${other.cls}`, attrs: { "aria-hidden": "true" } }),
    el("button", { className: "link", text: other.label, attrs: { type: "button", "data-iri": other.iri }, on: { click: () => onSelect(other.iri) } }),
  ]);
}
