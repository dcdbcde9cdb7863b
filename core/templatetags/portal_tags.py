import re
from typing import Any

from django import template
from django.utils.dateformat import time_format
from django.utils.formats import date_format
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext, pgettext

from core.settings_text import fill_settings

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """``{{ labels|get_item:row.channel }}``: one dict lookup instead of get_FOO_display(),
    which rebuilds the field's choice dict on every call."""
    return mapping.get(key, key) if mapping else key


@register.inclusion_tag("includes/translated_block.html")
def translated_block(obj: Any, field: str, *, linebreaks: bool = True) -> dict[str, Any]:
    """A staff-kept text in the visitor's language, or the German source marked lang="de" with a note."""
    shown = obj.shown(field)
    return {"shown": shown, "linebreaks": linebreaks}


@register.simple_tag
def translated_inline(obj: Any, field: str) -> SafeString:
    """Inline version of translated_block (lists call it per row: built in Python, not a template)."""
    shown = obj.shown(field)
    if not shown.is_fallback:
        return conditional_escape(shown.text)
    return format_html('<span lang="de" dir="ltr">{}</span> <small class="text-body-secondary">({})</small>',
                       shown.text, gettext("in German: not yet translated"))


@register.filter(needs_autoescape=True)
def text_blocks(value: str, autoescape: bool = True) -> SafeString:
    """Staff-kept plain text as HTML: an empty line starts a paragraph, lines starting "- " are a list."""
    html: list[str] = []
    for block in re.split(r"\n\s*\n", (value or "").strip()):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith("- ") for line in lines):
            html.append("<ul>" + "".join(f"<li>{escape(line.lstrip()[2:])}</li>" for line in lines) + "</ul>")
        else:
            html.append("<p>" + "<br>".join(str(escape(line)) for line in lines) + "</p>")
    return mark_safe("".join(html))  # noqa: S308 - every piece of text is escaped above


@register.filter
def with_settings(value: str) -> str:
    """Replace {contact_retention_days} and the other setting names in a staff-kept text."""
    return fill_settings(value or "")


@register.simple_tag
def long_date(value: Any) -> str:
    """Weekday and date with the language's own punctuation (the Arabic comma in Arabic)."""
    return pgettext("weekday and date", "{weekday}, {date}").format(
        weekday=date_format(value, "l"), date=date_format(value, "DATE_FORMAT"))


@register.simple_tag
def long_datetime(value: Any) -> str:
    value = localtime(value) if getattr(value, "tzinfo", None) else value
    return pgettext("weekday, date and time", "{weekday}, {date}, {time}").format(
        weekday=date_format(value, "l"), date=date_format(value, "DATE_FORMAT"), time=time_format(value, "H:i"))


@register.filter
def shown_text(obj: Any, field: str) -> Any:
    """``{% with shown=obj|shown_text:"body" %}``: the ShownText of a translation-tracked field."""
    return obj.shown(field)


@register.filter
def translation_state(obj: Any, code: str) -> Any:
    return obj.translation_state(code)


@register.simple_tag
def language_options(current: str) -> SafeString:
    """The switcher's options, each language named in itself (built in Python: on every page)."""
    from django.conf import settings
    from django.utils.html import format_html_join
    from django.utils.translation import get_language_info

    return format_html_join(
        "", '<option value="{}" lang="{}"{}>{}</option>',
        ((code, code, mark_safe(" selected") if code == current else "", get_language_info(code)["name_local"])
         for code, _name in settings.LANGUAGES),
    )
