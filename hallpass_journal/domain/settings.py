"""The settings a journal keeps inside itself: their types, bounds and defaults.

Settings travel in exports and come back through imports, so each one the app reads has
a strict schema here; a value that does not fit is refused on import and, if a journal
already holds one, replaced by the default when read. Settings this version does not
know (written by a later one) are kept only as plain, shallow JSON
(:mod:`hallpass_journal.domain.json_values`) and never acted on.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from hallpass_journal.domain.json_values import PlainValue

BACKUPS_KEPT = "backups.keep"
DEFAULT_BACKUPS_KEPT = 10
# Rotation deletes every backup beyond this number, so an imported file must not be
# able to bring it down to one (or none); a hundred daily copies is over three months.
MIN_BACKUPS_KEPT = 2
MAX_BACKUPS_KEPT = 100

PARTNER_NAME = "partner.name"
MAX_PARTNER_NAME = 100
#: The day the "consider support" card was last set aside ("" when never).
SUPPORT_DISMISSED_ON = "support.dismissed_on"

#: The person's own scripts, added to the scripts library: ``[{title, when_to_use, text}]``.
SCRIPTS_CUSTOM = "scripts.custom"
MAX_CUSTOM_SCRIPTS = 50
#: Said when the library is full (a template: the UI shows it translated).
TOO_MANY_SCRIPTS = "The library keeps up to {n} of your own scripts."
MAX_SCRIPT_TITLE = 100
MAX_SCRIPT_WHEN = 300
MAX_SCRIPT_TEXT = 4000


class CustomScript(BaseModel):
    """One script a person wrote: a title, when it helps (optional), and the words."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    title: Annotated[str, Field(min_length=1, max_length=MAX_SCRIPT_TITLE, pattern=r"\S")]
    when_to_use: Annotated[str, Field(max_length=MAX_SCRIPT_WHEN)] = ""
    text: Annotated[str, Field(min_length=1, max_length=MAX_SCRIPT_TEXT, pattern=r"\S")]


class JournalSettingsDocument(BaseModel):
    """Every setting of one journal, as exported: known ones typed, others plain.

    Only settings that were really set are written out, under their stored names
    (``"backups.keep"``), so an export says nothing the journal did not hold.
    """

    model_config = ConfigDict(
        extra="allow", strict=True, frozen=True, serialize_by_alias=True, title="Settings"
    )
    __pydantic_extra__: dict[str, PlainValue] = Field(init=False)

    backups_keep: Annotated[
        int,
        Field(
            alias=BACKUPS_KEPT,
            ge=MIN_BACKUPS_KEPT,
            le=MAX_BACKUPS_KEPT,
            description="How many rolling daily backups to keep beside the journal.",
        ),
    ] = DEFAULT_BACKUPS_KEPT
    partner_name: Annotated[
        str,
        Field(
            alias=PARTNER_NAME,
            max_length=MAX_PARTNER_NAME,
            description="What the journal calls the partner (e.g. in the consent record).",
        ),
    ] = ""
    support_dismissed_on: Annotated[
        str,
        Field(
            alias=SUPPORT_DISMISSED_ON,
            pattern=r"^(\d{4}-\d{2}-\d{2})?$",
            description="The day the consider-support card was last set aside (ISO date).",
        ),
    ] = ""

    scripts_custom: Annotated[
        list[CustomScript],
        Field(
            alias=SCRIPTS_CUSTOM,
            max_length=MAX_CUSTOM_SCRIPTS,
            description="Scripts the person added to the scripts library, in order.",
        ),
    ] = []

    @model_serializer(mode="wrap")
    def _only_what_was_set(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        fields = type(self).model_fields
        written = {
            (fields[name].alias or name) if name in fields else name
            for name in self.model_fields_set
        }
        return {key: value for key, value in data.items() if key in written}

    def stored(self) -> dict[str, Any]:
        """The settings that were set, by stored name, as JSON-ready values."""
        return self.model_dump(mode="json")


#: The settings this version reads, by stored name.
KNOWN_SETTINGS: frozenset[str] = frozenset(
    field.alias or name for name, field in JournalSettingsDocument.model_fields.items()
)


def check_setting(key: str, value: object) -> Any:
    """Return ``value`` if it is a valid value of setting ``key``.

    Raises:
        ValueError: (a pydantic ``ValidationError``) the value does not fit: a known
            setting's type or bounds, or plain JSON for a setting this version does not
            know.
    """
    return JournalSettingsDocument.model_validate({key: value}).stored()[key]


def setting_default(key: str) -> Any:
    """The default of a known setting (None for one this version does not know)."""
    for name, field in JournalSettingsDocument.model_fields.items():
        if (field.alias or name) == key:
            return field.default
    return None
