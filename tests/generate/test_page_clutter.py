"""What a page prints around its text stays out of prompts: the source's line wraps inside a
list item, a word's pronunciation, a dated list line, a picture's caption run into the text."""

from __future__ import annotations

from makers import saved_document

from game.generate.records import records

TIMELINE = """<html><body><h1>Chronology of Modern India</h1>
<ul>
        <li><b>1835 :</b> English adopted as the official language.</li>
        <li><b>1853 :</b> First Railway line between Bombay and
Thana opened.</li>
        <li><b>1878 :</b> Vernacular Press Act passed.</li>
        <li><b>1885 :</b> Foundation of Indian National Congress.</li>
        <li><b>1939 :</b> Subhash Bose resigned from the
Presidentship of Congress.</li>
</ul>
<pre>line one
line two</pre>
</body></html>
"""


def test_a_list_item_wrapped_in_the_markup_is_one_item(tmp_path):
    document = saved_document(tmp_path, "india.html", TIMELINE)
    entries = {r.entry: r for r in records(document)}
    assert "First Railway line between Bombay and Thana opened." in entries
    assert entries["Subhash Bose resigned from the Presidentship of Congress."].quote == \
        "1939 : Subhash Bose resigned from the Presidentship of Congress."
    assert "line one\nline two" in document.plain  # preformatted text keeps its lines
