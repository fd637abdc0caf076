"""Hand-written lines of natural4.jsonl (see build_natural4.py for who wrote them and the rule they follow).

HAND block: `command | lang | text | slots as JSON (optional)`; a command written `id@asr` or `id@canonical`
gives that category (default `paraphrase`).  OOS and AMBIGUOUS blocks: `lang | text`.
"""

from __future__ import annotations

import json

_HAND = r"""
# ---- cluster
cluster.status | en | how's the cluster doing?
cluster.status | en | are all the nodes up?
cluster.status | en | Jarvis, quick health check on the whole cluster
cluster.status | en | is everything in the cluster answering?
cluster.status | en | give me the state of all my servers
cluster.status | en | cluster status please, I think something went down
cluster.status | fr | comment va le cluster ?
cluster.status | fr | est-ce que tous les nœuds répondent ?
cluster.status | fr | fais-moi un point sur l'état du cluster
cluster.status | fr | check le cluster stp
cluster.status | fr | vérifie que tous les serveurs sont debout
cluster.status@asr | fr | etat du cluster
cluster.status@asr | en | cluster stat us
cluster.models | en | which models do we have across the cluster?
cluster.models | en | what models are available right now?
cluster.models | en | list every model the nodes offer
cluster.models | en | what can I run, model-wise, on the cluster?
cluster.models | fr | quels modèles on a sur le cluster ?
cluster.models | fr | montre-moi tous les modèles disponibles
cluster.models | fr | c'est quoi les modèles qui tournent en ce moment ?
cluster.models@asr | fr | quel modele sont disponible
cluster.gpu | en | how hot are the GPUs?
cluster.gpu | en | gpu temps
cluster.gpu | en | are the graphics cards overheating?
cluster.gpu | en | how hot are the cards, and how full is their memory?
cluster.gpu | en | what are the GPU temperatures looking like across the nodes?
cluster.gpu | en | check the GPUs, the room feels warm
cluster.gpu | fr | c'est quoi la température des GPU ?
cluster.gpu | fr | est-ce que les cartes graphiques chauffent ?
cluster.gpu | fr | check les GPU
cluster.gpu | fr | les GPU sont chauds là ?
cluster.gpu | fr | donne-moi les stats des GPU du cluster
cluster.gpu@asr | fr | temperature des gpu
cluster.gpu@asr | en | GPU temperatures?
cluster.perf | en | which node is the fastest?
cluster.perf | en | how many tokens per second are we getting on the cluster?
cluster.perf | en | show me latency per node
cluster.perf | en | how's the cluster performing lately?
cluster.perf | fr | quel nœud est le plus rapide ?
cluster.perf | fr | montre-moi les perfs du cluster
cluster.perf | fr | combien de tokens par seconde on fait sur le cluster ?
cluster.perf@asr | fr | les perf du cluster
ollama.models | en | what's installed on ollama?
ollama.models | en | which models does ollama have?
ollama.models | fr | qu'est-ce qui est installé sur ollama ?
ollama.models | fr | quels modèles il y a sur ollama ?
ollama.models@asr | fr | quel modele sur olama
ollama.status | en | is ollama running?
ollama.status | en | is the ollama node ok?
ollama.status | fr | est-ce qu'ollama tourne ?
ollama.status | fr | ollama répond ou pas ?
ollama.status@asr | en | is olama up
models.load | en | load qwen coder on m2 please | {"model": "qwen3-coder-30b", "node": "M2"}
models.load | en | could you put devstral on m1? | {"model": "devstral-small-2", "node": "M1"}
models.load | en | I need gpt oss running on m3, load it | {"model": "gpt-oss-20b", "node": "M3"}
models.load | en | get the small qwen onto o l one | {"model": "qwen3:1.7b", "node": "OL1"}
models.load | en | Jarvis, load qwen 3 30b on m1 | {"model": "qwen3-30b", "node": "M1"}
models.load | fr | charge qwen coder sur m1 | {"model": "qwen3-coder-30b", "node": "M1"}
models.load | fr | tu peux mettre devstral sur m3 ? | {"model": "devstral-small-2", "node": "M3"}
models.load | fr | lance gpt oss sur m2 stp | {"model": "gpt-oss-20b", "node": "M2"}
models.load | fr | mets le petit qwen sur ol1 | {"model": "qwen3:1.7b", "node": "OL1"}
models.unload | en | unload devstral from m2, it's hogging memory | {"model": "devstral-small-2", "node": "M2"}
models.unload | en | drop qwen coder from m1 | {"model": "qwen3-coder-30b", "node": "M1"}
models.unload | en | take gpt oss off m3 | {"model": "gpt-oss-20b", "node": "M3"}
models.unload | fr | décharge qwen 30b de m2 | {"model": "qwen3-30b", "node": "M2"}
models.unload | fr | enlève devstral de m1, il prend trop de mémoire | {"model": "devstral-small-2", "node": "M1"}
models.unload | fr | retire gpt oss de m3 stp | {"model": "gpt-oss-20b", "node": "M3"}
ollama.pull | en | download the small qwen onto ollama | {"model": "qwen3:1.7b"}
ollama.pull | en | grab gpt oss into ollama | {"model": "gpt-oss-20b"}
ollama.pull | en | could you install devstral on ollama? | {"model": "devstral-small-2"}
ollama.pull | fr | télécharge le petit qwen sur ollama | {"model": "qwen3:1.7b"}
ollama.pull | fr | installe qwen coder dans ollama | {"model": "qwen3-coder-30b"}
ollama.pull | fr | récupère gpt oss sur ollama stp | {"model": "gpt-oss-20b"}
ollama.pull@asr | fr | telecharge devstral sur olama | {"model": "devstral-small-2"}
cluster.consensus | en | ask several models whether we should use postgres or sqlite, and compare | {"query": "whether we should use postgres or sqlite"}
cluster.consensus | en | get a consensus on the best way to cache embeddings | {"query": "the best way to cache embeddings"}
cluster.consensus | en | I want a consensus from the models on is rust worth learning | {"query": "is rust worth learning"}
cluster.consensus | fr | demande l'avis de plusieurs modèles sur la meilleure base de données pour un petit projet | {"query": "la meilleure base de données pour un petit projet"}
cluster.consensus | fr | fais un consensus sur faut-il passer à python 3.13 | {"query": "faut-il passer à python 3.13"}
cluster.consensus | fr | pose la question à tous les modèles quel est le meilleur éditeur de code | {"query": "quel est le meilleur éditeur de code"}
# ---- cockpit
cockpit.mode.commander | en | go back to commander mode
cockpit.mode.commander | en | commander mode please
cockpit.mode.commander | fr | repasse en mode commandant
cockpit.mode.commander | fr | on passe en mode commander
cockpit.mode.voice | en | let's switch to voice mode
cockpit.mode.voice | en | voice mode
cockpit.mode.voice | fr | passe en mode vocal
cockpit.mode.voice | fr | je veux te parler, mets-toi en mode voix
cockpit.mode.keyboard | en | I'll type from now on, keyboard mode
cockpit.mode.keyboard | en | switch to keyboard mode please
cockpit.mode.keyboard | fr | mode clavier
cockpit.mode.keyboard | fr | je vais taper, passe en mode clavier
cockpit.mode.ollama | en | switch to ollama mode
cockpit.mode.ollama | fr | bascule en mode ollama
cockpit.mode.ollama@asr | fr | mode olama
cockpit.focus.conversation | en | take me to the chat
cockpit.focus.conversation | en | focus the conversation
cockpit.focus.conversation | fr | reviens sur la conversation
cockpit.focus.conversation | fr | affiche le chat
cockpit.focus.plan | en | show me the plan
cockpit.focus.plan | en | let me see the plan pane
cockpit.focus.plan | fr | montre-moi le plan
cockpit.focus.plan | fr | focus sur le plan
cockpit.focus.streams | en | show me the agent streams
cockpit.focus.streams | en | go to the streams
cockpit.focus.streams | fr | affiche les flux des agents
cockpit.focus.streams | fr | passe sur les streams
cockpit.focus.gpu | en | focus on the heat map
cockpit.focus.gpu | en | go to the gpus pane
cockpit.focus.gpu | fr | va sur la carte thermique
cockpit.focus.gpu | fr | mets le focus sur les gpu
cockpit.focus.cluster | en | go to the cluster panel
cockpit.focus.cluster | en | focus on the cluster pane
cockpit.focus.cluster | fr | va sur le panneau cluster
cockpit.focus.trading | en | show me the trading pane
cockpit.focus.trading | en | focus the trading book
cockpit.focus.trading | fr | passe sur le carnet de trading
cockpit.focus.trading | fr | affiche le panneau de trading
cockpit.zoom | en | zoom the pane
cockpit.zoom | en | make this pane full screen
cockpit.zoom | fr | zoome sur ce panneau
cockpit.zoom | fr | mets le panneau en grand
cockpit.unzoom | en | unzoom
cockpit.unzoom | en | put the pane back to normal size
cockpit.unzoom | fr | remets le panneau comme avant
cockpit.unzoom | fr | sors du zoom
cockpit.cancel | en | cancel that request
cockpit.cancel | en | never mind, cancel it
cockpit.cancel | en | stop generating, cancel the request
cockpit.cancel | fr | annule la requête
cockpit.cancel | fr | laisse tomber la demande
cockpit.cancel | fr | arrête ta réponse, c'est pas ça
cockpit.help | en | what can you do?
cockpit.help | en | show me the keyboard shortcuts
cockpit.help | en | help
cockpit.help | fr | qu'est-ce que tu sais faire ?
cockpit.help | fr | affiche l'aide
cockpit.help | fr | c'est quoi les raccourcis clavier ?
cockpit.search | en | search my old conversations
cockpit.search | en | I want to find an old chat, search the history
cockpit.search | fr | cherche dans mes anciennes conversations
cockpit.search | fr | retrouve une vieille conversation
cockpit.export | en | export this chat to markdown
cockpit.export | en | save this conversation as markdown
cockpit.export | fr | exporte cette conversation en markdown
cockpit.export | fr | sauvegarde la discussion en markdown
cockpit.metric | en | next metric
cockpit.metric | en | change the heat map metric
cockpit.metric | fr | métrique suivante
cockpit.metric | fr | change de métrique sur la carte thermique
cockpit.talk | en | listen to me
cockpit.talk | en | start listening
cockpit.talk | fr | écoute-moi
cockpit.talk | fr | commence à écouter
cockpit.quit | en | quit the cockpit
cockpit.quit | en | close jarvis tui, I'm done for today
cockpit.quit | fr | ferme le cockpit
cockpit.quit | fr | quitte le cockpit, j'ai fini
# ---- windows / browser / edit / keys
window.close | en | close this window
window.close | en | get rid of the current window
window.close | en | alt f4
window.close | fr | ferme cette fenêtre
window.close | fr | fais un alt f4
window.next | en | next window
window.next | en | alt tab
window.next | en | switch to the other window
window.next | fr | fenêtre suivante
window.next | fr | passe à l'autre fenêtre
window.next | fr | change de fenêtre
window.desktop | en | show me the desktop
window.desktop | en | minimize everything
window.desktop | en | hide all the windows
window.desktop | fr | affiche le bureau
window.desktop | fr | réduis toutes les fenêtres
window.desktop | fr | cache tout ce qui est ouvert
window.fullscreen | en | full screen
window.fullscreen | en | go full screen
window.fullscreen | en | press f11
window.fullscreen | fr | plein écran
window.fullscreen | fr | mets en plein écran
window.fullscreen | fr | sors du plein écran
window.list | en | which windows are open?
window.list | en | list the open windows
window.list | fr | quelles fenêtres sont ouvertes ?
window.list | fr | j'ai quoi comme fenêtres ouvertes ?
browser.new_tab | en | new tab
browser.new_tab | en | open a new tab please
browser.new_tab | fr | nouvel onglet
browser.new_tab | fr | ouvre un autre onglet
browser.close_tab | en | close this tab
browser.close_tab | en | close the tab
browser.close_tab | fr | ferme l'onglet
browser.close_tab | fr | ferme cet onglet stp
browser.next_tab | en | next tab
browser.next_tab | en | go to the next tab
browser.next_tab | fr | onglet suivant
browser.next_tab | fr | va sur l'onglet de droite
browser.previous_tab | en | previous tab
browser.previous_tab | en | back to the previous tab
browser.previous_tab | fr | onglet précédent
browser.previous_tab | fr | reviens à l'onglet d'avant
browser.reopen_tab | en | reopen the tab I just closed
browser.reopen_tab | en | oops, bring back the last closed tab
browser.reopen_tab | fr | rouvre l'onglet que je viens de fermer
browser.reopen_tab | fr | ramène le dernier onglet fermé
browser.new_window | en | open a new window
browser.new_window | en | give me a new window
browser.new_window | fr | nouvelle fenêtre
browser.new_window | fr | ouvre une nouvelle fenêtre
browser.refresh | en | refresh the page
browser.refresh | en | reload, it didn't load properly
browser.refresh | fr | actualise la page
browser.refresh | fr | recharge la page, elle a planté
browser.back | en | go back a page
browser.back | en | back one page
browser.back | fr | reviens à la page précédente
browser.back | fr | retourne en arrière
browser.forward | en | go forward a page
browser.forward | en | forward one page
browser.forward | fr | page suivante
browser.forward | fr | avance d'une page
browser.find | en | find on this page
browser.find | en | search in the page
browser.find | fr | cherche dans la page
browser.find | fr | fais un contrôle f
browser.zoom_in | en | zoom in a bit, I can't read this
browser.zoom_in | en | make the text bigger
browser.zoom_in | fr | zoom avant
browser.zoom_in | fr | grossis le texte, je vois rien
browser.zoom_out | en | zoom out a bit
browser.zoom_out | en | make the text smaller
browser.zoom_out | fr | zoom arrière
browser.zoom_out | fr | dézoome la page
browser.zoom_reset | en | reset the zoom
browser.zoom_reset | en | put the zoom back to normal
browser.zoom_reset | fr | remets le zoom à la normale
browser.zoom_reset | fr | réinitialise le zoom
edit.copy | en | copy that
edit.copy | en | copy what I selected
edit.copy | fr | copie ça
edit.copy | fr | copie le texte sélectionné
edit.paste | en | paste it here
edit.paste | en | paste what I copied
edit.paste | fr | colle ça
edit.paste | fr | colle ce que j'ai copié
edit.cut | en | cut the selection
edit.cut | en | cut that
edit.cut | fr | coupe la sélection
edit.cut | fr | coupe ce que j'ai sélectionné
edit.undo | en | undo that
edit.undo | en | oops, undo the last change
edit.undo | fr | annule la dernière modif
edit.undo | fr | défais ça
edit.redo | en | redo
edit.redo | en | redo what I just undid
edit.redo | fr | refais la dernière action
edit.redo | fr | rétablis ce que j'ai annulé
edit.select_all | en | select all
edit.select_all | en | highlight all the text
edit.select_all | fr | sélectionne tout
edit.select_all | fr | sélectionne tout le texte
edit.save | en | save my work
edit.save | en | save the file, quick
edit.save | fr | enregistre le document
edit.save | fr | sauvegarde mon travail
edit.print | en | print this page
edit.print | en | print the document please
edit.print | fr | imprime le document
edit.print | fr | lance l'impression de la page
key.enter | en | hit enter
key.enter | en | press return
key.enter | fr | appuie sur entrée
key.enter | fr | valide
key.escape | en | press escape
key.escape | en | hit the escape key
key.escape | fr | appuie sur échap
key.page_down | en | scroll down a bit
key.page_down | en | scroll down
key.page_down | fr | descends un peu
key.page_down | fr | fais défiler vers le bas
key.page_up | en | scroll up a bit
key.page_up | en | scroll up the page
key.page_up | fr | remonte un peu
key.page_up | fr | défile vers le haut
key.top | en | back to the top
key.top | en | go back to the top
key.top | fr | va tout en haut
key.top | fr | retourne en haut de la page
key.bottom | en | jump to the bottom
key.bottom | en | take me to the end of the page
key.bottom | fr | va tout en bas
key.bottom | fr | va à la fin de la page
keyboard.type | en | type the following text: running ten minutes late | {"text": "running ten minutes late"}
keyboard.type | en | type this message I'll be there at noon | {"text": "I'll be there at noon"}
keyboard.type | en | could you type the text hello everyone into the window | {"text": "hello everyone"}
keyboard.type | fr | tape le message suivant j'arrive dans dix minutes | {"text": "j'arrive dans dix minutes"}
keyboard.type | fr | écris le texte suivant bonjour à tous | {"text": "bonjour à tous"}
keyboard.type | fr | écris dans la fenêtre le texte merci pour ton aide | {"text": "merci pour ton aide"}
# ---- audio
media.play_pause | en | pause the music
media.play_pause | en | pause
media.play_pause | en | ok so first, could you pause the music, thanks
media.play_pause | en | resume the song
media.play_pause | en | someone's at the door, pause the song
media.play_pause | fr | mets pause
media.play_pause | fr | mets la musique en pause, je suis au téléphone
media.play_pause | fr | reprends la lecture
media.play_pause | fr | enlève la pause
media.next | en | next song
media.next | en | skip this track
media.next | en | I hate this one, skip it
media.next | fr | chanson suivante
media.next | fr | zappe cette chanson
media.next | fr | passe à la suivante
media.previous | en | previous track
media.previous | en | play the last song again
media.previous | en | go back a song
media.previous | fr | remets la chanson d'avant
media.previous | fr | piste précédente
media.stop | en | stop the music completely
media.stop | en | kill the music for good
media.stop | fr | arrête complètement la musique
media.stop | fr | coupe la musique pour de bon
volume.up | en | turn it up a bit
volume.up | en | I can't hear anything, turn the volume up a bit
volume.up | en | louder please
volume.up | en | crank the sound up
volume.up | fr | monte un peu le son
volume.up | fr | un peu plus fort
volume.up | fr | j'entends rien, monte le volume
volume.down | en | turn the volume down a bit
volume.down | en | turn it down
volume.down | en | a bit quieter please
volume.down | en | make the sound quieter, I'm on a call
volume.down | fr | baisse un peu le son
volume.down | fr | moins fort
volume.down | fr | c'est trop fort, baisse le volume
volume.up_by | en | bump the volume up by 20 percent | {"step": 20}
volume.up_by | en | turn the sound up by 5 | {"step": 5}
volume.up_by | en | push the volume up by fifteen percent | {"step": 15}
volume.up_by | fr | monte le volume de 20 pour cent | {"step": 20}
volume.up_by | fr | augmente le son de dix | {"step": 10}
volume.up_by | fr | rajoute 30 pour cent au volume | {"step": 30}
volume.down_by | en | bring the volume down by 10 percent | {"step": 10}
volume.down_by | en | turn the sound down by twenty | {"step": 20}
volume.down_by | fr | baisse le son de 15 pour cent | {"step": 15}
volume.down_by | fr | enlève 25 pour cent au volume | {"step": 25}
volume.set | en | volume 30 | {"percent": 30}
volume.set | en | set the volume to 50 percent | {"percent": 50}
volume.set | en | put the sound at 70 | {"percent": 70}
volume.set | en | could you make the volume 40 percent? | {"percent": 40}
volume.set | en | volume at twenty five please | {"percent": 25}
volume.set | fr | mets le son à 60 | {"percent": 60}
volume.set | fr | volume à 35 pour cent | {"percent": 35}
volume.set | fr | règle le volume sur quarante | {"percent": 40}
volume.set | fr | baisse le volume à 20 | {"percent": 20}
volume.set@asr | fr | met le son a 45 | {"percent": 45}
volume.set@asr | en | set the volume two 80 | {"percent": 80}
volume.max | en | max volume
volume.max | en | full volume, this is my song
volume.max | fr | mets le son à fond
volume.max | fr | volume au max
volume.mute | en | mute
volume.mute | en | mute the sound, I'm on a call
volume.mute | en | silence please, mute it
volume.mute | fr | coupe le son
volume.mute | fr | mets en sourdine
volume.mute | fr | mode muet stp
volume.unmute | en | unmute
volume.unmute | en | unmute the sound, I'm off the call
volume.unmute | fr | remets le son
volume.unmute | fr | enlève la sourdine
# ---- system
system.info | en | what kind of machine is this?
system.info | en | give me the system info
system.info | fr | c'est quoi comme machine ?
system.info | fr | donne-moi les infos du système
system.cpu | en | how busy is the cpu?
system.cpu | en | cpu usage
system.cpu | en | is the processor maxed out?
system.cpu | fr | comment va le processeur ?
system.cpu | fr | c'est quoi la charge du processeur ?
system.memory | en | how much ram am I using?
system.memory | en | how much memory is left?
system.memory | fr | combien de mémoire il reste ?
system.memory | fr | la ram est pleine ?
system.disk | en | how much disk space do I have left?
system.disk | en | is my disk full?
system.disk | fr | il reste combien de place sur le disque ?
system.disk | fr | mon disque est plein ?
system.uptime | en | how long has the computer been on?
system.uptime | en | what's the uptime?
system.uptime | fr | depuis quand le pc est allumé ?
system.uptime | fr | ça fait combien de temps que le pc tourne ?
system.gpu | en | what graphics card do I have?
system.gpu | en | gpu info for this machine
system.gpu | fr | quelle carte graphique j'ai ?
system.gpu | fr | j'ai quoi comme gpu dans ce pc ?
system.network | en | how's the network doing?
system.network | en | show me the network traffic
system.network | fr | comment va le réseau ?
system.network | fr | montre-moi l'état du réseau
system.ip | en | what's my ip?
system.ip | en | what is my ip address
system.ip | fr | c'est quoi mon adresse ip ?
system.ip | fr | mon ip
system.wifi | en | which wifi networks can I see?
system.wifi | en | list the wi-fi networks around
system.wifi | fr | quels réseaux wi-fi sont disponibles ?
system.wifi | fr | quels wi-fi je capte ?
system.resolution | en | what's my screen resolution?
system.resolution | en | display resolution
system.resolution | fr | quelle est la résolution de l'écran ?
system.screenshot | en | take a screenshot
system.screenshot | en | grab a screenshot of this
system.screenshot | en | snap the screen for me
system.screenshot | fr | fais une capture d'écran
system.screenshot | fr | prends un screenshot
system.lock | en | lock the computer, I'm stepping out
system.lock | en | lock the screen
system.lock | fr | verrouille l'écran
system.lock | fr | bloque la session, je m'absente
system.shutdown | en | shut down the computer
system.shutdown | en | turn the pc off, I'm going to bed
system.shutdown | fr | éteins l'ordinateur
system.shutdown | fr | éteins le pc stp, j'ai fini
system.restart | en | reboot the machine
system.restart | en | restart the computer please
system.restart | fr | redémarre le pc
system.restart | fr | relance l'ordinateur
system.sleep | en | put the computer to sleep
system.sleep | en | put the pc in sleep mode
system.sleep | fr | mets le pc en veille
system.sleep | fr | mise en veille
system.processes | en | what's running on this machine?
system.processes | en | list the running processes
system.processes | fr | quels programmes tournent ?
system.processes | fr | qu'est-ce qui tourne sur le pc en ce moment ?
system.services | en | list the system services
system.services | en | which services are running?
system.services | fr | quels services sont actifs ?
system.services | fr | affiche les services système
system.scheduled | en | show me the scheduled tasks
system.scheduled | en | what jobs are scheduled?
system.scheduled | fr | quelles tâches sont planifiées ?
system.scheduled | fr | montre-moi les tâches programmées
system.clipboard_read | en | read me the clipboard
system.clipboard_read | en | what did I copy?
system.clipboard_read | fr | qu'est-ce que j'ai dans le presse-papier ?
system.clipboard_read | fr | lis le presse-papiers
system.clipboard_clear | en | clear the clipboard
system.clipboard_clear | en | wipe the clipboard, there's a password in it
system.clipboard_clear | fr | vide le presse-papier
system.clipboard_clear | fr | efface ce qu'il y a dans le presse-papiers
system.ping_google | en | ping google
system.ping_google | en | ping google dot com
system.ping_google | fr | fais un ping vers google
system.ping_google | fr | lance un ping sur google
system.internet | en | do I have internet?
system.internet | en | check my connection, pages won't load
system.internet | en | is the internet working?
system.internet | fr | est-ce que j'ai internet ?
system.internet | fr | vérifie la connexion, rien ne charge
system.internet | fr | internet marche ?
files.delete.screenshot | en | delete the screenshot
files.delete.screenshot | en | throw away that screenshot
files.delete.screenshot | fr | supprime la capture d'écran
files.delete.screenshot | fr | efface la capture
# ---- web search
web.search | en | search the web for cheap flights to lisbon | {"query": "cheap flights to lisbon"}
web.search | en | look up python asyncio timeouts online | {"query": "python asyncio timeouts"}
web.search | en | can you google how to fix a leaking tap | {"query": "how to fix a leaking tap"}
web.search | en | search online for the release date of debian 13 | {"query": "the release date of debian 13"}
web.search | fr | cherche sur internet les horaires de la piscine | {"query": "les horaires de la piscine"}
web.search | fr | fais une recherche web sur les pompes à chaleur | {"query": "les pompes à chaleur"}
web.search | fr | regarde sur google le prix d'une rtx 5090 | {"query": "le prix d'une rtx 5090"}
web.search | fr | recherche sur le web recette de gratin dauphinois | {"query": "recette de gratin dauphinois"}
# ---- trading
trading.status | en | how's my trading going?
trading.status | en | what's my balance?
trading.status | en | trading status
trading.status | fr | où en est le trading ?
trading.status | fr | c'est quoi mon solde ?
trading.positions | en | what positions do I have open?
trading.positions | en | how are my positions doing?
trading.positions | fr | quelles sont mes positions ouvertes ?
trading.positions | fr | mes positions en sont où ?
trading.signals | en | any new signals?
trading.signals | en | show me the pending signals
trading.signals | fr | il y a des nouveaux signaux ?
trading.signals | fr | affiche les signaux en attente
trading.signals_min | en | show me signals above 80 | {"score": 80}
trading.signals_min | en | list the signals scoring over 70 | {"score": 70}
trading.signals_min | en | only the signals over 90 please | {"score": 90}
trading.signals_min | fr | montre-moi les signaux au-dessus de 75 | {"score": 75}
trading.signals_min | fr | affiche les signaux de plus de 60 | {"score": 60}
trading.resume | en | resume trading
trading.resume | en | the drawdown is fine now, restart the trading
trading.resume | fr | reprends le trading
trading.resume | fr | lève l'arrêt du trading
trading.scan | en | scan the market now
trading.scan | en | run a market scan, don't wait for the loop
trading.scan | fr | lance un scan du marché
trading.scan | fr | scanne les paires maintenant
# ---- skills and brain
brain.status | en | what have you learnt about me?
brain.status | en | brain status
brain.status | fr | qu'est-ce que t'as appris sur moi ?
brain.status | fr | état du cerveau
brain.analyse | en | analyse my habits
brain.analyse | en | look for patterns in my action history
brain.analyse | fr | analyse mes habitudes
brain.analyse | fr | cherche des schémas dans mon historique
brain.suggest | en | suggest some new skills
brain.suggest | en | any ideas for skills I should create?
brain.suggest | fr | propose-moi des nouvelles compétences
brain.suggest | fr | t'as des idées de skills à créer ?
skills.list | en | what skills do I have?
skills.list | en | list my skills
skills.list | fr | quelles compétences tu as ?
skills.list | fr | montre-moi mes skills
skills.suggest_actions | en | what do you suggest I do now?
skills.suggest_actions | en | what would you suggest?
skills.suggest_actions | fr | qu'est-ce que tu me suggères de faire ?
skills.suggest_actions | fr | propose-moi quelques actions
skills.history | en | show me the command history
skills.history | en | what did I run last?
skills.history | fr | montre-moi mes dernières actions
skills.history | fr | historique des commandes
skills.run | en | run my morning routine skill | {"skill": "morning routine"}
skills.run | en | kick off the backup skill | {"skill": "backup"}
skills.run | en | launch the skill end of day | {"skill": "end of day"}
skills.run | fr | lance ma compétence routine du matin | {"skill": "routine du matin"}
skills.run | fr | exécute la skill sauvegarde | {"skill": "sauvegarde"}
"""

