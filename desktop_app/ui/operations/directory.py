"""Operations on the directory of organisations (ทำเนียบหน่วยงาน)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.directory import OrganisationInfo, OrgKind
from desktop_app.ui.operations import DIRECTORY, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


class DirectoryOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    def organisations(self, *, include_inactive: bool = True) -> QueryOp[list[OrganisationInfo]]:
        return self._ops.query(
            "directory.list",
            lambda c, _j: c.directory.organisations(include_inactive=include_inactive),
        )

    def add(self, kind: OrgKind, name: str, parent_id: int | None) -> WriteOp[OrganisationInfo]:
        actor = self._ops.actor
        return self._ops.write(
            "directory.add",
            DIRECTORY,
            lambda c, _j: c.directory.add_organisation(kind, name, actor, parent_id=parent_id),
        )

    def rename(self, org_id: int, name: str) -> WriteOp[OrganisationInfo]:
        actor = self._ops.actor
        return self._ops.write(
            "directory.rename", DIRECTORY, lambda c, _j: c.directory.rename(org_id, name, actor)
        )

    def merge(self, source_id: int, target_id: int) -> WriteOp[OrganisationInfo]:
        actor = self._ops.actor
        return self._ops.write(
            "directory.merge",
            DIRECTORY,
            lambda c, _j: c.directory.merge(source_id, target_id, actor),
        )

    def retire(self, org_id: int) -> WriteOp[OrganisationInfo]:
        actor = self._ops.actor
        return self._ops.write(
            "directory.retire", DIRECTORY, lambda c, _j: c.directory.retire(org_id, actor)
        )

    def set_email(self, org_id: int, email: str) -> WriteOp[OrganisationInfo]:
        """The organisation's official e-mail; "" returns to the customary default (a local
        authority's saraban_0<DLA code>@dla.go.th). Fails with ``PermissionDenied`` (not an
        admin), ``InvalidInput`` (not an address) or ``Conflict`` (a retired organisation)."""
        actor = self._ops.actor
        return self._ops.write(
            "directory.email",
            DIRECTORY,
            lambda c, _j: c.directory.set_email(org_id, email, actor),
        )
