"""Temporary: demo_texts is being translated; renamed to texts.py afterwards."""
from .demo_texts import TEXTS  # noqa: F401
