"""Demo content of the public information pages, in the 12 languages.

Only facts the seeds state: the Welcome Center sits in the building of the Institut für
Auslandsbeziehungen (ifa) at Charlottenplatz; letters go to Eberhardstraße 61, 70173 Stuttgart; it is
run by the Landeshauptstadt Stuttgart together with the Wirtschaftsförderung Region Stuttgart (WRS).
Everything else a real centre would publish (hours, phone, entrance, lines, the data protection
officer's address) is invented for the demo and marked as such on the pages and in the texts.

Texts in braces ({contact_retention_days} ...) are filled from the running settings when shown.
Each entry: key -> {language code: text}.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # --- the place ------------------------------------------------------------------------------
    "place.name": {
        "de": "Welcome Center Stuttgart",
        "en": "Welcome Center Stuttgart",
    },
    "place.building": {
        "de": "im Gebäude des Instituts für Auslandsbeziehungen (ifa) am Charlottenplatz",
        "en": "in the building of the Institut für Auslandsbeziehungen (ifa) at Charlottenplatz",
    },
    "place.entrance": {
        "de": "Demo-Angabe: Eingang am Charlottenplatz, Erdgeschoss, dem Schild „Welcome Center“ folgen.",
        "en": "Demo detail: entrance on Charlottenplatz, ground floor, follow the “Welcome Center” sign.",
    },
    "place.access_notes": {
        "de": "Demo-Angabe: Bitte sagen Sie uns bei der Buchung, wenn Sie Hilfe beim Zugang brauchen.",
        "en": "Demo detail: please tell us when you book if you need help getting in.",
    },
    "place.transport": {
        "de": "Haltestelle Charlottenplatz (Stadtbahn und Bus)\nDemo-Angabe: Linien werden von der Stadt ergänzt.",
        "en": "Stop Charlottenplatz (light rail and bus)\nDemo detail: the lines will be added by the city.",
    },
    # --- how each channel works ---------------------------------------------------------------
    "channel.in_person": {
        "de": "Sie kommen zu uns ins Welcome Center. Bitte seien Sie ein paar Minuten vor der Zeit da und "
              "melden Sie sich am Empfang. Wenn Sie später kommen, kann das Gespräch kürzer werden.",
        "en": "You come to us at the Welcome Center. Please arrive a few minutes early and report to the "
              "reception. If you are late, the consultation may be shorter.",
    },
    "channel.phone": {
        "de": "Wir rufen Sie zur gebuchten Zeit unter der Telefonnummer an, die Sie angegeben haben. Bitte "
              "halten Sie Ihr Telefon bereit und die Unterlagen griffbereit.",
        "en": "We call you at the booked time on the phone number you gave. Please keep your phone at hand "
              "and your documents ready.",
    },
    "channel.online": {
        "de": "Das Gespräch findet als Videogespräch im Browser statt; Sie brauchen kein Programm. Den Link "
              "finden Sie in der Bestätigungs-E-Mail und auf Ihrer Terminseite. Öffnen Sie ihn kurz vor der "
              "Zeit; Kamera und Mikrofon sollten funktionieren.",
        "en": "The consultation is a video call in the browser; you need no program. You find the link in "
              "the confirmation email and on your appointment page. Open it shortly before the time; your "
              "camera and microphone should work.",
    },
    # --- what to bring, per topic ---------------------------------------------------------------
    "bring.work": {
        "de": "Ihren Pass oder Ausweis, Ihren Aufenthaltstitel (falls vorhanden), Ihren Lebenslauf und Zeugnisse.",
        "en": "Your passport or ID card, your residence permit (if you have one), your CV and certificates.",
    },
    "bring.german": {
        "de": "Ihren Pass oder Ausweis und, falls vorhanden, Nachweise über Deutschkurse oder Sprachprüfungen "
              "und eine Berechtigung zum Integrationskurs.",
        "en": "Your passport or ID card and, if you have them, certificates of German courses or language "
              "exams and an entitlement to an integration course.",
    },
    "bring.studying": {
        "de": "Ihren Pass, Ihre Schul- und Hochschulzeugnisse und, falls vorhanden, eine Zulassung oder "
              "Bewerbung einer Hochschule.",
        "en": "Your passport, your school and university certificates and, if you have one, an admission "
              "or application to a university.",
    },
    "bring.recognition": {
        "de": "Ihre Abschlusszeugnisse und Fächerlisten (Kopien genügen), Übersetzungen, falls vorhanden, und "
              "Nachweise über Ihre Berufserfahrung.",
        "en": "Your diplomas and transcripts (copies are enough), translations if you have them, and proof "
              "of your work experience.",
    },
    "bring.training": {
        "de": "Ihren Pass oder Ausweis, Ihre Schulzeugnisse und Ihren Lebenslauf.",
        "en": "Your passport or ID card, your school certificates and your CV.",
    },
    "bring.residence": {
        "de": "Ihren Pass, Ihren Aufenthaltstitel oder Ihre Aufenthaltsgestattung und Briefe der "
              "Ausländerbehörde.",
        "en": "Your passport, your residence permit or permission to stay, and letters from the "
              "immigration office.",
    },
    "bring.childcare": {
        "de": "Die Geburtsurkunden oder Pässe Ihrer Kinder und, falls vorhanden, Zeugnisse der Kinder.",
        "en": "Your children's birth certificates or passports and, if you have them, their school reports.",
    },
    "bring.housing": {
        "de": "Ihren Pass oder Ausweis, Ihren Aufenthaltstitel und, falls vorhanden, Ihren Mietvertrag oder "
              "Briefe des Vermieters.",
        "en": "Your passport or ID card, your residence permit and, if you have them, your rental contract "
              "or letters from the landlord.",
    },
    "bring.health": {
        "de": "Ihre Krankenversicherungskarte oder Versicherungsnachweise und Briefe der Krankenkasse.",
        "en": "Your health insurance card or proof of insurance and letters from the health insurer.",
    },
    "bring.social": {
        "de": "Nichts Besonderes: Erzählen Sie uns, was Sie interessiert und wo in Stuttgart Sie wohnen.",
        "en": "Nothing special: tell us what you are interested in and where in Stuttgart you live.",
    },
    # --- directory entries (names of organisations stay as they are) ----------------------------
    "dir.integration-course.name": {"de": "Integrationskurs", "en": "Integration course"},
    "dir.integration-course.description": {
        "de": "Deutsch- und Integrationskurs des Bundes mit Orientierungskurs (Rechtsordnung, Kultur und "
              "Geschichte Deutschlands). Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "The federal German and integration course with an orientation course (legal system, culture "
              "and history of Germany). Demo entry: times and levels are invented.",
    },
    "dir.refugee-course.name": {"de": "Deutschkurs für Geflüchtete (Gesamtprogramm Sprache)",
                                "en": "German course for refugees (Gesamtprogramm Sprache)"},
    "dir.refugee-course.description": {
        "de": "Für Asylsuchende, die noch keinen Zugang zu den Integrationskursen des Bundes haben. "
              "Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "For asylum seekers who do not yet have access to the federal integration courses. Demo entry: "
              "times and levels are invented.",
    },
    "dir.job-course.name": {"de": "Berufsbezogener Deutschkurs", "en": "German for work"},
    "dir.job-course.description": {
        "de": "Deutsch für den Beruf, gefördert mit Mitteln des Bundes, des Landes und der Kommune. "
              "Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "German for work, funded by the federal government, the state and the city. Demo entry: times "
              "and levels are invented.",
    },
    "dir.migration-service.name": {"de": "Migrationsdienst", "en": "Migration service"},
    "dir.migration-service.description": {
        "de": "Beratung der Wohlfahrtsverbände für zugewanderte Menschen in allen Lebenslagen. Demo-Eintrag: "
              "Sprachen und Adresse sind erfunden.",
        "en": "Counselling by the welfare organisations for immigrants in every situation of life. Demo entry: "
              "languages and address are invented.",
    },
    "dir.integration-management.name": {"de": "Integrationsmanagement", "en": "Integration management"},
    "dir.integration-management.description": {
        "de": "Integrationsmanagerinnen und -manager bei sieben Trägern begleiten Geflüchtete ab 18 Jahren mit "
              "einem Integrationsplan, zum Beispiel zu Sprache und Arbeit; Kinder stehen im Plan der Eltern.",
        "en": "Integration managers at seven organisations accompany refugees aged 18 and over with an "
              "integration plan, for example on language and work; children are in their parents' plan.",
    },
    "dir.training-campus.name": {"de": "Ausbildungscampus", "en": "Training campus (Ausbildungscampus)"},
    "dir.training-campus.description": {
        "de": "Unterstützung beim Weg in Ausbildung und Arbeit, im Dienstleistungszentrum für Geflüchtete in "
              "der Jägerstraße.",
        "en": "Support on the way into vocational training and work, in the service centre for refugees in "
              "Jägerstraße.",
    },
    "dir.forum-cultures.name": {"de": "Forum der Kulturen", "en": "Forum der Kulturen"},
    "dir.forum-cultures.description": {
        "de": "Dachverband der Migrantenvereine in Stuttgart.",
        "en": "Umbrella organisation of the migrant associations in Stuttgart.",
    },
    "dir.dtf.name": {"de": "Deutsch-Türkisches Forum", "en": "Deutsch-Türkisches Forum"},
    "dir.dtf.description": {
        "de": "Interkulturelles Forum, engagiert in Integrationsarbeit und Demokratiebildung.",
        "en": "Intercultural forum, active in integration work and democracy education.",
    },
    "dir.djr.name": {"de": "Deutsche Jugend aus Russland", "en": "Deutsche Jugend aus Russland"},
    "dir.djr.description": {
        "de": "Migrantenverein, engagiert in Integrationsarbeit und gegen Rassismus.",
        "en": "Migrant association, active in integration work and against racism.",
    },
    "dir.football.name": {"de": "Fußball im Verein", "en": "Football at a club"},
    "dir.football.description": {
        "de": "Eines der über 300 Sportangebote der Stuttgarter Sportvereine für Geflüchtete; Sportpatinnen "
              "und Sportpaten begleiten zum ersten Training. Demo-Eintrag: Verein und Zeiten sind erfunden.",
        "en": "One of the more than 300 sports offers of Stuttgart's sports clubs for refugees; sports mentors "
              "come along to the first training. Demo entry: club and times are invented.",
    },
    "dir.swimming.name": {"de": "Schwimmen für Frauen", "en": "Swimming for women"},
    "dir.swimming.description": {
        "de": "Sportangebot eines Stuttgarter Vereins nur für Frauen. Demo-Eintrag: Verein und Zeiten sind "
              "erfunden.",
        "en": "A Stuttgart club's sports offer for women only. Demo entry: club and times are invented.",
    },
    "dir.cost.integration-course": {"de": "Demo-Angabe: Eigenanteil je Unterrichtsstunde; Befreiung möglich",
                                    "en": "Demo detail: a share per lesson; exemption possible"},
    # --- legal pages ----------------------------------------------------------------------------
    "privacy.title": {"de": "Datenschutzerklärung", "en": "Privacy notice"},
    "privacy.intro": {
        "de": "Hier steht, welche Daten dieses Portal von Ihnen erhebt, wofür, wie lange wir sie "
              "speichern und welche Rechte Sie haben (Art. 13 DSGVO). Das Portal setzt nur ein "
              "Sitzungs-Cookie und ein Cookie für die gewählte Sprache; es bindet keine Inhalte anderer "
              "Anbieter ein (keine Karten, keine Schriften, keine Statistikdienste).",
        "en": "This page says which data this portal collects from you, for what, how long we keep it and "
              "which rights you have (Art. 13 GDPR). The portal sets only a session cookie and a cookie for "
              "the language you chose; it embeds no content of other providers (no maps, no fonts, no "
              "analytics).",
    },
    "privacy.controller.heading": {"de": "Verantwortliche Stelle", "en": "Controller"},
    "privacy.controller.body": {
        "de": "Landeshauptstadt Stuttgart, Welcome Center Stuttgart\nEberhardstraße 61, 70173 Stuttgart\n\n"
              "Das Welcome Center ist eine gemeinsame Servicestelle der Landeshauptstadt Stuttgart und der "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "en": "Landeshauptstadt Stuttgart (City of Stuttgart), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nThe Welcome Center is a joint service of the City of Stuttgart and the "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
    },
    "privacy.dpo.heading": {"de": "Datenschutzbeauftragte Person", "en": "Data protection officer"},
    "privacy.dpo.body": {
        "de": "Die behördliche Datenschutzbeauftragte der Landeshauptstadt Stuttgart erreichen Sie über die "
              "Postanschrift oben mit dem Zusatz „Datenschutz“.\nDemo-Angabe: E-Mail-Adresse und Telefon "
              "trägt die Stadt hier ein.",
        "en": "You can reach the City of Stuttgart's data protection officer at the postal address above, "
              "marked “Datenschutz”.\nDemo detail: the city adds the email address and phone here.",
    },
    "privacy.booking.heading": {"de": "Terminbuchung", "en": "Booking an appointment"},
    "privacy.booking.body": {
        "de": "Zweck: Ihr Beratungstermin, die Bestätigung per E-Mail, eine Erinnerung am Tag davor und, bei "
              "telefonischer Beratung, der Anruf.\n\nRechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 lit. a "
              "DSGVO), die Sie jederzeit über den Link in der E-Mail widerrufen können, indem Sie den Termin "
              "absagen.\n\nWas wir speichern:\n- Ihren Namen\n- Ihre E-Mail-Adresse\n- Ihre Telefonnummer, "
              "wenn Sie sie angeben (bei telefonischer Beratung nötig)\n- Thema, Sprache, Art und Zeit des "
              "Termins\n\nWer es bekommt: nur die Beraterinnen und Berater des Welcome Centers, die den Termin "
              "führen. Wir geben nichts an Dritte weiter.\n\nWie lange: Eine nicht bestätigte Reservierung "
              "endet nach {booking_hold_minutes} Minuten. Name, E-Mail-Adresse und Telefonnummer löschen wir "
              "{contact_retention_days} Tage nach dem Termin; übrig bleibt ein Termin ohne Namen für die "
              "Statistik.",
        "en": "Purpose: your consultation appointment, the confirmation by email, a reminder the day before "
              "and, for a phone consultation, the call.\n\nLegal basis: your consent (Art. 6(1)(a) GDPR), "
              "which you can withdraw at any time by cancelling the appointment with the link in the "
              "email.\n\nWhat we store:\n- your name\n- your email address\n- your phone number, if you give "
              "it (needed for a phone consultation)\n- topic, language, channel and time of the "
              "appointment\n\nWho receives it: only the Welcome Center's counsellors who hold the "
              "appointment. We pass nothing to third parties.\n\nHow long: an unconfirmed reservation ends "
              "after {booking_hold_minutes} minutes. We erase your name, email address and phone number "
              "{contact_retention_days} days after the appointment; what remains is an appointment without a "
              "name, for the statistics.",
    },
    "privacy.waiting-list.heading": {"de": "Warteliste", "en": "Waiting list"},
    "privacy.waiting-list.body": {
        "de": "Zweck: Wir bieten Ihnen den nächsten frei werdenden passenden Termin an.\n\nRechtsgrundlage: "
              "Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).\n\nWas wir speichern: Ihre E-Mail-Adresse, "
              "Thema, Sprache und Art der Beratung.\n\nWer es bekommt: niemand außer dem Portal, das Ihnen die "
              "E-Mail schickt.\n\nWie lange: bis Sie einen Termin gebucht oder die Liste verlassen haben; ein "
              "angebotener Termin wird {waitlist_offer_hours} Stunden für Sie freigehalten.",
        "en": "Purpose: we offer you the next suitable time that becomes free.\n\nLegal basis: your consent "
              "(Art. 6(1)(a) GDPR).\n\nWhat we store: your email address and the topic, language and channel "
              "you want.\n\nWho receives it: nobody besides the portal, which sends you the email.\n\nHow long: "
              "until you have booked a time or left the list; a time offered to you is kept for you for "
              "{waitlist_offer_hours} hours.",
    },
    "privacy.event-signup.heading": {"de": "Anmeldung zu Veranstaltungen", "en": "Signing up for events"},
    "privacy.event-signup.body": {
        "de": "Zweck: Ihr Platz bei der Veranstaltung, die Bestätigung und gegebenenfalls die Nachricht, dass "
              "ein Platz auf der Warteliste frei geworden ist.\n\nRechtsgrundlage: Ihre Einwilligung (Art. 6 "
              "Abs. 1 lit. a DSGVO).\n\nWas wir speichern: Ihren Vornamen und Ihre E-Mail-Adresse.\n\nWer es "
              "bekommt: das Team, das die Veranstaltung durchführt.\n\nWie lange: Wir löschen Name und "
              "E-Mail-Adresse {contact_retention_days} Tage nach der Veranstaltung.",
        "en": "Purpose: your place at the event, the confirmation and, if needed, the message that a place "
              "on the waiting list has become free.\n\nLegal basis: your consent (Art. 6(1)(a) GDPR).\n\nWhat "
              "we store: your first name and your email address.\n\nWho receives it: the team that runs the "
              "event.\n\nHow long: we erase name and email address {contact_retention_days} days after the "
              "event.",
    },
    "privacy.volunteer.heading": {"de": "Anmeldung als Ehrenamtliche", "en": "Registering as a volunteer"},
    "privacy.volunteer.body": {
        "de": "Zweck: Die Koordination des Ehrenamts nimmt Kontakt mit Ihnen auf und vermittelt Sie, zum "
              "Beispiel in ein Willkommens-Tandem.\n\nRechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 lit. a "
              "DSGVO).\n\nWas wir speichern: Name, E-Mail-Adresse, Telefonnummer (freiwillig), Sprachen, "
              "Stadtbezirk, Interessen und die Rollen, die Sie übernehmen möchten.\n\nWer es bekommt: die "
              "Koordinierungsstelle, die für Sie zuständig ist.\n\nWie lange: solange Sie ehrenamtlich aktiv "
              "sind; danach auf Ihren Wunsch oder bei Widerruf der Einwilligung gelöscht.",
        "en": "Purpose: the volunteer coordination contacts you and places you, for example in a welcome "
              "tandem.\n\nLegal basis: your consent (Art. 6(1)(a) GDPR).\n\nWhat we store: name, email "
              "address, phone number (optional), languages, city district, interests and the roles you would "
              "like to take on.\n\nWho receives it: the coordination office responsible for you.\n\nHow long: "
              "as long as you volunteer; afterwards erased at your request or when you withdraw your consent.",
    },
    "privacy.tandem-request.heading": {"de": "Wunsch nach einem Willkommens-Tandem",
                                       "en": "Asking for a welcome tandem"},
    "privacy.tandem-request.body": {
        "de": "Zweck: Die Koordination des Ehrenamts sucht eine passende Willkommenspatin oder einen "
              "passenden Willkommenspaten für Sie.\n\nRechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 lit. a "
              "DSGVO).\n\nWas wir speichern: Name, E-Mail-Adresse, Telefonnummer (freiwillig), Sprachen, "
              "Stadtbezirk, Interessen und welche Hilfe Sie sich wünschen.\n\nWer es bekommt: die "
              "Koordinierungsstelle Ihres Stadtbezirks und, wenn ein Tandem entsteht, Ihre Patin oder Ihr "
              "Pate.\n\nWie lange: bis ein Tandem vermittelt ist, dann noch {tandem_request_retention_days} "
              "Tage; ein Wunsch, für den sich niemand findet, wird nach {tandem_request_max_days} Tagen "
              "gelöscht.",
        "en": "Purpose: the volunteer coordination looks for a welcome mentor who suits you.\n\nLegal basis: "
              "your consent (Art. 6(1)(a) GDPR).\n\nWhat we store: name, email address, phone number "
              "(optional), languages, city district, interests and what help you wish for.\n\nWho receives it: "
              "the coordination office of your district and, when a tandem starts, your mentor.\n\nHow long: "
              "until a tandem is arranged, then {tandem_request_retention_days} more days; a request for which "
              "nobody is found is erased after {tandem_request_max_days} days.",
    },
    "privacy.rights.heading": {"de": "Ihre Rechte", "en": "Your rights"},
    "privacy.rights.body": {
        "de": "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), "
              "Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch "
              "(Art. 21). Eine Einwilligung können Sie jederzeit widerrufen; die Verarbeitung bis dahin bleibt "
              "rechtmäßig.",
        "en": "You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), "
              "restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21). You "
              "can withdraw a consent at any time; processing until then remains lawful.",
    },
    "privacy.authority.heading": {"de": "Beschwerde bei der Aufsichtsbehörde",
                                  "en": "Complaint to the supervisory authority"},
    "privacy.authority.body": {
        "de": "Sie können sich beim Landesbeauftragten für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg beschweren.",
        "en": "You can complain to the State Commissioner for Data Protection and Freedom of Information "
              "of Baden-Württemberg (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
    },
    "imprint.title": {"de": "Impressum", "en": "Imprint"},
    "imprint.intro": {
        "de": "Herausgeberin: Landeshauptstadt Stuttgart\nWelcome Center Stuttgart, eine gemeinsame "
              "Servicestelle der Landeshauptstadt Stuttgart und der Wirtschaftsförderung Region Stuttgart "
              "GmbH (WRS)\n\nPostanschrift: Eberhardstraße 61, 70173 Stuttgart\nBesucheranschrift: im Gebäude "
              "des Instituts für Auslandsbeziehungen (ifa) am Charlottenplatz\n\nDie Landeshauptstadt Stuttgart "
              "ist eine Körperschaft des öffentlichen Rechts. Sie wird durch den Oberbürgermeister vertreten.",
        "en": "Published by: Landeshauptstadt Stuttgart (City of Stuttgart)\nWelcome Center Stuttgart, a "
              "joint service of the City of Stuttgart and the Wirtschaftsförderung Region Stuttgart GmbH "
              "(WRS)\n\nPostal address: Eberhardstraße 61, 70173 Stuttgart\nVisitors: in the building of the "
              "Institut für Auslandsbeziehungen (ifa) at Charlottenplatz\n\nThe City of Stuttgart is a public "
              "corporation. It is represented by the Lord Mayor.",
    },
    "imprint.software.heading": {"de": "Software", "en": "Software"},
    "imprint.software.body": {
        "de": "Dieses Portal ist freie Software (AGPL-3.0). Es lädt keine Inhalte von anderen Servern nach.",
        "en": "This portal is free software (AGPL-3.0). It loads no content from other servers.",
    },
    "accessibility.title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "accessibility.intro": {
        "de": "Die Landeshauptstadt Stuttgart möchte dieses Portal für alle Menschen zugänglich machen. "
              "Grundlage sind das Landes-Behindertengleichstellungsgesetz Baden-Württemberg und die "
              "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die auf die europäische Norm "
              "EN 301 549 und die WCAG 2.1, Stufe AA, verweisen.",
        "en": "The City of Stuttgart wants this portal to be accessible to everyone. The basis is the "
              "disability equality law of Baden-Württemberg and the accessible information technology "
              "ordinance (BITV 2.0), which refer to the European standard EN 301 549 and WCAG 2.1, level AA.",
    },
    "accessibility.status.heading": {"de": "Stand der Vereinbarkeit", "en": "Compliance status"},
    "accessibility.status.body": {
        "de": "Das Portal ist teilweise barrierefrei. Die öffentlichen Seiten werden bei jeder Änderung "
              "automatisch mit axe-core in einem echten Browser geprüft, auch auf einem Telefon-Bildschirm "
              "und in Arabisch und Farsi (von rechts nach links). Alle Formulare funktionieren ohne "
              "JavaScript und mit der Tastatur.",
        "en": "The portal is partially accessible. The public pages are checked automatically with axe-core "
              "in a real browser on every change, also on a phone screen and in Arabic and Farsi (right to "
              "left). All forms work without JavaScript and with the keyboard.",
    },
    "accessibility.gaps.heading": {"de": "Bekannte Einschränkungen", "en": "Known limitations"},
    "accessibility.gaps.body": {
        "de": "- Texte, die das Welcome Center pflegt (Angebote, Rechtstexte), sind nicht immer in allen 12 "
              "Sprachen vorhanden; dann zeigen wir den deutschen Text und weisen darauf hin.\n- Eine Prüfung "
              "durch Menschen mit Behinderungen steht noch aus.\n- Die Kalenderdatei zum Termin enthält nur "
              "Text; ihre Darstellung hängt von Ihrem Kalenderprogramm ab.",
        "en": "- Texts the Welcome Center keeps (offers, legal texts) are not always available in all 12 "
              "languages; then we show the German text and say so.\n- A test by people with disabilities is "
              "still to come.\n- The calendar file of an appointment contains text only; how it looks depends "
              "on your calendar program.",
    },
    "accessibility.feedback.heading": {"de": "Barrieren melden", "en": "Report a barrier"},
    "accessibility.feedback.body": {
        "de": "Wenn Sie auf Barrieren stoßen, schreiben Sie uns an die Postanschrift Eberhardstraße 61, "
              "70173 Stuttgart, Stichwort „Barrierefreiheit Welcome Center“.\nDemo-Angabe: Eine E-Mail-Adresse "
              "für Rückmeldungen trägt die Stadt hier ein. Wir antworten innerhalb von sechs Wochen.",
        "en": "If you meet a barrier, write to us at the postal address Eberhardstraße 61, 70173 Stuttgart, "
              "subject “Barrierefreiheit Welcome Center”.\nDemo detail: the city adds an email address for "
              "feedback here. We answer within six weeks.",
    },
    "accessibility.enforcement.heading": {"de": "Durchsetzungsverfahren", "en": "Enforcement procedure"},
    "accessibility.enforcement.body": {
        "de": "Wenn wir nicht oder nicht zufriedenstellend antworten, können Sie sich an die "
              "Ombudsstelle für barrierefreie Informationstechnik bei der Beauftragten der Landesregierung "
              "für die Belange von Menschen mit Behinderungen in Baden-Württemberg wenden. Das Verfahren ist "
              "kostenlos.",
        "en": "If we do not answer, or not satisfactorily, you can turn to the ombudsperson for accessible "
              "information technology at the Baden-Württemberg government's commissioner for people with "
              "disabilities. The procedure is free of charge.",
    },
    "easy-german.title": {"de": "Das Welcome Center in Leichter Sprache"},
    "easy-german.intro": {
        "de": "Sie sind neu in Stuttgart?\nDann können Sie zum Welcome Center kommen.\n\n"
              "Im Welcome Center bekommen Sie Beratung.\nDie Beratung kostet nichts.\n"
              "Wir sprechen Deutsch, Englisch und 10 andere Sprachen.",
    },
    "easy-german.what.heading": {"de": "Was kann ich auf dieser Internet-Seite machen?"},
    "easy-german.what.body": {
        "de": "- Einen Termin für eine Beratung buchen.\n- Sehen, wo das Welcome Center ist.\n"
              "- Deutsch-Kurse und andere Angebote finden.\n- Sich für Veranstaltungen anmelden.\n"
              "- Eine Patin oder einen Paten suchen.",
    },
    "easy-german.book.heading": {"de": "So buchen Sie einen Termin"},
    "easy-german.book.body": {
        "de": "1. Wählen Sie ein Thema.\n2. Wählen Sie eine Sprache.\n3. Wählen Sie: Sie kommen zu uns. "
              "Oder wir rufen Sie an. Oder wir sprechen im Internet.\n4. Wählen Sie eine Zeit.\n"
              "5. Schreiben Sie Ihren Namen und Ihre E-Mail-Adresse.\n6. Sie bekommen eine E-Mail.\n"
              "Klicken Sie auf den Link in der E-Mail.\nDann ist der Termin fest.",
    },
    "easy-german.data.heading": {"de": "Was passiert mit meinen Daten?"},
    "easy-german.data.body": {
        "de": "Wir brauchen Ihren Namen und Ihre E-Mail-Adresse für den Termin.\n"
              "Wir geben die Daten nicht weiter.\n"
              "Nach {contact_retention_days} Tagen löschen wir Ihren Namen und Ihre E-Mail-Adresse.",
    },
}


def text(key: str, lang: str) -> str:
    return TEXTS.get(key, {}).get(lang, "")
