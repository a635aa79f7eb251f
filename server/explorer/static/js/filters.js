// The legend, which is also the class filter, and the date range.

import { CLASSES } from "./classes.js";
import { el } from "./dom.js";

export function createLegend(root, onToggle) {
  root.replaceChildren(...CLASSES.map(({ key, name }) => {
    const box = el("input", { attrs: { type: "checkbox", "data-class": key, checked: true },
      on: { change: (event) => onToggle(key, event.target.checked) } });
    return el("label", { className: "legend-item" }, [box, el("span", { className: `swatch ${key}`, attrs: { "aria-hidden": "true" } }), name]);
  }));
}

export function showFilters(legend, from, to, state) {
  for (const box of legend.querySelectorAll("input[data-class]")) box.checked = !state.hide.includes(box.dataset.class);
  from.value = state.from;
  to.value = state.to;
}
