from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("City administration")
        ECONOMIC = "economic", _("Regional economic development agency")
        WELFARE = "welfare", _("Welfare organisation / operator")
        VOLUNTEER = "volunteer", _("Volunteer organisation")

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.short_name or self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A staff member. Newcomers never have accounts: they book anonymously."""

    username = None  # type: ignore[assignment]  # no username field: staff sign in by email
    email = models.EmailField(_("email address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="de"
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = UserManager()  # type: ignore[misc,assignment]  # email-based, not AbstractUser's UserManager

    # The active memberships, cached for the request by core.access.memberships_of (not a field).
    _portal_memberships: list[Membership]

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")

    def __str__(self) -> str:
        return self.get_full_name() or self.email


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator (city-wide)")
    COUNSELLOR = "counsellor", _("Counsellor")
    INTEGRATION_MANAGER = "integration_manager", _("Integration manager")
    OPERATOR = "operator", _("Accommodation operator")
    VOLUNTEER_COORDINATOR = "volunteer_coordinator", _("Volunteer coordinator")
    DIALOGUE_TEAM = "dialogue_team", _("Dialogue team")
    REPORT_VIEWER = "report_viewer", _("Report viewer")
    DIRECTORY_EDITOR = "directory_editor", _("Directory editor")


# Which roles exist in which kind of organisation (kept by the database: migration core 0007).
# City-wide reach belongs to the city's roles; a partner's staff act for their own organisation.
ROLE_KINDS: dict[str, frozenset[str]] = {
    Role.ADMIN: frozenset({"city"}),
    Role.REPORT_VIEWER: frozenset({"city"}),
    Role.DIALOGUE_TEAM: frozenset({"city"}),
    Role.COUNSELLOR: frozenset({"city", "economic", "welfare"}),
    Role.INTEGRATION_MANAGER: frozenset({"welfare"}),
    Role.OPERATOR: frozenset({"welfare"}),
    Role.VOLUNTEER_COORDINATOR: frozenset({"city", "volunteer"}),
    Role.DIRECTORY_EDITOR: frozenset({"city", "economic", "welfare", "volunteer"}),
}


class MembershipQuerySet(models.QuerySet["Membership"]):
    def active(self) -> MembershipQuerySet:
        return self.filter(organisation__is_active=True, user__is_active=True)


class Membership(models.Model):
    """Gives a user one role in one organisation; a user may hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"],
                name="membership_unique_role",
                violation_error_message=_("This person already holds this role in this organisation."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} ({self.organisation})"

    def clean(self) -> None:
        """The rule the database keeps (migration 0007), said in the form before it refuses."""
        if self.organisation_id and self.role and self.organisation.kind not in ROLE_KINDS.get(self.role, frozenset()):
            raise ValidationError({"role": _("This role does not exist in an organisation of this kind.")})


