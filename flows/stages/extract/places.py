"""A small gazetteer: countries and economic areas, their other names and demonyms, and capitals.

Used to recognise places among capitalised names and to give claims a subject: "Chinese
exports" and "China's exports" are both about China; a capital stands for its government
("Beijing retaliated") when it is the subject of a figure.
"""

from __future__ import annotations

# canonical name → other names and demonyms
COUNTRIES = {
    "United States": ["U.S.", "U.S", "US", "USA", "U.S.A.", "America", "American", "Americans"],
    "China": ["Chinese", "PRC"],
    "European Union": ["EU"],
    "euro area": ["euro zone", "eurozone", "Eurozone"],
    "United Kingdom": ["UK", "U.K.", "Britain", "British"],
    "Japan": ["Japanese"], "Germany": ["German"], "France": ["French"], "India": ["Indian"],
    "Canada": ["Canadian"], "Mexico": ["Mexican"], "Russia": ["Russian"],
    "South Korea": ["South Korean", "Korea", "Korean"], "Brazil": ["Brazilian"], "Australia": ["Australian"],
    "Italy": ["Italian"], "Spain": ["Spanish"], "Turkey": ["Turkish", "Türkiye"], "Indonesia": ["Indonesian"],
    "Taiwan": ["Taiwanese"], "Peru": ["Peruvian"], "Greece": ["Greek"], "Netherlands": ["Dutch"],
    "Switzerland": ["Swiss"], "Sweden": ["Swedish"], "Norway": ["Norwegian"], "Poland": ["Polish"],
    "Ukraine": ["Ukrainian"], "Israel": ["Israeli"], "Iran": ["Iranian"], "Saudi Arabia": ["Saudi"],
    "South Africa": ["South African"], "Nigeria": ["Nigerian"], "Egypt": ["Egyptian"],
    "Argentina": ["Argentine", "Argentinian"], "Chile": ["Chilean"], "Colombia": ["Colombian"],
    "Philippines": ["Philippine", "Filipino"], "Vietnam": ["Vietnamese"], "Thailand": ["Thai"],
    "Malaysia": ["Malaysian"], "Pakistan": ["Pakistani"], "Bangladesh": ["Bangladeshi"], "Ireland": ["Irish"],
    "Portugal": ["Portuguese"], "Austria": ["Austrian"], "Belgium": ["Belgian"], "Denmark": ["Danish"],
    "Finland": ["Finnish"], "New Zealand": [], "Singapore": ["Singaporean"], "Hong Kong": [],
    "Kenya": ["Kenyan"], "Ethiopia": ["Ethiopian"], "Morocco": ["Moroccan"],
}
# Every other sovereign state, by its common English name.
_OTHER_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Armenia Azerbaijan Bahamas Bahrain Barbados Belarus Belize Benin
Bhutan Bolivia Botswana Brunei Bulgaria Burundi Cambodia Cameroon Chad Comoros Congo Croatia Cuba Cyprus
Czechia Djibouti Dominica Ecuador Eritrea Estonia Eswatini Fiji Gabon Gambia Georgia Ghana Grenada Guatemala
Guinea Guyana Haiti Honduras Hungary Iceland Iraq Jamaica Jordan Kazakhstan Kiribati Kosovo Kuwait Kyrgyzstan
Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Maldives Mali
Malta Mauritania Mauritius Micronesia Moldova Monaco Mongolia Montenegro Mozambique Myanmar Namibia Nauru Nepal
Nicaragua Niger Oman Palau Palestine Panama Paraguay Qatar Romania Rwanda Samoa Senegal Serbia Seychelles
Slovakia Slovenia Somalia Sudan Suriname Syria Tajikistan Tanzania Togo Tonga Tunisia Turkmenistan Tuvalu
Uganda Uruguay Uzbekistan Vanuatu Venezuela Yemen Zambia Zimbabwe
""".split() + ["Bosnia and Herzegovina", "Burkina Faso", "Cabo Verde", "Cape Verde", "Central African Republic",
               "Costa Rica", "Dominican Republic", "East Timor", "El Salvador", "Equatorial Guinea",
               "Ivory Coast", "Marshall Islands", "North Korea", "North Macedonia", "Papua New Guinea",
               "San Marino", "Saudi Arabia", "Sierra Leone", "Solomon Islands", "South Sudan", "Sri Lanka",
               "Trinidad and Tobago", "United Arab Emirates", "Vatican City"]
COUNTRIES.update({name: COUNTRIES.get(name, []) for name in _OTHER_COUNTRIES})

# capital → country, when a capital stands for its government
CAPITALS = {
    "Washington": "United States", "Beijing": "China", "Brussels": "European Union", "London": "United Kingdom",
    "Tokyo": "Japan", "Berlin": "Germany", "Paris": "France", "New Delhi": "India", "Ottawa": "Canada",
    "Moscow": "Russia", "Seoul": "South Korea", "Brasilia": "Brazil", "Canberra": "Australia", "Rome": "Italy",
    "Madrid": "Spain", "Ankara": "Turkey", "Jakarta": "Indonesia", "Taipei": "Taiwan", "Lima": "Peru",
    "Athens": "Greece", "Kyiv": "Ukraine", "Tehran": "Iran", "Riyadh": "Saudi Arabia",
}
_COUNTRY_OF = {name: name for name in COUNTRIES} | {
    other: name for name, others in COUNTRIES.items() for other in others
}


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def place_name(name: str) -> str | None:
    """The country or area a name or demonym means ("Chinese" → "China"), else None."""
    return _COUNTRY_OF.get(_strip_possessive(name))


def government_of(name: str) -> str | None:
    """The country a name stands for as the subject of a figure: a country, demonym or capital."""
    bare = _strip_possessive(name)
    return _COUNTRY_OF.get(bare) or CAPITALS.get(bare)
