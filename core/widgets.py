"""Widgets that render long option lists in Python instead of one template per option.

Django renders every <option> through the template engine; for a country list (250 options) or
a staff list that is most of a page's time. The output is the same HTML.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import forms
from django.forms.models import ModelChoiceIteratorValue
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString


class FastSelect(forms.Select):
    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        selected = {str(v) for v in (value if isinstance(value, list | tuple) else [value]) if v not in (None, "")}
        if not selected:
            selected = {""}
        options = []
        for option_value, label in self.choices:
            key = "" if option_value is None else str(option_value)
            options.append((key, " selected" if key in selected else "", label))
        body = format_html_join("", '<option value="{}"{}>{}</option>', ((k, SafeString(s), lab) for k, s, lab in options))
        return format_html("<select{}>{}</select>", flatatt(final), body)


class ListModelChoiceIterator(forms.models.ModelChoiceIterator):
    """Reads the choices with one ordinary query. Django's iterator() opens a server-side cursor
    for every choice list (DECLARE, FETCH, CLOSE): three round trips for a dozen rows."""

    def __iter__(self) -> Iterator[tuple[ModelChoiceIteratorValue | str, Any]]:  # the label: str or lazy
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in list(self.queryset):
            yield self.choice(obj)


class ListModelChoiceField(forms.ModelChoiceField):
    iterator = ListModelChoiceIterator


class ListModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    iterator = ListModelChoiceIterator


class FastDateInput(forms.DateInput):
    """A date input rendered in Python (same HTML as Django's template), for filter bars."""

    input_type = "date"

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        final = self.build_attrs(self.attrs, attrs)
        final.update({"type": "date", "name": name})
        formatted = self.format_value(value)
        if formatted not in (None, ""):
            final["value"] = formatted
        return format_html("<input{}>", flatatt(final))
