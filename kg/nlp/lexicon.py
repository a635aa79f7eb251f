"""Word lists the rules read: attribution cues, stances, titles, organisation heads, event triggers."""

from __future__ import annotations

# Speech and attitude verbs that introduce an attributed statement, by lemma.
CUE_VERBS = frozenset("""
say tell claim state add announce declare deny reject dismiss refute rebuff dispute question
contest challenge insist argue warn caution threaten note explain confirm acknowledge admit
report write accuse allege assert maintain stress emphasise emphasize predict estimate
pledge vow suggest reiterate respond reply counter contend concede testify conclude
tweet post assure call repeat describe criticise criticize condemn welcome praise urge blame
find rule put inform promise doubt
""".split())

# Verbs whose plain object (not only a clause) is what they say something about.
OBJECT_CUES = frozenset("deny reject dismiss refute rebuff dispute question contest challenge criticise "
                        "criticize condemn call confirm accuse declare describe welcome praise urge blame "
                        "estimate claim".split())

# Cues that only count with a clause or quote ("call" also with "for": "called for an inquiry").
CLAUSE_ONLY = frozenset("call repeat post write report doubt".split())

DENY = frozenset("deny reject dismiss refute rebuff".split())
DISPUTE = frozenset("dispute question contest challenge insist counter contend contradict criticise criticize "
                    "doubt".split())
CAUTION = frozenset("warn caution threaten".split())
REJECTING = DENY | DISPUTE  # cues that turn down a claim
# What a body rejects when it decides rather than denies ("the court rejected the request").
DECISION_NOUNS = frozenset("""
request application appeal bid offer proposal motion plan petition demand deal resignation nomination candidacy
budget bill amendment
""".split())

# Words in the content of a "say" that mark a rebuttal of someone else's claim.
REBUTTAL_WORDS = frozenset("""
despite exclusively baseless false untrue unfounded fabricated fabrication propaganda lie lies
nonsense groundless premature exaggerated misleading unconvinced oppose opposes opportunism betrayal
unacceptable irresponsible outrageous absurd unjustified unfounded distortion tantrum
disagree pretext conspiracy flawed discriminatory excessive unlawful hostile unfair
scapegoat revenge persecution sham farce travesty smear slander contradict fantasy fiction
""".split())
# Words that call a claim false ("a lie", "baseless").
FALSITY_WORDS = frozenset("lie lies false untrue baseless fabricated fabrication groundless unfounded".split())
# Nouns naming a claim or figure, whose negation in a "say" disputes it.
CLAIM_NOUNS = frozenset("claim claims figure figures allegation allegations accusation accusations report "
                        "reports statement statements assertion assertions number numbers suggestion "
                        "suggestions account accounts version versions".split())
# Words in the content of a "say" that make it a warning.
WARNING_WORDS = frozenset("""
warn warning risk risks danger dangerous threat threaten catastrophe catastrophic disaster
conflict escalate escalation consequences pressure hesitate collapse crisis attack attacks retaliate
flood floods drought droughts spread starve famine shortage shortages strike
kill hunger casualties deadly worsen unrest violence ban punish account sanctions suffer retaliation
countermeasures struggle disappear worse critical
""".split())
# Warning words that caution with no modal at all ("far more dangerous", "putting lives at risk").
ALARM_WORDS = frozenset("danger dangerous risk risks threat catastrophe catastrophic".split())

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
# What an outlet may say it has seen, which bears out the statements it reports ("has seen a copy").
DOCUMENT_NOUNS = frozenset("copy report document documents letter minutes memo email emails records contract "
                           "footage video recording transcript draft".split())

TITLES = frozenset("""
president vice prime minister chancellor king queen prince princess pope general gen. lt. col.
colonel major captain admiral commander chief secretary senator sen. rep. representative governor
mayor judge justice ambassador envoy spokesperson spokesman spokeswoman dr. mr. mrs. ms. sir lord
lady foreign interior defence defense finance deputy head director chairman chairwoman chair ceo
special brigadier sheikh emir crown speaker chairperson commissioner inspector superintendent rear adm. maj.
capt. sgt. brig. cmdr. supt. insp. lieutenant sergeant corporal commodore ombudsman ombudswoman
ombudsperson marshal constable magistrate congressman congresswoman mp mep
""".split())

