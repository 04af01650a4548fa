"""Extract: people, organisations and places mentioned in an article, their roles, and quotes.

Grain: one mention per name occurrence in clean_text (with offsets), one quote per quotation.

Rules, not a statistical model (see the README for why): a mention is a run of capitalised
words; it is a place when a gazetteer knows it, an organisation when it carries an
organisation word (Bank, Ministry, Council, Inc…) or is an acronym, and a person when a title
stands before it ("Treasury Secretary Scott Bessent"), a role follows it in apposition ("Kevin
Hassett, director of the National Economic Council"), or it speaks ("..., said Ana Ruiz"). A
surname alone ("Trump") is the person of that surname named in full earlier in the article.
Names are resolved across articles in SQL (``sql/views/entities.sql``): spelling variants of
one person ("Besant"/"Bessent") and bare surnames become aliases of one entity.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import re

from flows.lexicon import alternation, lexicon
from flows.records import Mention, Quote, field_values
from flows.stages.extract.patterns import find_words
from flows.stages.extract.person_names import is_given_name, is_surname
from flows.stages.extract.places import CAPITALS, government_of, place_name
from flows.stages.extract.tables import word_cells
from flows.stages.extract.word_classes import tag_of

_PEOPLE = lexicon("people")
_CONNECTOR = "(?:" + alternation(_PEOPLE["connectors"]) + ")"
# Capital letters of the Latin alphabets ("Åsen", "Łukasz", "Šimon"), and a name part after a
# particle joined by a hyphen ("al-Khadri", "el-Sayed").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x17F) if chr(c).isupper())
_CAP = rf"(?:(?:al|el|ad|ash|bin|ibn|abu)-)?(?:[{_UPPER}][\w'’.&-]*[\w'’&]|[{_UPPER}])"
_NAME = re.compile(rf"{_CAP}(?: +(?:{_CONNECTOR} +)?{_CAP})*")
# Capitalised words that start sentences or name days and months, not entities.
_NOT_NAMES = frozenset(_PEOPLE["not_names"])
# A span of months or days is a period, no place: "July-September", "January to March".
_MONTH_OR_DAY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_SPAN_OF_MONTHS = re.compile(_MONTH_OR_DAY + r"(?:\s*[-–]\s*|\s+to\s+)" + _MONTH_OR_DAY)
_ORG_WORDS = frozenset(_PEOPLE["organisation_words"])
# Acronyms known to name an organisation without being spelled out.
_KNOWN_ORGS = frozenset(_PEOPLE["known_organisations"])
# Words that make a capitalised run a title, with the person's name after them.
_TITLE_WORDS = frozenset(_PEOPLE["title_words"])
# Titles that stand before a person's name; modifiers may precede them ("US Treasury Secretary").
_TITLE = re.compile(
    r"(?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Vv]ice|[Ii]nterim|[Ss]enior|[Cc]hief)\s+)*"
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,}|U\.S\.)\s+){0,3}"
    r"(?:President|Premier|Prime\s+Minister|Minister|Secretary|Chancellor|Governor|Chairman|Chairwoman|Chair"
    r"|Director|Representative|Commissioner|Ambassador|Senator|Sen\.|Rep\.|Mayor|Spokesperson|Spokesman"
    r"|Spokeswoman|Advis[eo]r|Economist|Executive|Officer|CEO|CFO|Leader|Judge|Justice|General|Gen\.|King"
    r"|Queen|Pope|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Professor|Prof\.|Coach|Captain|Commander|Chief)"
    r"(?:(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!\.),)?\s+$"  # "The Prime Minister, Tobias Ferrand"; not "Dr, "
)
_KIN_NOUNS = frozenset(_PEOPLE["kin_nouns"].split())
_ROLE_NOUNS = frozenset(_PEOPLE["role_nouns"].split()) | _KIN_NOUNS
# Titles written with a capital that are no one's name: "Helena Marsk, the Transport Minister,";
# "Transport Minister" alone is a title, not a person.
_CAPITAL_TITLES = (
    "Minister Secretary President Premier Mayor Governor Commissioner Ambassador Senator Spokesperson "
    "Spokesman Spokeswoman Chairman Chairwoman Director Officer Executive"
).split()
# Capitalised offices an apposition may give without an article: ", Head of Planning at Tessby Council,".
_OFFICES = (*_CAPITAL_TITLES, "Chief Executive", "Head", "Chief", "Leader", "Chair", "Manager", "Editor", "Founder")
# ... and professions named by their ending: "a consultant cardiologist", "a specialist", "a physician"
_ROLE_NOUN = (
    r"(?:(?:vice|co|ex|pro)-)?"  # "vice-chancellor", "co-founder", "ex-minister"
    r"(?:prime\s+minister|right-hand\s+(?:man|woman)|"
    + "|".join(sorted(_ROLE_NOUNS, key=len, reverse=True))
    # a whole word first, then its ending looked back at: no backtracking through its letters
    # not a creed a party is described by: "the nationalist Estmarra First"
    + r"|(?!(?:"
    + "|".join(_PEOPLE["creeds"].split())
    + r")\b)[a-z]{3,}\b(?:(?<=ologist)|(?<=ician)|(?<=ist)))\b"
)
_ROLE_NOUN_WORD = re.compile(_ROLE_NOUN)
# The lower-case words that may stand between a title's article or modifier and its noun
# ("the housing minister", "former health minister"), not words of a clause.
_TITLE_QUALIFIER = (
    r"(?:(?!(?:the|a|an|his|her|their|its|our|my|your|and|or|but|of|to|by|with|for|as|at|in|on|from|over|behind|after"
    r"|before|against|than"
    r"|said|says|told|who|whose|which|that|was|is|while|whereas|including|among|like|also|not|only|even|when|where"
    r"|if)\b)[a-z-]+\s+){0,2}"
)
# A lower-case title before a name: "housing minister Calum Brodrick", "Former health minister
# Corin Ashdown", "Deputy director Priya Ventham", "Former Vantix chief executive Dorian Makepeace".
_LOWER_TITLE = re.compile(
    r"(?<![\w'’-])(?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Ii]nterim|[Vv]ice|[Ss]enior|[Cc]hief)\s+)*"
    # an organisation only after such a word: "Council leader" is a title of its own
    r"(?:(?:(?<=ormer )|(?<=cting )|(?<=eputy )|(?<=nterim )|(?<=ice )|(?<=enior ))"
    r"(?P<org>(?!(?:The|A|An|Its|His|Her|Their|Our|This|That)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+))?"
    + _TITLE_QUALIFIER
    + r"(?:"
    + _ROLE_NOUN
    + r"\s+and\s+)?"  # "the hooker and captain, Elias Thornquist"
    + _ROLE_NOUN
    + r"(?:-[a-z]+|\s+general)*,?\s+$"  # "the league's deputy commissioner, Odile Brannock", "director-general"
)
# A lower-case title with what it is of, before a name: "Acting director of public health Anneliese
# Marchbank", "head of communications Jo Bell".
_TITLE_OF = re.compile(
    r"(?<![\w'’-])(?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Ii]nterim|[Vv]ice|[Ss]enior|[Cc]hief)\s+)*"
    + _ROLE_NOUN
    # "The minister for education, Liora Vandeberg", "the head of the city's procurement department, Nina
    # Lorenc", "the Green Left's leader in the assembly, Petra Vollan", "its leader on the council, Beata Lind"
    + r"\s+(?:of|for|in|on)\s+(?:the\s+)?(?:[a-z]+(?:['’]s|(?<=s)['’])?\s+){0,2}[a-z]+,?\s+$"
)
# A role of a named organisation or portfolio set off before the name: "The director general of the
# Solvenn Medicines Agency, Dr Hanne Solberg,", "The Minister for Health, Ruth Calder,", "His sports
# director at Solvane Racing, Anke Vermeulen,".
_TITLE_OF_NAMED = re.compile(
    r"(?<![\w'’-])(?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Ii]nterim|[Vv]ice|[Ss]enior|[Cc]hief)\s+)*"
    + "(?:(?:"
    + "|".join(_CAPITAL_TITLES)
    + ")|"
    + _ROLE_NOUN
    + ")"
    + r"(?:[\s-]+general)?\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.'’-]*))*,\s+$"
)
# "X, who heads Y": the office a relative clause gives a name, as a role of Y ("who heads the
# board", "who runs a bakery in Hollvik", "who coordinates the Red Cross in Sorvik").
_WHO_HEADS = re.compile(
    r"^(?:,\s*(?:aged\s+)?\d{1,3})?,\s+who\s+(?:has\s+|now\s+)?(heads|headed|chairs|chaired|leads|led|runs|run|directs|directed|founded"
    r"|co-founded|set\s+up|manages|managed|owns|owned|coordinates|represents|teaches|coaches|coached|farms|covers|sits\s+on"
    r"|speaks\s+for"
    r"|lectures)\s+"
    r"((?:the\s+|a\s+|an\s+)?[A-Za-z\d][^,.;:\"]{0,90}?)"
    r"(?=[,.;:\"]|\s+(?:and|since|but|who|that|which|where|said|says|told)\b)"
)
# What a name leads, told before it: "The opposition Liberal group, led by Dev Malhotra", "the
# mission's science team is led by Professor Tamsin Oyelaran", "A team led by Ines Halvorsen",
# "Oakes is coached by Derek Mowbray", "The match was refereed by Sander Kowalczyk".
_LED_BY = re.compile(
    r"(?:^|[.;:!?\"\n]\s*|,\s+|\bwhich\s+)(?P<what>(?!(?:He|She|It|They|We|I|You)\b)(?:[Tt]he|[Aa]n?|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,5}?)"
    r"(?:,\s+|\s+(?:is\s+|was\s+|are\s+|were\s+)?)(?P<verb>led|headed|chaired|coached|managed|owned|founded|captained|refereed|umpired)\s+by\s+$"
)
# A role the name is given to after the fact: "The firefighter who died on Wednesday was named as
# Joran Wellby", "The fire service has named the volunteer firefighter who died as Erik Dahle".
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:(?P<naming>named|identified)\s+)?(?:[Tt]he|[Aa]n?)\s+(?P<role>" + _TITLE_QUALIFIER + _ROLE_NOUN + r")"
    r"(?:\s+(?:who|killed|hurt|injured|found|arrested)\b[^.;:\"“”]{0,90}?)?"
    r"\s+(?(naming)|(?:(?:was|has\s+been|had\s+been|is)\s+)?(?:named|identified)\s+)as\s+$"
)
_OFFICE_OF_VERB = {
    "heads": "head",
    "headed": "head",
    "chairs": "chair",
    "chaired": "chair",
    "leads": "leader",
    "led": "leader",
    "runs": "head",
    "run": "head",
    "directs": "director",
    "directed": "director",
    "founded": "founder",
    "manages": "manager",
    "managed": "manager",
    "owns": "owner",
    "owned": "owner",
    "coordinates": "coordinator",
    "represents": "representative",
    "teaches": "teacher",
    "coaches": "coach",
    "coached": "coach",
    "captained": "captain",
    "refereed": "referee",
    "umpired": "umpire",
    "set up": "founder",
    "co-founded": "co-founder",
}
_DETERMINER = re.compile(r"^(?:its|their|the|his|her)\s+")
# Verbs whose doer is named by an office of its own: "who farms 60 hectares" is a farmer, "who
# lectures in sports finance" a lecturer in it.
_OFFICE_OF_DOING = {
    "farms": "farmer",
    "speaks for": "spokesperson for {}",
    "lectures": "lecturer {}",
    "covers": "analyst covering {}",  # "who covers the company at Holmgate Securities"
    "sits on": "member of {}",  # "who sits on the board of Kavrin"; on a council, a councillor
}
# A role in apposition after a name: ", director of the National Economic Council," /
# ", Morgan Stanley's chief China economist,", ", the housing minister,", ", the alliance's lead
# candidate,".
_ROLE_SET_OFF = (
    # "the Transport Minister", "the Deputy Governor": a capitalised title after "the"
    r"(the\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:" + "|".join(_CAPITAL_TITLES) + r")\b(?:\s+(?:of|for)\s+[^,.;:\"]{1,60})?|"
    # "Director of Public Health for Upper Wessel", "Tessby Council Leader": a capitalised office
    # on its own, up to the end of the apposition
    r"(?:(?:Former|Acting|Deputy|Interim|Vice|Senior)\s+)*(?:[A-Z][\w&.'’-]*\s+){0,3}(?:" + "|".join(_OFFICES) + r")\b"
    r"(?:\s+(?:of|for|at)\s+[^,.;:\"]{1,60})?(?=\s*[,.;:)]|\s+(?:said|says|told)\b)|"
    r"(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:\d{1,3}-year-old\s+)?"  # "a 41-year-old former head teacher"
    r"(?:[A-Za-z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:\s+[a-z]+)?(?:['’]s|(?<=s)['’])\s+)?"
    # "the Solvenn Teachers' Union president", "the union's Saltwick branch secretary", "a Liberal Forum MP",
    # "the Greens and Left candidate"
    r"(?:(?:(?<=the\s)|(?<=a\s)|(?<=['’]s\s)|(?<=s['’]\s))(?:[A-Z][\w&.'’-]*\s+(?:(?:and|&)\s+)?){1,4})?"
    r"(?:former\s+|acting\s+|deputy\s+|chief\s+|senior\s+|vice\s+)*"
    # "the former Vantor Bygg boss"
    r"(?:(?:(?<=former\s)|(?<=acting\s)|(?<=deputy\s)|(?<=interim\s))(?:[A-Z][\w&.'’-]*\s+){1,3})?"
    + _TITLE_QUALIFIER
    + _ROLE_NOUN
    # up to a participle that starts what the role's holder did: "the liquidator appointed after the
    # collapse" is the liquidator, "a nurse travelling to Brenhaven" a nurse; not one inside the
    # title ("its chief operating officer")
    + r"(?:(?!\s+[a-z]{3,}(?:ed|ing)\s+(?!"
    + _ROLE_NOUN
    + r"))[^,.;:\"]){0,70})"
)
_APPOSITION = re.compile(
    r"^(?:,\s*(?:aged\s+)?\d{1,3})?"  # "Lars Feeney, 34, a nurse at ..."
    r",\s+(?:now\s+)?" + _ROLE_SET_OFF  # "Ana Ruiz, now the party's leader,"
)
# Any description set off after a name, up to the comma that closes it: ", a health visitor in the
# east of the city,", ", the council's environment lead,", ", Brightwater's liquidator,".
_DESCRIBED = re.compile(
    r"^(?:,\s*(?:aged\s+)?\d{1,3})?,\s+(?:now\s+)?"
    # "the ...", "a ...", or a name's possessive before lower-case words ("Tessby's harbourmaster")
    r"((?:(?:the|a|an)\s+|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}(?:['’]s|(?<=s)['’])\s+(?=[a-z]))"
    r"[^,;:\"“”()]{2,70}?),"
)
# Where a description's head noun ends: at a preposition, a relative or a participle.
_POST_MODIFIER = re.compile(r"\s+(?:in|of|at|for|from|with|on|to|by|who|which|that|[a-z]{3,}ed)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+(?=[a-z]{3,}(?:ed|ing)\b)")  # "the liquidator | appointed after ..."
_PLURAL_HEAD = re.compile(r"[a-z]{2}(?<!s)s$")  # "champions", not "boss"
_NOUN_TAGS = frozenset({"NN", "NNP", "VB", None})  # a noun the lexicon may know as a verb: "lead", "head"


def _is_a_description(phrase: str) -> bool:
    """Whether a phrase set off after a name says what one person is: its head is a singular noun
    ("the liquidator", "a health visitor in the east of the city"), not a team ("the defending
    champions"), an age ("the 23-year-old from Kirrow") or a pronoun ("the last of them")."""
    head = _POST_MODIFIER.split(phrase, maxsplit=1)[0].split()[-1]
    return not _PLURAL_HEAD.search(head) and not any(c.isdigit() for c in head) and tag_of(head) in _NOUN_TAGS


# The same role given by a relative clause: ", who has worked as a waitress at Café Neva",
# ", who had been Eskholm West's MP since 2011", ", who serves as the club's treasurer".
_WHO_IS = re.compile(
    r"^(?:,\s*(?:aged\s+)?\d{1,3})?,\s+who\s+(?:is|was|has\s+been|had\s+been|(?:has\s+|had\s+)?(?:works?|worked|serves?|served)\s+as"
    r"|as)\s+" + _ROLE_SET_OFF  # "who as president of the College speaks for"
)
# The same role said of a name by its verb: "Ana Ruiz is the party's leader", "Annika Lorensen will be
# the next mayor of Brask", "Jon Berg became chief executive in 2019", or given to it: "Talia Renfrew
# has been elected as Dunmarrow West's new MP", "will be sworn in as Harnvik's mayor".
_IS_ROLE = re.compile(
    r"^\s+(?:(?:is|was|will\s+be|has\s+been|had\s+been|became|becomes|has\s+become|remains)"
    r"|(?:(?:is|was|will\s+be|has\s+been|had\s+been|to\s+be)\s+)?(?:re-?)?"
    r"(?:elected|appointed|confirmed|named|sworn\s+in|installed|chosen|selected)\s+as)"
    r"\s+(?:now\s+)?(?:the\s+)?(?:new\s+|next\s+)?" + _ROLE_SET_OFF
)
# Where the role set off after a name ends: a relative clause, or the verb of the clause it sits in
# ("who as president of the College speaks for doctors")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that|speaks|says|said|told|tells|warned|added)\b")
_WHEN_AFTER = re.compile(r"\s+(?:(?:after|before|when|since|until|in\s+\d{4})\b|on\s+[A-Z])")
_SPEECH = "(?:" + alternation(_PEOPLE["speech_verbs"]) + ")"
# '"...," said Ana Ruiz' / '"...," Robin Xing, an economist at X, wrote' / '"...," the spokesperson said'
_QUOTE_THEN_SPEAKER = re.compile(
    rf'"([^"]{{12,}}?)"\s*,?\s*{_SPEECH}\s+({_NAME.pattern})'
    rf'|"([^"]{{12,}}?)"\s*,?\s*({_NAME.pattern}|he|she|they|(?:the|a|an)\s+[a-z][a-z ]{{2,40}}?)'
    rf'(?:,[^,"]{{1,90}},)?\s+{_SPEECH}\b'
)
# 'Caroline Leavitt said Sunday: "..."' / 'X told reporters: "..."'
SPEAKER_THEN_QUOTE = re.compile(
    rf'({_NAME.pattern})(?:,[^,"]{{1,60}},)?,?\s+(?:{_SPEECH}|told\s+[^:"]{{1,40}})(?:\s+[\w-]+){{0,3}}\s*[:,]?\s*"([^"]{{12,}}?)"'
)
# How far before the quotation a speaker's name starts, at most (a name, a role in apposition, the
# verb and "told reporters on Monday:" fit with room to spare): the pattern above is tried only
# that far before each quotation mark, not over the whole text, where it tries every capital letter.
SPEAKER_REACH = 350


_CONNECTORS = frozenset(_PEOPLE["connectors"])


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    """Drop sentence-initial function words and what they govern from a capitalised run
    ("However Beijing" → "Beijing", "Parts of Santa Catarina" → "Santa Catarina")."""
    words = name.split(" ")
    if (
        len(words) >= 3
        and "-" in words[0]
        and _is_compound_noun(words[0])
        # "Vice-captain X", "Mayor-elect X", "Fly-half X": a title
        and not any(
            _ROLE_NOUN_WORD.fullmatch(part)
            for part in (words[0].lower(), words[0].lower().split("-")[0], words[0].lower().split("-")[-1])
        )
    ):
        # "Number-cruncher Paavo Lindquist": a compound noun opening the sentence
        return _strip_leading(" ".join(words[1:]), start + len(words[0]) + 1)
    if (
        len(words) >= 3
        and len(words[0]) >= 3
        and words[0].isupper()
        and _DESCRIBING.match(tag_of(words[0].lower()) or "")
    ):
        # "PROGRESSIVE Annika Lorensen stormed to victory": a tabloid's opening word in capitals
        return _strip_leading(" ".join(words[1:]), start + len(words[0]) + 1)
    if not (words[0] in _NOT_NAMES or words[0] in _CONNECTORS or words[-1] in _CONNECTORS):
        return name, start  # most runs: nothing to drop
    while words and (words[0] in _NOT_NAMES or words[0] in _CONNECTORS):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1] in _CONNECTORS:
        words = words[:-1]
    return " ".join(words), start


