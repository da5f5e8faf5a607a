"""A participant's agreements, shown as a tab of its page in the members area."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.permissions import may_see_organisation
from niro_desk.procurement import participations
from niro_desk.ui.agreements.table_models import OrganisationAgreementModel
from niro_desk.ui.members.table_view import RowTableView


class ParticipationsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id: int | None = None
        self.setObjectName("participationsTab")
        self.model = OrganisationAgreementModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=OrganisationAgreementModel.VOLUMES)
        self.view.setObjectName("organisationAgreements")
        self.summary = QLabel()
        self.summary.setObjectName("participationSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def show_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        if organisation_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        with self.context.db.reading() as session:
            hidden = not may_see_organisation(session, organisation_id)
            rows = [] if hidden else participations.agreements_of(session, organisation_id)
        if hidden:  # another organisation's participations: not for a procurement head
            self.model.set_rows([])
            self.summary.setText(
                self.tr("Only the office sees the participations of other organisations.")
            )
            return
        self.model.set_rows(rows)
        self.view.fit_columns(260)
        current = sum(1 for row in rows if row.is_open(self.model.today))
        self.summary.setText(
            self.tr("Takes part in %1 agreements now; %2 ended.")
            .replace("%1", str(current))
            .replace("%2", str(len(rows) - current))
            if rows
            else self.tr("Takes part in no framework agreement.")
        )
