"""The public texts in the 12 languages.

Loaded by migration welcome 0010 into every installation (staff edit them afterwards): the legal
pages, how each channel works, what to bring per topic. Loaded by the demo data only: the place and
the directory entries.

Only facts the seeds state: the Welcome Center sits in the building of the Institut für
Auslandsbeziehungen (ifa) at Charlottenplatz; letters go to Eberhardstraße 61, 70173 Stuttgart; it is
run by the Landeshauptstadt Stuttgart together with the Wirtschaftsförderung Region Stuttgart (WRS).
Everything else a real centre would publish (hours, phone, entrance, lines, the data protection
officer's address) is invented and marked as demo in the texts and on the pages; the city replaces it.

Texts in braces ({contact_retention_days} ...) are filled from the running settings when shown.
Each entry: key -> {language code: text}. Easy German (Leichte Sprache) is German only.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # --- the place ------------------------------------------------------------------------------
    "place.name": {
        "de": "Welcome Center Stuttgart",
        "en": "Welcome Center Stuttgart",
        "ar": "مركز الترحيب في شتوتغارت (Welcome Center Stuttgart)",
        "fa": "مرکز خوشامدگویی اشتوتگارت (Welcome Center Stuttgart)",
        "tr": "Welcome Center Stuttgart",
        "uk": "Welcome Center Stuttgart",
        "ru": "Welcome Center Stuttgart",
        "es": "Welcome Center Stuttgart",
        "it": "Welcome Center Stuttgart",
        "el": "Welcome Center Stuttgart",
        "pl": "Welcome Center Stuttgart",
        "ro": "Welcome Center Stuttgart",
    },
    "place.building": {
        "de": "im Gebäude des Instituts für Auslandsbeziehungen (ifa) am Charlottenplatz",
        "en": "in the building of the Institut für Auslandsbeziehungen (ifa) at Charlottenplatz",
        "ar": "في مبنى معهد Institut für Auslandsbeziehungen (ifa) في ساحة Charlottenplatz",
        "fa": "در ساختمان مؤسسه Institut für Auslandsbeziehungen (ifa) در میدان Charlottenplatz",
        "tr": "Charlottenplatz'taki Institut für Auslandsbeziehungen (ifa) binasında",
        "uk": "у будівлі Institut für Auslandsbeziehungen (ifa) на площі Charlottenplatz",
        "ru": "в здании Institut für Auslandsbeziehungen (ifa) на площади Charlottenplatz",
        "es": "en el edificio del Institut für Auslandsbeziehungen (ifa), en la Charlottenplatz",
        "it": "nell'edificio dell'Institut für Auslandsbeziehungen (ifa) in Charlottenplatz",
        "el": "στο κτίριο του Institut für Auslandsbeziehungen (ifa) στην πλατεία Charlottenplatz",
        "pl": "w budynku Institut für Auslandsbeziehungen (ifa) przy Charlottenplatz",
        "ro": "în clădirea Institut für Auslandsbeziehungen (ifa) din Charlottenplatz",
    },
    "place.entrance": {
        "de": "Demo-Angabe: Eingang am Charlottenplatz, Erdgeschoss, dem Schild „Welcome Center“ folgen.",
        "en": "Demo detail: entrance on Charlottenplatz, ground floor, follow the “Welcome Center” sign.",
        "ar": "بيان تجريبي: المدخل من جهة Charlottenplatz، الطابق الأرضي، اتبع اللافتة «Welcome Center».",
        "fa": "اطلاعات نمایشی: ورودی از سمت Charlottenplatz، طبقه همکف؛ تابلوی «Welcome Center» را دنبال "
              "کنید.",
        "tr": "Demo bilgisi: Giriş Charlottenplatz tarafında, zemin katta; “Welcome Center” tabelasını "
              "takip edin.",
        "uk": "Демо-дані: вхід з боку Charlottenplatz, перший поверх, ідіть за вказівником «Welcome Center».",
        "ru": "Демо-данные: вход со стороны Charlottenplatz, первый этаж, следуйте указателю «Welcome "
              "Center».",
        "es": "Dato de demostración: entrada por la Charlottenplatz, planta baja; siga el cartel «Welcome "
              "Center».",
        "it": "Dato dimostrativo: ingresso su Charlottenplatz, piano terra; segua il cartello «Welcome "
              "Center».",
        "el": "Στοιχείο επίδειξης: είσοδος από την Charlottenplatz, ισόγειο· ακολουθήστε την πινακίδα "
              "«Welcome Center».",
        "pl": "Informacja demonstracyjna: wejście od strony Charlottenplatz, parter; prosimy kierować się "
              "tabliczką „Welcome Center”.",
        "ro": "Informație demonstrativă: intrarea dinspre Charlottenplatz, parter; urmați indicatorul "
              "„Welcome Center”.",
    },
    "place.access_notes": {
        "de": "Demo-Angabe: Bitte sagen Sie uns bei der Buchung, wenn Sie Hilfe beim Zugang brauchen.",
        "en": "Demo detail: please tell us when you book if you need help getting in.",
        "ar": "بيان تجريبي: إذا كنت بحاجة إلى مساعدة للدخول إلى المبنى، يُرجى إخبارنا بذلك عند الحجز.",
        "fa": "اطلاعات نمایشی: اگر برای ورود به ساختمان به کمک نیاز دارید، لطفاً هنگام رزرو نوبت به ما "
              "بگویید.",
        "tr": "Demo bilgisi: Binaya girişte yardıma ihtiyacınız varsa lütfen randevu alırken bize bildirin.",
        "uk": "Демо-дані: якщо Вам потрібна допомога, щоб потрапити до приміщення, повідомте нам про це, "
              "будь ласка, під час запису.",
        "ru": "Демо-данные: если Вам нужна помощь, чтобы попасть в здание, пожалуйста, сообщите нам об этом "
              "при записи.",
        "es": "Dato de demostración: si necesita ayuda para acceder al edificio, por favor, indíquenoslo al "
              "reservar la cita.",
        "it": "Dato dimostrativo: se ha bisogno di aiuto per accedere all'edificio, ce lo comunichi al "
              "momento della prenotazione.",
        "el": "Στοιχείο επίδειξης: αν χρειάζεστε βοήθεια για την πρόσβαση, παρακαλούμε ενημερώστε μας όταν "
              "κλείνετε το ραντεβού.",
        "pl": "Informacja demonstracyjna: jeśli potrzebna jest pomoc przy wejściu do budynku, prosimy "
              "poinformować nas o tym przy rezerwacji.",
        "ro": "Informație demonstrativă: dacă aveți nevoie de ajutor pentru a intra în clădire, vă rugăm să "
              "ne spuneți acest lucru când faceți programarea.",
    },
    "place.transport": {
        "de": "Haltestelle Charlottenplatz (Stadtbahn und Bus)\nDemo-Angabe: Linien werden von der Stadt ergänzt.",
        "en": "Stop Charlottenplatz (light rail and bus)\nDemo detail: the lines will be added by the city.",
        "ar": "محطة Charlottenplatz (القطار الخفيف Stadtbahn والحافلات)\nبيان تجريبي: ستضيف المدينة أرقام "
              "الخطوط لاحقًا.",
        "fa": "ایستگاه Charlottenplatz (قطار شهری Stadtbahn و اتوبوس)\nاطلاعات نمایشی: شماره خطوط را "
              "شهرداری بعداً اضافه می‌کند.",
        "tr": "Charlottenplatz durağı (hafif raylı sistem Stadtbahn ve otobüs)\nDemo bilgisi: Hat "
              "numaraları belediye tarafından eklenecektir.",
        "uk": "Зупинка Charlottenplatz (швидкісний трамвай Stadtbahn і автобус)\nДемо-дані: номери ліній "
              "додасть місто.",
        "ru": "Остановка Charlottenplatz (скоростной трамвай Stadtbahn и автобус)\nДемо-данные: номера "
              "линий добавит город.",
        "es": "Parada Charlottenplatz (tren ligero Stadtbahn y autobús)\nDato de demostración: la ciudad "
              "añadirá las líneas.",
        "it": "Fermata Charlottenplatz (metrotranvia Stadtbahn e autobus)\nDato dimostrativo: le linee "
              "saranno aggiunte dalla città.",
        "el": "Στάση Charlottenplatz (ελαφρύς σιδηρόδρομος Stadtbahn και λεωφορείο)\nΣτοιχείο επίδειξης: "
              "τις γραμμές θα τις συμπληρώσει ο δήμος.",
        "pl": "Przystanek Charlottenplatz (szybki tramwaj Stadtbahn i autobus)\nInformacja demonstracyjna: "
              "numery linii uzupełni miasto.",
        "ro": "Stația Charlottenplatz (metrou ușor Stadtbahn și autobuz)\nInformație demonstrativă: liniile "
              "vor fi completate de oraș.",
    },
    # --- how each channel works ---------------------------------------------------------------
    "channel.in_person": {
        "de": "Sie kommen zu uns ins Welcome Center. Bitte seien Sie ein paar Minuten vor der Zeit da und "
              "melden Sie sich am Empfang. Wenn Sie später kommen, kann das Gespräch kürzer werden.",
        "en": "You come to us at the Welcome Center. Please arrive a few minutes early and report to the "
              "reception. If you are late, the consultation may be shorter.",
        "ar": "تأتي إلينا في مركز الترحيب (Welcome Center). يُرجى الحضور قبل الموعد ببضع دقائق والتوجّه إلى "
              "مكتب الاستقبال. إذا تأخرت، فقد تصبح مدة الاستشارة أقصر.",
        "fa": "شما به مرکز خوشامدگویی (Welcome Center) نزد ما می‌آیید. لطفاً چند دقیقه زودتر از زمان نوبت "
              "برسید و به پذیرش مراجعه کنید. اگر دیرتر برسید، ممکن است زمان گفت‌وگو کوتاه‌تر شود.",
        "tr": "Bizi Welcome Center'da ziyaret edersiniz. Lütfen randevu saatinden birkaç dakika önce gelin "
              "ve danışmaya başvurun. Geç kalırsanız görüşme süresi kısalabilir.",
        "uk": "Ви приходите до нас у Welcome Center. Будь ласка, прийдіть за кілька хвилин до призначеного "
              "часу та зверніться на рецепцію. Якщо Ви запізнитеся, консультація може бути коротшою.",
        "ru": "Вы приходите к нам в Welcome Center. Пожалуйста, приходите за несколько минут до "
              "назначенного времени и подойдите к стойке регистрации. Если Вы опоздаете, консультация может "
              "оказаться короче.",
        "es": "Usted viene a vernos al Welcome Center. Por favor, llegue unos minutos antes de la hora y "
              "preséntese en la recepción. Si llega tarde, la consulta puede ser más corta.",
        "it": "Lei viene da noi al Welcome Center. La preghiamo di arrivare qualche minuto prima "
              "dell'orario e di presentarsi alla reception. Se arriva in ritardo, il colloquio potrebbe "
              "essere più breve.",
        "el": "Έρχεστε σε εμάς στο Welcome Center. Παρακαλούμε να έρθετε λίγα λεπτά νωρίτερα και να "
              "απευθυνθείτε στην υποδοχή. Αν καθυστερήσετε, η συνάντηση μπορεί να είναι συντομότερη.",
        "pl": "Zapraszamy do nas, do Welcome Center. Prosimy przyjść kilka minut przed wyznaczoną godziną i "
              "zgłosić się w recepcji. W przypadku spóźnienia rozmowa może być krótsza.",
        "ro": "Veniți la noi, la Welcome Center. Vă rugăm să ajungeți cu câteva minute înainte de oră și să "
              "vă prezentați la recepție. Dacă întârziați, consultația poate fi mai scurtă.",
    },
    "channel.phone": {
        "de": "Wir rufen Sie zur gebuchten Zeit unter der Telefonnummer an, die Sie angegeben haben. Bitte "
              "halten Sie Ihr Telefon bereit und die Unterlagen griffbereit.",
        "en": "We call you at the booked time on the phone number you gave. Please keep your phone at hand "
              "and your documents ready.",
        "ar": "نتصل بك في الموعد المحجوز على رقم الهاتف الذي قدّمته. يُرجى إبقاء هاتفك قريبًا منك ووثائقك "
              "في متناول يدك.",
        "fa": "در زمان رزروشده با شماره تلفنی که وارد کرده‌اید با شما تماس می‌گیریم. لطفاً تلفن خود را "
              "آماده و مدارکتان را دم دست داشته باشید.",
        "tr": "Randevu saatinde, bize verdiğiniz telefon numarasını ararız. Lütfen telefonunuzu yanınızda "
              "ve belgelerinizi hazır bulundurun.",
        "uk": "Ми зателефонуємо Вам у заброньований час за номером, який Ви вказали. Будь ласка, тримайте "
              "телефон поруч, а документи — під рукою.",
        "ru": "Мы позвоним Вам в назначенное время по номеру телефона, который Вы указали. Пожалуйста, "
              "держите телефон рядом, а документы — под рукой.",
        "es": "Le llamamos a la hora reservada al número de teléfono que nos ha indicado. Por favor, tenga "
              "el teléfono a mano y los documentos preparados.",
        "it": "La chiamiamo all'orario prenotato al numero di telefono che ci ha indicato. Tenga a portata "
              "di mano il telefono e i documenti.",
        "el": "Σας τηλεφωνούμε την ώρα του ραντεβού στον αριθμό τηλεφώνου που μας δώσατε. Παρακαλούμε να "
              "έχετε το τηλέφωνο κοντά σας και τα έγγραφά σας πρόχειρα.",
        "pl": "Zadzwonimy o zarezerwowanej godzinie pod podany numer telefonu. Prosimy mieć telefon przy "
              "sobie, a dokumenty pod ręką.",
        "ro": "Vă sunăm la ora rezervată, la numărul de telefon pe care l-ați indicat. Vă rugăm să aveți "
              "telefonul la îndemână și documentele pregătite.",
    },
    "channel.online": {
        "de": "Das Gespräch findet als Videogespräch im Browser statt; Sie brauchen kein Programm. Den Link "
              "finden Sie in der Bestätigungs-E-Mail und auf Ihrer Terminseite. Öffnen Sie ihn kurz vor der "
              "Zeit; Kamera und Mikrofon sollten funktionieren.",
        "en": "The consultation is a video call in the browser; you need no program. You find the link in "
              "the confirmation email and on your appointment page. Open it shortly before the time; your "
              "camera and microphone should work.",
        "ar": "تُجرى الاستشارة عبر مكالمة فيديو في المتصفح، ولا تحتاج إلى أي برنامج. ستجد الرابط في رسالة "
              "التأكيد الإلكترونية وفي صفحة موعدك. افتحه قبل الموعد بقليل، ويجب أن تعمل الكاميرا "
              "والميكروفون.",
        "fa": "گفت‌وگو به‌صورت تماس تصویری در مرورگر انجام می‌شود؛ به هیچ برنامه‌ای نیاز ندارید. پیوند را "
              "در ایمیل تأیید و در صفحه نوبت خود پیدا می‌کنید. کمی پیش از زمان نوبت آن را باز کنید؛ دوربین "
              "و میکروفون باید کار کنند.",
        "tr": "Görüşme tarayıcıda görüntülü görüşme olarak yapılır; herhangi bir programa ihtiyacınız "
              "yoktur. Bağlantıyı onay e-postasında ve randevu sayfanızda bulabilirsiniz. Bağlantıyı "
              "randevu saatinden kısa bir süre önce açın; kameranız ve mikrofonunuz çalışır durumda "
              "olmalıdır.",
        "uk": "Консультація проходить як відеодзвінок у браузері; встановлювати програму не потрібно. "
              "Посилання Ви знайдете в листі з підтвердженням і на сторінці свого запису. Відкрийте його "
              "незадовго до початку; камера та мікрофон мають працювати.",
        "ru": "Консультация проходит в формате видеозвонка в браузере; устанавливать программу не нужно. "
              "Ссылку Вы найдёте в письме с подтверждением и на странице своей записи. Откройте её "
              "незадолго до начала; камера и микрофон должны работать.",
        "es": "La consulta es una videollamada en el navegador; no necesita instalar ningún programa. "
              "Encontrará el enlace en el correo electrónico de confirmación y en la página de su cita. "
              "Ábralo poco antes de la hora; la cámara y el micrófono deben funcionar.",
        "it": "Il colloquio si svolge in videochiamata nel browser; non serve alcun programma. Trova il "
              "link nell'e-mail di conferma e nella pagina del Suo appuntamento. Lo apra poco prima "
              "dell'orario; videocamera e microfono devono funzionare.",
        "el": "Η συνάντηση γίνεται με βιντεοκλήση στο πρόγραμμα περιήγησης· δεν χρειάζεται να εγκαταστήσετε "
              "κάποιο πρόγραμμα. Τον σύνδεσμο θα τον βρείτε στο email επιβεβαίωσης και στη σελίδα του "
              "ραντεβού σας. Ανοίξτε τον λίγο πριν από την ώρα· η κάμερα και το μικρόφωνο πρέπει να "
              "λειτουργούν.",
        "pl": "Rozmowa odbywa się jako wideorozmowa w przeglądarce; nie trzeba instalować żadnego programu. "
              "Link znajduje się w e-mailu z potwierdzeniem oraz na stronie wizyty. Prosimy otworzyć go tuż "
              "przed wyznaczoną godziną; kamera i mikrofon powinny działać.",
        "ro": "Consultația are loc prin apel video în browser; nu aveți nevoie de niciun program. Linkul îl "
              "găsiți în e-mailul de confirmare și pe pagina programării dumneavoastră. Deschideți-l cu "
              "puțin înainte de oră; camera și microfonul trebuie să funcționeze.",
    },
    # --- what to bring, per topic ---------------------------------------------------------------
    "bring.work": {
        "de": "Ihren Pass oder Ausweis, Ihren Aufenthaltstitel (falls vorhanden), Ihren Lebenslauf und Zeugnisse.",
        "en": "Your passport or ID card, your residence permit (if you have one), your CV and certificates.",
        "ar": "جواز سفرك أو بطاقة هويتك، وتصريح الإقامة (إن وُجد)، وسيرتك الذاتية وشهاداتك.",
        "fa": "گذرنامه یا کارت شناسایی، اجازه اقامت (در صورت داشتن)، رزومه و مدارک و گواهی‌نامه‌های خود.",
        "tr": "Pasaportunuz veya kimlik kartınız, oturum izniniz (varsa), özgeçmişiniz ile diploma ve "
              "sertifikalarınız.",
        "uk": "Паспорт або посвідчення особи, посвідка на проживання (якщо є), резюме та дипломи або "
              "свідоцтва.",
        "ru": "Паспорт или удостоверение личности, вид на жительство (если есть), резюме и дипломы или "
              "свидетельства.",
        "es": "Su pasaporte o documento de identidad, su permiso de residencia (si lo tiene), su currículum "
              "y sus certificados.",
        "it": "Il passaporto o la carta d'identità, il permesso di soggiorno (se ce l'ha), il curriculum e "
              "i certificati.",
        "el": "Το διαβατήριο ή την ταυτότητά σας, την άδεια διαμονής σας (αν έχετε), το βιογραφικό σας και "
              "τα πιστοποιητικά σας.",
        "pl": "Paszport lub dowód osobisty, dokument pobytowy (jeśli jest), CV oraz świadectwa i dyplomy.",
        "ro": "Pașaportul sau actul de identitate, permisul de ședere (dacă aveți), CV-ul și certificatele.",
    },
    "bring.german": {
        "de": "Ihren Pass oder Ausweis und, falls vorhanden, Nachweise über Deutschkurse oder Sprachprüfungen "
              "und eine Berechtigung zum Integrationskurs.",
        "en": "Your passport or ID card and, if you have them, certificates of German courses or language "
              "exams and an entitlement to an integration course.",
        "ar": "جواز سفرك أو بطاقة هويتك، وإن وُجدت: شهادات دورات اللغة الألمانية أو امتحانات اللغة، وإذن "
              "المشاركة في دورة الاندماج (Integrationskurs).",
        "fa": "گذرنامه یا کارت شناسایی و در صورت داشتن: گواهی دوره‌های زبان آلمانی یا آزمون‌های زبان و مجوز "
              "شرکت در دوره ادغام (Integrationskurs).",
        "tr": "Pasaportunuz veya kimlik kartınız ve varsa Almanca kurslarına ya da dil sınavlarına ait "
              "belgeler ile uyum kursuna (Integrationskurs) katılım hakkı belgeniz.",
        "uk": "Паспорт або посвідчення особи, а також, якщо є, підтвердження про курси німецької чи мовні "
              "іспити та дозвіл на участь в інтеграційному курсі.",
        "ru": "Паспорт или удостоверение личности, а также, если есть, подтверждения о курсах немецкого "
              "языка или языковых экзаменах и разрешение на посещение интеграционного курса.",
        "es": "Su pasaporte o documento de identidad y, si los tiene, justificantes de cursos de alemán o "
              "de exámenes de idioma y la autorización para un curso de integración.",
        "it": "Il passaporto o la carta d'identità e, se li ha, gli attestati di corsi di tedesco o di "
              "esami di lingua e l'autorizzazione a frequentare un corso di integrazione.",
        "el": "Το διαβατήριο ή την ταυτότητά σας και, αν έχετε, βεβαιώσεις για μαθήματα γερμανικών ή "
              "γλωσσικές εξετάσεις και την άδεια συμμετοχής σε μάθημα ένταξης (Integrationskurs).",
        "pl": "Paszport lub dowód osobisty oraz, jeśli są, zaświadczenia o kursach niemieckiego lub "
              "egzaminach językowych i uprawnienie do udziału w kursie integracyjnym.",
        "ro": "Pașaportul sau actul de identitate și, dacă aveți, dovezi ale cursurilor de germană sau ale "
              "examenelor de limbă și aprobarea de participare la un curs de integrare.",
    },
    "bring.studying": {
        "de": "Ihren Pass, Ihre Schul- und Hochschulzeugnisse und, falls vorhanden, eine Zulassung oder "
              "Bewerbung einer Hochschule.",
        "en": "Your passport, your school and university certificates and, if you have one, an admission "
              "or application to a university.",
        "ar": "جواز سفرك، وشهاداتك المدرسية والجامعية، وإن وُجد: قبول من جامعة أو طلب تقديم إلى جامعة.",
        "fa": "گذرنامه، مدارک تحصیلی مدرسه و دانشگاه و در صورت داشتن، پذیرش یا درخواست پذیرش از یک دانشگاه.",
        "tr": "Pasaportunuz, okul ve üniversite diplomalarınız ve varsa bir üniversiteden aldığınız kabul "
              "belgesi veya yaptığınız başvuru.",
        "uk": "Паспорт, шкільні та університетські документи про освіту і, якщо є, підтвердження про "
              "зарахування до вишу або заява на вступ.",
        "ru": "Паспорт, школьные и вузовские документы об образовании и, если есть, подтверждение о "
              "зачислении в вуз или заявление на поступление.",
        "es": "Su pasaporte, sus certificados escolares y universitarios y, si la tiene, una admisión o "
              "solicitud de una universidad.",
        "it": "Il passaporto, i titoli di studio scolastici e universitari e, se ce l'ha, un'ammissione o "
              "una domanda di iscrizione a un'università.",
        "el": "Το διαβατήριό σας, τους σχολικούς και πανεπιστημιακούς τίτλους σπουδών σας και, αν έχετε, "
              "βεβαίωση εισαγωγής ή αίτηση σε πανεπιστήμιο.",
        "pl": "Paszport, świadectwa szkolne i dyplomy uczelni oraz, jeśli są, decyzja o przyjęciu na studia "
              "lub złożona aplikacja na uczelnię.",
        "ro": "Pașaportul, diplomele școlare și universitare și, dacă aveți, o scrisoare de admitere sau o "
              "candidatură la o universitate.",
    },
    "bring.recognition": {
        "de": "Ihre Abschlusszeugnisse und Fächerlisten (Kopien genügen), Übersetzungen, falls vorhanden, und "
              "Nachweise über Ihre Berufserfahrung.",
        "en": "Your diplomas and transcripts (copies are enough), translations if you have them, and proof "
              "of your work experience.",
        "ar": "شهادات التخرج وكشوف المواد (تكفي النسخ)، والترجمات إن وُجدت، وما يثبت خبرتك المهنية.",
        "fa": "مدارک پایان تحصیل و ریز نمرات (کپی کافی است)، ترجمه‌ها در صورت داشتن و مدارک سابقه کاری خود.",
        "tr": "Diplomalarınız ve ders listeleriniz (fotokopi yeterlidir), varsa tercümeleri ve iş "
              "deneyiminizi gösteren belgeler.",
        "uk": "Дипломи та додатки з переліком предметів (достатньо копій), переклади, якщо є, та "
              "підтвердження Вашого професійного досвіду.",
        "ru": "Дипломы и приложения с перечнем предметов (достаточно копий), переводы, если есть, и "
              "подтверждения Вашего профессионального опыта.",
        "es": "Sus títulos y certificados de notas (bastan copias), traducciones si las tiene y "
              "justificantes de su experiencia profesional.",
        "it": "I diplomi e gli elenchi degli esami (bastano le copie), le traduzioni, se le ha, e i "
              "documenti che attestano la Sua esperienza professionale.",
        "el": "Τους τίτλους σπουδών και τις αναλυτικές βαθμολογίες σας (αρκούν αντίγραφα), μεταφράσεις, αν "
              "έχετε, και αποδεικτικά της επαγγελματικής σας εμπειρίας.",
        "pl": "Dyplomy i wykazy przedmiotów lub suplementy (wystarczą kopie), tłumaczenia, jeśli są, oraz "
              "zaświadczenia o doświadczeniu zawodowym.",
        "ro": "Diplomele și foile matricole (sunt suficiente copii), traducerile, dacă aveți, și dovezi ale "
              "experienței profesionale.",
    },
    "bring.training": {
        "de": "Ihren Pass oder Ausweis, Ihre Schulzeugnisse und Ihren Lebenslauf.",
        "en": "Your passport or ID card, your school certificates and your CV.",
        "ar": "جواز سفرك أو بطاقة هويتك، وشهاداتك المدرسية، وسيرتك الذاتية.",
        "fa": "گذرنامه یا کارت شناسایی، مدارک و کارنامه‌های مدرسه و رزومه خود.",
        "tr": "Pasaportunuz veya kimlik kartınız, okul diplomalarınız ve özgeçmişiniz.",
        "uk": "Паспорт або посвідчення особи, шкільні атестати та резюме.",
        "ru": "Паспорт или удостоверение личности, школьные аттестаты и резюме.",
        "es": "Su pasaporte o documento de identidad, sus certificados escolares y su currículum.",
        "it": "Il passaporto o la carta d'identità, le pagelle o i diplomi scolastici e il curriculum.",
        "el": "Το διαβατήριο ή την ταυτότητά σας, τους σχολικούς σας τίτλους και το βιογραφικό σας.",
        "pl": "Paszport lub dowód osobisty, świadectwa szkolne i CV.",
        "ro": "Pașaportul sau actul de identitate, diplomele școlare și CV-ul.",
    },
    "bring.residence": {
        "de": "Ihren Pass, Ihren Aufenthaltstitel oder Ihre Aufenthaltsgestattung und Briefe der "
              "Ausländerbehörde.",
        "en": "Your passport, your residence permit or permission to stay, and letters from the "
              "immigration office.",
        "ar": "جواز سفرك، وتصريح الإقامة أو إذن البقاء خلال إجراءات اللجوء (Aufenthaltsgestattung)، "
              "والرسائل الواردة من دائرة الأجانب.",
        "fa": "گذرنامه، اجازه اقامت یا مجوز اقامت در دوران رسیدگی به درخواست پناهندگی "
              "(Aufenthaltsgestattung) و نامه‌های اداره اتباع خارجی.",
        "tr": "Pasaportunuz, oturum izniniz veya sığınma süreci için verilen ikamet izin belgeniz "
              "(Aufenthaltsgestattung) ve Yabancılar Dairesi'nden gelen mektuplar.",
        "uk": "Паспорт, посвідка на проживання або дозвіл на перебування на час процедури надання притулку "
              "(Aufenthaltsgestattung) та листи з відомства у справах іноземців.",
        "ru": "Паспорт, вид на жительство или разрешение на пребывание на время процедуры предоставления "
              "убежища (Aufenthaltsgestattung) и письма из ведомства по делам иностранцев.",
        "es": "Su pasaporte, su permiso de residencia o su permiso de estancia durante el procedimiento de "
              "asilo (Aufenthaltsgestattung) y las cartas de la oficina de extranjería.",
        "it": "Il passaporto, il permesso di soggiorno o il permesso di soggiorno provvisorio per "
              "richiedenti asilo (Aufenthaltsgestattung) e le lettere dell'ufficio stranieri.",
        "el": "Το διαβατήριό σας, την άδεια διαμονής σας ή την άδεια παραμονής κατά τη διαδικασία ασύλου "
              "(Aufenthaltsgestattung) και τις επιστολές της υπηρεσίας αλλοδαπών.",
        "pl": "Paszport, dokument pobytowy lub zaświadczenie o zgodzie na pobyt na czas postępowania "
              "azylowego (Aufenthaltsgestattung) oraz pisma z urzędu ds. cudzoziemców.",
        "ro": "Pașaportul, permisul de ședere sau permisiunea de ședere pe durata procedurii de azil "
              "(Aufenthaltsgestattung) și scrisorile de la biroul pentru străini.",
    },
    "bring.childcare": {
        "de": "Die Geburtsurkunden oder Pässe Ihrer Kinder und, falls vorhanden, Zeugnisse der Kinder.",
        "en": "Your children's birth certificates or passports and, if you have them, their school reports.",
        "ar": "شهادات ميلاد أطفالك أو جوازات سفرهم، وإن وُجدت: شهاداتهم المدرسية.",
        "fa": "گواهی تولد یا گذرنامه فرزندانتان و در صورت داشتن، کارنامه‌های مدرسه آن‌ها.",
        "tr": "Çocuklarınızın doğum belgeleri veya pasaportları ve varsa okul karneleri.",
        "uk": "Свідоцтва про народження або паспорти Ваших дітей і, якщо є, їхні шкільні табелі.",
        "ru": "Свидетельства о рождении или паспорта Ваших детей и, если есть, их школьные табели.",
        "es": "Las partidas de nacimiento o los pasaportes de sus hijos y, si los tiene, sus boletines de "
              "notas.",
        "it": "I certificati di nascita o i passaporti dei Suoi figli e, se le ha, le loro pagelle.",
        "el": "Τις ληξιαρχικές πράξεις γέννησης ή τα διαβατήρια των παιδιών σας και, αν έχετε, τους "
              "σχολικούς τους ελέγχους.",
        "pl": "Akty urodzenia lub paszporty dzieci oraz, jeśli są, ich świadectwa szkolne.",
        "ro": "Certificatele de naștere sau pașapoartele copiilor și, dacă aveți, carnetele lor de note.",
    },
    "bring.housing": {
        "de": "Ihren Pass oder Ausweis, Ihren Aufenthaltstitel und, falls vorhanden, Ihren Mietvertrag oder "
              "Briefe des Vermieters.",
        "en": "Your passport or ID card, your residence permit and, if you have them, your rental contract "
              "or letters from the landlord.",
        "ar": "جواز سفرك أو بطاقة هويتك، وتصريح الإقامة، وإن وُجد: عقد الإيجار أو الرسائل الواردة من "
              "المؤجّر.",
        "fa": "گذرنامه یا کارت شناسایی، اجازه اقامت و در صورت داشتن، قرارداد اجاره یا نامه‌های صاحبخانه.",
        "tr": "Pasaportunuz veya kimlik kartınız, oturum izniniz ve varsa kira sözleşmeniz ya da ev "
              "sahibinden gelen mektuplar.",
        "uk": "Паспорт або посвідчення особи, посвідка на проживання і, якщо є, договір оренди або листи "
              "від орендодавця.",
        "ru": "Паспорт или удостоверение личности, вид на жительство и, если есть, договор аренды или "
              "письма от арендодателя.",
        "es": "Su pasaporte o documento de identidad, su permiso de residencia y, si los tiene, su contrato "
              "de alquiler o las cartas del propietario.",
        "it": "Il passaporto o la carta d'identità, il permesso di soggiorno e, se li ha, il contratto "
              "d'affitto o le lettere del proprietario di casa.",
        "el": "Το διαβατήριο ή την ταυτότητά σας, την άδεια διαμονής σας και, αν έχετε, το μισθωτήριό σας ή "
              "επιστολές του ιδιοκτήτη.",
        "pl": "Paszport lub dowód osobisty, dokument pobytowy oraz, jeśli są, umowa najmu lub pisma od "
              "wynajmującego.",
        "ro": "Pașaportul sau actul de identitate, permisul de ședere și, dacă aveți, contractul de "
              "închiriere sau scrisorile de la proprietar.",
    },
    "bring.health": {
        "de": "Ihre Krankenversicherungskarte oder Versicherungsnachweise und Briefe der Krankenkasse.",
        "en": "Your health insurance card or proof of insurance and letters from the health insurer.",
        "ar": "بطاقة التأمين الصحي أو ما يثبت تأمينك، والرسائل الواردة من صندوق التأمين الصحي.",
        "fa": "کارت بیمه درمانی یا مدارک بیمه و نامه‌های صندوق بیمه درمانی.",
        "tr": "Sağlık sigortası kartınız veya sigorta belgeleriniz ve sağlık sigortası kurumunuzdan gelen "
              "mektuplar.",
        "uk": "Картка медичного страхування або підтвердження страхування та листи від Вашої медичної "
              "страхової каси.",
        "ru": "Карта медицинского страхования или подтверждение страховки и письма от Вашей больничной "
              "кассы.",
        "es": "Su tarjeta del seguro médico o justificantes del seguro y las cartas de su caja de seguro "
              "médico.",
        "it": "La tessera dell'assicurazione sanitaria o i documenti dell'assicurazione e le lettere della "
              "cassa malattia.",
        "el": "Την κάρτα ασφάλισης υγείας ή αποδεικτικά ασφάλισης και επιστολές του ταμείου ασφάλισης "
              "υγείας σας.",
        "pl": "Karta ubezpieczenia zdrowotnego lub potwierdzenie ubezpieczenia oraz pisma z kasy chorych.",
        "ro": "Cardul de asigurare de sănătate sau dovezile de asigurare și scrisorile de la casa de "
              "asigurări de sănătate.",
    },
    "bring.social": {
        "de": "Nichts Besonderes: Erzählen Sie uns, was Sie interessiert und wo in Stuttgart Sie wohnen.",
        "en": "Nothing special: tell us what you are interested in and where in Stuttgart you live.",
        "ar": "لا شيء خاص: أخبرنا بما يهمّك وفي أي منطقة من شتوتغارت تسكن.",
        "fa": "چیز خاصی لازم نیست: به ما بگویید به چه چیزهایی علاقه دارید و در کدام منطقه اشتوتگارت زندگی "
              "می‌کنید.",
        "tr": "Özel bir şey gerekmez: Bize nelerle ilgilendiğinizi ve Stuttgart'ın neresinde oturduğunuzu "
              "anlatın.",
        "uk": "Нічого особливого: розкажіть нам, що Вас цікавить і в якій частині Штутгарта Ви живете.",
        "ru": "Ничего особенного: расскажите нам, что Вас интересует и в какой части Штутгарта Вы живёте.",
        "es": "Nada especial: cuéntenos qué le interesa y en qué parte de Stuttgart vive.",
        "it": "Niente di particolare: ci racconti che cosa La interessa e in quale zona di Stoccarda abita.",
        "el": "Τίποτα ιδιαίτερο: πείτε μας τι σας ενδιαφέρει και σε ποια περιοχή της Στουτγάρδης μένετε.",
        "pl": "Nic szczególnego: prosimy opowiedzieć nam, co Państwa interesuje i w której części "
              "Stuttgartu Państwo mieszkają.",
        "ro": "Nimic special: spuneți-ne ce vă interesează și în ce parte a orașului Stuttgart locuiți.",
    },
    # --- directory entries (names of organisations stay as they are) ----------------------------
    "dir.integration-course.name": {
        "de": "Integrationskurs",
        "en": "Integration course",
        "ar": "دورة الاندماج",
        "fa": "دوره ادغام",
        "tr": "Uyum kursu",
        "uk": "Інтеграційний курс",
        "ru": "Интеграционный курс",
        "es": "Curso de integración",
        "it": "Corso di integrazione",
        "el": "Μάθημα ένταξης",
        "pl": "Kurs integracyjny",
        "ro": "Curs de integrare",
    },
    "dir.integration-course.description": {
        "de": "Deutsch- und Integrationskurs des Bundes mit Orientierungskurs (Rechtsordnung, Kultur und "
              "Geschichte Deutschlands). Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "The federal German and integration course with an orientation course (legal system, culture "
              "and history of Germany). Demo entry: times and levels are invented.",
        "ar": "دورة اللغة الألمانية والاندماج التابعة للحكومة الاتحادية، وتشمل دورة توجيهية (النظام "
              "القانوني وثقافة ألمانيا وتاريخها). إدخال تجريبي: المواعيد والمستويات افتراضية.",
        "fa": "دوره زبان آلمانی و ادغام دولت فدرال همراه با دوره آشنایی (نظام حقوقی، فرهنگ و تاریخ آلمان). "
              "مورد نمایشی: زمان‌ها و سطح‌ها ساختگی هستند.",
        "tr": "Federal hükümetin, oryantasyon kursunu da (Almanya'nın hukuk düzeni, kültürü ve tarihi) "
              "içeren Almanca ve uyum kursu. Demo kaydı: Saatler ve seviyeler gerçek değildir.",
        "uk": "Федеральний курс німецької мови та інтеграції з орієнтаційним курсом (правовий устрій, "
              "культура та історія Німеччини). Демо-запис: час і рівні вигадані.",
        "ru": "Федеральный курс немецкого языка и интеграции с ориентационным курсом (правовой порядок, "
              "культура и история Германии). Демо-запись: время и уровни вымышлены.",
        "es": "Curso federal de alemán e integración con curso de orientación (ordenamiento jurídico, "
              "cultura e historia de Alemania). Entrada de demostración: los horarios y niveles son "
              "ficticios.",
        "it": "Corso federale di tedesco e di integrazione con corso di orientamento (ordinamento "
              "giuridico, cultura e storia della Germania). Voce dimostrativa: orari e livelli sono "
              "inventati.",
        "el": "Ομοσπονδιακό μάθημα γερμανικών και ένταξης με μάθημα προσανατολισμού (έννομη τάξη, "
              "πολιτισμός και ιστορία της Γερμανίας). Καταχώριση επίδειξης: οι ώρες και τα επίπεδα είναι "
              "πλασματικά.",
        "pl": "Federalny kurs języka niemieckiego i integracji z kursem orientacyjnym (porządek prawny, "
              "kultura i historia Niemiec). Wpis demonstracyjny: terminy i poziomy są fikcyjne.",
        "ro": "Cursul federal de germană și integrare, cu curs de orientare (ordinea juridică, cultura și "
              "istoria Germaniei). Intrare demonstrativă: orele și nivelurile sunt fictive.",
    },
    "dir.refugee-course.name": {
        "de": "Deutschkurs für Geflüchtete (Gesamtprogramm Sprache)",
        "en": "German course for refugees (Gesamtprogramm Sprache)",
        "ar": "دورة لغة ألمانية للاجئين (Gesamtprogramm Sprache)",
        "fa": "دوره زبان آلمانی برای پناهندگان (Gesamtprogramm Sprache)",
        "tr": "Mülteciler için Almanca kursu (Gesamtprogramm Sprache)",
        "uk": "Курс німецької для біженців (Gesamtprogramm Sprache)",
        "ru": "Курс немецкого для беженцев (Gesamtprogramm Sprache)",
        "es": "Curso de alemán para personas refugiadas (Gesamtprogramm Sprache)",
        "it": "Corso di tedesco per rifugiati (Gesamtprogramm Sprache)",
        "el": "Μάθημα γερμανικών για πρόσφυγες (Gesamtprogramm Sprache)",
        "pl": "Kurs niemieckiego dla uchodźców (Gesamtprogramm Sprache)",
        "ro": "Curs de germană pentru refugiați (Gesamtprogramm Sprache)",
    },
    "dir.refugee-course.description": {
        "de": "Für Asylsuchende, die noch keinen Zugang zu den Integrationskursen des Bundes haben. "
              "Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "For asylum seekers who do not yet have access to the federal integration courses. Demo entry: "
              "times and levels are invented.",
        "ar": "لطالبي اللجوء الذين لا يحق لهم بعدُ الالتحاق بدورات الاندماج الاتحادية. إدخال تجريبي: "
              "المواعيد والمستويات افتراضية.",
        "fa": "برای پناه‌جویانی که هنوز اجازه شرکت در دوره‌های ادغام دولت فدرال را ندارند. مورد نمایشی: "
              "زمان‌ها و سطح‌ها ساختگی هستند.",
        "tr": "Henüz federal uyum kurslarına katılma hakkı olmayan sığınmacılar için. Demo kaydı: Saatler "
              "ve seviyeler gerçek değildir.",
        "uk": "Для шукачів притулку, які ще не мають доступу до федеральних інтеграційних курсів. "
              "Демо-запис: час і рівні вигадані.",
        "ru": "Для лиц, ищущих убежища, у которых ещё нет доступа к федеральным интеграционным курсам. "
              "Демо-запись: время и уровни вымышлены.",
        "es": "Para solicitantes de asilo que todavía no tienen acceso a los cursos federales de "
              "integración. Entrada de demostración: los horarios y niveles son ficticios.",
        "it": "Per richiedenti asilo che non hanno ancora accesso ai corsi federali di integrazione. Voce "
              "dimostrativa: orari e livelli sono inventati.",
        "el": "Για αιτούντες άσυλο που δεν έχουν ακόμη πρόσβαση στα ομοσπονδιακά μαθήματα ένταξης. "
              "Καταχώριση επίδειξης: οι ώρες και τα επίπεδα είναι πλασματικά.",
        "pl": "Dla osób ubiegających się o azyl, które nie mają jeszcze dostępu do federalnych kursów "
              "integracyjnych. Wpis demonstracyjny: terminy i poziomy są fikcyjne.",
        "ro": "Pentru solicitanții de azil care nu au încă acces la cursurile federale de integrare. "
              "Intrare demonstrativă: orele și nivelurile sunt fictive.",
    },
    "dir.job-course.name": {
        "de": "Berufsbezogener Deutschkurs",
        "en": "German for work",
        "ar": "دورة اللغة الألمانية لأغراض العمل",
        "fa": "دوره زبان آلمانی شغلی",
        "tr": "Mesleki Almanca kursu",
        "uk": "Курс професійної німецької",
        "ru": "Курс профессионального немецкого",
        "es": "Curso de alemán profesional",
        "it": "Corso di tedesco per il lavoro",
        "el": "Μάθημα γερμανικών για την εργασία",
        "pl": "Kurs niemieckiego do celów zawodowych",
        "ro": "Curs de germană profesională",
    },
    "dir.job-course.description": {
        "de": "Deutsch für den Beruf, gefördert mit Mitteln des Bundes, des Landes und der Kommune. "
              "Demo-Eintrag: Zeiten und Niveaus sind erfunden.",
        "en": "German for work, funded by the federal government, the state and the city. Demo entry: times "
              "and levels are invented.",
        "ar": "اللغة الألمانية لأغراض العمل، بتمويل من الحكومة الاتحادية والولاية والبلدية. إدخال تجريبي: "
              "المواعيد والمستويات افتراضية.",
        "fa": "آلمانی برای کار، با بودجه دولت فدرال، ایالت و شهرداری. مورد نمایشی: زمان‌ها و سطح‌ها ساختگی "
              "هستند.",
        "tr": "İş hayatı için Almanca; federal hükümet, eyalet ve belediye tarafından finanse edilir. Demo "
              "kaydı: Saatler ve seviyeler gerçek değildir.",
        "uk": "Німецька для роботи; фінансується з коштів федерації, федеральної землі та громади. "
              "Демо-запис: час і рівні вигадані.",
        "ru": "Немецкий язык для работы; финансируется из средств федерации, федеральной земли и "
              "муниципалитета. Демо-запись: время и уровни вымышлены.",
        "es": "Alemán para el trabajo, financiado con fondos del Gobierno federal, del estado federado y "
              "del municipio. Entrada de demostración: los horarios y niveles son ficticios.",
        "it": "Tedesco per il lavoro, finanziato con fondi dello Stato federale, del Land e del comune. "
              "Voce dimostrativa: orari e livelli sono inventati.",
        "el": "Γερμανικά για την εργασία, με χρηματοδότηση από την ομοσπονδιακή κυβέρνηση, το ομόσπονδο "
              "κρατίδιο και τον δήμο. Καταχώριση επίδειξης: οι ώρες και τα επίπεδα είναι πλασματικά.",
        "pl": "Niemiecki w pracy, finansowany ze środków federacji, kraju związkowego i gminy. Wpis "
              "demonstracyjny: terminy i poziomy są fikcyjne.",
        "ro": "Germană pentru viața profesională, finanțată din fonduri federale, ale landului și ale "
              "municipalității. Intrare demonstrativă: orele și nivelurile sunt fictive.",
    },
    "dir.migration-service.name": {
        "de": "Migrationsdienst",
        "en": "Migration service",
        "ar": "خدمة استشارة المهاجرين (Migrationsdienst)",
        "fa": "خدمات مشاوره مهاجرت (Migrationsdienst)",
        "tr": "Göçmen danışmanlık hizmeti (Migrationsdienst)",
        "uk": "Консультаційна служба для мігрантів (Migrationsdienst)",
        "ru": "Консультационная служба для мигрантов (Migrationsdienst)",
        "es": "Servicio de orientación para migrantes (Migrationsdienst)",
        "it": "Servizio di consulenza per migranti (Migrationsdienst)",
        "el": "Συμβουλευτική υπηρεσία για μετανάστες (Migrationsdienst)",
        "pl": "Poradnia dla migrantów (Migrationsdienst)",
        "ro": "Serviciul de consiliere pentru migranți (Migrationsdienst)",
    },
    "dir.migration-service.description": {
        "de": "Beratung der Wohlfahrtsverbände für zugewanderte Menschen in allen Lebenslagen. Demo-Eintrag: "
              "Sprachen und Adresse sind erfunden.",
        "en": "Counselling by the welfare organisations for immigrants in every situation of life. Demo entry: "
              "languages and address are invented.",
        "ar": "استشارات تقدّمها منظمات الرعاية الاجتماعية للمهاجرين في جميع شؤون الحياة. إدخال تجريبي: "
              "اللغات والعنوان افتراضية.",
        "fa": "مشاوره سازمان‌های رفاه اجتماعی برای مهاجران در همه زمینه‌های زندگی. مورد نمایشی: زبان‌ها و "
              "نشانی ساختگی هستند.",
        "tr": "Sosyal yardım kuruluşlarının göçmenlere hayatın her alanında sunduğu danışmanlık. Demo "
              "kaydı: Diller ve adres gerçek değildir.",
        "uk": "Консультації благодійних організацій для мігрантів з усіх життєвих питань. Демо-запис: мови "
              "та адресу вигадано.",
        "ru": "Консультации благотворительных организаций для мигрантов по всем жизненным вопросам. "
              "Демо-запись: языки и адрес вымышлены.",
        "es": "Asesoramiento de las organizaciones de bienestar social para personas inmigrantes en todas "
              "las situaciones de la vida. Entrada de demostración: los idiomas y la dirección son "
              "ficticios.",
        "it": "Consulenza delle organizzazioni assistenziali per persone immigrate in ogni situazione della "
              "vita. Voce dimostrativa: lingue e indirizzo sono inventati.",
        "el": "Συμβουλευτική από οργανώσεις κοινωνικής πρόνοιας για μετανάστες σε κάθε θέμα της ζωής. "
              "Καταχώριση επίδειξης: οι γλώσσες και η διεύθυνση είναι πλασματικές.",
        "pl": "Poradnictwo organizacji dobroczynnych dla imigrantów we wszystkich sprawach życiowych. Wpis "
              "demonstracyjny: języki i adres są fikcyjne.",
        "ro": "Consiliere oferită de organizațiile de asistență socială persoanelor imigrante, în orice "
              "situație de viață. Intrare demonstrativă: limbile și adresa sunt fictive.",
    },
    "dir.integration-management.name": {
        "de": "Integrationsmanagement",
        "en": "Integration management",
        "ar": "إدارة الاندماج",
        "fa": "مدیریت ادغام اجتماعی",
        "tr": "Entegrasyon yönetimi",
        "uk": "Управління інтеграцією",
        "ru": "Управление интеграцией",
        "es": "Gestión de la integración",
        "it": "Gestione dell'integrazione",
        "el": "Διαχείριση ένταξης",
        "pl": "Zarządzanie integracją",
        "ro": "Managementul integrării",
    },
    "dir.integration-management.description": {
        "de": "Integrationsmanagerinnen und -manager bei sieben Trägern begleiten Geflüchtete ab 18 Jahren mit "
              "einem Integrationsplan, zum Beispiel zu Sprache und Arbeit; Kinder stehen im Plan der Eltern.",
        "en": "Integration managers at seven organisations accompany refugees aged 18 and over with an "
              "integration plan, for example on language and work; children are in their parents' plan.",
        "ar": "يرافق مديرو ومديرات الاندماج لدى سبع جهات اللاجئين البالغين 18 عامًا فأكثر بخطة اندماج، "
              "مثلًا في مجالي اللغة والعمل؛ ويُدرج الأطفال في خطة والديهم.",
        "fa": "مدیران ادغام اجتماعی در هفت نهاد، پناهندگان 18 سال به بالا را با یک برنامه ادغام همراهی "
              "می‌کنند، برای مثال در زمینه زبان و کار؛ کودکان در برنامه والدین خود قرار می‌گیرند.",
        "tr": "Yedi kurumdaki entegrasyon yöneticileri, 18 yaş ve üzeri mültecilere bir entegrasyon "
              "planıyla, örneğin dil ve iş konularında eşlik eder; çocuklar ebeveynlerinin planında yer "
              "alır.",
        "uk": "Менеджерки та менеджери з інтеграції в семи організаціях супроводжують біженців віком від 18 "
              "років за планом інтеграції, наприклад щодо мови та роботи; діти включені до плану батьків.",
        "ru": "Менеджеры по интеграции в семи организациях сопровождают беженцев от 18 лет по плану "
              "интеграции, например в вопросах языка и работы; дети включаются в план родителей.",
        "es": "Gestoras y gestores de integración de siete entidades acompañan a personas refugiadas a "
              "partir de 18 años con un plan de integración, por ejemplo sobre idioma y trabajo; los niños "
              "figuran en el plan de sus padres.",
        "it": "Le persone responsabili dell'integrazione presso sette enti accompagnano i rifugiati dai 18 "
              "anni in su con un piano di integrazione, ad esempio su lingua e lavoro; i bambini rientrano "
              "nel piano dei genitori.",
        "el": "Υπεύθυνοι και υπεύθυνες ένταξης σε επτά φορείς συνοδεύουν πρόσφυγες από 18 ετών με ένα "
              "σχέδιο ένταξης, για παράδειγμα για τη γλώσσα και την εργασία· τα παιδιά περιλαμβάνονται στο "
              "σχέδιο των γονιών τους.",
        "pl": "Menedżerki i menedżerowie ds. integracji w siedmiu organizacjach wspierają uchodźców od 18. "
              "roku życia na podstawie planu integracyjnego, na przykład w sprawach języka i pracy; dzieci "
              "są uwzględnione w planie rodziców.",
        "ro": "Managerii de integrare din cadrul a șapte organizații îi însoțesc pe refugiații de cel puțin "
              "18 ani pe baza unui plan de integrare, de exemplu privind limba și munca; copiii sunt "
              "incluși în planul părinților.",
    },
    "dir.training-campus.name": {
        "de": "Ausbildungscampus",
        "en": "Training campus (Ausbildungscampus)",
        "ar": "مركز التدريب المهني (Ausbildungscampus)",
        "fa": "پردیس آموزش حرفه‌ای (Ausbildungscampus)",
        "tr": "Meslek Eğitimi Kampüsü (Ausbildungscampus)",
        "uk": "Кампус професійного навчання (Ausbildungscampus)",
        "ru": "Кампус профессионального обучения (Ausbildungscampus)",
        "es": "Campus de formación profesional (Ausbildungscampus)",
        "it": "Campus per la formazione professionale (Ausbildungscampus)",
        "el": "Κέντρο επαγγελματικής κατάρτισης (Ausbildungscampus)",
        "pl": "Kampus kształcenia zawodowego (Ausbildungscampus)",
        "ro": "Campusul de formare profesională (Ausbildungscampus)",
    },
    "dir.training-campus.description": {
        "de": "Unterstützung beim Weg in Ausbildung und Arbeit, im Dienstleistungszentrum für Geflüchtete in "
              "der Jägerstraße.",
        "en": "Support on the way into vocational training and work, in the service centre for refugees in "
              "Jägerstraße.",
        "ar": "دعم في الطريق إلى التدريب المهني والعمل، في مركز الخدمات للاجئين في شارع Jägerstraße.",
        "fa": "حمایت در مسیر ورود به آموزش حرفه‌ای و کار، در مرکز خدمات پناهندگان در خیابان Jägerstraße.",
        "tr": "Jägerstraße'deki mülteciler için hizmet merkezinde, meslek eğitimine ve işe giden yolda "
              "destek.",
        "uk": "Підтримка на шляху до професійного навчання та роботи в сервісному центрі для біженців на "
              "Jägerstraße.",
        "ru": "Поддержка на пути к профессиональному обучению и работе в сервисном центре для беженцев на "
              "Jägerstraße.",
        "es": "Apoyo en el camino hacia la formación profesional y el empleo, en el centro de servicios "
              "para personas refugiadas de la Jägerstraße.",
        "it": "Sostegno nel percorso verso la formazione professionale e il lavoro, presso il centro "
              "servizi per rifugiati in Jägerstraße.",
        "el": "Υποστήριξη στον δρόμο προς την επαγγελματική κατάρτιση και την εργασία, στο κέντρο "
              "εξυπηρέτησης προσφύγων στην Jägerstraße.",
        "pl": "Wsparcie na drodze do kształcenia zawodowego i pracy, w centrum usług dla uchodźców przy "
              "Jägerstraße.",
        "ro": "Sprijin pe drumul spre formarea profesională și un loc de muncă, în centrul de servicii "
              "pentru refugiați din Jägerstraße.",
    },
    "dir.forum-cultures.name": {
        "de": "Forum der Kulturen",
        "en": "Forum der Kulturen",
        "ar": "Forum der Kulturen (منتدى الثقافات)",
        "fa": "Forum der Kulturen (انجمن فرهنگ‌ها)",
        "tr": "Forum der Kulturen (Kültürler Forumu)",
        "uk": "Forum der Kulturen (Форум культур)",
        "ru": "Forum der Kulturen (Форум культур)",
        "es": "Forum der Kulturen (Foro de las Culturas)",
        "it": "Forum der Kulturen (Forum delle culture)",
        "el": "Forum der Kulturen (Φόρουμ των Πολιτισμών)",
        "pl": "Forum der Kulturen (Forum Kultur)",
        "ro": "Forum der Kulturen (Forumul Culturilor)",
    },
    "dir.forum-cultures.description": {
        "de": "Dachverband der Migrantenvereine in Stuttgart.",
        "en": "Umbrella organisation of the migrant associations in Stuttgart.",
        "ar": "الاتحاد الجامع لجمعيات المهاجرين في شتوتغارت.",
        "fa": "سازمان چتری انجمن‌های مهاجران در اشتوتگارت.",
        "tr": "Stuttgart'taki göçmen derneklerinin çatı kuruluşu.",
        "uk": "Парасолькова організація об’єднань мігрантів у Штутгарті.",
        "ru": "Головная организация объединений мигрантов в Штутгарте.",
        "es": "Organización paraguas de las asociaciones de migrantes de Stuttgart.",
        "it": "Organizzazione ombrello delle associazioni di migranti a Stoccarda.",
        "el": "Ομοσπονδία των συλλόγων μεταναστών στη Στουτγάρδη.",
        "pl": "Organizacja parasolowa stowarzyszeń migrantów w Stuttgarcie.",
        "ro": "Organizația-umbrelă a asociațiilor de migranți din Stuttgart.",
    },
    "dir.dtf.name": {
        "de": "Deutsch-Türkisches Forum",
        "en": "Deutsch-Türkisches Forum",
        "ar": "Deutsch-Türkisches Forum (المنتدى الألماني التركي)",
        "fa": "Deutsch-Türkisches Forum (انجمن آلمانی-ترکی)",
        "tr": "Deutsch-Türkisches Forum (Alman-Türk Forumu)",
        "uk": "Deutsch-Türkisches Forum (Німецько-турецький форум)",
        "ru": "Deutsch-Türkisches Forum (Германо-турецкий форум)",
        "es": "Deutsch-Türkisches Forum (Foro Germano-Turco)",
        "it": "Deutsch-Türkisches Forum (Forum tedesco-turco)",
        "el": "Deutsch-Türkisches Forum (Γερμανοτουρκικό Φόρουμ)",
        "pl": "Deutsch-Türkisches Forum (Forum Niemiecko-Tureckie)",
        "ro": "Deutsch-Türkisches Forum (Forumul Germano-Turc)",
    },
    "dir.dtf.description": {
        "de": "Interkulturelles Forum, engagiert in Integrationsarbeit und Demokratiebildung.",
        "en": "Intercultural forum, active in integration work and democracy education.",
        "ar": "منتدى متعدد الثقافات ينشط في مجال الاندماج والتثقيف الديمقراطي.",
        "fa": "انجمنی میان‌فرهنگی که در زمینه ادغام اجتماعی و آموزش دموکراسی فعالیت می‌کند.",
        "tr": "Uyum çalışmaları ve demokrasi eğitimi alanında faaliyet gösteren kültürlerarası forum.",
        "uk": "Міжкультурний форум, що працює у сфері інтеграції та демократичної освіти.",
        "ru": "Межкультурный форум, работающий в сфере интеграции и демократического просвещения.",
        "es": "Foro intercultural dedicado al trabajo de integración y a la educación democrática.",
        "it": "Forum interculturale impegnato nell'integrazione e nell'educazione alla democrazia.",
        "el": "Διαπολιτισμικό φόρουμ με δράση στην ένταξη και στην εκπαίδευση για τη δημοκρατία.",
        "pl": "Forum międzykulturowe działające na rzecz integracji i edukacji demokratycznej.",
        "ro": "Forum intercultural implicat în activități de integrare și în educația pentru democrație.",
    },
    "dir.djr.name": {
        "de": "Deutsche Jugend aus Russland",
        "en": "Deutsche Jugend aus Russland",
        "ar": "Deutsche Jugend aus Russland (الشباب الألماني من روسيا)",
        "fa": "Deutsche Jugend aus Russland (جوانان آلمانی از روسیه)",
        "tr": "Deutsche Jugend aus Russland (Rusya'dan Alman Gençliği)",
        "uk": "Deutsche Jugend aus Russland (Німецька молодь з Росії)",
        "ru": "Deutsche Jugend aus Russland (Немецкая молодёжь из России)",
        "es": "Deutsche Jugend aus Russland (Juventud Alemana de Rusia)",
        "it": "Deutsche Jugend aus Russland (Gioventù tedesca dalla Russia)",
        "el": "Deutsche Jugend aus Russland (Γερμανική Νεολαία από τη Ρωσία)",
        "pl": "Deutsche Jugend aus Russland (Niemiecka Młodzież z Rosji)",
        "ro": "Deutsche Jugend aus Russland (Tineretul German din Rusia)",
    },
    "dir.djr.description": {
        "de": "Migrantenverein, engagiert in Integrationsarbeit und gegen Rassismus.",
        "en": "Migrant association, active in integration work and against racism.",
        "ar": "جمعية للمهاجرين تنشط في مجال الاندماج ومناهضة العنصرية.",
        "fa": "انجمن مهاجران که در زمینه ادغام اجتماعی و مبارزه با نژادپرستی فعالیت می‌کند.",
        "tr": "Uyum çalışmaları ve ırkçılıkla mücadele alanında faaliyet gösteren göçmen derneği.",
        "uk": "Об’єднання мігрантів, що працює у сфері інтеграції та протидії расизму.",
        "ru": "Объединение мигрантов, работающее в сфере интеграции и противодействия расизму.",
        "es": "Asociación de migrantes dedicada al trabajo de integración y a la lucha contra el racismo.",
        "it": "Associazione di migranti impegnata nell'integrazione e contro il razzismo.",
        "el": "Σύλλογος μεταναστών με δράση στην ένταξη και κατά του ρατσισμού.",
        "pl": "Stowarzyszenie migrantów działające na rzecz integracji i przeciw rasizmowi.",
        "ro": "Asociație de migranți implicată în activități de integrare și în lupta împotriva rasismului.",
    },
    "dir.football.name": {
        "de": "Fußball im Verein",
        "en": "Football at a club",
        "ar": "كرة القدم في نادٍ رياضي",
        "fa": "فوتبال در باشگاه",
        "tr": "Kulüpte futbol",
        "uk": "Футбол у спортивному клубі",
        "ru": "Футбол в спортивном клубе",
        "es": "Fútbol en un club",
        "it": "Calcio in una società sportiva",
        "el": "Ποδόσφαιρο σε σύλλογο",
        "pl": "Piłka nożna w klubie",
        "ro": "Fotbal la un club",
    },
    "dir.football.description": {
        "de": "Eines der über 300 Sportangebote der Stuttgarter Sportvereine für Geflüchtete; Sportpatinnen "
              "und Sportpaten begleiten zum ersten Training. Demo-Eintrag: Verein und Zeiten sind erfunden.",
        "en": "One of the more than 300 sports offers of Stuttgart's sports clubs for refugees; sports mentors "
              "come along to the first training. Demo entry: club and times are invented.",
        "ar": "واحد من أكثر من 300 نشاط رياضي تقدّمها الأندية الرياضية في شتوتغارت للاجئين؛ ويرافقك مرشدون "
              "رياضيون ومرشدات رياضيات إلى التمرين الأول. إدخال تجريبي: النادي والمواعيد افتراضية.",
        "fa": "یکی از بیش از 300 برنامه ورزشی باشگاه‌های ورزشی اشتوتگارت برای پناهندگان؛ حامیان ورزشی شما "
              "را در نخستین تمرین همراهی می‌کنند. مورد نمایشی: باشگاه و زمان‌ها ساختگی هستند.",
        "tr": "Stuttgart spor kulüplerinin mültecilere yönelik 300'den fazla spor etkinliğinden biri; spor "
              "mentorları ilk antrenmana sizinle birlikte gelir. Demo kaydı: Kulüp ve saatler gerçek "
              "değildir.",
        "uk": "Одна з понад 300 спортивних пропозицій спортивних клубів Штутгарта для біженців; спортивні "
              "наставниці та наставники супроводжують на перше тренування. Демо-запис: клуб і час вигадані.",
        "ru": "Одно из более чем 300 спортивных предложений спортивных клубов Штутгарта для беженцев; "
              "спортивные наставники сопровождают на первую тренировку. Демо-запись: клуб и время вымышлены.",
        "es": "Una de las más de 300 ofertas deportivas de los clubes de Stuttgart para personas "
              "refugiadas; mentoras y mentores deportivos le acompañan al primer entrenamiento. Entrada de "
              "demostración: el club y los horarios son ficticios.",
        "it": "Una delle oltre 300 offerte sportive delle società sportive di Stoccarda per rifugiati; "
              "tutor sportivi La accompagnano al primo allenamento. Voce dimostrativa: società e orari sono "
              "inventati.",
        "el": "Μία από τις περισσότερες από 300 αθλητικές δραστηριότητες των αθλητικών συλλόγων της "
              "Στουτγάρδης για πρόσφυγες· μέντορες αθλητισμού σας συνοδεύουν στην πρώτη προπόνηση. "
              "Καταχώριση επίδειξης: ο σύλλογος και οι ώρες είναι πλασματικά.",
        "pl": "Jedna z ponad 300 ofert sportowych stuttgarckich klubów sportowych dla uchodźców; mentorki i "
              "mentorzy sportowi towarzyszą na pierwszym treningu. Wpis demonstracyjny: klub i terminy są "
              "fikcyjne.",
        "ro": "Una dintre cele peste 300 de oferte sportive ale cluburilor sportive din Stuttgart pentru "
              "refugiați; mentorii sportivi vă însoțesc la primul antrenament. Intrare demonstrativă: "
              "clubul și orele sunt fictive.",
    },
    "dir.swimming.name": {
        "de": "Schwimmen für Frauen",
        "en": "Swimming for women",
        "ar": "سباحة للنساء",
        "fa": "شنا برای زنان",
        "tr": "Kadınlara özel yüzme",
        "uk": "Плавання для жінок",
        "ru": "Плавание для женщин",
        "es": "Natación para mujeres",
        "it": "Nuoto per donne",
        "el": "Κολύμβηση για γυναίκες",
        "pl": "Pływanie dla kobiet",
        "ro": "Înot pentru femei",
    },
    "dir.swimming.description": {
        "de": "Sportangebot eines Stuttgarter Vereins nur für Frauen. Demo-Eintrag: Verein und Zeiten sind "
              "erfunden.",
        "en": "A Stuttgart club's sports offer for women only. Demo entry: club and times are invented.",
        "ar": "نشاط رياضي لنادٍ في شتوتغارت مخصص للنساء فقط. إدخال تجريبي: النادي والمواعيد افتراضية.",
        "fa": "برنامه ورزشی یکی از باشگاه‌های اشتوتگارت فقط برای زنان. مورد نمایشی: باشگاه و زمان‌ها ساختگی "
              "هستند.",
        "tr": "Stuttgart'taki bir kulübün yalnızca kadınlara yönelik spor etkinliği. Demo kaydı: Kulüp ve "
              "saatler gerçek değildir.",
        "uk": "Спортивна пропозиція штутгартського клубу лише для жінок. Демо-запис: клуб і час вигадані.",
        "ru": "Спортивное предложение штутгартского клуба только для женщин. Демо-запись: клуб и время "
              "вымышлены.",
        "es": "Oferta deportiva de un club de Stuttgart solo para mujeres. Entrada de demostración: el club "
              "y los horarios son ficticios.",
        "it": "Offerta sportiva di una società di Stoccarda riservata alle donne. Voce dimostrativa: "
              "società e orari sono inventati.",
        "el": "Αθλητική δραστηριότητα συλλόγου της Στουτγάρδης μόνο για γυναίκες. Καταχώριση επίδειξης: ο "
              "σύλλογος και οι ώρες είναι πλασματικά.",
        "pl": "Oferta sportowa stuttgarckiego klubu wyłącznie dla kobiet. Wpis demonstracyjny: klub i "
              "terminy są fikcyjne.",
        "ro": "Ofertă sportivă a unui club din Stuttgart, doar pentru femei. Intrare demonstrativă: clubul "
              "și orele sunt fictive.",
    },
    "dir.cost.integration-course": {
        "de": "Demo-Angabe: Eigenanteil je Unterrichtsstunde; Befreiung möglich",
        "en": "Demo detail: a share per lesson; exemption possible",
        "ar": "بيان تجريبي: مساهمة شخصية عن كل حصة دراسية؛ يمكن الإعفاء منها",
        "fa": "اطلاعات نمایشی: سهم شخصی برای هر جلسه درس؛ معافیت امکان‌پذیر است",
        "tr": "Demo bilgisi: Ders saati başına katkı payı; muafiyet mümkündür",
        "uk": "Демо-дані: власний внесок за кожне заняття; можливе звільнення від оплати",
        "ru": "Демо-данные: собственный взнос за каждое занятие; возможно освобождение от оплаты",
        "es": "Dato de demostración: aportación propia por hora de clase; posible exención",
        "it": "Dato dimostrativo: quota a proprio carico per ogni ora di lezione; esenzione possibile",
        "el": "Στοιχείο επίδειξης: ιδία συμμετοχή ανά διδακτική ώρα· δυνατή απαλλαγή",
        "pl": "Informacja demonstracyjna: wkład własny za każdą godzinę lekcyjną; możliwe zwolnienie",
        "ro": "Informație demonstrativă: contribuție proprie pe oră de curs; scutire posibilă",
    },
    # --- legal pages ----------------------------------------------------------------------------
    "privacy.title": {
        "de": "Datenschutzerklärung",
        "en": "Privacy notice",
        "ar": "إشعار الخصوصية",
        "fa": "اطلاعیه حریم خصوصی",
        "tr": "Gizlilik bildirimi",
        "uk": "Повідомлення про захист даних",
        "ru": "Уведомление о защите данных",
        "es": "Aviso de privacidad",
        "it": "Informativa sulla privacy",
        "el": "Ενημέρωση για την προστασία δεδομένων",
        "pl": "Informacja o ochronie danych",
        "ro": "Informare privind protecția datelor",
    },
    "privacy.intro": {
        "de": "Hier steht, welche Daten dieses Portal von Ihnen erhebt, wofür, wie lange wir sie "
              "speichern und welche Rechte Sie haben (Art. 13 DSGVO). Das Portal setzt nur ein "
              "Sitzungs-Cookie und ein Cookie für die gewählte Sprache; es bindet keine Inhalte anderer "
              "Anbieter ein (keine Karten, keine Schriften, keine Statistikdienste).",
        "en": "This page says which data this portal collects from you, for what, how long we keep it and "
              "which rights you have (Art. 13 GDPR). The portal sets only a session cookie and a cookie for "
              "the language you chose; it embeds no content of other providers (no maps, no fonts, no "
              "analytics).",
        "ar": "توضّح هذه الصفحة البيانات التي تجمعها هذه البوابة منك، والغرض منها، ومدة احتفاظنا بها، "
              "والحقوق التي تتمتع بها (المادة 13 من اللائحة العامة لحماية البيانات). لا تضع البوابة سوى ملف "
              "تعريف ارتباط (كوكي) للجلسة وآخر للغة التي اخترتها، ولا تُدرج أي محتوى من مزوّدين آخرين (لا "
              "خرائط ولا خطوط ولا خدمات إحصائية).",
        "fa": "در این صفحه آمده است که این پورتال چه داده‌هایی را از شما جمع‌آوری می‌کند، برای چه هدفی، تا "
              "چه مدت آن‌ها را نگه می‌داریم و چه حقوقی دارید (ماده 13 مقررات عمومی حفاظت از داده‌ها، GDPR). "
              "پورتال فقط یک کوکی نشست و یک کوکی برای زبان انتخاب‌شده تنظیم می‌کند؛ هیچ محتوایی از "
              "ارائه‌دهندگان دیگر در آن گنجانده نمی‌شود (نه نقشه، نه قلم و نه خدمات آماری).",
        "tr": "Bu sayfada, bu portalın sizden hangi verileri topladığı, bunları ne amaçla ve ne kadar süre "
              "sakladığımız ve hangi haklara sahip olduğunuz açıklanmaktadır (GDPR Madde 13). Portal "
              "yalnızca bir oturum çerezi ve seçtiğiniz dil için bir çerez kullanır; başka sağlayıcıların "
              "içeriklerini yerleştirmez (harita, yazı tipi veya istatistik hizmeti yoktur).",
        "uk": "Тут пояснюється, які дані цей портал збирає про Вас, з якою метою, як довго ми їх зберігаємо "
              "та які права Ви маєте (ст. 13 Загального регламенту захисту даних, GDPR). Портал встановлює "
              "лише сесійний файл cookie та файл cookie для вибраної мови; він не вбудовує вміст інших "
              "постачальників (жодних карт, шрифтів чи сервісів статистики).",
        "ru": "Здесь описано, какие данные этот портал собирает о Вас, для чего, как долго мы их храним и "
              "какие у Вас есть права (ст. 13 Общего регламента по защите данных, GDPR). Портал "
              "устанавливает только сеансовый файл cookie и файл cookie для выбранного языка; он не "
              "встраивает содержимое других поставщиков (никаких карт, шрифтов и сервисов статистики).",
        "es": "Aquí se explica qué datos recoge de usted este portal, para qué, cuánto tiempo los "
              "conservamos y qué derechos tiene (art. 13 del RGPD). El portal solo utiliza una cookie de "
              "sesión y una cookie para el idioma elegido; no integra contenidos de otros proveedores (ni "
              "mapas, ni fuentes tipográficas, ni servicios de estadística).",
        "it": "Qui è indicato quali dati questo portale raccoglie su di Lei, per quale scopo, per quanto "
              "tempo li conserviamo e quali diritti ha (art. 13 GDPR). Il portale imposta solo un cookie di "
              "sessione e un cookie per la lingua scelta; non incorpora contenuti di altri fornitori "
              "(niente mappe, niente font, niente servizi di statistica).",
        "el": "Εδώ αναφέρεται ποια δεδομένα συλλέγει από εσάς αυτή η πύλη, για ποιο σκοπό, για πόσο "
              "διάστημα τα διατηρούμε και ποια δικαιώματα έχετε (άρθρο 13 ΓΚΠΔ). Η πύλη χρησιμοποιεί μόνο "
              "ένα cookie συνεδρίας και ένα cookie για τη γλώσσα που επιλέξατε· δεν ενσωματώνει περιεχόμενο "
              "άλλων παρόχων (ούτε χάρτες, ούτε γραμματοσειρές, ούτε υπηρεσίες στατιστικών).",
        "pl": "Tutaj opisujemy, jakie dane ten portal zbiera od Państwa, w jakim celu, jak długo je "
              "przechowujemy i jakie prawa Państwu przysługują (art. 13 RODO). Portal ustawia tylko plik "
              "cookie sesji i plik cookie dla wybranego języka; nie osadza treści innych dostawców (żadnych "
              "map, czcionek ani usług statystycznych).",
        "ro": "Aici aflați ce date colectează acest portal despre dumneavoastră, în ce scop, cât timp le "
              "păstrăm și ce drepturi aveți (art. 13 din RGPD). Portalul setează doar un cookie de sesiune "
              "și un cookie pentru limba aleasă; nu încorporează conținut de la alți furnizori (fără hărți, "
              "fără fonturi, fără servicii de statistică).",
    },
    "privacy.controller.heading": {
        "de": "Verantwortliche Stelle",
        "en": "Controller",
        "ar": "الجهة المسؤولة",
        "fa": "مسئول پردازش داده‌ها",
        "tr": "Veri sorumlusu",
        "uk": "Відповідальна установа",
        "ru": "Ответственное учреждение",
        "es": "Responsable del tratamiento",
        "it": "Titolare del trattamento",
        "el": "Υπεύθυνος επεξεργασίας",
        "pl": "Administrator danych",
        "ro": "Operatorul de date",
    },
    "privacy.controller.body": {
        "de": "Landeshauptstadt Stuttgart, Welcome Center Stuttgart\nEberhardstraße 61, 70173 Stuttgart\n\n"
              "Das Welcome Center ist eine gemeinsame Servicestelle der Landeshauptstadt Stuttgart und der "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "en": "Landeshauptstadt Stuttgart (City of Stuttgart), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nThe Welcome Center is a joint service of the City of Stuttgart and the "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "ar": "Landeshauptstadt Stuttgart (مدينة شتوتغارت)، Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nمركز الترحيب (Welcome Center) جهة خدمات مشتركة بين مدينة شتوتغارت وشركة "
              "التنمية الاقتصادية لمنطقة شتوتغارت Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "fa": "Landeshauptstadt Stuttgart (شهر اشتوتگارت)، Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nمرکز خوشامدگویی (Welcome Center) یک مرکز خدماتی مشترک شهر اشتوتگارت و "
              "شرکت توسعه اقتصادی منطقه اشتوتگارت، Wirtschaftsförderung Region Stuttgart GmbH (WRS)، است.",
        "tr": "Landeshauptstadt Stuttgart (Stuttgart Belediyesi), Welcome Center Stuttgart\nEberhardstraße "
              "61, 70173 Stuttgart\n\nWelcome Center, Stuttgart Belediyesi ile Wirtschaftsförderung Region "
              "Stuttgart GmbH (WRS) tarafından ortaklaşa yürütülen bir hizmet birimidir.",
        "uk": "Landeshauptstadt Stuttgart (місто Штутгарт), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nWelcome Center — спільна сервісна служба міста Штутгарт і "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "ru": "Landeshauptstadt Stuttgart (город Штутгарт), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nWelcome Center — совместная сервисная служба города Штутгарт и "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "es": "Landeshauptstadt Stuttgart (Ciudad de Stuttgart), Welcome Center Stuttgart\nEberhardstraße "
              "61, 70173 Stuttgart\n\nEl Welcome Center es un servicio conjunto de la Ciudad de Stuttgart y "
              "de la Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "it": "Landeshauptstadt Stuttgart (Città di Stoccarda), Welcome Center Stuttgart\nEberhardstraße "
              "61, 70173 Stuttgart\n\nIl Welcome Center è un servizio comune della Città di Stoccarda e "
              "della Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "el": "Landeshauptstadt Stuttgart (Δήμος Στουτγάρδης), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nΤο Welcome Center είναι κοινή υπηρεσία εξυπηρέτησης του Δήμου Στουτγάρδης "
              "και της Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "pl": "Landeshauptstadt Stuttgart (Miasto Stuttgart), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nWelcome Center jest wspólnym punktem obsługi Miasta Stuttgart i "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
        "ro": "Landeshauptstadt Stuttgart (Orașul Stuttgart), Welcome Center Stuttgart\nEberhardstraße 61, "
              "70173 Stuttgart\n\nWelcome Center este un serviciu comun al Orașului Stuttgart și al "
              "Wirtschaftsförderung Region Stuttgart GmbH (WRS).",
    },
    "privacy.dpo.heading": {
        "de": "Datenschutzbeauftragte Person",
        "en": "Data protection officer",
        "ar": "مسؤول حماية البيانات",
        "fa": "مسئول حفاظت از داده‌ها",
        "tr": "Veri koruma görevlisi",
        "uk": "Уповноважена особа із захисту даних",
        "ru": "Уполномоченное лицо по защите данных",
        "es": "Delegado/a de protección de datos",
        "it": "Responsabile della protezione dei dati",
        "el": "Υπεύθυνος προστασίας δεδομένων",
        "pl": "Inspektor ochrony danych",
        "ro": "Responsabilul cu protecția datelor",
    },
    "privacy.dpo.body": {
        "de": "Die behördliche Datenschutzbeauftragte der Landeshauptstadt Stuttgart erreichen Sie über die "
              "Postanschrift oben mit dem Zusatz „Datenschutz“.\nDemo-Angabe: E-Mail-Adresse und Telefon "
              "trägt die Stadt hier ein.",
        "en": "You can reach the City of Stuttgart's data protection officer at the postal address above, "
              "marked “Datenschutz”.\nDemo detail: the city adds the email address and phone here.",
        "ar": "يمكنك التواصل مع مسؤولة حماية البيانات لدى مدينة شتوتغارت عبر العنوان البريدي المذكور أعلاه "
              "مع إضافة عبارة «Datenschutz» (حماية البيانات).\nبيان تجريبي: ستضيف المدينة هنا عنوان البريد "
              "الإلكتروني ورقم الهاتف.",
        "fa": "با مسئول حفاظت از داده‌های شهر اشتوتگارت می‌توانید از طریق نشانی پستی بالا و با افزودن عبارت "
              "«Datenschutz» (حفاظت از داده‌ها) تماس بگیرید.\nاطلاعات نمایشی: شهرداری نشانی ایمیل و شماره "
              "تلفن را اینجا وارد می‌کند.",
        "tr": "Stuttgart Belediyesi'nin veri koruma görevlisine, yukarıdaki posta adresine “Datenschutz” "
              "(veri koruma) ibaresini ekleyerek ulaşabilirsiniz.\nDemo bilgisi: E-posta adresi ve telefon "
              "numarası belediye tarafından buraya eklenecektir.",
        "uk": "Зв’язатися з уповноваженою особою із захисту даних міста Штутгарт можна за поштовою адресою, "
              "вказаною вище, з позначкою «Datenschutz» (захист даних).\nДемо-дані: адресу електронної "
              "пошти та телефон місто вкаже тут.",
        "ru": "Связаться с уполномоченным лицом по защите данных города Штутгарт можно по почтовому адресу, "
              "указанному выше, с пометкой «Datenschutz» (защита данных).\nДемо-данные: адрес электронной "
              "почты и телефон город укажет здесь.",
        "es": "Puede contactar con la delegada de protección de datos de la Ciudad de Stuttgart en la "
              "dirección postal indicada arriba, con la mención «Datenschutz» (protección de datos).\nDato "
              "de demostración: la ciudad añadirá aquí la dirección de correo electrónico y el teléfono.",
        "it": "Può contattare la responsabile della protezione dei dati della Città di Stoccarda "
              "all'indirizzo postale indicato sopra, con la dicitura «Datenschutz» (protezione dei dati).\n"
              "Dato dimostrativo: l'indirizzo e-mail e il telefono saranno inseriti qui dalla città.",
        "el": "Μπορείτε να επικοινωνήσετε με την υπεύθυνη προστασίας δεδομένων του Δήμου Στουτγάρδης στην "
              "παραπάνω ταχυδρομική διεύθυνση, με την ένδειξη «Datenschutz» (προστασία δεδομένων).\n"
              "Στοιχείο επίδειξης: τη διεύθυνση email και το τηλέφωνο θα τα συμπληρώσει εδώ ο δήμος.",
        "pl": "Z inspektorem ochrony danych Miasta Stuttgart można skontaktować się pod wskazanym wyżej "
              "adresem pocztowym z dopiskiem „Datenschutz” (ochrona danych).\nInformacja demonstracyjna: "
              "adres e-mail i numer telefonu miasto wpisze tutaj.",
        "ro": "O puteți contacta pe responsabila cu protecția datelor a Orașului Stuttgart la adresa "
              "poștală de mai sus, cu mențiunea „Datenschutz” (protecția datelor).\nInformație "
              "demonstrativă: adresa de e-mail și telefonul vor fi completate aici de oraș.",
    },
    "privacy.booking.heading": {
        "de": "Terminbuchung",
        "en": "Booking an appointment",
        "ar": "حجز المواعيد",
        "fa": "رزرو نوبت",
        "tr": "Randevu alma",
        "uk": "Запис на консультацію",
        "ru": "Запись на консультацию",
        "es": "Reserva de citas",
        "it": "Prenotazione degli appuntamenti",
        "el": "Κράτηση ραντεβού",
        "pl": "Rezerwacja wizyt",
        "ro": "Programarea",
    },
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
        "ar": "الغرض: موعد الاستشارة الخاص بك، والتأكيد عبر البريد الإلكتروني، وتذكير في اليوم السابق، وفي "
              "حالة الاستشارة الهاتفية: الاتصال بك.\n\nالأساس القانوني: موافقتك (المادة 6(1)(a) من اللائحة "
              "العامة لحماية البيانات)، ويمكنك سحبها في أي وقت بإلغاء الموعد عبر الرابط الموجود في الرسالة "
              "الإلكترونية.\n\nما نحفظه:\n- اسمك\n- عنوان بريدك الإلكتروني\n- رقم هاتفك إذا أدخلته (وهو "
              "ضروري للاستشارة الهاتفية)\n- موضوع الموعد ولغته وطريقته ووقته\n\nمن يتلقى البيانات: فقط "
              "المستشارون والمستشارات في مركز الترحيب (Welcome Center) الذين يُجرون الموعد. لا نمرّر أي "
              "بيانات إلى أطراف ثالثة.\n\nمدة الحفظ: ينتهي الحجز غير المؤكَّد بعد {booking_hold_minutes} "
              "دقيقة. نحذف الاسم وعنوان البريد الإلكتروني ورقم الهاتف بعد {contact_retention_days} يومًا من "
              "الموعد؛ ويبقى موعد بلا اسم لأغراض الإحصاء.",
        "fa": "هدف: نوبت مشاوره شما، تأییدیه از طریق ایمیل، یادآوری در روز قبل و در مشاوره تلفنی، تماس با "
              "شما.\n\nمبنای حقوقی: رضایت شما (ماده 6(1)(a) مقررات عمومی حفاظت از داده‌ها، GDPR) که "
              "می‌توانید هر زمان با لغو نوبت از طریق پیوند موجود در ایمیل، آن را پس بگیرید.\n\nآنچه ذخیره "
              "می‌کنیم:\n- نام شما\n- نشانی ایمیل شما\n- شماره تلفن شما، اگر آن را وارد کنید (برای مشاوره "
              "تلفنی لازم است)\n- موضوع، زبان، شیوه و زمان نوبت\n\nچه کسی آن را دریافت می‌کند: فقط مشاوران "
              "مرکز خوشامدگویی (Welcome Center) که نوبت را برگزار می‌کنند. ما هیچ داده‌ای را به اشخاص ثالث "
              "نمی‌دهیم.\n\nمدت نگهداری: رزرو تأییدنشده پس از {booking_hold_minutes} دقیقه لغو می‌شود. نام، "
              "نشانی ایمیل و شماره تلفن را {contact_retention_days} روز پس از نوبت حذف می‌کنیم؛ آنچه باقی "
              "می‌ماند یک نوبت بدون نام برای آمار است.",
        "tr": "Amaç: Danışmanlık randevunuz, e-posta ile onay, bir gün önce hatırlatma ve telefonla "
              "danışmanlıkta sizi aramamız.\n\nHukuki dayanak: Rızanız (GDPR Madde 6(1)(a)). Rızanızı, "
              "e-postadaki bağlantı üzerinden randevuyu iptal ederek istediğiniz zaman geri "
              "alabilirsiniz.\n\nSakladığımız bilgiler:\n- adınız\n- e-posta adresiniz\n- telefon "
              "numaranız, belirtirseniz (telefonla danışmanlık için gereklidir)\n- randevunun konusu, dili, "
              "şekli ve saati\n\nKimler alır: Yalnızca randevuyu yürüten Welcome Center danışmanları. "
              "Hiçbir bilgiyi üçüncü kişilere vermeyiz.\n\nNe kadar süre: Onaylanmamış bir rezervasyon "
              "{booking_hold_minutes} dakika sonra sona erer. Adınızı, e-posta adresinizi ve telefon "
              "numaranızı randevudan {contact_retention_days} gün sonra sileriz; istatistik için geriye "
              "isimsiz bir randevu kaydı kalır.",
        "uk": "Мета: Ваша консультація, підтвердження електронною поштою, нагадування напередодні та, у "
              "разі консультації телефоном, дзвінок.\n\nПравова підстава: Ваша згода (ст. 6(1)(a) GDPR), "
              "яку Ви можете будь-коли відкликати, скасувавши запис за посиланням у листі.\n\nЩо ми "
              "зберігаємо:\n- Ваше ім’я\n- Вашу адресу електронної пошти\n- Ваш номер телефону, якщо Ви "
              "його вказали (потрібен для консультації телефоном)\n- тему, мову, формат і час "
              "консультації\n\nХто отримує дані: лише консультантки та консультанти Welcome Center, які "
              "проводять консультацію. Ми нічого не передаємо третім особам.\n\nЯк довго: непідтверджене "
              "бронювання скасовується через {booking_hold_minutes} хвилин. Ім’я, адресу електронної пошти "
              "та номер телефону ми видаляємо через {contact_retention_days} днів після консультації; "
              "залишається лише запис без імені для статистики.",
        "ru": "Цель: Ваша консультация, подтверждение по электронной почте, напоминание накануне и, при "
              "консультации по телефону, звонок.\n\nПравовое основание: Ваше согласие (ст. 6(1)(a) GDPR), "
              "которое Вы можете в любой момент отозвать, отменив запись по ссылке в письме.\n\nЧто мы "
              "храним:\n- Ваше имя\n- Ваш адрес электронной почты\n- Ваш номер телефона, если Вы его "
              "указали (нужен для консультации по телефону)\n- тему, язык, формат и время консультации\n\n"
              "Кто получает данные: только консультанты Welcome Center, которые проводят консультацию. Мы "
              "ничего не передаём третьим лицам.\n\nКак долго: неподтверждённое бронирование аннулируется "
              "через {booking_hold_minutes} минут. Имя, адрес электронной почты и номер телефона мы удаляем "
              "через {contact_retention_days} дней после консультации; остаётся лишь запись без имени для "
              "статистики.",
        "es": "Finalidad: su cita de asesoramiento, la confirmación por correo electrónico, un recordatorio "
              "el día anterior y, en el asesoramiento telefónico, la llamada.\n\nBase jurídica: su "
              "consentimiento (art. 6(1)(a) del RGPD), que puede retirar en cualquier momento cancelando la "
              "cita con el enlace del correo electrónico.\n\nQué guardamos:\n- su nombre\n- su dirección de "
              "correo electrónico\n- su número de teléfono, si nos lo facilita (necesario para el "
              "asesoramiento telefónico)\n- tema, idioma, modalidad y hora de la cita\n\nQuién los recibe: "
              "solo las asesoras y los asesores del Welcome Center que atienden la cita. No cedemos nada a "
              "terceros.\n\nDurante cuánto tiempo: una reserva no confirmada caduca a los "
              "{booking_hold_minutes} minutos. Borramos el nombre, la dirección de correo electrónico y el "
              "número de teléfono {contact_retention_days} días después de la cita; lo que queda es una "
              "cita sin nombre, para la estadística.",
        "it": "Finalità: il Suo appuntamento di consulenza, la conferma via e-mail, un promemoria il giorno "
              "prima e, per la consulenza telefonica, la chiamata.\n\nBase giuridica: il Suo consenso (art. "
              "6(1)(a) GDPR), che può revocare in qualsiasi momento annullando l'appuntamento tramite il "
              "link nell'e-mail.\n\nCosa conserviamo:\n- il Suo nome\n- il Suo indirizzo e-mail\n- il Suo "
              "numero di telefono, se lo indica (necessario per la consulenza telefonica)\n- argomento, "
              "lingua, modalità e orario dell'appuntamento\n\nChi li riceve: solo le consulenti e i "
              "consulenti del Welcome Center che svolgono l'appuntamento. Non trasmettiamo nulla a "
              "terzi.\n\nPer quanto tempo: una prenotazione non confermata scade dopo "
              "{booking_hold_minutes} minuti. Cancelliamo nome, indirizzo e-mail e numero di telefono "
              "{contact_retention_days} giorni dopo l'appuntamento; resta solo un appuntamento senza nome, "
              "a fini statistici.",
        "el": "Σκοπός: το ραντεβού συμβουλευτικής σας, η επιβεβαίωση μέσω email, μια υπενθύμιση την "
              "προηγούμενη ημέρα και, στην τηλεφωνική συμβουλευτική, η κλήση.\n\nΝομική βάση: η συγκατάθεσή "
              "σας (άρθρο 6(1)(a) ΓΚΠΔ), την οποία μπορείτε να ανακαλέσετε ανά πάσα στιγμή ακυρώνοντας το "
              "ραντεβού μέσω του συνδέσμου στο email.\n\nΤι αποθηκεύουμε:\n- το όνομά σας\n- τη διεύθυνση "
              "email σας\n- τον αριθμό τηλεφώνου σας, αν τον δώσετε (απαραίτητος για την τηλεφωνική "
              "συμβουλευτική)\n- θέμα, γλώσσα, τρόπο και ώρα του ραντεβού\n\nΠοιος τα λαμβάνει: μόνο οι "
              "σύμβουλοι του Welcome Center που πραγματοποιούν το ραντεβού. Δεν διαβιβάζουμε τίποτα σε "
              "τρίτους.\n\nΓια πόσο διάστημα: μια μη επιβεβαιωμένη κράτηση λήγει μετά από "
              "{booking_hold_minutes} λεπτά. Διαγράφουμε το όνομα, τη διεύθυνση email και τον αριθμό "
              "τηλεφώνου {contact_retention_days} ημέρες μετά το ραντεβού· απομένει ένα ραντεβού χωρίς "
              "όνομα για τα στατιστικά.",
        "pl": "Cel: Państwa wizyta doradcza, potwierdzenie e-mailem, przypomnienie dzień wcześniej oraz, w "
              "przypadku porady telefonicznej, telefon od nas.\n\nPodstawa prawna: Państwa zgoda (art. "
              "6(1)(a) RODO), którą można w każdej chwili wycofać, odwołując wizytę za pomocą linku w "
              "e-mailu.\n\nCo przechowujemy:\n- imię i nazwisko\n- adres e-mail\n- numer telefonu, jeśli "
              "zostanie podany (niezbędny przy poradzie telefonicznej)\n- temat, język, formę i termin "
              "wizyty\n\nKto je otrzymuje: tylko doradczynie i doradcy Welcome Center, którzy prowadzą daną "
              "wizytę. Nie przekazujemy niczego osobom trzecim.\n\nJak długo: niepotwierdzona rezerwacja "
              "wygasa po {booking_hold_minutes} minutach. Imię i nazwisko, adres e-mail i numer telefonu "
              "usuwamy {contact_retention_days} dni po wizycie; pozostaje jedynie wizyta bez imienia i "
              "nazwiska, do celów statystycznych.",
        "ro": "Scopul: programarea dumneavoastră pentru consiliere, confirmarea prin e-mail, un memento cu "
              "o zi înainte și, în cazul consilierii telefonice, apelul.\n\nTemeiul juridic: consimțământul "
              "dumneavoastră (art. 6(1)(a) din RGPD), pe care îl puteți retrage oricând anulând programarea "
              "prin linkul din e-mail.\n\nCe stocăm:\n- numele dumneavoastră\n- adresa dumneavoastră de "
              "e-mail\n- numărul dumneavoastră de telefon, dacă îl indicați (necesar pentru consilierea "
              "telefonică)\n- subiectul, limba, modalitatea și ora programării\n\nCine le primește: doar "
              "consilierele și consilierii Welcome Center care țin programarea. Nu transmitem nimic "
              "terților.\n\nCât timp: o rezervare neconfirmată expiră după {booking_hold_minutes} de "
              "minute. Ștergem numele, adresa de e-mail și numărul de telefon la {contact_retention_days} "
              "de zile după programare; rămâne doar o programare fără nume, pentru statistică.",
    },
    "privacy.waiting-list.heading": {
        "de": "Warteliste",
        "en": "Waiting list",
        "ar": "قائمة الانتظار",
        "fa": "فهرست انتظار",
        "tr": "Bekleme listesi",
        "uk": "Список очікування",
        "ru": "Список ожидания",
        "es": "Lista de espera",
        "it": "Lista d'attesa",
        "el": "Λίστα αναμονής",
        "pl": "Lista oczekujących",
        "ro": "Lista de așteptare",
    },
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
        "ar": "الغرض: نعرض عليك أقرب موعد مناسب يصبح متاحًا.\n\nالأساس القانوني: موافقتك (المادة 6(1)(a) من "
              "اللائحة العامة لحماية البيانات).\n\nما نحفظه: عنوان بريدك الإلكتروني، وموضوع الاستشارة "
              "ولغتها وطريقتها.\n\nمن يتلقى البيانات: لا أحد سوى البوابة التي ترسل إليك الرسالة "
              "الإلكترونية.\n\nمدة الحفظ: إلى أن تحجز موعدًا أو تغادر القائمة؛ ونحتفظ لك بالموعد المعروض "
              "عليك لمدة {waitlist_offer_hours} ساعة.",
        "fa": "هدف: نزدیک‌ترین نوبت مناسبی را که آزاد شود به شما پیشنهاد می‌کنیم.\n\nمبنای حقوقی: رضایت شما "
              "(ماده 6(1)(a) GDPR).\n\nآنچه ذخیره می‌کنیم: نشانی ایمیل شما و موضوع، زبان و شیوه مشاوره.\n\n"
              "چه کسی آن را دریافت می‌کند: هیچ‌کس جز پورتال که ایمیل را برای شما می‌فرستد.\n\nمدت نگهداری: "
              "تا زمانی که نوبتی رزرو کنید یا از فهرست خارج شوید؛ نوبتی که به شما پیشنهاد می‌شود، "
              "{waitlist_offer_hours} ساعت برایتان نگه داشته می‌شود.",
        "tr": "Amaç: Boşalan ilk uygun randevuyu size öneririz.\n\nHukuki dayanak: Rızanız (GDPR Madde "
              "6(1)(a)).\n\nSakladığımız bilgiler: E-posta adresiniz ile istediğiniz danışmanlığın konusu, "
              "dili ve şekli.\n\nKimler alır: Size e-postayı gönderen portal dışında hiç kimse.\n\nNe kadar "
              "süre: Bir randevu alana veya listeden çıkana kadar; size önerilen bir randevu "
              "{waitlist_offer_hours} saat boyunca sizin için ayrılır.",
        "uk": "Мета: ми запропонуємо Вам найближчий відповідний час, що звільниться.\n\nПравова підстава: "
              "Ваша згода (ст. 6(1)(a) GDPR).\n\nЩо ми зберігаємо: Вашу адресу електронної пошти, бажані "
              "тему, мову та формат консультації.\n\nХто отримує дані: ніхто, крім порталу, який надсилає "
              "Вам лист.\n\nЯк довго: доки Ви не запишетеся на консультацію або не вийдете зі списку; "
              "запропонований Вам час резервується для Вас на {waitlist_offer_hours} годин.",
        "ru": "Цель: мы предложим Вам ближайшее подходящее время, которое освободится.\n\nПравовое "
              "основание: Ваше согласие (ст. 6(1)(a) GDPR).\n\nЧто мы храним: Ваш адрес электронной почты, "
              "желаемые тему, язык и формат консультации.\n\nКто получает данные: никто, кроме портала, "
              "который отправляет Вам письмо.\n\nКак долго: пока Вы не запишетесь на консультацию или не "
              "выйдете из списка; предложенное Вам время сохраняется за Вами {waitlist_offer_hours} часов.",
        "es": "Finalidad: le ofrecemos la próxima cita adecuada que quede libre.\n\nBase jurídica: su "
              "consentimiento (art. 6(1)(a) del RGPD).\n\nQué guardamos: su dirección de correo electrónico "
              "y el tema, el idioma y la modalidad de asesoramiento que desea.\n\nQuién los recibe: nadie, "
              "salvo el portal que le envía el correo electrónico.\n\nDurante cuánto tiempo: hasta que "
              "reserve una cita o abandone la lista; una cita que le ofrezcamos se le reserva durante "
              "{waitlist_offer_hours} horas.",
        "it": "Finalità: Le offriamo il primo appuntamento adatto che si libera.\n\nBase giuridica: il Suo "
              "consenso (art. 6(1)(a) GDPR).\n\nCosa conserviamo: il Suo indirizzo e-mail e l'argomento, la "
              "lingua e la modalità di consulenza che desidera.\n\nChi li riceve: nessuno, tranne il "
              "portale che Le invia l'e-mail.\n\nPer quanto tempo: finché non prenota un appuntamento o non "
              "lascia la lista; un appuntamento che Le viene offerto resta riservato per Lei per "
              "{waitlist_offer_hours} ore.",
        "el": "Σκοπός: σας προτείνουμε το επόμενο κατάλληλο ραντεβού που θα ελευθερωθεί.\n\nΝομική βάση: η "
              "συγκατάθεσή σας (άρθρο 6(1)(a) ΓΚΠΔ).\n\nΤι αποθηκεύουμε: τη διεύθυνση email σας, καθώς και "
              "το θέμα, τη γλώσσα και τον τρόπο συμβουλευτικής που επιθυμείτε.\n\nΠοιος τα λαμβάνει: κανείς "
              "εκτός από την πύλη, που σας στέλνει το email.\n\nΓια πόσο διάστημα: μέχρι να κλείσετε "
              "ραντεβού ή να αποχωρήσετε από τη λίστα· ένα ραντεβού που σας προτείνεται κρατείται για εσάς "
              "για {waitlist_offer_hours} ώρες.",
        "pl": "Cel: proponujemy Państwu najbliższy odpowiedni termin, który się zwolni.\n\nPodstawa prawna: "
              "Państwa zgoda (art. 6(1)(a) RODO).\n\nCo przechowujemy: adres e-mail oraz wybrany temat, "
              "język i formę porady.\n\nKto je otrzymuje: nikt poza portalem, który wysyła wiadomość "
              "e-mail.\n\nJak długo: do momentu rezerwacji wizyty lub rezygnacji z listy; zaproponowany "
              "termin jest rezerwowany dla Państwa przez {waitlist_offer_hours} godzin.",
        "ro": "Scopul: vă oferim următoarea programare potrivită care devine disponibilă.\n\nTemeiul "
              "juridic: consimțământul dumneavoastră (art. 6(1)(a) din RGPD).\n\nCe stocăm: adresa "
              "dumneavoastră de e-mail, precum și subiectul, limba și modalitatea de consiliere dorite.\n\n"
              "Cine le primește: nimeni în afară de portal, care vă trimite e-mailul.\n\nCât timp: până "
              "când faceți o programare sau părăsiți lista; o programare care vă este oferită rămâne "
              "rezervată pentru dumneavoastră timp de {waitlist_offer_hours} ore.",
    },
    "privacy.event-signup.heading": {
        "de": "Anmeldung zu Veranstaltungen",
        "en": "Signing up for events",
        "ar": "التسجيل في الفعاليات",
        "fa": "ثبت‌نام در رویدادها",
        "tr": "Etkinliklere kayıt",
        "uk": "Реєстрація на заходи",
        "ru": "Регистрация на мероприятия",
        "es": "Inscripción en eventos",
        "it": "Iscrizione agli eventi",
        "el": "Εγγραφή σε εκδηλώσεις",
        "pl": "Zapisy na wydarzenia",
        "ro": "Înscrierea la evenimente",
    },
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
        "ar": "الغرض: مقعدك في الفعالية، والتأكيد، وعند الحاجة إشعارك بأن مقعدًا قد أصبح متاحًا لك من قائمة "
              "الانتظار.\n\nالأساس القانوني: موافقتك (المادة 6(1)(a) من اللائحة العامة لحماية البيانات).\n\n"
              "ما نحفظه: اسمك الأول وعنوان بريدك الإلكتروني.\n\nمن يتلقى البيانات: الفريق الذي ينظّم "
              "الفعالية.\n\nمدة الحفظ: نحذف الاسم وعنوان البريد الإلكتروني بعد {contact_retention_days} "
              "يومًا من الفعالية.",
        "fa": "هدف: جای شما در رویداد، تأییدیه و در صورت لزوم، پیامی مبنی بر اینکه جایی از فهرست انتظار "
              "برایتان آزاد شده است.\n\nمبنای حقوقی: رضایت شما (ماده 6(1)(a) GDPR).\n\nآنچه ذخیره می‌کنیم: "
              "نام کوچک و نشانی ایمیل شما.\n\nچه کسی آن را دریافت می‌کند: تیمی که رویداد را برگزار "
              "می‌کند.\n\nمدت نگهداری: نام و نشانی ایمیل را {contact_retention_days} روز پس از رویداد حذف "
              "می‌کنیم.",
        "tr": "Amaç: Etkinlikteki yeriniz, onay ve gerektiğinde bekleme listesinde sizin için bir yerin "
              "boşaldığına dair bildirim.\n\nHukuki dayanak: Rızanız (GDPR Madde 6(1)(a)).\n\nSakladığımız "
              "bilgiler: Adınız ve e-posta adresiniz.\n\nKimler alır: Etkinliği düzenleyen ekip.\n\nNe "
              "kadar süre: Adınızı ve e-posta adresinizi etkinlikten {contact_retention_days} gün sonra "
              "sileriz.",
        "uk": "Мета: Ваше місце на заході, підтвердження та, за потреби, повідомлення про те, що для Вас "
              "звільнилося місце зі списку очікування.\n\nПравова підстава: Ваша згода (ст. 6(1)(a) "
              "GDPR).\n\nЩо ми зберігаємо: Ваше ім’я та адресу електронної пошти.\n\nХто отримує дані: "
              "команда, яка проводить захід.\n\nЯк довго: ім’я та адресу електронної пошти ми видаляємо "
              "через {contact_retention_days} днів після заходу.",
        "ru": "Цель: Ваше место на мероприятии, подтверждение и, при необходимости, сообщение о том, что "
              "для Вас освободилось место из списка ожидания.\n\nПравовое основание: Ваше согласие (ст. "
              "6(1)(a) GDPR).\n\nЧто мы храним: Ваше имя и адрес электронной почты.\n\nКто получает данные: "
              "команда, которая проводит мероприятие.\n\nКак долго: имя и адрес электронной почты мы "
              "удаляем через {contact_retention_days} дней после мероприятия.",
        "es": "Finalidad: su plaza en el evento, la confirmación y, en su caso, el aviso de que ha quedado "
              "libre para usted una plaza de la lista de espera.\n\nBase jurídica: su consentimiento (art. "
              "6(1)(a) del RGPD).\n\nQué guardamos: su nombre de pila y su dirección de correo "
              "electrónico.\n\nQuién los recibe: el equipo que organiza el evento.\n\nDurante cuánto "
              "tiempo: borramos el nombre y la dirección de correo electrónico {contact_retention_days} "
              "días después del evento.",
        "it": "Finalità: il Suo posto all'evento, la conferma ed eventualmente l'avviso che si è liberato "
              "per Lei un posto dalla lista d'attesa.\n\nBase giuridica: il Suo consenso (art. 6(1)(a) "
              "GDPR).\n\nCosa conserviamo: il Suo nome e il Suo indirizzo e-mail.\n\nChi li riceve: il team "
              "che organizza l'evento.\n\nPer quanto tempo: cancelliamo nome e indirizzo e-mail "
              "{contact_retention_days} giorni dopo l'evento.",
        "el": "Σκοπός: η θέση σας στην εκδήλωση, η επιβεβαίωση και, όπου χρειάζεται, η ειδοποίηση ότι "
              "ελευθερώθηκε για εσάς μια θέση από τη λίστα αναμονής.\n\nΝομική βάση: η συγκατάθεσή σας "
              "(άρθρο 6(1)(a) ΓΚΠΔ).\n\nΤι αποθηκεύουμε: το μικρό σας όνομα και τη διεύθυνση email σας.\n\n"
              "Ποιος τα λαμβάνει: η ομάδα που διοργανώνει την εκδήλωση.\n\nΓια πόσο διάστημα: διαγράφουμε "
              "το όνομα και τη διεύθυνση email {contact_retention_days} ημέρες μετά την εκδήλωση.",
        "pl": "Cel: Państwa miejsce na wydarzeniu, potwierdzenie oraz w razie potrzeby wiadomość, że "
              "zwolniło się dla Państwa miejsce z listy oczekujących.\n\nPodstawa prawna: Państwa zgoda "
              "(art. 6(1)(a) RODO).\n\nCo przechowujemy: imię i adres e-mail.\n\nKto je otrzymuje: zespół, "
              "który prowadzi wydarzenie.\n\nJak długo: imię i adres e-mail usuwamy "
              "{contact_retention_days} dni po wydarzeniu.",
        "ro": "Scopul: locul dumneavoastră la eveniment, confirmarea și, dacă este cazul, mesajul că s-a "
              "eliberat pentru dumneavoastră un loc de pe lista de așteptare.\n\nTemeiul juridic: "
              "consimțământul dumneavoastră (art. 6(1)(a) din RGPD).\n\nCe stocăm: prenumele și adresa "
              "dumneavoastră de e-mail.\n\nCine le primește: echipa care organizează evenimentul.\n\nCât "
              "timp: ștergem numele și adresa de e-mail la {contact_retention_days} de zile după eveniment.",
    },
    "privacy.volunteer.heading": {
        "de": "Anmeldung als Ehrenamtliche",
        "en": "Registering as a volunteer",
        "ar": "التسجيل للعمل التطوعي",
        "fa": "ثبت‌نام به‌عنوان داوطلب",
        "tr": "Gönüllü kaydı",
        "uk": "Реєстрація волонтерів",
        "ru": "Регистрация волонтёров",
        "es": "Inscripción en el voluntariado",
        "it": "Iscrizione al volontariato",
        "el": "Εγγραφή εθελοντών",
        "pl": "Zgłoszenie do wolontariatu",
        "ro": "Înscrierea în voluntariat",
    },
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
        "ar": "الغرض: يتواصل معك فريق تنسيق العمل التطوعي ويوجّهك إلى مهمة مناسبة، مثلًا في ثنائي ترحيب "
              "(Willkommens-Tandem).\n\nالأساس القانوني: موافقتك (المادة 6(1)(a) من اللائحة العامة لحماية "
              "البيانات).\n\nما نحفظه: الاسم، وعنوان البريد الإلكتروني، ورقم الهاتف (اختياري)، واللغات، "
              "والحي، والاهتمامات، والأدوار التي ترغب في القيام بها.\n\nمن يتلقى البيانات: جهة التنسيق "
              "المسؤولة عنك.\n\nمدة الحفظ: طوال فترة نشاطك التطوعي؛ وبعد ذلك تُحذف بناءً على طلبك أو عند "
              "سحب موافقتك.",
        "fa": "هدف: بخش هماهنگی داوطلبان با شما تماس می‌گیرد و شما را به فعالیتی مناسب معرفی می‌کند، برای "
              "مثال به یک تاندم خوشامدگویی (Willkommens-Tandem).\n\nمبنای حقوقی: رضایت شما (ماده 6(1)(a) "
              "GDPR).\n\nآنچه ذخیره می‌کنیم: نام، نشانی ایمیل، شماره تلفن (اختیاری)، زبان‌ها، منطقه شهری، "
              "علایق و نقش‌هایی که مایلید بر عهده بگیرید.\n\nچه کسی آن را دریافت می‌کند: دفتر هماهنگی‌ای که "
              "مسئول شماست.\n\nمدت نگهداری: تا زمانی که فعالیت داوطلبانه دارید؛ پس از آن، به درخواست شما یا "
              "در صورت پس گرفتن رضایت، حذف می‌شود.",
        "tr": "Amaç: Gönüllü koordinasyonu sizinle iletişime geçer ve sizi örneğin bir hoş geldin tandemine "
              "(Willkommens-Tandem) yönlendirir.\n\nHukuki dayanak: Rızanız (GDPR Madde 6(1)(a)).\n\n"
              "Sakladığımız bilgiler: Ad, e-posta adresi, telefon numarası (isteğe bağlı), diller, ilçe, "
              "ilgi alanları ve üstlenmek istediğiniz roller.\n\nKimler alır: Sizden sorumlu koordinasyon "
              "birimi.\n\nNe kadar süre: Gönüllü olarak faaliyette bulunduğunuz sürece; sonrasında "
              "talebiniz üzerine veya rızanızı geri aldığınızda silinir.",
        "uk": "Мета: координатори волонтерів зв’яжуться з Вами та підберуть Вам відповідну діяльність, "
              "наприклад тандем підтримки (Willkommens-Tandem).\n\nПравова підстава: Ваша згода (ст. "
              "6(1)(a) GDPR).\n\nЩо ми зберігаємо: ім’я, адресу електронної пошти, номер телефону (за "
              "бажанням), мови, міський район, інтереси та ролі, які Ви хотіли б узяти на себе.\n\nХто "
              "отримує дані: координаційний центр, відповідальний за Вас.\n\nЯк довго: поки Ви займаєтеся "
              "волонтерством; після цього дані видаляються на Ваше прохання або в разі відкликання згоди.",
        "ru": "Цель: координаторы волонтёров свяжутся с Вами и подберут Вам подходящее направление, "
              "например тандем поддержки (Willkommens-Tandem).\n\nПравовое основание: Ваше согласие (ст. "
              "6(1)(a) GDPR).\n\nЧто мы храним: имя, адрес электронной почты, номер телефона (по желанию), "
              "языки, городской район, интересы и роли, которые Вы хотели бы взять на себя.\n\nКто получает "
              "данные: координационный центр, ответственный за Вас.\n\nКак долго: пока Вы занимаетесь "
              "волонтёрской деятельностью; после этого данные удаляются по Вашей просьбе или при отзыве "
              "согласия.",
        "es": "Finalidad: la coordinación del voluntariado se pone en contacto con usted y le asigna una "
              "actividad, por ejemplo en un tándem de bienvenida (Willkommens-Tandem).\n\nBase jurídica: su "
              "consentimiento (art. 6(1)(a) del RGPD).\n\nQué guardamos: nombre, dirección de correo "
              "electrónico, número de teléfono (opcional), idiomas, distrito, intereses y las funciones que "
              "le gustaría asumir.\n\nQuién los recibe: la oficina de coordinación responsable de usted.\n\n"
              "Durante cuánto tiempo: mientras participe en el voluntariado; después, se borran a petición "
              "suya o si retira su consentimiento.",
        "it": "Finalità: il coordinamento del volontariato La contatta e Le propone un'attività, ad esempio "
              "in un tandem di benvenuto (Willkommens-Tandem).\n\nBase giuridica: il Suo consenso (art. "
              "6(1)(a) GDPR).\n\nCosa conserviamo: nome, indirizzo e-mail, numero di telefono "
              "(facoltativo), lingue, quartiere, interessi e i ruoli che desidera assumere.\n\nChi li "
              "riceve: l'ufficio di coordinamento competente per Lei.\n\nPer quanto tempo: finché svolge "
              "attività di volontariato; poi vengono cancellati su Sua richiesta o in caso di revoca del "
              "consenso.",
        "el": "Σκοπός: ο συντονισμός εθελοντών επικοινωνεί μαζί σας και σας προτείνει μια δράση, για "
              "παράδειγμα σε ένα τάντεμ υποδοχής (Willkommens-Tandem).\n\nΝομική βάση: η συγκατάθεσή σας "
              "(άρθρο 6(1)(a) ΓΚΠΔ).\n\nΤι αποθηκεύουμε: όνομα, διεύθυνση email, αριθμό τηλεφώνου "
              "(προαιρετικά), γλώσσες, δημοτικό διαμέρισμα, ενδιαφέροντα και τους ρόλους που θα θέλατε να "
              "αναλάβετε.\n\nΠοιος τα λαμβάνει: η υπηρεσία συντονισμού που είναι αρμόδια για εσάς.\n\nΓια "
              "πόσο διάστημα: όσο δραστηριοποιείστε εθελοντικά· μετά διαγράφονται κατόπιν αιτήματός σας ή "
              "αν ανακαλέσετε τη συγκατάθεσή σας.",
        "pl": "Cel: koordynacja wolontariatu kontaktuje się z Państwem i proponuje odpowiednie zadanie, na "
              "przykład w tandemie powitalnym (Willkommens-Tandem).\n\nPodstawa prawna: Państwa zgoda (art. "
              "6(1)(a) RODO).\n\nCo przechowujemy: imię i nazwisko, adres e-mail, numer telefonu "
              "(dobrowolnie), języki, dzielnicę, zainteresowania oraz role, które chcą Państwo podjąć.\n\n"
              "Kto je otrzymuje: właściwe dla Państwa biuro koordynacji.\n\nJak długo: przez okres Państwa "
              "działalności wolontariackiej; następnie dane są usuwane na Państwa życzenie lub po wycofaniu "
              "zgody.",
        "ro": "Scopul: coordonarea voluntariatului vă contactează și vă propune o activitate potrivită, de "
              "exemplu într-un tandem de bun venit (Willkommens-Tandem).\n\nTemeiul juridic: consimțământul "
              "dumneavoastră (art. 6(1)(a) din RGPD).\n\nCe stocăm: numele, adresa de e-mail, numărul de "
              "telefon (opțional), limbile, districtul, interesele și rolurile pe care doriți să le "
              "preluați.\n\nCine le primește: biroul de coordonare responsabil pentru dumneavoastră.\n\nCât "
              "timp: pe durata activității dumneavoastră de voluntariat; după aceea, datele se șterg la "
              "cererea dumneavoastră sau la retragerea consimțământului.",
    },
    "privacy.tandem-request.heading": {
        "de": "Wunsch nach einem Willkommens-Tandem",
        "en": "Asking for a welcome tandem",
        "ar": "طلب ثنائي ترحيب",
        "fa": "درخواست تاندم خوشامدگویی",
        "tr": "Hoş geldin tandemi talebi",
        "uk": "Запит на тандем підтримки",
        "ru": "Запрос на тандем поддержки",
        "es": "Solicitud de un tándem de bienvenida",
        "it": "Richiesta di un tandem di benvenuto",
        "el": "Αίτημα για τάντεμ υποδοχής",
        "pl": "Prośba o tandem powitalny",
        "ro": "Cererea unui tandem de bun venit",
    },
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
        "ar": "الغرض: يبحث لك فريق تنسيق العمل التطوعي عن مرشدة ترحيب أو مرشد ترحيب مناسب.\n\nالأساس "
              "القانوني: موافقتك (المادة 6(1)(a) من اللائحة العامة لحماية البيانات).\n\nما نحفظه: الاسم، "
              "وعنوان البريد الإلكتروني، ورقم الهاتف (اختياري)، واللغات، والحي، والاهتمامات، ونوع المساعدة "
              "التي ترغب فيها.\n\nمن يتلقى البيانات: جهة التنسيق في حيّك، وعند تكوين ثنائي: مرشدتك أو "
              "مرشدك.\n\nمدة الحفظ: حتى يتم تكوين الثنائي، ثم {tandem_request_retention_days} يومًا "
              "إضافيًا؛ أما الطلب الذي لا يُعثر له على أحد فيُحذف بعد {tandem_request_max_days} يومًا.",
        "fa": "هدف: بخش هماهنگی داوطلبان برای شما به دنبال یک حامی خوشامدگویی مناسب می‌گردد.\n\nمبنای "
              "حقوقی: رضایت شما (ماده 6(1)(a) GDPR).\n\nآنچه ذخیره می‌کنیم: نام، نشانی ایمیل، شماره تلفن "
              "(اختیاری)، زبان‌ها، منطقه شهری، علایق و نوع کمکی که می‌خواهید.\n\nچه کسی آن را دریافت "
              "می‌کند: دفتر هماهنگی منطقه شما و اگر تاندمی شکل بگیرد، حامی شما.\n\nمدت نگهداری: تا زمانی که "
              "تاندمی تشکیل شود و پس از آن {tandem_request_retention_days} روز دیگر؛ درخواستی که برای آن "
              "کسی پیدا نشود، پس از {tandem_request_max_days} روز حذف می‌شود.",
        "tr": "Amaç: Gönüllü koordinasyonu size uygun bir hoş geldin mentoru arar.\n\nHukuki dayanak: "
              "Rızanız (GDPR Madde 6(1)(a)).\n\nSakladığımız bilgiler: Ad, e-posta adresi, telefon numarası "
              "(isteğe bağlı), diller, ilçe, ilgi alanları ve ne tür bir yardım istediğiniz.\n\nKimler "
              "alır: İlçenizdeki koordinasyon birimi ve bir tandem oluştuğunda mentorunuz.\n\nNe kadar "
              "süre: Bir tandem oluşturulana kadar, ardından {tandem_request_retention_days} gün daha; "
              "kimsenin bulunamadığı bir talep {tandem_request_max_days} gün sonra silinir.",
        "uk": "Мета: координатори волонтерів шукають для Вас відповідну наставницю або наставника.\n\n"
              "Правова підстава: Ваша згода (ст. 6(1)(a) GDPR).\n\nЩо ми зберігаємо: ім’я, адресу "
              "електронної пошти, номер телефону (за бажанням), мови, міський район, інтереси та те, якої "
              "допомоги Ви бажаєте.\n\nХто отримує дані: координаційний центр Вашого району і, якщо "
              "утвориться тандем, Ваша наставниця або Ваш наставник.\n\nЯк довго: доки не буде підібрано "
              "тандем, а потім ще {tandem_request_retention_days} днів; запит, для якого нікого не "
              "знайшлося, видаляється через {tandem_request_max_days} днів.",
        "ru": "Цель: координаторы волонтёров ищут для Вас подходящую наставницу или наставника.\n\nПравовое "
              "основание: Ваше согласие (ст. 6(1)(a) GDPR).\n\nЧто мы храним: имя, адрес электронной почты, "
              "номер телефона (по желанию), языки, городской район, интересы и то, какая помощь Вам "
              "нужна.\n\nКто получает данные: координационный центр Вашего района и, если сложится тандем, "
              "Ваша наставница или Ваш наставник.\n\nКак долго: пока не будет подобран тандем, а затем ещё "
              "{tandem_request_retention_days} дней; запрос, для которого никого не нашлось, удаляется "
              "через {tandem_request_max_days} дней.",
        "es": "Finalidad: la coordinación del voluntariado busca para usted una mentora o un mentor de "
              "bienvenida adecuado.\n\nBase jurídica: su consentimiento (art. 6(1)(a) del RGPD).\n\nQué "
              "guardamos: nombre, dirección de correo electrónico, número de teléfono (opcional), idiomas, "
              "distrito, intereses y qué ayuda desea.\n\nQuién los recibe: la oficina de coordinación de su "
              "distrito y, si se forma un tándem, su mentora o su mentor.\n\nDurante cuánto tiempo: hasta "
              "que se forme un tándem y, después, {tandem_request_retention_days} días más; una solicitud "
              "para la que no se encuentra a nadie se borra a los {tandem_request_max_days} días.",
        "it": "Finalità: il coordinamento del volontariato cerca per Lei una o un tutor di accoglienza "
              "adatto.\n\nBase giuridica: il Suo consenso (art. 6(1)(a) GDPR).\n\nCosa conserviamo: nome, "
              "indirizzo e-mail, numero di telefono (facoltativo), lingue, quartiere, interessi e il tipo "
              "di aiuto che desidera.\n\nChi li riceve: l'ufficio di coordinamento del Suo quartiere e, se "
              "nasce un tandem, la Sua o il Suo tutor.\n\nPer quanto tempo: finché non viene formato un "
              "tandem, poi per altri {tandem_request_retention_days} giorni; una richiesta per cui non si "
              "trova nessuno viene cancellata dopo {tandem_request_max_days} giorni.",
        "el": "Σκοπός: ο συντονισμός εθελοντών αναζητά για εσάς έναν κατάλληλο μέντορα υποδοχής.\n\nΝομική "
              "βάση: η συγκατάθεσή σας (άρθρο 6(1)(a) ΓΚΠΔ).\n\nΤι αποθηκεύουμε: όνομα, διεύθυνση email, "
              "αριθμό τηλεφώνου (προαιρετικά), γλώσσες, δημοτικό διαμέρισμα, ενδιαφέροντα και τι είδους "
              "βοήθεια επιθυμείτε.\n\nΠοιος τα λαμβάνει: η υπηρεσία συντονισμού του δημοτικού σας "
              "διαμερίσματος και, αν δημιουργηθεί τάντεμ, ο ή η μέντοράς σας.\n\nΓια πόσο διάστημα: μέχρι "
              "να δημιουργηθεί ένα τάντεμ και μετά για ακόμη {tandem_request_retention_days} ημέρες· ένα "
              "αίτημα για το οποίο δεν βρίσκεται κανείς διαγράφεται μετά από {tandem_request_max_days} "
              "ημέρες.",
        "pl": "Cel: koordynacja wolontariatu szuka dla Państwa odpowiedniej mentorki lub odpowiedniego "
              "mentora powitalnego.\n\nPodstawa prawna: Państwa zgoda (art. 6(1)(a) RODO).\n\nCo "
              "przechowujemy: imię i nazwisko, adres e-mail, numer telefonu (dobrowolnie), języki, "
              "dzielnicę, zainteresowania oraz to, jakiej pomocy Państwo potrzebują.\n\nKto je otrzymuje: "
              "biuro koordynacji w Państwa dzielnicy oraz, jeśli powstanie tandem, Państwa mentorka lub "
              "mentor.\n\nJak długo: do czasu utworzenia tandemu, a potem jeszcze przez "
              "{tandem_request_retention_days} dni; prośba, dla której nie uda się nikogo znaleźć, jest "
              "usuwana po {tandem_request_max_days} dniach.",
        "ro": "Scopul: coordonarea voluntariatului caută pentru dumneavoastră un mentor de bun venit "
              "potrivit.\n\nTemeiul juridic: consimțământul dumneavoastră (art. 6(1)(a) din RGPD).\n\nCe "
              "stocăm: numele, adresa de e-mail, numărul de telefon (opțional), limbile, districtul, "
              "interesele și ce fel de ajutor doriți.\n\nCine le primește: biroul de coordonare din "
              "districtul dumneavoastră și, dacă se formează un tandem, mentorul dumneavoastră.\n\nCât "
              "timp: până când se formează un tandem, apoi încă {tandem_request_retention_days} de zile; o "
              "cerere pentru care nu se găsește nimeni se șterge după {tandem_request_max_days} de zile.",
    },
    "privacy.rights.heading": {
        "de": "Ihre Rechte",
        "en": "Your rights",
        "ar": "حقوقك",
        "fa": "حقوق شما",
        "tr": "Haklarınız",
        "uk": "Ваші права",
        "ru": "Ваши права",
        "es": "Sus derechos",
        "it": "I Suoi diritti",
        "el": "Τα δικαιώματά σας",
        "pl": "Państwa prawa",
        "ro": "Drepturile dumneavoastră",
    },
    "privacy.rights.body": {
        "de": "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), "
              "Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch "
              "(Art. 21). Eine Einwilligung können Sie jederzeit widerrufen; die Verarbeitung bis dahin bleibt "
              "rechtmäßig.",
        "en": "You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), "
              "restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21). You "
              "can withdraw a consent at any time; processing until then remains lawful.",
        "ar": "لك الحق في الاطلاع على بياناتك (المادة 15 من اللائحة العامة لحماية البيانات)، وتصحيحها "
              "(المادة 16)، وحذفها (المادة 17)، وتقييد معالجتها (المادة 18)، ونقلها (المادة 20)، والاعتراض "
              "على معالجتها (المادة 21). ويمكنك سحب موافقتك في أي وقت؛ وتبقى المعالجة التي تمت قبل ذلك "
              "قانونية.",
        "fa": "شما حق دسترسی به اطلاعات (ماده 15 GDPR)، اصلاح (ماده 16)، حذف (ماده 17)، محدودسازی پردازش "
              "(ماده 18)، انتقال‌پذیری داده‌ها (ماده 20) و اعتراض (ماده 21) را دارید. می‌توانید رضایت خود "
              "را هر زمان پس بگیرید؛ پردازشی که تا آن زمان انجام شده، قانونی باقی می‌ماند.",
        "tr": "Bilgi alma (GDPR Madde 15), düzeltme (Madde 16), silme (Madde 17), işlemenin kısıtlanması "
              "(Madde 18), veri taşınabilirliği (Madde 20) ve itiraz (Madde 21) haklarına sahipsiniz. "
              "Verdiğiniz bir rızayı istediğiniz zaman geri alabilirsiniz; o zamana kadar yapılan işleme "
              "hukuka uygun olmaya devam eder.",
        "uk": "Ви маєте право на доступ до даних (ст. 15 GDPR), їх виправлення (ст. 16), видалення (ст. "
              "17), обмеження обробки (ст. 18), перенесення даних (ст. 20) та заперечення (ст. 21). Згоду "
              "можна будь-коли відкликати; обробка до цього моменту залишається законною.",
        "ru": "Вы имеете право на получение информации (ст. 15 GDPR), исправление (ст. 16), удаление (ст. "
              "17), ограничение обработки (ст. 18), переносимость данных (ст. 20) и возражение (ст. 21). "
              "Согласие можно отозвать в любой момент; обработка до этого момента остаётся законной.",
        "es": "Tiene derecho de acceso (art. 15 del RGPD), rectificación (art. 16), supresión (art. 17), "
              "limitación del tratamiento (art. 18), portabilidad de los datos (art. 20) y oposición (art. "
              "21). Puede retirar su consentimiento en cualquier momento; el tratamiento realizado hasta "
              "entonces sigue siendo lícito.",
        "it": "Ha diritto di accesso (art. 15 GDPR), di rettifica (art. 16), di cancellazione (art. 17), di "
              "limitazione del trattamento (art. 18), alla portabilità dei dati (art. 20) e di opposizione "
              "(art. 21). Può revocare il consenso in qualsiasi momento; il trattamento effettuato fino a "
              "quel momento resta lecito.",
        "el": "Έχετε δικαίωμα πρόσβασης (άρθρο 15 ΓΚΠΔ), διόρθωσης (άρθρο 16), διαγραφής (άρθρο 17), "
              "περιορισμού της επεξεργασίας (άρθρο 18), φορητότητας των δεδομένων (άρθρο 20) και εναντίωσης "
              "(άρθρο 21). Μπορείτε να ανακαλέσετε μια συγκατάθεση ανά πάσα στιγμή· η επεξεργασία έως τότε "
              "παραμένει νόμιμη.",
        "pl": "Przysługuje Państwu prawo dostępu do danych (art. 15 RODO), ich sprostowania (art. 16), "
              "usunięcia (art. 17), ograniczenia przetwarzania (art. 18), przenoszenia danych (art. 20) "
              "oraz prawo sprzeciwu (art. 21). Zgodę można w każdej chwili wycofać; przetwarzanie dokonane "
              "do tego czasu pozostaje zgodne z prawem.",
        "ro": "Aveți dreptul de acces (art. 15 din RGPD), la rectificare (art. 16), la ștergere (art. 17), "
              "la restricționarea prelucrării (art. 18), la portabilitatea datelor (art. 20) și la opoziție "
              "(art. 21). Vă puteți retrage consimțământul în orice moment; prelucrarea efectuată până "
              "atunci rămâne legală.",
    },
    "privacy.authority.heading": {
        "de": "Beschwerde bei der Aufsichtsbehörde",
        "en": "Complaint to the supervisory authority",
        "ar": "تقديم شكوى إلى السلطة الرقابية",
        "fa": "شکایت به مرجع نظارتی",
        "tr": "Denetim makamına şikâyet",
        "uk": "Скарга до наглядового органу",
        "ru": "Жалоба в надзорный орган",
        "es": "Reclamación ante la autoridad de control",
        "it": "Reclamo all'autorità di controllo",
        "el": "Καταγγελία στην εποπτική αρχή",
        "pl": "Skarga do organu nadzorczego",
        "ro": "Plângere la autoritatea de supraveghere",
    },
    "privacy.authority.body": {
        "de": "Sie können sich beim Landesbeauftragten für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg beschweren.",
        "en": "You can complain to the State Commissioner for Data Protection and Freedom of Information "
              "of Baden-Württemberg (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
        "ar": "يمكنك تقديم شكوى إلى مفوّض ولاية بادن-فورتمبيرغ لحماية البيانات وحرية المعلومات "
              "(Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg).",
        "fa": "می‌توانید به کمیسر حفاظت از داده‌ها و آزادی اطلاعات ایالت بادن-وورتمبرگ (Landesbeauftragter "
              "für den Datenschutz und die Informationsfreiheit Baden-Württemberg) شکایت کنید.",
        "tr": "Baden-Württemberg Eyaleti Veri Koruma ve Bilgi Edinme Özgürlüğü Görevlisine "
              "(Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg) "
              "şikâyette bulunabilirsiniz.",
        "uk": "Ви можете подати скаргу Уповноваженому федеральної землі Баден-Вюртемберг із захисту даних і "
              "свободи інформації (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
        "ru": "Вы можете подать жалобу Уполномоченному федеральной земли Баден-Вюртемберг по защите данных "
              "и свободе информации (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
        "es": "Puede presentar una reclamación ante el Comisionado de Protección de Datos y Libertad de "
              "Información de Baden-Wurtemberg (Landesbeauftragter für den Datenschutz und die "
              "Informationsfreiheit Baden-Württemberg).",
        "it": "Può presentare reclamo al Garante per la protezione dei dati e la libertà d'informazione del "
              "Baden-Württemberg (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
        "el": "Μπορείτε να υποβάλετε καταγγελία στον Επίτροπο Προστασίας Δεδομένων και Ελευθερίας της "
              "Πληροφόρησης του κρατιδίου Βάδης-Βυρτεμβέργης (Landesbeauftragter für den Datenschutz und "
              "die Informationsfreiheit Baden-Württemberg).",
        "pl": "Mogą Państwo złożyć skargę do Krajowego Pełnomocnika ds. Ochrony Danych i Wolności "
              "Informacji Badenii-Wirtembergii (Landesbeauftragter für den Datenschutz und die "
              "Informationsfreiheit Baden-Württemberg).",
        "ro": "Puteți depune o plângere la Comisarul pentru protecția datelor și libertatea informației din "
              "Baden-Württemberg (Landesbeauftragter für den Datenschutz und die Informationsfreiheit "
              "Baden-Württemberg).",
    },
    "imprint.title": {
        "de": "Impressum",
        "en": "Imprint",
        "ar": "بيانات الناشر",
        "fa": "اطلاعات ناشر",
        "tr": "Künye",
        "uk": "Вихідні дані",
        "ru": "Выходные данные",
        "es": "Aviso legal",
        "it": "Note legali",
        "el": "Στοιχεία εκδότη",
        "pl": "Nota prawna",
        "ro": "Informații legale",
    },
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
        "ar": "الناشر: Landeshauptstadt Stuttgart (مدينة شتوتغارت)\nWelcome Center Stuttgart (مركز الترحيب "
              "في شتوتغارت)، جهة خدمات مشتركة بين مدينة شتوتغارت وشركة Wirtschaftsförderung Region "
              "Stuttgart GmbH (WRS)\n\nالعنوان البريدي: Eberhardstraße 61, 70173 Stuttgart\nعنوان الزوار: "
              "في مبنى معهد Institut für Auslandsbeziehungen (ifa) في ساحة Charlottenplatz\n\nمدينة "
              "شتوتغارت هيئة من هيئات القانون العام، ويمثّلها عمدة المدينة (Oberbürgermeister).",
        "fa": "ناشر: Landeshauptstadt Stuttgart (شهر اشتوتگارت)\nWelcome Center Stuttgart (مرکز خوشامدگویی "
              "اشتوتگارت)، مرکز خدماتی مشترک شهر اشتوتگارت و شرکت Wirtschaftsförderung Region Stuttgart "
              "GmbH (WRS)\n\nنشانی پستی: Eberhardstraße 61, 70173 Stuttgart\nنشانی مراجعه حضوری: در ساختمان "
              "مؤسسه Institut für Auslandsbeziehungen (ifa) در میدان Charlottenplatz\n\nشهر اشتوتگارت یک "
              "نهاد حقوق عمومی است و شهردار (Oberbürgermeister) نماینده قانونی آن است.",
        "tr": "Yayıncı: Landeshauptstadt Stuttgart (Stuttgart Belediyesi)\nWelcome Center Stuttgart, "
              "Stuttgart Belediyesi ile Wirtschaftsförderung Region Stuttgart GmbH (WRS) tarafından "
              "ortaklaşa yürütülen bir hizmet birimi\n\nPosta adresi: Eberhardstraße 61, 70173 Stuttgart\n"
              "Ziyaretçi adresi: Charlottenplatz'taki Institut für Auslandsbeziehungen (ifa) binası\n\n"
              "Stuttgart Belediyesi bir kamu tüzel kişisidir. Belediye başkanı (Oberbürgermeister) "
              "tarafından temsil edilir.",
        "uk": "Видавець: Landeshauptstadt Stuttgart (місто Штутгарт)\nWelcome Center Stuttgart — спільна "
              "сервісна служба міста Штутгарт і Wirtschaftsförderung Region Stuttgart GmbH (WRS)\n\nПоштова "
              "адреса: Eberhardstraße 61, 70173 Stuttgart\nАдреса для відвідувачів: у будівлі Institut für "
              "Auslandsbeziehungen (ifa) на площі Charlottenplatz\n\nМісто Штутгарт є юридичною особою "
              "публічного права. Його представляє обер-бургомістр (Oberbürgermeister).",
        "ru": "Издатель: Landeshauptstadt Stuttgart (город Штутгарт)\nWelcome Center Stuttgart — совместная "
              "сервисная служба города Штутгарт и Wirtschaftsförderung Region Stuttgart GmbH (WRS)\n\n"
              "Почтовый адрес: Eberhardstraße 61, 70173 Stuttgart\nАдрес для посетителей: в здании Institut "
              "für Auslandsbeziehungen (ifa) на площади Charlottenplatz\n\nГород Штутгарт является "
              "юридическим лицом публичного права. Его представляет обер-бургомистр (Oberbürgermeister).",
        "es": "Editor: Landeshauptstadt Stuttgart (Ciudad de Stuttgart)\nWelcome Center Stuttgart, un "
              "servicio conjunto de la Ciudad de Stuttgart y de la Wirtschaftsförderung Region Stuttgart "
              "GmbH (WRS)\n\nDirección postal: Eberhardstraße 61, 70173 Stuttgart\nDirección para visitas: "
              "en el edificio del Institut für Auslandsbeziehungen (ifa), en la Charlottenplatz\n\nLa "
              "Ciudad de Stuttgart es una corporación de derecho público. La representa el alcalde "
              "(Oberbürgermeister).",
        "it": "Editore: Landeshauptstadt Stuttgart (Città di Stoccarda)\nWelcome Center Stuttgart, servizio "
              "comune della Città di Stoccarda e della Wirtschaftsförderung Region Stuttgart GmbH (WRS)\n\n"
              "Indirizzo postale: Eberhardstraße 61, 70173 Stuttgart\nIndirizzo per i visitatori: "
              "nell'edificio dell'Institut für Auslandsbeziehungen (ifa) in Charlottenplatz\n\nLa Città di "
              "Stoccarda è un ente di diritto pubblico. È rappresentata dal sindaco (Oberbürgermeister).",
        "el": "Εκδότης: Landeshauptstadt Stuttgart (Δήμος Στουτγάρδης)\nWelcome Center Stuttgart, κοινή "
              "υπηρεσία εξυπηρέτησης του Δήμου Στουτγάρδης και της Wirtschaftsförderung Region Stuttgart "
              "GmbH (WRS)\n\nΤαχυδρομική διεύθυνση: Eberhardstraße 61, 70173 Stuttgart\nΔιεύθυνση για "
              "επισκέπτες: στο κτίριο του Institut für Auslandsbeziehungen (ifa) στην πλατεία "
              "Charlottenplatz\n\nΟ Δήμος Στουτγάρδης είναι νομικό πρόσωπο δημοσίου δικαίου. Εκπροσωπείται "
              "από τον δήμαρχο (Oberbürgermeister).",
        "pl": "Wydawca: Landeshauptstadt Stuttgart (Miasto Stuttgart)\nWelcome Center Stuttgart, wspólny "
              "punkt obsługi Miasta Stuttgart i Wirtschaftsförderung Region Stuttgart GmbH (WRS)\n\nAdres "
              "pocztowy: Eberhardstraße 61, 70173 Stuttgart\nAdres dla odwiedzających: w budynku Institut "
              "für Auslandsbeziehungen (ifa) przy Charlottenplatz\n\nMiasto Stuttgart jest osobą prawną "
              "prawa publicznego. Reprezentuje je nadburmistrz (Oberbürgermeister).",
        "ro": "Editor: Landeshauptstadt Stuttgart (Orașul Stuttgart)\nWelcome Center Stuttgart, un serviciu "
              "comun al Orașului Stuttgart și al Wirtschaftsförderung Region Stuttgart GmbH (WRS)\n\nAdresa "
              "poștală: Eberhardstraße 61, 70173 Stuttgart\nAdresa pentru vizitatori: în clădirea Institut "
              "für Auslandsbeziehungen (ifa) din Charlottenplatz\n\nOrașul Stuttgart este o persoană "
              "juridică de drept public. Este reprezentat de primar (Oberbürgermeister).",
    },
    "imprint.software.heading": {
        "de": "Software",
        "en": "Software",
        "ar": "البرمجيات",
        "fa": "نرم‌افزار",
        "tr": "Yazılım",
        "uk": "Програмне забезпечення",
        "ru": "Программное обеспечение",
        "es": "Software",
        "it": "Software",
        "el": "Λογισμικό",
        "pl": "Oprogramowanie",
        "ro": "Software",
    },
    "imprint.software.body": {
        "de": "Dieses Portal ist freie Software (AGPL-3.0). Es lädt keine Inhalte von anderen Servern nach.",
        "en": "This portal is free software (AGPL-3.0). It loads no content from other servers.",
        "ar": "هذه البوابة برمجيات حرة (AGPL-3.0). ولا تحمّل أي محتوى من خوادم أخرى.",
        "fa": "این پورتال نرم‌افزار آزاد است (AGPL-3.0). هیچ محتوایی را از سرورهای دیگر بارگیری نمی‌کند.",
        "tr": "Bu portal özgür yazılımdır (AGPL-3.0). Başka sunuculardan içerik yüklemez.",
        "uk": "Цей портал є вільним програмним забезпеченням (AGPL-3.0). Він не завантажує вміст з інших "
              "серверів.",
        "ru": "Этот портал является свободным программным обеспечением (AGPL-3.0). Он не загружает "
              "содержимое с других серверов.",
        "es": "Este portal es software libre (AGPL-3.0). No carga contenidos de otros servidores.",
        "it": "Questo portale è software libero (AGPL-3.0). Non carica contenuti da altri server.",
        "el": "Αυτή η πύλη είναι ελεύθερο λογισμικό (AGPL-3.0). Δεν φορτώνει περιεχόμενο από άλλους "
              "διακομιστές.",
        "pl": "Ten portal jest wolnym oprogramowaniem (AGPL-3.0). Nie pobiera żadnych treści z innych "
              "serwerów.",
        "ro": "Acest portal este software liber (AGPL-3.0). Nu încarcă conținut de pe alte servere.",
    },
    "accessibility.title": {
        "de": "Erklärung zur Barrierefreiheit",
        "en": "Accessibility statement",
        "ar": "بيان إمكانية الوصول",
        "fa": "بیانیه دسترس‌پذیری",
        "tr": "Erişilebilirlik beyanı",
        "uk": "Заява про доступність",
        "ru": "Заявление о доступности",
        "es": "Declaración de accesibilidad",
        "it": "Dichiarazione di accessibilità",
        "el": "Δήλωση προσβασιμότητας",
        "pl": "Deklaracja dostępności",
        "ro": "Declarație de accesibilitate",
    },
    "accessibility.intro": {
        "de": "Die Landeshauptstadt Stuttgart möchte dieses Portal für alle Menschen zugänglich machen. "
              "Grundlage sind das Landes-Behindertengleichstellungsgesetz Baden-Württemberg und die "
              "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die auf die europäische Norm "
              "EN 301 549 und die WCAG 2.1, Stufe AA, verweisen.",
        "en": "The City of Stuttgart wants this portal to be accessible to everyone. The basis is the "
              "disability equality law of Baden-Württemberg and the accessible information technology "
              "ordinance (BITV 2.0), which refer to the European standard EN 301 549 and WCAG 2.1, level AA.",
        "ar": "تسعى مدينة شتوتغارت إلى جعل هذه البوابة متاحة لجميع الناس. ويستند ذلك إلى قانون المساواة "
              "للأشخاص ذوي الإعاقة في ولاية بادن-فورتمبيرغ، وإلى لائحة تقنية المعلومات الخالية من العوائق "
              "(BITV 2.0)، اللذين يحيلان إلى المعيار الأوروبي EN 301 549 وإلى WCAG 2.1 بالمستوى AA.",
        "fa": "شهر اشتوتگارت می‌خواهد این پورتال را برای همه افراد دسترس‌پذیر کند. مبنای این کار، قانون "
              "برابری افراد دارای معلولیت ایالت بادن-وورتمبرگ و آیین‌نامه فناوری اطلاعات بدون مانع (BITV "
              "2.0) است که به استاندارد اروپایی EN 301 549 و WCAG 2.1 در سطح AA ارجاع می‌دهند.",
        "tr": "Stuttgart Belediyesi bu portalı herkes için erişilebilir kılmak istiyor. Dayanak; Avrupa "
              "standardı EN 301 549'a ve WCAG 2.1 AA düzeyine atıfta bulunan Baden-Württemberg Eyaleti "
              "Engellilerin Eşitliği Kanunu ile Engelsiz Bilgi Teknolojisi Yönetmeliği'dir (BITV 2.0).",
        "uk": "Місто Штутгарт прагне зробити цей портал доступним для всіх людей. Підставою є Закон "
              "федеральної землі Баден-Вюртемберг про рівні права людей з інвалідністю та Постанова про "
              "безбар’єрні інформаційні технології (BITV 2.0), які посилаються на європейський стандарт EN "
              "301 549 і WCAG 2.1, рівень AA.",
        "ru": "Город Штутгарт стремится сделать этот портал доступным для всех людей. Основой служат Закон "
              "федеральной земли Баден-Вюртемберг о равноправии людей с инвалидностью и Постановление о "
              "безбарьерных информационных технологиях (BITV 2.0), которые ссылаются на европейский "
              "стандарт EN 301 549 и WCAG 2.1, уровень AA.",
        "es": "La Ciudad de Stuttgart quiere que este portal sea accesible para todas las personas. La base "
              "son la ley de igualdad de las personas con discapacidad de Baden-Wurtemberg y el reglamento "
              "sobre tecnologías de la información accesibles (BITV 2.0), que remiten a la norma europea EN "
              "301 549 y a las WCAG 2.1, nivel AA.",
        "it": "La Città di Stoccarda vuole rendere questo portale accessibile a tutte le persone. La base "
              "sono la legge del Baden-Württemberg sulla parità delle persone con disabilità e il "
              "regolamento sulla tecnologia dell'informazione accessibile (BITV 2.0), che rimandano alla "
              "norma europea EN 301 549 e alle WCAG 2.1, livello AA.",
        "el": "Ο Δήμος Στουτγάρδης επιδιώκει να κάνει αυτή την πύλη προσβάσιμη σε όλους. Βάση αποτελούν ο "
              "νόμος του κρατιδίου Βάδης-Βυρτεμβέργης για την ισότητα των ατόμων με αναπηρία και ο "
              "κανονισμός για την προσβάσιμη τεχνολογία πληροφοριών (BITV 2.0), που παραπέμπουν στο "
              "ευρωπαϊκό πρότυπο EN 301 549 και στις WCAG 2.1, επίπεδο AA.",
        "pl": "Miasto Stuttgart chce, aby ten portal był dostępny dla wszystkich. Podstawą są krajowa "
              "ustawa Badenii-Wirtembergii o równouprawnieniu osób z niepełnosprawnościami oraz "
              "rozporządzenie w sprawie dostępnych technologii informacyjnych (BITV 2.0), które odsyłają do "
              "normy europejskiej EN 301 549 oraz WCAG 2.1 na poziomie AA.",
        "ro": "Orașul Stuttgart dorește ca acest portal să fie accesibil tuturor. Baza o constituie legea "
              "landului Baden-Württemberg privind egalitatea persoanelor cu dizabilități și regulamentul "
              "privind tehnologia informației fără bariere (BITV 2.0), care fac trimitere la standardul "
              "european EN 301 549 și la WCAG 2.1, nivelul AA.",
    },
    "accessibility.status.heading": {
        "de": "Stand der Vereinbarkeit",
        "en": "Compliance status",
        "ar": "حالة التوافق",
        "fa": "وضعیت انطباق",
        "tr": "Uygunluk durumu",
        "uk": "Стан відповідності",
        "ru": "Состояние соответствия",
        "es": "Situación de cumplimiento",
        "it": "Stato di conformità",
        "el": "Κατάσταση συμμόρφωσης",
        "pl": "Stan zgodności",
        "ro": "Stadiul conformității",
    },
    "accessibility.status.body": {
        "de": "Das Portal ist teilweise barrierefrei. Die öffentlichen Seiten werden bei jeder Änderung "
              "automatisch mit axe-core in einem echten Browser geprüft, auch auf einem Telefon-Bildschirm "
              "und in Arabisch und Farsi (von rechts nach links). Alle Formulare funktionieren ohne "
              "JavaScript und mit der Tastatur.",
        "en": "The portal is partially accessible. The public pages are checked automatically with axe-core "
              "in a real browser on every change, also on a phone screen and in Arabic and Farsi (right to "
              "left). All forms work without JavaScript and with the keyboard.",
        "ar": "البوابة متوافقة جزئيًا مع متطلبات إمكانية الوصول. تُفحص الصفحات العامة تلقائيًا عند كل تغيير "
              "باستخدام axe-core في متصفح حقيقي، بما في ذلك على شاشة الهاتف وباللغتين العربية والفارسية (من "
              "اليمين إلى اليسار). تعمل جميع النماذج دون JavaScript وباستخدام لوحة المفاتيح.",
        "fa": "این پورتال تا حدی دسترس‌پذیر است. صفحات عمومی پس از هر تغییر به‌طور خودکار با axe-core در یک "
              "مرورگر واقعی بررسی می‌شوند، از جمله روی صفحه‌نمایش تلفن و به زبان‌های عربی و فارسی (از راست "
              "به چپ). همه فرم‌ها بدون JavaScript و با صفحه‌کلید کار می‌کنند.",
        "tr": "Portal kısmen erişilebilirdir. Herkese açık sayfalar her değişiklikte gerçek bir tarayıcıda "
              "axe-core ile otomatik olarak denetlenir; telefon ekranında ve Arapça ile Farsçada (sağdan "
              "sola) da. Tüm formlar JavaScript olmadan ve klavyeyle çalışır.",
        "uk": "Портал частково доступний. Публічні сторінки після кожної зміни автоматично перевіряються за "
              "допомогою axe-core у справжньому браузері, також на екрані телефона та арабською і фарсі "
              "(справа наліво). Усі форми працюють без JavaScript і з клавіатури.",
        "ru": "Портал частично доступен. Публичные страницы после каждого изменения автоматически "
              "проверяются с помощью axe-core в настоящем браузере, в том числе на экране телефона и на "
              "арабском и фарси (справа налево). Все формы работают без JavaScript и с клавиатуры.",
        "es": "El portal es parcialmente accesible. Las páginas públicas se comprueban automáticamente con "
              "axe-core en un navegador real con cada cambio, también en la pantalla de un teléfono y en "
              "árabe y persa (de derecha a izquierda). Todos los formularios funcionan sin JavaScript y con "
              "el teclado.",
        "it": "Il portale è parzialmente accessibile. Le pagine pubbliche vengono verificate "
              "automaticamente con axe-core in un browser reale a ogni modifica, anche sullo schermo di un "
              "telefono e in arabo e farsi (da destra a sinistra). Tutti i moduli funzionano senza "
              "JavaScript e con la tastiera.",
        "el": "Η πύλη είναι εν μέρει προσβάσιμη. Οι δημόσιες σελίδες ελέγχονται αυτόματα με το axe-core σε "
              "πραγματικό πρόγραμμα περιήγησης σε κάθε αλλαγή, και σε οθόνη τηλεφώνου και στα αραβικά και "
              "στα φαρσί (από δεξιά προς τα αριστερά). Όλες οι φόρμες λειτουργούν χωρίς JavaScript και με "
              "το πληκτρολόγιο.",
        "pl": "Portal jest częściowo dostępny. Strony publiczne są przy każdej zmianie automatycznie "
              "sprawdzane za pomocą axe-core w prawdziwej przeglądarce, również na ekranie telefonu oraz w "
              "języku arabskim i perskim (od prawej do lewej). Wszystkie formularze działają bez "
              "JavaScriptu i z klawiatury.",
        "ro": "Portalul este parțial accesibil. Paginile publice sunt verificate automat cu axe-core "
              "într-un browser real la fiecare modificare, inclusiv pe ecranul unui telefon și în arabă și "
              "persană (de la dreapta la stânga). Toate formularele funcționează fără JavaScript și cu "
              "tastatura.",
    },
    "accessibility.gaps.heading": {
        "de": "Bekannte Einschränkungen",
        "en": "Known limitations",
        "ar": "القيود المعروفة",
        "fa": "محدودیت‌های شناخته‌شده",
        "tr": "Bilinen kısıtlamalar",
        "uk": "Відомі обмеження",
        "ru": "Известные ограничения",
        "es": "Limitaciones conocidas",
        "it": "Limitazioni note",
        "el": "Γνωστοί περιορισμοί",
        "pl": "Znane ograniczenia",
        "ro": "Limitări cunoscute",
    },
    "accessibility.gaps.body": {
        "de": "- Texte, die das Welcome Center pflegt (Angebote, Rechtstexte), sind nicht immer in allen 12 "
              "Sprachen vorhanden; dann zeigen wir den deutschen Text und weisen darauf hin.\n- Eine Prüfung "
              "durch Menschen mit Behinderungen steht noch aus.\n- Die Kalenderdatei zum Termin enthält nur "
              "Text; ihre Darstellung hängt von Ihrem Kalenderprogramm ab.",
        "en": "- Texts the Welcome Center keeps (offers, legal texts) are not always available in all 12 "
              "languages; then we show the German text and say so.\n- A test by people with disabilities is "
              "still to come.\n- The calendar file of an appointment contains text only; how it looks depends "
              "on your calendar program.",
        "ar": "- النصوص التي يتولى مركز الترحيب (Welcome Center) تحديثها (العروض والنصوص القانونية) ليست "
              "متوفرة دائمًا باللغات الاثنتي عشرة كلها؛ وفي هذه الحالة نعرض النص الألماني وننبّه إلى ذلك.\n"
              "- لم يُجرَ بعدُ اختبار من قِبل أشخاص من ذوي الإعاقة.\n- ملف التقويم الخاص بالموعد يحتوي على "
              "نص فقط؛ ويعتمد شكل عرضه على برنامج التقويم لديك.",
        "fa": "- متن‌هایی که مرکز خوشامدگویی (Welcome Center) به‌روز نگه می‌دارد (خدمات، متن‌های حقوقی) "
              "همیشه به هر 12 زبان موجود نیستند؛ در این صورت متن آلمانی را نشان می‌دهیم و این را اعلام "
              "می‌کنیم.\n- بررسی توسط افراد دارای معلولیت هنوز انجام نشده است.\n- فایل تقویم مربوط به نوبت "
              "فقط حاوی متن است؛ نحوه نمایش آن به برنامه تقویم شما بستگی دارد.",
        "tr": "- Welcome Center'ın güncel tuttuğu metinler (hizmetler, hukuki metinler) her zaman 12 dilin "
              "hepsinde bulunmayabilir; bu durumda Almanca metni gösterir ve bunu belirtiriz.\n- Engelli "
              "kişilerin katılımıyla bir test henüz yapılmadı.\n- Randevuya ait takvim dosyası yalnızca "
              "metin içerir; nasıl görüntüleneceği takvim programınıza bağlıdır.",
        "uk": "- Тексти, які веде Welcome Center (пропозиції, юридичні тексти), не завжди доступні всіма 12 "
              "мовами; тоді ми показуємо німецький текст і повідомляємо про це.\n- Перевірка за участю "
              "людей з інвалідністю ще попереду.\n- Файл календаря для запису містить лише текст; його "
              "вигляд залежить від Вашої програми-календаря.",
        "ru": "- Тексты, которые ведёт Welcome Center (предложения, юридические тексты), не всегда доступны "
              "на всех 12 языках; в этом случае мы показываем немецкий текст и сообщаем об этом.\n- "
              "Проверка с участием людей с инвалидностью ещё не проводилась.\n- Файл календаря для записи "
              "содержит только текст; его отображение зависит от Вашей программы-календаря.",
        "es": "- Los textos que mantiene el Welcome Center (ofertas, textos legales) no siempre están "
              "disponibles en los 12 idiomas; en ese caso mostramos el texto en alemán y lo indicamos.\n- "
              "Todavía está pendiente una prueba con personas con discapacidad.\n- El archivo de calendario "
              "de la cita solo contiene texto; su aspecto depende de su programa de calendario.",
        "it": "- I testi curati dal Welcome Center (offerte, testi legali) non sono sempre disponibili in "
              "tutte le 12 lingue; in questo caso mostriamo il testo tedesco e lo segnaliamo.\n- Una "
              "verifica da parte di persone con disabilità è ancora da fare.\n- Il file di calendario "
              "dell'appuntamento contiene solo testo; la sua visualizzazione dipende dal Suo programma di "
              "calendario.",
        "el": "- Τα κείμενα που διαχειρίζεται το Welcome Center (προσφορές, νομικά κείμενα) δεν είναι πάντα "
              "διαθέσιμα και στις 12 γλώσσες· τότε εμφανίζουμε το γερμανικό κείμενο και το επισημαίνουμε.\n"
              "- Έλεγχος από άτομα με αναπηρία δεν έχει γίνει ακόμη.\n- Το αρχείο ημερολογίου του ραντεβού "
              "περιέχει μόνο κείμενο· η εμφάνισή του εξαρτάται από το πρόγραμμα ημερολογίου σας.",
        "pl": "- Teksty prowadzone przez Welcome Center (oferty, teksty prawne) nie zawsze są dostępne we "
              "wszystkich 12 językach; wtedy wyświetlamy tekst niemiecki i informujemy o tym.\n- Test z "
              "udziałem osób z niepełnosprawnościami jeszcze się nie odbył.\n- Plik kalendarza dla wizyty "
              "zawiera tylko tekst; sposób jego wyświetlania zależy od używanego programu kalendarza.",
        "ro": "- Textele gestionate de Welcome Center (oferte, texte juridice) nu sunt întotdeauna "
              "disponibile în toate cele 12 limbi; în acest caz afișăm textul în germană și semnalăm acest "
              "lucru.\n- O testare de către persoane cu dizabilități urmează încă să fie făcută.\n- "
              "Fișierul de calendar al programării conține doar text; modul în care arată depinde de "
              "programul dumneavoastră de calendar.",
    },
    "accessibility.feedback.heading": {
        "de": "Barrieren melden",
        "en": "Report a barrier",
        "ar": "الإبلاغ عن العوائق",
        "fa": "گزارش موانع",
        "tr": "Engelleri bildirin",
        "uk": "Повідомити про бар’єр",
        "ru": "Сообщить о барьере",
        "es": "Comunicar barreras",
        "it": "Segnalare barriere",
        "el": "Αναφορά εμποδίων",
        "pl": "Zgłaszanie barier",
        "ro": "Semnalarea barierelor",
    },
    "accessibility.feedback.body": {
        "de": "Wenn Sie auf Barrieren stoßen, schreiben Sie uns an die Postanschrift Eberhardstraße 61, "
              "70173 Stuttgart, Stichwort „Barrierefreiheit Welcome Center“.\nDemo-Angabe: Eine E-Mail-Adresse "
              "für Rückmeldungen trägt die Stadt hier ein. Wir antworten innerhalb von sechs Wochen.",
        "en": "If you meet a barrier, write to us at the postal address Eberhardstraße 61, 70173 Stuttgart, "
              "subject “Barrierefreiheit Welcome Center”.\nDemo detail: the city adds an email address for "
              "feedback here. We answer within six weeks.",
        "ar": "إذا واجهتَ عوائق، فاكتب إلينا على العنوان البريدي Eberhardstraße 61, 70173 Stuttgart، مع ذكر "
              "عبارة «Barrierefreiheit Welcome Center».\nبيان تجريبي: ستضيف المدينة هنا عنوان بريد إلكتروني "
              "للملاحظات. نرد خلال ستة أسابيع.",
        "fa": "اگر با مانعی روبه‌رو شدید، به نشانی پستی Eberhardstraße 61, 70173 Stuttgart با عنوان "
              "«Barrierefreiheit Welcome Center» برای ما بنویسید.\nاطلاعات نمایشی: شهرداری نشانی ایمیلی "
              "برای بازخورد را اینجا وارد می‌کند. ظرف شش هفته پاسخ می‌دهیم.",
        "tr": "Engellerle karşılaşırsanız bize “Barrierefreiheit Welcome Center” konu başlığıyla "
              "Eberhardstraße 61, 70173 Stuttgart posta adresine yazın.\nDemo bilgisi: Geri bildirim için "
              "bir e-posta adresi belediye tarafından buraya eklenecektir. Altı hafta içinde yanıt veririz.",
        "uk": "Якщо Ви натрапили на бар’єри, напишіть нам на поштову адресу Eberhardstraße 61, 70173 "
              "Stuttgart з позначкою «Barrierefreiheit Welcome Center».\nДемо-дані: адресу електронної "
              "пошти для відгуків місто вкаже тут. Ми відповідаємо протягом шести тижнів.",
        "ru": "Если Вы столкнулись с барьерами, напишите нам на почтовый адрес Eberhardstraße 61, 70173 "
              "Stuttgart с пометкой «Barrierefreiheit Welcome Center».\nДемо-данные: адрес электронной "
              "почты для обратной связи город укажет здесь. Мы отвечаем в течение шести недель.",
        "es": "Si encuentra barreras, escríbanos a la dirección postal Eberhardstraße 61, 70173 Stuttgart, "
              "con la referencia «Barrierefreiheit Welcome Center».\nDato de demostración: la ciudad "
              "añadirá aquí una dirección de correo electrónico para comentarios. Respondemos en un plazo "
              "de seis semanas.",
        "it": "Se incontra delle barriere, ci scriva all'indirizzo postale Eberhardstraße 61, 70173 "
              "Stuttgart, con l'oggetto «Barrierefreiheit Welcome Center».\nDato dimostrativo: un indirizzo "
              "e-mail per le segnalazioni sarà inserito qui dalla città. Rispondiamo entro sei settimane.",
        "el": "Αν συναντήσετε εμπόδια, γράψτε μας στην ταχυδρομική διεύθυνση Eberhardstraße 61, 70173 "
              "Stuttgart, με την ένδειξη «Barrierefreiheit Welcome Center».\nΣτοιχείο επίδειξης: μια "
              "διεύθυνση email για σχόλια θα τη συμπληρώσει εδώ ο δήμος. Απαντάμε μέσα σε έξι εβδομάδες.",
        "pl": "W razie napotkania barier prosimy napisać do nas na adres pocztowy Eberhardstraße 61, 70173 "
              "Stuttgart, z dopiskiem „Barrierefreiheit Welcome Center”.\nInformacja demonstracyjna: adres "
              "e-mail do zgłoszeń miasto wpisze tutaj. Odpowiadamy w ciągu sześciu tygodni.",
        "ro": "Dacă întâmpinați bariere, scrieți-ne la adresa poștală Eberhardstraße 61, 70173 Stuttgart, "
              "cu mențiunea „Barrierefreiheit Welcome Center”.\nInformație demonstrativă: o adresă de "
              "e-mail pentru feedback va fi completată aici de oraș. Răspundem în termen de șase săptămâni.",
    },
    "accessibility.enforcement.heading": {
        "de": "Durchsetzungsverfahren",
        "en": "Enforcement procedure",
        "ar": "إجراءات الإنفاذ",
        "fa": "روند پیگیری قانونی",
        "tr": "Uygulama prosedürü",
        "uk": "Процедура забезпечення дотримання",
        "ru": "Процедура обеспечения соблюдения",
        "es": "Procedimiento de aplicación",
        "it": "Procedura di attuazione",
        "el": "Διαδικασία επιβολής",
        "pl": "Procedura egzekwowania",
        "ro": "Procedura de asigurare a respectării",
    },
    "accessibility.enforcement.body": {
        "de": "Wenn wir nicht oder nicht zufriedenstellend antworten, können Sie sich an die "
              "Ombudsstelle für barrierefreie Informationstechnik bei der Beauftragten der Landesregierung "
              "für die Belange von Menschen mit Behinderungen in Baden-Württemberg wenden. Das Verfahren ist "
              "kostenlos.",
        "en": "If we do not answer, or not satisfactorily, you can turn to the ombudsperson for accessible "
              "information technology at the Baden-Württemberg government's commissioner for people with "
              "disabilities. The procedure is free of charge.",
        "ar": "إذا لم نرد عليك أو لم يكن ردنا مُرضيًا، يمكنك التوجه إلى مكتب أمين المظالم لتقنية المعلومات "
              "الخالية من العوائق لدى مفوّضة حكومة ولاية بادن-فورتمبيرغ لشؤون الأشخاص ذوي الإعاقة. الإجراء "
              "مجاني.",
        "fa": "اگر پاسخ ندهیم یا پاسخ ما رضایت‌بخش نباشد، می‌توانید به دفتر بازرس (Ombudsstelle) فناوری "
              "اطلاعات بدون مانع نزد نماینده دولت ایالت بادن-وورتمبرگ در امور افراد دارای معلولیت مراجعه "
              "کنید. این روند رایگان است.",
        "tr": "Yanıt vermezsek ya da yanıtımız sizi tatmin etmezse, Baden-Württemberg Eyalet Hükümeti "
              "Engelli Hakları Görevlisi bünyesindeki Engelsiz Bilgi Teknolojisi Ombudsmanlığına "
              "başvurabilirsiniz. Bu süreç ücretsizdir.",
        "uk": "Якщо ми не відповімо або відповідь Вас не задовольнить, Ви можете звернутися до омбудсмена з "
              "питань безбар’єрних інформаційних технологій при Уповноваженій уряду федеральної землі "
              "Баден-Вюртемберг у справах людей з інвалідністю. Процедура безкоштовна.",
        "ru": "Если мы не ответим или ответ Вас не удовлетворит, Вы можете обратиться к омбудсмену по "
              "вопросам безбарьерных информационных технологий при Уполномоченной правительства федеральной "
              "земли Баден-Вюртемберг по делам людей с инвалидностью. Процедура бесплатная.",
        "es": "Si no respondemos, o no lo hacemos de forma satisfactoria, puede dirigirse a la oficina de "
              "mediación para tecnologías de la información accesibles de la Comisionada del Gobierno de "
              "Baden-Wurtemberg para los asuntos de las personas con discapacidad. El procedimiento es "
              "gratuito.",
        "it": "Se non rispondiamo o la risposta non è soddisfacente, può rivolgersi all'ufficio del "
              "difensore civico per la tecnologia dell'informazione accessibile presso la Commissaria del "
              "governo del Baden-Württemberg per le persone con disabilità. La procedura è gratuita.",
        "el": "Αν δεν απαντήσουμε ή η απάντησή μας δεν είναι ικανοποιητική, μπορείτε να απευθυνθείτε στο "
              "γραφείο διαμεσολάβησης για την προσβάσιμη τεχνολογία πληροφοριών της Επιτρόπου της "
              "κυβέρνησης του κρατιδίου Βάδης-Βυρτεμβέργης για θέματα ατόμων με αναπηρία. Η διαδικασία "
              "είναι δωρεάν.",
        "pl": "Jeśli nie odpowiemy lub odpowiedź nie będzie zadowalająca, mogą Państwo zwrócić się do "
              "rzecznika ds. dostępnych technologii informacyjnych przy Pełnomocniczce Rządu Krajowego "
              "Badenii-Wirtembergii ds. Osób z Niepełnosprawnościami. Procedura jest bezpłatna.",
        "ro": "Dacă nu vă răspundem sau răspunsul nu este satisfăcător, vă puteți adresa biroului "
              "Ombudsmanului pentru tehnologia informației accesibile de pe lângă Comisara guvernului "
              "landului Baden-Württemberg pentru problemele persoanelor cu dizabilități. Procedura este "
              "gratuită.",
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
