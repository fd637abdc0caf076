"""Writes `data/voice/commands.toml`: the voice command catalogue, generated
systematically (families × objects) so that every object of a family gets
the same, natural phrasings in French and English.

    python -m jarvis_tui.core.voice.catalogue_gen > data/voice/commands.toml

The generated file is the catalogue users read and edit; a test checks it
still equals this module's output, so the two never drift apart silently.
Template syntax (hassil's): `(a|b)` alternatives, `[x]` optional, `{slot}`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Tools of the registry whose tier is act or danger: a voice command that
# runs one asks first (as does any command that moves money or deletes).
ASKING_TOOLS = frozenset({
    "open_app", "close_app", "open_url", "kill_process", "focus_window", "minimize_window", "maximize_window", "send_keys", "type_text",
    "press_hotkey", "clipboard_get", "clipboard_set", "volume_up", "volume_down", "volume_mute", "volume_set", "screenshot", "lock_screen",
    "shutdown_pc", "restart_pc", "sleep_pc", "start_service", "stop_service", "open_folder", "delete_item", "lm_load_model",
    "lm_unload_model", "lm_switch_coder", "lm_switch_dev", "ollama_pull", "trading_execute_signal", "trading_close_position", "trading_resume",
    "brain_learn", "create_skill", "remove_skill",
})
ASKING_COCKPIT = frozenset({"quit"})


@dataclass(frozen=True)
class Cmd:
    id: str
    family: str
    description: str
    fr: tuple[str, ...]
    en: tuple[str, ...]
    tool: str = ""
    cockpit: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    platform_args: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def confirm(self) -> bool:
        return self.tool in ASKING_TOOLS or self.cockpit in ASKING_COCKPIT


@dataclass(frozen=True)
class App:
    """A desktop application: its spoken names and its program, process and
    window title on Linux (`program`), Windows and macOS."""

    key: str
    label: str
    fr: str
    en: str
    program: str
    win: str
    mac: str
    process: str = ""
    title: str = ""


APPS = (
    App("firefox", "Firefox", "(firefox|mozilla firefox|le navigateur firefox)", "(firefox|mozilla firefox|the firefox browser)", "firefox", "firefox", "Firefox"),
    App("chrome", "Google Chrome", "[google] chrome", "[google] chrome", "google-chrome", "chrome", "Google Chrome", "chrome", "Chrome"),
    App("edge", "Microsoft Edge", "[microsoft] edge", "[microsoft] edge [browser]", "microsoft-edge", "msedge", "Microsoft Edge", "msedge", "Edge"),
    App("brave", "Brave", "(brave|le navigateur brave)", "brave [browser]", "brave-browser", "brave", "Brave Browser", "brave", "Brave"),
    App("vscode", "Visual Studio Code", "(vs code|vscode|visual studio code)", "(vs code|vscode|visual studio code)", "code", "code", "Visual Studio Code", "code", "Visual Studio Code"),
    App("terminal", "the terminal", "([le|un] terminal|[la|une] console)", "[the|a] (terminal|console)", "x-terminal-emulator", "wt", "Terminal", "gnome-terminal", "Terminal"),
    App("files", "the file manager", "(l'explorateur de fichiers|le gestionnaire de fichiers|l'explorateur)", "[the] (file explorer|file manager|file browser)",
        "nautilus", "explorer", "Finder", "nautilus", "Files"),
    App("calculator", "the calculator", "[la] calculatrice", "[the] calculator", "gnome-calculator", "calc", "Calculator", "gnome-calculator", "Calculator"),
    App("editor", "the text editor", "[le] (bloc-notes|bloc notes|éditeur de texte)", "[the] (notepad|text editor)", "gedit", "notepad", "TextEdit", "gedit", "Text Editor"),
    App("spotify", "Spotify", "spotify", "spotify", "spotify", "spotify", "Spotify"),
    App("vlc", "VLC", "[le lecteur] vlc", "vlc [player]", "vlc", "vlc", "VLC"),
    App("discord", "Discord", "discord", "discord", "discord", "discord", "Discord"),
    App("slack", "Slack", "slack", "slack", "slack", "slack", "Slack"),
    App("telegram", "Telegram", "telegram", "telegram", "telegram-desktop", "telegram", "Telegram"),
    App("thunderbird", "Thunderbird", "thunderbird", "thunderbird", "thunderbird", "thunderbird", "Thunderbird"),
    App("outlook", "Outlook", "outlook", "outlook", "outlook", "outlook", "Microsoft Outlook"),
    App("teams", "Microsoft Teams", "[microsoft] teams", "[microsoft] teams", "teams", "ms-teams", "Microsoft Teams"),
    App("word", "Word", "[microsoft] word", "[microsoft] word", "libreoffice --writer", "winword", "Microsoft Word", "winword", "Word"),
    App("excel", "Excel", "[microsoft] excel", "[microsoft] excel", "libreoffice --calc", "excel", "Microsoft Excel", "excel", "Excel"),
    App("powerpoint", "PowerPoint", "[microsoft] powerpoint", "[microsoft] powerpoint", "libreoffice --impress", "powerpnt", "Microsoft PowerPoint", "powerpnt", "PowerPoint"),
    App("libreoffice", "LibreOffice", "libre office", "libre office", "libreoffice", "soffice", "LibreOffice", "soffice", "LibreOffice"),
    App("gimp", "GIMP", "gimp", "gimp", "gimp", "gimp", "GIMP"),
    App("obs", "OBS Studio", "(obs|obs studio)", "(obs|obs studio)", "obs", "obs64", "OBS", "obs", "OBS"),
    App("steam", "Steam", "steam", "steam", "steam", "steam", "Steam"),
    App("lmstudio", "LM Studio", "lm studio", "lm studio", "lm-studio", "LM Studio", "LM Studio", "lm-studio", "LM Studio"),
    App("taskmanager", "the task manager", "[le] (gestionnaire des tâches|moniteur système)", "[the] (task manager|system monitor)",
        "gnome-system-monitor", "taskmgr", "Activity Monitor", "gnome-system-monitor", "System Monitor"),
    App("settings", "the settings", "(les paramètres|les réglages)", "[the] settings", "gnome-control-center", "ms-settings:", "System Settings",
        "gnome-control-center", "Settings"),
    App("blender", "Blender", "blender", "blender", "blender", "blender", "Blender"),
    App("pycharm", "PyCharm", "pycharm", "pycharm", "pycharm", "pycharm64", "PyCharm"),
    App("postman", "Postman", "postman", "postman", "postman", "postman", "Postman"),
    App("notion", "Notion", "notion", "notion", "notion", "notion", "Notion"),
    App("obsidian", "Obsidian", "obsidian", "obsidian", "obsidian", "obsidian", "Obsidian"),
)


def _platform(win: dict[str, Any], mac: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"win32": win, "darwin": mac}


def _program_args(program: str) -> dict[str, Any]:
    # `libreoffice --calc`: a program and its arguments, never a shell line.
    name, *rest = program.split()
    return {"name": name, "args": rest} if rest else {"name": name}


_FR_ARTICLES = frozenset({"le", "la", "les", "un", "une", "l'"})


def _split_top(body: str) -> list[str]:
    """`a|(b|c) d|e` -> ["a", "(b|c) d", "e"]: the alternatives of a group, nested groups kept whole."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(body):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    return [*parts, body[start:]]


def _group(name: str) -> list[str] | None:
    """The alternatives of `name` when it is one `( ... )` group, else None."""
    if not (name.startswith("(") and name.endswith(")")):
        return None
    depth = 0
    for i, c in enumerate(name):
        depth += 1 if c == "(" else -1 if c == ")" else 0
        if depth == 0 and i < len(name) - 1:
            return None  # "(a) (b)": two groups
    return _split_top(name[1:-1])


def _of_fr(name: str) -> str:
    """The French "of the X" form: `[le] terminal` -> `du terminal`, `(les a|les b)` -> `(des a|des b)`,
    `[le lecteur] vlc` -> `(du lecteur vlc|de vlc)`."""
    if name.startswith("["):
        optional, rest = name[1:].split("] ", 1)
        choices = optional.split("|")
        if not all(c in _FR_ARTICLES for c in choices):
            return f"({_of_fr(optional + ' ' + rest)}|{_of_fr(rest)})"
        name = f"{choices[0]} {rest}"  # "[la|une] console" -> "la console"
    parts = _group(name)
    if parts is not None:
        return "(" + "|".join(_of_fr(part) for part in parts) + ")"
    for article, contracted in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if name.startswith(article):
            return contracted + name[len(article):]
    return f"de {name}"


def _bare(name: str) -> str:
    """A name without its leading article: `[the] calculator` -> `calculator`, `(x|the x browser)` -> `(x|x browser)`."""
    if name.startswith("["):
        name = name.split("] ", 1)[1]
    parts = _group(name)
    if parts is not None:
        return "(" + "|".join(_bare(part) for part in parts) + ")"
    return name.removeprefix("the ")


def app_commands() -> Iterator[Cmd]:
    for a in APPS:
        process, title = a.process or a.program, a.title or a.label
        of_fr, bare_en = _of_fr(a.fr), _bare(a.en)
        open_args = _program_args(a.program)
        yield Cmd(f"app.open.{a.key}", "applications", f"Open {a.label}.",
                  (f"(ouvre|ouvrir|lance|lancer|démarre|démarrer|mets) [moi] {a.fr}", f"(ouvre|lance) l'application {of_fr}"),
                  (f"(open|open up|launch|start|start up|run|fire up|pull up|boot up|load up) {a.en}", f"get {a.en} (running|going|open|up)", f"(i want|get me) {a.en} [open]",
                   f"(start|fire|boot) {a.en} up", f"(open|launch|start|pull up|bring up) the {bare_en} app"),
                  tool="open_app", args=open_args, platform_args=_platform({"name": a.win}, {"name": a.mac}))
        yield Cmd(f"app.close.{a.key}", "applications", f"Close {a.label} (asks it to quit).",
                  (f"(ferme|fermer|quitte|quitter|arrête|stoppe) {a.fr}", f"(ferme|quitte) l'application {of_fr}"),
                  (f"(close|close out of|quit|exit|get out of|shut|shut down|stop) {a.en}", f"(close|quit) the {bare_en} app", f"shut {a.en} down"),
                  tool="close_app", args={"name": process}, platform_args=_platform({"name": a.win}, {"name": a.mac}))
        yield Cmd(f"app.kill.{a.key}", "applications", f"Kill {a.label}'s processes.",
                  (f"(tue|termine|arrête de force) {a.fr}", f"(arrête|termine) {a.fr} de force", f"force (la fermeture|l'arrêt) {of_fr}",
                   f"(tue|termine) (le processus|les processus) {of_fr}", f"force {a.fr} à (se fermer|quitter)", f"fais un kill {of_fr}"),
                  (f"(kill|force quit|force close|terminate|end) {a.en}", f"(kill|end) the {bare_en} (process|task)", f"(kill|end) [all] {a.en} processes", f"force kill {a.en}", f"force {a.en} to (quit|close)",
                   f"(force|kill) the {bare_en} app"),
                  tool="kill_process", args={"target": process}, platform_args=_platform({"target": a.win}, {"target": a.mac}))
        yield Cmd(f"window.focus.{a.key}", "windows", f"Bring {a.label}'s window to the front.",
                  (f"(passe sur|va sur|bascule sur|reviens sur|retourne sur|repasse sur|affiche|bascule vers) {a.fr}",
                   f"(mets|remets) {a.fr} (au premier plan|devant)", f"(affiche|va sur|passe sur|reviens sur|montre [moi]) la fenêtre {of_fr}", f"(retourne|reviens|va) dans {a.fr}",
                   # "montre-moi Spotify" brings its window up, as "show me Spotify" does.
                   f"montre [moi] {a.fr}", f"(fais moi revenir|ramène moi) (sur|dans) {a.fr}",
                   f"mets la fenêtre {of_fr} au premier plan"),
                  (f"(switch to|switch back to|go to|go back to|back to|jump to|bring up|focus [on]|show) {a.en}", f"(jump|take me|bring me) back to {a.en}",
                   f"bring {a.en} [back] to the front", f"(focus [on]|show [me]|switch to|go to|bring up) the {bare_en} window", f"put {a.en} in front",
                   f"bring the {bare_en} window to the front"),
                  tool="focus_window", args={"title": title})
        yield Cmd(f"window.minimize.{a.key}", "windows", f"Minimize {a.label}'s window.",
                  (f"(réduis|minimise|cache) {a.fr}", f"(réduis|minimise|cache) la fenêtre {of_fr}", f"(mets|envoie|range) {a.fr} dans la barre des tâches"),
                  (f"(minimize|hide|shrink) {a.en}", f"(minimize|hide|shrink) the {bare_en} window", f"(put|send) {a.en} (down in|to) the taskbar",
                   f"get {a.en} out of the way"),
                  tool="minimize_window", args={"title": title})
        yield Cmd(f"window.maximize.{a.key}", "windows", f"Maximize {a.label}'s window.",
                  (f"(agrandis|maximise) {a.fr}", f"(agrandis|maximise) la fenêtre {of_fr}", f"(mets|affiche) {a.fr} (en plein écran|en grand)",
                   f"mets la fenêtre {of_fr} en plein écran", f"{a.fr} en plein écran", f"(mets|affiche) {a.fr} sur tout l'écran"),
                  (f"(maximize|expand|blow up|enlarge) {a.en}", f"(maximize|expand|blow up) the {bare_en} window",
                   f"make {a.en} (full screen|full size|fill the screen)", f"go full (size|screen) on {a.en}",
                   f"make the {bare_en} window (full screen|fill the screen|bigger)", f"make {a.en} (take|fill|use) the (whole|full|entire) screen"),
                  tool="maximize_window", args={"title": title})


