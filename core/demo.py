"""Demo organisations and one login per role (reproducible)."""

from __future__ import annotations

import random
from typing import TextIO

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from .models import Membership, Organisation, Role, User

CITY = "Landeshauptstadt Stuttgart"
WRS = "Wirtschaftsförderung Region Stuttgart"
WELFARE = [
    ("Caritasverband für Stuttgart", "Caritas"),
    ("Evangelische Gesellschaft Stuttgart", "eva"),
    ("Arbeiterwohlfahrt Stuttgart", "AWO"),
    ("Deutsches Rotes Kreuz Stuttgart", "DRK"),
    ("Internationaler Bund Stuttgart", "IB"),
    ("Arbeiter-Samariter-Bund Stuttgart", "ASB"),
    ("Sozialunternehmen Neue Arbeit", "Neue Arbeit"),
]
VOLUNTEER = ("Freundeskreis Flüchtlinge Stuttgart", "FK Flüchtlinge")

# (email, first name, last name, organisation short name, role)
DEMO_LOGINS = [
    ("admin@welcome.example", "Anna", "Admin", "Stadt", Role.ADMIN),
    ("counsellor@welcome.example", "Cem", "Berater", "Stadt", Role.COUNSELLOR),
    ("counsellor.wrs@welcome.example", "Wiebke", "Wirtschaft", "WRS", Role.COUNSELLOR),
    ("counsellor.caritas@welcome.example", "Carla", "Caritas", "Caritas", Role.COUNSELLOR),
    ("manager@welcome.example", "Milan", "Manager", "Caritas", Role.INTEGRATION_MANAGER),
    ("operator@welcome.example", "Olga", "Operator", "eva", Role.OPERATOR),
    ("volunteers@welcome.example", "Vera", "Koordination", "Stadt", Role.VOLUNTEER_COORDINATOR),
    ("dialogue@welcome.example", "Dario", "Dialog", "Stadt", Role.DIALOGUE_TEAM),
    ("reports@welcome.example", "Rita", "Bericht", "Stadt", Role.REPORT_VIEWER),
    ("directory@welcome.example", "Dilan", "Verzeichnis", "Caritas", Role.DIRECTORY_EDITOR),
]


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    orgs = {
        "Stadt": Organisation.objects.get_or_create(
            name=CITY, defaults={"short_name": "Stadt", "kind": Organisation.Kind.CITY}
        )[0],
        "WRS": Organisation.objects.get_or_create(
            name=WRS, defaults={"short_name": "WRS", "kind": Organisation.Kind.ECONOMIC}
        )[0],
    }
    for name, short in WELFARE:
        orgs[short] = Organisation.objects.get_or_create(
            name=name, defaults={"short_name": short, "kind": Organisation.Kind.WELFARE}
        )[0]
    orgs[VOLUNTEER[1]] = Organisation.objects.get_or_create(
        name=VOLUNTEER[0], defaults={"short_name": VOLUNTEER[1], "kind": Organisation.Kind.VOLUNTEER}
    )[0]

    for email, first, last, org, role in DEMO_LOGINS:
        user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if created:
            user.set_password(password)
            user.is_staff = role == Role.ADMIN
            user.save(update_fields=["password", "is_staff"])
        Membership.objects.get_or_create(user=user, organisation=orgs[org], role=role)
        if role == Role.ADMIN and not Authenticator.objects.filter(user=user, type="totp").exists():
            TOTP.activate(user, generate_totp_secret())

    # Further counsellors and integration managers across the organisations, for realistic lists.
    extra = 6 if scale == "small" else 60
    welfare_orgs = [orgs[s] for _, s in WELFARE]
    for i in range(extra):
        organisation = welfare_orgs[i % len(welfare_orgs)]
        role = Role.COUNSELLOR if i % 2 == 0 else Role.INTEGRATION_MANAGER
        user, created = User.objects.get_or_create(
            email=f"staff{i:03d}@welcome.example",
            defaults={"first_name": rng.choice(["Lena", "Jonas", "Aylin", "Yusuf", "Marta", "Elias"]),
                      "last_name": rng.choice(["Schmidt", "Yılmaz", "Kowalski", "Haddad", "Rossi", "Weber"])},
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    stdout.write(f"  organisations: {Organisation.objects.count()}, staff: {User.objects.count()}\n")