# Nouns that head an organisation's name or description.
ORG_HEADS = frozenset("""
staff forces force army navy military ministry department office government council agency bank
party committee commission court tribunal service services police center centre institute
university company corporation group union alliance assembly parliament congress senate
administration authority board bureau coalition confederation federation fund organization
organisation programme program guard guards division brigade battalion regiment command
campaign cabinet palace presidency secretariat observatory network bloc utility firm
operator association league club regulator watchdog airline lender insurer chamber judiciary jury forum
mission delegation band embassy consulate directorate municipality unit gendarmerie coastguard militia corps
""".split())
# Nouns that describe a company before its name ("German carmaker Volkmar Motoren").
COMPANY_DESCRIPTORS = frozenset("carmaker automaker company firm group maker manufacturer retailer insurer "
                                "airline carrier startup operator chain giant conglomerate lender bank broker utility "
                                "developer producer supplier rival publisher broadcaster exporter pollster "
                                "newspaper daily weekly magazine tabloid site website outlet channel brokerage "
                                "television radio agency consultancy platform drugmaker chipmaker steelmaker "
                                "planemaker shipbuilder brewer refiner".split())
# What a party's members are called, which names the party ("the Greens", "the Socialists").
PARTY_MEMBERS = frozenset("greens liberals conservatives democrats republicans socialists communists tories".split())
# Words that open a company's name in other languages ("Grupo Vertice", "Banque Misr").
COMPANY_PREFIXES = frozenset("grupo groupe gruppo banco banque banca compania compañía companhia compagnie empresas "
                             "industrias laboratorios corporacion corporación sociedad societe société constructora "
                             "construtora inversiones minera mineradora naviera petrolera transportes".split())
# Last words of institutions' names ("Kozhikode Medical College", "Rainforest Foundation").
INSTITUTION_WORDS = {"hospital", "clinic", "college", "foundation", "academy", "school", "university", "institute"}
# Last words of company names ("Sao Viet Motors", "Chile Telecom"), institutions with them.
COMPANY_WORDS = {"telecom", "telekom", "telecoms", "telecommunications", "energy", "energie", "air", "airlines",
                 "airways", "holdings", "group", "bank", "motors", "capital", "partners", "media", "sport", "sports",
                 "news", "power", "electric", "railway", "terminals",
                 "systems", "technologies", "pharma", "wind", "intelligence", "securities", "bafana",
                 "accounting", "mining", "earths", "resources", "minerals", "metals", "petroleum", "steel",
                 "chemicals", "foods", "logistics", "shipping", "construction", "engineering", "insurance",
                 "pharmaceuticals", "therapeutics", "industries", "enterprises", "ventures", "solutions",
                 "software", "semiconductor", "electronics", "textiles", "apparel", "aviation", "consulting",
                 "investments", "financial", "properties", "entertainment", "studios", "communications",
                 "networks", "mobile", "digital", "automotive", "labs", "biotech", "navigation", "freight",
                 "transport", "trading", "commodities", "refining", "oil", "gas", "lithium", "copper", "nickel",
                 "cobalt", "uranium", "coal", "hydro", "medical", "surgical", "medizintechnik",
                 "healthcare", "tankers", "carriers", "lines"} | INSTITUTION_WORDS
# Words of a direction or an edge that open a region's name ("East Java") or stand for one ("the north").
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}
# Legal forms that end a company's name ("Rupali Knit Composite Ltd.").
CORPORATE_SUFFIXES = frozenset("ltd ltda inc corp co plc llc lp sa ag gmbh nv bv spa ab asa kk bhd tbk".split())
# Generic names for a company or body, resolved to the latest organisation mentioned.
GENERIC_ORG_NOUNS = frozenset("company firm utility operator group carrier lender insurer airline railway "
                              "manufacturer retailer agency organisation organization charity nonprofit miner "
                              "carmaker automaker chipmaker broadcaster".split())

# Words naming a legislature ("National Assembly", "the Sejm", "House of Representatives", "Lower House"; not
# "State House" or "Chamber of Mines").
LEGISLATURES = frozenset("parliament assembly congress senate sejm diet duma knesset bundestag representatives "
                         "commons lords deputies councillors lower upper".split())

