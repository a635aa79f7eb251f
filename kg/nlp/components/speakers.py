"""Who a noun phrase names as a speaker or agent: a named entity, a resolved pronoun or description,
the organisation behind a spokesperson, the country behind a capital or a demonym."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.components.quotes import quote_at
from kg.nlp.gazetteer import Gazetteer, gazetteer
from kg.nlp.lexicon import (CLAIM_NOUNS, COMPANY_DESCRIPTORS, COMPANY_WORDS, GENERIC_ORG_NOUNS, KIN_NOUNS, ORG_HEADS,
                            PERSON_SUFFIXES, has_legal_form, is_firm_name, is_person_role, is_title)
from kg.nlp.model import Entity, sentence

# Members who speak for the body they make up ("prosecutors said": the prosecutor's office).
MEMBER_NOUNS = frozenset("prosecutors investigators inspectors auditors regulators".split())
# Nouns for people who speak for an organisation ("a spokesperson for X", "Ukrainian officials").
SPOKES_NOUNS = frozenset("""
spokesperson spokesman spokeswoman official officials source sources member members representative
representatives statement report figures data survey policymakers aide aides diplomat diplomats forecasters
delegation delegates filing letter documents chairmen chairman spokespeople lawyers lawyer analysts
economists experts researchers scientists mediators negotiators
""".split())


# A company's staff named by their job alone ("a shift supervisor", "a branch manager"): they speak for the firm.
_STAFF = frozenset("manager supervisor foreman executive clerk cashier technician engineer employee staffer".split())
_CROWDS = {"witnesses", "residents", "villagers", "people", "families", "relatives", "locals", "groups"}
_OBSERVERS = {"analysts", "economists", "experts", "researchers", "scientists"}  # speak for no body unless named
_GROUP_WORDS = {"bloc", "group", "alliance", "coalition", "camp"}
# "the state government, run by PAS", "the committee, chaired by Ardmore": who steers a body does not speak as it.
_STEERING = {"run", "chair", "lead", "head", "own", "control", "back", "dominate", "found"}
_LOCAL_UNITS = {"police", "delegation", "office", "mission", "embassy", "court"}  # bodies named with their place
_FIGHTERS = {"forces", "troops", "soldiers"}
_BODY_MEMBERS = MEMBER_NOUNS | _FIGHTERS | {"police"}
_LOOSE_HEADS = {"agency", "regulator", "authority", "watchdog", "body", "office", "service"}  # names may not say so
_ARMIES = ("army", "armed forces", "military", "defence forces", "defense forces")
_UNIONS = ("union", "association", "federation", "confederation", "guild", "syndicate")
_MEMBERS_OF = {"soldier": _ARMIES, "troop": _ARMIES, "officer": ("police",), "policemen": ("police",)}
_REGULATORS = ("commission", "authority", "agency", "regulator", "watchdog", "board", "office", "inspectorate",
               "administration", "ombudsman")
_ORG_SYNONYMS = {"army": _ARMIES, "military": _ARMIES, "militia": ("forces", "militia"), "paramilitaries": ("forces",),
                 "union": _UNIONS, "regulator": _REGULATORS, "watchdog": _REGULATORS}
_INSTITUTIONS = {"hospital", "trust", "port", "mine", "exchange", "school", "clinic", "paper", "broadcaster"}
_BODY_NOUNS = ORG_HEADS | GENERIC_ORG_NOUNS | COMPANY_DESCRIPTORS | _ORG_SYNONYMS.keys() | _INSTITUTIONS
# A description word that a body's name may leave out: "the central bank" is the Bank of Ghana or the Reserve Bank.
_IMPLIED = {"central": ("bank of", "reserve bank", "national bank", "central bank", "banque du", "banque de",
                        "banco central", "banco de")}


def misparsed_name(tok: Token) -> bool:
    """A capitalised word opening its sentence right before its verb that the tagger took for an adverb
    or adjective ("Vibely/ADV denied"): English puts the subject there, so it is a name."""
    return tok.pos_ in ("ADV", "ADJ") and tok.is_title and not tok.is_stop and tok.head.pos_ == "VERB" \
        and tok.head.i == tok.i + 1 and tok.i == sentence(tok).start


def _body_noun(tok: Token) -> bool:
    """'the ministry', 'the carmaker', 'the hospital', the members 'the operators', not 'the world' or 'the
    fire' (though "World Bank" and "Fire Service" hold those words) nor 'the eight specialists'."""
    members = tok.tag_ == "NNS" and tok.lemma_.endswith(PERSON_SUFFIXES) and not any(c.like_num for c in tok.children)
    return members or tok.lower_ in _BODY_NOUNS


