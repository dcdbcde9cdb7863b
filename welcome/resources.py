"""django-import-export resources for the admin: catalogues and consultations.

Foreign keys and many-to-many columns are looked up by slug or email, with every catalogue
read once per import rather than once per row. Any bad row rejects the whole import: the admin
shows each error with its row number and column, and offers no confirm button.

Consultations import in bulk: rows are validated in Python (field validators; foreign keys were
resolved by the cached widgets, so Django's per-row existence queries are skipped), inserted with
bulk_create in batches, and their topics and referrals with one bulk insert per batch. The
django-import-export default path (a dozen queries per row) managed ~60 rows/s at a million rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import ManyToManyField, Model
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from core.audit import audit_log
from core.models import AuditAction, Organisation, User

from .models import Consultation, ReferralTarget, TargetGroup, Topic


class CachedForeignKeyWidget(widgets.ForeignKeyWidget):
    """Looks every value up in a dict filled by one query, not one query per row."""

    def __init__(self, model: Any, field: str) -> None:
        super().__init__(model, field)
        self._cache: dict[str, Any] | None = None

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if value in (None, ""):
            return None
        if self._cache is None:
            self._cache = {str(getattr(obj, self.field)).lower(): obj for obj in self.model.objects.all()}
        try:
            return self._cache[str(value).strip().lower()]
        except KeyError:
            raise ValueError(_("Unknown value “%(value)s”.") % {"value": value}) from None


class CachedManyToManyWidget(widgets.ManyToManyWidget):
    def __init__(self, model: Any, field: str, separator: str = ";") -> None:
        super().__init__(model, separator=separator, field=field)
        self._cache: dict[str, Any] | None = None

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if not value:
            return []
        if self._cache is None:
            self._cache = {str(getattr(obj, self.field)).lower(): obj for obj in self.model.objects.all()}
        found = []
        for part in str(value).split(self.separator):
            key = part.strip().lower()
            if not key:
                continue
            if key not in self._cache:
                raise ValueError(_("Unknown value “%(value)s”.") % {"value": part.strip()})
            found.append(self._cache[key])
        return found


class StrictIntegerWidget(widgets.IntegerWidget):
    """Text in a number cell is a field error with the column named, not a crash of the row."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        try:
            return super().clean(value, row, **kwargs)
        except (ArithmeticError, TypeError, ValueError):
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": value}) from None


class CountryWidget(widgets.CharWidget):
    """ISO 3166 codes checked against a set: the model field's choice validation walks all 250
    countries for every row, the largest cost of a large import."""

    def __init__(self) -> None:
        super().__init__()
        from django_countries import countries

        self.codes = frozenset(code for code, _name in countries)

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        code = str(value or "").strip().upper()
        if code and code not in self.codes:
            raise ValueError(_("Unknown value “%(value)s”.") % {"value": value})
        return code