# Word classes of a word that describes a name rather than being part of it: adjectives,
# verb forms, adverbs.
_DESCRIBING = re.compile(r"JJ|VB|RB")


def _is_compound_noun(word: str) -> bool:
    """Whether a hyphenated word is made of common English words ("Number-cruncher"), not of
    names ("Jean-Claude"): no part a name, one part at least a known word."""
    tags = [tag_of(part.lower()) for part in word.split("-")]
    return any(tags) and not any(t and t.startswith("NNP") for t in tags)


_AFTER_POSSESSIVE = re.compile(r"(?<=['’]s) |(?<=s['’]) ")  # "Japan's GDP", "the Greens' Mira Hallqvist"
_DATELINE_AFTER = re.compile(r"\s*(?:,[^—–\n]{1,30})?[—–-]+\s")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_WIRE_TAG = re.compile(r"\)\s*[—–-]")
# An acronym spelled out where it is introduced: "the National Statistics Office (ANSO)",
# "ANSO (National Statistics Office)".
_SPELLED_OUT = re.compile(rf"({_NAME.pattern})\s+\(([A-Z]{{2,6}})\)|\b([A-Z]{{2,6}})\s+\(({_NAME.pattern})\)")


def spelled_out_acronyms(text: str) -> dict[str, str]:
    """The acronyms an article spells out, with their long forms, when the long form's initials
    share at least two letters with the acronym (not "said on Monday (ANSO)")."""
    found: dict[str, str] = {}
    for m in _SPELLED_OUT.finditer(text):
        long_form, acronym = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
        long_form, _ = _strip_leading(long_form, 0)
        initials = {word[0] for word in long_form.split() if word[:1].isupper()}
        if acronym not in found and len(initials & set(acronym)) >= min(2, len(acronym)):
            found[acronym] = long_form
    return found