def org_named(doc: Doc, tok: Token) -> int | None:
    """The organisation 'the ministry' or 'the energy ministry' means: one whose name holds the noun
    and whose names hold the description's own words (a nationality aside, though 'the Chinese foreign
    ministry' is not India's), the latest before it, else
    the first after it ("the regional government" is not the country's); "our forces" in a quote are the
    speaker's, whom the quote names, not this rule."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children) or not _body_noun(tok):
        return None
    nouns = _ORG_SYNONYMS.get(tok.lower_, (tok.lower_,))
    modifiers = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_}
    start = (tok.head if tok.dep_ == "compound" else tok).left_edge.i  # "a Chinese foreign ministry spokesperson"
    nation = next((gazetteer().country_named(t.text) for t in doc[start:tok.i] if t.ent_type_ in ("NORP", "GPE")),
                  None)
    implied = [f" {i} " for m in modifiers for i in _IMPLIED.get(m, ())]  # "the central bank": Banque du Liban
    entities, links = doc._.entities, doc._.token_entity
    fitting: dict[int, bool] = {}

    def fits(index: int) -> bool:
        if index not in fitting:  # once per entity, not per token of its mentions
            entity = entities[index]
            names = [_spaced(entity.name)] + [_spaced(a) for a in entity.aliases]
            words = set().union(*(n.split() for n in names))
            public = tok.lower_ in _FIRMS and _public_body(entity)  # "the company" is no "Company Law Tribunal"
            fitting[index] = entity.kind == "organization" and (any(f" {n} " in names[0] for n in nouns)
                                                                or any(i in names[0] for i in implied)) \
                and not public and not _foreign(nation, words) \
                and all(m in words or any(f" {i} " in n for i in _IMPLIED.get(m, ()) for n in names) for m in modifiers)
        return fitting[index]

    before = [links[i] for i in range(tok.i) if i in links and fits(links[i])]
    if before:
        return before[-1]
    return next((links[i] for i in range(tok.i + 1, len(doc)) if i in links and fits(links[i])), None)


def _foreign(nation: str | None, words: set[str]) -> bool:
    """Whether a body's name words name another country than a description's nationality."""
    return nation is not None and bool({gazetteer().country_named(w) for w in words} - {None, nation})


def _spaced(name: str) -> str:
    """A name in lower case, apostrophes as spaces, with a space at each end (for finding whole words)."""
    return " " + " ".join(name.lower().replace("’", " ").replace("'", " ").split()) + " "


def is_outlet(doc: Doc, name: str) -> bool:
    """The outlet reporting, or a unit of it ('Reuters', 'BBC Verify'): never the speaker of its own
    verification, nor what 'it', 'they' or 'the company' stands for."""
    outlet = (doc._.outlet or "").lower().removeprefix("the ")
    return bool(outlet) and name.lower().removeprefix("the ").startswith(outlet)


_FIRMS = GENERIC_ORG_NOUNS - {"agency", "charity", "group", "nonprofit", "organisation", "organization", "utility"}
_PUBLIC_BODIES = {"commission", "ministry", "authority", "agency", "court", "council", "government", "regulator",
                  "office", "bureau", "parliament", "police", "army", "department", "tribunal", "board", "union",
                  "federation", "association", "service", "institute"}


def salient_org(doc: Doc, before: int, noun: str | None = None, prefer=None) -> int | None:
    """What 'the company' means: among organisations named before the token (not the outlet), one
    introduced with that noun ("artificial intelligence company Lumen"), else the one named most often;
    among those `prefer` keeps, if any."""
    links, entities = doc._.token_entity, doc._.entities
    counts: dict[int, int] = {}
    introduced = set()
    for i in range(before):
        index = links.get(i)
        if index is None or entities[index].kind != "organization" or is_outlet(doc, entities[index].name):
            continue
        if i == 0 or links.get(i - 1) != index:
            counts[index] = counts.get(index, 0) + 1
            if noun and any(t.lower_ == noun for t in doc[max(0, i - 4):i]):
                introduced.add(index)
    pool = introduced or set(counts)
    if prefer is not None:
        pool = {n for n in pool if prefer(entities[n])} or pool
    if noun in _FIRMS:  # "the company" is no commission or ministry named more often
        pool = {n for n in pool if not _public_body(entities[n])} or pool
    last = _last_subject(doc, before)
    if last in pool:  # "Helios Shipmanagement rejected ... The company also questioned ..."
        return last
    return max(pool, key=lambda n: (counts[n], max(s for s, _ in entities[n].mentions)), default=None)


def _firm(entity: Entity) -> bool:
    """A name that ends the way company names do ("Rupali Knit Composite Ltd.", "Sao Viet Motors")."""
    last = entity.name.split()[-1].lower().rstrip(".")
    return has_legal_form(entity.name) or last in COMPANY_WORDS | COMPANY_DESCRIPTORS


def _public_body(entity: Entity) -> bool:
    """A commission, ministry, court, union or other body that is no firm, by a word of its name."""
    return bool(_content_words(entity.name) & _PUBLIC_BODIES)


def _last_subject(doc: Doc, before: int) -> int | None:
    """The organisation that is the subject of the sentence before the token's."""
    start = sentence(doc[before]).start
    if start == 0:
        return None
    root = sentence(doc[start - 1]).root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((doc._.token_entity[t.i] for t in subject.subtree if t.i in doc._.token_entity), None)


