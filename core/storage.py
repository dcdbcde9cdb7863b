"""Storage in PostgreSQL: the files every node must see when several web and worker machines share
only the database and Redis (PORTAL_FILE_STORAGE=database). S3-compatible object storage is the
other choice (django-storages, PORTAL_FILE_STORAGE=s3); the local default is the file system.

Files are written and read in chunks of a megabyte: an export of a million rows (about 60 MB) goes
through a process without being held in its memory.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import IO, Any

from django.core.files.base import File
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.utils.deconstruct import deconstructible

CHUNK = 1024 * 1024


class ChunkReader(io.RawIOBase):
    """Reads a stored file's chunks one query at a time."""

    def __init__(self, file_id: int) -> None:
        from .models import StoredFileChunk

        self._chunks = StoredFileChunk.objects.filter(file_id=file_id).order_by("index").values_list("data", flat=True)
        self._index = 0
        self._buffer = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def _more(self) -> None:
        row = list(self._chunks[self._index:self._index + 1])
        self._index += 1
        if row:
            self._buffer += bytes(row[0])
        else:
            self._done = True

    def readinto(self, target: Any) -> int:
        while not self._buffer and not self._done:
            self._more()
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


@deconstructible
class DatabaseStorage(Storage):
    def _models(self) -> tuple[Any, Any]:
        from .models import StoredFile, StoredFileChunk

        return StoredFile, StoredFileChunk

    def _open(self, name: str, mode: str = "rb") -> File:
        stored_file, _chunk = self._models()
        row = stored_file.objects.filter(name=name).values_list("pk", flat=True).first()
        if row is None:
            raise FileNotFoundError(name)
        return File(io.BufferedReader(ChunkReader(row), buffer_size=CHUNK), name=name)

    def _save(self, name: str, content: IO[Any]) -> str:
        stored_file, chunk_model = self._models()
        if hasattr(content, "seek"):
            content.seek(0)
        while True:
            try:
                with transaction.atomic():
                    row = stored_file.objects.create(name=name)
                    size = 0
                    for index, data in enumerate(iter(lambda: content.read(CHUNK), b"")):
                        if isinstance(data, str):
                            data = data.encode()
                        chunk_model.objects.create(file=row, index=index, data=data)
                        size += len(data)
                    stored_file.objects.filter(pk=row.pk).update(size=size)
                return name
            except IntegrityError:
                # Two processes chose the same name at once: take another, as the file system would.
                if hasattr(content, "seek"):
                    content.seek(0)
                name = self.get_alternative_name(*self._split(name))

    @staticmethod
    def _split(name: str) -> tuple[str, str]:
        root, dot, ext = name.rpartition(".")
        return (root, "." + ext) if dot else (name, "")

    def exists(self, name: str) -> bool:
        return self._models()[0].objects.filter(name=name).exists()

    def delete(self, name: str) -> None:
        self._models()[0].objects.filter(name=name).delete()

    def size(self, name: str) -> int:
        row = self._models()[0].objects.filter(name=name).values_list("size", flat=True).first()
        if row is None:
            raise FileNotFoundError(name)
        return int(row)

    def get_created_time(self, name: str) -> datetime:
        return self._models()[0].objects.values_list("created_at", flat=True).get(name=name)

    get_modified_time = get_created_time

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Files in the database are served by permission-checked views only.")

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        prefix = path.rstrip("/") + "/" if path else ""
        names = self._models()[0].objects.filter(name__startswith=prefix).values_list("name", flat=True)
        return [], [n[len(prefix):] for n in names if "/" not in n[len(prefix):]]