_BODY_OF_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+the\s+$")
_PLACE_ENDINGS = frozenset("Island Islands Isles Road Street Avenue Square Crescent Terrace Boulevard".split())
_PLACE_AFTER = re.compile(r"\s+(?:province|region|state|county|district|prefecture|municipality)\b")
_REGION_BEFORE = re.compile(r"\b(?:province|state|region|prefecture|county)\s+of\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:town|city|village|port|island)\s+of\s+$|\b(?:in|near|outside)\s+$")
_SPEAKS_AFTER = re.compile(rf"\s*,?\s*(?:{_SPEECH}|who\b)")
_SPOKE_BEFORE = re.compile(rf"\b{_SPEECH}\s*,?\s*$")


def _title_words(title: re.Match, searched: str) -> tuple[str, str | None]:
    """A title before a name without the organisation inside it, and that organisation: "Former
    Vantix chief executive" is a former chief executive of Vantix, "Nordbank chief economist" the
    chief economist of Nordbank (``searched`` is the text the title was found at the end of)."""
    text = title.group(0)
    organisation = None
    if "org" in title.re.groupindex and title.group("org"):
        text = text[: title.start("org") - title.start()] + text[title.end("org") - title.start() :]
        organisation = title.group("org").strip()
    words = written = text.strip(" ,").split()
    while (
        len(words) > 1
        and (
            tag_of(words[0].lower()) in _VERB_TAGS
            # "She won, defeating parliament speaker Daniel Aurestad"; not "acting", "managing", "defending"
            or (
                tag_of(words[0].lower()) == "VBG"
                and words[0].lower() not in _TITLE_PARTICIPLES
                and searched[: title.start()].rstrip().endswith(",")
            )
        )
    ):
        words = words[1:]  # "She beat second seed Mirela Dragovich": the verb before the title is no part of it
    verb_before = len(words) < len(written)
    text = " ".join(words)
    if organisation:
        return text.strip(" ,"), organisation
    if not verb_before and text[:1].islower() and (owner := _OWNER_BEFORE.search(searched, 0, title.start())):
        name = owner.group(1).removeprefix("The ").removesuffix("'s").removesuffix("’s")
        words = name.split()
        if (
            (not _ORG_WORDS.isdisjoint(words) and not _ORG_WORDS.issuperset(words))  # not "Union boss"
            or place_name(name)
            or (_may_be_a_name([*words, words[-1]]) and name not in _NOT_NAMES)
        ):
            return text.strip(" ,"), name
    return text.strip(" ,"), organisation_of(text)


_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})
# Participles that are part of a title: "acting chief executive", "managing director", "defending champion".
_TITLE_PARTICIPLES = frozenset(
    "acting managing defending presiding reigning outgoing incoming founding visiting leading ruling governing "
    "sitting serving retiring commanding consulting".split()
)
# Capitalised words right before a lower-case title: "Nordbank chief economist"; not the last word
# of the sentence before ("... on Monday. Committee chair Kari Dahl").
_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w&.'’-]*(?<!\.) +){0,2}[A-Z][\w&.'’-]*) +$")


# The organisation a role names: "director of the National Economic Council", "a cardiologist at
# Ardhaven University Hospital", "Morgan Stanley's chief economist", "the Solvenn Teachers' Union
# president", "US Treasury Secretary" (words before a capitalised title, with an organisation word).
# a word of a name with its abbreviations' full stops, not a sentence's: "Kavrin Co.", "Team Greywater"
_NAMED_WORD = r"[A-Z](?:[\w&'’-]|(?<![a-z]{4})\.)*"
_NAMED = rf"{_NAMED_WORD}(?: +(?:of|for|and|&|on|{_NAMED_WORD}))*"
_ORGANISATION_AFTER = re.compile(
    rf"\b(?:of|at|for|with)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:in|on|at|near|from)\b)[a-z]+\s+){{0,3}}({_NAMED})"
)
# What a minister or a member is "for" is a portfolio or a seat, not an organisation: "Minister for
# Maritime Affairs", "MP for Halvden".
_PORTFOLIO = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|MPs?|MEPs?|[Mm]ember(?: of [Pp]arliament)?|[Ss]enator)\s+for\s+"
)
_OWNER_OF_ROLE = re.compile(r"^(?:the\s+|a\s+|an\s+)?([A-Z][\w&.'’ -]*?)['’]s\s")  # "the Green party's"
_ORGANISATION_BEFORE = re.compile(
    r"^(?:(?:the|a|an|[Ff]ormer|[Aa]cting|[Dd]eputy|[Ii]nterim|[Vv]ice|[Ss]enior|[Cc]hief|The|A|An)\s+)*"
    rf"(?!(?:Former|Acting|Deputy|Interim|Vice|Senior|Chief)\b)({_NAMED}?)(?:['’]s)?\s+(?=[a-z]|"
    + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)).replace(".", r"\.")
    + ")"
)


def organisation_of(role: str) -> str | None:
    """The organisation a role names in its own words, if it names one."""
    if (after := _ORGANISATION_AFTER.search(role)) and not _PORTFOLIO.search(role, 0, after.start(1)):
        return re.sub(r"(?: (?:of|for|and|on|&))+$", "", after.group(1))
    if owner := _OWNER_OF_ROLE.match(role):
        return owner.group(1)
    before = _ORGANISATION_BEFORE.match(role)
    if not before or not before.group(1):
        return None
    name = before.group(1).removesuffix("'s").removesuffix("’s").rstrip("'’")  # "the Greens' housing spokesperson"
    words = name.split()
    if words[-1] in _ROLE_NOUNS:
        return None  # "a GP in the Harbourside district": the role itself, in capitals
    if "'s" in role or "’s" in role or role[before.end() : before.end() + 1].islower():
        # "Morgan Stanley's chief economist", "the Solvenn Teachers' Union president"
        return name if not _TITLE_WORDS.issuperset(words) else None
    # a capitalised title: the words before it name an organisation only with an organisation
    # word ("Statistics Veltria Director-General", not "Finance Minister" or "Veltrian President")
    named = [w for w in words if w not in _TITLE_WORDS]
    return " ".join(named) if named and not _ORG_WORDS.isdisjoint(named) else None


_LOWER_TITLE_WORDS = frozenset(w.lower() for w in _TITLE_WORDS) | _ROLE_NOUNS


