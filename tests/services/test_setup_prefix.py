"""Set-up and the office's settings store a letter code as the office spells it: what a
clerk types with the "ที่" label or a trailing "/" ("ที่ มส ๐๐๒๓.๓/") is stored as
"มส ๐๐๒๓.๓" (digits as typed), so letters read "ที่ มส ๐๐๒๓.๓/๑", never
"ที่ ที่ มส ๐๐๒๓.๓//๑"."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.office import OfficeInfo, SetupRequest, WorkGroupInfo


def _office(prefix: str) -> OfficeInfo:
    return OfficeInfo("สถ.จ.แม่ฮ่องสอน", "58", "", "", "", prefix, None)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ที่ มส ๐๐๒๓.๓/", "มส ๐๐๒๓.๓"),
        ("ที่มส ๐๐๒๓.๓", "มส ๐๐๒๓.๓"),
        ("มส ๐๐๒๓.๓//", "มส ๐๐๒๓.๓"),
        (" ที่ มส 0023.3 / ", "มส 0023.3"),
        ("มส 0023.3", "มส 0023.3"),
    ],
)
def test_setup_stores_the_letter_code_without_label_or_slash(context, typed, stored):
    result = context.setup.initialise(SetupRequest(province="58", prefix=typed), context.actor)
    assert result.office.letter_prefix == stored
    assert context.settings.office().letter_prefix == stored
    # The default work group, made from the office's code, has the clean one too.
    assert [g.letter_prefix for g in context.settings.work_groups()] == [stored]


def test_setup_cleans_the_work_groups_codes(context):
    groups = [WorkGroupInfo(None, "กลุ่มงานส่งเสริม", "ที่ มส ๐๐๒๓.๓/")]
    context.setup.initialise(
        SetupRequest(province="58", prefix="มส 0023", work_groups=groups), context.actor
    )
    assert {g.name: g.letter_prefix for g in context.settings.work_groups()} == {
        "กลุ่มงานส่งเสริม": "มส ๐๐๒๓.๓"
    }


@pytest.mark.parametrize("typed", ["ที่", "ที่ /", "/"])
def test_setup_refuses_a_code_that_is_only_label_and_slash(context, typed):
    with pytest.raises(InvalidInput) as caught:
        context.setup.initialise(SetupRequest(province="58", prefix=typed), context.actor)
    assert caught.value.field == "prefix"
    assert "มส 0023.3" in caught.value.message_th
    assert context.settings.office() is None  # nothing written


def test_a_blank_code_at_setup_still_takes_the_provinces_default(context):
    result = context.setup.initialise(SetupRequest(province="58", prefix="  "), context.actor)
    assert result.office.letter_prefix == "มส 0023"


def test_updating_the_office_stores_the_clean_code(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    saved = context.settings.update_office(_office("ที่ มส ๐๐๒๓/"), context.actor)
    assert saved.letter_prefix == "มส ๐๐๒๓"
    assert context.settings.office().letter_prefix == "มส ๐๐๒๓"
    with pytest.raises(InvalidInput):
        context.settings.update_office(_office("ที่ /"), context.actor)
    assert context.settings.office().letter_prefix == "มส ๐๐๒๓"


def test_saving_a_work_group_stores_the_clean_code(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    saved = context.settings.save_work_group(
        WorkGroupInfo(None, "กลุ่มงานกฎหมาย", "ที่ มส ๐๐๒๓.๕/"), context.actor
    )
    assert saved.letter_prefix == "มส ๐๐๒๓.๕"
    with pytest.raises(InvalidInput):
        context.settings.save_work_group(WorkGroupInfo(None, "กลุ่มงานอื่น", "ที่"), context.actor)
    names = [g.name for g in context.settings.work_groups()]
    assert "กลุ่มงานอื่น" not in names
