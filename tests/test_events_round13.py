"""Round-13 verb breadth (CAMEO verb dictionary, roots 01-20, English and Indonesian), on sentences written
for these tests: a sample of the new rows per root must code the right root, and lookalikes from sports,
business, disasters and idioms must not trigger on the word that looks like an event."""

from __future__ import annotations

import pytest

from kabar.events.triggers import find_triggers


def roots(text: str, lang: str) -> set[str]:
    return {t.rule.cameo[:2] for t in find_triggers(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "root"),
    [
        ("en", "The ministry brushed aside the allegations as baseless on Monday.", "01"),
        ("en", "Qatar mediated between Israel and Hamas for weeks.", "04"),
        ("en", "Envoys from both sides took part in the peace talks in Geneva.", "04"),
        ("en", "Jordan shared intelligence with Israel before the strike.", "06"),
        ("en", "The navies of both countries held joint patrols in the strait.", "06"),
        ("en", "Japan provided $10 million to the Philippines for typhoon relief.", "07"),
        ("en", "The World Bank approved a $1.2 billion loan to Pakistan.", "07"),
        ("en", "Washington approved a possible $2 billion arms sale to Taiwan.", "07"),
        ("en", "The government conceded to the demands of the striking teachers.", "08"),
        ("en", "Russia handed over the bodies of 20 soldiers to Ukraine.", "08"),
        ("en", "The EU eased sanctions on Syria's banking sector.", "08"),
        ("en", "Thailand reopened the border crossing with Cambodia.", "08"),
        ("en", "The army retreated from the town after heavy losses.", "08"),
        ("en", "The former minister was questioned as a witness by prosecutors.", "09"),
        ("en", "Prosecutors summoned the governor for questioning.", "09"),
        ("en", "Beijing lodged stern representations with Tokyo.", "11"),
        ("en", "Russia vetoed the resolution on Tuesday.", "12"),
        ("en", "The Constitutional Court struck down the decree.", "12"),
        ("en", "The court declared the impeachment unconstitutional.", "12"),
        ("en", "The resolution was vetoed by the United States.", "12"),
        ("en", "The army was placed on high alert after the launch.", "15"),
        ("en", "Russia mobilised 300,000 reservists.", "15"),
        ("en", "Both sides massed troops along the frontier.", "15"),
        ("en", "Australia suspended operations at its embassy in Tehran.", "16"),
        ("en", "Mali suspended flights to France on Friday.", "16"),
        ("en", "Venezuela turned back two planes carrying deportees.", "16"),
        ("en", "The president ordered tariffs of 25 per cent on imports from Canada.", "16"),
        ("en", "Washington announced tariffs of between 25 and 40 per cent on several countries.", "16"),
        ("en", "China banned imports from Japan after the dispute.", "16"),
        ("en", "Lawmakers voted to impeach the president on Saturday.", "17"),
        ("en", "The regulator suspended the broadcasting licence of the channel.", "17"),
        ("en", "Riot police beat protesters with batons.", "18"),
        ("en", "The activist died in police custody last week.", "18"),
        ("en", "Russian troops occupied the village of Pokrovka.", "19"),
        ("en", "Soldiers fired on the patrol near the border.", "19"),
        ("en", "The Houthis attacked a cargo ship in the Red Sea.", "19"),
        ("en", "The militia carried out a massacre in the town.", "20"),
        ("id", "Kementerian itu menolak tuduhan tersebut pada Senin.", "01"),
        ("id", "Qatar menengahi perundingan antara Israel dan Hamas.", "04"),
        ("id", "Presiden memberikan abolisi kepada Tom Lembong.", "08"),  # a pardon frees: 0841
        ("id", "Spanyol secara resmi mengakui negara Palestina.", "05"),
        ("id", "Yordania berbagi informasi intelijen dengan Israel.", "06"),
        ("id", "TNI AL dan Angkatan Laut Australia menggelar patroli bersama di Laut Timor.", "06"),
        ("id", "Bank Dunia menyetujui pinjaman 1 miliar dolar untuk Pakistan.", "07"),
        ("id", "Jerman memasok tank Leopard ke Ukraina.", "07"),
        ("id", "Pemerintah mengevakuasi 100 WNI dari Iran.", "07"),
        ("id", "Washington melonggarkan pembatasan terhadap Kuba.", "08"),
        ("id", "Thailand membuka kembali perbatasan dengan Kamboja.", "08"),
        ("id", "Rusia menyerahkan jenazah 15 tentara Ukraina.", "08"),
        ("id", "Riza Chalid diperiksa sebagai saksi oleh Kejaksaan Agung.", "09"),
        ("id", "KPK memeriksa Bupati itu sebagai tersangka.", "09"),
        ("id", "Rusia memveto resolusi tersebut.", "12"),
        ("id", "Mahkamah Konstitusi menyatakan undang-undang itu tidak konstitusional.", "12"),
        ("id", "Rusia memobilisasi 300.000 tentara cadangan.", "15"),
        ("id", "Israel menambah pasukan di perbatasan utara.", "15"),
        ("id", "Australia menangguhkan operasi kedutaan besarnya di Teheran.", "16"),
        ("id", "Mali menangguhkan penerbangan dari Prancis.", "16"),
        ("id", "Trump mengumumkan tarif 32 persen atas produk Indonesia.", "16"),
        ("id", "Venezuela memulangkan dua pesawat dari Kolombia.", "16"),
        ("id", "DPR memakzulkan presiden pada Selasa.", "17"),
        ("id", "KPK kemudian melakukan penahanan terhadap para tersangka.", "17"),
        ("id", "Aktivis itu tewas dalam tahanan polisi.", "18"),
        ("id", "Israel memblokade Jalur Gaza sejak Maret.", "19"),
        ("id", "Drone itu menyasar pangkalan militer di utara.", "19"),
        ("id", "Milisi melakukan pembantaian di Darfur.", "18"),
    ],
)
def test_new_rows_code_their_root(lang: str, text: str, root: str) -> None:
    assert root in roots(text, lang), find_triggers(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "The minister shot down the idea of a new tax.", "shot down"),
        ("en", "Messi's attack on goal was saved by the keeper.", "attack"),
        ("en", "The club fired the coach after a third straight loss.", "fired"),
        ("en", "United beat Liverpool 2-0 at Anfield.", "beat"),
        ("en", "The sanctions package targeted nearly 200 vessels of the shadow fleet.", "targeted"),
        ("en", "South Korea's impeached President Yoon was arrested on Wednesday.", "impeached"),
        ("en", "The regulator revoked the bank's licence after the audit.", "revoked"),
        ("en", "The company provided $10 million for share buybacks.", "provided"),
        ("en", "Rescuers evacuated dogs from the flooded village.", "evacuated"),
        ("en", "Investors attended a conference on green energy.", "attended"),
        ("en", "The panel shared information with reporters.", "shared"),
        ("en", "The startup raised tariffs for premium users.", "tariffs"),
        ("id", "Tim SAR mengevakuasi penduduk dari reruntuhan gedung.", "mengevakuasi"),
        ("id", "Pemerintah menyatakan aturan lama itu tidak berlaku lagi.", "menyatakan"),
        ("id", "Petugas bersiaga di lokasi sejak pagi.", "bersiaga"),
        ("id", "Sanksi baru itu menargetkan kapal tanker armada bayangan.", "menargetkan"),
        ("id", "Polisi menyerahkan jenazah pasien kepada keluarga.", "jenazah"),
        ("id", "Perusahaan menaikkan tarif listrik untuk pelanggan rumah tangga.", "tarif"),
        ("id", "Persib menggilas Persija 2-0 di Bandung.", "menggilas"),
        (
            "id",
            "Mereka menolak rencana DPR yang dinilai menganulir putusan Mahkamah Konstitusi.",
            "menganulir",
        ),
    ],
)
def test_lookalikes_do_not_trigger(lang: str, text: str, word: str) -> None:
    assert not [t for t in find_triggers(text, lang) if word in t.text], find_triggers(text, lang)
