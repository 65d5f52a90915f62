"""The batch reader on arbitrary bytes: one record per line, each an item or a typed Failure."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.batch import Failure
from newsparse.batch_input import Fields, count_records, read_records

LINES = st.one_of(
    st.binary(max_size=60),
    st.sampled_from([b'{"text": "x"}', b'{"text": 1}', b"[]", b"", b"\xff", b'{"text": "\\ud800"}', b"{"]),
    st.text(max_size=40).map(lambda t: ('{"id": 1, "text": "' + t + '"}').encode("utf-8", "surrogatepass")),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(LINES, max_size=8), st.booleans())
def test_any_bytes_give_one_record_per_line(lines: list[bytes], final_newline: bool) -> None:
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines) + (b"\n" if final_newline else b"")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_bytes(data)
        records = list(read_records(path, fields=Fields(published="2018-02-06"), max_chars=100))
        assert [index for index, _ in records] == list(range(count_records(path)))
        for index, item in records:
            if isinstance(item, Failure):
                assert item.index == index and item.error and item.message
            else:
                assert isinstance(item["text"], str) and item["published"] == "2018-02-06"
