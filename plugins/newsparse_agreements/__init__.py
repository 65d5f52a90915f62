"""Built-in plugin: the ``agreements`` layer (ceasefires, truces, peace deals, zones, treaties, deals).

Rule-based: agreement nouns are found once over the text, cues in their sentences (status verbs,
"brokered by", "held in", dates, "prohibited", attacks inside a zone) are attached to them, and
the mentions of one agreement are merged into one record (see :mod:`.recognise`, :mod:`.records`;
the kinds are listed in :mod:`.lexicon`).  Parties, third parties and venues are entity ids of the
``entities`` layer; the date is a reference into the ``dates`` layer.

Parties versus third parties.  ``parties`` holds only those the text says are bound: subjects of
"signed / agreed (to) / reached / accepted / joined" a deal, the names after "a deal between",
"signed by", "with" after a signing verb, and names compounded before it ("the U.S.-China trade
deal").  States that "endorsed", "guaranteed", "brokered", "mediated" or "monitored" an agreement
go to ``endorsers``, ``guarantors``, ``mediators`` or ``observers``, by the verb used.  So in the
seed the cease-fire "endorsed by Ankara, Moscow and Tehran" has endorsers turkey, russia, iran and
no parties, although the JSON example of DESIGN.md lists them as parties: that example predates
the role fields, and Turkey, Russia and Iran were in fact the *guarantors* of the Astana
arrangements (the belligerents were the Syrian government and the opposition).  Putting endorsers
in ``parties`` would make every "backed by Washington" deal count Washington as bound by it.  For
the same reason a nationality before a proposal that others accept ("Israel and Hamas accepted
the Qatari ceasefire proposal") names a mediator, and "Egyptian and Qatari mediators" or "with
French and German mediation" name mediators; only trade and company deals count their proposer
as a party ("the EU proposed a trade pact to Indonesia").
A third party's verb gives no state: "endorsed / backed / guaranteed by Z" fills a role and leaves
``status`` to the other cues; "a Z-brokered truce" is an adjective (Z a mediator, no state), and
"took hold / took effect / went into effect / came into force" put it ``in_force``.

Rejecters.  "Ukraine rejected the peace plan", "refused to sign", "the plan was rejected by
Ukraine": the status is ``rejected`` and the rejecter is *not* in ``parties`` (it is not bound, and
a veto by an outsider -- "Hungary blocked the EU deal" -- reads the same); it is kept as the
``status`` evidence, whose span runs from the rejecter to the verb ("Ukraine rejected").  The
exception is a refusal that presupposes being bound: who "refused to extend / renew / honour /
implement / respect / abide by / comply with" an agreement is a party of it.

Named agreements.  An agreement named by a capitalised word between a determiner and its head
("the Minsk agreement", "the Paris climate accord", "the 2015 Algiers peace agreement", "the
Black Sea grain deal"; not a broker: "the US-brokered deal") has the name in its trigger span
(``text`` is "Minsk agreement", never "agreement"), and the kind of the famous ones
(``lexicon.NAMED``).  When the name is a place that is neither a country nor a region (a city:
Minsk, Paris, Doha, Dayton, Oslo), that place is the ``venue``: diplomacy names an agreement after
the town where it was negotiated or signed (a deal named after the town it is *about*, "the Gaza
deal", is read the same way: a known limit).  A country in the name is a party ("the Iran
deal"), a region (LOC: "Black Sea") is neither, and so is a treaty's own name tagged as an
organisation ("the New START treaty").  Zones are not names: "the Idlib de-escalation zone" lies
in Idlib and keeps "de-escalation zone" as its text.

``status`` is the latest state reported (the highest in proposed < negotiating < rejected <
signed < in_force < extended < violated < suspended < collapsed); an attack inside a zone counts
as a violation of the zone, its attacker as the violator; so does a side's later failure to honour
its commitments, for the one agreement binding it (:mod:`.later`).
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Agreement, Extractor, hookimpl

from .present import PRESENTATION
from .records import extract

__version__ = "0.1.0"
__all__ = ["extract", "newsparse_register_extractors"]


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``agreements`` extractor (needs ``entities`` and ``dates``; consults ``syntax``)."""
    register(
        Extractor(
            name="agreements",
            produces="agreements",
            extract=extract,
            annotation_types=Agreement,
            presentation=PRESENTATION,
            requires=("entities", "dates"),
            consults=("syntax",),
            description="agreements with kind, parties, third parties, venue, date, status, provisions",
            version=__version__,
        )
    )