# Relatives, who mostly share a family name ("her husband" of Narmin Bagirzade is Elnur Bagirzade).
KIN_NOUNS = frozenset("""
husband wife son daughter father mother brother sister uncle aunt cousin nephew niece
grandson granddaughter grandfather grandmother
""".split())
# Nouns for a person's role, usable as a description ("the Russian leader", "the minister").
PERSON_ROLES = KIN_NOUNS | frozenset("""
leader president minister premier chancellor spokesperson spokesman spokeswoman official governor
mayor commander general chief envoy ambassador senator lawmaker candidate rival opponent
counterpart predecessor successor director economist analyst teacher manager head judge diplomat
delegate negotiator prosecutor lawyer executive chairman chairwoman chairperson secretary surgeon doctor activist
widow widower relative neighbour neighbor colleague captain pilot nurse coordinator
officer representative employee aide clerk intermediary
colonel lieutenant sergeant admiral brigadier marshal commissioner inspector superintendent magistrate councillor
consul
""".split())
PERSON_SUFFIXES = ("ist", "er", "or", "ant", "ent", "ian")
# Nouns with those endings that name no one ("the Durand Line, the border drawn in 1893").
NOT_PEOPLE = frozenset("""
border river corridor harbour harbor sector quarter shelter tower center water power order number letter paper
container reactor tractor motor floor door error interior monitor counter barrier gutter shoulder theater
""".split())


def is_person_role(word: str) -> bool:
    """A noun naming what a person is ("director", "seismologist"), not an organisation."""
    w = word.lower()
    return w in PERSON_ROLES or w.endswith(PERSON_SUFFIXES) and not w.endswith("ment") \
        and w not in ORG_HEADS | COMPANY_DESCRIPTORS | NOT_PEOPLE and len(w) > 4  # "movement", "settlement": no one


# Speech verbs that open a sentence before their speaker: 'Said Aquino: "..."' (no title of the name).
INVERTED_CUES = frozenset("said says added adds asked wrote".split())

HEAD_OF_STATE = frozenset("president minister premier chancellor king queen leader".split())


def _triggers(spec: str) -> dict[str, str]:
    """'collide:collision recall' -> {'collide': 'collision', 'recall': 'recall'}: a word alone is its own
    type (the event noun), 'word:type' names the noun of a verb."""
    pairs = (item.split(":") for item in spec.split())
    return {p[0]: p[-1] for p in pairs}


# General news vocabulary of eventive verbs and nouns, the type being the event noun a reader would use
# ("fined" by its form: the small model lemmatises it "fin").
NEWS_TRIGGERS = _triggers("""
collide:collision collision crash derail:derailment derailment explode:explosion collapse
ambush raid shoot:shooting shooting kill:killing killing stab:stabbing stabbing bomb:bombing
shell:shelling recapture:capture retake:capture besiege:siege siege occupy:occupation occupation
kidnap:abduction kidnapping:abduction abduct:abduction abduction hijack:hijacking hijacking massacre
assassinate:assassination assassination intercept:interception interception airlift
mobilise:mobilisation mobilize:mobilization mobilisation mobilization
summon:summons summons mediate:mediation mediation broker:mediation exchange swap:exchange
expel:expulsion expulsion deport:deportation deportation ratify:ratification ratification
boycott veto negotiate:talks recall ban
approve:approval approval impeach:impeachment impeachment appoint:appointment appointment
nominate:nomination nomination inaugurate:inauguration dissolve:dissolution dissolution coup
charge indict:indictment indictment conviction acquit:acquittal acquittal fine fined:fine
imprison:imprisonment imprisonment extradite:extradition extradition prosecute:prosecution prosecution
confiscate:seizure seizure inspect:inspection inspection audit hearing pardon
default downgrade bailout shutdown outage blackout walkout:strike stoppage:strike riot
cancel:cancellation cancellation vaccinate:vaccination quarantine lockdown erupt:eruption
jail:imprisonment crackdown incursion counteroffensive:offensive stampede spill release
reopen:reopening reopening buyout:acquisition tariff:tariffs quit:resignation leave:resignation
pledge survey:poll move:evacuation relocate:evacuation
sack:dismissal oust:ouster ouster fire blaze:fire
treaty curfew embargo heatwave inquiry escape dismissal sentencing
motion notify:notification notification search shipment shut:closure
cyberattack hack:cyberattack action:lawsuit die:death sink:sinking sinking capsize:capsizing capsizing
interview adjourn:adjournment adjournment leak disperse:dispersal dispersal compensation compensate:compensation
divert:diversion diversion destroy:destruction destruction injure:injury wound:injury
displace:displacement displacement uproot:displacement mudslide handover
""")

