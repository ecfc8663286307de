"""Deterministic generator of realistic bibkit inputs: bare reference lists and articles with notes.

The conventions are those of the gold corpus (``tests/corpus/*.json``) and of the seed article
(``references/korkmaz2018.md``): traditional Turkish (``KURAT Akdes Nimet, Title, Ankara 1967``),
İSNAD, APA, Chicago, GOST, Library of Congress and Turkish-alphabet romanisations of Russian, and
Russian, Ottoman, Republican and British archival locators. Everything comes from a seeded
``random.Random``: the same arguments give the same bytes.

A *work* is generated once and rendered as often as it is cited, so merging has real work to do:
some works repeat in another convention or with spelling variants (``Moskva``/``Moskova``,
``Millî``/``Milli``, quotes or asterisks, ``ç``/``ch``), a work cited in a note reappears in the
reference list, and an archival document is written in two notations (``Fon 159, Sayı 2, Dosya 57,
varak 003`` in a note, ``159-2-57-003`` in the list).

    .venv/bin/python bench/generate.py list 1000 --seed 1 -o /tmp/list.txt
    .venv/bin/python bench/generate.py article 40 --seed 2 -o /tmp/article.md
    .venv/bin/python bench/generate.py articles 200 --notes 40 --out-dir /tmp/articles
    .venv/bin/python bench/generate.py check --n 2000     # how bibkit reads the generated entries
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

TR_GIVEN = (
    "Mehmet Ahmet Mustafa Ali Hasan Hüseyin İlber Halil Selma Ayşe Fatma Zeynep Kemal Enver Selami "
    "Utkan Ergün Saime Fahir Haluk Kazım Akdes Nimet Yusuf Hikmet Cemil Erel Mete Bülent Şükrü "
    "İsmail Hakkı Tevfik Sabahattin Bilal Nadir Zeki Ömer Lütfi Gülten Nuran Serpil Tülay Çağatay "
    "Doğan Yavuz Orhan Necdet Şevket Nihat Cevdet Ziya Rıza Hamit Taner Yücel Gökhan Özlem İsmet"
).split()
TR_FAMILY_ROOTS = (
    "Kara Ak Demir Yıldız Öz Er Kaya Çelik Aydın Gök Tun Ay Bal Şen Kılıç Arslan Doğan Kurt Koç "
    "Çakır Acar Güneş Tekin Erdem Uysal Bulut Sarı Turan Aksoy Korkmaz Kurat Saray Karal Atay Yel "
    "Bayur Aybars Kocatürk Yüceer Benhür Gürsel Armaoğlu Karabekir Bilgin Şahin Gürün Tellal Koçak "
    "İnalcık Ortaylı Tunçay Akşin Toprak Sarınay Emecen Özcan Bıyıklıoğlu Selek Baykal Erim Togan"
).split()
TR_FAMILY_SUFFIXES = ("", "", "", "oğlu", "soy", "er", "can", "türk", "kan", "han", "demir", "el", "ay")
EN_GIVEN = (
    "Richard Michael Ronald Terry Sheila Stephen Peter Samuel James Francine Erik Donald Stanford "
    "Justin Bernard Lewis Adeeb Sean Hasan Ryan Alexander Jacob Edward Yuri Paul David Robert "
    "Charles Thomas Mary Elizabeth Anne Catherine Margaret William Henry George Christopher Andrew"
).split()
EN_FAMILY = (
    "Pipes Reynolds Suny Martin Fitzpatrick Slezkine Meyer Heller Carr Cohen Hirsch Hirst Holquist "
    "Bosworth Kotkin Faroqhi Price Siegelbaum Shaw McMeekin Kayalı Khalid Gorky Lewis Zürcher "
    "Hanioğlu Quataert Karpat Kerslake Robins Gökay Morrison Khodarkovsky Trotsky Kazemzadeh "
    "Swietochowski Gingeras Landau Hovannisian Allen Muratoff Davison Kent Rogan Aksakal Fromkin "
    "Smith Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson "
    "White Hughes Edwards Green Hall Wood Harris Clarke Jackson Turner Hill Moore Cooper Ward Morris "
    "King Watson Harrison Morgan Baker Young Allen Mitchell Anderson Bell Kelly Campbell Murphy"
).split()
RU_FAMILY = (
    "Смирнов Иванов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Волков Соловьев Васильев "
    "Зайцев Павлов Семенов Голубев Виноградов Богданов Воробьев Федоров Михайлов Беляев Тарасов "
    "Белов Комаров Орлов Киселев Макаров Андреев Ковалев Ильин Гусев Титов Кузьмин Кудрявцев "
    "Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королев "
    "Герасимов Пономарев Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков Цветков "
    "Данилов Жуков Фролов Журавлев Николаев Крылов Максимов Сидоров Осипов Белоусов Федотов Егоров "
    "Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев Никифоров Веселов Филиппов "
    "Марков Большаков Суханов Миронов Ширяев Александров Коновалов Шестаков Казаков Ефимов Денисов "
    "Громов Фомин Давыдов Мельников Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов "
    "Исаков Тихонов Гаврилов Родионов Котов Горбунов Быков Зуев Третьяков Савельев Панов Рыбаков "
    "Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Горшков Чернов Овчинников "
    "Назаров Лобанов Лукин Потапов Некрасов Хохлов Жданов Наумов Шилов Воронцов Ермаков Дроздов "
    "Игнатьев Савин Логинов Сафонов Кириллов Моисеев Елисеев Костин Орехов Ефремов Исаев Юдин "
    "Кулагин Лапин Прохоров Нестеров Харитонов Агафонов Муравьев Ларионов Зимин Пахомов Шубин "
    "Филатов Крюков Рогов Терентьев Молчанов Гурьев Зиновьев Гришин Кононов Ситников Симонов "
    "Мишин Фадеев Носов Гуляев Шаров Устинов Вишняков Евсеев Брагин Корнилов Авдеев Зыков "
    "Бирюков Щукин Одинцов Сазонов Гордеев Самойлов Князев Уваров Рожков Самсонов Лихачев Буров "
    "Киреев Мельтюхов Шамсутдинов Петросян Гасратян Хейфец Сахаров Тарле Покровский Миллер Новичев"
).split()
RU_INITIALS = "АБВГДЕЖЗИКЛМНОПРСТФЮЯ"

TR_SUBJECTS = (
    "Türk-Sovyet İlişkileri|Millî Mücadele|Boğazlar Meselesi|Kafkasya Politikası|Türk-Rus İlişkileri|"
    "Moskova Antlaşması|Kars Antlaşması|Bolşevik İhtilali|Türkistan Meselesi|Ermeni Meselesi|"
    "Brest-Litovsk Barışı|Sovyet Dış Politikası|Kemalist Hareket|Doğu Cephesi|Enver Paşa|"
    "Mustafa Kemal Paşa|İttihat ve Terakki|Osmanlı Diplomasisi|Komintern|Türk Dış Politikası|"
    "Azerbaycan Cumhuriyeti|Batum Meselesi|Lozan Konferansı|Sevr Antlaşması|Mondros Mütarekesi|"
    "Ankara Hükümeti|Türk Ocakları|Sovyet Yardımı|Türk İnkılâbı|Halk Fırkası|Türkçülük Hareketi|"
    "Basmacı Hareketi|Kırım Tatarları|Kazan Türkleri|Rus Devrimi|Balkan Savaşları|"
    "Birinci Dünya Savaşı|Çarlık Rusyası|Dağıstan Meselesi|Millî İktisat"
).split("|")
TR_FRAMES = (
    "{s}",
    "{s} ({a}-{b})",
    "{s} ve Türkiye",
    "Sovyet Belgelerinde {s}",
    "Arşiv Belgeleri Işığında {s}",
    "{s} Üzerine Bir İnceleme",
    "{s} ve {t}",
    "{s}: Belgeler ve Yorumlar",
    "{s} Tarihi",
    "Rus Kaynaklarında {s}",
    "{s} Hakkında Bazı Notlar",
    "{s} ve {t} ({a}-{b})",
)
EN_SUBJECTS = (
    "Soviet-Turkish Relations|the Young Turks|the Caucasus Front|the Eastern Question|"
    "the Straits Question|the Bolshevik Revolution|Kemalist Turkey|the Comintern|"
    "Soviet Nationality Policy|Ottoman Diplomacy|the Armenian Question|the Russian Civil War|"
    "Pan-Turkism|the Treaty of Moscow|the Brest-Litovsk Negotiations|the Ottoman Empire|"
    "Soviet Central Asia|the Turkish War of Independence|Russian Orientalism|the Transcaucasian Federation"
).split("|")
EN_FRAMES = (
    "{S}",
    "{S}, {a}–{b}",
    "{S} and {t}",
    "Revisiting {s}",
    "Empire and Nation: {S}",
    "{S} in Comparative Perspective",
    "The Politics of {s}",
    "Between Moscow and Ankara: {S}",
    "Diplomacy and {s}, {a}–{b}",
    "{S}: A Reappraisal",
    "Making {s}",
)
RU_SUBJECTS = (
    "советско-турецкие отношения|восточная политика|национальный вопрос|кемалистская революция|"
    "Брестский мир|Кавказский фронт|восточный вопрос|черноморские проливы|Коминтерн и Восток|"
    "гражданская война|Московский договор|Карсский договор|национально-освободительная борьба|"
    "младотурецкое движение|внешняя политика СССР|русско-турецкая война|турецкий вопрос|"
    "Закавказская федерация|политика Антанты|Лозаннская конференция"
).split("|")
RU_FRAMES = (
    "{S}",
    "{S} в {a}–{b} гг.",
    "{S} и Турция",
    "{S}: документы и материалы",
    "Очерки истории: {s}",
    "{S} ({a}–{b})",
    "К истории вопроса: {s}",
    "Советская Россия и {s}",
    "{S}: новые документы",
    "{S} в годы гражданской войны",
)

TR_PLACES = ("İstanbul", "Ankara", "İzmir", "Konya", "Erzurum", "Bursa")
TR_PUBLISHERS = (
    "Türk Tarih Kurumu Yayınları",
    "İletişim Yayınları",
    "Kültür Bakanlığı Yayınları",
    "Yapı Kredi Yayınları",
    "Atatürk Araştırma Merkezi",
    "Timaş Yayınları",
    "Ötüken Neşriyat",
    "Kaynak Yayınları",
    "Bilgi Yayınevi",
    "Doğu Kitabevi",
    "Millî Eğitim Basımevi",
    "Temel Yayınları",
)
TR_JOURNALS = (
    "Belleten",
    "Atatürk Araştırma Merkezi Dergisi",
    "Tarih İncelemeleri Dergisi",
    "Türk Kültürü",
    "Atatürk Yolu Dergisi",
    "Tarih Araştırmaları Dergisi",
    "Toplumsal Tarih",
    "Bilig",
    "Avrasya Dosyası",
    "Türk Dünyası İncelemeleri Dergisi",
    "Atatürk Dergisi",
    "Tarih Dergisi",
)
TR_UNIVERSITIES = (
    "Hacettepe Üniversitesi Sosyal Bilimler Enstitüsü",
    "Ankara Üniversitesi Türk İnkılâp Tarihi Enstitüsü",
    "Selçuk Üniversitesi Sosyal Bilimler Enstitüsü",
    "İstanbul Üniversitesi Sosyal Bilimler Enstitüsü",
    "Gazi Üniversitesi Sosyal Bilimler Enstitüsü",
)
EN_PRESSES = (
    ("Cambridge", "Cambridge University Press"),
    ("New York", "Oxford University Press"),
    ("London", "Routledge"),
    ("Princeton, NJ", "Princeton University Press"),
    ("Ithaca, NY", "Cornell University Press"),
    ("Berkeley", "University of California Press"),
    ("London", "I. B. Tauris"),
    ("Bloomington", "Indiana University Press"),
    ("Cambridge, MA", "Harvard University Press"),
    ("New York", "Penguin Press"),
)
EN_JOURNALS = (
    "Slavic Review",
    "Middle Eastern Studies",
    "Russian Review",
    "Journal of Modern History",
    "International Journal of Middle East Studies",
    "Central Asian Survey",
    "Kritika",
    "Past & Present",
    "Comparative Studies in Society and History",
)
EN_UNIVERSITIES = ("Brown University", "University of Chicago", "Bilkent University", "Georgetown University")
RU_PUBLISHERS = ("Наука", "Вече", "РОССПЭН", "Госполитиздат", "Мысль", "Прогресс", "Международные отношения")
# (GOST abbreviation, Turkish-alphabet spelling, LC/English spelling)
RU_PLACES = (
    ("М.", "Moskva", "Moscow"),
    ("Л.", "Leningrad", "Leningrad"),
    ("СПб.", "Sankt-Peterburg", "St. Petersburg"),
)
RU_JOURNALS = (
    "Вопросы истории",
    "Новая и новейшая история",
    "Восточный архив",
    "Народы Азии и Африки",
    "Новый Восток",
    "Международная жизнь",
    "Отечественная история",
)

# Archives: acronym, Turkish name (as korkmaz2018 writes it), Cyrillic acronym, fonds.
RU_ARCHIVES = (
    ("RGASPI", "Rusya Devlet Sosyo-Politik Tarih Arşivi", "РГАСПИ", ("17", "159", "495", "558", "85", "64")),
    ("GARF", "Rusya Federasyonu Devlet Arşivi", "ГАРФ", ("R-1235", "R-5446", "R-130", "102")),
    ("RGVA", "Rusya Devlet Askeri Arşivi", "РГВА", ("33987", "33988", "25859")),
    ("AVP RF", "Rusya Federasyonu Dış Politika Arşivi", "АВП РФ", ("132", "04", "08")),
    ("RGVIA", "Rusya Devlet Askeri Tarih Arşivi", "РГВИА", ("2000", "2100", "13227")),
    ("RGAE", "Rusya Devlet Ekonomi Arşivi", "РГАЭ", ("413", "7733", "4372")),
)
BOA_FONDS = ("DH.ŞFR", "DH.KMS", "HR.SYS", "Y.PRK.ASK", "BEO", "MV", "İ.DUİT", "DH.EUM.5.Şb")
BCA_FONDS = ("030.10", "030.18.1.2", "030.11.1", "490.01")
TNA_SERIES = ("FO 371", "FO 424", "FO 608", "CAB 23", "CAB 24", "WO 106", "WO 95", "ADM 116")

TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# --------------------------------------------------------------------------------------------
# Scripts: Turkish casing and the two romanisations of Russian
# --------------------------------------------------------------------------------------------

_LC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch \" y ' e iu ia".split(" "),
        strict=True,
    )
)
_TR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e yo j z i y k l m n o p r s t u f h ts ç ş şç - ı - e yu ya".split(" "),
        strict=True,
    )
)
_TR["ъ"] = _TR["ь"] = ""
_RU_SMALL_WORDS = {"i", "v", "s", "k", "na", "za", "po", "ot", "o", "vo", "ve", "и", "в"}


def tr_upper(text: str) -> str:
    """Upper case with Turkish rules (``i`` → ``İ``, ``ı`` → ``I``)."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def tr_lower(text: str) -> str:
    """Lower case with Turkish rules (``İ`` → ``i``, ``I`` → ``ı``)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def tr_capitalize(word: str) -> str:
    return tr_upper(word[:1]) + word[1:] if word else word


def translit(text: str, system: str) -> str:
    """Cyrillic → Latin: ``lc`` (Library of Congress, no diacritics) or ``tr`` (Turkish alphabet)."""
    table = _LC if system == "lc" else _TR
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        value = table[low]
        # Turkish romanisation writes е as "ye" at the start of a word and after a vowel.
        if (
            system == "tr"
            and low == "е"
            and (i == 0 or not text[i - 1].isalpha() or text[i - 1].lower() in "аеиоуыэюя")
        ):
            value = "ye"
        if ch != low and value:
            value = tr_capitalize(value) if system == "tr" else value[0].upper() + value[1:]
        out.append(value)
    return "".join(out)


def ru_title(text: str, system: str) -> str:
    """A Russian title in the given script: ``cyr``, ``lc`` (sentence case) or ``tr`` (title case)."""
    if system == "cyr":
        return text
    latin = translit(text, system)
    if system == "lc":
        return latin
    words = latin.split(" ")
    return " ".join(
        w if (k and w.lower() in _RU_SMALL_WORDS) else tr_capitalize(w) for k, w in enumerate(words)
    )


# --------------------------------------------------------------------------------------------
# The model: people, works, archival documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A person in the script of the work's language (Russian names in Cyrillic)."""

    family: str
    given: str  # full given names (tr, en) or initials without dots (ru: "МИ")
    lang: str

    def _initials(self, script: str, sep: str) -> str:
        if self.lang == "ru":
            letters = [ru_title(c, script) for c in self.given]
            letters = [(x[:2] if x[:2] in ("Yu", "Ya", "Ye", "Iu", "Ia") else x[:1]) for x in letters]
        else:
            letters = [w[:1] for w in self.given.split()]
        return sep.join(f"{x}." for x in letters)

    def initials(self, script: str = "tr", tight: bool = False) -> str:
        """``M. İ.`` (or ``M.İ.`` when ``tight``)."""
        return self._initials(script, "" if tight else " ")

    def fam(self, script: str) -> str:
        return ru_title(self.family, script) if self.lang == "ru" else self.family

    def given_text(self, script: str) -> str:
        return self.initials(script, tight=script == "tr") if self.lang == "ru" else self.given


