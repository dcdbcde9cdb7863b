"""Storage in PostgreSQL: the files every node must see when several web and worker machines share
only the database and Redis (PORTAL_FILE_STORAGE=database). S3-compatible object storage is the
other choice (django-storages, PORTAL_FILE_STORAGE=s3); the local default is the file system."""

from __future__ import annotations

from datetime import datetime
from typing import IO, Any

from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.utils.deconstruct import deconstructible


@deconstructible
class DatabaseStorage(Storage):
    def _model(self) -> Any:
        from .models import StoredFile

        return StoredFile

    def _open(self, name: str, mode: str = "rb") -> File:
        row = self._model().objects.filter(name=name).only("content").first()
        if row is None:
            raise FileNotFoundError(name)
        return ContentFile(bytes(row.content), name=name)

    def _save(self, name: str, content: IO[Any]) -> str:
        if hasattr(content, "seek"):
            content.seek(0)
        data = content.read()
        if isinstance(data, str):
            data = data.encode()
        while True:
            try:
                with transaction.atomic():
                    self._model().objects.create(name=name, content=data, size=len(data))
                return name
            except IntegrityError:
                # Two processes chose the same name at once: take another, as the file system would.
                name = self.get_alternative_name(*self._split(name))

    @staticmethod
    def _split(name: str) -> tuple[str, str]:
        root, dot, ext = name.rpartition(".")
        return (root, "." + ext) if dot else (name, "")

    def exists(self, name: str) -> bool:
        return self._model().objects.filter(name=name).exists()

    def delete(self, name: str) -> None:
        self._model().objects.filter(name=name).delete()

    def size(self, name: str) -> int:
        row = self._model().objects.filter(name=name).values_list("size", flat=True).first()
        if row is None:
            raise FileNotFoundError(name)
        return int(row)

    def get_created_time(self, name: str) -> datetime:
        return self._model().objects.values_list("created_at", flat=True).get(name=name)

    get_modified_time = get_created_time

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Files in the database are served by permission-checked views only.")

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        prefix = path.rstrip("/") + "/" if path else ""
        names = self._model().objects.filter(name__startswith=prefix).values_list("name", flat=True)
        return [], [n[len(prefix):] for n in names if "/" not in n[len(prefix):]]