class District(models.Model):
    """One of Stuttgart's 23 city districts (Stadtbezirke); loaded by a migration."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    is_inner = models.BooleanField(_("inner-city district"), default=False)
    # Who answers a newcomer's request for a tandem here; empty: the city's volunteer coordination.
    volunteer_organisation = models.ForeignKey(
        "Organisation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("volunteer coordination"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("city district")
        verbose_name_plural = _("city districts")

    def __str__(self) -> str:
        return self.name


class AuditAction(models.TextChoices):
    CREATE = "create", pgettext_lazy("audit action", "created")
    UPDATE = "update", pgettext_lazy("audit action", "changed")
    DELETE = "delete", pgettext_lazy("audit action", "deleted")
    VIEW = "view", pgettext_lazy("audit action", "viewed")
    EXPORT = "export", pgettext_lazy("audit action", "exported")
    LOGIN = "login", pgettext_lazy("audit action", "logged in")
    LOGIN_FAILED = "login_failed", pgettext_lazy("audit action", "failed login")
    LOGOUT = "logout", pgettext_lazy("audit action", "logged out")
    INVITE = "invite", pgettext_lazy("audit action", "invited")
    ANONYMISE = "anonymise", pgettext_lazy("audit action", "anonymised")


class AuditLogError(Exception):
    """Raised on any attempt to change or remove an audit entry."""


class AuditLogQuerySet(models.QuerySet["AuditLog"]):
    def update(self, **kwargs: Any) -> int:
        raise AuditLogError("audit entries cannot be changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditLogError("audit entries cannot be deleted")


class AuditLog(models.Model):
    """Append-only: who did what to which record, when, for which organisation.

    The ORM refuses changes here; triggers in the database refuse UPDATE, and DELETE or TRUNCATE
    of anything younger than the retention; the purge is the database function
    ``core_audit_purge()`` (migration 0008, core.database_roles).
    """

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff member"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("organisation"),
    )
    action = models.CharField(_("action"), max_length=20, choices=AuditAction.choices)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("record type")
    )
    object_id = models.CharField(_("record id"), max_length=64, blank=True)
    # Never personal data: field names, counts and formats only.
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = AuditLogQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_object_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.content_type_id}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditLogError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AuditLogError("audit entries cannot be deleted")


def _preview_token() -> str:
    import secrets

    return secrets.token_urlsafe(24)


class ImportPreview(models.Model):
    """An uploaded spreadsheet between its preview and its confirmation.

    Kept in PostgreSQL, so the confirmation may reach any web process; removed a day after upload
    (core.tasks.import_previews_purge). Holds the parsed rows of the file, which may be personal
    only as far as the import's own records are.
    """

    token = models.CharField(max_length=64, unique=True, default=_preview_token, editable=False)
    kind = models.CharField(_("import"), max_length=40)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="+")
    file_name = models.CharField(_("file"), max_length=255)
    rows = models.JSONField(default=list)
    lines = models.JSONField(default=list)
    # The uploaded file itself, for imports that parse it again on confirmation.
    content = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("import preview")
        verbose_name_plural = _("import previews")

    def __str__(self) -> str:
        return f"{self.kind} {self.file_name}"


class StoredFile(models.Model):
    """A file kept in PostgreSQL (PORTAL_FILE_STORAGE=database): report workbooks and exports every
    web and worker process must see, with nothing shared between the machines but the database.
    The content lies in chunks, so neither writing nor reading a file of 60 MB holds it in memory."""

    name = models.CharField(max_length=255, unique=True)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("stored file")
        verbose_name_plural = _("stored files")

    def __str__(self) -> str:
        return self.name


class StoredFileChunk(models.Model):
    file = models.ForeignKey(StoredFile, on_delete=models.CASCADE, related_name="chunks")
    index = models.PositiveIntegerField()
    data = models.BinaryField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["file", "index"], name="storedfilechunk_order")]

    def __str__(self) -> str:
        return f"{self.file_id}:{self.index}"


class ScheduledRun(models.Model):
    """One run of a scheduled job per time slot: claimed by inserting this row, so a second beat
    (two machines configured alike, or a restart mid-slot) makes the job run once, not twice."""

    task = models.CharField(max_length=200)
    slot = models.DateTimeField()
    claimed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task", "slot"], name="scheduledrun_once_per_slot")]
        indexes = [models.Index(fields=["claimed_at"], name="scheduledrun_claimed_idx")]

    def __str__(self) -> str:
        return f"{self.task} @ {self.slot:%Y-%m-%d %H:%M}"


class ExportJob(models.Model):
    """A spreadsheet export built by Celery (pretix's model): the browser shows its progress, the
    file is kept for a week and fetched by a permission-checked download. Only its requester sees it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        RUNNING = "running", _("being built")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("requested by"))
    kind = models.CharField(_("export"), max_length=80)  # "<app>:<name>", see core/exports.py
    title = models.CharField(_("title"), max_length=200)
    params = models.JSONField(default=dict, blank=True)
    language = models.CharField(_("language"), max_length=8, default="de")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    file = models.FileField(_("file"), upload_to="exports/", blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self) -> str:
        return self.title


class Outbox(models.Model):
    """Mails and jobs written in the same transaction as the change that causes them, handed to
    the broker after the commit and again by the sweep until a worker has done them
    (core/outbox.py): a booking never depends on the broker being up, and no mail is lost."""

    class Kind(models.TextChoices):
        MAIL = "mail", _("mail")
        TASK = "task", _("job")

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    task = models.CharField(_("job"), max_length=120, blank=True)
    payload = models.JSONField(default=dict)  # a mail (subject, body, to, attachments) or the job's args
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("done"), null=True, blank=True)
    failed_at = models.DateTimeField(_("given up"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("outbox entry")
        verbose_name_plural = _("outbox")
        indexes = [models.Index(fields=["created_at"], name="outbox_open_idx",
                                condition=models.Q(sent_at__isnull=True, failed_at__isnull=True))]

    def __str__(self) -> str:
        return f"{self.kind} {self.task or self.payload.get('subject', '')}"