@dataclass(frozen=True)
class Archival:
    """An archival document: ``system`` is russian, boa, bca or tna."""

    system: str
    archive: str
    levels: tuple[str, ...]  # fond, opis, delo, list / fond code, dosya, gömlek / …
    name_tr: str = ""  # Turkish name (russian); numbering "slash" or "dosya" (boa)
    cyr: str = ""


@dataclass(frozen=True)
class Work:
    """One work; rendered in many conventions, it stays the same work (``key``)."""

    key: int
    kind: str  # book, article, chapter, thesis, archival
    lang: str  # tr, en, ru
    authors: tuple[Person, ...] = ()
    title: str = ""
    year: int = 0
    place: str = ""
    publisher: str = ""
    container: str = ""
    editor: Person | None = None
    translator: Person | None = None
    volume: int = 0
    issue: int = 0
    pages: tuple[int, int] | None = None
    edition: int = 0
    archival: Archival | None = None
    # spelling variants applied when rendering (see :func:`variant`)
    variants: tuple[str, ...] = ()


def _person(rng: random.Random, lang: str) -> Person:
    if lang == "tr":
        root = rng.choice(TR_FAMILY_ROOTS)
        family = root + (rng.choice(TR_FAMILY_SUFFIXES) if len(root) <= 5 else "")
        given = " ".join(rng.sample(TR_GIVEN, 2 if rng.random() < 0.3 else 1))
        return Person(family, given, "tr")
    if lang == "en":
        given = rng.choice(EN_GIVEN) + (f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.3 else "")
        return Person(rng.choice(EN_FAMILY), given, "en")
    family = rng.choice(RU_FAMILY)
    if rng.random() < 0.25 and family.endswith(("ов", "ев", "ин")):
        family += "а"
    return Person(family, rng.choice(RU_INITIALS) + rng.choice(RU_INITIALS), "ru")