# (key, label, spoken names (French and English alike), URL)
SITES = (
    ("youtube", "YouTube", "youtube", "https://www.youtube.com"),
    ("google", "Google", "google", "https://www.google.com"),
    ("gmail", "Gmail", "(gmail|mes mails|mes e-mails|ma boîte mail)", "https://mail.google.com"),
    ("github", "GitHub", "github", "https://github.com"),
    ("chatgpt", "ChatGPT", "chatgpt", "https://chatgpt.com"),
    ("claude", "Claude", "claude [ai]", "https://claude.ai"),
    ("wikipedia", "Wikipedia", "(wikipedia|wikipédia)", "https://www.wikipedia.org"),
    ("netflix", "Netflix", "netflix", "https://www.netflix.com"),
    ("twitch", "Twitch", "twitch", "https://www.twitch.tv"),
    ("twitter", "X (Twitter)", "twitter", "https://x.com"),
    ("reddit", "Reddit", "reddit", "https://www.reddit.com"),
    ("linkedin", "LinkedIn", "linkedin", "https://www.linkedin.com"),
    ("amazon", "Amazon", "amazon", "https://www.amazon.fr"),
    ("maps", "Google Maps", "google maps", "https://maps.google.com"),
    ("drive", "Google Drive", "google drive", "https://drive.google.com"),
    ("stackoverflow", "Stack Overflow", "stack overflow", "https://stackoverflow.com"),
    ("huggingface", "Hugging Face", "hugging face", "https://huggingface.co"),
    ("tradingview", "TradingView", "trading view", "https://www.tradingview.com"),
    ("mexc", "MEXC", "mexc", "https://www.mexc.com"),
    ("binance", "Binance", "binance", "https://www.binance.com"),
    ("coingecko", "CoinGecko", "coingecko", "https://www.coingecko.com"),
    ("coinmarketcap", "CoinMarketCap", "coinmarketcap", "https://coinmarketcap.com"),
    ("deepl", "DeepL", "deepl", "https://www.deepl.com/translator"),
    ("translate", "Google Translate", "(google traduction|google translate|traducteur google)", "https://translate.google.com"),
    ("whatsapp", "WhatsApp Web", "whatsapp", "https://web.whatsapp.com"),
    ("facebook", "Facebook", "facebook", "https://www.facebook.com"),
    ("instagram", "Instagram", "instagram", "https://www.instagram.com"),
    ("ollama", "the Ollama model library", "la bibliothèque ollama", "https://ollama.com/library"),
)


def site_commands() -> Iterator[Cmd]:
    for key, label, spoken, url in SITES:
        en = "the ollama library" if key == "ollama" else spoken.replace("mes mails|mes e-mails|ma boîte mail", "my mail|my email|my inbox")
        fr = [f"(ouvre|va sur|affiche|mets) [le site] {spoken}", f"(ouvre|affiche) [moi] {spoken} dans le navigateur"]
        en_phrasings = [f"(open|open up|go to|show me|take me to|pull up|bring up|load|visit) {en}", f"open {en} in the browser"]
        if key == "gmail":  # one reads one's mail
            fr.append(f"(regarde|consulte|lis) {spoken}")
            en_phrasings.append(f"(check|read) {en}")
        elif key != "ollama":  # a site's name (not "my mail", not "the library") can be said with "site" or "home page"
            fr.append(f"(ouvre|affiche [moi]|va sur) la page d'accueil de {spoken}")
            en_phrasings.extend((f"(open|go to|take me to|load) the {en} (website|home page)", f"put {en} on", f"(browse|check) {en}"))
            if " " not in spoken and "(" not in spoken:  # a one-word name is said with its domain: "github dot com"
                en_phrasings.append(f"(open|go to) {en} dot com")
        yield Cmd(f"web.open.{key}", "web", f"Open {label} in the browser.", tuple(fr), tuple(en_phrasings), tool="open_url", args={"url": url})


# (key, keys, description, French phrasings, English phrasings)
HOTKEYS = (
    ("window.close", "alt+f4", "Close the active window.", ("ferme [cette|la] fenêtre [active]",), ("close [this|the] [current] window",)),
    ("window.next", "alt+tab", "Switch to the next window.", ("fenêtre suivante", "change de fenêtre", "(passe|va) à la (fenêtre suivante|fenêtre d'après|prochaine fenêtre|autre fenêtre)"),
     ("next window", "switch window[s]", "(switch|go) to the (next|other) window")),
    ("window.desktop", "super+d", "Show the desktop.", ("affiche le bureau", "montre [moi] le bureau", "(réduis|cache|minimise) (toutes les fenêtres|tout)", "(réduis|cache) tout ce qui est ouvert",
                                                         "(va|emmène moi) sur le bureau"),
     ("show [the] desktop", "(minimize|hide) all [the] windows", "(minimize|hide) everything", "(go|take me) to the desktop")),
    ("window.fullscreen", "f11", "Toggle full screen.", ("plein écran", "(passe|mets) en [mode] plein écran", "(quitte|enlève|sors du) [mode] plein écran", "mode plein écran"),
     ("full screen [mode]", "(go|toggle) full screen [mode]", "(exit|leave|enter) full screen [mode]", "make it full screen")),
    ("browser.new_tab", "ctrl+t", "Open a new tab.", ("[ouvre un] nouvel onglet", "(ouvre|crée) un autre onglet"), ("[(open|give me) a] new tab", "(open|give me) (another|one more) tab")),
    ("browser.close_tab", "ctrl+w", "Close the current tab.", ("ferme [l'|cet] onglet [actuel]",), ("close [the|this] [current] tab",)),
    ("browser.next_tab", "ctrl+Tab", "Go to the next tab.", ("onglet suivant", "(passe|va) (à|sur) l'onglet (suivant|d'après|de droite)", "onglet (à droite|de droite)"),
     ("next tab", "(go|switch) to the next tab", "(go|switch) to the tab on the right", "(tab|one tab) (right|to the right|forward)")),
    ("browser.previous_tab", "ctrl+shift+Tab", "Go to the previous tab.", ("onglet précédent", "(reviens|retourne|passe|va) (à|sur) l'onglet (précédent|d'avant|de gauche)", "onglet (à gauche|de gauche)"),
     ("previous tab", "[(go|switch)] back to the previous tab", "(go|switch) to the previous tab", "(go|switch) to the tab on the left", "(tab|one tab) (left|to the left|back)", "[(go|switch)] [back] to the tab before", "the tab before")),
    ("browser.reopen_tab", "ctrl+shift+t", "Reopen the last closed tab.", ("rouvre [le dernier] onglet [fermé]", "(rouvre|remets|ramène|récupère) l'onglet que je viens de fermer", "(remets|ramène|récupère) le dernier onglet [fermé]"),
     ("reopen [the] [last] [closed] tab", "reopen the tab i just closed", "bring back the (last|closed) tab", "undo close tab")),
    ("browser.new_window", "ctrl+n", "Open a new window.", ("[ouvre une] nouvelle fenêtre",), ("[(open|give me) a] new window",)),
    ("browser.refresh", "F5", "Reload the page.", ("(actualise|rafraîchis|recharge) [la page]",), ("(refresh|reload) [the page]", "(hit|press) refresh")),
    ("browser.back", "alt+Left", "Go back a page.", ("page précédente", "page d'avant", "(reviens|retourne) en arrière", "(reviens|retourne) à la page (précédente|d'avant)"),
     ("go back [a page|one page]", "back one page", "previous page", "[go] back to the (previous|last) page", "take me back to the (previous|last) page")),
    ("browser.forward", "alt+Right", "Go forward a page.", ("page suivante", "va en avant", "avance d'une page", "(va|passe) à la page (suivante|d'après)"),
     ("go forward [a page|one page]", "forward one page", "next page")),
    ("browser.find", "ctrl+f", "Find in the page.", ("(cherche|recherche) dans (la|cette) page", "ouvre la recherche dans la page"),
     ("find (in|on) [the|this] page", "search [in] [this] page", "search this page for a word")),
    ("browser.zoom_in", "ctrl+plus", "Zoom the page in.", ("zoom avant", "grossis [le texte]", "agrandis le texte [de la page]", "zoome [la page]", "(augmente|monte) le zoom [de la page]", "augmente la taille du texte"),
     ("zoom in [a bit]", "make [the] text bigger", "(enlarge|increase) the text [size]")),
    ("browser.zoom_out", "ctrl+minus", "Zoom the page out.", ("zoom arrière", "rapetisse [le texte]", "réduis (le texte|la taille du texte)", "dézoome [la page]", "(réduis|diminue|baisse) le zoom [de la page]", "diminue la taille du texte"),
     ("zoom out [a bit]", "make [the] text smaller", "shrink the text", "(reduce|decrease) the text size")),
    ("browser.zoom_reset", "ctrl+0", "Reset the page zoom.", ("zoom (normal|par défaut)", "remets le zoom (à zéro|normal|à la normale|par défaut|à cent pour cent)", "réinitialise le zoom"),
     ("reset [the] zoom", "normal zoom", "(set|put) [the] zoom back to (normal|default)", "zoom back to normal", "(reset|set) the zoom [back] to one hundred percent")),
    ("edit.copy", "ctrl+c", "Copy the selection.", ("copie [la sélection|ça|le texte [sélectionné]|ce que j'ai sélectionné]",),
     ("copy [the selection|that|this|the selected text|what i selected]",)),
    ("edit.paste", "ctrl+v", "Paste.", ("colle [ça|le texte|ce que j'ai copié]",), ("paste [it|that|this|what i copied] [here]",)),
    ("edit.cut", "ctrl+x", "Cut the selection.", ("coupe (la sélection|ça|le texte [sélectionné]|ce que j'ai sélectionné)",),
     ("cut [the selection|that|this|the selected text|what i selected]",)),
    ("edit.undo", "ctrl+z", "Undo.", ("annule la dernière (modification|modif|action)", "défais [ça]", "annule ce que je viens de faire"),
     ("undo [that|the last change]", "take back [that|the] last change")),
    ("edit.redo", "ctrl+y", "Redo.", ("rétablis [la modification|ce que j'ai annulé]", "refais [ça|la dernière (modification|modif|action)]"),
     ("redo [that|the last change|what i just undid]",)),
    ("edit.select_all", "ctrl+a", "Select everything.", ("sélectionne tout [le texte]",), ("(select|highlight) all [the text]", "(select|highlight) everything")),
    ("edit.save", "ctrl+s", "Save.", ("(enregistre|sauvegarde) [le fichier|le document|mon travail]",), ("save [the file|it|this|the document|my work]",)),
    ("edit.print", "ctrl+p", "Print.", ("imprime [ça|le document|ce document|la page]", "lance l'impression [du document|de la page]"),
     ("print [this|the document|this page|the page]",)),
    ("key.enter", "Return", "Press Enter.", ("(appuie sur|tape|fais) entrée", "valide", "valide (avec|par) entrée"), ("(press|hit) (enter|return)", "(confirm|validate|submit) (with|by pressing) (enter|return)")),
    ("key.escape", "Escape", "Press Escape.", ("(appuie sur|tape|fais) (échap|échappe)", "échap"), ("(press|hit) [the] escape [key]",)),
    ("key.page_down", "Page_Down", "Scroll one page down.", ("descends [un peu|d'une page]", "descends [un peu] la page", "page du bas", "(fais défiler|défile) vers le bas"),
     ("scroll down [a bit] [the page]", "page down", "go down a page")),
    ("key.page_up", "Page_Up", "Scroll one page up.", ("remonte [un peu|d'une page]", "remonte [un peu] la page", "page du haut", "(fais défiler|défile) vers le haut"),
     ("scroll up [a bit] [the page]", "page up", "go up a page")),
    ("key.top", "ctrl+Home", "Go to the top.", ("(va|remonte|retourne) tout en haut", "(va|retourne) en haut [de la page]", "(va|retourne|reviens) au début de la page"),
     ("[go] back to the top", "(go|jump|take me) to the (top|beginning) [of the page]", "scroll [all the way] to the top", "go all the way up")),
    ("key.bottom", "ctrl+End", "Go to the bottom.", ("(va|descends) tout en bas", "va en bas [de la page]", "va à la fin de la page"),
     ("(go|jump|take me) to the (bottom|end) [of the page]", "scroll [all the way] to the bottom", "go all the way down")),
    ("media.play_pause", "XF86AudioPlay", "Play or pause the music.", ("(mets|fais) pause", "mets en pause", "lecture", "(coupe|arrête|stoppe|suspends) la lecture", "(reprends|relance|remets) (la lecture|la musique)", "mets la musique en pause",
                                                                     "enlève la pause"),
     ("pause [the music|the song]", "(hit|press) (pause|play)", "play [the] music", "play", "resume [the music|playback]", "unpause [the music|the song]",
      "(start|put) the music back (up|on)", "start the music again", "(pause|stop) (the song|the music|the track|what is playing|whatever is playing) for a (second|moment|minute)")),
    ("media.next", "XF86AudioNext", "Next track.", ("(chanson|piste|musique) suivante", "passe à la (chanson|piste|musique) suivante", "(zappe|passe) cette chanson",
                                                    "mets la (chanson|piste|musique) (suivante|d'après)", "passe à la suivante", "change de (chanson|piste|musique|morceau)",
                                                    "(mets|joue) une autre (chanson|musique)"),
     ("next (song|track)", "skip [this|the] (song|track)", "skip (it|this one|that one)", "skip", "(give me|play) (another|a different) (song|track)", "play another one", "play the next (song|track)", "skip to the next (one|song|track)", "(change|switch) the (song|track)")),
    ("media.previous", "XF86AudioPrev", "Previous track.", ("(chanson|piste|musique) précédente", "(reviens|retourne) à la (chanson|piste) précédente",
                                                            "remets la (chanson|piste|musique) (d'avant|précédente)", "remets celle d'avant"),
     ("previous (song|track)", "put the (previous|last) (song|track) back on", "go back (a|one) (song|track)", "go back to the previous (song|track)", "play the (previous|last) (song|track) [again]")),
    ("media.stop", "XF86AudioStop", "Stop the music.", ("(arrête|stoppe|coupe) [complètement|totalement] la musique", "(arrête|stoppe|coupe) la musique (complètement|totalement|pour de bon)"),
     ("(stop|kill) [the|playing] music [altogether|completely|for good]", "no more music")),
)
# How shortcuts are named by their keys ("fais un contrôle s", "hit control s"): modifier and key words.
_KEY_WORDS = {"ctrl": ("(contrôle|ctrl)", "(control|ctrl)"), "alt": ("alt", "alt"), "plus": ("plus", "plus"), "minus": ("moins", "minus"), "tab": ("tab", "tab")}


