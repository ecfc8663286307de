"""Entries of every convention → CSL records (fields that could break, one case per shape)."""

from __future__ import annotations

import pytest

from bibkit.parse.entries import chunk, parse_entry


def csl(text, source="list"):
    item = parse_entry(text, source=source).to_csl()
    item.pop("custom")
    item.pop("id")
    return item


def names(item, role="author"):
    return [(n.get("family"), n.get("given")) for n in item.get(role, [])]


CASES = [
    # Turkish traditional lists: surname in capitals, comma-separated fields.
    (
        "ORTAYLI İlber, İmparatorluğun En Uzun Yüzyılı, 3. Baskı, İletişim Yayınları, İstanbul 1995.",
        {
            "type": "book",
            "title": "İmparatorluğun En Uzun Yüzyılı",
            "edition": "3",
            "publisher": "İletişim Yayınları",
            "publisher-place": "İstanbul",
            "issued": {"date-parts": [[1995]]},
            "language": "tr",
        },
        [("Ortaylı", "İlber")],
    ),
    (
        "SARINAY Yusuf, “Pan-Türkist Faaliyetler”, Türk Kültürü, XXVI/302, Ankara, 1988, s. 345-360.",
        {
            "type": "article-journal",
            "title": "Pan-Türkist Faaliyetler",
            "container-title": "Türk Kültürü",
            "volume": "26",
            "issue": "302",
            "page": "345-360",
            "publisher-place": "Ankara",
            "language": "tr",
        },
        [("Sarınay", "Yusuf")],
    ),
    (
        "TOGAN Zeki Velidi, Bugünkü Türkili ve Yakın Tarihi, II. Cilt, Enderun Kitabevi, İstanbul 1981.",
        {"type": "book", "volume": "2", "publisher": "Enderun Kitabevi", "publisher-place": "İstanbul"},
        [("Togan", "Zeki Velidi")],
    ),
    (
        "KAFALI Mehmet, Altın Orda Hanlığının Kuruluş ve Yükseliş Devirleri, IV. Cilt II. Kısım, İstanbul 1976.",
        {
            "type": "book",
            "volume": "4",
            "part": "2",
            "publisher-place": "İstanbul",
            "issued": {"date-parts": [[1976]]},
        },
        [("Kafalı", "Mehmet")],
    ),
    (
        "PİPES Richard, Rus Devrimi, Çev. Ahmet Kemal, Doğan Kitap, İstanbul 2004.",
        {
            "type": "book",
            "title": "Rus Devrimi",
            "translator": [{"family": "Kemal", "given": "Ahmet"}],
            "publisher": "Doğan Kitap",
            "publisher-place": "İstanbul",
        },
        [("Pipes", "Richard")],
    ),
    (
        "ŞAHİN Ömer, Kafkas Cephesinde Lojistik (1914-1918), Yayımlanmamış Yüksek Lisans Tezi, Gazi Üniversitesi Sosyal Bilimler Enstitüsü, Ankara, 2005.",
        {
            "type": "thesis",
            "title": "Kafkas Cephesinde Lojistik (1914-1918)",
            "genre": "Yayımlanmamış Yüksek Lisans Tezi",
            "publisher": "Gazi Üniversitesi Sosyal Bilimler Enstitüsü",
            "publisher-place": "Ankara",
            "issued": {"date-parts": [[2005]]},
        },
        [("Şahin", "Ömer")],
    ),
    (
        "ERKAN Süleyman, Kırım ve Kafkasya Göçleri, Uluslararası Kafkasya Sempozyumu Bildirileri, Türk Tarih Kurumu, Ankara 1996, s. 12-30.",
        {
            "type": "paper-conference",
            "container-title": "Uluslararası Kafkasya Sempozyumu Bildirileri",
            "publisher": "Türk Tarih Kurumu",
            "page": "12-30",
        },
        [("Erkan", "Süleyman")],
    ),
    (
        "Sovetskaya İstoriçeskaya Ensiklopediya, Tom 7, Moskva 1965.",
        {
            "type": "book",
            "title": "Sovetskaya İstoriçeskaya Ensiklopediya",
            "volume": "7",
            "publisher-place": "Moskva",
            "language": "ru",
        },
        [],
    ),
    # İSNAD bibliography
    (
        "İnalcık, Halil. Osmanlı İmparatorluğu Klasik Çağ (1300-1600). çev. Ruşen Sezer. İstanbul: Yapı Kredi Yayınları, 2003.",
        {
            "type": "book",
            "title": "Osmanlı İmparatorluğu Klasik Çağ (1300-1600)",
            "translator": [{"family": "Sezer", "given": "Ruşen"}],
            "publisher-place": "İstanbul",
            "publisher": "Yapı Kredi Yayınları",
            "issued": {"date-parts": [[2003]]},
        },
        [("İnalcık", "Halil")],
    ),
    (
        'Kurtaran, Uğur. "Osmanlı Devleti\'nde Kafkas Göçleri". Akademik Bakış 9/17 (2015), 45-67.',
        {
            "type": "article-journal",
            "title": "Osmanlı Devleti'nde Kafkas Göçleri",
            "container-title": "Akademik Bakış",
            "volume": "9",
            "issue": "17",
            "page": "45-67",
            "issued": {"date-parts": [[2015]]},
        },
        [("Kurtaran", "Uğur")],
    ),
    # APA Turkish
    (
        "Yılmaz, A., & Demir, B. (2012). Kafkasya'da göç ve iskân. Tarih İncelemeleri Dergisi, 27(2), 401-425. https://doi.org/10.18513/egetid.1234",
        {
            "type": "article-journal",
            "title": "Kafkasya'da göç ve iskân",
            "container-title": "Tarih İncelemeleri Dergisi",
            "volume": "27",
            "issue": "2",
            "page": "401-425",
            "DOI": "10.18513/egetid.1234",
            "issued": {"date-parts": [[2012]]},
        },
        [("Yılmaz", "A."), ("Demir", "B.")],
    ),
    (
        "Akçura, Y. (1976). Üç tarz-ı siyaset. Ankara: Türk Tarih Kurumu.",
        {
            "type": "book",
            "title": "Üç tarz-ı siyaset",
            "publisher-place": "Ankara",
            "publisher": "Türk Tarih Kurumu",
            "issued": {"date-parts": [[1976]]},
        },
        [("Akçura", "Y.")],
    ),
    # Chicago bibliography
    (
        "Reynolds, Michael A. *Shattering Empires: The Clash and Collapse of the Ottoman and Russian Empires, 1908-1918*. Cambridge: Cambridge University Press, 2011.",
        {
            "type": "book",
            "title": "Shattering Empires: The Clash and Collapse of the Ottoman and Russian Empires, 1908-1918",
            "publisher-place": "Cambridge",
            "publisher": "Cambridge University Press",
            "issued": {"date-parts": [[2011]]},
            "language": "en",
        },
        [("Reynolds", "Michael A.")],
    ),
    (
        'Suny, Ronald Grigor. "Incomplete Revolution: National Movements and the Collapse of the Soviet Empire." *New Left Review* 189 (1991): 111–25.',
        {
            "type": "article-journal",
            "container-title": "New Left Review",
            "volume": "189",
            "page": "111-25",
            "issued": {"date-parts": [[1991]]},
        },
        [("Suny", "Ronald Grigor")],
    ),
    (
        'Holquist, Peter. "To Count, to Extract, and to Exterminate." In *A State of Nations*, edited by Ronald Grigor Suny and Terry Martin, 111–44. Oxford: Oxford University Press, 2001.',
        {
            "type": "chapter",
            "container-title": "A State of Nations",
            "page": "111-44",
            "publisher-place": "Oxford",
            "publisher": "Oxford University Press",
            "editor": [{"family": "Suny", "given": "Ronald Grigor"}, {"family": "Martin", "given": "Terry"}],
        },
        [("Holquist", "Peter")],
    ),
    # GOST
    (
        "Мельтюхов М. И. Упущенный шанс Сталина. Советский Союз и борьба за Европу: 1939–1941. М.: Вече, 2000. 608 с.",
        {
            "type": "book",
            "publisher-place": "Moskva",
            "publisher": "Вече",
            "issued": {"date-parts": [[2000]]},
            "number-of-pages": "608",
            "language": "ru",
        },
        [("Мельтюхов", "М. И.")],
    ),
    (
        "Шейнис В. Л. Взлёт и падение парламента // Вопросы истории. 2005. № 7. С. 3–21.",
        {
            "type": "article-journal",
            "title": "Взлёт и падение парламента",
            "container-title": "Вопросы истории",
            "issue": "7",
            "page": "3-21",
            "issued": {"date-parts": [[2005]]},
            "language": "ru",
        },
        [("Шейнис", "В. Л.")],
    ),
    (
        "История Кавказа / под ред. А. Б. Смирнова. Т. 2. СПб.: Алетейя, 2003. 512 с.",
        {
            "type": "book",
            "title": "История Кавказа",
            "volume": "2",
            "publisher-place": "Sankt-Peterburg",
            "publisher": "Алетейя",
            "editor": [{"family": "Смирнов", "given": "А. Б."}],
        },
        [],
    ),
    # LC romanised Russian, English-language scholarship
    (
        "Gor´kii, M. *Sobranie sochinenii v tridtsati tomakh*. Vol. 5. Moscow: Goslitizdat, 1950.",
        {
            "type": "book",
            "title": "Sobranie sochinenii v tridtsati tomakh",
            "volume": "5",
            "publisher-place": "Moscow",
            "publisher": "Goslitizdat",
            "language": "ru",
        },
        [("Gor´kii", "M.")],
    ),
    # Web page and accessed date
    (
        "Türk Tarih Kurumu, “Kafkasya Arşiv Rehberi”, https://www.ttk.gov.tr/kafkasya, Erişim tarihi: 12.05.2021.",
        {"URL": "https://www.ttk.gov.tr/kafkasya", "accessed": {"date-parts": [[2021, 5, 12]]}},
        None,
    ),
]