# Event triggers (lemma -> event type); nouns and verbs alike, the news vocabulary under the words
# these rules were first written for.
EVENT_TRIGGERS = {
    **NEWS_TRIGGERS,
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
    "announcement": "announcement", "announce": "announcement", "declare": "declaration",
    "call": "call", "resign": "resignation", "resignation": "resignation",
    "election": "election", "runoff": "election", "referendum": "election",
    "elect": "election", "re-elect": "election",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "flood": "flood",
    "flooding": "flood", "hurricane": "hurricane", "wildfire": "wildfire", "cyclone": "cyclone",
    "typhoon": "typhoon", "storm": "storm", "landslide": "landslide", "drought": "drought",
    "tsunami": "tsunami", "eruption": "eruption", "outbreak": "outbreak", "epidemic": "outbreak",
    "arrest": "arrest", "detain": "detention", "detention": "detention", "landfall": "landfall", "flee": "displacement",
    "evacuate": "evacuation", "evacuation": "evacuation", "rescue": "rescue",
    "protest": "protest", "demonstration": "protest", "rally": "rally", "march": "protest",
    "explosion": "explosion", "blast": "explosion",
    "acquisition": "acquisition", "acquire": "acquisition", "buy": "acquisition", "takeover": "acquisition",
    "merger": "merger", "merge": "merger", "insolvency": "insolvency", "bankruptcy": "insolvency",
    "layoff": "layoffs", "layoffs": "layoffs", "sanction": "sanctions", "sanctions": "sanctions",
    "trial": "trial", "verdict": "verdict", "sentence": "sentencing", "convict": "conviction",
    "testify": "testimony", "testimony": "testimony", "investigation": "investigation",
    "investigate": "investigation", "probe": "investigation", "proceedings": "proceedings",
    "lawsuit": "lawsuit", "sue": "lawsuit", "ruling": "ruling", "rule": "ruling",
    "suspend": "suspension", "halt": "suspension", "suspension": "suspension", "postpone": "postponement",
    "postponement": "postponement", "freeze": "freeze", "closure": "closure", "close": "closure",
    "hike": "rate hike", "raise": "rate hike", "lift": "rate hike", "cut": "rate cut", "launch": "launch",
    "speak": "speech", "speech": "speech", "address": "address", "block": "blockade", "blockade": "blockade",
    "challenge": "legal challenge", "appeal": "appeal", "inauguration": "inauguration",
    "vaccination": "vaccination", "drill": "drill", "hire": "hiring", "review": "review",
    "recount": "recount",
    "deploy": "deployment", "deployment": "deployment",
    "withdraw": "withdrawal", "withdrawal": "withdrawal", "operation": "military operation",
}

