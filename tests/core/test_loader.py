"""The pack loader: valid packs load; every broken one gets FILE:LINE:COL messages, never a traceback."""


import pytest

from game.packs import PackError, check_pack, load_pack

SOURCE = (
    "All American diplomats left Kabul, Blinken said on August 30.\n"
    "The United States and its allies evacuated more than 122,000 people out of Kabul since August 14.\n"
    "\u201cOur troops have departed Afghanistan,\u201d Blinken said.\n"
    "Washington shifted its diplomatic presence from Kabul to Doha.\n"
)

VALID = """\
quotequiz: 1
id: test-pack
title: "Test pack"
sources:
  - id: doc
    title: "The document"
    file: sources/doc.txt
questions:
  - id: evacuated
    type: choice
    prompt: "The United States and its allies evacuated more than ____ people."
    answer: "122,000"
    wrong: ["58,000", "20,000", "200"]
    quote: {source: doc, text: "evacuated more than 122,000 people"}
  - id: troops
    type: true_false
    prompt: "Blinken said the troops had departed Afghanistan."
    answer: true
    quote: {source: doc, text: '"Our troops have departed Afghanistan," Blinken said.'}
  - id: capital
    type: text
    prompt: "To which city did Washington shift its diplomatic presence?"
    answer: Doha
    accept: ["Doha, Qatar"]
    quote: {source: doc, text: "from Kabul to Doha"}
  - id: count
    type: number
    prompt: "How many people were evacuated?"
    answer: 122000
    unit: people
    tolerance: 0
    quote: {source: doc, text: "more than 122,000 people"}
  - id: sequence
    type: order
    prompt: "Put these in order."
    items: ["Evacuation begins", "Diplomats leave Kabul", "Presence moves to Doha"]
    quote:
      - {source: doc, text: "since August 14"}
      - {source: doc, text: "All American diplomats left Kabul"}
      - {source: doc, text: "from Kabul to Doha"}
"""