_OOS = r"""
en | what's the volume of a sphere with radius 3?
en | what does zoom mean in photography?
en | write a function that opens a file and counts the lines
en | explain how a GPU works
en | how do I kill a process in linux with a signal?
en | what's the difference between a thread and a process?
en | tell me a joke
en | who won the world cup in 2018?
en | how are you today?
en | write a python script that downloads a model from hugging face
en | should I buy bitcoin now?
en | what is a futures contract?
en | explain what a stop loss is
en | summarize the last email I got from my boss
en | the galaxy cluster in that photo is beautiful
en | my cluster of friends is going to the beach
en | I opened firefox yesterday and it crashed
en | why does chrome use so much memory?
en | how do I mute someone on discord?
en | what's the best terminal emulator for mac?
en | compare spotify and deezer
en | translate good morning into spanish
en | write me a haiku about GPUs
en | how do I increase the volume of a docker container?
en | refactor this function to use async
en | what's the capital of australia?
en | how many tokens is this paragraph?
en | explain the transformer architecture
en | what does the word desktop come from?
en | can you recommend a good movie for tonight?
en | why is my screen resolution blurry on linux?
en | how does a heat map work in statistics?
en | write a sql query that lists all orders above 100 euros
en | what's the weather going to be like tomorrow?
en | explain the pepe meme
en | what's a good entry point for a first time investor?
en | analyze this csv and tell me the average
en | I need a plan for my vacation in japan
en | what is the history of the teams app?
en | how does ssh key authentication work?
en | what temperature should I cook chicken at?
en | my brother plays on steam all day
en | the music at the party was too loud
en | teach me how to use gimp layers
en | is notion better than obsidian for notes?
en | write a bash script to back up my documents folder
en | how do I take a screenshot on a mac?
en | what's the uptime of amazon web services this year?
en | tell me about the history of the printing press
en | how many nodes does a binary tree of depth 4 have?
en | explain load balancing between servers
en | what's the fastest way to learn french?
en | debug this stack trace for me
en | generate unit tests for my parser
en | what would happen if the sun disappeared?
en | why do cats purr?
en | what's the meaning of the word signal in electronics?
en | summarise the plan we discussed yesterday
en | what's an ip address, in simple terms?
en | my neighbor's dog is so loud
en | I'll close the deal with the client tomorrow
en | the window in my bedroom is broken
en | pause for a second, let me think
en | what does ripple effect mean?
en | do you think the market will crash?
en | how do I print hello world in rust?
en | write an email to my landlord about the heating
en | how do I save money on groceries?
en | explain what zoom in means in a camera lens
en | what is the speed of light?
en | the new tab design in chrome is ugly
en | I copied my homework from a friend once
en | a blender is useful to make smoothies
en | which is healthier, tea or coffee?
en | write a short story about a robot named jarvis
en | good morning jarvis
en | thanks, that's all
en | what's the square root of 144?
en | convert 30 degrees celsius to fahrenheit
en | how do I undo a git commit?
en | what's the difference between ram and vram?
en | my word count is too high for this essay
en | I'm listening to a podcast about excel tricks
en | explain how ollama quantization works
en | what's the best model for coding at 30b?
en | describe the architecture of this project
en | plan a trading strategy for the next week
en | review my pull request
en | how do noise cancelling headphones work?
en | tell me something interesting about mars
en | what's the status of the artemis mission?
en | the slack in this rope is dangerous
en | a brave knight opened the castle door
en | edge cases in my code keep breaking tests
en | where does the word terminal come from?
en | the scan at the hospital went fine
en | what's a good name for a cat?
en | I'm tired today
en | find me a recipe with chicken and rice
en | why do my headphones sound quieter on the left?
fr | explique-moi comment fonctionne un GPU
fr | écris une fonction qui ouvre un fichier
fr | le cluster de galaxies de la Vierge est immense
fr | c'est quoi le volume d'une sphère ?
fr | raconte-moi une blague
fr | comment ça va aujourd'hui ?
fr | qui a gagné la coupe du monde en 1998 ?
fr | écris un script python qui trie une liste
fr | est-ce que je devrais acheter du bitcoin ?
fr | c'est quoi un contrat à terme ?
fr | explique-moi ce qu'est un stop loss
fr | résume le dernier mail de mon patron
fr | hier j'ai ouvert firefox et il a planté
fr | pourquoi chrome consomme autant de mémoire ?
fr | comment on coupe le micro de quelqu'un sur discord ?
fr | traduis bonjour en italien
fr | écris-moi un poème sur les cartes graphiques
fr | quelle est la capitale du canada ?
fr | explique l'architecture transformer
fr | d'où vient le mot bureau ?
fr | tu me conseilles quel film ce soir ?
fr | pourquoi ma résolution d'écran est floue sous linux ?
fr | écris une requête sql qui liste les clients de paris
fr | quel temps fera-t-il demain ?
fr | fais-moi un plan de révision pour mon examen
fr | comment marche l'authentification par clé ssh ?
fr | à quelle température on cuit un poulet ?
fr | mon frère joue sur steam toute la journée
fr | la musique de la fête était trop forte
fr | apprends-moi à utiliser les calques dans gimp
fr | notion ou obsidian pour prendre des notes ?
fr | écris un script bash qui sauvegarde mes documents
fr | comment on fait une capture d'écran sur mac ?
fr | raconte-moi l'histoire de l'imprimerie
fr | combien de nœuds a un arbre binaire de profondeur 4 ?
fr | explique-moi la répartition de charge entre serveurs
fr | comment apprendre l'anglais rapidement ?
fr | débugge cette erreur pour moi
fr | génère des tests unitaires pour mon parseur
fr | pourquoi les chats ronronnent ?
fr | c'est quoi une adresse ip, en gros ?
fr | le chien du voisin aboie trop fort
fr | je vais fermer le dossier avec le client demain
fr | la fenêtre de ma chambre est cassée
fr | attends, laisse-moi réfléchir
fr | tu penses que le marché va chuter ?
fr | comment on écrit hello world en rust ?
fr | écris un mail à mon propriétaire pour le chauffage
fr | comment économiser sur les courses ?
fr | c'est quoi la vitesse de la lumière ?
fr | le nouveau design des onglets de chrome est moche
fr | un mixeur c'est pratique pour les smoothies
fr | thé ou café, c'est quoi le plus sain ?
fr | écris une petite histoire sur un robot qui s'appelle jarvis
fr | bonjour jarvis
fr | merci, c'est tout
fr | combien font 12 fois 13 ?
fr | convertis 30 degrés celsius en fahrenheit
fr | comment annuler un commit git ?
fr | quelle différence entre la ram et la vram ?
fr | j'écoute un podcast sur les astuces excel
fr | explique-moi comment marche la quantification dans ollama
fr | c'est quoi le meilleur modèle pour coder ?
fr | décris l'architecture de ce projet
fr | prépare une stratégie de trading pour la semaine
fr | relis ma pull request
fr | comment marchent les casques à réduction de bruit ?
fr | dis-moi un truc intéressant sur mars
fr | le scanner à l'hôpital s'est bien passé
fr | trouve un nom pour mon chat
fr | je suis fatigué aujourd'hui
fr | trouve-moi une recette avec du riz et du poulet
fr | analyse ce fichier csv et donne-moi la moyenne
fr | c'est quoi un signal en électronique ?
fr | le son de ce film est vraiment bien mixé
fr | ma grand-mère a un vieux terminal minitel
fr | écris une fonction qui met le volume d'un cube en cache
fr | il fait chaud aujourd'hui
fr | mes enfants regardent trop youtube
fr | explique-moi comment le bitcoin est miné
fr | le plan de la maison est sur la table
fr | j'ai vu un graphique intéressant dans le journal
fr | combien coûte une carte graphique en ce moment ?
fr | écris un programme qui affiche la température du processeur
fr | c'est quoi le mode avion ?
fr | explique-moi ce que fait la commande kill sous linux
fr | pourquoi mon ordinateur est lent au démarrage ?
fr | compare les performances d'un m2 et d'un m3 d'apple
fr | aide-moi à écrire une lettre de motivation
fr | quelle est la meilleure façon d'apprendre le trading ?
fr | donne-moi des idées de cadeaux pour mon père
fr | la console de jeu de mon fils est en panne
fr | j'ai pris une photo de l'écran de la télé hier
fr | c'est quoi le zoom optique ?
fr | l'onglet de ma veste est décousu
fr | refactorise cette classe pour qu'elle soit testable
en | can you explain what a kill switch is in trading?
en | why did my last trade lose money?
en | how do I set a take profit on binance?
en | write a python class for a bank account
en | what's the best way to learn machine learning?
en | give me three ideas for a birthday party
en | how do I center a div in css?
en | convert this json to yaml
en | what's the difference between tcp and udp?
en | how does a vpn work?
en | draft a tweet about our product launch
en | what is the volume knob on an amplifier for?
en | write a function that pauses execution for two seconds
en | the next song on the album is my favourite
en | my previous boss was terrible
en | I read a book about the history of the internet
en | where can I buy a cheap monitor?
en | tell me about the music of the seventies
en | my computer's fans are so noisy, why is that?
en | what is a screenshot in legal terms?
en | how do I lock a file in git lfs?
en | explain what restart policies are in kubernetes
en | what does sleep mode do to a battery?
en | my son keeps restarting his game
en | write an algorithm to find the shortest path between two nodes
en | how many nodes can a kubernetes cluster have?
en | what's a good benchmark for llm reasoning?
en | explain the difference between a model and a dataset
en | should I load balance my web servers?
en | what's the best gpu for gaming under 500 dollars?
en | how much power does an h100 draw?
en | summarize the news about nvidia today
en | why is my room so hot in the afternoon?
en | what does memory leak mean?
en | can you help me plan my week?
en | write a regex that matches email addresses
en | explain the signal to noise ratio
en | what is a mute swan?
en | how long should I cook pasta?
en | who invented the computer mouse?
en | translate this paragraph into german
en | make a shopping list for a lasagna
en | what's the population of france?
en | I just closed a big deal at work
en | open source licenses confuse me, explain them
en | is it safe to delete system32?
en | what are the rules of chess?
en | recommend me a podcast about history
en | how does bluetooth pairing work?
en | write a cover letter for a developer job
en | what's the best way to store passwords?
en | tell me the story of the trojan horse
en | how does a printer know when it's out of ink?
en | why do people say the internet is a series of tubes?
en | what would you do if you were human?
en | do you dream, jarvis?
en | can you keep a secret?
en | I'm bored, entertain me
en | design a database schema for a library
en | what is the best time to post on linkedin?
en | explain quantum computing like I'm five
en | how do I make my wifi faster?
en | what happened in the stock market yesterday?
en | estimate how long it takes to train a 7b model
en | write release notes for version 2.0
fr | explique-moi ce qu'est un kill switch en trading
fr | pourquoi mon dernier trade a perdu de l'argent ?
fr | comment on met un take profit sur binance ?
fr | écris une classe python pour un compte bancaire
fr | comment apprendre le machine learning ?
fr | donne-moi trois idées pour un anniversaire
fr | comment centrer une div en css ?
fr | convertis ce json en yaml
fr | quelle est la différence entre tcp et udp ?
fr | comment marche un vpn ?
fr | rédige un tweet pour le lancement du produit
fr | à quoi sert le bouton de volume d'un ampli ?
fr | écris une fonction qui met en pause l'exécution deux secondes
fr | la chanson suivante de l'album est ma préférée
fr | mon ancien patron était horrible
fr | j'ai lu un livre sur l'histoire d'internet
fr | où acheter un écran pas cher ?
fr | parle-moi de la musique des années soixante-dix
fr | les ventilateurs de mon pc font du bruit, pourquoi ?
fr | comment verrouiller un fichier avec git lfs ?
fr | explique les politiques de redémarrage dans kubernetes
fr | la mise en veille abîme-t-elle la batterie ?
fr | mon fils redémarre sans arrêt son jeu
fr | écris un algorithme pour trouver le plus court chemin entre deux nœuds
fr | combien de nœuds peut avoir un cluster kubernetes ?
fr | c'est quoi un bon benchmark pour le raisonnement des llm ?
fr | quelle est la différence entre un modèle et un jeu de données ?
fr | quel est le meilleur gpu pour jouer à moins de 500 euros ?
fr | combien consomme une h100 ?
fr | résume les nouvelles sur nvidia aujourd'hui
fr | pourquoi ma chambre est si chaude l'après-midi ?
fr | c'est quoi une fuite de mémoire ?
fr | aide-moi à organiser ma semaine
fr | écris une regex qui reconnaît les adresses mail
fr | explique le rapport signal sur bruit
fr | combien de temps faut-il cuire des pâtes ?
fr | qui a inventé la souris d'ordinateur ?
fr | traduis ce paragraphe en allemand
fr | fais une liste de courses pour des lasagnes
fr | quelle est la population de la france ?
fr | je viens de conclure un gros contrat au boulot
fr | les licences open source m'embrouillent, explique-les
fr | c'est quoi les règles des échecs ?
fr | conseille-moi un podcast d'histoire
fr | comment marche l'appairage bluetooth ?
fr | écris une lettre de motivation pour un poste de développeur
fr | quelle est la meilleure façon de stocker des mots de passe ?
fr | raconte-moi l'histoire du cheval de troie
fr | comment une imprimante sait qu'elle n'a plus d'encre ?
fr | tu rêves, jarvis ?
fr | tu sais garder un secret ?
fr | je m'ennuie, divertis-moi
fr | conçois un schéma de base de données pour une bibliothèque
fr | explique l'informatique quantique simplement
fr | comment rendre mon wifi plus rapide ?
fr | qu'est-ce qui s'est passé en bourse hier ?
fr | estime le temps d'entraînement d'un modèle 7b
fr | rédige les notes de version de la 2.0
fr | le cygne muet est un bel oiseau
fr | mon écran de téléphone est fissuré
fr | ferme les yeux et imagine une plage
fr | ouvre ton esprit, disait mon prof
fr | le volume de ventes a augmenté ce trimestre
fr | j'ai copié-collé le mauvais texte dans mon mail hier
"""

