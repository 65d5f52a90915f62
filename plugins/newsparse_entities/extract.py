"""The entities extractor: recognise candidates, optionally take a spaCy model's spans, resolve."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse import Document, Entity
from newsparse_entities.acronyms import spelled_acronyms
from newsparse_entities.adherents import adherent_mentions
from newsparse_entities.chambers import chamber_mentions
from newsparse_entities.chunks import chunks
from newsparse_entities.company_forms import company_edges
from newsparse_entities.connectors import without_compass_pairs, without_leading_joiner
from newsparse_entities.country_rows import country_row_people
from newsparse_entities.digest_heads import digest_heads
from newsparse_entities.event_of_names import event_of_names
from newsparse_entities.gazetteer import load
from newsparse_entities.head_aliases import code_aliases, head_aliases
from newsparse_entities.headline_events import headline_events
from newsparse_entities.initials import joined_initials
from newsparse_entities.languages import without_languages
from newsparse_entities.long_names import joined_long_names
from newsparse_entities.name_openers import with_name_openers
from newsparse_entities.opening_adverbs import without_opening_adverbs
from newsparse_entities.org_descriptions import with_org_descriptions
from newsparse_entities.particles import joined_particles
from newsparse_entities.place_demonyms import split_place_demonyms
from newsparse_entities.recognise import gazetteer_matches
from newsparse_entities.resolve import resolve, to_entities
from newsparse_entities.roles import with_descriptions
from newsparse_entities.spacy_backend import configured_model, spacy_candidates
from newsparse_entities.team_columns import team_columns
from newsparse_entities.team_rows import team_rows
from newsparse_entities.title_surnames import title_surnames
from newsparse_entities.words import headline_sentences, words_of
from newsparse_entities.works import joined_titles


def extract(doc: Document) -> Iterator[Entity]:
    """Entities of ``doc`` with their mentions, linked to stable ids where the gazetteer knows them."""
    gaz = load()
    words = words_of(doc)
    if not words:
        return iter(())
    headlines = headline_sentences(words)
    matches = gazetteer_matches(words, gaz, headlines)
    model = configured_model()
    if model is not None:
        cands = spacy_candidates(doc, words, matches, model)
    else:
        cands = joined_long_names(words, chunks(words, matches, gaz, headlines), gaz)
        cands = joined_initials(joined_particles(words, cands, doc.text), doc.text)
        cands = split_place_demonyms(words, cands, gaz)
        cands = joined_titles(words, title_surnames(words, cands, gaz))
        cands = company_edges(
            words, without_compass_pairs(words, without_leading_joiner(words, cands, matches))
        )
        # "the North Caucasus", "Jan Kavan", "the Bay of Biscay": the words that open a name
        cands = with_name_openers(words, cands, gaz, headlines, doc.text)
    cands = without_languages(words, cands)  # "recorded in English": the language, no mention
    cands = without_opening_adverbs(words, cands, gaz.words)  # "Substantively the ...": no name (s41)
    resolved = head_aliases(words, resolve(doc, words, cands, gaz, headlines), doc.text, headlines)
    resolved = chamber_mentions(words, resolved, doc.text, headlines)  # "the Senate", "the House"
    resolved = adherent_mentions(resolved, doc.text, gaz)  # "Islamists", "the Maoist faction": NORP
    resolved = headline_events(words, resolved, headlines)  # "AT CANADIAN OPEN": the body's event
    resolved = event_of_names(words, resolved, doc.text)  # "the Tour of the Netherlands": one event
    resolved = country_row_people(resolved, doc.text)  # "Jim Courier ( U.S. )" in a results list
    resolved = digest_heads(resolved, doc.text, gaz)  # "AN-NAHAR" over "- ..." items: the paper
    resolved = team_columns(resolved, doc.text)  # "Name ( Britain ) McLaren 1:54.342": the team
    resolved = team_rows(resolved, doc.text)  # "Austria Vienna 6 4 2 0 9 5 14": one team
    entities = list(to_entities(spelled_acronyms(code_aliases(resolved, doc.text), doc.text), doc.text))
    entities = with_descriptions(entities, doc.text)  # "the chancellor": a titled person
    starts = [s.start for s in doc.sentences]
    return iter(with_org_descriptions(entities, doc.text, starts))  # "the company": an organisation
