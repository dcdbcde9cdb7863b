"""The import rules of the house style, checked on the real import graph (grimp, import-linter's engine).

- The shared app (core) imports no other app and not the project package (config).
- A domain app (welcome, refugees, dialogues, volunteers) imports core, and another domain app only
  where one of its models points at that app's models (a foreign key, one-to-one or many-to-many):
  the rule is read from the models, so a new relation allows its import and nothing else does.
- reporting reads the domain apps; nothing but the project package imports reporting.
- No app imports config (settings come through django.conf, the Celery app through celery.current_app).
- No cycle between modules, counting imports inside functions (a lazy import hides a cycle, it does not
  remove it); imports under ``if TYPE_CHECKING`` are left out (they never run).
Each rule has a control: the same check on the real graph with one bad import added must fail.
"""

from __future__ import annotations

import grimp
import pytest
from django.apps import apps

SHARED = "core"
DOMAIN = ("welcome", "refugees", "dialogues", "volunteers")
READER = "reporting"
PROJECT = "config"
PACKAGES = (SHARED, *DOMAIN, READER, PROJECT)


def build() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True, cache_dir=None)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return build()


def model_relations() -> set[tuple[str, str]]:
    """(app, app) pairs where a model of the first points at a model of the second."""
    pairs = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.is_relation and not field.auto_created and field.related_model is not None:
                source, target = model._meta.app_label, field.related_model._meta.app_label
                if source != target:
                    pairs.add((source, target))
    return pairs


def rule_breaks(graph: grimp.ImportGraph, relations: set[tuple[str, str]]) -> list[str]:
    problems = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            source, target = importer.split(".")[0], imported.split(".")[0]
            if source in (target, PROJECT):
                continue
            if target == PROJECT:
                reason = "no app imports the project package"
            elif source == SHARED:
                reason = "the shared app imports no other app"
            elif target == READER:
                reason = "nothing imports reporting"
            elif source in DOMAIN and target in DOMAIN and (source, target) not in relations:
                reason = f"no model of {source} points at {target}"
            else:
                continue
            problems.append(f"{importer} imports {imported}: {reason}")
    return problems


def cycles(graph: grimp.ImportGraph) -> list[str]:
    found = set()
    for importer in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(importer):
            chain = graph.find_shortest_chain(importer=imported, imported=importer)
            if chain:
                loop = (importer, *chain)
                start = loop.index(min(loop[:-1]))  # one name per cycle, whichever module it is found from
                found.add(" -> ".join((*loop[start:-1], *loop[:start], loop[start])))
    return sorted(found)


def test_the_relations_allow_what_the_style_names():
    relations = model_relations()
    assert {("dialogues", "refugees"), ("volunteers", "refugees")} <= relations
    assert ("welcome", "volunteers") not in relations


def test_every_import_follows_the_house_rules(graph):
    assert rule_breaks(graph, model_relations()) == []


def test_no_cycle_between_modules(graph):
    assert cycles(graph) == []


@pytest.mark.parametrize(("importer", "imported", "reason"), [
    ("core.outbox", "reporting.models", "the shared app imports no other app"),
    ("core.views", "config.celery", "no app imports the project package"),
    ("welcome.consultations.views", "reporting.models", "nothing imports reporting"),
    ("refugees.views", "volunteers.models", "no model of refugees points at volunteers"),
    ("volunteers.forms", "dialogues.models", "no model of volunteers points at dialogues"),
])
def test_control_a_forbidden_import_is_found(importer, imported, reason):
    changed = build()
    changed.add_import(importer=importer, imported=imported)
    assert f"{importer} imports {imported}: {reason}" in rule_breaks(changed, model_relations())


def test_control_a_cycle_is_found():
    changed = build()
    # The shape once found here: the outbox imported the tasks module that imports the outbox.
    changed.add_import(importer="core.outbox", imported="core.tasks")
    assert any("core.outbox" in cycle and "core.tasks" in cycle for cycle in cycles(changed))