def write_pack(tmp_path, text, source=SOURCE):
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "doc.txt").write_text(source, encoding="utf-8")
    path = tmp_path / "pack.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def problems_of(tmp_path, text):
    path = write_pack(tmp_path, text)
    pack, problems = check_pack(path)
    assert pack is None and problems, "expected the pack to be refused"
    return [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_valid_pack_loads_every_type(tmp_path):
    pack = load_pack(write_pack(tmp_path, VALID))
    assert pack.id == "test-pack" and pack.title == "Test pack"
    assert [q.type for q in pack.questions] == ["choice", "true_false", "text", "number", "order"]
    number = pack.questions[3]
    assert number.answer == 122000 and number.unit == "people"
    assert len(pack.questions[4].quotes) == 3
    assert pack.source_of(pack.questions[0].quote).title == "The document"


def test_problem_prints_as_file_line_col(tmp_path):
    path = write_pack(tmp_path, VALID.replace("quotequiz: 1", "quotequiz: 2"))
    with pytest.raises(PackError) as raised:
        load_pack(path)
    assert str(raised.value) == f"{path}:1:12: unsupported format version 2: this QuoteQuiz reads version 1"


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    text = VALID.replace('title: "Test pack"\n', "").replace("id: test-pack", "id: Test Pack")
    text = text.replace('answer: "122,000"', 'answer: "123,000"').replace("answer: Doha", "answer: Paris")
    found = problems_of(tmp_path, text)
    assert found == [
        "1:1: missing required field 'title'",
        "2:5: pack id 'Test Pack' may use only lowercase letters, digits and '-'",
        '11:13: the answer "123,000" does not occur in the quote',
        '22:13: the answer "Paris" does not occur in the quote',
    ]


@pytest.mark.parametrize(
    "change, expected",
    [
        (("quotequiz: 1\n", ""), "1:1: missing required field 'quotequiz' (the format version: quotequiz: 1)"),
        (('text: "evacuated more than 122,000 people"', 'text: "evacuated exactly 122,000 people"'),
         '14:32: quote not found in source \'doc\': "evacuated exactly 122,000 people"'),
        (("{source: doc, text: \"from Kabul to Doha\"}\n  - id: count", "{source: nope, text: \"from Kabul to Doha\"}\n  - id: count"),
         "25:21: 'nope' is not a source of this pack"),
        (('wrong: ["58,000", "20,000", "200"]', 'wrong: ["58,000", "122,000", "200"]'),
         '13:23: wrong option "122,000" is the same as the answer'),
        (('wrong: ["58,000", "20,000", "200"]', 'wrong: ["58,000", "20,000", " 58,000"]'),
         '13:33: wrong option "58,000" is the same as wrong option 1'),
        (('wrong: ["58,000", "20,000", "200"]', 'wrong: ["1", "2", "3", "4", "5", "6"]'),
         "13:12: 'wrong' must have 1 to 5 entries, not 6"),
        (("answer: true", "answer: yes please"), "18:13: a true_false answer must be true or false"),
        (("answer: 122000", "answer: 120000"), "29:13: the quote does not contain the answer's value 120000"),
        (("tolerance: 0", "tolerance: -5"), "31:16: 'tolerance' must not be negative"),
        (("answer: 122000", "answer: lots"), "29:13: 'answer' must be a number"),
        (("type: order", "type: essay"), "34:11: 'type' must be one of choice, true_false, text, number, order, not 'essay'"),
        (('items: ["Evacuation begins", "Diplomats leave Kabul", "Presence moves to Doha"]', 'items: ["A", "B"]'),
         "36:12: 'items' must have 3 to 6 entries, not 2"),
        (('      - {source: doc, text: "from Kabul to Doha"}\n', ""), "38:7: a list of quotes must have one per item: 3, not 2"),
        (("  - id: troops", "  - id: evacuated"), "15:9: duplicate question id 'evacuated'"),
        (("    unit: people", "    units: people"), "30:5: unknown field 'units' in a question"),
        (("    accept:", "    wrong:"), "24:5: 'wrong' does not apply to a text question"),
        (("    file: sources/doc.txt", "    file: ../doc.txt"), "7:11: source file '../doc.txt' must be inside the pack's folder"),
        (("    file: sources/doc.txt", "    file: sources/gone.txt"), "7:11: source file 'sources/gone.txt': file not found"),
        (("  - id: capital\n    type: text\n    prompt:", "  - id: capital\n    type: text\n    difficulty: 7\n    prompt:"),
         "22:17: 'difficulty' must be 1, 2 or 3"),
        (('    prompt: "Put these in order."\n', ""), "33:5: missing required field 'prompt'"),
    ],
)
def test_each_rule_has_a_precise_message(tmp_path, change, expected):
    old, new = change
    assert old in VALID
    assert problems_of(tmp_path, VALID.replace(old, new, 1)) == [expected]


def test_typographic_quotes_and_white_space_fold_nothing_else(tmp_path):
    plain = VALID.replace("from Kabul to Doha\"}\n  - id: count", "from  Kabul\\n to Doha\"}\n  - id: count")
    assert load_pack(write_pack(tmp_path, plain))
    cased = VALID.replace('text: "evacuated more than 122,000 people"', 'text: "Evacuated more than 122,000 people"')
    assert problems_of(tmp_path, cased)[0].startswith("14:32: quote not found")


def test_source_that_is_not_utf8(tmp_path):
    path = write_pack(tmp_path, VALID)
    (tmp_path / "sources" / "doc.txt").write_bytes(b"caf\xe9\n")
    _, problems = check_pack(path)
    assert [p.message for p in problems] == [
        "source file 'sources/doc.txt': not UTF-8 text (byte 0xe9 at line 1, column 4)"
    ]
    # The quotes naming the broken source are not blamed a second time.
    assert len(problems) == 1


def test_a_byte_order_mark_is_no_part_of_the_text(tmp_path):
    path = write_pack(tmp_path, VALID)
    assert load_pack(write_pack(tmp_path, b"\xef\xbb\xbf" + VALID.encode("utf-8"))).title == load_pack(path).title
    (tmp_path / "sources" / "doc.txt").write_bytes(b"\xef\xbb\xbfFirst line\ncaf\xe9\n")
    _, problems = check_pack(path)
    assert [p.message for p in problems] == [
        "source file 'sources/doc.txt': not UTF-8 text (byte 0xe9 at line 2, column 4)"
    ]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"quotequiz: 1\nid: [unclosed\n", "invalid YAML"),
        (b"\xff\xfe\x00junk", "not UTF-8 text"),
        (b"- just\n- a list\n", "a pack must be a YAML mapping"),
        (b"", "a pack must be a YAML mapping"),
        (b"[" * 100_000, "nested deeper than"),
        (b"a: !!python/object/apply:os.system ['true']\n", "invalid YAML"),
    ],
)
def test_broken_files_get_one_clear_message(tmp_path, content, expected):
    path = write_pack(tmp_path, content)
    pack, problems = check_pack(path)
    assert pack is None
    assert any(expected in p.message for p in problems), problems
    assert all(str(p).startswith(f"{path}:") for p in problems)


def test_alias_bomb_is_cheap(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 40)]
    pack, problems = check_pack(write_pack(tmp_path, "\n".join(lines)))
    assert pack is None and any("unknown field 'a39'" in p.message for p in problems)


def test_missing_and_unreadable_files(tmp_path):
    _, problems = check_pack(tmp_path / "absent.yaml")
    assert [str(p) for p in problems] == [f"{tmp_path / 'absent.yaml'}:1:1: file not found"]
    _, problems = check_pack(tmp_path)
    assert problems[0].message == "is a folder, not a file"


def test_content_hash_changes_when_the_question_changes(tmp_path):
    first = load_pack(write_pack(tmp_path, VALID)).questions
    edited = load_pack(write_pack(tmp_path, VALID.replace('"200"]', '"2,000"]'))).questions
    assert first[0].content_hash != edited[0].content_hash
    assert first[1].content_hash == edited[1].content_hash
