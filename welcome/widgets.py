"""Chips: checkboxes and radio buttons styled as chips, shared by the welcome forms."""

from django import forms


class ChipsWidget(forms.CheckboxSelectMultiple):
    """Checkboxes styled as chips: Space toggles, Tab moves on, no mouse needed."""

    template_name = "welcome/widgets/chips.html"
    option_template_name = "welcome/widgets/chip_option.html"


class RadioChipsWidget(forms.RadioSelect):
    template_name = "welcome/widgets/chips.html"
    option_template_name = "welcome/widgets/chip_option.html"


