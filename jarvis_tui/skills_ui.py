"""Skills in the cockpit. The command palette (Ctrl+P) lists the user's
skills; the chosen one asks for its parameters in a dialog, then runs
through the tool registry as the user (`run_skill`), so each step keeps its
permission tier and a step that acts opens the permission dialog. The report
(each step, the one that failed and why) goes in the conversation, as does
the report of a skill run by voice."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from jarvis_tui.core.skills.model import Skill, SkillError
from jarvis_tui.core.tools.base import Caller, ToolResult
from jarvis_tui.screens.ask_screen import AskField, AskScreen
from jarvis_tui.widgets.conversation import Conversation

if TYPE_CHECKING:
    from jarvis_tui.app import JarvisApp

COCKPIT_CALLER = Caller("user", "cockpit")


def skill_help(skill: Skill) -> str:
    """The palette's second line: what it does, its parameters, what to say."""
    params = ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in skill.params)
    parts = [skill.description or f"{len(skill.steps)} step{'s' * (len(skill.steps) != 1)}: " + ", ".join(s.target[:30] for s in skill.steps)]
    if params:
        parts.append(f"parameters: {params}")
    if skill.triggers:
        parts.append(f"say: {' / '.join(skill.triggers[:3])}")
    return " · ".join(parts)


def fields(skill: Skill) -> list[AskField]:
    """The dialog's fields: one per parameter, filled with its default."""
    return [AskField(p.name, "" if p.default is None else str(p.default).lower() if isinstance(p.default, bool) else str(p.default), p.required) for p in skill.params]


def report_text(result: ToolResult) -> str:
    """What the conversation shows of a `run_skill` call: the report, or why it did not run."""
    data: Any = result.data
    if result.ok and isinstance(data, dict) and isinstance(data.get("text"), str):
        return str(data["text"])
    return result.error or result.status


def show_report(app: JarvisApp, result: ToolResult) -> None:
    """The report of a skill run in the conversation, and a one-line notice."""
    text = report_text(result)
    app.query_one(Conversation).notice(f"⚙ {text}", error=not result.ok)
    app.notify(text.splitlines()[0], title="Skill", severity="information" if result.ok else "error")


async def run_skill(app: JarvisApp, name: str) -> None:
    """Ask for the skill's parameters (when it has any), run it as the cockpit's user, show the report.
    Runs in a worker: the dialogs are awaited."""
    await app.ready.wait()
    runtime = app.runtime
    conversation = app.query_one(Conversation)
    if runtime is None or runtime.skills is None:
        conversation.notice(f"skill {name!r} cannot run: {app.boot_error or 'no skills service in this session'}", error=True)
        return
    skill = await runtime.skills.get(name)
    if skill is None:
        conversation.notice(f"no skill named {name!r} (it may have been removed)", error=True)
        return
    values: dict[str, Any] = {}
    if skill.params:
        answer = await app.push_screen_wait(AskScreen(f"Skill: {skill.name}", skill.description or "Values for this skill's parameters:", fields=fields(skill)))
        if not isinstance(answer, dict):
            app.notify(f"skill {skill.name!r} not run", title="Skill")
            return
        try:
            values = skill.values_from_text(answer)
        except SkillError as exc:
            conversation.notice(str(exc), error=True)
            return
    conversation.notice(f"⚙ running skill {skill.name!r} ({len(skill.steps)} step{'s' * (len(skill.steps) != 1)})")
    result = await runtime.toolbox.call("run_skill", {"name": skill.name, "params": values}, caller=COCKPIT_CALLER)
    show_report(app, result)


class SkillCommands(Provider):
    """The palette's skills section: every skill of the user, by name."""

    async def startup(self) -> None:
        runtime = getattr(self.app, "runtime", None)
        skills = getattr(runtime, "skills", None)
        self.skills: list[Skill] = await skills.all_skills() if skills is not None else []

    def _run(self, name: str) -> None:
        self.app.run_worker(run_skill(self.app, name), group="skills", exit_on_error=False)  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for skill in self.skills:
            title = f"Skill: {skill.name}"
            yield DiscoveryHit(Content(title), partial(self._run, skill.name), text=title, help=skill_help(skill))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for skill in self.skills:
            title, help_text = f"Skill: {skill.name}", skill_help(skill)
            score = max(matcher.match(title), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, skill.name), text=title, help=help_text)
