"""Builds tests/data/voice/dev.jsonl, the matcher's labelled DEV set (the
only set its thresholds and templates were tuned on).

    .venv/bin/python tests/data/voice/build_dev.py > tests/data/voice/dev.jsonl

One JSON object a line: {"text", "lang", "command" (null: out of scope),
"slots", "kind"}. `kind` says where the utterance comes from:
  phrasing    a catalogue sentence, numbers said in words or digits
  polite      the same wrapped in hesitations, the assistant's name, politeness
  whisper     a transcription error: split or merged words, homophones, a
              dropped article or accent, a misspelt word, a number spelt otherwise
  paraphrase  written by hand, not in the catalogue's words
  out         out of scope: questions, chit-chat, code and trading requests
              for the commander, sentences sharing words with commands
  spoken      the hand-written spoken section (paraphrases.txt): in scope said
              as people talk, and out of scope sharing words with commands
              (command null); its "part" is "tune" or "check" (every fourth
              utterance, never looked at while tuning)
The random choices use a fixed seed: the file is reproducible.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from jarvis_tui.core.voice.catalogue import Catalogue, NumberSlot, Phrasing, TextSlot, load_catalogue

SEED = 1107
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 80: "quatre-vingt"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def fr_number(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    if n == 100:
        return "cent"
    if 70 <= n < 80 or 90 <= n < 100:
        base = 60 if n < 80 else 80
        rest = n - base
        return f"{FR_TENS[base]}{' et ' if rest == 11 and base == 60 else '-'}{FR_UNITS[rest]}"
    tens, unit = n // 10 * 10, n % 10
    if unit == 0:
        return FR_TENS[tens] + ("s" if tens == 80 else "")
    return f"{FR_TENS[tens]}{' et un' if unit == 1 and tens != 80 else '-' + FR_UNITS[unit]}"


def en_number(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    if n == 100:
        return "one hundred"
    tens, unit = n // 10 * 10, n % 10
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


QUERIES = {"fr": ["recettes de crêpes", "la météo à Lyon", "horaires du train pour Paris", "prix d'une RTX 5090", "actualités du jour"],
           "en": ["pancake recipes", "weather in London", "python asyncio tutorial", "rtx 5090 price", "today's news"]}
TEXTS = {"fr": ["bonjour à tous", "rendez-vous demain à dix heures"], "en": ["hello everyone", "see you tomorrow"]}


def render(p: Phrasing, catalogue: Catalogue, rng: random.Random, spell: str) -> tuple[str, dict[str, Any]]:
    """A phrasing as someone would say it, with its slot values."""
    words: list[str] = []
    slots: dict[str, Any] = dict(p.bound)
    for piece in p.pieces:
        if isinstance(piece, str):
            words.append(piece)
            continue
        slot = catalogue.slots[piece.name]
        if isinstance(slot, NumberSlot):
            n = rng.randint(int(slot.min) + (1 if slot.min == 0 else 0), int(slot.max))
            n = rng.choice([n, n // 5 * 5 or 5, n // 10 * 10 or 10])
            slots[piece.name] = n
            words.append(str(n) if spell == "digits" else fr_number(n) if p.lang == "fr" else en_number(n))
        elif isinstance(slot, TextSlot):
            value = rng.choice((QUERIES if piece.name == "query" else TEXTS)[p.lang])
            slots[piece.name] = value
            words.append(value)
    return " ".join(words), slots


POLITE = {
    "fr": [("euh ", ""), ("jarvis ", ""), ("", " s'il te plaît"), ("tu peux ", ""), ("est-ce que tu peux ", " stp"), ("Jarvis, ", ", merci"),
           ("euh... ", " s'il vous plaît"), ("hé jarvis ", ""), ("bon, ", ""), ("", " merci")],
    "en": [("uh ", ""), ("jarvis ", ""), ("", " please"), ("can you ", ""), ("could you ", " please"), ("Jarvis, ", ", thanks"), ("hey jarvis ", ""),
           ("um, ", ""), ("okay ", ""), ("please ", "")],
}
# Infinitives after "tu peux" / "can you" keep the imperative of the template: the
# wrappers below only ever add words around it.

SPLITS = {  # how Whisper splits or merges names
    "firefox": "fire fox", "youtube": "you tube", "github": "git hub", "linkedin": "linked in", "chatgpt": "chat gpt", "powerpoint": "power point",
    "thunderbird": "thunder bird", "vscode": "vs code", "vs code": "v s code", "lm studio": "l m studio", "stack overflow": "stackoverflow",
    "hugging face": "huggingface", "trading view": "tradingview", "coinmarketcap": "coin market cap", "coingecko": "coin gecko",
    "whatsapp": "whats app", "libre office": "libreoffice", "google drive": "googledrive", "deepl": "deep l", "dogecoin": "doge coin",
    "chainlink": "chain link", "bloc-notes": "bloc note", "presse-papier": "presse papier", "wi-fi": "wifi", "pycharm": "pie charm",
    "postman": "post man", "playlist": "play list", "capture d'écran": "capture décran", "plein écran": "plein-écran", "obs studio": "o b s studio",
    "m1": "m 1", "m2": "em deux", "m3": "m trois", "ol1": "o l 1", "ollama": "olama", "spotify": "spotifaï", "discord": "discorde",
    "telegram": "télégramme", "obsidian": "obsidienne", "blender": "blendeur", "excel": "exel", "gimp": "guimp", "steam": "stime",
    "screenshot": "screen shot", "markdown": "mark down", "bitcoin": "bit coin", "ethereum": "etherium", "solana": "solanna",
    "avalanche": "avalanche", "cardano": "cardanno", "ripple": "riple", "benchmark": "bench mark",
}
HOMOPHONES = {
    "fr": {"mets": "mais", "met": "mais", "monte": "monté", "baisse": "baisses", "ouvre": "ouvres", "ferme": "fermes", "lance": "lances",
           "affiche": "affiches", "coupe": "coupes", "arrête": "arrêtes", "cherche": "cherches", "montre": "montres", "réduis": "réduit",
           "agrandis": "agrandit", "passe": "passes", "va": "vas", "à": "a", "les": "le", "des": "de", "tue": "tu", "éteins": "éteint",
           "redémarre": "redémarres", "liste": "listes", "quels": "quel", "quelles": "quelle", "analyse": "analyses", "verrouille": "verrouilles"},
    "en": {"the": "a", "to": "too", "open": "opened", "close": "closed", "show": "shows", "list": "lists", "turn": "turned", "switch": "switched",
           "lock": "locked", "volume": "volumes", "my": "me", "window": "windows", "start": "started", "stop": "stopped", "find": "fine"},
}


def misspell(text: str, rng: random.Random) -> str | None:
    """One character of one long word changed, as Whisper does on rare words."""
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.choice(["drop", "double", "swap"])
    words[i] = w[:j] + w[j + 1:] if op == "drop" else w[:j] + w[j] + w[j:] if op == "double" else w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def whisper(text: str, lang: str, rng: random.Random) -> str | None:
    """One realistic transcription error, or None when none applies."""
    lowered = text.lower()
    options: list[str] = []
    for a, b in SPLITS.items():
        if f" {a} " in f" {lowered} ":
            options.append(f" {lowered} ".replace(f" {a} ", f" {b} ", 1).strip())
    words = text.split()
    for i, w in enumerate(words):
        if w in HOMOPHONES[lang]:
            options.append(" ".join([*words[:i], HOMOPHONES[lang][w], *words[i + 1:]]))
    articles = {"le", "la", "les", "the", "l'"}
    for i, w in enumerate(words):
        if w in articles and i + 1 < len(words):
            options.append(" ".join([*words[:i], *words[i + 1:]]))
            break
    typo = misspell(text, rng)
    if typo:
        options.append(typo)
    if not options:
        return None
    out = rng.choice(options)
    return out if out != text else None


PARAPHRASES: list[tuple[str, str, str | None, dict[str, Any]]] = [
    # (text, lang, command, slots): in scope, said otherwise than the templates
    ("peux-tu lancer spotify", "fr", "app.open.spotify", {}),
    ("démarre-moi discord", "fr", "app.open.discord", {}),
    ("ouvre-moi le terminal", "fr", "app.open.terminal", {}),
    ("lance un terminal", "fr", "app.open.terminal", {}),
    ("ouvre la calculette", "fr", "app.open.calculator", {}),
    ("ouvre le navigateur firefox", "fr", "app.open.firefox", {}),
    ("ferme-moi chrome", "fr", "app.close.chrome", {}),
    ("quitte vlc", "fr", "app.close.vlc", {}),
    ("fermer spotify", "fr", "app.close.spotify", {}),
    ("mets le son à 30", "fr", "volume.set", {"percent": 30}),
    ("mets le volume à cinquante", "fr", "volume.set", {"percent": 50}),
    ("règle le volume sur quarante", "fr", "volume.set", {"percent": 40}),
    ("volume vingt pour cent", "fr", "volume.set", {"percent": 20}),
    ("monte le son de vingt", "fr", "volume.up_by", {"step": 20}),
    ("baisse le son de 15 %", "fr", "volume.down_by", {"step": 15}),
    ("monte un peu le son", "fr", "volume.up", {}),
    ("baisse un peu le volume", "fr", "volume.down", {}),
    ("coupe le son s'il te plaît", "fr", "volume.mute", {}),
    ("remets le son", "fr", "volume.unmute", {}),
    ("fais une capture de l'écran", "fr", "system.screenshot", {}),
    ("prends une capture", "fr", "system.screenshot", {}),
    ("verrouille l'ordi", "fr", "system.lock", {}),
    ("éteins l'ordi", "fr", "system.shutdown", {}),
    ("redémarre l'ordi", "fr", "system.restart", {}),
    ("c'est quoi mon adresse ip", "fr", "system.ip", {}),
    ("quelle est mon adresse ip", "fr", "system.ip", {}),
    ("montre les processus", "fr", "system.processes", {}),
    ("liste les processus en cours", "fr", "system.processes", {}),
    ("ouvre youtube dans le navigateur", "fr", "web.open.youtube", {}),
    ("va sur le site github", "fr", "web.open.github", {}),
    ("ouvre mes mails", "fr", "web.open.gmail", {}),
    ("affiche le bureau", "fr", "window.desktop", {}),
    ("ferme cette fenêtre", "fr", "window.close", {}),
    ("ouvre un nouvel onglet", "fr", "browser.new_tab", {}),
    ("ferme l'onglet", "fr", "browser.close_tab", {}),
    ("recharge la page", "fr", "browser.refresh", {}),
    ("copie ça", "fr", "edit.copy", {}),
    ("sélectionne tout", "fr", "edit.select_all", {}),
    ("enregistre le fichier", "fr", "edit.save", {}),
    ("chanson suivante", "fr", "media.next", {}),
    ("mets la musique en pause", "fr", "media.play_pause", {}),
    ("état du cluster", "fr", "cluster.status", {}),
    ("comment va le cluster", "fr", "cluster.status", {}),
    ("statut du cluster", "fr", "cluster.status", {}),
    ("quels modèles sont chargés", "fr", "cluster.models", {}),
    ("température des GPU", "fr", "cluster.gpu", {}),
    ("benchmark de M2", "fr", "node.benchmark.m2", {}),
    ("charge devstral sur M1", "fr", "models.load", {"model": "devstral-small-2", "node": "M1"}),
    ("décharge qwen coder de M2", "fr", "models.unload", {"model": "qwen3-coder-30b", "node": "M2"}),
    ("passe M1 en modèle codeur", "fr", "node.coder.m1", {}),
    ("analyse le bitcoin", "fr", "trading.analyse.btc", {}),
    ("fais une analyse de solana", "fr", "trading.analyse.sol", {}),
    ("ferme ma position bitcoin", "fr", "trading.close.btc", {}),
    ("clôture la position ethereum", "fr", "trading.close.eth", {}),
    ("montre-moi mes positions", "fr", "trading.positions", {}),
    ("liste les signaux en attente", "fr", "trading.signals", {}),
    ("montre les signaux au-dessus de 80", "fr", "trading.signals_min", {"score": 80}),
    ("ouvre le graphique du bitcoin", "fr", "trading.chart.btc", {}),
    ("passe en mode vocal", "fr", "cockpit.mode.voice", {}),
    ("mode commandant", "fr", "cockpit.mode.commander", {}),
    ("bascule en mode clavier", "fr", "cockpit.mode.keyboard", {}),
    ("affiche le plan", "fr", "cockpit.focus.plan", {}),
    ("montre-moi les gpu", "fr", "cockpit.focus.gpu", {}),
    ("va sur la conversation", "fr", "cockpit.focus.conversation", {}),
    ("annule la requête", "fr", "cockpit.cancel", {}),
    ("annule ça", "fr", "cockpit.cancel", {}),
    ("affiche l'aide", "fr", "cockpit.help", {}),
    ("exporte la conversation", "fr", "cockpit.export", {}),
    ("cherche dans l'historique", "fr", "cockpit.search", {}),
    ("zoome le panneau", "fr", "cockpit.zoom", {}),
    ("ouvre le dossier téléchargements", "fr", "files.open.downloads", {}),
    ("ouvre mes documents", "fr", "files.open.documents", {}),
    ("trouve mes fichiers pdf", "fr", "files.find.pdf", {}),
    ("cherche les fichiers python", "fr", "files.find.python", {}),
    ("liste les compétences", "fr", "skills.list", {}),
    ("historique des actions", "fr", "skills.history", {}),
    ("cherche sur internet la météo à Lyon", "fr", "web.search", {"query": "la météo à Lyon"}),
    ("recherche sur le web tutoriel rust", "fr", "web.search", {"query": "tutoriel rust"}),
    ("démarre le service docker", "fr", "service.start.docker", {}),
    ("arrête le service ssh", "fr", "service.stop.ssh", {}),
    ("bascule sur firefox", "fr", "window.focus.firefox", {}),
    ("passe sur vs code", "fr", "window.focus.vscode", {}),
    ("réduis spotify", "fr", "window.minimize.spotify", {}),
    ("agrandis la fenêtre de chrome", "fr", "window.maximize.chrome", {}),
    ("tue firefox", "fr", "app.kill.firefox", {}),
    ("please open firefox", "en", "app.open.firefox", {}),
    ("could you launch spotify", "en", "app.open.spotify", {}),
    ("start a terminal", "en", "app.open.terminal", {}),
    ("open up the calculator", "en", "app.open.calculator", {}),
    ("close chrome please", "en", "app.close.chrome", {}),
    ("quit vlc", "en", "app.close.vlc", {}),
    ("set volume to 30", "en", "volume.set", {"percent": 30}),
    ("set the volume to fifty percent", "en", "volume.set", {"percent": 50}),
    ("volume at forty", "en", "volume.set", {"percent": 40}),
    ("turn the volume up by twenty", "en", "volume.up_by", {"step": 20}),
    ("turn it down by 10 percent", "en", "volume.down_by", {"step": 10}),
    ("turn the sound up", "en", "volume.up", {}),
    ("make it louder", "en", "volume.up", {}),
    ("turn the volume down a bit", "en", "volume.down", {}),
    ("mute", "en", "volume.mute", {}),
    ("mute the sound", "en", "volume.mute", {}),
    ("unmute", "en", "volume.unmute", {}),
    ("take a screenshot please", "en", "system.screenshot", {}),
    ("lock the computer", "en", "system.lock", {}),
    ("shut down the computer", "en", "system.shutdown", {}),
    ("reboot the computer", "en", "system.restart", {}),
    ("what's my ip address", "en", "system.ip", {}),
    ("list the running processes", "en", "system.processes", {}),
    ("open youtube", "en", "web.open.youtube", {}),
    ("go to github", "en", "web.open.github", {}),
    ("show the desktop", "en", "window.desktop", {}),
    ("close this window", "en", "window.close", {}),
    ("open a new tab", "en", "browser.new_tab", {}),
    ("close the tab", "en", "browser.close_tab", {}),
    ("reload the page", "en", "browser.refresh", {}),
    ("copy that", "en", "edit.copy", {}),
    ("select all", "en", "edit.select_all", {}),
    ("save the file", "en", "edit.save", {}),
    ("next song", "en", "media.next", {}),
    ("pause the music", "en", "media.play_pause", {}),
    ("cluster status", "en", "cluster.status", {}),
    ("how is the cluster doing", "en", "cluster.status", {}),
    ("which models are loaded", "en", "cluster.models", {}),
    ("gpu temperatures", "en", "cluster.gpu", {}),
    ("benchmark M2", "en", "node.benchmark.m2", {}),
    ("load devstral on M1", "en", "models.load", {"model": "devstral-small-2", "node": "M1"}),
    ("unload qwen coder from M2", "en", "models.unload", {"model": "qwen3-coder-30b", "node": "M2"}),
    ("switch M1 to the coding model", "en", "node.coder.m1", {}),
    ("analyze bitcoin", "en", "trading.analyse.btc", {}),
    ("run an analysis on solana", "en", "trading.analyse.sol", {}),
    ("close my bitcoin position", "en", "trading.close.btc", {}),
    ("show me my positions", "en", "trading.positions", {}),
    ("list the pending signals", "en", "trading.signals", {}),
    ("show signals above 80", "en", "trading.signals_min", {"score": 80}),
    ("show me the bitcoin chart", "en", "trading.chart.btc", {}),
    ("switch to voice mode", "en", "cockpit.mode.voice", {}),
    ("commander mode", "en", "cockpit.mode.commander", {}),
    ("show the plan", "en", "cockpit.focus.plan", {}),
    ("go to the conversation", "en", "cockpit.focus.conversation", {}),
    ("cancel the request", "en", "cockpit.cancel", {}),
    ("cancel that", "en", "cockpit.cancel", {}),
    ("show the help", "en", "cockpit.help", {}),
    ("export the conversation", "en", "cockpit.export", {}),
    ("search the history", "en", "cockpit.search", {}),
    ("zoom the pane", "en", "cockpit.zoom", {}),
    ("open my downloads folder", "en", "files.open.downloads", {}),
    ("open my documents", "en", "files.open.documents", {}),
    ("find my pdf files", "en", "files.find.pdf", {}),
    ("list my skills", "en", "skills.list", {}),
    ("action history", "en", "skills.history", {}),
    ("search the web for weather in London", "en", "web.search", {"query": "weather in London"}),
    ("start the docker service", "en", "service.start.docker", {}),
    ("stop the ssh service", "en", "service.stop.ssh", {}),
    ("switch to firefox", "en", "window.focus.firefox", {}),
    ("minimize spotify", "en", "window.minimize.spotify", {}),
    ("maximize the chrome window", "en", "window.maximize.chrome", {}),
    ("kill firefox", "en", "app.kill.firefox", {}),
    # A second batch, written as people talk, without looking at the templates.
    ("lance-moi firefox s'il te plaît", "fr", "app.open.firefox", {}),
    ("ouvre google chrome", "fr", "app.open.chrome", {}),
    ("démarre visual studio code", "fr", "app.open.vscode", {}),
    ("ouvre le gestionnaire de fichiers", "fr", "app.open.files", {}),
    ("ouvre l'explorateur", "fr", "app.open.files", {}),
    ("lance obs", "fr", "app.open.obs", {}),
    ("ouvre les paramètres", "fr", "app.open.settings", {}),
    ("ouvre les réglages", "fr", "app.open.settings", {}),
    ("ouvre le gestionnaire des tâches", "fr", "app.open.taskmanager", {}),
    ("ferme le terminal", "fr", "app.close.terminal", {}),
    ("ferme la calculatrice", "fr", "app.close.calculator", {}),
    ("quitte discord", "fr", "app.close.discord", {}),
    ("force la fermeture de chrome", "fr", "app.kill.chrome", {}),
    ("tue le processus de spotify", "fr", "app.kill.spotify", {}),
    ("passe sur discord", "fr", "window.focus.discord", {}),
    ("reviens sur le terminal", "fr", "window.focus.terminal", {}),
    ("minimise vs code", "fr", "window.minimize.vscode", {}),
    ("cache discord", "fr", "window.minimize.discord", {}),
    ("mets firefox en plein écran", "fr", "window.maximize.firefox", {}),
    ("agrandis le terminal", "fr", "window.maximize.terminal", {}),
    ("ouvre netflix", "fr", "web.open.netflix", {}),
    ("va sur reddit", "fr", "web.open.reddit", {}),
    ("affiche wikipédia", "fr", "web.open.wikipedia", {}),
    ("ouvre chatgpt", "fr", "web.open.chatgpt", {}),
    ("ouvre google maps", "fr", "web.open.maps", {}),
    ("passe en plein écran", "fr", "window.fullscreen", {}),
    ("fenêtre suivante", "fr", "window.next", {}),
    ("onglet suivant", "fr", "browser.next_tab", {}),
    ("reviens en arrière", "fr", "browser.back", {}),
    ("zoom avant", "fr", "browser.zoom_in", {}),
    ("colle", "fr", "edit.paste", {}),
    ("annule la dernière modification", "fr", "edit.undo", {}),
    ("appuie sur entrée", "fr", "key.enter", {}),
    ("descends d'une page", "fr", "key.page_down", {}),
    ("va tout en bas", "fr", "key.bottom", {}),
    ("piste suivante", "fr", "media.next", {}),
    ("musique précédente", "fr", "media.previous", {}),
    ("arrête la musique", "fr", "media.stop", {}),
    ("augmente le volume", "fr", "volume.up", {}),
    ("plus fort", "fr", "volume.up", {}),
    ("moins fort", "fr", "volume.down", {}),
    ("mets le son à fond", "fr", "volume.max", {}),
    ("volume au maximum", "fr", "volume.max", {}),
    ("coupe le volume", "fr", "volume.mute", {}),
    ("mets en sourdine", "fr", "volume.mute", {}),
    ("augmente le volume de dix pour cent", "fr", "volume.up_by", {"step": 10}),
    ("diminue le volume de vingt-cinq", "fr", "volume.down_by", {"step": 25}),
    ("règle le volume à soixante-quinze pour cent", "fr", "volume.set", {"percent": 75}),
    ("passe le son à 35", "fr", "volume.set", {"percent": 35}),
    ("infos système", "fr", "system.info", {}),
    ("utilisation du processeur", "fr", "system.cpu", {}),
    ("combien de ram utilisée", "fr", "system.memory", {}),
    ("espace disque", "fr", "system.disk", {}),
    ("quelle carte graphique j'ai", "fr", "system.gpu", {}),
    ("liste les réseaux wi-fi", "fr", "system.wifi", {}),
    ("mets le pc en veille", "fr", "system.sleep", {}),
    ("vérifie la connexion internet", "fr", "system.internet", {}),
    ("lis le presse-papier", "fr", "system.clipboard_read", {}),
    ("vide le presse-papier", "fr", "system.clipboard_clear", {}),
    ("liste les services", "fr", "system.services", {}),
    ("liste les fenêtres ouvertes", "fr", "window.list", {}),
    ("démarre docker", "fr", "service.start.docker", {}),
    ("arrête ollama", "fr", "service.stop.ollama", {}),
    ("active le bluetooth", "fr", "service.start.bluetooth", {}),
    ("ouvre mes téléchargements", "fr", "files.open.downloads", {}),
    ("ouvre le dossier images", "fr", "files.open.pictures", {}),
    ("qu'est-ce qu'il y a dans mes documents", "fr", "files.list.documents", {}),
    ("liste le contenu des téléchargements", "fr", "files.list.downloads", {}),
    ("où sont mes photos", "fr", "files.find.photos", {}),
    ("trouve les fichiers excel", "fr", "files.find.excel", {}),
    ("supprime la capture d'écran", "fr", "files.delete.screenshot", {}),
    ("liste les modèles", "fr", "cluster.models", {}),
    ("performances du cluster", "fr", "cluster.perf", {}),
    ("statut d'ollama", "fr", "ollama.status", {}),
    ("quels modèles sur M3", "fr", "node.models.m3", {}),
    ("température de M1", "fr", "node.gpu.m1", {}),
    ("comment va le gpu de M2", "fr", "node.gpu.m2", {}),
    ("teste la vitesse de gemini", "fr", "node.benchmark.gemini", {}),
    ("bascule M2 en modèle dev", "fr", "node.dev.m2", {}),
    ("télécharge gpt oss dans ollama", "fr", "ollama.pull", {"model": "gpt-oss-20b"}),
    ("état du trading", "fr", "trading.status", {}),
    ("quelles sont mes positions", "fr", "trading.positions", {}),
    ("y a-t-il des signaux", "fr", "trading.signals", {}),
    ("analyse ethereum", "fr", "trading.analyse.eth", {}),
    ("lance une analyse sur dogecoin", "fr", "trading.analyse.doge", {}),
    ("ferme la position solana", "fr", "trading.close.sol", {}),
    ("affiche le graphique de ripple", "fr", "trading.chart.xrp", {}),
    ("statut du cerveau", "fr", "brain.status", {}),
    ("analyse mes habitudes", "fr", "brain.analyse", {}),
    ("suggère-moi des compétences", "fr", "brain.suggest", {}),
    ("que me proposes-tu", "fr", "skills.suggest_actions", {}),
    ("passe en mode ollama", "fr", "cockpit.mode.ollama", {}),
    ("montre-moi le cluster", "fr", "cockpit.focus.cluster", {}),
    ("affiche les flux des agents", "fr", "cockpit.focus.streams", {}),
    ("affiche le carnet de trading", "fr", "cockpit.focus.trading", {}),
    ("aide", "fr", "cockpit.help", {}),
    ("métrique suivante", "fr", "cockpit.metric", {}),
    ("ferme le cockpit", "fr", "cockpit.quit", {}),
    ("launch visual studio code", "en", "app.open.vscode", {}),
    ("open the file manager", "en", "app.open.files", {}),
    ("open the settings", "en", "app.open.settings", {}),
    ("start obs studio", "en", "app.open.obs", {}),
    ("fire up steam", "en", "app.open.steam", {}),
    ("close the terminal", "en", "app.close.terminal", {}),
    ("exit discord", "en", "app.close.discord", {}),
    ("force quit chrome", "en", "app.kill.chrome", {}),
    ("bring up discord", "en", "window.focus.discord", {}),
    ("hide spotify", "en", "window.minimize.spotify", {}),
    ("maximize the terminal", "en", "window.maximize.terminal", {}),
    ("open netflix", "en", "web.open.netflix", {}),
    ("go to reddit", "en", "web.open.reddit", {}),
    ("open my email", "en", "web.open.gmail", {}),
    ("go full screen", "en", "window.fullscreen", {}),
    ("next window", "en", "window.next", {}),
    ("next tab", "en", "browser.next_tab", {}),
    ("go back", "en", "browser.back", {}),
    ("zoom in", "en", "browser.zoom_in", {}),
    ("paste it", "en", "edit.paste", {}),
    ("undo that", "en", "edit.undo", {}),
    ("press enter", "en", "key.enter", {}),
    ("scroll down", "en", "key.page_down", {}),
    ("go to the bottom", "en", "key.bottom", {}),
    ("skip this song", "en", "media.next", {}),
    ("previous track", "en", "media.previous", {}),
    ("stop the music", "en", "media.stop", {}),
    ("volume up", "en", "volume.up", {}),
    ("louder", "en", "volume.up", {}),
    ("quieter", "en", "volume.down", {}),
    ("max volume", "en", "volume.max", {}),
    ("increase the volume by ten percent", "en", "volume.up_by", {"step": 10}),
    ("lower the volume by twenty-five", "en", "volume.down_by", {"step": 25}),
    ("set the volume to seventy-five percent", "en", "volume.set", {"percent": 75}),
    ("system information", "en", "system.info", {}),
    ("cpu usage", "en", "system.cpu", {}),
    ("how much ram is used", "en", "system.memory", {}),
    ("how much disk space is left", "en", "system.disk", {}),
    ("which graphics card do I have", "en", "system.gpu", {}),
    ("scan for wi-fi networks", "en", "system.wifi", {}),
    ("put the computer to sleep", "en", "system.sleep", {}),
    ("check the internet", "en", "system.internet", {}),
    ("read the clipboard", "en", "system.clipboard_read", {}),
    ("clear the clipboard", "en", "system.clipboard_clear", {}),
    ("list the services", "en", "system.services", {}),
    ("list the open windows", "en", "window.list", {}),
    ("start docker", "en", "service.start.docker", {}),
    ("stop ollama", "en", "service.stop.ollama", {}),
    ("open my downloads", "en", "files.open.downloads", {}),
    ("open the pictures folder", "en", "files.open.pictures", {}),
    ("what is in my documents folder", "en", "files.list.documents", {}),
    ("where are my photos", "en", "files.find.photos", {}),
    ("find my spreadsheets", "en", "files.find.excel", {}),
    ("delete the screenshot", "en", "files.delete.screenshot", {}),
    ("list the models", "en", "cluster.models", {}),
    ("cluster performance", "en", "cluster.perf", {}),
    ("is ollama running", "en", "ollama.status", {}),
    ("models on M3", "en", "node.models.m3", {}),
    ("how hot is M1", "en", "node.gpu.m1", {}),
    ("benchmark gemini", "en", "node.benchmark.gemini", {}),
    ("switch M2 to the dev model", "en", "node.dev.m2", {}),
    ("pull gpt oss into ollama", "en", "ollama.pull", {"model": "gpt-oss-20b"}),
    ("trading status", "en", "trading.status", {}),
    ("what are my positions", "en", "trading.positions", {}),
    ("are there any signals", "en", "trading.signals", {}),
    ("analyse ethereum", "en", "trading.analyse.eth", {}),
    ("run an analysis of dogecoin", "en", "trading.analyse.doge", {}),
    ("close the solana position", "en", "trading.close.sol", {}),
    ("show me the ripple chart", "en", "trading.chart.xrp", {}),
    ("brain status", "en", "brain.status", {}),
    ("analyze my habits", "en", "brain.analyse", {}),
    ("suggest new skills", "en", "brain.suggest", {}),
    ("what do you suggest", "en", "skills.suggest_actions", {}),
    ("switch to ollama mode", "en", "cockpit.mode.ollama", {}),
    ("show me the cluster pane", "en", "cockpit.focus.cluster", {}),
    ("show the agent streams", "en", "cockpit.focus.streams", {}),
    ("go to the trading book", "en", "cockpit.focus.trading", {}),
    ("help", "en", "cockpit.help", {}),
    ("next metric", "en", "cockpit.metric", {}),
    ("quit the cockpit", "en", "cockpit.quit", {}),
]

# Out of scope, written by hand: many share words with commands on purpose.
OUT_FR = """
quelle heure est-il
quel temps fait-il demain à Paris
raconte-moi une blague
comment tu vas aujourd'hui
merci beaucoup jarvis
bonne nuit
qui a gagné le match hier soir
c'est quoi la capitale de l'Australie
écris une fonction python qui inverse une liste
écris un script bash qui sauvegarde mon dossier documents
corrige le bug dans mon fichier main.py
explique-moi la différence entre TCP et UDP
comment on fait une boucle for en rust
refactorise la classe Matcher pour qu'elle soit plus lisible
écris des tests unitaires pour le module de trading
pourquoi mon code python plante avec une KeyError
génère une regex qui valide une adresse mail
fais-moi un résumé de ce document
traduis bonjour en japonais
analyse le marché crypto et dis-moi si je dois acheter du bitcoin
est-ce que le bitcoin va monter cette semaine
quel est le prix actuel de l'ethereum
achète pour cent dollars de solana
vends tout mon bitcoin maintenant
quelle stratégie de trading me conseilles-tu sur les altcoins
calcule le risque si je prends un levier de vingt sur ethereum
pourquoi le dogecoin a chuté hier
compare cardano et solana sur le long terme
ouvre une discussion sur la politique européenne
ouvre ton cœur et dis-moi ce que tu penses
ferme les yeux et imagine une plage
ferme la porte du garage
ouvre la porte d'entrée
allume la lumière du salon
éteins la lumière de la cuisine
mets le chauffage à vingt degrés
monte le chauffage
baisse les stores
le volume des ventes a augmenté de quarante pour cent
comment augmenter le volume de mes ventes en ligne
quel est le volume d'une sphère de rayon trois
le son de cette guitare est magnifique
coupe les oignons en petits dés
coupe la parole à personne
arrête de dire des bêtises
arrête de fumer c'est dur
lance une pièce pour voir pile ou face
lance les dés
lance une recherche scientifique sur le cancer
démarre la voiture
verrouille la porte de la maison
déverrouille l'écran
déverrouille mon téléphone
redémarre ta réflexion depuis le début
éteins la télé
mets-moi une chanson de Brel
joue du jazz
mets un minuteur de dix minutes
réveille-moi à sept heures
rappelle-moi d'appeler maman demain
ajoute du lait à la liste de courses
envoie un message à Paul
appelle le docteur
combien font douze fois sept
quelle est la racine carrée de deux
combien de jours avant Noël
ouvre chromium
ouvre zoom
lance photoshop
ferme internet explorer
ouvre le fichier rapport point docx
ouvre le dossier projets secrets
supprime tous mes fichiers
supprime le dossier système
formate le disque dur
vide la corbeille
statut de M4
charge llama trois sur M7
benchmark de M9
modèles de M5
passe M4 en modèle codeur
est-ce que firefox est meilleur que chrome
pourquoi firefox est si lent
qui a créé linux
c'est quoi un GPU
combien de mémoire a une RTX 4090
que penses-tu de l'intelligence artificielle
quel modèle est le meilleur pour coder
quelle est la température idéale pour un GPU
le cluster est-il plus rapide que le cloud
écris un article de blog sur les LLM locaux
explique le fonctionnement d'ollama
comment installer docker sur ubuntu
comment configurer le service ssh
pourquoi mon wifi est lent
comment changer mon adresse ip
à quoi sert le presse-papier
donne-moi une idée de recette pour ce soir
planifie mes vacances en Italie
quelle est la distance entre Paris et Marseille
j'ai faim
je suis fatigué
tu es génial
je t'aime bien
au revoir
salut
bonjour jarvis
oui
non
peut-être
d'accord
attends une seconde
laisse tomber
je ne sais pas
c'est pas grave
la fenêtre de ma chambre est cassée
j'ai vu un film avec Tom Hanks hier
mon écran est rayé
ma souris ne marche plus
mon clavier est sale
la musique de ce film est superbe
le plan de la ville est sur la table
le cluster de serveurs de mon entreprise est en panne
les GPU coûtent trop cher cette année
ce trading est risqué
mes positions politiques sont claires
le signal radio est faible
l'historique de la France est passionnant
l'aide sociale a augmenté
la recherche avance vite
la conversation était intéressante
le mode d'emploi est perdu
le mode avion est activé sur mon téléphone
ouvre grand la bouche
ferme ta bouche
affiche une citation inspirante
montre-moi une photo de chat
montre-moi comment faire un nœud de cravate
affiche les résultats du loto
liste les présidents de la république
liste les capitales européennes
cherche un restaurant italien près d'ici
trouve-moi un vol pour Tokyo
tape dans tes mains
copie mon devoir de maths
colle l'affiche sur le mur
imprime trois exemplaires en couleur du contrat
enregistre une note vocale
sauvegarde ma partie
zoom sur l'image du satellite
agrandis la photo de famille
réduis la taille de ce texte de moitié
passe-moi le sel
va te coucher
va voir ailleurs
bascule la lumière
mets-toi à ma place
analyse ce texte de loi
analyse mes dépenses du mois
analyse la structure de ce code
analyse le sentiment de ce tweet
quelle est la tendance du bitcoin sur une semaine
quel est mon solde sur binance
combien j'ai gagné ce mois-ci en trading
ouvre une position longue sur bitcoin avec un levier de dix
ferme toutes mes positions en perte
mets un stop loss à deux pour cent
écris un bot de trading en python
quel est le meilleur exchange pour les futures
peux-tu m'expliquer les futures perpétuels
donne-moi les dernières nouvelles crypto
""".strip().splitlines()

OUT_EN = """
what time is it
what's the weather like tomorrow in London
tell me a joke
how are you today
thank you so much
good night
who won the game last night
what is the capital of Australia
write a python function that reverses a list
write a bash script that backs up my documents folder
fix the bug in main.py
explain the difference between TCP and UDP
how do I write a for loop in rust
refactor the matcher class to make it more readable
write unit tests for the trading module
why does my python code crash with a KeyError
generate a regex that validates an email address
summarize this document for me
translate hello into japanese
analyze the crypto market and tell me if I should buy bitcoin
will bitcoin go up this week
what is the current price of ethereum
buy a hundred dollars of solana
sell all my bitcoin now
which trading strategy do you recommend for altcoins
calculate the risk of a twenty x leverage on ethereum
why did dogecoin drop yesterday
compare cardano and solana over the long term
open a discussion about european politics
open your heart and tell me what you think
close your eyes and imagine a beach
close the garage door
open the front door
turn on the living room light
turn off the kitchen light
set the thermostat to twenty degrees
turn up the heating
lower the blinds
sales volume went up forty percent
how can I increase my sales volume online
what is the volume of a sphere of radius three
the sound of this guitar is beautiful
cut the onions into small cubes
stop saying nonsense
stop smoking is hard
flip a coin
roll the dice
start the car
lock the front door
unlock the screen
unlock my phone
restart your reasoning from scratch
turn off the tv
play some jazz
play a song by the beatles
set a timer for ten minutes
wake me up at seven
remind me to call mom tomorrow
add milk to the shopping list
send a message to Paul
call the doctor
what is twelve times seven
what is the square root of two
how many days until christmas
open chromium
open zoom
launch photoshop
close internet explorer
open the file report dot docx
open the secret projects folder
delete all my files
delete the system folder
format the hard drive
empty the trash
status of M4
load llama three on M7
benchmark M9
models of M5
switch M4 to the coding model
is firefox better than chrome
why is firefox so slow
who created linux
what is a GPU
how much memory does an RTX 4090 have
what do you think about artificial intelligence
which model is best for coding
what is the ideal temperature for a GPU
is the cluster faster than the cloud
write a blog post about local LLMs
explain how ollama works
how do I install docker on ubuntu
how do I configure the ssh service
why is my wifi slow
how do I change my ip address
what is the clipboard for
give me a recipe idea for tonight
plan my holidays in Italy
how far is Paris from Marseille
I'm hungry
I'm tired
you're awesome
I like you
goodbye
hi
hello jarvis
yes
no
maybe
okay
wait a second
never mind
I don't know
it doesn't matter
the window in my bedroom is broken
my screen is scratched
my mouse doesn't work anymore
my keyboard is dirty
the music in this movie is great
the plan is on the table
my company's server cluster is down
GPUs are too expensive this year
this trade is risky
my political positions are clear
the radio signal is weak
the history of France is fascinating
the conversation was interesting
the user manual is lost
airplane mode is on on my phone
open your mouth wide
shut your mouth
show me an inspiring quote
show me a picture of a cat
show me how to tie a tie
show the lottery results
list the presidents of the united states
list the european capitals
find an italian restaurant nearby
find me a flight to Tokyo
clap your hands
copy my math homework
paste the poster on the wall
print three color copies of the contract
record a voice memo
save my game
zoom in on the satellite image
make the family photo bigger
cut this text in half
pass me the salt
go to bed
go away
switch the light
put yourself in my shoes
analyze this law
analyze my monthly spending
analyze the structure of this code
analyze the sentiment of this tweet
what is the bitcoin trend over a week
what is my balance on binance
how much did I make trading this month
open a long position on bitcoin with ten x leverage
close all my losing positions
set a stop loss at two percent
write a trading bot in python
which exchange is best for futures
can you explain perpetual futures
give me the latest crypto news
""".strip().splitlines()

# Near-commands: negated, deferred, compound, about something else.
OUT_FR += """
ne ferme pas firefox
surtout ne coupe pas le son
n'éteins pas le pc
ne supprime pas la capture d'écran
je n'ai pas dit d'ouvrir spotify
ouvre firefox et va sur youtube puis cherche une vidéo de chat
ferme spotify demain matin
éteins le pc dans une heure
que se passe-t-il si je ferme le terminal
comment on ouvre le gestionnaire des tâches sous windows
est-ce que je peux fermer discord sans perdre mes messages
pourquoi le volume est si bas
combien de modèles peut charger M1
quel est le meilleur modèle entre devstral et qwen coder
faut-il fermer ma position bitcoin
vaut-il mieux analyser ethereum ou solana
dis-moi quand le bitcoin passe les cent mille
mets le volume à quarante degrés
mets le volume de la télé à fond
baisse le son de la radio du voisin
ouvre la fenêtre de la cuisine
ferme la fenêtre du salon
affiche la météo
montre-moi le plan du métro
va sur la lune
passe le sel à ta sœur
copie ce que dit le prof
tue le temps
lance-toi
démarre une nouvelle vie
mode vacances
mode avion
passe en mode nuit
verrouille ta réponse
la capture d'écran est floue
le presse-papier est vide
le terminal affiche une erreur
firefox plante tout le temps
spotify ne lit plus rien
le bitcoin monte
le cluster chauffe
écris un poème sur firefox
résume la page youtube que je regarde
traduis ce message discord en anglais
fais le ménage dans mes téléchargements
range mes documents par date
""".strip().splitlines()
OUT_EN += """
don't close firefox
please do not mute the sound
never shut down the computer
don't delete the screenshot
I didn't say open spotify
open firefox and go to youtube then search for a cat video
close spotify tomorrow morning
shut down the computer in one hour
what happens if I close the terminal
how do I open the task manager on windows
can I close discord without losing my messages
why is the volume so low
how many models can M1 load
which is better devstral or qwen coder
should I close my bitcoin position
is it better to analyse ethereum or solana
tell me when bitcoin passes one hundred thousand
set the volume to forty degrees
turn the tv volume all the way up
open the kitchen window
close the living room window
show the weather
show me the subway map
go to the moon
copy what the teacher says
kill time
start a new life
vacation mode
night mode
lock in your answer
the screenshot is blurry
the clipboard is empty
the terminal shows an error
firefox keeps crashing
spotify doesn't play anything
bitcoin is going up
the cluster is running hot
write a poem about firefox
summarize the youtube page I'm watching
translate this discord message into french
clean up my downloads
sort my documents by date
""".strip().splitlines()

# Frames around words the commands use: questions about, not orders to.
FRAMES = {
    "fr": ["pourquoi {x} ne marche pas", "c'est quoi {x}", "comment fonctionne {x}", "explique-moi {x}", "est-ce que {x} est gratuit",
           "qui a inventé {x}", "parle-moi de {x}", "j'aime bien {x}", "je déteste {x}", "{x} c'est nul"],
    "en": ["why doesn't {x} work", "what is {x}", "how does {x} work", "explain {x} to me", "is {x} free", "who invented {x}",
           "tell me about {x}", "I really like {x}", "I hate {x}", "{x} is rubbish"],
}
TOPICS = {
    "fr": ["firefox", "spotify", "le terminal", "vs code", "youtube", "github", "le bitcoin", "ethereum", "solana", "ollama", "le cluster",
           "le volume", "le mode vocal", "la capture d'écran", "le presse-papier", "le wifi", "docker", "le gestionnaire des tâches", "discord",
           "l'explorateur de fichiers", "le plein écran", "le benchmark", "la calculatrice", "obsidian", "le trading"],
    "en": ["firefox", "spotify", "the terminal", "vs code", "youtube", "github", "bitcoin", "ethereum", "solana", "ollama", "the cluster",
           "the volume", "voice mode", "the screenshot", "the clipboard", "wifi", "docker", "the task manager", "discord", "the file explorer",
           "full screen", "the benchmark", "the calculator", "obsidian", "trading"],
}


SPOKEN = Path(__file__).with_name("paraphrases.txt")
_SLOT_START = re.compile(r"\s+(?=[a-z_]+=)")


def spoken_rows() -> list[dict[str, Any]]:
    """The hand-written section: `COMMAND [slot=value ...] | LANG | TEXT` a line ("-": out of scope)."""
    out: list[dict[str, Any]] = []
    for number, line in enumerate(SPOKEN.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            head, lang, text = (part.strip() for part in line.split("|", 2))
        except ValueError:
            raise SystemExit(f"{SPOKEN}:{number}: expected COMMAND | LANG | TEXT") from None
        command, *pairs = _SLOT_START.split(head)
        slots: dict[str, Any] = {}
        for pair in pairs:
            name, value = pair.split("=", 1)
            slots[name] = int(value) if value.isdigit() else value
        part = "check" if len(out) % 4 == 3 else "tune"
        out.append({"text": text, "lang": lang, "command": None if command == "-" else command, "slots": slots, "kind": "spoken", "part": part})
    return out


def rows(catalogue: Catalogue, rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(text: str, lang: str, command: str | None, slots: dict[str, Any], kind: str) -> None:
        out.append({"text": text, "lang": lang, "command": command, "slots": slots, "kind": kind})

    by_command: dict[str, list[Phrasing]] = {}
    for p in catalogue.phrasings:
        by_command.setdefault(p.command, []).append(p)
    # One spoken phrasing per command and language, then errors and politeness on some.
    for command, phrasings in by_command.items():
        for lang in ("fr", "en"):
            pool = [p for p in phrasings if p.lang == lang]
            p = rng.choice(pool)
            text, slots = render(p, catalogue, rng, rng.choice(["words", "digits"]))
            if rng.random() < 0.45:
                add(text, lang, command, slots, "phrasing")
            if rng.random() < 0.35:
                before, after = rng.choice(POLITE[lang])
                add(f"{before}{text}{after}", lang, command, slots, "polite")
            if rng.random() < 0.55:
                noisy = whisper(text, lang, rng)
                # A free-text value is passed on as heard: keep rows whose value survived.
                if noisy is not None and all(str(v).lower() in noisy.lower() for k, v in slots.items() if k in ("query", "text")):
                    add(noisy, lang, command, slots, "whisper")
    for text, lang, command, slots in PARAPHRASES:
        add(text, lang, command, slots, "paraphrase")
    for lang, lines in (("fr", OUT_FR), ("en", OUT_EN)):
        for line in lines:
            add(line, lang, None, {}, "out")
        for frame in FRAMES[lang]:
            for topic in rng.sample(TOPICS[lang], 6):
                add(frame.format(x=topic), lang, None, {}, "out")
    out.extend(spoken_rows())
    return out


def main() -> int:
    catalogue = load_catalogue()
    rng = random.Random(SEED)
    seen: set[str] = set()
    for row in rows(catalogue, rng):
        key = row["text"].lower()
        if key in seen:
            continue
        seen.add(key)
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