def _said_keys(keys: str) -> tuple[str, str] | None:
    """A shortcut as it is said, French and English ("ctrl+s" -> "(contrôle|ctrl) s"), or None
    for keys people do not name (shift combinations, media keys)."""
    parts = keys.lower().split("+")
    if len(parts) == 1:
        return (parts[0], parts[0]) if parts[0][:1] == "f" and parts[0][1:].isdigit() else None
    if len(parts) != 2 or parts[0] not in ("ctrl", "alt"):
        return None
    key = parts[1]
    if len(key) != 1 and key not in _KEY_WORDS and not (key[:1] == "f" and key[1:].isdigit()):
        return None
    fr_key, en_key = _KEY_WORDS.get(key, (key, key))
    return f"{_KEY_WORDS[parts[0]][0]} {fr_key}", f"{_KEY_WORDS[parts[0]][1]} {en_key}"


def hotkey_commands() -> Iterator[Cmd]:
    for key, keys, description, fr, en in HOTKEYS:
        family = key.split(".")[0]
        said = _said_keys(keys)
        if said is not None:
            fr, en = (*fr, f"(fais|appuie sur|tape) [un] {said[0]}"), (*en, f"(press|hit|do) [a] {said[1]}")
        yield Cmd(key, {"window": "windows", "browser": "windows", "edit": "windows", "key": "windows", "media": "audio"}[family], description, fr, en,
                  tool="press_hotkey", args={"keys": keys})
    yield Cmd("window.list", "windows", "List the open windows.", ("(liste|montre [moi]|affiche) les fenêtres [ouvertes]", "quelles fenêtres sont ouvertes",
                                                                     "(qu'est-ce que j'ai|j'ai quoi) comme fenêtres [ouvertes]", "quelles fenêtres (j'ai|ai-je) [ouvertes]",
                                                                     "(quelles sont|c'est quoi) les fenêtres ouvertes", "combien de fenêtres (sont ouvertes|j'ai [ouvertes])"),
              ("list [the|all] [open] windows", "(show me|what are) [all] the open windows", "(what|which) windows (do i have|are) open",
               "how many windows (do i have|are) open", "what (is|do i have) open"), tool="list_windows")
    # The active window, whatever it is: the desktop's own shortcut (GNOME's, macOS's); Windows has none that SendKeys can send.
    this_fr, this_en = "(la|cette) fenêtre [active|actuelle|ouverte|de devant]", "(the|this) [current|active|open] window"
    yield Cmd("window.minimize", "windows", "Minimize the active window.",
              (f"(réduis|minimise|cache) {this_fr}", f"(mets|envoie|range) {this_fr} dans la barre des tâches", f"(réduis|minimise) {this_fr} dans la barre des tâches"),
              (f"(minimize|hide|shrink) {this_en}", f"(put|send) {this_en} (down in|to) the taskbar", f"(minimize|hide) {this_en} to the taskbar"),
              tool="press_hotkey", args={"keys": "super+h"}, platform_args=_platform({"keys": "super+h"}, {"keys": "cmd+m"}))
    yield Cmd("window.maximize", "windows", "Maximize the active window.",
              (f"(agrandis|maximise) {this_fr}", f"(mets|affiche) {this_fr} en grand", f"(agrandis|maximise) {this_fr} (en grand|au maximum)",
               f"fais prendre tout l'écran à {this_fr}"),
              (f"(maximize|expand|enlarge|blow up) {this_en}", f"make {this_en} (take|fill|use) the (whole|full|entire) screen"),
              tool="press_hotkey", args={"keys": "super+Up"}, platform_args=_platform({"keys": "super+Up"}, {"keys": "ctrl+cmd+f"}))


def audio_commands() -> Iterator[Cmd]:
    up_fr, down_fr = "(monte|augmente|hausse) [un peu] (le volume|le son)", "(baisse|diminue|descends) [un peu] (le volume|le son)"
    # A complaint about the sound ("c'est trop fort") is not taken as an order: it is too often about another sound.
    yield Cmd("volume.up", "audio", "Raise the volume by 10 %.", (up_fr, "[mets] plus fort", "(un peu|encore) plus fort", "monte un peu",
                                                                  "pousse le son"),
              ("(turn|crank) [the] (volume|sound|music) up [a bit]", "turn it up", "turn up the (volume|sound|music)", "(raise|increase|boost|bump up) the volume [a bit]",
               "volume up", "[make it] louder", "bring it up [a bit]", "make the (music|sound) louder",
               "pump up the volume", "bring [the] volume up", "bring up the volume"), tool="volume_up",
              args={"step": 10})
    yield Cmd("volume.down", "audio", "Lower the volume by 10 %.", (down_fr, "[mets] moins fort", "(un peu|encore) moins fort", "baisse un peu"),
              ("turn [the] (volume|sound|music) down [a bit]", "turn it down", "turn down the (volume|sound|music)", "(lower|decrease|drop|reduce) the volume [a bit]",
               "volume down", "[make it] quieter", "bring it down [a bit]", "make the (music|sound) quieter", "bring [the] volume down", "bring down the volume"), tool="volume_down",
              args={"step": 10})
    yield Cmd("volume.up_by", "audio", "Raise the volume by n %.", (f"{up_fr} de {{step}} [pour cent]", "(ajoute|rajoute) {step} [pour cent] (au volume|au son|de volume)"),
              ("(turn|nudge|bump|push) [the] (volume|sound) up by {step} [percent]", "add {step} [percent] to the volume", "(raise|increase|bump|boost) the volume by {step} [percent]", "(turn|crank) it up by {step} [percent]", "volume up [by] {step} (percent|%)"), tool="volume_up", args={"step": "{step}"})
    yield Cmd("volume.down_by", "audio", "Lower the volume by n %.", (f"{down_fr} de {{step}} [pour cent]", "(enlève|retire) {step} [pour cent] (au volume|du volume|de volume|au son)"),
              ("(turn|nudge|bring) [the] (volume|sound) down by {step} [percent]", "take [the] volume down [by] {step} [percent]", "take {step} [percent] off the volume", "(lower|decrease|drop|reduce) the volume by {step} [percent]", "turn it down by {step} [percent]", "volume down [by] {step} (percent|%)"), tool="volume_down", args={"step": "{step}"})
    yield Cmd("volume.set", "audio", "Set the volume to n %.",
              ("(mets|règle|passe|change|ajuste|fixe) (le volume|le son) (à|sur) {percent} [pour cent]", "(volume|son) à {percent} [pour cent]",
               "(baisse|monte|augmente|diminue|descends) (le volume|le son) à {percent} [pour cent]", "(mets|règle) le volume au niveau {percent}"),
              ("(set|put|change|turn|make|adjust) the (volume|sound|audio) (to|at) {percent} [percent]", "(volume|sound) (to|at) {percent} [percent]", "volume {percent} [percent]",
               "turn the volume (up|down) to {percent} [percent]", "(raise|lower|bring|take|drop|increase|decrease) the volume [up|down] to {percent} [percent]",
               "set volume (to|at) {percent} [percent]"),
              tool="volume_set", args={"level": "{percent}"})
    yield Cmd("volume.max", "audio", "Set the volume to 100 %.", ("(mets|monte|pousse) (le volume|le son) (à fond|au max|au maximum)", "(volume|son) (à fond|au max|au maximum)", "mets à fond", "à fond", "le plus fort possible", "(mets|monte) [le son|le volume] le plus fort possible"),
              ("(max|maximum|full) volume", "max [out] the volume", "as loud as (it goes|possible|it can go)", "(turn it|make it) as loud as (it goes|possible)", "(turn|crank|pump) [the volume|it|the music] all the way up", "(set the volume|volume) to [the] (max|maximum)",
               "(turn|crank) (the volume|it) (to the max|up to the max)", "[(put|turn|crank) it] [at|to] full blast", "(volume|sound|music) [at|to] full blast"), tool="volume_set", args={"level": 100})
    yield Cmd("volume.mute", "audio", "Mute the sound (already muted: stays muted).", ("coupe (le son|le volume)", "(mets|passe) [le son] en sourdine", "sourdine", "silence", "mode muet", "(mets|active) [le] mode muet", "(enlève|supprime) le son"),
              ("mute [the sound|the volume|the audio|it]", "turn off the (sound|volume|audio)", "turn the (sound|volume|audio) off", "kill the (sound|audio)",
               "(go|put it) on mute", "(cut|shut off) the (sound|audio)", "mute everything"), tool="volume_mute", args={"state": "on"})
    yield Cmd("volume.unmute", "audio", "Unmute the sound (never mutes it).", ("(remets|réactive|rallume) (le son|le volume)", "(enlève|retire|désactive) (la sourdine|le mode muet)", "sors de la sourdine"),
              ("unmute [the sound|the volume|the audio|it]", "turn the (sound|audio|volume) back on", "bring the sound back", "take (it|the sound) off mute"), tool="volume_mute", args={"state": "off"})


