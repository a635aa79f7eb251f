// Small wording helpers: readable predicate names, cues in the past tense, sentence windows.

const IRREGULAR = { say: "said", tell: "told", write: "wrote", speak: "spoke", think: "thought", "according to": "according to" };

export function pastTense(cue) {
  if (!cue) return "";
  if (IRREGULAR[cue]) return IRREGULAR[cue];
  if (cue.includes(" ")) return cue;
  if (cue.endsWith("e")) return `${cue}d`;
  if (/[^aeiou]y$/.test(cue)) return `${cue.slice(0, -1)}ied`;
  return `${cue}ed`;
}

function localName(iri) {
  return iri.split(/[#/]/).filter(Boolean).pop() || iri;
}

export function termLabel(iri, labels) {
  return labels[iri] || localName(iri).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const BOUNDARY = /[.!?\u201d]\s|\n/g;

// The sentence around a mention: WINDOW is article text (code points) with the mention at [start, end).
export function sentenceAround(windowText, start, end, atArticleStart) {
  const chars = Array.from(windowText);
  const before = chars.slice(0, start).join("");
  const after = chars.slice(end).join("");
  let from = 0;
  for (const match of before.matchAll(BOUNDARY)) from = match.index + match[0].length;
  const stop = after.search(/[.!?](\s|$)|\n/);
  return {
    lead: (from > 0 || !atArticleStart ? "… " : "") + before.slice(from).trimStart(),
    mark: chars.slice(start, end).join(""),
    tail: stop >= 0 ? after.slice(0, stop + 1) : `${after} …`,
  };
}