def _title(rng: random.Random, lang: str) -> str:
    a = rng.randint(1850, 1945)
    b = a + rng.randint(1, 15)
    if lang == "tr":
        s, t = rng.sample(TR_SUBJECTS, 2)
        return rng.choice(TR_FRAMES).format(s=s, t=t, a=a, b=b)
    if lang == "en":
        s, t = rng.sample(EN_SUBJECTS, 2)
        frame = rng.choice(EN_FRAMES)
        return frame.format(S=s[:1].upper() + s[1:], s=s, t=t, a=a, b=b)
    s, t = rng.sample(RU_SUBJECTS, 2)
    text = rng.choice(RU_FRAMES).format(S=s[:1].upper() + s[1:], s=s, t=t, a=a, b=b)
    return text[:1].upper() + text[1:]


def _archival(rng: random.Random) -> Archival:
    r = rng.random()
    if r < 0.55:
        acronym, name_tr, cyr, fonds = rng.choice(RU_ARCHIVES)
        levels = (
            rng.choice(fonds),
            str(rng.randint(1, 30)),
            str(rng.randint(1, 2500)),
            str(rng.randint(1, 300)),
        )
        return Archival("russian", acronym, levels, name_tr, cyr)
    if r < 0.75:
        # "87/40" and "Dosya 87, Gömlek 40" are kept apart by bibkit (a slash means other units in
        # some fonds), so a document keeps one numbering; its notes and list vary the archive's name.
        numbering = "slash" if rng.random() < 0.6 else "dosya"
        levels = (rng.choice(BOA_FONDS), str(rng.randint(1, 4000)), str(rng.randint(1, 400)))
        return Archival("boa", "BOA", levels, name_tr=numbering)
    if r < 0.88:
        fond = rng.choice(BCA_FONDS)
        return Archival(
            "bca", "BCA", (fond, str(rng.randint(1, 300)), str(rng.randint(1, 900)), str(rng.randint(1, 40)))
        )
    return Archival(
        "tna", "TNA", (rng.choice(TNA_SERIES), str(rng.randint(1000, 9999)), str(rng.randint(1, 300)))
    )


