"""Fixes for the small model's known entity errors, before anything reads the entities."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.nlp.dates import MONTHS, WEEKDAYS
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import (
    COMPANY_DESCRIPTORS,
    COMPANY_PREFIXES,
    COMPANY_WORDS,
    COMPASS_WORDS,
    CUE_VERBS,
    INSTITUTION_WORDS,
    INVERTED_CUES,
    KIN_NOUNS,
    LANDFORMS,
    NAMED_STORMS,
    ORG_HEADS,
    PARTY_MEMBERS,
    PERSON_ROLES,
    SITES,
    VESSELS,
    is_firm_name,
    is_person_role,
    is_title,
)
from kg.nlp.model import sentence

MIN_PLACE_POPULATION = 50000
FACILITY_WORDS = {"airport", "stadium", "bridge", "dam", "barrage", "highway", "motorway", "mine", "refinery",
                  "monument"}
SURNAME_WORDS = {"dam", "bridge", "mine"}  # facility words that end people's names too ("Pieter van Dam")
PLACE_WORDS = {"lake", "river", "mount", "gulf", "sea", "port", "cape", "island", "islands", "bay", "valley", "volcano",
               "line", "volcán", "cerro", "río", "rio", "lago", "isla", "ilha", "monte", "lac",
               "mont"}  # "Volcán de Fuego", "the Line of Actual Control"
PLACE_NOUNS = {"town", "city", "village", "enclave", "state", "states", "province", "region", "port", "district",
               "county", "capital", "suburb", "island", "prefecture", "township", "commune", "neighbourhood",
               "neighborhood", "community", "municipality", "hamlet"}
_NATIVE = {"indigenous", "aboriginal", "first nations", "native"}  # capitalised, yet no names
_COOPERATION = ("co-operation", "cooperation")
_COMBINING_FORMS = {"franco", "anglo", "sino", "indo", "russo", "greco", "austro", "afro", "italo", "hispano", "luso",
                    "turco", "judeo"}  # "Franco-Ivorian": the first part of a joint nationality
_LOCAL_OFFICES = {"mayor", "governor", "prefect"}
_MACHINES = {"aircraft", "airliner", "jet", "plane", "helicopter", "drone", "tank", "truck", "car", "train", "ship",
             "vessel", "rocket", "missile", "satellite", "engine", "turboprop"}
_SETTLEMENTS = {"village", "town", "sector", "neighbourhood", "neighborhood", "suburb", "settlement", "port"}
_ALLIANCES = {"bloc", "group", "alliance", "coalition", "party", "movement", "union", "federation", "confederation"}
_PLATFORMS = {"Facebook", "Telegram", "Instagram", "YouTube", "TikTok", "WhatsApp", "WeChat", "Weibo", "LinkedIn",
              "Twitter", "Snapchat", "Reddit"}
_SHIP_PREFIXES = {"MV", "MS", "MT", "SS", "HMS", "USS", "RV", "FV", "HMAS", "INS", "KRI", "BRP", "KM", "KMP"}
_CORPORATE_ROLES = {"manager", "operator", "owner", "contractor", "supplier", "insurer", "partner", "sponsor", "lender",
                    "buyer", "seller", "distributor", "carrier", "shareholder", "investor", "developer", "builder"}
_STAFF = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "executives", "employees", "staff",
          "shareholders"}  # "a Meridian Boxline spokesperson": the name is a body's
_ADMIN_UNITS = {"state", "province", "county", "district", "region", "prefecture", "municipality", "governorate",
                "oblast", "regency"}
_PARTY_SEATS = {"lawmaker", "legislator", "senator", "mp", "deputy", "councillor", "councilor", "congressman",
                "congresswoman", "chairman", "chairwoman", "chairperson", "secretary-general"}
# "Green Left lawmaker Pablo Iturbe", "Madhesh Lok Dal chairman Dinesh Raut": the name before is a party's
_PLACE_PREPS = {"between", "in", "near", "around", "across", "from", "to", "at"}
_WATERS = {"River", "Lake", "Sea", "Reservoir"}
_NUMBERED_ROAD = re.compile(r"\b[A-Z]{1,3}-?\d{1,4}[A-Z]? (?:road|highway|motorway|expressway|freeway|autobahn)\b"
                            r"|\b(?:Highway|Route|Interstate) \d{1,4}\b")
_MONEY = {"dollar", "cent"}  # "the U.S. dollar", "6.4 U.S. cents"
_CONTINENTS_AND_SEAS = {"Europe", "Africa", "Asia", "America", "Americas", "Baltic", "Mediterranean", "Atlantic",
                        "Pacific", "Caribbean", "Arctic", "Balkans", "Sahel"}
_COMPASS = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
            "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
REGIONAL_ADJECTIVES = {"provincial", "regional", "municipal", "metropolitan", "departmental"}
ROUTE_NOUNS = {"road", "route", "highway", "motorway", "railway", "flight", "convoy"}  # "the road to X"
STORM_WORDS = NAMED_STORMS | {"tropical"}  # "Tropical Storm Ana"
_STORM_NAME = re.compile(r"\b(?:%s) ([A-Z]\w+)" % "|".join(w.title() for w in sorted(STORM_WORDS)))
_PATHOGEN_NAME = re.compile(r"\b([A-Z]\w+) (?:virus|fever|variant|strain)\b")  # "the Nipah virus", "Lassa fever"
_FIRE_NAME = re.compile(r"\bthe ((?:[A-Z]\w+ )+(?:Fire|Complex))\b")  # "the Tumalo Ridge Fire" (not "Cal Fire")
# Time zones after a clock time ("by 1130 GMT"), which the model takes for organisations.
TIME_ZONES = {"GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "PST", "PDT", "JST", "IST", "EAT", "WAT", "CAT", "SAST",
              "AEST", "AEDT", "MSK"}
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-Z]\w+ [A-Z]\w+-[a-z]+\b")  # "Han Jae-won"
BODY_DESCRIPTORS = ORG_HEADS | COMPANY_DESCRIPTORS | {"militia", "faction", "movement", "outfit", "charity",
                                                     "nonprofit", "rebels", "insurgents", "arm", "subsidiary",
                                                     "foundation", "ngo", "trust"}
PEOPLE_MAKERS = {"lawmaker", "policymaker", "filmmaker", "peacemaker", "dealmaker", "kingmaker", "playmaker"}
LAW_WORDS = {"regulation", "act", "law", "directive", "convention", "treaty", "code", "charter", "protocol"}
_FIRM_ROLES = {"manager", "operator", "owner", "contractor", "adviser", "advisor", "consultant", "auditor", "partner",
               "supplier", "agent", "broker", "representative", "sponsor", "carrier", "buyer", "seller", "insurer",
               "lender", "developer", "builder", "distributor", "shareholder", "investor", "publisher", "counsel"}
_SPANS_OF_TIME = {"minute", "hour", "day", "week", "month", "year", "decade"}
_DAY_WORDS = {*WEEKDAYS, *MONTHS[:12], "week", "month", "year"}  # "... on Thursday", "... last week"
UNIT_NAMES = {"fahrenheit", "celsius"}
_STUDY_WORDS = {"research", "studies", "policy", "economic", "strategic", "analysis"}  # a centre of these is a body
_SURNAME_COUNTRIES = {"Jordan", "Israel", "Chad", "Georgia", "Guinea"}  # "Michael Jordan" is a person
HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}
_PALACES = {"palace", "square", "tower", "building"}  # a name ending so is a building or a square
_POSTS = {"embassy", "consulate", "mission", "delegation", "office"}  # named for where they are ("... in Libya")
_VENUES = _PALACES | {"center", "centre"}  # "at the World Conference Center": a place, though a body's head
_HALLS = {"house", "hall"}  # and so when the model took it for a person's ("Jubilee House")
# Adjectives of a continent or region: "South African", "Central Asian", "Western Balkan" are no names of bodies.
REGION_DEMONYMS = {"african", "asian", "european", "american", "balkan", "arab", "caribbean", "nordic", "pacific",
                   "atlantic", "mediterranean", "baltic", "scandinavian", "eastern", "western", "northern",
                   "southern", "sahelian", "andean", "himalayan", "arctic"}
_PORTFOLIO_HOLDERS = ("minister", "secretary")
_MOVEMENTS = {"front", "movement", "brotherhood"}  # last words of names of armed or political movements
BODY_NOUNS = {"court", "police", "hospital", "university", "council", "government", "ministry", "prosecutors"}
REGION_WORDS = {"region", "province", "prefecture", "state", "county", "oblast", "district", "governorate",
                "commune", "township", "municipality", "regency", "river", "island", "crossing", "border", "checkpoint",
                "temple", "shoal", "reef", "strait", "canal", "pipeline", "oilfield", "field", "reservoir", "deposit",
                "mountains", "hills", "valley", "plateau", "desert", "delta", "basin", "constituency", "peninsula",
                "estate", "ravine", "gorge", "canyon", "forest", "lake"} \
    | FACILITY_WORDS
CAMP_KINDS = {"refugee", "displacement", "idp", "transit", "detention", "military", "army"}  # "... displacement camp"
_UNITS_OF_LAND = {"region", "province", "district", "department", "prefecture", "county", "governorate", "oblast",
                  "municipality", "regency", "township", "commune"}
_LOCATIVE = {"in", "from", "to", "near", "at", "outside", "across", "between", "towards", "toward"}
# Particles taken into a name with the capitalised word after them ("Viña" + "del Mar", "Banque" + "du Liban").
_LINKING_PARTICLES = {"de", "del", "da", "do", "dos", "la", "du", "des", "di"}
_NAME_PARTICLES = _LINKING_PARTICLES | {"das", "le", "van", "von"}  # "Foz do Iguaçu": inside a name
ARABIC_PARTICLES = {"al", "el", "wal", "ul", "ad", "ar", "as", "an", "ash", "at", "az"}
_OF_WORDS = ("of", "for", "on")  # what joins a body's head to the rest of its name
_NAME_LINKS = {*_OF_WORDS, "and", "'", "’", "'s", "’s"}  # "the Citizens' Cost of Living Coalition"
NAME_JOINERS = {"of", "for", "the", "and", "on", "de"}
_NAME_WORDS = NAME_JOINERS | {"without", "in"}  # "Reporters Without Borders", "Friends of the Earth"
NAME_HEADS = ORG_HEADS | {"headquarters", "society"}  # nouns an organisation's of-name hangs on
_KIND_WORDS = {"bloc", "party", "union", "alliance", "coalition", "movement"}  # "the Latvia First bloc": no name's part
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Head nouns of a body's name, never of a place's ("the High Court", "the European Union").
_BODY_HEADS = frozenset("court tribunal congress senate parliament assembly union commission council "
                        "ministry police observatory institute agency bureau authority foundation".split())


def _names_body(ent: Span) -> bool:
    """'the High Court', 'Congress', 'the House of Representatives' (not 'the Palace of the Parliament')."""
    head = ent.root.lower_
    return head in _BODY_HEADS or head == "house" and any(t.lower_ == "of" for t in ent)


class EntityFixer:
    """Relabels places tagged PERSON and demonyms tagged GPE, trims titles and articles, completes
    organisation names cut to their demonym ("Russian" + "General Staff")."""

    def __init__(self, gazetteer: Gazetteer, words: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.words = words  # English dictionary words

    def __call__(self, doc: Doc) -> Doc:
        person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[0].lower_ not in
                        PLACE_WORDS and self.gazetteer.lookup(_trim(doc, e).text) is None
                        and not (e.end < len(doc) and doc[e.end].lower_ in REGION_WORDS) for t in e}  # "Sri Lanka",
        # "the Kali Gandaki valley"
        lower_words = {t.text for t in doc if t.is_lower}
        no_one = lower_words | self._once_opening(doc)
        alliances = _alliance_words(doc)
        spans = [self._fix(doc, _extended(doc, ent, self.gazetteer), person_words, alliances) for ent in doc.ents
                 if not _common_word(ent, no_one if ent.label_ == "PERSON" else lower_words)
                 or self._named_place(ent)]
        nameless = _storm_and_pathogen_names(doc) | _vessel_names(doc, self.gazetteer)
        spans = _numbered_roads(doc) + _outlet_names(doc) \
            + [s for s in spans if s is not None and len(s) and s.text not in nameless]
        spans += _untagged_of_names(doc)
        spans += self._completed_orgs(doc, spans) + _untagged_people(doc) + _named_bodies(doc, spans) \
            + _bracketed_acronyms(doc, spans) + _hyphenated_given_names(doc) \
            + _untagged_places(doc, self.gazetteer) + _names_before_acronyms(doc, self.gazetteer) \
            + _acronyms_in_apposition(doc) + _untagged_bodies(doc) + _untagged_titled_bodies(doc) \
            + _names_described_as_bodies(doc) \
            + _untagged_acronyms(doc, self.gazetteer) + _platforms(doc) + _untagged_speaking_names(doc)
        spans = _surnames_as_people(doc, _given_names_joined(doc, _and_joined_names(doc, filter_spans(spans))),
                                    self.gazetteer)
        spans = filter_spans(spans)
        called_places = {s.text for s in spans if _said_to_be_place(s)}  # "the village of Kara-Dobo"
        spans = _joined_bodies(doc, [part for s in spans for part in _split_places(s, self.gazetteer, called_places)])
        bodies = {s.text for s in spans if s.label_ == "ORG"
                  and (_described_as_body(s) or _known_as_body(s) or _names_alliance(s, alliances)
                       or _after_company_word(doc, s.start))}
        bodies |= {a.text for a in _bracketed_acronyms(doc, spans)}  # "... Movement (UBM)"
        # "the Electoral Service, Servel"
        bodies |= {s.text for s in spans if s.label_ == "ORG" and _named_after_body(s)}
        bodies |= _company_short_names(spans, self.gazetteer) | _bodies_by_usage(doc, spans, self.gazetteer)
        bodies |= {s.text for s in spans if s.label_ == "NORP" and not self.gazetteer.country_of_demonym(s.text)
                   and any(o.label_ == "ORG" and o.text == s.text for o in spans)}  # "Vantra", no nationality
        places = ({s.text for s in spans if _said_to_be_place(s)} | _sites_by_own_name(spans)) - bodies
        people = {s.text for s in spans if s.label_ == "PERSON" and _described_as_person(s)
                  and not self.gazetteer.lookup(s.text)} - bodies - places
        spans = _majority_labels(doc, _completed_repeats(doc, spans), bodies, places, people)
        bodies_at = {s.start for s in spans if s.label_ == "ORG"}
        spans = [s for s in spans if not _describes_named_body(s, bodies_at)]
        doc.ents = sorted(spans + _untagged_repeats(doc, spans), key=lambda s: s.start)
        return doc

    def _fix(self, doc: Doc, ent: Span, person_words: set[str], alliances: set[str]) -> Span | None:
        if _speaking_work(ent):  # '"...," Penco Mayor Rodrigo Sanhueza told': the model saw a title of a work
            ent = Span(doc, ent.start, ent.end, label="ORG" if any(is_title(t.text) for t in ent) else "PERSON")
        ent = _trim(doc, ent)
        comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
        if comma is not None and ent.label_ != "GPE" and self.gazetteer.lookup(doc[ent.start:comma].text):
            return Span(doc, ent.start, comma, label="GPE")  # "In Abuja, Information Minister X": the model ran on
        if len(ent) and ent.label_ in ("GPE", "LOC", "FAC", "PERSON") and ent.text.islower() \
                and all(t.is_alpha for t in ent):
            return None  # "sentenced in absentia", "fled into the bush": a name is capitalised
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent.text.endswith("s") \
                and self.gazetteer.country_of_demonym(ent.text):
            return Span(doc, ent.start, ent.end, label="NORP")  # "for ordinary Romanians"
        if len(ent) > 1 and ent.label_ in ("PERSON", "ORG") and ent[-1].lower_ not in ORG_HEADS | COMPANY_WORDS \
                and (ent[0].lower_ in PLACE_WORDS and ent[0].is_title or ent[-1].text in _WATERS
                     or len(ent) > 2 and ent[-2].text == "National" and ent[-1].text in ("Forest", "Park")):
            return Span(doc, ent.start, ent.end, label="LOC")  # "Lake Malawi", "Mount Lawu", "the Opava River",
            # "the Jamanxim National Forest"
        after = doc[ent.end] if ent.end < len(doc) else None
        said_place = _said_to_be_place(ent)
        of_title = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and is_title(doc[ent.start - 2].text) \
            and not said_place  # "Minister of Interior", not "the mayor of Hammerfest"
        storm = ent.start > 0 and doc[ent.start - 1].lower_ in STORM_WORDS
        if not len(ent) or ent[0].lower_ in STORM_WORDS | UNIT_NAMES or storm or ent.label_ == "ORG" and len(ent) == 1 \
                and (of_title or after is not None and after.is_title and is_title(after.text)):
            return None  # "Typhoon Haiyan" is an event; "Interior", "Cabinet" of "Cabinet Secretary X" title words
        if ent.label_ == "PERSON" and len(ent) == 1 and _listed_with_places(ent.root) \
                or ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and self._paired_with_place(ent.root):
            return Span(doc, ent.start, ent.end, label="GPE")  # "over Kelantan, Terengganu and Pahang",
            # "diverted to Akureyri and Egilsstadir"
        if (ent.label_ in ("ORG", "GPE", "LOC", "NORP") or ent.label_ == "PERSON" and after is not None
                and after.lower_ in _PORTFOLIO_HOLDERS) and _portfolio(doc, ent.end) \
                and not self.gazetteer.lookup(ent.text) and not self.gazetteer.country_of_demonym(ent.text):
            return None  # "Lands" of "Lands and Natural Resources Minister X"
        if ent.text.lower() in _NATIVE or _model_of(ent, after):
            return None  # "Indigenous and farming communities", "its Aeris 72 aircraft": no name
        if ent.label_ == "FAC" and {t.lower_ for t in ent} & _STUDY_WORDS:
            return Span(doc, ent.start, ent.end, label="ORG")  # "the Gold Coast Economic Research Centre"
        modifies = ent.label_ == "PERSON" and after is not None and after.is_lower
        if (ent.label_ in ("GPE", "ORG") or modifies) and self._demonym(ent.text) \
                and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="NORP")  # "Tajik officials", "Sri Lankan drugmaker X",
            # "Franco-Ivorian operator X"
        if len(ent) == 2 and ent[-1].lower_ in PLACE_NOUNS and self.gazetteer.country_of_demonym(ent[0].text):
            return Span(doc, ent.start, ent.start + 1, label="NORP")  # "the Kazakh city of Almaty": no city's name
        closed = _closed_subject(ent)
        if ent.label_ in ("ORG", "GPE") and closed is not None and is_person_role(closed.text) \
                and (any(c.lower_ in ("a", "an") for c in closed.children) or closed.lower_ not in _FIRM_ROLES) \
                and not self.gazetteer.lookup(ent.text):
            return _trim(doc, Span(doc, ent.start, ent.end, label="PERSON"))  # "a coordinator in Toamasina,
            # Jean-Claude Razafy, had told him" (not "the ship's manager, Helios Shipmanagement, said")
        if ent.label_ in ("WORK_OF_ART", "PERSON", "ORG", "PRODUCT") and not _names_body(ent) \
                and (ent.root.dep_ == "appos" and ent.root.head.text in PLACE_NOUNS or said_place):
            return Span(doc, ent.start, ent.end, label="GPE")  # "the provincial capital, Quelimane", "the port of
            # Berenice", "the mayor of Hammerfest"
        if ent.label_ in ("PRODUCT", "WORK_OF_ART", "PERSON", "GPE", "LOC", "FAC", "NORP", "LAW", "EVENT") \
                and _after_company_word(doc, ent.start) and not self.gazetteer.lookup(ent.text) \
                and not self.gazetteer.country_of_demonym(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "hospital group Medivale", "the freight firm
            # Ligurtrans", "press freedom group Article 19"
        if ent.label_ == "PERSON" and len(ent) > 1 and _employer(ent) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "an information officer with Alberta Wildfire"
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC") and ent.start and doc[ent.start - 1].text in HONORIFICS:
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Mr Macuácua said"
        if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and (ent[-1].lower_ in _PALACES or
                                                                ent.label_ == "PERSON" and ent[-1].lower_ in _HALLS):
            return Span(doc, ent.start, ent.end, label="FAC")  # "at Jubilee House", "the Government Palace"
        owner = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s")), None)
        if ent.label_ == "ORG" and owner is not None and after is not None and after.is_lower and after.pos_ == "NOUN":
            return Span(doc, ent.start, owner, label="ORG")  # "the CPJ’s Africa programme coordinator"
        clock = ent.start and (doc[ent.start - 1].like_num or doc[ent.start - 1].ent_type_ == "TIME"
                               or doc[ent.start - 1].text[:1].isdigit())  # "(20:00 GMT)"
        if ent.text in TIME_ZONES and clock or ent.label_ == "GPE" and after is not None and after.lemma_ in _MONEY:
            return None  # "by 1130 GMT", "against the U.S. dollar": a time, a currency
        if all(is_title(t.text) for t in ent):
            return None  # "Rear Adm.", "Chief Inspector", "Brig.", "President": a title without its holder
        if ent.label_ == "PERSON" and of_title and len(ent) > 2:
            return Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Chief Inspector of Mines Nomvula Dlamini"
        if ent.label_ in ("ORG", "PERSON") and len(ent) > 1 and ent[-1].lower_ in LAW_WORDS and ent[-2].lower_ != "of":
            return Span(doc, ent.start, ent.end, label="LAW")  # "the General Data Protection Regulation"
        titled = next((t.i for t in ent[:-1] if t.is_title and is_title(t.text)), None)
        if titled is None and len(ent) > 3 and ent[-3].is_upper and len(ent[-3]) > 1 \
                and any(t.text == ent[-1].text for t in doc if not ent.start <= t.i < ent.end):
            titled = ent.end - 3  # "Gauteng Health MEC Lerato Mokoena", then "Mokoena said"
        if ent.label_ == "ORG" and titled is not None and 1 <= ent.end - titled - 1 <= 3 \
                and ent[-1].lower_ not in ORG_HEADS | BODY_NOUNS and not any(t.lower_ == "of" for t in ent) \
                and all(t.pos_ == "PROPN" for t in doc[titled + 1:ent.end]):
            return Span(doc, titled + 1, ent.end, label="PERSON")  # "Leyte Governor Maricel Dantes"
        holder = self._holder_after_portfolio(ent)
        if holder is not None:
            return holder  # "Minister for" + "Internal Affairs Agnes Tumusiime"
        if ent.label_ in ("GPE", "LOC", "PERSON") and _known_as_body(ent) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "the Electoral Service, known as Servel"
        if ent.label_ in ("ORG", "PERSON") and _named_facility(ent):
            return Span(doc, ent.start, ent.end, label="FAC")  # "a new upstream dam, known as Gibe V"
        if ent[-1].lower_ in FACILITY_WORDS and (ent.label_ == "ORG" or ent.label_ == "PERSON"
                                                 and ent[-1].lower_ not in SURNAME_WORDS):  # "Schiphol Airport"
            owner = next((t.i for t in ent[:-1] if t.text in ("'s", "’s")), None)
            return Span(doc, ent.start if owner is None else owner + 1, ent.end, label="FAC")
        if ent.label_ in ("ORG", "PERSON", "NORP") and ent[-1].text in _CONTINENTS_AND_SEAS \
                and (len(ent) == 1 or len(ent) == 2 and ent[0].lower_ in _COMPASS | COMPASS_WORDS):
            return Span(doc, ent.start, ent.end, label="LOC")  # "ministers from the Western Balkans", "Sahel"
        if ent.label_ in ("GPE", "LOC") and any(c.isdigit() for c in ent.text) and after is not None \
                and ({after.lower_, after.lemma_.lower()} & BODY_DESCRIPTORS or is_person_role(after.text)):
            return Span(doc, ent.start, ent.end, label="ORG")  # "M23 rebels", "M23 spokesman" (not "the A2 motorway")
        if ent.label_ in ("GPE", "LOC") and _named_after_body(ent) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "the Electoral Service, Servel"
        if ent.label_ in ("GPE", "LOC", "FAC") and _names_body(ent) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "in the High Court", "outside Congress", "the EU"
        if ent.label_ == "PERSON" and _acronym_close(doc, ent.end) is not None:
            return Span(doc, ent.start, ent.end, label="ORG")  # "Cabin Crew Netherlands (CCN)": no person
        if ent.label_ in ("EVENT", "WORK_OF_ART", "PRODUCT", "PERSON") and len(ent) > 1 and ent[-1].is_title \
                and ent[-1].lower_ in ORG_HEADS | _MOVEMENTS:
            return _trim(doc, Span(doc, ent.start, ent.end, label="ORG"))  # "the Vietnam Rice Exporters Council",
            # "Kandilli Observatory", "the Tigray People's Liberation Front" (no person)
        if ent.label_ == "PERSON" and _which_clause(ent) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "Terminal Cordillera Pacífico, which runs the pier"
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text not in _SURNAME_COUNTRIES \
                and self.gazetteer.is_country(ent[-1].text) and not (ent.start and is_title(doc[ent.start - 1].text)):
            return Span(doc, ent.start, ent.end, label="ORG")  # "Meteo Madagascar", "Air Senegal" (not "Defence
            # Minister Julia Montenegro")
        if (ent.label_ in ("GPE", "LOC") or ent.label_ == "ORG" and _name_words(ent) in (2, 3)
                and ent.root.pos_ == "PROPN" and ent[-1].lower_ not in ORG_HEADS | COMPANY_WORDS) and ent.start \
                and doc[ent.start - 1].is_title and is_title(doc[ent.start - 1].text) \
                and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Governor Gergely Fodor"
        if ent.label_ in ("PERSON", "ORG") and after is not None and after.lower_ in REGIONAL_ADJECTIVES | _SETTLEMENTS:
            return Span(doc, ent.start, ent.end, label="GPE")  # "the Gauteng provincial ...", "Dhalogi village"
        if after is not None and after.lower_ == "party" and ent.root.head == after \
                or _names_alliance(ent, alliances) and not self.gazetteer.lookup(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "the opposition Syriza party", "the Mercosur bloc"
        if ent.label_ in ("PERSON", "ORG") and self._is_place(ent, person_words):
            return Span(doc, ent.start, ent.end, label="GPE")
        if ent.label_ == "PERSON" and ent.start and is_title(doc[ent.start - 1].text):
            titled = Span(doc, ent.start - 1, ent.end, label="GPE")
            if getattr(self.gazetteer.lookup(titled.text), "kind", None) == "city" and self._located(titled):
                return titled  # "taken by bus to Prince Albert": a city named like a prince
        of_country = any(t.lower_ == "of" and self.gazetteer.lookup(doc[t.i + 1:ent.end].text) for t in ent[1:-1])
        described = ent.label_ in ("PERSON", "GPE", "LOC") and _described_as_body(ent) \
            and not self.gazetteer.lookup(ent.text)
        if ent.label_ == "PERSON" and (ent[-1].lower_ in COMPANY_WORDS or ent[0].lower_ in COMPANY_PREFIXES
                                       or of_country) or described:  # "Constructora Vilcabamba"
            return Span(doc, ent.start, ent.end, label="ORG")
        a_noun = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children)  # "a former Olympian"
        corporate = ent.label_ == "ORG" and _corporate_role(ent.root.head)
        headed = ent.label_ == "ORG" and any(t.is_title and t.lower_ in ORG_HEADS for t in ent)  # "Commission for X"
        if ent.label_ != "PERSON" and not any(t.like_num for t in ent) and _described_as_person(ent) \
                and ent[-1].lower_ not in BODY_DESCRIPTORS and not a_noun and not corporate and not headed \
                and not is_firm_name(ent.text) \
                and (len(ent) > 1 or not self.gazetteer.lookup(ent.text)):  # not "declared X Movement the winner"
            return Span(doc, ent.start, ent.end, label="PERSON")
        titled_the = ent.start > 0 and doc[ent.start - 1].text == "The" and not doc[ent.start - 1].is_sent_start
        foreign = ent.label_ in ("LANGUAGE", "NORP") and not self.gazetteer.country_of_demonym(ent.text)  # "Nyali"
        if (ent.label_ in ("PERSON", "ORG", "PRODUCT") or foreign) and self._located(ent) and not _names_body(ent) \
                and not titled_the and not _aged(ent) \
                and ent[-1].lower_ not in (COMPANY_WORDS - INSTITUTION_WORDS) | (ORG_HEADS - _VENUES) \
                and not (ent.label_ == "ORG" and ent.root.lower_ in ORG_HEADS - _VENUES):
            # not "shares in Netra Telekom", "officials in Kenya Revenue Authority", "a report in The X Review",
            # "the OSCE's Office for Democratic Institutions and Human Rights"
            return Span(doc, ent.start, ent.end, label="GPE")
        if (ent.label_ == "ORG" or ent.label_ in ("GPE", "LOC") and not self.gazetteer.lookup(ent.text)) \
                and 2 <= len(ent) <= 3 and _titled(ent):  # "mayor Óscar Medina Valdivia"
            return Span(doc, ent.start, ent.end, label="PERSON")
        if ent.label_ == "NORP" and ent[-1].lower_ in PARTY_MEMBERS and ent.start \
                and doc[ent.start - 1].lower_ == "the":
            return Span(doc, ent.start, ent.end, label="ORG")  # "the Greens", "the Socialists": a party
        if ent.label_ == "NORP" and is_firm_name(ent.text):
            return Span(doc, ent.start, ent.end, label="ORG")  # "Sino-Kafue Copper Ltd" is no nationality
        if ent.label_ == "NORP" and len(ent) > 1 and all(t.is_title for t in ent) \
                and not self.gazetteer.country_of_demonym(ent[-1].text) and not self.gazetteer.country_of_demonym(
                    ent.text) and ent[-1].lower_ not in REGION_DEMONYMS:
            return Span(doc, ent.start, ent.end, label="ORG")  # "Bharat Fibrenet" is no nationality
        if ent.label_ == "NORP" and self.gazetteer.lookup(ent.text) and not self.gazetteer.country_of_demonym(ent.text):
            return Span(doc, ent.start, ent.end, label="GPE")  # "the Tunis-based institute"
        return ent

    def _holder_after_portfolio(self, ent: Span) -> Span | None:
        """'Agnes Tumusiime' of 'State Minister for' + 'Internal Affairs Agnes Tumusiime': the name after the
        portfolio's dictionary words, where the model tagged both as one body."""
        doc = ent.doc
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") \
                or doc[ent.start - 2].lower_ not in _PORTFOLIO_HOLDERS:  # not "chair of Van Thinh Phat group"
            return None
        first = next((t.i for t in ent[1:] if t.lower_ not in self.words and t.is_title), None)  # not "for" of
        # "Secretary of" + "State for Energy Ana Belen Rojo"
        if first is None or not 2 <= ent.end - first <= 3 or not all(t.pos_ == "PROPN" for t in doc[first:ent.end]):
            return None
        return Span(doc, first, ent.end, label="PERSON")

    def _paired_with_place(self, tok: Token) -> bool:
        """'to Akureyri and Egilsstadir', 'at Hrebenne and Medyka': a name joined by 'and' to a place the gazetteer
        knows or the model tagged, both after a place preposition."""
        first = _first_conjunct(tok)
        other = first if first.i != tok.i else next((c for c in tok.children if c.dep_ == "conj"), None)
        return other is not None and first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPS \
            and tok.lower_ not in ORG_HEADS | COMPANY_WORDS and tok.doc[min(tok.i, other.i) + 1].lower_ == "and" \
            and abs(tok.i - other.i) == 2 and tok.nbor(-1).lower_ in _PLACE_PREPS | {"and"} \
            and (bool(self.gazetteer.lookup(other.text)) or other.ent_type_ in ("GPE", "LOC"))

    def _named_place(self, ent: Span) -> bool:
        """'in the state capital Shimla': a known place, inside a sentence or before its mayor, though tagged as a
        noun; 'Karnali' of 'Gandaki and Karnali provinces'."""
        return ent[0].is_title and (not ent[0].is_sent_start or _before_local_title(ent.doc, ent.end)) \
            and (self.gazetteer.lookup(ent.text) is not None or _before_plural_place_noun(ent))

    def _demonym(self, text: str) -> bool:
        """'Tajik', 'Sri Lankan', and joint ones: 'Franco-Ivorian', 'Chinese-Zambian'."""
        *firsts, last = text.split("-")
        return bool(self.gazetteer.country_of_demonym(last)) and all(
            w.lower() in _COMBINING_FORMS or self.gazetteer.country_of_demonym(w) for w in firsts)

    def _is_place(self, ent: Span, person_words: set[str]) -> bool:
        place = self.gazetteer.lookup(ent.text)
        if place is None or any(t.lower_ in person_words for t in ent):
            return False
        if place.kind == "city" and _acronym(ent):
            return False  # "BAM" is a body, not the Iranian city of Bam
        if ent.start > 0 and is_title(ent.doc[ent.start - 1].text) or ent[-1].lower_ in ORG_HEADS:
            return False
        population = self.gazetteer.city_population.get(ent.text.lower(), 0)
        return place.kind != "city" or population >= MIN_PLACE_POPULATION

    def _once_opening(self, doc: Doc) -> set[str]:
        """Dictionary words that open a sentence and appear nowhere else, but as the subject of a speech verb or
        a name before a noun ('Kuomintang legislator X'): 'Turnout was 71.3%', 'Anger spread', tagged as a
        person, name no one (a person is named again, or speaks; 'Parliament passed' is a body)."""
        counts = Counter(t.lower_ for t in doc)
        return {t.lower_ for t in doc if t.is_sent_start and t.is_title and t.lower_ in self.words
                and counts[t.lower_] == 1 and not self.gazetteer.lookup(t.text) and t.dep_ != "compound"
                and not (t.dep_ == "nsubj" and t.head.lemma_ in CUE_VERBS)}

    def _located(self, ent: Span) -> bool:
        """A known place, or a name after 'in' or 'the town of': a place the model took for a name (not one
        after a title: 'in Ituri, Lieutenant Didier Mawazo')."""
        if ent[0].lower_ in PLACE_WORDS:
            return True
        if ent.start > 0 and is_title(ent.doc[ent.start - 1].text) or _closed_subject(ent) is not None:
            return False
        node = _first_conjunct(ent.root)
        if _before_plural_place_noun(ent):
            return True  # "Mandi, Kullu and Chamba districts"
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ in ("in", "near", "outside", "across"):
            return True
        if prep.lower_ == "of" and prep.head.lemma_ in PLACE_NOUNS | COMPASS_WORDS \
                or prep.lower_ == "as" and prep.head.lemma_ in PLACE_NOUNS:
            return True  # "the districts of Sunsari, Saptari and Udayapur", "north of Mahaday", "towns such as X"
        if prep.lower_ in ("to", "from", "between") and prep.head.lemma_.lower() in ROUTE_NOUNS:
            return True  # "on the road to Mahaday", "the road between Ménaka and Anderamboukane"
        if prep.lower_ in ("to", "from") and prep.head.lemma_ in _JOURNEYS:
            return True  # "is due to travel on Friday to El Alamein", "had travelled overnight from Bogura"
        if prep.lower_ == "at" and prep.head.lemma_.lower() in REGION_WORDS - FACILITY_WORDS:
            return True  # "the crossing at Dhobley"
        return self.gazetteer.lookup(ent.text) is not None and prep.lower_ in ("to", "from", "at", "between",
                                                                               "towards", "toward", "through")

    def _completed_orgs(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """NORP/GPE followed by capitalised words ending in an organisation noun becomes one ORG."""
        starts = {s.start: s for s in spans}
        found = []
        for span in spans:
            if span.label_ not in ("NORP", "GPE"):
                continue
            end, headed = span.end, False
            while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start \
                    and (end not in starts or starts[end].label_ == "ORG"):
                headed = headed or end in starts and starts[end].root.lower_ in ORG_HEADS  # "+ Forum for the ..."
                end = starts[end].end if end in starts else end + 1
            if end > span.end and (doc[end - 1].lower_ in ORG_HEADS or headed):
                found.append(Span(doc, span.start, end, label="ORG"))
        return found


_JOURNEYS = {"travel", "fly", "sail", "drive", "flee", "evacuate", "relocate", "journey"}


def _closed_subject(ent: Span) -> Token | None:
    """'a regional coordinator in Toamasina, Jean-Claude Razafy, had told him': the subject ('coordinator') that a
    name between commas closes before its verb; the name is that subject's, no place."""
    doc, comma = ent.doc, ent.end
    if ent.start == 0 or doc[ent.start - 1].text != "," or comma >= len(doc) or doc[comma].text != ",":
        return None
    verb = next((t for t in doc[comma + 1:] if t.dep_ not in ("aux", "auxpass", "neg", "advmod")), None)
    if verb is None or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i <= ent.start and ent.end <= c.right_edge.i + 1), None)