def _content_words(text: str) -> set[str]:
    """Lower-case words of a name, without possessives and short or joining words."""
    text = text.replace("’s", "").replace("'s", "").lower()
    return {w for w in text.replace("-", " ").split() if len(w) > 2 and w not in ("the", "and", "for")}


def _phrase_start(tok: Token) -> int:
    """Where a noun phrase begins, without its article."""
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return start


def named_of(tok: Token) -> Token | None:
    """The 'of' phrase that names whose body it is: 'the office of President X', 'of the UN envoy'."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(t.pos_ == "PROPN" for t in of.subtree):
        return None
    return of


def closing_apposition(tok: Token) -> Token | None:
    """The name that ends a described subject: 'a technician at a counting centre in Villamontes, Hugo
    Flores, had told her', 'the UN mission in the country, MONUSCO, said'."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc, verb = tok.doc, tok.head
    for name in reversed(list(tok.subtree)):
        comma = name.right_edge.i + 1
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "LOC") \
                and comma < verb.i and doc[comma].text == "," and all(  # not "filed in Austin, Texas,"
                t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in doc[comma + 1:verb.i]):
            return name
    return None


def _title_holder(tok: Token) -> Token | None:
    """'Rind' of 'Minister for Energy Hamid Rind': the person a title's portfolio phrase ends in (the parser
    hangs the name on the 'for')."""
    if not is_title(tok.text):
        return None
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for p in c.children
                 if p.dep_ == "pobj" and p.i in tok.doc._.token_entity
                 and tok.doc._.entities[tok.doc._.token_entity[p.i]].kind == "person"), None)


def _naming(tok: Token) -> bool:
    """'known as X', 'called X', 'named X', 'that calls itself X' after a noun."""
    return tok.dep_ in ("acl", "relcl") and tok.lemma_ in ("know", "call", "name", "dub")


def _unnamed_person(tok: Token) -> bool:
    """'a senior manager at X', 'BAR's site manager', 'Marlow & Finch managers', 'the director of X': an
    indefinite or a body's person-role phrase speaks for the body it names."""
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
    owned = any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ != "PRON" and _a_body(c)
                or c.dep_ == "prep" and c.lower_ in ("of", "at") and any(p.dep_ == "pobj" and _a_body(p)
                                                                         for p in c.children)
                for c in tok.children)
    return (det in ("a", "an") or owned) and _role_noun(tok)


def _role_noun(tok: Token) -> bool:
    """'manager', 'managers': a noun for what a person is, in the singular or the plural."""
    return is_person_role(tok.lemma_ if tok.tag_ == "NNS" else tok.text)


def _counted(tok: Token) -> bool:
    """'one Tajik guard', 'two coast guards': people counted, not the body the noun may name ('Aragon's 112
    emergency service' is one)."""
    return any(c.dep_ == "nummod" and (c.lower_ == "one" or tok.tag_ == "NNS") for c in tok.children)