def _classify(name: str, before: str, after: str) -> tuple[str | None, str | None, str | None]:
    """(type, role, organisation of the role) of a capitalised name from itself and its surroundings."""
    if place_name(name) or name in CAPITALS:
        return "place", None, None
    tokens = name.replace("'s", "").replace("’s", "").split()
    if name.isupper() and (_DATELINE_AFTER.match(after) or _WIRE_TAG.match(after)):
        return None, None, None  # a dateline ("TOKYO —", "MAMUJU, Indonesia —") or a wire's tag ("(MPA) –")
    if _ACRONYM.fullmatch(name):  # not spelled out in the article (extract_mentions)
        return ("organisation", None, None) if name in _KNOWN_ORGS else (None, None, None)
    if (not _ORG_WORDS.isdisjoint(tokens) and not _ORG_WORDS.issuperset(tokens)) or "&" in tokens[1:-1]:
        return "organisation", None, None  # "Kestrel Bank", "Pennick & Lowe"
    if len(tokens) >= 2 and tokens[-1] in _PLACE_ENDINGS:
        return "place", None, None  # "the Lindholm Islands", "of Sallow Road"
    # Both patterns before the name end with "of", "in", "near" or "outside" and spaces.
    preposition_before = before.rstrip()[-2:] in ("of", "in", "ar", "de")
    if _PLACE_AFTER.match(after) or (preposition_before and _REGION_BEFORE.search(before[-30:])):
        return "place", "region", None  # a province or state: a subject figures can be about
    if preposition_before and _PLACE_BEFORE.search(before[-30:]) and not after.startswith(("'s", "’s")):
        return "place", None, None
    if not 2 <= len(tokens) <= 4 or tokens[-1] in _CAPITAL_TITLES:
        return None, None, None  # "Transport Minister, said": a title, no name
    if _BODY_OF_NAME_BEFORE.search(before):
        return None, None, None  # "Mona Tessel of the Liberal Forum": the body a name is of
    previous = [word.rstrip(",") for word in before.split()[-1:]] or [""]
    title = (
        (_TITLE.search(before[-60:]) or _LOWER_TITLE.search(before[-60:]))
        # the word before, or either end of it: "chief-of-staff", "vice-chancellor"
        if not _LOWER_TITLE_WORDS.isdisjoint((last := previous[0].lower(), last.split("-")[0], last.split("-")[-1]))
        or _ROLE_NOUN_WORD.fullmatch(last)  # a profession known by its ending: "lead biologist Dr Freya Ostlund"
        or (last in ("man", "woman") and before.rstrip().endswith("right-hand " + last))  # "his right-hand man X"
        else _TITLE_OF.search(before[-60:])
        or (_TITLE_OF_NAMED.search(before) if before.rstrip().endswith(",") else None)
    )
    apposition = _set_off(after)
    role, organisation = (
        _title_words(title, before[-60:])
        if title
        # "Bastian Kroll, 51, a car dealer who laundered ...": the role, not what the relative clause tells
        else (_RELATIVE.split(apposition.group(1), maxsplit=1)[0].strip(), organisation_of(apposition.group(1)))
        if apposition
        else (None, None)
    )
    if title and apposition and role and role.split()[-1] in _RANK_TITLES:
        role, organisation = (
            apposition.group(1).strip(),
            organisation_of(apposition.group(1)),
        )  # "Bank boss X, governor of"
    if (
        role is None
        and (of_body := _OF_AFTER.match(after))
        and (set_off := _APPOSITION.match(after[of_body.end() :]))
        and (_SPOKE_BEFORE.search(before[-12:]) or _SPEAKS_AFTER.match(after, of_body.end() + set_off.end()))
    ):
        # 'said Dr Oksana Melnichuk of the University of Aldenburg, the study's lead author': a
        # speaker's role, not what the body is ("Mona Tessel of the Liberal Forum, the Civic
        # Alliance's junior coalition partner, on 7.7%")
        role = set_off.group(1).strip()
        organisation = organisation_of(role) or of_body.group(1)
    if (
        role is None
        and (":" in (tail := before[-30:]) or "8" in tail or "eight" in tail)
        and (labelled := _LABELLED_BEFORE.search(tail))
    ):
        # "Referee: Callum Dray (Montreval)", "No 8 Kristoffer Voss", "the No 8, Kristoffer Voss"
        role = labelled.group("position") or (
            # a label names the one it labels, then stops: not a headline's "Official: Marsden elected"
            labelled.group("label")
            if labelled.group("label").lower() in _ROLE_NOUNS and re.match(r"[ \t]*(?:[(,.;]|$)", after, re.M)
            else None
        )
    if role is None and (said_to_be := _IS_ROLE.match(after)):
        # "Annika Lorensen will be the next mayor of Brask after winning": the office, not when
        role = _WHEN_AFTER.split(said_to_be.group(1), maxsplit=1)[0].strip()
        organisation = organisation_of(role)
    if role is None and (side := _SIDE_ARGUED.match(after)):
        # "Ilse Norgaard, prosecuting,", "Martin Oyelaran, for Orlovets,"
        argued = side.group(1) or side.group(2) or ""
        role = (
            "prosecuting counsel"
            if argued.startswith("prosecut")
            else "defence counsel"
            if argued.startswith("defen")
            else f"counsel for {side.group(3)}"
        )
    if role is None and (heads := _WHO_HEADS.match(after)):  # "who heads Skarra Civil Protection"
        verb, what = " ".join(heads.group(1).split()), _WHEN_AFTER.split(heads.group(2), maxsplit=1)[0].strip()
        what, _, office = what.partition(" as ")
        if office:  # "who has led the UNA as its general secretary": that office, of what was led
            role = f"{_DETERMINER.sub('', office)} of {what}"
        elif verb == "sits on" and re.search(r"\bcouncil\b", what, re.I):
            role = "councillor"  # "who sits on Tollmere Municipal Council"
        elif verb in _OFFICE_OF_DOING:
            role = _OFFICE_OF_DOING[verb].format(what)
        else:
            # one who runs "a bakery" owns it; one who runs "the board" or "Grauberg" heads it
            office = "owner" if verb in ("runs", "run") and what.startswith(("a ", "an ")) else _OFFICE_OF_VERB[verb]
            role = f"{office} of {what}"
        if verb in ("coaches", "coached"):
            organisation = None  # one coaches a person or a team, and the team is no employer
        else:
            organisation = what.removeprefix("the ") if what[:1].isupper() else organisation_of(role)
    if role is None and (led := _LED_BY.search(before)):  # "The opposition Liberal group, led by Dev Malhotra"
        what = re.sub(r"^(?:The|An?)\b", lambda article: article.group(0).lower(), led.group("what"))
        role = f"{_OFFICE_OF_VERB[led.group('verb')]} of {what}"
        organisation = organisation_of(role)
    if role is None and (named := _NAMED_AS_BEFORE.search(before[-200:])):  # "... was named as Joran Wellby"
        role = named.group("role")
        organisation = organisation_of(role)
    if (
        role is None
        and 2 <= len(tokens) <= 3
        # not "Green Left"; "Declan Morrow" is a given name and a surname
        and (
            all(tag_of(w) in (None, "NNP") and tag_of(w.lower()) in (None, "NNP") for w in tokens)
            or _may_be_a_name(tokens)
        )
        and (competed := _COMPETED_AFTER.match(after))
    ):
        # "Priya Lundqvist, for the Green Left, polled 3,118": what a name won says what it stood as
        role = "candidate" if competed.group("votes") else "player"
    if (
        role is None
        and 2 <= len(tokens) <= 3
        and (_PARTY_FIGURE_AFTER.match(after) or (" for " in before[-50:] and _VOTES_FOR_BEFORE.search(before[-80:])))
        and _may_be_a_name(tokens)
    ):
        role = "candidate"
    if (
        role
        and role.lower() == "independent"
        and (competed := _COMPETED_AFTER.match(after))
        and competed.group("votes")
    ):
        role = "independent candidate"  # "independent Otto Brenning won 931 votes": one standing for no party
    if role and role.split()[-1].split("-")[0].lower() in _KIN_NOUNS:
        return "person", role, None  # kin of a person, of no organisation
    if role:
        return "person", role, organisation or _organisation_after(after)
    if (
        len(tokens) in (2, 3)
        and all(tag_of(w) in (None, "NNP") and tag_of(w.lower()) in (None, "NNP") for w in tokens)  # no word
        and (what_it_is := _described_as(after))
    ):
        return "person", what_it_is, organisation_of(what_it_is)
    # what a name does may come after the body it is of: "Elio Bramante of Orin Pro Cycling was third"
    of_body = _OF_THE_AFTER.match(after) if len(tokens) == 2 and _may_be_a_name(tokens) else None
    body, acting = (of_body.group(1), after[of_body.end() :]) if of_body else (None, after)
    if len(tokens) <= 3 and (_SPEAKS_AFTER.match(acting) or _SPOKE_BEFORE.search(before[-12:])):
        return "person", None, body
    if len(tokens) == 2 and _acts(acting) and _may_be_a_name(tokens):
        return "person", None, body  # "Marek Oyelaren led the Lynx", "Sigrun Aldahl spent an hour": a name, acting
    if len(tokens) <= 3 and _AGE_AFTER.match(after):
        return "person", None, None  # "Darragh Pellow, 61, was convicted": a name given an age
    if (
        len(tokens) == 2
        and _AGED_APPOSITION.match(after)
        and all(tag_of(w.lower()) in (None, "NNP") for w in tokens)  # no word: not "Kelby Bridge"
    ):
        return "person", None, None  # "Cian Hollister, the 23-year-old from Kirrow,": a name described by an age
    if (
        (listed := _LISTED_WITH.match(after))
        and _LINE_START.search(before)
        and not listed.group(1).isupper()  # "Civic Alliance (CA) 1,173,400": a party and its initials
        # given names, not words; or a surname that is no word ("Sander Moe", "Live Aasen"): not "Green Left"
        and (
            all(tag_of(word.lower()) in (None, "NNP") for word in tokens[:-1])
            or tag_of(tokens[-1].lower()) in (None, "NNP")
        )
    ):
        # "Ines Marrowby (Civic Greens) 18,462": a results line, of votes when its figure is a plain count
        if listed.group(1) == "independent":  # "Hugo Trell (independent) 4,010 – 1.8%": the role as written
            return "person", "independent", None
        return "person", "candidate" if _VOTES_LINE.match(after) else None, listed.group(1)
    return None, None, None


def _set_off(after: str) -> re.Match | None:
    """A role set off after a name, in apposition or by a relative clause: ", the housing minister,",
    ", who serves as the club's treasurer"; not the title of the next name of a list ("Patrick
    Simmons, singer-keyboardist McDonald")."""
    if not after.startswith(","):
        return None
    set_off = _APPOSITION.match(after) or _WHO_IS.match(after)
    return None if set_off and _TITLE_OF_NEXT.match(set_off.group(1)) else set_off


_TITLE_OF_NEXT = re.compile(_TITLE_QUALIFIER + _ROLE_NOUN + r"(?:-[a-z]+)*\s+[A-Z]")


def _described_as(after: str) -> str | None:
    """What a name is said to be by a description set off after it and followed by what it does:
    "Sofie Brandt, the liquidator appointed after Brightwater's collapse, has recovered" is the
    liquidator, "Mr Mercer, a former police sergeant, said" a former police sergeant."""
    if (
        (described := _DESCRIBED.match(after))
        and _is_a_description(
            office := _PARTICIPLE_AFTER.split(_RELATIVE.split(described.group(1), maxsplit=1)[0], maxsplit=1)[0]
        )
        and (following := _WORD_AFTER.match(after, described.end()))
        and (following.group(1) in _AUXILIARIES or tag_of(following.group(1)) in ("VBD", "VBZ"))
    ):
        return office.strip()
    return None


