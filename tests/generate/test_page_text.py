"""Page text: citation markers, bios, captions and list items never reach a question."""

import argparse

import pytest
from makers import saved_document

from game.generate.checks import strict_problems
from game.generate.command import add_arguments, run
from game.generate.sentences import split_sentences
from game.generate.text import read_document
from game.packs import check_pack, load_pack

# Copied from an encyclopedia page as a reader would: markers after words and sentences.
ICELAND = (
    "According to the Landnámabók, Iceland was settled in 874 when the Norwegian chieftain Ingólfr Arnarson"
    " became the first permanent settler on the island.[12] In the following centuries, Norwegians emigrated"
    " to Iceland, bringing with them thralls of Gaelic origin.[13][14] The Althing, the legislative assembly,"
    " was founded in 930 at Þingvellir.[15][a] Iceland remained independent for more than three centuries,"
    "[citation needed] until the Old Covenant of 1262 brought the island under the Norwegian crown.[16]"
    " In 1397, Norway and with it Iceland were united with Denmark and Sweden in the Kalmar Union.[17]"
    " The Laki eruption of 1783 killed about a quarter of the population[18] and led to a famine known as"
    " the Mist Hardships.[19] Iceland became a sovereign state on 1 December 1918,[20] and a republic on"
    " 17 June 1944.[21][note 1]\n"
)
MARKERS = ("[12]", "[13]", "[14]", "[15]", "[a]", "[citation needed]", "[18]", "[20]", "[note 1]")


@pytest.mark.parametrize("name, body", [
    ("iceland.txt", "History\n\n" + ICELAND),
    ("iceland.md", "## History\n\n" + ICELAND.replace("Kalmar Union", "**Kalmar Union**")),
    ("iceland.html", "<h2>History</h2><p>" + ICELAND.replace("Althing", "<a href='/wiki/Althing'>Althing</a>") + "</p>"),
])
def test_sentences_drop_citation_markers_and_quote_the_files_own_words(tmp_path, name, body):
    document = saved_document(tmp_path, name, body)
    sentences = split_sentences(document)
    assert len(sentences) == 7
    assert not any(marker in s.text for s in sentences for marker in MARKERS)
    for sentence in sentences:
        if sentence.quote is not None:
            assert sentence.quote in document.text
    sovereign = next(s for s in sentences if "sovereign" in s.text)
    assert sovereign.text == "Iceland became a sovereign state on 1 December 1918, and a republic on 17 June 1944."
    assert sovereign.quote == "Iceland became a sovereign state on 1 December 1918,[20] and a republic on 17 June 1944."


def test_an_authors_brackets_are_words_of_the_text(tmp_path):
    document = saved_document(tmp_path, "speech.txt", (
        "The spokesman said that “[the Taliban] will not be allowed to return” after the vote.\n"
        "The letter, dated 1921, said the goverment [sic] had failed the town.\n"
        "[1] Smith, John. A History of the Town. London: Penguin, 2004.\n"))
    texts = [s.text for s in split_sentences(document)]
    assert "[the Taliban]" in texts[0] and "[sic]" in texts[1]
    assert "[1] Smith" in document.plain  # a reference list keeps its numbers


def _generate(tmp_path, *docs):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out = tmp_path / "pack" / "p.yaml"
    assert run(parser.parse_args([*map(str, docs), "-o", str(out), "--count", "15", "--seed", "1"])) == 0
    return out


def test_a_pack_from_a_marked_page_asks_its_marked_sentences_and_passes_strict(tmp_path):
    path = tmp_path / "iceland.txt"
    path.write_text("Iceland\nFrom Wikipedia, the free encyclopedia\n\nHistory\n\n" + ICELAND, encoding="utf-8")
    pack, problems = check_pack(_generate(tmp_path, path))
    assert problems == [] and strict_problems(pack) == []
    assert len(pack.questions) >= 3
    assert not any("[" in q.prompt for q in pack.questions)
    quoted = " ".join(quote.text for q in pack.questions for quote in q.quotes)
    assert any(marker in quoted for marker in MARKERS)  # asked from sentences carrying markers