def make_work(rng: random.Random, key: int, lang: str | None = None, kind: str | None = None) -> Work:
    """A new random work."""
    if kind is None:
        r = rng.random()
        kind = (
            "book"
            if r < 0.5
            else "article"
            if r < 0.75
            else "chapter"
            if r < 0.82
            else "thesis"
            if r < 0.86
            else "archival"
        )
    if kind == "archival":
        return Work(key, "archival", "ru", archival=_archival(rng))
    if lang is None:
        r = rng.random()
        lang = "tr" if r < 0.45 else "ru" if r < 0.75 else "en"
    if kind == "thesis" and lang == "ru":
        kind = "book"
    n_authors = 1 if rng.random() < 0.85 else 2
    authors = tuple(_person(rng, lang) for _ in range(n_authors))
    year = rng.randint(1923, 2020)
    work = Work(key, kind, lang, authors, _title(rng, lang), year)
    if lang == "tr":
        work = replace(work, place=rng.choice(TR_PLACES), publisher=rng.choice(TR_PUBLISHERS))
    elif lang == "en":
        place, publisher = rng.choice(EN_PRESSES)
        work = replace(work, place=place, publisher=publisher)
    else:
        work = replace(work, place=rng.choice(RU_PLACES)[0], publisher=rng.choice(RU_PUBLISHERS))
    if kind == "article":
        journal = rng.choice({"tr": TR_JOURNALS, "en": EN_JOURNALS, "ru": RU_JOURNALS}[lang])
        first = rng.randint(1, 600)
        work = replace(
            work,
            container=journal,
            volume=rng.randint(1, 60),
            issue=rng.randint(1, 12),
            pages=(first, first + rng.randint(8, 40)),
        )
    elif kind == "chapter":
        first = rng.randint(1, 400)
        work = replace(
            work,
            container=_title(rng, lang),
            editor=_person(rng, lang),
            pages=(first, first + rng.randint(10, 30)),
        )
    elif kind == "thesis":
        university = rng.choice(TR_UNIVERSITIES if lang == "tr" else EN_UNIVERSITIES)
        work = replace(work, publisher=university)
    else:
        if rng.random() < 0.15:
            work = replace(work, volume=rng.randint(1, 5))
        if rng.random() < 0.1:
            work = replace(work, edition=rng.randint(2, 5))
        if rng.random() < 0.08 and lang != "en":
            work = replace(work, translator=_person(rng, lang))
    return work


_TR_SPELLING = (("Millî", "Milli"), ("İnkılâb", "İnkılab"), ("Işığında", "Isığında"), ("ve ", "ve "))


def variant(work: Work, rng: random.Random) -> Work:
    """The same work as another author prints it: a spelling or romanisation variant."""
    options = ["quotes", "case"]
    if work.lang == "tr" and any(a in work.title for a, _ in _TR_SPELLING[:3]):
        options.append("spelling")
    if work.lang == "ru":
        options.append("moskova")
    if work.place == "İstanbul":
        options.append("istanbul")
    if work.kind == "archival":
        options = ["notation"]
    return replace(work, variants=(*work.variants, rng.choice(options)))


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

# Styles of reference lists and of notes; a Russian work is romanised as the style does.
LIST_STYLES = ("traditional", "isnad", "apa", "chicago", "gost", "lc")
NOTE_STYLES = ("traditional", "isnad", "chicago", "gost", "lc")
_SCRIPT = {"traditional": "tr", "isnad": "tr", "apa": "tr", "chicago": "lc", "lc": "lc", "gost": "cyr"}


@dataclass
class Rendered:
    """One rendered citation: its text, the work, and the fields a reader should find."""

    text: str
    work: int
    style: str
    form: str  # list or note
    expect: dict[str, str] = field(default_factory=dict)


def _fold_place(work: Work, script: str) -> str:
    place = work.place
    if work.lang == "ru":
        abbreviation, tr_name, en_name = next(p for p in RU_PLACES if p[0] == place)
        if script == "cyr":
            return abbreviation
        place = tr_name if script == "tr" else en_name
        if "moskova" in work.variants and place == "Moskva":
            place = "Moskova"
    if "istanbul" in work.variants and place == "İstanbul":
        place = "Istanbul"
    return place


def _title_text(work: Work, script: str) -> str:
    title = ru_title(work.title, script) if work.lang == "ru" else work.title
    if "spelling" in work.variants:
        for a, b in _TR_SPELLING:
            title = title.replace(a, b)
    if "case" in work.variants and work.lang != "ru":
        # Sentence case, as APA prints titles.
        head, *rest = title.split(" ")
        lower = tr_lower if work.lang == "tr" else str.lower
        title = " ".join([head, *(lower(w) for w in rest)])
    return title


def _container_text(work: Work, script: str) -> str:
    return ru_title(work.container, script) if work.lang == "ru" else work.container


def _publisher_text(work: Work, script: str) -> str:
    if work.lang == "ru" and work.kind != "thesis":
        return ru_title(work.publisher, script) if script != "cyr" else work.publisher
    return work.publisher


def _pages(work: Work, dash: str = "-") -> str:
    assert work.pages is not None
    return f"{work.pages[0]}{dash}{work.pages[1]}"


def _vol(n: int, rng: random.Random) -> str:
    return ROMAN[n] if n < len(ROMAN) and rng.random() < 0.5 else str(n)


def _names_list_traditional(work: Work, script: str) -> str:
    parts = []
    for p in work.authors:
        fam = tr_upper(p.fam(script)) if script == "tr" or p.lang != "ru" else p.fam(script).upper()
        parts.append(f"{fam} {p.given_text(script)}")
    return ", ".join(parts)


def _names_inverted(work: Work, script: str, initials: bool = False) -> str:
    first, *rest = work.authors
    head = f"{first.fam(script)}, {first.initials(script) if initials or first.lang == 'ru' else first.given}"
    others = [
        f"{p.initials(script) if initials or p.lang == 'ru' else p.given} {p.fam(script)}" for p in rest
    ]
    if initials and rest:
        return head + ", & " + ", & ".join(f"{p.fam(script)}, {p.initials(script)}" for p in rest)
    return head + "".join(f", and {o}" for o in others)


def _stop(text: str) -> str:
    """``text`` closed by one period (names ending in an initial already have it)."""
    return text if text.endswith(".") else text + "."


def _names_direct(work: Work, script: str, joiner: str = " - ") -> str:
    """Names given-first, as notes print them (Turkish notes join two authors with a dash)."""
    out = [
        f"{p.initials(script, tight=script == 'tr') if p.lang == 'ru' else p.given} {p.fam(script)}"
        for p in work.authors
    ]
    return joiner.join(out)


def _expect(work: Work, script: str, title: str) -> dict[str, str]:
    if work.kind == "archival":
        return {}
    return {"family": work.authors[0].fam(script), "year": str(work.year), "title": title}