def _organisation_after(after: str) -> str | None:
    """The organisation (or place) named right after a titled name: "Chief Fire Officer Jon Berg of
    Ostmark Fire and Rescue Service", "Mayor Ana Morel of Tessby"."""
    # ... or after words that describe it: "of the right-wing National Union"
    return of.group(1) if (of := _OF_AFTER.match(after) or _OF_THE_AFTER.match(after)) else None


_OF_AFTER = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?({_NAMED})")
# The team, party or firm a name is "of", before what the name does: "Benedikt Aalto of the Liberal
# Centre polled 1,546", "Helena Marsden of the opposition Social Democrats was elected"; no "and"
# inside, which would join the next name of a list.
_OF_THE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}([A-Z][\w&.'’-]*(?:\s+(?:of|for|on|[A-Z][\w&.'’-]*)){0,4})"
)
# An age set off by commas right after a name: "Declan Ferisby, 52, pocketed".
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?(?:1[6-9]|[2-9]\d|1[01]\d)\s*,")
# The side a barrister argues, set off after the name: "Ilse Norgaard, prosecuting,".
# The side a lawyer argues for: "Ilse Norgaard, prosecuting,", "Lukas Brandt, for the prosecution,",
# "Martin Oyelaran, for Orlovets, said his client"
_SIDE_ARGUED = re.compile(
    r",\s+(prosecuting|defending)\b|,\s+for\s+the\s+(prosecution|defence|defense)\s*,"
    r"|,\s+for\s+([A-Z][\w'’-]+)\s*,(?=[^.]{0,60}\bclient\b)"
)
# An age set off as a description: ", the 23-year-old from Kirrow".
_AGED_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+\d{1,3}-year-old\b")
# A description set off after a bare surname: "Dragovich, the 2023 champion,", "Dragovich, ranked sixth,".
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|ranked|aged|who|whose)\s")
# A line of a results table: a name at the start of a line (after its rank or bullet, if any), its
# party or team in brackets, then its figure: "2. Jorrit Maaskant (Team Greywater) +38sec",
# "• Petter Haugland (Centre Union) 11,032".
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]?|[•·▪*–-])[ \t]+)?$")
_LISTED_WITH = re.compile(r"[ \t]+\(([A-Z][^()\n]{1,50}|independent)\)[ \t,:–-]*[+\d]")
# The votes of a results line: "(Civic Greens) 18,462", "(Green Left) 3,118 (8.1%)", "(Greens) 29,460 –
# 13.4%", "(Greens): 9,112 votes, 13.6%"; not a time
# ("(Team Greywater) +38sec").
_VOTES_LINE = re.compile(
    r"[ \t]+\([^()\n]+\)[ \t,:–-]*\d[\d,]*[ \t]*(?:votes?)?"
    r"(?:[ \t]+\(\d+(?:\.\d+)?%\)|[ \t]*[–,-][ \t]*\d+(?:\.\d+)?%)?[ \t]*(?:votes?)?[ \t]*(?:\n|$)"
)
# What a name won or scored right after it: votes or a share of them make a candidate, points,
# rebounds or goals a player ("took 11,207 votes", "polled 3,118", "took 8.1%", "scored 24").
_COMPETED_AFTER = re.compile(
    r"(?:,\s+(?:for|of)\s+the\s+[A-Z][\w'’ -]{0,40},"
    r"|\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+party)?)?"
    r"(?:\s+\([^()\n]{1,50}\),?)?(?:,\s+who)?\s+(?:"
    # "Priya Santhanam (Greens), 9,112 votes"
    r"(?P<votes>\d{1,3}(?:,\d{3})+\s+votes\b|(?:won|took|polled|received|secured|garnered|got)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+)?"
    r"\d[\d,.]*?\s*(?:votes?\b|%|per\s?cent\b)|polled\s+\d"
    # "is on 9.2%", "Mona Tessel on 7.7%", "has 40.6%", "is third with 17,640", "came fourth on 7.7%"
    r"|(?:(?:is|was)\s+)?on\s+\d[\d.]*\s*(?:%|per\s?cent\b)|has\s+\d[\d.]*\s*(?:%|per\s?cent\b)(?!\s+of\b)"
    # "the Greens' Mira Hallqvist on 3,102"
    r"|(?:(?:is|was)\s+)?on\s+\d{1,3}(?:,\d{3})+(?=[.,;)]|\s+votes\b|\s*$)"
    # "came third with 4,015 votes", "who came third in the mayoral race with 12 per cent"
    r"|(?:is|was|came|finished)\s+(?:first|second|third|fourth|fifth|sixth|last)(?:\s+in\s+[^,.;\d]{1,40}?)?"
    r"\s+(?:with|on)\s+\d"
    # a results list's gapped entry, "the National Party's Oskar Pell 1,588 (4.1%)"; a rival beaten "by 3,565 votes"
    r"|\d[\d,]*\s+\(\d[\d.]*\s*(?:%|per\s?cent)\)|by\s+\d[\d,]*\s+votes\b)"
    r"|(?:scored|had|added|grabbed|finished\s+with)\s+(?:a\s+[a-z-]+-high\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:points|rebounds|assists|goals|tries)\b"
    r"|scored\s+\d+\b)"
)
# A role a name is labelled with or a rugby position by its number, right before it: "Referee:
# Callum Dray", "Coach: Anna Berg", "No 8 Kristoffer Voss", "number eight Kwame Asante-Holm".
_LABELLED_BEFORE = re.compile(
    r"(?:(?:^|[.\n]\s*|\s)(?P<label>[A-Z][a-z-]+):|(?<![\w'’-])(?P<position>[Nn]o\.?\s?8|[Nn]umber\s+eight),?)\s+$"
)
# A share or a count of votes "for" a name, told before it: "against 29.9 per cent for the Civic
# Alliance's Elin Rosvik", "52,917 votes, or 36.0%, for Konrad Wilczek".
_VOTES_FOR_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s?cent|votes)(?:,?\s+or\s+\d[\d.]*\s*(?:%|per\s?cent))?,?\s+for\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}?(?:[A-Z][\w'’&-]*(?:['’]s|s['’])\s+)?$"
)
# A figure right after the party a name is of, in a list of results: "Benedikt Aalto of the Liberal
# Centre 4.0%", "Benedikt Aalto of the Liberal Centre 1,546, losing his deposit".
_PARTY_FIGURE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:on\s+|with\s+)?"
    r"(?:\d[\d.]*\s*(?:%|per\s?cent\b)|\d{1,3}(?:,\d{3})+)(?=[.,;)]|\s|$)"
)
# A past-tense verb right after a name: what a person did ("scored", "led", "told"), or the place a
# competitor came in ("was third", "finished fourth").
_DOES_AFTER = re.compile(
    r"\s+(?:[a-z]{3,}ed|led|won|made|told|took|gave|hit|ran|saw|got|had|became)\b"
    r"|\s+(?:was|is|came|finished)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b"
)
# The word after a name and, after an auxiliary, the one after that: "has arrived", "will visit".
_WORD_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
_AUXILIARY_TAGS = frozenset({"MD", "VBZ", "VBD"})  # "will", "has", "had", "was"
_AUXILIARIES = frozenset("has had is was will would could can may might must".split())


def _acts(after: str) -> bool:
    """Whether a verb follows a name: a past or present tense the lexicon knows ("spent", "expects"), or an
    auxiliary and a verb ("has arrived", "will visit", "was elected")."""
    if _DOES_AFTER.match(after):
        return True
    if not (words := _WORD_AFTER.match(after)):
        return False
    first, second = tag_of(words.group(1)), tag_of(words.group(2) or "")
    return first in ("VBD", "VBZ") or (first in _AUXILIARY_TAGS and second in ("VB", "VBN", "VBD"))


# Letters with a lower-case one among them, joined by apostrophes or hyphens: "O'Hara", "Ocasio-Cortez"
_SURNAME = re.compile(r"(?=.*[a-zß-ÿ])[^\W\d_]+(?:['’-][^\W\d_]+)*(?<!-led)(?<!-based)")


_VENUE_WORDS = frozenset("Park Field Hall House Church Chapel Bridge Garden Gardens Man".split())


def _may_be_a_name(words: list[str]) -> bool:
    """Whether capitalised words may be a person's name: a surname no lexicon knows after given
    names it knows at most as proper nouns ("Hedda Stromvik", "Marek Oyelaren"), or any surname
    that is no common word after a given name ("Elio Bramante", "Anna Berg"). Teams, firms and
    places are mostly made of words the lexicon knows: "Ashbury Lynx", "Northern Rail", "Port Calder"."""
    *given, surname = words
    if not given:
        return False
    if is_given_name(given[0]):
        # a surname, not an acronym, a model number or a team's plural possessive ("Lexus LC", "Dell G3")
        return (
            bool(_SURNAME.fullmatch(surname))
            and (
                tag_of(surname) in (None, "NNP")
                # a surname that is a word ("Gregor Palm", "Declan Morrow") after a given name that is none,
                # but not a venue's last word ("Heinz Field", "Victoria Park")
                or (is_surname(surname) and tag_of(given[0].lower()) in (None, "NNP") and surname not in _VENUE_WORDS)
            )
            and not place_name(surname)
        )
    return all(tag_of(w) in (None, "NNP") and tag_of(w.lower()) in (None, "NNP") for w in given) and (
        tag_of(surname) is None and tag_of(surname.lower()) is None
    )