def test_a_quote_is_found_written_with_or_without_its_markers(tmp_path):
    (tmp_path / "iceland.txt").write_text(ICELAND, encoding="utf-8")
    pack = tmp_path / "p.yaml"
    questions = "".join(
        f"""  - id: q{i}
    type: true_false
    prompt: "Iceland became a sovereign state in 1918."
    answer: true
    quote: {{source: iceland, text: "{quote}"}}
""" for i, quote in enumerate(["state on 1 December 1918,[20] and a republic", "state on 1 December 1918, and a republic"]))
    pack.write_text(f"""quotequiz: 1
id: iceland
title: Iceland
sources:
  - id: iceland
    title: Iceland
    file: iceland.txt
questions:
{questions}""", encoding="utf-8")
    assert check_pack(pack)[1] == []
    assert len(load_pack(pack).questions) == 2


def _texts(tmp_path, name, body):
    return [s.text for s in split_sentences(saved_document(tmp_path, name, body))]


ARTICLE = (
    "Winter Strains the City's Pipes\n\n"
    "Listen to this article.\n\n"
    "Updated Feb. 3, 2019, at 5:32 p.m. Eastern time.\n\n"
    "NEW YORK (Reuters) — Con Edison maintains 4,300 miles of gas mains in and around New York City.\n\n"
    "The city filled 255,904 potholes last year, the Transportation Department said.\n\n"
    "Map of the New Zealand coastline as Cook charted it on his first visit in 1769–70. The track of the"
    " Endeavour is also shown.\n\n"
    "The mayor (left) and the commissioner toured the training center in Queens.\n\n"
    "The map of Europe changed after 1918, when four empires collapsed.\n\n"
    "A map of the city's water mains was first drawn in 1842 by the Croton Aqueduct Board.\n\n"
    "Emily Rhodes is a senior correspondent who has covered the city's infrastructure since 2009.\n\n"
    "The city's oldest water main was laid in 1871 under Lower Manhattan.\n\n"
    "Corey Kilgannon is a Metro reporter covering news and human interest stories. He was also part of"
    " the team that won the 2009 Pulitzer Prize for Breaking News.\n\n"
    "Nate Schweber contributed reporting.\n"
)


def test_bios_captions_and_page_furniture_never_become_sentences(tmp_path):
    texts = _texts(tmp_path, "article.txt", ARTICLE)
    assert texts == [
        "Con Edison maintains 4,300 miles of gas mains in and around New York City.",
        "The city filled 255,904 potholes last year, the Transportation Department said.",
        "The map of Europe changed after 1918, when four empires collapsed.",
        "A map of the city's water mains was first drawn in 1842 by the Croton Aqueduct Board.",
        # a journalist named in the story, not the article's closing bio
        "Emily Rhodes is a senior correspondent who has covered the city's infrastructure since 2009.",
        "The city's oldest water main was laid in 1871 under Lower Manhattan.",
    ]


def test_an_encyclopedia_article_about_a_journalist_keeps_its_opening(tmp_path):
    texts = _texts(tmp_path, "ressa.txt", (
        "Maria Ressa is a Filipino-American journalist who co-founded the news website Rappler in 2012.\n\n"
        "She was awarded the Nobel Peace Prize in 2021, together with Dmitry Muratov.\n"))
    assert texts[0].startswith("Maria Ressa is a Filipino-American journalist")