_AMBIGUOUS = r"""
en | open that
en | close it
en | switch
en | show me the thing
en | kill it
en | is node 2 hot?
en | is anything running on gpu one?
en | open the browser
en | close the app
en | make it bigger
en | start it
en | open my files
en | the other one
en | load a model
en | turn that off
en | check it
en | put it on m2
en | analyse it
en | close the position
en | open the chart
en | show me the status
en | the temperature
en | do the usual
en | minimize
en | hide this
en | open the music
en | start the service
en | make the computer quieter
en | run the benchmark
en | switch to the coding model
en | find my files
fr | ouvre ça
fr | ferme-le
fr | change
fr | montre-moi le truc
fr | tue-le
fr | est-ce que le nœud 2 est chaud ?
fr | ouvre le navigateur
fr | ferme l'appli
fr | agrandis
fr | lance-le
fr | arrête
fr | reviens
fr | mets le modèle
fr | éteins ça
fr | vérifie
fr | mets-le sur m2
fr | analyse ça
fr | ferme la position
fr | ouvre le graphique
fr | montre-moi l'état
fr | la température
fr | fais comme d'habitude
fr | réduis
fr | cache ça
fr | lance le service
fr | lance le benchmark
fr | passe sur le modèle de code
fr | trouve mes fichiers
fr | rends l'ordi plus silencieux
fr | ouvre mon dossier
fr | mets de la musique
fr | remets comme avant
fr | c'est trop
en | open it up
en | close everything
en | show me more
en | next
en | previous
en | put it back
en | do that again
en | the browser thing
en | start the model
en | check the node
en | run it
en | is it hot?
en | is it up?
en | open the folder
fr | ouvre-le
fr | ferme tout
fr | baisse-le
fr | montre-m'en plus
fr | suivant
fr | précédent
fr | refais pareil
fr | le truc du navigateur
fr | lance le modèle
fr | vérifie le nœud
fr | exécute-le
fr | ça chauffe ?
fr | il répond ?
fr | ouvre le dossier
fr | mets-le en grand
"""


def _hand() -> list[tuple[str, str, str, dict[str, object], str]]:
    out = []
    for line in _HAND.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        cid, lang, text = parts[0], parts[1], parts[2]
        slots = json.loads(parts[3]) if len(parts) > 3 else {}
        category = "paraphrase"
        if "@" in cid:
            cid, category = cid.split("@")
        out.append((cid, lang, text, slots, category))
    return out


def _pairs(block: str) -> list[tuple[str, str]]:
    return [(ln.split(" | ", 1)[0].strip(), ln.split(" | ", 1)[1].strip()) for ln in block.strip().splitlines() if ln.strip()]


HAND = _hand()
OOS = _pairs(_OOS)
AMBIGUOUS = _pairs(_AMBIGUOUS)
