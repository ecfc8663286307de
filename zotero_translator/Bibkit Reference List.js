{
	"translatorID": "1851a652-bde4-4bf6-b605-4338166152b7",
	"label": "Bibkit Reference List",
	"creator": "bibkit",
	"target": "txt",
	"minVersion": "7.0",
	"maxVersion": "",
	"priority": 250,
	"inRepository": true,
	"translatorType": 1,
	"lastUpdated": "2026-11-26 15:56:06"
}

/*
	***** BEGIN LICENSE BLOCK *****

	Copyright © 2026 bibkit contributors

	This file is part of Zotero.

	Zotero is free software: you can redistribute it and/or modify
	it under the terms of the GNU Affero General Public License as published by
	the Free Software Foundation, either version 3 of the License, or
	(at your option) any later version.

	Zotero is distributed in the hope that it will be useful,
	but WITHOUT ANY WARRANTY; without even the implied warranty of
	MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
	GNU Affero General Public License for more details.

	You should have received a copy of the GNU Affero General Public License
	along with Zotero.  If not, see <http://www.gnu.org/licenses/>.

	***** END LICENSE BLOCK *****
*/

/*
	Imports a pasted reference list (or list of notes) in the Turkish, Russian (Cyrillic and
	romanised) and English conventions, with archival locators (RGASPI f. 159, op. 2, d. 57, l. 3;
	BOA, BCA, ATASE, TNA …), as Zotero items.

	This is a port of the Python library bibkit (bibkit/segment.py and bibkit/parse/*.py): each
	entry becomes the CSL-JSON item bibkit.parse.entries.parse_entry builds, then a Zotero item.
	The shared vectors in bibkit's tests/vectors/ are run against both, so the two must agree;
	each section below names the Python module and function it mirrors, so that a change there
	can be carried over here. The tables between the GENERATED markers are written by
	zotero_translator/build.py from bibkit/data/*.json; edit those files, not the tables.
*/

/* BEGIN GENERATED TABLES */

