"""The register's search finds what clerks type, on SQLite and PostgreSQL alike: abbreviations
of kinds of organisation both ways, words typed without their tone marks (after the exact
matches), words of one or two characters in subjects; and says what it did."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingFilter, IncomingInput, IncomingSort
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.search_terms import FEW_EXACT, ShortScope


def doc(**overrides) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "doc_date": dt.date(2026, 3, 5),
        "subject": "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    }
    values.update(overrides)
    return IncomingInput(**values)


def receive(context, **overrides) -> int:  # type: ignore[no-untyped-def]
    return context.incoming.receive(doc(**overrides), context.actor).id


def ids(context, search: str, **kw) -> list[int]:  # type: ignore[no-untyped-def]
    return list(context.incoming.ids(IncomingFilter(search=search, **kw)))


def found(context, search: str, **kw):  # type: ignore[no-untyped-def]
    flt = IncomingFilter(search=search, **kw)
    found_ids, rows, report = context.incoming.find(flt, 50)
    assert [row.id for row in rows] == list(found_ids)[:50]
    assert context.incoming.count(flt) == len(found_ids) == report.exact + report.near
    return list(found_ids), report


# -- abbreviations --------------------------------------------------------------------------
def test_abbreviations_find_the_full_names_and_the_full_names_the_abbreviations(context):
    full = receive(context, sender="องค์การบริหารส่วนตำบลผาบ่อง", subject="ขอส่งรายงาน")
    short = receive(context, sender="อบต.ผาบ่อง", subject="ขอเชิญประชุม")
    spaced = receive(context, sender="อบต ผาบ่อง", subject="แจ้งผลการจัดซื้อ")
    other_kind = receive(context, sender="เทศบาลตำบลผาบ่อง", subject="ขอความร่วมมือ")
    everyone = {full, short, spaced}
    for query in ("อบต.ผาบ่อง", "อบต. ผาบ่อง", "องค์การบริหารส่วนตำบลผาบ่อง"):
        assert set(ids(context, query)) >= {full, short}, query
        assert other_kind not in ids(context, query), query
    assert set(ids(context, "องค์การบริหารส่วนตำบล ผาบ่อง")) == everyone
    assert set(ids(context, "อบต ผาบ่อง")) == everyone
    assert set(ids(context, "ทต.ผาบ่อง")) == {other_kind}
    assert set(ids(context, "เทศบาลตำบล")) == {other_kind}


def test_kinds_alone_and_districts_abbreviated(context):
    sao = receive(context, sender="องค์การบริหารส่วนตำบลแม่นาเติง", subject="รายงานผล")
    pao = receive(context, sender="อบจ.แม่ฮ่องสอน", subject="แจ้งกำหนดการ")
    town = receive(context, sender="ทต.ปาย", subject="ขอเชิญร่วมงาน")
    district = receive(context, sender="อำเภอปาย", subject="ส่งสำเนาคำสั่ง")
    assert set(ids(context, "อบจ.")) == {pao}
    assert set(ids(context, "องค์การบริหารส่วนจังหวัด")) == {pao}
    assert set(ids(context, "ทต.")) == {town}
    assert set(ids(context, "เทศบาลตำบล")) == {town}
    assert set(ids(context, "อบต.")) == {sao}
    assert set(ids(context, "อ.ปาย")) == {district}
    assert set(ids(context, "อ. ปาย ส่งสำเนา")) == {district}


def test_an_abbreviated_sender_is_linked_to_the_directory(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    pha_bong = next(
        org
        for org in context.directory.organisations(kinds=["local_authority"])
        if org.name == "องค์การบริหารส่วนตำบลผาบ่อง"
    )
    record = context.incoming.receive(doc(sender="อบต. ผาบ่อง"), context.actor)
    assert record.sender == "อบต. ผาบ่อง"  # stored as typed
    assert record.sender_org_id == pha_bong.id
    assert context.directory.organisation_id("อ.ปาย") == context.directory.organisation_id(
        "อำเภอปาย"
    )


# -- tone marks ----------------------------------------------------------------------------------
def test_a_word_without_its_tone_marks_finds_it_after_the_exact_matches(context):
    toned = receive(context, sender="อบต.ผาบ่อง", subject="ขอส่งรายงาน")
    receive(context, subject="เรื่องอื่นทั้งหมด", sender="อำเภอเมือง")
    flat = receive(context, subject="บ้านผาบองใต้ ขอรับการสนับสนุน", sender="ชาวบ้าน")
    found_ids, report = found(context, "ผาบอง")
    assert found_ids == [flat, toned]  # the exact match first, then the near one
    assert (report.exact, report.near) == (1, 1)
    # Typed with its tone mark: exact, and the near "ผาบอง" (no mark) follows.
    found_ids, report = found(context, "ผาบ่อง")
    assert found_ids == [toned, flat] and (report.exact, report.near) == (1, 1)


def test_the_tone_blind_fallback_stays_out_when_enough_match_exactly(context):
    exact = [receive(context, subject=f"ประชุมผู้สูงอายุ ครั้งที่ {n}") for n in range(FEW_EXACT)]
    receive(context, subject="ประชุมผูสูงอายุ พิมพ์ตก")
    found_ids, report = found(context, "ผู้สูงอายุ")
    assert sorted(found_ids) == sorted(exact)
    assert (report.exact, report.near) == (FEW_EXACT, 0)


def test_near_matches_follow_the_chosen_order_after_the_exact_ones(context):
    a = receive(context, subject="ไข้เลือดออก ระบาด")
    b = receive(context, subject="ไขเลือดออก ป้องกัน")  # typed without its tone mark
    c = receive(context, subject="การป้องกันไข้เลือดออก")
    newest_first, report = found(context, "ไขเลือดออก")
    assert newest_first == [b, c, a] and report.exact == 1
    by_subject, _ = found(context, "ไขเลือดออก", sort=IncomingSort.SUBJECT, descending=False)
    assert by_subject == [b, c, a]  # exact first whatever the order; then Thai order


def test_the_fallback_keeps_the_other_filters(context, clock):
    receive(context, subject="ประชุมผาบ่อง")
    clock.now = dt.datetime(2027, 1, 5, 9, 0)
    later = receive(context, subject="ประชุมผาบ่อง ปีใหม่")
    assert ids(context, "ผาบอง", year=2570) == [later]
    assert ids(context, "ผาบอง", year=2570, cancelled=True) == []


# -- short words ----------------------------------------------------------------------------------
def test_one_and_two_character_words_find_subjects(context):
    fire = receive(context, subject="การป้องกันไฟป่าและหมอกควัน")
    milk = receive(context, subject="โครงการอาหารเสริม (นม) โรงเรียน")
    receive(context, subject="การประชุมประจำเดือน", remarks="ไฟล์แนบ")  # remarks: not looked in
    found_ids, report = found(context, "ไฟ", year=2569)
    assert found_ids == [fire]
    assert report.short_scope is ShortScope.SUBJECTS and report.short_terms == ("ไฟ",)
    assert report.short_year is None
    assert ids(context, "นม", year=2569) == [milk]
    assert ids(context, "นม ไฟ") == []  # every term must match
    assert ids(context, "ไฟป่า หมอก") == [fire]


def test_short_words_without_a_year_look_in_the_latest_year_and_say_so(context, clock):
    clock.now = dt.datetime(2025, 6, 2, 9, 0)
    receive(context, subject="ไฟฟ้าดับ", doc_date=dt.date(2025, 6, 1), received_at=clock.now)
    clock.now = dt.datetime(2026, 3, 6, 16, 57)
    new = receive(context, subject="ค่าไฟฟ้า")
    found_ids, report = found(context, "ไฟ")
    assert found_ids == [new]
    assert report.short_year == 2569
    # With the year chosen, that year is searched.
    assert len(ids(context, "ไฟ", year=2568)) == 1


def test_digits_alone_still_look_at_numbers_and_short_words_at_numbers_too(context):
    in_subject = receive(context, doc_no="ลต 1", subject="ครั้งที่ 45 ของปี")
    numbered = receive(context, doc_no="มส 0017/45", subject="เรื่องทั่วไป")
    found_ids, report = found(context, "45")
    assert found_ids == [numbered] and report.short_scope is ShortScope.NUMBERS
    lt = ids(context, "ลต")  # letters: the document number counts too
    assert lt == [in_subject]


def test_a_short_word_with_other_filters_and_orders(context):
    fire = receive(context, subject="ไฟป่า", urgency=Urgency.URGENT)
    power = receive(context, subject="ไฟฟ้า")
    assert ids(context, "ไฟ", year=2569, urgency=Urgency.URGENT) == [fire]
    by_subject = ids(context, "ไฟ", year=2569, sort=IncomingSort.SUBJECT, descending=False)
    assert by_subject == [fire, power]


def test_a_search_for_nothing_reports_nothing(context):
    receive(context)
    found_ids, report = found(context, "")
    assert len(found_ids) == 1 and not report.searched
    found_ids, report = found(context, "ไม่มีคำนี้แน่นอน")
    assert found_ids == [] and (report.exact, report.near) == (0, 0)