def test_a_list_item_without_a_subject_is_no_statement(tmp_path):
    goals = (
        "The Mozilla Foundation pledges to support the Mozilla Manifesto in its activities. Specifically, we will:\n\n"
        "    Build and enable open-source technologies and communities that support the Manifesto's principles;\n"
        "    Build and deliver great consumer products that support the Manifesto's principles;\n"
        "    Promote the Mozilla Manifesto principles in public discourse and within the Internet industry.\n")
    assert _texts(tmp_path, "pledge.txt", goals) == [
        "The Mozilla Foundation pledges to support the Mozilla Manifesto in its activities."]
    bullets = ("## Why it matters\n\n"
               "- Build and deliver great consumer products that support the Manifesto's principles.\n"
               "- Firefox is the browser Mozilla has developed since 2002 as its flagship product.\n"
               "- Volunteers translate Firefox into more than 90 languages every year.\n")
    assert _texts(tmp_path, "why.md", bullets) == [
        "Firefox is the browser Mozilla has developed since 2002 as its flagship product.",
        "Volunteers translate Firefox into more than 90 languages every year."]
    page = ("<p>Mozilla has set itself goals for the coming decade.</p><ul>\n"
            "<li>Build and deliver great consumer products that support the Manifesto's principles.</li>\n"
            "<li>Firefox is the browser Mozilla has developed since 2002 as its flagship product.</li></ul>")
    assert _texts(tmp_path, "goals.html", page) == [
        "Mozilla has set itself goals for the coming decade.",
        "Firefox is the browser Mozilla has developed since 2002 as its flagship product."]


def test_a_speakers_tail_stays_with_the_quotation_it_closes(tmp_path):
    from game.generate.sentences import split_sentences
    path = tmp_path / "article.txt"
    path.write_text("“Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time. "
                    "He searched the archives for weeks. Rothman found her in 2017.\n", encoding="utf-8")
    texts = [s.text for s in split_sentences(read_document(path))]
    assert "Rothman recalls thinking at the time." not in texts
    assert texts[0].endswith("Rothman recalls thinking at the time.")
    assert "Rothman found her in 2017." in texts


def test_a_marked_sentence_is_quoted_whole_with_its_markers(tmp_path):
    import argparse

    import yaml

    from game.generate.command import add_arguments, run
    doc = tmp_path / "reading.txt"
    doc.write_text("In 1889 the Russian writer Nikolai Rubakin[16] published a study of over 10,000 texts written "
                   "by everyday people.[17] He found that most of them used about 1,500 familiar words.\n"
                   "In 1921 Harry D. Kitson[18] published The Mind of the Buyer, a study of 2,000 readers in Chicago.\n"
                   "In 1934 the psychologist Ralph Ojemann[19] investigated the reading skills of 1,200 adults in Iowa.\n",
                   encoding="utf-8")
    out = tmp_path / "pack.yaml"
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert run(parser.parse_args([str(doc), "-o", str(out), "--count", "10"])) == 0
    text = doc.read_text(encoding="utf-8")
    quotes = [q["quote"] for q in yaml.safe_load(out.read_text(encoding="utf-8"))["questions"]]
    shown = [x["text"] for quote in quotes for x in (quote if isinstance(quote, list) else [quote])]
    marked = [t for t in shown if "[16]" in t or "[18]" in t or "[19]" in t]
    assert marked and all(t in text and t.endswith(".") for t in marked), marked


def test_a_pictures_caption_and_credit_never_become_sentences(tmp_path):
    page = (
        "<p>Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people.</p>\n"
        "<div><p> <span>Gunmen in military uniforms stormed the national museum, killing at least 19 people,"
        " most of them foreign tourists. (Reuters)</span> </p></div>\n"
        "<p>Rescue workers carried the wounded out of the building. (AP Photo/Hassene Dridi)</p>\n"
        "<p><img src='brain.jpg' alt='hand holding brain lightbulb'><br>\n"
        "<em>A new study investigates when the moment of insight takes place in the brain.</em></p>\n"
        "<p>Tourism accounted for 15 percent of the country's gross domestic product in 2013.</p>\n")
    assert _texts(tmp_path, "museum.html", page) == [
        "Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people.",
        "Tourism accounted for 15 percent of the country's gross domestic product in 2013."]


