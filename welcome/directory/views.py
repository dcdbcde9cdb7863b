"""The directory: the public search (no login, 12 languages, works without JavaScript) and the
pages where partners keep their own entries."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core.access import StaffRequest, role_required
from core.forms import model_values
from core.models import Role
from core.services import import_preview_get, import_preview_store
from core.spreadsheets import SpreadsheetError, read_sheet, summarise, template_csv, template_workbook

from ..consultations.access import get_consultation_for_change, get_consultation_for_user
from ..info.selectors import default_place
from . import imports
from .access import EDITORS, directory_entries_for_user, directory_organisations, get_directory_entry_for_user
from .forms import DirectoryEntryForm, DirectoryFilterForm, DirectoryImportForm, OffersMailForm
from .models import DirectoryEntry, EntryKind
from .selectors import directory_search
from .services import (
    consultation_referrals_set,
    directory_entry_delete,
    directory_entry_mark_checked,
    directory_entry_save,
    directory_import,
    offers_list_send,
)

PAGE_SIZE = 20


def directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(directory_search(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    more = (*DirectoryFilterForm.MORE, *DirectoryFilterForm.CHECKS)
    return render(request, "welcome/directory/directory.html", {
        "form": form, "page": page, "query": query.urlencode(), "demo_label": _("demo entry"),
        "more_filters": any(filters.get(name) for name in more),
    })


def directory_entry(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(DirectoryEntry.objects.public().select_related("district")
                              .prefetch_related("target_groups"), pk=pk)
    return render(request, "welcome/directory/entry.html", {"entry": entry})


# --- staff ------------------------------------------------------------------------------------

@role_required(*EDITORS)
def staff_directory(request: StaffRequest) -> HttpResponse:
    entries = directory_entries_for_user(request.user).order_by("last_checked_on", "name", "id")
    kind = request.GET.get("kind", "")
    if kind in EntryKind.values:
        entries = entries.filter(kind=kind)
    if request.GET.get("stale"):
        entries = entries.stale()
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "welcome/directory/staff_list.html",
                  {"page": page, "kinds": EntryKind.choices, "kind": kind, "stale": bool(request.GET.get("stale")),
                   "check_days": settings.PORTAL_DIRECTORY_CHECK_DAYS})


@role_required(*EDITORS)
@require_http_methods(["GET", "POST"])
def staff_entry_edit(request: StaffRequest, pk: int | None = None) -> HttpResponse:
    entry = get_directory_entry_for_user(request.user, pk) if pk else None
    organisations = directory_organisations(request.user)
    form = DirectoryEntryForm(request.POST or None, instance=entry, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        saved = directory_entry_save(actor=request.user, entry=entry, data=model_values(form))
        messages.success(request, _("The entry is saved."))
        return redirect("welcome:staff_directory_edit", pk=saved.pk)
    return render(request, "welcome/directory/staff_form.html", {"form": form, "entry": entry})


@role_required(*EDITORS)
@require_POST
def staff_entry_checked(request: StaffRequest, pk: int) -> HttpResponse:
    entry = get_directory_entry_for_user(request.user, pk)
    directory_entry_mark_checked(actor=request.user, entry=entry)
    messages.success(request, _("Marked as checked today."))
    if request.POST.get("back") == "edit":
        return redirect("welcome:staff_directory_edit", pk=entry.pk)
    return redirect("welcome:staff_directory")


@role_required(*EDITORS)
@require_http_methods(["GET", "POST"])
def staff_entry_delete(request: StaffRequest, pk: int) -> HttpResponse:
    entry = get_directory_entry_for_user(request.user, pk)
    if request.method == "POST":
        directory_entry_delete(actor=request.user, entry=entry)
        messages.success(request, _("The entry is deleted."))
        return redirect("welcome:staff_directory")
    return render(request, "welcome/directory/staff_delete.html", {"entry": entry})


@role_required(*EDITORS)
def staff_import_template(request: StaffRequest, fmt: str) -> HttpResponse:
    cols = imports.columns()
    if fmt == "xlsx":
        content = template_workbook(columns=cols, title=_("Directory"), example={})
        response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    elif fmt == "csv":
        response = HttpResponse(template_csv(columns=cols, example={}), content_type="text/csv; charset=utf-8")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="directory-template.{fmt}"'
    return response


@role_required(*EDITORS)
@require_http_methods(["GET", "POST"])
def staff_import(request: StaffRequest) -> HttpResponse:
    organisations = directory_organisations(request.user)
    form = DirectoryImportForm(request.POST or None, request.FILES or None, organisations=organisations)
    context: dict = {"form": form, "columns": imports.columns()}
    if request.method == "POST" and request.POST.get("confirm"):
        preview = import_preview_get(user=request.user, kind=imports.KIND, token=request.POST["confirm"])
        if preview is None or preview.organisation_id not in set(organisations.values_list("pk", flat=True)):
            messages.error(request, _("The preview has expired. Please upload the file again."))
            return redirect("welcome:staff_directory_import")
        organisation = organisations.get(pk=preview.organisation_id)
        valid, errors = imports.validate_rows(rows=preview.rows, organisation=organisation,
                                              organisations=organisations,
                                              entries=directory_entries_for_user(request.user))
        if errors:
            context["errors"], context["error_total"] = summarise(errors)
        else:
            imported = directory_import(actor=request.user, organisation=organisation, rows=valid, preview=preview)
            if imported is None:
                messages.error(request, _("The preview has expired. Please upload the file again."))
                return redirect("welcome:staff_directory_import")
            created, changed = imported
            messages.success(request, _("Imported: %(created)s new entries, %(changed)s changed.")
                             % {"created": created, "changed": changed})
            return redirect("welcome:staff_directory")
    elif request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        organisation = form.cleaned_data["organisation"]
        try:
            sheet = read_sheet(name=upload.name, content=upload.read(), columns=imports.columns(),
                               delimiter=form.cleaned_data["delimiter"] or None)
        except SpreadsheetError as exc:
            context["file_error"] = str(exc)
        else:
            valid, errors = imports.validate_rows(rows=sheet.rows, organisation=organisation,
                                                  organisations=organisations,
                                                  entries=directory_entries_for_user(request.user))
            if errors:
                context["errors"], context["error_total"] = summarise(errors)
            else:
                preview = import_preview_store(
                    user=request.user, kind=imports.KIND, organisation=organisation, file_name=upload.name,
                    rows=imports.jsonable(sheet.rows), lines=sheet.lines)
                context |= {"preview": preview, "valid": valid}
    return render(request, "welcome/directory/staff_import.html", context)


# --- from the consultation to the offer --------------------------------------------------------

@role_required(Role.COUNSELLOR)
@require_http_methods(["GET", "POST"])
def consultation_offers(request: StaffRequest, pk: int) -> HttpResponse:
    """Find offers for the newcomer and keep them as the consultation's recommendations."""
    consultation = get_consultation_for_change(request.user, pk)
    if request.method == "POST":
        chosen = [int(v) for v in request.POST.getlist("add") if v.isdigit()]
        removed = {int(v) for v in request.POST.getlist("remove") if v.isdigit()}
        current = {e.pk for e in consultation.directory_referrals.all()}
        wanted = (current | set(chosen)) - removed
        entries = list(DirectoryEntry.objects.public().filter(pk__in=wanted))
        consultation_referrals_set(actor=request.user, consultation=consultation, entries=entries)
        return redirect(reverse("welcome:consultation_offers", args=[pk]) + "?" + request.GET.urlencode())
    form = DirectoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    results = directory_search(filters)[:25] if filters else []
    return render(request, "welcome/directory/consultation_offers.html", {
        "consultation": consultation, "form": form, "results": results,
        "chosen": consultation.directory_referrals.select_related("district").order_by("name"),
        "send_form": OffersMailForm(initial={"language": consultation.language}),
        "languages": settings.LANGUAGES,
    })


