"""Round-7 breadth of the trigger lexicons, on sentences written for these tests: common news phrasings of
each CAMEO root in Indonesian and English, coordinated verbs sharing their clause's subject, accusations whose
content is no second event, and co-agents that are no patients."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate

ANCHOR = date(2025, 6, 15)  # a Sunday


def coded(text: str, lang: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def names(m: Mention) -> tuple[str | None, str | None]:
    return (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)


def roots(text: str, lang: str) -> list[str]:
    return [m.cameo[:2] for m in coded(text, lang)]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Pemerintah Jepang meminta maaf kepada Korea Selatan atas insiden itu pada Jumat.", "05"),
        ("Australia menyampaikan belasungkawa kepada Thailand atas korban banjir di Hat Yai.", "01"),
        ("Presiden Prancis Emmanuel Macron menyerukan gencatan senjata kepada Israel dan Hamas.", "02"),
        ("Presiden Turki Recep Tayyip Erdogan menawarkan diri menjadi mediator bagi Rusia dan "
         "Ukraina.", "03"),
        ("Menteri Luar Negeri Sugiono menggelar pertemuan bilateral dengan Menteri Luar Negeri Jepang "
         "Takeshi Iwaya di Tokyo pada Senin.", "04"),
        ("Qatar menengahi perundingan antara Israel dan Hamas di Doha pekan lalu.", "04"),
        ("Prabowo melakukan kunjungan kenegaraan ke Brasil pada Minggu.", "04"),
        ("Pemerintah Indonesia menyambut baik keputusan Prancis untuk mengakui negara Palestina.", "05"),
        ("Menteri Perdagangan Indonesia dan Menteri Perdagangan Peru menandatangani nota kesepahaman "
         "di Lima.", "05"),
        ("Jepang menyalurkan bantuan kemanusiaan kepada Myanmar setelah gempa pada Sabtu.", "07"),
        ("Ekuador memberikan suaka politik kepada mantan Wakil Presiden Bolivia pada Rabu.", "07"),
        ("Amerika Serikat mencabut sanksi terhadap Suriah pada Senin.", "08"),
        ("Rusia membebaskan 12 tahanan Ukraina pada Minggu.", "08"),
        ("Polisi membuka penyelidikan atas kebakaran gudang di Cikarang pada Selasa.", "09"),
        ("Malaysia melayangkan nota protes kepada China terkait kapal penjaga pantai di Beting "
         "Patinggi Ali.", "11"),
        ("Komisi Pemberantasan Korupsi mempolisikan seorang pengusaha ke Bareskrim pada Senin.", "11"),
        ("Rusia memveto resolusi Dewan Keamanan PBB tentang Ukraina pada Jumat.", "12"),
        ("Iran mengeluarkan peringatan keras kepada Amerika Serikat pada Kamis.", "13"),
        ("Ribuan buruh menggelar aksi mogok makan di depan kantor Kementerian Tenaga Kerja "
         "pada Senin.", "14"),
        ("China menyiagakan pasukan di sepanjang perbatasan dengan India pada Jumat.", "15"),
        ("Niger menutup kedutaan besarnya di Prancis pada Selasa.", "16"),
        ("Niger mengusir duta besar Prancis pada Selasa.", "16"),
        ("Polisi menggerebek sebuah gudang narkoba di Medan pada Sabtu dini hari.", "17"),
        ("Polisi mengamankan 15 orang demonstran di depan Gedung DPR pada Senin malam.", "17"),
        ("Kelompok bersenjata melakukan pengeboman di sebuah pasar di Quetta pada Minggu.", "18"),
        ("Rusia melancarkan serangan udara besar-besaran ke Kyiv pada Minggu dini hari.", "19"),
        ("Hamas menembakkan roket ke arah Israel pada Sabtu.", "19"),
        ("Pasukan Myanmar menembak jatuh sebuah drone milik Arakan Army pada Selasa.", "19"),
    ],
)  # fmt: skip
def test_indonesian_phrasings_by_root(text: str, root: str) -> None:
    assert root in roots(text, "id"), coded(text, "id")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Japan apologized to South Korea for the incident on Friday.", "05"),
        ("Australia offered condolences to Thailand after the floods in Hat Yai.", "01"),
        ("French President Emmanuel Macron called for a ceasefire between Israel and Hamas.", "02"),
        ("Turkey offered to mediate between Russia and Ukraine on Wednesday.", "03"),
        ("Indian Prime Minister Narendra Modi sat down with Chinese President Xi Jinping in Tianjin.", "04"),
        ("Qatar brokered the ceasefire between Israel and Hamas last week.", "04"),
        ("Prabowo paid a state visit to Brazil on Sunday.", "04"),
        ("Indonesia welcomed the decision by France to recognise Palestine.", "05"),
        ("Indonesia and Peru signed a memorandum of understanding on trade in Lima.", "05"),
        ("Germany restored diplomatic ties with Syria on Monday.", "05"),
        ("Japan sent humanitarian aid to Myanmar after the earthquake on Saturday.", "07"),
        ("Nicaragua granted political asylum to former Panamanian President Ricardo Martinelli.", "07"),
        ("The United States lifted sanctions on Syria on Monday.", "08"),
        ("Russia freed 12 Ukrainian prisoners on Sunday.", "08"),
        ("Police opened an investigation into the warehouse fire in Cikarang on Tuesday.", "09"),
        ("Malaysia lodged a protest with China over the coast guard vessel.", "11"),
        ("Russia vetoed a United Nations Security Council resolution on Ukraine on Friday.", "12"),
        ("Iran threatened the United States with retaliation on Thursday.", "13"),
        ("Thousands of workers took to the streets of Jakarta on Monday.", "14"),
        ("China mobilized troops along its border with India on Friday.", "15"),
        ("Niger expelled French diplomats on Tuesday.", "16"),
        ("Police raided the offices of the newspaper in Istanbul on Saturday.", "17"),
        ("Indonesian police arrested 15 protesters outside parliament on Monday night.", "17"),
        ("Gunmen carried out a suicide bombing at a market in Quetta on Sunday.", "18"),
        ("Russia carried out massive airstrikes on Kyiv early on Sunday.", "19"),
        ("Hamas fired rockets at Israel on Saturday.", "19"),
        ("Ukrainian forces shot down 40 Russian drones overnight.", "19"),
    ],
)  # fmt: skip
def test_english_phrasings_by_root(text: str, root: str) -> None:
    assert root in roots(text, "en"), coded(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a test into the sea, not an attack; an accusation naming no one; a road closed, no protest
        ("id", "Korea Utara menembakkan rudal balistik ke Laut Timur pada Kamis.", "19"),
        ("id", "Pengadilan menuduh mantan jenderal itu melakukan kejahatan terhadap kemanusiaan.", "20"),
        ("en", "North Korea test-fired a ballistic missile into the sea on Thursday.", "19"),
        ("id", "Polisi menutup jalan di sekitar Monas selama perayaan tahun baru.", "14"),
    ],
)  # fmt: skip
def test_no_event_from_claims_or_lookalikes(lang: str, text: str, absent: str) -> None:
    assert absent not in roots(text, lang), coded(text, lang)


def test_an_accused_attack_is_coded_as_alleged() -> None:
    """What an accusation claims is an event of its own, alleged and done by the accused (the seeds' gold)."""
    found = coded("Ukraina menuding Rusia meluncurkan puluhan drone ke wilayah Ukraina pada Minggu.", "id")
    sides = [(m.cameo[:2], m.actor1 and m.actor1.country, m.actor2 and m.actor2.country) for m in found]
    assert ("19", "RUS", "UKR") in sides, found
    assert found[sides.index(("19", "RUS", "UKR"))].modality == "alleged"


def test_coordinated_verb_takes_the_subject_of_its_own_clause() -> None:
    text = (
        "Dalam tahap itu, Hamas akan membebaskan 33 sandera, sementara Israel akan melepaskan ratusan "
        "tahanan Palestina dan menarik pasukannya dari Gaza."
    )
    found = [m for m in code_text(text, "id", ANCHOR, None, False) if m.cameo == "087"]
    assert [names(m)[0] for m in found] == ["Israel"]


def test_co_agent_is_no_patient() -> None:
    text = "Egypt, which mediated the talks alongside Qatar, said the crossing would open on Sunday."
    assert all(m.actor2 is None or m.actor2.name != "Qatar" for m in coded(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "code", "pair"),
    [
        ("en", "Former Peruvian Prime Minister Alberto Otarola was killed by gunmen in Lima on Friday.",
         "186", ("gunmen", "Alberto Otarola")),
        ("id", "Aktivis itu dianiaya oleh sekelompok orang tak dikenal di Jakarta pada Jumat.", "182", None),
    ],
)  # fmt: skip
def test_passive_assaults_need_both_sides(
    lang: str, text: str, code: str, pair: tuple[str, str] | None
) -> None:
    found = [m for m in coded(text, lang) if m.cameo == code]
    assert [names(m) for m in found] == ([pair] if pair else [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Houthi mengklaim bertanggung jawab atas serangan tersebut."),
        ("en", "The Houthis claimed responsibility for the attack."),
    ],
)
def test_claim_of_responsibility_alone_is_no_event(lang: str, text: str) -> None:
    assert coded(text, lang) == []


def test_resignation_needs_only_its_speaker() -> None:
    found = [m for m in coded("Perdana Menteri Thailand Srettha Thavisin mengundurkan diri pada Rabu.", "id")]
    assert [m.cameo for m in found] == ["0831"]
    assert found[0].actor1 is not None and found[0].actor2 is None