def test_a_picture_inside_a_long_paragraph_leaves_its_prose(tmp_path):
    words = "The museum holds one of the largest collections of Roman mosaics in the world, and it draws visitors. " * 4
    texts = _texts(tmp_path, "mosaics.html", f"<p><img src='icon.png'> {words}</p>")
    assert len(texts) == 4


def test_a_table_cell_is_asked_only_if_it_names_its_row(tmp_path):
    rows = [("Groundhog Day", "1993", "Self-centered television weatherman Phil Connors is forced to relive the same day over and over."),
            ("Retroactive", "1997", "A psychiatrist makes multiple trips through time to save a woman who was murdered by her husband."),
            ("Run Lola Run", "1998", "Run Lola Run follows a woman who needs to obtain 100,000 Deutschmarks in twenty minutes.")]
    page = ("<p>The list gives the names and brief synopses of films in which time loops are a prominent plot device.</p>"
            "<table><tr><th>Film</th><th>Year</th><th>Description</th></tr>"
            + "".join(f"<tr><th><i><a href='/wiki/x'>{t}</a></i></th><td>{y}</td><td>{d}</td></tr>" for t, y, d in rows)
            + "</table>")
    assert _texts(tmp_path, "films.html", page) == [
        "The list gives the names and brief synopses of films in which time loops are a prominent plot device.",
        rows[2][2]]  # the one synopsis that names its film


def test_a_sentence_a_link_runs_through_is_quoted_whole_from_the_pages_text(tmp_path):
    page = ("<p><span>Z</span>imbabwe President <a href='/mugabe'>Robert Mugabe</a>, his wife Grace and two key figures"
            " from her G40 political faction are under house arrest at the Blue House compound in Harare and are"
            " insisting the 93 year-old finishes his presidential term.</p>"
            "<p>The sale is being done in two steps. The <a href='/filing'>first step</a> will be the transfer of any"
            " assets related to Yahoo business to a singular subsidiary.</p>"
            "<p>The sale closed in <em>June</em>.</p><p><b>The deal closed in July 2017</b>.</p>")
    document = saved_document(tmp_path, "zimbabwe.html", page)
    mugabe, _, step, sale, deal = split_sentences(document)
    # Quotes come from the page's text as a reader sees it, where a link cuts nothing.
    assert mugabe.quote.startswith("Zimbabwe President Robert Mugabe, his wife Grace")
    assert step.quote == "The first step will be the transfer of any assets related to Yahoo business to a singular subsidiary."
    assert sale.quote == "The sale closed in June." and deal.quote == "The deal closed in July 2017."
    assert all(s.quote in document.text for s in (mugabe, step, sale, deal))


def test_a_markdown_quote_keeps_its_emphasis_marks_to_show_the_whole_sentence(tmp_path):
    document = saved_document(tmp_path, "uk.md", "**Geoffrey Chaucer** wrote the _Canterbury Tales_ in Middle English verse.\n\n"
                                             "The [Tales](https://example.org/tales) were printed by Caxton in 1476.\n")
    chaucer, caxton = split_sentences(document)
    assert chaucer.text == "Geoffrey Chaucer wrote the Canterbury Tales in Middle English verse."
    # "in Middle English verse." alone would not show who wrote what; the marks read as text.
    assert chaucer.quote == "**Geoffrey Chaucer** wrote the _Canterbury Tales_ in Middle English verse."
    assert caxton.quote is None  # a link's address is no reading