@role_required(Role.COUNSELLOR)
def consultation_offers_print(request: StaffRequest, pk: int) -> HttpResponse:
    """The list for the newcomer to take home, in their language (a printable page)."""
    consultation = get_consultation_for_user(request.user, pk)
    lang = request.GET.get("lang") or translation.get_language() or "de"
    if lang not in dict(settings.LANGUAGES):
        lang = "de"
    entries = list(consultation.directory_referrals.select_related("district").order_by("name"))
    with translation.override(lang):
        response = render(request, "welcome/directory/offers_print.html", {
            "entries": entries, "lang": lang, "bidi": translation.get_language_bidi(),
            "contact": default_place()})
    return response


@role_required(Role.COUNSELLOR)
@require_POST
def consultation_offers_send(request: StaffRequest, pk: int) -> HttpResponse:
    """Mail the list to an address given on the spot; the address is not stored."""
    consultation = get_consultation_for_user(request.user, pk)
    form = OffersMailForm(request.POST)
    if form.is_valid():
        count = offers_list_send(actor=request.user, consultation=consultation, email=form.cleaned_data["email"],
                                 language=form.cleaned_data["language"], base_url=request.build_absolute_uri("/"))
        messages.success(request, ngettext("The list of %(count)s offer is on its way.",
                                           "The list of %(count)s offers is on its way.", count) % {"count": count})
    else:
        messages.error(request, _("Please give a valid email address."))
    return redirect("welcome:consultation_offers", pk=pk)
