"""A web page is quoted from its text as a reader sees it, written beside the copied page."""

from __future__ import annotations

import yaml
from makers import generate_file, saved_document

from game.generate.checks import strict_problems
from game.generate.sentences import split_sentences
from game.packs import check_pack

PAGE = """<html><head><title>Hermitian matrix - Wikipedia</title></head><body>
<h1>Hermitian matrix</h1>
<p>In mathematics, a <b>Hermitian matrix</b> is a complex square matrix that is equal to its own
    <a href="/wiki/Conjugate_transpose">conjugate transpose</a>.</p>
<p>If a square matrix <img src="a.svg" alt="{\\displaystyle A}"> equals the multiplication of a matrix and its
   conjugate transpose, that is, <img src="b.svg" alt="A=BB^H">, then A is a Hermitian positive semi-definite
   matrix. Furthermore, if B is row full-rank, then A is positive definite. The property was first described by
   Charles Hermite in 1855 in a paper on the reduction of quadratic forms, and the name has been used ever since in
   linear algebra, in number theory and in the quantum mechanics of Werner Heisenberg and Max Born.</p>
<p>Hermitian matrices are named after <a href="/wiki/Charles_Hermite">Charles Hermite</a>, who demonstrated
   in 1855 that matrices of this form share a property with real symmetric matrices of always having real
   eigenvalues.</p>
<ul><li>Hermitian matrices were studied by <a href="/wiki/Werner_Heisenberg">Werner Heisenberg</a> in 1925.</li>
<li>Max Born &amp; Pascual Jordan used them in 1925.</li></ul>
<p>Charles Hermite was born in Dieuze in 1822, and he died in Paris in 1901.</p>
<p>Werner Heisenberg was born in Würzburg in 1901 and died in Munich in 1976.</p>
</body></html>
"""


def test_the_pages_text_reads_as_a_reader_sees_it(tmp_path):
    document = saved_document(tmp_path, "hermitian.html", PAGE)
    blocks = document.text.split("\n\n")
    assert blocks[0] == "Hermitian matrix"  # no markup, no indentation, one block a line
    assert blocks[1] == ("In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own"
                         " conjugate transpose.")
    assert "- Max Born & Pascual Jordan used them in 1925." in blocks
    assert all("  " not in block and "\n" not in block.strip() for block in blocks)
    assert saved_document(tmp_path, "again.html", PAGE).text == document.text


def test_a_sentence_with_a_link_is_quoted_whole_and_one_with_a_formula_hole_is_not(tmp_path):
    document = saved_document(tmp_path, "hermitian.html", PAGE)
    sentences = split_sentences(document)
    hermite = next(s for s in sentences if "named after" in s.text)
    assert hermite.quote.startswith("Hermitian matrices are named after Charles Hermite, who demonstrated in 1855")
    assert hermite.quote in document.text
    # The page shows a formula where the plain words have a gap: no quote may close over it.
    assert "that is, [\u2026] , then A is" in document.text
    assert next(s for s in sentences if s.text.startswith("If a square")).quote is None
    assert next(s for s in sentences if s.text.startswith("Furthermore")).quote is not None


def test_a_generated_pack_keeps_the_page_and_quotes_its_text(tmp_path):
    out = generate_file(tmp_path, "hermitian.html", PAGE)
    source = yaml.safe_load(out.read_text(encoding="utf-8"))["sources"][0]
    assert source["file"] == "sources/hermitian.txt" and source["original"] == "sources/hermitian.html"
    assert (out.parent / source["original"]).read_text(encoding="utf-8") == PAGE  # the page, byte for byte
    pack, problems = check_pack(out)
    assert problems == [] and strict_problems(pack) == []
    assert any("Charles Hermite" in q.quotes[0].text or "Heisenberg" in q.quotes[0].text for q in pack.questions)


def test_a_missing_original_is_reported_where_the_pack_names_it(tmp_path):
    out = generate_file(tmp_path, "hermitian.html", PAGE)
    (out.parent / "sources" / "hermitian.html").unlink()
    _, problems = check_pack(out)
    line = next(n for n, text in enumerate(out.read_text(encoding="utf-8").splitlines(), 1) if "original:" in text)
    assert [(p.line, "sources/hermitian.html" in p.message) for p in problems] == [(line, True)]
