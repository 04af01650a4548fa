"""A small gazetteer: countries and economic areas, their demonyms, and capitals.

Used to recognise places among capitalised names and to give claims a subject: "Chinese
exports" and "China's exports" are both about China; a capital stands for its government
("Beijing retaliated") when it is the subject of a figure.
"""

from __future__ import annotations

import re

# canonical name → its spellings and demonyms (regex alternatives)
COUNTRIES = {
    "United States": r"United States|U\.S\.A?\.?|US|USA|America|American",
    "China": r"China|Chinese|PRC",
    "European Union": r"European Union|EU",
    "euro area": r"euro (?:area|zone)|eurozone",
    "United Kingdom": r"United Kingdom|UK|U\.K\.|Britain|British",
    "Japan": r"Japan|Japanese", "Germany": r"Germany|German", "France": r"France|French",
    "India": r"India|Indian", "Canada": r"Canada|Canadian", "Mexico": r"Mexico|Mexican",
    "Russia": r"Russia|Russian", "South Korea": r"South Korea|South Korean|Korea|Korean",
    "Brazil": r"Brazil|Brazilian", "Australia": r"Australia|Australian", "Italy": r"Italy|Italian",
    "Spain": r"Spain|Spanish", "Turkey": r"Turkey|Turkish|Türkiye", "Indonesia": r"Indonesia|Indonesian",
    "Taiwan": r"Taiwan|Taiwanese", "Peru": r"Peru|Peruvian", "Greece": r"Greece|Greek",
    "Netherlands": r"Netherlands|Dutch", "Switzerland": r"Switzerland|Swiss", "Sweden": r"Sweden|Swedish",
    "Norway": r"Norway|Norwegian", "Poland": r"Poland|Polish", "Ukraine": r"Ukraine|Ukrainian",
    "Israel": r"Israel|Israeli", "Iran": r"Iran|Iranian", "Saudi Arabia": r"Saudi Arabia|Saudi",
    "South Africa": r"South Africa|South African", "Nigeria": r"Nigeria|Nigerian", "Egypt": r"Egypt|Egyptian",
    "Argentina": r"Argentina|Argentine|Argentinian", "Chile": r"Chile|Chilean", "Colombia": r"Colombia|Colombian",
    "Philippines": r"Philippines|Philippine|Filipino", "Vietnam": r"Vietnam|Vietnamese", "Thailand": r"Thailand|Thai",
    "Malaysia": r"Malaysia|Malaysian", "Pakistan": r"Pakistan|Pakistani", "Bangladesh": r"Bangladesh|Bangladeshi",
    "Ireland": r"Ireland|Irish", "Portugal": r"Portugal|Portuguese", "Austria": r"Austria|Austrian",
    "Belgium": r"Belgium|Belgian", "Denmark": r"Denmark|Danish", "Finland": r"Finland|Finnish",
    "New Zealand": r"New Zealand", "Singapore": r"Singapore|Singaporean", "Hong Kong": r"Hong Kong",
    "Kenya": r"Kenya|Kenyan", "Ethiopia": r"Ethiopia|Ethiopian", "Morocco": r"Morocco|Moroccan",
}
# capital → country, when a capital stands for its government
CAPITALS = {
    "Washington": "United States", "Beijing": "China", "Brussels": "European Union", "London": "United Kingdom",
    "Tokyo": "Japan", "Berlin": "Germany", "Paris": "France", "New Delhi": "India", "Ottawa": "Canada",
    "Moscow": "Russia", "Seoul": "South Korea", "Brasilia": "Brazil", "Canberra": "Australia", "Rome": "Italy",
    "Madrid": "Spain", "Ankara": "Turkey", "Jakarta": "Indonesia", "Taipei": "Taiwan", "Lima": "Peru",
    "Athens": "Greece", "Kyiv": "Ukraine", "Tehran": "Iran", "Riyadh": "Saudi Arabia",
}
_ALTERNATIVES = list(COUNTRIES.values()) + [re.escape(c) for c in CAPITALS]
_NAMES = list(COUNTRIES) + [CAPITALS[c] for c in CAPITALS]
PLACE_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<p{i}>{alts})" for i, alts in enumerate(_ALTERNATIVES)) + r")(?:'s|’s)?(?![\w.])"
    r"|(?<=\s)(?:U\.S\.)(?=[\s,])"
)
_EXACT = re.compile(r"(?:" + "|".join(COUNTRIES.values()) + r")")


def canonical(match: re.Match) -> str:
    """The country a PLACE_PATTERN match names (a capital stands for its country)."""
    for i, name in enumerate(_NAMES):
        if match.group(f"p{i}"):
            return name
    return "United States"


def place_name(name: str) -> str | None:
    """The canonical country or area for a whole name ("Chinese" → "China"), else None."""
    if _EXACT.fullmatch(name):
        found = PLACE_PATTERN.fullmatch(name)
        return canonical(found) if found else None
    return None
