from django.apps import AppConfig


class RefugeesConfig(AppConfig):
    name = "refugees"
