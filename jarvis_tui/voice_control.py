"""The cockpit's voice: push-to-talk on Ctrl+T (the seed's CTRL), what was
heard and decided shown as it happens, a "did you mean …?" before any
uncertain command, commands run through the tool registry and its
permissions, everything else sent to the commander, and answers spoken in
the voice (-v) and keyboard+speech (-k) modes — interrupted by the voice key.

The voice service loads a Whisper model, so it starts on first use (at boot
in -v and -k); when it cannot run (no model, no PortAudio, no microphone)
one line says why and the rest of the cockpit works."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from jarvis_tui.core.text import printable
from jarvis_tui.core.voice.events import VoiceDecision, VoiceTranscript

if TYPE_CHECKING:
    from jarvis_tui.app import JarvisApp
    from jarvis_tui.core.voice.audio import Samples
    from jarvis_tui.core.voice.service import VoiceResult, VoiceService

SPEAKING_MODES = ("voice", "keyboard")


def voice_line(event: VoiceTranscript | VoiceDecision) -> str:
    """What was heard (raw → corrected), then what was decided: the voice strip's
    line, and (after a 🎤) the conversation's notice."""
    if isinstance(event, VoiceTranscript):
        heard = event.corrected if event.raw == event.corrected else f"{event.raw} → {event.corrected}"
        return f"heard: {printable(heard, one_line=True)}"
    what = {"run": f"runs {event.command}", "confirm": f"did you mean {event.command}?", "reject": "sent to the commander"}.get(event.decision, event.decision)
    return f"{printable(event.text, one_line=True)} → {what}"


class VoiceControl:
    def __init__(self, app: JarvisApp) -> None:
        self.app = app

    async def service(self) -> VoiceService | None:
        """The runtime's voice service, started now if need be; None (and why, on screen) when it cannot run."""
        runtime = self.app.runtime
        if runtime is None:
            self.app.notify("the services are still starting", title="Talk", severity="warning")
            return None
        voice = await runtime.start_voice()
        if voice.unavailable:
            self._unavailable(f"voice cannot run: {voice.unavailable}; type your request instead", title="Talk")
            return None
        return voice

    async def prepare(self) -> None:
        """At start-up in -v and -k: load the voice now (not at the first answer)
        and say on the voice strip when there is no microphone to listen with."""
        voice = await self.service()
        if voice is not None and (missing := voice.microphone_unavailable()):
            self._unavailable(f"{missing}; type instead", title=None)

    def _unavailable(self, reason: str, *, title: str | None) -> None:
        """Why voice cannot listen: on the voice strip, and as a notice when a title is given."""
        from jarvis_tui.widgets.voice_strip import VoiceStrip

        if title is not None:
            self.app.notify(reason, title=title, severity="warning")
        self.app.query_one(VoiceStrip).update_state(listening="unavailable", reason=reason)

    async def talk(self) -> None:
        """Ctrl+T: stop speaking; else start listening, or stop and act on what was heard."""
        voice = await self.service()
        if voice is None:
            return
        if voice.speaker.speaking:
            voice.stop_speaking()
            return
        missing = voice.microphone_unavailable()
        if missing:
            self._unavailable(f"{missing}; type your request instead", title="Talk")
            return
        from jarvis_tui.core.voice.errors import VoiceUnavailable

        try:
            result = await voice.toggle()
        except VoiceUnavailable as exc:
            self._unavailable(f"voice cannot listen: {exc}; type your request instead", title="Talk")
            return
        if result is None:
            self.app.notify("listening… Ctrl+T again when you are done", title="Talk")
            return
        await self.act(result)

    async def listen_for_wake_word(self, blocks: AsyncIterator[Samples] | None = None) -> None:
        """The wake word ("hey jarvis"), then the command that follows, for as
        long as the mode lasts: on the microphone, or on `blocks` (16 kHz mono)."""
        from jarvis_tui.core.voice.errors import VoiceUnavailable

        voice = await self.service()
        if voice is None:
            return
        if blocks is None and (missing := voice.microphone_unavailable()):
            self._unavailable(f"{missing}; no wake word, type instead", title="Voice")  # the strip shows the cause: "no microphone"
            return
        try:
            async for result in voice.listen_for_wake_word(blocks if blocks is not None else voice.live_blocks()):
                await self.act(result)
        except VoiceUnavailable as exc:
            self._unavailable(f"no wake word: {exc}; Ctrl+T or type instead", title="Voice")

    async def act(self, result: VoiceResult) -> None:
        """Carry out what the matcher decided: a command (asking first when it
        is not certain), or the words as a request to the commander."""
        from jarvis_tui.core.voice.matcher import Decision
        from jarvis_tui.core.voice.matcher_dispatch import dispatch
        from jarvis_tui.screens.ask_screen import AskScreen

        runtime = self.app.runtime
        decision = result.decision
        text = result.corrected
        if runtime is None or not isinstance(decision, Decision) or not text.strip():
            self.app.notify("nothing was heard", title="Talk")
            return
        outcome = await dispatch(decision, runtime.toolbox, cockpit=self._cockpit_action)
        if outcome.kind == "ask_user":
            answer = await self.app.push_screen_wait(AskScreen("Did you mean…?", f"“{text}” → {decision.command}?"))
            if answer != "yes":
                return
            outcome = await dispatch(decision, runtime.toolbox, confirmed=True, cockpit=self._cockpit_action)
        if outcome.kind == "tool" and outcome.result is not None and outcome.result.tool == "run_skill":
            from jarvis_tui.skills_ui import show_report

            show_report(self.app, outcome.result)  # a skill's report belongs in the conversation, step by step
        elif outcome.kind == "tool" and outcome.result is not None:
            result_line = "done" if outcome.result.ok else f"{outcome.result.status}: {outcome.result.error}"
            self.app.notify(f"{decision.command}: {result_line}", title="Voice command", severity="information" if outcome.result.ok else "error")
        elif outcome.kind in ("nothing", "commander"):
            self.app.serve(text)  # not a command: a request, like a typed one

    async def _cockpit_action(self, action: str) -> None:
        await self.app.run_action(action)

    async def speak(self, answer: str) -> None:
        """Say a short spoken form of an answer (no Markdown, no code)."""
        if self.app.mode not in SPEAKING_MODES or not answer.strip():
            return
        voice = await self.service()
        if voice is not None:
            await voice.speak(answer)