def _before_plural_place_noun(ent: Span) -> bool:
    """'Mandi', 'Kullu' and 'Chamba' of 'a red alert for Mandi, Kullu and Chamba districts', 'the Densu and
    Birim rivers'."""
    doc, i = ent.doc, ent.end
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ in ("and", "or") or doc[i].pos_ == "PROPN"
                            or doc[i].is_title and doc[i].ent_type_):  # "Gandaki and Karnali/ORG provinces"
        i += 1
    return i < len(doc) and doc[i].tag_ == "NNS" and doc[i].lemma_.lower() in PLACE_NOUNS | {"river", "lake"}


def _first_conjunct(tok):
    """'Kullu' of 'Mandi, Kullu and Chamba' is 'Mandi': the first of a list carries its place in the sentence."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _said_to_be_place(ent: Span) -> bool:
    """'the town of La Ronge', 'the communities of Air Ronge and Stanley Mission', 'the mayor of Hammerfest', 'a
    teacher from Bosa', 'Nagorno-Karabakh, a mountainous region', 'Dhalogi village': the article itself calls the
    name a place."""
    node = _first_conjunct(ent.root)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in PLACE_NOUNS | {"mayor"}:
        return True
    if ent.label_ == "PERSON" and node.dep_ == "pobj" and node.head.lower_ == "from" \
            and node.head.head.pos_ == "NOUN" and is_person_role(node.head.head.text):
        return True  # "a retired teacher from Santu Lussurgiu"
    if any(c.dep_ == "appos" and c.lemma_ in PLACE_NOUNS | LANDFORMS for c in ent.root.children):
        return True
    if node.dep_ == "nsubj" and node.head.lemma_ == "be" and any(_a_landform(c) for c in node.head.children
                                                                   if c.dep_ == "attr"):
        return True  # "Fuego is one of Central America's most active volcanoes"
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _SETTLEMENTS | LANDFORMS


def _a_landform(attr: Token) -> bool:
    """'a volcano', 'one of the most active volcanoes'."""
    return attr.lemma_ in LANDFORMS or attr.lower_ == "one" and any(t.lemma_ in LANDFORMS for t in attr.subtree)


def _majority_labels(doc: Doc, spans: list[Span], bodies: set[str], places: set[str],
                     people: set[str]) -> list[Span]:
    """Every mention of the same name gets the label most of its mentions have (places win ties), an
    organisation's where the article says the name is one, a place's where it says it is a place, a person's
    where it describes a person ('X, a UNHCR field officer')."""
    votes: dict[str, list[str]] = {}
    for span in spans:
        votes.setdefault(span.text, []).append(span.label_)
    rank = {"GPE": 3, "LOC": 2, "ORG": 1}
    out = []
    for span in spans:
        labels = votes[span.text]
        if span.label_ == "NORP" and span.text in bodies:
            span = Span(doc, span.start, span.end, label="ORG")  # "Vantra", no nationality, a body elsewhere
        elif span.label_ in ("PERSON", "ORG", "GPE", "LOC") and (len(set(labels)) > 1 or span.text in bodies | places):
            best = "ORG" if span.text in bodies else "PERSON" if span.text in people \
                else "LOC" if span.text in places and "LOC" in labels \
                else "GPE" if span.text in places else \
                max(sorted(set(labels)), key=lambda label: (labels.count(label), rank.get(label, 0)))
            span = Span(doc, span.start, span.end, label=best)
        out.append(span)
    return out


def _company_short_names(spans: list[Span], gazetteer: Gazetteer) -> set[str]:
    """'Rupali Knit' tagged a person where the article names 'Rupali Knit Composite Ltd.', 'Skyline' tagged a
    place where it names 'Skyline Sports Media', 'Sino-Kafue' a nationality: the company's short name."""
    firms = [s.text for s in spans if s.label_ == "ORG" and is_firm_name(s.text)]
    prefixed = [s.text for s in spans if s.label_ == "ORG" and s.text.split()[0].lower() in COMPANY_PREFIXES]
    return {s.text for s in spans if (any(f.startswith(s.text + " ") for f in firms)
                                       or any(f.endswith(" " + s.text) for f in prefixed))  # "Minera X": X
            and (s.label_ == "PERSON" or s.label_ in ("GPE", "LOC", "NORP") and not gazetteer.lookup(s.text)
                 and not gazetteer.country_of_demonym(s.text))}


