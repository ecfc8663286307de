"""Hand-made CSL-JSON records for the export tests, modelled on the seed article's notes and
reference list (korkmaz2018): what ``Record.to_csl()`` gives for each kind of work."""

from __future__ import annotations

from typing import Any

RAW_FOND = "RGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, Fon 159, Sayı 2, Dosya 57, varak 003"

TURKISH_BOOK_WITH_TRANSLATOR: dict[str, Any] = {
    "id": "aralov1997bir",
    "type": "book",
    "title": "Bir Sovyet Diplomatının Türkiye Hatıraları",
    "author": [{"family": "Aralov", "given": "S. İ."}],
    "translator": [{"family": "Ediz", "given": "Hasan Ali"}],
    "volume": "1",
    "publisher": "Burak Yayınevi",
    "publisher-place": "İstanbul",
    "issued": {"date-parts": [[1997]]},
    "language": "tr",
    "custom": {
        "line": 203,
        "raw": "ARALOV S.İ., Bir Sovyet Diplomatının Türkiye Hatıraları, Çev. Hasan Ali Ediz, I. Cilt, İstanbul, 1997.",
        "source": "list",
    },
}

TURKISH_BOOK_WITH_EDITION: dict[str, Any] = {
    "id": "karabekir2008istiklal",
    "type": "book",
    "title": "İstiklal Harbimiz",
    "author": [{"family": "Karabekir", "given": "Kazım"}],
    "volume": "1",
    "edition": "2",
    "publisher": "Yapı Kredi Yayınları",
    "publisher-place": "İstanbul",
    "issued": {"date-parts": [[2008]]},
    "language": "tr",
}

TURKISH_ARTICLE: dict[str, Any] = {
    "id": "kurat1967brest",
    "type": "article-journal",
    "title": "Brest-Litovsk Müzakereleri ve Barışı",
    "author": [{"family": "Kurat", "given": "Akdes Nimet"}],
    "container-title": "Belleten",
    "volume": "31",
    "issue": "121-124",
    "page": "375-413",
    "publisher-place": "Ankara",
    "issued": {"date-parts": [[1967]]},
    "language": "tr",
}

RUSSIAN_ARTICLE: dict[str, Any] = {
    "id": "volkova2015viacheslav",
    "type": "article-journal",
    "title": "Вячеслав Михайлович Молотов",
    "author": [{"family": "Волкова", "given": "В. Н."}],
    "container-title": "Научно-технические ведомости СПбГПУ",
    "issue": "2",
    "page": "213-217",
    "issued": {"date-parts": [[2015]]},
    "language": "ru",
}

TRANSLITERATED_RUSSIAN_BOOK: dict[str, Any] = {
    "id": "perfilov2012jizn",
    "type": "book",
    "title": "Jizn Vladimira İliça Lenina: Voprosı i otvetı",
    "author": [{"family": "Perfilov", "given": "V. A."}],
    "publisher-place": "Ulyanovsk",
    "issued": {"date-parts": [[2012]]},
    "language": "ru",
}

THESIS: dict[str, Any] = {
    "id": "kilic1995turk",
    "type": "thesis",
    "title": "Türk-Sovyet İlişkilerinin Doğuşu ve Gelişmesi (1917-1923)",
    "author": [{"family": "Kılıç", "given": "Selami"}],
    "genre": "Basılmamış Doktora Tezi",
    "publisher": "Atatürk Üniversitesi Sosyal Bilimler Enstitüsü",
    "publisher-place": "Erzurum",
    "number-of-pages": "312",
    "issued": {"date-parts": [[1995]]},
    "language": "tr",
}

PROCEEDINGS_PAPER: dict[str, Any] = {
    "id": "yuceer2011ataturk",
    "type": "paper-conference",
    "title": "Atatürk Dönemi Türk-Rus İlişkilerinin Siyasi Boyutu",
    "author": [{"family": "Yüceer", "given": "Saime"}],
    "container-title": "Atatürk'ten Soğuk Savaş Dönemine Türk-Rus İlişkileri I. Çalıştay Bildirileri",
    "publisher": "Atatürk Araştırma Merkezi",
    "publisher-place": "Ankara",
    "page": "61-106",
    "issued": {"date-parts": [[2011]]},
    "language": "tr",
}

ENCYCLOPEDIA_ENTRY: dict[str, Any] = {
    "id": "saray1992brest",
    "type": "entry-encyclopedia",
    "title": "Brest-Litovsk Antlaşması",
    "author": [{"family": "Saray", "given": "Mehmet"}],
    "container-title": "TDV İslâm Ansiklopedisi",
    "volume": "6",
    "publisher": "Türkiye Diyanet Vakfı",
    "publisher-place": "İstanbul",
    "page": "329-331",
    "issued": {"date-parts": [[1992]]},
    "language": "tr",
}

