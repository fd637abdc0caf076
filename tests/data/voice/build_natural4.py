"""Build tests/data/voice/natural4.jsonl, the sixth labelled set of voice utterances (a tuning set).

Written by the voice-set4 helper from data/voice/commands.toml (and core/voice/catalogue_gen.py) alone:
the held-out set, the dev set, the other natural sets, paraphrases.txt, their build scripts and
core/voice/ (except catalogue_gen.py) were not opened.  Most lines are hand-written; the app, site,
node, coin and folder lines combine hand-written natural sentence frames with the catalogue's
names; the `canonical` lines expand the catalogue's own templates; the `asr` lines apply
Whisper-like damage (accents, homophones, split words, digits) to in-scope lines.
Fixed seed: `python3 tests/data/voice/build_natural4.py` rewrites the same file.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import unicodedata
from pathlib import Path

from natural4_lines import AMBIGUOUS, HAND, OOS  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("natural4.jsonl")
rng = random.Random(20261201)

# ---------------------------------------------------------------- apps (open/close/kill/focus/minimize/maximize)
APPS_EN = {
    "firefox": ["Firefox", "firefox", "mozilla firefox"], "chrome": ["Chrome", "google chrome"], "edge": ["Edge", "microsoft edge"],
    "brave": ["Brave", "the brave browser"], "vscode": ["VS Code", "visual studio code", "vscode"], "terminal": ["the terminal", "the console"],
    "files": ["the file manager", "the file explorer"], "calculator": ["the calculator"], "editor": ["notepad", "the text editor"],
    "spotify": ["Spotify"], "vlc": ["VLC", "vlc player"], "discord": ["Discord"], "slack": ["Slack"], "telegram": ["Telegram"],
    "thunderbird": ["Thunderbird"], "outlook": ["Outlook"], "teams": ["Teams", "microsoft teams"], "word": ["Word", "microsoft word"],
    "excel": ["Excel", "microsoft excel"], "powerpoint": ["PowerPoint", "powerpoint"], "libreoffice": ["libre office", "LibreOffice"],
    "gimp": ["GIMP", "gimp"], "obs": ["OBS", "obs studio"], "steam": ["Steam"], "lmstudio": ["LM Studio", "lm studio"],
    "taskmanager": ["the task manager", "the system monitor"], "settings": ["the settings"], "blender": ["Blender"], "pycharm": ["PyCharm"],
    "postman": ["Postman"], "notion": ["Notion"], "obsidian": ["Obsidian"],
}
APPS_FR = {
    "firefox": ["Firefox", "firefox"], "chrome": ["Chrome", "google chrome"], "edge": ["Edge", "microsoft edge"], "brave": ["Brave"],
    "vscode": ["VS Code", "visual studio code"], "terminal": ["le terminal", "la console"], "files": ["l'explorateur de fichiers", "le gestionnaire de fichiers"],
    "calculator": ["la calculatrice"], "editor": ["le bloc-notes", "l'éditeur de texte"], "spotify": ["Spotify"], "vlc": ["VLC"], "discord": ["Discord"],
    "slack": ["Slack"], "telegram": ["Telegram"], "thunderbird": ["Thunderbird"], "outlook": ["Outlook"], "teams": ["Teams"], "word": ["Word"],
    "excel": ["Excel"], "powerpoint": ["PowerPoint"], "libreoffice": ["LibreOffice", "libre office"], "gimp": ["Gimp"], "obs": ["OBS"], "steam": ["Steam"],
    "lmstudio": ["LM Studio"], "taskmanager": ["le gestionnaire des tâches", "le moniteur système"], "settings": ["les paramètres", "les réglages"],
    "blender": ["Blender"], "pycharm": ["PyCharm"], "postman": ["Postman"], "notion": ["Notion"], "obsidian": ["Obsidian"],
}
FRAMES_EN = {
    "app.open": ["could you open {a} for me?", "I need {a}, can you start it?", "pull up {a} please", "Jarvis, fire up {a}", "would you mind launching {a}?",
                 "ok so first, could you open {a}, thanks", "I'd like to work in {a}, start it up", "hey, get {a} running for me", "can I get {a} open?",
                 "launch {a} real quick", "start {a} please", "I wanna use {a}, open it"],
    "app.close": ["I'm done with {a}, close it", "could you close {a}?", "please quit {a}", "shut {a}, I don't need it anymore",
                  "would you mind closing {a}?", "exit {a} please", "can you quit {a} for me", "we're finished with {a}, you can close it"],
    "app.kill": ["{a} is frozen, kill it", "{a} isn't responding, force quit it", "force close {a}, it's stuck", "kill the {a} process",
                 "{a} hung again, terminate it please", "{a} won't close, force it to quit", "end the {a} task, it's not responding"],
    "window.focus": ["switch over to {a}", "take me back to {a}", "bring {a} to the front", "go back to {a} please", "jump to {a}",
                     "can you switch back to {a}?", "I need to see {a} again, switch to it"],
    "window.minimize": ["hide {a} for a sec", "get {a} out of the way, minimize it", "minimize {a} please", "can you minimize {a}?",
                        "shrink {a} down", "{a} is in my way, hide it"],
    "window.maximize": ["make {a} bigger, maximize it", "maximize {a} please", "can you maximize {a}?", "blow {a} up, the window is tiny",
                        "{a} window is too small, maximize it", "enlarge {a}"],
}
FRAMES_FR = {
    "app.open": ["ouvre-moi {a}", "tu peux lancer {a} ?", "Jarvis, démarre {a}", "vas-y, lance {a}", "j'aimerais bien que tu ouvres {a}",
                 "tu pourrais pas ouvrir {a} ?", "pourriez-vous ouvrir {a}, s'il vous plaît ?", "allez, ouvre {a} stp", "lance-moi {a}",
                 "bon, d'abord ouvre {a}, merci"],
    "app.close": ["ferme {a} stp, j'ai fini", "tu peux quitter {a} ?", "quitte {a}", "j'ai plus besoin {de}, ferme l'application",
                  "tu pourrais fermer {a} ?", "ferme {a}, merci", "vous pouvez fermer {a} s'il vous plaît ?"],
    "app.kill": ["{a} répond plus, force la fermeture", "force la fermeture {de}, ça bloque", "tue le processus {de}", "termine {a} de force",
                 "arrête {a} de force, c'est planté", "{a} est figé, fais un kill"],
    "window.focus": ["passe sur {a}", "reviens sur {a}", "remets {a} au premier plan", "bascule vers {a} stp", "retourne sur {a}",
                     "tu peux repasser sur {a} ?", "mets {a} devant"],
    "window.minimize": ["réduis {a}", "cache {a} deux secondes", "minimise la fenêtre {de}", "tu peux réduire {a} ?", "range {a} dans la barre des tâches",
                        "cache-moi {a}"],
    "window.maximize": ["agrandis {a}", "mets {a} en grand", "maximise la fenêtre {de}", "la fenêtre {de} est trop petite, agrandis-la",
                        "tu peux agrandir {a} ?", "maximise {a}"],
}


def de(name: str) -> str:
    """French 'de' + name with the article contracted."""
    for art, rep in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if name.startswith(art):
            return rep + name[len(art):]
    return ("d'" if name[0].lower() in "aeiouo" else "de ") + name


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


rows: list[dict[str, object]] = []


def add(text: str, lang: str, command: str | None, slots: dict[str, object] | None, category: str) -> None:
    rows.append({"text": text, "lang": lang, "command": command, "slots": slots or {}, "category": category})


def app_lines() -> None:
    for key in APPS_EN:
        for action in FRAMES_EN:
            cid = f"{action}.{key}"
            a = rng.choice(APPS_EN[key])
            t = rng.choice(FRAMES_EN[action]).format(a=a).replace("the the ", "the ")
            add(cap(t) if rng.random() < 0.5 else t, "en", cid, {}, "paraphrase")
            a = rng.choice(APPS_FR[key])
            t = rng.choice(FRAMES_FR[action]).format(a=a, de=de(a))
            add(cap(t) if t[0] != "{" else t, "fr", cid, {}, "paraphrase")


# ---------------------------------------------------------------- web sites
SITES = {
    "youtube": (["YouTube", "youtube"], ["YouTube"]), "google": (["google", "Google"], ["Google"]), "gmail": (["my inbox", "gmail", "my email"], ["mes mails", "Gmail", "ma boîte mail"]),
    "github": (["GitHub"], ["GitHub"]), "chatgpt": (["ChatGPT"], ["ChatGPT"]), "claude": (["Claude", "claude ai"], ["Claude"]), "wikipedia": (["Wikipedia"], ["Wikipédia"]),
    "netflix": (["Netflix"], ["Netflix"]), "twitch": (["Twitch"], ["Twitch"]), "twitter": (["Twitter"], ["Twitter"]), "reddit": (["Reddit"], ["Reddit"]),
    "linkedin": (["LinkedIn"], ["LinkedIn"]), "amazon": (["Amazon"], ["Amazon"]), "maps": (["Google Maps"], ["Google Maps"]), "drive": (["Google Drive"], ["Google Drive"]),
    "stackoverflow": (["Stack Overflow"], ["Stack Overflow"]), "huggingface": (["Hugging Face"], ["Hugging Face"]), "tradingview": (["TradingView", "trading view"], ["TradingView"]),
    "mexc": (["MEXC"], ["MEXC"]), "binance": (["Binance"], ["Binance"]), "coingecko": (["CoinGecko"], ["CoinGecko"]), "coinmarketcap": (["CoinMarketCap"], ["CoinMarketCap"]),
    "deepl": (["DeepL"], ["DeepL"]), "translate": (["Google Translate"], ["Google Traduction"]), "whatsapp": (["WhatsApp Web", "whatsapp"], ["WhatsApp Web"]),
    "facebook": (["Facebook"], ["Facebook"]), "instagram": (["Instagram"], ["Instagram"]), "ollama": (["the ollama library"], ["la bibliothèque ollama"]),
}
SITE_EN = ["take me to {s}", "can you pull up {s} in the browser?", "I wanna check {s}", "go to {s} for me", "Jarvis, open {s}", "bring up {s} please",
           "let me see {s}", "could you load {s}?"]
SITE_FR = ["va sur {s}", "ouvre-moi {s}", "affiche {s} dans le navigateur", "tu peux aller sur {s} ?", "mets {s} stp", "Jarvis, ouvre {s}", "je veux aller sur {s}"]


def site_lines() -> None:
    for key, (en, fr) in SITES.items():
        for frames, names, lang in ((SITE_EN, en, "en"), (SITE_FR, fr, "fr")):
            for t in rng.sample(frames, 2 if key in ("youtube", "gmail", "github", "tradingview", "ollama") else 1):
                add(t.format(s=rng.choice(names)), lang, f"web.open.{key}", {}, "paraphrase")


# ---------------------------------------------------------------- folders and file searches
FOLDERS = {"documents": ("my documents folder", "documents", "mes documents", "le dossier documents"),
           "downloads": ("my downloads folder", "downloads", "mes téléchargements", "le dossier téléchargements"),
           "desktop": ("my desktop folder", "desktop folder", "le dossier bureau", "mon dossier bureau"),
           "pictures": ("my pictures folder", "pictures", "mes images", "le dossier images"),
           "music": ("my music folder", "music folder", "le dossier musique", "mon dossier musique"),
           "videos": ("my videos folder", "videos", "mes vidéos", "le dossier vidéos"),
           "home": ("my home folder", "home directory", "mon dossier personnel", "le dossier utilisateur")}


def folder_lines() -> None:
    for key, (en1, en2, fr1, fr2) in FOLDERS.items():
        add(rng.choice([f"open {en1} in the file manager", f"can you open {en1}?", f"pop open {en1} for me"]), "en", f"files.open.{key}", {}, "paraphrase")
        add(rng.choice([f"what's in my {en2}?", f"list what's inside {en1}", f"show me the files in {en1}, just list them"]), "en", f"files.list.{key}", {}, "paraphrase")
        add(rng.choice([f"ouvre {fr2} dans l'explorateur", f"tu peux m'ouvrir {fr2} ?", f"ouvre-moi {fr2}"]), "fr", f"files.open.{key}", {}, "paraphrase")
        add(rng.choice([f"qu'est-ce qu'il y a dans {fr1} ?", f"liste le contenu de {fr2}", f"y a quoi dans {fr2} ?"]), "fr", f"files.list.{key}", {}, "paraphrase")


FINDS = {"pdf": ("my PDFs", "mes PDF"), "photos": ("my photos", "mes photos"), "png": ("my png images", "mes images png"), "python": ("my python scripts", "mes fichiers python"),
         "word": ("my word documents", "mes documents word"), "excel": ("my spreadsheets", "mes fichiers excel"), "powerpoint": ("my presentations", "mes présentations"),
         "text": ("my text files", "mes fichiers texte"), "csv": ("my csv files", "mes fichiers csv"), "zip": ("my zip files", "mes archives zip"),
         "mp3": ("my mp3 files", "mes mp3"), "mp4": ("my mp4 files", "mes vidéos mp4"), "json": ("my json files", "mes fichiers json"), "markdown": ("my markdown notes", "mes fichiers markdown")}


def find_lines() -> None:
    for key, (en, fr) in FINDS.items():
        add(rng.choice([f"where are {en}?", f"can you find {en}?", f"look for {en} on the disk", f"I lost track of {en}, find them"]), "en", f"files.find.{key}", {}, "paraphrase")
        add(rng.choice([f"où sont {fr} ?", f"trouve-moi {fr}", f"tu peux chercher {fr} ?", f"j'arrive pas à retrouver {fr}, cherche-les"]), "fr", f"files.find.{key}", {}, "paraphrase")


# ---------------------------------------------------------------- nodes
NODES = {"m1": ("M1", ["m1", "M1", "em one"], ["m1", "M1", "aime un"]), "m2": ("M2", ["m2", "M2", "em two"], ["m2", "M2", "em deux"]),
         "m3": ("M3", ["m3", "M3", "em three"], ["m3", "M3", "aime trois"]), "ol1": ("OL1", ["ol1", "OL1", "o l one"], ["ol1", "OL1", "o l un"]),
         "gemini": ("GEMINI", ["gemini", "Gemini"], ["gemini", "Gémini"])}
NODE_EN = {"status": ["is {n} up?", "is {n} answering?", "how's {n} doing?", "check on {n} for me", "{n} alive?", "is {n} online right now?"],
           "models": ["what's loaded on {n}?", "which models does {n} have?", "what models are on {n}?", "what's running on {n}, model-wise?"],
           "gpu": ["is {n} running hot?", "how hot is {n}?", "what's the gpu temp on {n}?", "{n} gpu temp", "is {n}'s card overheating?"],
           "benchmark": ["how fast is {n}? run a benchmark", "benchmark {n} for me", "run a speed test on {n}", "can you bench {n}?"],
           "coder": ["put {n} on the coding model", "switch {n} over to the coder model", "I want {n} on the code model now"],
           "dev": ["put {n} on the dev model", "switch {n} to the dev model please", "move {n} over to the dev model"]}
NODE_FR = {"status": ["est-ce que {n} répond ?", "{n} est en ligne ?", "comment va {n} ?", "tu peux vérifier l'état de {n} ?", "{n} tourne toujours ?"],
           "models": ["qu'est-ce qui est chargé sur {n} ?", "quels modèles tournent sur {n} ?", "montre-moi les modèles de {n}", "y a quoi comme modèles sur {n} ?"],
           "gpu": ["est-ce que {n} chauffe ?", "c'est quoi la température de {n} ?", "le gpu de {n} va bien ?", "{n} est chaud ?", "check la temp du gpu de {n}"],
           "benchmark": ["lance le benchmark sur {n}", "fais un test de vitesse sur {n}", "tu peux benchmarker {n} ?", "teste la vitesse de {n}"],
           "coder": ["passe {n} sur le modèle de code", "mets le modèle codeur sur {n}", "bascule {n} en modèle de code stp"],
           "dev": ["passe {n} sur le modèle dev", "mets le modèle dev sur {n}", "bascule {n} en modèle dev"]}


def node_lines() -> None:
    for key, (_, en, fr) in NODES.items():
        for kind in NODE_EN:
            if kind in ("coder", "dev") and key in ("ol1", "gemini"):
                continue
            for t in rng.sample(NODE_EN[kind], 2 if kind in ("status", "gpu") else 1):
                add(t.format(n=rng.choice(en)), "en", f"node.{kind}.{key}", {}, "paraphrase")
            for t in rng.sample(NODE_FR[kind], 2 if kind in ("status", "gpu") else 1):
                add(t.format(n=rng.choice(fr)), "fr", f"node.{kind}.{key}", {}, "paraphrase")


# ---------------------------------------------------------------- coins
COINS = {"btc": (["bitcoin", "BTC"], ["bitcoin", "BTC"]), "eth": (["ethereum", "ETH", "ether"], ["ethereum", "ETH"]), "sol": (["solana", "SOL"], ["solana", "SOL"]),
         "sui": (["SUI", "sui"], ["SUI"]), "pepe": (["pepe", "PEPE"], ["pepe"]), "doge": (["dogecoin", "doge"], ["dogecoin", "doge"]),
         "xrp": (["XRP", "ripple"], ["XRP", "ripple"]), "ada": (["cardano", "ADA"], ["cardano", "ADA"]), "avax": (["avalanche", "AVAX"], ["avalanche", "AVAX"]),
         "link": (["chainlink", "LINK"], ["chainlink"])}
COIN_EN = {"analyse": ["run a futures analysis on {c}", "what's your read on {c}? analyse it", "give me an analysis of {c}, entry and stop loss", "can you analyze {c} for me?"],
           "close": ["get me out of my {c} position", "close my {c} position now", "exit the {c} position please", "cut my {c} position"],
           "chart": ["pull up the {c} chart", "show me the chart for {c}", "let me see the {c} chart", "open the {c} chart on tradingview"]}
COIN_FR = {"analyse": ["fais-moi une analyse de {c}", "analyse-moi {c}", "tu peux analyser {c} ?", "donne-moi ton analyse sur {c}, entrée et stop"],
           "close": ["sors-moi de ma position {c}", "clôture ma position {c}", "ferme la position {c} stp", "coupe ma position sur {c}"],
           "chart": ["affiche le graphique de {c}", "montre-moi la courbe de {c}", "ouvre le graphique {c}", "je veux voir le graphique de {c}"]}


def coin_lines() -> None:
    for key, (en, fr) in COINS.items():
        for kind in COIN_EN:
            add(rng.choice(COIN_EN[kind]).format(c=rng.choice(en)), "en", f"trading.{kind}.{key}", {}, "paraphrase")
            c = rng.choice(fr)
            t = re.sub(r"\bde ([aeiouAEIOU])", r"d'\1", rng.choice(COIN_FR[kind]).format(c=c))
            add(t, "fr", f"trading.{kind}.{key}", {}, "paraphrase")


# ---------------------------------------------------------------- services
SERVICES = {"docker": ("docker", "docker"), "ollama": ("ollama", "ollama"), "ssh": ("ssh", "ssh"), "bluetooth": ("bluetooth", "bluetooth"),
            "nginx": ("nginx", "nginx"), "printing": ("printing", "d'impression")}


def service_lines() -> None:
    for key, (en, fr) in SERVICES.items():
        s_en = "the print service" if key == "printing" else f"the {en} service"
        s_fr = "le service d'impression" if key == "printing" else f"le service {fr}"
        add(rng.choice([f"spin up {s_en}", f"could you start {s_en}?", f"I need {s_en} running, start it"]), "en", f"service.start.{key}", {}, "paraphrase")
        add(rng.choice([f"stop {s_en}, I don't need it", f"shut down {s_en}", f"can you kill {s_en}?"]), "en", f"service.stop.{key}", {}, "paraphrase")
        add(rng.choice([f"démarre {s_fr}", f"tu peux lancer {s_fr} ?", f"active {s_fr} stp"]), "fr", f"service.start.{key}", {}, "paraphrase")
        add(rng.choice([f"arrête {s_fr}", f"coupe {s_fr}, j'en ai pas besoin", f"tu peux désactiver {s_fr} ?"]), "fr", f"service.stop.{key}", {}, "paraphrase")


# ---------------------------------------------------------------- canonical: expand the catalogue's own templates
def expand(tpl: str) -> str:
    """One random expansion of a catalogue template (slots left as {name})."""
    while True:
        m = re.search(r"\[([^\[\]()]*)\]", tpl) or None
        m2 = re.search(r"\(([^()\[\]]*)\)", tpl)
        if m is None and m2 is None:
            break
        if m is not None:
            opts = m.group(1).split("|")
            inside_word = m.start() > 0 and tpl[m.start() - 1].isalpha()
            keep = inside_word or rng.random() < 0.5
            tpl = tpl[:m.start()] + (rng.choice(opts) if keep else "") + tpl[m.end():]
        else:
            assert m2 is not None
            tpl = tpl[:m2.start()] + rng.choice(m2.group(1).split("|")) + tpl[m2.end():]
    return re.sub(r"\s+", " ", tpl).strip()


SLOT_FILL = {
    "step": lambda lang: rng.choice([5, 10, 15, 20, 25, 30]),
    "percent": lambda lang: rng.choice([0, 10, 25, 35, 40, 50, 60, 75, 80, 100]),
    "score": lambda lang: rng.choice([50, 60, 70, 75, 80, 85, 90]),
    "query": lambda lang: rng.choice(["the best gpu for llms", "python asyncio tutorial", "weather in lyon"] if lang == "en" else ["la météo à lyon", "recette de crêpes", "prix du cuivre"]),
    "text": lambda lang: rng.choice(["see you tomorrow", "the meeting is moved to friday"] if lang == "en" else ["à demain", "la réunion est décalée à vendredi"]),
    "skill": lambda lang: rng.choice(["morning routine", "backup"] if lang == "en" else ["routine du matin", "sauvegarde"]),
}


def canonical_lines(cat: dict[str, object], n: int) -> None:
    commands = list(cat["commands"])  # type: ignore[call-overload]
    node_vals = cat["slots"]["node"]["values"]  # type: ignore[index]
    model_vals = cat["slots"]["model"]["values"]  # type: ignore[index]
    done = 0
    while done < n:
        c = rng.choice(commands)
        lang = rng.choice(["fr", "en"])
        text = expand(rng.choice(c[lang]))
        slots: dict[str, object] = {}
        for name in re.findall(r"\{(\w+)\}", text):
            if name == "node":
                v = rng.choice(node_vals)
                slots[name] = v["value"]
                spoken = rng.choice(v[lang])
            elif name == "model":
                v = rng.choice(model_vals)
                slots[name] = v["value"]
                spoken = rng.choice(v[lang])
            else:
                val = SLOT_FILL[name](lang)
                slots[name] = val
                spoken = str(val)
            text = text.replace("{" + name + "}", spoken, 1)
        add(text, lang, c["id"], slots, "canonical")
        done += 1


# ---------------------------------------------------------------- asr damage
HOMOPHONES = [("mets", "met"), (" à ", " a "), ("ses ", "ces "), ("c'est ", "cest "), ("qu'est-ce", "qu est ce"), ("est-ce que", "est ce que"),
              ("ollama", "olama"), ("lm studio", "elle m studio"), ("vs code", "v s code"), ("firefox", "fire fox"), ("youtube", "you tube"),
              ("screenshot", "screen shot"), ("gpu", "g p u"), ("m2", "m 2"), ("m1", "m 1"), ("wi-fi", "wifi"), ("tradingview", "trading vue"),
              ("could you", "couldja"), ("want to", "wanna"), ("can you", "can u"), ("bitcoin", "bit coin"), ("chainlink", "chain link"),
              ("discord", "discorde"), ("teams", "teems"), ("please", "pleas"), ("for me", "for my"), ("what's", "whats"), ("it's", "its"),
              ("i'm", "im"), ("don't", "dont"), ("spotify", "spotifai"), ("postman", "post man"), ("pycharm", "pie charm"), ("github", "git hub"),
              ("chatgpt", "chat gpt"), ("linkedin", "linked in"), ("whatsapp", "what's app"), ("powerpoint", "power point"), ("thunderbird", "thunder bird"),
              ("maximize", "maximise"), ("minimize", "minimise"), ("calculator", "calculater"), ("benchmark", "bench mark"), ("bluetooth", "blue tooth"),
              ("nginx", "engine x"), ("switch", "swich"), ("there", "their"), ("right", "write"), ("to the", "to de"), ("ouvre-moi", "ouvre moi"),
              ("tu peux", "tu peu"), ("fenêtre", "fenetre"), ("réduis", "reduit"), ("agrandis", "agrandi"), ("j'ai", "jai"),
              ("vérifie", "verifi"), ("stp", "s'te plait"), ("obsidian", "obsidienne"), ("libreoffice", "libre office"), ("libre office", "libreoffice"),
              ("excel", "ex cel"), ("steam", "stim"), ("telegram", "télégramme"), ("notion", "notions"), ("blender", "blendeur"), ("gimp", "guimp"),
              ("vlc", "v l c"), ("outlook", "out look"), ("mexc", "m e x c"), ("coingecko", "coin gecko"), ("huggingface", "hugging face"),
              ("hugging face", "hugging faces"), ("deepl", "deep l"), ("dogecoin", "doge coin"), ("cardano", "cardano's"), ("solana", "solanna"),
              ("avalanche", "avalanch"), ("ripple", "riple"), ("pepe", "pépé"), ("docker", "docke"), ("ssh", "s s h"), ("dossier", "dosier"),
              ("téléchargements", "telechargement"), ("température", "temperature"), ("nœud", "noeud"), ("modèle", "model"), ("écran", "ecran"),
              ("graphique", "graphic"), ("position", "positon"), ("gemini", "gemeni"), ("chrome", "crome"), ("brave", "brav"), ("edge", "edj")]


def norm(s: str) -> str:
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def damage(text: str) -> str:
    out = text.lower()
    hits = [(a, b) for a, b in HOMOPHONES if a in out]
    for a, b in rng.sample(hits, min(len(hits), rng.choice([1, 1, 2]))):
        out = out.replace(a, b, 1)
    if rng.random() < 0.6:
        out = strip_accents(out)
    if rng.random() < 0.6:
        out = re.sub(r"[?!.,]", "", out)
    elif rng.random() < 0.5:
        out = cap(out.rstrip("?!. ")) + "."
    return re.sub(r"\s+", " ", out).strip()


def asr_lines(n: int) -> None:
    """Turn n paraphrase lines into their Whisper-damaged variants (the label stays)."""
    pool = [r for r in rows if r["command"] is not None and r["category"] == "paraphrase" and not r["slots"]]
    seen = {norm(str(r["text"])) for r in rows}
    made = 0
    for r in rng.sample(pool, len(pool)):
        if made >= n:
            break
        t = damage(str(r["text"]))
        if norm(t) in seen:
            continue
        seen.add(norm(t))
        r["text"], r["category"] = t, "asr"
        made += 1


OOS_APPS = ["firefox", "chrome", "spotify", "discord", "slack", "vlc", "gimp", "blender", "obsidian", "notion", "steam", "excel", "word", "teams", "pycharm",
            "postman", "telegram", "thunderbird", "obs", "lm studio", "ollama", "docker", "nginx", "vs code", "libreoffice"]
OOS_EN = ["is {a} free to use?", "how do I install {a} on linux?", "why is {a} so slow on my laptop?", "what is {a} used for?", "who makes {a}?",
          "write a tutorial about {a} for beginners", "what are the best alternatives to {a}?", "my friend says {a} is bad, is that true?",
          "how much does {a} cost?", "explain how {a} works under the hood", "what's new in the latest version of {a}?"]
OOS_FR = ["{a}, c'est gratuit ?", "comment installer {a} sous linux ?", "pourquoi {a} est si lent sur mon portable ?", "ça sert à quoi {a} ?",
          "qui développe {a} ?", "écris un tuto sur {a} pour débutants", "c'est quoi les alternatives à {a} ?", "mon collègue dit que {a} c'est nul, c'est vrai ?",
          "combien coûte {a} ?", "explique-moi comment {a} fonctionne en interne", "quoi de neuf dans la dernière version de {a} ?"]
OOS_COINS = ["bitcoin", "ethereum", "solana", "dogecoin", "cardano", "ripple", "chainlink", "avalanche", "pepe", "sui"]
OOS_COIN_EN = ["what is {c}, exactly?", "who created {c}?", "explain the technology behind {c}", "is {c} a good long-term investment?", "write an essay about {c}"]
OOS_COIN_FR = ["c'est quoi exactement {c} ?", "qui a créé {c} ?", "explique-moi la technologie derrière {c}", "{c}, c'est un bon placement à long terme ?",
               "écris une dissertation sur {c}"]


def hard_negatives() -> list[tuple[str, str]]:
    """Questions about the products and coins the catalogue names: they share its words but are requests for the commander."""
    out: list[tuple[str, str]] = []
    for a in OOS_APPS:
        out.append(("en", rng.choice(OOS_EN).format(a=a)))
        out.append(("fr", rng.choice(OOS_FR).format(a=a)))
        if rng.random() < 0.6:
            out.append(("en", rng.choice(OOS_EN).format(a=a)))
            out.append(("fr", rng.choice(OOS_FR).format(a=a)))
    for c in OOS_COINS:
        for t in rng.sample(OOS_COIN_EN, 2):
            out.append(("en", t.format(c=c)))
        for t in rng.sample(OOS_COIN_FR, 2):
            out.append(("fr", t.format(c=c)))
    return out


def main() -> None:
    cat = tomllib.loads((ROOT / "data/voice/commands.toml").read_text(encoding="utf-8"))
    for cid, lang, text, slots, category in HAND:
        add(text, lang, cid, slots, category)
    app_lines()
    site_lines()
    folder_lines()
    find_lines()
    node_lines()
    coin_lines()
    service_lines()
    asr_lines(255)
    canonical_lines(cat, 165)
    for lang, text in OOS + hard_negatives():
        add(text, lang, None, {}, "oos")
    for lang, text in AMBIGUOUS:
        add(text, lang, None, {}, "ambiguous")
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            key = re.sub(r"[^\w]+", " ", str(r["text"]).lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