def _split_title(name: str, start: int) -> tuple[str, int, str | None]:
    """Split "US Treasury Secretary Scott Bessent" into the name, its offset, and the title."""
    words = name.split(" ")
    titles = [i for i, w in enumerate(words) if w in _TITLE_WORDS or not _TITLE_WORDS.isdisjoint(w.split("-"))]
    if not titles and len(words) >= 3:
        # an office in capitals, a role noun before two names or more: "Station Manager Kwame
        # Asante", "Senior Public Prosecutor Henrik Vale"
        named = words[: words.index("of")] if "of" in words else words
        titles = [i for i, w in enumerate(named[:-2]) if w.lower() in _ROLE_NOUNS][-1:]
    if (
        not titles
        and len(words) in (3, 4)
        and (
            _ROLE_NOUN_WORD.fullmatch(words[0].lower())
            or _ROLE_NOUN_WORD.fullmatch(words[0].lower().rsplit("-", 1)[-1])  # "Co-defendant Mark Bell"
            or words[0].lower().split("-")[0] in _KIN_NOUNS  # "Dad-of-three Wes Lomax"
        )
        and not any(w in _NOT_NAMES for w in words[1:])
    ):
        titles = [0]  # "Pensioner Harald Dunne", "Meteorologist Jorunn Blix": an occupation opening a sentence
    if not titles:
        return name, start, None  # most names
    last_title = titles[-1]  # "Director-General" is a title as "Director" is
    if last_title < 0 or last_title == len(words) - 1:
        return name, start, None
    title = " ".join(words[: last_title + 1])
    rest = words[last_title + 1 :]
    named = rest[: rest.index("of")] if "of" in rest else rest  # "Prof Tomas Ekwall of Ardhaven University Hospital"
    if any(w in _ORG_WORDS for w in named) or place_name(" ".join(named)):
        return name, start, None  # "General Motors", "General Administration of Customs"
    return " ".join(rest), start + len(title) + 1, title


_RANK_BEFORE = re.compile(r"(?:(?:Former|Acting|Deputy|Interim|Vice)\s+)+")


# An office of a body named right after it: "Deputy director of the ", "the head of ".
_OFFICE_BEFORE_BODY = re.compile(
    r"(?<![\w'’-])(?:(?:former|acting|deputy|interim|vice|senior|chief)\s+)*"
    + _ROLE_NOUN
    + r"\s+(?:of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _office_of_body_before(name: str, before: str) -> tuple[str, str, str] | None:
    """(office up to the body, body, person) of a run that names a body and then a person, after
    an office of that body: "Deputy director of the National Fraud Bureau Oskar Brenning said"."""
    words = name.split()
    last_body_word = max((i for i, word in enumerate(words) if word in _ORG_WORDS), default=None)
    if last_body_word is None or not 2 <= len(words) - last_body_word - 1 <= 3:
        return None
    person = words[last_body_word + 1 :]
    if not _may_be_a_name(person) or not (office := _OFFICE_BEFORE_BODY.search(before)):
        return None
    return office.group(0), " ".join(words[: last_body_word + 1]), " ".join(person)


def _office_of_title(title: str) -> tuple[str, str | None]:
    """The office a capitalised title names, and the organisation it names, if any: "Bank of
    Tarveny Governor" is a governor of the Bank of Tarveny, and "Centre Union of Prime Minister"
    (the party of Prime Minister Jens Aurdal) a prime minister, of the Centre Union."""
    head, of, tail = title.rpartition(" of ")
    words = tail.split()
    office = next((i for i, word in enumerate(words) if word in _TITLE_WORDS or word == "Prime"), None)
    if of and office is not None:
        rank = _RANK_BEFORE.match(head)  # "Former Bank of England Governor" is a former governor
        head = head[rank.end() :] if rank else head
        named = f"{head} of {' '.join(words[:office])}" if office else head
        role = (rank.group(0) if rank else "") + " ".join(words[office:])
        return role, named if not _ORG_WORDS.isdisjoint(head.split()) else None
    return title, organisation_of(title)


# Forms of address, which say nothing of a person's office.
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Prof|Professor)\.?")
_RANK_TITLES = frozenset(_PEOPLE["rank_titles"])
# The first half of a portfolio joined by "and" before a title: "Research and " (Innovation Minister).
_JOINED_PORTFOLIO_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+\s+and\s+)$")
_HONORIFIC_AFTER = re.compile(r"(?:\s+(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Prof|Professor)\.?)+$")
_TITLE_MODIFIER = re.compile(r"(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Ii]nterim)\s+$")


def extract_mentions(text: str) -> list[Mention]:
    """People, organisations and places named in one article's clean text."""
    mentions: list[Mention] = []
    spelled_out = spelled_out_acronyms(text) if "(" in text else {}
    unclassified: list[tuple[str, int, int]] = []
    homes: set[int] = set()  # where what a titled name is "of" starts: a place or a body, no person
    unplaced: list[tuple[str, int, int]] = []  # names of two or three words no rule placed
    runs = []
    for m in _NAME.finditer(text):
        start = m.start()
        run = m.group(0)
        for piece in _AFTER_POSSESSIVE.split(run) if "s " in run or "s' " in run or "s’ " in run else (run,):
            runs.append((piece, start))
            start += len(piece) + 1
    while runs:
        run, run_start = runs.pop(0)
        if run in _NOT_NAMES:
            continue  # "The", "Officials": half the runs, no name
        name, start = _strip_leading(run, run_start)
        name, start, title = _split_title(name, start)
        if not title and (office_of := _office_of_body_before(name, text[max(0, start - 60) : start])):
            # "Deputy director of the National Fraud Bureau Oskar Brenning": the body, then its officer
            office, body, person = office_of
            mentions.append(Mention(body, "organisation", start, start + len(body), body, None))
            person_start = start + len(name) - len(person)
            mentions.append(Mention(person, "person", person_start, start + len(name), person, office + body, body))
            continue
        connector, _, rest = name.partition(" ")
        if connector in _CONNECTORS and title:
            # the title goes on: "Minister for Maritime Affairs Dorothea Lunde" is Lunde, the
            # minister for maritime affairs; "The Mayor of Vellport" names no one
            if rest.count(" ") < 2 or not _CONNECTORS.isdisjoint(rest.split()[-3:]):
                continue  # "Director of Public Health for Upper Wessel": what the office is of, no one
            person = " ".join(rest.split()[-2:])
            title = f"{title} {name[: len(name) - len(person)].strip()}"
            start += len(name) - len(person)
            name = person
        if title and " of " in name:  # "President Kofi Mensah of Ghana": the person, then the place
            name, _, tail = name.partition(" of ")
            runs.insert(0, (tail, start + len(name) + 4))
            homes.add(start + len(name) + 4)
        if not name or name in _NOT_NAMES or len(name) < 2 or _SPAN_OF_MONTHS.fullmatch(name):
            continue
        possessive = name.endswith(("'s", "’s"))
        bare = name[:-2] if possessive else name
        end = start + len(bare)
        kind: str | None
        role: str | None
        organisation: str | None
        canonical = spelled_out.get(bare, bare)  # "ANSO" is the National Statistics Office
        if title and _HONORIFIC.fullmatch(title):
            # "Dr Mireille Sandor, director-general of the LIPH": a form of address is no office,
            # the role is what the text gives around the name, if anything
            kind, role, organisation = _classify(bare, text[max(0, start - 100) : run_start], text[end : end + 120])
            kind = "person"
            if role is None and " " not in bare:
                # "Mr Mercer, a former police sergeant, said": a surname, then what it is
                after = text[end : end + 120]
                role = apposition.group(1).strip() if (apposition := _set_off(after)) else _described_as(after)
                organisation = organisation_of(role) if role else None
            if role is None and title.startswith("Prof"):
                # a professorship is an academic post, not only a form of address: "Professor
                # Lukas Hennig of the University of Tornhaven"
                role, organisation = title, organisation or _organisation_after(text[end : end + 120])
        elif (
            title
            and title.split()[-1] in _RANK_TITLES
            and ((around := _classify(bare, text[max(0, start - 100) : run_start], text[end : end + 120]))[1])
        ):
            kind, role, organisation = around  # "Captain Devon Marlowe, the association's president"
        elif title:
            before = text[max(0, run_start - 30) : run_start]
            modifier = _TITLE_MODIFIER.search(before)
            # "Deputy Chief Medical Officer Professor Ingrid Solberg": the office, not the form of address after it
            office, organisation = _office_of_title(_HONORIFIC_AFTER.sub("", title) or title)
            if (
                (joined := _JOINED_PORTFOLIO_BEFORE.search(text, max(0, run_start - 40), run_start))
                and not organisation
                and tag_of(joined.group(1).split()[0].lower()) in ("NN", "NNS", "VBG", "JJ")
            ):
                # "Research and Innovation Minister Pavel Strand", not "Jon Berg and Finance Minister"
                office = joined.group(1) + office
            kind, role = "person", (modifier.group(0) if modifier else "") + office
            organisation = organisation or _organisation_after(text[end : end + 120])
        elif canonical != bare:
            kind, role, organisation = _classify(canonical, "", "")
        elif (titled := _person_of(bare, text[max(0, start - 100) : start], text[start : start + 200])) is not None:
            # "Aviation analyst Oskar Lindahl of Varsenne Capital Partners": the person, then where from
            kind, role, organisation = titled
        else:
            kind, role, organisation = _classify(bare, text[max(0, start - 100) : start], text[end : end + 120])
        if kind is None:
            if " " not in bare:
                unclassified.append((bare, start, end))
            elif bare.count(" ") <= 2:
                unplaced.append((bare, start, end))
            elif 1 <= (head := bare.split(" of ")[0]).count(" ") <= 2:
                unplaced.append((head, start, start + len(head)))  # "Mirela Dragovich of Croatia"
            continue
        if kind == "person" and run_start in homes:
            kind, role, organisation = "organisation", None, None  # "Analyst X of Harbourline Securities said"
        if kind == "place":
            canonical = place_name(canonical) or canonical
        if kind == "person" and " of " in bare and 1 <= (head := bare.split(" of ")[0]).count(" ") <= 2:
            # "second seed Mirela Dragovich of Croatia": the person, then where they are from
            organisation = organisation or bare[len(head) + 4 :]
            bare = canonical = head
            end = start + len(head)
        if organisation in spelled_out:
            organisation = spelled_out[organisation]  # "general secretary of the SNF"
        mentions.append(Mention(canonical, kind, start, end, bare, role, organisation))
    mentions += _short_names(mentions, unclassified, text)
    mentions += _kin_by_given_name(unclassified, text)
    mentions += _named_by_surname(unplaced, text)
    mentions += _listed_with_people(unplaced, mentions, text)
    mentions += _given_named(unplaced, mentions)
    if "\t" in text:
        mentions = _titled_by_columns(mentions, text)
    mentions = _competitors(mentions, text)
    mentions = _listed_under_a_plural(sorted(mentions, key=lambda m: m.char_start), text)
    return _resolve_surnames(mentions, text)


