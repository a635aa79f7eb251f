// The search box: suggestions as you type, as a listbox of clickable options; arrows, Enter and Escape work.

import * as queries from "./queries.js";
import { classInfo } from "./classes.js";
import { clear, el } from "./dom.js";

const DELAY_MS = 120;

export function createSearch(input, list, onPick) {
  let timer = null;
  let controller = null;
  let results = [];
  let active = -1;

  function close() {
    clear(list);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    results = [];
    active = -1;
  }

  function pick(index) {
    const chosen = results[index];
    if (!chosen) return;
    close();
    input.value = chosen.label;
    onPick(chosen.iri);
  }

  function highlight(index) {
    active = (index + results.length) % results.length;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    list.children[active]?.scrollIntoView({ block: "nearest" });
  }

  function render(found, text) {
    clear(list);
    results = found;
    active = -1;
    if (!found.length) {
      list.append(el("li", { className: "empty", text: `Nothing found for “${text}”` }));
    }
    found.forEach((item, i) => list.append(suggestion(item, i, () => pick(i))));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  async function lookup(text) {
    controller?.abort();
    controller = new AbortController();
    try {
      render(await queries.search(text, controller.signal), text);
    } catch (error) {
      if (error.name !== "AbortError") render([], text);
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => lookup(text), DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && results.length) highlight(active + 1);
    else if (event.key === "ArrowUp" && results.length) highlight(active - 1);
    else if (event.key === "Enter") pick(active >= 0 ? active : 0);
    else if (event.key === "Escape") close();
    else return;
    event.preventDefault();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

function suggestion(item, index, onChoose) {
  const info = classInfo(item.cls);
  const alias = item.matched && item.matched !== item.label ? el("span", { className: "alias", text: `“${item.matched}”` }) : null;
  return el("li", {
    className: "suggestion",
    attrs: { id: `suggestion-${index}`, role: "option", "aria-selected": "false", "data-iri": item.iri },
    on: { mousedown: (event) => { event.preventDefault(); onChoose(); } },
  }, [
    el("span", { className: `swatch ${item.cls}`, attrs: { "aria-hidden": "true" } }),
    el("span", { className: "name", text: item.label }),
    alias,
    el("span", { className: "meta", text: `${info.name} · ${item.mentions} mention${item.mentions === 1 ? "" : "s"}` }),
  ]);
}
