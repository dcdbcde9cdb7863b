from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """``{{ labels|get_item:row.channel }}``: one dict lookup instead of get_FOO_display(),
    which rebuilds the field's choice dict on every call."""
    return mapping.get(key, key) if mapping else key