def _crowd(tok: Token) -> bool:
    """'witnesses', 'residents', 'survivors': plural people, named by what they are (not 'killed 46 people', nor
    'its negotiators', who are the body's)."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and (tok.lower_ in _CROWDS or is_person_role(tok.lemma_)) \
        and not _counted(tok) and not any(c.dep_ == "poss" for c in tok.children)


def _crowd_name(tok: Token) -> str:
    """'local residents', 'El Rodeo residents': the noun with the words that describe it, no article or number."""
    words = [t for t in tok.lefts if t.dep_ in ("amod", "compound")] + [tok]
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in sorted(words, key=lambda t: t.i))


def _a_body(tok: Token) -> bool:
    """'BAR', 'the company': a name taken for a body, or a body noun."""
    index = tok.doc._.token_entity.get(tok.i)
    if index is not None:
        return tok.doc._.entities[index].kind == "organization"
    return tok.lower_ in ORG_HEADS | GENERIC_ORG_NOUNS


class Speakers:
    """Resolves the head token of a noun phrase to (entity index or None, name)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gazetteer = gazetteer

    def resolve(self, tok: Token, create: bool = True) -> tuple[int | None, str] | None:
        """(entity index or None, name) of the phrase headed by tok; `create` lets it add an organisation
        named only by a description ("Kenya's foreign ministry") and people no body speaks for ("witnesses",
        "local residents") speak as themselves."""
        found = self._resolve(tok, create)
        return found if found is not None or not create or not _crowd(tok) else (None, _crowd_name(tok))

    def _resolve(self, tok: Token, create: bool = True) -> tuple[int | None, str] | None:
        links = self.doc._.token_entity
        titled = tok.i in links and self.entity(links[tok.i]).kind == "organization"
        holder = next((links[c.i] for c in tok.children if titled and c.dep_ == "appos" and c.i in links
                       and self.entity(links[c.i]).kind == "person"), None)
        if holder is not None:  # "The National Commissioner for Human Rights, Blanca Izaguirre, warned"
            return holder, self.entity(holder).name
        spokesperson = _spokesperson_before(tok)
        if spokesperson is not None:  # 'A company spokesman said ... "...," he said': the company
            return self.resolve(spokesperson, create)
        if tok.i in links:
            return self._for_government(links[tok.i])
        for child in tok.children:
            if child.dep_ == "appos" and child.i in links:
                return self._for_government(links[child.i])
            if child.dep_ == "appos" and tok.pos_ == "NOUN" and child.pos_ == "PROPN" and child.is_title:
                return self.resolve(child, create)  # "the consultancy AeroData Partners"
        if tok.dep_ == "appos" and tok.head.i in links:
            return self._for_government(links[tok.head.i])
        relative = self._relative(tok)
        if relative is not None:  # "her husband had told her"
            return relative, self.entity(relative).name
        holder = _title_holder(tok)
        if holder is not None:  # "Federal Minister for Energy Hamid Rind told"
            return links[holder.i], self.entity(links[holder.i]).name
        closing = closing_apposition(tok)
        if closing is not None:
            return self.resolve(closing, create)
        if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
            return self.resolve(_antecedent(tok.head.head), create)
        named = self._named_in_apposition(tok)
        if named is not None:
            return named, self.entity(named).name
        workplace = self._workplace(tok)
        if workplace is not None:  # "Strategists at Harwood Partners warned"
            return workplace
        if tok.lower_ in MEMBER_NOUNS and tok.pos_ == "NOUN":  # "Portuguese prosecutors said"
            members = body_of_members(tok)
            if members is not None:
                return members, self.entity(members).name
            if create and any(c.dep_ in ("amod", "compound") for c in tok.children):
                return self._new_org(tok)
        employer = self._employer_named_before(tok)
        if employer is not None:  # "a Conred official", "Vibely executives" the parser did not join
            return employer, self.entity(employer).name
        owner = next((links[c.i] for c in tok.children if c.dep_ == "poss" and c.i in links), None)
        if owner is not None and tok.lower_ in _LOCAL_UNITS and self.entity(owner).kind == "organization":
            return owner, self.entity(owner).name  # "the WHO's office in Colombo" speaks as the WHO
        if create and tok.pos_ == "NOUN" and _local_end(tok) > tok.i + 1:
            return self._new_org(tok)  # "the European Union delegation in Ethiopia" is a body of its own
        if tok.ent_type_ == "NORP" or tok.lower_ in SPOKES_NOUNS or _unnamed_person(tok) \
                or self._national_troops(tok):
            return self.behind(tok, create)
        of = named_of(tok) if tok.lower_ in ORG_HEADS and tok.pos_ == "NOUN" else None
        owners = [*(of.subtree if of is not None else ()), *(c for c in tok.children if c.dep_ == "poss")]
        owner = next((links[t.i] for t in owners if t.i in links
                      and self.entity(links[t.i]).kind == "organization"), None) if tok.lower_ == "board" else None
        if owner is not None:  # "the board of gas producer Eastwind Energy", "Norrsken's board": the company
            return owner, self.entity(owner).name
        if of is not None:  # "the office of President X" is a body of its own: "Office of President X"
            return self._add_org(self.doc[_phrase_start(tok):of.right_edge.i + 1], capitalise=True)
        if tok.lower_ in ORG_HEADS and tok.pos_ in ("NOUN", "PROPN") and not _counted(tok):
            named = any((t.ent_type_ or t.pos_ == "PROPN") and not t.is_lower for t in tok.subtree if t.i < tok.i)
            known = None if named else org_named(self.doc, tok)  # "the ministry": the one named before
            if known is not None:
                return known, self.entity(known).name
            return self._new_org(tok) if create or named else None
        known = self._known_name(tok)
        if known is not None:
            return known, self.entity(known).name
        country = self.gazetteer.country_of_capital(tok.text)
        if country and tok.pos_ == "PROPN":
            return self._country(country)  # a capital the model did not tag ("Accra dismissed")
        if create and (tok.pos_ == "PROPN" or misparsed_name(tok)) and (tok.is_title or tok.is_upper) \
                and tok.ent_type_ not in ("DATE", "TIME"):
            return self._new_titled_person(tok) or self._new_org(tok)
        return None

    def _relative(self, tok: Token) -> int | None:
        """'her husband', 'his father': the one other person named with the family name of the person the
        pronoun stands for."""
        links = self.doc._.token_entity
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if tok.lemma_.lower() not in KIN_NOUNS or owner is None or owner.i not in links \
                or self.entity(links[owner.i]).kind != "person":
            return None
        family = self.entity(links[owner.i]).name.split()[-1]
        kin = [n for n, e in enumerate(self.doc._.entities) if e.kind == "person" and n != links[owner.i]
               and e.name.split()[-1] == family]
        return kin[0] if len(kin) == 1 else None

    def _national_troops(self, tok: Token) -> bool:
        """'Thai forces', 'Russian troops': a country's fighters act for the country."""
        return tok.lower_ in _FIGHTERS and any(c.dep_ in ("amod", "compound", "poss") and
                                               self.gazetteer.country_of_demonym(c.text) for c in tok.children)

    def _employer_named_before(self, tok: Token) -> int | None:
        """The organisation whose exact name (or alias) stands before a person-role noun and its
        lower-case modifiers, even where the model tagged or parsed the name as an adjective."""
        if tok.i in self.doc._.token_entity or not _role_noun(tok):
            return None
        end = tok.i
        while end > 0 and self.doc[end - 1].is_lower and self.doc[end - 1].dep_ in ("compound", "amod"):
            end -= 1
        for start in range(max(0, end - 4), end):
            name = self.doc[start:end].text
            for index, entity in enumerate(self.doc._.entities):
                if entity.kind == "organization" and name[:1].isupper() and name in (entity.name, *entity.aliases):
                    return index
        return None

    def _known_name(self, tok: Token) -> int | None:
        """A word that is the surname of a person or the first word of an organisation already named."""
        if not tok.is_title and not tok.is_upper:
            return None
        for index, entity in enumerate(self.doc._.entities):
            words = entity.name.split()
            if entity.name == tok.text or entity.kind == "person" and words[-1] == tok.text or \
                    entity.kind == "organization" and words[0] == tok.text:
                return index
        return None

    def entity(self, index: int) -> Entity:
        return self.doc._.entities[index]

    def _speaks_for_some(self, index: int) -> bool:
        """A body, a person, a country or a capital: not a town where a source lives ('a polling-station
        member in Caylloma')."""
        entity = self.entity(index)
        return entity.kind != "place" or entity.place_kind == "country" or bool(entity.country)

    def _for_government(self, index: int) -> tuple[int | None, str]:
        """A capital speaking for its government stands for the country."""
        entity = self.entity(index)
        if entity.kind == "place" and entity.country:
            return self._country(entity.country)
        return index, entity.name

    def _country(self, name: str) -> tuple[int | None, str]:
        for index, entity in enumerate(self.doc._.entities):
            place = self.gazetteer.lookup(entity.name) if entity.kind == "place" else None
            if place is not None and place.name == name:
                return index, entity.name
        return None, name

    def _named_in_apposition(self, tok: Token) -> int | None:
        """The organisation an apposition, a "known as" or a "filed with/by" gives the phrase (not the
        parliament of "a report, tabled in parliament"); the person a "named X" gives it."""
        links = self.doc._.token_entity
        # "the mission in Somalia, known as AUSSOM": a name the parser hung on the place in the phrase counts too
        places = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                  and p.ent_type_ in ("GPE", "LOC")]
        for child in [*tok.children, *(c for p in places for c in p.children if _naming(c))]:
            if child.dep_ == "appos" and child.lemma_ in CLAIM_NOUNS:
                continue  # "the board said ..., a claim Reuters could not verify": the outlet's aside
            kinds = ("organization",)
            if _naming(child):
                tokens, kinds = child.subtree, ("organization", "person")  # "a supervisor named Carlos Ibarra"
            elif child.dep_ == "appos":
                tokens = child.subtree
            elif child.dep_ == "acl" and child.lemma_ not in _STEERING:
                tokens = (t for c in child.children if c.dep_ == "agent" or c.lower_ in ("by", "with", "from")
                          for t in c.subtree)
            else:
                continue
            for t in tokens:
                if t.i in links and self.entity(links[t.i]).kind in kinds:
                    return links[t.i]
        return None

    def behind(self, tok: Token, create: bool = True) -> tuple[int | None, str] | None:
        """The organisation (else country) named inside a spokesperson's or a source's phrase (not in a
        clause of its own: "the report, tabled in parliament")."""
        clauses = {t.i for c in tok.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        phrase = [t for t in tok.subtree if t.i not in clauses]
        names = self.doc._.token_entity
        for t in phrase:
            named = t.dep_ == "compound" and t.head.i in names or any(c.dep_ == "appos" and c.i in names
                                                                        for c in t.children)  # "state miner Gecamines"
            if t.i != tok.i and t.lower_ in GENERIC_ORG_NOUNS and t.i not in names and not named:
                main = salient_org(self.doc, tok.i, t.lower_)  # "a company spokesperson"
                if main is not None:
                    return main, self.entity(main).name
            if create and t.i != tok.i and t.lower_ in ORG_HEADS and t.pos_ in ("NOUN", "PROPN") \
                    and t.i not in self.doc._.token_entity and not named:  # not "security firm Northwatch"
                known = org_named(self.doc, t)  # "a ministry spokesperson", "a Commission spokesperson"
                if known is not None:
                    return known, self.entity(known).name
                return self._new_org(t) if t.pos_ == "NOUN" or t.is_lower else self._new_name(t)  # "ministry"
                # the tagger took for a name
        links, found = self.doc._.token_entity, []
        for t in phrase:
            if t.i in links and t.i != tok.i and self._speaks_for_some(links[t.i]):
                found.append(links[t.i])
        own = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in links
               and (c.is_title or c.is_upper) and not self.gazetteer.country_of_demonym(c.text)
               and not self.gazetteer.country_of_demonym(f"{c.text} {tok.text}")]  # "South Africans"
        if create and own and not any(self.entity(i).kind == "organization" for i in found):
            return self._new_name(own[-1])  # "an IMF spokesperson in Washington" speaks for the IMF
        orgs = [i for i in found if self.entity(i).kind == "organization"]
        if orgs:
            return orgs[0], self.entity(orgs[0]).name
        if found:
            return self._for_government(found[0])
        for t in tok.subtree:
            country = self.gazetteer.country_of_demonym(t.text) if t.ent_type_ in ("NORP", "GPE") else None
            if country:
                return self._country(country)
        if tok.lemma_.lower() in _STAFF:
            return self._employer(tok)
        if tok.lower_ in _OBSERVERS:
            return None, tok.lower_  # "Analysts say ...": outside voices, no body's
        return self._body_before(tok) if tok.lower_ in SPOKES_NOUNS else None

    def _employer(self, tok: Token) -> tuple[int, str] | None:
        """The company an unnamed member of staff works for: the one firm the article is about."""
        firm = salient_org(self.doc, tok.i, "company", prefer=_firm)
        if firm is None or _public_body(self.entity(firm)):
            return None
        return firm, self.entity(firm).name

    def _body_before(self, tok: Token) -> tuple[int, str] | None:
        """'World Aquatics rejected the accusation. A spokesperson said ...': the body the sentence before is about."""
        start = sentence(tok).start
        links = self.doc._.token_entity
        for t in sentence(self.doc[start - 1]) if start else ():
            index = links.get(t.i)
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and index is not None \
                    and self.entity(index).kind == "organization" and not is_outlet(self.doc, self.entity(index).name):
                return index, self.entity(index).name
        return None

    def _new_titled_person(self, tok: Token) -> tuple[int, str] | None:
        """'Leyte Governor Maricel Dantes' the model missed: the capitalised words after a title."""
        chain = [t for t in tok.subtree if t.i <= tok.i and t.dep_ == "compound" or t.i == tok.i]
        titles = [t.i for t in chain if is_title(t.text) and t.is_title]
        if not titles or not 1 <= tok.i - titles[-1] <= 3:
            return None
        name = self.doc[titles[-1] + 1:tok.i + 1]
        entities = self.doc._.entities
        entities.append(Entity("person", name.text, mentions=[(name.start, name.end)],
                               aliases=[self.doc[chain[0].i:tok.i + 1].text]))
        for t in name:
            self.doc._.token_entity.setdefault(t.i, len(entities) - 1)
        return len(entities) - 1, name.text

    def _new_name(self, tok: Token) -> tuple[int, str]:
        """An organisation whose capitalised name the model missed ("the 16 Premier Soccer League clubs")."""
        start, end = tok.i, tok.i + 1
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title:
            start -= 1
        while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title:
            end += 1
        return self._add_org(self.doc[start:end])

    def _new_org(self, tok: Token) -> tuple[int, str]:
        """An organisation described but not named ("Kenya's foreign ministry", "Police"); a named one
        with a generic noun after its name ("the IG Metall union") is that one."""
        links, end = self.doc._.token_entity, _local_end(tok)
        named = [links[t.i] for t in tok.lefts if t.dep_ == "compound" and t.i in links
                 and self.entity(links[t.i]).kind == "organization"
                 and all(links.get(k) == links[t.i] for k in range(t.i, tok.i))]  # not "the ASEAN observer mission"
        if named and end == tok.i + 1:  # "the UN human rights office in Colombia" is a body of its own
            return named[0], self.entity(named[0]).name
        start = _phrase_start(tok)
        if tok.dep_ == "compound":  # "a Chinese foreign ministry spokesperson": the nationality is the ministry's
            start = next((t.i for t in self.doc[_phrase_start(tok.head):start] if t.ent_type_ in ("NORP", "GPE")),
                         start)
        span = self.doc[start:end]
        if tok.lower_ in _GROUP_WORDS and tok.i > start \
                and all(t.pos_ == "PROPN" and not t.is_lower for t in self.doc[start:tok.i]):
            span = self.doc[start:tok.i]  # "the G77 bloc" is the G77
        described = self._named_alike(span)
        if described is not None:  # "Ghana's central bank" is the Bank of Ghana, named before or after
            self.entity(described).add_alias(span.text)
            return described, self.entity(described).name
        return self._add_org(span)

    def _named_alike(self, span) -> int | None:
        """The one named organisation a description of one fits ("Ghana's central bank" is the Bank of Ghana,
        "Brazil's data protection regulator" the National Data Protection Authority, a body of no country's)."""
        words = _content_words(span.text)
        if len(words) < 2:
            return None
        nation = next((self.gazetteer.country_named(t.text) for t in span if t.ent_type_ in ("NORP", "GPE")), None)
        names = {t.lower_ for t in span if t.pos_ == "PROPN" and t.is_title}
        bodies = [(n, e) for n, e in enumerate(self.doc._.entities) if e.kind == "organization"
                  and e.name[:1].isupper() and not _foreign(nation, _content_words(e.name))]
        alike = [n for n, e in bodies if _fits(words, names, span[-1].lower_, _content_words(e.name))]
        if not alike and nation and self.gazetteer.owned(span.text)[0] == nation:
            names = {w for w in names if self.gazetteer.country_named(w) != nation}
            alike = [n for n, e in bodies if _fits(words, names, span[-1].lower_, _content_words(e.name))
                     and not any(self.gazetteer.owned(a)[0] or "'s " in a.replace("’", "'")
                                 for a in (e.name, *e.aliases))]
        return alike[0] if len(alike) == 1 else None

    def _described_alike(self, name: str) -> int | None:
        """The one organisation described in the same words, with or without a country's name or adjective
        before them ("Mozambique's health ministry", "the health ministry"), and of no other country."""
        nation, words = self.gazetteer.owned(name)
        if not words[:1].islower():
            return None
        alike = []
        for index, entity in enumerate(self.doc._.entities):
            owned = [self.gazetteer.owned(n) for n in (entity.name, *entity.aliases)]
            owners = {owner for owner, _ in owned} - {None}
            if entity.kind == "organization" and words in {rest for _, rest in owned} and (owners or nation) \
                    and (nation is None or owners <= {nation}):
                alike.append(index)
        return alike[0] if len(alike) == 1 else None

    def _workplace(self, tok: Token) -> tuple[int | None, str] | None:
        """The organisation that people described by their trade work at ('analysts at X', 'officials from X')."""
        if tok.tag_ != "NNS" or not is_person_role(tok.lemma_):
            return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "with")):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            found = self.resolve(place, create=False) if place is not None else None
            if found is not None and found[0] is not None and self.entity(found[0]).kind == "organization":
                return found
        return None

    def _add_org(self, span, capitalise: bool = False) -> tuple[int, str]:
        entities = self.doc._.entities
        bracket = next((t.i for t in span if t.text == "("), None)
        span = span.doc[span.start:bracket] if bracket is not None else span  # "... of Paraguay (BCP)"
        name = span.text[:1].upper() + span.text[1:] if capitalise else span.text
        for index, entity in enumerate(entities):
            if entity.kind == "organization" and (entity.name == name or span.text in entity.aliases
                                                  or entity.name.startswith(name + " ") and is_firm_name(entity.name)):
                return index, entity.name  # "a High Desert spokesperson" of High Desert Power & Light
        same = self._described_alike(name)
        if same is not None:  # "Mozambique's health ministry" ... "a health ministry spokesperson"
            entities[same].add_alias(name)
            return same, entities[same].name
        entities.append(Entity("organization", name, mentions=[(span.start, span.end)]))
        for t in span:
            self.doc._.token_entity.setdefault(t.i, len(entities) - 1)
        return len(entities) - 1, name