# (id, tool, args, description, French phrasings, English phrasings)
SYSTEM: tuple[tuple[str, str, dict[str, Any], str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("system.info", "system_info", {}, "Facts about this machine.", ("(infos|informations) [sur le] système", "(donne|montre) [moi] les (infos|informations) [du] système",
                                                                    "c'est quoi cette machine", "(quel genre de|quelle) machine (j'ai|c'est)", "c'est quoi comme (ordinateur|machine|pc)",
                                                                    "(quelles sont|donne [moi]) les (caractéristiques|specs) (de la machine|du pc|de l'ordinateur)",
                                                                    "(c'est quoi|quelle est|montre [moi]) la config[uration] (de la machine|du pc|de l'ordinateur|de cet ordi|de ce pc)"),
     ("system info[rmation]", "show [me] [the] system info[rmation]", "tell me about (this|my) (machine|computer|pc)", "what (kind of|sort of) (machine|computer) is this",
      "what are the specs of (this|my) (machine|computer|pc)", "[what is] (this|my) (machine|computer|pc) (config|configuration|specs)", "what (system|operating system|os) am i running")),
    ("system.cpu", "system_info", {}, "Processor use.", ("utilisation du processeur", "charge du processeur", "comment va le processeur", "combien de (processeur|cpu) (j'utilise|est utilisé)",
                                                        "est-ce que le processeur est (chargé|occupé)", "(quelle est|c'est quoi) (la charge|l'utilisation) du processeur", "le processeur est à combien",
                                                        "le processeur (travaille|bosse) beaucoup", "est-ce que le processeur est à fond", "le processeur est à fond"),
     ("[show [me]|what is] [the] cpu (usage|load)", "cpu", "processor (usage|load)", "how busy is the cpu", "how much cpu (am i using|is used|is being used)", "is the cpu busy",
      "how (hard|much) is the cpu working", "check the cpu [usage|load]", "is the (cpu|processor) (maxed out|pegged|flat out|at full load)")),
    ("system.memory", "system_info", {}, "Memory use.", ("(utilisation de la|combien de) mémoire [utilisée]", "(combien de|utilisation de la) ram [utilisée]",
                                                        "combien de (mémoire|ram) j'utilise", "[est-ce que] la (mémoire|ram) est pleine",
                                                        "(combien de (mémoire|ram) (il reste|reste-t-il|est libre|de libre|il me reste)|il (me|) reste combien de (mémoire|ram))",
                                                        "(quelle est|c'est quoi) l'utilisation de la (mémoire|ram)", "la (mémoire|ram) est à combien"),
     ("[show [me]|what is] [the] (memory|ram) usage", "how much (memory|ram) (is used|am i using|is free|is left|do i have [left]|is available)", "is [the|my] (memory|ram) full",
      "how much free (memory|ram) [do i have|is there]", "am i (out of|running out of|running low on) (memory|ram)", "how full is [the|my] (memory|ram)", "(show [me]|check) [the|my] (memory|ram)")),
    ("system.disk", "system_info", {}, "Disk space.", ("espace disque", "il reste combien (d'espace disque|de place sur le disque)",
                                                      "[est-ce que] (le|mon) disque est plein", "(utilisation|occupation) du disque", "il reste de la place sur le disque",
                                                      "combien (d'espace|de place|de stockage) (il me reste|il reste|reste-t-il|j'ai) [sur (le|mon) disque]",
                                                      "(il me reste|j'ai) combien (d'espace|de place|de stockage) [sur (le|mon) disque]",
                                                      "(quel est|c'est quoi) l'espace disque [libre|restant]"),
     ("[show [me]] [the] disk space", "how much disk space (is left|do i have [left]|is free)", "free disk space", "is (the|my) disk full",
      "how full is (the|my) disk", "how much (space|storage|room) (is left|do i have [left]) [on (the|my) disk]",
      "how much free space [is there|do i have] [on (the|my) disk]", "am i running out of (disk space|space|storage)", "check [the|my] disk space")),
    ("system.uptime", "system_info", {}, "How long the machine has been up.", ("depuis combien de temps (tourne le pc|le pc est allumé)", "temps de fonctionnement",
                                                                              "(le pc est allumé|le pc tourne) depuis quand", "depuis quand le pc est allumé",
                                                                              "ça fait combien de temps que le pc (tourne|est allumé)", "le pc est allumé depuis combien de temps"),
     ("[what is] [the] uptime", "how long has the (pc|computer|machine) been (up|on|running)", "since when (is|has) the (pc|computer|machine) (been|) (up|on|running)",
      "when did (this|the) (pc|computer|machine) last (reboot|restart|start)")),
    ("system.gpu", "gpu_info", {}, "This machine's GPUs.", ("(infos|informations) (gpu|carte graphique)", "quelle carte graphique [j'ai]",
                                                           "quelle carte graphique il y a dans (la machine|le pc|cette machine|ce pc|l'ordinateur|cet ordi)", "j'ai quoi comme (carte graphique|gpu)", "(quel|c'est quoi mon) (gpu|carte graphique) [j'ai]",
                                                           "c'est quoi ma carte graphique"),
     ("gpu info[rmation]", "graphics card info[rmation]", "(which|what) (graphics card|gpu|video card) do i have", "(which|what) (graphics card|gpu) is in (this|the) (machine|computer|pc)",
      "tell me about (my|this) (gpu|graphics card)", "what is my (gpu|graphics card)",
      "what (graphics card|gpu) does (this|the|my) (machine|computer|pc) have")),
    ("system.network", "network_info", {}, "Network interfaces and traffic.", ("(infos|informations) réseau", "état (du réseau|de la connexion [réseau])",
                                                                              "(dans quel état est le réseau|le réseau est dans quel état)", "comment va le réseau", "est-ce que le réseau va bien", "(montre [moi]|affiche) [l'état du] réseau",
                                                                              "(montre [moi]|affiche) (le trafic réseau|les interfaces réseau)", "(trafic|interfaces) réseau"),
     ("[show [me]|what is] [the] network (info[rmation]|status|interfaces|traffic)", "how is the network [doing]", "is the network (ok|okay|fine)", "check the network")),
    ("system.ip", "get_ip", {}, "This machine's IP addresses.", ("(quelle est|donne [moi]|c'est quoi) [mon|l'] adresse ip", "mon ip", "(quelle est|c'est quoi) mon ip", "j'ai quelle [adresse] ip"),
     ("what is my ip [address]", "(show|give|tell) me my ip [address]", "my ip [address]", "(what|which) ip (do i have|am i on)", "what is the ip [address] of this (machine|computer|pc)")),
    ("system.wifi", "wifi_networks", {}, "Wi-Fi networks in range.", ("(liste|montre [moi]|affiche) les réseaux wi-fi [autour|disponibles]", "quels réseaux wi-fi sont disponibles",
                                                                     "quels (wi-fi|réseaux wi-fi) je capte", "je peux me connecter à quels (wi-fi|réseaux wi-fi) [ici]", "(à quels|quels) (wi-fi|réseaux wi-fi) (je peux|puis-je) me connecter [ici]"),
     ("list [the] wi-fi networks", "(which|what) wi-fi networks are (available|around)", "scan for wi-fi [networks] [around here]", "(which|what) wi-fi networks can you see", "(which|what) (wi-fi|wi-fi networks) can i (connect to|join) [here|around here]")),
    ("system.resolution", "screen_resolution", {}, "Screen resolution.", ("(quelle est la|donne [moi] la) résolution [de l'écran]", "résolution de l'écran"),
     ("(screen|display) resolution", "what is (the|my) (screen|display) resolution")),
    ("system.screenshot", "screenshot", {"path": "screenshot.png"}, "Capture the screen.", ("(fais|prends) une capture [d'écran|de l'écran]", "capture [l'] écran", "(fais|prends) une photo de l'écran", "(fais|prends) un screenshot"),
     ("(take|grab|make|snap) a screenshot", "screenshot", "capture [the|my] screen", "(take|grab) a capture of the screen")),
    ("system.lock", "lock_screen", {}, "Lock the screen.", ("(verrouille|bloque) (l'écran|le pc|l'ordinateur|la session)",),
     ("lock the (screen|computer|pc)", "lock [my] session", "lock (it|everything) up")),
    ("system.shutdown", "shutdown_pc", {}, "Shut the machine down.", ("(éteins|arrête) (le pc|l'ordinateur|la machine)",),
     ("shut down the (pc|computer|machine)", "(turn|power) off the (pc|computer|machine)", "shut the (pc|computer|machine) down", "power down the (pc|computer|machine)")),
    ("system.restart", "restart_pc", {}, "Restart the machine.", ("(redémarre|relance) (le pc|l'ordinateur|la machine)",),
     ("(restart|reboot) the (pc|computer|machine)",)),
    ("system.sleep", "sleep_pc", {}, "Put the machine to sleep.", ("mets (le pc|l'ordinateur|la machine) en veille", "mise en veille"),
     ("put the (pc|computer|machine) (to sleep|in sleep mode)", "sleep mode")),
    ("system.processes", "list_processes", {}, "Running processes.", ("(liste|montre [moi]|affiche) les processus [en cours]", "quels programmes tournent", "qu'est-ce qui tourne (sur (la machine|le pc|l'ordinateur)|en ce moment)"),
     ("list [the] [running] processes", "(show me|what are) the running processes", "what (programs are|is) running [right now|on this (pc|computer|machine)]")),
    ("system.services", "list_services", {}, "System services.", ("(liste|montre [moi]|affiche) les services [système]", "quels services (tournent|sont lancés|sont actifs|sont démarrés)"),
     ("list [the] [system] services", "show [me] the services", "(show me|list) what services are running", "(which|what) services are (running|active|started|enabled)")),
    ("system.scheduled", "scheduled_tasks", {}, "Scheduled tasks.", ("(liste|montre [moi]|affiche) les tâches planifiées", "quelles tâches sont planifiées",
                                                                    "qu'est-ce qui est planifié", "(liste|montre [moi]|affiche) les tâches programmées"),
     ("(list|show [me]|display) [the] scheduled (tasks|jobs)", "what is scheduled", "(which|what) (tasks|jobs) are scheduled", "(show [me]|list) the cron jobs")),
    ("system.clipboard_read", "clipboard_get", {}, "Read the clipboard.", ("(lis|qu'y a-t-il dans) le presse-papier[s]", "contenu du presse-papier[s]",
                                                                          "qu'est-ce (qu'il y a|que j'ai) dans le presse-papier[s]", "(j'ai copié quoi|qu'est-ce que j'ai copié) [déjà]"),
     ("read [me] the clipboard", "what is (in|on) [the|my] clipboard", "what do i have (in|on) [the|my] clipboard", "what did i [just] copy", "show [me] the clipboard")),
    ("system.clipboard_clear", "clipboard_set", {"text": ""}, "Empty the clipboard.", ("(vide|efface) le presse-papier[s]", "(vide|efface) le contenu du presse-papier[s]", "efface ce qu'il y a dans le presse-papier[s]"),
     ("(clear|empty|wipe) the clipboard",)),
    ("system.ping_google", "ping", {"host": "google.com"}, "Ping google.com.", ("[fais un|lance un] ping [vers|sur|de] google",), ("ping google [com|dot com]",)),
    ("system.internet", "ping", {"host": "1.1.1.1"}, "Check the Internet connection (ping 1.1.1.1).",
     ("(teste|vérifie) la connexion [internet]", "est-ce que (internet|la connexion [internet]) (marche|fonctionne)", "(vérifie|regarde) si j'ai internet", "est-ce que j'ai (internet|du réseau|la connexion)", "est-ce que (le wifi|la wifi|le net) (marche|fonctionne)",
      "(je suis|on est) connecté à internet", "internet (marche|fonctionne)", "(ça|internet) capte"),
     ("(test|check) [the|my] (internet [connection]|connection)", "is (the|my) (internet|connection|wifi|wi-fi) (working|up)", "am i connected [to the internet]",
      "do i have (internet [access]|a connection)", "(am i|are we) online", "is the internet down", "does the internet work")),
)

# (key, label, French name after "le service", French name said alone, English name before "service", English name said alone, service name)
SERVICES = (
    ("docker", "Docker", "docker", "docker", "docker", "docker", "docker"),
    ("ollama", "Ollama", "ollama", "ollama", "ollama", "ollama", "ollama"),
    ("ssh", "SSH", "ssh", "ssh", "ssh", "ssh", "ssh"),
    ("bluetooth", "Bluetooth", "bluetooth", "[le] bluetooth", "bluetooth", "bluetooth", "bluetooth"),
    ("nginx", "nginx", "nginx", "nginx", "nginx", "nginx", "nginx"),
    # "lance l'impression" prints the page: the print service is only named as a service in French.
    ("printing", "printing (CUPS)", "d'impression", "", "print", "printing", "cups"),
)


def system_commands() -> Iterator[Cmd]:
    for key, tool, args, description, fr, en in SYSTEM:
        yield Cmd(key, "system", description, fr, en, tool=tool, args=dict(args))
    for key, label, fr_service, fr_alone, en_service, en_alone, name in SERVICES:
        fr_start, fr_stop = [f"(démarre|lance|active) le service {fr_service}"], [f"(arrête|désactive|coupe) le service {fr_service}"]
        if fr_alone:
            fr_start.append(f"(démarre|lance|active|allume) {fr_alone}")
            fr_stop.append(f"(arrête|désactive|coupe|éteins) {fr_alone}")
        yield Cmd(f"service.start.{key}", "system", f"Start the {label} service.", tuple(fr_start),
                  (f"(start|spin up|fire up|bring up) the {en_service} service", f"(start|enable|spin up|fire up) {en_alone}", f"(turn|switch) on {en_alone}", f"(turn|switch|bring) {en_alone} (on|up)",
                   f"get the {en_service} service (running|going)"),
                  tool="start_service", args={"name": name})
        yield Cmd(f"service.stop.{key}", "system", f"Stop the {label} service.", tuple(fr_stop),
                  (f"(stop|kill|shut down) the {en_service} (service|server)", f"(stop|disable|shut down) {en_alone}", f"shut {en_alone} down", f"(turn|switch) off {en_alone}",
                   f"(turn|switch) {en_alone} off"), tool="stop_service", args={"name": name})


# (key, path, French names said without "dossier" ("" for none), the French folder name, the English folder name, "open my X" is said)
FOLDERS = (
    ("documents", "~/Documents", "(mes documents|les documents)", "documents", "documents", True),
    ("downloads", "~/Downloads", "(mes téléchargements|les téléchargements)", "téléchargements", "downloads", True),
    ("desktop", "~/Desktop", "le bureau", "bureau", "desktop", True),
    ("pictures", "~/Pictures", "(mes images|les images)", "images", "pictures", True),
    ("music", "~/Music", "ma musique", "musique", "music", True),
    ("videos", "~/Videos", "(mes vidéos|les vidéos)", "vidéos", "videos", True),
    ("home", "~", "", "(personnel|utilisateur)", "(home|user)", False),
)

# (key, glob, French names, English names)
FILE_TYPES = (
    ("pdf", "*.pdf", "[les|mes|tous les] ((fichiers|documents) pdf|pdf)", "[my|the|all the|all my] (pdf (files|documents)|pdfs)"),
    ("photos", "*.jpg", "[les|mes|toutes les] photos", "[my|the|all the|all my] photos"),
    ("png", "*.png", "[les|mes] images png", "[my|the] png (images|files)"),
    ("python", "*.py", "[les|mes|tous les] (fichiers|scripts) python", "[my|the|all the|all my] python (files|scripts)"),
    ("word", "*.docx", "[les|mes] (fichiers|documents) word", "[my|the] word (files|documents)"),
    ("excel", "*.xlsx", "[les|mes] (fichiers excel|tableurs)", "[my|the] (excel files|spreadsheets)"),
    ("powerpoint", "*.pptx", "[les|mes] (présentations|fichiers powerpoint)", "[my|the] (presentations|powerpoint files)"),
    ("text", "*.txt", "[les|mes] fichiers texte", "[my|the] text files"),
    ("csv", "*.csv", "[les|mes] fichiers csv", "[my|the] csv files"),
    ("zip", "*.zip", "[les|mes] (archives|fichiers zip)", "[my|the] (archives|zip files)"),
    ("mp3", "*.mp3", "[les|mes] (fichiers mp3|morceaux)", "[my|the] (mp3 files|songs)"),
    ("mp4", "*.mp4", "[les|mes] fichiers mp4", "[my|the] mp4 files"),
    ("json", "*.json", "[les|mes] fichiers json", "[my|the] json files"),
    ("markdown", "*.md", "[les|mes] (fichiers|notes) [en] markdown", "[my|the] markdown (files|notes)"),
)


def file_commands() -> Iterator[Cmd]:
    for key, path, fr, fr_folder, en, my_en in FOLDERS:
        names = fr[1:-1] if fr.startswith("(") else fr
        named = f"({names}|le dossier {fr_folder}|mon dossier {fr_folder})" if fr else f"(le|mon) dossier {fr_folder}"
        in_manager_fr, in_manager_en = "dans (l'explorateur [de fichiers]|le gestionnaire de fichiers)", "in the file (manager|explorer)"
        yield Cmd(f"files.open.{key}", "files", f"Open the folder {path} in the file manager.",
                  (f"ouvre {named}", f"ouvre {named} {in_manager_fr}", f"(va|emmène moi) dans (le|mon) dossier {fr_folder}", f"(montre [moi]|affiche) (le|mon) dossier {fr_folder}"),
                  (f"open [up] [my|the] {en} (folder|directory)", *((f"open my {en}",) if my_en else ()), f"(open|show me) [my|the] {en} folder {in_manager_en}",
                   f"(show me|pull up|take me to|go to) [my|the] {en} (folder|directory)"),
                  tool="open_folder", args={"path": path})
        fr_list = [f"(liste|montre [moi]|affiche) le contenu {_of_fr(fr)}"] if fr else []
        yield Cmd(f"files.list.{key}", "files", f"List the folder {path}.",
                  (*fr_list, f"(liste|montre [moi]|affiche) le contenu du dossier {fr_folder}", f"qu'est-ce qu'il y a dans {named}",
                   f"(montre [moi]|affiche) ce qu'il y a dans {named}", f"liste {named}", f"quels fichiers (il y a|j'ai|sont) (dans|sur) {named}",
                   f"j'ai quoi dans {named}"),
                  (f"list [my|the] {en} (folder|directory)", f"what is in [my|the] {en} folder", f"what files (are|do i have) (in|on) [my|the] {en} [folder]",
                   f"list what is in [my|the] {en} [folder]", f"what is (in|on) my {en}", f"show me what is in [my|the] {en} folder", f"what do i have in [my|the] {en} folder"),
                  tool="list_folder", args={"path": path})
    for key, pattern, fr, en in FILE_TYPES:
        yield Cmd(f"files.find.{key}", "files", f"Find files matching {pattern} in the roots.", (f"(cherche|trouve|liste) {fr}", f"où sont {fr}"),
                  (f"(find|search for|list|look for) {en}", f"where are {en}"), tool="search_files", args={"pattern": pattern})
    yield Cmd("files.delete.screenshot", "files", "Delete the last screenshot (screenshot.png).", ("(supprime|efface) la capture [d'écran]",),
              ("(delete|remove|trash|get rid of|throw away) the screenshot",), tool="delete_item", args={"path": "screenshot.png"})


NODES = ("M1", "M2", "M3", "OL1", "GEMINI")
# How each node's name is said (and how Whisper writes it), French then English.
NODE_NAMES = {
    "M1": (("m1", "m 1", "aime un", "em un"), ("m1", "m 1", "em one")),
    "M2": (("m2", "m 2", "aime deux", "em deux"), ("m2", "m 2", "em two")),
    "M3": (("m3", "m 3", "aime trois", "em trois"), ("m3", "m 3", "em three")),
    "OL1": (("ol1", "o l 1", "o l un", "ollama un"), ("ol1", "o l 1", "o l one", "ollama one")),
    "GEMINI": (("gemini", "gémini"), ("gemini",)),
}


def cluster_commands() -> Iterator[Cmd]:
    yield Cmd("cluster.status", "cluster", "Every node: reachable, models, latency, GPU temperatures.",
              ("(état|statut) du cluster", "(donne [moi]|montre [moi]) l'état du cluster", "comment (va le cluster|vont les serveurs|vont les nœuds)", "(vérifie|check) le cluster",
               "est-ce que (tous les nœuds|les nœuds|les serveurs) répondent", "est-ce que tout (tourne|marche|va bien) [sur le cluster]", "est-ce que le cluster (va bien|marche|fonctionne|répond)", "le cluster (va bien|est ok)",
               "donne [moi] un (point|bilan) (sur|du) (le cluster|cluster)", "où en est le cluster"),
              ("cluster status", "(give me|show [me]) the cluster status", "how is the cluster [doing]", "check the cluster", "give me a rundown of the cluster",
               "are all the (nodes|servers) (up|online|responding)", "is everything (up|ok|okay) [on the cluster]", "is the cluster (ok|okay|healthy|up|working)", "(give me|show [me]) an overview of the cluster",
               "what is the state of the cluster"), tool="lm_cluster_status")
    yield Cmd("cluster.models", "cluster", "The models each node offers.", ("(liste|montre [moi]|affiche) [tous] les modèles [chargés|disponibles]", "quels modèles sont (disponibles|chargés)",
                                                                                                          "quels modèles (on a|j'ai|as-tu|tu as|il y a) [sur le cluster]", "quels modèles tournent [sur le cluster]",
                                                                                                          "(c'est quoi|quels sont) les modèles (chargés|disponibles)"),
              ("list [all] [the] models", "(which|what) models are (available|loaded|running|up)", "show [me] [all] the [loaded|available] models",
               "(which|what) models do (we|i|you) have [loaded|available]", "what models are there [on the cluster]", "(which|what) models can i (use|run) [right now|now|on the cluster]"), tool="lm_models")
    # The cluster's GPUs, said as cards, with where they are or not ("les GPU du cluster chauffent", "how warm are the cards on the cluster").
    # Bare "cards" only with where they are: "la température sur Mars" is not "la température des cartes".
    fr_where, en_where = "(du cluster|des nœuds|des machines|de toutes les machines)", "(on|in|of|across) [all] the (cluster|nodes|machines)"
    gpus, en_gpus = f"((gpu|cartes graphiques) [{fr_where}]|cartes {fr_where})", f"((gpus|graphics cards) [{en_where}]|cards {en_where})"
    yield Cmd("cluster.gpu", "cluster", "GPU temperature, memory and load of the nodes.", (
        f"[quelle est la] (température|températures) des {gpus}", f"(état|stats) des gpu [{fr_where}]",
        f"[est-ce que] les {gpus} (chauffent|sont chauds|sont chaudes|chauffent trop|surchauffent)", f"les gpu [{fr_where}] sont à combien [de degrés]",
        f"comment vont les {gpus}", f"(donne [moi]|montre [moi]|affiche) les (stats|statistiques|températures) des {gpus}",
        f"(check|vérifie) les gpu [{fr_where}]", f"la mémoire des gpu [{fr_where}]"),
        (f"[give me] [the] gpu (temperature|temperatures|temps|stats) [{en_where}]", f"how (hot|warm) are the {en_gpus}",
         f"(what are|show me) the gpu (temperatures|temps|stats) [{en_where}]", f"(are|is) [any of] the {en_gpus} (running hot|hot|overheating)",
         f"how are the {en_gpus} [doing]", f"check the gpus [{en_where}]", f"how much gpu memory is (used|in use) [{en_where}]"), tool="lm_gpu_stats")
    yield Cmd("cluster.perf", "cluster", "Latency and tokens per second per node, from real traffic.", ("[(montre|affiche) [moi]] les (performances|perfs) du cluster", "(performances|perfs) du cluster", "métriques de performance", "quel (nœud|serveur) est le plus rapide",
                                                                                                       "combien de tokens par seconde (fait le cluster|sur le cluster)",
                                                                                                       "[(montre|affiche) [moi]] la latence (de chaque|des|par) (nœud|nœuds|serveur|serveurs)", "(perfs|performances) (des nœuds|par nœud|de chaque nœud)"),
              ("[show [me]] [the] cluster performance", "performance metrics", "how is the cluster performing", "how many tokens per second (is the cluster doing|on the cluster)",
               "how fast is the cluster [running]", "(which|what) node is [the] fastest", "how fast are the nodes [answering]", "what is the cluster's (speed|throughput)",
               "[show [me]] [the] latency (per|of each|for each) node", "node (perf|performance|latency)"),
              tool="lm_perf_metrics")
    yield Cmd("ollama.models", "cluster", "The models of the Ollama node.", ("(liste les|quels sont les) modèles ollama", "quels modèles (a|sur) ollama", "quels modèles (ollama a|sont sur ollama|il y a sur ollama)", "qu'est-ce qui est installé sur ollama", "quels modèles sont installés sur ollama",
                                                                   "(montre [moi]|affiche) les modèles (d'ollama|ollama)"),
              ("(list [the]|which) ollama models", "(which|what) models (does ollama have|are on ollama|are in ollama|are installed on ollama)", "what is installed on ollama", "show [me] the ollama models"), tool="ollama_models")
    yield Cmd("ollama.status", "cluster", "The Ollama node's status.", ("(état|statut) d'ollama", "est-ce que ollama (tourne|marche|est en route|fonctionne|répond|va bien)", "ollama (tourne|est en route)",
                                                               "comment va ollama", "le (nœud|serveur) ollama (va bien|tourne|marche|répond)"),
              ("ollama status", "is [the] ollama [node|server] (up|running|working|alive|responding|ok|okay)", "how is ollama [doing]", "check ollama"), tool="ollama_status")
    # "[le modèle]", "the model" and other orders of the words are the slot stage's (matcher_slots): written out, the
    # phrasings of these three commands alone would be thousands (every model by every node by every verb).
    yield Cmd("models.load", "models", "Load a model on a node.", ("(charge|mets|lance) {model} sur {node}",), ("(load|put|get) {model} on {node}",),
              tool="lm_load_model", args={"node": "{node}", "model": "{model}"})
    yield Cmd("models.unload", "models", "Unload a model from a node.", ("(décharge|retire|enlève) {model} de {node}",),
              ("(unload|remove|drop) {model} from {node}", "take {model} off {node}"),
              tool="lm_unload_model", args={"node": "{node}", "model": "{model}"})
    yield Cmd("ollama.pull", "models", "Download a model onto the Ollama node.", ("(télécharge|installe|récupère) {model} (sur|dans) ollama",),
              ("(pull|download|get|grab|fetch|install) {model} (on|into|onto) ollama",), tool="ollama_pull", args={"model": "{model}"})
    for node in NODES:
        k = node.lower()
        fr_names, en_names = NODE_NAMES[node]
        spoken = "(" + "|".join(fr_names) + ")"
        en_spoken = "(" + "|".join(en_names) + ")"
        yield Cmd(f"node.status.{k}", "cluster", f"Whether {node} answers, and the models it has loaded.",
                  (f"(état|statut) de {spoken}", f"comment va {spoken}", f"est-ce que {spoken} (répond|marche|est en ligne|fonctionne|va bien|tourne)",
                   f"{spoken} (est en ligne|est debout|répond|marche|va bien|tourne|est vivant|est dispo|est disponible|est joignable) [toujours|encore]", f"(vérifie|teste) {spoken}"),
                  (f"{en_spoken} status", f"status of {en_spoken}", f"is {en_spoken} (up|running|working|responding|alive|online|ok|okay)", f"how is {en_spoken} [doing]",
                   f"check [on] {en_spoken}", f"is {en_spoken} (still up|down|reachable|available)", f"does {en_spoken} (respond|answer)",
                   f"is [the] {en_spoken} node [even|still] (up|online|reachable|answering|responding) [right now|at the moment]", f"is {en_spoken} even (up|online|reachable|answering|responding)", f"is {en_spoken} answering",
                   f"what is (going on|up|happening) with {en_spoken}"),
                  tool="lm_models", args={"node": node})
        yield Cmd(f"node.models.{k}", "cluster", f"The models of {node}.",
                  (f"(modèles|liste les modèles) de {spoken}", f"quels modèles (a|sur|tournent sur|sont chargés sur|sont sur) {spoken}", f"qu'est-ce qui (est chargé|tourne) sur {spoken}",
                   f"(montre [moi]|affiche) les modèles de {spoken}", f"{spoken} a quels modèles", f"quels modèles propose {spoken}", f"qu'est-ce qu'(on a|il y a) comme modèles sur {spoken}",
                   f"(c'est quoi|quels sont) les modèles [dispo|disponibles|chargés] sur {spoken}"),
                  (f"(models|list the models) (of|on) {en_spoken}", f"(which|what) models (does {en_spoken} (have|offer|run)|are on {en_spoken}|run on {en_spoken}|are loaded on {en_spoken})",
                   f"what is (loaded|running) on {en_spoken}", f"show [me] the models (of|on) {en_spoken}"),
                  tool="lm_models", args={"node": node})
        yield Cmd(f"node.gpu.{k}", "cluster", f"GPU temperature and load of {node}.",
                  (f"(température|gpu) de {spoken}", f"comment va le gpu de {spoken}", f"est-ce que {spoken} chauffe", f"{spoken} chauffe",
                   f"le (gpu|carte graphique) de {spoken} (va bien|est à combien)", f"{spoken} est à combien de degrés", f"{spoken} chauffe (pas trop|beaucoup)", f"[est-ce que] {spoken} est chaud", f"[est-ce que] {spoken} (surchauffe|est en train de (chauffer|surchauffer))"),
                  (f"{en_spoken} (gpu|temperature)", f"how hot is {en_spoken} [running]", f"is {en_spoken} (running hot|overheating|hot)", f"(what is|show [me]) the (gpu|temperature) (of|on) {en_spoken}",
                   f"{en_spoken} gpu (temperature|temp|stats)", f"check the gpu (of|on) {en_spoken}", f"how is the (gpu|card) (of|on) {en_spoken} [doing|holding up]",
                   f"(what temperature|how hot) is the (gpu|card) (of|on) {en_spoken} [at] [right now]"), tool="lm_gpu_stats", args={"node": node})
        yield Cmd(f"node.benchmark.{k}", "cluster", f"Benchmark {node}: time to first token and tokens per second.", (f"[fais un] (benchmark|teste la vitesse) de {spoken}", f"lance un (benchmark|test de vitesse) (sur|de) {spoken}", f"fais un test de vitesse (sur|de) {spoken}", f"fais un benchmark sur {spoken}", f"mesure la vitesse de {spoken}",
                   f"{spoken} est rapide", f"benchmarke {spoken}", f"teste les (perfs|performances) de {spoken}"),
                  (f"benchmark {en_spoken}", f"run a (benchmark|speed test) on {en_spoken}", f"(test|measure|check) the speed of {en_spoken}", f"how fast is {en_spoken}",
                   f"speed test {en_spoken}", f"(test|measure) the performance of {en_spoken}"),
                  tool="lm_benchmark", args={"node": node})
        if node in ("M1", "M2", "M3"):
            yield Cmd(f"node.coder.{k}", "models", f"Switch {node} to the coding model.", (f"(passe|bascule|mets) {spoken} (sur le|en) modèle (de code|codeur)", f"(mets|charge) le modèle (de code|codeur) sur {spoken}"),
                      (f"switch {en_spoken} [over] to the (coding|coder) model", f"(put|use) the (coding|coder) model on {en_spoken}"), tool="lm_switch_coder", args={"node": node})
            yield Cmd(f"node.dev.{k}", "models", f"Switch {node} to the dev-tasks model.", (f"(passe|bascule|mets) {spoken} (sur le|en) modèle dev", f"(mets|charge) le modèle dev sur {spoken}"),
                      (f"switch {en_spoken} [over] to the dev model", f"(put|use) the dev model on {en_spoken}"), tool="lm_switch_dev", args={"node": node})


PAIRS = (
    ("btc", "BTC", "(bitcoin|btc)", "(bitcoin|btc)"),
    ("eth", "ETH", "(ethereum|ether|eth)", "(ethereum|ether|eth)"),
    ("sol", "SOL", "(solana|sol)", "(solana|sol)"),
    ("sui", "SUI", "sui", "sui"),
    ("pepe", "PEPE", "pepe", "pepe"),
    ("doge", "DOGE", "(dogecoin|doge coin|doge)", "(dogecoin|doge coin|doge)"),
    ("xrp", "XRP", "(xrp|ripple)", "(xrp|ripple)"),
    ("ada", "ADA", "(cardano|ada)", "(cardano|ada)"),
    ("avax", "AVAX", "(avalanche|avax)", "(avalanche|avax)"),
    ("link", "LINK", "(chainlink|link)", "(chainlink|link)"),
)


def trading_commands() -> Iterator[Cmd]:
    # Phrasings only (the trading code is another engineer's): orders, questions and request frames for every command.
    yield Cmd("trading.status", "trading", "Trading mode, balance and risk limits.",
              ("(état|statut) du trading", "(donne [moi]|montre [moi]) l'état du trading", "où en est le trading", "(quel est|c'est quoi|donne [moi]|montre [moi]|affiche) mon solde [de trading]",
               "comment va [mon|le] (trading|portefeuille)", "(où on en est|on en est où) (côté trading|avec le trading|du trading)", "combien j'ai sur (mon|le) compte [de trading]",
               "(vérifie|regarde) mon solde [de trading]"),
              ("trading status", "how is [the|my] (trading|portfolio) (going|doing)", "how is the trading", "(what is|show me) my [trading|account] balance",
               "check my [trading|account] balance", "(what is|give me) the trading status", "(am i|are we) in (paper|live) [or (paper|live)] mode [right now]",
               "(is it|is trading) (paper|live) or (paper|live)"),
              tool="trading_status")
    yield Cmd("trading.positions", "trading", "Open positions with PnL.",
              ("(montre [moi]|affiche|liste) [mes|les] positions [ouvertes|en cours]", "quelles sont mes positions [ouvertes|en cours]",
               "(où en sont|comment vont) mes positions", "mes positions (en sont où|elles en sont où)", "j'ai quoi comme positions [ouvertes|en cours]",
               "(quelles|combien de) positions (j'ai|ai-je) [ouvertes]", "(quelles|combien de) positions sont (ouvertes|en cours)", "(est-ce que|) j'ai des positions (ouvertes|en cours)", "qu'est-ce que je (détiens|tiens) [en ce moment]"),
              ("(show [me]|list|display) [my|the] [open|current] positions", "what are my [open|current] positions", "how are my positions doing",
               "what positions (do i have [open]|are open)", "(do i have|have i got) any open positions", "how many positions (do i have [open]|are open)",
               "check my positions", "what am i holding [right now]", "what (do i hold|am i in) [right now]",
               "(show [me]|pull up|list) [my|the] [open] positions (and|with) [the] (pnl|p n l)"),
              tool="trading_positions")
    yield Cmd("trading.signals", "trading", "Pending trading signals.",
              ("(montre [moi]|affiche|liste) les signaux [en attente|de trading]", "(y a-t-il|il y a) des [nouveaux] signaux [en attente|de trading]", "des nouveaux signaux",
               "quels (signaux|nouveaux signaux) (sont en attente|il y a|as-tu|tu as)", "(quels sont|c'est quoi) les signaux [en attente]"),
              ("(show [me]|list|display) [the] [pending] signals", "are there any [new|pending] [trading] signals", "(any|got any) new [trading] signals",
               "(what|which) signals (are pending|do we have|are there|do you have)", "check [the|for] [new] signals"),
              tool="trading_pending_signals")
    yield Cmd("trading.signals_min", "trading", "Pending signals scoring at least n.", ("(montre [moi]|affiche|liste) les signaux (au-dessus de|de plus de|qui ont plus de|avec un score de plus de) {score}",),
              ("(show [me]|list|display) [the] signals (above|over|scoring over|scoring above) {score}", "only show [me] [the] signals (above|over) {score}"), tool="trading_pending_signals", args={"min_score": "{score}"})
    yield Cmd("trading.resume", "trading", "Lift a trading halt (kill switch, drawdown, daily loss) once its condition no longer holds.",
              ("(reprends|relance) le trading", "lève l'arrêt du trading"), ("(resume|restart) [the] trading", "lift the trading halt"), tool="trading_resume")
    yield Cmd("trading.scan", "trading", "Scan the trading pairs now, without waiting for the scan loop.",
              ("(lance|fais) un scan [du marché|des paires] [maintenant]", "scanne (le marché|les paires) [maintenant]", "cherche des signaux [maintenant]"),
              ("(run|start|do) a [market] scan [now]", "scan the (market|pairs) [now]", "look for signals now"), tool="trading_scan")
    for key, pair, fr, en in PAIRS:
        yield Cmd(f"trading.analyse.{key}", "trading", f"Futures analysis of {pair} (entry, TP, SL) by the Ollama model.",
                  (f"analyse {fr}", f"(fais [moi]|lance|donne [moi]) une analyse (de|sur) {fr}",
                   f"(fais|lance) une analyse technique (de|sur) {fr}", f"analyse le marché (de|du) {fr}"),
                  (f"analy(s|z)e {en}", f"(run|do|give me) an analysis (of|on) {en}", f"(run|do) a technical analysis (of|on) {en}",
                   f"(what is|give me) your analysis of {en}", f"analyze the {en} market",
                   f"give me entry and stop for {en}"),
                  tool="ollama_trading_analysis", args={"pair": pair})
        yield Cmd(f"trading.close.{key}", "trading", f"Close the open {pair} position.", (f"(ferme|clôture|coupe) [la|ma] position {fr}", f"(ferme|clôture) {fr}", f"sors [moi] de (ma|la) position {fr}", f"(ferme|coupe) ma position sur {fr}"),
                  (f"close [the|my] {en} position", f"close {en}", f"get me out of (my|the) {en} position", f"close [my|the] position on {en}",
                   f"exit [my|the] {en} position"), tool="trading_close_position", args={"pair": pair})
        yield Cmd(f"trading.chart.{key}", "trading", f"Open the {pair} chart on TradingView.",
                  (f"(ouvre|affiche|montre [moi]) le graphique [de|du] {fr}", f"(affiche|montre [moi]) la courbe (de|du) {fr}"),
                  (f"(open|show [me]) the {en} chart", f"show [me] the chart (of|for) {en}"), tool="open_url", args={"url": f"https://www.tradingview.com/chart/?symbol=MEXC:{pair}USDT.P"})


def brain_commands() -> Iterator[Cmd]:
    # Every command of the family is said as an order, as a question and with a request frame, in both languages.
    yield Cmd("brain.status", "skills", "What the brain has learnt.",
              ("(état|statut) du cerveau", "qu'as-tu appris [sur moi|jusqu'ici|jusqu'à présent]",
               "(qu'est-ce que tu as|qu'est-ce que t'as|tu as|t'as) appris [sur moi|de moi|jusqu'ici|jusqu'à présent]",
               "(qu'est-ce que|qu'est-ce qu') (tu sais|le cerveau sait) (sur moi|de moi|de mes habitudes)",
               "(montre [moi]|affiche) ce que (tu as|le cerveau a) appris [sur moi]", "qu'est-ce que le cerveau a appris [sur moi]",
               "(tu as|t'as) appris quoi [sur moi|de nouveau]"),
              ("brain status", "[show [me]] the brain's status", "what (have you|has the brain|did you|did the brain) learn[ed|t] [about me|so far|lately]",
               "(show [me]|tell me) what (you have|you've|you|the brain) learn[ed|t] [about me|so far]", "what do you know about (me|my habits)",
               "have you learn[ed|t] anything [about me|new]"),
              tool="brain_status")
    yield Cmd("brain.analyse", "skills", "Look for patterns in the action history.",
              ("analyse (l'historique|mon historique|mes habitudes|mes actions) [des actions]",
               "(cherche|trouve|repère) des (habitudes|schémas|motifs|patterns|répétitions) dans (l'historique|mon historique|mes actions)",
               "(regarde|fouille) dans (l'historique|mon historique) (si je fais des choses souvent|pour trouver des (habitudes|patterns))",
               "(quelles|est-ce que j'ai des) habitudes (tu vois|tu remarques|tu trouves|dans mon historique)", "qu'est-ce que je fais souvent"),
              ("analy(s|z)e [my|the] (history|habits|action history|usage|actions)", "(look|search) for patterns in [my|the] (history|actions|habits)",
               "(look|go) through [my|the] history [for patterns]", "find patterns in [my|the] (history|habits|actions)",
               "what patterns (do you see|can you find) [in my (history|actions)]", "what do i do (often|a lot)"),
              tool="brain_analyze")
    yield Cmd("brain.suggest", "skills", "Suggest new skills from patterns.",
              ("(suggère|propose) [moi] des [nouvelles] (skills|compétences)", "(quelles|tu as des|t'as des|des) idées de (skills|compétences) [à créer]",
               "quelles [nouvelles] (skills|compétences) (je devrais|devrais-je|on pourrait|tu proposes de|tu me proposes de) (créer|ajouter)",
               "quelles [nouvelles] (skills|compétences) (tu (me|) (proposes|suggères|conseilles))", "(tu as|t'as) des (skills|compétences) à (me proposer|me suggérer)"),
              ("suggest [some|new|some new] skills", "(propose|recommend) [some] [new] skills", "(any|got any|give me [some]) (skill ideas|ideas for [new] skills)",
               "what [new] skills should (i|we) (create|make|add|build)", "what [new] skills (do you|would you) (suggest|recommend|propose)",
               "(do you have|have you got) any [new] skills to suggest"),
              tool="brain_suggest")
    yield Cmd("skills.list", "skills", "The user's skills.",
              ("(liste|montre [moi]|affiche) (les|mes|tes|toutes les|tous les) (skills|compétences)", "quelles (skills|compétences) (as-tu|tu as|t'as|j'ai|ai-je|sont installées|existent)",
               "quelles sont (les|mes|tes) (skills|compétences)", "(tu as|t'as|j'ai) quelles (skills|compétences)", "c'est quoi (les|mes|tes) (skills|compétences)",
               "tu sais faire quoi comme (skills|compétences)", "combien (de skills|de compétences) (j'ai|tu as|as-tu)"),
              ("(list|show [me]|display) [my|the|all|all my|all the|your] skills", "what skills (do you|do i) (have|know)", "what skills have (you|i) got", "what are (my|your|the) skills", "which skills (are there|are installed|do you know|do i have|do you have|have i set up)",
               "how many skills (do i|do you) have"),
              tool="list_skills")
    yield Cmd("skills.suggest_actions", "skills", "Actions likely useful now.",
              ("que (me suggères-tu|me proposes-tu) [de faire]", "(suggère|propose) [moi] (une|des|quelques) actions",
               "qu'est-ce que (tu me suggères|tu me proposes|tu suggères) [de faire] [maintenant]",
               "qu'est-ce que je (devrais|pourrais) faire (maintenant|ensuite)", "(tu as|t'as) des suggestions [d'actions]", "(tu me (proposes|suggères)|tu (proposes|suggères)) quoi", "des suggestions d'actions",
               "que (devrais-je|dois-je|pourrais-je) faire (maintenant|ensuite)", "(quelle|quelles) actions (tu me suggères|tu me proposes|me suggères-tu)"),
              ("what (do|would) you suggest [i do] [now]", "suggest [some] actions", "(any|got any) (suggestions|actions you'd suggest|actions you would suggest)",
               "what should i do now", "suggest something to do", "(what|which) actions (do|would) you suggest", "(give me|make) [some] suggestions [for what to do]"),
              tool="suggest_actions")
    yield Cmd("skills.history", "skills", "The latest actions run.",
              ("historique des (actions|commandes|skills|compétences)", "(montre [moi]|affiche|liste) (les|mes) (dernières|derniers) (actions|commandes)",
               "(montre [moi]|affiche) (l'|mon) historique [des (actions|commandes)]", "qu'est-ce que j'ai (fait|lancé) (récemment|en dernier|dernièrement)",
               "quelles sont (les|mes) dernières (actions|commandes)", "(quelles actions|qu'est-ce que) tu as (fait|lancé|exécuté) (récemment|en dernier|dernièrement)",
               "(c'est quoi|quelle est) (ma|la) dernière (action|commande)"),
              ("(action|skill|command) history", "(show [me]|display) [my|the] skill history", "(show [me]|list|display) [my|the] (last|recent|latest) (actions|commands)", "(show [me]|display) [my|the] (action|command) history",
               "what did i (do|run) (last|recently|before)", "what have i run (recently|lately)", "what (actions|commands) did you (run|do) (last|recently)",
               "what (was|were) (my|the) (last|latest) (action|actions|command|commands)"),
              tool="action_history")
    # The {skill} slot is free text: which skill it names is looked up among the user's skills when it
    # runs (names and trigger phrases, exactly); a name no skill has goes to the commander, never to another skill.
    yield Cmd("skills.run", "skills", "Run one of the user's skills, by its name or a trigger phrase.",
              ("(lance|lancer|exécute|exécuter) (la|ma) (skill|compétence) {skill}",), ("(run|start|kick off|launch) (the|my) {skill} skill", "(run|start|launch) [the|my] skill {skill}"),
              tool="run_skill", args={"name": "{skill}"})


PANES = (
    ("conversation", "(la conversation|le chat)", "[the] (conversation|chat)", "(de la conversation|du chat|conversation|chat)", "(conversation|chat)"),
    ("plan", "le plan", "the plan", "(du plan|plan)", "plan"),
    ("streams", "(les flux|les streams) [des agents]", "[the] [agent] streams", "(des flux|des streams|flux|streams) [des agents]", "[agent] streams"),
    ("gpu", "(les gpu|la carte thermique|la heat map)", "[the] (gpus|heat map)", "(des gpu|gpu|de la carte thermique|de la heat map)", "(gpu|gpus|heat map)"),
    ("cluster", "le [panneau] cluster", "the cluster (pane|panel)", "du cluster", ""),  # "the cluster pane" is said by its own names
    ("trading", "(le trading|le carnet de trading)", "[the] trading (pane|book)", "(du trading|trading)", ""),
)
MODES = (
    ("commander", "[en] mode (commandant|commander)", "commander mode"),
    ("voice", "[en] mode (vocal|voix)", "voice mode"),
    ("keyboard", "[en] mode clavier", "keyboard mode"),
    ("ollama", "[en] mode ollama", "ollama mode"),
)


def cockpit_commands() -> Iterator[Cmd]:
    for mode, fr, en in MODES:
        named = fr.split("] ", 1)[1]  # "mode (vocal|voix)"
        yield Cmd(f"cockpit.mode.{mode}", "cockpit", f"Switch the cockpit to {mode} mode.",
                  (f"(passe|bascule|mets toi|repasse|reviens|retourne|remets toi) {fr}", f"mode {fr.split('mode ')[1]}", f"(active|utilise|mets) le {named}",
                   f"(change|passe) de mode pour le {named}", f"(on passe|on repasse) {fr}"),
                  (f"(switch|go|change|move) [back] to {en}", f"go into {en}", f"{en}", f"(enable|activate|use|turn on|start) {en}", f"back to {en}",
                   f"(put|set) (me|the cockpit) (in|into|to) {en}", f"(change|set) the mode to {en.removesuffix(' mode')}"), cockpit=f"mode('{mode}')")
    for pane, fr, en, fr_pane, en_pane in PANES:
        # The pane named with the word "pane" ("focus the gpu pane", "le panneau des flux"), for every pane alike.
        yield Cmd(f"cockpit.focus.{pane}", "cockpit", f"Focus the {pane} pane.",
                  (f"(affiche|montre [moi]|va sur) {fr} [dans le cockpit]", f"focus sur {fr}", f"(passe|bascule|reviens|retourne) sur {fr}", f"(mets|donne) [moi] le focus sur {fr}",
                   f"[(affiche|montre [moi]|va sur|passe sur|reviens sur|focus sur|(mets|donne) [moi] le focus sur)] le panneau {fr_pane}"),
                  (f"(show [me]|focus [on]|go to) {en}", f"open {en} pane" if "pane" not in en else f"open {en}", f"(switch|jump|move|go back) to {en}",
                   f"put the focus on {en}", f"take me [back] to {en}",
                   *([f"[(show [me]|focus [on]|go to|switch to|go back to|back to|take me [back] to|put the focus on)] the {en_pane} (pane|panel)"] if en_pane else [])),
                  cockpit=f"focus_pane('{pane}')")
    items: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
        ("zoom", "zoom('on')", "Zoom the focused pane full screen (already zoomed: stays).", ("(zoome|agrandis|maximise) le panneau [actif]", "zoom sur le panneau", "zoom", "mets le panneau en (grand|plein écran)",
                                                                                         "(affiche|mets) le panneau actif en plein écran", "zoome sur (ce|le) panneau"),
         ("zoom [the] pane", "(maximize|expand|enlarge) the pane", "zoom", "make (the|this) pane (full screen|bigger|fill the screen)", "zoom in on (this|the) pane",
          "go full screen on (this|the) pane")),
        ("unzoom", "zoom('off')", "Restore the zoomed pane (none zoomed: nothing).", ("réduis le panneau", "remets le panneau (normal|à la normale|à sa taille normale|comme avant)", "(rétrécis|dézoome) le panneau",
                                                      "(quitte|sors du) zoom [du panneau]", "enlève le zoom [du panneau]"),
         ("unzoom [the pane]", "restore the pane [size]", "put the pane back [to normal]", "(shrink|unmaximize) the pane", "make the pane (smaller|normal) [again]",
          "(exit|leave|undo) [the] (zoom|pane zoom)", "zoom (back|the pane back) out")),
        ("cancel", "cancel", "Cancel the request in flight.", ("annule [la requête|la demande|ça]", "arrête (la requête|la demande)", "stop", "laisse tomber (la requête|la demande)",
                                                                   "(annule|arrête) (ce que tu fais|ta réponse|la réponse|la génération)", "oublie ça"),
         ("cancel [the request|that|it]", "stop the request", "stop", "forget (it|that|about it)", "(cancel|stop) (what you are doing|the answer)")),
        ("help", "help", "Show every key, mode and pane.", ("aide", "(affiche|ouvre) l'aide", "(quels sont|c'est quoi) les raccourcis [clavier]", "qu'est-ce que tu sais faire", "(affiche|montre [moi]) (les raccourcis [clavier]|l'écran d'aide)", "(quelles touches|quels raccourcis) (je peux utiliser|il y a) [ici]",
                                                            "(montre [moi]|affiche) les touches [du cockpit]"),
         ("help", "(show|open) [me] [the] help [screen|page]", "what are the [keyboard] shortcuts", "what can you do", "show [me] the [keyboard] shortcuts", "what keys can i (use|press) [here]", "which keys (can i use|do what)",
          "show [me] [all] the keys", "(what|which) keys are there")),
        ("search", "search", "Search past conversations.", ("(cherche|recherche|fouille) dans (l'historique [des conversations]|les conversations|mes (anciennes|vieilles) conversations|les (anciennes|vieilles) conversations)",
                                             "(retrouve|cherche) une (ancienne|vieille) conversation", "ouvre la recherche [des|dans les] conversations"),
         ("search [the|my] (history|conversations)", "search [my] (past|old|previous) conversations", "search (through|in) the (chat|conversation) history",
          "(find|look for) an old conversation", "look through [my|the] (past|old|previous) conversations", "open the conversation search")),
        ("export", "export", "Export this conversation to Markdown.", ("exporte (la|cette) (conversation|discussion) [en markdown]", "exporte en markdown", "(sauvegarde|enregistre) (la|cette) (conversation|discussion) en markdown",
                                                                     "fais un export [markdown] de la conversation"),
         ("export (the|this) (conversation|chat) [to markdown|as markdown]", "export [it] to markdown", "save (this|the) (conversation|chat) (as|to|in) markdown",
          "(download|save) the (conversation|chat) as a markdown file")),
        ("next_pane", "next_pane", "Focus the next pane (F12).", ("panneau suivant", "(passe|va|saute) au panneau suivant", "[le] prochain panneau", "change de panneau"),
         ("next pane", "next panel", "(go|move|switch|jump) to the next (pane|panel)", "switch panes", "cycle [through] the panes")),
        ("metric", "metric", "Change the heat map's metric.", ("change [la|de] métrique [de la carte thermique]", "(métrique suivante|autre métrique|prochaine métrique)", "(affiche|montre [moi]|passe à) (une autre|la prochaine) métrique", "passe à la métrique suivante"),
         ("(change|next|switch) [the] [heat map] metric", "(show|use) (another|the next) metric", "(switch|change) the heat map to the next metric")),
        ("talk", "talk", "Start or stop listening (push-to-talk).", ("écoute [moi]", "arrête d'écouter", "commence à écouter", "(mets toi|passe) en écoute"),
         ("listen [to me]", "(start|stop) listening [to me]", "(start|stop) voice input", "push to talk")),
        ("quit", "quit", "Quit jarvis-tui.", ("(quitte|ferme) le cockpit", "quitte"), ("(quit|close|exit) the cockpit", "exit", "quit")),
    )
    for key, action, description, fr_phrasings, en_phrasings in items:
        yield Cmd(f"cockpit.{key}", "cockpit", description, fr_phrasings, en_phrasings, cockpit=action)