def _bodies_by_usage(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> set[str]:
    """Names the model took for people's or places' that only a body can be: 'a Meridian Boxline spokesperson',
    'operated by Singapore-based Meridian Boxline', 'Green Left lawmaker Pablo Iturbe'."""
    people = {s.start for s in spans if s.label_ == "PERSON"}

    def used_as_body(span: Span) -> bool:
        after = doc[span.end] if span.end < len(doc) else None
        based = span.start >= 2 and doc[span.start - 1].lower_ == "based" and doc[span.start - 2].text == "-"
        seat = after is not None and after.lower_ in _PARTY_SEATS and after.i + 1 in people
        return based or seat or after is not None and after.lower_ in _STAFF and span.root.dep_ == "compound"
    return {s.text for s in spans if s.label_ in ("PERSON", "GPE", "LOC") and used_as_body(s)
            and not gazetteer.lookup(s.text)}


def _describes_named_body(span: Span, bodies_at: set[int]) -> bool:
    """'UN' of 'the UN refugee agency UNHCR', 'the UN children's agency, Unicef': a body's name inside the
    description of another body the article names right after it (`bodies_at`: where bodies' names start)."""
    if span.label_ != "ORG":
        return False
    head = span.root
    while head.dep_ in ("compound", "poss", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    after = head.i + 2 if head.i + 1 < len(span.doc) and span.doc[head.i + 1].text == "," else head.i + 1
    return head.i >= span.end and head.lower_ in ORG_HEADS and after in bodies_at


def _completed_repeats(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Helios' + 'Grid had spent', 'Kara' + '-Dobo village council': a name the model cut short here and tagged
    whole elsewhere in the article."""
    whole = [(s.text, s.label_) for s in spans if s.label_ in _ENTITY_LABELS and len(s) > 1]
    out = []
    for span in spans:
        text = span.text
        for name, label in whole:
            if len(name) > len(text) and name[len(text)] in " -" and name.startswith(text):
                longer = doc.char_span(span.start_char, span.start_char + len(name), label=label)
                if longer is not None and longer.text == name:
                    span = longer
                    break
        out.append(span)
    return filter_spans(out)


def _untagged_repeats(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Kudipay filed an appeal': a person's or organisation's name the model tagged elsewhere in the article
    but not here."""
    by_first: dict[str, list[Span]] = {}
    for s in spans:
        if s.label_ in ("PERSON", "ORG") and not s[0].is_lower:
            by_first.setdefault(s[0].text, []).append(s)
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for tok in (t for t in doc if t.i not in covered):
        for known in by_first.get(tok.text, ()):
            span = doc.char_span(tok.idx, tok.idx + len(known.text), label=known.label_)
            if span is not None and span.text == known.text and not covered & set(range(span.start, span.end)):
                found.append(span)
                covered.update(range(span.start, span.end))
    return found


def _joined_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Disaster' + 'and' + 'Dyke Management Authority', 'Nursing' + 'and' + 'Midwifery Council of Nigeria',
    'African Court on Human' + 'and' + 'Peoples' Rights': a body's name the model cut at its 'and' (not 'the
    Ministry of Health and Pfizer': the first part names a body already), or at the comma of its list of
    portfolios."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        cut = last is not None and last.label_ == span.label_ == "ORG" and span.start == last.end + 1 \
            and doc[last.end].lower_ in ("and", "&")
        listed = last is not None and last.label_ == span.label_ == "ORG" and span.start == last.end + 1 \
            and doc[last.end].text == "," and len(last) > 2 and last[-2].lower_ in _OF_WORDS \
            and any(t.lower_ in ("and", "&") for t in span) and not any(t.lower_ in ORG_HEADS for t in span)
        if listed or cut and (any(t.lower_ in ORG_HEADS for t in span) and not any(t.lower_ in ORG_HEADS for t in last)
                              or len(last) > 2 and last[-2].lower_ in _OF_WORDS
                              and span[-1].tag_ in ("NNS", "NNPS")):
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "Department of Enterprise, Tourism and
            # Employment", "Commission for Conciliation, Mediation and Arbitration"
        elif _third_of_a_list(doc, out, span):
            out[-2:] = [Span(doc, out[-2].start, span.end, label="ORG")]  # "Kenya Medical Practitioners" + ","
            # + "Pharmacists" + "and" + "Dentists Union"
        else:
            out.append(span)
    return out


def _third_of_a_list(doc: Doc, out: list[Span], span: Span) -> bool:
    """'X, Y and Z Union': a body's name the model cut at the comma and the 'and' of the trades it lists."""
    if len(out) < 2 or span.label_ != "ORG" or span[-1].lower_ not in ORG_HEADS:
        return False
    first, middle = out[-2], out[-1]
    return first.label_ == "ORG" and not any(t.lower_ in ORG_HEADS for t in first) \
        and middle.start == first.end + 1 and doc[first.end].text == "," and all(t.is_title for t in middle) \
        and span.start == middle.end + 1 and doc[middle.end].lower_ == "and"


def _split_places(span: Span, gazetteer: Gazetteer, called_places: set[str]) -> list[Span]:
    """'Osh and Jalal-Abad', one span of the model's, are two places ('Trinidad and Tobago' is one), and
    'the National Assembly in Sofia' a body and a place."""
    located = next((t.i for t in span[1:-1] if t.lower_ == "in" and span.doc[t.i - 1].lower_ in ORG_HEADS - _POSTS
                    and gazetteer.lookup(span.doc[t.i + 1:span.end].text)), None)
    if span.label_ == "ORG" and located is not None:  # "the National Assembly in Sofia"
        return [Span(span.doc, span.start, located, label="ORG"), Span(span.doc, located + 1, span.end, label="GPE")]
    joints = [t.i for t in span[1:-1] if t.lower_ == "and" or t.text == ","]
    route = [t.i for t in span[1:-1] if t.text in ("-", "–") and not t.whitespace_ and not t.nbor(-1).whitespace_
             or t.lower_ == "to"]
    if route and all(gazetteer.lookup(p.text) for p in _parts(span, route)) and not gazetteer.lookup(span.text) \
            and span.text not in called_places:
        return _parts(span, route, "GPE")  # "routes such as Amsterdam-Málaga", "a flight from Bodø to Tromsø",
        # not Kara-Dobo, which the article calls a village
    if span.label_ == "ORG" and len(joints) == 1 and _each_named_apart(span, joints[0]):
        return _parts(span, joints)  # "the Council on Ethics and Norges Bank", each named again elsewhere
    if span.label_ == "ORG" and len(joints) == 1 and span.doc[joints[0]].lower_ == "and" \
            and span.root.head.lower_ in _PLACE_PREPS and any(gazetteer.lookup(p.text) for p in _parts(span, joints)) \
            and not any(t.lower_ in ORG_HEADS for t in span):
        return _parts(span, joints, "GPE")  # "between Cox's Bazar and Chattogram"
    if span.label_ not in ("GPE", "LOC") or not joints or gazetteer.lookup(span.text):
        return [span]
    parts = _parts(span, joints)
    return parts if all(p[0].is_title for p in parts) else [span]


def _each_named_apart(span: Span, joint: int) -> bool:
    """Both halves of a name joined by 'and' are names of bodies the article uses on their own."""
    doc, text = span.doc, span.doc.text
    halves = [doc[span.start:joint], doc[joint + 1:span.end]]
    return doc[joint].lower_ == "and" and all(
        any(t.lower_ in ORG_HEADS for t in half) and text.count(half.text) > 1 for half in halves)


def _parts(span: Span, joints: list[int], label: str | None = None) -> list[Span]:
    """The span cut at the joints' tokens, which are left out."""
    bounds = [span.start - 1] + joints + [span.end]
    return [Span(span.doc, a + 1, b, label=label or span.label_) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def _hyphenated_given_names(doc: Doc) -> list[Span]:
    """'Han Jae-won', 'Choi Min-seok': a family name and a hyphenated given name are one person."""
    found = []
    for match in _HYPHENATED_NAME.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is None or span[0].is_stop or _compound_modifier(span[-1].text):
            continue  # "The Hanoi-based group", "an Iran-backed militia"
        before = doc[span.start - 1] if span.start > 0 else None
        if before is None or not before.is_title or is_title(before.text):
            found.append(span)
    return found


def _compound_modifier(word: str) -> bool:
    """'based', 'backed', 'run', 'style': what follows a place's hyphen, never a given name's."""
    return word.endswith("ed") or word in ("run", "born", "style", "made", "era", "wide")


def _acronym(ent: Span) -> bool:
    return len(ent) == 1 and len(ent.text) > 2 and ent.text.isupper()


def _acronym_close(doc: Doc, end: int) -> int | None:
    """Where the brackets close of an acronym right after a name: '... (BMS)', '... (MQM-P)', '... (TurkStat)'."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((t.i for t in doc[end + 1:end + 6] if t.text == ")"), None)
    inner = doc[end + 1:close] if close else []
    camel = len(inner) == 1 and inner[0].text[:1].isupper() and sum(c.isupper() for c in inner[0].text) >= 2
    return close if inner and (camel or inner[0].is_upper and all(t.is_upper or t.text == "-" for t in inner)) \
        else None


def _names_before_acronyms(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """'The Muttahida Qaumi Movement-Pakistan (MQM-P)': capitalised words whose initials the bracketed
    acronym after them spells are an organisation's name, whatever the model made of them."""
    found = []
    for tok in doc[2:]:
        close = _acronym_close(doc, tok.i)
        if close is None:
            continue
        letters = "".join(t.text for t in doc[tok.i + 1:close] if t.text != "-")  # "MQM-P"
        start = tok.i
        while start > sentence(tok).start and (doc[start - 1].is_title or doc[start - 1].text == "-"
                                               or doc[start - 1].lower_ in NAME_JOINERS - {"the"} | {"in"}
                                               | _LINKING_PARTICLES  # "Salares del Norte Lithium (SNL)"
                                               or start > 1 and doc[start - 2].text == "-"
                                               and not doc[start - 2].whitespace_):
            start -= 1  # "Co-operation"
        for first in range(start, tok.i - 1):  # the longest name the letters spell ("... Co-operation in Europe")
            words = [w for t in doc[first:tok.i] for w in t.text.split("-") if w[:1].isupper()]
            if doc[first].is_title and not doc[first].is_stop and len(words) >= 2 \
                    and _spells(letters, doc[first:tok.i], words) and not gazetteer.lookup(doc[first:tok.i].text):
                label = "LAW" if doc[tok.i - 1].lower_ in LAW_WORDS else "ORG"  # "... Regulation (GDPR)"
                found += [Span(doc, first, tok.i, label=label), Span(doc, tok.i + 1, close, label=label)]
                break
    return found


def _spells(letters: str, name: Span, words: list[str]) -> bool:
    """Whether an acronym spells a name's capitalised initials, or its initials with the small words in
    lower case but for one letter: 'Alternative for Germany (AfD)' keeps the German 'D'."""
    if "".join(w[0] for w in words) == letters:
        return True
    initials = [t.text[0] for t in name]
    return len(letters) == len(initials) >= 3 and letters[0] == initials[0] \
        and any(c.islower() for c in letters) and sum(a != b for a, b in zip(letters, initials)) == 1


def _untagged_acronyms(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """'UNICEF warned that ...', 'the East African bloc IGAD', 'the ECOWAS observer mission': an untagged acronym
    that speaks, that a word for a body describes or that names a body's kind, is a body (not a dateline's
    'SYDNEY (AP) —')."""
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.is_upper and t.is_alpha and len(t) > 2
            and not t.ent_type_ and not gazetteer.lookup(t.text.title())
            and (t.dep_ == "nsubj" and t.head.lemma_.lower() in CUE_VERBS
                 or t.dep_ in ("appos", "compound") and _compound_head(t).lemma_.lower() in BODY_DESCRIPTORS)]


def _compound_head(tok: Token) -> Token:
    """The noun a chain of compounds ends in, or the noun an apposition stands beside: 'mission' of 'the ECOWAS
    observer mission', 'bloc' of 'the bloc IGAD'."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ != "appos" else tok.head


def _acronyms_in_apposition(doc: Doc) -> list[Span]:
    """'the UN peacekeeping mission in Congo, MONUSCO, said': an acronym the model left untagged, set
    between commas after a description, names a body."""
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.dep_ == "appos" and not t.ent_type_
            and _acronym(doc[t.i:t.i + 1]) and t.is_alpha and 0 < t.i < len(doc) - 1
            and doc[t.i - 1].text == "," and doc[t.i + 1].text == ","]


def _bracketed_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """'the Independent Miners’ Union (BMS)', 'the National Coordinator for Disaster Reduction (Conred)': the
    acronym or the one short name in brackets after an organisation's name."""
    closes = [(s, _acronym_close(doc, s.end) or _short_name_close(doc, s.end)) for s in spans if s.label_ == "ORG"]
    return [Span(doc, s.end + 1, close, label="ORG") for s, close in closes if close is not None]


def _short_name_close(doc: Doc, end: int) -> int | None:
    """Where the brackets close around one capitalised word that is no place: '... (Walhi)'."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1]
    return end + 2 if word.is_title and word.is_alpha and word.ent_type_ not in ("GPE", "LOC", "NORP") else None


def _named_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """'A Berlin court', 'Bonn police', 'the Dos de Mayo hospital': a name heading a body's noun."""
    found = []
    for span in spans:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.lower_ in BODY_NOUNS and span.root.head == nxt \
                and span.label_ in ("GPE", "ORG", "FAC", "PERSON"):
            found.append(Span(doc, span.start, span.end + 1, label="ORG"))
    return found


def _untagged_of_names(doc: Doc) -> list[Span]:
    """'the Department of Foreign Affairs', 'Qatar's Ministry of Defence', 'Coordination Headquarters for
    the Treatment of Prisoners of War': a capitalised body noun with its 'of' name, which the model left
    out or tagged in pieces."""
    found = []
    for tok in doc:
        if tok.is_title and tok.lower_ in NAME_HEADS and not tok.is_sent_start and tok.ent_type_ != "ORG":
            end = _of_name_end(doc, tok.i, tok.i + 1)
            start = tok.i
            while start > sentence(tok).start and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                    and doc[start - 1].pos_ in ("PROPN", "NOUN"):
                start -= 1  # "Coordination" + "Headquarters for the Treatment of ..."
            if end > tok.i + 1:
                found.append(Span(doc, start, end, label="ORG"))
    return found


def _surnames_as_people(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """'Kiely denied ...', 'Varbanov told ...' after 'Tom Kiely', 'Stefan Varbanov': the surname of a
    person named in full, which the model left untagged (an adverb, for the -ly name) or took for a
    nationality. The family name may come first ('Han' of 'Han Jae-won') or in the middle ('Mamani' of
    'Rosa Mamani Cruz')."""
    people = [s for s in spans if s.label_ == "PERSON"]
    surnames = {s[-1].text for s in people if len(s) > 1 and s[-1].is_title} \
        | {s[0].text for s in people if len(s) > 2 and s[-1].is_lower} \
        | {s[1].text for s in people if len(s) == 3 and s[1].is_title}
    titled = {s[-1].text for s in people if len(s) > 1 and s.start and is_title(doc[s.start - 1].text)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans = [Span(doc, s.start, s.end, label="PERSON") if s.text in surnames and (
        s.label_ == "NORP" or s.label_ in ("GPE", "LOC") and len(s) == 1
        and (not gazetteer.is_country(s.text) or s.text in titled))
        else s for s in spans]  # "Medina", "Montenegro" of "Minister Julia Montenegro", not the "Ghana" of the
    # group "A Rocha Ghana"
    return spans + [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
                    if t.text in surnames and t.i not in taken and not t.is_stop
                    and t.pos_ in ("PROPN", "NOUN", "ADV", "ADJ")
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN")]


def _given_names_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Fernanda' (ORG) + 'Albuquerque dos Santos' (PERSON): a lone capitalised word the model labelled
    otherwise, just before a person's name, is the given name."""
    by_start = {s.start: s for s in spans}
    out, skip = [], set()
    for span in spans:
        after = by_start.get(span.end)
        if span.start in skip:
            continue
        if len(span) == 1 and span.label_ in ("ORG", "GPE", "NORP") and after is not None \
                and after.label_ == "PERSON" and span[0].is_title and span[0].whitespace_ == " ":
            out.append(Span(doc, span.start, after.end, label="PERSON"))
            skip.add(after.start)
        else:
            out.append(span)
    return out


def _and_joined_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """'the Department of Communications' + 'and Digital Technologies': an of-name the model cut at 'and',
    where what follows names no body of its own."""
    by_start = {s.start: s for s in spans}
    out, skip = [], set()
    for span in spans:
        if span.start in skip:
            continue
        after = by_start.get(span.end + 1)
        if span.label_ == "ORG" and span.end < len(doc) and doc[span.end].lower_ == "and" and after is not None \
                and after.label_ == "ORG" and any(t.lower_ in ("of", "for") for t in span) \
                and all(t.is_title or t.is_upper for t in after) and after[0].lower_ not in NAME_HEADS \
                and not any(t.lower_ in ("of", "for") for t in after):
            span = Span(doc, span.start, after.end, label="ORG")
            skip.add(after.start)
        out.append(span)
    return out


def _named_facility(ent: Span) -> bool:
    """The name a place or a facility is 'known as' or 'called' ('the dam, known as Gibe V')."""
    prep = ent.root.head
    verb = prep.head if ent.root.dep_ == "pobj" and prep.lower_ == "as" else ent.root.head
    named = verb.lemma_ in ("know", "call", "name") and verb.dep_ == "acl" and verb.i < ent.start
    return named and verb.head.lemma_.lower() in REGION_WORDS | PLACE_NOUNS


def _names_alliance(ent: Span, alliances: set[str]) -> bool:
    """'the M23 armed group', 'the Mercosur trade bloc': a name on a word for a group of members, here or
    (one word) anywhere in the article ('the Mercosur bloc', then 'the Mercosur deal')."""
    root = ent.root
    return root.dep_ in ("compound", "nmod") and not root.is_lower and root.head.lower_ in _ALLIANCES \
        or len(ent) == 1 and ent.text in alliances


def _alliance_words(doc: Doc) -> set[str]:
    """One-word names the article puts on a lower-case word for a group of members ('the Mercosur bloc')."""
    return {t.text for t in doc if t.dep_ in ("compound", "nmod") and not t.is_lower and t.head.is_lower
            and t.head.lower_ in _ALLIANCES}


def _known_as_body(ent: Span) -> bool:
    """The name an organisation is 'known as' ('the Electoral Service, known as Servel')."""
    prep = ent.root.head
    verb = prep.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "as" and verb.lemma_ == "know" and verb.dep_ == "acl" \
        and verb.head.ent_type_ == "ORG"


def _speaking_work(ent: Span) -> bool:
    """A 'work of art' of capitalised names that is a verb's subject: a name after a quotation."""
    return ent.label_ == "WORK_OF_ART" and ent.root.dep_ in ("nsubj", "nsubjpass") \
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)


def _storm_and_pathogen_names(doc: Doc) -> set[str]:
    """'Idai' once 'Cyclone Idai' was named, 'Nipah' once 'the Nipah virus' was, 'the Tumalo Ridge Fire': a
    storm, a disease or a wildfire, never a person or an organisation."""
    return set(_STORM_NAME.findall(doc.text)) | set(_PATHOGEN_NAME.findall(doc.text)) \
        | set(_FIRE_NAME.findall(doc.text))


def _vessel_names(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """'the ferry Aurora Nordica', 'cargo ship Kestrel Bay', 'the MV Nyakato': a ship's name, no person or
    organisation."""
    names = set()
    for tok in doc[:-1]:
        end = tok.i + 1
        while (tok.is_lower and tok.lemma_ in VESSELS or tok.text in _SHIP_PREFIXES) and end < len(doc) \
                and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end > tok.i + 1 and (tok.text in _SHIP_PREFIXES or not gazetteer.lookup(doc[tok.i + 1:end].text)):
            names |= {doc[tok.i + 1:end].text, doc[tok.i:end].text}  # "MV Nyakato" and "Nyakato"
    return names


def _common_word(ent: Span, lower_words: set[str]) -> bool:
    """'Turnout', 'Anger' or 'Digital' tagged as a noun or adjective (not after 'research firm'), or 'Cholera'
    opening a sentence of an article that also writes 'a cholera outbreak': a common word, no person and no
    organisation."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1:
        return False
    word = ent[0]
    return word.pos_ in ("NOUN", "ADJ") and not word.is_upper and not _after_company_word(ent.doc, ent.start) \
        or ent.start == sentence(word).start and word.lower_ in lower_words


def _place_name_end(doc: Doc, start: int, end: int) -> int:
    """Where a place's name ends that the model cut: 'Ganda' + 'Singh Wala' (tagged apart), 'Quang' + 'Ngai
    city' (untagged words up to a settlement word)."""
    following = next((e for e in doc.ents if e.start == end and e.label_ in ("GPE", "LOC", "PERSON")), None) \
        if end < len(doc) and doc[end].ent_iob_ == "B" else None
    if following is not None and doc[end - 1].dep_ == "compound" \
            and not any(is_title(t.text) or t.lower_ in REGION_WORDS for t in doc[start:following.end]) \
            and following.start <= doc[end - 1].head.i < following.end:
        return following.end
    stop = end
    while stop < len(doc) and (doc[stop].pos_ == "PROPN" or doc[stop].text == "An") and doc[stop].is_title \
            and not doc[stop].ent_type_:
        stop += 1  # "Nghe" + "An province": a capital "An" inside a sentence is a name's
    if stop > end and stop < len(doc) and doc[stop].lower_ in REGION_WORDS:
        return stop  # "Nghe" + "An" of "Nghe An province"
    return stop + 1 if stop > end and stop < len(doc) and doc[stop].lower_ in _SETTLEMENTS | {"city"} else end


def _sites_by_own_name(spans: list[Span]) -> set[str]:
    """'Campo Arenal' of 'the Campo Arenal nuclear power plant': the site's own name is a place's too."""
    own = (next((s[:t.i - s.start] for t in s if t.is_lower), s) for s in spans
           if s.label_ == "FAC" and s[-1].lower_ in SITES)
    return {o.text for o in own if len(o)}


def _site_end(doc: Doc, end: int) -> int | None:
    """Where a site's name ends whose kind follows the name after words describing it: 'Campo Arenal' +
    'nuclear power plant', 'Qori Wayra' + 'copper mine', 'Rao Trang' + '3 hydropower plant'."""
    while end < len(doc) and doc[end].like_num and not doc[end].is_alpha:
        end += 1  # "Rao Trang 3 hydropower plant"
    i = end
    while i < len(doc) and i - end < 3 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") \
            and doc[i].lower_ not in SITES:
        i += 1
    return i + 1 if end < i < len(doc) and doc[i].lower_ in SITES and doc[i].pos_ == "NOUN" else None


def _extended(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Span:
    """Take in name words the model left out: 'Ana' + 'Lucía Quiroga', 'Viña' + 'del Mar',
    'Kansai' + 'region', 'Kapikule' + 'border crossing'."""
    start, end = ent.start, ent.end
    if ent.label_ in ("PERSON", "ORG") and _before_local_title(doc, end) and gazetteer.lookup(ent.text):
        return Span(doc, start, end, label="GPE")  # "Mito" of "Mito Mayor Yoko Hayama", "Bodø mayor Lene Strand"
    if ent.label_ in ("GPE", "LOC"):
        end = _place_name_end(doc, start, end)
    unknown_people = ent.label_ == "NORP" and not gazetteer.country_of_demonym(ent.text)  # "Cagayan province"
    site = _site_end(doc, end)
    if site is not None and (ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") or unknown_people):
        return Span(doc, start, site, label="FAC")  # "the Campo Arenal nuclear power plant", "Bisie tin mine"
    if len(ent) > 1 and ent[-1].lower_ in REGION_WORDS and _describes_next(doc, end):
        ent = Span(doc, start, end - 1, label=ent.label_)  # "Pacific island" of "Pacific island countries"
        end -= 1
    after = doc[end].lower_ if end < len(doc) else ""
    camp = after in CAMP_KINDS and end + 1 < len(doc) and doc[end + 1].lower_ == "camp"  # not "the Biden camp"
    if (after in REGION_WORDS or camp) and (ent.label_ in ("GPE", "LOC", "ORG", "FAC", "PRODUCT") or unknown_people
                                            or ent.label_ == "PERSON" and after != "state"):
        end += 2 if camp else 0
        while end < len(doc) and doc[end].lower_ in REGION_WORDS:  # "Turaibil border crossing"
            end += 1
        if doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end or _describes_next(doc, end):
            end = ent.end  # "the RSF field commander", "the Lusaka township of Matero", "Pacific island countries":
            # the unit word describes what follows
            if doc[end].text in _ADMIN_UNITS and doc[end].head.lemma_.lower() in ORG_HEADS | BODY_NOUNS:
                ent = Span(doc, ent.start, ent.end, label="GPE")  # "the Negeri Sembilan state government"
        else:
            ent = Span(doc, ent.start, ent.end, label="GPE" if ent.label_ in ("ORG", "PERSON", "NORP") else ent.label_)
    if ent.label_ == "ORG":
        end = _and_name_end(doc, ent.start, _of_name_end(doc, ent.start, end))
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
                and not doc[end].ent_type_ and doc[end - 1].head == doc[end].head:
            end += 1  # "IG" + "BCE"
        end = _posted_in(doc, end, gazetteer)
        if end < len(doc) and doc[end - 1].text in ("'s", "’s") and doc[end].is_title \
                and doc[end].lower_ in ORG_HEADS:
            end += 1  # "the Rustenburg Magistrate's" + "Court"
    end = _known_place_end(doc, start, end, gazetteer)
    while end + 1 < len(doc) and _linking(doc, end):
        end += 2
    if ent.label_ == "LOC" and ent[-1].lower_ == "of" and end < len(doc) and doc[end].ent_type_:
        end = next((e.end for e in doc.ents if e.start == end), end)  # "the Bay of" + "Bengal"
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.start < end < e.end), None)
    if end > ent.end and person is not None:  # "Maria" + "do" + "Carmo Guerreiro", the model's person
        end, ent = person.end, Span(doc, ent.start, ent.end, label="PERSON")
    last = doc[end] if end < len(doc) else None
    if ent.label_ == "PERSON" and last is not None and last.pos_ == "PROPN" and last.is_title and not last.ent_type_ \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and not is_title(last.text):
        end += 1  # "Diana Carolina" + "Ospina", not "Moldovan Energy" + "Minister Victor Ciobanu"
    end = _second_part_end(doc, ent.label_, start, end)
    if ent.label_ == "ORG" and ent.text.lower().endswith(_COOPERATION) and end + 1 < len(doc) \
            and doc[end].lower_ == "in" and doc[end + 1].ent_type_ == "LOC":
        end += 2  # "the Organization for Security and Co-operation" + "in Europe"
    while end + 2 < len(doc) and doc[end].lower_ in ARABIC_PARTICLES and doc[end + 1].text == "-" \
            and doc[end + 2].is_title:
        end += 3  # "Jama’at Nusrat al-Islam" + "wal-Muslimin"
    if ent.label_ == "ORG" and start >= 3 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title \
            and not doc[start - 2].ent_type_ and doc[start - 3].lower_ == "the":
        start -= 2  # "the Nursing" + "and Midwifery Council of Nigeria"
    while ent.label_ in ("GPE", "LOC") and start >= 2 and doc[start - 1].lower_ in _LINKING_PARTICLES \
            and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN" and not doc[start - 2].ent_type_:
        start -= 2  # "São Gonçalo do" + "Bação"
        while start > sentence(ent[0]).start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and not doc[start - 1].ent_type_:
            start -= 1
    start, end, label = _hyphen_joined(doc, start, end, gazetteer, ent.label_)
    ent = Span(doc, ent.start, ent.end, label=label)
    while start > sentence(ent[0]).start:
        tok = doc[start - 1]
        if tok.pos_ != "PROPN" or not (tok.is_title or tok.is_upper) or tok.ent_type_ or is_title(tok.text) \
                or tok.dep_ != "compound" or not ent.start <= tok.head.i < ent.end:
            break
        if tok.is_sent_start and tok.lower_.endswith(("ing", "ed")) and gazetteer.lookup(ent.text):
            break  # "Neighbouring India", "Landlocked Malawi": a participle opening the sentence
        start -= 1
    if ent.label_ == "ORG" and start >= 2 and doc[start - 1].text in ("'", "’") and doc[start - 2].is_title \
            and doc[start - 2].lower_.endswith("s"):
        start -= 2  # "the Pilots' Solidarity Association", "Citizens' Watch" + "Slovakia"
    if ent.label_ in ("GPE", "LOC") and any(t.lower_ in COMPANY_WORDS | ORG_HEADS for t in doc[start:ent.start]):
        return Span(doc, start, end, label="ORG")  # "Bank" + "Indonesia"
    start = _compass_start(doc, start, end)
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _second_part_end(doc: Doc, label: str, start: int, end: int) -> int:
    """Where one name the model tagged in two ends: 'Marcelo' + 'Tavares' + 'Lins' (a person), 'Marsyangdi' +
    'Himal Hydro', 'Copperbelt Environmental' + 'Justice' + 'Network' (a body): the first part is a compound of
    the second."""
    if label not in ("PERSON", "ORG"):
        return end
    gap = end
    while label == "ORG" and gap < len(doc) and doc[gap].is_title and not doc[gap].ent_type_ \
            and doc[gap].dep_ == "compound":
        gap += 1  # untagged words between the parts of a body's name
    kinds = ("PERSON",) if label == "PERSON" else ("PERSON", "ORG")
    part = next((e for e in doc.ents if e.label_ in kinds and e.start == gap), None)
    if part is None or doc[gap - 1].dep_ != "compound" or not part.start <= doc[gap - 1].head.i < part.end:
        return end
    if label == "PERSON":
        return end if any(is_title(t.text) for t in doc[start:end]) else part.end
    return part.end if is_firm_name(doc[start:part.end].text) or part[-1].lower_ in ORG_HEADS else end


def _model_of(ent: Span, after: Token | None) -> bool:
    """'Aeris 72 aircraft', 'Boeing 737 jets', 'T-72 tanks': a maker's model number before what it makes."""
    return after is not None and after.lemma_.lower() in _MACHINES and any(c.isdigit() for c in ent[-1].text)


def _before_local_title(doc: Doc, end: int) -> bool:
    """'Mito' + 'Mayor Yoko Hayama': a name right before a local office and the person who holds it."""
    return end + 1 < len(doc) and doc[end].lower_ in _LOCAL_OFFICES \
        and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "B"


def _listed_with_places(tok: Token) -> bool:
    """A name in a list of two or more places ('Kelantan, Terengganu and Pahang')."""
    first = _first_conjunct(tok)
    members = [first] + [t for t in first.subtree if t.dep_ == "conj"]
    return tok.dep_ == "conj" and sum(t.ent_type_ in ("GPE", "LOC") for t in members if t.i != tok.i) >= 2


def _portfolio(doc: Doc, end: int) -> bool:
    """Words that run up to a minister's title and name ('Road and Transport Development' + 'Minister X'): the
    ministry's portfolio, no body or place."""
    while end < len(doc) and (doc[end].lower_ in ("and", "&", ",")
                              or doc[end].is_title and not is_title(doc[end].text)):
        end += 1
    return end + 1 < len(doc) and doc[end].lower_ in _PORTFOLIO_HOLDERS and doc[end].is_title \
        and doc[end + 1].ent_type_ == "PERSON"


def _compass_start(doc: Doc, start: int, end: int) -> int:
    """'southern' + 'Europe', 'sub-Saharan' + 'Africa': a part of a continent or a sea is a region of its own
    (a part of a country, 'central Mali', is still Mali)."""
    if doc[start:end].text not in _CONTINENTS_AND_SEAS or not start:
        return start
    if doc[start - 1].lower_ in _COMPASS:
        return start - 1
    if start >= 3 and doc[start - 3].lower_ == "sub" and doc[start - 2].text == "-":
        return start - 3
    return start


def _named_after_body(ent: Span) -> bool:
    """A name in apposition to a body's: 'the Electoral Service, Servel'."""
    return ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "ORG"


def _describes_next(doc: Doc, end: int) -> bool:
    """A lower-case unit word before 'of X' or before the plural it qualifies."""
    if end >= len(doc) or not doc[end - 1].is_lower:
        return False
    return doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].is_title \
        or doc[end].tag_ == "NNS" and doc[end].lemma_ not in _SPANS_OF_TIME  # not "the X region weeks before"


def _hyphen_joined(doc: Doc, start: int, end: int, gazetteer: Gazetteer, label: str) -> tuple[int, int, str]:
    """'Météo' + '-France' is a body, 'Guinea' + '-Bissau' a country; 'Iraq-Turkey' stays two places."""
    first, last = start, end
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_ and doc[first - 2].is_title:
        first -= 2
    while last + 1 < len(doc) and doc[last].text == "-" and not doc[last - 1].whitespace_ \
            and not doc[last].whitespace_ and doc[last + 1].is_title:
        last += 2
    parts = [gazetteer.lookup(t.text) for t in doc[first:last] if t.text != "-"]
    if (first, last) == (start, end) or all(parts) and not gazetteer.lookup(doc[first:last].text):
        return start, end, label
    if gazetteer.lookup(doc[first:last].text):
        return first, last, "GPE"
    return first, last, "ORG" if any(p is not None and p.kind == "country" for p in parts) else label


def _posted_in(doc: Doc, end: int, gazetteer: Gazetteer) -> int:
    """'U.S. Embassy' + 'in Bishkek', 'UN Support Mission' + 'in Libya': a post abroad is named by its place."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ not in _POSTS or not doc[end - 1].is_title \
            or doc[end].lower_ != "in":
        return end
    place = next((e for e in doc.ents if e.start == end + 1 and e.label_ in ("GPE", "LOC")), None)
    if place is not None:
        return place.end  # "in Dar es Salaam", as the model tagged it
    for last in range(min(end + 4, len(doc)), end + 1, -1):
        if all(t.is_title for t in doc[end + 1:last]) and gazetteer.lookup(doc[end + 1:last].text):
            return last
    return end


def _and_name_end(doc: Doc, start: int, end: int) -> int:
    """'the Australian Competition and' + 'Consumer Commission': a body's name the model cut after its 'and'
    (`_joined_bodies` mends the cut when the model tagged both halves)."""
    joint = end - 1 if doc[end - 1].lower_ in ("and", "&") else end
    if joint >= len(doc) or doc[joint].lower_ not in ("and", "&") \
            or any(t.lower_ in ORG_HEADS for t in doc[start:joint]):
        return end
    last = joint + 1
    while last < len(doc) and doc[last].is_title and not doc[last].ent_type_:
        last += 1
    return last if last > joint + 1 and doc[last - 1].lower_ in ORG_HEADS else end


def _known_place_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """'Democratic Republic' + 'of the Congo', 'Trinidad' + 'and Tobago': the longest known place name the
    entity starts."""
    for longer in range(min(end + 4, len(doc)), end, -1):
        if doc[end].lower_ in ("of", "and") and doc[longer - 1].is_title and gazetteer.lookup(doc[start:longer].text):
            return longer
    return end


def _of_name_end(doc: Doc, start: int, end: int) -> int:
    """'Ministry' + 'of Foreign Affairs', 'Ministry of Energy' + 'and Mines', 'Coordination Headquarters' +
    'for the Treatment of Prisoners of War', 'Group' + 'on Vaccine Provision': an organisation's name the
    model cut short."""
    head = next((i for i in range(start, end) if doc[i].is_title and doc[i].lower_ in NAME_HEADS), None)
    if head is None:
        return end
    if doc[end - 1].lower_ in _OF_WORDS:
        end -= 1
    named = any(doc[i].lower_ in _OF_WORDS for i in range(head, end))
    if not named and (end >= len(doc) or doc[end].lower_ not in _OF_WORDS):
        return end
    stop, last = end, end
    while stop < len(doc) and not doc[stop].is_sent_start and (doc[stop].is_title or doc[stop].lower_ in NAME_JOINERS):
        if doc[stop].ent_iob_ == "B" and doc[stop - 1].lower_ == "and" or doc[stop].ent_type_ in ("DATE", "TIME"):
            break  # "the Ministry of Health and Pfizer": another name; "the Committee for Friday": a day
        if doc[stop].is_title:
            last = stop + 1
        stop += 1
    return last


def _name_words(ent: Span) -> int:
    """Words of a name, a hyphenated one counting once ('Kassym-Jomart Tokayev': two)."""
    return len(ent) - 2 * sum(1 for t in ent[1:-1] if t.text == "-" and not t.whitespace_)


def _titled(ent: Span) -> bool:
    """'Opposition lawmaker Ama Owusu': a role word compounded onto the name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.is_lower and is_person_role(before.text) \
        and before.lower_ not in COMPANY_DESCRIPTORS


def _corporate_role(head: Token) -> bool:
    """'The Kestrel Bay's manager', 'the plant's owner': a role of a thing's, which a company can hold."""
    return head.lemma_.lower() in _CORPORATE_ROLES and any(
        c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "my", "our") for c in head.children)


def _described_as_person(ent: Span) -> bool:
    """'Renata Figueiredo, the bank's director', 'his lawyer, Giorgos Anagnostou', 'One of those leaders,
    X': an apposition naming a person's role; 'Joko Susilo, 52,', 'X, a 22-year-old operator': an age;
    'X, who heads ...': a who; 'X said her son': kin."""
    doc, root = ent.doc, ent.root
    if _aged(ent) or _of_kin(ent) or any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in root.children):
        return True
    head = root.head
    role = _role_of(head) if root.dep_ == "appos" and not _describes_body(head) else None  # not "... the group X"
    if role is not None and (role.lemma_.lower() in PERSON_ROLES
                             or head.pos_ == "NUM" and is_person_role(role.lemma_)):
        return True  # "the governor of Zambezia, Pio Matos", "One of those leaders, Sheikh X"
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_person_role(c.text) and c.left_edge.i > ent.end
               for c in root.children) \
        or root.dep_ == "appos" and (head.pos_ == "NOUN" and is_person_role(head.text)
                                     or head.pos_ == "PROPN" and is_title(head.text))  # "Minister of X, Y"


def _aged(ent: Span) -> bool:
    """'Joko Susilo, 52,', 'Siti Aminah Ismail, a 52-year-old rice farmer': a name given an age."""
    doc = ent.doc
    if len(ent) > 1 and ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 2].text == "," \
            and doc[ent.end + 1].text.isdigit() and 15 <= int(doc[ent.end + 1].text) <= 110:
        return True
    return any(c.dep_ == "appos" and "year-old" in doc[c.left_edge.i:c.i].text for c in ent.root.children)


def _of_kin(ent: Span) -> bool:
    """'Marta Cedeño said her son ...': a name whose own verb goes on to his or her kin or body."""
    doc = ent.doc
    return len(ent) > 1 and ent.end + 2 < len(doc) and doc[ent.end].pos_ == "VERB" \
        and doc[ent.end + 1].lower_ in ("her", "his") and doc[ent.end + 2].lower_ in KIN_NOUNS


def _role_of(head: Token) -> Token | None:
    """'governor' of 'the governor of Zambezia', 'coordinator' of 'a coordinator in Toamasina', 'leaders' of
    'One of those leaders'."""
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "in", "at", "for"):
        return head.head.head
    if head.pos_ == "NUM":
        return next((p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    return None


def _describes_body(word: Token) -> bool:
    """'militia', 'drugmakers', 'company': a noun for an organisation."""
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and (lemma in BODY_DESCRIPTORS or _a_maker(word))


def _one_of(word: Token) -> Token:
    """'retailers' of 'one of the country's biggest retailers', else the word itself."""
    if word.lower_ == "one":
        return next((p for c in word.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), word)
    return word


def _described_as_body(ent: Span) -> bool:
    """'Kataib al-Fajr, an Iran-aligned militia', 'drugmakers Laboratorios Alcora SA', 'a group calling
    itself Saraya Nasr': a name the model took for a person's, said to be an organisation's."""
    doc, root = ent.doc, ent.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "drugmakers X and Y": Y too
    start = ent.start if first is root else min(ent.start, first.left_edge.i)
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_lower and _describes_body(before):
        return True
    appositions = [c for c in root.children if c.dep_ == "appos" and not _speaks_next(c)]
    if (any(_describes_body(_one_of(c)) for c in appositions) or root.dep_ == "appos"
            and (root.head.lemma_.lower() in COMPANY_DESCRIPTORS or _describes_body(root.head)
                 and (root.head.dep_ != "pobj" or ent.text.isupper()))) and not _described_as_person(ent):
        return True  # "Kataib al-Fajr, an Iran-aligned militia", "the city's gas company, AlmatyGaz Servis",
        # "Medina's party, Arequipa Avanza", "by the electoral authority, the OPLE" (not "an officer at the
        # association, Chong Mei Ling")
    verb = before.head if before is not None and before.lower_ == "itself" else None
    return verb is not None and verb.lemma_ in ("call", "name") and _describes_body(verb.head)


def _speaks_next(phrase: Token) -> bool:
    """'... in the town of Ercis, the country's disaster agency said': a phrase the parser set in apposition
    that is the subject of the speech verb right after it."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].lemma_ in CUE_VERBS and phrase.doc[after].pos_ == "VERB"


def _untagged_people(doc: Doc) -> list[Span]:
    """Capitalised two- or three-word names the model missed, described as people by an apposition
    or following a title ("Mayor Ana Ruiz")."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
            continue
        start = tok.i
        while start > sentence(tok).start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        while start < tok.i and is_title(doc[start].text):
            start += 1
        portfolio = start >= 2 and tok.i - start == 2 and doc[start - 1].lower_ in ("for", "of") \
            and is_title(doc[start - 2].text)  # "Minister for Energy Hamid Rind"
        start += portfolio
        span = Span(doc, start, tok.i + 1, label="PERSON")
        before = doc[start - 1] if start > 0 else None  # "Mayor Ana Ruiz", "IEC chairperson Mpho Ramakoae"
        titled = portfolio or before is not None and (is_title(before.text) and before.is_title or _titled(span))
        if 2 <= len(span) <= 3 and all(t.is_title for t in span) and (titled or _described_as_person(span)
                                                                      or _of_a_party(tok)):
            found.append(span)
    return found


def _of_a_party(name: Token) -> bool:
    """'Rodrigo Sepúlveda Lagos of the Republican Party': a name that belongs to a party is a person's."""
    party = [p for c in name.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" and p.ent_type_ == "ORG"]
    return any(p.lower_ in ("party", "alliance", "movement", "front", "congress") for p in party)


def _untagged_bodies(doc: Doc) -> list[Span]:
    """'private hospital group Medivale', 'the logistics firm Trans Kora', 'broadcaster RTP': a capitalised name
    the model missed, right after a word for a company."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not (tok.is_title or tok.is_upper and len(tok) > 1) or tok.ent_type_ \
                or tok.is_sent_start or is_title(tok.text) or not _after_company_word(doc, tok.i):
            continue  # not "company President X"; "broadcaster RTP" too
        end = tok.i + 1
        while end < len(doc) and not doc[end].ent_type_ and (doc[end].pos_ == "PROPN" and doc[end].is_title
                                                              or _linking(doc, end)):
            end += 1  # "the state firm Entreprise Générale du Cobalt"
        found.append(Span(doc, tok.i, end, label="ORG"))
    return found


def _untagged_titled_bodies(doc: Doc) -> list[Span]:
    """"the Citizens' Cost of Living Coalition": a capitalised name after 'the' that ends in a body's head word,
    which the model left untagged."""
    found = []
    for tok in doc:
        if not (tok.is_title and tok.lower_ in ORG_HEADS) or tok.ent_type_:
            continue
        start = tok.i
        while start > 0 and not doc[start - 1].ent_type_ and (doc[start - 1].is_title and doc[start - 1].lower_ != "the"
                                                               or doc[start - 1].lower_ in _NAME_LINKS):
            start -= 1
        while start < tok.i and doc[start].lower_ in _NAME_LINKS:
            start += 1
        titled = [t for t in doc[start:tok.i] if t.is_title]
        if len(titled) >= 2 and start > 0 and doc[start - 1].lower_ == "the":
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found


def _linking(doc: Doc, i: int) -> bool:
    """'del', 'du' between two capitalised words of a name."""
    return doc[i].lower_ in _LINKING_PARTICLES and i + 1 < len(doc) and doc[i + 1].is_title


def _untagged_speaking_names(doc: Doc) -> list[Span]:
    """'Doctors Without Borders warned that ...', 'Reporters Without Borders said': capitalised words on a
    plural the model neither tagged nor parsed as a name, which speak, name a body."""
    found = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or not tok.is_title or tok.head.lemma_ not in CUE_VERBS:
            continue
        words = list(tok.subtree)
        bracket = next((i for i, t in enumerate(words) if t.text == "("), None)
        words = words if bracket is None else words[:bracket]  # "Reporters Without Borders (RSF) warned"
        if len(words) > 1 and words[0] == tok and all(t.is_title and not t.ent_type_ and not is_title(t.text)
                                                      for t in words) and any(t.pos_ == "PROPN" for t in words[1:]):
            found.append(Span(doc, words[0].i, words[-1].i + 1, label="ORG"))
    return found


def _platforms(doc: Doc) -> list[Span]:
    """'in a Facebook post', 'posted on Telegram': the company behind a platform, which the model leaves
    untagged."""
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in _PLATFORMS and not t.ent_type_]


def _names_described_as_bodies(doc: Doc) -> list[Span]:
    """'Athletes for Clean Sport, an athlete-led advocacy group, accused ...': the capitalised words before an
    apposition that calls them a body, which the model left untagged or tagged in part."""
    found = []
    for word in doc:
        if word.dep_ != "appos" or not _describes_body(word) or word.left_edge.i < 2 \
                or doc[word.left_edge.i - 1].text != ",":
            continue
        end = start = word.left_edge.i - 1
        while start > sentence(word).start and (doc[start - 1].is_title or doc[start - 1].lower_ in _NAME_WORDS):
            start -= 1
        while start < end and (not doc[start].is_title or doc[start].is_stop or doc[start].ent_type_ == "DATE"):
            start += 1  # "On Monday", "The"
        if start < end and all(t.is_title for t in doc[start:end] if t.lower_ not in _NAME_WORDS):
            found.append(Span(doc, start, end, label="ORG"))
    return found


def _outlet_names(doc: Doc) -> list[Span]:
    """'told France 24', 'Voice of America reported': the outlet's own name, never a place inside it."""
    outlet = (doc._.outlet or "").strip()
    found = []
    for match in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(outlet), doc.text) if len(outlet) > 1 else ():
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None:
            found.append(span)
    return found


def _employer(ent: Span) -> bool:
    """'an information officer with Alberta Wildfire', 'an analyst at Harwood Partners': whom someone in a role
    works with or at is a body."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "at") and root.head.head.pos_ == "NOUN" \
        and is_person_role(root.head.head.text)


def _after_company_word(doc: Doc, start: int) -> bool:
    """'fashion retailer X', 'the Accra newspaper The Daily Ledger', 'Chipmaker X said'."""
    if start > 1 and doc[start - 1].lower_ == "the":
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_sent_start and _a_maker(before):
        return True
    if before is not None and before.lower_ == "station" and start > 1 \
            and doc[start - 2].lower_ in ("radio", "tv", "television", "am", "fm"):
        return True  # "Chilean radio station Biobío", "the AM station DXRV"
    return before is not None and before.is_lower and (before.pos_ in ("NOUN", "ADJ") or before.dep_ == "compound") \
        and (before.lemma_.lower() in COMPANY_DESCRIPTORS or _owned(before))  # "the independent weekly X"


def _owned(noun: Token) -> bool:
    """'the Chinese-owned refiner', 'the London-listed miner': only a company is owned or listed."""
    return noun.i >= 2 and noun.doc[noun.i - 1].lower_ in ("owned", "listed") and noun.doc[noun.i - 2].text == "-"


def _untagged_places(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """'firms in Slovenia and Cyprus', 'Kyiv accused Moscow', 'from Whangārei to Invercargill': a country or
    a capital standing alone as a proper noun, or a city after a preposition of place, that the model left
    untagged."""
    found = []
    for tok in doc:
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        pair = tok.i and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN" \
            and gazetteer.lookup(doc[tok.i - 1:tok.i + 1].text)  # "South Korea", "Sri Lanka"
        start = tok.i - 1 if pair else tok.i
        name, place = doc[start:tok.i + 1].text, pair or gazetteer.lookup(tok.text)
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        node = tok if start and doc[start - 1].is_title else _first_conjunct(tok)  # not "West" of "Rukum West"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and {node.head.head.lower_, node.head.head.lemma_} \
                & PLACE_NOUNS and not (after is not None and (after.is_title or after.lower_ in _NAME_PARTICLES)):
            found.append(Span(doc, start, tok.i + 1, label="GPE"))  # "the Tajik enclave of Vorukh", "the
            continue  # districts of Kasur, Okara and Bahawalnagar"
        if after is not None and after.lower_ in _UNITS_OF_LAND and tok.dep_ == "compound" and tok.head == after:
            found.append(Span(doc, start, tok.i + 2, label="GPE"))  # "in the Timbuktu region"
            continue
        if after is not None and after.text in _WATERS and tok.dep_ == "compound" and tok.head == after:
            found.append(Span(doc, start, tok.i + 2, label="LOC"))  # "The Opava River rose"
            continue
        if place is not None and _before_local_title(doc, tok.i + 1):
            found.append(Span(doc, start, tok.i + 1, label="GPE"))  # "Mito Mayor Yoko Hayama"
            continue
        body = _body_name_start(doc, start) if place is not None and place.kind == "country" else None
        if body is not None:
            found.append(Span(doc, body, tok.i + 1, label="ORG"))  # "Rainforest Foundation Norway"
            continue
        if place is None or after is not None and (after.is_title or after.lemma_ in _MONEY) \
                or start and is_title(doc[start - 1].text):
            continue
        located = doc[start - 1].lower_ in _LOCATIVE if start else False
        first = tok.head if tok.dep_ == "conj" and tok.head.ent_type_ in ("GPE", "LOC") else None
        located = located or first is not None and first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE \
            or _on_a_route(tok)
        if place.kind == "country" or gazetteer.country_of_capital(name) \
                or located and gazetteer.city_population.get(place.name.lower(), 0) >= MIN_PLACE_POPULATION:
            found.append(Span(doc, start, tok.i + 1, label="GPE"))
    return found


def _which_clause(ent: Span) -> bool:
    """'X, which runs the main pier, said': a relative clause by 'which' right after the subject's name speaks of a
    thing, not a person (not "research by Hwang Woo-suk, which shook ...": the research did)."""
    doc = ent.doc
    return ent.root.dep_ in ("nsubj", "nsubjpass") and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
        and doc[ent.end + 1].lower_ == "which" and doc[ent.end + 1].head.dep_ == "relcl" \
        and doc[ent.end + 1].head.head.i in range(ent.start, ent.end)


def _numbered_roads(doc: Doc) -> list[Span]:
    """'the A2 motorway', 'the BR-163 highway', 'Highway 58': a road named by its number, which the model tags
    as a body or not at all."""
    spans = (doc.char_span(m.start(), m.end(), label="FAC") for m in _NUMBERED_ROAD.finditer(doc.text))
    return [s for s in spans if s is not None]


def _body_name_start(doc: Doc, start: int) -> int | None:
    """Where an untagged body's name begins that ends with the country it works in ('Rainforest Foundation
    Norway')."""
    i = start
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and not doc[i - 1].ent_type_ \
            and doc[i - 1].dep_ == "compound":
        i -= 1
    return i if any(t.lower_ in ORG_HEADS | COMPANY_WORDS for t in doc[i:start]) else None


def _on_a_route(tok) -> bool:
    """'Kanpur' of 'the Lucknow–Kanpur highway', 'Chandigarh' of 'the Chandigarh-Manali highway'."""
    doc = tok.doc
    dashed = any(0 <= i < len(doc) and doc[i].text in ("-", "–") for i in (tok.i - 1, tok.i + 1))
    return dashed and any(t.lemma_.lower() in ROUTE_NOUNS for t in doc[tok.i + 1:tok.i + 4])


def _a_maker(tok) -> bool:
    """'carmaker', 'chipmaker', not 'lawmaker'."""
    return tok.lemma_.lower().endswith("maker") and tok.lemma_.lower() not in PEOPLE_MAKERS


def _trim(doc: Doc, ent: Span) -> Span:
    """Drop a leading article, leading titles of a person, a place's trailing title, an unclosed bracket and a
    trailing possessive."""
    start, end = ent.start, ent.end
    if ent.label_ not in _ENTITY_LABELS:
        return ent
    while start < end and doc[start].lower_ in ("the", "a", "an") or end - start > 1 and _a_maker(doc[start]):
        start += 1  # "the", "Chipmaker TSMC said"
    while ent.label_ == "ORG" and end - start > 1 and doc[start].is_lower and doc[start].is_alpha \
            and doc[start].pos_ == "ADJ" and doc[start + 1].is_title:
        start += 1  # "the national Civil Protection Department" (not "the interior ministry")
    while ent.label_ == "ORG" and end - start > 2 and doc[end - 1].is_lower and doc[end - 1].tag_ == "NNS" \
            and doc[end - 1].lower_ not in ORG_HEADS | COMPANY_WORDS and doc[end - 2].lower_ in ORG_HEADS:
        end -= 1  # "Coast guard boats" (not "shop stewards")
    if ent.label_ == "PERSON":
        while start < end - 1 and doc[start].whitespace_ and (
                is_title(doc[start].text) or end - start > 2 and is_person_role(doc[start].text)
                or doc[start].is_sent_start and doc[start].lower_ in INVERTED_CUES):
            start += 1  # "President", "Said" of 'Said Aquino: "..."' (not "Brenner" of "Brenner-Kraus")
    if ent.label_ == "GPE" and end - start > 1 and doc[start].lower_ in _COMPASS and doc[start].is_lower:
        start += 1  # "eastern Democratic Republic of Congo" is the country ("central Mali" is Mali)
    while ent.label_ in ("GPE", "LOC") and end - start > 1 and is_title(doc[end - 1].text) and end < len(doc) \
            and doc[end].pos_ == "PROPN":
        end -= 1  # "Hualien County Magistrate Lin Mei-hua": the title is the person's
    dated = next((t.i for t in doc[start + 1:end - 1] if t.lower_ in ("on", "last", "this")
                  and doc[t.i + 1].lower_ in _DAY_WORDS), None)
    end = end if dated is None else dated  # "Ecuador's National Court of Justice on Thursday"
    amount = next((t.i for t in doc[start + 1:end - 1] if any(ch.isdigit() for ch in t.text)
                   and doc[t.i + 1].is_lower), None) if doc[end - 1].lower_ not in SITES else None
    end = end if amount is None else amount  # "Kudipay 4.2bn naira": the model ran into an amount (not "Rao Trang
    # 3 hydropower plant")
    opening = next((t.i for t in doc[start + 1:end] if t.text == "("), None)
    if opening is not None and not any(t.text == ")" for t in doc[opening:end]):
        end = opening  # "the World Health Organization (WHO": the model cut into the acronym's brackets
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_space
                           or doc[end - 1].is_punct and doc[end - 1].text not in (")", "]")
                           or doc[end - 1].is_lower and doc[end - 1].is_stop
                           and doc[end - 1].lower_ not in REGION_WORDS  # "Sahel since", not "Kozluca mine"
                           or ent.label_ == "ORG" and end - start > 1 and doc[end - 1].text in _KIND_WORDS):
        end -= 1
    return Span(doc, start, end, label=ent.label_)
