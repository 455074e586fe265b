"""Empty states (issue 12): an empty People, Events, Interviews or History tab says what it holds
for this case and how to add the first one; a vault without cases welcomes with the first steps,
the demo vault and how to start with a colleague; Create mentions the demo vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casebook.ui.unlock.create_panel import CreatePanel
from casebook.ui.workspace.case_view import Tab

from .driver import Driver, VaultInfo


def test_empty_tabs_name_the_case_and_how_to_add_one(
    vault: VaultInfo, make_driver: Callable[..., Driver]
) -> None:
    d = make_driver(vault.root)
    d.unlock(vault.passphrase)
    placeholder = d.workspace.placeholder
    d.wait_until(lambda: "Welcome" in placeholder.text())
    text = placeholder.text()
    assert "New case…" in text
    assert "casebook demo" in text
    assert "Save my card" in text
    assert "safety numbers" in text
    d.add_case("Дело Иванова")
    view = d.workspace.case_view
    for tab, widget, words in (
        (Tab.PEOPLE, view.people, "Add person…"),
        (Tab.EVENTS, view.events, "Add event…"),
        (Tab.INTERVIEWS, view.interviews, "New interview"),
    ):
        d.show_tab(tab)
        d.wait_until(lambda w=widget: w.empty.isVisible())
        assert "«Дело Иванова»" in widget.empty.text()
        assert words in widget.empty.text()
        assert not widget.table.isVisible()
    d.show_tab(Tab.HISTORY)
    history = view.history
    d.wait_until(lambda: history.empty.isVisible())
    assert "«Дело Иванова»" in history.empty.text()
    assert "who made it" in history.empty.text()

    d.add_person("Иван Иванов")
    people = view.people
    assert not people.empty.isVisible()
    assert people.table.isVisible()
    d.show_tab(Tab.HISTORY)
    d.wait_until(lambda: not history.empty.isVisible())
    assert d.workspace.cases.model.rowCount() == 1
    assert "Welcome" not in placeholder.text()


def test_empty_states_in_russian(vault: VaultInfo, make_driver: Callable[..., Driver]) -> None:
    d = make_driver(vault.root, language="ru")
    d.unlock(vault.passphrase)
    d.wait_until(lambda: "casebook demo" in d.workspace.placeholder.text())
    d.add_case("Дело Петровой")
    d.show_tab(Tab.PEOPLE)
    people = d.workspace.case_view.people
    d.wait_until(people.empty.isVisible)
    assert people.empty.text().startswith("В деле «Дело Петровой» пока нет людей.")


def test_create_mentions_the_demo_vault(tmp_path: Path, make_driver: Callable[..., Driver]) -> None:
    d = make_driver(tmp_path / "fresh")
    panel = d.window.page
    assert isinstance(panel, CreatePanel)
    assert panel.demo.isVisible()
    assert "casebook demo --vault" in panel.demo.text()
