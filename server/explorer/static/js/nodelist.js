// Every node on the canvas as a list of buttons: the keyboard's (and screen readers') way into the graph.

import { classInfo } from "./classes.js";
import { el } from "./dom.js";

export function showNodeList(root, graph, onSelect) {
  const nodes = [...graph.nodes.values()].sort((a, b) => a.cls.localeCompare(b.cls) || a.label.localeCompare(b.label));
  root.querySelector("summary").textContent = `All ${nodes.length} nodes on the canvas`;
  root.querySelector("ul").replaceChildren(...nodes.map((node) => el("li", {}, [
    el("span", { className: `swatch ${node.cls}`, attrs: { "aria-hidden": "true", title: classInfo(node.cls).name } }),
    el("button", { className: "link", text: node.label, attrs: { type: "button", "data-iri": node.iri }, on: { click: () => onSelect(node.iri) } }),
  ])));
}
