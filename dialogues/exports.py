"""Raw records of the dialogues for export."""

from django.utils.translation import gettext_lazy as _

from core.exports import Column, Dataset
from core.models import Role

from .access import dialogues_for_user
from .models import Dialogue, Proposal

TEAM = (Role.DIALOGUE_TEAM, Role.ADMIN)

DATASETS = {
    "dialogues": Dataset(_("Dialogues"), TEAM, Dialogue, dialogues_for_user, (
        Column(_("date"), "held_on"), Column(_("kind"), "kind", Dialogue.Kind), Column(_("venue"), "venue",
                                                                                        Dialogue.Venue),
        Column(_("accommodation"), "accommodation__name"), Column(_("refugees"), "refugees"),
        Column(_("staff"), "staff"), Column(_("volunteers"), "volunteers"), Column(_("neighbours"), "neighbours"),
    )),
    "proposals": Dataset(
        _("Proposals"), TEAM, Proposal,
        lambda user: Proposal.objects.filter(dialogue__in=dialogues_for_user(user)), (
            Column(_("date"), "dialogue__held_on"), Column(_("proposal"), "text"), Column(_("field"), "field"),
            Column(_("taken up by"), "taken_up_by", Proposal.TakenUpBy), Column(_("who exactly"), "taken_up_by_name"),
            Column(_("status"), "status", Proposal.Status), Column(_("outcome"), "outcome"),
            Column(_("changed"), "changed_at"),
        )),
}