# "Shares plunged" is a share fall (a rise, or prices and yields moving, is the market's weather).
MARKET_FALLS = frozenset("fall drop plunge tumble slump sink slide plummet dive crash".split())
MARKET_RISES = frozenset("rise jump surge soar climb rally".split())
MARKET_SUBJECTS = frozenset("share stock".split())
CURRENCIES = frozenset("""
currency dollar euro yen pound yuan renminbi rupee rupiah peso real rand naira cedi shilling lira ruble rouble won
baht ringgit dong lev zloty forint kwacha hryvnia dinar dirham riyal kip taka franc krona krone
""".split())
# A verb with its particle that names an event ("laid off 300 workers", "stepped down").
PHRASAL_TRIGGERS = {
    ("lay", "off"): "layoffs", ("walk", "out"): "strike", ("shut", "down"): "closure",
    ("step", "down"): "resignation", ("walk", "off"): "strike", ("call", "off"): "cancellation",
    ("strike", "down"): "ruling", ("throw", "out"): "ruling", ("shoot", "down"): "shootdown",
    ("pull", "back"): "withdrawal", ("pull", "out"): "withdrawal", ("look", "into"): "investigation",
    ("hand", "over"): "handover",
}
# Verbs through which the subject carries out a noun event it governs ("opened an investigation",
# "ordered the evacuation", "held talks", "issued a recall"): the noun is an event even unmodified.
LIGHT_VERBS = frozenset("""
open launch order hold conduct begin start stage carry issue impose announce declare complete sign reach
approve authorise authorize mount resume undertake initiate file win make read deliver
""".split())
# Verbs whose subject causes a noun event without carrying it out ("the storm forced the evacuation").
CAUSATIVE_VERBS = frozenset("force prompt trigger spark cause provoke".split())
# Verbs whose subject undergoes, resists or judges a noun event rather than doing it ("repelled an attack",
# "passed an inspection", "condemned the strike", "the cuts prevented blackouts").
BYSTANDER_VERBS = frozenset("""
be become remain seem repel repulse prevent avert pass survive suffer endure undergo face withstand escape
condemn denounce criticise criticize welcome praise warn fear oppose protest thwart foil resist
""".split())
# Modals that make an event hypothetical ("could collapse", "can kill").
HYPOTHETICAL_MODALS = frozenset("could might may should must can".split())
# Events of nature, dying and harm suffered: nobody does them, whoever reports them.
NATURAL_EVENTS = frozenset("""
earthquake flood hurricane wildfire cyclone typhoon storm landslide drought tsunami heatwave eruption outbreak death
destruction injury displacement mudslide
""".split())
# Words that name a storm when a name follows ("Cyclone Tendai").
NAMED_STORMS = frozenset("cyclone hurricane typhoon storm".split())
# Sites a name goes before, with words describing them between ("the Bisie tin mine").
SITES = frozenset("plant mine dam refinery smelter reactor terminal oilfield".split())
# Natural features a name goes before ("the Fuego volcano", "the Kalu river").
LANDFORMS = frozenset("volcano mountain river lake glacier peninsula plateau desert atoll".split())
# Event nouns whose 'of' phrase names who does it ("the resignation of the minister").
DOER_OF_NOUNS = frozenset("resignation visit speech address testimony withdrawal departure death eruption "
                          "meeting summit merger".split())
# Event nouns whose possessor undergoes the event ("his arrest", "Juma's capture").
PATIENT_NOUNS = frozenset("arrest detention trial sentencing conviction capture release extradition "
                          "kidnapping abduction murder assassination killing shooting stabbing indictment "
                          "acquittal imprisonment prosecution deportation expulsion impeachment appointment "
                          "nomination summons".split())