class IsoDateTimeWidget(widgets.DateTimeWidget):
    """ISO dates ("2017-03-01 10:00") through the C parser first; other formats as before."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.strip())
            except ValueError:
                pass
            else:
                return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
        return super().clean(value, row, **kwargs)


class TopicResource(resources.ModelResource):
    class Meta:
        model: type[Model] = Topic  # the catalogues below share these options
        import_id_fields = ("slug",)
        fields = ("slug", "name_de", "name_en", "name_ar", "name_fa", "name_tr", "name_uk", "name_ru", "name_es",
                  "name_it", "name_el", "name_pl", "name_ro", "is_active", "sort_order")
        skip_unchanged = True

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        """A catalogue import (Django admin, with import-export's own preview) is audited like the rest."""
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run") and not result.has_errors() and not result.has_validation_errors():
            from core.audit import audit_log
            from core.models import AuditAction

            audit_log(actor=kwargs.get("user"), action=AuditAction.UPDATE, model=self._meta.model,
                      detail={"import": True, "rows": dataset.height})


class ReferralTargetResource(TopicResource):
    class Meta(TopicResource.Meta):
        model = ReferralTarget


class TargetGroupResource(TopicResource):
    class Meta(TopicResource.Meta):
        model = TargetGroup


class ConsultationResource(resources.ModelResource):
    counsellor = fields.Field(attribute="counsellor", column_name="counsellor",
                              widget=CachedForeignKeyWidget(User, "email"))
    organisation = fields.Field(attribute="organisation", column_name="organisation",
                                widget=CachedForeignKeyWidget(Organisation, "name"))
    target_group = fields.Field(attribute="target_group", column_name="target_group",
                                widget=CachedForeignKeyWidget(TargetGroup, "slug"))
    topics = fields.Field(attribute="topics", column_name="topics", widget=CachedManyToManyWidget(Topic, "slug"))
    referrals = fields.Field(attribute="referrals", column_name="referrals",
                             widget=CachedManyToManyWidget(ReferralTarget, "slug"))
    duration_minutes = fields.Field(attribute="duration_minutes", column_name="duration_minutes",
                                    widget=StrictIntegerWidget())
    country_of_origin = fields.Field(attribute="country_of_origin", column_name="country_of_origin",
                                     widget=CountryWidget())
    held_at = fields.Field(attribute="held_at", column_name="held_at", widget=IsoDateTimeWidget())

    class Meta:
        model = Consultation
        fields = ("id", "held_at", "counsellor", "organisation", "channel", "language", "topics", "target_group",
                  "country_of_origin", "duration_minutes", "referrals", "outcome_note", "client_code")
        clean_model_instances = True  # model validation: choices, ranges, the client-code rule
        skip_diff = True
        use_bulk = True
        batch_size = 2000

    M2M_FIELDS = ("topics", "referrals")
    # Checked by the widgets already (lookups in sets and dicts), so full_clean skips them.
    FK_FIELDS = ("counsellor", "organisation", "target_group", "country_of_origin")

    def get_import_fields(self) -> Any:
        # The library recomputes this ordered list for every row; it never changes within an import.
        cached = getattr(self, "_import_fields_cache", None)
        if cached is None:
            cached = self._import_fields_cache = super().get_import_fields()
        return cached

    def validate_instance(
        self, instance: Any, import_validation_errors: Any = None, validate_unique: bool = True
    ) -> None:
        errors = dict(import_validation_errors or {})
        try:
            # Foreign keys came from the widgets' lookups and exist; constraints are mirrored by field
            # validators and kept by the database at insert time.
            instance.full_clean(
                exclude=[*errors.keys(), *self.FK_FIELDS, *self.M2M_FIELDS],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def save_m2m(self, instance: Any, row: Any, **kwargs: Any) -> None:
        # Nothing to write yet: import_instance kept the cleaned values on the instance until its
        # batch is inserted and has primary keys (see bulk_create).
        return None

    def bulk_create(
        self, using_transactions: bool, dry_run: bool, raise_errors: bool, batch_size: int | None = None,
        result: Any = None,
    ) -> None:
        batch = list(self.create_instances)
        self.create_instances.clear()
        # The dry run validates every cell in Python (field validators mirror the table's checks)
        # and writes nothing: inserting and rolling back 100,000 rows left as many dead index
        # entries for the confirm to wade through. The confirm is one transaction: a row the
        # database still refuses rejects the whole import there.
        if not batch or dry_run:
            return
        try:
            self._copy_rows(batch)
        except Exception as exc:  # noqa: BLE001 - reported like the library reports a failed bulk_create
            self.handle_import_error(result, exc, raise_errors)
            return
        for name in self.M2M_FIELDS:
            field = Consultation._meta.get_field(name)
            if not isinstance(field, ManyToManyField):
                raise TypeError(f"{name} is not a many-to-many field")
            table, left, right = field.m2m_db_table(), field.m2m_column_name(), field.m2m_reverse_name()
            pairs = [(obj.pk, related.pk) for obj in batch for related in getattr(obj, "_import_m2m", {}).get(name, [])]
            if not pairs:
                continue
            # One statement per batch and relation: two arrays unnested into rows. Building a
            # model instance for each link cost as much as importing the consultations.
            with connection.cursor() as cursor:
                cursor.execute(
                    f'INSERT INTO "{table}" ("{left}", "{right}") '  # noqa: S608 - names from the model
                    "SELECT unnest(%s::bigint[]), unnest(%s::bigint[])",
                    [[p[0] for p in pairs], [p[1] for p in pairs]],
                )

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run") and not result.has_errors() and not result.has_validation_errors():
            audit_log(actor=kwargs.get("user"), action=AuditAction.CREATE, model=Consultation,
                      detail={"import": True, "rows": result.totals.get("new", 0)})

    def _copy_rows(self, batch: list[Consultation]) -> None:
        """COPY the batch in: ids are drawn from the sequence first (COPY returns none). Values are
        the instances' own, already validated; psycopg adapts them. Two fields need a hand: the
        country (a Country object, stored as its code) and the timestamps save() would set."""
        table = Consultation._meta.db_table
        fields = [f for f in Consultation._meta.concrete_fields if not f.primary_key]
        now = timezone.now()
        def getter(name: str, attname: str) -> Callable[[Consultation], Any]:
            if name in ("created_at", "updated_at"):
                return lambda obj: now
            if name == "country_of_origin":
                return lambda obj: str(obj.country_of_origin or "")
            return lambda obj: getattr(obj, attname)

        getters = [getter(f.name, f.attname) for f in fields]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, len(batch)]
            )
            for obj, (pk,) in zip(batch, cursor.fetchall(), strict=True):
                obj.pk = pk
            columns = ", ".join(['"id"', *(f'"{f.column}"' for f in fields)])
            with cursor.cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:  # type: ignore[attr-defined]  # psycopg 3's copy: not in django-stubs
                for obj in batch:
                    copy.write_row([obj.pk, *(get(obj) for get in getters)])

    def import_instance(self, instance: Any, row: Any, **kwargs: Any) -> None:
        # The library saves many-to-many columns after the row and reports their errors without
        # the column; checking them here makes every bad cell a field error of its own column.
        errors: dict[str, Any] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors.update(exc.error_dict)
        instance._import_m2m = {}
        for name in self.M2M_FIELDS:
            field = self.fields[name]
            if field.column_name in row:
                try:
                    instance._import_m2m[name] = field.clean(row)
                except ValueError as exc:
                    errors[field.attribute] = [ValidationError(str(exc), code="invalid")]
        if errors:
            raise ValidationError(errors)
