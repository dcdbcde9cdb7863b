from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from core.access import StaffRequest, role_required
from core.audit import audit_log
from core.forms import model_choice_field, model_values
from core.models import AuditAction

from .access import (
    EDITORS,
    dialogues_for_user,
    get_dialogue_for_user,
    initiatives_for_user,
    support_group_activities_for_user,
    support_group_members_for_user,
)
from .forms import (
    DialogueForm,
    InitiativeForm,
    ProposalForm,
    ProposalUpdateForm,
    SupportGroupActivityForm,
    SupportGroupMemberForm,
)
from .models import Proposal, SupportGroupMember
from .selectors import dialogue_figures
from .services import (
    dialogue_create,
    initiative_create,
    proposal_create,
    proposal_follow_up,
    support_group_activity_create,
    support_group_member_create,
)


@role_required(*EDITORS)
def dialogue_list(request: StaffRequest) -> HttpResponse:
    dialogues = dialogues_for_user(request.user)
    start = parse_date(request.GET.get("from", ""))
    end = parse_date(request.GET.get("to", ""))
    figures = dialogue_figures(dialogues, start=start, end=end)
    return render(request, "dialogues/dialogue_list.html",
                  {"dialogues": dialogues[:200], "figures": figures, "start": start, "end": end})


@role_required(*EDITORS)
def dialogue_create_view(request: StaffRequest) -> HttpResponse:
    form = DialogueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        dialogue = dialogue_create(actor=request.user, data=model_values(form))
        return redirect("dialogues:dialogue_detail", pk=dialogue.pk)
    return render(request, "dialogues/dialogue_form.html", {"form": form})


@role_required(*EDITORS)
def dialogue_detail(request: StaffRequest, pk: int) -> HttpResponse:
    dialogue = get_dialogue_for_user(request.user, pk)
    form = ProposalForm(request.POST if request.POST.get("action") == "proposal" else None)
    if request.method == "POST":
        if request.POST.get("action") == "proposal" and form.is_valid():
            proposal_create(actor=request.user, dialogue=dialogue, data=model_values(form))
            return redirect("dialogues:dialogue_detail", pk=pk)
        if request.POST.get("action") == "follow_up":
            proposal = get_object_or_404(dialogue.proposals, pk=request.POST.get("proposal"))
            update = ProposalUpdateForm(request.POST)
            if update.is_valid():
                proposal_follow_up(actor=request.user, proposal=proposal, **update.cleaned_data)
                messages.success(request, _("The follow-up was saved."))
                return redirect("dialogues:dialogue_detail", pk=pk)
    return render(request, "dialogues/dialogue_detail.html", {
        "dialogue": dialogue, "proposals": dialogue.proposals.prefetch_related("updates"), "form": form,
        "update_form": ProposalUpdateForm(),
    })


@role_required(*EDITORS)
def initiative_list(request: StaffRequest) -> HttpResponse:
    form = InitiativeForm(request.POST or None)
    model_choice_field(form, "dialogue").queryset = dialogues_for_user(request.user)
    if request.method == "POST" and form.is_valid():
        initiative_create(actor=request.user, data=model_values(form))
        return redirect("dialogues:initiative_list")
    return render(request, "dialogues/initiative_list.html",
                  {"initiatives": initiatives_for_user(request.user), "form": form})


def public_proposals(request: HttpRequest) -> HttpResponse:
    """What became of the participants' proposals: no names, nothing personal."""
    proposals = (Proposal.objects.filter(is_public=True).select_related("dialogue")
                 .only("text", "status", "outcome", "taken_up_by", "changed_at", "dialogue__held_on",
                       "dialogue__kind").order_by("-dialogue__held_on", "-id")[:300])
    return render(request, "dialogues/public_proposals.html", {"proposals": proposals})


@role_required(*EDITORS)
def support_group(request: StaffRequest) -> HttpResponse:
    member_form = SupportGroupMemberForm(request.POST if request.POST.get("action") == "member" else None)
    activity_form = SupportGroupActivityForm(request.POST if request.POST.get("action") == "activity" else None)
    if request.method == "POST":
        if member_form.is_bound and member_form.is_valid():
            support_group_member_create(actor=request.user, data=model_values(member_form))
            return redirect("dialogues:support_group")
        if activity_form.is_bound and activity_form.is_valid():
            support_group_activity_create(actor=request.user, data=model_values(activity_form))
            return redirect("dialogues:support_group")
    else:
        audit_log(actor=request.user, action=AuditAction.VIEW, model=SupportGroupMember, detail={"list": True})
    return render(request, "dialogues/support_group.html", {
        "members": support_group_members_for_user(request.user),
        "activities": support_group_activities_for_user(request.user),
        "member_form": member_form, "activity_form": activity_form,
    })