def _antecedent(noun: Token) -> Token:
    """What a 'which' speaks for: the body of 'the health directorate in Sfax, which said', not the town the
    parser hung the clause on."""
    prep = noun.head
    if noun.ent_type_ in ("GPE", "LOC") and noun.dep_ == "pobj" and prep.lower_ in ("in", "at") \
            and prep.head.lower_ in ORG_HEADS:
        return prep.head
    return noun


def _local_end(tok: Token) -> int:
    """Where 'police in Chaman' or 'the labour court in Frankfurt' ends: the place a local body serves is part
    of its description."""
    place = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")), None)
    return place.i + 1 if tok.lower_ in _LOCAL_UNITS and place is not None else tok.i + 1


def _fits(words: set[str], names: set[str], head: str, name_words: set[str]) -> bool:
    """A description fits a name holding every proper name in it ("Italy's foreign ministry" no Gulf state's)
    and its member noun ("South African police" are not the South African Football Association), and either
    two of its words (with its head, where the name has a body noun of its own: "the EU's humanitarian aid
    department" is not the EU) or its topical ones with its head ("the country's disaster agency": the
    National Disaster Management Authority)."""
    if not names <= name_words or head in _BODY_MEMBERS and head not in name_words:
        return False
    topical = words - ORG_HEADS - _BODY_MEMBERS - {"country", "nation", "national", "state"} - names
    headed = head in _LOOSE_HEADS | name_words
    return len(words & name_words) >= 2 and (headed or not name_words & ORG_HEADS) \
        or bool(topical) and topical <= name_words and headed


