"""Word lists the rules read: attribution cues, stances, titles, organisation heads, event triggers."""

from __future__ import annotations

# Speech and attitude verbs that introduce an attributed statement, by lemma.
CUE_VERBS = frozenset("""
say tell claim state add announce declare deny reject dismiss refute rebuff dispute question
contest challenge insist argue warn caution threaten note explain confirm acknowledge admit
report write accuse allege assert maintain stress emphasise emphasize predict estimate
pledge vow suggest reiterate respond reply counter contend concede testify conclude
tweet post assure call repeat describe criticise criticize condemn
""".split())

# Verbs whose plain object (not only a clause) is what they say something about.
OBJECT_CUES = frozenset("deny reject dismiss refute rebuff dispute question contest challenge criticise "
                        "criticize condemn call confirm accuse declare describe".split())

# Cues that only count with a clause or quote ("urged X to", "called for" are not statements).
CLAUSE_ONLY = frozenset("call repeat post write report".split())

DENY = frozenset("deny reject dismiss refute rebuff".split())
DISPUTE = frozenset("dispute question contest challenge insist counter contend contradict".split())
CAUTION = frozenset("warn caution threaten".split())

# Words in the content of a "say" that mark a rebuttal of someone else's claim.
REBUTTAL_WORDS = frozenset("""
despite exclusively baseless false untrue unfounded fabricated fabrication propaganda lie lies
nonsense groundless premature exaggerated misleading unconvinced oppose opposes opportunism betrayal
unacceptable irresponsible outrageous absurd unjustified unfounded distortion tantrum
""".split())
# Nouns naming a claim or figure, whose negation in a "say" disputes it.
CLAIM_NOUNS = frozenset("claim claims figure figures allegation allegations accusation accusations report "
                        "reports statement statements assertion assertions number numbers suggestion "
                        "suggestions".split())
# Words in the content of a "say" that make it a warning.
WARNING_WORDS = frozenset("""
warn warning risk risks danger dangerous threat threaten catastrophe catastrophic disaster
conflict escalate escalation consequences pressure hesitate collapse crisis attack attacks retaliate
flood floods drought droughts spread starve famine shortage shortages strike
""".split())

# Nominal cues with a that-clause: "accusations by X that ...".
NOUN_CUES = {
    "claim": "claim", "accusation": "accuse", "allegation": "allege", "warning": "warn",
    "denial": "deny", "assurance": "assure", "promise": "promise", "pledge": "pledge",
    "assessment": "assess", "finding": "find", "conclusion": "conclude",
}
# Verbs through which the subject makes a nominal cue its own ("repeated accusations that").
NOUN_CUE_CARRIERS = frozenset("repeat reiterate make level renew issue voice raise".split())

# Verbs and phrases by which an outlet reports (not) having verified a statement.
VERIFY_VERBS = frozenset("verify confirm corroborate authenticate geolocate".split())

TITLES = frozenset("""
president vice prime minister chancellor king queen prince princess pope general gen. lt. col.
colonel major captain admiral commander chief secretary senator sen. rep. representative governor
mayor judge justice ambassador envoy spokesperson spokesman spokeswoman dr. mr. mrs. ms. sir lord
lady foreign interior defence defense finance deputy head director chairman chairwoman chair ceo
special brigadier sheikh emir crown speaker
""".split())

# Nouns that head an organisation's name or description.
ORG_HEADS = frozenset("""
staff forces force army navy military ministry department office government council agency bank
party committee commission court tribunal service services police center centre institute
university company corporation group union alliance assembly parliament congress senate
administration authority board bureau coalition confederation federation fund organization
organisation programme program guard guards division brigade battalion regiment command
campaign cabinet palace presidency secretariat observatory network bloc utility firm
operator association league club regulator watchdog airline lender insurer chamber
""".split())
# Nouns that describe a company before its name ("German carmaker Volkmar Motoren").
COMPANY_DESCRIPTORS = frozenset("carmaker automaker company firm group maker manufacturer retailer insurer "
                                "airline startup operator chain giant conglomerate lender bank broker utility "
                                "developer producer supplier rival publisher broadcaster exporter".split())
# Generic names for a company or body, resolved to the latest organisation mentioned.
GENERIC_ORG_NOUNS = frozenset("company firm utility operator group carrier lender insurer airline "
                              "manufacturer retailer agency organisation organization".split())

# Nouns for a person's role, usable as a description ("the Russian leader", "the minister").
PERSON_ROLES = frozenset("""
leader president minister premier chancellor spokesperson spokesman spokeswoman official governor
mayor commander general chief envoy ambassador senator lawmaker candidate rival opponent
counterpart predecessor successor director economist analyst teacher manager head judge diplomat
delegate negotiator prosecutor lawyer executive chairman chairwoman secretary surgeon doctor activist
""".split())
PERSON_SUFFIXES = ("ist", "er", "or", "ant", "ent", "ian")


def is_person_role(word: str) -> bool:
    """A noun naming what a person is ("director", "seismologist"), not an organisation."""
    w = word.lower()
    return w in PERSON_ROLES or w.endswith(PERSON_SUFFIXES) and w not in ORG_HEADS and len(w) > 4


HEAD_OF_STATE = frozenset("president minister premier chancellor king queen leader".split())

