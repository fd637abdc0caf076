"""The cockpit's first-start offer: with no config it scans, shows what it
found and the config, and writes it on `w`; `n` stops the offer for good;
Esc leaves everything as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.widgets import Button

from jarvis_tui.app import make_app
from jarvis_tui.core.cluster.discover import discover
from jarvis_tui.core.cluster.init_config import DECLINED_MARKER, needs_first_run
from jarvis_tui.core.config import load_config
from jarvis_tui.screens.init_screen import InitScreen
from tests.functional.helpers import screen_text, wait_for
from tests.servers.flavours import PlainHTTP
from tests.servers.llm import OllamaNode


class Host(App[None]):
    """A bare app that shows the offer and keeps what it was dismissed with."""

    def __init__(self, screen: InitScreen) -> None:
        super().__init__()
        self.offer = screen
        self.result: Any = "not dismissed"

    def on_mount(self) -> None:
        self.push_screen(self.offer, self._done)

    def _done(self, result: Path | None) -> None:
        self.result = result


def scanning(*ports: int) -> Any:
    return lambda: discover(server_ports=list(ports), exporter_ports=[])


async def test_w_writes_the_config_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    with OllamaNode(models=["qwen3:1.7b"]) as node:
        app = Host(InitScreen(path, scan=scanning(node.port)))
        async with app.run_test(size=(120, 36)) as pilot:
            write = app.offer.query_one("#init-write", Button)
            found = f"OL1   Ollama 0.12.0 at http://127.0.0.1:{node.port}"
            # The button is enabled before the next frame draws the result: wait for what is shown.
            await wait_for(pilot, lambda: found in screen_text(app) and "[[nodes]]" in screen_text(app), what="the scan")
            assert not write.disabled
            await pilot.press("w")
            await wait_for(pilot, lambda: app.result != "not dismissed", what="the dismissal")
    assert app.result == path
    assert [n.name for n in load_config(path).nodes] == ["OL1"]


async def test_nothing_found_offers_nothing_to_write(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with PlainHTTP() as web:
        app = Host(InitScreen(path, scan=scanning(web.port)))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(pilot, lambda: "No LLM server with a model answered" in screen_text(app), what="the advice")
            assert "jarvis-tui --init --scan 10.5.0.2" in screen_text(app)
            assert app.offer.query_one("#init-write", Button).disabled
            await pilot.press("w")  # nothing to write: it stays
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.result != "not dismissed")
    assert app.result is None and not path.exists()


async def test_n_stops_the_offer_for_good(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    app = Host(InitScreen(path, scan=scanning()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await wait_for(pilot, lambda: app.result != "not dismissed")
    assert app.result is None and (tmp_path / DECLINED_MARKER).is_file()
    assert not path.exists() and not needs_first_run(path)


async def test_the_cockpit_offers_it_on_first_start_only(tmp_path: Path) -> None:
    assert needs_first_run()  # the functional fixtures give an empty config dir
    app = make_app(load_config(), cursor_blink=False, monitor=False)
    app.offer_init = True  # as run_app sets it with no config file
    async with app.run_test(size=(160, 48)) as pilot:
        await app.ready.wait()
        await wait_for(pilot, lambda: isinstance(app.screen, InitScreen), what="the offer")
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, InitScreen), what="the cockpit")
    quiet = make_app(load_config(), cursor_blink=False, monitor=False)  # tests and --config: no offer
    async with quiet.run_test(size=(160, 48)) as pilot:
        await quiet.ready.wait()
        await pilot.pause(0.2)
        assert not isinstance(quiet.screen, InitScreen)
