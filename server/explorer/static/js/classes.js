// The node classes the explorer draws: which rdf:type makes which class, and its shape.
// Colours live in explorer.css (--class-<key>) so that the legend and the canvas share them.

const NG = "https://w3id.org/newsgraph/ontology#";

export const CLASSES = [
  { key: "person", type: `${NG}Person`, name: "Person", shape: "ellipse" },
  { key: "organisation", type: `${NG}Organization`, name: "Organisation", shape: "round-rectangle" },
  { key: "outlet", type: `${NG}Outlet`, name: "Outlet", shape: "barrel" },
  { key: "place", type: `${NG}Place`, name: "Place", shape: "diamond" },
  { key: "event", type: `${NG}Event`, name: "Event", shape: "hexagon" },
  { key: "statement", type: `${NG}Statement`, name: "Statement", shape: "round-triangle" },
  { key: "claim", type: `${NG}Claim`, name: "Claim", shape: "rhomboid" },
  { key: "article", type: `${NG}NewsArticle`, name: "Article", shape: "rectangle" },
  { key: "role", type: `${NG}Role`, name: "Role", shape: "round-octagon" },
  { key: "group", type: `${NG}Group`, name: "Group of people", shape: "pentagon" },
];

// When a node has several of our types, the most specific wins.
const PRECEDENCE = ["statement", "claim", "event", "article", "outlet", "role", "person", "group", "organisation",
  "place"];
const BY_TYPE = new Map(CLASSES.map((c) => [c.type, c]));
const BY_KEY = new Map(CLASSES.map((c) => [c.key, c]));

export const EXPLORABLE_TYPES = CLASSES.map((c) => c.type);
export const SEARCHABLE = ["person", "organisation", "outlet", "place", "event", "article"].map((k) => BY_KEY.get(k).type);
export const WITH_CLAIMS = new Set(["person", "organisation", "group", "outlet", "place", "event", "claim",
  "statement"]);

export function classOf(types) {
  const keys = new Set(types.map((t) => BY_TYPE.get(t)?.key).filter(Boolean));
  return PRECEDENCE.find((key) => keys.has(key)) || "other";
}

export function classInfo(key) {
  return BY_KEY.get(key) || { key: "other", name: "Other", shape: "ellipse" };
}

export function classColour(key) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--class-${key}`).trim();
  return value || "#8a93a5";
}
