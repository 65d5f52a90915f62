"""Errors cross process boundaries in a batch: each newsparse error survives pickling whole."""

from __future__ import annotations

import pickle

import pytest

from newsparse import ExtractorError, InvalidInput, NewsparseError, TextTooLarge, UnknownExtractor
from newsparse.timelimit import TimeLimitExceeded

ERRORS = [
    TimeLimitExceeded(1.5, "entities"),
    TimeLimitExceeded(2.0),
    TextTooLarge(2_000_000, 1_000_000),
    ExtractorError("dates", "ValueError: bad offsets"),
    InvalidInput("field 'text' must be a string"),
    UnknownExtractor("nosuch"),
    NewsparseError("plain"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_an_error_pickles_with_its_message_and_fields(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
