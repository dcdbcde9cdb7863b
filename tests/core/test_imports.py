import pytest

from core.imports import SpreadsheetImport, import_confirm
from core.models import ImportPreview, Role
from core.services import import_preview_store
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


class CountingImport(SpreadsheetImport):
    kind = "test"

    def __init__(self) -> None:
        self.written: list[list[str]] = []

    def write(self, *, user, items):  # type: ignore[no-untyped-def]  # a test double: the signature is the base class's
        self.written.append(items)
        return len(items)


def test_a_preview_is_confirmed_once(org_a):
    """Two confirmations of one preview (a double click, a second tab) both read it before either
    writes; the first to take it writes, the other finds it gone and writes nothing."""
    user = staff(Role.OPERATOR, org_a)
    preview = import_preview_store(user=user, kind="test", organisation=None, file_name="a.csv", rows=[],
                                   lines=[], content=b"x")
    importer = CountingImport()
    assert import_confirm(importer, user=user, preview=preview, items=["a", "b"]) == 2
    assert import_confirm(importer, user=user, preview=preview, items=["a", "b"]) is None
    assert importer.written == [["a", "b"]]
    assert not ImportPreview.objects.exists()


def test_a_failed_write_keeps_the_preview(org_a):
    """The preview is used up in the import's transaction: a write that fails leaves it for another try."""
    user = staff(Role.OPERATOR, org_a)
    preview = import_preview_store(user=user, kind="test", organisation=None, file_name="a.csv", rows=[],
                                   lines=[], content=b"x")

    class FailingImport(CountingImport):
        def write(self, *, user, items):  # type: ignore[no-untyped-def]  # a test double: the signature is the base class's
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        import_confirm(FailingImport(), user=user, preview=preview, items=["a"])
    assert ImportPreview.objects.filter(pk=preview.pk).exists()