def text_commands() -> Iterator[Cmd]:
    # A free-text slot takes anything: its templates keep explicit words
    # around it, and the matcher never reaches them by fuzzy matching.
    yield Cmd("web.search", "web", "Search the web.", ("(cherche|recherche|regarde) sur (internet|le web|google) {query}", "fais une recherche (web|internet) sur {query}"),
              ("(search|look up) (the web|the internet|online|google) for {query}", "(web search|google search) [for] {query}",
               "google {query}", "look up {query} (on the web|online)"), tool="web_search", args={"query": "{query}"})
    yield Cmd("keyboard.type", "windows", "Type a text into the active window.",
              # "écris le texte suivant X" is tried before "écris le texte X": the first template that fits gives the slot.
              ("(tape|écris) le message suivant {text}", "écris le texte suivant {text}", "(tape|dicte|écris) le texte {text}", "écris dans la fenêtre le texte {text}"),
              ("type (the|this) [following] (text|message) [into the window] {text}", "write the following text {text}"),
              tool="type_text", args={"text": "{text}"})
    yield Cmd("cluster.consensus", "cluster", "Ask several nodes the same question and compare.",
              ("(demande|fais) un consensus sur {query}", "demande l'avis de (tous les|plusieurs) modèles sur {query}",
               "pose la question à (tous les|plusieurs) modèles {query}"),
              ("(ask for|get) a consensus [from the models] on {query}", "ask (several|all the) (models|nodes) the same question {query}",
               "ask all the nodes and compare {query}"), tool="consensus", args={"prompt": "{query}"})