// Written by zotero_translator/build.py from bibkit/data/*.json: edit those files, then run it.
// The tables keep bibkit's snake_case keys, so that the code reads them as the Python does.
/* eslint-disable camelcase */
var TABLES = {
	abbreviations: { _doc: "Markers of the citation conventions (İSNAD, Turkish traditional, Chicago, APA, GOST, German, French). Each list is matched as a whole word, case-sensitively unless the key ends in _ci. Order does not matter: the parser sorts longest first.", volume_before: ["Cilt", "cilt", "CİLT", "Cild", "C.", "c.", "Vol.", "vol.", "Vols.", "vols.", "Volume", "volume", "Bd.", "Band", "Т.", "т.", "Tom", "Том", "tom", "T.", "Tome", "tome", "Vol", "Cilt:"], volume_after: ["Cilt", "cilt", "Cild", "C.", "Vol.", "Том", "Tom", "т.", "Т."], issue: ["Sayı", "sayı", "SAYI", "Sayi", "S.", "sy.", "Sy.", "No.", "no.", "Nr.", "nr.", "Heft", "H.", "№", "N°", "Iss.", "iss.", "Issue", "issue", "Вып.", "вып.", "Vyp.", "vyp.", "Number", "Num.", "Sayı:", "No:", "Nu.", "No"], page: ["pp.", "p.", "Pp.", "P.", "ss.", "s.", "sf.", "sh.", "С.", "с.", "Сс.", "S.", "S", "pages", "page", "Sayfa", "sayfa", "Стр.", "стр.", "str.", "Str.", "vr.", "vrk.", "varak", "Varak", "f.", "ff.", "fol.", "fols.", "col.", "cols.", "Lk.", "Л.", "л.", "Лл.", "лл.", "l.", "ll."], page_count: ["s.", "p.", "pp.", "с.", "С.", "S."], folio_labels: ["vr.", "vrk.", "varak", "Varak", "f.", "ff.", "fol.", "fols.", "Л.", "л.", "Лл.", "лл.", "l.", "ll."], edition_after: ["Baskı", "baskı", "Bs.", "bs.", "Basım", "basım", "Basılış", "ed.", "edn.", "Ed.", "edition", "Edition", "Auflage", "Aufl.", "éd.", "édition", "изд.", "Изд.", "izd.", "Izd."], edition_before: ["Изд.", "изд.", "Izd.", "izd.", "Baskı", "Baskı:"], part_after: ["Kısım", "kısım", "Kitap", "Bölüm", "Part", "part", "Teil", "Ч.", "ч.", "Chast'"], part_before: ["Kısım", "Part", "Pt.", "Teil", "Ч.", "ч.", "Chast'", "Chast", "Cz.", "K."], translator: ["Çev.", "çev.", "Çeviren", "çeviren", "Çevirenler", "Trc.", "trc.", "Tercüme", "tercüme", "Terc.", "Mütercim", "trans.", "Trans.", "translated by", "Translated by", "transl.", "Transl.", "tr.", "пер.", "Пер.", "перевод", "Перевод", "Per.", "per.", "Übers.", "übers.", "übersetzt von", "trad.", "Trad.", "traduit par", "Türkçesi", "Türkçeye çeviren", "Tercüme eden", "Tercüme Eden", "Türkçeleştiren"], editor: ["Haz.", "haz.", "Hazırlayan", "hazırlayan", "Hazırlayanlar", "Yay. Haz.", "yay. haz.", "Yayına Hazırlayan", "Ed.", "ed.", "Eds.", "eds.", "Edited by", "edited by", "Editör", "editör", "Editörler", "Der.", "der.", "Derleyen", "derleyen", "Под ред.", "под ред.", "Pod red.", "pod red.", "Отв. ред.", "отв. ред.", "Ред.", "ред.", "Hrsg.", "hrsg.", "Hg.", "hg.", "hrsg. von", "herausgegeben von", "éd.", "dir.", "Dir.", "sous la direction de", "Sostavitel'", "Сост.", "сост.", "Red.", "red.", "Sost.", "sost.", "Otv. red."], editor_after: ["(ed.)", "(eds.)", "(Ed.)", "(Eds.)", "(haz.)", "(Haz.)", "(der.)", "(Der.)", "(ed)", "(eds)", "(Hrsg.)", "(Hg.)", "(éd.)", "(éds.)", "(dir.)", "(ред.)", "(сост.)", "ed.", "eds."], thesis: ["Basılmamış Doktora Tezi", "Yayımlanmamış Doktora Tezi", "Yayınlanmamış Doktora Tezi", "Doktora Tezi", "Basılmamış Yüksek Lisans Tezi", "Yayımlanmamış Yüksek Lisans Tezi", "Yayınlanmamış Yüksek Lisans Tezi", "Yüksek Lisans Tezi", "Sanatta Yeterlik Tezi", "Uzmanlık Tezi", "Doçentlik Tezi", "Bitirme Tezi", "Lisans Tezi", "PhD diss.", "PhD dissertation", "Ph.D. diss.", "Ph.D. dissertation", "PhD thesis", "Ph.D. thesis", "PhD Thesis", "Doctoral dissertation", "Doctoral thesis", "MA thesis", "M.A. thesis", "MA Thesis", "Master's thesis", "Master’s thesis", "MPhil thesis", "unpublished PhD thesis", "Unpublished PhD thesis", "Unpublished PhD dissertation", "unpublished doctoral dissertation", "Unpublished MA thesis", "Diss.", "Dissertation", "дис. … канд. ист. наук", "дис. … д-ра ист. наук", "дис. … канд.", "дис. … д-ра", "дис.", "дисс.", "Дис.", "автореф. дис.", "Автореф. дис.", "dis. … kand. ist. nauk", "dis.", "diss.", "автореф. дис. … канд. ист. наук", "автореф. дис. … д-ра ист. наук", "дис. … канд. филол. наук", "дис. … канд. полит. наук", "дис. … д-ра филол. наук", "kandidatskaia diss.", "Kandidat diss.", "kand. diss.", "doktorskaia diss.", "Doctoral diss.", "PhD diss", "Ph.D. diss", "Yayımlanmamış doktora tezi", "Basılmamış doktora tezi", "Yüksek lisans tezi", "Doktora tezi", "MA diss.", "M.A. diss.", "Dissertatsiya", "Kandidatskaya Dissertatsiya", "Kandidatskaia dissertatsiia", "Avtoreferat Dissertatsii"], thesis_unpublished: ["Basılmamış", "Yayımlanmamış", "Yayınlanmamış", "unpublished", "Unpublished"], proceedings: ["Bildirileri", "Bildiriler", "Bildiri Kitabı", "Kongresi", "Kongre", "Sempozyumu", "Sempozyum", "Çalıştayı", "Paneli", "Proceedings", "Conference", "Symposium", "Congress", "Colloquium", "Workshop", "Материалы", "конференции", "Конференции", "симпозиума", "Materialy", "konferentsii", "Tagungsband", "Actes du", "конф.", "Kongresi Bildirileri", "International Conference"], encyclopedia: ["Ansiklopedisi", "Ansiklopedi", "Ansiklopedya", "Encyclopedia", "Encyclopaedia", "Encyclopædia", "Энциклопедия", "энциклопедия", "Ensiklopediya", "Entsiklopediya", "Entsiklopediia", "Entsiklopedija", "Enciklopedija", "Enzyklopädie", "Lexikon", "Dictionary", "Sözlüğü", "Словарь", "словарь", "Slovar'", "Slovar", "İslâm Ansiklopedisi", "İslam Ansiklopedisi"], journal: ["Dergisi", "Dergi", "DERGİSİ", "Mecmuası", "Mecmua", "Mecmuası", "Bülteni", "Belleteni", "Araştırmaları", "Yıllığı", "Yıllık", "Journal", "Review", "Quarterly", "Studies", "Bulletin", "Annals", "Annales", "Zeitschrift", "Revue", "Cahiers", "Jahrbuch", "Kritika", "Вестник", "вестник", "Вопросы", "Журнал", "журнал", "Известия", "Ведомости", "Записки", "Труды", "Obozrenie", "Обозрение", "Vestnik", "Voprosy", "Zhurnal", "Jurnal", "Izvestiia", "Izvestiya", "İzvestiya", "Vedomosti", "Zapiski", "Trudy", "Letopis'", "Летопись", "Istoriia", "Istoriya", "İstoriya", "Tarih", "Tarihi", "Araştırmalar", "Belleten", "Acta", "Studia", "Revista", "Rivista", "Quaderni", "Historical", "History", "Magazine", "Gazette", "Gazetesi", "Газета", "Gazeta", "Newsletter", "Series", "Серия", "Seriya", "Dosyası", "İncelemeleri", "Tetkikleri"], publisher: ["Yayınları", "Yayınlar", "Yayın", "Yayınevi", "Yayıncılık", "Yayincilik", "Kitabevi", "Kitapevi", "Kitapları", "Matbaası", "Matbaa", "Matbaa-i", "Matbaa-yı", "Basımevi", "Ofset", "Neşriyat", "Neşriyatı", "Press", "Publishers", "Publisher", "Publishing", "Publications", "Books", "Verlag", "Verlagsgesellschaft", "Éditions", "Editions", "Presses", "Издательство", "издательство", "Изд-во", "изд-во", "Издательский", "Izdatel'stvo", "Izd-vo", "Izdatelstvo", "Nauka", "Наука", "Mysl'", "Мысль", "Politizdat", "Политиздат", "Progress", "Прогресс", "Gospolitizdat", "Госполитиздат", "Goslitizdat", "Гослитиздат", "Gosizdat", "Госиздат", "ROSSPEN", "РОССПЭН", "Весь мир", "Olma-Press", "Eksmo", "Эксмо", "Vече", "Вече", "Inc.", "Ltd.", "GmbH", "& Co.", "& Sons", "Co.", "Yay.", "Yay"], institution: ["Üniversitesi", "Universitesi", "Üniversite", "Enstitüsü", "Merkezi", "Vakfı", "Kurumu", "Kurum", "Derneği", "Bakanlığı", "Başkanlığı", "Müdürlüğü", "Akademisi", "Fakültesi", "Bölümü", "Anabilim Dalı", "Ana Bilim Dalı", "Bilim Dalı", "Kurultayı", "Institute", "Institut", "University", "Universität", "Université", "College", "Center", "Centre", "Foundation", "Society", "Academy", "Association", "Ministry", "Department", "Council", "Commission", "Committee", "Университет", "университет", "Институт", "институт", "Академия", "академия", "Академии", "Центр", "Universitet", "Institut", "Akademiia", "Akademii", "Tsentr", "Arşivi", "Archive", "Archives", "Архив", "Library", "Kütüphanesi", "Kütüphane", "Müzesi", "Museum", "Biblioteka", "Библиотека", "Bibliothek", "Bibliothèque", "Muzeyi", "Музей"], see: ["Bk.", "bk.", "Bkz.", "bkz.", "Bkn.", "Bakınız", "bakınız", "Bakınız:", "Krş.", "krş.", "Karş.", "karş.", "Ayrıca bk.", "ayrıca bk.", "Ayrıca bkz.", "Ayrıntılı bilgi için bk.", "Ayrıntılı bilgi için", "Daha fazla bilgi için", "Geniş bilgi için", "Detaylı bilgi için", "See also", "see also", "See", "see", "Cf.", "cf.", "Compare", "For more information", "For further information", "For details", "For more details", "For more on this", "For a discussion", "См. также", "см. также", "См.", "см.", "Ср.", "ср.", "Подробнее см.", "Подробнее об этом см.", "Vgl.", "vgl.", "Siehe", "siehe", "Voir", "voir"], ibid: ["a.e.", "a. e.", "ae.", "A.e.", "A.E.", "aynı eser", "Aynı eser", "aynı yer", "Aynı yer", "a.y.", "A.y.", "ibid.", "Ibid.", "ibid", "Ibid", "ib.", "Ib.", "ibidem", "Ibidem", "Там же", "там же", "Tam zhe", "Tam je", "Tam že", "Ebenda", "ebenda", "Ebd.", "ebd.", "Ibd."], op_cit: ["a.g.e.", "a.g.e", "a. g. e.", "A.g.e.", "age.", "age", "a.g.m.", "a.g.m", "a. g. m.", "A.g.m.", "agm.", "agm", "a.g.y.", "a.g.t.", "a.g.b.", "a.g.mak.", "op. cit.", "op.cit.", "Op. cit.", "Op.cit.", "op. cit", "loc. cit.", "Loc. cit.", "Указ. соч.", "указ. соч.", "Ук. соч.", "Цит. соч.", "Ukaz. soch.", "ukaz. soch.", "Ukaz. soč.", "a.a.O.", "a. a. O."], op_cit_article: ["a.g.m.", "a.g.m", "a. g. m.", "A.g.m.", "agm.", "agm", "a.g.mak."], idem: ["a.mlf.", "a. mlf.", "Aynı müellif", "aynı müellif", "Aynı yazar", "aynı yazar", "Id.", "id.", "Idem", "idem", "Eadem", "eadem", "Его же", "Ее же", "Её же", "Их же", "Ders.", "Dies."], in_container: ["In:", "in:", "In", "in", "içinde", "İçinde", "В кн.:", "В кн.", "В сб.:", "В:", "V kn.:", "Dans", "dans"], no_place: ["b.y.", "B.y.", "y.y.", "Y.y.", "yy.", "s.l.", "S.l.", "n.p.", "N.p.", "Б. м.", "Б.м.", "B. m."], no_publisher: ["y.y.", "yy.", "s.n.", "S.n.", "n.pub.", "Б. и.", "Б.и."], no_date: ["ts.", "t.y.", "T.y.", "n.d.", "N.d.", "b.t.", "s.a.", "Б. г.", "Б.г.", "tarihsiz"], electronic: ["[Electronic resource]", "[Электронный ресурс]", "[Elektronnyi resurs]", "[Elektronik kaynak]", "[online]", "[Online]"], accessed: ["Erişim tarihi:", "Erişim Tarihi:", "Erişim tarihi", "Erişim Tarihi", "Erişim:", "Erişim", "erişim", "Accessed", "accessed", "Retrieved", "retrieved", "Дата обращения:", "дата обращения:", "Дата обращения", "дата обращения", "Data obrashcheniia:", "Zugriff am", "consulté le", "Consulté le"], url_label: ["URL:", "Url:", "Web:", "Çevrimiçi:", "Online:", "Available at:", "Available from:", "Режим доступа:"], et_al: ["et al.", "vd.", "v.d.", "v.dğr.", "ve diğerleri", "ve dğr.", "и др.", "i dr.", "u.a.", "u. a.", "et coll."], year_suffix: ["г.", "гг.", "yılı", "y.", "g.", "gg."], cumulative_issue_languages: ["ru", "uk", "be", "kk", "az"], title_stopwords: ["the", "a", "an", "of", "on", "in", "and", "to", "for", "with", "at", "by", "from", "la", "le", "les", "l", "de", "des", "du", "un", "une", "der", "die", "das", "ein", "eine", "zur", "zum", "und", "bir", "ve", "ile", "o", "ob", "ot", "v", "vo", "s", "so", "k", "i", "na", "po", "za", "iz", "об", "о", "в", "во", "с", "со", "к", "и", "на", "по", "за", "из"], title_final_abbreviations: ["гг", "г", "вв", "в", "конф", "сб", "ст", "тыс", "etc", "vb", "vs", "al", "Jr", "ed", "eds", "ср", "Yay", "Yayın", "Yayl", "Ltd", "Inc", "Co"], reprint: ["repr.", "Repr.", "reprint", "Reprint", "reprinted", "Reprinted", "tıpkıbasım", "Tıpkıbasım", "tıpkı basım", "переизд.", "Переизд.", "репринт"] },
	archives: { _doc: "Archive registry and archive systems. 'archives': 'aliases' are every way an archive is named in notes (acronyms in Latin, Turkish-dotted, Cyrillic and Georgian forms, full names in Turkish, Russian, English, Georgian and transliteration, older names); 'system' names its entry in 'systems'; 'place' is CSL archive-place. 'systems': how each system's locators are written. 'shape' names the parser of the hierarchy in bibkit/parse/archives.py ('fond': fond/opis/delo/list and the like, read from the labels given here; the others have grammars of their own). For a 'fond' system, 'levels' lists the units from the largest down: 'level' (the key kept in the locator), 'labels' (regular expressions for every way the unit is labelled, in every script; matched in order after the previous unit, so one label may serve two units, as 'f.' does for a Georgian fond and folio), 'value' ('fond': R-prefixed numbers; 'number'; 'folios': ranges, lists and versos) and 'canonical' (the label bibkit writes; 'canonical_many' for several folios).", archives: [{ acronym: "RGASPI", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Archive of Socio-Political History", ru: "Российский государственный архив социально-политической истории", tr: "Rusya Devlet Sosyo-Politik Tarih Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii" }, aliases: ["RGASPI", "RGASPİ", "РГАСПИ", "RTsKhIDNI", "RTSKhIDNI", "RCKHIDNI", "РЦХИДНИ", "TsPA IML", "ЦПА ИМЛ", "Rusya Devlet Sosyo-Politik Tarih Arşivi", "Rusya Devlet Sosyal ve Siyasi Tarih Arşivi", "Russian State Archive of Socio-Political History", "Russian State Archive of Social and Political History", "Российский государственный архив социально-политической истории", "Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii", "Rossiyskiy Gosudarstvennıy Arhiv Sotsialno-Politiçeskoy İstorii"] }, { acronym: "GARF", system: "russian", place: "Moscow", language: "ru", names: { en: "State Archive of the Russian Federation", ru: "Государственный архив Российской Федерации", tr: "Rusya Federasyonu Devlet Arşivi", "ru-Latn": "Gosudarstvennyi arkhiv Rossiiskoi Federatsii" }, aliases: ["GARF", "GA RF", "ГАРФ", "ГА РФ", "TsGAOR", "TsGAOR SSSR", "ЦГАОР", "ЦГАОР СССР", "State Archive of the Russian Federation", "Государственный архив Российской Федерации", "Gosudarstvennyi arkhiv Rossiiskoi Federatsii", "Rusya Federasyonu Devlet Arşivi"] }, { acronym: "RGVA", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Military Archive", ru: "Российский государственный военный архив", tr: "Rusya Devlet Askeri Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi voennyi arkhiv" }, aliases: ["RGVA", "РГВА", "TsGASA", "ЦГАСА", "TsGAKA", "ЦГАКА", "TsAKA", "Russian State Military Archive", "Российский государственный военный архив", "Rossiiskii gosudarstvennyi voennyi arkhiv", "Rusya Devlet Askeri Arşivi"] }, { acronym: "AVP RF", system: "russian", place: "Moscow", language: "ru", names: { en: "Archive of Foreign Policy of the Russian Federation", ru: "Архив внешней политики Российской Федерации", tr: "Rusya Federasyonu Dış Politika Arşivi", "ru-Latn": "Arkhiv vneshnei politiki Rossiiskoi Federatsii" }, aliases: ["AVP RF", "AVPRF", "АВП РФ", "AVP SSSR", "АВП СССР", "Archive of Foreign Policy of the Russian Federation", "Архив внешней политики Российской Федерации", "Arkhiv vneshnei politiki Rossiiskoi Federatsii", "Rusya Federasyonu Dış Politika Arşivi"] }, { acronym: "AVPRI", system: "russian", place: "Moscow", language: "ru", names: { en: "Archive of Foreign Policy of the Russian Empire", ru: "Архив внешней политики Российской империи", tr: "Rus İmparatorluğu Dış Politika Arşivi", "ru-Latn": "Arkhiv vneshnei politiki Rossiiskoi imperii" }, aliases: ["AVPRI", "АВПРИ", "Archive of Foreign Policy of the Russian Empire", "Архив внешней политики Российской империи", "Arkhiv vneshnei politiki Rossiiskoi imperii"] }, { acronym: "RGAE", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Archive of the Economy", ru: "Российский государственный архив экономики", tr: "Rusya Devlet Ekonomi Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi arkhiv ekonomiki" }, aliases: ["RGAE", "РГАЭ", "TsGANKh", "TsGANKh SSSR", "ЦГАНХ", "Russian State Archive of the Economy", "Российский государственный архив экономики", "Rossiiskii gosudarstvennyi arkhiv ekonomiki", "Rusya Devlet Ekonomi Arşivi"] }, { acronym: "RGVIA", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Military-Historical Archive", ru: "Российский государственный военно-исторический архив", tr: "Rusya Devlet Askeri Tarih Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi voenno-istoricheskii arkhiv" }, aliases: ["RGVIA", "РГВИА", "TsGVIA", "ЦГВИА", "Russian State Military-Historical Archive", "Russian State Military Historical Archive", "Российский государственный военно-исторический архив", "Rossiiskii gosudarstvennyi voenno-istoricheskii arkhiv", "Rusya Devlet Askeri Tarih Arşivi"] }, { acronym: "RGIA", system: "russian", place: "St Petersburg", language: "ru", names: { en: "Russian State Historical Archive", ru: "Российский государственный исторический архив", tr: "Rusya Devlet Tarih Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi istoricheskii arkhiv" }, aliases: ["RGIA", "РГИА", "TsGIA SSSR", "TsGIAL", "ЦГИА СССР", "Russian State Historical Archive", "Российский государственный исторический архив", "Rossiiskii gosudarstvennyi istoricheskii arkhiv", "Rusya Devlet Tarih Arşivi"] }, { acronym: "RGANI", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Archive of Contemporary History", ru: "Российский государственный архив новейшей истории", tr: "Rusya Devlet Çağdaş Tarih Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi arkhiv noveishei istorii" }, aliases: ["RGANI", "РГАНИ", "TsKhSD", "ЦХСД", "Russian State Archive of Contemporary History", "Российский государственный архив новейшей истории", "Rossiiskii gosudarstvennyi arkhiv noveishei istorii", "Rusya Devlet Çağdaş Tarih Arşivi"] }, { acronym: "RGALI", system: "russian", place: "Moscow", language: "ru", names: { en: "Russian State Archive of Literature and Art", ru: "Российский государственный архив литературы и искусства", tr: "Rusya Devlet Edebiyat ve Sanat Arşivi", "ru-Latn": "Rossiiskii gosudarstvennyi arkhiv literatury i iskusstva" }, aliases: ["RGALI", "РГАЛИ", "TsGALI", "TsGALI SSSR", "ЦГАЛИ", "Russian State Archive of Literature and Art", "Российский государственный архив литературы и искусства", "Rossiiskii gosudarstvennyi arkhiv literatury i iskusstva"] }, { acronym: "OR RGB", system: "russian", place: "Moscow", language: "ru", names: { en: "Manuscript Department of the Russian State Library", ru: "Отдел рукописей Российской государственной библиотеки", tr: "Rusya Devlet Kütüphanesi El Yazmaları Bölümü", "ru-Latn": "Otdel rukopisei Rossiiskoi gosudarstvennoi biblioteki" }, aliases: ["OR RGB", "ОР РГБ", "НИОР РГБ", "NIOR RGB", "OR GBL", "ОР ГБЛ", "Отдел рукописей РГБ", "Otdel rukopisei RGB"] }, { acronym: "RO IRLI", system: "russian", place: "St Petersburg", language: "ru", names: { en: "Manuscript Department of the Institute of Russian Literature (Pushkin House)", ru: "Рукописный отдел Института русской литературы (Пушкинский Дом)", "ru-Latn": "Rukopisnyi otdel Instituta russkoi literatury" }, aliases: ["RO IRLI", "РО ИРЛИ", "IRLI", "ИРЛИ", "Pushkinskii Dom", "Пушкинский Дом"] }, { acronym: "TsA FSB", system: "russian", place: "Moscow", language: "ru", names: { en: "Central Archive of the FSB of Russia", ru: "Центральный архив ФСБ России", tr: "Rusya FSB Merkez Arşivi", "ru-Latn": "Tsentral'nyi arkhiv FSB Rossii" }, aliases: ["TsA FSB", "ЦА ФСБ", "ЦА ФСБ России", "TsA FSB RF", "Central Archive of the FSB", "Центральный архив ФСБ России", "Tsentral'nyi arkhiv FSB Rossii"] }, { acronym: "BOA", system: "ottoman", place: "İstanbul", language: "ota", names: { en: "Ottoman Archives of the Presidency of the Republic of Türkiye", tr: "Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı Osmanlı Arşivi" }, aliases: ["BOA", "COA", "BOA.", "Başbakanlık Osmanlı Arşivi", "Osmanlı Arşivi", "Cumhurbaşkanlığı Osmanlı Arşivi", "Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı Osmanlı Arşivi", "Devlet Arşivleri Başkanlığı Osmanlı Arşivi", "Ottoman Archives", "Prime Ministry Ottoman Archives"] }, { acronym: "BCA", system: "republican", place: "Ankara", language: "tr", names: { en: "Republican Archives of the Presidency of the Republic of Türkiye", tr: "Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı Cumhuriyet Arşivi" }, aliases: ["BCA", "CCA", "Başbakanlık Cumhuriyet Arşivi", "Cumhuriyet Arşivi", "Cumhurbaşkanlığı Cumhuriyet Arşivi", "Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı Cumhuriyet Arşivi", "Devlet Arşivleri Başkanlığı Cumhuriyet Arşivi", "Republican Archives"] }, { acronym: "ATASE", system: "atase", place: "Ankara", language: "tr", names: { en: "Turkish General Staff Military History and Strategic Studies Archive", tr: "Genelkurmay Askerî Tarih ve Stratejik Etüt Başkanlığı Arşivi" }, aliases: ["ATASE", "ATASE Arşivi", "Genelkurmay ATASE Arşivi", "Genelkurmay Askerî Tarih ve Stratejik Etüt Başkanlığı Arşivi", "Genelkurmay Askeri Tarih ve Stratejik Etüt Başkanlığı Arşivi", "Genelkurmay ATASE ve Denetleme Başkanlığı Arşivi", "Askerî Tarih ve Stratejik Etüt Başkanlığı Arşivi"] }, { acronym: "TBMM Arşivi", system: "atase", place: "Ankara", language: "tr", names: { en: "Archive of the Grand National Assembly of Türkiye", tr: "Türkiye Büyük Millet Meclisi Arşivi" }, aliases: ["TBMM Arşivi", "TBMMA", "Türkiye Büyük Millet Meclisi Arşivi"] }, { acronym: "TNA", system: "british", place: "London", language: "en", names: { en: "The National Archives", tr: "İngiliz Ulusal Arşivi" }, aliases: ["TNA", "TNA: PRO", "TNA/PRO", "PRO", "The National Archives", "National Archives (UK)", "The National Archives (UK)", "Public Record Office", "İngiliz Ulusal Arşivi", "İngiliz Milli Arşivi"], series_codes: ["FO", "CAB", "WO", "ADM", "CO", "PREM", "HO", "AIR", "BT", "KV", "HW", "DO", "MT", "MUN", "PRO", "TS", "LAB", "MAF", "ED", "INF", "DEFE", "FCO", "PC", "SP", "C", "E", "T"] }, { acronym: "NAG", system: "georgian", place: "Tbilisi", language: "ka", names: { en: "National Archives of Georgia", ka: "საქართველოს ეროვნული არქივი", ru: "Национальный архив Грузии", tr: "Gürcistan Ulusal Arşivi", "ka-Latn": "Sakartvelos erovnuli arkivi" }, aliases: ["NAG", "National Archives of Georgia", "National Archive of Georgia", "საქართველოს ეროვნული არქივი", "სეა", "Sakartvelos Erovnuli Arkivi", "Национальный архив Грузии", "Gürcistan Ulusal Arşivi", "Gürcistan Milli Arşivi"] }], systems: { russian: { shape: "fond", levels: [{ level: "f", labels: ["(?:f|F|ф|Ф)\\.", "[Ff]ond\\b", "[Ff]on\\b", "[Фф]онд\\b"], value: "fond", canonical: "f." }, { level: "op", labels: ["(?:op|Op|оп|Оп)\\.", "[Oo]pis['’ʹ]?\\b", "[Оо]пись\\b", "[Ll]iste\\b", "[Ss]ayı\\b", "[Ee]nvanter\\b"], value: "number", canonical: "op." }, { level: "p", labels: ["(?:p|П|п)\\.(?=\\s*\\d)", "[Pp]apka\\b", "[Пп]апка\\b"], value: "number", canonical: "p." }, { level: "k", labels: ["[Кк]артон\\b", "[Kk]arton\\b", "[Kk]\\."], value: "number", canonical: "k." }, { level: "d", labels: ["(?:d|D|д|Д)(?:\\.|(?=\\s*\\d))", "[Dd]elo\\b", "[Дд]ело\\b", "[Dd]osya\\b", "(?:ed|Ed|ед|Ед)\\.\\s*(?:khr|хр)\\."], value: "number", canonical: "d." }, { level: "l", labels: ["(?:ll|Ll|LL|l|L|лл|Лл|л|Л)(?:\\.|(?=\\s*\\d))", "[Ll]isty?\\b", "[Vv]arak\\b", "vr\\.", "[Ff]olio\\b", "fols?\\."], value: "folios", canonical: "l.", canonical_many: "ll." }] }, georgian: { shape: "fond", levels: [{ level: "f", labels: ["ფ\\.", "ფონდი\\b", "(?:f|F|ф|Ф)\\.", "[Ff]ond[i]?\\b", "[Фф]онд\\b"], value: "fond", canonical: "f." }, { level: "op", labels: ["ან\\.", "ანაწ(?:ერი)?\\.?", "(?:an|An)\\.", "[Aa]nats['’]?eri\\b", "(?:op|Op|оп|Оп)\\.", "[Оо]пись\\b"], value: "number", canonical: "an." }, { level: "d", labels: ["ს\\.", "საქმე\\b", "(?:s|S)\\.(?=\\s*\\d)", "[Ss]ak['’]?me\\b", "(?:d|D|д|Д)\\.", "[Дд]ело\\b"], value: "number", canonical: "s." }, { level: "l", labels: ["ფურც\\.", "ფ\\.", "ფურცელი\\b", "(?:f|F)\\.", "[Ff]urts['’]?(?:eli)?\\.?", "(?:ll|l|лл|л|Л)\\."], value: "folios", canonical: "f.", canonical_many: "ff." }] }, ottoman: { shape: "ottoman" }, republican: { shape: "republican" }, atase: { shape: "atase" }, british: { shape: "british" } } },
	given_names: { _doc: "Common given names (Turkish, Russian in Cyrillic and romanisations, English, German, French, Azerbaijani). A name read given-names-first (notes: 'Halil İnalcık') must start with one of these or with an initial, so that a two-word title ('İstiklal Harbimiz') is not taken for a person. Compared after Turkish-aware lower-casing.", names: ["Aaron", "Abdullah", "Abdurrahman", "Adam", "Adem", "Adil", "Adnan", "Adrian", "Ahmed", "Ahmet", "Akdes", "Akif", "Akın", "Alaaddin", "Alan", "Albert", "Aleksandr", "Aleksandra", "Aleksei", "Aleksey", "Alexander", "Alexei", "Alexey", "Alfred", "Ali", "Alice", "Alim", "Alla", "Alp", "Alper", "Altan", "Anastas", "Anastasia", "Anastasiia", "Anatolii", "Anatoliy", "Anatoly", "Andrei", "Andrew", "Andrey", "Ann", "Anna", "Anne", "Anthony", "Anton", "Arif", "Arkadii", "Arkady", "Arslan", "Arthur", "Aslan", "Atilla", "Attila", "Avel", "Aydın", "Aygün", "Ayhan", "Aykut", "Ayla", "Aynur", "Aysel", "Ayten", "Ayşe", "Aziz", "Bahattin", "Bahri", "Baki", "Barbara", "Barış", "Battal", "Bayram", "Bekir", "Belgin", "Benjamin", "Berna", "Bernard", "Betül", "Bilal", "Bilge", "Bilgen", "Boris", "Brian", "Bruce", "Burak", "Bülent", "Büşra", "Cafer", "Cahit", "Canan", "Carl", "Carol", "Caroline", "Catherine", "Celal", "Cemal", "Cemil", "Cemile", "Cengiz", "Cevat", "Cevdet", "Charles", "Christine", "Christopher", "Cihan", "Coşkun", "Cəlil", "Cəmil", "Daniel", "David", "Davut", "Deborah", "Demir", "Deniz", "Dennis", "Derya", "Dilek", "Dmitrii", "Dmitriy", "Dmitry", "Donald", "Douglas", "Doğan", "Durmuş", "Ebru", "Edward", "Ekaterina", "Ekrem", "Elena", "Elif", "Elizabeth", "Elizaveta", "Elçin", "Emel", "Emily", "Emin", "Emine", "Emre", "Engin", "Enver", "Erdal", "Erdem", "Erdoğan", "Ergün", "Erhan", "Eric", "Erik", "Erkan", "Ersin", "Ertan", "Ertuğrul", "Esat", "Esra", "Ethem", "Eugene", "Evgenii", "Evgeniia", "Evgeniy", "Evgeniya", "Fahir", "Fahri", "Faik", "Faruk", "Fatih", "Fatma", "Fazıl", "Fedor", "Feliks", "Ferhat", "Feride", "Ferit", "Feroz", "Fevzi", "Figen", "Fikret", "Filiz", "Frank", "François", "Frederick", "Friedrich", "Fuad", "Fuat", "Fyodor", "Fərid", "Galina", "Galip", "Gary", "Gavriil", "Gazi", "Gennadii", "George", "Georgii", "Georgiy", "Georgy", "Gerald", "Graham", "Gregory", "Grigori", "Grigorii", "Grigoriy", "Grigory", "Gustav", "Gökhan", "Gönül", "Gülay", "Gülşen", "Güven", "Hacer", "Hakan", "Hakkı", "Hale", "Halide", "Halil", "Halit", "Haluk", "Hamdi", "Hamit", "Hamza", "Hans", "Harold", "Harry", "Hasan", "Hatice", "Hayati", "Hayri", "Haşim", "Heinrich", "Helen", "Henri", "Henry", "Herbert", "Hermann", "Heydər", "Hikmet", "Hilmi", "Howard", "Hugh", "Hulusi", "Hülya", "Hüseyin", "Hüseyn", "Hüsnü", "Həmid", "Iakov", "Ian", "Igor", "Ilia", "Ilya", "Inna", "Iosif", "Irina", "Iurii", "Ivan", "Jack", "Jacques", "Jale", "James", "Jane", "Janet", "Jean", "Jean-Louis", "Jeffrey", "Jennifer", "Jeremy", "Joan", "John", "Jonathan", "Joseph", "Joshua", "Judith", "Julia", "Jürgen", "Kadir", "Kamil", "Kamran", "Karen", "Karl", "Kate", "Katherine", "Kazım", "Keith", "Kemal", "Kenan", "Kenneth", "Kerim", "Kezban", "Kirill", "Klaus", "Kliment", "Konstantin", "Ksenia", "Kseniia", "Kudret", "Larisa", "Laura", "Lavrentii", "Lavrenty", "Lawrence", "Lazar", "Leonid", "Lev", "Levent", "Leyla", "Linda", "Lisa", "Liubov", "Liudmila", "Louis", "Lyubov", "Lyudmila", "Lütfi", "Mahir", "Mahmut", "Maksim", "Marcel", "Margaret", "Maria", "Mariia", "Marina", "Mark", "Martha", "Martin", "Mary", "Matthew", "Maxim", "Mehmet", "Melek", "Meltem", "Meral", "Merve", "Mete", "Michael", "Michel", "Mihail", "Mihayil", "Mikhail", "Mine", "Muhammed", "Muharrem", "Muhittin", "Murat", "Musa", "Mustafa", "Mücahit", "Müge", "Münir", "Məhəmməd", "Məmməd", "Naci", "Nadezhda", "Nail", "Namık", "Nancy", "Natalia", "Natalya", "Nazan", "Nazim", "Necati", "Necdet", "Necip", "Neil", "Nejat", "Neslihan", "Nesrin", "Nevin", "Nicholas", "Nihat", "Nikita", "Nikolai", "Nikolay", "Nilgün", "Nilüfer", "Nina", "Niyazi", "Norman", "Nuray", "Nurcan", "Nurettin", "Nuri", "Nurten", "Nusret", "Nərgiz", "Nəriman", "Okan", "Oksana", "Oleg", "Olga", "Orhan", "Osman", "Otto", "Oya", "Oğuz", "Patricia", "Patrick", "Paul", "Pavel", "Peter", "Petr", "Philip", "Pierre", "Pyotr", "Pınar", "Rabia", "Rahmi", "Raisa", "Ramazan", "Rauf", "Recep", "Refik", "Remzi", "Reşat", "Richard", "Robert", "Roger", "Ronald", "Rose", "Ruth", "Rıfat", "Rıza", "Rəsul", "Rəşid", "Sabiha", "Sabri", "Sadri", "Sadık", "Saime", "Salih", "Sami", "Samuel", "Sarah", "Savaş", "Sean", "Selahattin", "Selami", "Selim", "Selma", "Semen", "Semra", "Semyon", "Serap", "Serdar", "Sergei", "Sergey", "Sevgi", "Sevim", "Sezai", "Sheila", "Sibel", "Simon", "Sinan", "Songül", "Stanislav", "Stepan", "Stephen", "Steven", "Susan", "Svetlana", "Süheyla", "Süleyman", "Səməd", "Tahir", "Tahsin", "Talat", "Tamer", "Taner", "Tarık", "Tatiana", "Tatyana", "Tayfun", "Telli", "Terry", "Tevfik", "Thomas", "Timofei", "Timothy", "Tofiq", "Tuncay", "Turgut", "Tülay", "Tülin", "Türkan", "Ufuk", "Ulvi", "Utkan", "Vadim", "Vahdettin", "Vahit", "Valentin", "Valentina", "Valerii", "Valery", "Vaqif", "Vasilii", "Vasiliy", "Vasily", "Vedat", "Veli", "Vera", "Viacheslav", "Victoria", "Viktor", "Vitalii", "Vladimir", "Vladislav", "Vsevolod", "Vyacheslav", "Vyaçeslav", "Vüqar", "Walter", "William", "Wolfgang", "Yahya", "Yakov", "Yakup", "Yalçın", "Yaqub", "Yasemin", "Yavuz", "Yaşar", "Yekaterina", "Yelena", "Yeliz", "Yevgeniy", "Yevgeny", "Yunus", "Yuri", "Yurii", "Yuriy", "Yusuf", "Yılmaz", "Zafer", "Zehra", "Zekai", "Zeki", "Zeynal", "Zeynep", "Zinaida", "Zinovii", "Ziya", "Zoia", "Zoya", "Zuhal", "Zübeyde", "Zübeyir", "Çağatay", "Çağrı", "Ömer", "Özcan", "Özer", "Özlem", "Ülkü", "Ümit", "İbrahim", "İhsan", "İlber", "İlham", "İlhan", "İlker", "İlyas", "İnci", "İsmail", "İsmet", "İzzet", "Şahin", "Şakir", "Şefik", "Şemsettin", "Şerif", "Şevket", "Şule", "Şükran", "Şükrü", "Əhməd", "Əli", "Əziz", "Александр", "Алексей", "Анатолий", "Андрей", "Анна", "Антон", "Борис", "Василий", "Вера", "Виктор", "Владимир", "Вячеслав", "Галина", "Георгий", "Григорий", "Дмитрий", "Евгений", "Екатерина", "Елена", "Иван", "Игорь", "Илья", "Иосиф", "Ирина", "Кирилл", "Константин", "Лев", "Леонид", "Людмила", "Максим", "Мария", "Михаил", "Наталья", "Николай", "Нина", "Олег", "Ольга", "Павел", "Петр", "Пётр", "Светлана", "Семен", "Семён", "Сергей", "Степан", "Татьяна", "Юрий", "Яков"] },
	headings: { _doc: "Section headings, compared case-insensitively (Turkish casing) after markdown, numbering and trailing colons are stripped. 'bibliography' starts a reference list; 'bibliography_parts' are sub-headings inside one; 'end' closes it; 'notes' starts an endnote section.", bibliography: ["references", "reference list", "bibliography", "select bibliography", "selected bibliography", "works cited", "sources", "sources and literature", "literature", "literature cited", "kaynakça", "kaynaklar", "kaynakca", "bibliyografya", "yararlanılan kaynaklar", "başvurulan kaynaklar", "kaynaklar ve notlar", "literatür", "литература", "список литературы", "список использованной литературы", "список источников и литературы", "источники и литература", "библиография", "библиографический список", "literaturverzeichnis", "literatur", "quellen und literatur", "bibliographie", "références", "references and notes", "ədəbiyyat", "istifadə olunmuş ədəbiyyat"], bibliography_parts: ["archival sources", "archives", "unpublished sources", "primary sources", "secondary sources", "published sources", "books", "articles", "periodicals", "newspapers", "theses", "dissertations", "internet sources", "online sources", "web sources", "arşiv belgeleri", "arşiv kaynakları", "arşivler", "birinci el kaynaklar", "ikinci el kaynaklar", "yayımlanmış kaynaklar", "yayımlanmamış kaynaklar", "basılı kaynaklar", "kitaplar", "makaleler", "süreli yayınlar", "gazeteler", "tezler", "internet kaynakları", "elektronik kaynaklar", "resmi yayınlar", "архивные источники", "архивы", "источники", "опубликованные источники", "исследования", "периодическая печать", "монографии", "статьи", "диссертации", "электронные ресурсы"], end: ["appendix", "appendices", "ek", "ekler", "ekler listesi", "приложение", "приложения", "notes", "endnotes", "notlar", "примечания", "abstract", "özet", "extended abstract", "genişletilmiş özet", "summary", "резюме", "аннотация", "acknowledgements", "acknowledgments", "teşekkür", "author information", "about the author", "index", "dizin"], notes: ["notes", "endnotes", "notlar", "sonnotlar", "примечания"] },
	languages: { _doc: "Features for guessing a work's language from its title and container (bibkit/parse/language.py). 'letters' are characters typical of the language; 'words' whole lower-cased words; 'suffixes' word endings; 'stems' word beginnings. Russian covers Cyrillic and every romanisation (Turkish-style, LC, ISO 9, BGN). Weights are per hit; the highest score wins, ties and empty scores give no language.", babel: { tr: "turkish", ru: "russian", en: "english", de: "ngerman", fr: "french", az: "azerbaijani", uk: "ukrainian", ota: "turkish", it: "italian", es: "spanish", pl: "polish", bg: "bulgarian" }, languages: { tr: { letters: { ğ: 3, Ğ: 3, İ: 0.5, ı: 0.5, ş: 0.5, Ş: 0.5, ç: 0.5, Ç: 0.5, ö: 1, ü: 1, Ö: 1, Ü: 1, â: 0.5, î: 0.5, û: 0.5 }, words: ["ve", "ile", "bir", "bu", "için", "da", "de", "ki", "veya", "gibi", "olarak", "üzerine", "hakkında", "dair", "türk", "türkiye", "osmanlı", "tarihi", "tarih", "devlet", "devleti", "dönemi", "döneminde", "ilişkileri", "ilişkiler", "siyaset", "siyasi", "politikası", "meselesi", "hatıraları", "hatıralar", "araştırma", "inceleme", "açısından", "yüzyıl", "yüzyılda", "milli", "millî", "mücadele", "cumhuriyet", "cumhuriyeti", "inkılap", "inkılâp", "büyük", "kısa", "yeni", "eski", "sovyet", "rus", "dünyası", "dünyasında", "yayınları", "dergisi", "sayı", "cilt"], suffixes: ["ları", "leri", "ların", "lerin", "larında", "lerinde", "ının", "inin", "unun", "ünün", "nın", "nin", "nun", "nün", "sının", "sinin", "ında", "inde", "sında", "sinde", "daki", "deki", "ması", "mesi", "lığı", "liği", "luğu", "lüğü", "lık", "lik", "luk", "lük", "cılık", "cilik", "sı", "dır", "dir", "tır", "tir", "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'ya", "'ye", "'da", "'de", "'dan", "'den", "'ta", "'te", "'tan", "'ten", "si"], stems: [] }, ru: { letters: {}, cyrillic: 3, words: ["i", "v", "vo", "s", "so", "k", "ko", "o", "ob", "po", "na", "ot", "iz", "za", "pri", "dlya", "dlia", "ili", "kak", "eto", "ne", "russkii", "russkiy", "russkaya", "istoriya", "istoriia", "istorii", "politika", "politiki", "sovetskaya", "sovetskii", "sovetskiy", "rossii", "rossiya", "rossiia", "voprosy", "voprosı", "voprosi", "otvety", "otvetı", "jizn", "zhizn", "zhizni", "jizni", "revolyutsii", "revoliutsii", "revolyutsiya", "sobranie", "sochinenii", "soçineniy", "trudy", "vestnik", "vedomosti", "zapiski", "izvestiya", "izvestiia", "sbornik", "dokumenty", "dokumentov", "materialy", "ocherki", "oçerki", "gody", "godakh", "godah", "vlast", "partii", "partiya", "narodnyi", "narodnıy", "gosudarstvennyi", "gosudarstvennıy", "tom", "vyp", "izd", "izdatel'stvo", "izdatelstvo", "nauka", "bolshaya", "bol'shaia", "sovetskaia", "ensiklopediya", "entsiklopediya", "entsiklopediia", "kavkaz", "kavkaze", "turtsiya", "turtsiia", "turtsii", "diplomatiya", "diplomatiia", "vneshnyaya", "vneshniaia", "nauçno", "nauchno", "nauchnye", "tekhnicheskie", "tehniçeskie", "tehnicheskie"], suffixes: ["aya", "aia", "iya", "iia", "yaya", "skiy", "skii", "skij", "skiı", "skaya", "skaia", "skoe", "skoye", "skogo", "skoy", "skoi", "skikh", "skih", "skıh", "ogo", "ego", "ykh", "ıh", "ıkh", "ikh", "nyy", "nyi", "nıy", "noy", "noi", "nye", "nıe", "ovoy", "ovoi", "ovy", "ovı", "ennyi", "ennıy", "tsii", "tsiya", "tsiia", "stvo", "stva", "iye", "ie", "ija", "ovich", "ovna", "evich", "evna", "oviç", "eviç", "yi", "ıy", "iy", "ii", "zhe", "ye", "aja", "oje", "oj", "ej", "yje", "ije"], stems: ["russk", "sovetsk", "rossi", "istori", "politi", "gosudarstv", "revolyuts", "revoliuts", "vopros", "otvet", "izdat", "sbornik", "dokument", "vestnik", "zapisk", "izvesti", "entsiklop", "ensiklop", "vneshn", "narodn", "kommunist", "bolshevi", "bolşevi", "partiin", "oktyabr", "oktiabr", "sotsial", "ekonomi", "nauchn", "nauçn"] }, en: { letters: {}, words: ["the", "of", "and", "in", "a", "an", "to", "for", "on", "with", "from", "by", "at", "as", "its", "their", "his", "her", "between", "during", "after", "before", "under", "toward", "towards", "history", "state", "soviet", "russian", "turkish", "empire", "revolution", "war", "foreign", "policy", "relations", "politics", "studies", "journal", "review", "new", "modern", "early", "late", "great", "power", "national", "movement", "question", "union", "making", "rise", "fall", "origins", "age", "world", "east", "eastern", "west", "western", "caucasus", "ottoman", "republic", "press", "university"], suffixes: ["tion", "tions", "ness", "ment", "ments", "ship", "ism", "isms", "ity", "ies", "ing", "ed", "ly", "ical"], stems: [] }, de: { letters: { ß: 3, ä: 1, Ä: 1 }, words: ["der", "die", "das", "und", "zur", "zum", "im", "von", "vom", "den", "dem", "des", "ein", "eine", "einer", "mit", "auf", "über", "für", "nach", "bis", "geschichte", "politik", "krieg", "reich", "deutsche", "deutschen", "türkei", "russland", "beziehungen", "zwischen"], suffixes: ["ung", "ungen", "keit", "heit", "schaft", "lich", "ische", "ischen"], stems: [] }, fr: { letters: { é: 1, è: 1, ê: 1, à: 0.5, œ: 2 }, words: ["le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "aux", "au", "sur", "dans", "pour", "par", "entre", "histoire", "politique", "guerre", "empire", "relations", "l'", "d'"], suffixes: ["tion", "ique", "iques", "eux", "euse", "ité", "ées", "ée"], stems: [] }, az: { letters: { ə: 4, Ə: 4 }, words: ["və", "ilə", "tarixi", "tarix", "azərbaycan", "xalq", "dövlət", "siyasəti", "müəllif", "bakı", "haqqında", "üçün"], suffixes: ["ları", "ləri", "nın", "nin", "sı", "si"], stems: [] } } },
	months: { _doc: "Month names and abbreviations by language, lower-cased with Turkish rules; value is the month number.", tr: { ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12, "oca.": 1, "şub.": 2, "nis.": 4, "haz.": 6, "tem.": 7, "ağu.": 8, "eyl.": 9, "kas.": 11, "ara.": 12 }, en: { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12, "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12 }, ru: { январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8, сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12, января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12, "янв.": 1, "февр.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "окт.": 10, "нояб.": 11, "дек.": 12 }, "ru-Latn": { yanvar: 1, fevral: 2, mart: 3, aprel: 4, may: 5, iyun: 6, iyul: 7, avgust: 8, sentyabr: 9, oktyabr: 10, noyabr: 11, dekabr: 12 }, de: { januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12 }, fr: { janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 }, az: { yanvar: 1, fevral: 2, mart: 3, aprel: 4, may: 5, iyun: 6, iyul: 7, avqust: 8, sentyabr: 9, oktyabr: 10, noyabr: 11, dekabr: 12 } },
	places: { _doc: "Places of publication. 'abbreviations' are the GOST abbreviations expanded on parsing (DESIGN §3: М. → Moskva). 'groups' list the spellings of one place that must not split a work when merging; the first spelling is only a label. Any other place is found by its position (before a year, or before ': publisher').", abbreviations: { "М.": "Moskva", "Л.": "Leningrad", "СПб.": "Sankt-Peterburg", "Пг.": "Petrograd", "М.; Л.": "Moskva; Leningrad", "М.-Л.": "Moskva; Leningrad", "К.": "Kiev", "Мн.": "Minsk", "Н. Новгород": "Nizhnii Novgorod", "Ростов н/Д": "Rostov-na-Donu", "M.": "Moskva", "L.": "Leningrad", "SPb.": "Sankt-Peterburg", "Pg.": "Petrograd" }, groups: [["Moskva", "Moskova", "Moscow", "Москва", "Moskau", "Moscou", "Mosca", "Moskwa"], ["Sankt-Peterburg", "St. Petersburg", "St Petersburg", "Saint Petersburg", "Sankt Peterburg", "Санкт-Петербург", "Petersburg", "Sen Petersburg", "St.-Petersburg", "SPb"], ["Petrograd", "Петроград"], ["Leningrad", "Ленинград"], ["İstanbul", "Istanbul", "Constantinople", "Konstantinopel", "Dersaadet", "Стамбул", "Stambul", "Константинополь"], ["Ankara", "Angora", "Анкара"], ["İzmir", "Izmir", "Smyrna"], ["Bakü", "Baku", "Bakı", "Баку"], ["Tiflis", "Tbilisi", "Тбилиси", "Тифлис"], ["Erivan", "Yerevan", "Ереван", "Erevan"], ["Kiev", "Kyiv", "Kiyev", "Киев", "Київ"], ["Taşkent", "Tashkent", "Ташкент", "Toshkent"], ["Almatı", "Almaty", "Алматы", "Alma-Ata", "Алма-Ата"], ["Kazan", "Казань", "Qazan"], ["Ufa", "Уфа"], ["Minsk", "Минск"], ["Ulyanovsk", "Ульяновск", "Ul'ianovsk"], ["Simbirsk", "Симбирск"], ["Novosibirsk", "Новосибирск"], ["Yekaterinburg", "Ekaterinburg", "Екатеринбург"], ["Rostov-na-Donu", "Ростов-на-Дону", "Rostov-on-Don"], ["Krasnodar", "Краснодар"], ["Mahaçkale", "Makhachkala", "Махачкала", "Mahaçkala"], ["Nalçik", "Nalchik", "Нальчик"], ["Vladikavkaz", "Владикавказ"], ["Groznıy", "Grozny", "Groznyi", "Грозный"], ["Saratov", "Саратов"], ["Samara", "Самара"], ["Volgograd", "Волгоград"], ["Nijniy Novgorod", "Nizhnii Novgorod", "Nizhny Novgorod", "Нижний Новгород"], ["Omsk", "Омск"], ["Perm", "Пермь"], ["Voronej", "Voronezh", "Воронеж"], ["Odessa", "Odesa", "Одесса"], ["Harkov", "Kharkov", "Kharkiv", "Харьков"], ["Tomsk", "Томск"], ["İrkutsk", "Irkutsk", "Иркутск"], ["Semerkant", "Samarkand", "Самарканд"], ["Bişkek", "Bishkek", "Бишкек"], ["Aşkabat", "Ashgabat", "Ашхабад"], ["Duşanbe", "Dushanbe", "Душанбе"], ["Nur-Sultan", "Astana", "Астана"], ["Gence", "Ganja", "Gəncə", "Гянджа"], ["Batum", "Batumi", "Батуми"], ["Simferopol", "Симферополь", "Akmescit"], ["Lefkoşa", "Nicosia"], ["Bursa"], ["Konya"], ["Erzurum"], ["Trabzon"], ["Kayseri"], ["Eskişehir", "Eskisehir"], ["Samsun"], ["Sivas"], ["Elazığ", "Elazig"], ["Diyarbakır", "Diyarbakir"], ["Van"], ["Malatya"], ["Adana"], ["Antalya"], ["Edirne"], ["Çanakkale", "Canakkale"], ["Kars"], ["Isparta"], ["Kütahya"], ["Manisa"], ["Denizli"], ["Muğla"], ["Aydın"], ["Balıkesir"], ["Tekirdağ"], ["Kocaeli"], ["İzmit"], ["Sakarya"], ["Bolu"], ["Kastamonu"], ["Sinop"], ["Çorum"], ["Amasya"], ["Tokat"], ["Ordu"], ["Giresun"], ["Rize"], ["Artvin"], ["Ardahan"], ["Iğdır"], ["Ağrı"], ["Muş"], ["Bitlis"], ["Siirt"], ["Mardin"], ["Şanlıurfa", "Urfa"], ["Gaziantep", "Antep"], ["Hatay", "Antakya"], ["Kahramanmaraş"], ["Erzincan"], ["Nevşehir"], ["Niğde"], ["Aksaray"], ["Kırşehir"], ["Kırıkkale"], ["Yozgat"], ["Afyon", "Afyonkarahisar"], ["Uşak"], ["Burdur"], ["Karaman"], ["Mersin"], ["Yalova"], ["Bilecik"], ["Kırklareli"], ["Zonguldak"], ["Karabük"], ["Düzce"], ["London", "Londra", "Лондон", "Londres"], ["Oxford"], ["Cambridge"], ["Cambridge, MA", "Cambridge, Mass."], ["New York", "Нью-Йорк"], ["Princeton"], ["Chicago"], ["Berkeley"], ["Los Angeles"], ["Boston"], ["New Haven"], ["Stanford"], ["Ithaca"], ["Bloomington"], ["Pittsburgh"], ["Seattle"], ["Washington", "Washington, DC", "Washington, D.C."], ["Toronto"], ["Basingstoke"], ["Abingdon"], ["Leiden"], ["Amsterdam"], ["Paris", "Париж"], ["Berlin", "Берлин"], ["Leipzig", "Лейпциг"], ["München", "Munich"], ["Wien", "Vienna", "Viyana", "Вена"], ["Hamburg"], ["Frankfurt", "Frankfurt am Main"], ["Göttingen"], ["Wiesbaden"], ["Stuttgart"], ["Köln", "Cologne"], ["Bonn"], ["Roma", "Rome"], ["Madrid"], ["Budapest"], ["Warszawa", "Warsaw", "Varşova"], ["Praha", "Prague"], ["Sofia", "Sofya", "София"], ["Bucureşti", "Bucharest", "Bükreş"], ["Belgrade", "Beograd", "Belgrad"], ["Athens", "Atina", "Αθήνα"], ["Tehran", "Tahran"], ["Kahire", "Cairo"], ["Beyrut", "Beirut"], ["Kudüs", "Jerusalem"], ["Tokyo"]] },
	transliteration: { _doc: "Cyrillic to Latin tables. 'ascii' builds citation keys and folded comparison keys (BGN-like, no diacritics). 'fold_variants' rewrites the romanisation variants that must compare equal (Turkish-style, ALA-LC, ISO 9, BGN) to one skeleton; applied in order after lower-casing.", ascii: { а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "iu", я: "ia", і: "i", ї: "i", є: "ie", ґ: "g", ў: "u", ә: "a", ө: "o", ү: "u", ң: "n", ғ: "g", қ: "k", һ: "h" }, latin_ascii: { ı: "i", İ: "I", ş: "s", Ş: "S", ğ: "g", Ğ: "G", ç: "c", Ç: "C", ö: "o", Ö: "O", ü: "u", Ü: "U", ə: "e", Ə: "E", ß: "ss", æ: "ae", Æ: "AE", ø: "o", Ø: "O", đ: "d", Đ: "D", ł: "l", Ł: "L", œ: "oe", Œ: "OE", ʹ: "", ʼ: "", "´": "", ʺ: "", ʻ: "", "’": "", "'": "" }, fold_variants: [["shch", "sc"], ["şç", "sc"], ["ŝ", "sc"], ["zh", "j"], ["ž", "j"], ["kh", "h"], ["x", "h"], ["ch", "c"], ["č", "c"], ["ç", "c"], ["sh", "s"], ["š", "s"], ["ş", "s"], ["ts", "c"], ["ya", "ia"], ["â", "ia"], ["ja", "ia"], ["yu", "iu"], ["û", "iu"], ["ju", "iu"], ["yo", "io"], ["ë", "e"], ["è", "e"], ["ė", "e"], ["ı", "i"], ["y", "i"], ["j", "i"], ["ğ", "g"], ["ö", "o"], ["ü", "u"], ["ə", "e"], ["ʹ", ""], ["ʼ", ""], ["´", ""], ["ʺ", ""], ["'", ""], ["’", ""]] }
};

/* eslint-enable camelcase */

/* END GENERATED TABLES */

/* ================================================================ Python compatibility
	The parser is written against Python's re and str; these helpers give JavaScript the same
	meaning, so that the ported patterns can be read side by side with the Python ones. */

// Python's \w on str: letters, digits of every script, underscore.
var PY_WORD = "\\p{L}\\p{N}_";
// Python's [^\W\d_]: \w without decimal digits and underscore.
var PY_LETTER = "[\\p{L}\\p{Nl}\\p{No}]";
// Characters JavaScript (u mode) accepts escaped outside and inside a character class.
var JS_SYNTAX = "^$\\.*+?()[]{}|/";
// Python's re.IGNORECASE treats I, i, İ and ı as one letter; JavaScript's case folding does not.
var I_VARIANTS = "iIıİ";

/**
 * Compile a regular expression written in Python's re syntax into a JavaScript RegExp with the
 * same meaning: \d, \w, \W, \b become Unicode-aware, (?P<name>…) becomes (?<name>…), a leading
 * (?i) or the flag "i" adds Python's I/ı/İ/i equivalence, and escapes JavaScript's u mode
 * rejects (\-, \ , \") become literals.
 */
function pyre(source, flags) {
	flags = flags || "";
	var ignoreCase = flags.includes("i");
	if (source.startsWith("(?i)")) {
		ignoreCase = true;
		source = source.slice(4);
	}
	var jsFlags = "u" + flags.replace(/[iu]/g, "") + (ignoreCase ? "i" : "");
	return new RegExp(convertPattern(source, ignoreCase), jsFlags);
}

function convertPattern(src, ignoreCase) {
	var out = "";
	var i = 0;
	while (i < src.length) {
		var c = src[i];
		if (c === "\\") {
			out += convertEscape(src[i + 1], false);
			i += 2;
		}
		else if (c === "[") {
			var end = classEnd(src, i);
			out += convertClass(src.slice(i + 1, end), ignoreCase);
			i = end + 1;
		}
		else if (src.startsWith("(?P<", i)) {
			out += "(?<";
			i += 4;
		}
		else if (src.startsWith("(?P=", i)) {
			var close = src.indexOf(")", i);
			out += "\\k<" + src.slice(i + 4, close) + ">";
			i = close + 1;
		}
		else if (c === "{") {
			var quantifier = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
			if (quantifier && (quantifier[1] || quantifier[3])) {
				out += "{" + (quantifier[1] || "0") + quantifier[2] + quantifier[3] + "}";
				i += quantifier[0].length;
			}
			else {
				out += "\\{";
				i += 1;
			}
		}
		else if (c === "}" || c === "]") {
			out += "\\" + c;
			i += 1;
		}
		else if (ignoreCase && I_VARIANTS.includes(c)) {
			out += "[" + I_VARIANTS + "]";
			i += 1;
		}
		else {
			out += c;
			i += 1;
		}
	}
	return out;
}

function convertEscape(c, inClass) {
	switch (c) {
		case "d":
			return "\\p{Nd}";
		case "D":
			return "\\P{Nd}";
		case "w":
			return inClass ? PY_WORD : "[" + PY_WORD + "]";
		case "W":
			return "[^" + PY_WORD + "]";
		case "b":
			return "(?:(?<=[" + PY_WORD + "])(?![" + PY_WORD + "])|(?<![" + PY_WORD + "])(?=[" + PY_WORD + "]))";
		case "A":
			return "^";
		case "Z":
			return "$";
	}
	if (/[A-Za-z0-9]/.test(c)) return "\\" + c;
	if (JS_SYNTAX.includes(c) || (inClass && c === "-")) return "\\" + c;
	return c;
}

// Index of the "]" closing the class opened at src[start] (Python: a "]" first in the class is literal).
function classEnd(src, start) {
	var j = start + 1;
	if (src[j] === "^") j += 1;
	if (src[j] === "]") j += 1;
	while (j < src.length && src[j] !== "]") {
		j += src[j] === "\\" ? 2 : 1;
	}
	return j;
}

function convertClass(body, ignoreCase) {
	var negated = body.startsWith("^");
	if (negated) body = body.slice(1);
	var items = "";
	var nonWord = false;
	var hasI = false;
	var j = 0;
	while (j < body.length) {
		var c = body[j];
		if (c === "\\") {
			if (body[j + 1] === "W") nonWord = true;
			else items += convertEscape(body[j + 1], true);
			j += 2;
			continue;
		}
		if (body[j + 1] === "-" && j + 2 < body.length) {
			// A range: does it cover i or I (for Python's case-insensitive I/ı/İ/i)?
			var to = body[j + 2] === "\\" ? body[j + 3] : body[j + 2];
			if ((c <= "i" && to >= "i") || (c <= "I" && to >= "I")) hasI = true;
			items += (c === "]" ? "\\]" : c) + "-" + (body[j + 2] === "\\" ? "\\" + to : to);
			j += body[j + 2] === "\\" ? 4 : 3;
			continue;
		}
		if (I_VARIANTS.includes(c)) hasI = true;
		items += c === "]" || c === "\\" ? "\\" + c : c;
		j += 1;
	}
	if (ignoreCase && hasI) items += I_VARIANTS;
	if (!nonWord) return "[" + (negated ? "^" : "") + items + "]";
	if (negated) {
		// [^\W…] is a word character that is none of the other items.
		if (items === "\\p{Nd}_" || items === "_\\p{Nd}") return PY_LETTER;
		return "(?:(?![" + items + "])[" + PY_WORD + "])";
	}
	return "(?:[^" + PY_WORD + "]" + (items ? "|[" + items + "]" : "") + ")";
}

/** A regex alternation source of literal strings (Python: re.escape each). */
function escapeRegex(text) {
	return text.replace(/[\^$\\.*+?()[\]{}|/]/g, "\\$&");
}

/* ---------------------------------------------------------------- matching like Python's re */

var derivedRegexes = new WeakMap();

function derived(re, kind) {
	var forms = derivedRegexes.get(re);
	if (!forms) {
		forms = {};
		derivedRegexes.set(re, forms);
	}
	if (!forms[kind]) {
		var flags = re.flags.replace(/[gy]/g, "");
		if (kind === "full") forms[kind] = new RegExp("^(?:" + re.source + ")$", flags);
		else forms[kind] = new RegExp(re.source, flags + kind);
	}
	return forms[kind];
}

/** Python pattern.match(text, pos): a match starting exactly at pos, or null. */
function reMatch(re, text, pos) {
	var sticky = derived(re, "y");
	sticky.lastIndex = pos || 0;
	return sticky.exec(text);
}

/** Python pattern.search(text, pos). */
function reSearch(re, text, pos) {
	var global = derived(re, "g");
	global.lastIndex = pos || 0;
	return global.exec(text);
}

/** Python pattern.fullmatch(text). */
function reFull(re, text) {
	return derived(re, "full").exec(text);
}

/** Python pattern.finditer(text), as an array. */
function reAll(re, text) {
	var global = derived(re, "g");
	var out = [];
	global.lastIndex = 0;
	var m;
	while ((m = global.exec(text)) !== null) {
		out.push(m);
		if (m[0] === "") global.lastIndex += 1;
	}
	return out;
}

/** Python pattern.sub(repl, text, count): repl is a literal string or a function of the match. */
function reSub(re, repl, text, count) {
	var target = count === 1 ? re : derived(re, "g");
	return text.replace(target, function () {
		if (typeof repl !== "function") return repl; // literal: no "$1" expansion, as in Python without groups
		var args = Array.prototype.slice.call(arguments);
		var hasGroups = typeof args[args.length - 1] === "object";
		var m = args.slice(0, hasGroups ? -3 : -2);
		m.index = args[args.length - (hasGroups ? 3 : 2)];
		m.groups = hasGroups ? args[args.length - 1] : undefined;
		return repl(m);
	});
}

function mEnd(m) {
	return m.index + m[0].length;
}

/** A named group's value, "" when it did not take part (Python: None). */
function grp(m, name) {
	var value = m.groups ? m.groups[name] : undefined;
	return value === undefined ? "" : value;
}

/* ---------------------------------------------------------------- str methods */

function strip(text, chars) {
	return lstrip(rstrip(text, chars), chars);
}

function lstrip(text, chars) {
	var i = 0;
	if (chars === undefined) {
		while (i < text.length && isSpace(text[i])) i++;
	}
	else {
		while (i < text.length && chars.includes(text[i])) i++;
	}
	return text.slice(i);
}

function rstrip(text, chars) {
	var j = text.length;
	if (chars === undefined) {
		while (j > 0 && isSpace(text[j - 1])) j--;
	}
	else {
		while (j > 0 && chars.includes(text[j - 1])) j--;
	}
	return text.slice(0, j);
}

/** Python str.split() without arguments: on runs of whitespace, no empty strings. */
function words(text) {
	return text.split(/\s+/u).filter(Boolean);
}

function isSpace(c) {
	return /^\s$/u.test(c);
}

/** Python str.isupper(): at least one cased character, and no lower-case one. */
function isUpper(text) {
	return /[\p{Uppercase}]/u.test(text) && !/[\p{Lowercase}\p{Lt}]/u.test(text);
}

/** Python str.islower(). */
function isLower(text) {
	return /[\p{Lowercase}]/u.test(text) && !/[\p{Uppercase}\p{Lt}]/u.test(text);
}

/** Python str.isdigit() (superscript digits count, as in Python). */
function isDigit(text) {
	return /^[\p{Nd}\u00B2\u00B3\u00B9\u2070-\u2079\u2080-\u2089]+$/u.test(text);
}

/** Python str.isalpha(). */
function isAlpha(text) {
	return /^\p{L}+$/u.test(text);
}

/** The character (code point) that ends at index i of text: Python's text[i - 1]. */
function charBefore(text, i) {
	var low = text.charCodeAt(i - 1);
	if (low >= 0xDC00 && low <= 0xDFFF && i >= 2) {
		var high = text.charCodeAt(i - 2);
		if (high >= 0xD800 && high <= 0xDBFF) return text.slice(i - 2, i);
	}
	return text.slice(i - 1, i);
}

/** Python str.isalnum(). */
function isAlnum(text) {
	return /^[\p{L}\p{N}]+$/u.test(text);
}

/** Python sorted(set(items), key=len, reverse=True): longest first, first occurrence kept on ties. */
function longestFirst(items) {
	var seen = new Set();
	var unique = [];
	for (var item of items) {
		if (!seen.has(item)) {
			seen.add(item);
			unique.push(item);
		}
	}
	return unique.map(function (item, index) {
		return [item, index];
	}).sort(function (a, b) {
		return b[0].length - a[0].length || a[1] - b[1];
	}).map(function (pair) {
		return pair[0];
	});
}

/** A memoised zero-argument function (Python: functools.cache). */
function cached(fn) {
	var value;
	var done = false;
	return function () {
		if (!done) {
			value = fn();
			done = true;
		}
		return value;
	};
}

/* ================================================================ bibkit/read.py (repair_mojibake) */

// A PDF text layer with a broken font map (Kafkas›, Savafl) and cp1254 read as Latin-1 (Kafkasý).
var FONTMAP = { "›": "ı", "¤": "ğ", "‹": "İ" };
var FONTMAP_CHAR = pyre(String.raw`(?<=[^\W\d_])[›¤](?=[^\W\d_]|\b)|‹(?=[^\W\d_])`);
// "fl" stands for "ş" only in words that show another broken letter or end in it (Savafl).
var FONTMAP_WORD = pyre(String.raw`[^\W\d_]*(?:[›¤‹][^\W\d_]*)+|[^\W\d_]+fl\b`);
var LATIN1 = { ý: "ı", þ: "ş", ð: "ğ", Ý: "İ", Þ: "Ş", Ð: "Ğ" };
var LATIN1_CHAR = pyre(String.raw`(?<=[^\W\d_])[ýþðÝÞÐ]|[ÝÞÐ](?=[^\W\d_])`);
var GENUINE_TURKISH = /[ışğİŞĞ]/u;
var SUSPECT_LETTERS = /[›¤‹ýþðÝÞÐ]/u;

/** read.repair_mojibake: undo the letter substitutions of broken Turkish text (Kafkas› → Kafkası). */
function repairMojibake(text) {
	if (!SUSPECT_LETTERS.test(text)) return text;
	if (reAll(FONTMAP_CHAR, text).length >= 2) {
		text = reSub(FONTMAP_WORD, function (m) {
			return translate(m[0].split("fl").join("ş"), FONTMAP);
		}, text);
	}
	if (!GENUINE_TURKISH.test(text) && reAll(LATIN1_CHAR, text).length >= 2) {
		text = reSub(LATIN1_CHAR, function (m) {
			return LATIN1[m[0]];
		}, text);
	}
	return text;
}

/* ================================================================ bibkit/tables.py */

/** bibkit.tables.load: the parsed table bibkit/data/<name>.json. */
function load(name) {
	return TABLES[name];
}

/* ================================================================ bibkit/turkish.py */

var TR_LOWER = { I: "ı", İ: "i" };
var TR_UPPER = { i: "İ", ı: "I" };
var TURKISH_MARKS = /[İıŞşĞğ]/u;

/** turkish.lower: with turkish, I → ı and İ → i before the default mapping. */
function trLower(text, turkish) {
	if (turkish === false) return text.toLowerCase();
	return text.replace(/[Iİ]/g, function (c) {
		return TR_LOWER[c];
	}).toLowerCase();
}

/** turkish.upper */
function trUpper(text, turkish) {
	if (turkish === false) return text.toUpperCase();
	return text.replace(/[iı]/g, function (c) {
		return TR_UPPER[c];
	}).toUpperCase();
}

/** turkish.looks_turkish */
function looksTurkish(text) {
	return TURKISH_MARKS.test(text);
}

var FRONT_VOWELS = "EÖÜİeöüi";
var BACK_VOWELS = "AOUaouıIÂâÛû";

/** turkish.dotted_i_likely: among front vowels only, a capital I is an i (vowel harmony). */
function dottedILikely(word) {
	if (/[QWXqwx]/.test(word) || word.includes("CH") || word.includes("ch")) return true; // no Turkish word has q, w, x or ch
	var others = new Set();
	for (var c of word) {
		if ((FRONT_VOWELS.includes(c) || BACK_VOWELS.includes(c)) && c !== "I") others.add(c);
	}
	if (!others.size) return false;
	for (var v of others) {
		if (!FRONT_VOWELS.includes(v)) return false;
	}
	return true;
}

/** turkish.capitalize_word: KILIÇ → Kılıç, ATATÜRK'ÜN → Atatürk'ün, O'NEIL → O'Neil. */
function capitalizeWord(word, turkish) {
	if (turkish !== false && word.includes("I") && dottedILikely(word)) word = word.replace(/I/g, "İ");
	var parts = word.split(/([-'’])/);
	var out = [];
	var afterApostrophe = false;
	for (var part of parts) {
		if (part === "-" || part === "'" || part === "’") {
			out.push(part);
			afterApostrophe = part !== "-";
			continue;
		}
		if (!part) continue;
		var low = trLower(part, turkish);
		if (afterApostrophe && out.length >= 2 && out[out.length - 2].length > 1) {
			out.push(low);
		}
		else {
			var first = Array.from(low)[0] || "";
			out.push(trUpper(first, turkish) + low.slice(first.length));
		}
		afterApostrophe = false;
	}
	return out.join("");
}

/** turkish.is_caps_word: at least two letters, all capitals. */
function isCapsWord(word) {
	var letters = Array.from(word).filter(isAlpha);
	return letters.length >= 2 && letters.every(isUpper);
}

var transliterationTables = cached(function () {
	var data = load("transliteration");
	var cyrillic = {};
	for (var k of Object.keys(data.ascii)) {
		var v = data.ascii[k];
		cyrillic[k] = v;
		cyrillic[k.toUpperCase()] = v.slice(0, 1).toUpperCase() + v.slice(1);
	}
	return { latin: data.latin_ascii, cyrillic: cyrillic };
});

function translate(text, table) {
	var out = "";
	for (var c of text) out += Object.prototype.hasOwnProperty.call(table, c) ? table[c] : c;
	return out;
}

/** turkish.skeleton: one comparison key for romanisation and spelling variants. */
function skeleton(text) {
	var variants = load("transliteration").fold_variants;
	var s = trLower(translate(trLower(text), transliterationTables().cyrillic));
	for (var pair of variants) {
		if (s.includes(pair[0])) s = s.split(pair[0]).join(pair[1]);
	}
	s = s.normalize("NFKD").replace(/\p{M}/gu, "");
	return strip(s.replace(/[^0-9a-z]+/g, " "), " ");
}

/* ================================================================ bibkit/parse/fields.py */

var ROMAN = String.raw`[IVXLC]{1,7}`;
var ROMAN_VALUES = { I: 1, V: 5, X: 10, L: 50, C: 100 };
var YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
var ROMAN_RE = pyre(ROMAN);

/**
 * fields.alternation: one regex source matching any of the literal markers, built as a trie
 * (common prefixes factored out, branches in code-point order, a marker's end optional so that
 * longer markers are tried first). A space in a marker matches `space`; with fold the markers
 * are lower-cased letter by letter (for case-insensitive patterns; İ stays İ).
 */
function alternation(markers, space, fold) {
	if (space === undefined) space = String.raw`\s*`;
	var trie = new Map();
	for (var marker of new Set(markers)) {
		var node = trie;
		for (var ch of marker) {
			var low = ch.toLowerCase();
			var key = fold && Array.from(low).length === 1 ? low : ch;
			if (!node.has(key)) node.set(key, new Map());
			node = node.get(key);
		}
		node.set("", new Map());
	}
	var emit = function (branchNode) {
		var keys = Array.from(branchNode.keys()).filter(Boolean).sort();
		var branches = keys.map(function (k) {
			return (k === " " ? space : escapeRegex(k)) + emit(branchNode.get(k));
		});
		if (!branches.length) return "";
		var body = branches.length === 1 ? branches[0] : "(?:" + branches.join("|") + ")";
		return branchNode.has("") ? "(?:" + body + ")?" : body;
	};
	return emit(trie);
}

/** fields.roman_to_int */
function romanToInt(text) {
	text = text.toUpperCase();
	if (!reFull(ROMAN_RE, text)) return null;
	var total = 0;
	for (var i = 0; i < text.length; i++) {
		var value = ROMAN_VALUES[text[i]];
		if (i + 1 < text.length && ROMAN_VALUES[text[i + 1]] > value) total -= value;
		else total += value;
	}
	return total;
}

/** fields.number: XXXI → 31, 02 → 2, I-III → 1-3. */
function toNumber(text) {
	var parts = text.trim().split(/\s*[-–—]\s*/u);
	return parts.map(function (part) {
		var value = reFull(ROMAN_RE, part) ? romanToInt(part) : null;
		return value !== null ? String(value) : part.replace(/^0+(?=\d)/, "");
	}).join("-");
}

/** fields.page_range: 375–413 → 375-413. */
function pageRange(text) {
	return text.trim().replace(/\s*[-–—]+\s*/gu, "-");
}

/** fields.patterns: every field pattern, built once from the tables. */
var patterns = cached(function () {
	var abbr = load("abbreviations");
	var num = `(?:${ROMAN}|\\d{1,4})`;
	var monthAlt = longestFirst(Array.from(monthNames().keys())).map(escapeRegex).join("|");
	var pageLabels = abbr.page.filter(function (m) {
		return !abbr.folio_labels.includes(m);
	});
	var R = String.raw;
	return {
		volumeBefore: pyre(R`(?<![\w.])(?:${alternation(abbr.volume_before)})\s*:?\s*(?P<v>${num}(?:\s*[-–]\s*${num})?)(?![\w])(?!\.?['’]?\w)`),
		volumeAfter: pyre(R`(?<![\w.])(?P<v>${num})\s*\.\s*(?:${alternation(abbr.volume_after)})(?![\w])`),
		issue: pyre(R`(?<![\w.])(?:${alternation(abbr.issue)})\s*:?\s*(?P<i>\d{1,5}(?:\s*[-–/]\s*\d{1,5})?|${ROMAN}(?![\w.]))`
			+ R`(?:\s*\((?P<cum>\d{1,5})\))?(?![\w])`),
		volSlashIssue: pyre(R`(?<![\w/.:])(?P<v>${ROMAN}|\d{1,3})\s*/\s*(?P<i>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)(?![\w/.])`),
		volParenIssue: pyre(R`(?<![\w.])(?P<v>\d{1,4})\s*\((?P<i>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\)(?![\w])`),
		edition: pyre(R`(?<![\w.])(?:(?P<e1>\d{1,2})\s*\.\s*(?:${alternation(abbr.edition_after, undefined, true)})`
			+ R`|(?P<e2>\d{1,2})(?:st|nd|rd|th|-?е|-?e)?\s+(?:rev\.\s+|revised\s+|enl\.\s+)?(?:${alternation(abbr.edition_after, undefined, true)})`
			+ R`|(?:${alternation(abbr.edition_before, undefined, true)})\s*:?\s*(?P<e3>\d{1,2})(?:-?[еe]|\.)?`
			+ R`|(?P<w>${alternation(Object.keys(ordinalWords()), undefined, true)})\s+(?:${alternation(abbr.edition_after, undefined, true)}))(?![\w])`, "i"),
		part: pyre(R`(?<![\w.])(?:(?P<p1>${num})\s*\.\s*(?:${alternation(abbr.part_after)})`
			+ R`|(?:${alternation(abbr.part_before)})\s*(?P<p2>${num}))(?![\w])`),
		pages: pyre(R`(?<![\w.])(?P<label>${alternation(pageLabels)})\s*`
			+ R`(?P<p>\d{1,5}[a-z]?(?:\s*[-–—]\s*\d{1,5}[a-z]?)?(?:\s*,\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)*)(?![\w])`),
		pageCount: pyre(R`(?<![\w.-])(?:[ivxlc]+\s*,\s*)?(?P<n>\d{1,5})\s*(?:\[\d{1,3}\]\s*)?(?:${alternation(abbr.page_count)}|sayfa|pages|стр\.)(?!\s*\d)(?![\w])`),
		thesis: pyre(R`(?<![\w])(?P<t>(?:(?:[Аа]втореф\.\s*)?[Дд]исс?\.\s*…?\s*(?:канд|д-ра|докт)\.\s*(?:[а-я]{2,8}\.\s*)?наук)`
			+ R`|(?:Avtoreferat\s+)?Dissertatsi[a-zı]{0,3}(?:\s+(?:Kandidata|Doktora)\s+[^\W\d_]+\s+Nauk)?`
			+ R`|${alternation(abbr.thesis, undefined, true)})(?![\w])`, "i"),
		translator: pyre(R`(?<![\w])(?:${alternation(abbr.translator)})(?:\s*с\s*[а-я]{2,6}\.)?\s*:?\s*`),
		editor: pyre(R`(?<![\w])(?:${alternation(abbr.editor)})\s*:?\s*`),
		inContainer: pyre(R`^\s*(?:${alternation(abbr.in_container)})(?::|\s)\s*`),
		containerAfter: pyre(R`\s+(?:içinde|İçinde)\s*$`),
		url: pyre(R`(?:(?:URL|Url|Web|Online|Режим доступа)\s*:\s*)?(?P<u>(?:https?://|www\.)[^\s<>\"'“”«»]{2,500})`),
		doi: pyre(R`(?:https?://(?:dx\.)?doi\.org/|doi\s*:\s*|DOI\s*:?\s*)(?P<d>10\.\d{4,9}/[^\s\"<>]{1,200})`, "i"),
		isbn: pyre(R`ISBN(?:-1[03])?\s*:?\s*(?P<n>[\dXx][\dXx -]{8,20}[\dXx])`),
		accessed: pyre(R`(?:${alternation(abbr.accessed)})\s*:?\s*(?:on\s+)?`),
		electronic: pyre(R`(?:${alternation(abbr.electronic)})`),
		noPlace: pyre(R`(?<![\w.])(?:${alternation(abbr.no_place)})(?![\w])`),
		noDate: pyre(R`(?<![\w.])(?:${alternation(abbr.no_date)})(?![\w])`),
		date: pyre(R`(?<![\w])(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>${monthAlt})\s+(?P<y1>${YEAR})`
			+ R`|(?P<m2>${monthAlt})\s+(?P<d2>\d{1,2}),\s+(?P<y2>${YEAR})`
			+ R`|(?P<m3>${monthAlt})\s+(?P<y3>${YEAR})`
			+ R`|(?P<d4>\d{1,2})[./](?P<mo4>\d{1,2})[./](?P<y4>${YEAR})`
			+ R`|(?P<y5>${YEAR})-(?P<mo5>\d{2})-(?P<d5>\d{2}))(?![\w])`, "i"),
		year: pyre(R`(?<![\w/.-])\(?(?P<y>${YEAR})(?:\s*[-–/]\s*(?P<y2>${YEAR}|\d{2}))?(?P<suffix>[a-z])?\)?`
			+ R`(?:\s*(?:г\.|гг\.|yılı|g\.|gg\.))?(?![\w/-])`),
		yearRangeInTitle: pyre(R`\(\s*${YEAR}\s*[-–]\s*${YEAR}\s*\)`),
		specialIssue: pyre(R`(?i)(?<!\w)özel(?!\w)|special\s+issue|спецвыпуск|sonderheft|numéro\s+spécial|armağan`),
		see: pyre(R`(?<![\w])(?:${alternation(abbr.see)})(?![\w])`),
		reprint: pyre(R`(?<![\w])(?:${alternation(abbr.reprint)})(?![\w])`)
	};
});

/** fields.ordinal_words */
var ordinalWords = cached(function () {
	return {
		birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4, beşinci: 5, altıncı: 6, yedinci: 7,
		sekizinci: 8, dokuzuncu: 9, onuncu: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
		sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, revised: 2, второе: 2, третье: 3,
		четвертое: 4, пятое: 5
	};
});

/** fields.month_names: lower-cased month names (and capitalised forms) → number, in table order. */
var monthNames = cached(function () {
	var out = new Map();
	var months = load("months");
	for (var lang of Object.keys(months)) {
		if (lang.startsWith("_")) continue;
		var table = months[lang];
		for (var name of Object.keys(table)) {
			out.set(name, table[name]);
			if (!name.endsWith(".")) out.set(trUpper(Array.from(name)[0]) + name.slice(Array.from(name)[0].length), table[name]);
		}
	}
	return out;
});

/** fields.month_number: Kasım → 11, марта → 3, нояб → 11. */
function monthNumber(name) {
	var names = monthNames();
	for (var candidate of [name, trLower(name), name.toLowerCase()]) {
		for (var form of [candidate, candidate + ".", rstrip(candidate, ".")]) {
			if (names.has(form)) return names.get(form);
		}
	}
	return null;
}

/* ---------------------------------------------------------------- places */

var placeIndex = cached(function () {
	var data = load("places");
	var groups = new Map();
	for (var group of data.groups) {
		for (var spelling of group) groups.set(skeleton(spelling), group[0]);
	}
	return { groups: groups, abbreviations: data.abbreviations };
});

/** fields.known_place: the group label of a known place, or null. */
function knownPlace(text) {
	if (text.length > 60) return null;
	var groups = placeIndex().groups;
	var key = skeleton(strip(text, " .,"));
	return groups.has(key) ? groups.get(key) : null;
}

/** fields.expand_place_abbreviation: М. → Moskva. */
function expandPlaceAbbreviation(text) {
	var abbreviations = placeIndex().abbreviations;
	text = text.trim();
	var has = function (key) {
		return Object.prototype.hasOwnProperty.call(abbreviations, key) ? abbreviations[key] : null;
	};
	return has(text) || (!text.endsWith(".") ? has(text + ".") : null);
}

var PLACE_SHAPE = pyre(String.raw`^(?:[A-ZÇĞİÖŞÜА-ЯЁ][a-zçğıöşüâîûа-яё'’-]+)`
	+ String.raw`(?:[ -](?:[A-ZÇĞİÖŞÜА-ЯЁ][a-zçğıöşüâîûа-яё'’-]+|na|am|upon|on|-на-))?$`);

/** fields.place_shaped: one or two capitalised words. */
function placeShaped(text) {
	return PLACE_SHAPE.test(text.trim());
}

/** fields.is_place */
function isPlace(text) {
	text = strip(text, " ,");
	if (!text || text.length > 80) return false;
	if (expandPlaceAbbreviation(text) || knownPlace(text)) return true;
	var parts = placeParts(text);
	return parts.length > 1 && parts.every(function (p) {
		return expandPlaceAbbreviation(p) || knownPlace(p);
	});
}

function placeParts(text) {
	return text.split(/\s*[;–—]\s*|\s+(?:and|ve|и)\s+|\s*-\s*/u).filter(Boolean);
}

/** fields.normalise_place: М.; Л. → Moskva; Leningrad. */
function normalisePlace(text) {
	text = strip(text, " ,:");
	var full = expandPlaceAbbreviation(text);
	if (full) return full;
	var parts = placeParts(text);
	if (parts.length > 1 && parts.every(function (p) {
		return expandPlaceAbbreviation(p) || knownPlace(p);
	})) {
		return parts.map(function (p) {
			return expandPlaceAbbreviation(p) || p;
		}).join("; ");
	}
	return text;
}

/* ---------------------------------------------------------------- keywords */

var keywordPatterns = cached(function () {
	var abbr = load("abbreviations");
	var out = {};
	for (var key of ["journal", "publisher", "institution", "proceedings", "encyclopedia", "thesis_unpublished"]) {
		out[key] = pyre(String.raw`(?<![\w])(?:${alternation(abbr[key], undefined, true)})(?![\w])`, "i");
	}
	return out;
});

/** fields.has_keyword */
function hasKeyword(kind, text) {
	return keywordPatterns()[kind].test(text);
}

var ANY_LETTER = pyre(String.raw`[^\W\d_]`);

/** fields.last_word_is: the chunk ends with a word of this kind (… Dergisi, … Press). */
function lastWordIs(kind, text) {
	var lastEnd = -1;
	for (var m of reAll(keywordPatterns()[kind], text)) lastEnd = mEnd(m);
	return lastEnd >= 0 && !ANY_LETTER.test(text.slice(lastEnd));
}

var finalAbbreviations = cached(function () {
	var list = load("abbreviations").title_final_abbreviations;
	return pyre(String.raw`(?:^|\s)(?:${list.map(escapeRegex).join("|")})\.$`);
});

/** fields.strip_field: separators off both ends; a final period stays after an abbreviation. */
function stripField(text) {
	text = strip(text, " ,;:");
	if (text.endsWith(".") && !finalAbbreviations().test(text)) text = rstrip(text, ". ,;:");
	return lstrip(text, ". ");
}

/* ================================================================ bibkit/parse/names.py */

var NAME_UP_CHARS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƏА-ЯЁІЇЄҐЎ";
var NAME_LO_CHARS = "a-zß-öø-ÿāăąćčďđēėęěğīıķĺļľłńņňōőœŕřśşšţťūůűųźżžəа-яёіїєґў";
var UP = `[${NAME_UP_CHARS}]`;
var LO = `[${NAME_LO_CHARS}]`;
var APOS = "'’´ʹʼ`";
// A capitalised word, with inner hyphens or apostrophes (Abu-Lughod, O'Neil, Gor´kii); a romanised soft sign may end it.
var WORD = `${UP}${LO}+(?:${UP}${LO}+)?(?:[-${APOS}]${UP}?${LO}+){0,2}[${APOS}]?`;
var CAPS = `(?:Mc|Mac)?${UP}{2,}(?:[-${APOS}]${UP}+){0,2}`;
// An initial is one capital, or a digraph of romanised Russian and English names (G. Ya., Yu., Sh.).
var INITIAL = String.raw`(?:Shch|Sch|Dzh|Ya|Yu|Yo|Ye|Sh|Ch|Zh|Kh|Ts|Th|Ph|Gh|Dj|Iu|Ia|Ju|Ja|Je|Jo|Дж|${UP})\.`;
var INITIALS = String.raw`${INITIAL}(?:\s?-?\s?${INITIAL}){0,3}`;
var PARTICLE = "(?:de|da|di|du|del|della|van|von|der|den|la|le|al-|el-|ibn|bin|ben|ter|zu)";
var SURNAME = String.raw`(?:${PARTICLE}\s)?${WORD}(?:[-\s]${WORD})?`;
var GIVEN_WORDS = String.raw`${WORD}(?:\s${WORD}){0,2}(?:\s${INITIAL})?`;
var GIVEN = String.raw`(?:${INITIALS}|${GIVEN_WORDS}(?:\s${INITIALS})?)`;

var NAME_END = String.raw`(?:(?<=\.)(?=\s)|(?=\s*(?:[,;:]|\.\s|\.$|$|\s\(|\s&|\s(?:and|ve|и|und|et)\s|\s[-–—]\s`
	+ String.raw`|\s(?:vd\.|v\.d\.|et\s+al\.|и\s+др\.))))`;
var CAPS_FIRST = pyre(String.raw`(?P<family>${CAPS}(?:\s${CAPS})?)(?P<comma>,)?\s+(?P<given>${GIVEN})${NAME_END}`);
var CAPS_ONLY_INITIALS = pyre(String.raw`(?P<family>${CAPS}),?\s*(?P<given>${INITIALS})`);
var INVERTED = pyre(String.raw`(?P<family>${SURNAME}),\s*(?P<given>${GIVEN})${NAME_END}`);
var GIVEN_FIRST = pyre(String.raw`(?P<given>(?:${INITIALS}\s?|${WORD}\s)(?:${INITIALS}\s?|${WORD}\s){0,2})(?P<family>(?:${PARTICLE}\s)?${WORD})${NAME_END}`);
var GOST_NAME = pyre(String.raw`(?P<family>${WORD}(?:-${WORD})?),?\s+(?P<given>${INITIALS})(?=\s*(?:[,;]|\s${UP}|\s[«\"“]|$))`);
var CONNECTOR = pyre(String.raw`\s*(?:,\s*(?:and|&|ve|и|und|et)\s+|,\s*|\s+(?:and|&|ve|и|und|et)\s+|\s*;\s*|\s+[-–—]\s+)`);
// Given-first names (notes) are joined by a word, never by a bare comma: a comma there precedes the title.
var WORD_CONNECTOR = pyre(String.raw`\s*(?:,\s*)?(?:and|&|ve|и|und|et)\s+|\s+[-–—]\s+`);
var ET_AL = pyre(String.raw`\s*,?\s*(?:et\s+al\.?|vd\.|v\.d\.|v\.dğr\.|ve\s+diğerleri|ve\s+dğr\.|и\s+др\.|i\s+dr\.|u\.\s?a\.)`);
var ROLE_AFTER = pyre(String.raw`\s*(?:,\s*|\s)(?:\((?P<p>ed|eds|Ed|Eds|haz|Haz|der|Der|Hrsg|Hg|éd|éds|dir|ред|Ред|сост|Red|red|Sost|comp|comps)\.?\)|`
	+ String.raw`(?P<b>eds?|Eds?|haz|der|Hrsg|comp)\.)(?=[\s,.:]|$)`);
var TRANSLATOR_ROLE = pyre(String.raw`\s*(?:,\s*|\s)\((?:çev|Çev|trans|Trans|trc|Trc|пер)\.?\)`);
var INITIAL_RE = pyre(INITIAL);
var INITIALS_RE = pyre(INITIALS);
var NAME_TOKEN_RE = pyre(`${WORD}|${INITIALS}|${CAPS}`);
var LETTER_RUN = pyre(String.raw`[^\W\d_]+`);
var LETTER_RUN_2 = pyre(String.raw`[^\W\d_]{2,}`);
var LETTER_WORD_2 = pyre(String.raw`[^\W\d_]{2,}(?:['’][^\W\d_]+)?`);

/** names.Name and model.Name: a personal name, or an institution as literal. */
function makeNameObject(family, given, literal) {
	return { family: family || "", given: given || "", literal: literal || "" };
}

var notNameWords = cached(function () {
	var abbr = load("abbreviations");
	var found = new Set();
	for (var key of ["journal", "publisher", "institution", "encyclopedia", "proceedings", "thesis"]) {
		for (var phrase of abbr[key]) {
			for (var m of reAll(LETTER_RUN, phrase)) found.add(trLower(m[0]));
		}
	}
	for (var key2 of ["volume_before", "issue", "page", "edition_after", "translator", "editor", "see", "ibid", "op_cit"]) {
		for (var marker of abbr[key2]) {
			if (rstrip(marker, ".").length > 2) found.add(trLower(rstrip(marker, ".:")));
		}
	}
	var months = load("months");
	for (var lang of Object.keys(months)) {
		if (typeof months[lang] !== "object") continue;
		for (var month of Object.keys(months[lang])) {
			if (!month.endsWith(".")) found.add(month);
		}
	}
	var out = new Set(Array.from(found).filter(function (w) {
		return w.length >= 3;
	}));
	for (var w of ["the", "of", "and", "in", "on", "an", "for", "to", "ve", "ile", "bir", "için", "history", "tarih", "türk", "türkiye", "osmanlı", "rus", "rusya", "sovyet", "soviet", "russian", "turkish", "empire", "war", "revolution", "politics", "policy", "state", "cilt", "sayı"]) {
		out.add(w);
	}
	return out;
});

var givenNames = cached(function () {
	return new Set(load("given_names").names.map(skeleton));
});

/** names._starts_with_given_name: the first word is an initial or a known given name. */
function startsWithGivenName(given) {
	var first = words(given)[0] || "";
	return Boolean(reMatch(INITIAL_RE, first, 0)) || givenNames().has(skeleton(first));
}

// Turkish inflections that mark a word of a title rather than a name (İlişkileri, Atatürk'ün).
var TITLE_SUFFIX = pyre(String.raw`(?:[^\W\d_]{3}(?:ları|leri|ların|lerin|ının|inin|unun|ünün|ında|inde|ması|mesi|lığı|liği)|`
	+ String.raw`['’](?:ın|in|un|ün|nın|nin|nun|nün|ya|ye|da|de|dan|den|ta|te|tan|ten|a|e|ı|i|u|ü))$`);

var placeWords = cached(function () {
	var out = new Set();
	for (var group of load("places").groups) {
		for (var p of group) {
			if (!p.includes(" ")) out.add(trLower(p));
		}
	}
	return out;
});

/** names._plausible: no word is a known non-name word or a title inflection; a place alone is no name. */
function plausible() {
	var bad = notNameWords();
	for (var part of arguments) {
		var letterWords = reAll(LETTER_RUN_2, part);
		if (letterWords.length === 1 && words(part).length === 1 && placeWords().has(trLower(letterWords[0][0]))) {
			return false;
		}
		for (var m of reAll(LETTER_WORD_2, part)) {
			var low = trLower(m[0]);
			if (bad.has(low) || TITLE_SUFFIX.test(low)) return false;
		}
	}
	return true;
}

var INITIAL_SPACE = pyre(String.raw`(?<=\.)(?=-?${UP})`);

/** names.normalise_initials: V.A. → V. A.; G.Ya. → G. Ya. */
function normaliseInitials(given) {
	given = reSub(INITIAL_SPACE, " ", given);
	given = given.replace(/\s+-\s*/gu, "-");
	given = given.replace(/\.\s+-/gu, ".-");
	return given.replace(/\s+/gu, " ").trim();
}

var MC_PREFIX = /^(Mc|Mac)(?=[A-Z]{2})/;

/** names.case_name: KILIÇ → Kılıç; words in mixed case stay as printed. */
function caseName(text, turkishRules) {
	return text.split(" ").map(function (word) {
		var prefix = MC_PREFIX.exec(word);
		if (prefix && isCapsWord(word.slice(prefix[0].length))) {
			return prefix[1] + capitalizeWord(word.slice(prefix[0].length), turkishRules);
		}
		if (isCapsWord(word) && !reFull(INITIALS_RE, word)) return capitalizeWord(word, turkishRules);
		return word;
	}).join(" ");
}

/** names.make_name */
function makeName(family, given, turkishRules) {
	family = caseName(strip(family, " ,"), turkishRules);
	given = normaliseInitials(caseName(strip(given, " ,"), turkishRules));
	return makeNameObject(family, given);
}

var NEXT_WORD = pyre(String.raw`\s(${WORD})(?=\s*(?:[,;:(]|\.\s|\.$|$))`);
// "Price, M. Philips. "The Soviet Road…"": a quoted or italic title right after the word ends the name.
var MARKED_AFTER = pyre(String.raw`\.\s*[\"“«*_]`);

/** names._extend_given: Hanioğlu, M. Şükrü. — a given name after the initials belongs to the name. */
function extendGiven(text, end, given) {
	if (!given.endsWith(".")) return [given, end];
	var m = reMatch(NEXT_WORD, text, end);
	if (m && (startsWithGivenName(m[1]) || reMatch(MARKED_AFTER, text, mEnd(m)))) {
		return [given + " " + m[1], mEnd(m)];
	}
	return [given, end];
}

/** names._match_one: the first name at pos in one of the styles, as [name, end, style], or null. */
function matchOne(text, pos, styles, turkishRules, relaxed, first) {
	if (first === undefined) first = true;
	var m, extended;
	for (var style of styles) {
		if (style === "caps") {
			m = reMatch(CAPS_FIRST, text, pos) || reMatch(CAPS_ONLY_INITIALS, text, pos);
			if (m && plausible(grp(m, "given")) && !capsIsAcronym(grp(m, "family"), grp(m, "given"))) {
				extended = extendGiven(text, mEnd(m), grp(m, "given"));
				return [makeName(grp(m, "family"), extended[0], turkishRules), extended[1], style];
			}
		}
		else if (style === "inverted") {
			m = reMatch(INVERTED, text, pos);
			if (m && plausible(grp(m, "family"), grp(m, "given"))) {
				extended = extendGiven(text, mEnd(m), grp(m, "given"));
				return [makeName(grp(m, "family"), extended[0], turkishRules), extended[1], style];
			}
		}
		else if (style === "gost") {
			m = reMatch(GOST_NAME, text, pos);
			if (m && plausible(grp(m, "family"))) {
				return [makeName(grp(m, "family"), grp(m, "given"), turkishRules), mEnd(m), style];
			}
		}
		else if (style === "givenFirst") {
			m = reMatch(GIVEN_FIRST, text, pos);
			if (m && plausible(grp(m, "given"), grp(m, "family"))
				&& (relaxed || startsWithGivenName(grp(m, "given")) || (first && workFollows(text, m)))) {
				return [makeName(grp(m, "family"), grp(m, "given").trim(), turkishRules), mEnd(m), style];
			}
		}
	}
	return null;
}

var MARKED_TITLE_NEXT = pyre(String.raw`(?:\s*,?\s*(?:and|ve|&|и)\s+[^,*\"“«]{3,60}?)?\s*(?:\((?:ed|eds|haz|der|Hrsg|çev|trans)\.?\)\s*)?,\s*[*_\"“«„‘]`);
var NEXT_SEGMENT = pyre(String.raw`,\s*([^,(]{3,200}?)\s*(?=[,(]|$)`);

/** names._work_follows: after "Stefanos Yerasimos," comes a title, so the words were a name. */
function workFollows(text, m) {
	if (words(m[0]).length > 3) return false;
	if (reMatch(MARKED_TITLE_NEXT, text, mEnd(m))) return true;
	var nxt = reMatch(NEXT_SEGMENT, text, mEnd(m));
	if (!nxt) return false;
	var segment = nxt[1];
	if (/^\s*\d/.test(segment) || words(segment).length < 2) return false;
	var firstWord = rstrip(words(segment)[0], ".,:");
	if (isPlace(firstWord) || expandPlaceAbbreviation(firstWord + ".") || !plausibleTitle(segment)) return false;
	return Boolean(strip(text.slice(mEnd(nxt)), " ."));
}

/** names._plausible_title */
function plausibleTitle(segment) {
	var p = patterns();
	return !(p.volumeBefore.test(segment) || p.issue.test(segment) || p.edition.test(segment));
}

/** names._caps_is_acronym: TDV İslâm Ansiklopedisi, NATO Review. */
function capsIsAcronym(family) {
	return family.length <= 4 && !/[AEIOUÖÜıİaeiouöüАЕИОУЫЭЮЯаеиоуыэюя]/u.test(family.slice(1));
}

var LIST_GOES_ON = pyre(String.raw`\s*,?\s*(?:and|ve|&|и|und|et)\s|\s*,[^,]{3,40},?\s*(?:and|ve|&|и)\s`);
var NAME_COMMA = pyre(String.raw`\s*,\s*(?!(?:and|ve|и|&)\s)`);
var AFTER_NAME = pyre(String.raw`\s*(?:[,.;:(&]|$|\s[-–—]|(?:and|ve|и)\b)`);
var FOLLOW_STYLES = {
	inverted: ["inverted", "givenFirst"],
	caps: ["caps"],
	gost: ["gost"],
	givenFirst: ["givenFirst"]
};

/**
 * names.split_leading_names: the authors (or editors) at the start of text.
 * Returns { names, role, rest, etAl, periodStyle }.
 */
function splitLeadingNames(text, prefer, relaxed) {
	var turkishRules = turkishContext(text);
	var order = prefer === "note"
		? ["caps", "givenFirst", "inverted", "gost"]
		: ["caps", "inverted", "gost", "givenFirst"];
	var first = matchOne(text, 0, order, turkishRules, relaxed);
	if (first === null) return { names: [], role: "author", rest: text, etAl: false, periodStyle: false };
	var pos = first[1];
	var style = first[2];
	var names = [first[0]];
	var follow = FOLLOW_STYLES[style];
	var etAl = false;
	while (names.length < 40) {
		var m = reMatch(ET_AL, text, pos);
		if (m) {
			etAl = true;
			pos = mEnd(m);
			break;
		}
		var word = reMatch(WORD_CONNECTOR, text, pos);
		var nxt = null;
		if (style === "givenFirst") {
			// "A, B and C": names joined by a bare comma must end with "and"; a comma alone precedes the title.
			var c = word || reMatch(NAME_COMMA, text, pos);
			nxt = c ? matchOne(text, mEnd(c), follow, turkishRules, Boolean(word), false) : null;
			if (nxt && !word && !relaxed && !reMatch(LIST_GOES_ON, text, nxt[1])) nxt = null;
		}
		else {
			var connector = reMatch(CONNECTOR, text, pos);
			nxt = connector ? matchOne(text, mEnd(connector), follow, turkishRules, true) : null;
		}
		if (nxt === null) break;
		// A title may follow a name with a comma; accept a further name only if a separator follows it too.
		var after = text.slice(nxt[1], nxt[1] + 8);
		if (!reMatch(AFTER_NAME, after, 0) && style !== "gost") break;
		names.push(nxt[0]);
		pos = nxt[1];
	}
	var role = "author";
	var r = reMatch(ROLE_AFTER, text, pos);
	var translatorRole = reMatch(TRANSLATOR_ROLE, text, pos);
	if (r) {
		role = "editor";
		pos = mEnd(r);
	}
	else if (translatorRole) {
		role = "translator";
		pos = mEnd(translatorRole);
	}
	var rest = lstrip(text.slice(pos), " ,.;:");
	var gap = text.slice(pos, text.length - rest.length);
	return { names: names, role: role, rest: rest, etAl: etAl, periodStyle: !/[,;:]/.test(gap) };
}

/** names.turkish_context: Turkish letters, or Turkish words. */
function turkishContext(text) {
	if (looksTurkish(text) || !/[A-Za-z]/.test(text)) return true;
	var language = detectLanguage(text);
	return language === "tr" || language === "az";
}

/** names.parse_name_list: names after a translator or editor marker. */
function parseNameList(text, prefer, knownRole) {
	text = strip(text, " ,.;:");
	if (!text) return [];
	var lead = splitLeadingNames(text, prefer || "note", Boolean(knownRole));
	if (lead.names.length && !strip(lead.rest, " .,")) return lead.names;
	// A single name in an unusual shape: take the last word as the family name.
	var parts = words(text);
	if (parts.length >= 1 && parts.length <= 4 && parts.every(function (w) {
		return reFull(NAME_TOKEN_RE, w);
	})) {
		var turkishRules = turkishContext(text);
		if (parts.length === 1) return [makeNameObject(caseName(parts[0], turkishRules))];
		if (reFull(INITIALS_RE, parts[parts.length - 1]) && !reFull(INITIALS_RE, parts[0])) {
			return [makeName(parts[0], parts.slice(1).join(" "), turkishRules)];
		}
		return [makeName(parts[parts.length - 1], parts.slice(0, -1).join(" "), turkishRules)];
	}
	return lead.names;
}

/* ================================================================ bibkit/parse/chunks.py */

var QUOTES = { "“": "”", "«": "»", "„": "“", "\"": "\"", "‘": "’", "”": "”" };
var LINK_LABELS = pyre(String.raw`(?:\s*\[?(?:Google Scholar|Crossref|CrossRef|PubMed|Web of Science|WorldCat|Scopus|ADS|`
	+ String.raw`View Article|Full Text|PDF)\]?)+\s*$`);
// Python writes (?i:çev|trc|haz|der|yay\.\s?haz); JavaScript has no scoped flags, so the cases are spelled out.
var ABBREVIATION_BEFORE_PERIOD = pyre(String.raw`(?:^|[\s(\[.])(?:[^\W\d_]|[^\W\d_]{1,2}|\d{1,3}|[IVXLC]{1,6}|`
	+ String.raw`(?:[çÇ][eE][vV]|[tT][rR][cC]|[hH][aA][zZ]|[dD][eE][rR]|[yY][aA][yY]\.\s?[hH][aA][zZ])|`
	+ String.raw`Ed|ed|eds|Eds|trans|Trans|transl|vol|Vol|Vols|vols|No|no|Nr|nr|pp|ss|sy|bs|Bs|vd|vb|krş|Krş|`
	+ String.raw`Bk|bk|Bkz|bkz|Yay|yay|Univ|Üniv|Dr|Prof|Doç|Yrd|Mr|Mrs|Jr|Sr|St|Ste|Mt|rev|Rev|enl|repr|comp|trad|Übers|`
	+ String.raw`Hrsg|hrsg|Aufl|Bd|Hg|Изд|изд|Вып|вып|Т|т|С|с|Сс|М|Л|СПб|Пг|Мн|К|сб|Сб|ст|Ст|ред|Ред|пер|Пер|англ|нем|`
	+ String.raw`фр|рус|г|гг|ист|канд|докт|дис|дисс|автореф|ун-та|ин-та|Изд-во|изд-во|Izd|izd|Vyp|vyp|Tom|Ch|ch|Sh|Ya|Yu|`
	+ String.raw`Zh|Kh|Ts|Iu|Ia|междунар|науч|конф|испр|доп|перераб|a\.g|a\.e|a\.g\.e|a\.g\.m|op|cit|ibid|Ibid|Op|loc)$`);
// A number or numeral that is a field's value, not an ordinal: "Cilt I. Ankara", "s. 401-425. https".
var VALUE_BEFORE_PERIOD = pyre(String.raw`(?:(?:Cilt|C\.|Vol\.|vol\.|Т\.|т\.|Tom|Band|Bd\.|Part|Kısım|No\.|no\.|Sayı|№)\s*(?:[IVXLC]{1,7}|\d{1,4})`
	+ String.raw`|[-–]\s*\d{1,5}|\(\d{1,4}\))$`);
var URL_START = pyre(String.raw`(?:https?://|www\.)\S`);
var IMPRINT_NEXT = pyre(String.raw`(?:[А-ЯA-Z][а-яa-z]{0,3}\.\s*[:;,]|[А-ЯA-Z][а-яa-z]{0,3}\.\s*-\s*[А-ЯA-Z])`);
var STRAY_PAGE_LINE = pyre(String.raw`^\s*\d{1,4}\s*$`);
var LIGATURES = { ﬁ: "fi", ﬂ: "fl", ﬀ: "ff", ﬃ: "ffi", ﬄ: "ffl", "\u00ad": "", "\u200b": "" };
var HTML_TAG = pyre(String.raw`<(?:/?(?:i|em|b|strong|sup|sub|span)[^>]{0,80})>`);
// List markers and note numbers copied with the text: "- ", "[3] ", "12. ", "23 ", "⁴⁵ ".
var LEADING_MARKER = pyre(String.raw`^\s*(?:[-•–]\s+|\[\d{1,4}\]\s*|\d{1,4}[.)]\s+(?=\D)|\d{1,3}\s+(?=[^\W\d_])|[¹²³⁰⁴-⁹]+\s*)`);
var GLUED_LABEL = pyre(String.raw`(?<=\S)(?:Google Scholar|CrossRef|Crossref)(?=\s|$)`);

/**
 * chunks.Chunk: a piece of an entry between separators. Its fields use camelCase keys where the
 * Python writes snake_case (bareNumber is bare_number, inPrevious in_previous, yearRange
 * year_range, volumeTitle volume_title).
 */
function makeChunk(text, sep, flags) {
	flags = flags || {};
	return {
		text: text,
		sep: sep || "",
		quoted: Boolean(flags.quoted),
		italic: Boolean(flags.italic),
		paren: Boolean(flags.paren),
		rest: "",
		fields: {}
	};
}

/** chunks.clean: an entry as one clean line, PDF damage undone, markers, tags and link labels gone. */
function clean(text) {
	text = repairMojibake(translate(text, LIGATURES));
	var lines = text.split("\n").filter(function (line) {
		return !STRAY_PAGE_LINE.test(line);
	});
	var joined = "";
	for (var line of lines) joined = joined ? joinEntryLines(joined, line) : line.trim();
	text = reSub(HTML_TAG, function (m) {
		return ["<i>", "</i>", "<em>", "</em>"].includes(m[0].toLowerCase()) ? "*" : "";
	}, joined);
	text = reSub(LEADING_MARKER, "", text, 1);
	text = reSub(GLUED_LABEL, "", text);
	text = reSub(LINK_LABELS, "", text, 1);
	text = text.replace(/\s+/gu, " ").trim();
	return text.replace(/\\\*/g, "*").replace(/\\_/g, "_").normalize("NFC");
}

/** chunks._join: join two lines of one entry (segment.join_lines, by segment.line_glue). */
function joinEntryLines(first, second) {
	return joinLines(first, second);
}

/** Python text.find(sub, start, end): sub wholly inside text[start:end], else -1. */
function findWithin(text, sub, start, end) {
	var index = text.indexOf(sub, start);
	return index >= 0 && index + sub.length <= end ? index : -1;
}

var SPAN_START = pyre(String.raw`https?://|www\.|[*_\"“«„‘]`);

/** chunks.marked_spans: quoted titles, italic runs and URLs as [start, end, kind], outermost, left to right. */
function markedSpans(text) {
	var spans = [];
	var n = text.length;
	var resume = 0;
	for (var m of reAll(SPAN_START, text)) {
		var i = m.index;
		if (i < resume) continue;
		var c = text[i];
		if ((c === "h" || c === "w") && (i === 0 || !isAlnum(charBefore(text, i)))) {
			var end = i;
			while (end < n && !isSpace(text[end]) && !"<>\"“”«»".includes(text[end])) end++;
			while (end > i && ".,;:)".includes(text[end - 1])) end--;
			spans.push([i, end, "url"]);
			resume = end;
		}
		else if ((c === "*" || c === "_") && (i === 0 || !isAlnum(charBefore(text, i))) && i + 1 < n && !" *_".includes(text[i + 1])) {
			var marker = text.startsWith(c + c, i) ? c + c : c;
			var close = findWithin(text, marker, i + marker.length, i + 600);
			var after = close + marker.length;
			if (close > i && (after >= n || !isAlnum(String.fromCodePoint(text.codePointAt(after))))) {
				spans.push([i, after, "italic"]);
				resume = after;
			}
		}
		else if (Object.prototype.hasOwnProperty.call(QUOTES, c) && (!"‘\"".includes(c) || i === 0 || !isAlnum(charBefore(text, i)))) {
			var closeQuote = findWithin(text, QUOTES[c], i + 1, i + 600);
			if (c === "„" && closeQuote < 0) closeQuote = findWithin(text, "”", i + 1, i + 600);
			if (closeQuote > i + 1) {
				spans.push([i, closeQuote + 1, "quoted"]);
				resume = closeQuote + 1;
			}
		}
	}
	return spans;
}

/** chunks.split_swallowing_italic: *Title, X Yayınları* → title, rest; APA *Slavic Review, 72* too. */
function splitSwallowingItalic(inner) {
	var parts = inner.split(", ");
	for (var k = 1; k < parts.length; k++) {
		if (looksLikePubdata(parts[k]) || (k === parts.length - 1 && /^\d{1,4}$/.test(parts[k].trim()))) {
			return [parts.slice(0, k).join(", "), parts.slice(k).join(", ")];
		}
	}
	return [inner, ""];
}

/** chunks.looks_like_pubdata: publisher, place, a single year, a volume, issue or edition. */
function looksLikePubdata(text) {
	var p = patterns();
	text = text.trim();
	var year = reFull(p.year, text);
	return Boolean(hasKeyword("publisher", text)
		|| (hasKeyword("institution", text) && !hasKeyword("journal", text))
		|| isPlace(text)
		|| (year && !grp(year, "y2"))
		|| reMatch(p.volumeBefore, text, 0)
		|| reMatch(p.issue, text, 0)
		|| p.edition.test(text));
}

/** chunks._ordinal_markers: words an ordinal stands before (2. Baskı, III. Cilt). */
var ordinalMarkers = cached(function () {
	var abbr = load("abbreviations");
	var markers = abbr.edition_after.concat(abbr.part_after, abbr.volume_after);
	return pyre(String.raw`(?:${alternation(markers)})(?![\w])`);
});

/** chunks._lowercase_markers: markers written in lower case after a period (… (1300-1600). çev. X). */
var lowercaseMarkers = cached(function () {
	var abbr = load("abbreviations");
	var markers = [];
	for (var key of ["translator", "editor", "in_container"]) {
		for (var m of abbr[key]) {
			if (isLower(m.slice(0, 1))) markers.push(m);
		}
	}
	return pyre(String.raw`(?:${alternation(markers)})(?![\w])`);
});

var ORDINAL_BEFORE = pyre(String.raw`(?<![\w.])(?:\d{1,3}|[IVXLC]{1,7})$`);
var YEAR_AT_END = pyre(String.raw`(?<!\d)\d{4}$`);

/** chunks.is_sentence_period: a period followed by a space ends a chunk unless it ends an abbreviation. */
function isSentencePeriod(text, i) {
	if (i + 2 > text.length || text[i + 1] !== " ") return false;
	var nxt = text.slice(i + 2, i + 3);
	if (reMatch(URL_START, text, i + 2)) return true;
	var windowStart = Math.max(0, i - 40);
	var space = text.lastIndexOf(" ", i - 1);
	var wordStart = space >= windowStart ? space + 1 : windowStart;
	var inside = reMatch(roleStart(), text, wordStart);
	if (inside && mEnd(inside) >= i + 1) return false; // the period of a role marker: "Red. A. M. Şamsutdinov"
	if (isLower(nxt)) return Boolean(reMatch(lowercaseMarkers(), text, i + 2));
	if (reMatch(IMPRINT_NEXT, text, i + 2)) return true; // "… конф. М.: Наука": the imprint follows
	var before = text.slice(Math.max(0, i - 16), i);
	if (ORDINAL_BEFORE.test(before) && reMatch(ordinalMarkers(), text, i + 2)) return false; // "2. Baskı"
	if (VALUE_BEFORE_PERIOD.test(before)) return true;
	// "1999. 350 с." — a year is never an abbreviation; ordinals (2. Baskı) are.
	if (ABBREVIATION_BEFORE_PERIOD.test(before)) return YEAR_AT_END.test(before);
	return true;
}

/** chunks.first_sentence_end: where the first sentence ends (outside quotes, italics, parentheses), or -1. */
function firstSentenceEnd(text) {
	var spans = new Map();
	for (var span of markedSpans(text)) spans.set(span[0], span[1]);
	var i = 0;
	var depth = 0;
	while (i < text.length) {
		if (spans.has(i) && depth === 0) {
			i = spans.get(i);
			continue;
		}
		var c = text[i];
		if (c === "(" || c === "[") depth += 1;
		else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
		else if (c === "." && depth === 0 && isSentencePeriod(text, i)) return i;
		else if (depth === 0 && (text.startsWith(" // ", i) || text.startsWith(" / ", i))) return i; // GOST
		i += 1;
	}
	return -1;
}

var monthDayTail = cached(function () {
	var months = Array.from(monthNames().keys()).map(escapeRegex);
	return pyre(String.raw`(?i)(?:${longestFirst(months).join("|")})\s+\d{1,2}$`);
});
var COMMA_NUMBER_NEXT = pyre(String.raw`^\s*(?:no\.|nos\.|No\.|№)\s*\d`);
var EDITION_QUALIFIER_NEXT = pyre(String.raw`^\s*(?:испр|перераб|доп|rev|enl)\.`);
var YEAR_NEXT = pyre(String.raw`^\s*\d{4}(?!\d)`);
var STATE_NEXT = pyre(String.raw`^\s*(?:[A-Z]{2}|Mass\.|Calif\.|Conn\.|Ill\.|Penn\.|N\.J\.|N\.Y\.)(?=[:;,)]|\s*$)`);

/** chunks._comma_splits: a comma separates chunks, except inside numbers, before no. and in March 18, 1921. */
function commaSplits(text, i, buf) {
	if (i + 1 < text.length && isDigit(text[i + 1]) && text.slice(Math.max(0, i - 1), i) !== " ") return false;
	var after = text.slice(i + 1, i + 12);
	if (COMMA_NUMBER_NEXT.test(after) && /\d$/u.test(rstrip(buf))) return false;
	if (EDITION_QUALIFIER_NEXT.test(after)) return false; // "Изд. 2-е, испр. и доп.": one edition statement
	if (YEAR_NEXT.test(after) && monthDayTail().test(rstrip(buf))) return false;
	if (STATE_NEXT.test(after)) {
		// "Ithaca, NY: Cornell University Press": a US state after its city is part of the place.
		var pieces = rstrip(buf).slice(-40).split(/[:(]\s*/u);
		var tail = pieces[pieces.length - 1].trim();
		return !(placeShaped(tail) || knownPlace(tail));
	}
	return true;
}

var roleStart = cached(function () {
	var abbr = load("abbreviations");
	return pyre(String.raw`\s*(?:${alternation(abbr.editor.concat(abbr.translator))})(?=\s)`);
});

var SHORT_ABBREVIATION_END = pyre(String.raw`(?:^|\s)[А-ЯA-Z][а-яa-z]{0,3}\.$`);
var SHORT_ABBREVIATION_START = pyre(String.raw`^\s*[А-ЯA-Z][а-яa-z]{0,3}\.`);

/** chunks.semicolon_splits: М.; Л.: Наука lists two places, that semicolon stays. */
function semicolonSplits(text, i, buf) {
	return !(SHORT_ABBREVIATION_END.test(buf) && SHORT_ABBREVIATION_START.test(text.slice(i + 1)));
}

var PUBDATA_GROUP = pyre(String.raw`[:,;]\s|\s[–—]\s`);
// Characters at which a chunk may end or a group begin; everything between them is copied whole.
var INTERESTING = pyre(String.raw`[,;/—–.(\[]`);

/** chunks._ends: the first or last size characters of the text in parts, without joining all of it. */
function bufferEnds(parts, size, fromEnd) {
	var out = [];
	var total = 0;
	var ordered = fromEnd ? parts.slice().reverse() : parts;
	for (var part of ordered) {
		out.push(part);
		total += part.length;
		if (total >= size) break;
	}
	var joined = (fromEnd ? out.reverse() : out).join("");
	return fromEnd ? joined.slice(-size) : joined.slice(0, size);
}

/** chunks.chunk: cut text into chunks; quoted and italic spans are kept whole and flagged. */
function chunk(text) {
	var spans = new Map();
	for (var span of markedSpans(text)) spans.set(span[0], [span[1], span[2]]);
	var pairs = parenPairs(text);
	var stopSet = new Set(spans.keys());
	for (var stopMatch of reAll(INTERESTING, text)) stopSet.add(stopMatch.index);
	var stops = Array.from(stopSet).sort(function (a, b) {
		return a - b;
	});
	var stopAt = 0;
	var chunks = [];
	var buf = [];
	var flags = {};
	var sep = "";
	var i = 0;
	var n = text.length;
	var flush = function (nextSep) {
		var piece = buf.join("").trim();
		if (piece) chunks.push(makeChunk(piece, sep, flags));
		buf = [];
		sep = nextSep;
		flags = {};
	};
	while (i < n) {
		// Copy the run of ordinary characters up to the next interesting position.
		while (stopAt < stops.length && stops[stopAt] < i) stopAt++;
		var nextStop = stopAt < stops.length ? stops[stopAt] : n;
		if (nextStop > i) {
			buf.push(text.slice(i, nextStop));
			i = nextStop;
			continue;
		}
		if (spans.has(i)) {
			var end = spans.get(i)[0];
			var kind = spans.get(i)[1];
			var atStart = !buf.join("").trim();
			if (kind === "url" || !atStart) {
				buf.push(kind === "italic" ? strip(text.slice(i, end), "*_") : text.slice(i, end));
			}
			else {
				var inner = kind === "italic" ? strip(text.slice(i, end), "*_") : text.slice(i + 1, end - 1);
				var tail = "";
				if (kind === "italic") {
					var split = splitSwallowingItalic(inner);
					inner = split[0];
					tail = split[1];
				}
				buf.push(inner);
				flags = {};
				flags[kind] = true;
				// A title in quotes or italics ends its chunk (Chicago: '"Title." *Journal* 12').
				flush(",");
				if (tail) chunks.push(...chunk(tail));
			}
			i = end;
			continue;
		}
		var c = text[i];
		if (c === "(" || c === "[") {
			var close = pairs.has(i) ? pairs.get(i) : -1;
			if (close > 0) {
				var group = text.slice(i + 1, close);
				// "(Ankara: Kültür Bakanlığı Yayınları, 1990)" is publication data: read it as chunks.
				if (PUBDATA_GROUP.test(group) && !reFull(patterns().yearRangeInTitle, text.slice(i, close + 1))) {
					flush(",");
					for (var sub of chunk(group)) {
						sub.paren = true;
						chunks.push(sub);
					}
					sep = ",";
				}
				else {
					buf.push(text.slice(i, close + 1));
				}
				i = close + 1;
				continue;
			}
			buf.push(c);
			i += 1;
			continue;
		}
		// Only the buffer's ends matter to the separator rules: each step looks at a bounded text.
		var bufTail = bufferEnds(buf, 120, true);
		if (c === "," && sep !== "/" && commaSplits(text, i, bufTail)) { // "/ A, B, C": one statement
			flush(",");
		}
		else if (c === ";" && semicolonSplits(text, i, bufTail)) {
			flush(";");
		}
		else if (text.startsWith("//", i)) {
			flush("//");
			i += 1;
		}
		else if (c === "/" && [" ", ""].includes(text.slice(Math.max(0, i - 1), i)) && text.slice(i + 1, i + 2) === " ") {
			flush("/");
		}
		else if ((c === "—" || c === "–")
			&& text.slice(Math.max(0, i - 1), i) === " "
			&& text.slice(i + 1, i + 2) === " "
			&& !buf.join("").trim()) {
			// GOST's area dash (". – М.: Наука"): the period before it already cut the chunk.
			// A spaced dash inside a chunk stays text: "XIX – начале XX века", "London – New York".
		}
		else if (c === "." && isSentencePeriod(text, i)) {
			if (endsWithAbbreviation(bufTail)) buf.push(".");
			flush(".");
		}
		else {
			buf.push(c);
		}
		i += 1;
	}
	flush("");
	return chunks;
}

var ENDS_WITH_ABBREVIATION = pyre(String.raw`(?:^|[\s.])(?:[^\W\d_]{1,4}|Yayın|Изд-во|изд-во)$`);

/** chunks._ends_with_abbreviation: keep the period of Yay. or М. that ends a chunk. */
function endsWithAbbreviation(text) {
	return ENDS_WITH_ABBREVIATION.test(text);
}

/**
 * chunks.paren_pairs: each opening ( or [ → its closing partner, in one pass with a stack.
 * Pairs further apart than window characters are not pairs; the stack keeps 64 openings at most.
 */
function parenPairs(text, window) {
	window = window || 600;
	var pairs = new Map();
	var stack = [];
	var opening = { ")": "(", "]": "[" };
	for (var j = 0; j < text.length; j++) {
		var ch = text[j];
		if (ch === "(" || ch === "[") {
			stack.push([j, ch]);
			if (stack.length > 64) stack.shift();
		}
		else if ((ch === ")" || ch === "]") && stack.length && stack[stack.length - 1][1] === opening[ch]) {
			var start = stack.pop()[0];
			if (j - start <= window) pairs.set(start, j);
		}
	}
	return pairs;
}

/* ================================================================ bibkit/parse/extract.py */

/** model.Date: as precise as the source gives it; endYear for ranges such as 1991-1993. */
function makeDate(year, month, day, endYear) {
	return { year: year, month: month || null, day: day || null, endYear: endYear || null };
}

/** extract.Found: the fields recognised so far in one entry. */
function makeFound() {
	return {
		values: new Map(),
		names: new Map(),
		years: [], // [date, isRange]
		accessed: null,
		dayMonth: null, // [month, day] of "18 марта"
		inMarker: false,
		reprint: false,
		problems: []
	};
}

/** Found.put: the first value of a key wins. */
function put(found, key, value) {
	if (value && !found.values.has(key)) found.values.set(key, value);
}

function setNamesDefault(found, role, names) {
	if (!found.names.has(role)) found.names.set(role, names);
}

/** Found.issued: a full date if one was given, else the last single year, else a range. */
function issuedOf(found) {
	if (!found.years.length) return null;
	var dated = found.years.filter(function (y) {
		return y[0].month;
	});
	var singles = found.years.filter(function (y) {
		return !y[1];
	});
	var chosen = dated.length ? dated[dated.length - 1][0] : singles.length ? singles[singles.length - 1][0] : found.years[0][0];
	if (found.dayMonth && !chosen.month) chosen = makeDate(chosen.year, found.dayMonth[0], found.dayMonth[1]);
	return chosen;
}

/** extract.date_from_match: the date of a match of fields.patterns().date. */
function dateFromMatch(m) {
	for (var k of ["1", "2", "3", "4", "5"]) {
		var y = grp(m, "y" + k);
		if (y) {
			var monthName = grp(m, "m" + k);
			var month = monthName ? monthNumber(monthName) : (grp(m, "mo" + k) ? parseInt(grp(m, "mo" + k)) : null);
			var day = grp(m, "d" + k);
			if (month !== null && !(month >= 1 && month <= 12)) month = null;
			return makeDate(parseInt(y), month, day && month ? parseInt(day) : null);
		}
	}
	throw new Error("no date in match");
}

var EMPTY_BRACKETS = pyre(String.raw`\(\s*[,;:.]?\s*\)|\[\s*\]`);

/** extract.take: text without the match (and without brackets it leaves empty). */
function take(text, m) {
	var out = (text.slice(0, m.index) + " " + text.slice(mEnd(m))).trim();
	return reSub(EMPTY_BRACKETS, " ", out).trim();
}

/* ---------------------------------------------------------------- extractors */

var LINK_HINT = pyre(String.raw`(?i)http|www\.|doi|isbn|\[`);

function extractLinks(text, ctx) {
	if (!LINK_HINT.test(text)) return text;
	var p = patterns();
	for (var spec of [[p.doi, "doi", "d"], [p.url, "url", "u"], [p.isbn, "isbn", "n"]]) {
		var m = spec[0].exec(text);
		if (m) {
			put(ctx.found, spec[1], rstrip(grp(m, spec[2]), ".,;)"));
			text = take(text, m);
		}
	}
	var e = p.electronic.exec(text);
	if (e) {
		put(ctx.found, "medium", "online");
		text = take(text, e);
	}
	return text;
}

var TURKISH_ACCESS = pyre(String.raw`(?P<date>.{4,30}?)\s+tarihinde\b(?:.*?adresinden\s+erişildi\.?)?`, "i");

function extractAccessed(text, ctx) {
	var p = patterns();
	var m = p.accessed.exec(text);
	if (m) {
		var d = reSearch(p.date, text, mEnd(m));
		if (d && d.index - mEnd(m) < 4) {
			ctx.found.accessed = ctx.found.accessed || dateFromMatch(d);
			return (text.slice(0, m.index) + " " + text.slice(mEnd(d))).trim();
		}
		return take(text, m);
	}
	m = TURKISH_ACCESS.exec(text); // APA Turkish: "12 Mart 2021 tarihinde … adresinden erişildi"
	if (m) {
		var date = p.date.exec(grp(m, "date"));
		if (date) {
			ctx.found.accessed = ctx.found.accessed || dateFromMatch(date);
			return take(text, m);
		}
	}
	return text;
}

function extractThesis(text, ctx) {
	var m = patterns().thesis.exec(text);
	if (m) {
		put(ctx.found, "genre", grp(m, "t").trim());
		return take(text, m);
	}
	return text;
}

var CYRILLIC_LOWER = /[а-яё]/u;
var AND_EDITED = pyre(String.raw`^\s*(?:and|&|ve)\s+(?:ed|haz|edited by)\.?\s*`, "i");

/** Çev. Hasan Ali Ediz, trans. Max Eastman, / под ред. А. Б. Смирнова, edited by X and Y. */
function extractRoles(text, ctx) {
	var p = patterns();
	for (var spec of [[p.translator, "translator"], [p.editor, "editor"]]) {
		var m = spec[0].exec(text);
		if (!m || (m.index > 0 && !/[/,;]$/.test(rstrip(text.slice(0, m.index))))) continue;
		var rest = text.slice(mEnd(m));
		var both = spec[1] === "translator" ? AND_EDITED.exec(rest) : null;
		var names = parseNameList(both ? rest.slice(mEnd(both)) : rest, "note", true);
		if (names.length) {
			if (names.some(function (n) {
				return CYRILLIC_LOWER.test(n.family);
			})) {
				names = names.map(nominative);
			}
			setNamesDefault(ctx.found, spec[1], names);
			if (both) setNamesDefault(ctx.found, "editor", names); // "trans. and ed. Sidney Harcave": one person, both roles
			text = rstrip(text.slice(0, m.index), " /,;");
		}
	}
	return text;
}

/** GOST's "/ Б. В. Соколов" after the title repeats the authors. */
function extractResponsibility(text, ctx) {
	if (ctx.chunk.sep !== "/") return text;
	var names = parseNameList(text, "note", true);
	var letters = names.map(function (n) {
		return n.family + n.given;
	}).join(" ");
	if (names.length && letters.length >= text.replace(/[\s.,]/gu, "").length - 2) {
		setNamesDefault(ctx.found, "responsibility", names);
		return "";
	}
	return text;
}

function extractInMarkers(text, ctx) {
	var p = patterns();
	var m = p.inContainer.exec(text);
	if (m && ctx.position > 0) {
		ctx.found.inMarker = true;
		ctx.chunk.fields.in = "1";
		text = text.slice(mEnd(m));
	}
	m = p.containerAfter.exec(text);
	if (m) {
		ctx.found.inMarker = true;
		ctx.chunk.fields[text.slice(0, m.index).trim() ? "in" : "inPrevious"] = "1";
		text = text.slice(0, m.index);
	}
	return text;
}

var REPORT_NUMBER = pyre(String.raw`(?i)(?<![\w])(?:Yayın|Rapor|Report|Working Paper|Doküman)\s+(?:No|Nr|Sayı)\s*[.:]?\s*(\d[\w/-]{0,12})`);

function extractReportNumber(text, ctx) {
	var m = REPORT_NUMBER.exec(text);
	if (m) {
		put(ctx.found, "number", m[1]);
		put(ctx.found, "report", "1");
		return take(text, m);
	}
	return text;
}

var EDITION_QUALIFIER = pyre(String.raw`^[\s,]*(?:(?:испр|перераб|доп|rev|enl|genişletilmiş|gözden geçirilmiş)\.?\s*(?:и|and|ve|,)?\s*)+`, "i");

function extractEditionPart(text, ctx) {
	var p = patterns();
	var m = p.edition.exec(text);
	if (m) {
		var value = grp(m, "e1") || grp(m, "e2") || grp(m, "e3");
		if (!value && grp(m, "w")) value = String(ordinalWords()[trLower(grp(m, "w"))] || "");
		if (value) {
			put(ctx.found, "edition", toNumber(value));
			var rest = text.slice(mEnd(m));
			var q = EDITION_QUALIFIER.exec(rest);
			text = (text.slice(0, m.index) + " " + (q ? rest.slice(mEnd(q)) : rest)).trim();
		}
	}
	m = p.part.exec(text);
	if (m) {
		put(ctx.found, "part", toNumber(grp(m, "p1") || grp(m, "p2")));
		text = take(text, m);
	}
	return text;
}

var VOLUME_COUNT = pyre(String.raw`(?<![\w.])(\d{1,2})\s+(?:vols?\.|volumes|[Cc]ilt\b(?!\s*\d)|тт?\.|томах|tomakh|Bde\.)(?![\w])`);

function extractVolumeCount(text, ctx) {
	var m = VOLUME_COUNT.exec(text);
	if (m) {
		put(ctx.found, "number-of-volumes", m[1]);
		return take(text, m);
	}
	return text;
}

// Journal numbers with the date in parentheses: Chicago "45, no. 2 (1986): 215–33", İSNAD "3/1 (2000)".
var JOURNAL_NUMBERS = pyre(String.raw`(?<![\w.])(?:(?P<v>\d{1,4}|[IVXLC]{1,7})(?:\s*/\s*(?P<i2>\d{1,4}(?:-\d{1,4})?))?\s*,?\s*)?`
	+ String.raw`(?:(?:no\.|No\.|nos\.|№|sy\.)\s*(?P<i>\d{1,4}(?:[-–/]\d{1,4})?)\s*)?`
	+ String.raw`\((?P<d>[^()]{0,30}\d{4}[^()]{0,12})\)(?:\s*[:,]\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?))?(?![\w])`);
var VOLUME_PAGE = pyre(String.raw`^(?P<v>\d{1,3})\s*:\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)$`);

function extractJournalNumbers(text, ctx) {
	var m = JOURNAL_NUMBERS.exec(text);
	if (m && (grp(m, "v") || grp(m, "i")) && patterns().year.test(grp(m, "d"))) {
		var found = ctx.found;
		if (grp(m, "v")) put(found, "volume", toNumber(grp(m, "v")));
		var issue = grp(m, "i") || grp(m, "i2");
		if (issue) put(found, "issue", toNumber(issue));
		if (grp(m, "p")) put(found, "page", pageRange(grp(m, "p")));
		extractDates(grp(m, "d"), { found: found, chunk: ctx.chunk, position: 1 });
		return take(text, m);
	}
	m = VOLUME_PAGE.exec(text);
	if (m && ctx.position > 0) {
		put(ctx.found, "volume", grp(m, "v"));
		put(ctx.found, "page", pageRange(grp(m, "p")));
		return "";
	}
	return text;
}

var SPECIAL_ISSUE = pyre(String.raw`(?i)special\s+issue\s*:\s*(?P<t>[^()]{2,200}?)\s*(?=\(|$)`);
var DATE_PAGES = pyre(String.raw`^\s*\((?P<d>[^()]{0,30}\d{4}[^()]{0,12})\)\s*:\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)\s*$`);

/** special issue: Gender and Nation (2013): 45–67 → volume title, then date and pages. */
function extractSpecialIssue(text, ctx) {
	var m = text.includes("ssue") ? SPECIAL_ISSUE.exec(text) : null;
	if (m) {
		put(ctx.found, "volume-title", grp(m, "t").trim());
		text = take(text, m);
		var dp = DATE_PAGES.exec(text);
		if (dp) {
			put(ctx.found, "page", pageRange(grp(dp, "p")));
			extractDates(grp(dp, "d"), { found: ctx.found, chunk: ctx.chunk, position: 1 });
			return "";
		}
	}
	return text;
}

/** 1953; repr., Cambridge — Reprint, London: the earlier year is the original date. */
function extractReprint(text, ctx) {
	var m = patterns().reprint.exec(text);
	if (m) {
		ctx.found.reprint = true;
		return take(text, m);
	}
	return text;
}

var YEAR_ONLY = pyre(YEAR);
var ISSUE_ONLY = pyre(String.raw`\s*\((\d{1,4}(?:[-–]\d{1,4})?)\)\s*`);

function extractVolumeIssue(text, ctx) {
	var p = patterns();
	var found = ctx.found;
	var m = p.volSlashIssue.exec(text);
	if (m && !p.date.test(text)) {
		put(found, "volume", toNumber(grp(m, "v")));
		put(found, "issue", toNumber(grp(m, "i")));
		text = take(text, m);
	}
	for (var pattern of [p.volumeAfter, p.volumeBefore]) {
		m = pattern.exec(text);
		if (m) {
			put(found, "volume", toNumber(grp(m, "v")));
			ctx.chunk.fields.volume = "1";
			text = take(text, m);
		}
	}
	for (var im of reAll(p.issue, text).slice(0, 2)) {
		var value = pageRange(grp(im, "i"));
		var label = words(im[0])[0] || "";
		if (label.startsWith("S.") && (value.includes("-") || found.values.has("issue"))) {
			put(found, "page", value);
		}
		else {
			put(found, "issue", toNumber(value));
			if (grp(im, "cum")) put(found, "issue_cumulative", grp(im, "cum"));
		}
		text = text.replace(im[0], " ").trim();
	}
	m = p.volParenIssue.exec(text);
	if (m && !reFull(YEAR_ONLY, grp(m, "i"))) {
		put(found, "volume_or_issue", grp(m, "v") + "|" + grp(m, "i"));
		text = take(text, m);
	}
	m = reFull(ISSUE_ONLY, text);
	if (m && ctx.position > 0 && !reFull(YEAR_ONLY, m[1])) {
		put(found, "issue", toNumber(m[1])); // APA: "(11)" after the journal, without a volume
		text = "";
	}
	return text;
}

var BARE_RANGE = pyre(String.raw`\s*:?\s*(\d{1,5})\s*[-–—]\s*(\d{1,5})\s*\.?\s*`);

function extractPages(text, ctx) {
	var p = patterns();
	var m = p.pages.exec(text);
	if (m) {
		put(ctx.found, "page", pageRange(grp(m, "p")));
		text = take(text, m);
	}
	m = p.pageCount.exec(text);
	if (m) {
		put(ctx.found, "number-of-pages", grp(m, "n"));
		text = take(text, m);
	}
	// A bare page range: Chicago ": 375–413", APA ", 53-60", a chapter's "111–44".
	m = reFull(BARE_RANGE, text);
	if (m && ctx.position > 0 && !(reFull(YEAR_ONLY, m[1]) && reFull(YEAR_ONLY, m[2]))) {
		put(ctx.found, "page", pageRange(m[1] + "-" + m[2]));
		text = "";
	}
	return text;
}

var BARE_NUMBER = pyre(String.raw`\s*(\d{1,4})\s*\.?\s*`);

/** A number alone after the journal (APA "Bilig, 46"; Chicago "Slavic Review 53"): a volume candidate. */
function extractBareNumber(text, ctx) {
	var m = reFull(BARE_NUMBER, text);
	if (m && ctx.position > 0 && !reFull(YEAR_ONLY, m[1])) {
		ctx.chunk.fields.bareNumber = m[1];
		return "";
	}
	return text;
}

var DAY_MONTH = pyre(String.raw`\s*(\d{1,2})\s+([^\W\d_]{3,10}\.?)\s*`);
var MONTH_DAY = pyre(String.raw`\s*([^\W\d_]{3,10}\.?)\s+(\d{1,2})\s*`);

/** "18 марта" or "8 нояб." after the year (GOST newspapers), "November 5" without a year. */
function extractDayMonth(text, ctx) {
	var m = reFull(DAY_MONTH, text) || reFull(MONTH_DAY, text);
	if (m) {
		var dayFirst = isDigit(m[1]);
		var day = dayFirst ? m[1] : m[2];
		var month = monthNumber(dayFirst ? m[2] : m[1]);
		if (month && parseInt(day) >= 1 && parseInt(day) <= 31) {
			ctx.found.dayMonth = [month, parseInt(day)];
			return "";
		}
	}
	return text;
}

/** The publication date; a title (position 0) keeps the years it contains. */
function extractDates(text, ctx) {
	var p = patterns();
	var m = p.date.exec(text);
	if (m && dateContextOk(take(text, m), ctx.position)) {
		ctx.found.years.push([dateFromMatch(m), false]);
		return take(text, m);
	}
	var stripped = text.length > 12 ? reSub(p.yearRangeInTitle, " ", text) : text;
	for (var ym of reAll(p.year, stripped)) {
		var remainder = take(stripped, ym);
		var isRange = Boolean(grp(ym, "y2"));
		if (!dateContextOk(remainder, ctx.position, isRange)) continue;
		if (isRange && !strip(remainder, " ,.;:()")) ctx.chunk.fields.yearRange = strip(ym[0], "() ");
		var year = parseInt(grp(ym, "y"));
		var endYear = null;
		var y2 = grp(ym, "y2");
		if (y2) endYear = y2.length === 4 ? parseInt(y2) : parseInt(String(year).slice(0, 2) + y2);
		ctx.found.years.push([makeDate(year, null, null, endYear && endYear > year ? endYear : null), isRange]);
		if (grp(ym, "suffix")) put(ctx.found, "year-suffix", grp(ym, "suffix"));
		return remainder;
	}
	return text;
}

var YEAR_WORDS = pyre(String.raw`(?<!\w)(?:гг?|yılı|g)\.?(?!\w)`);
var DATE_SEPARATORS = pyre(String.raw`[\s,.;:()\[\]]+`);

/** extract._date_context_ok: a year is the date when a place, a month or nothing stands beside it. */
function dateContextOk(remainder, position, isRange) {
	if (remainder.length > 80) return false; // no place name is that long
	var rest = reSub(DATE_SEPARATORS, " ", reSub(YEAR_WORDS, " ", remainder)).trim();
	if (!rest) return true;
	if (isPlace(rest)) return true;
	if (position === 0 || isRange) return false;
	if (placeShaped(rest)) return true;
	return monthNumber(rest) !== null;
}

function extractNoPlaceNoDate(text) {
	var p = patterns();
	var bare = strip(text, " ,;");
	for (var pattern of [p.noPlace, p.noDate]) {
		for (var candidate of [bare, bare + "."]) {
			if (reFull(pattern, candidate)) return "";
		}
	}
	return text;
}

/** extract.EXTRACTORS, in their order. */
var EXTRACTORS = [
	["_links", extractLinks],
	["_special_issue", extractSpecialIssue],
	["_reprint", extractReprint],
	["_accessed", extractAccessed],
	["_thesis", extractThesis],
	["_roles", extractRoles],
	["_responsibility", extractResponsibility],
	["_in_markers", extractInMarkers],
	["_report_number", extractReportNumber],
	["_edition_part", extractEditionPart],
	["_volume_count", extractVolumeCount],
	["_journal_numbers", extractJournalNumbers],
	["_volume_issue", extractVolumeIssue],
	["_pages", extractPages],
	["_bare_number", extractBareNumber],
	["_day_month", extractDayMonth],
	["_dates", extractDates],
	["_no_place_no_date", extractNoPlaceNoDate]
];
// Extractors that look for digits; a chunk without any digit skips them.
var NUMERIC_EXTRACTORS = ["_accessed", "_report_number", "_volume_count", "_journal_numbers", "_pages", "_bare_number", "_day_month", "_dates"];
var ROMAN_WORD = pyre(String.raw`(?<![\w])[IVXLC]{1,7}(?![\w])`);
var ITALIC_VOLUME = pyre(String.raw`\s*(\d{1,4})\s*`);

/** extract.extract_fields: take every recognised field out of the chunk; what remains is chunk.rest. */
function extractFields(c, found, position) {
	if (c.quoted || c.italic) {
		c.rest = c.text;
		if (c.italic && position > 0) {
			var m = reFull(ITALIC_VOLUME, c.text); // APA: "*203*(1)" — an italic volume
			if (m) {
				c.fields.bareNumber = m[1];
				c.rest = "";
			}
		}
		return;
	}
	var text = c.text;
	var ctx = { found: found, chunk: c, position: position };
	var numeric = /\p{Nd}/u.test(text);
	var numberish = numeric || ROMAN_WORD.test(text);
	for (var extractor of EXTRACTORS) {
		if (!text.trim()) break;
		if ((!numeric && NUMERIC_EXTRACTORS.includes(extractor[0])) || (!numberish && extractor[0] === "_volume_issue")) continue;
		try {
			text = extractor[1](text, ctx);
		}
		catch (e) { // one bad field must not lose the entry
			found.problems.push(extractor[0] + ": " + e.message);
		}
	}
	var rest = stripField(reSub(EMPTY_BRACKETS, " ", text));
	var inner = reFull(PLACE_IN_PARENTHESES, rest);
	c.rest = inner && isPlace(inner[1]) ? inner[1] : rest; // "*Times* (London)"
}

var PLACE_IN_PARENTHESES = pyre(String.raw`\((.{2,60})\)`);

/* ---------------------------------------------------------------- Russian names after markers */

var GENITIVE = [["овой", "ова"], ["евой", "ева"], ["ёвой", "ёва"], ["иной", "ина"], ["ыной", "ына"], ["ской", "ская"], ["цкой", "цкая"], ["ского", "ский"], ["цкого", "цкий"], ["ова", "ов"], ["ева", "ев"], ["ёва", "ёв"], ["ина", "ин"], ["ына", "ын"]];

/** extract.nominative: a Russian surname after под ред. or пер. is in the genitive. */
function nominative(name) {
	for (var pair of GENITIVE) {
		if (name.family.endsWith(pair[0]) && name.family.length > pair[0].length + 1) {
			return makeNameObject(name.family.slice(0, -pair[0].length) + pair[1], name.given);
		}
	}
	return name;
}

/* ================================================================ bibkit/parse/assign.py */

var PLACE_PUBLISHER = pyre(String.raw`^(?P<place>[^:]{1,60}?)\s*:\s*(?P<publisher>.+)$`);
var STATE_SUFFIX = pyre(String.raw`,\s*[A-Z][\w.]{1,5}$`);

/** assign.split_place_publisher: Ankara: Türk Tarih Kurumu → [place, publisher] when the left side is a place. */
function splitPlacePublisher(text, yearNext) {
	if (yearNext === undefined) yearNext = true;
	var m = PLACE_PUBLISHER.exec(text);
	if (!m) return null;
	var place = grp(m, "place").trim();
	var publisher = grp(m, "publisher").trim();
	if (isPlace(place)) return [normalisePlace(place), publisher];
	var shaped = placeShaped(reSub(STATE_SUFFIX, "", place)) && words(place).length <= 3;
	if (shaped && (yearNext || hasKeyword("publisher", publisher) || hasKeyword("institution", publisher))) {
		return [normalisePlace(place), publisher];
	}
	return null;
}

var BARE_VOLUME = pyre(String.raw`(${ROMAN}(?:\s*[-–]\s*${ROMAN})?)`);

/** assign._bare_volume: a chunk that is only a volume in Roman numerals (I-III, XXXI). */
function bareVolume(text) {
	var m = reFull(BARE_VOLUME, text);
	return m ? toNumber(m[1]) : null;
}

/** assign._role */
function chunkRole(c) {
	var text = c.rest;
	if (c.fields.volumeTitle) return "volume-title";
	if (c.fields.in || c.sep === "//") return "container";
	if (patterns().specialIssue.test(text)) return "volume-title";
	if (lastWordIs("journal", text) || hasKeyword("proceedings", text) || hasKeyword("encyclopedia", text)) {
		return "container";
	}
	if (isPlace(text)) return "place";
	// An italic name after the title is a journal or book: *Review (… Center)*.
	if ((c.italic || c.quoted) && !lastWordIs("publisher", text)) return "container";
	if (hasKeyword("publisher", text) || hasKeyword("institution", text)) return "publisher";
	if (c.italic || c.quoted) return "container";
	if (hasKeyword("journal", text)) return "container";
	return "unknown";
}

var CONTAINER_WITH_VOLUME = pyre(String.raw`(.+?[^\W\d_].*?)\s+(\d{1,4})`);

/** assign._container_with_volume: Slavic Review 45 → container, volume 45. */
function containerWithVolume(text, record) {
	var m = reFull(CONTAINER_WITH_VOLUME, text);
	if (m && !record.volume) {
		record.volume = toNumber(m[2]);
		return m[1];
	}
	return text;
}

/** assign._imprint: М.: Наука — a known place before a colon starts the imprint. */
function isImprint(text) {
	var pair = splitPlacePublisher(text);
	return pair !== null && isPlace(pair[0]);
}

/** assign._prepare: join what the separators cut too eagerly, before roles are given. */
function prepareChunks(chunks) {
	chunks.forEach(function (c, i) {
		// Chicago: "*Stalin*. Vol. 1, *Paradoxes of Power*": the title after a volume is the volume's.
		if (c.fields.volume && !c.rest && i + 1 < chunks.length && (chunks[i + 1].italic || chunks[i + 1].quoted)) {
			chunks[i + 1].fields.volumeTitle = "1";
		}
		if (c.fields.inPrevious) {
			for (var j = i - 1; j >= 0; j--) {
				if (chunks[j].rest) {
					chunks[j].fields.in = "1";
					break;
				}
			}
		}
	});
	var i = 0;
	while (i < chunks.length - 1) {
		var a = chunks[i];
		var b = chunks[i + 1];
		var untouched = b.rest && b.rest === strip(b.text, " ,.;:") && !(b.quoted || b.italic);
		if (a.sep === "//" && a.rest && b.sep === "." && untouched && !isPlace(b.rest) && !isImprint(b.rest)) {
			// After "//" the container runs on over periods until a field (GOST series titles).
			a.rest = a.rest + ". " + b.rest;
			a.text = a.rest;
			chunks.splice(i + 1, 1);
			continue;
		}
		if (a.rest && b.rest && b.sep === ","
			&& !(a.quoted || a.italic || b.quoted || b.italic)
			&& hasKeyword("institution", a.rest) && hasKeyword("institution", b.rest)
			&& !lastWordIs("journal", a.rest) && !lastWordIs("journal", b.rest)) {
			// Two adjacent institution chunks are one publisher.
			a.rest = a.rest + ", " + b.rest;
			chunks.splice(i + 1, 1);
			continue;
		}
		i += 1;
	}
}

/** assign.assign: give each leftover chunk its role (title, container, place, publisher, volume title). */
function assignChunks(chunks, found, record) {
	prepareChunks(chunks);
	var free = chunks.filter(function (c) {
		return c.rest || c.fields.bareNumber;
	});
	if (!free.length) return;
	var rest = free;
	if (!record.title) {
		record.title = free[0].rest;
		rest = free.slice(1);
	}
	var afterTitle = rest.find(function (c) {
		return c.rest;
	}) || null;
	// "Death and Exile: …, 1821-1922, The Darwin Press, Princeton 1995": the range not taken as the
	// date belongs to the title it follows.
	var titleAt = free[0].rest === record.title ? chunks.indexOf(free[0]) : -1;
	if (titleAt >= 0 && titleAt + 1 < chunks.length) {
		var span = chunks[titleAt + 1].fields.yearRange;
		var titleIssued = issuedOf(found);
		if (span && titleIssued !== null && titleIssued.endYear === null) record.title = record.title + ", " + span;
	}
	var unknown = [];
	var pendingVolume = "";
	for (var c of rest) {
		if (c.fields.bareNumber && !c.rest) {
			var issued = issuedOf(found);
			if (issued !== null && issued.day && !record.page) record.page = c.fields.bareNumber; // a newspaper's page
			else if (record.containerTitle && !record.volume) record.volume = c.fields.bareNumber;
			else pendingVolume = pendingVolume || c.fields.bareNumber;
			continue;
		}
		var idx = chunks.indexOf(c);
		var yearNext = idx + 1 >= chunks.length || Boolean(reFull(patterns().year, strip(chunks[idx + 1].text, " .,;")));
		var pair = !(c.quoted || c.italic) ? splitPlacePublisher(c.rest, yearNext) : null;
		if (pair) {
			record.publisherPlace = record.publisherPlace || pair[0];
			record.publisher = record.publisher || pair[1];
			continue;
		}
		var bare = bareVolume(c.rest);
		if (bare && !record.volume) {
			record.volume = bare;
			continue;
		}
		var role = chunkRole(c);
		if (role === "container" && !record.containerTitle) {
			record.containerTitle = containerWithVolume(c.rest, record);
		}
		else if (role === "volume-title" && !record.volumeTitle) {
			record.volumeTitle = c.rest;
		}
		else if (role === "place" && !record.publisherPlace) {
			record.publisherPlace = normalisePlace(c.rest);
		}
		else if (role === "publisher" && !record.publisher) {
			record.publisher = c.rest;
		}
		else if (role === "publisher" && hasKeyword("institution", record.publisher) && hasKeyword("publisher", c.rest)) {
			record.publisher = c.rest;
		}
		else {
			unknown.push(c);
		}
	}
	assignUnknown(unknown, chunks, found, record, Boolean(pendingVolume), afterTitle);
	if (pendingVolume && !record.volume && record.containerTitle) record.volume = pendingVolume;
}

/** assign._assign_unknown: a container before volume/issue/pages, else a place or publisher by shape. */
function assignUnknown(unknown, chunks, found, record, numbered, afterTitle) {
	// A volume alone is also a book's ("Cilt III"); an issue or the item's pages make it an article.
	var issued = issuedOf(found);
	var dated = issued !== null && issued.day !== null; // a day's date: a newspaper
	var articleSignals = numbered || dated || ["issue", "page", "volume_or_issue"].some(function (k) {
		return found.values.has(k);
	});
	for (var c of unknown) {
		var idx = chunks.indexOf(c);
		var nxt = idx + 1 < chunks.length ? chunks[idx + 1] : null;
		var followedByYear = nxt !== null && !nxt.rest && found.years.length > 0;
		var second = c === afterTitle && (c.sep === "" || c.sep === ".");
		if (second && !articleSignals && !record.containerTitle && !placeShaped(c.rest)) {
			// A book's second sentence before its imprint is its subtitle (GOST, Chicago without a colon).
			record.title = record.title ? record.title + ". " + c.rest : c.rest;
		}
		else if (!record.containerTitle && c.sep === "//") {
			record.containerTitle = containerWithVolume(c.rest, record);
		}
		else if (record.containerTitle && patterns().specialIssue.test(c.rest) && !record.volumeTitle) {
			record.volumeTitle = c.rest;
		}
		else if (!record.containerTitle && articleSignals && !isPlace(c.rest)
			&& !(placeShaped(c.rest) && followedByYear && words(c.rest).length === 1 && record.containerTitle)) {
			record.containerTitle = containerWithVolume(c.rest, record);
		}
		else if (!record.publisherPlace && placeShaped(c.rest) && words(c.rest).length <= 2) {
			record.publisherPlace = normalisePlace(c.rest);
		}
		else if (!record.publisher && !c.quoted && !c.italic) {
			record.publisher = c.rest;
		}
		else if (!record.containerTitle) {
			record.containerTitle = c.rest;
		}
		else {
			(record.custom.unassigned = record.custom.unassigned || []).push(c.rest);
		}
	}
}

var NEWSPAPER = pyre(String.raw`(?i)gazete|newspaper|газета|gazeta|\btimes\b|daily|herald|\bpost\b|guardian|tribune|chronicle|правда|izvestiia|`
	+ String.raw`известия|pravda|cumhuriyet|hâkimiyet|hakimiyet|vakit|tanin|ikdam|yenigün|\bakşam\b`);

/** assign.infer_type: the CSL type from the fields the entry has. */
function inferType(record, found) {
	var container = record.containerTitle;
	if (record.genre) return "thesis";
	if (found.values.get("report")) return "report";
	var dated = record.issued !== null && record.issued.day !== null;
	if (container) {
		if (hasKeyword("proceedings", container)) return "paper-conference";
		if (hasKeyword("encyclopedia", container)) return "entry-encyclopedia";
		if (!record.volume && (NEWSPAPER.test(container) || (dated && !record.issue))) return "article-newspaper";
		if (found.inMarker || record.editor.length) return "chapter";
		if (record.url && !(record.volume || record.issue || record.page || record.publisher)) return "webpage";
		if (record.publisherPlace && record.publisher && !(record.volume || record.issue)) return "chapter";
		return "article-journal";
	}
	if (record.url && !(record.publisher || record.publisherPlace)) return "webpage";
	return "book";
}

/* ================================================================ bibkit/parse/archives.py */

/** archives.Archive */
function makeArchive(entry) {
	return { acronym: entry.acronym, system: entry.system, place: entry.place, language: entry.language };
}

/** archives._fold */
function foldArchive(text) {
	return strip(trLower(text.replace(/İ/g, "I")).replace(/\s+/gu, " "), " .");
}

/** archives._registry: folded alias → archive, and one pattern finding any alias as a whole word. */
var archiveRegistry = cached(function () {
	var byAlias = new Map();
	var aliases = [];
	for (var entry of load("archives").archives) {
		var archive = makeArchive(entry);
		var own = [entry.acronym].concat(entry.aliases, Object.values(entry.names));
		for (var alias of own) {
			byAlias.set(foldArchive(alias), archive);
			aliases.push(alias);
		}
	}
	// Longest first so that "TNA: PRO" wins over "TNA"; full names match case-insensitively.
	var aliasPattern = alternation(aliases, String.raw`\s+`, true);
	return { byAlias: byAlias, pattern: pyre(String.raw`(?<![\w.])(?:` + aliasPattern + String.raw`)(?![\w])`, "i") };
});

/** archives._series_codes: archives recognisable by their reference shape (TNA's FO 371/9058). */
var archiveSeriesCodes = cached(function () {
	for (var entry of load("archives").archives) {
		var codes = entry.series_codes;
		if (codes && codes.length) {
			var ordered = codes.map(function (code, i) {
				return [code, i];
			}).sort(function (a, b) {
				return b[0].length - a[0].length || a[1] - b[1];
			}).map(function (pair) {
				return pair[0];
			});
			return { archive: makeArchive(entry), pattern: pyre(String.raw`(?<![\w/])(?:${ordered.join("|")})(?=\s+\d{1,4}\s*/\s*\d)`) };
		}
	}
	return null;
});

/** archives.find_archive: [archive, match] for the first archive named in text, or null. */
function findArchive(text) {
	var found = findNamedArchive(text);
	if (found !== null) return found;
	var coded = archiveSeriesCodes();
	if (coded !== null) {
		var m = coded.pattern.exec(text);
		if (m) {
			// The code is part of the locator: report an empty match just before it.
			var empty = [""];
			empty.index = m.index;
			return [coded.archive, empty];
		}
	}
	return null;
}

function findNamedArchive(text) {
	var registry = archiveRegistry();
	for (var match of reAll(registry.pattern, text)) {
		var found = match[0];
		var archive = registry.byAlias.get(foldArchive(found));
		if (!archive) continue;
		// Acronyms must be written in capitals: "pro" or "boa" in running text are words.
		if (found.length <= 6 && !isUpper(found.replace(/ /g, "").replace(/\./g, ""))) continue;
		return [archive, match];
	}
	return null;
}

var UNREGISTERED = pyre(String.raw`(?<![\w])([A-ZА-ЯЁ]{2,10}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]{1,9})?)[.,]\s*(?=(?:f|F|ф|Ф)\.\s*(?:[RРР]-?)?\d)`);

/** archives._unregistered_russian: an archive missing from the registry, named before a fond. */
function unregisteredRussian(text) {
	var m = UNREGISTERED.exec(text);
	if (!m) return null;
	return [{ acronym: m[1], system: "russian", place: "", language: "ru" }, m];
}

/** archives.archive_by_acronym */
function archiveByAcronym(acronym) {
	return archiveRegistry().byAlias.get(foldArchive(acronym)) || null;
}

/* ---------------------------------------------------------------- Russian fond/opis/delo/list */

var ARCHIVE_NUM = String.raw`\d{1,6}(?:[a-zа-я](?![a-zа-я]))?`;
var VERSO = String.raw`(?:\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w]))?`;
var FOLIO = String.raw`${ARCHIVE_NUM}${VERSO}(?:\s*[-–—]\s*${ARCHIVE_NUM}${VERSO})?`;
var FOLIOS = String.raw`${FOLIO}(?:\s*,\s*${FOLIO})*`;
var RUSSIAN_LEVELS = [
	["f", String.raw`(?:f|F|ф|Ф)\.|[Ff]ond\b|[Ff]on\b|[Фф]онд\b`, String.raw`(?:[RРrр]\s*[-‐–]?\s*)?${ARCHIVE_NUM}`],
	["op", String.raw`(?:op|Op|оп|Оп)\.|[Oo]pis['’ʹ]?\b|[Оо]пись\b|[Ll]iste\b|[Ss]ayı\b|[Ee]nvanter\b`, ARCHIVE_NUM],
	// AVP RF files its dela in papki: "f. 132, op. 4, p. 7, d. 25".
	["p", String.raw`(?:p|П|п)\.(?=\s*\d)|[Pp]apka\b|[Пп]апка\b`, ARCHIVE_NUM],
	["k", String.raw`[Кк]артон\b|[Kk]arton\b|[Kk]\.`, ARCHIVE_NUM],
	["d", String.raw`(?:d|D|д|Д)(?:\.|(?=\s*\d))|[Dd]elo\b|[Дд]ело\b|[Dd]osya\b|(?:ed|Ed|ед|Ед)\.\s*(?:khr|хр)\.`, ARCHIVE_NUM],
	["l", String.raw`(?:ll|Ll|LL|l|L|лл|Лл|л|Л)(?:\.|(?=\s*\d))|[Ll]isty?\b|[Vv]arak\b|vr\.|[Ff]olio\b|fols?\.`, FOLIOS]
];
var RUSSIAN_TOKEN = pyre(RUSSIAN_LEVELS.map(function (level) {
	return String.raw`(?P<${level[0]}>(?:${level[1]}))\s*(?P<${level[0]}v>${level[2]})`;
}).join("|"));
var COMPACT = pyre(String.raw`(?<![\w.-])(?P<f>(?:[RРrр]-?)?\d{1,6})\s*-\s*(?P<op>\d{1,5})\s*-\s*(?P<d>\d{1,6})`
	+ String.raw`(?:\s*-\s*(?P<l>\d{1,5}${VERSO}))?(?![\w-])`);
var QUALIFIER = pyre(String.raw`^\s*(\(\s*[\w.]{1,8}\s*\))`);
var LEVEL_GAP = pyre(String.raw`[\s,.;:]*`);
var LEADING_ZEROS = pyre(String.raw`(?<!\d)0+(?=\d)`);
var VERSO_WORD = pyre(String.raw`\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w])`);
var FOND_PREFIX = pyre(String.raw`^([RРrр])\s*[-‐–]?\s*(\d.*)`);

function stripZeros(value) {
	return reSub(LEADING_ZEROS, "", value);
}

/** archives._normalise_folio: 003 → 3; 5-7 об. → 5-7ob.; 11, 12 kept as a list. */
function normaliseFolio(value) {
	value = reSub(VERSO_WORD, "ob.", value);
	value = value.replace(/\s*[-–—]\s*/gu, "-");
	value = value.replace(/\s*,\s*/gu, ", ");
	return stripZeros(value);
}

/** archives._normalise_fond: Р-1235 (Cyrillic Er) and R 1235 → R-1235. */
function normaliseFond(value) {
	var m = FOND_PREFIX.exec(value);
	if (m) return "R-" + stripZeros(m[2]);
	return stripZeros(value);
}

/** archives.parse_russian: [levels, qualifier, end] of a Russian-style locator, or null. */
function parseRussian(text) {
	var levels = new Map();
	var end = 0;
	for (var m of reAll(RUSSIAN_TOKEN, text)) {
		var name = null;
		for (var level of RUSSIAN_LEVELS) {
			if (m.groups[level[0]] !== undefined) name = level[0];
		}
		if (name === null || levels.has(name)) {
			if (levels.size) break;
			continue;
		}
		// Between two levels only separators may stand; a gap of words ends the locator.
		if (levels.size && !reFull(LEVEL_GAP, text.slice(end, m.index))) break;
		levels.set(name, m.groups[name + "v"]);
		end = mEnd(m);
	}
	if (!levels.has("f") || levels.size < 2) {
		var compact = COMPACT.exec(text);
		if (!compact) return null;
		levels = new Map();
		for (var key of ["f", "op", "d", "l"]) {
			if (compact.groups[key]) levels.set(key, compact.groups[key]);
		}
		end = mEnd(compact);
	}
	var out = [];
	for (var levelName of ["f", "op", "p", "k", "d", "l"]) {
		if (levels.has(levelName)) {
			var value = levels.get(levelName);
			if (levelName === "f") value = normaliseFond(value);
			else if (levelName === "l") value = normaliseFolio(value);
			else value = stripZeros(value);
			out.push([levelName, value]);
		}
	}
	var qualifier = "";
	var q = QUALIFIER.exec(text.slice(end));
	if (q) {
		qualifier = q[1];
		end += mEnd(q);
	}
	return [out, qualifier, end];
}

/* ---------------------------------------------------------------- Turkish and British archives */

var CODE_PART = String.raw`(?:[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü]{0,7}|\d{1,2}|d|\([A-ZÇĞİÖŞÜ.]{1,10}\))`;
// BOA fond codes: "DH.KMS", "A.DVNS.ASK.MHM.d", "A.(AMD)", "DH.EUM.5.Şb", "MV", "İ.DUİT".
var OTTOMAN_CODE = pyre(String.raw`(?<![\w.])([A-ZÇĞİÖŞÜ]{1,6}(?:\.${CODE_PART}){0,6})(?![\w])`);
var TURKISH_LEVELS = [
	["yer", String.raw`Yer(?:\s*No)?\s*:`],
	["k", String.raw`Klasör(?:\s*No\.?)?\s*:?|Kls\.?|K\.(?=\s*\d)`],
	["kt", String.raw`Kutu(?:\s*No\.?)?\s*:?`],
	["d", String.raw`Dosya(?:\s*No\.?)?\s*:?|Dos\.|[Dd]\.(?=\s*\d)`],
	["f", String.raw`Fihrist(?:\s*No\.?)?\s*:?|Fih\.|F\.(?=\s*\d)`],
	["g", String.raw`Gömlek(?:\s*No\.?)?\s*:?|Göm\.|[Gg]\.(?=\s*\d)`],
	["b", String.raw`Belge(?:\s*No\.?)?\s*:?`],
	["no", String.raw`No\s*[:.]?|Nr\.|Sıra\s*No\s*:?`],
	["vr", String.raw`vr\.|varak|Varak|s\.`]
];
var TURKISH_TOKEN = pyre(TURKISH_LEVELS.map(function (level) {
	return String.raw`(?P<${level[0]}>${level[1]})\s*(?P<${level[0]}v>[\d.]+[a-z]?(?:\s*[-/]\s*[\d.]+[a-z]?)*)`;
}).join("|"));
var FOND_KODU = pyre(String.raw`Fon(?:\s*Kodu)?\s*:\s*([\d.]+\d)|Fon\s*Kodu\s*([\d.]+\d)`);
// "87/40", "50-1/12", "2318/1": Dosya/Gömlek numbers printed without labels; a code may be printed
// in brackets after the fond's name: "… Siyasî Kısım [HR.SYS], 1234/5".
var BARE_NUMBERS = pyre(String.raw`[\s,)\]]*(\d{1,6}(?:-\d{1,4})?(?:\s*/\s*\d{1,6}[a-z]?)?)(?![\w/-]|\.\d)`);
var BCA_CODE = pyre(String.raw`(?<![\w.])(\d{3}(?:\.\d{1,4}){1,8})(?:\s*(?:/|,)\s*(\d{1,4}(?:\.\d{1,5}){1,6}))?(?![\w])`);
var TNA_REF = pyre(String.raw`(?<![\w])([A-Z]{1,5})\s+(\d{1,4})\s*/\s*(\d{1,6}[A-Z]?)((?:\s*/\s*[A-Z]?\d{1,6}[A-Za-z]?)?)(?![\w])`);
var TNA_FOLIO = pyre(String.raw`^\s*,?\s*(ff?\.|fols?\.|folios?|p\.|pp\.)\s*(\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)`);
var OWN_ACRONYM = pyre(String.raw`\s*\(\s*[A-ZÇĞİÖŞÜА-Я]{2,8}\s*\)`);
var FOLIO_TAIL = pyre(String.raw`^\s*,\s*(\d{1,5}[ab]?)(?![\w/-]|\.\d)`);
var PLACE_NUMBER_TAIL = pyre(String.raw`^\s*,\s*(\d{1,4}(?:\.\d{1,5}){1,6})(?![\w])`);
var ATASE_CODES = pyre(String.raw`(?<![\w.])([A-ZÇĞİÖŞÜ]{2,6}(?:\.[A-ZÇĞİÖŞÜ]{1,6})*)(?![\w])`);

/** archives._levels_from_tokens: labelled Turkish levels at the start of text, and where they end. */
function levelsFromTokens(text) {
	var levels = [];
	var seen = new Set();
	var end = 0;
	for (var m of reAll(TURKISH_TOKEN, text)) {
		var name = null;
		for (var level of TURKISH_LEVELS) {
			if (name === null && m.groups[level[0]] !== undefined) name = level[0];
		}
		if (seen.has(name)) break;
		if ((levels.length || end) && !reFull(LEVEL_GAP, text.slice(end, m.index))) break;
		if (!levels.length && !end && !reFull(LEVEL_GAP, text.slice(0, m.index))) break;
		seen.add(name);
		var value = rstrip(m.groups[name + "v"].replace(/\s*([-/])\s*/gu, "$1"), ".");
		levels.push([name, value]);
		end = mEnd(m);
	}
	// İSNAD ends a BOA reference with the folio or page alone: "Gömlek No. 7, 440a."
	if (levels.length) {
		var tail = FOLIO_TAIL.exec(text.slice(end));
		if (tail && !seen.has("vr")) {
			levels.push(["vr", tail[1]]);
			end += mEnd(tail);
		}
	}
	return [levels, end];
}

/** archives.parse_ottoman (BOA) */
function parseOttoman(text) {
	var code = OTTOMAN_CODE.exec(text);
	if (!code) return null;
	var out = [["code", code[1]]];
	var end = mEnd(code);
	var bare = reMatch(BARE_NUMBERS, text, end);
	if (bare) {
		out.push(["num", bare[1].replace(/\s+/gu, "")]);
		end = mEnd(bare);
	}
	var tokens = levelsFromTokens(text.slice(end));
	if (!tokens[0].length && !bare) return null;
	return [out.concat(tokens[0]), end + tokens[1]];
}

/** archives.parse_republican (BCA) */
function parseRepublican(text) {
	var fond = FOND_KODU.exec(text);
	var out = [];
	var restAt;
	if (fond) {
		out.push(["code", fond[1] || fond[2]]);
		restAt = mEnd(fond);
	}
	else {
		var bare = BCA_CODE.exec(text);
		if (!bare) return null;
		out.push(["code", bare[1]]);
		if (bare[2]) out.push(["yer", bare[2]]);
		restAt = mEnd(bare);
	}
	var tokens = levelsFromTokens(text.slice(restAt));
	var levels = tokens[0];
	var end = tokens[1];
	if (!levels.length && !fond && out.length === 1) {
		// "BCA, 030.18.1.2, 12.45.7": the place number without its label.
		var second = PLACE_NUMBER_TAIL.exec(text.slice(restAt));
		if (second) {
			out.push(["yer", second[1]]);
			end = mEnd(second);
		}
	}
	return [out.concat(levels), restAt + end];
}

/** archives.parse_atase */
function parseAtase(text) {
	var start = TURKISH_TOKEN.exec(text);
	if (!start) return null;
	var prefix = text.slice(0, start.index);
	var codes = reAll(ATASE_CODES, prefix).map(function (m) {
		return m[1];
	}).filter(function (c) {
		return !["ATASE", "TBMM", "TBMMA"].includes(c);
	});
	var tokens = levelsFromTokens(text.slice(start.index));
	if (!tokens[0].length) return null;
	var out = codes.length ? [["code", codes[codes.length - 1]]] : [];
	return [out.concat(tokens[0]), start.index + tokens[1]];
}

/** archives.parse_british (TNA) */
function parseBritish(text) {
	var m = TNA_REF.exec(text);
	if (!m) return null;
	var out = [["ref", `${m[1]} ${m[2]}/${m[3]}${m[4].replace(/ /g, "")}`]];
	var end = mEnd(m);
	var folio = TNA_FOLIO.exec(text.slice(end));
	if (folio) {
		var label = folio[1].startsWith("ff") || folio[2].includes("-") ? "ff" : "f";
		out.push([label, folio[2].replace(/\s*[-–]\s*/gu, "-")]);
		end += mEnd(folio);
	}
	return [out, end];
}

var ARCHIVE_PARSERS = { ottoman: parseOttoman, republican: parseRepublican, atase: parseAtase, british: parseBritish };

/** archives.parse_locator: [locator, start of the archive's name, end of the locator], or null. */
function parseLocator(text) {
	var found = findArchive(text) || unregisteredRussian(text);
	if (found === null) return null;
	var archive = found[0];
	var match = found[1];
	// "Başbakanlık Osmanlı Arşivi (BOA), …": the acronym after the full name is not a fond code.
	var skip = reMatch(OWN_ACRONYM, text, mEnd(match));
	var offset = skip ? mEnd(skip) : mEnd(match);
	var rest = text.slice(offset);
	var qualifier = "";
	var levels, end;
	if (archive.system === "russian") {
		var parsed = parseRussian(rest);
		if (parsed === null) return null;
		levels = parsed[0];
		qualifier = parsed[1];
		end = parsed[2];
	}
	else {
		// Systems this port has no grammar for (the Georgian archive, read by bibkit's
		// table-driven parser) are left unparsed here rather than guessed.
		if (!ARCHIVE_PARSERS[archive.system]) return null;
		var result = ARCHIVE_PARSERS[archive.system](rest);
		if (result === null) return null;
		levels = result[0];
		end = result[1];
	}
	var raw = text.slice(match.index, offset + end).trim();
	var locator = { archive: archive.acronym, system: archive.system, levels: levels, qualifier: qualifier, raw: raw };
	return [locator, match.index, offset + end];
}

/* ---------------------------------------------------------------- canonical forms */

var RUSSIAN_LABELS = { f: "f.", op: "op.", p: "p.", k: "k.", d: "d." };
var TURKISH_LABELS = { k: "k.", kt: "kt.", d: "d.", f: "f.", g: "g.", b: "b.", no: "no.", vr: "vr.", yer: "yer" };

/** archives.canonical_location: f. 159, op. 2, d. 57, l. 3; DH.KMS, 50-1/12; FO 371/4158, f. 12. */
function canonicalLocation(locator) {
	return locator.levels.map(function (level) {
		var label = level[0];
		var value = level[1];
		if (locator.system === "russian") {
			if (label === "l") return (/[-,]/.test(value) ? "ll." : "l.") + " " + value;
			return RUSSIAN_LABELS[label] + " " + value;
		}
		if (["code", "num", "ref"].includes(label)) return value;
		if (label === "yer") return "yer " + value;
		if ((label === "f" || label === "ff") && locator.system === "british") return label + ". " + value;
		return (Object.prototype.hasOwnProperty.call(TURKISH_LABELS, label) ? TURKISH_LABELS[label] : label) + " " + value;
	}).join(", ");
}

/* ================================================================ bibkit/parse/language.py */

var LANGUAGE_WORD = pyre(String.raw`[^\W\d_]+(?:['’][^\W\d_]+)?`);
var CYRILLIC = /[а-яёА-ЯЁ]/u;
var UKRAINIAN = /[іїєґІЇЄҐ]/u;
var LANGUAGE_ORDER = ["tr", "ru", "en", "de", "fr", "az"];

/** language._alternation: literal items longest first, anchored at the start or the end of a word. */
function languageAlternation(items, anchor) {
	if (!items.length) return null;
	var body = longestFirst(items).map(escapeRegex).join("|");
	return pyre(anchor === "start" ? `^(?:${body})` : `(?:${body})$`);
}

var languageFeatures = cached(function () {
	var out = {};
	var languages = load("languages").languages;
	for (var lang of Object.keys(languages)) {
		var data = languages[lang];
		out[lang] = {
			letters: data.letters || {},
			words: new Set(data.words),
			suffix: languageAlternation(data.suffixes, "end"),
			stem: languageAlternation(data.stems || [], "start")
		};
	}
	return out;
});

function countOf(text, letter) {
	return text.split(letter).length - 1;
}

/** language.scores: evidence for each language (words 2, an inflection 1, a stem 1, letters by weight). */
function languageScores(text) {
	var result = {};
	for (var code of LANGUAGE_ORDER) result[code] = 0;
	var features = languageFeatures();
	for (var m of reAll(LANGUAGE_WORD, text)) {
		var word = m[0];
		if (CYRILLIC.test(word)) {
			var cyrillicLang = UKRAINIAN.test(word) ? "uk" : "ru";
			result[cyrillicLang] = (result[cyrillicLang] || 0) + 3;
			continue;
		}
		var plain = trLower(word).replace(/’/g, "'");
		for (var lang of Object.keys(features)) {
			var f = features[lang];
			if (f.words.has(plain)) {
				result[lang] += 2;
			}
			else if (Array.from(plain).length > 3) {
				var suffix = f.suffix ? f.suffix.exec(plain) : null;
				if (suffix && plain.length > suffix[0].length + 1) result[lang] += 1;
				if (f.stem && f.stem.test(plain)) result[lang] += 1;
			}
		}
	}
	// Letters count over the whole text.
	for (var language of Object.keys(features)) {
		var letters = features[language].letters;
		for (var letter of Object.keys(letters)) {
			var count = countOf(text, letter);
			if (count) result[language] += letters[letter] * count;
		}
	}
	return result;
}

/** language.detect_language: the BCP 47 code of text, or "". */
function detectLanguage(text, fallback) {
	var result = languageScores(text);
	var best = null;
	var bestKey = null;
	for (var lang of Object.keys(result)) {
		// Python: max(result, key=lambda k: (result[k], -(order index, or 9)))
		var key = [result[lang], -(LANGUAGE_ORDER.includes(lang) ? LANGUAGE_ORDER.indexOf(lang) : 9)];
		if (bestKey === null || key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
			best = lang;
			bestKey = key;
		}
	}
	if (result[best] <= 0) return fallback ? detectLanguage(fallback) : "";
	return best;
}

/* ================================================================ bibkit/model.py (Record) */

// model.CSL_KEYS: record attribute → CSL-JSON key, in export order.
var CSL_KEYS = [
	["title", "title"],
	["containerTitle", "container-title"],
	["collectionTitle", "collection-title"],
	["volumeTitle", "volume-title"],
	["author", "author"],
	["editor", "editor"],
	["translator", "translator"],
	["containerAuthor", "container-author"],
	["volume", "volume"],
	["issue", "issue"],
	["part", "part"],
	["edition", "edition"],
	["page", "page"],
	["numberOfPages", "number-of-pages"],
	["numberOfVolumes", "number-of-volumes"],
	["collectionNumber", "collection-number"],
	["number", "number"],
	["publisher", "publisher"],
	["publisherPlace", "publisher-place"],
	["issued", "issued"],
	["accessed", "accessed"],
	["originalDate", "original-date"],
	["genre", "genre"],
	["medium", "medium"],
	["language", "language"],
	["archive", "archive"],
	["archiveLocation", "archive_location"],
	["archivePlace", "archive-place"],
	["archiveCollection", "archive_collection"],
	["url", "URL"],
	["doi", "DOI"],
	["isbn", "ISBN"],
	["note", "note"]
];
var NAME_ATTRS = ["author", "editor", "translator", "containerAuthor"];
var DATE_ATTRS = ["issued", "accessed", "originalDate"];

/** model.Record */
function makeRecord(source, line, raw) {
	var record = { id: "", type: "book", custom: {}, locator: null, source: source || "list", line: line || 0, raw: raw || "" };
	for (var pair of CSL_KEYS) {
		if (NAME_ATTRS.includes(pair[0])) record[pair[0]] = [];
		else if (DATE_ATTRS.includes(pair[0])) record[pair[0]] = null;
		else record[pair[0]] = "";
	}
	return record;
}

/** model.Name.to_csl */
function nameToCSL(name) {
	if (name.literal) return { literal: name.literal };
	var out = { family: name.family };
	if (name.given) out.given = name.given;
	return out;
}

/** model.Date.to_csl */
function dateToCSL(date) {
	var first = [date.year];
	if (date.month) {
		first.push(date.month);
		if (date.day) first.push(date.day);
	}
	var parts = [first];
	if (date.endYear && date.endYear !== date.year) parts.push([date.endYear]);
	return { "date-parts": parts };
}

/** model.Record.to_csl, without id and custom (what the vectors compare). */
function recordToCSL(record) {
	var out = { type: record.type };
	for (var pair of CSL_KEYS) {
		var value = record[pair[0]];
		if (!value || (Array.isArray(value) && !value.length)) continue;
		if (NAME_ATTRS.includes(pair[0])) out[pair[1]] = value.map(nameToCSL);
		else if (DATE_ATTRS.includes(pair[0])) out[pair[1]] = dateToCSL(value);
		else out[pair[1]] = value;
	}
	return out;
}

/* ================================================================ bibkit/parse/entries.py */

/** entries.parse_entry: one reference-list entry (or one work cited in a note) → one record. */
function parseEntry(text, line, source, prefer) {
	source = source || "list";
	var raw = text;
	text = clean(text);
	var record = makeRecord(source, line, raw.trim());
	var archival = parseLocator(text);
	if (archival !== null) return archivalRecord(text, archival, record);
	var found = makeFound();
	var lead = leadingNames(text, prefer || source, record);
	var rest = lead[0];
	var apa = apaDate(rest, found);
	rest = roleGroups(apa[0], found);
	if (lead[1] || apa[1]) rest = periodTitle(rest, found, record);
	var chunks = chunk(rest);
	var first = record.title ? 1 : 0;
	chunks.forEach(function (c, k) {
		extractFields(c, found, first + k);
	});
	applyFound(found, record);
	assignChunks(chunks, found, record);
	finishRecord(record, found);
	if (found.problems.length) record.custom.problems = found.problems;
	return record;
}

// An institution as author: APA "Türkiye İstatistik Kurumu. (2012).", Chicago "Türk Tarih Kurumu. “Title”."
var INSTITUTION_AUTHOR = pyre(String.raw`^(?P<org>[^.()\d\"“«*]{3,120}?)\.\s*(?:\(\s*${YEAR}[a-z]?(?:,[^()]{1,25})?\)|(?=[\"“«*]))`, "d");

/** entries._leading_names: [rest, period style] after the authors (or editors, translators) at the start. */
function leadingNames(text, prefer, record) {
	// Markup after the names shows where they end ("…, *Title*"); inside them it is noise.
	var lead = splitLeadingNames(text, prefer);
	if (!lead.names.length) lead = splitLeadingNames(unmarkedHead(text), prefer);
	if (!lead.names.length) {
		var institution = INSTITUTION_AUTHOR.exec(text);
		var org = institution ? grp(institution, "org") : "";
		var orgEnd = institution ? institution.indices.groups.org[1] : 0;
		var dated = institution !== null && lstrip(text.slice(orgEnd), " .").startsWith("(");
		if (institution && !isPlace(org) && (dated || hasKeyword("institution", org))) {
			record.author = [makeNameObject("", "", org.trim())];
			return [lstrip(text.slice(orgEnd), " ."), true];
		}
		return [text, false];
	}
	record[lead.role === "editor" || lead.role === "translator" ? lead.role : "author"] = lead.names;
	if (lead.etAl) record.custom.etAl = true;
	return [restAfterNames(text, lead.rest), lead.periodStyle];
}

var ITALIC_MARKERS = pyre(String.raw`(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])`);

/** entries._unmarked_head: the entry with italic markers blanked. */
function unmarkedHead(text) {
	return reSub(ITALIC_MARKERS, " ", text).split("  ").join(" ");
}

/** entries._rest_after_names: map the rest found in the unmarked text back to the original. */
function restAfterNames(text, restUnmarked) {
	var target = restUnmarked.replace(/[*_\s]/gu, "").slice(0, 16);
	if (!target) return "";
	for (var i = 0; i < text.length; i++) {
		if ((i === 0 || !isAlnum(charBefore(text, i))) && text.slice(i, i + 40).replace(/[*_\s]/gu, "").startsWith(target)) {
			return lstrip(text.slice(i), " ,.;:");
		}
	}
	return restUnmarked;
}

var APA_DATE = pyre(String.raw`^\s*\((?P<y>${YEAR})(?P<s>[a-z])?(?:,\s*(?P<md>[^()]{1,25}))?\)\s*\.?\s*|^\s*\((?:n\.d\.|t\.y\.|ts\.)\)\s*\.?\s*`);
var WORD_WITH_PERIOD = pyre(String.raw`[^\W\d_]+\.?`);
var DAY_NUMBER = pyre(String.raw`\b(\d{1,2})\b`);

/** entries._apa_date: APA's (2012). or (1932, 14 Mayıs). after the authors; [rest, dated]. */
function apaDate(text, found) {
	var m = APA_DATE.exec(text);
	if (!m) return [text, false];
	if (grp(m, "y")) {
		var month = null;
		var day = null;
		if (grp(m, "md")) {
			for (var w of reAll(WORD_WITH_PERIOD, grp(m, "md"))) month = month || monthNumber(w[0]);
			var digits = DAY_NUMBER.exec(grp(m, "md"));
			day = digits && month ? parseInt(digits[1]) : null;
		}
		found.years.push([makeDate(parseInt(grp(m, "y")), month, day), false]);
		if (grp(m, "s")) put(found, "year-suffix", grp(m, "s"));
	}
	return [text.slice(mEnd(m)), true];
}

var EDITOR_ROLE = pyre(String.raw`\s*\((?:Eds?|eds?|Haz|haz|Der|der|Hrsg|Hg|Yay\.\s*[Hh]az|Ред|ред|сост|Сост)\.?\)\s*,?\s*`);
var NAMES_ROLE_GROUP = pyre(String.raw`\((?P<names>[^()]{3,120}?),\s*(?P<role>Çev|çev|Trans|trans|Trc|trc|Übers|Haz|haz|Ed|ed|Eds|eds|Der|der|Hrsg)\.?\)`);
var ROLE_OF = { çev: "translator", trans: "translator", trc: "translator", übers: "translator" };

/** entries._role_groups: (R. Sezer, Çev.) and In R. G. Suny … (Eds.), → names with roles. */
function roleGroups(text, found) {
	for (var m of reAll(NAMES_ROLE_GROUP, text).reverse()) {
		var names = parseNameList(grp(m, "names"), "note", true);
		if (names.length) {
			var role = grp(m, "role").toLowerCase();
			setNamesDefault(found, Object.prototype.hasOwnProperty.call(ROLE_OF, role) ? ROLE_OF[role] : "editor", names);
			text = text.slice(0, m.index) + text.slice(mEnd(m));
		}
	}
	for (var e of reAll(EDITOR_ROLE, text)) {
		var start = namesStart(text, e.index);
		var editors = parseNameList(text.slice(start, e.index), "note", true);
		if (editors.length) {
			setNamesDefault(found, "editor", editors);
			found.inMarker = true;
			text = text.slice(0, start) + text.slice(mEnd(e));
			break;
		}
	}
	return text.replace(/\s{2,}/gu, " ");
}

var IN_MARKER = pyre(String.raw`(?:^|\s)(?:In|in|İçinde)\s*:?\s+`);

/** entries._names_start: where the names before (Eds.) begin — after In, or after the last sentence period (within 300 characters). */
function namesStart(text, end) {
	var offset = Math.max(0, end - 300);
	var head = text.slice(offset, end);
	var start = 0;
	for (var marker of reAll(IN_MARKER, head)) start = mEnd(marker);
	for (var i = head.length - 1; i > start; i--) {
		if (head[i] === "." && isSentencePeriod(text, offset + i)) return offset + i + 2;
	}
	return offset + start;
}

var COLON_AFTER = pyre(String.raw`\s*:\s`);
var TRAILING_GROUP = pyre(String.raw`\s*\(([^()]{1,80})\)\s*$`);
var NUMBER_GROUP = pyre(String.raw`\s*\d{1,4}\s*(?:[-–]\s*\d{1,4})?\s*`);

/** entries._period_title: the title of a period-separated entry, up to the first sentence period. */
function periodTitle(text, found, record) {
	if (!text) return text;
	if ("*_\"“«„‘".includes(text[0])) {
		// A marked title stands alone unless the sentence goes on after it: an APA book title that
		// opens with a quotation ("“They can live in the desert…”: A history of …").
		var spans = markedSpans(text);
		if (!spans.length || spans[0][0] !== 0 || spans[0][2] !== "quoted" || !reMatch(COLON_AFTER, text, spans[0][1])) {
			return text;
		}
	}
	var end = firstSentenceEnd(text);
	var title = end > 0 ? text.slice(0, end) : text;
	var rest = end > 0 ? lstrip(text.slice(end), ". ") : "";
	while (true) {
		var m = TRAILING_GROUP.exec(title);
		if (!m || reFull(NUMBER_GROUP, m[1])) break; // "(1300-1600)" belongs to the title
		var probe = makeFound();
		var group = makeChunk(m[1]);
		extractFields(group, probe, 1);
		if (group.rest) break;
		mergeFound(found, probe);
		title = title.slice(0, m.index);
	}
	if (!title.trim() || (!rest && !(end > 0) && words(title).length < 2)) return text;
	record.title = titleStatements(title, found).trim();
	return rest.trim();
}

/** entries._title_statements: GOST's "…: дис. … канд. ист. наук", "[Электронный ресурс]" after the title. */
function titleStatements(title, found) {
	var p = patterns();
	for (var spec of [[p.thesis, "genre", null], [p.electronic, "medium", "online"], [VOLUME_COUNT, "number-of-volumes", ""]]) {
		var m = spec[0].exec(title);
		if (m && m.index > 0) {
			put(found, spec[1], spec[2] || (spec[1] === "number-of-volumes" ? m[1] : m[0].trim()));
			title = (title.slice(0, m.index) + title.slice(mEnd(m))).trim();
		}
	}
	title = reSub(TITLE_STATEMENT_END, "", rstrip(title, " :/"));
	// "… в 1905–1907 гг." — the period that ends the title also ends its abbreviation.
	return stripField(title + ".").endsWith(".") ? title + "." : title;
}

var TITLE_STATEMENT_END = pyre(String.raw`\s*:\s*(?:в|v)?\s*$`);

function mergeFound(found, probe) {
	probe.values.forEach(function (value, key) {
		put(found, key, value);
	});
	probe.names.forEach(function (names, role) {
		setNamesDefault(found, role, names);
	});
	found.years.push(...probe.years);
}

var FOUND_FIELDS = [
	["volume", "volume"],
	["issue", "issue"],
	["part", "part"],
	["edition", "edition"],
	["page", "page"],
	["numberOfPages", "number-of-pages"],
	["numberOfVolumes", "number-of-volumes"],
	["genre", "genre"],
	["volumeTitle", "volume-title"],
	["url", "url"],
	["doi", "doi"],
	["isbn", "isbn"],
	["medium", "medium"],
	["number", "number"]
];

/** entries._apply_found */
function applyFound(found, record) {
	for (var pair of FOUND_FIELDS) record[pair[0]] = found.values.get(pair[1]) || "";
	if (found.values.has("issue_cumulative")) record.custom.issueCumulative = found.values.get("issue_cumulative");
	record.accessed = found.accessed;
	found.names.forEach(function (names, role) {
		if (role === "responsibility") {
			// GOST repeats the authors after "/", all of them: the longer list wins.
			if (!record.author.length || (names.length > record.author.length && names[0].family === record.author[0].family)) {
				record.author = names;
			}
		}
		else if (!record[role].length) {
			record[role] = names;
		}
	});
}

/** entries._finish */
function finishRecord(record, found) {
	record.issued = issuedOf(found);
	var singles = found.years.filter(function (y) {
		return !y[1] && !y[0].month;
	}).map(function (y) {
		return y[0];
	});
	if (found.reprint && singles.length >= 2 && singles[0].year < record.issued.year) record.originalDate = singles[0];
	record.title = cleanTitle(record.title);
	record.containerTitle = cleanTitle(record.containerTitle);
	record.volumeTitle = cleanTitle(record.volumeTitle);
	if (record.doi && record.url && record.url.includes("doi.org")) record.url = "";
	record.language = detectLanguage(
		[record.title, record.containerTitle, record.volumeTitle].filter(Boolean).join(" "),
		[record.publisher, record.publisherPlace].filter(Boolean).join(" ")
	);
	resolveVolumeOrIssue(found, record);
	record.type = inferType(record, found);
	if (record.type === "book" && record.url && record.accessed && !(record.publisherPlace || record.volume)) {
		// "“Title,” Site Name, accessed …, URL": a web page; the site is its container.
		record.type = "webpage";
		record.containerTitle = record.containerTitle || record.publisher;
		record.publisher = "";
	}
	if (record.type === "thesis" && !record.publisher && record.containerTitle) {
		record.publisher = record.containerTitle;
		record.containerTitle = "";
	}
}

/** entries._resolve_volume_or_issue: 3(1) is volume 3, issue 1; Russian 2 (219) is issue 2 of cumulative 219. */
function resolveVolumeOrIssue(found, record) {
	var pair = found.values.get("volume_or_issue");
	if (!pair) return;
	var parts = pair.split("|");
	var cumulative = load("abbreviations").cumulative_issue_languages;
	if (cumulative.includes(record.language) && !record.issue && !parts[1].includes("-") && parseInt(parts[1]) > parseInt(parts[0])) {
		record.issue = toNumber(parts[0]);
		record.custom.issueCumulative = parts[1];
	}
	else {
		record.volume = record.volume || toNumber(parts[0]);
		record.issue = record.issue || toNumber(parts[1]);
	}
}

var TITLE_PAIRS = { "\"": "\"", "“": "”", "«": "»", "„": "“", "‘": "’" };
var PERIOD_IN_CLOSING_QUOTE = /\.(?=[’'”"]$)/u;

/** entries.clean_title: markup and enclosing quotes stripped; a final period kept after an abbreviation. */
function cleanTitle(text) {
	text = strip(strip(text), "*_").trim();
	var closers = Object.values(TITLE_PAIRS);
	var last = text.slice(-1);
	if (text.length > 1 && TITLE_PAIRS[text[0]] && text.endsWith(TITLE_PAIRS[text[0]])) {
		text = text.slice(1, -1).trim();
	}
	else if (TITLE_PAIRS[text.slice(0, 1)] && !text.slice(1).includes(TITLE_PAIRS[text.slice(0, 1)])) {
		text = text.slice(1).trim();
	}
	else if (closers.includes(last) && last && !text.slice(0, -1).includes(last)
		&& !Object.keys(TITLE_PAIRS).some(function (o) {
			return TITLE_PAIRS[o] === last && text.includes(o);
		})) {
		text = text.slice(0, -1).trim();
	}
	text = rstrip(text, " ,;:");
	// Chicago moves a period inside closing quotes: "… the Turkish ‘Deep State.’" ends without it.
	text = text.replace(PERIOD_IN_CLOSING_QUOTE, "");
	return stripField(text);
}

/** entries._archival_record: an archival document from its locator and the words around it. */
function archivalRecord(text, archival, record) {
	var locator = archival[0];
	var archive = archiveByAcronym(locator.archive);
	record.type = "manuscript";
	record.locator = locator;
	record.archive = locator.archive;
	record.archiveLocation = canonicalLocation(locator);
	record.archivePlace = archive ? archive.place : "";
	record.language = archive ? archive.language : "ru";
	if (locator.qualifier) record.custom.qualifier = locator.qualifier;
	record.custom.archivalForms = [locator.raw];
	// Text around the locator may name the document ("Chicherin to Lenin, 27 September 1920").
	var around = strip(text.slice(0, archival[1]) + " " + text.slice(archival[2]), " ,.;:");
	describeArchival(around, record);
	return record;
}

var YEAR_WORD_START = pyre(String.raw`^\s*(?:г|гг|yılı)\.?(?!\w)`);
var YEAR_ABBREVIATION = pyre(String.raw`\s*(?:г|гг)\.(?=\s*(?:,|//|$))`);

/** entries._describe_archival: only a date is taken out; everything else is the title. */
function describeArchival(text, record) {
	var p = patterns();
	var m = p.date.exec(text);
	if (m) {
		record.issued = dateFromMatch(m);
		text = (text.slice(0, m.index) + " " + text.slice(mEnd(m))).trim();
		text = reSub(YEAR_WORD_START, "", text);
	}
	text = reSub(YEAR_ABBREVIATION, "", text);
	var parts = [];
	for (var c of plainChunks(text)) {
		var year = reFull(p.year, c.rest);
		if (year && record.issued === null) record.issued = makeDate(parseInt(grp(year, "y")));
		else if (c.rest && !isArchiveName(c.rest)) parts.push(c.rest);
	}
	if (parts.length) record.title = cleanTitle(parts.join(", "));
}

function plainChunks(text) {
	var chunks = chunk(text);
	for (var c of chunks) c.rest = strip(c.text, " ,.;:/");
	return chunks;
}

var STATE_ACRONYM = pyre(String.raw`T\.\s?C\.?|\(?[A-ZÇĞİÖŞÜ]{2,8}\)?`);
var SHORT_LEFTOVER = pyre(String.raw`[\w\s.-]{0,12}`);

/** entries._is_archive_name */
function isArchiveName(text) {
	var found = findArchive(text);
	if (found === null) return Boolean(reFull(STATE_ACRONYM, text.trim()));
	var m = found[1];
	var leftover = strip(text.slice(0, m.index) + text.slice(mEnd(m)), " ,.;:()[]");
	return !leftover || Boolean(reFull(SHORT_LEFTOVER, leftover) && isUpper(leftover));
}

/* ================================================================ bibkit/segment.py */

var PAGE_BREAK = pyre(String.raw`^[ \t]*(?:-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]){2,}[-*_]|\f+)[ \t]*$`);
var STRAY_PAGE_NUMBER = pyre(String.raw`^[ \t]*(?:\d{1,4}|[-–]\s*\d{1,4}\s*[-–])[ \t]*$`);
var SUP_NOTE = pyre(String.raw`^[ \t]*\\?<sup>[ \t]*(\d{1,4})[ \t]*</sup>[ \t]*`);
var MD_NOTE = pyre(String.raw`^[ \t]{0,3}\[\^([^\]\s]{1,20})\]:[ \t]*`);
var UNICODE_SUP = pyre(String.raw`^[ \t]*([¹²³⁰⁴-⁹]{1,4})[ \t]*`);
var PLAIN_NOTE = pyre(String.raw`^[ \t]*(\d{1,4})(?:[.)])?[ \t]+(?=[^\W\d_]|[\"“«*(\[])`);
var AUTHOR_NOTE = pyre(String.raw`^[ \t]*(?:\\\*|\*(?=[ \t])|†|‡|\\\*\\\*)[ \t]*`);
var LIST_MARKER = pyre(String.raw`^[ \t]*(?:[-•*+–][ \t]+|\d{1,4}[.)][ \t]+|\[\d{1,4}\][ \t]*)`);
var MD_HEADING = pyre(String.raw`^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$`);
var BOLD_HEADING = pyre(String.raw`^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$`);
var SUPERSCRIPT_DIGITS = { "¹": "1", "²": "2", "³": "3", "⁰": "0", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9" };
var TERMINAL = pyre(String.raw`[.!?…][\"”»’)\]*_]*\s*$`);
var SEGMENT_YEAR = pyre(String.raw`(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)|\b(?:n\.d\.|t\.y\.|ts\.|b\.t\.|s\.a\.)`);
var SEGMENT_QUOTED = pyre(String.raw`[“«\"][^”»\"]{0,400}[”»\"]`);
// SURNAME in capitals, "Surname, G." / "Surname, Given", or an archive acronym with a comma.
var ENTRY_START = pyre(String.raw`^[ \t]*(?:[-•*+–][ \t]+|\d{1,4}[.)][ \t]+)?(?:`
	+ String.raw`[^\W\d_a-zçğıöşüа-я]{2,}[,\s]`
	+ String.raw`|[^\W\d_]{2,}(?:[-'’][^\W\d_]+)?(?:[ \t][^\W\d_]{2,})?,[ \t]*[^\W\d_]`
	+ String.raw`)`);
var JOINING_END = pyre(String.raw`[,:;(\[/–-]$|\b(?:and|ve|и|und|et|ile)$`);
var HEADING_MARKUP = /[*_#`]/g;
var HEADING_NUMBER = pyre(String.raw`^(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])[.)]\s+`);

var headings = cached(function () {
	var data = load("headings");
	var out = {};
	for (var key of Object.keys(data)) {
		if (!key.startsWith("_")) out[key] = new Set(data[key]);
	}
	return out;
});

/** segment.heading_text: the text of a Markdown or bold heading, else null. */
function headingText(line) {
	var m = MD_HEADING.exec(line);
	if (m) return m[1];
	m = BOLD_HEADING.exec(line);
	if (m) return m[2];
	return null;
}

/** segment.normalise_heading: **5. KAYNAKÇA:** → kaynakça. */
function normaliseHeading(text) {
	text = text.replace(HEADING_MARKUP, "").trim();
	text = reSub(HEADING_NUMBER, "", text, 1);
	text = rstrip(text, " :.").trim();
	return trLower(text).replace(/\s+/gu, " ");
}

/** segment.heading_kind: bibliography, bibliography_parts, end, notes or other for a heading line. */
function headingKind(line, alone) {
	var text = headingText(line);
	var marked = text !== null;
	if (text === null) {
		if (!alone || line.trim().length > 60) return null;
		text = line;
	}
	var key = normaliseHeading(text);
	for (var kind of ["bibliography", "bibliography_parts", "notes", "end"]) {
		if (headings()[kind].has(key)) return kind;
	}
	return marked ? "other" : null;
}

/** segment._note_marker: [number, end of marker] for <sup>N</sup>, [^N]:, ¹; else null. */
function noteMarker(line) {
	var m = SUP_NOTE.exec(line);
	if (m) return [parseInt(m[1]), mEnd(m)];
	m = MD_NOTE.exec(line);
	if (m && isDigit(m[1])) return [parseInt(m[1]), mEnd(m)];
	m = UNICODE_SUP.exec(line);
	if (m) return [parseInt(translate(m[1], SUPERSCRIPT_DIGITS)), mEnd(m)];
	return null;
}

/** segment._plain_marker: "N text" at a page foot, accepted only for the next expected number. */
function plainMarker(line, expected) {
	var m = PLAIN_NOTE.exec(line);
	if (m && parseInt(m[1]) === expected) return [expected, mEnd(m)];
	return null;
}

function endsUnfinished(text) {
	return !TERMINAL.test(rstrip(text));
}

function startsLower(text) {
	var stripped = lstrip(reSub(LIST_MARKER, "", text, 1), "*_ \t\"“«(");
	return Boolean(stripped) && (isLower(stripped[0]) || isDigit(stripped[0]));
}

/** segment.note_continuation_score */
function noteContinuationScore(noteText, blockText, afterBreak, beforeNote) {
	var score = endsUnfinished(noteText) ? 2 : -1;
	score += startsLower(blockText) ? 1 : 0;
	score += afterBreak ? 1 : -2;
	score += beforeNote ? 1 : 0;
	return score;
}

var NOTE_JOIN_THRESHOLD = 3;

/**
 * segment.entry_continuation_score: how strongly the line nxt continues the entry prev.
 * prev unfinished +1 (or a joining mark +2, or finished -2); no year yet +1; nxt in lower case +2;
 * nxt starts with an imprint ("Ankara: …") +4; nxt a fragment of three words or fewer without a
 * number +1; nxt starts like an entry (confirmed by the name parser) -2; nxt a list item -1;
 * page break +1; one entry per paragraph +4.
 */
function entryContinuationScore(prev, nxt, pageBreak, wrappedMode) {
	prev = rstrip(prev);
	var score;
	if (JOINING_END.test(prev)) score = 2;
	else if (endsUnfinished(prev)) score = 1;
	else score = -2;
	score += SEGMENT_YEAR.test(reSub(SEGMENT_QUOTED, " ", prev)) ? 0 : 1;
	score += startsLower(nxt) ? 2 : 0;
	score += startsWithImprint(nxt) ? 4 : 0;
	score += reFull(FRAGMENT, strip(nxt)) ? 1 : 0;
	score -= !startsLower(nxt) && startsLikeEntry(nxt) ? 2 : 0;
	score -= LIST_MARKER.test(nxt) ? 1 : 0;
	score += pageBreak ? 1 : 0;
	score += wrappedMode ? 4 : 0;
	return score;
}

var ENTRY_JOIN_THRESHOLD = 2;
// "Ankara: Berikan Yayınevi." or "М.: Наука, 1999.": the imprint, never the start of an entry.
var FRAGMENT = pyre(String.raw`[^\d\s,;:]{1,30}(?:\s[^\d\s,;:]{1,30}){0,2}`);
var IMPRINT_START = pyre(String.raw`[ \t]*(?:[A-ZÇĞİÖŞÜА-ЯЁ][\w'’.-]{0,20}(?:[ -][A-ZÇĞİÖŞÜА-ЯЁ][\w'’-]{1,20})?)\s*:\s+\S`);

/**
 * segment._starts_with_imprint: "Ankara: Berikan Yayınevi.", "М.: Наука, 1999." — a place, a colon
 * and a publisher. The place must be known, or the words after the colon must name a publisher or
 * be followed by the year: "BOA: DH.KMS" and "Turkey: A Modern History." start entries.
 */
function startsWithImprint(line) {
	if (!reMatch(IMPRINT_START, line, 0)) return false;
	var text = strip(line);
	var colon = text.indexOf(":");
	var place = colon < 0 ? text : text.slice(0, colon);
	var rest = colon < 0 ? "" : strip(text.slice(colon + 1));
	if (isPlace(place) || expandPlaceAbbreviation(place)) return true;
	var cut = /[,.]\s/.exec(rest);
	var publisher = cut ? rest.slice(0, cut.index) : rest;
	var after = cut ? rest.slice(cut.index + cut[0].length) : "";
	return placeShaped(place) && (hasKeyword("publisher", publisher) || /^\s*\d{4}(?![0-9A-Za-z_])/.test(after));
}

/** The first n characters of text, counted in code points as Python's text[:n]. */
function headChars(text, n) {
	if (text.length <= n) return text;
	return Array.from(text.slice(0, 2 * n)).slice(0, n).join("");
}

/** The last n characters of text as an array of code points, as Python's text[-n:]. */
function tailChars(text, n) {
	return Array.from(text.length > 2 * n ? text.slice(-2 * n) : text).slice(-n);
}

/**
 * segment._starts_like_entry: a surname in capitals, or a name a reader would take for an author
 * ("İnalcık, Halil"); the shape is confirmed by the name parser ("Kurumu Yayınları, Ankara" is none).
 */
function startsLikeEntry(line) {
	if (!ENTRY_START.test(line)) return false;
	var head = lstrip(stripListMarker(line));
	var first = rstrip(head.split(" ", 1)[0], ",");
	if (Array.from(first).length >= 2 && isUpper(first)) return true;
	return splitLeadingNames(headChars(head, 160), "list").names.length > 0;
}

/** segment.join_lines: join two fragments, undoing end-of-line hyphenation (Kafkas- + ya). */
function joinLines(first, second) {
	first = rstrip(first);
	second = strip(second);
	if (!first) return second;
	var glue = lineGlue(first, second);
	return first.slice(0, first.length - glue[0]) + glue[1] + second;
}

var URL_TAIL = pyre(String.raw`(?:https?://|www\.)\S*$`);
var CODE_TAIL = pyre(String.raw`(?<![\w.])[A-ZÇĞİÖŞÜ]{1,6}\.$`);
var CODE_HEAD = pyre(String.raw`^[A-ZÇĞİÖŞÜ]{2,}[.,]`);
var URL_PART = pyre(String.raw`[/=_?&%\d]`);
var FIRST_TOKEN = pyre(String.raw`^\s*(\S+)`);

/**
 * segment.line_glue: how two lines of one text join, as [characters to drop from first's end,
 * separator]. Kafkas- + ya mends to Kafkasya; 2533- + 2548, R- + 8406, HR. + SYS, and a URL cut
 * at the line end join without a space; all else joins with one. Only the two ends are looked at.
 */
function lineGlue(first, second) {
	if (!first || !second) return [0, ""];
	var chars = tailChars(first, 80);
	var tail = chars.join("");
	var k = chars.length;
	var last = chars[k - 1];
	var head = Array.from(second.slice(0, 2))[0];
	if (last === "-" && k > 1) {
		var before = chars[k - 2];
		if (isAlpha(before) && isLower(head) && !(isUpper(before) && k > 2 && !isAlnum(chars[k - 3]))) return [1, ""];
		if ((isDigit(before) || ("RР".includes(before) && (k < 3 || !isAlnum(chars[k - 3])))) && isDigit(head)) return [0, ""];
	}
	// Python: the last word of first, whole (a URL may be longer than the 80-character tail).
	var word = first.length < 4000 || Array.from(first).length < 4000 ? first.slice(first.lastIndexOf(" ") + 1) : tail;
	if (URL_TAIL.test(word) && !isUpper(head) && !second.startsWith("(") && !second.startsWith("[")) {
		// A URL continues when it was cut after a separator or the next token looks like a URL part.
		var token = FIRST_TOKEN.exec(second);
		if ("/-_=.?&".includes(last) || (token && URL_PART.test(token[1]))) return [0, ""];
	}
	if (CODE_TAIL.test(tail) && CODE_HEAD.test(second)) return [0, ""];
	return [0, " "];
}

/** segment._Text: text built from many lines, joined once ("\0" marks a part glued without a space). */
function makeLineText(first) {
	return { parts: [first.trim()] };
}

function addLine(lineText, line) {
	line = line.trim();
	if (!line) return;
	var parts = lineText.parts;
	if (parts.length && !parts[parts.length - 1]) {
		parts[parts.length - 1] = line;
		return;
	}
	var last = parts[parts.length - 1];
	var glue = lineGlue(last, line);
	if (glue[0]) parts[parts.length - 1] = last.slice(0, last.length - glue[0]);
	parts.push(glue[1] ? line : "\0" + line); // "\0": joined without a space
}

/** _Text.tail: the last parts (about size characters), joined with spaces. */
function lineTextTail(lineText, size) {
	size = size || 400;
	var out = [];
	var total = 0;
	for (var k = lineText.parts.length - 1; k >= 0; k--) {
		var part = lineText.parts[k];
		out.push(lstrip(part, "\0"));
		total += part.length + 1;
		if (total >= size) break;
	}
	return out.reverse().join(" ");
}

/** _Text.text */
function lineTextValue(lineText) {
	return lineText.parts.map(function (p, k) {
		if (p.startsWith("\0")) return p.slice(1);
		return k ? " " + p : p;
	}).join("").trim();
}

/** segment._blocks: runs of non-blank lines, with whether a page break came before. */
function textBlocks(lines) {
	var blocks = [];
	var current = [];
	var afterBreak = false;
	var pendingBreak = false;
	lines.forEach(function (line, index) {
		var number = index + 1;
		if (STRAY_PAGE_NUMBER.test(line)) return; // a page number alone on its line: neither text nor a break
		if (PAGE_BREAK.test(line)) {
			if (current.length) {
				blocks.push({ lines: current, afterBreak: afterBreak });
				current = [];
			}
			pendingBreak = true;
			return;
		}
		if (!line.trim()) {
			if (current.length) {
				blocks.push({ lines: current, afterBreak: afterBreak });
				current = [];
			}
			return;
		}
		if (!current.length) {
			afterBreak = pendingBreak;
			pendingBreak = false;
		}
		current.push([number, line]);
	});
	if (current.length) blocks.push({ lines: current, afterBreak: afterBreak });
	return blocks;
}

function stripListMarker(text) {
	return reSub(LIST_MARKER, "", text, 1);
}

/** segment.segment, for what the translator needs: the reference-list entries (notes are found only to be skipped). */
function segmentText(text) {
	var lines = text.split("\n");
	var blocks = textBlocks(lines);
	var explicitNotes = lines.some(function (line) {
		return noteMarker(line) !== null;
	});
	var headingAt = findBibliographyHeading(blocks);
	var bare = !explicitNotes && headingAt === null && !hasPlainFootNotes(blocks);
	var state = makeSegmentState(bare ? "bibliography" : "body", bare, !explicitNotes);
	state.wrappedMode = wrappedMode(blocks, headingAt, bare);
	blocks.forEach(function (block, index) {
		feedBlock(state, block, index + 1 < blocks.length ? blocks[index + 1] : null);
	});
	closeEntry(state);
	finishNote(state);
	return { entries: state.entries, notes: state.notes, headingLine: headingAt };
}

/** segment._has_plain_foot_notes: "1 text" right after a page break. */
function hasPlainFootNotes(blocks) {
	return blocks.some(function (b) {
		return b.afterBreak && plainMarker(b.lines[0][1], 1) !== null;
	});
}

/** segment._find_bibliography_heading: the line of the last bibliography heading, or null. */
function findBibliographyHeading(blocks) {
	var found = null;
	for (var block of blocks) {
		for (var pair of block.lines) {
			if (headingKind(pair[1], block.lines.length === 1) === "bibliography") found = pair[0];
		}
	}
	return found;
}

/** segment._wrapped_mode: the list prints one entry per paragraph, wrapped over several lines. */
function wrappedMode(blocks, headingAt, bare) {
	var start = bare ? 0 : headingAt || 0;
	var body = blocks.filter(function (b) {
		return b.lines[0][0] > start && noteMarker(b.lines[0][1]) === null;
	});
	if (body.length < 2) return false;
	var multi = body.filter(function (b) {
		return b.lines.length > 1;
	});
	if (!multi.length) return false;
	// In a one-entry-per-line list, most lines of a multi-line block start like an entry.
	var starts = 0;
	var rest = 0;
	for (var b of multi) {
		for (var pair of b.lines.slice(1)) {
			if (LIST_MARKER.test(pair[1]) || startsLikeEntry(pair[1])) starts += 1;
		}
		rest += b.lines.length - 1;
	}
	return starts < 0.5 * rest;
}

/* ---------------------------------------------------------------- segment._State */

function makeSegmentState(zone, bare, plainNotes) {
	return {
		zone: zone, bare: bare, plainNotes: plainNotes, wrappedMode: false,
		note: null, entry: null, entryPageBreak: false, entries: [], notes: [], noteText: null, entryText: null
	};
}

/** _State.feed */
function feedBlock(state, block, nextBlock) {
	var firstLine = block.lines[0][1];
	var kind = headingKind(firstLine, block.lines.length === 1);
	if (kind !== null && !startsNote(state, firstLine)) {
		onHeading(state, kind);
		var rest = block.lines.slice(1);
		if (!rest.length) return;
		block = { lines: rest, afterBreak: block.afterBreak };
		firstLine = block.lines[0][1];
	}
	if (block.afterBreak && state.entry !== null) state.entryPageBreak = true;
	if (!startsNote(state, firstLine)) {
		var beforeNote = nextBlock !== null && startsNote(state, nextBlock.lines[0][1]);
		var text = block.lines.slice(0, 4).map(function (pair) {
			return pair[1].trim();
		}).join(" ");
		if (state.note !== null
			&& noteContinuationScore(noteTail(state), text.slice(0, 400), block.afterBreak, beforeNote) >= NOTE_JOIN_THRESHOLD) {
			for (var pair of block.lines) extendNote(state, pair[0], pair[1]);
			return;
		}
		if (block.afterBreak && AUTHOR_NOTE.test(firstLine)) return; // an author note
		if (state.zone === "bibliography") entryBlock(state, block);
		return;
	}
	for (var line of block.lines) {
		var marker = lineMarker(state, line[1]);
		if (marker !== null) {
			startNote(state, line[0], marker[0], line[1].slice(marker[1]));
		}
		else if (state.note !== null && state.note.spans.length && state.note.spans[state.note.spans.length - 1][1] >= line[0] - 1) {
			extendNote(state, line[0], line[1]);
		}
		else if (state.zone === "bibliography") {
			entryBlock(state, { lines: [line], afterBreak: false });
		}
	}
}

function startsNote(state, line) {
	return lineMarker(state, line) !== null;
}

/** _State._marker */
function lineMarker(state, line) {
	var marker = noteMarker(line);
	if (marker) return marker;
	if (state.plainNotes && (state.zone === "body" || state.zone === "notes") && !state.bare) {
		var expected = state.note ? state.note.number + 1 : 1;
		return plainMarker(line, expected);
	}
	return null;
}

/** _State._heading */
function onHeading(state, kind) {
	if (kind === "bibliography") {
		state.zone = "bibliography";
		closeEntry(state);
	}
	else if (kind === "notes") {
		closeEntry(state);
		state.zone = "notes";
	}
	else if (kind === "end" && state.zone === "bibliography") {
		closeEntry(state);
		state.zone = "after";
	}
}

function startNote(state, number, value, text) {
	finishNote(state);
	state.note = { number: value, text: "", line: number, spans: [[number, number]] };
	state.noteText = makeLineText(text);
	state.notes.push(state.note);
}

function finishNote(state) {
	if (state.note !== null && state.noteText !== null) {
		state.note.text = lineTextValue(state.noteText);
		state.noteText = null;
	}
}

function noteTail(state) {
	if (state.noteText !== null) return lineTextTail(state.noteText);
	return state.note ? state.note.text : "";
}

function extendNote(state, number, line) {
	var note = state.note;
	if (state.noteText === null) state.noteText = makeLineText(note.text);
	addLine(state.noteText, line);
	var last = note.spans[note.spans.length - 1];
	if (last[1] >= number - 1) note.spans[note.spans.length - 1] = [last[0], number];
	else note.spans.push([number, number]);
}

/** _State._entry_block: each line continues the open entry (by score) or starts a new one. */
function entryBlock(state, block) {
	block.lines.forEach(function (pair, position) {
		var number = pair[0];
		var line = pair[1];
		if (state.entry !== null && state.entryText !== null) {
			var pageBreak = state.entryPageBreak && position === 0;
			var wrapped = state.wrappedMode && position > 0 && !LIST_MARKER.test(line);
			if (entryContinuationScore(lineTextTail(state.entryText), line, pageBreak, wrapped) >= ENTRY_JOIN_THRESHOLD) {
				addLine(state.entryText, stripListMarker(line));
				var last = state.entry.spans[state.entry.spans.length - 1];
				if (last[1] === number - 1) state.entry.spans[state.entry.spans.length - 1] = [last[0], number];
				else state.entry.spans.push([number, number]);
				state.entryPageBreak = false;
				return;
			}
		}
		closeEntry(state);
		state.entry = { text: "", line: number, spans: [[number, number]] };
		state.entryText = makeLineText(stripListMarker(line));
		state.entryPageBreak = false;
	});
}

function closeEntry(state) {
	if (state.entry !== null && state.entryText !== null) {
		state.entry.text = lineTextValue(state.entryText);
		if (state.entry.text) state.entries.push(state.entry);
	}
	state.entry = null;
	state.entryText = null;
	state.entryPageBreak = false;
}

/* ================================================================ bibkit/merge.py */

var TITLE_SIMILARITY = 85.0;
var TITLE_MARKUP = /[*_"“”«»]/g;

/** merge.title_key */
function titleKey(title) {
	return skeleton(title.replace(TITLE_MARKUP, ""));
}

/** model.ArchivalLocator.key: archive, fond, opis, delo, folio … — one document whatever the notation. */
function locatorKeyParts(locator) {
	return [locator.archive].concat(locator.levels.map(function (level) {
		return level[0] + level[1];
	}));
}

function locatorKey(locator) {
	return JSON.stringify(locatorKeyParts(locator));
}

/** merge.block_key: the block a record is compared within. */
function blockKey(record) {
	if (record.locator !== null) return ["archive"].concat(locatorKeyParts(record.locator));
	var names = record.author.length ? record.author : record.editor;
	if (names.length) return ["name", skeleton(names[0].family || names[0].literal)];
	return ["title"].concat(words(titleKey(record.title)).slice(0, 2));
}

/** rapidfuzz.fuzz.ratio: the normalised InDel similarity of two strings, 0-100. */
function fuzzRatio(a, b) {
	var x = Array.from(a);
	var y = Array.from(b);
	if (!x.length && !y.length) return 100;
	var previous = new Array(y.length + 1).fill(0);
	for (var i = 1; i <= x.length; i++) {
		var current = [0];
		for (var j = 1; j <= y.length; j++) {
			current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
		}
		previous = current;
	}
	return 200 * previous[y.length] / (x.length + y.length);
}

/** merge.titles_match: equal after folding, a short title of the other, or a misprint. */
function titlesMatch(a, b) {
	var ka = titleKey(a);
	var kb = titleKey(b);
	if (!ka || !kb) return false;
	if (ka === kb) return true;
	var shorter = ka.length <= kb.length ? ka : kb;
	var longer = ka.length <= kb.length ? kb : ka;
	if (words(shorter).length >= 2 && longer.startsWith(shorter)) return true;
	return fuzzRatio(ka, kb) >= TITLE_SIMILARITY;
}

/** merge.same_work */
function sameWork(a, b) {
	if ((a.locator === null) !== (b.locator === null)) return false;
	if (a.locator !== null && b.locator !== null) return locatorKey(a.locator) === locatorKey(b.locator);
	if (a.issued && b.issued && a.issued.year !== b.issued.year) return false;
	if (a.volume && b.volume && a.volume !== b.volume) return false;
	if (a.title && b.title) return titlesMatch(a.title, b.title);
	return false;
}

function isEmptyValue(value) {
	return !value || (Array.isArray(value) && !value.length);
}

/** merge.combine: primary filled in from secondary (spelling variants are bibkit's custom data, not kept here). */
function combineRecords(primary, secondary) {
	var merged = Object.assign({}, primary);
	merged.custom = Object.assign({}, primary.custom);
	for (var pair of CSL_KEYS) {
		if (isEmptyValue(merged[pair[0]]) && !isEmptyValue(secondary[pair[0]])) merged[pair[0]] = secondary[pair[0]];
	}
	return merged;
}

// Fuzzy comparisons per record are capped: only the most recent candidates of a block are compared.
var MAX_FUZZY_CANDIDATES = 64;

/** merge._sub_key: within a block, records whose titles could be variants of each other share this key. */
function subKey(record) {
	return record.locator !== null ? "" : titleKey(record.title).slice(0, 3);
}

/**
 * merge.merge: records of one work become one record (here list entries only, all primary).
 * Exact keys are found by dictionary, variants among the last MAX_FUZZY_CANDIDATES of the block.
 */
function mergeRecords(records) {
	var merged = [];
	var buckets = new Map();
	var exact = new Map();
	for (var record of records) {
		var key = JSON.stringify(blockKey(record).concat([subKey(record)]));
		var year = record.issued ? record.issued.year : null;
		var title = titleKey(record.title);
		var identity = record.locator === null ? JSON.stringify([key, title, year, record.volume]) : key;
		var target = exact.has(identity) ? exact.get(identity) : null;
		if (target === null) {
			var candidates = (buckets.get(key) || []).slice(-MAX_FUZZY_CANDIDATES).reverse();
			for (var index of candidates) {
				if (sameWork(merged[index], record)) {
					target = index;
					break;
				}
			}
		}
		if (target === null) {
			if (!buckets.has(key)) buckets.set(key, []);
			buckets.get(key).push(merged.length);
			merged.push(record);
			// Python: identity[1:2] != ("",) — a record with an empty title key has no exact identity.
			if (record.locator !== null || title !== "") exact.set(identity, merged.length - 1);
		}
		else {
			merged[target] = combineRecords(merged[target], record);
		}
	}
	return merged;
}

/* ================================================================ bibkit/pipeline.py (the list part) */

// pipeline.MAX_ENTRY_CHARS: a reference-list entry is never this long.
var MAX_ENTRY_CHARS = 3000;

/** pipeline._is_reference: an archival locator, or a title with one more field. */
function isReference(record) {
	if (record.locator !== null) return true;
	if (!record.title) return false;
	var support = [record.author, record.editor, record.issued, record.publisher, record.publisherPlace, record.containerTitle, record.url, record.volume, record.genre];
	return support.some(function (value) {
		return !isEmptyValue(value);
	}) && words(record.title).length <= 60;
}

/**
 * pipeline.parse_text for a reference list: segment, parse each entry, keep the references,
 * merge records of one work. Returns { records, unparsed, entries, notes }.
 * Works cited only in footnotes are not read: notes are skipped (see README).
 */
function parseReferenceList(text) {
	var seg = segmentText(text);
	var listed = [];
	var unparsed = [];
	for (var entry of seg.entries) {
		if (entry.text.length > MAX_ENTRY_CHARS) {
			unparsed.push(entry); // too long for one reference: prose or junk
			continue;
		}
		var record = parseEntry(entry.text, entry.line, "list");
		if (isReference(record)) listed.push(record);
		else unparsed.push(entry);
	}
	return { records: mergeRecords(listed), listed: listed, unparsed: unparsed, entries: seg.entries, notes: seg.notes };
}

/* ================================================================ CSL → Zotero item
	The mapping follows zotero-schema's "csl" section (the same one ZU.itemFromCSLJSON reads),
	restricted to the fields each item type has in Zotero 7. A value whose item type has no field
	for it goes into Extra as a "csl-variable: value" line, which citeproc-js and Zotero read back
	(so DOI stays "DOI: …" on a book). */

// CSL type → Zotero item type (zotero-schema csl.types, first match).
var ZOTERO_TYPES = {
	book: "book",
	chapter: "bookSection",
	"article-journal": "journalArticle",
	"paper-conference": "conferencePaper",
	thesis: "thesis",
	"entry-encyclopedia": "encyclopediaArticle",
	"article-newspaper": "newspaperArticle",
	webpage: "webpage",
	report: "report",
	manuscript: "manuscript"
};

// Fields each item type has (Zotero 7 schema) among those this translator writes.
var ZOTERO_FIELDS = {
	book: ["title", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "numPages", "language", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	bookSection: ["title", "bookTitle", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "pages", "language", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	journalArticle: ["title", "publicationTitle", "volume", "issue", "pages", "date", "series", "seriesTitle", "language", "DOI", "url", "accessDate", "archive", "archiveLocation", "extra"],
	conferencePaper: ["title", "date", "proceedingsTitle", "place", "publisher", "volume", "pages", "series", "language", "DOI", "ISBN", "url", "accessDate", "archive", "archiveLocation", "extra"],
	thesis: ["title", "thesisType", "university", "place", "date", "numPages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	encyclopediaArticle: ["title", "encyclopediaTitle", "series", "seriesNumber", "volume", "numberOfVolumes", "edition", "place", "publisher", "date", "pages", "ISBN", "url", "accessDate", "language", "archive", "archiveLocation", "extra"],
	newspaperArticle: ["title", "publicationTitle", "place", "edition", "date", "pages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	webpage: ["title", "websiteTitle", "websiteType", "date", "url", "accessDate", "language", "extra"],
	report: ["title", "reportNumber", "reportType", "seriesTitle", "place", "institution", "date", "pages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	manuscript: ["title", "manuscriptType", "place", "date", "numPages", "language", "url", "accessDate", "archive", "archiveLocation", "extra"],
	document: ["title", "publisher", "date", "language", "url", "accessDate", "archive", "archiveLocation", "extra"]
};

// Creator types each item type has (Zotero 7 schema) among author, editor, translator.
var ZOTERO_CREATOR_TYPES = {
	book: ["author", "editor", "translator"],
	bookSection: ["author", "editor", "translator"],
	journalArticle: ["author", "editor", "translator"],
	conferencePaper: ["author", "editor", "translator"],
	thesis: ["author"],
	encyclopediaArticle: ["author", "editor", "translator"],
	newspaperArticle: ["author", "translator"],
	webpage: ["author", "translator"],
	report: ["author", "translator"],
	manuscript: ["author", "translator"],
	document: ["author", "editor", "translator"]
};

// CSL variable → Zotero fields, tried in order (zotero-schema csl.fields with base-field mappings).
var ZOTERO_FIELD_MAP = [
	["title", ["title"]],
	["container-title", ["publicationTitle", "bookTitle", "proceedingsTitle", "encyclopediaTitle", "websiteTitle"]],
	["collection-title", ["series", "seriesTitle"]],
	["volume", ["volume"]],
	["issue", ["issue"]],
	["edition", ["edition"]],
	["page", ["pages"]],
	["number-of-pages", ["numPages"]],
	["number-of-volumes", ["numberOfVolumes"]],
	["collection-number", ["seriesNumber"]],
	["number", ["reportNumber"]],
	["publisher", ["publisher", "university", "institution"]],
	["publisher-place", ["place"]],
	["genre", ["thesisType", "reportType", "manuscriptType", "websiteType"]],
	["language", ["language"]],
	["archive", ["archive"]],
	["archive_location", ["archiveLocation"]],
	["URL", ["url"]],
	["DOI", ["DOI"]],
	["ISBN", ["ISBN"]]
];
var ZOTERO_NAME_ROLES = ["author", "editor", "translator", "container-author"];

/** A CSL date as a Zotero date string: 2002, 2002-11, 2002-11-05, 1991-1993. */
function zoteroDate(date) {
	var first = date["date-parts"][0].map(function (part, i) {
		return i === 0 ? String(part) : String(part).padStart(2, "0");
	}).join("-");
	var second = date["date-parts"][1];
	return second ? first + "-" + second[0] : first;
}

/** The Zotero item (as plain fields) for one CSL item. */
function cslToZotero(csl) {
	var itemType = ZOTERO_TYPES[csl.type] || "document";
	var fields = ZOTERO_FIELDS[itemType];
	var item = { itemType: itemType, creators: [] };
	var extra = [];
	for (var mapping of ZOTERO_FIELD_MAP) {
		var value = csl[mapping[0]];
		if (!value) continue;
		var field = mapping[1].find(function (name) {
			return fields.includes(name);
		});
		if (field) item[field] = value;
		else extra.push(mapping[0] + ": " + value);
	}
	for (var role of ZOTERO_NAME_ROLES) {
		for (var name of csl[role] || []) {
			var creatorType = ZOTERO_CREATOR_TYPES[itemType].includes(role) ? role : "contributor";
			if (name.literal) item.creators.push({ lastName: name.literal, fieldMode: 1, creatorType: creatorType });
			else item.creators.push({ firstName: name.given || "", lastName: name.family, creatorType: creatorType });
		}
	}
	if (csl.issued) item.date = zoteroDate(csl.issued);
	if (csl.accessed) item.accessDate = zoteroDate(csl.accessed);
	if (csl["original-date"]) extra.push("original-date: " + zoteroDate(csl["original-date"]));
	// CSL variables Zotero 7 has no field for: Extra lines, as citeproc-js reads them.
	for (var key of ["volume-title", "part", "medium", "archive-place", "archive_collection", "note"]) {
		if (csl[key]) extra.push((key === "part" ? "part-number" : key) + ": " + csl[key]);
	}
	if (extra.length) item.extra = extra.join("\n");
	return item;
}

/* ================================================================ detectImport / doImport */

// Formats other translators own; their input is never a reference list.
var OTHER_FORMATS = [
	/^\s*TY {1,2}- /m, // RIS
	/^\s*@[A-Za-z]+\s*[{(]/m, // BibTeX
	/^\s*[[{]\s*["{[]/, // JSON (CSL JSON, Zotero API JSON)
	/^\s*</, // XML, HTML
	/^=(?:LDR|\d{3})\s/m, // MARC in MarcEdit's text form
	/^(?:LDR|\d{3})(?: {1,2}[\d_ #\\]{0,2})? {1,2}[|$‡]?[a-z]?\S/m, // tagged MARC
	/^%[A-Z0-9] \S/m, // Refer/BibIX
	/^(?:PMID|TI|AU|FAU|PT|DP)\s*- /m, // MEDLINE
	/^(?:PT|AU|TI|SO|PY|ER)(?: |$)/m // Web of Science tagged
];
var DETECT_SAMPLE = 20000;
var DETECT_ENTRIES = 40;
var MAX_ENTRY_WORDS = 90;

/** True when the text is in a format another translator reads. */
function isOtherFormat(text) {
	var head = text.split("\n").slice(0, 50).join("\n");
	var matched = OTHER_FORMATS.slice(0, 4).some(function (re) {
		return re.test(head);
	});
	if (matched) return true;
	// Tagged formats: most non-blank lines begin with a tag.
	var lines = head.split("\n").filter(function (line) {
		return line.trim();
	});
	var tagged = lines.filter(function (line) {
		return OTHER_FORMATS.slice(4).some(function (re) {
			return re.test(line);
		});
	});
	return lines.length > 0 && tagged.length >= Math.max(2, lines.length / 2);
}

/** Strong evidence that a parsed entry is a reference, not a sentence of prose. */
function looksLikeReference(record, entryText) {
	if (record.locator !== null) return true;
	if (!record.title || words(entryText).length > MAX_ENTRY_WORDS) return false;
	var named = record.author.length + record.editor.length + record.translator.length > 0;
	var dated = record.issued !== null || patterns().noDate.test(entryText);
	var signals = [
		named,
		dated,
		Boolean(record.publisher || record.publisherPlace),
		Boolean(record.containerTitle && (record.volume || record.issue || record.page)),
		Boolean(record.url || record.doi),
		Boolean(record.volume || record.issue || record.page || record.edition || record.numberOfPages || record.genre)
	].filter(Boolean).length;
	return signals >= 3 || (signals >= 2 && named && dated);
}

/** The decision of detectImport on a sample of the input. */
function detectReferenceList(text) {
	text = normaliseInput(text);
	if (!text.trim() || isOtherFormat(text)) return false;
	var seg = segmentText(text);
	if (!seg.entries.length || seg.notes.length) return false;
	var sample = seg.entries.slice(0, DETECT_ENTRIES);
	var strong = sample.filter(function (entry) {
		return looksLikeReference(parseEntry(entry.text, entry.line, "list"), entry.text);
	}).length;
	// The entries must be most of the text: an article with a short list at its end is not a list.
	var listed = seg.entries.reduce(function (sum, entry) {
		return sum + entry.text.length;
	}, 0);
	var total = text.replace(/\s+/gu, "").length;
	var covered = listed >= 0.5 * total || seg.entries.length > DETECT_ENTRIES;
	return covered && strong >= Math.max(1, Math.ceil(0.6 * sample.length));
}

/** Text as bibkit.read.decode gives it: no byte-order mark, CRLF and CR → LF, NFC. */
function normaliseInput(text) {
	return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/** The whole input, read as Zotero gives it: Zotero.read(n) returns chunks, then false. */
function readAll() {
	var parts = [];
	var chunk;
	while ((chunk = Zotero.read(65536)) !== false) parts.push(chunk);
	return parts.join("");
}

function detectImport() {
	var text = Zotero.read(DETECT_SAMPLE);
	if (!text) return false;
	var more = Zotero.read(1);
	// Judge complete lines only: a sample cut inside an entry would look like a broken entry.
	if (more !== false && text.includes("\n")) text = text.slice(0, text.lastIndexOf("\n"));
	return detectReferenceList(text);
}

function doImport() {
	var parsed = parseReferenceList(normaliseInput(readAll()));
	for (var entry of parsed.unparsed) Zotero.debug("bibkit: not a reference (line " + entry.line + "): " + entry.text);
	for (var record of parsed.records) {
		var fields = cslToZotero(recordToCSL(record));
		var item = new Zotero.Item(fields.itemType);
		for (var key of Object.keys(fields)) {
			if (key === "itemType") continue;
			if (key === "creators") item.creators = fields.creators;
			else item[key] = key === "extra" ? fields[key] : ZU.trimInternal(fields[key]);
		}
		item.complete();
	}
}

/** BEGIN TEST CASES **/
var testCases = [
	{
		"type": "import",
		"input": "ALİYEF, Hamit, “Kemal Atatürk'ün Türkiye ile Sovyetler Birliği Arasında Dostluğun Kurulması ve Sağlamaştırılmasındaki Rolü”, Ankara\nÜniversitesi Siyasal Bilgiler Fakültesi Dergisi, Atatürk Özel Sayısı, 36/1-4 (1981), pp. 69-85.\nARALOV S.İ., Bir Sovyet Diplomatının Türkiye Hatıraları, Çev. Hasan Ali Ediz, I. Cilt, İstanbul, 1997.\nARMAOĞLU Fahir, 20. Yüzyıl Siyasi Tarihi (1914-1980), Cilt I, Ankara, 1992.\nAtatürk'ün Söylev ve Demeçleri, I-III, Atatürk Araştırma Merkezi, 5. Baskı, Ankara, 2006.\nATAY Mehmet, Rusya Gizli İstihbarat Servisleri: KGB'nin Kısa Tarihi, Avrasya Dosyası, İstihbarat Özel, Cilt 8, Sayı2, 2002, pp. 309-328.\nAYBARS Ergün, Atatürk ve Devrime Bakış, Atatürk Yolu Dergisi, Ankara Üniversitesi Türk İnkılâp Tarihi Enstitüsü, Cilt 02, Sayı 07, 1991, pp. 443-453.\nBENHÜR Çağatay, Stalin Dönemi Türk-Rus İlişkileri (1924-1953), Selçuk Üniversitesi Sosyal Bilimler Enstitüsü Tarih Ana Bilim Dalı Atatürk İlkeleri ve İnkılâp Tarihi Bilim Dalı Basılmamış Doktora Tezi, Konya, 2008.\nBolşaya Sovetskaya Ensiklopediya, Cilt 34, Moskva, 1955.\nBOYACI E., İstoriya Şpionaja, Cilt 1, Moskova, 2003.\nGÜRSEL Haluk F., Tarih Boyunca Türk-Rus İlişkileri, İstanbul 1968.\nKARABEKİR Kazım, İstiklal Harbimiz, 2. Baskı, Cilt I, İstanbul, 2008.\nKARAL Enver Ziya, Atatürk ve Devrim, Ankara 1980.\nKILIÇ Selami, \"Atatürk'ün Büyük Özlemi Türk Dünyasında Kültür Birliği\", Atatürk Üniversitesi Atatürk İlkeleri ve İnkılâp Tarihi Enstitüsü, Atatürk Dergisi, Cilt 3, Sayı 1, Erzurum, 2000, pp. 53-60.\nKOCATÜRK Utkan, Atatürk'ün Fikir ve Düşünceleri, Atatürk Araştırma Merkezi, Ankara, 1999.\nKURAT Akdes Nimet, Brest-Litovsk Müzakereleri ve Barışı, Belleten, XXXI/121-124, Ankara, 1967, pp. 375-413.\nKURAT Akdes Nimet, Türkiye ve Rusya, Kültür Bakanlığı Yayınları, 1990.\nLENİN V. İ., Sosyalizm ve Savaş, Eriş Yayınları, 2003.\n\nPERFİLOV V.A., Jizn Vladimira İliça Lenina: Voprosı i otvetı, Ulyanovsk, 2012, pp. 65-66.\nRGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, 159- 2-56-046.\nRGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, 159-2-57-001 (1).\nRGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, 159-2-57-003.\nRGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi, 159-2-57-095.\nSARAY Mehmet, Atatürk'ün Sovyet Politikası, İstanbul, 1987.\nSOKOLNİKOV G.Ya., Finansovaya Politika Revolyutsii, I. Cilt, Moskova, 2006.\nVOLKOVA V.N., Vyacheslav Mihailoviç Molotov, Naučno-Tehniçeskie Vedomosti SPBPU. 2 (219), 2015, pp. 213-217.\nYEL Selma, Brest-Litovsk Barış Konferansında Sovyet Rusya'nın Ermeni Politikası, Atatürk Araştırma Merkezi Dergisi, Cilt XVIII, Sayı 54, Kasım 2002, pp. 830-848.\nYÜCEER Saime, Atatürk Dönemi Türk-Rus İlişkilerinin Siyasi Boyutu, Atatürk'ten Soğuk Savaş Dönemine Türk-Rus İlişkileri I. Çalıştay Bildirileri, Atatürk Araştırma Merkezi, Ankara, 2011, pp. 61-106.\n",
		"items": [
			{
				"itemType": "journalArticle",
				"title": "Kemal Atatürk'ün Türkiye ile Sovyetler Birliği Arasında Dostluğun Kurulması ve Sağlamaştırılmasındaki Rolü",
				"creators": [
					{
						"firstName": "Hamit",
						"lastName": "Aliyef",
						"creatorType": "author"
					}
				],
				"date": "1981",
				"extra": "volume-title: Atatürk Özel Sayısı",
				"issue": "1-4",
				"language": "tr",
				"pages": "69-85",
				"publicationTitle": "Ankara Üniversitesi Siyasal Bilgiler Fakültesi Dergisi",
				"volume": "36",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Bir Sovyet Diplomatının Türkiye Hatıraları",
				"creators": [
					{
						"firstName": "S. İ.",
						"lastName": "Aralov",
						"creatorType": "author"
					},
					{
						"firstName": "Hasan Ali",
						"lastName": "Ediz",
						"creatorType": "translator"
					}
				],
				"date": "1997",
				"language": "tr",
				"place": "İstanbul",
				"volume": "1",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "20. Yüzyıl Siyasi Tarihi (1914-1980)",
				"creators": [
					{
						"firstName": "Fahir",
						"lastName": "Armaoğlu",
						"creatorType": "author"
					}
				],
				"date": "1992",
				"language": "tr",
				"place": "Ankara",
				"volume": "1",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Atatürk'ün Söylev ve Demeçleri",
				"creators": [],
				"date": "2006",
				"edition": "5",
				"language": "tr",
				"place": "Ankara",
				"publisher": "Atatürk Araştırma Merkezi",
				"volume": "1-3",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Rusya Gizli İstihbarat Servisleri: KGB'nin Kısa Tarihi",
				"creators": [
					{
						"firstName": "Mehmet",
						"lastName": "Atay",
						"creatorType": "author"
					}
				],
				"date": "2002",
				"extra": "volume-title: İstihbarat Özel",
				"issue": "2",
				"language": "tr",
				"pages": "309-328",
				"publicationTitle": "Avrasya Dosyası",
				"volume": "8",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Atatürk ve Devrime Bakış",
				"creators": [
					{
						"firstName": "Ergün",
						"lastName": "Aybars",
						"creatorType": "author"
					}
				],
				"date": "1991",
				"extra": "publisher: Ankara Üniversitesi Türk İnkılâp Tarihi Enstitüsü",
				"issue": "7",
				"language": "tr",
				"pages": "443-453",
				"publicationTitle": "Atatürk Yolu Dergisi",
				"volume": "2",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "thesis",
				"title": "Stalin Dönemi Türk-Rus İlişkileri (1924-1953)",
				"creators": [
					{
						"firstName": "Çağatay",
						"lastName": "Benhür",
						"creatorType": "author"
					}
				],
				"date": "2008",
				"language": "tr",
				"place": "Konya",
				"thesisType": "Basılmamış Doktora Tezi",
				"university": "Selçuk Üniversitesi Sosyal Bilimler Enstitüsü Tarih Ana Bilim Dalı Atatürk İlkeleri ve İnkılâp Tarihi Bilim Dalı",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Bolşaya Sovetskaya Ensiklopediya",
				"creators": [],
				"date": "1955",
				"language": "ru",
				"place": "Moskva",
				"volume": "34",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "İstoriya Şpionaja",
				"creators": [
					{
						"firstName": "E.",
						"lastName": "Boyacı",
						"creatorType": "author"
					}
				],
				"date": "2003",
				"language": "ru",
				"place": "Moskova",
				"volume": "1",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Tarih Boyunca Türk-Rus İlişkileri",
				"creators": [
					{
						"firstName": "Haluk F.",
						"lastName": "Gürsel",
						"creatorType": "author"
					}
				],
				"date": "1968",
				"language": "tr",
				"place": "İstanbul",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "İstiklal Harbimiz",
				"creators": [
					{
						"firstName": "Kazım",
						"lastName": "Karabekir",
						"creatorType": "author"
					}
				],
				"date": "2008",
				"edition": "2",
				"language": "tr",
				"place": "İstanbul",
				"volume": "1",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Atatürk ve Devrim",
				"creators": [
					{
						"firstName": "Enver Ziya",
						"lastName": "Karal",
						"creatorType": "author"
					}
				],
				"date": "1980",
				"language": "tr",
				"place": "Ankara",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Atatürk'ün Büyük Özlemi Türk Dünyasında Kültür Birliği",
				"creators": [
					{
						"firstName": "Selami",
						"lastName": "Kılıç",
						"creatorType": "author"
					}
				],
				"date": "2000",
				"extra": "publisher: Atatürk Üniversitesi Atatürk İlkeleri ve İnkılâp Tarihi Enstitüsü\npublisher-place: Erzurum",
				"issue": "1",
				"language": "tr",
				"pages": "53-60",
				"publicationTitle": "Atatürk Dergisi",
				"volume": "3",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Atatürk'ün Fikir ve Düşünceleri",
				"creators": [
					{
						"firstName": "Utkan",
						"lastName": "Kocatürk",
						"creatorType": "author"
					}
				],
				"date": "1999",
				"language": "tr",
				"place": "Ankara",
				"publisher": "Atatürk Araştırma Merkezi",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Brest-Litovsk Müzakereleri ve Barışı",
				"creators": [
					{
						"firstName": "Akdes Nimet",
						"lastName": "Kurat",
						"creatorType": "author"
					}
				],
				"date": "1967",
				"extra": "publisher-place: Ankara",
				"issue": "121-124",
				"language": "tr",
				"pages": "375-413",
				"publicationTitle": "Belleten",
				"volume": "31",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Türkiye ve Rusya",
				"creators": [
					{
						"firstName": "Akdes Nimet",
						"lastName": "Kurat",
						"creatorType": "author"
					}
				],
				"date": "1990",
				"language": "tr",
				"publisher": "Kültür Bakanlığı Yayınları",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Sosyalizm ve Savaş",
				"creators": [
					{
						"firstName": "V. İ.",
						"lastName": "Lenin",
						"creatorType": "author"
					}
				],
				"date": "2003",
				"language": "tr",
				"publisher": "Eriş Yayınları",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Jizn Vladimira İliça Lenina: Voprosı i otvetı",
				"creators": [
					{
						"firstName": "V. A.",
						"lastName": "Perfilov",
						"creatorType": "author"
					}
				],
				"date": "2012",
				"extra": "page: 65-66",
				"language": "ru",
				"place": "Ulyanovsk",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "RGASPI",
				"archiveLocation": "f. 159, op. 2, d. 56, l. 46",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "RGASPI",
				"archiveLocation": "f. 159, op. 2, d. 57, l. 1",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "RGASPI",
				"archiveLocation": "f. 159, op. 2, d. 57, l. 3",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "RGASPI",
				"archiveLocation": "f. 159, op. 2, d. 57, l. 95",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Atatürk'ün Sovyet Politikası",
				"creators": [
					{
						"firstName": "Mehmet",
						"lastName": "Saray",
						"creatorType": "author"
					}
				],
				"date": "1987",
				"language": "tr",
				"place": "İstanbul",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Finansovaya Politika Revolyutsii",
				"creators": [
					{
						"firstName": "G. Ya.",
						"lastName": "Sokolnikov",
						"creatorType": "author"
					}
				],
				"date": "2006",
				"language": "ru",
				"place": "Moskova",
				"volume": "1",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Vyacheslav Mihailoviç Molotov",
				"creators": [
					{
						"firstName": "V. N.",
						"lastName": "Volkova",
						"creatorType": "author"
					}
				],
				"date": "2015",
				"issue": "2",
				"language": "ru",
				"pages": "213-217",
				"publicationTitle": "Naučno-Tehniçeskie Vedomosti SPBPU",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "journalArticle",
				"title": "Brest-Litovsk Barış Konferansında Sovyet Rusya'nın Ermeni Politikası",
				"creators": [
					{
						"firstName": "Selma",
						"lastName": "Yel",
						"creatorType": "author"
					}
				],
				"date": "2002-11",
				"issue": "54",
				"language": "tr",
				"pages": "830-848",
				"publicationTitle": "Atatürk Araştırma Merkezi Dergisi",
				"volume": "18",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "conferencePaper",
				"title": "Atatürk Dönemi Türk-Rus İlişkilerinin Siyasi Boyutu",
				"creators": [
					{
						"firstName": "Saime",
						"lastName": "Yüceer",
						"creatorType": "author"
					}
				],
				"date": "2011",
				"language": "tr",
				"pages": "61-106",
				"place": "Ankara",
				"proceedingsTitle": "Atatürk'ten Soğuk Savaş Dönemine Türk-Rus İlişkileri I. Çalıştay Bildirileri",
				"publisher": "Atatürk Araştırma Merkezi",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "• Arslan, A. (2004). Sovyet Türkolojisinde Türkiye. *Türk Kültürü İncelemeleri Dergisi*, (11), 1-30.\n• Suny, R. G. (2011). Writing genocide: The fate of the Ottoman Armenians. In R. G. Suny, F. M. Göçek, & N. M. Naimark (Eds.), *A question of genocide: Armenians and Turks at the end of the Ottoman Empire* (pp. 15-41). New York, NY: Oxford University Press.\n• Berkes, N. (2008). *Türkiye'de çağdaşlaşma* (A. Kuyaş, Haz.) (11. bs.). İstanbul: Yapı Kredi Yayınları.\n• Türkiye İstatistik Kurumu. (2012). *İstatistik göstergeler 1923-2011* (Yayın No. 3890). Ankara: Türkiye İstatistik Kurumu.",
		"items": [
			{
				"itemType": "journalArticle",
				"title": "Sovyet Türkolojisinde Türkiye",
				"creators": [
					{
						"firstName": "A.",
						"lastName": "Arslan",
						"creatorType": "author"
					}
				],
				"date": "2004",
				"issue": "11",
				"language": "tr",
				"pages": "1-30",
				"publicationTitle": "Türk Kültürü İncelemeleri Dergisi",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "bookSection",
				"title": "Writing genocide: The fate of the Ottoman Armenians",
				"creators": [
					{
						"firstName": "R. G.",
						"lastName": "Suny",
						"creatorType": "author"
					},
					{
						"firstName": "R. G.",
						"lastName": "Suny",
						"creatorType": "editor"
					},
					{
						"firstName": "F. M.",
						"lastName": "Göçek",
						"creatorType": "editor"
					},
					{
						"firstName": "N. M.",
						"lastName": "Naimark",
						"creatorType": "editor"
					}
				],
				"bookTitle": "A question of genocide: Armenians and Turks at the end of the Ottoman Empire",
				"date": "2011",
				"language": "en",
				"pages": "15-41",
				"place": "New York, NY",
				"publisher": "Oxford University Press",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Türkiye'de çağdaşlaşma",
				"creators": [
					{
						"firstName": "N.",
						"lastName": "Berkes",
						"creatorType": "author"
					},
					{
						"firstName": "A.",
						"lastName": "Kuyaş",
						"creatorType": "editor"
					}
				],
				"date": "2008",
				"edition": "11",
				"language": "tr",
				"place": "İstanbul",
				"publisher": "Yapı Kredi Yayınları",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "report",
				"title": "İstatistik göstergeler 1923-2011",
				"creators": [
					{
						"lastName": "Türkiye İstatistik Kurumu",
						"fieldMode": 1,
						"creatorType": "author"
					}
				],
				"date": "2012",
				"institution": "Türkiye İstatistik Kurumu",
				"language": "tr",
				"place": "Ankara",
				"reportNumber": "3890",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "[1] Hanioğlu, M. Şükrü. *The Young Turks in Opposition*. New York: Oxford University Press, 1995.\n[2] Faroqhi, Suraiya. \"Rural Life in Western Anatolia: Evidence from the Court Registers.\" In *Proceedings of the Third International Conference on the Social and Economic History of Turkey*, edited by Heath W. Lowry and Ralph S. Hattox, 197–206. Istanbul: Isis Press, 1990.\n[3] Price, M. Philips. \"The Soviet Road to Angora.\" *Manchester Guardian*, March 18, 1921.\n[4] Siegelbaum, Lewis. \"1921: Famine.\" Seventeen Moments in Soviet History. Accessed March 3, 2021. http://soviethistory.msu.edu/1921-2/famine/.\n[5] Shaw, Stanford J., and Ezel Kural Shaw. *History of the Ottoman Empire and Modern Turkey*. Vol. 2, *Reform, Revolution, and Republic: The Rise of Modern Turkey, 1808–1975*. Cambridge: Cambridge University Press, 1977.\n[6] McMeekin, Sean. *The Ottoman Endgame: War, Revolution, and the Making of the Modern Middle East, 1908–1923*. New York: Penguin Press, 2015.",
		"items": [
			{
				"itemType": "book",
				"title": "The Young Turks in Opposition",
				"creators": [
					{
						"firstName": "M. Şükrü",
						"lastName": "Hanioğlu",
						"creatorType": "author"
					}
				],
				"date": "1995",
				"language": "en",
				"place": "New York",
				"publisher": "Oxford University Press",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "conferencePaper",
				"title": "Rural Life in Western Anatolia: Evidence from the Court Registers",
				"creators": [
					{
						"firstName": "Suraiya",
						"lastName": "Faroqhi",
						"creatorType": "author"
					},
					{
						"firstName": "Heath W.",
						"lastName": "Lowry",
						"creatorType": "editor"
					},
					{
						"firstName": "Ralph S.",
						"lastName": "Hattox",
						"creatorType": "editor"
					}
				],
				"date": "1990",
				"language": "en",
				"pages": "197-206",
				"place": "Istanbul",
				"proceedingsTitle": "Proceedings of the Third International Conference on the Social and Economic History of Turkey",
				"publisher": "Isis Press",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "newspaperArticle",
				"title": "The Soviet Road to Angora",
				"creators": [
					{
						"firstName": "M. Philips",
						"lastName": "Price",
						"creatorType": "author"
					}
				],
				"date": "1921-03-18",
				"language": "en",
				"publicationTitle": "Manchester Guardian",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "webpage",
				"title": "1921: Famine",
				"creators": [
					{
						"firstName": "Lewis",
						"lastName": "Siegelbaum",
						"creatorType": "author"
					}
				],
				"accessDate": "2021-03-03",
				"language": "en",
				"url": "http://soviethistory.msu.edu/1921-2/famine/",
				"websiteTitle": "Seventeen Moments in Soviet History",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "History of the Ottoman Empire and Modern Turkey",
				"creators": [
					{
						"firstName": "Stanford J.",
						"lastName": "Shaw",
						"creatorType": "author"
					},
					{
						"firstName": "Ezel Kural",
						"lastName": "Shaw",
						"creatorType": "author"
					}
				],
				"date": "1977",
				"extra": "volume-title: Reform, Revolution, and Republic: The Rise of Modern Turkey, 1808–1975",
				"language": "en",
				"place": "Cambridge",
				"publisher": "Cambridge University Press",
				"volume": "2",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "The Ottoman Endgame: War, Revolution, and the Making of the Modern Middle East, 1908–1923",
				"creators": [
					{
						"firstName": "Sean",
						"lastName": "McMeekin",
						"creatorType": "author"
					}
				],
				"date": "2015",
				"language": "en",
				"place": "New York",
				"publisher": "Penguin Press",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "- Зайончковский А. М. Первая мировая война. Изд. 2-е. СПб.: Полигон, 2002. 878 с.\n- Яковлев А. И. Советско-турецкие отношения в 1920–1930-е гг.: дис. … канд. ист. наук. М., 2004. 245 с.\n- Петросян Ю. А. Младотурецкое движение: автореф. дис. … д-ра ист. наук. Л.: ЛГУ, 1970. 36 с.\n- Гаджиев А. Г. Бакинский съезд народов Востока // Октябрь и Восток / отв. ред. Г. Ф. Ким. М.: Наука, 1967. С. 210–228.\n- Тюрин А. В. Кавказский фронт в 1914–1917 гг. // Россия и Турция в XX веке: материалы междунар. науч. конф. М.: ИВ РАН, 2011. С. 45–58.",
		"items": [
			{
				"itemType": "book",
				"title": "Первая мировая война",
				"creators": [
					{
						"firstName": "А. М.",
						"lastName": "Зайончковский",
						"creatorType": "author"
					}
				],
				"date": "2002",
				"edition": "2",
				"language": "ru",
				"numPages": "878",
				"place": "Sankt-Peterburg",
				"publisher": "Полигон",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "thesis",
				"title": "Советско-турецкие отношения в 1920–1930-е гг.",
				"creators": [
					{
						"firstName": "А. И.",
						"lastName": "Яковлев",
						"creatorType": "author"
					}
				],
				"date": "2004",
				"language": "ru",
				"numPages": "245",
				"place": "Moskva",
				"thesisType": "дис. … канд. ист. наук",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "thesis",
				"title": "Младотурецкое движение",
				"creators": [
					{
						"firstName": "Ю. А.",
						"lastName": "Петросян",
						"creatorType": "author"
					}
				],
				"date": "1970",
				"language": "ru",
				"numPages": "36",
				"place": "Leningrad",
				"thesisType": "автореф. дис. … д-ра ист. наук",
				"university": "ЛГУ",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "bookSection",
				"title": "Бакинский съезд народов Востока",
				"creators": [
					{
						"firstName": "А. Г.",
						"lastName": "Гаджиев",
						"creatorType": "author"
					},
					{
						"firstName": "Г. Ф.",
						"lastName": "Ким",
						"creatorType": "editor"
					}
				],
				"bookTitle": "Октябрь и Восток",
				"date": "1967",
				"language": "ru",
				"pages": "210-228",
				"place": "Moskva",
				"publisher": "Наука",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "conferencePaper",
				"title": "Кавказский фронт в 1914–1917 гг.",
				"creators": [
					{
						"firstName": "А. В.",
						"lastName": "Тюрин",
						"creatorType": "author"
					}
				],
				"date": "2011",
				"language": "ru",
				"pages": "45-58",
				"place": "Moskva",
				"proceedingsTitle": "Россия и Турция в XX веке: материалы междунар. науч. конф.",
				"publisher": "ИВ РАН",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "- Emecen, Feridun. “Selim I”. *Türkiye Diyanet Vakfı İslâm Ansiklopedisi*. 36: 407-414. İstanbul: TDV Yayınları, 2009. Erişim 14 Şubat 2022. https://islamansiklopedisi.org.tr/selim-i\n- Tellal, Erel. *Türk-Sovyet İlişkileri (1920-1945)*. Ankara: Ankara Üniversitesi, Sosyal Bilimler Enstitüsü, Doktora Tezi, 1998.\n- Oran, Baskın (ed.). *Türk Dış Politikası: Kurtuluş Savaşından Bugüne Olgular, Belgeler, Yorumlar*. 2 Cilt. İstanbul: İletişim Yayınları, 2001.\n- Cebesoy, Ali Fuat. *Millî Mücadele Hatıraları*. haz. Osman Selim Kocahanoğlu. İstanbul: Temel Yayınları, 2000.\n- Yalman, Ahmet Emin. “Rusya ile Anlaşma”. *Vakit* (17 Mart 1921), 1.",
		"items": [
			{
				"itemType": "encyclopediaArticle",
				"title": "Selim I",
				"creators": [
					{
						"firstName": "Feridun",
						"lastName": "Emecen",
						"creatorType": "author"
					}
				],
				"accessDate": "2022-02-14",
				"date": "2009",
				"encyclopediaTitle": "Türkiye Diyanet Vakfı İslâm Ansiklopedisi",
				"language": "tr",
				"pages": "407-414",
				"place": "İstanbul",
				"publisher": "TDV Yayınları",
				"url": "https://islamansiklopedisi.org.tr/selim-i",
				"volume": "36",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "thesis",
				"title": "Türk-Sovyet İlişkileri (1920-1945)",
				"creators": [
					{
						"firstName": "Erel",
						"lastName": "Tellal",
						"creatorType": "author"
					}
				],
				"date": "1998",
				"language": "tr",
				"place": "Ankara",
				"thesisType": "Doktora Tezi",
				"university": "Ankara Üniversitesi, Sosyal Bilimler Enstitüsü",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Türk Dış Politikası: Kurtuluş Savaşından Bugüne Olgular, Belgeler, Yorumlar",
				"creators": [
					{
						"firstName": "Baskın",
						"lastName": "Oran",
						"creatorType": "editor"
					}
				],
				"date": "2001",
				"language": "tr",
				"numberOfVolumes": "2",
				"place": "İstanbul",
				"publisher": "İletişim Yayınları",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Millî Mücadele Hatıraları",
				"creators": [
					{
						"firstName": "Ali Fuat",
						"lastName": "Cebesoy",
						"creatorType": "author"
					},
					{
						"firstName": "Osman Selim",
						"lastName": "Kocahanoğlu",
						"creatorType": "editor"
					}
				],
				"date": "2000",
				"language": "tr",
				"place": "İstanbul",
				"publisher": "Temel Yayınları",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "newspaperArticle",
				"title": "Rusya ile Anlaşma",
				"creators": [
					{
						"firstName": "Ahmet Emin",
						"lastName": "Yalman",
						"creatorType": "author"
					}
				],
				"date": "1921-03-17",
				"language": "tr",
				"pages": "1",
				"publicationTitle": "Vakit",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "RGASPI, f. 5, op. 1, d. 2134, l. 7.\nGARF, f. R-130, op. 4, d. 12, ll. 5-6.\nAVP RF, f. 132, op. 4, p. 7, d. 25, l. 11.\nBOA, DH.KMS, 50-1/12.\nBCA, 030.10.0.0, 82.537.2.\nTNA, FO 371/4158, f. 12.\n",
		"items": [
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "RGASPI",
				"archiveLocation": "f. 5, op. 1, d. 2134, l. 7",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "GARF",
				"archiveLocation": "f. R-130, op. 4, d. 12, ll. 5-6",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "AVP RF",
				"archiveLocation": "f. 132, op. 4, p. 7, d. 25, l. 11",
				"extra": "archive-place: Moscow",
				"language": "ru",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "BOA",
				"archiveLocation": "DH.KMS, 50-1/12",
				"extra": "archive-place: İstanbul",
				"language": "ota",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "BCA",
				"archiveLocation": "030.10.0.0, yer 82.537.2",
				"extra": "archive-place: Ankara",
				"language": "tr",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "manuscript",
				"creators": [],
				"archive": "TNA",
				"archiveLocation": "FO 371/4158, f. 12",
				"extra": "archive-place: London",
				"language": "en",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	},
	{
		"type": "import",
		"input": "Kırımlı, H. (2003). The famine of 1921–22 in the Crimea and the Volga basin and the relief from Turkey. Middle Eastern Studies, 39(1), 37–88. https://doi.org/10.1080/714004499\nReynolds, Michael A. Shattering Empires: The Clash and Collapse of the Ottoman and Russian Empires, 1908–1918. Cambridge: Cambridge University Press, 2011. https://doi.org/10.1017/CBO9780511973420.\n",
		"items": [
			{
				"itemType": "journalArticle",
				"title": "The famine of 1921–22 in the Crimea and the Volga basin and the relief from Turkey",
				"creators": [
					{
						"firstName": "H.",
						"lastName": "Kırımlı",
						"creatorType": "author"
					}
				],
				"DOI": "10.1080/714004499",
				"date": "2003",
				"issue": "1",
				"language": "en",
				"pages": "37-88",
				"publicationTitle": "Middle Eastern Studies",
				"volume": "39",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			},
			{
				"itemType": "book",
				"title": "Shattering Empires: The Clash and Collapse of the Ottoman and Russian Empires, 1908–1918",
				"creators": [
					{
						"firstName": "Michael A.",
						"lastName": "Reynolds",
						"creatorType": "author"
					}
				],
				"date": "2011",
				"extra": "DOI: 10.1017/CBO9780511973420",
				"language": "en",
				"place": "Cambridge",
				"publisher": "Cambridge University Press",
				"attachments": [],
				"tags": [],
				"notes": [],
				"seeAlso": []
			}
		]
	}
]
/** END TEST CASES **/
