// "Select all" on django-import-export's export page (templates/admin/import_export/export.html):
// wired here, not by an onchange attribute, which the Content-Security-Policy blocks.
document.querySelectorAll("input.select-toggle").forEach((box) => box.addEventListener("change", onSelectToggleChange));