def commands() -> list[Cmd]:
    """Every command of the catalogue, in file order."""
    return [*app_commands(), *site_commands(), *hotkey_commands(), *audio_commands(), *system_commands(), *file_commands(),
            *cluster_commands(), *trading_commands(), *brain_commands(), *cockpit_commands(), *text_commands()]


def _node_slot(node: str) -> dict[str, Any]:
    fr, en = NODE_NAMES[node]
    return {"value": node, "fr": list(fr), "en": list(en)}


def slots() -> dict[str, dict[str, Any]]:
    """Slot definitions: numbers with a range, lists with French and English spoken forms, free text."""
    nodes = [_node_slot(n) for n in NODES]
    table: dict[str, dict[str, Any]] = {
        "percent": {"kind": "number", "min": 0, "max": 100, "description": "a percentage"},
        "step": {"kind": "number", "min": 1, "max": 100, "description": "a volume step in percent"},
        "score": {"kind": "number", "min": 0, "max": 100, "description": "a signal score"},
        "node": {"kind": "list", "description": "a node of the cluster", "values": nodes},
        "model": {"kind": "list", "description": "a model of the cluster", "values": [
            {"value": "qwen3-30b", "fr": ["qwen 3 30b", "qwen trois trente b", "qwen 30b"], "en": ["qwen 3 30b", "qwen three thirty b", "qwen 30b"]},
            {"value": "qwen3-coder-30b", "fr": ["qwen 3 coder", "qwen coder"], "en": ["qwen 3 coder", "qwen coder"]},
            {"value": "devstral-small-2", "fr": ["devstral", "devstral small"], "en": ["devstral", "devstral small"]},
            {"value": "gpt-oss-20b", "fr": ["gpt oss", "gpt oss 20b"], "en": ["gpt oss", "gpt oss 20b"]},
            {"value": "qwen3:1.7b", "fr": ["qwen 3 1.7b", "petit qwen"], "en": ["qwen 3 1.7b", "small qwen"]},
        ]},
        "query": {"kind": "text", "max_length": 500, "description": "free text: a search"},
        "text": {"kind": "text", "max_length": 2000, "description": "free text to type"},
        "skill": {"kind": "text", "max_length": 200, "description": "a skill's name or trigger phrase (looked up among the user's skills when it runs)"},
    }
    return table