@pytest.mark.parametrize("text, expected, authors", CASES, ids=[c[0][:40] for c in CASES])
def test_entry(text, expected, authors):
    item = csl(text)
    for key, value in expected.items():
        assert item.get(key) == value, f"{key}: {item.get(key)!r} != {value!r}\n{item}"
    if authors is not None:
        assert names(item) == authors


def test_month_and_year():
    item = csl("YÜCEL Ayşe, Kafkas Göçleri, Tarih Dergisi, Sayı 61, Mart 2015, s. 7-19.")
    assert item["issued"] == {"date-parts": [[2015, 3]]}


def test_year_in_a_title_is_not_the_date():
    item = csl("AKSAN Virginia, Osmanlı Harpleri 1700-1870, İstanbul 2010.")
    assert item["issued"] == {"date-parts": [[2010]]}
    assert item["title"] == "Osmanlı Harpleri 1700-1870"


def test_italic_run_that_swallows_the_publisher():
    item = csl(
        "Cemal Kutay, *Sovyetler ve Türkiye, Tarih Kütüphanesi Yayınları*, 1961, s. 44.", source="note"
    )
    assert item["title"] == "Sovyetler ve Türkiye"
    assert item["publisher"] == "Tarih Kütüphanesi Yayınları"


def test_quoted_title_keeps_its_commas():
    item = csl('KAYA Ali, "Kafkasya, Kırım ve Balkanlar", Türk Yurdu, Sayı 3, Ankara 1990.')
    assert item["title"] == "Kafkasya, Kırım ve Balkanlar"


def test_pdf_link_label_is_removed():
    item = csl(
        'Reynolds, Michael A. "Buffers, Not Brethren." Past & Present 203 (2009): 137–79.Google Scholar'
    )
    assert item["page"] == "137-79"


def test_chunks_respect_abbreviations_and_ordinals():
    parts = [c.text for c in chunk("20. Yüzyıl Tarihi. Cilt I. Ankara: Türk Tarih Kurumu Yay., 1999. 350 s.")]
    assert [p.rstrip(".") for p in parts] == [
        "20. Yüzyıl Tarihi",
        "Cilt I",
        "Ankara: Türk Tarih Kurumu Yay",
        "1999",
        "350 s",
    ]


def test_no_place_no_date_markers_are_not_fields():
    item = csl("KAYA Ali, Kafkas Notları, y.y., t.y.")
    assert "publisher" not in item and "issued" not in item