def _quoted(title: str, work: Work, style: str, stop: str = "") -> str:
    """The title as the style marks it (quotes for a part, italics for a whole), ending in ``stop``.

    The ``quotes`` variant swaps the two marks; Chicago puts the stop inside closing quotes.
    """
    part = work.kind in ("article", "chapter")
    if "quotes" in work.variants:
        part = not part
    if not part:
        return f"*{title}*{stop}"
    if style == "isnad":
        return f"“{title}”{stop}"
    if style in ("chicago", "lc"):
        return f'"{title}{stop}"'
    return f'"{title}"{stop}'


def render_work(work: Work, style: str, form: str, rng: random.Random, locator: str = "") -> Rendered:
    """``work`` as a reference-list entry (``form="list"``) or a first-citation note (``note``)."""
    if work.kind == "archival":
        assert work.archival is not None
        notation = _archival_notation(work, style, form)
        return Rendered(render_archival(work.archival, notation, locator_style=style), work.key, style, form)
    script = _SCRIPT[style] if work.lang == "ru" else "tr"
    title = _title_text(work, script)
    fn = {
        ("traditional", "list"): _traditional_list,
        ("traditional", "note"): _traditional_note,
        ("isnad", "list"): _isnad_list,
        ("isnad", "note"): _isnad_note,
        ("apa", "list"): _apa_list,
        ("chicago", "list"): _chicago_list,
        ("chicago", "note"): _chicago_note,
        ("lc", "list"): _chicago_list,
        ("lc", "note"): _chicago_note,
        ("gost", "list"): _gost_list,
        ("gost", "note"): _gost_note,
    }[(style, form)]
    text = fn(work, script, title, rng, locator)
    return Rendered(text, work.key, style, form, _expect(work, script, title))