def _toml_value(value: Any) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def render() -> str:
    """The catalogue as TOML text."""
    out = [
        "# The voice command catalogue. Generated by `python -m jarvis_tui.core.voice.catalogue_gen`:",
        "# edit core/voice/catalogue_gen.py and regenerate, or edit here and keep the test suite green.",
        "# Templates: (a|b) alternatives, [x] optional, {slot} a slot defined under [slots].",
        "# action: `tool` (a registry tool, args built from slots) or `cockpit` (a cockpit action).",
        "# confirm: the command asks before running (act/danger tools, money, deletion).",
        "",
        "version = 1",
        "",
    ]
    for name, slot in slots().items():
        out.append(f"[slots.{name}]")
        out.extend(f"{k} = {_toml_value(v)}" for k, v in slot.items())
        out.append("")
    for c in commands():
        out.append("[[commands]]")
        out.append(f"id = {_toml_value(c.id)}")
        out.append(f"family = {_toml_value(c.family)}")
        out.append(f"description = {_toml_value(c.description)}")
        out.append(f"fr = {_toml_value(c.fr)}")
        out.append(f"en = {_toml_value(c.en)}")
        action: dict[str, Any] = {"tool": c.tool} if c.tool else {"cockpit": c.cockpit}
        if c.args:
            action["args"] = c.args
        if c.platform_args:
            action["platform_args"] = c.platform_args
        out.append(f"action = {_toml_value(action)}")
        out.append(f"confirm = {_toml_value(c.confirm)}")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(render())