# A table's cell that names a person, and the team or party in brackets after: "Runa Falkvik
# (Lennbridge IL)".
_NAME_CELL = re.compile(rf"({_CAP}(?: +{_CAP}){{1,3}})(?:\s*\(([^()]{{1,50}})\))?")


_WHOSE_COLUMNS = ("team", "party", "club", "company", "employer")


def _titled_by_columns(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the people a table names in a column whose header is a role ("Rider",
    "Candidate") given it: a name no rule found there is such a person too."""
    at = {m.char_start: i for i, m in enumerate(mentions)}
    for start, end, header, row in word_cells(text):
        role = header.lower()
        if role not in _ROLE_NOUNS and role.removesuffix("s") not in _ROLE_NOUNS:
            continue
        if not (cell := _NAME_CELL.fullmatch(text, start, end)):
            continue
        name = cell.group(1)
        team = cell.group(2) or next((row[column] for column in _WHOSE_COLUMNS if column in row), None)
        if any(word in _ORG_WORDS or word in _NOT_NAMES for word in name.split()) or place_name(name):
            continue
        if (i := at.get(start)) is None:
            mentions.append(Mention(name, "person", start, start + len(name), name, role, team))
        elif mentions[i].type == "person" and mentions[i].role is None:
            mentions[i] = dataclasses.replace(mentions[i], role=role, organisation=mentions[i].organisation or team)
    return mentions


def _person_of(name: str, before: str, text: str) -> tuple[str, str | None, str | None] | None:
    """(person, role, organisation) of a name run that is a titled person's name and what they are
    "of" ("analyst Oskar Lindahl of Varsenne Capital Partners", "Bram Dekkers of Orlesia First
    is on 9.2%"), read as one name elsewhere; ``text`` runs from the name on."""
    head, _, tail = name.partition(" of ")
    if not tail or not 1 <= head.count(" ") <= 2 or not _may_be_a_name(head.split()):
        return None
    kind, role, organisation = _classify(head, before, text[len(head) :])
    return (kind, role, organisation or tail) if kind == "person" else None


def _named_by_surname(runs: list[tuple[str, int, int]], text: str) -> list[Mention]:
    """Names of two or three words no rule placed that are people's, because the article later
    has their last word speak, act, be given an age or be described ("Harnvik Roklubb's Hedda
    Stromvick is champion again ... 'I could hear them,' Stromvick said"; "second seed Mirela
    Dragovich of Croatia ... Dragovich, the 2023 champion, was undone")."""
    found = []
    for name, start, end in runs:
        words = name.split()
        if not _may_be_a_name(words) or place_name(words[-1]):
            continue
        for m in re.finditer(rf"\b{re.escape(words[-1])}\b(?!\s+[A-Z])", text[end:]):
            at = end + m.end()
            if (
                _SPEAKS_AFTER.match(text, at)
                or _AGE_AFTER.match(text, at)
                or _DOES_AFTER.match(text, at)
                or _APPOSITION_AFTER.match(text, at)
                or _SPOKE_BEFORE.search(text, max(0, at - len(words[-1]) - 12), at - len(words[-1]))
            ):
                found.append(Mention(name, "person", start, end, name, None))
                break
    return found


_COMPETITOR_NOUNS = re.compile(r"\b(" + "|".join(_PEOPLE["competitor_nouns"].split()) + r")s?\b")
_TEAM_WORDS = frozenset(_PEOPLE["team_words"].split())
_TEAM_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+$")
# The cell after a name in a table's row: "5\t\tJens Ottervik\t\tTeam Solvance\t\t+0:58"
_TEAM_CELL_AFTER = re.compile(r"[ \t]*\t[ \t]*([A-Z][^\t\n]{1,50}?)[ \t]*\t")
_COMPETES_FOR_AFTER = re.compile(
    r",?\s+(?:who\s+)?(?:riding|rides|racing|races|playing|plays)\s+for\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
)


def _competitors(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the people a sports report names with their team and gives no role
    given what the report calls those who compete ("riders", "players"): the team of a results
    line ("1. Dmitri Orlavsky (Solvane Racing) 22h 14min") or of a table's row ("5 | Jens Ottervik |
    Team Solvance | +0:58"), a team the name is of ("Elio Bramante of Orin Pro Cycling") or rides
    for ("Valkenier, riding for Team Solvance") or a team's possessive before it ("Team Arcton's
    Paavo Lindahl")."""
    teams = {}  # the team of each person given none but a team
    listed = set()  # the teams a results line, a table or a verb of competing gives
    for i, m in enumerate(mentions):
        if m.type != "person":
            continue
        team = m.organisation
        line_start = _LINE_START.search(text, max(0, m.char_start - 12), m.char_start)
        if team and line_start and _LISTED_WITH.match(text, m.char_end):
            listed.add(team)
        if m.role is None and " " in m.name:
            if team is None and line_start and (cell := _TEAM_CELL_AFTER.match(text, m.char_end)):
                team = cell.group(1)
                listed.add(team)
            if team is None and (competes := _COMPETES_FOR_AFTER.match(text, m.char_end)):
                team = competes.group(1)
                listed.add(team)
            if team is None and (owner := _TEAM_BEFORE.search(text, max(0, m.char_start - 50), m.char_start)):
                team = owner.group(1)
            if team:
                teams[i] = team
    if not teams:
        return mentions
    teams = {i: team for i, team in teams.items() if team in listed or not _TEAM_WORDS.isdisjoint(team.split())}
    if not teams or not (nouns := collections.Counter(_COMPETITOR_NOUNS.findall(text))):
        return mentions
    noun = nouns.most_common(1)[0][0]
    return [
        dataclasses.replace(m, role=noun, organisation=teams[i]) if i in teams else m for i, m in enumerate(mentions)
    ]


_LIST_JOIN = re.compile(r"(?:,\s+|,?\s+and\s+)")
# What a list of names is called before it: "The two independents, Hugo Trell and Agnes Moberg,",
# "The other candidates were Priya Santhanam (Greens), 9,112 votes; Declan Morrow ...".
_PLURAL_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?:(?:two|three|four|five)\s+)?"
    r"(?P<modifiers>(?:[a-z-]+\s+){0,2}?)(?P<plural>[a-z-]+s)(?:\s+who\s+[^,.;:\"“”]{1,60})?"
    r"(?:,|:|\s+(?:were|are|included|include))\s+"  # "The other candidates were Priya Santhanam, ..."
    r"(?:[a-z-]+\s+){0,3}$"  # the first name's own title: "..., deputy governor Pavel Ostrander and Hanne Lyng"
)


def _listed_under_a_plural(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` (in text order) with the people of a list a plural of a role names, before it
    or after, each given that role: "The two independents, Hugo Trell and Agnes Moberg, won",
    "Lewis Amberley, 29, and Nils Stavik, 33, who worked as callers"."""
    found = list(mentions)
    people = [i for i, m in enumerate(mentions) if m.type == "person"]
    k = 0
    while k < len(people):
        run = [people[k]]
        while k + len(run) < len(people) and _LIST_ITEM_JOIN.fullmatch(
            text, mentions[run[-1]].char_end, mentions[people[k + len(run)]].char_start
        ):
            run.append(people[k + len(run)])
        first, last = mentions[run[0]], mentions[run[-1]]
        plural = _PLURAL_BEFORE.search(text, max(0, first.char_start - 120), first.char_start) or (
            _PLURAL_AFTER.match(text, last.char_end) if len(run) >= 2 else None
        )
        if plural and (role := _role_of_plural(plural)):
            for i in run:
                if found[i].role is None:
                    found[i] = dataclasses.replace(found[i], role=role)
        k += len(run)
    return found


# ... or after it: "Lewis Amberley, 29, and Nils Stavik, 33, who worked as callers", "both miners".
_PLURAL_AFTER = re.compile(
    r"(?:,\s*\d{1,3})?,?\s+(?:who\s+(?:worked|work|served|serve|were|are)\s+as\s+|both\s+)"
    r"(?P<modifiers>(?:[a-z-]+\s+){0,2}?)(?P<plural>[a-z-]+s)\b"
)


def _role_of_plural(plural: re.Match) -> str | None:
    """The role one of the people a plural names has: "the two independents" an independent, "its
    witnesses" a witness; none when the plural is no role ("the two men")."""
    word = plural.group("plural")
    for noun in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        if noun in _ROLE_NOUNS or _ROLE_NOUN_WORD.fullmatch(noun):
            return plural.group("modifiers") + noun
    return None


# What stands between two names of a list: a comma or "and", after the first one's age, party or
# figure ("Lewis Amberley, 29, and Nils Stavik", "Priya Santhanam (Greens), 9,112 votes; Declan Morrow")
_LIST_ITEM_JOIN = re.compile(
    r"(?:\s*\([^()\n]{1,50}\))?(?:,\s*\d[\d,.]*%?(?:\s+votes)?)?(?:[,;]\s+(?:and\s+)?|,?\s+and\s+)"
)


def _listed_with_people(runs: list[tuple[str, int, int]], mentions: list[Mention], text: str) -> list[Mention]:
    """Names of two words no rule placed that stand in a list with a person's name, as people: the
    rockfall "killed Jonas Hedlin, Mikkel Ravn and Dario Sestak", of whom the article has only the
    last one act, is three people's."""
    ends = {m.char_end for m in mentions if m.type == "person"}
    starts = {m.char_start for m in mentions if m.type == "person"}
    found: list[Mention] = []
    candidates = [
        (name, start, end)
        for name, start, end in runs
        if name.count(" ") == 1 and _may_be_a_name(name.split()) and not place_name(name.split()[-1])
    ]
    while candidates:
        listed = [
            (name, start, end)
            for name, start, end in candidates
            if ((join := _LIST_JOIN.match(text, end)) and join.end() in starts)
            or any(_LIST_JOIN.fullmatch(text, e, start) for e in ends if start - 7 <= e < start)
        ]
        if not listed:
            break
        for name, start, end in listed:
            found.append(Mention(name, "person", start, end, name, None))
            starts.add(start)
            ends.add(end)
        candidates = [c for c in candidates if c not in listed]
    return found


# Kin before a given name alone: "her mum Astrid", "Wereny's mum Greta", "whose five-year-old son Oskar".
_KIN_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|whose)|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+)?("
    + "|".join(sorted(_KIN_NOUNS, key=len, reverse=True))
    + r"),?\s+$"
)


def _kin_by_given_name(words: list[tuple[str, int, int]], text: str) -> list[Mention]:
    """Given names alone that kin before them make people: "her mum Astrid" is Astrid, a mum."""
    return [
        Mention(word, "person", start, end, word, kin.group(1))
        for word, start, end in words
        if is_given_name(word) and (kin := _KIN_BEFORE.search(text, max(0, start - 40), start))
    ]


def _given_named(runs: list[tuple[str, int, int]], mentions: list[Mention]) -> list[Mention]:
    """Names of two or three words no rule placed that are a given name and a surname, as people:
    "Tobias Fenn and Marco Sellin are swept up", "Hugo Trell (independent) 4,010"."""
    taken = {m.char_start for m in mentions}
    return [
        Mention(name, "person", start, end, name, None)
        for name, start, end in runs
        if start not in taken
        and 1 <= name.count(" ") <= 2
        and is_given_name(name.split()[0])
        and _may_be_a_name(name.split())
    ]


def proper_names(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name in a text, in order: its mentions, and the runs of two or
    more capitalised words no rule classified ("Ines Calloway", "Green-Left Alliance")."""
    found = {(m.char_start, m.char_end): m.name for m in mentions}
    covered = sorted(found)
    for m in _NAME.finditer(text):
        name, start = _strip_leading(m.group(0), m.start())
        name = name.removesuffix("'s").removesuffix("’s")
        if " " not in name or name in _NOT_NAMES:
            continue
        at = bisect.bisect_right(covered, (start, len(text))) - 1
        if at >= 0 and covered[at][0] <= start < covered[at][1]:
            continue  # inside a mention
        found[(start, start + len(name))] = name
    return sorted((start, end, name) for (start, end), name in (found | _last_names(text, found)).items())


def _last_names(text: str, names: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """A name's last word alone, after the name ("Teodric Mawle ... Mawle added 12 rebounds"),
    as that name: when one name of the text ends with the word, the word is no place and the
    name is not of the "Bank of England" kind."""
    last_of: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for (start, _), name in sorted(names.items()):
        words = name.split()
        if 2 <= len(words) <= 3 and not any(w[:1].islower() for w in words) and not place_name(words[-1]):
            last_of.setdefault(words[-1], set()).add(name)
            first_at.setdefault(words[-1], start)
    covered = sorted(names)
    found: dict[tuple[int, int], str] = {}
    words = [word for word, full in last_of.items() if len(full) == 1 and len(word) >= 3]
    if not words:
        return found
    # all the words in one pass over the text, longest first so that none stops at another's start
    alone = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?!\s+[A-Z])"
    )
    for m in alone.finditer(text):
        word = m.group(1)
        at = bisect.bisect_right(covered, (m.start(), len(text))) - 1
        if m.start() > first_at[word] and not (at >= 0 and covered[at][0] <= m.start() < covered[at][1]):
            found[(m.start(), m.end())] = next(iter(last_of[word]))
    return found


def _short_names(mentions: list[Mention], words: list[tuple[str, int, int]], text: str) -> list[Mention]:
    """Organisations named by their first word alone as the one doing or owning something
    ("Corvane has", "Corvane's" for Corvane Air, not "the Calden exchange" for Calden Airport),
    when the article names one organisation that starts with it and the word is no place or
    organisation word."""
    starts: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "organisation" and " " in m.name:
            starts.setdefault(m.name.split()[0], set()).add(m.name)
    return [
        Mention(next(iter(starts[word])), "organisation", start, end, word, None)
        for word, start, end in words
        if len(starts.get(word, ())) == 1
        and word not in _ORG_WORDS
        and not place_name(word)
        and _ACTS_AFTER.match(text, end)
    ]


# What follows a name that acts or owns: a possessive, or a verb ("has", "faces", "carried").
_ACTS_AFTER = re.compile(r"['’]s\b|\s+(?:has|had|is|was|will|would|said|says|[a-z]+(?:ed|es))\b")


_FUNCTION_WORD_TAGS = frozenset({"PRP", "PRP$", "DT", "IN", "CC", "MD", "WP", "WDT", "WRB", "TO"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’'(\n])\s*$")


def _resolve_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """A bare surname ("Trump", "President Trump") becomes the person named in full in the article."""
    people = {m.name.split()[-1]: m.name for m in mentions if m.type == "person" and len(m.name.split()) >= 2}
    resolved = []
    for m in mentions:
        if m.type == "person" and " " not in m.name and m.name in people:
            resolved.append(
                Mention(people[m.name], "person", m.char_start, m.char_end, m.surface, m.role, m.organisation)
            )
        else:
            resolved.append(m)
    if not people:
        return resolved
    starts = [m.char_start for m in mentions]  # mentions are in text order
    for start, surname in find_words(list(people), text):
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and mentions[i].char_start <= start < mentions[i].char_end:
            continue  # inside a name already found
        if (word_tag := tag_of(surname.lower())) in _FUNCTION_WORD_TAGS or (
            word_tag not in (None, "NNP")
            and _SENTENCE_START.search(text, max(0, start - 4), start)
            and (next_word := _WORD_AFTER.match(text, start + len(surname)))
            and tag_of(next_word.group(1)) in ("NN", "NNS", "JJ")
        ):
            continue  # "He" is no Liu He, nor "Long queues" Colleen Long; "Long said" is
        # the role a bare surname is given, as its full name would be: "Griffins boss Ellison",
        # "Wilczek, who had been mayor since 2018,"
        kind, role, organisation = _classify(
            people[surname], text[max(0, start - 100) : start], text[start + len(surname) : start + len(surname) + 120]
        )
        if kind != "person":
            role = organisation = None
        resolved.append(Mention(people[surname], "person", start, start + len(surname), surname, role, organisation))
    return sorted(resolved, key=lambda m: m.char_start)


def extract_quotes(text: str, mentions: list[Mention]) -> list[Quote]:
    """Quotations with their speaker where the text says who ("...," said X; X said: "...")."""
    quotes = []
    people = [m for m in mentions if m.type == "person"]

    def speaker_at(name: str, position: int) -> str | None:
        if name.split(" ", maxsplit=1)[0] in ("the", "a", "an"):
            return None  # an unnamed speaker ("the spokesperson said")
        if name in ("he", "she", "they"):
            earlier = [m for m in people if m.char_end <= position]
            return earlier[-1].name if earlier else None
        name = _split_title(name, 0)[0].partition(" of ")[0]
        for m in people:
            if m.surface == name or m.name == name or m.name.endswith(" " + name):
                return m.name
        return name

    taken = set()
    for m in _QUOTE_THEN_SPEAKER.finditer(text):
        group = 1 if m.group(1) else 3
        name = m.group(2) if m.group(1) else m.group(4)
        quotes.append(Quote(m.group(group), m.start(group), m.end(group), speaker_at(name, m.start())))
        taken.add(m.start(group))
    for m in speaker_then_quote(text):
        if m.start(2) in taken:
            continue
        name, _ = _strip_leading(m.group(1), m.start(1))
        quotes.append(Quote(m.group(2), m.start(2), m.end(2), speaker_at(name, m.start()) if name else None))
    return sorted(quotes, key=lambda q: q.char_start)


def speaker_then_quote(text: str) -> list[re.Match]:
    """The matches of ``SPEAKER_THEN_QUOTE`` in ``text``, as ``finditer`` finds them where no
    speaker's name starts more than ``SPEAKER_REACH`` characters before the quotation: the
    pattern is tried from that reach before each quotation mark to the next one (any mark can
    open a quotation)."""
    matches, position = [], 0
    opening = text.find('"')
    while opening >= 0 and (closing := text.find('"', opening + 1)) >= 0:
        if opening >= position and (
            m := SPEAKER_THEN_QUOTE.search(text, max(position, opening - SPEAKER_REACH), closing + 1)
        ):
            matches.append(m)
            position = m.end()
        opening = closing
    return matches


def candidate_subjects(mentions: list[Mention]) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, is_organisation) of the mentions a figure can be about: organisations,
    countries or their capitals, regions. A town named as a location ("talks in Geneva") is where
    something happened."""
    return [
        (m.char_start, m.char_end, m.name, m.type == "organisation")
        for m in mentions
        if m.type == "organisation" or (m.type == "place" and (government_of(m.name) is not None or m.role == "region"))
    ]


@functools.lru_cache(maxsize=8192)
def entity_id(kind: str, name: str) -> str:
    """Stable id of an entity: its type and its name as a slug ("person:donald-trump")."""
    return f"{kind}:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


_MENTION_FIELDS = field_values(Mention)
_QUOTE_FIELDS = field_values(Quote)


def mention_rows(article_id: str, mentions: list[Mention]) -> list[tuple]:
    """The rows (``MENTION_SCHEMA``) of one article's mentions."""
    return [(entity_id(m.type, m.name), article_id, *_MENTION_FIELDS(m)) for m in mentions]


def quote_rows(article_id: str, quotes: list[Quote], mentions: list[Mention]) -> list[tuple]:
    """The rows (``QUOTE_SCHEMA``) of one article's quotes; a speaker named as a person there is
    that person's entity."""
    people = {m.name for m in mentions if m.type == "person"}
    return [
        (
            f"{article_id}:{q.char_start}",
            article_id,
            entity_id("person", q.speaker) if q.speaker in people else None,
            *_QUOTE_FIELDS(q),
        )
        for q in quotes
    ]
