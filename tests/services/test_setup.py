"""First-run setup loads the province's directory; the office and work groups are kept."""

from __future__ import annotations

import csv

import pytest

from desktop_app.domain.directory import OrgKind
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.office import OfficeInfo, SetupRequest, WorkGroupInfo
from desktop_app.resources import data_file
from desktop_app.services.directory import find_province, national_provinces


@pytest.mark.parametrize(
    ("name", "districts", "authorities"),
    [
        ("แม่ฮ่องสอน", 7, 50),
        ("ลำพูน", 8, 58),
        ("ภูเก็ต", 3, 19),
    ],
)
def test_setup_loads_the_provinces_districts_and_local_authorities(
    context, name, districts, authorities
):
    result = context.setup.initialise(SetupRequest(province=name), context.actor)
    assert (result.districts, result.local_authorities) == (districts, authorities)
    code = result.province.code
    assert context.directory.count("district", code) == districts
    assert context.directory.count("local_authority", code) == authorities
    assert context.settings.is_set_up()


def test_each_local_authority_hangs_under_its_district(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    orgs = {org.id: org for org in context.directory.organisations()}
    pai = next(o for o in orgs.values() if o.name == "อำเภอปาย")
    under_pai = [o for o in orgs.values() if o.parent_id == pai.id]
    assert {o.la_type for o in under_pai} == {"เทศบาลตำบล", "อบต."}
    assert all(o.district_code == "5803" for o in under_pai)
    # Thai dictionary order: เทศบาลตำบลปาย sorts under ท, before อ.
    names = [o.name for o in context.directory.organisations(kinds=["local_authority"])]
    assert names.index("เทศบาลตำบลปาย") < names.index("องค์การบริหารส่วนตำบลทุ่งยาว")


def test_running_setup_again_adds_nothing_and_keeps_corrections(context):
    first = context.setup.initialise(SetupRequest(province="58", prefix="มส 0023.3"), context.actor)
    assert first.organisations_added == 1 + 1 + 7 + 50
    context.settings.update_office(
        OfficeInfo(
            name="สถ.จ.แม่ฮ่องสอน",
            province_code="58",
            address="ศาลากลาง",
            phone="053-611111",
            email="msn@dla.go.th",
            letter_prefix="มส 0023",
            setup_completed_at=None,
        ),
        context.actor,
    )
    counts = {kind: context.directory.count(kind) for kind in OrgKind}
    again = context.setup.initialise(SetupRequest(province="Mae Hong Son"), context.actor)
    assert again.organisations_added == 0
    assert {kind: context.directory.count(kind) for kind in OrgKind} == counts
    office = context.settings.office()
    assert office is not None
    assert (office.name, office.phone) == ("สถ.จ.แม่ฮ่องสอน", "053-611111")
    assert [g.name for g in context.settings.work_groups()] == ["ฝ่ายบริหารงานทั่วไป"]


def test_another_province_is_refused_once_set_up(context):
    context.setup.initialise(SetupRequest(province="58"), context.actor)
    counts = {kind: context.directory.count(kind) for kind in OrgKind}
    with pytest.raises(InvalidInput) as caught:
        context.setup.initialise(SetupRequest(province="ลำพูน"), context.actor)
    assert caught.value.field == "province"
    assert "เปลี่ยนจังหวัดไม่ได้" in caught.value.message_th
    assert {kind: context.directory.count(kind) for kind in OrgKind} == counts
    office = context.settings.office()
    assert office is not None and office.province_code == "58"


def test_bad_office_details_are_refused_and_nothing_is_kept(context):
    with pytest.raises(InvalidInput) as caught:
        context.setup.initialise(SetupRequest(province="58", email="not-an-address"), context.actor)
    assert caught.value.field == "email"
    assert context.settings.office() is None
    assert context.directory.count("local_authority") == 0


def test_work_groups_and_their_prefixes(context):
    result = context.setup.initialise(
        SetupRequest(
            province="58",
            work_groups=[WorkGroupInfo(None, "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "มส ๐๐๒๓.๓")],
        ),
        context.actor,
    )
    assert [(g.name, g.letter_prefix) for g in result.work_groups] == [
        ("กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "มส ๐๐๒๓.๓")
    ]
    with pytest.raises(InvalidInput):
        context.settings.save_work_group(WorkGroupInfo(None, "", "x"), context.actor)


@pytest.mark.parametrize(
    "text",
    [
        "58",
        "แม่ฮ่องสอน",
        "จังหวัดแม่ฮ่องสอน",
        "จ.แม่ฮ่องสอน",
        "Mae Hong Son",
        "mae hong son",
        "MAEHONGSON",
        "มส",
        "๕๘",
        " แม่ ฮ่องสอน ",
    ],
)
def test_a_province_is_found_by_code_name_or_abbreviation(text):
    assert find_province(text).code == "58"


def _province_rows() -> list[dict[str, str]]:
    with data_file("provinces.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("row", _province_rows(), ids=lambda row: row["code"])
def test_every_province_is_found_by_each_of_its_names(row):
    for key in ("code", "name_th", "name_en", "abbrev_th"):
        assert find_province(row[key]).code == row["code"], key
    assert find_province(f"จังหวัด{row['name_th']}").code == row["code"]


def test_setup_defaults_come_from_the_province(context):
    result = context.setup.initialise(SetupRequest(province="Mae Hong Son"), context.actor)
    assert result.office.name == "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
    assert result.office.letter_prefix == "มส 0023"
    assert result.to_json()["province"] == "แม่ฮ่องสอน"
    assert (result.to_json()["districts"], result.to_json()["local_authorities"]) == (7, 50)
    names = {org.name for org in context.directory.organisations()}
    assert {
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "จังหวัดแม่ฮ่องสอน",
        "อำเภอเมืองแม่ฮ่องสอน",
        "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน",
        "เทศบาลเมืองแม่ฮ่องสอน",
    } <= names
    assert "อำเภอปาย" in context.directory.sender_names()


def test_an_unknown_province_suggests_close_names():
    with pytest.raises(InvalidInput) as caught:
        find_province("Mae Hong Sorn")
    assert "Mae Hong Son" in caught.value.message_en


def test_every_province_in_the_national_data_loads(open_context):
    with data_file("local_authorities.csv").open(encoding="utf-8") as handle:
        expected: dict[str, int] = {}
        for row in csv.DictReader(handle):
            expected[row["province_code"]] = expected.get(row["province_code"], 0) + 1
    provinces = national_provinces()
    assert len(provinces) == 77
    context = open_context()
    # One database holds them all (the directory may span provinces: project networks).
    with context.db.write() as session:
        for province in provinces:
            summary = context.directory.load_province(session, province, context.actor)
            assert summary.local_authorities == expected.get(province.code, 0), province
            assert summary.districts > 0
    assert context.directory.count("local_authority") == sum(expected.values()) == 7849
    assert context.directory.count("district") == 928
