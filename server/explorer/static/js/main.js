// The explorer: state in the URL, an undo stack, and one render path from state to canvas and panel.

import { compose } from "./compose.js";
import * as data from "./data.js";
import { byId } from "./dom.js";
import { createLegend, showFilters } from "./filters.js";
import { createGraph } from "./graph.js";
import { showNodeList } from "./nodelist.js";
import { showPanel } from "./panel.js";
import { MENTIONED } from "./queries.js";
import { createSearch } from "./search.js";
import { copyState, fromUrl, toUrl } from "./state.js";
import { termLabel } from "./words.js";

const NG = "https://w3id.org/newsgraph/ontology#";
const page = { state: fromUrl(location.search), undo: [], labels: {}, labelsLoaded: null, ticket: 0 };
const ui = {
  search: byId("search"), suggestions: byId("suggestions"), canvas: byId("canvas"), panel: byId("panel"),
  legend: byId("legend"), from: byId("date-from"), to: byId("date-to"), status: byId("status"),
  undo: byId("undo"), fit: byId("fit"), share: byId("share"), empty: byId("empty"), nodeList: byId("node-list"),
  stageFoot: byId("stage-foot"),
};
const canvas = createGraph(ui.canvas, { onOpen: (iri) => actions.expand(iri), onFold: (iri) => actions.collapse(iri) });

const without = (list, value) => list.filter((item) => item !== value);

const actions = {
  pick: (iri) => commit((s) => Object.assign(s, { focus: iri, select: iri, expand: [], more: [], remove: [] })),
  focus: (iri) => commit((s) => Object.assign(s, { focus: iri, select: iri, remove: without(s.remove, iri) })),
  expand: (iri) => commit((s) => {
    if (iri !== s.focus && !s.expand.includes(iri)) s.expand.push(iri);
    Object.assign(s, { select: iri, remove: without(s.remove, iri) });
  }),
  collapse: (iri) => commit((s) => Object.assign(s, { expand: without(s.expand, iri), more: without(s.more, iri) })),
  toggle: (iri) => (page.state.expand.includes(iri) ? actions.collapse(iri) : actions.expand(iri)),
  more: (iri) => commit((s) => {
    if (iri !== s.focus && !s.expand.includes(iri)) s.expand.push(iri);
    s.more.push(iri);
  }),
  remove: (iri) => commit((s) => Object.assign(s, {
    remove: [...s.remove, iri], expand: without(s.expand, iri), more: without(s.more, iri),
    select: s.select === iri ? s.focus : s.select,
  })),
  select: (iri) => commit((s) => { s.select = iri; }, { undoable: false }),
  open: (iri) => actions.expand(iri),
  showClass: (key, shown) => commit((s) => { s.hide = shown ? without(s.hide, key) : [...s.hide, key]; }),
  dates: (from, to) => commit((s) => Object.assign(s, { from, to })),
  undo: () => {
    if (!page.undo.length) return;
    page.state = page.undo.pop();
    history.replaceState(null, "", toUrl(page.state));
    render();
  },
};

function commit(change, { undoable = true } = {}) {
  const next = copyState(page.state);
  change(next);
  if (undoable) page.undo.push(page.state);
  page.state = next;
  history.replaceState(null, "", toUrl(next));
  render();
}

function edgeLabel(predicate) {
  if (predicate === MENTIONED) return `${termLabel(`${NG}evidence`, page.labels)} › ${termLabel(`${NG}inArticle`, page.labels)}`;
  return termLabel(predicate, page.labels);
}

async function render() {
  const ticket = ++page.ticket;
  const { state } = page;
  document.body.dataset.state = "loading";
  ui.undo.disabled = !page.undo.length;
  showFilters(ui.legend, ui.from, ui.to, state);
  try {
    const [graph] = await Promise.all([compose(state), page.labelsLoaded]);
    if (ticket !== page.ticket) return;
    ui.stageFoot.hidden = !state.focus;
    ui.empty.hidden = Boolean(state.focus);
    showNodeList(ui.nodeList, graph, actions.select);
    const panelDone = showPanel(ui.panel, state.select, { state, graph, labels: page.labels, edgeLabel, actions });
    await canvas.show(graph, { focus: state.focus, selected: state.select, edgeLabel }); // the layout blocks: queries first
    await panelDone;
    if (ticket !== page.ticket) return;
    ui.status.textContent = statusLine(graph);
    document.body.dataset.state = "ready";
  } catch (error) {
    ui.status.textContent = `Could not load the graph: ${error.message}`;
    document.body.dataset.state = "error";
  }
}

function statusLine(graph) {
  if (!graph.nodes.size) return "No node chosen yet.";
  const layout = canvas.layoutMs === undefined ? "" : ` · layout ${canvas.layoutMs} ms`;
  return `${graph.nodes.size} nodes · ${graph.edges.size} edges${layout}`;
}

function bindControls() {
  createSearch(ui.search, ui.suggestions, actions.pick);
  createLegend(ui.legend, actions.showClass);
  const dates = () => actions.dates(ui.from.value, ui.to.value);
  ui.from.addEventListener("change", dates);
  ui.to.addEventListener("change", dates);
  ui.undo.addEventListener("click", actions.undo);
  ui.fit.addEventListener("click", () => canvas.fit());
  ui.share.addEventListener("click", copyLink);
  document.addEventListener("keydown", shortcut);
}

async function copyLink() {
  try {
    await navigator.clipboard.writeText(location.href);
    ui.share.textContent = "Link copied";
  } catch {
    ui.share.textContent = "Copy the address bar";
  }
  setTimeout(() => { ui.share.textContent = "Copy link"; }, 2000);
}

function shortcut(event) {
  if (event.target.closest("input, select, textarea")) return;
  const onCanvas = event.target === ui.canvas;
  const selected = page.state.select;
  if (event.key === "/") ui.search.focus();
  else if ((event.ctrlKey || event.metaKey) && event.key === "z") actions.undo();
  else if (onCanvas && event.key === "f") canvas.fit();
  else if (onCanvas && event.key === "Enter" && selected) actions.toggle(selected);
  else if (onCanvas && event.key === "Delete" && selected && selected !== page.state.focus) actions.remove(selected);
  else if (onCanvas && event.key.startsWith("Arrow")) stepSelection(/Right|Down/.test(event.key) ? 1 : -1);
  else return;
  event.preventDefault();
}

// Arrow keys on the canvas walk through its nodes in the order of the node list.
function stepSelection(step) {
  const order = [...ui.nodeList.querySelectorAll("button[data-iri]")].map((b) => b.dataset.iri);
  if (!order.length) return;
  const at = order.indexOf(page.state.select);
  actions.select(order[(at + step + order.length) % order.length]);
}

function start() {
  bindControls();
  page.labelsLoaded = data.labels().then((labels) => { page.labels = labels; });
  render();
}

start();
