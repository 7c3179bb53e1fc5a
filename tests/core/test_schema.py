"""The JSON Schema shipped for editors agrees with the loader on the shipped packs."""

import json

import jsonschema
import pytest
import yaml

from game import paths


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((paths.shipped_packs_dir() / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_packs_match_the_schema(validator):
    packs = sorted(paths.shipped_packs_dir().glob("*.yaml"))
    assert packs
    for pack in packs:
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(pack.read_text(encoding="utf-8")))]
        assert errors == [], pack


def test_schema_flags_what_an_author_gets_wrong(validator):
    data = yaml.safe_load(paths.default_pack_path().read_text(encoding="utf-8"))
    choice = next(q for q in data["questions"] if q["type"] == "choice")
    choice["anwser"] = choice.pop("answer")
    data["quotequiz"] = 2
    messages = " | ".join(e.message for e in validator.iter_errors(data))
    assert "'anwser' was unexpected" in messages
    assert "'answer' is a required property" in messages
    assert "1 was expected" in messages


def test_the_authors_guide_example_is_a_valid_pack(tmp_path, validator):
    from game.packs import load_pack

    guide = (paths.shipped_packs_dir() / "README.md").read_text(encoding="utf-8")
    example = guide.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "sources").mkdir()
    for source in (paths.shipped_packs_dir() / "sources").iterdir():
        (tmp_path / "sources" / source.name).write_bytes(source.read_bytes())
    (tmp_path / "example.yaml").write_text(example, encoding="utf-8")
    pack = load_pack(tmp_path / "example.yaml")
    assert {q.type for q in pack.questions} == {"choice", "true_false", "text", "number", "order"}
    assert list(validator.iter_errors(yaml.safe_load(example))) == []


def test_a_pack_generated_from_a_web_page_matches_the_schema(tmp_path, validator):
    from game.generate.command import main as generate

    page = tmp_path / "mars.html"
    page.write_text("<html><body><h1>Mars</h1><p>NASA's <a href='/v'>Viking 1</a> lander touched down on Mars in"
                    " 1976.</p><p>Olympus Mons on Mars is about 17 miles high.</p></body></html>", encoding="utf-8")
    out = tmp_path / "pack" / "mars.yaml"
    assert generate([str(page), "-o", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["sources"][0]["original"] == "sources/mars.html"
    assert list(validator.iter_errors(data)) == []