def stranded_subject(verb: Token) -> Token | None:
    """'At a picket outside the hospital, Dr X, an anaesthetist, disputed ...': a name the parser hung on
    the place before it, whose phrase runs up to the subjectless main verb (or the subjectless 'said' that
    closes the sentence: '..., the Azerbaijani Foreign Ministry said'), is that verb's subject."""
    closing = verb.dep_ in ("advcl", "parataxis") and verb.tag_ in ("VBD", "VBZ", "VBP")  # not "..., saying"
    if verb.dep_ != "ROOT" and not closing or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for tok in reversed(doc[sentence(verb).start:verb.i]):
        who = {t.i for c in tok.head.children if c.dep_ == "relcl" and c.left_edge.lower_ == "who"
               and c.left_edge.i == tok.right_edge.i + 2 for t in c.subtree}  # "..., X, who runs a shop, said"
        if tok.ent_type_ in ("PERSON", "ORG") and tok.dep_ in ("conj", "appos") \
                and all(t.is_punct or t.i in who for t in doc[tok.right_edge.i + 1:verb.i]):
            return tok
    # "X, a mother whose son died on March 14, said": the parser made the apposition's clause the complement
    start = sentence(verb).start
    first = doc[start:verb.i].root if verb.i > start else verb
    return next((c for c in first.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"
                 and c.left_edge.i == start and doc[c.i + 1].text == ","), None) \
        if first.dep_ == "ccomp" and first.head == verb else None