# Event triggers (lemma -> event type); nouns and verbs alike.
EVENT_TRIGGERS = {
    "capture": "capture", "seize": "capture", "liberate": "capture",
    "fighting": "fighting", "battle": "fighting",
    "clash": "clash", "talk": "talks", "talks": "talks", "negotiation": "talks", "negotiations": "talks",
    "meet": "meeting", "meeting": "meeting", "summit": "summit", "briefing": "briefing",
    "conference": "news conference", "visit": "visit", "publish": "publication",
    "advance": "advance", "attack": "attack", "strike": "attack", "airstrike": "attack",
    "bombing": "attack", "bombardment": "attack", "shelling": "shelling", "offensive": "offensive",
    "assault": "offensive", "war": "war", "invasion": "invasion", "invade": "invasion",
    "agree": "agreement", "agreement": "agreement", "deal": "agreement", "accord": "agreement",
    "ceasefire": "ceasefire", "truce": "ceasefire",
    "announcement": "announcement", "announce": "announcement", "declare": "announcement",
    "call": "call", "resign": "resignation", "resignation": "resignation",
    "election": "election", "runoff": "election", "vote": "election", "referendum": "election",
    "elect": "election", "re-elect": "election",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "flood": "flood",
    "flooding": "flood", "hurricane": "hurricane", "wildfire": "wildfire", "cyclone": "cyclone",
    "typhoon": "typhoon", "storm": "storm", "landslide": "landslide", "drought": "drought",
    "tsunami": "tsunami", "eruption": "eruption", "outbreak": "outbreak", "epidemic": "outbreak",
    "arrest": "arrest", "detain": "arrest", "flee": "displacement",
    "evacuate": "evacuation", "evacuation": "evacuation", "rescue": "rescue",
    "protest": "protest", "demonstration": "protest", "rally": "protest", "march": "protest",
    "explosion": "explosion", "blast": "explosion",
    "acquisition": "acquisition", "acquire": "acquisition", "buy": "acquisition", "takeover": "acquisition",
    "merger": "merger", "merge": "merger", "insolvency": "insolvency", "bankruptcy": "insolvency",
    "layoff": "layoffs", "layoffs": "layoffs", "sanction": "sanctions", "sanctions": "sanctions",
    "trial": "trial", "verdict": "verdict", "sentence": "sentencing", "convict": "conviction",
    "testify": "testimony", "testimony": "testimony", "investigation": "investigation",
    "investigate": "investigation", "probe": "investigation", "proceedings": "proceedings",
    "lawsuit": "lawsuit", "sue": "lawsuit", "ruling": "ruling", "rule": "ruling",
    "suspend": "suspension", "suspension": "suspension", "postpone": "postponement",
    "postponement": "postponement", "freeze": "freeze", "closure": "closure", "close": "closure",
    "hike": "rate hike", "raise": "rate hike", "cut": "rate cut", "launch": "launch",
    "speak": "speech", "speech": "speech", "address": "address", "block": "roadblock", "blockade": "roadblock",
    "challenge": "legal challenge", "appeal": "appeal", "inauguration": "inauguration",
    "vaccination": "vaccination", "drill": "drill", "hire": "hiring", "review": "review",
    "deploy": "deployment", "deployment": "deployment",
    "withdraw": "withdrawal", "withdrawal": "withdrawal",
}
# Event nouns whose possessor undergoes the event ("his arrest", "Juma's capture").
PATIENT_NOUNS = frozenset("arrest detention trial sentencing conviction capture release extradition "
                          "kidnapping abduction murder assassination".split())
# Triggers that count only with a particular word nearby.
TRIGGER_NEEDS = {
    "raise": {"rate", "rates"}, "hike": {"rate", "rates"}, "cut": {"rate", "rates"},
    "strike": {"air", "drone", "missile", "airstrike", "strikes"}, "block": {"highway", "highways", "road", "roads"},
    "rule": {"court", "judge", "tribunal"}, "call": {"phone", "telephone", "video"},
    "challenge": {"legal", "formal", "court"}, "speak": {"supporters", "crowd", "rally"},
    "sentence": {"prison", "jail", "years", "months"}, "close": {"schools", "school", "centres", "centers",
                                                                    "plants", "offices", "stores", "border"},
    "conference": {"news", "press"}, "address": {"televised", "nationwide", "national", "televise"},
    "march": {"protesters", "people", "thousands", "demonstrators", "through"},
    "freeze": {"payments", "funds", "assets", "accounts"}, "review": {"under", "preliminary", "formal"},
    "drill": {"earthquake", "emergency", "military", "annual"}, "buy": {"rival", "bought", "by"},
    "publish": {"by"}, "speech": {"gave", "delivered", "televised", "victory", "annual", "keynote"},
    "vote": {"presidential", "parliamentary", "election", "general", "national"},
    "appeal": {"court", "ruling", "verdict", "decision", "sentence", "conviction", "against", "judgment"},
}
# Nouns that name an event only when something specifies it (a participant, a modifier, a day).
WEAK_MODIFIERS = frozenset("new further future possible fresh more any no such that this".split())
# Worker strikes are their own event type.
LABOUR_STRIKE_WORDS = frozenset("workers truckers drivers doctors nurses teachers miners general union".split())


def is_title(word: str) -> bool:
    """True for a title or role word that may precede a name ("President", "Gen.")."""
    w = word.lower()
    return w in TITLES or w.rstrip(".") in TITLES or w + "." in TITLES
