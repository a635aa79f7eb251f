// The view's state, and its round trip through the page URL (so that a link reopens the same view).

const LISTS = ["expand", "more", "remove"];

export function emptyState() {
  return { focus: null, select: null, expand: [], more: [], remove: [], hide: [], from: "", to: "" };
}

export function fromUrl(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.focus = params.get("focus");
  state.select = params.get("select") || state.focus;
  for (const name of LISTS) state[name] = params.getAll(name);
  state.hide = (params.get("hide") || "").split(",").filter(Boolean);
  state.from = params.get("from") || "";
  state.to = params.get("to") || "";
  return state;
}

export function toUrl(state) {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.select && state.select !== state.focus) params.set("select", state.select);
  for (const name of LISTS) for (const value of state[name]) params.append(name, value);
  if (state.hide.length) params.set("hide", state.hide.join(","));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

export function copyState(state) {
  return structuredClone(state);
}

export function pagesOf(state, iri) {
  return 1 + state.more.filter((value) => value === iri).length;
}

export function isExpanded(state, iri) {
  return iri === state.focus || state.expand.includes(iri);
}