def _spokesperson_before(pronoun: Token) -> Token | None:
    """The unnamed spokesperson a 'he' or 'she' follows: the subject of the sentence before or of this one
    before it, with no person named between them."""
    if pronoun.lower_ not in ("he", "she") or quote_at(pronoun.doc, pronoun.i) is not None:
        return None
    doc, links = pronoun.doc, pronoun.doc._.token_entity
    here = sentence(pronoun).start
    start = sentence(doc[here - 1]).start if here > 0 else here
    for tok in reversed(doc[start:pronoun.i]):
        if tok.i in links and doc._.entities[links[tok.i]].kind == "person":
            return None
        if tok.lower_ in ("spokesman", "spokeswoman", "spokesperson") and tok.dep_ == "nsubj":
            return tok
    return None


def body_of_members(tok: Token) -> int | None:
    """'prosecutors opened an investigation': the prosecutor's office the article names; 'soldiers', 'officers':
    its army, its police."""
    if tok.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "poss" for c in tok.children):
        return None  # "our forces" are the speaker's
    places = [gazetteer().country_of_demonym(c.text) or c.text for c in tok.children
              if c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN")]
    kinds = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # "prison officers"
    stem = _stem(tok.text)
    return next((n for n, e in enumerate(tok.doc._.entities) if e.kind == "organization" and e.alias_of is None
                 and (stem in {_stem(w) for w in e.name.split()}
                      or any(f" {h} " in _spaced(e.name) for h in _MEMBERS_OF.get(stem, ())))
                 and all(p in e.name or not _foreign(p, _content_words(e.name)) and gazetteer().is_country(p)
                         for p in places) and all(k in e.name.lower() for k in kinds)),
                None)  # "Portuguese prosecutors": Portugal's, or those of no country named


def _stem(word: str) -> str:
    """'Prosecutors', "prosecutor's", 'Prosecutors’' alike: lower case, no possessive, no plural s."""
    word = word.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
    return word[:-1] if word.endswith("s") else word