# Bodies that act as themselves though the article names none ("Police arrested two men").
AUTHORITY_NOUNS = frozenset("""
police army military troop soldier regulator prosecutor investigator detective officer government cabinet court
tribunal commission committee board guard customs authority ministry agency council bank
""".split())
# What is sent when forces deploy ("sent troops", "would send a medical team"), craft among it.
CRAFT = frozenset("plane aircraft helicopter jet warship ship vessel boat tanker".split())
DEPLOYED = CRAFT | frozenset("""
troop soldier force unit team specialist expert personnel officer police firefighter rescuer medic doctor engineer
reinforcement peacekeeper army navy military marine
""".split())
# Words of an amount of money ("fined 2 million", "pledged $40 million").
MONEY_WORDS = frozenset("$ € £ million billion".split())
# Words of captives released ("the release of two aid workers", "the men were released unharmed").
_FREED = frozenset("""
hostages hostage prisoners prisoner detainees captives captive workers journalists detained abducted kidnapped
activists sailors crew nationals men women fishermen unharmed colleague servicemen soldiers citizens
""".split())
# What is closed or shut when a closure is news ("schools were closed", "shut the airport").
_SHUT = frozenset("""
school schools airport airports port ports mill mills factory factories plant plants mine mines border airspace
""".split())
# Triggers that count only with a particular word nearby.
VESSELS = frozenset("ferry boat vessel ship trawler tanker dinghy barge freighter yacht canoe".split())
TRIGGER_NEEDS = {
    "raise": {"rate", "rates"}, "hike": {"rate", "rates"}, "cut": {"rate", "rates"}, "lift": {"rate", "rates"},
    "strike": {"air", "drone", "missile", "airstrike", "strikes"},
    "block": {"highway", "highways", "road", "roads", "crossing", "crossings", "motorway", "motorways", "bridge",
              "bridges", "border", "railway", "tracks", "junction", "junctions", "entrance", "entrances"},
    "rule": {"court", "judge", "tribunal"}, "call": {"phone", "telephone", "video", "during"},
    "challenge": {"legal", "formal", "court"}, "speak": {"supporters", "crowd", "rally"},
    "sentence": {"prison", "jail", "years", "months"},
    "close": _SHUT | {"centres", "centers", "offices", "stores", "crossing", "embassy"}, "shut": _SHUT,
    "conference": {"news", "press"}, "address": {"televised", "nationwide", "national", "televise"},
    "search": {"police", "officers", "agents", "investigators", "divers", "teams", "rescuers", "headquarters",
               "home", "offices", "survivors"},
    "march": {"protesters", "people", "thousands", "demonstrators", "through"},
    "freeze": {"payments", "funds", "assets", "accounts"}, "review": {"under", "preliminary", "formal"},
    "drill": {"earthquake", "emergency", "military", "annual"}, "buy": {"rival", "bought", "by"},
    "publish": {"by", "report", "findings", "study", "survey", "data", "video", "figures", "results", "letter",
                "breakdown", "investigation", "article", "audit", "analysis"},
    "action": {"class", "legal", "civil", "court"},
    "operation": {"military", "joint", "security", "counterinsurgency", "counter-insurgency", "counterterrorism",
                  "troops", "forces", "army", "offensive"},
    "speech": {"gave", "delivered", "televised", "victory", "annual", "keynote"},
    "appeal": {"court", "ruling", "verdict", "decision", "sentence", "conviction", "against", "judgment"},
    "exchange": {"prisoner", "prisoners", "bodies", "hostages", "captives", "detainees", "pows"},
    "charge": {"with", "prosecutors", "police", "murder", "fraud", "corruption", "counts", "criminal"},
    "fine": MONEY_WORDS | CURRENCIES | {c + "s" for c in CURRENCIES} | {"regulator", "court", "fined"},  # "40,000 lira"
    "pledge": MONEY_WORDS | {"euros", "dollars", "pounds", "aid", "funds"},
    "move": {"shelter", "shelters", "camp", "camps", "safety", "school", "schools", "temples", "church", "churches",
             "higher"},
    "relocate": {"shelter", "shelters", "camp", "camps"},
    "survey": {"by", "published", "conducted", "released", "commissioned"},
    "release": _FREED,
    "sink": VESSELS, "sinking": VESSELS, "capsize": VESSELS, "capsizing": VESSELS,
    "fire": {"broke", "blaze", "firefighters", "gutted", "engulfed", "destroyed", "razed", "tore", "burned", "killed",
             "aboard", "setting", "started", "starting"},
    "quit": {"as", "post", "job", "office", "party", "government", "role"},
    "leave": {"post", "job", "role", "position"},  # "left his post" ("left the office" is no resignation)
    "erupt": {"volcano", "mount", "mt", "mt."},
    "compensation": {"pay", "paid", "receive", "offered", "announced", "promised"},  # not an arbitration award
}
# Nouns that name an event only when something specifies it (a participant, a modifier, a day).
WEAK_MODIFIERS = frozenset("new further future possible fresh more any no such that this".split())
# Words near "strike" or "walk out" that make it a labour strike, not an attack ("walked off the job").
LABOUR_STRIKE_WORDS = frozenset("job wage pay strikers workers truckers drivers doctors nurses teachers miners general "
                                "union unions staff pilots dockers employees crews controllers lawyers journalists "
                                "farmers".split())

# Full names of outlets that write their short name in a dateline ("(AP) —").
OUTLET_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "DW": "Deutsche Welle",
                "NPR": "National Public Radio", "UPI": "United Press International"}


def has_legal_form(name: str) -> bool:
    """True for a company name ending in its legal form, with or without the dot ("Rupali Knit Composite Ltd.")."""
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES


def is_firm_name(name: str) -> bool:
    """A company's full name, of which the article may use the first words: 'Rupali Knit Composite Ltd.',
    'Skyline Sports Media', 'High Desert Power & Light'."""
    words = name.split()
    return has_legal_form(name) or len(words) > 1 and words[-1].lower() in COMPANY_WORDS - INSTITUTION_WORDS \
        or len(words) > 2 and "&" in words[1:-1]  # "High Desert Power & Light"


def is_title(word: str) -> bool:
    """True for a title or role word that may precede a name ("President", "Gen.")."""
    w = word.lower()
    return w in TITLES or w.rstrip(".") in TITLES or w + "." in TITLES
