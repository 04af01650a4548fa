from flows.stages.clean.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_initials_and_decimals_do_not_end_sentences():
    text = (
        "Dr. Jane Smith of Acme Corp. met J. R. Doe in the U.S. capital on Oct. 3. "
        "Output grew 3.5% in the quarter. It was the best result since 2019."
    )
    assert split(text) == [
        "Dr. Jane Smith of Acme Corp. met J. R. Doe in the U.S. capital on Oct. 3.",
        "Output grew 3.5% in the quarter.",
        "It was the best result since 2019.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = '"We will not retreat," the minister said. "Never." Markets fell.'
    assert split(text) == ['"We will not retreat," the minister said.', '"Never."', "Markets fell."]


def test_line_breaks_end_sentences_and_offsets_point_into_the_text():
    text = "First line without stop\n\nSecond paragraph. Third sentence!"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First line without stop", "Second paragraph.", "Third sentence!"]
    assert all(text[s] != " " and text[e - 1] != " " for s, e in spans)


def test_chinese_and_japanese_full_stops_end_sentences():
    text = "梁振英道歉。他表示会在两周内解决问题！议员们质疑？\nこれは文です。「次の文。」最後"
    assert split(text) == [
        "梁振英道歉。",
        "他表示会在两周内解决问题！",
        "议员们质疑？",
        "これは文です。",
        "「次の文。」",
        "最後",
    ]
