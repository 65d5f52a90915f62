"""Pence glued to a number ("slipped 3p to 245.5p"), told apart from video modes ("1080p")."""

from __future__ import annotations

from .numbers import Words

__all__ = ["pence_glued"]

_VIDEO_MODES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160"})


def pence_glued(w: Words, i: int) -> bool:
    """Whether the word "p" at ``i`` is glued to the number before it and means pence: not a video
    mode ("720p", "1080p") nor the start of a longer glued word."""
    if i < 1 or w.gap(i) != 0:
        return False
    if i + 1 < w.size and w.gap(i + 1) == 0 and w.texts[i + 1][:1].isalnum():
        return False
    return w.texts[i - 1] not in _VIDEO_MODES
