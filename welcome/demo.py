"""Demo consultations: a few hundred for trying the portal, a million for the benchmarks.

Generated inside PostgreSQL (generate_series, seeded random()) so a million rows take seconds
and every run produces the same data.
"""

from __future__ import annotations

import random
from typing import TextIO

from django.conf import settings
from django.db import connection

from core.models import Membership, Role

from .models import Consultation, ConsultationLanguage, Place

SIZES = {"small": 400, "large": 1_000_000}


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    pairs = list(
        Membership.objects.filter(role=Role.COUNSELLOR).order_by("user_id", "organisation_id")
        .values_list("user_id", "organisation_id")
    )
    if not pairs:
        return
    total = SIZES[scale]
    days = 120 if scale == "small" else 3 * 365
    languages = [code for code, _ in ConsultationLanguage.choices]
    table = Consultation._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(%s)", [rng.random() * 2 - 1])
        cursor.execute("SELECT id FROM welcome_targetgroup ORDER BY id")
        groups = [r[0] for r in cursor.fetchall()]
        # German and English dominate, as at the real centre; then the ten further languages.
        weighted_languages = ["de"] * 8 + ["en"] * 5 + languages[2:]
        cursor.execute(
            f"""
            INSERT INTO {table} (held_at, counsellor_id, organisation_id, channel, language, target_group_id,
                                 country_of_origin, duration_minutes, outcome_note, client_code,
                                 created_at, updated_at)
            SELECT date_trunc('minute', now() - (random() * %(days)s || ' days')::interval
                                       - interval '1 hour'),
                   (%(pairs)s::bigint[][])[1 + (g %% %(npairs)s)][1],
                   (%(pairs)s::bigint[][])[1 + (g %% %(npairs)s)][2],
                   (ARRAY['in_person','in_person','phone','online'])[1 + floor(random() * 4)::int],
                   (%(langs)s::text[])[1 + floor(random() * %(nlangs)s)::int],
                   (%(groups)s::bigint[])[1 + floor(random() * %(ngroups)s)::int],
                   (ARRAY['SY','AF','IQ','ER','TR','UA','IN','IT','RO','GR','ES','PL','NG','CN',''])
                       [1 + floor(random() * 15)::int],
                   (ARRAY[15, 20, 30, 30, 45, 60])[1 + floor(random() * 6)::int],
                   '', '', now(), now()
            FROM generate_series(1, %(total)s) AS g
            """,  # noqa: S608 - table name from the model, values as parameters
            {"days": days, "pairs": [list(p) for p in pairs], "npairs": len(pairs), "langs": weighted_languages,
             "nlangs": len(weighted_languages), "groups": groups, "ngroups": len(groups), "total": total},
        )
        # One to three topics per consultation, referrals for about a third.
        cursor.execute(
            f"""
            INSERT INTO {table}_topics (consultation_id, topic_id)
            SELECT c.id, t.id FROM {table} c
            CROSS JOIN LATERAL (
                SELECT id FROM welcome_topic WHERE c.id > 0 ORDER BY random() LIMIT 1 + (c.id % 3)
            ) t
            ON CONFLICT DO NOTHING
            """  # noqa: S608
        )
        cursor.execute(
            f"""
            INSERT INTO {table}_referrals (consultation_id, referraltarget_id)
            SELECT c.id, (SELECT id FROM welcome_referraltarget WHERE c.id > 0 ORDER BY random() LIMIT 1)
            FROM {table} c WHERE c.id % 3 = 0
            ON CONFLICT DO NOTHING
            """  # noqa: S608
        )
        cursor.execute(f"ANALYZE {table}")
    stdout.write(f"  consultations: {Consultation.objects.count()}\n")
    from .info.demo import seed as seed_info

    place = seed_info(stdout=stdout)
    seed_events(stdout=stdout)
    seed_offers(rng=rng, place=place, stdout=stdout)
    seed_history(rng=rng, days=days, stdout=stdout)


EVENTS = [
    ("info_evening", "work", 7, 40, {
        "de": "Arbeiten in Deutschland", "en": "Working in Germany", "ar": "العمل في ألمانيا",
        "fa": "کار در آلمان", "tr": "Almanya'da çalışmak", "uk": "Робота в Німеччині",
        "ru": "Работа в Германии", "es": "Trabajar en Alemania", "it": "Lavorare in Germania",
        "el": "Εργασία στη Γερμανία", "pl": "Praca w Niemczech", "ro": "Munca în Germania",
    }),
    ("workshop", "german", 12, 20, {
        "de": "Deutsch lernen: Kurse in Stuttgart", "en": "Learning German: courses in Stuttgart",
        "ar": "تعلّم الألمانية: دورات في شتوتغارت", "fa": "یادگیری زبان آلمانی: کلاس‌ها در اشتوتگارت",
        "tr": "Almanca öğrenmek: Stuttgart'taki kurslar", "uk": "Вивчення німецької: курси у Штутгарті",
        "ru": "Изучение немецкого: курсы в Штутгарте", "es": "Aprender alemán: cursos en Stuttgart",
        "it": "Imparare il tedesco: corsi a Stoccarda", "el": "Εκμάθηση γερμανικών: μαθήματα στη Στουτγάρδη",
        "pl": "Nauka niemieckiego: kursy w Stuttgarcie", "ro": "Învățarea limbii germane: cursuri în Stuttgart",
    }),
    ("students_club", "studying", 20, 30, {
        "de": "Students Welcome Club", "en": "Students Welcome Club", "ar": "نادي ترحيب الطلاب",
        "fa": "باشگاه خوشامدگویی دانشجویان", "tr": "Öğrenci Karşılama Kulübü", "uk": "Клуб зустрічі студентів",
        "ru": "Клуб встречи студентов", "es": "Club de bienvenida para estudiantes",
        "it": "Club di benvenuto per studenti", "el": "Λέσχη υποδοχής φοιτητών", "pl": "Klub powitalny dla studentów",
        "ro": "Clubul de bun venit pentru studenți",
    }),
]


