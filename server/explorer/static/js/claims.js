// "Claims at a glance": the statements by or about a node, filterable by stance and verification.

import * as data from "./data.js";
import { clear, el } from "./dom.js";
import { pastTense } from "./words.js";

const RELATIONS = { by: "by it", states: "states it", about: "about it", responds: "responds" };

export async function claimsSection(iri, onOpen) {
  const rows = await data.claims(iri);
  if (!rows.length) return null;
  const view = { stance: "", verification: "", newestFirst: true };
  const list = el("ol", { className: "claims-list" });
  const count = el("span", { className: "count" });
  const redraw = () => drawClaims(list, count, rows, view, onOpen);
  const controls = el("div", { className: "claims-controls" }, [
    choice("Stance", values(rows, "stance"), (value) => { view.stance = value; redraw(); }),
    choice("Verification", values(rows, "verification"), (value) => { view.verification = value; redraw(); }),
    choice("Sort", ["newest first", "oldest first"], (value) => { view.newestFirst = value !== "oldest first"; redraw(); }, false),
  ]);
  redraw();
  return el("section", { className: "claims", attrs: { "aria-label": "Claims at a glance" } }, [
    el("h3", {}, ["Claims at a glance ", count]), controls, list,
  ]);
}

function values(rows, field) {
  return [...new Set(rows.map((row) => row[field]).filter(Boolean))].sort();
}

function choice(label, options, onChange, withAll = true) {
  const select = el("select", { on: { change: (event) => onChange(event.target.value) } }, [
    withAll ? el("option", { text: "all", attrs: { value: "" } }) : null,
    ...options.map((value) => el("option", { text: value, attrs: { value } })),
  ]);
  return el("label", {}, [el("span", { text: label }), select]);
}

function drawClaims(list, count, rows, view, onOpen) {
  const shown = rows
    .filter((row) => (!view.stance || row.stance === view.stance) && (!view.verification || row.verification === view.verification))
    .sort((a, b) => (view.newestFirst ? -1 : 1) * a.date.localeCompare(b.date));
  count.textContent = `(${shown.length} of ${rows.length})`;
  clear(list).append(...shown.map((row) => claimItem(row, onOpen)));
}

function claimItem(row, onOpen) {
  const verification = row.verification.replace(/\s+/g, "-");
  return el("li", { className: "claim", attrs: { "data-statement": row.statement } }, [
    el("div", { className: "claim-head" }, [
      el("button", { className: "link speaker", text: row.speakerLabel, attrs: { type: "button" }, on: { click: () => onOpen(row.speaker) } }),
      el("span", { className: "cue", text: ` ${pastTense(row.cue)}` }),
      el("span", { className: `badge stance ${row.stance}`, text: row.stance }),
      el("span", { className: `badge verification ${verification}`, text: row.verification }),
    ]),
    el("p", { className: "claim-text", text: row.text || row.about }),
    row.about && row.text ? el("p", { className: "about", text: `about: ${row.about}` }) : null,
    el("p", { className: "source" }, [
      el("span", { className: "tag", text: RELATIONS[row.relation] || row.relation }),
      el("span", { text: row.date ? ` · ${row.date} · ` : " · " }),
      el("button", { className: "link", text: row.articleLabel, attrs: { type: "button" }, on: { click: () => onOpen(row.article) } }),
      " · ",
      el("button", { className: "link open-claim", text: row.claim ? "open claim" : "open statement", attrs: { type: "button" },
        on: { click: () => onOpen(row.claim || row.statement) } }),
    ]),
  ]);
}