@pytest.mark.parametrize("name, body, title", [
    ("a.html", "<html><head><title>Obama admits gun laws frustrate him - BBC News</title></head><body>"
               "<p>Andrew Shearer, Justin Bassi, who advises the minister</p><h1>Obama admits gun laws frustrate him</h1></body></html>",
     "Obama admits gun laws frustrate him"),
    ("b.html", "<html><head><title>Superbugs: what to know</title></head><body><p>Every year millions fall sick.</p></body></html>",
     "Superbugs: what to know"),
    ("c.md", "Paleolithic (3.3 Ma ~ 12 ka)\n\n# History of China\n\nThe Shang ruled the Yellow River valley.\n", "History of China"),
    ("history-of-china.md", "## Paleolithic (3.3 Ma ~ 12 ka)\n\nThe Shang ruled the Yellow River valley.\n", "History of china"),
    ("d.html", "<p>Andrew Shearer, Justin Bassi, who advises Attorney-General George Brandis</p><p>The bill passed.</p>", "D"),
    ("e.txt", "New Zealand\nFrom Wikipedia, the free encyclopedia\n\nThe Maori settled the islands.\n", "New Zealand"),
    ("f.txt", "Readability\nFrom Wikipedia, the free encyclopedia\nJump to: navigation, search\n", "Readability"),
    ("g.txt", "Manhole Fires: How Winter Wreaks Havoc Underneath N.Y.C.\n\nThe salt corrodes the cables.\n",
     "Manhole Fires: How Winter Wreaks Havoc Underneath N.Y.C."),
    # a news subhead in capitals below the opening paragraphs heads a section, not the story
    ("airasia-search.txt", "JAKARTA (Reuters) - Countries around Asia on Tuesday stepped up the search for an AirAsia plane.\n\n"
                           "NO FOUL PLAY SEEN\n\nThe pilot was experienced, the airline said.\n", "Airasia search"),
    # a picture's credit line is no title
    ("mars-facts.txt", "Hubble snapped this shot of Mars in 2003.\n\n Credit: NASA/ESA View full size image\n\n"
                       "Mars is the fourth planet from the sun.\n", "Mars facts"),
])
def test_a_documents_title_is_its_own_heading_never_body_text(tmp_path, name, body, title):
    from game.generate.command import _title_of

    assert _title_of(saved_document(tmp_path, name, body)) == title


def test_a_pack_is_titled_by_its_documents_unless_told(tmp_path):
    import yaml

    docs = []
    for name, heading in (("kabul.md", "Leaving Kabul"), ("doha.md", "The Mission in Doha")):
        docs.append(tmp_path / name)
        docs[-1].write_text(f"# {heading}\n\nThe United States moved its diplomatic mission from Kabul to Doha in Qatar on 31 August 2021,"
                            " and the embassy staff of 4,000 people left Afghanistan.\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    for extra, title in (([], "Leaving Kabul; The Mission in Doha"), (["--title", "Kabul"], "Kabul")):
        out = tmp_path / "pack.yaml"
        assert run(parser.parse_args([*map(str, docs), "-o", str(out), *extra])) == 0
        assert yaml.safe_load(out.read_text(encoding="utf-8"))["title"] == title


def test_an_abbreviation_before_a_lower_case_word_does_not_end_the_sentence(tmp_path):
    text = ("Based on genetic evidence from the East Smithfield burial site in England, Schuenemann et al. concluded in"
            " 2011 that the Black Death was caused by a variant of Y. pestis. Pneumonic plague has a mortality rate of"
            " 90 to 95 percent.\n")
    assert _texts(tmp_path, "plague.md", text) == [
        "Based on genetic evidence from the East Smithfield burial site in England, Schuenemann et al. concluded in"
        " 2011 that the Black Death was caused by a variant of Y. pestis.",
        "Pneumonic plague has a mortality rate of 90 to 95 percent."]


def test_a_writers_label_is_no_part_of_the_statement(tmp_path):
    page = ("<p>Note: The server compresses every packet larger than 256 bytes.</p>"
            "<p>Notes from the field are kept in a log.</p>")
    assert _texts(tmp_path, "minecraft.html", page) == [
        "The server compresses every packet larger than 256 bytes.", "Notes from the field are kept in a log."]
