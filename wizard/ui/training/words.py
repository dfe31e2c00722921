"""What a trainee reads about a criterion or a field: words, not ids ("Service Hub", "Monthly billing", "yes").

Used by the result view (criterion names and values) and the coach's wrong-choice
feedback; every text through tr() (context "TrainingWords") in the language the
program shows now, the catalog's names in the session's language.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

# The wizard's field names (driver.wizard_fields) as the criterion they speak of.
FIELD_CRITERION = {"payment_method": "payment", "share_card": "card_shared"}


class Words(QObject):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session

    def criterion(self, name: str) -> str:
        """A criterion's (or a wizard field's) name as a heading: "Hub", "Licensed users"."""
        names = {
            "hub": self.tr("Hub"),
            "tier": self.tr("Edition"),
            "currency": self.tr("Currency"),
            "interval": self.tr("Billing interval"),
            "licensed_users": self.tr("Licensed users"),
            "payment": self.tr("Payment"),
            "card_shared": self.tr("Card shared"),
            "outcome": self.tr("Outcome"),
            "declined_first": self.tr("Declined card first"),
            "credit": self.tr("Credit for the current plan"),
            "agree_terms": self.tr("Terms accepted"),
            "card_details": self.tr("Card details"),
        }
        name = FIELD_CRITERION.get(name, name)
        return names.get(name, name)

    def value(self, name: str, value, *, hub: str | None = None) -> str:
        """`value` of the criterion or field `name` in words; `hub`: the hub a tier belongs to."""
        name = FIELD_CRITERION.get(name, name)
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, (list, tuple, set, frozenset)):
            return ", ".join(str(v) for v in value)
        catalog, language = self.session.catalog, self.session.language
        if name == "hub":
            try:
                return catalog.hub(value).name_in(language)
            except KeyError:
                return str(value)
        if name == "tier":
            hubs = [h for h in catalog.hubs if h.id == hub] or list(catalog.hubs)
            for candidate in hubs:
                try:
                    return candidate.tier(value).name_in(language)
                except KeyError:
                    continue
            return str(value)
        if name == "interval":
            return {"monthly": self.tr("Monthly billing"), "annual": self.tr("Annual invoice")}.get(value, str(value))
        if name == "payment":
            return {"saved": self.tr("saved card"), "new": self.tr("new card")}.get(value, str(value))
        if name == "card_details":  # driver.card_details_state
            return {"complete": self.tr("complete card details"),
                    "wrong": self.tr("a card detail the form refuses")}.get(value, str(value))
        if name == "outcome":
            return {
                "order": self.tr("an order"),
                "lead": self.tr("a request to sales"),
                "access_request": self.tr("an access request"),
                "access_granted": self.tr("access granted"),
                "card_replaced": self.tr("the card replaced"),
                "users_changed": self.tr("users changed"),
            }.get(value, str(value))
        return str(value)
