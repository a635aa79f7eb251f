// The evidence section: each mention's sentence with the mention marked, its outlet, date and article.

import * as data from "./data.js";
import { el } from "./dom.js";
import { linkTo } from "./sparql.js";
import { sentenceAround } from "./words.js";

export async function evidenceSection(iri, onOpen) {
  const found = await data.evidence(iri);
  if (!found.length) return null;
  const items = found.map((item) => evidenceItem(item, onOpen));
  return el("section", { className: "evidence", attrs: { "aria-label": "Evidence" } }, [
    el("h3", { text: `Evidence (${found.length})` }),
    el("ol", { className: "evidence-list" }, items),
  ]);
}

function evidenceItem(item, onOpen) {
  const { lead, mark, tail } = sentenceAround(item.window, item.start, item.end, item.atStart);
  const source = [item.outlet, item.published].filter(Boolean).join(", ");
  return el("li", {}, [
    el("blockquote", {}, [lead, el("mark", { text: mark }), tail]),
    el("p", { className: "source" }, [
      source ? el("span", { text: `${source} · ` }) : null,
      el("button", { className: "link", text: item.articleLabel, attrs: { type: "button" }, on: { click: () => onOpen(item.article) } }),
      " · ",
      el("a", { text: "mention", attrs: { href: linkTo(item.mention) } }),
    ]),
  ]);
}
