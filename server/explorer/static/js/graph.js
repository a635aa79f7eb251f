// The cytoscape canvas: styling by class, syncing with the composed graph, fcose layout and its timing.

import { CLASSES, classColour } from "./classes.js";
import { MENTIONED } from "./queries.js";

const { cytoscape, cytoscapeFcose } = window;
cytoscape.use(cytoscapeFcose);

const LABEL_LENGTH = 38;
const MAX_FIT_ZOOM = 1.25;
const LABELLED_LAYOUT_LIMIT = 150; // above this many nodes, the layout ignores label sizes (it is much faster)

function shortLabel(text) {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

function styles() {
  const byClass = CLASSES.map(({ key, shape }) => ({
    selector: `node.${key}`, style: { "background-color": classColour(key), shape },
  }));
  return [
    { selector: "node", style: {
      label: "data(display)", "font-size": 11, color: "#1d2330", "text-valign": "bottom", "text-margin-y": 4,
      "text-wrap": "ellipsis", "text-max-width": 150, "min-zoomed-font-size": 7, width: 26, height: 26,
      "background-color": classColour("other"), "border-width": 1.5, "border-color": "#ffffff",
      "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
    } },
    ...byClass,
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2330", "border-opacity": 0.35, "font-size": 14 } },
    { selector: "node.focus", style: { width: 40, height: 40, "font-size": 16, "font-weight": 600, "border-width": 4, "border-color": "#1d2330", "border-opacity": 0.8 } },
    { selector: "node:selected", style: { "underlay-color": "#f5b700", "underlay-opacity": 0.55, "underlay-padding": 7, "underlay-shape": "ellipse" } },
    { selector: "edge", style: {
      width: 1.3, "line-color": "#b7bfcc", "target-arrow-color": "#b7bfcc", "target-arrow-shape": "triangle",
      "arrow-scale": 0.8, "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#5a6477",
      "text-rotation": "autorotate", "min-zoomed-font-size": 9, "text-background-color": "#ffffff",
      "text-background-opacity": 0.85, "text-background-padding": 1,
    } },
    { selector: "edge.mentioned", style: { "line-style": "dashed", "line-color": "#d3d8e0", "target-arrow-color": "#d3d8e0" } },
    { selector: "edge.touching", style: { "line-color": "#f5b700", "target-arrow-color": "#f5b700", width: 2.2 } },
  ];
}

// A click on a node opens it (details and neighbours); a double click folds its neighbours away.
export function createGraph(container, { onOpen, onFold }) {
  const cy = cytoscape({
    container, style: styles(), minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false,
  });
  cy.on("tap", "node", (event) => onOpen(event.target.id()));
  cy.on("dbltap", "node", (event) => onFold(event.target.id()));
  cy.on("select", "node", (event) => event.target.connectedEdges().addClass("touching"));
  cy.on("unselect", "node", (event) => event.target.connectedEdges().removeClass("touching"));
  return new Canvas(cy, container);
}

class Canvas {
  constructor(cy, container) {
    this.cy = cy;
    this.container = container;
  }

  // Bring the canvas to GRAPH; returns once the layout (if one was needed) has finished.
  async show(graph, { focus, selected, edgeLabel }) {
    const added = this.#sync(graph, focus, edgeLabel);
    if (added.length || this.cy.nodes().length !== this.lastCount) await this.#layout(added);
    this.lastCount = this.cy.nodes().length;
    this.select(selected);
  }

  #sync(graph, focus, edgeLabel) {
    const cy = this.cy;
    cy.elements().filter((e) => (e.isNode() ? !graph.nodes.has(e.id()) : !graph.edges.has(e.id()))).remove();
    const added = [];
    cy.batch(() => {
      for (const [iri, node] of graph.nodes) {
        const more = graph.more.get(iri) || 0;
        const display = shortLabel(node.label) + (more ? ` (+${more})` : "");
        const classes = [node.cls, node.expanded ? "expanded" : "", iri === focus ? "focus" : ""].filter(Boolean);
        const existing = cy.getElementById(iri);
        if (existing.nonempty()) {
          existing.data("display", display).classes(classes);
        } else {
          cy.add({ group: "nodes", data: { id: iri, display }, classes, position: scatter() });
          added.push(iri);
        }
      }
      for (const [id, edge] of graph.edges) {
        const classes = edge.predicates.every((p) => p === MENTIONED) ? ["mentioned"] : [];
        const label = edge.predicates.map(edgeLabel).join(" · ");
        const existing = cy.getElementById(id);
        if (existing.nonempty()) existing.data("label", label).classes(classes);
        else cy.add({ group: "edges", data: { id, source: edge.source, target: edge.target, label }, classes });
      }
    });
    return added;
  }

  #layout(added) {
    const fresh = added.length === this.cy.nodes().length;
    if (!fresh) placeNearNeighbours(this.cy, added);
    const started = performance.now();
    const layout = this.cy.layout({
      name: "fcose", quality: "default", randomize: fresh, animate: false, fit: false,
      nodeRepulsion: 20000, idealEdgeLength: edgeLength(this.container), edgeElasticity: 0.45, nodeSeparation: 90, gravity: 0.3,
      nodeDimensionsIncludeLabels: this.cy.nodes().length < LABELLED_LAYOUT_LIMIT, numIter: 2500,
      packComponents: true, tile: true,
    });
    const done = layout.promiseOn("layoutstop");
    layout.run();
    return done.then(() => {
      this.layoutMs = Math.round(performance.now() - started);
      this.container.dataset.layoutMs = String(this.layoutMs);
      this.fit();
    });
  }

  select(iri) {
    this.cy.nodes(":selected").unselect();
    if (iri) this.cy.getElementById(iri).select();
  }

  fit() {
    this.cy.fit(undefined, 40);
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: middle(this.container) });
  }
}

// Shorter edges on a narrow canvas, so that the fitted graph stays large enough to read its labels.
function edgeLength(container) {
  return Math.max(50, Math.min(110, container.clientWidth / 7));
}

function scatter() {
  return { x: Math.random() * 600, y: Math.random() * 400 };
}

function middle(container) {
  return { x: container.clientWidth / 2, y: container.clientHeight / 2 };
}

// New nodes start next to a neighbour that is already placed, so that the layout only has to refine.
function placeNearNeighbours(cy, added) {
  const isNew = new Set(added);
  for (const id of added) {
    const node = cy.getElementById(id);
    const anchor = node.neighborhood("node").filter((n) => !isNew.has(n.id())).first();
    if (anchor.nonempty()) {
      const { x, y } = anchor.position();
      node.position({ x: x + (Math.random() - 0.5) * 60, y: y + (Math.random() - 0.5) * 60 });
    }
  }
}
