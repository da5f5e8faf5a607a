"""The demo network: a fictional but realistic industry network for trying NIRO Desk out.

``fill`` writes it into an empty, migrated database in one transaction: about
66 member companies in the Unna district, the eastern Ruhr, the Münsterland
and the Sauerland (with membership records, fee history, what they sell and
buy, and their people), a waiting list, former members, three applicants,
non-member customers and suppliers. Everything is made up; the data is the
same on every run (``random.Random(2026)``).

The data keeps the house rule: no two current members sell in the same NACE
class or product market, except three pairs for which the office declared
"does not compete". Two applicants show the competitor check at work:
``CONFLICTING_APPLICANT`` shares a class and a product market with a member,
``MATERIAL_ONLY_APPLICANT`` only buys the same inputs as members do.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_10

from niro_desk import audit
from niro_desk.database import Database
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError
from niro_desk.membership.membership_cap import set_cap
from niro_desk.models import (
    CompetitorRelation,
    Contact,
    Expertise,
    IndustryCode,
    Material,
    Membership,
    MembershipFee,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProductMarket,
    RelationKind,
)
from niro_desk.text_keys import expertise_key, market_key
from niro_desk.users import ensure_user

SEED = 2026
CONFLICTING_APPLICANT = "Ruhrtal Präzisionsdrehteile GmbH"
MATERIAL_ONLY_APPLICANT = "Münsterländer Lastenradmanufaktur GmbH"
DECLARED_COMPETITOR_APPLICANT = "Dortmunder Getriebeservice GmbH"

FOUNDING_DAY = dt.date(1998, 3, 12)

# ---------------------------------------------------------------------------
# Places: towns with region, telephone area code (without the leading 0) and
# postal codes.


class _Town(NamedTuple):
    region: str
    area_code: str
    postal_codes: tuple[str, ...]


_UNNA = "Kreis Unna"
_RUHR = "Östliches Ruhrgebiet"
_MUENSTERLAND = "Münsterland"
_SAUERLAND = "Sauerland"

TOWNS: dict[str, _Town] = {
    "Unna": _Town(_UNNA, "2303", ("59423", "59425", "59427")),
    "Kamen": _Town(_UNNA, "2307", ("59174",)),
    "Bergkamen": _Town(_UNNA, "2307", ("59192",)),
    "Lünen": _Town(_UNNA, "2306", ("44532", "44534", "44536")),
    "Schwerte": _Town(_UNNA, "2304", ("58239",)),
    "Holzwickede": _Town(_UNNA, "2301", ("59439",)),
    "Fröndenberg": _Town(_UNNA, "2373", ("58730",)),
    "Selm": _Town(_UNNA, "2592", ("59379",)),
    "Werne": _Town(_UNNA, "2389", ("59368",)),
    "Bönen": _Town(_UNNA, "2383", ("59199",)),
    "Dortmund": _Town(_RUHR, "231", ("44145", "44147", "44149", "44263", "44309", "44339")),
    "Hamm": _Town(_RUHR, "2381", ("59063", "59065", "59067", "59071", "59075", "59077")),
    "Hagen": _Town(_RUHR, "2331", ("58089", "58093", "58097", "58099", "58119", "58135")),
    "Witten": _Town(_RUHR, "2302", ("58452", "58453", "58454", "58455", "58456")),
    "Münster": _Town(_MUENSTERLAND, "251", ("48153", "48155", "48157", "48159", "48163")),
    "Ahlen": _Town(_MUENSTERLAND, "2382", ("59227", "59229")),
    "Beckum": _Town(_MUENSTERLAND, "2521", ("59269",)),
    "Warendorf": _Town(_MUENSTERLAND, "2581", ("48231",)),
    "Coesfeld": _Town(_MUENSTERLAND, "2541", ("48653",)),
    "Arnsberg": _Town(_SAUERLAND, "2931", ("59755", "59757", "59759", "59821", "59823")),
    "Meschede": _Town(_SAUERLAND, "291", ("59872",)),
    "Iserlohn": _Town(_SAUERLAND, "2371", ("58636", "58638", "58640", "58642", "58644")),
    "Lüdenscheid": _Town(_SAUERLAND, "2351", ("58507", "58509", "58511", "58513", "58515")),
    "Menden": _Town(_SAUERLAND, "2373", ("58706", "58708", "58710")),
    "Plettenberg": _Town(_SAUERLAND, "2391", ("58840",)),
    "Attendorn": _Town(_SAUERLAND, "2722", ("57439",)),
    "Olpe": _Town(_SAUERLAND, "2761", ("57462",)),
    "Sundern": _Town(_SAUERLAND, "2933", ("59846",)),
}

STREETS = (
    "Industriestraße",
    "Gewerbestraße",
    "Am Gewerbepark",
    "Robert-Bosch-Straße",
    "Carl-Benz-Straße",
    "Otto-Hahn-Straße",
    "Max-Planck-Straße",
    "Siemensstraße",
    "Dieselstraße",
    "Zechenstraße",
    "Hüttenstraße",
    "Werkstraße",
    "Im Industriegebiet",
    "Am Hafen",
    "Gutenbergstraße",
    "Daimlerstraße",
    "Hansastraße",
    "Westfalenstraße",
    "Hellweg",
    "Ruhrstraße",
    "Lippestraße",
    "Kupferstraße",
    "Stahlstraße",
    "Nordring",
    "Südring",
    "Zum Hammerwerk",
    "Im Wiesengrund",
    "Feldstraße",
)

# ---------------------------------------------------------------------------
# Companies. ``name`` is without the legal form; the stored name adds it.


class _Company(NamedTuple):
    name: str
    legal_form: str
    city: str
    codes: tuple[str, ...]
    markets: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.name} {self.legal_form}"


_c = _Company  # short, for the tables below

GMBH = "GmbH"
GMBH_CO_KG = "GmbH & Co. KG"

# Current members. Each NACE class and each product market belongs to one
# member only, except the three pairs in DECLARED_RELATIONS.
MEMBERS: tuple[_Company, ...] = (
    # Kreis Unna
    _c("Hellweg Stanztechnik", GMBH, "Unna", ("25.50",), ("Stanzteile", "Tiefziehteile")),
    _c(
        "Haarstrang Industrieofenbau", GMBH, "Unna", ("28.21",), ("Industrieöfen", "Brennersysteme")
    ),
    _c(
        "Hellweg Industriemontage",
        GMBH_CO_KG,
        "Unna",
        ("33.20", "33.11", "33.19"),
        ("Industriemontage", "Maschinenverlagerung", "Stahlbaureparatur"),
    ),
    _c(
        "Seseke Kunststofftechnik",
        GMBH,
        "Kamen",
        ("22.29",),
        ("Kunststoffspritzgussteile", "Kunststoffgehäuse"),
    ),
    _c("Kamener Dampfkesselbau", GMBH, "Kamen", ("25.30",), ("Dampfkessel", "Abhitzekessel")),
    _c("Kamener Fahrzeugteile", GMBH, "Kamen", ("29.32",), ("Abgaskomponenten", "Fahrwerksteile")),
    _c("Bergkamener Stahlbau", GMBH, "Bergkamen", ("25.11",), ("Stahlkonstruktionen", "Hallenbau")),
    _c(
        "Glückauf Tunneltechnik",
        GMBH,
        "Bergkamen",
        ("28.92",),
        ("Tunnelbaumaschinen", "Baggeranbaugeräte"),
    ),
    _c("Lüner Pumpenbau", GMBH, "Lünen", ("28.13",), ("Kreiselpumpen", "Vakuumpumpen")),
    _c(
        "Lüner Behälterbau",
        GMBH,
        "Lünen",
        ("25.29", "25.91"),
        ("Druckbehälter", "Edelstahltanks", "Transportfässer"),
    ),
    _c(
        "Schwerter Präzisionsmechanik",
        GMBH_CO_KG,
        "Schwerte",
        ("25.62",),
        ("Präzisionsdrehteile", "CNC-Frästeile"),
    ),
    _c(
        "Overhoff Werkzeugbau", GMBH, "Schwerte", ("25.73",), ("Stanzwerkzeuge", "Spritzgießformen")
    ),
    _c(
        "Holzwickeder Armaturenwerk",
        GMBH,
        "Holzwickede",
        ("28.14",),
        ("Industriearmaturen", "Absperrklappen"),
    ),
    _c(
        "Fröndenberger Härterei",
        GMBH,
        "Fröndenberg",
        ("25.61",),
        ("Wärmebehandlung", "Induktionshärten"),
    ),
    _c(
        "Fröndenberger Lüftungstechnik",
        GMBH,
        "Fröndenberg",
        ("28.25",),
        ("Industrielüftung", "Kälteanlagen"),
    ),
    _c(
        "Selmer Landtechnik",
        GMBH_CO_KG,
        "Selm",
        ("28.30",),
        ("Stalltechnik", "Bodenbearbeitungsgeräte"),
    ),
    _c(
        "Lippe Getriebebau",
        GMBH,
        "Werne",
        ("28.15",),
        ("Industriegetriebe", "Zahnräder", "Getriebeservice"),
    ),
    _c("Lippe Extrusionstechnik", GMBH, "Werne", ("28.96",), ("Extrusionsanlagen", "Granulatoren")),
    _c("Bönener Fördertechnik", GMBH, "Bönen", ("28.22",), ("Rollenförderer", "Hebezeuge")),
    _c(
        "Bönener Elektrowärme",
        GMBH,
        "Bönen",
        ("27.90",),
        ("Heizelemente", "Induktionsspulen"),
    ),
    # Östliches Ruhrgebiet
    _c(
        "Emscher Gummitechnik",
        GMBH,
        "Dortmund",
        ("22.19",),
        ("Gummiformteile", "Elastomerdichtungen"),
    ),
    _c(
        "Emscher Feuerverzinkung",
        GMBH,
        "Dortmund",
        ("25.61",),
        ("Feuerverzinken", "Pulverbeschichtung"),
    ),
    _c(
        "Ruhr Sondermaschinenbau",
        GMBH,
        "Dortmund",
        ("28.99",),
        ("Sondermaschinen", "Montagezellen"),
    ),
    _c(
        "Dortmunder Walzwerkstechnik",
        GMBH,
        "Dortmund",
        ("28.91",),
        ("Walzgerüste", "Stranggießanlagen"),
    ),
    _c(
        "Phoenix Elektronikfertigung",
        GMBH,
        "Dortmund",
        ("26.12", "26.11"),
        ("Leiterplattenbestückung", "Elektronikbaugruppen"),
    ),
    _c("Hammer Rohrwerk", GMBH, "Hamm", ("24.20",), ("Präzisionsstahlrohre", "Hohlprofile")),
    _c(
        "Hammer Schaltanlagenbau",
        GMBH,
        "Hamm",
        ("27.12",),
        ("Niederspannungsschaltanlagen", "Steuerungsschränke"),
    ),
    _c(
        "Lippe Schienenfahrzeugtechnik",
        GMBH,
        "Hamm",
        ("30.20", "33.17"),
        ("Drehgestellrahmen", "Güterwagenkomponenten"),
    ),
    _c("Hammer Feuerfest", GMBH, "Hamm", ("23.20",), ("Feuerfeste Steine", "Feuerbetone")),
    _c("Hagener Hydraulik", GMBH, "Hagen", ("28.12",), ("Hydraulikpumpen", "Hydraulikzylinder")),
    _c("Hagener Kaltwalzwerk", GMBH_CO_KG, "Hagen", ("24.32",), ("Kaltband", "Federbandstahl")),
    _c("Volme Profiltechnik", GMBH, "Hagen", ("24.33",), ("Kaltprofile", "Rollformprofile")),
    _c("Hagener Stahlguss", GMBH, "Hagen", ("24.52",), ("Stahlgussteile",)),
    _c("Ardey Pressenbau", GMBH, "Witten", ("28.41",), ("Hydraulische Pressen", "Abkantpressen")),
    _c(
        "Wittener Elektromotoren", GMBH, "Witten", ("27.11",), ("Elektromotoren", "Getriebemotoren")
    ),
    _c("Wittener Kabelwerk", GMBH, "Witten", ("27.32",), ("Sonderkabel", "Schleppkettenleitungen")),
    # Münsterland
    _c(
        "Münsterländer Schmiedewerk",
        "KG",
        "Warendorf",
        ("25.50",),
        ("Schmiedeteile für Landmaschinen", "Pflugschare"),
    ),
    _c(
        "Münsterland Kunststoffprofile",
        GMBH,
        "Beckum",
        ("22.21",),
        ("Kunststoffprofile", "Kunststoffrohre"),
    ),
    _c(
        "Ems Verpackungstechnik",
        GMBH,
        "Warendorf",
        ("22.22",),
        ("Kunststoffbehälter", "Folienverpackungen"),
    ),
    _c("Coesfelder Fensterbau", GMBH, "Coesfeld", ("22.23",), ("Kunststofffenster", "Rollläden")),
    _c(
        "Beckumer Betonfertigteile",
        GMBH_CO_KG,
        "Beckum",
        ("23.61",),
        ("Betonfertigteile", "Schachtbauteile"),
    ),
    _c("Westfälische Eisengießerei", GMBH, "Ahlen", ("24.51",), ("Grauguss", "Sphäroguss")),
    _c("Ahlener Metallbau", GMBH, "Ahlen", ("25.12",), ("Stahltüren", "Industrietore")),
    _c(
        "Ahlener Fahrzeugelektrik",
        GMBH,
        "Ahlen",
        ("29.31",),
        ("Kfz-Steuergeräte", "Fahrzeugsensoren"),
    ),
    _c("Beckumer Fahrzeugbau", GMBH, "Beckum", ("29.20",), ("Anhänger", "Fahrzeugaufbauten")),
    _c(
        "Maschinenfabrik Tiemann",
        GMBH,
        "Münster",
        ("28.49",),
        ("Bandsägemaschinen", "Holzbearbeitungsmaschinen"),
    ),
    _c("Werse Waagenbau", "KG", "Münster", ("28.29",), ("Industriewaagen", "Verwiegesysteme")),
    _c(
        "Coesfelder Textilmaschinenbau",
        GMBH,
        "Coesfeld",
        ("28.94",),
        ("Webmaschinenteile", "Textilveredlungsmaschinen"),
    ),
    _c("Münsteraner Akkutechnik", GMBH, "Münster", ("27.20",), ("Batteriespeicher", "Akkupacks")),
    # Sauerland
    _c(
        "Sauerländer Federnwerk",
        "KG",
        "Plettenberg",
        ("25.93",),
        ("Druckfedern", "Drahtbiegeteile"),
    ),
    _c(
        "Arnsberger Leuchtenbau",
        GMBH,
        "Arnsberg",
        ("27.40",),
        ("LED-Industrieleuchten", "Hallenstrahler"),
    ),
    _c(
        "Möhne Filtertechnik",
        GMBH,
        "Arnsberg",
        ("28.29",),
        ("Industriefilter", "Entstaubungsanlagen"),
    ),
    _c(
        "Arnsberger Heizkesselbau",
        GMBH,
        "Arnsberg",
        ("25.21", "27.52"),
        ("Heizkessel", "Kaminöfen"),
    ),
    _c("Meschede Metallwaren", GMBH, "Meschede", ("25.99",), ("Blechbiegeteile", "Metallgehäuse")),
    _c("Iserlohner Drahtwerk", GMBH, "Iserlohn", ("24.34",), ("Stahldraht", "Federdraht")),
    _c(
        "Iserlohner Technische Keramik",
        GMBH,
        "Iserlohn",
        ("23.44", "23.43"),
        ("Keramische Verschleißteile", "Keramische Isolatoren"),
    ),
    _c("Märkische Schraubenwerke", "AG", "Iserlohn", ("25.94",), ("Schrauben", "Muttern")),
    _c(
        "Lüdenscheider Beschlagtechnik",
        GMBH,
        "Lüdenscheid",
        ("25.72",),
        ("Möbelbeschläge", "Scharniere"),
    ),
    _c(
        "Lenne Schaltertechnik",
        "KG",
        "Lüdenscheid",
        ("27.33",),
        ("Schalter und Steckdosen", "Installationsdosen"),
    ),
    _c("Märkische Messinggießerei", "KG", "Lüdenscheid", ("24.54",), ("Messingguss", "Bronzeguss")),
    _c("Hönnetal Aluminium", GMBH, "Menden", ("24.42",), ("Aluminium-Strangpressprofile",)),
    _c("Hönne Blankstahl", "e.K.", "Menden", ("24.31",), ("Blankstahl", "Blankstahlwellen")),
    _c(
        "Oestertal Druckluftwerkzeuge",
        GMBH,
        "Plettenberg",
        ("28.24",),
        ("Druckluftwerkzeuge", "Handschleifmaschinen"),
    ),
    _c(
        "Bigge Turbinenbau",
        "AG",
        "Attendorn",
        ("28.11",),
        ("Wasserturbinen", "Kleinwasserkraftanlagen"),
    ),
    _c(
        "Repetal Papiertechnik",
        GMBH,
        "Attendorn",
        ("28.95",),
        ("Papiermaschinenwalzen", "Stoffaufläufe"),
    ),
    _c("Olper Schleifmittelwerk", GMBH, "Olpe", ("23.91",), ("Schleifscheiben", "Trennscheiben")),
    _c(
        "Sorpe Leichtmetallguss",
        GMBH,
        "Sundern",
        ("24.53",),
        ("Aluminiumdruckguss", "Kokillenguss"),
    ),
)

# On the waiting list, in order of application (dates in 2026).
WAITING: tuple[tuple[_Company, dt.date], ...] = (
    (
        _c(
            "Wittener Glastechnik",
            GMBH,
            "Witten",
            ("23.19", "23.12"),
            ("Technisches Glas", "Schaugläser"),
        ),
        dt.date(2026, 2, 16),
    ),
    (
        _c(
            "Westfalen Messtechnik",
            GMBH,
            "Münster",
            ("26.51",),
            ("Durchflussmessgeräte", "Druckmessumformer"),
        ),
        dt.date(2026, 4, 20),
    ),
    (
        _c(
            "Lippe Motorenservice",
            GMBH,
            "Hamm",
            ("33.14",),
            ("Motorenreparatur", "Wicklungsservice"),
        ),
        dt.date(2026, 7, 6),
    ),
    (
        _c(
            "Warendorfer Lebensmitteltechnik",
            GMBH,
            "Warendorf",
            ("28.93",),
            ("Fleischereimaschinen", "Abfüllanlagen"),
        ),
        dt.date(2026, 9, 21),
    ),
)

# Applicants of November 2026.
APPLICANTS: tuple[tuple[_Company, dt.date], ...] = (
    (
        _c(
            "Ruhrtal Präzisionsdrehteile",
            GMBH,
            "Witten",
            ("25.62",),
            ("Präzisionsdrehteile", "Automatendrehteile"),
            notes="Bewerbung auf Empfehlung eines Kunden; Wettbewerbsprüfung steht aus.",
        ),
        dt.date(2026, 11, 4),
    ),
    (
        _c(
            "Münsterländer Lastenradmanufaktur",
            GMBH,
            "Münster",
            ("30.92",),
            ("Lastenräder", "Transporträder für Gewerbekunden"),
            ("Stahl", "Aluminium", "Strom"),
            notes="Interesse vor allem am Strom-Rahmenvertrag.",
        ),
        dt.date(2026, 11, 10),
    ),
    (
        _c(
            "Dortmunder Getriebeservice",
            GMBH,
            "Dortmund",
            ("33.12",),
            ("Getriebeinstandsetzung", "Maschinenreparatur"),
        ),
        dt.date(2026, 11, 16),
    ),
)


class _Former(NamedTuple):
    company: _Company
    admission: dt.date
    exit: dt.date
    reason: str


FORMER: tuple[_Former, ...] = (
    _Former(
        _c(
            "Emschertal Drehtechnik",
            GMBH,
            "Dortmund",
            ("25.62",),
            ("CNC-Drehteile",),
            notes="Insolvenzverfahren 2009 eröffnet, Betrieb eingestellt.",
        ),
        FOUNDING_DAY,
        dt.date(2009, 12, 31),
        "Insolvenz",
    ),
    _Former(
        _c(
            "Märkische Kugelhahnfabrik",
            GMBH,
            "Iserlohn",
            ("28.14",),
            ("Kugelhähne",),
            notes="2017 von einem internationalen Armaturenhersteller übernommen.",
        ),
        dt.date(2004, 6, 15),
        dt.date(2017, 6, 30),
        "Verkauf an Konzern",
    ),
    _Former(
        _c(
            "Coesfelder Blechtechnik",
            "e.K.",
            "Coesfeld",
            ("25.99",),
            ("Blechgehäuse",),
            notes="Beitrag im Verhältnis zum Nutzen zu hoch (Kündigung zum Jahresende).",
        ),
        dt.date(2015, 9, 1),
        dt.date(2023, 12, 31),
        "Kosten",
    ),
)

# Non-member customers of the subsidiary: not subject to the competitor rule.
CUSTOMERS: tuple[_Company, ...] = (
    _c("Lippetaler Fleischwaren", GMBH, "Hamm", ("10.13",)),
    _c("Hellweg Backwaren", GMBH_CO_KG, "Unna", ("10.71",)),
    _c("Münsterländer Futtermittelwerk", GMBH, "Coesfeld", ("10.91",)),
    _c("Brauerei Hönnequell", "KG", "Menden", ("11.05",)),
    _c("Ems Molkerei", GMBH, "Warendorf", ("10.51",)),
    _c("Volme Textilveredlung", GMBH, "Hagen", ("13.30",)),
    _c("Rothaar Sägewerk", GMBH_CO_KG, "Meschede", ("16.10",)),
    _c("Lenne Holzbau", GMBH, "Plettenberg", ("16.23",)),
    _c("Ruhr Wellpappe", GMBH, "Dortmund", ("17.21",)),
    _c("Hellweg Druck", GMBH, "Kamen", ("18.12",)),
    _c("Emscher Lackfabrik", GMBH, "Dortmund", ("20.30",)),
    _c("Beckumer Baustoffwerke", GMBH, "Beckum", ("23.69",)),
    _c("Kamener Zerspanungstechnik", GMBH, "Kamen", ("25.62",)),
    _c("Ahlener Möbelwerkstätten", GMBH, "Ahlen", ("31.09",)),
    _c("Münsteraner Medizintechnik", GMBH, "Münster", ("32.50",)),
    _c("Ruhr Reinigungsmittel", GMBH, "Witten", ("20.41",)),
    _c("Sauerland Papierfabrik", "AG", "Arnsberg", ("17.12",)),
    _c("Lippe Holzwerkstoffe", GMBH, "Werne", ("16.21",)),
    _c("Coesfelder Ladenbau", GMBH, "Coesfeld", ("31.01",)),
    _c("Iserlohner Verbindungselemente", GMBH, "Iserlohn", ("25.94",)),
    _c("Ennepe Gesenkschmiede", GMBH, "Hagen", ("25.50",)),
    _c("Olper Kunststoffverarbeitung", GMBH, "Olpe", ("22.29",)),
    _c("Selmer Kartoffelveredlung", GMBH, "Selm", ("10.31",)),
    _c("Schwerter Spezialchemie", GMBH, "Schwerte", ("20.59",)),
    _c("Fröndenberger Papierverarbeitung", "e.K.", "Fröndenberg", ("17.29",)),
)


class _Supplier(NamedTuple):
    company: _Company
    category: str
    expertise: str


# Suppliers that bid in tenders (never participants).
SUPPLIERS: tuple[_Supplier, ...] = (
    _Supplier(_c("Hellweg Energiehandel", GMBH, "Unna", ("35.14",)), "Strom", "Energieeinkauf"),
    _Supplier(_c("Ruhr-Lippe Energie", "AG", "Dortmund", ("35.14",)), "Strom", "Energieeinkauf"),
    _Supplier(_c("Westfalen Gashandel", GMBH, "Münster", ("35.23",)), "Erdgas", "Energieeinkauf"),
    _Supplier(
        _c("Rhein-Ruhr Industriegase", GMBH, "Hamm", ("20.11",)), "Industriegase", "Industriegase"
    ),
    _Supplier(
        _c("Sauerland Gase", GMBH_CO_KG, "Arnsberg", ("20.11",)), "Industriegase", "Industriegase"
    ),
    _Supplier(
        _c("Berufsmode Westfalen", GMBH, "Ahlen", ("14.12",)),
        "Arbeitskleidung und PSA",
        "Arbeitssicherheit",
    ),
    _Supplier(
        _c("Arbeitsschutz Hellweg", "KG", "Bönen", ("46.42",)),
        "Arbeitskleidung und PSA",
        "Arbeitssicherheit",
    ),
    _Supplier(
        _c("Tankkarten Westfalen", GMBH, "Hamm", ("46.71",)), "Tankkarten", "Fuhrparkmanagement"
    ),
    _Supplier(_c("Lippe Logistik", GMBH_CO_KG, "Bönen", ("49.41",)), "Logistik", "Logistik"),
    _Supplier(_c("Spedition Kemper", GMBH_CO_KG, "Werne", ("49.41",)), "Logistik", "Logistik"),
    _Supplier(
        _c("Münster IT-Systemhaus", GMBH, "Münster", ("46.51",)), "IT-Hardware", "IT-Sicherheit"
    ),
    _Supplier(_c("Entsorgung Hellweg", GMBH, "Kamen", ("38.11",)), "Entsorgung", "Entsorgung"),
    _Supplier(
        _c("Recycling Sauerland", GMBH, "Lüdenscheid", ("38.12",)), "Entsorgung", "Entsorgung"
    ),
    _Supplier(
        _c("Westfälische Industrieversicherung", "AG", "Münster", ("65.12",)),
        "Versicherungen",
        "Versicherungen",
    ),
    _Supplier(
        _c("Ruhr Assekuranz", "AG", "Dortmund", ("65.12",)), "Versicherungen", "Versicherungen"
    ),
)

# Relations the office declared (full names, any order).
DECLARED_RELATIONS: tuple[tuple[str, str, RelationKind, str], ...] = (
    (
        "Hellweg Stanztechnik GmbH",
        "Münsterländer Schmiedewerk KG",
        RelationKind.DOES_NOT_COMPETE,
        "Beide in WZ 25.50, aber verschiedene Märkte: Stanz- und Tiefziehteile für die"
        " Automobilzulieferer gegenüber Schmiedeteilen für Landmaschinen.",
    ),
    (
        "Fröndenberger Härterei GmbH",
        "Emscher Feuerverzinkung GmbH",
        RelationKind.DOES_NOT_COMPETE,
        "Beide in WZ 25.61, aber verschiedene Verfahren und Kunden: Wärmebehandlung von"
        " Präzisionsteilen gegenüber Stückverzinkung und Beschichtung für den Stahlbau.",
    ),
    (
        "Werse Waagenbau KG",
        "Möhne Filtertechnik GmbH",
        RelationKind.DOES_NOT_COMPETE,
        "WZ 28.29 ist eine Sammelklasse: Industriewaagen und Filteranlagen haben keine"
        " gemeinsamen Kunden.",
    ),
    (
        DECLARED_COMPETITOR_APPLICANT,
        "Lippe Getriebebau GmbH",
        RelationKind.COMPETES,
        "Beide reparieren Industriegetriebe für dieselben Stahl- und Walzwerke in der Region;"
        " vom Vorstand als direkter Wettbewerb eingestuft.",
    ),
)

# ---------------------------------------------------------------------------
# Inputs, people and expertise.

MATERIALS_BY_DIVISION: dict[str, tuple[str, ...]] = {
    "22": ("Kunststoffgranulat", "Farbmasterbatch", "Elastomere", "Verpackung"),
    "23": ("Quarzsand", "Zement", "Erdgas", "Tonerde", "Industriegase"),
    "24": ("Stahlschrott", "Stahl", "Aluminium", "Kupfer", "Erdgas", "Industriegase", "Formsand"),
    "25": (
        "Stahl",
        "Edelstahl",
        "Aluminium",
        "Schmierstoffe",
        "Kühlschmierstoffe",
        "Industriegase",
        "Verpackung",
    ),
    "26": ("Elektronikbauteile", "Leiterplatten", "Kupfer", "Lötzinn", "Verpackung"),
    "27": ("Kupfer", "Elektronikbauteile", "Kunststoffgranulat", "Aluminium", "Stahl"),
    "28": ("Stahl", "Gussteile", "Normteile", "Hydrauliköl", "Schmierstoffe", "Antriebstechnik"),
    "29": ("Stahl", "Aluminium", "Kunststoffgranulat", "Kabel", "Verpackung"),
    "30": ("Stahl", "Aluminium", "Lacke", "Normteile"),
    "33": ("Ersatzteile", "Schmierstoffe", "Industriegase", "Schweißzusatzwerkstoffe"),
}
GENERAL_MATERIALS = ("Erdgas", "Arbeitskleidung", "Verpackung", "Industriegase", "Kraftstoff")
CUSTOMER_MATERIALS = (
    "Erdgas",
    "Arbeitskleidung",
    "Verpackung",
    "Industriegase",
    "Kraftstoff",
    "Schmierstoffe",
)

FIRST_NAMES = (
    "Andreas", "Anja", "Anne-Kathrin", "Aylin", "Birgit", "Björn", "Christian", "Claudia",
    "Daniel", "Dirk", "Elke", "Frank", "Gabriele", "Hans-Peter", "Heike", "Jan", "Jens",
    "Jörg", "Julia", "Jürgen", "Karin", "Katrin", "Klaus", "Lars", "Lena", "Marc", "Maria",
    "Markus", "Martin", "Mehmet", "Michael", "Monika", "Nadine", "Nicole", "Oliver", "Petra",
    "Ralf", "Sabine", "Sandra", "Sebastian", "Silke", "Sören", "Stefan", "Stefanie", "Sven",
    "Thomas", "Thorsten", "Tobias", "Ulrike", "Uwe", "Volker", "Wolfgang", "Yvonne", "Özlem",
)  # fmt: skip
LAST_NAMES = (
    "Becker", "Berger", "Braun", "Brinkmann", "Budde", "Dahlhaus", "Feldmann", "Fischer",
    "Gerdes", "Große-Wilde", "Hagemann", "Hartmann", "Hoffmann", "Hülsmann", "Kaya", "Kemper",
    "Klein", "Koch", "Köhler", "Kortmann", "Kowalski", "Krüger", "Lange", "Lohmann", "Meyer",
    "Möller", "Müller", "Neumann", "Niehaus", "Nowak", "Ossenbrink", "Overbeck", "Peters",
    "Pieper", "Reinecke", "Richter", "Rüther", "Sauerwald", "Schäfer", "Schmidt", "Schröder",
    "Schulte", "Schulze", "Schwarz", "Stratmann", "Tiemann", "Tillmann", "Vogelsang", "Wagner",
    "Weber", "Westermann", "Wiesmann", "Wolf", "Wortmann", "Yilmaz", "Zimmermann",
)  # fmt: skip

MANAGING_DIRECTOR = "Geschäftsführer/in"
HEAD_OF_PROCUREMENT = "Leitung Einkauf"
OTHER_FUNCTIONS = ("Instandhaltung", "Personal", "Qualitätsmanagement", "Energiemanagement")
SUPPLIER_FUNCTIONS = ("Vertrieb", "Key Account Management")

EXPERTISE_BY_FUNCTION: dict[str, tuple[str, ...]] = {
    MANAGING_DIRECTOR: (
        "Fördermittel",
        "Lean Management",
        "Digitalisierung",
        "Compliance",
        "Fachkräftegewinnung",
        "Zoll und Export",
        "Energieeinkauf",
    ),
    HEAD_OF_PROCUREMENT: (
        "Energieeinkauf",
        "Strategischer Einkauf",
        "Zoll und Export",
        "Industriegase",
        "Logistik",
        "SAP",
        "Lieferkettengesetz",
        "Fuhrparkmanagement",
    ),
    "Instandhaltung": (
        "Instandhaltung",
        "Druckluft",
        "Schweißtechnik",
        "Arbeitssicherheit",
        "Robotik",
        "CNC-Programmierung",
        "Industriegase",
    ),
    "Personal": (
        "Ausbildung",
        "Personalentwicklung",
        "Arbeitsrecht",
        "Betriebliches Gesundheitsmanagement",
        "Fachkräftegewinnung",
        "Arbeitssicherheit",
    ),
    "Qualitätsmanagement": (
        "ISO 9001",
        "IATF 16949",
        "Messtechnik",
        "Lean Management",
        "ISO 14001",
        "Arbeitssicherheit",
    ),
    "Energiemanagement": (
        "ISO 50001",
        "Energieeffizienz",
        "Energieeinkauf",
        "Druckluft",
        "CO2-Bilanzierung",
        "Fördermittel",
    ),
    "Supplier": ("Rahmenverträge", "Ausschreibungen", "SAP", "Logistik"),
}
EXPERTISE_NAMES: tuple[str, ...] = tuple(
    sorted(
        {name for names in EXPERTISE_BY_FUNCTION.values() for name in names}
        | {supplier.expertise for supplier in SUPPLIERS}
    )
)

# Annual fees by era (valid from) and size tier (< 50, 50–249, ≥ 250 employees).
FEE_ERAS: tuple[tuple[dt.date, tuple[int, int, int], str], ...] = (
    (dt.date(1998, 1, 1), (900, 1800, 3600), "Beitragsordnung 1998"),
    (dt.date(2010, 1, 1), (1000, 2000, 4000), "Beitragsordnung 2010"),
    (dt.date(2020, 1, 1), (1200, 2400, 4800), "Beitragsordnung 2020"),
)
FOUNDING_MEMBER_COUNT = 10


# One seat more than the current members: the network is nearly full.
DEMO_CAP = len(MEMBERS) + 1


def size_tier(employees: int) -> int:
    """0 for fewer than 50 employees, 1 up to 249, 2 from 250."""
    if employees < 50:
        return 0
    if employees < 250:
        return 1
    return 2


def annual_fee(employees: int, on: dt.date) -> Decimal:
    """The fee of the fee schedule in force on ``on`` for a company of this size."""
    amounts = next(amounts for start, amounts, _ in reversed(FEE_ERAS) if start <= on)
    return Decimal(amounts[size_tier(employees)]).quantize(Decimal("0.01"))


def domain_part(text: str) -> str:
    """``text`` as a lowercase ASCII label for a domain or an e-mail address."""
    return market_key(text).replace(" ", "-")


def company_domain(name_without_legal_form: str) -> str:
    return f"{domain_part(name_without_legal_form)}.example"


# ---------------------------------------------------------------------------
# Building the rows.


@dataclass
class _Builder:
    """Makes the rows, drawing every random choice from ``rng`` in a fixed order."""

    rng: random.Random
    codes: dict[str, IndustryCode]
    expertise: dict[str, Expertise]
    vat_ids: set[str] = field(default_factory=set)
    phone_bases: set[str] = field(default_factory=set)

    def vat_id(self) -> str:
        while True:
            body = str(self.rng.randint(10_000_000, 99_999_999))
            vat = f"DE{body}{mod_11_10.calc_check_digit(body)}"
            if vat not in self.vat_ids:
                self.vat_ids.add(vat)
                return vat

    def employees(self, large_share: float = 0.15) -> int:
        roll = self.rng.random()
        if roll < large_share:
            return self.rng.randint(250, 900)
        if roll < 0.6:
            return self.rng.randint(50, 249)
        return self.rng.randint(15, 49)

    def phone_base(self, area_code: str) -> str:
        digits = 5 if len(area_code) == 3 else 4
        while True:
            base = f"{area_code} {self.rng.randint(2 * 10 ** (digits - 1), 10**digits - 1)}"
            if base not in self.phone_bases:
                self.phone_bases.add(base)
                return base

    def organisation(self, company: _Company, kind: OrganisationKind) -> Organisation:
        town = TOWNS[company.city]
        domain = company_domain(company.name)
        return Organisation(
            name=company.full_name,
            kind=kind,
            legal_form=company.legal_form,
            street=f"{self.rng.choice(STREETS)} {self.rng.randint(1, 120)}",
            postal_code=self.rng.choice(town.postal_codes),
            city=company.city,
            region=town.region,
            country="DE",
            website=f"https://www.{domain}",
            vat_id=self.vat_id(),
            employees=self.employees(0.15 if kind != OrganisationKind.SUPPLIER else 0.3),
            notes=company.notes,
            sales_codes=[self.codes[code] for code in company.codes],
            product_markets=[
                ProductMarket(name=market, key=market_key(market)) for market in company.markets
            ],
        )

    def materials(self, names: list[str]) -> list[Material]:
        unique = {market_key(name): name for name in names}
        return [Material(name=name, key=key) for key, name in unique.items()]

    def member_materials(self, company: _Company) -> list[Material]:
        if company.materials:
            return self.materials(list(company.materials))
        pool = MATERIALS_BY_DIVISION[company.codes[0][:2]]
        names = ["Strom", *self.rng.sample(pool, self.rng.randint(1, 3))]
        if self.rng.random() < 0.5:
            names.append(self.rng.choice(GENERAL_MATERIALS))
        return self.materials(names)

    def customer_materials(self) -> list[Material]:
        return self.materials(
            ["Strom", *self.rng.sample(CUSTOMER_MATERIALS, self.rng.randint(1, 3))]
        )

    def contacts(
        self, company: _Company, functions: list[str], pools: list[str], extra: str = ""
    ) -> list[Contact]:
        base = self.phone_base(TOWNS[company.city].area_code)
        domain = company_domain(company.name)
        extensions = self.rng.sample(range(10, 90), len(functions))
        names: set[tuple[str, str]] = set()
        contacts: list[Contact] = []
        for function, pool_name, extension in zip(functions, pools, extensions, strict=True):
            while True:
                first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
                if (first, last) not in names:
                    names.add((first, last))
                    break
            pool = list(EXPERTISE_BY_FUNCTION[pool_name])
            chosen = self.rng.sample(pool, self.rng.randint(1, 4))
            if extra and extra not in chosen:
                chosen[-1] = extra
            contacts.append(
                Contact(
                    first_name=first,
                    last_name=last,
                    function=function,
                    email=f"{domain_part(first)}.{domain_part(last)}@{domain}",
                    phone=f"+49 {base}{extension}",
                    expertise=[self.expertise[expertise_key(name)] for name in sorted(chosen)],
                )
            )
        return contacts

    def member_contacts(self, company: _Company, most: int = 4) -> list[Contact]:
        functions = [MANAGING_DIRECTOR, HEAD_OF_PROCUREMENT]
        functions += self.rng.sample(OTHER_FUNCTIONS, self.rng.randint(0, most - 2))
        return self.contacts(company, functions, functions)

    def customer_contacts(self, company: _Company) -> list[Contact]:
        functions = [MANAGING_DIRECTOR, HEAD_OF_PROCUREMENT][: self.rng.randint(1, 2)]
        if len(functions) == 1 and self.rng.random() < 0.5:
            functions = [HEAD_OF_PROCUREMENT]
        return self.contacts(company, functions, functions)

    def supplier_contacts(self, supplier: _Supplier) -> list[Contact]:
        count = self.rng.randint(1, 2)
        functions = self.rng.sample(SUPPLIER_FUNCTIONS, count)
        return self.contacts(
            supplier.company, functions, ["Supplier"] * count, extra=supplier.expertise
        )

    def fees(
        self, employees: int, admission: dt.date, until: dt.date | None
    ) -> list[MembershipFee]:
        fees = [
            MembershipFee(
                valid_from=admission,
                annual_fee=annual_fee(employees, admission),
                note="Jahresbeitrag bei Aufnahme"
                + (" (in Euro umgerechnet)" if admission.year < 2002 else ""),
            )
        ]
        for start, _, note in FEE_ERAS:
            if admission < start and (until is None or start <= until):
                fees.append(
                    MembershipFee(
                        valid_from=start, annual_fee=annual_fee(employees, start), note=note
                    )
                )
        return fees

    def admission_date(self) -> dt.date:
        first, last = dt.date(1999, 1, 1), dt.date(2025, 12, 31)
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def application_before(self, admission: dt.date) -> dt.date:
        return admission - dt.timedelta(days=self.rng.randint(28, 120))


def _industry_codes(session: Session) -> dict[str, IndustryCode]:
    wanted = sorted({code for company in _all_companies() for code in company.codes})
    found = {
        row.code: row
        for row in session.scalars(select(IndustryCode).where(IndustryCode.code.in_(wanted)))
    }
    missing = [code for code in wanted if code not in found or found[code].level != "class"]
    if missing:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The NACE industry classes {codes} are missing from the database: it has not"
                " been upgraded completely.",
            ),
            codes=", ".join(missing),
        )
    return found


def _all_companies() -> list[_Company]:
    return [
        *MEMBERS,
        *(company for company, _ in WAITING),
        *(company for company, _ in APPLICANTS),
        *(former.company for former in FORMER),
        *CUSTOMERS,
        *(supplier.company for supplier in SUPPLIERS),
    ]


def _build(builder: _Builder) -> list[Organisation]:
    rng = builder.rng
    organisations: list[Organisation] = []

    early = [i for i, company in enumerate(MEMBERS) if TOWNS[company.city].region in (_UNNA, _RUHR)]
    founders = set(rng.sample(early, FOUNDING_MEMBER_COUNT))
    for index, company in enumerate(MEMBERS):
        organisation = builder.organisation(company, OrganisationKind.MEMBER)
        organisation.membership_status = MembershipStatus.MEMBER
        if index in founders:
            admission = FOUNDING_DAY
            application = FOUNDING_DAY - dt.timedelta(days=rng.randint(7, 40))
        else:
            admission = builder.admission_date()
            application = builder.application_before(admission)
        assert organisation.employees is not None
        organisation.membership = Membership(
            application_date=application,
            admission_date=admission,
            founding_member=index in founders,
            fees=builder.fees(organisation.employees, admission, None),
        )
        organisation.materials = builder.member_materials(company)
        organisation.contacts = builder.member_contacts(company)
        organisations.append(organisation)

    for company, applied in WAITING:
        organisation = builder.organisation(company, OrganisationKind.MEMBER)
        organisation.membership_status = MembershipStatus.WAITING
        checked = applied + dt.timedelta(days=rng.randint(10, 30))
        organisation.membership = Membership(
            application_date=applied,
            waiting_since=dt.datetime(
                checked.year,
                checked.month,
                checked.day,
                rng.randint(8, 15),
                rng.randint(0, 59),
                tzinfo=dt.UTC,
            ),
        )
        organisation.materials = builder.member_materials(company)
        organisation.contacts = builder.member_contacts(company)
        organisations.append(organisation)

    for company, applied in APPLICANTS:
        organisation = builder.organisation(company, OrganisationKind.MEMBER)
        organisation.membership_status = MembershipStatus.APPLICANT
        organisation.membership = Membership(application_date=applied)
        organisation.materials = builder.member_materials(company)
        organisation.contacts = builder.member_contacts(company)
        organisations.append(organisation)

    for former in FORMER:
        organisation = builder.organisation(former.company, OrganisationKind.MEMBER)
        organisation.membership_status = MembershipStatus.FORMER
        assert organisation.employees is not None
        founding = former.admission == FOUNDING_DAY
        organisation.membership = Membership(
            application_date=former.admission - dt.timedelta(days=rng.randint(28, 90)),
            admission_date=former.admission,
            exit_date=former.exit,
            exit_reason=former.reason,
            founding_member=founding,
            fees=builder.fees(organisation.employees, former.admission, former.exit),
        )
        organisation.materials = builder.member_materials(former.company)
        organisation.contacts = builder.member_contacts(former.company, most=2)
        organisations.append(organisation)

    for company in CUSTOMERS:
        organisation = builder.organisation(company, OrganisationKind.CUSTOMER)
        organisation.materials = builder.customer_materials()
        organisation.contacts = builder.customer_contacts(company)
        organisations.append(organisation)

    for supplier in SUPPLIERS:
        organisation = builder.organisation(supplier.company, OrganisationKind.SUPPLIER)
        organisation.notes = f"Bietet in Ausschreibungen für: {supplier.category}"
        organisation.contacts = builder.supplier_contacts(supplier)
        organisations.append(organisation)
    return organisations


def _relations(by_name: dict[str, Organisation], user: OfficeUser) -> list[CompetitorRelation]:
    relations: list[CompetitorRelation] = []
    for first_name, second_name, kind, note in DECLARED_RELATIONS:
        first, second = sorted((by_name[first_name], by_name[second_name]), key=lambda o: o.id)
        relations.append(
            CompetitorRelation(
                first_id=first.id, second_id=second.id, kind=kind, note=note, declared_by=user
            )
        )
    return relations


def is_empty(db: Database) -> bool:
    """True when the database holds no organisations (the demo network may be written)."""
    with db.reading() as session:
        return session.scalar(select(Organisation.id).limit(1)) is None


def fill(db: Database, user_login: str) -> dict[str, int]:
    """Write the demo network into the empty database ``db``, in one transaction.

    Returns counts: ``members`` (every member organisation, in any membership
    status, as in the glossary), ``current_members`` (status member), ``waiting``,
    ``applicants``, ``former``, ``customers``, ``suppliers``, ``contacts``,
    ``organisations``, ``expertise`` and ``relations``. Raises ``DatabaseError``
    (and writes nothing) when the database already holds organisations.
    """
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Organisation)):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database is not empty: the demo network is only written into an"
                    " empty database.",
                )
            )
        codes = _industry_codes(session)
        user = ensure_user(session, user_login)
        expertise = {
            expertise_key(name): Expertise(name=name, key=expertise_key(name))
            for name in EXPERTISE_NAMES
        }
        builder = _Builder(random.Random(SEED), codes, expertise)
        organisations = _build(builder)
        session.add_all(expertise.values())
        session.add_all(organisations)
        session.flush()
        by_name = {organisation.name: organisation for organisation in organisations}
        relations = _relations(by_name, user)
        session.add_all(relations)
        from niro_desk.demo import procurement as demo_procurement  # the pool (issue 8)

        demo_procurement.fill(session, user, organisations)
        counts = {
            "members": len(MEMBERS) + len(WAITING) + len(APPLICANTS) + len(FORMER),
            "current_members": len(MEMBERS),
            "waiting": len(WAITING),
            "applicants": len(APPLICANTS),
            "former": len(FORMER),
            "customers": len(CUSTOMERS),
            "suppliers": len(SUPPLIERS),
            "contacts": sum(len(organisation.contacts) for organisation in organisations),
            "organisations": len(organisations),
            "expertise": len(expertise),
            "relations": len(relations),
        }
        audit.record(session, user, "create", "demo", None, "Demo network created", None, counts)
        # The demo network is full but for one seat, so its waiting list is real:
        # the seat belongs to the applicant waiting longest (the default cap is 80).
        set_cap(session, user, DEMO_CAP)
    return counts
