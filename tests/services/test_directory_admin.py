"""An admin corrects and extends the directory; history and letters already sent keep
what they said."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import Conflict, InvalidInput
from desktop_app.services.register import IncomingInput
from desktop_app.services.setup import SetupRequest
from desktop_app.services.users import Actor


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="58", prefix="มส 0023.3"), context.actor)
    return context


def _org(context, code):  # type: ignore[no-untyped-def]
    return next(o for o in context.directory.organisations(include_inactive=True)
                if o.code == code)


def test_an_sao_becomes_a_municipality_and_old_letters_keep_its_name(office):
    sao = _org(office, "6580304")
    incoming = office.register.receive(IncomingInput(
        sender="กรม", doc_no="มท 1/ว 1", doc_date=dt.date(2026, 3, 5), subject="แจ้ง"),
        office.actor)
    issued = office.outgoing.issue(office.outgoing.draft_forward(
        incoming.id, office.outgoing.resolve(["6580304"])), office.actor)
    renamed = office.directory.rename(sao.id, "เทศบาลตำบลเวียงเหนือ", office.actor,
                                      la_type="เทศบาลตำบล")
    assert renamed.name == "เทศบาลตำบลเวียงเหนือ" and renamed.la_type == "เทศบาลตำบล"
    assert office.directory.former_names(sao.id) == [sao.name]
    assert office.outgoing.recipients_of(issued.id) == [(sao.name, "6580304")]
    municipalities = office.outgoing.resolve(["all-municipalities"])
    assert sao.id in {a.id for a in municipalities}


def test_retired_organisations_are_no_longer_offered(office):
    sao = _org(office, "6580304")
    office.directory.retire(sao.id, office.actor)
    assert sao.id not in {a.id for a in office.outgoing.addressees()}
    with pytest.raises(InvalidInput):
        office.outgoing.resolve(["6580304"])
    with pytest.raises(Conflict):
        office.directory.retire(sao.id, office.actor)


def test_merging_moves_saved_lists_to_the_surviving_entry(office):
    source, target = _org(office, "6580304"), _org(office, "6580305")
    office.outgoing.save_list("ทดสอบ", [source.id, target.id], office.actor)
    office.directory.merge(source.id, target.id, office.actor)
    assert [a.id for a in office.outgoing.resolve(["list:ทดสอบ"])] == [target.id]
    merged = _org(office, "6580304")
    assert not merged.active


def test_adding_an_organisation_under_a_district(office):
    district = _org(office, "5803")
    added = office.directory.add_organisation(
        "local_authority", "เทศบาลตำบลใหม่", office.actor, code="5580399", parent_id=district.id,
        la_type="เทศบาลตำบล")
    assert added.district_code == "5803" and added.province_code == "58"
    assert added.id in {a.id for a in office.outgoing.resolve(["district:5803"])}
    with pytest.raises(InvalidInput):
        office.directory.add_organisation("local_authority", "ซ้ำ", office.actor,
                                          code="5580399")


def test_only_an_admin_changes_the_directory(office):
    clerk = Actor(office.actor.id, "clerk2", "clerk2", "clerk")
    with pytest.raises(Conflict):
        office.directory.rename(_org(office, "5803").id, "อำเภอใหม่", clerk)