ENCYCLOPEDIA_VOLUME: dict[str, Any] = {
    "id": "zhukov1962sovetskaia",
    "type": "book",
    "title": "Советская историческая энциклопедия",
    "editor": [{"family": "Жуков", "given": "Е. М."}],
    "volume": "2",
    "publisher": "Советская энциклопедия",
    "publisher-place": "Moskva",
    "number-of-pages": "1032",
    "issued": {"date-parts": [[1962]]},
    "language": "ru",
}

ARCHIVAL_LETTER_UNTITLED: dict[str, Any] = {
    "id": "rgaspi-159-2-57-3",
    "type": "manuscript",
    "author": [{"family": "Chicherin", "given": "G. V."}],
    "genre": "letter",
    "issued": {"date-parts": [[1920, 9, 27]]},
    "archive": "RGASPI",
    "archive_location": "f. 159, op. 2, d. 57, l. 3",
    "archive-place": "Moscow",
    "language": "ru",
    "custom": {"raw": RAW_FOND, "source": "note", "line": 118},
}

ARCHIVAL_LETTER_TITLED: dict[str, Any] = {
    "id": "rgaspi-159-2-57-95",
    "type": "manuscript",
    "title": "Письмо В. М. Молотову",
    "author": [{"family": "Чичерин", "given": "Г. В."}],
    "genre": "letter",
    "issued": {"date-parts": [[1922, 11, 22]]},
    "archive": "RGASPI",
    "archive_location": "f. 159, op. 2, d. 57, l. 95",
    "archive-place": "Moscow",
    "language": "ru",
}

ARCHIVAL_DOCUMENT_ANONYMOUS: dict[str, Any] = {
    "id": "rgaspi-159-2-57-1",
    "type": "manuscript",
    "issued": {"date-parts": [[1920]]},
    "archive": "RGASPI",
    "archive_location": "f. 159, op. 2, d. 57, l. 1",
    "archive-place": "Moscow",
    "custom": {
        "qualifier": "(1)",
        "raw": "RGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, 159-2-57-001 (1).",
    },
}

ARCHIVAL_LETTER_FAMILY_ONLY: dict[str, Any] = {
    "id": "rgaspi-159-2-56-46",
    "type": "manuscript",
    "author": [{"family": "Yerofeyev"}],
    "genre": "letter",
    "issued": {"date-parts": [[1920, 12]]},
    "archive": "RGASPI",
    "archive_location": "f. 159, op. 2, d. 56, l. 46",
    "archive-place": "Moscow",
    "language": "ru",
}

TYPOGRAPHY_BOOK: dict[str, Any] = {
    "id": "muller2019smart",
    "type": "book",
    "title": "“Smart” quotes – dashes — and «guillemets» … № 5 in São Paulo, Kraków & Łódź",
    "author": [
        {"family": "Müller-Lüdenscheidt", "given": "Hans-Jürgen"},
        {"family": "Ağaoğlu", "given": "Ayşe"},
    ],
    "publisher": "Éditions du Seuil",
    "publisher-place": "Paris",
    "issued": {"date-parts": [[2019, 5, 1]]},
    "language": "en",
}

HOSTILE_TITLE = (
    "Braces {unbalanced and }} {{ \\input{/etc/passwd} \\write18{rm -rf /} 100% #1 & $x$ ^2 ~ a_b "
    '@misc{evil, title={pwned}} "quoted" <tag> |bar|\nER  - \r\nTY  - JOUR\u2028\x00\x07 end'
)

HOSTILE_RECORD: dict[str, Any] = {
    "id": "evil id, with {braces}",
    "type": "book",
    "title": HOSTILE_TITLE,
    "author": [{"family": "O'Brien {\\evil}", "given": "Ann\nMarie"}, {"literal": "Smith and Sons, Ltd."}],
    "publisher": "A & B % C \\relax",
    "publisher-place": "Here\n@book{x,",
    "issued": {"date-parts": [[2020, 2, 29]]},
    "URL": "https://example.org/a b{c}\\d?q=1%20&x=#frag",
    "language": "en",
}

ARCHIVAL = [
    ARCHIVAL_LETTER_UNTITLED,
    ARCHIVAL_LETTER_TITLED,
    ARCHIVAL_DOCUMENT_ANONYMOUS,
    ARCHIVAL_LETTER_FAMILY_ONLY,
]

RECORDS: list[dict[str, Any]] = [
    TURKISH_BOOK_WITH_TRANSLATOR,
    TURKISH_BOOK_WITH_EDITION,
    TURKISH_ARTICLE,
    RUSSIAN_ARTICLE,
    TRANSLITERATED_RUSSIAN_BOOK,
    THESIS,
    PROCEEDINGS_PAPER,
    ENCYCLOPEDIA_ENTRY,
    ENCYCLOPEDIA_VOLUME,
    TYPOGRAPHY_BOOK,
    *ARCHIVAL,
    HOSTILE_RECORD,
]

# The canonical locators as the printed bibliography must show them.
LOCATORS = [f"{r['archive']}, {r['archive_location']}" for r in ARCHIVAL]