def seed_events(*, stdout: TextIO) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from core.models import Organisation

    from .models import GroupEvent, Topic

    city = Organisation.objects.filter(kind=Organisation.Kind.CITY).first()
    if city is None:
        return
    for fmt, topic, in_days, capacity, titles in EVENTS:
        start = (timezone.localtime() + timedelta(days=in_days)).replace(hour=18, minute=0, second=0, microsecond=0)
        GroupEvent.objects.get_or_create(
            organisation=city, format=fmt, starts_at=start,
            defaults={
                "ends_at": start + timedelta(hours=2), "capacity": capacity, "is_published": True,
                "theme": Topic.objects.filter(slug=topic).first(), "place": "Welcome Center Stuttgart, Charlottenplatz",
                **{f"title_{lang}": title for lang, title in titles.items()},
            },
        )
    stdout.write(f"  group events: {GroupEvent.objects.count()}\n")


def seed_offers(*, rng: random.Random, place: Place, stdout: TextIO) -> None:
    """Every demo counsellor bookable on weekdays, 9-12 and 13-16, in German, English and two more."""
    from datetime import time

    from .models import CounsellorOffer, Topic, WeeklyHours

    topics = list(Topic.objects.all())
    languages = [code for code, _ in ConsultationLanguage.choices]
    for membership in Membership.objects.filter(role=Role.COUNSELLOR).select_related("user", "organisation"):
        offer, created = CounsellorOffer.objects.get_or_create(
            counsellor=membership.user, organisation=membership.organisation,
            defaults={"languages": ["de", "en", *rng.sample(languages[2:], 2)],
                      "channels": ["in_person", "phone", "online"], "place": place,
                      # A demo address: the counsellor's own video room is entered here.
                      "online_url": f"https://video.welcome.example/demo-{membership.user_id}"},
        )
        if created:
            offer.topics.set(rng.sample(topics, 6))
            for weekday in range(5):
                WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(9), ends=time(12))
                WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(13), ends=time(16))
    stdout.write(f"  booking offers: {CounsellorOffer.objects.count()}\n")


def seed_history(*, rng: random.Random, days: int, stdout: TextIO) -> None:
    """Past appointments (held, no-shows, cancelled) and past group events with their attendance,
    as they are after the retention period: without names or contact details."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import Appointment, CounsellorOffer, GroupEvent, Registration

    offers = list(CounsellorOffer.objects.prefetch_related("topics"))
    if not offers:
        return
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    appointments = []
    for day in range(days, 1, -1):
        when = now - timedelta(days=day)
        if when.weekday() >= 5:
            continue
        for i, offer in enumerate(rng.sample(offers, min(len(offers), 3))):
            start = when.replace(hour=9 + 2 * i)
            status = rng.choices(["attended", "no_show", "cancelled"], weights=[75, 10, 15])[0]
            appointments.append(Appointment(
                counsellor=offer.counsellor, organisation=offer.organisation, topic=rng.choice(list(offer.topics.all())),
                language=rng.choice(offer.languages), channel=rng.choice(offer.channels), starts_at=start,
                ends_at=start + timedelta(minutes=45), status=status, ui_language="de", name="", email="", phone="",
                contact_erased_at=timezone.now()))
    Appointment.objects.bulk_create(appointments, batch_size=2000)
    template = GroupEvent.objects.order_by("starts_at").first()
    registrations = []
    if template is not None:
        for day in range(days, 1, -14):
            start = (now - timedelta(days=day)).replace(hour=18)
            event = GroupEvent.objects.create(
                organisation=template.organisation, format=template.format, theme=template.theme,
                starts_at=start, ends_at=start + timedelta(hours=2), capacity=30, place=template.place,
                **{f"title_{lang}": getattr(template, f"title_{lang}") for lang, _name in settings.LANGUAGES})
            for _ in range(rng.randint(8, 30)):
                registrations.append(Registration(event=event, name="", email="", language=rng.choice(["de", "en", "ar"]),
                                                  status="confirmed", attended=rng.random() < 0.8,
                                                  erased_at=timezone.now()))
        Registration.objects.bulk_create(registrations, batch_size=2000)
    stdout.write(f"  past appointments: {len(appointments)}, past event sign-ups: {len(registrations)}\n")
