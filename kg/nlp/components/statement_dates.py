"""The day each statement was made, resolved against the article date."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.dates import is_point_date, resolve_date
from kg.nlp.model import Statement, sentence


DAY_LABELS = ("DATE", "TIME")  # the model calls "last night" a TIME
_SPEAKING = {"speak", "talk", "address", "write", "post"}


def day_of(ent: Span, article_date: str | None) -> str | None:
    """The ISO day a DATE (or TIME) entity names, or None when it is not a single day."""
    return resolve_date(ent.text, article_date) if is_point_date(ent.text) else None


def _attached(child: Token) -> list[Token]:
    """The child and, for a prepositional phrase, the nouns down its chain of prepositions ('in a statement
    on Monday evening'), never into a clause."""
    found, stack = [child], [child] if child.dep_ == "prep" else []
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("pobj", "prep", "compound"):  # "on Monday/compound evening/pobj"
                found.append(c)
                stack.append(c)
    return found


def own_date(doc: Doc, cue: Token) -> str | None:
    """A day attached to the cue itself: 'said Monday', 'cautioned on Monday', 'said in a statement on
    Monday'."""
    after = [doc[i] for i in range(cue.i + 1, min(cue.i + 3, len(doc)))]
    follows = after[:1] if after and after[0].lower_ != "on" else after[1:]  # "said (on) Tuesday it would ..."
    speaking = [p for c in cue.children if c.dep_ == "advcl" and c.lemma_ in _SPEAKING
                for p in c.children if p.dep_ == "prep"]  # "Speaking to reporters on Tuesday, X said"
    for child in [*cue.children, *follows, *speaking]:
        for tok in _attached(child):
            if tok.ent_type_ in DAY_LABELS:
                ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
                day = day_of(ent, doc._.article_date)
                if day and not _after(day, doc._.article_date):
                    return day
    return None


def _after(day: str, article_date: str | None) -> bool:
    """A day after the article's: no statement in it was made then."""
    return article_date is not None and day > article_date


def _on_head(ent: Span, head: Token) -> bool:
    """A past date attached to the content's main verb ('agreed on Wednesday'), not buried deeper in it
    nor in the future ('exchanges would resume on Thursday')."""
    tok = ent.root
    past = head.tag_ in ("VBD", "VBN") and not any(c.lower_ in ("will", "would") for c in head.children)
    return past and (tok.head == head or tok.head.head == head and tok.head.dep_ == "prep")


class StatementDater:
    """Date of a statement: its cue's own day, else a day in its words, else in its sentence, else the
    speaker's previous statement's day, else the article date."""

    def __call__(self, doc: Doc) -> Doc:
        base = doc._.article_date
        dated = [(e, day_of(e, base)) for e in doc.ents if e.label_ in DAY_LABELS]
        dated = [(e, d) for e, d in dated if d and not _after(d, base)]  # "its next meeting on March 26"
        last: dict[str, str] = {}
        for statement in doc._.statements:
            day = own_date(doc, doc[statement.cue]) or self._nearby(doc, statement, dated) \
                or last.get(statement.speaker_name) or base
            statement.date = day
            last[statement.speaker_name] = day
        return doc

    def _nearby(self, doc: Doc, statement: Statement, dated: list) -> str | None:
        """The day nearest the cue in the statement's words, else in its sentence (a day inside the
        content counts only as the past day of its main verb)."""
        start, end = statement.evidence
        c_start, c_end = statement.content
        head = doc[c_start:c_end].root
        usable = [(e, d) for e, d in dated if not c_start <= e.start < c_end or _on_head(e, head)]
        own = [(e, d) for e, d in usable if start <= e.start < end]
        sent = sentence(doc[statement.cue])
        near = own or [(e, d) for e, d in usable if sent.start <= e.start < sent.end]
        if not near:
            return None
        return min(near, key=lambda pair: abs(pair[0].start - statement.cue))[1]