def _traditional_list(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_list_traditional(work, script)
    place, year = _fold_place(work, script), work.year
    publisher = _publisher_text(work, script)
    if work.kind == "article":
        cilt = f"Cilt {_vol(work.volume, rng)}, Sayı {work.issue}"
        return f'{names}, "{title}", {_container_text(work, script)}, {cilt}, {place}, {year}, s. {_pages(work)}.'
    if work.kind == "chapter":
        assert work.editor is not None
        return (
            f'{names}, "{title}", {_container_text(work, script)}, Haz. {work.editor.given_text(script)} '
            f"{work.editor.fam(script)}, {publisher}, {place} {year}, s. {_pages(work)}."
        )
    if work.kind == "thesis":
        return f"{names}, {title}, Basılmamış Doktora Tezi, {publisher}, {place}, {year}."
    parts = [f"{names}, {title}"]
    if work.translator:
        parts.append(f"Çev. {work.translator.given_text(script)} {work.translator.fam(script)}")
    if work.edition:
        parts.append(f"{work.edition}. Baskı")
    if work.volume:
        parts.append(
            f"Cilt {_vol(work.volume, rng)}" if rng.random() < 0.7 else f"{ROMAN[work.volume]}. Cilt"
        )
    parts.append(publisher)
    parts.append(f"{place} {year}" if rng.random() < 0.6 else f"{place}, {year}")
    return ", ".join(parts) + "."


def _traditional_note(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_direct(work, script)
    place, year = _fold_place(work, script), work.year
    page = "p." if rng.random() < 0.4 else "s."  # korkmaz2018 writes p./pp. in notes
    if work.kind == "article":
        return (
            f'{names}, "{title}", {_container_text(work, script)}, Cilt {_vol(work.volume, rng)}, '
            f"Sayı {work.issue}, {place} {year}, {page} {locator}."
        )
    if work.kind == "chapter":
        return f'{names}, "{title}", {_container_text(work, script)}, {place} {year}, {page} {locator}.'
    if work.kind == "thesis":
        return (
            f"{names}, {title}, Basılmamış Doktora Tezi, {work.publisher}, {place} {year}, {page} {locator}."
        )
    mid = f", Cilt {_vol(work.volume, rng)}" if work.volume else ""
    if work.translator:
        mid = f", Çev. {work.translator.given_text(script)} {work.translator.fam(script)}" + mid
    shown = f"*{title}*" if rng.random() < 0.4 else title
    return f"{names}, {shown}{mid}, {place}, {year}, {page} {locator}."


def _isnad_list(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_inverted(work, script)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{_stop(names)} {_quoted(title, work, 'isnad', '.')} *{_container_text(work, script)}* {work.volume}/{work.issue} ({year}), {_pages(work)}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.given_text(script)} {work.editor.fam(script)}"
        return f"{_stop(names)} {_quoted(title, work, 'isnad', '.')} *{_container_text(work, script)}*. ed. {ed}. {_pages(work)}. {place}: {publisher}, {year}."
    if work.kind == "thesis":
        return f"{_stop(names)} *{title}*. {place}: {publisher}, Doktora Tezi, {year}."
    extra = f" Cilt {work.volume}." if work.volume else ""
    if work.translator:
        extra = f" çev. {work.translator.given_text(script)} {work.translator.fam(script)}." + extra
    return f"{_stop(names)} {_quoted(title, work, 'isnad', '.')}{extra} {place}: {publisher}, {year}."


def _isnad_note(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_direct(work, script)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{names}, “{title}”, *{_container_text(work, script)}* {work.volume}/{work.issue} ({year}), {locator}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.given_text(script)} {work.editor.fam(script)}"
        return f"{names}, “{title}”, *{_container_text(work, script)}*, ed. {ed} ({place}: {publisher}, {year}), {locator}."
    if work.kind == "thesis":
        return f"{names}, *{title}* ({place}: {publisher}, Doktora Tezi, {year}), {locator}."
    extra = ""
    if work.translator:
        extra = f", çev. {work.translator.given_text(script)} {work.translator.fam(script)}"
    return f"{names}, *{title}*{extra} ({place}: {publisher}, {year}), {locator}."


def _apa_list(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_inverted(work, script, initials=True)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{names} ({year}). {title}. *{_container_text(work, script)}, {work.volume}*({work.issue}), {_pages(work)}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.initials(script)} {work.editor.fam(script)}"
        return f"{names} ({year}). {title}. {ed} (Ed.), *{_container_text(work, script)}* (s. {_pages(work)}) içinde. {place}: {publisher}."
    if work.kind == "thesis":
        return f"{names} ({year}). *{title}* (Yayımlanmamış doktora tezi). {publisher}, {place}."
    notes = []
    if work.translator:
        notes.append(f"{work.translator.initials(script)} {work.translator.fam(script)}, Çev.")
    if work.edition:
        notes.append(f"{work.edition}. bs.")
    paren = f" ({'; '.join(notes)})" if notes else ""
    return f"{names} ({year}). *{title}*{paren}. {place}: {publisher}."


def _chicago_list(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_inverted(work, script)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{_stop(names)} {_quoted(title, work, 'chicago', '.')} *{_container_text(work, script)}* {work.volume}, no. {work.issue} ({year}): {_pages(work, '–')}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.given_text(script)} {work.editor.fam(script)}"
        return f"{_stop(names)} {_quoted(title, work, 'chicago', '.')} In *{_container_text(work, script)}*, edited by {ed}, {_pages(work, '–')}. {place}: {publisher}, {year}."
    if work.kind == "thesis":
        return f'{_stop(names)} "{title}." PhD diss., {publisher}, {year}.'
    extra = ""
    if work.translator:
        extra = f" Translated by {work.translator.given_text(script)} {work.translator.fam(script)}."
    if work.edition:
        extra += f" {work.edition}{'nd' if work.edition == 2 else 'rd' if work.edition == 3 else 'th'} ed."
    if work.volume:
        extra += f" Vol. {work.volume}."
    return f"{_stop(names)} {_quoted(title, work, 'chicago', '.')}{extra} {place}: {publisher}, {year}."


def _chicago_note(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _names_direct(work, script, " and ")
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{names}, {_quoted(title, work, 'chicago', ',')} *{_container_text(work, script)}* {work.volume}, no. {work.issue} ({year}): {locator}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.given_text(script)} {work.editor.fam(script)}"
        return f"{names}, {_quoted(title, work, 'chicago', ',')} in *{_container_text(work, script)}*, ed. {ed} ({place}: {publisher}, {year}), {locator}."
    if work.kind == "thesis":
        return f'{names}, "{title}" (PhD diss., {publisher}, {year}), {locator}.'
    extra = f", vol. {work.volume}" if work.volume else ""
    if work.translator:
        extra = f", trans. {work.translator.given_text(script)} {work.translator.fam(script)}" + extra
    return f"{names}, {_quoted(title, work, 'chicago')}{extra} ({place}: {publisher}, {year}), {locator}."


def _gost_names(work: Work, script: str) -> str:
    return ", ".join(f"{p.fam(script)} {p.initials(script)}" for p in work.authors)


def _gost_list(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _gost_names(work, script)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{names} {title} // {_container_text(work, script)}. {year}. № {work.issue}. С. {_pages(work, '–')}."
    if work.kind == "chapter":
        assert work.editor is not None
        ed = f"{work.editor.initials(script)} {work.editor.fam(script)}"
        return f"{names} {title} // {_container_text(work, script)} / отв. ред. {ed}. {place}: {publisher}, {year}. С. {_pages(work, '–')}."
    if work.kind == "thesis":
        return f"{names} {title}: дис. … канд. ист. наук. {place}, {year}. {rng.randint(150, 400)} с."
    vol = f" Т. {work.volume}." if work.volume else ""
    return f"{names} {title}.{vol} {place}: {publisher}, {year}. {rng.randint(100, 900)} с."


def _gost_note(work: Work, script: str, title: str, rng: random.Random, locator: str) -> str:
    names = _gost_names(work, script)
    place, year, publisher = _fold_place(work, script), work.year, _publisher_text(work, script)
    if work.kind == "article":
        return f"{names} {title} // {_container_text(work, script)}. {year}. № {work.issue}. С. {locator}."
    if work.kind == "chapter":
        return (
            f"{names} {title} // {_container_text(work, script)}. {place}: {publisher}, {year}. С. {locator}."
        )
    return f"{names} {title}. {place}: {publisher}, {year}. С. {locator}."


def _archival_notation(work: Work, style: str, form: str) -> str:
    """Which notation a style uses; a variant swaps the list and note notations."""
    assert work.archival is not None
    swap = "notation" in work.variants
    if work.archival.system == "russian":
        table = {
            "traditional": ("compact", "turkish"),
            "isnad": ("turkish", "compact"),
            "apa": ("compact", "turkish"),
            "chicago": ("latin", "latin_dotted"),
            "lc": ("latin", "latin"),
            "gost": ("latin", "cyrillic"),
        }
    else:
        table = {s: ("short", "long") for s in LIST_STYLES}
    list_form, note_form = table[style]
    chosen = note_form if form == "note" else list_form
    if swap:
        chosen = list_form if form == "note" else note_form
    return chosen


def render_archival(doc: Archival, notation: str, locator_style: str = "") -> str:
    """An archival document in one notation (all of them name the same document)."""
    if doc.system == "russian":
        fond, opis, delo, folio = doc.levels
        if notation == "compact":
            return f"{doc.archive}, {doc.name_tr}, {fond}-{opis}-{delo}-{int(folio):03d}."
        if notation == "turkish":
            return f"{doc.archive}, {doc.name_tr}, Fon {fond}, Sayı {opis}, Dosya {delo}, varak {int(folio):03d}."
        if notation == "cyrillic":
            cyr_fond = fond.replace("R-", "Р-")
            return f"{doc.cyr}. Ф. {cyr_fond}. Оп. {opis}. Д. {delo}. Л. {folio}."
        if notation == "latin_dotted":
            return f"{doc.archive}. F. {fond}. Op. {opis}. D. {delo}. L. {folio}."
        return f"{doc.archive}, f. {fond}, op. {opis}, d. {delo}, l. {folio}."
    if doc.system == "boa":
        fond, dosya, gomlek = doc.levels
        name = "Başbakanlık Osmanlı Arşivi (BOA)" if notation == "long" else "BOA"
        if doc.name_tr == "dosya":
            return f"{name}, {fond}, Dosya {dosya}, Gömlek {gomlek}."
        return f"{name}, {fond}, {dosya}/{gomlek}."
    if doc.system == "bca":
        fond, a, b, c = doc.levels
        if notation == "long":
            return f"BCA, Fon Kodu: {fond}, Yer No: {a}.{b}.{c}."
        return f"BCA, {fond}/{a}.{b}.{c}."
    series, piece, folio = doc.levels
    if notation == "long":
        return f"PRO, {series}/{piece}, f. {folio}."
    return f"TNA, {series}/{piece}, f. {folio}."


def archival_expect(doc: Archival) -> dict[str, str]:
    """The archive and canonical location bibkit should read from any notation."""
    if doc.system == "russian":
        fond, opis, delo, folio = doc.levels
        return {
            "archive": doc.archive,
            "archive_location": f"f. {fond}, op. {opis}, d. {delo}, l. {int(folio)}",
        }
    return {"archive": doc.archive}


# --------------------------------------------------------------------------------------------
# Reference lists
# --------------------------------------------------------------------------------------------


def _style_for(work: Work, rng: random.Random, form: str) -> str:
    """A convention that fits the work's language, as the gold corpus pairs them."""
    if work.kind == "archival":
        return rng.choice(("traditional", "isnad", "chicago", "gost"))
    styles = {
        ("tr", "list"): ("traditional", "isnad", "apa"),
        ("en", "list"): ("chicago", "isnad", "traditional", "apa"),
        ("ru", "list"): ("gost", "lc", "traditional", "isnad"),
        ("tr", "note"): ("traditional", "isnad"),
        ("en", "note"): ("chicago", "isnad", "traditional"),
        ("ru", "note"): ("gost", "lc", "traditional"),
    }[(work.lang, form)]
    return rng.choice(styles)


@dataclass
class GeneratedList:
    """A bare reference list: the entries and, for each, the key of the work it names."""

    entries: list[Rendered]
    distinct_works: int

    def text(self, layout: str = "lines") -> str:
        """The list as a document: ``lines`` (one entry a line), ``dash`` (``- `` items) or ``paragraphs``."""
        if layout == "dash":
            return "\n".join(f"- {e.text}" for e in self.entries) + "\n"
        if layout == "paragraphs":
            return "\n\n".join(e.text for e in self.entries) + "\n"
        return "\n".join(e.text for e in self.entries) + "\n"


def reference_list(n: int, seed: int = 0, repeat: float = 0.15) -> GeneratedList:
    """``n`` reference-list entries; a ``repeat`` share of them name an earlier work again,
    in another convention or with a spelling variant (what merging must bring together)."""
    rng = random.Random(seed)
    works: list[Work] = []
    entries: list[Rendered] = []
    for _ in range(n):
        if works and rng.random() < repeat:
            work = variant(rng.choice(works), rng)
        else:
            work = make_work(rng, len(works))
            works.append(work)
        entries.append(render_work(work, _style_for(work, rng, "list"), "list", rng))
    return GeneratedList(entries, len(works))


def note_citations(n: int, seed: int = 0) -> list[Rendered]:
    """``n`` first-citation notes (one work each, with a pinpoint page), for parse timing."""
    rng = random.Random(seed)
    out = []
    for key in range(n):
        work = make_work(rng, key)
        out.append(render_work(work, _style_for(work, rng, "note"), "note", rng, _locator(work, rng)))
    return out


def _locator(work: Work, rng: random.Random) -> str:
    if work.pages:
        first = rng.randint(*work.pages)
        return str(first)
    first = rng.randint(1, 500)
    return f"{first}-{first + rng.randint(1, 4)}" if rng.random() < 0.25 else str(first)


# --------------------------------------------------------------------------------------------
# Articles (korkmaz2018-like: body pages, footnotes at page feet, reference list at the end)
# --------------------------------------------------------------------------------------------

ARTICLE_STYLES = ("traditional", "isnad", "chicago", "gost")
_FILLER = {
    "en": (
        "The correspondence of the Soviet bureaucrats shows how closely Moscow followed events in Anatolia. "
        "Diplomatic manoeuvres of both governments were shaped by the war and by the common enemy. "
        "The documents examined here were written between 1918 and 1922 and remained unpublished for decades. "
        "Reports of agents and envoys reached the Central Committee within days of the events they describe. "
        "Both leaders knew each other well and followed a policy of national and common interests."
    ).split(". "),
    "tr": (
        "Sovyet bürokratlarının yazışmaları Moskova'nın Anadolu'daki gelişmeleri yakından izlediğini gösterir. "
        "Her iki hükümetin diplomatik manevraları savaşın ve ortak düşmanın etkisiyle biçimlenmiştir. "
        "Burada incelenen belgeler 1918-1922 yılları arasında yazılmış ve uzun süre yayımlanmamıştır. "
        "Ajanların ve elçilerin raporları olaylardan birkaç gün sonra Merkez Komitesine ulaşmıştır. "
        "İki lider birbirini iyi tanımış ve millî çıkarlara dayanan bir politika izlemiştir."
    ).split(". "),
    "ru": (
        "Переписка советских чиновников показывает, как внимательно Москва следила за событиями в Анатолии. "
        "Дипломатические шаги обоих правительств определялись войной и общим противником. "
        "Рассмотренные здесь документы написаны в 1918–1922 гг. и долгое время не публиковались. "
        "Донесения агентов и полпредов поступали в Центральный комитет через несколько дней после событий. "
        "Оба лидера хорошо знали друг друга и проводили политику национальных и общих интересов."
    ).split(". "),
}
_HEADINGS = {
    "traditional": ("Giriş", "Sonuç", "Kaynakça"),
    "isnad": ("Giriş", "Sonuç", "Kaynakça"),
    "chicago": ("Introduction", "Conclusion", "References"),
    "gost": ("Введение", "Заключение", "Список литературы"),
}
_BODY_LANG = {"traditional": "tr", "isnad": "tr", "chicago": "en", "gost": "ru"}
_COMMENTARY = {
    "tr": "{name} ({a}-{b}) Sovyet yönetiminde çeşitli görevlerde bulunmuştur. Bk. {cite}",
    "en": "{name} ({a}-{b}) held several posts in the Soviet administration. See {cite}",
    "ru": "{name} ({a}–{b}) занимал ряд постов в советском аппарате. См.: {cite}",
}


@dataclass
class GeneratedArticle:
    """A Markdown article with footnotes and a reference list."""

    text: str
    notes: int
    entries: int
    style: str
    distinct_works: int


def _back_reference(work: Work, style: str, locator: str, ibid: bool) -> str:
    """``a.g.e.``/``a.g.m.``/``Ibid.``/``Там же``/short forms for a work cited before."""
    if work.kind == "archival":
        assert work.archival is not None
        return render_archival(work.archival, _archival_notation(work, style, "note"))
    script = _SCRIPT[style] if work.lang == "ru" else "tr"
    family = work.authors[0].fam(script)
    if style == "gost":
        return (
            f"Там же. С. {locator}."
            if ibid
            else f"{family} {work.authors[0].initials(script)} Указ. соч. С. {locator}."
        )
    if style == "chicago":
        short = _short_title(_title_text(work, script))
        return f"Ibid., {locator}." if ibid else f"{family}, *{short}*, {locator}."
    if ibid:
        return f"A.e., s. {locator}." if style == "traditional" else f"a.g.e., {locator}."
    kind = "a.g.m." if work.kind in ("article", "chapter") else "a.g.e."
    return f"{family}, {kind}, s. {locator}." if style == "traditional" else f"{family}, {kind}, {locator}."


_SHORT_STOP = {"the", "of", "and", "in", "a", "ve", "и", "в", "i", "v"}


def _short_title(title: str) -> str:
    """Chicago's short title: the main title (before a colon or comma), at most four words."""
    main = title.split(":")[0].split(",")[0].strip()
    words = main.split()[:4]
    while len(words) > 1 and words[-1].lower() in _SHORT_STOP:
        words.pop()
    return " ".join(words)


def article(n_notes: int, seed: int = 0, style: str | None = None) -> GeneratedArticle:
    """An article with ``n_notes`` footnotes (full citations, back-references, commentary,
    several works in one note, archival notes) and a reference list of the works it cites."""
    rng = random.Random(seed)
    style = style or rng.choice(ARTICLE_STYLES)
    lang = _BODY_LANG[style]
    intro, conclusion, references = _HEADINGS[style]
    pool_size = max(4, int(n_notes * 0.6))
    works: list[Work] = []
    for key in range(pool_size):
        r = rng.random()
        work_lang = lang if r < 0.5 else ("ru" if lang != "ru" else "tr") if r < 0.75 else "en"
        kind = "archival" if rng.random() < 0.15 else None
        work = make_work(rng, key, work_lang, kind)
        if kind == "archival" and style == "gost" and work.archival and work.archival.system != "russian":
            work = replace(work, archival=_archival(random.Random(rng.random())))
        works.append(work)
    cited: list[Work] = []
    previous: list[Work] = []
    notes: list[str] = []
    for _ in range(n_notes):
        r = rng.random()
        unused = [w for w in works if w not in cited]
        if previous and len(previous) == 1 and r < 0.1:
            text = _back_reference(previous[0], style, _locator(previous[0], rng), ibid=True)
            current = previous
        elif cited and r < 0.3:
            work = rng.choice(cited)
            text = _back_reference(work, style, _locator(work, rng), ibid=False)
            current = [work]
        elif unused and r < 0.36 and len(unused) >= 2:
            a, b = unused[0], unused[1]
            text = " ".join(
                (
                    render_work(a, style, "note", rng, _locator(a, rng)).text.rstrip(".") + ";",
                    render_work(b, style, "note", rng, _locator(b, rng)).text,
                )
            )
            current = [a, b]
        elif unused and r < 0.41:
            work = unused[0]
            person = _person(rng, lang)
            name = f"{person.given_text('cyr' if lang == 'ru' else 'tr')} {person.fam('cyr')}"
            year = rng.randint(1860, 1900)
            cite = render_work(work, style, "note", rng, _locator(work, rng)).text
            text = _COMMENTARY[lang].format(name=name, a=year, b=year + rng.randint(40, 70), cite=cite)
            current = [work]
        elif unused:
            work = unused[0]
            if rng.random() < 0.1:
                work = variant(work, rng)
            text = render_work(work, style, "note", rng, _locator(work, rng)).text
            current = [work]
        else:
            work = rng.choice(cited)
            text = _back_reference(work, style, _locator(work, rng), ibid=False)
            current = [work]
        for w in current:
            if all(c.key != w.key for c in cited):
                cited.append(next(x for x in works if x.key == w.key))
        previous = current
        notes.append(text)

    listed = list(cited) + [w for w in works if w not in cited and rng.random() < 0.3]
    listed.sort(key=lambda w: (w.kind == "archival", _sort_key(w, style)))
    entries = [render_work(w, style, "list", rng).text for w in listed]
    return GeneratedArticle(
        _layout(rng, style, lang, intro, conclusion, references, notes, entries),
        len(notes),
        len(entries),
        style,
        len(works),
    )


def _sort_key(work: Work, style: str) -> str:
    if work.kind == "archival" or not work.authors:
        return work.archival.archive if work.archival else ""
    return work.authors[0].fam(_SCRIPT[style] if work.lang == "ru" else "tr").lower()


def _paragraph(rng: random.Random, lang: str, markers: list[int]) -> str:
    sentences = [rng.choice(_FILLER[lang]).rstrip(".") for _ in range(rng.randint(3, 6))]
    for k, number in enumerate(markers):
        at = min(len(sentences) - 1, (k + 1) * len(sentences) // (len(markers) + 1))
        sentences[at] += f"<sup>{number}</sup>"
    return ". ".join(sentences) + "."


def _layout(
    rng: random.Random,
    style: str,
    lang: str,
    intro: str,
    conclusion: str,
    references: str,
    notes: list[str],
    entries: list[str],
) -> str:
    title = _title(rng, lang)
    author = _person(rng, lang)
    out = [
        f"## **{title}**",
        "",
        f"**{author.given_text('cyr')} {author.fam('cyr')}**",
        "",
        f"### **{intro}**",
        "",
    ]
    number = 1
    while number <= len(notes):
        page_notes: list[int] = []
        for _ in range(rng.randint(2, 4)):
            take = [n for n in range(number, min(number + rng.randint(1, 2), len(notes) + 1))]
            number += len(take)
            page_notes.extend(take)
            out += [_paragraph(rng, lang, take), ""]
            if number > len(notes):
                break
        out += ["---", ""]
        for n in page_notes:
            out += [f"<sup>{n}</sup> {notes[n - 1]}", ""]
    out += [f"### **{conclusion}**", "", _paragraph(rng, lang, []), "", f"### **{references}**", ""]
    out += [f"- {e}" for e in entries]
    return "\n".join(out) + "\n"


def articles(count: int, notes: int, seed: int = 0) -> Iterator[GeneratedArticle]:
    """``count`` articles of about ``notes`` notes each (seeds ``seed``, ``seed + 1``, …)."""
    for k in range(count):
        rng = random.Random(seed * 1_000_003 + k)
        yield article(max(1, notes + rng.randint(-notes // 4, notes // 4)), seed * 1_000_003 + k)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _check(n: int, seed: int) -> None:
    """How bibkit reads generated entries and notes: share of first-author family, year and title
    found as generated (a realism check: the benchmark should exercise bibkit's normal path)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bibkit.parse.entries import parse_entry
    from bibkit.parse.notes import parse_note

    from bibkit import turkish
    from bibkit.model import Note

    def fold(text: str) -> str:
        return turkish.skeleton(text.replace("*", ""))

    stats: dict[str, list[int]] = {}
    for item in reference_list(n, seed, repeat=0.0).entries + note_citations(n // 2, seed):
        if not item.expect:
            continue
        if item.form == "list":
            record = parse_entry(item.text)
        else:
            mentions = parse_note(Note(1, item.text, 1)).mentions
            if not mentions or mentions[0].record is None:
                record = None
            else:
                record = mentions[0].record
        row = stats.setdefault(f"{item.form}:{item.style}", [0, 0, 0, 0])
        row[0] += 1
        if record is None:
            continue
        names = record.author or record.editor
        row[1] += bool(names) and fold(names[0].family) == fold(item.expect["family"])
        row[2] += bool(record.issued) and str(record.issued.year) == item.expect["year"]
        row[3] += fold(record.title) == fold(item.expect["title"])
    print(f"{'form:style':<20} {'n':>6} {'family':>7} {'year':>7} {'title':>7}")
    for key in sorted(stats):
        total, fam, year, title = stats[key]
        print(f"{key:<20} {total:>6} {fam / total:>7.0%} {year / total:>7.0%} {title / total:>7.0%}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("list", help="a bare reference list of N entries")
    p.add_argument("n", type=int)
    p.add_argument("--repeat", type=float, default=0.15, help="share of entries naming an earlier work")
    p.add_argument("--layout", choices=("lines", "dash", "paragraphs"), default="lines")
    p = sub.add_parser("article", help="one article with M notes")
    p.add_argument("notes", type=int)
    p.add_argument("--style", choices=ARTICLE_STYLES)
    p = sub.add_parser("articles", help="K articles of about M notes each, into --out-dir")
    p.add_argument("count", type=int)
    p.add_argument("--notes", type=int, default=40)
    p.add_argument("--out-dir", type=Path, required=True)
    p = sub.add_parser("check", help="how bibkit reads a sample of generated entries and notes")
    p.add_argument("--n", type=int, default=2000)
    for p in sub.choices.values():
        p.add_argument("--seed", type=int, default=0)
        p.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    args = parser.parse_args(argv)

    if args.command == "check":
        _check(args.n, args.seed)
        return
    if args.command == "articles":
        args.out_dir.mkdir(parents=True, exist_ok=True)
        for k, art in enumerate(articles(args.count, args.notes, args.seed)):
            (args.out_dir / f"article{k:05d}.md").write_text(art.text, encoding="utf-8")
        print(f"{args.count} articles in {args.out_dir}", file=sys.stderr)
        return
    if args.command == "list":
        text = reference_list(args.n, args.seed, args.repeat).text(args.layout)
    else:
        text = article(args.notes, args.seed, args.style).text
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
