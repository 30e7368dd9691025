"""The incoming register's rules on what is typed (issue 9, items 2, 3 and 5), pure: document
numbers without their label and one form to compare them by, plausible dates, text cleaned."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.doc_numbers import clean_doc_no, doc_no_fold, normalise_doc_no
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import (
    RECEIVE_CLOCK_SKEW,
    IncomingEdit,
    IncomingInput,
    UnconfirmedDates,
    check_doc_date,
    check_received_at,
    doc_date_warnings,
)
from desktop_app.domain.thai_text import to_thai_digits


# -- document numbers -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ที่ มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("ที่มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("ที่ : มท ๐๘๑๐.๒/ว ๑๐๘๙", "มท ๐๘๑๐.๒/ว ๑๐๘๙"),
        ("ที่ ที่ มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("เลขที่ 12/2569", "12/2569"),
        ("เลขที่หนังสือ มส 0017.2/123", "มส 0017.2/123"),
        ("หนังสือที่ นร 0505/ว 75", "นร 0505/ว 75"),
        ("“ที่ มท 1/ว 2”", "มท 1/ว 2"),
        ("No. 45/2026", "45/2026"),
        ("no.45/2026", "45/2026"),
        ("Ref: DLA/2026/12", "DLA/2026/12"),
        ("№ 7", "7"),
        ("  มท   0810.2/ว 1089 ", "มท 0810.2/ว 1089"),
        # not labels
        ("NOC-12/2026", "NOC-12/2026"),
        ("มท 0810.2/ว 1089", "มท 0810.2/ว 1089"),
        ("ที่", ""),
        ("", ""),
    ],
)
def test_the_label_before_a_number_is_dropped(typed, stored):
    assert normalise_doc_no(typed) == stored
    assert clean_doc_no(typed) == stored


codes = st.sampled_from(["มท", "มส", "นร", "ศธ", "กค", "ชม"])
labels = st.sampled_from(["", "ที่ ", "ที่", "ที่: ", "เลขที่ ", "No. "])


@given(
    codes,
    st.integers(1, 9999),
    st.integers(0, 9),
    st.booleans(),
    st.integers(1, 99999),
    labels,
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_number_typed_any_way_folds_to_one_form(
    code, unit, sub, circular, running, label, thai, spaced, dotted
):
    plain = f"{code}{unit:04d}.{sub}/{'ว' if circular else ''}{running}"
    gap = " " if spaced else ""
    dot = "." if dotted else ""
    typed = f"{label}{code}{dot}{gap}{unit:04d}.{sub}{gap}/{gap}{'ว' if circular else ''}"
    typed += f"{dot if circular else ''}{gap}{running}"
    if thai:
        typed = to_thai_digits(typed)
    assert doc_no_fold(typed) == doc_no_fold(plain) == plain
    assert not normalise_doc_no(typed).startswith(("ที่", "เลขที่", "No"))


def test_a_different_number_stays_different():
    assert doc_no_fold("มท 0810.2/ว 1089") != doc_no_fold("มท 0810.2/ว 1090")
    assert doc_no_fold("มท 0810.2/ว 1089") != doc_no_fold("มท 0810.2/1089")  # ว: a circular


def test_a_long_number_is_refused_after_its_label_is_dropped():
    number = "ก" * 100
    assert clean_doc_no(f"ที่ {number}") == number  # 104 typed, 100 kept
    with pytest.raises(InvalidInput) as caught:
        clean_doc_no(number + "ข")
    assert caught.value.field == "doc_no" and "100" in caught.value.message_th


# -- plausible dates ----------------------------------------------------------------------------
RECEIVED = dt.date(2026, 3, 6)


@pytest.mark.parametrize(
    ("doc_date", "kinds"),
    [
        (dt.date(2026, 3, 6), []),  # the same day
        (dt.date(2026, 3, 7), ["after_receipt"]),  # the next day
        (dt.date(2025, 3, 6), []),  # a year to the day
        (dt.date(2025, 3, 5), ["long_before"]),  # a year and a day
        (dt.date(2053, 3, 6), ["after_receipt"]),  # 2596 typed for 2569
        (dt.date(1983, 3, 5), ["long_before"]),  # "26" taken for BE 2526
    ],
)
def test_which_letter_dates_are_flagged(doc_date, kinds):
    warnings = doc_date_warnings(doc_date, RECEIVED)
    assert [warning.kind for warning in warnings] == kinds
    if kinds:
        with pytest.raises(UnconfirmedDates) as caught:
            check_doc_date(doc_date, RECEIVED, confirmed=False)
        assert caught.value.field == "confirm_dates"
        check_doc_date(doc_date, RECEIVED, confirmed=True)  # confirmed: passes
    else:
        check_doc_date(doc_date, RECEIVED, confirmed=False)


def test_a_warning_names_both_dates_in_the_digits_asked_for():
    (warning,) = doc_date_warnings(dt.date(2026, 3, 10), RECEIVED, "thai")
    assert "๑๐ มี.ค. ๒๕๖๙" in warning.message_th and "๖ มี.ค. ๒๕๖๙" in warning.message_th
    assert "10 Mar 2569" in doc_date_warnings(dt.date(2026, 3, 10), RECEIVED)[0].message_en
    (old,) = doc_date_warnings(dt.date(2024, 2, 29), dt.date(2025, 3, 1))
    assert "366 วัน" in old.message_th


def test_a_year_before_29_february_is_28_february():
    assert doc_date_warnings(dt.date(2027, 2, 28), dt.date(2028, 2, 29)) == []
    assert [w.kind for w in doc_date_warnings(dt.date(2027, 2, 27), dt.date(2028, 2, 29))] == [
        "long_before"
    ]


def test_a_receive_time_ahead_of_the_clock_beyond_the_skew_is_refused():
    now = dt.datetime(2026, 11, 29, 10, 0)
    check_received_at(now + RECEIVE_CLOCK_SKEW, now)
    check_received_at(dt.datetime(2026, 1, 1, 8, 0), now)  # the past: a reason, not a refusal
    with pytest.raises(InvalidInput) as caught:
        check_received_at(now + RECEIVE_CLOCK_SKEW + dt.timedelta(seconds=1), now)
    assert caught.value.field == "received_at"
    with pytest.raises(InvalidInput) as caught:
        check_received_at(dt.datetime(2053, 11, 29, 10, 0), now)
    assert "29 พ.ย. 2596" in caught.value.message_th and "2596" in caught.value.message_en


# -- text cleaned -------------------------------------------------------------------------------
def _input(**overrides) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรม",
        "doc_no": "ที่ มท 1/ว 2",
        "doc_date": dt.date(2026, 3, 5),
        "subject": "ขอเชิญประชุม",
    }
    values.update(overrides)
    return IncomingInput(**values)


def test_every_text_field_is_cleaned_and_the_number_loses_its_label():
    cleaned = _input(
        sender="อำเภอ\x00ปาย",
        subject="ขอเชิญ\x1bประชุม\u202e",
        to_text="ถึง\x07ทุกอำเภอ",
        remarks="หนึ่ง\r\n\r\n\r\nสอง\x0b",
        action_taken="แจ้ง\x85เวียน",
        received_at_reason="รับ\tช้า",
    ).cleaned()
    assert (cleaned.sender, cleaned.doc_no, cleaned.subject, cleaned.to_text) == (
        "อำเภอ ปาย",
        "มท 1/ว 2",
        "ขอเชิญ ประชุม",
        "ทุกอำเภอ",  # the field's own label ("ถึง", as on the letter) dropped: field_labels
    )
    assert cleaned.remarks == "หนึ่ง\n\nสอง"  # lines kept, at most one blank line
    assert cleaned.action_taken == "แจ้ง\nเวียน"
    assert cleaned.received_at_reason == "รับ ช้า"


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("subject", 1000, "เรื่อง"),
        ("sender", 300, "ผู้ส่ง"),
        ("to_text", 300, "ผู้รับ"),
        ("doc_no", 100, "เลขที่หนังสือ"),
        ("remarks", 2000, "หมายเหตุ"),
        ("action_taken", 2000, "การปฏิบัติ"),
        ("received_at_reason", 500, "เหตุผล"),
    ],
)
def test_overlong_text_is_refused_naming_the_field(field, limit, label):
    _input(**{field: "ก" * limit}).cleaned()
    for length in (limit + 1, 100_000):
        with pytest.raises(InvalidInput) as caught:
            _input(**{field: "ก" * length}).cleaned()
        assert caught.value.field == field
        assert label in caught.value.message_th and f"{limit:,}" in caught.value.message_th
    with pytest.raises(InvalidInput) as caught:
        IncomingEdit(**{field: "ก" * (limit + 1)}).cleaned()
    assert caught.value.field == field


def test_an_edit_cleans_only_what_it_changes():
    edit = IncomingEdit(subject="ขอ\x00เชิญ", doc_no="ที่ มท 1").cleaned()
    assert (edit.subject, edit.doc_no, edit.sender, edit.remarks) == ("ขอ เชิญ", "มท 1", None, None)
    with pytest.raises(InvalidInput) as caught:
        IncomingEdit(sender="\x00 ").cleaned()
    assert caught.value.field == "sender"


def test_a_cancellation_reason_is_cleaned_and_limited():
    from desktop_app.domain.records import required_reason

    assert required_reason(" ลง\x00รับ\x1bซ้ำ ") == "ลง รับ ซ้ำ"
    for blank in ("", " \x07 "):
        with pytest.raises(InvalidInput) as caught:
            required_reason(blank)
        assert caught.value.field == "reason"
    with pytest.raises(InvalidInput) as caught:
        required_reason("ซ้ำ" * 1000)
    assert caught.value.field == "reason" and "500" in caught.value.message_th
