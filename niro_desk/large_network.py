"""A network a hundred times NIRO's size, for benchmarks: 10,000 organisations, 50,000 contacts.

``fill(db, organisations=10_000, contacts=50_000)`` writes fictional but
realistic data into an empty, migrated database: German company names
("Hülsmann Präzisionstechnik GmbH & Co. KG", "Gebr. Köhler Stanztechnik KG"),
towns with postal codes and regions of the demo network, NACE classes of
manufacturing from the reference table, product markets matching the trade,
and contacts with functions and areas of expertise. Members in every
membership status (with fees), customers and suppliers. It writes with bulk
inserts (seconds, not minutes) and builds the directory's search text at the
end. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, text

from niro_desk.database import Database
from niro_desk.demo.members import FIRST_NAMES, LAST_NAMES, STREETS, TOWNS, annual_fee
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError
from niro_desk.membership import directory_search
from niro_desk.models import (
    Contact,
    Expertise,
    IndustryCode,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    ProductMarket,
    contact_expertise,
    organisation_sales_code,
)
from niro_desk.text_keys import expertise_key, market_key

SEED = 7
BATCH = 2_000

# trade → (NACE division prefixes, product markets)
TRADES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Präzisionstechnik": (("25.62", "28.4"), ("CNC-Drehteile", "Frästeile", "Präzisionsteile")),
    "Metallbau": (("25.1",), ("Stahltreppen", "Geländer", "Hallenbau")),
    "Stahlbau": (("25.11",), ("Stahlkonstruktionen", "Brückenbau", "Hallenbau")),
    "Maschinenbau": (("28.",), ("Sondermaschinen", "Werkzeugmaschinen", "Verpackungsmaschinen")),
    "Werkzeugbau": (("25.73", "28.4"), ("Stanzwerkzeuge", "Spritzgießwerkzeuge", "Biegewerkzeuge")),
    "Kunststofftechnik": (("22.2",), ("Kunststoffspritzguss", "Kunststoffprofile", "Folien")),
    "Antriebstechnik": (("28.15", "27.11"), ("Getriebe", "Elektromotoren", "Kupplungen")),
    "Oberflächentechnik": (("25.61",), ("Pulverbeschichtung", "Galvanik", "Eloxal")),
    "Gießerei": (("24.5",), ("Aluminiumguss", "Grauguss", "Druckguss")),
    "Blechbearbeitung": (("25.5", "25.9"), ("Blechbiegeteile", "Laserzuschnitte", "Stanzteile")),
    "Elektrotechnik": (("27.",), ("Schaltschränke", "Kabelkonfektion", "Steuerungen")),
    "Fördertechnik": (("28.22",), ("Förderbänder", "Krananlagen", "Hebezeuge")),
    "Hydraulik": (("28.12", "28.13"), ("Hydraulikpumpen", "Hydraulikzylinder", "Ventile")),
    "Automation": (("28.99", "26.51"), ("Robotik", "Montageanlagen", "Prüfstände")),
    "Armaturenwerk": (("28.14",), ("Industriearmaturen", "Absperrklappen", "Kugelhähne")),
    "Federnwerk": (("25.93",), ("Druckfedern", "Zugfedern", "Drahtbiegeteile")),
    "Schmiede": (("25.50",), ("Gesenkschmiedeteile", "Freiformschmiedeteile", "Ringe")),
    "Holztechnik": (("16.2",), ("Paletten", "Holzverpackungen", "Kisten")),
    "Verpackungen": (("17.2", "22.22"), ("Wellpappe", "Faltschachteln", "Kunststoffverpackungen")),
    "Lebensmitteltechnik": (("28.93",), ("Abfüllanlagen", "Förderschnecken", "Edelstahltanks")),
    "Medizintechnik": (("32.5",), ("Implantate", "Chirurgische Instrumente", "Orthesen")),
    "Fahrzeugteile": (("29.3",), ("Achsen", "Bremsscheiben", "Sitzgestelle")),
    "Messtechnik": (("26.51",), ("Sensoren", "Messgeräte", "Koordinatenmessmaschinen")),
    "Druckerei": (("18.1",), ("Etiketten", "Verpackungsdruck", "Kataloge")),
    "Glastechnik": (("23.1",), ("Sicherheitsglas", "Glasbearbeitung", "Spiegel")),
}
LEGAL_FORMS = ("GmbH", "GmbH & Co. KG", "KG", "AG", "e.K.", "OHG", "GmbH")
NAME_PATTERNS = ("{last} {trade}", "{town} {trade}", "Gebr. {last} {trade}",
                 "{last} & {last2} {trade}", "{last} {trade} und Service", "{trade} {last}",
                 "{town} {trade} {last}")  # fmt: skip
FUNCTIONS = ("Geschäftsführer/in", "Leitung Einkauf", "Einkauf", "Instandhaltung",
             "Qualitätsmanagement", "Energiemanagement", "Vertrieb", "Personal",
             "Arbeitssicherheit", "Technische Leitung", "Konstruktion", "Logistik")  # fmt: skip
EXPERTISE = ("Schweißtechnik", "ISO 9001", "ISO 50001", "ISO 14001", "Druckluft", "Zoll und Export",
             "Fördermittel", "Lean Management", "Digitalisierung", "SAP", "Arbeitsschutz",
             "Energieeinkauf", "Stromsteuer", "Ausbildung", "CNC-Programmierung", "Lasertechnik",
             "Pulverbeschichtung", "Compliance", "Datenschutz", "Photovoltaik",
             "Fuhrparkmanagement", "Entsorgung", "Gefahrstoffe", "Instandhaltungsplanung",
             "Kältetechnik", "Hydraulik", "Pneumatik", "Robotik", "IT-Sicherheit", "REACH",
             "Lieferkettengesetz", "Zeitwirtschaft", "Tarifrecht", "Betriebsrat", "Exportkontrolle",
             "Wasserstoff", "Additive Fertigung", "Oberflächentechnik", "Prüfmittel",
             "FMEA")  # fmt: skip


def _town_adjective(town: str) -> str:
    """ "Werne" → "Werner", "Hamm" → "Hammer" (as in "Hammer Werkzeugbau")."""
    return town + ("r" if town.endswith("e") else "er")


def _company_name(rng: random.Random, trade: str) -> str:
    town = _town_adjective(rng.choice(list(TOWNS)))
    pattern = rng.choice(NAME_PATTERNS)
    name = pattern.format(
        last=rng.choice(LAST_NAMES), last2=rng.choice(LAST_NAMES), town=town, trade=trade
    )
    return f"{name} {rng.choice(LEGAL_FORMS)}"


def _mail(name: str) -> str:
    return expertise_key(name).replace(" ", "-")


def _status(rng: random.Random) -> tuple[OrganisationKind, MembershipStatus | None]:
    draw = rng.random()
    if draw < 0.06:
        return OrganisationKind.CUSTOMER, None
    if draw < 0.10:
        return OrganisationKind.SUPPLIER, None
    if draw < 0.80:
        return OrganisationKind.MEMBER, MembershipStatus.MEMBER
    if draw < 0.88:
        return OrganisationKind.MEMBER, MembershipStatus.WAITING
    if draw < 0.94:
        return OrganisationKind.MEMBER, MembershipStatus.APPLICANT
    return OrganisationKind.MEMBER, MembershipStatus.FORMER


def _insert(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        connection.execute(insert(table), rows[start : start + BATCH])


def fill(
    db: Database, organisations: int = 10_000, contacts: int = 50_000, seed: int = SEED
) -> dict[str, int]:
    """Write the large network into the empty database ``db``; returns counts."""
    rng = random.Random(seed)
    today = dt.date.today()
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Organisation)):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The large network is only written into an empty database."
                )
            )
        connection = session.connection()
        classes = list(
            session.scalars(select(IndustryCode.code).where(IndustryCode.level == "class"))
        )
        expertise_rows = [
            {"id": number, "name": name, "key": expertise_key(name)}
            for number, name in enumerate(EXPERTISE, start=1)
        ]
        _insert(connection, Expertise.__table__, expertise_rows)

        org_rows: list[dict[str, Any]] = []
        membership_rows: list[dict[str, Any]] = []
        fee_rows: list[dict[str, Any]] = []
        code_rows: list[dict[str, Any]] = []
        market_rows: list[dict[str, Any]] = []
        trades = list(TRADES)
        for number in range(1, organisations + 1):
            trade = rng.choice(trades)
            prefixes, markets = TRADES[trade]
            town = rng.choice(list(TOWNS))
            kind, status = _status(rng)
            employees = rng.choice((8, 15, 25, 40, 60, 90, 140, 220, 350, 600, 1200))
            org_rows.append(
                {
                    "id": number,
                    "name": _company_name(rng, trade),
                    "kind": kind,
                    "membership_status": status,
                    "legal_form": "",
                    "street": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                    "postal_code": rng.choice(TOWNS[town].postal_codes),
                    "city": town,
                    "region": TOWNS[town].region,
                    "country": "DE",
                    "website": "",
                    "vat_id": "",
                    "employees": employees,
                    "notes": "",
                }
            )
            fitting = [code for code in classes if code.startswith(prefixes)] or classes
            for code in sorted(set(rng.sample(fitting, min(len(fitting), rng.randint(1, 2))))):
                code_rows.append({"organisation_id": number, "code": code})
            for market in rng.sample(markets, rng.randint(1, len(markets))):
                market_rows.append(
                    {"organisation_id": number, "name": market, "key": market_key(market)}
                )
            if kind is OrganisationKind.MEMBER:
                applied = today - dt.timedelta(days=rng.randint(30, 9000))
                admitted = applied + dt.timedelta(days=60)
                membership_rows.append(
                    {
                        "id": number,
                        "organisation_id": number,
                        "application_date": applied,
                        "waiting_since": (
                            dt.datetime.combine(applied, dt.time(9), dt.UTC)
                            if status is MembershipStatus.WAITING
                            else None
                        ),
                        "admission_date": (
                            admitted
                            if status in (MembershipStatus.MEMBER, MembershipStatus.FORMER)
                            else None
                        ),
                        "exit_date": today if status is MembershipStatus.FORMER else None,
                        "exit_reason": "",
                        "founding_member": False,
                    }
                )
                if status in (MembershipStatus.MEMBER, MembershipStatus.FORMER):
                    fee_rows.append(
                        {
                            "membership_id": number,
                            "valid_from": admitted,
                            "annual_fee": annual_fee(employees, today) or Decimal(0),
                            "note": "",
                        }
                    )
        _insert(connection, Organisation.__table__, org_rows)
        _insert(connection, Membership.__table__, membership_rows)
        _insert(connection, MembershipFee.__table__, fee_rows)
        _insert(connection, organisation_sales_code, code_rows)
        _insert(connection, ProductMarket.__table__, market_rows)

        contact_rows: list[dict[str, Any]] = []
        link_rows: list[dict[str, Any]] = []
        for number in range(1, contacts + 1):
            organisation_id = (
                (number - 1) % organisations + 1
                if number <= organisations
                else (rng.randint(1, organisations))
            )
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            contact_rows.append(
                {
                    "id": number,
                    "organisation_id": organisation_id,
                    "first_name": first,
                    "last_name": last,
                    "function": rng.choice(FUNCTIONS),
                    "email": f"{_mail(first)}.{_mail(last)}@firma{organisation_id}.example",
                    "phone": f"0{rng.randint(200, 2999)} {rng.randint(10000, 999999)}",
                    "notes": "",
                }
            )
            for expertise_id in rng.sample(range(1, len(EXPERTISE) + 1), rng.randint(0, 3)):
                link_rows.append({"contact_id": number, "expertise_id": expertise_id})
        _insert(connection, Contact.__table__, contact_rows)
        _insert(connection, contact_expertise, link_rows)
        if connection.dialect.name == "postgresql":  # explicit ids: move the sequences on
            for table in ("expertise", "organisation", "membership", "contact"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" (SELECT max(id) FROM {table}))"
                    )
                )
        directory_search.rebuild(connection)
    return {
        "organisations": len(org_rows),
        "members": len(membership_rows),
        "contacts": len(contact_rows),
        "product_markets": len(market_rows),
        "expertise_links": len(link_rows),
    }
