"""Build tests/data/voice/natural7.jsonl: the ninth labelled set of voice utterances.

Written by the voice-set7 helper (branch voice-set7), by hand, from data/voice/commands.toml
and core/voice/catalogue_gen.py alone. Rule: the writer did NOT open heldout.jsonl, dev.jsonl,
natural*.jsonl (other sets), their build scripts or paraphrases.txt, nor anything else under
core/voice/; this set is meant for tuning, the held-out set stays unseen.

Every line below was written by hand (no template filling). Format of a line:
    <category> <lang> <command id or -> [slots as JSON] | <spoken text>
categories: P paraphrase, A asr, C canonical (the text is exactly one of the command's own
templates), O oos (out of scope, for the LLM commander), M ambiguous (too vague to act on).

Run: python3 tests/data/voice/build_natural7.py        (writes natural7.jsonl next to this file)
     python3 tests/data/voice/build_natural7.py --check (validates labels against commands.toml)
Nothing is random, so the output is the same on every run.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CATEGORIES = {"P": "paraphrase", "A": "asr", "C": "canonical", "O": "oos", "M": "ambiguous"}

LINES = """
P en app.open.firefox | could you open firefox for me please
P fr app.open.firefox | tu peux m'ouvrir firefox s'il te plaît
P en app.open.firefox | open for me the firefox
P fr app.open.firefox | Jarvis, j'ai besoin de firefox
A fr app.open.firefox | ouvre fire fox
P en app.close.firefox | ok I'm done browsing, close firefox
P fr app.close.firefox | tu peux fermer firefox, j'ai fini
P en app.kill.firefox | firefox is frozen again, kill it. kill firefox
P fr app.kill.firefox | firefox répond plus, tue-le, tue firefox
C en window.focus.firefox | take me back to firefox
P fr window.focus.firefox | remets-moi sur firefox
P en window.minimize.firefox | get firefox out of the way, minimize it
C fr window.maximize.firefox | mets firefox en grand
P en app.open.chrome | I need chrome, can you start it
P fr app.open.chrome | lance-moi chrome vite fait
A en app.open.chrome | open google crome
P en app.close.chrome | please you can close the chrome
P fr app.close.chrome | ferme chrome j'en ai plus besoin
P en app.kill.chrome | ugh, this is so slow, kill chrome
P fr app.kill.chrome | chrome bouffe toute la ram, tue-le, tue chrome
P en window.focus.chrome | switch over to chrome
C fr window.focus.chrome | retourne sur chrome
P en window.minimize.chrome | hide chrome for a sec
P fr window.minimize.chrome | cache chrome deux secondes
C en window.maximize.chrome | make chrome full size
P en app.open.edge | fire up edge would you
P fr app.open.edge | ouvre edge, le navigateur de microsoft
P en app.close.edge | shut edge please
P fr app.kill.edge | force la fermeture d'edge, il est planté
C en window.focus.edge | go to the edge window
C fr window.maximize.edge | agrandis edge
C en app.open.brave | start brave browser
P fr app.open.brave | tu pourrais pas lancer brave ?
P en app.close.brave | close brave, thanks
P en app.kill.brave | brave's stuck, force quit it. force quit brave
C fr window.focus.brave | bascule sur brave
C en window.minimize.brave | minimize brave
P en app.open.vscode | open vs code, I wanna code a bit
P fr app.open.vscode | lance vscode, j'ai du code à écrire
A en app.open.vscode | open v s code
A fr app.open.vscode | ouvre visual studio cod
P en app.close.vscode | I'm done for today, close visual studio code
C fr app.close.vscode | ferme vs code
P en app.kill.vscode | vs code is hanging, terminate it
C fr window.focus.vscode | reviens sur vs code
P en window.focus.vscode | back to my code editor, vs code
P en window.maximize.vscode | blow up vs code to full screen size
C fr window.minimize.vscode | réduis vs code
P en app.open.terminal | can I get a terminal
C fr app.open.terminal | ouvre-moi un terminal
P fr app.open.terminal | j'aimerais bien que tu ouvres une console
P en app.open.terminal | open the command line thing, the terminal
C en app.close.terminal | close the terminal
C fr app.close.terminal | ferme le terminal
P en app.kill.terminal | kill the terminal, it's stuck
C fr window.focus.terminal | va sur le terminal
C en window.focus.terminal | jump to the terminal
C fr window.maximize.terminal | agrandis le terminal
C en window.minimize.terminal | shrink the terminal
C en app.open.files | open the file explorer
C fr app.open.files | ouvre l'explorateur de fichiers
P en app.open.files | open the program where I see my folders, the file manager
C fr app.open.files | lance le gestionnaire de fichiers
C en app.close.files | close the file manager
C fr app.close.files | ferme l'explorateur
C en window.focus.files | go back to the file explorer
C en window.minimize.files | hide the file explorer
P en app.open.calculator | open the calculator, I need to do some sums
C fr app.open.calculator | ouvre la calculatrice
P fr app.open.calculator | j'ai un calcul à faire, lance la calculette
P en app.open.calculator | open for me the calculator please
A fr app.open.calculator | ouvre la calculette s il te plait
C en app.close.calculator | close the calculator
C fr app.close.calculator | ferme la calculatrice
P en window.focus.calculator | bring the calculator back up front
C en app.open.editor | open notepad
C fr app.open.editor | ouvre le bloc-notes
P en app.open.editor | I want to jot something down, open the text editor
P fr app.open.editor | lance l'éditeur de texte
C en app.close.editor | close notepad
C fr app.kill.editor | tue le bloc-notes
C en window.focus.editor | switch to notepad
P en app.open.spotify | put some music on, open spotify
P fr app.open.spotify | lance spotify, j'ai besoin de musique pour bosser
A fr app.open.spotify | ouvre spoti fy
A en app.open.spotify | open spotfy
C en app.close.spotify | close spotify
C fr app.close.spotify | ferme spotify
P en app.kill.spotify | spotify won't close, kill it. kill spotify
C fr window.focus.spotify | va sur spotify
C en window.minimize.spotify | minimize spotify
C fr window.minimize.spotify | cache spotify
P en app.open.vlc | open vlc, I want to watch a video
C fr app.open.vlc | ouvre vlc
C en app.close.vlc | close vlc
P fr app.kill.vlc | vlc a planté, tue vlc
C en window.maximize.vlc | maximize vlc
P en app.open.discord | open discord, my friends are waiting
C fr app.open.discord | lance discord
C en app.close.discord | close discord
P fr app.close.discord | ferme discord, j'ai besoin de me concentrer
C en window.focus.discord | switch to discord
C fr window.minimize.discord | réduis discord
P en app.open.slack | open slack, standup in five minutes
P fr app.open.slack | tu peux ouvrir slack ?
P en app.close.slack | close slack, I'm off work
P fr app.close.slack | ferme slack, c'est le week-end
C en window.focus.slack | jump to slack
C fr window.focus.slack | passe sur slack
C en app.open.telegram | open telegram
P fr app.open.telegram | ouvre télégram
A fr app.open.telegram | ouvre telegrame
C en app.close.telegram | close telegram
C fr window.focus.telegram | va sur telegram
P en app.open.thunderbird | open thunderbird, I need to check my email
C fr app.open.thunderbird | ouvre thunderbird
C fr app.close.thunderbird | ferme thunderbird
C en window.focus.thunderbird | switch to thunderbird
C en app.open.outlook | open outlook
P fr app.open.outlook | lance outlook, j'ai un mail à envoyer
C en app.close.outlook | close outlook
C fr window.focus.outlook | va sur outlook
P en app.open.teams | open teams, meeting in two minutes
P fr app.open.teams | lance teams, j'ai une réunion
P en app.close.teams | meeting's over, close teams
C fr app.close.teams | ferme teams
P en app.kill.teams | teams is eating my cpu, kill teams
C fr window.focus.teams | retourne sur teams
P en window.maximize.teams | make teams bigger, maximize it. maximize teams
P en app.open.word | open word, I have a letter to write
C fr app.open.word | ouvre word
C fr app.open.word | ouvre-moi microsoft word
C en app.close.word | close word
C fr window.focus.word | va sur word
C en app.open.excel | open excel
P fr app.open.excel | lance excel, je dois faire mes comptes
C en app.close.excel | close excel
C fr window.maximize.excel | agrandis excel
P en app.open.powerpoint | open powerpoint, I need to prepare slides
C fr app.open.powerpoint | ouvre powerpoint
C en app.close.powerpoint | close powerpoint
C fr window.focus.powerpoint | passe sur powerpoint
P en app.open.gimp | open gimp, I need to crop a picture
C fr app.open.gimp | lance gimp
C fr app.close.gimp | ferme gimp
P en app.open.obs | open obs, I'm going live
C fr app.open.obs | lance obs studio
A en app.open.obs | open o b s
C en app.close.obs | close obs
C fr window.focus.obs | va sur obs
P en app.open.steam | open steam, time to play
C fr app.open.steam | lance steam
C fr app.close.steam | ferme steam
P en app.kill.steam | steam is stuck updating, kill steam
C en app.open.lmstudio | open lm studio
C fr app.open.lmstudio | lance lm studio
A en app.open.lmstudio | open l m studio
A fr app.open.lmstudio | ouvre elle aime studio
C en app.close.lmstudio | close lm studio
C fr window.focus.lmstudio | va sur lm studio
C en app.open.taskmanager | open the task manager
C fr app.open.taskmanager | ouvre le gestionnaire des tâches
P en app.open.taskmanager | the computer is slow, open the task manager
C en app.open.taskmanager | open the system monitor
C fr app.close.taskmanager | ferme le gestionnaire des tâches
C en app.open.settings | open the settings
C fr app.open.settings | ouvre les paramètres
C fr app.open.settings | ouvre les réglages
C en app.close.settings | close the settings
C en app.open.blender | open blender
C fr app.open.blender | lance blender
P en app.close.blender | close blender, I'm done modelling
C en app.open.pycharm | open pycharm
C fr app.open.pycharm | lance pycharm
C fr app.close.pycharm | ferme pycharm
P en app.open.postman | open postman, I need to test an api
C fr app.open.postman | lance postman
C en app.open.notion | open notion
P fr app.open.notion | ouvre notion, je veux voir mes notes
C en app.open.obsidian | open obsidian
C fr app.open.obsidian | lance obsidian
C fr app.close.obsidian | ferme obsidian
C en web.open.youtube | put youtube on
P fr web.open.youtube | mets-moi youtube
P en web.open.youtube | can you pull up youtube, I want to watch something
A fr web.open.youtube | ouvre you tube
C en web.open.google | take me to google
C fr web.open.google | va sur google
P en web.open.gmail | open my gmail
P fr web.open.gmail | ouvre mes mails gmail
P en web.open.gmail | check my inbox on gmail
C en web.open.github | open github
C fr web.open.github | va sur github
A en web.open.github | open git hub
C en web.open.chatgpt | open chatgpt
A fr web.open.chatgpt | ouvre chat gpt
C en web.open.claude | take me to claude
C fr web.open.claude | ouvre claude
C en web.open.wikipedia | open wikipedia
C fr web.open.wikipedia | va sur wikipédia
P en web.open.netflix | put netflix on, movie night
C fr web.open.netflix | mets netflix
C en web.open.twitch | open twitch
P fr web.open.twitch | va sur twitch, mon streamer est en live
C en web.open.twitter | open twitter
C fr web.open.twitter | ouvre twitter
C en web.open.reddit | take me to reddit
C fr web.open.reddit | ouvre reddit
C en web.open.linkedin | open linkedin
C fr web.open.linkedin | va sur linkedin
P en web.open.amazon | open amazon, I need to order something
C fr web.open.amazon | ouvre amazon
P en web.open.maps | open google maps, I need directions
C fr web.open.maps | ouvre google maps
C en web.open.drive | open google drive
C fr web.open.drive | va sur google drive
C en web.open.stackoverflow | open stack overflow
C fr web.open.stackoverflow | va sur stack overflow
C en web.open.huggingface | open hugging face
A fr web.open.huggingface | ouvre hugging fase
C en web.open.tradingview | open tradingview
A fr web.open.tradingview | ouvre trading vieux
C en web.open.mexc | open mexc
C fr web.open.mexc | va sur mexc
C en web.open.binance | open binance
C fr web.open.binance | ouvre binance
C en web.open.coingecko | open coingecko
C en web.open.coinmarketcap | take me to coinmarketcap
P fr web.open.deepl | ouvre deepl, j'ai un texte à traduire
C en web.open.deepl | open deepl
C en web.open.translate | open google translate
C fr web.open.translate | ouvre google traduction
C en web.open.whatsapp | open whatsapp
C fr web.open.whatsapp | va sur whatsapp
C en web.open.facebook | open facebook
C fr web.open.facebook | ouvre facebook
C en web.open.instagram | open instagram
P fr web.open.instagram | va sur insta, euh instagram
P en web.open.ollama | open the ollama model library
P fr web.open.ollama | ouvre la bibliothèque de modèles ollama
C en web.search {"query": "cheap flights to lisbon"} | search the web for cheap flights to lisbon
C fr web.search {"query": "recette de la pâte à crêpes"} | cherche sur internet recette de la pâte à crêpes
P en web.search {"query": "python 3.12 release notes"} | look up online python 3.12 release notes
C fr web.search {"query": "horaires de la poste"} | recherche sur google horaires de la poste
C en web.search {"query": "weather in paris"} | search the web for weather in paris
C en web.search {"query": "best budget gpu 2026"} | google search best budget gpu 2026
P fr web.search {"query": "météo demain à lyon"} | fais une recherche web météo demain à lyon
C en window.close | close this window
C fr window.close | ferme cette fenêtre
P en window.close | get rid of this window
C fr window.close | ferme la fenêtre active
C en window.next | next window
C fr window.next | fenêtre suivante
C en window.next | go to the next window
C fr window.next | passe à la fenêtre suivante
C en window.desktop | show the desktop
C fr window.desktop | affiche le bureau
P en window.desktop | hide everything, I want to see my desktop
C fr window.desktop | montre-moi le bureau
C en window.fullscreen | full screen
C fr window.fullscreen | plein écran
C en window.fullscreen | make it full screen
C fr window.fullscreen | mets en plein écran
C en window.list | list all open windows
C fr window.list | montre-moi les fenêtres ouvertes
P en window.list | what windows are open right now?
C fr window.list | quelles fenêtres sont ouvertes ?
C en window.minimize | minimize this window
C fr window.minimize | réduis cette fenêtre
C en window.maximize | maximize the current window
C fr window.maximize | agrandis cette fenêtre
C en browser.new_tab | new tab
C fr browser.new_tab | ouvre un nouvel onglet
C en browser.new_tab | give me a new tab
P fr browser.new_tab | nouvel onglet stp
C en browser.close_tab | close this tab
C fr browser.close_tab | ferme cet onglet
P en browser.close_tab | kill this tab, it's annoying
C en browser.next_tab | next tab
C fr browser.next_tab | onglet suivant
C en browser.next_tab | go to the next tab
C en browser.previous_tab | previous tab
C fr browser.previous_tab | onglet précédent
C en browser.previous_tab | go back to the previous tab
C en browser.reopen_tab | reopen the tab I just closed
C fr browser.reopen_tab | rouvre le dernier onglet fermé
P en browser.reopen_tab | oops, I closed that tab by mistake, reopen it
C en browser.new_window | open a new window
C fr browser.new_window | ouvre une nouvelle fenêtre
C en browser.refresh | refresh the page
C fr browser.refresh | actualise la page
C en browser.refresh | reload
P fr browser.refresh | rafraîchis, ça charge pas
C en browser.back | go back a page
C fr browser.back | page précédente
C en browser.back | go back
C fr browser.back | reviens à la page d'avant
C en browser.forward | go forward a page
C fr browser.forward | page suivante
C en browser.find | find on this page
C fr browser.find | cherche dans cette page
P en browser.zoom_in | zoom in a bit, I can't read this
P fr browser.zoom_in | zoom avant, c'est trop petit
C en browser.zoom_out | zoom out
C fr browser.zoom_out | zoom arrière
C en browser.zoom_reset | reset the zoom
C fr browser.zoom_reset | remets le zoom normal
C en edit.copy | copy that
C fr edit.copy | copie ça
C en edit.copy | copy what I selected
C fr edit.copy | copie le texte sélectionné
C en edit.paste | paste it here
C fr edit.paste | colle ça
C en edit.paste | paste what I copied
C en edit.cut | cut the selection
C fr edit.cut | coupe la sélection
C en edit.undo | undo that
C fr edit.undo | annule la dernière modif
P en edit.undo | oops, undo the last change
C en edit.redo | redo
C fr edit.redo | rétablis ce que j'ai annulé
C en edit.select_all | select all
C fr edit.select_all | sélectionne tout
C en edit.select_all | highlight all the text
C en edit.save | save my work
C fr edit.save | enregistre le fichier
P en edit.save | save it before I forget
P fr edit.save | sauvegarde, vite
C en edit.print | print this page
C fr edit.print | imprime le document
C en key.enter | press enter
C fr key.enter | appuie sur entrée
C en key.enter | hit return
C en key.escape | hit escape
C fr key.escape | appuie sur échap
C en key.page_down | scroll down a bit
C fr key.page_down | descends un peu
C en key.page_up | scroll up
C fr key.page_up | remonte un peu
C en key.top | go back to the top
C fr key.top | remonte tout en haut
C en key.bottom | jump to the bottom of the page
C fr key.bottom | va tout en bas
C en keyboard.type {"text": "see you tomorrow at nine"} | type the following message see you tomorrow at nine
C fr keyboard.type {"text": "bonjour à tous"} | tape le texte bonjour à tous
C en keyboard.type {"text": "thanks for your help"} | write the following text thanks for your help
P en media.play_pause | pause the music, someone's at the door
P fr media.play_pause | mets pause, on sonne à la porte
C en media.play_pause | hit play
P fr media.play_pause | mets en pause deux secondes
P en media.play_pause | hold on, pause the song
C en media.next | skip this song
P fr media.next | chanson suivante, celle-là je l'aime pas
P en media.next | next track please
C fr media.next | passe à la musique suivante
A fr media.next | musique suivant
C en media.previous | go back to the previous song
C fr media.previous | remets la chanson précédente
C en media.previous | previous track
P en media.stop | no more music, I need to focus
C fr media.stop | arrête complètement la musique
C en media.stop | stop the music for good
P fr media.stop | coupe la musique, j'ai un appel
P en volume.up | I can't hear anything, turn it up a bit. turn the volume up
P fr volume.up | monte un peu le son, j'entends rien
P en volume.up | please you can make the sound more strong
C en volume.up | crank the music up
C fr volume.up | augmente le volume
A fr volume.up | monte le vollume
P en volume.down | turn the sound down a bit, it's too loud
P fr volume.down | baisse un peu le son, c'est trop fort
P en volume.down | the music is too loud, turn it down. turn the music down
C fr volume.down | diminue le volume
C en volume.up_by {"step": 20} | bump the volume up by 20 percent
C fr volume.up_by {"step": 15} | monte le son de 15 pour cent
C en volume.up_by {"step": 5} | add 5 percent to the volume
A fr volume.up_by {"step": 30} | augmente le volume de trente pour cent
C en volume.down_by {"step": 10} | take the volume down by 10 percent
C fr volume.down_by {"step": 25} | baisse le son de 25 pour cent
A en volume.down_by {"step": 40} | turn the sound down by forty percent
C en volume.set {"percent": 30} | volume 30
C fr volume.set {"percent": 50} | mets le volume à 50
C en volume.set {"percent": 70} | set the volume to 70 percent
C fr volume.set {"percent": 20} | règle le son à vingt pour cent
A en volume.set {"percent": 45} | set the volume to forty five percent
P en volume.set {"percent": 10} | could you put the sound at 10 percent, it's late
C fr volume.set {"percent": 80} | volume à 80
P en volume.max | max volume, this is my song
C fr volume.max | mets le son à fond
C en volume.max | full volume
P en volume.mute | mute, I'm on a call
P fr volume.mute | coupe le son, le bébé dort
C en volume.mute | put it on mute
C fr volume.mute | mets en sourdine
P en volume.mute | shut off the sound please
C fr volume.mute | silence
C en volume.unmute | unmute
C fr volume.unmute | remets le son
P en volume.unmute | the call is over, unmute the sound
P fr volume.unmute | réactive le son, j'ai fini mon appel
P en system.info | give me some system info
C fr system.info | infos système
P en system.info | what kind of machine is this, system information
P fr system.info | donne-moi les informations sur le système
P en system.cpu | what's the cpu usage
C fr system.cpu | c'est quoi l'utilisation du processeur ?
P en system.cpu | is the processor busy right now?
C en system.cpu | cpu load
C en system.memory | how much ram is left
C fr system.memory | combien de mémoire il reste ?
C en system.memory | am I running out of memory
C fr system.memory | est-ce que la ram est pleine ?
C en system.memory | ram usage
C en system.disk | how much disk space do I have
P fr system.disk | il me reste combien d'espace disque ?
C en system.disk | disk space
C fr system.disk | mon disque est plein ?
C en system.uptime | how long has the computer been on?
C fr system.uptime | depuis combien de temps le pc est allumé ?
C en system.uptime | uptime
C en system.gpu | gpu info
C fr system.gpu | infos carte graphique
C en system.gpu | what graphics card does this computer have
C en system.network | network status
C fr system.network | infos réseau
C en system.ip | what is my ip address
C fr system.ip | c'est quoi mon adresse ip ?
P en system.ip | what's my ip
C en system.wifi | list the wi-fi networks
C fr system.wifi | montre-moi les réseaux wi-fi
C en system.wifi | which wifi networks are around?
C en system.resolution | screen resolution
C fr system.resolution | quelle est la résolution de l'écran ?
C en system.screenshot | take a screenshot
C fr system.screenshot | fais une capture d'écran
P en system.screenshot | grab a screenshot of this
P fr system.screenshot | prends une capture de l'écran vite
P en system.lock | lock the computer, I'm going for lunch
P fr system.lock | verrouille l'écran, je vais manger
C en system.lock | lock the screen
C fr system.lock | bloque le pc
P en system.shutdown | shut down the computer, I'm going to bed
C fr system.shutdown | éteins l'ordinateur
P en system.shutdown | turn off the pc for the night, shut down the pc
C en system.restart | restart the computer
P fr system.restart | redémarre le pc, il rame
C en system.restart | reboot the machine
C en system.sleep | put the computer to sleep
C fr system.sleep | mets le pc en veille
C en system.processes | list the running processes
C fr system.processes | montre-moi les processus en cours
P en system.processes | what processes are running?
C en system.services | list the system services
C fr system.services | affiche les services système
C en system.scheduled | show me the scheduled tasks
C fr system.scheduled | liste les tâches planifiées
C en system.clipboard_read | read me the clipboard
C fr system.clipboard_read | qu'y a-t-il dans le presse-papier ?
P en system.clipboard_read | what's in my clipboard?
C en system.clipboard_clear | clear the clipboard
P fr system.clipboard_clear | vide le presse-papier, il y a un mot de passe dedans
C en system.ping_google | ping google
C fr system.ping_google | fais un ping vers google
C en system.internet | check my internet connection
P fr system.internet | vérifie la connexion internet, ça a l'air de ramer
C en system.internet | is the internet working?
C fr system.internet | teste la connexion
C en service.start.docker | start the docker service
C fr service.start.docker | démarre le service docker
P en service.start.docker | spin up docker, the service I mean
C en service.stop.docker | stop the docker service
C fr service.stop.docker | arrête le service docker
C en service.start.ollama | start the ollama service
C fr service.start.ollama | lance le service ollama
C en service.stop.ollama | shut down the ollama server
C fr service.stop.ollama | coupe le service ollama
C en service.start.ssh | start the ssh service
C fr service.start.ssh | active le service ssh
C en service.stop.ssh | stop the ssh service
C fr service.stop.ssh | désactive le service ssh
C en service.start.bluetooth | start the bluetooth service
C fr service.start.bluetooth | active le service bluetooth
C en service.stop.bluetooth | stop the bluetooth service
C en service.start.nginx | bring up the nginx service
C fr service.start.nginx | démarre le service nginx
C en service.stop.nginx | stop the nginx server
C en service.start.printing | start the print service
C en service.stop.printing | stop the print service
C en files.open.documents | open my documents folder
C fr files.open.documents | ouvre le dossier documents
P en files.list.documents | what's in my documents folder?
C fr files.list.documents | liste le dossier documents
C en files.open.downloads | open the downloads folder
C fr files.open.downloads | ouvre mes téléchargements
C en files.list.downloads | list my downloads folder
C fr files.list.downloads | qu'est-ce qu'il y a dans le dossier téléchargements ?
C en files.open.desktop | open the desktop folder
C en files.list.desktop | list the desktop folder
C en files.open.pictures | open my pictures folder
C fr files.open.pictures | ouvre le dossier images
C en files.list.pictures | list the pictures folder
C en files.open.music | open the music folder
C fr files.list.music | liste le dossier musique
C en files.open.videos | open my videos folder
C en files.list.videos | list the videos folder
C en files.open.home | open my home folder
P fr files.open.home | ouvre mon dossier perso
C en files.list.home | list my home directory
C en files.find.pdf | find my pdf files
C fr files.find.pdf | trouve mes pdf
C en files.find.pdf | where are all my pdfs
C en files.find.photos | look for my photos
C fr files.find.photos | cherche mes photos
C en files.find.png | find the png images
C en files.find.python | find all my python files
C fr files.find.python | cherche les fichiers python
C en files.find.word | find my word documents
C en files.find.excel | find my spreadsheets
C fr files.find.excel | trouve mes fichiers excel
C en files.find.powerpoint | look for my presentations
C en files.find.text | find my text files
C en files.find.csv | find the csv files
C en files.find.zip | find my zip files
C fr files.find.zip | cherche les archives
C en files.find.mp3 | find my songs
C en files.find.mp4 | find the mp4 files
C en files.find.json | find the json files
C en files.find.markdown | find my markdown notes
C en files.delete.screenshot | delete the screenshot
C fr files.delete.screenshot | supprime la capture d'écran
P en cluster.status | how's the cluster doing today?
C fr cluster.status | comment vont les nœuds ?
P en cluster.status | are all my servers up?
C fr cluster.status | donne-moi l'état du cluster
C en cluster.status | check the cluster
A fr cluster.status | état du clusteur
P en cluster.models | which models are loaded right now?
C fr cluster.models | quels modèles tournent sur le cluster ?
C en cluster.models | what models do we have
C fr cluster.models | liste tous les modèles disponibles
C en cluster.gpu | how hot are the gpus?
P fr cluster.gpu | c'est quoi la température des gpu ?
C en cluster.gpu | gpu temps
C fr cluster.gpu | check les gpu
C fr cluster.gpu | est-ce que les cartes graphiques chauffent ?
C en cluster.gpu | are any of the gpus overheating?
C en cluster.gpu | how much gpu memory is used across the cluster
C fr cluster.gpu | les gpu sont à combien de degrés ?
C en cluster.perf | how is the cluster performing?
C fr cluster.perf | quel nœud est le plus rapide ?
C en cluster.perf | how many tokens per second on the cluster
C fr cluster.perf | montre les perfs du cluster
P en ollama.models | what's installed on ollama?
C fr ollama.models | quels modèles il y a sur ollama ?
A en ollama.models | which olama models
C en ollama.status | is ollama up?
C fr ollama.status | est-ce que ollama répond ?
A fr ollama.status | est ce que olama tourne
C en ollama.status | check ollama
C en models.load {"model": "qwen3-30b", "node": "M1"} | load qwen 30b on m1
C fr models.load {"model": "devstral-small-2", "node": "M2"} | charge devstral sur m2
C en models.load {"model": "gpt-oss-20b", "node": "M3"} | put gpt oss on em three
A fr models.load {"model": "qwen3-coder-30b", "node": "M1"} | mets qwen coder sur aime un
P en models.load {"model": "qwen3:1.7b", "node": "OL1"} | could you load the small qwen on ol1
P en models.unload {"model": "qwen3-30b", "node": "M2"} | unload qwen 30b from m2, it's eating all the memory
C fr models.unload {"model": "gpt-oss-20b", "node": "M1"} | décharge gpt oss de m1
C en models.unload {"model": "devstral-small-2", "node": "M3"} | take devstral off m3
C fr models.unload {"model": "qwen3-coder-30b", "node": "M2"} | enlève qwen coder de m2
P en ollama.pull {"model": "qwen3:1.7b"} | download the small qwen onto ollama
C fr ollama.pull {"model": "gpt-oss-20b"} | télécharge gpt oss sur ollama
C en ollama.pull {"model": "devstral-small-2"} | pull devstral into ollama
P en node.status.m1 | is m1 still alive?
C fr node.status.m1 | est-ce que m1 répond ?
A fr node.status.m1 | comment va aime un
C en node.status.m2 | m2 status
C fr node.status.m2 | m2 est en ligne ?
C en node.status.m3 | is m3 up?
C fr node.status.m3 | comment va m3 ?
C en node.status.ol1 | is ol1 responding?
C fr node.status.ol1 | état de ol1
C en node.status.gemini | gemini status
C fr node.status.gemini | est-ce que gemini répond ?
C en node.models.m1 | what models are on m1?
C fr node.models.m1 | quels modèles sur m1 ?
C en node.models.m2 | list the models on m2
C fr node.models.m2 | modèles de m2
C en node.models.m3 | models of m3
C en node.models.ol1 | which models does ol1 have
C en node.models.gemini | list the models on gemini
C en node.gpu.m1 | how hot is m1?
C fr node.gpu.m1 | est-ce que m1 chauffe ?
C en node.gpu.m2 | is m2 overheating?
P fr node.gpu.m2 | est-ce que le nœud 2 chauffe ? enfin m2
C fr node.gpu.m2 | température de m2
C en node.gpu.m3 | m3 temperature
C fr node.gpu.m3 | m3 chauffe ?
P en node.gpu.ol1 | what's the gpu on ol1 doing
C en node.gpu.gemini | gemini gpu
C en node.benchmark.m1 | benchmark m1
P fr node.benchmark.m1 | lance le benchmark sur m1
P fr node.benchmark.m2 | lance le benchmark sur m2
P en node.benchmark.m2 | how fast is m2 really? benchmark m2
C en node.benchmark.m3 | run a benchmark on m3
C en node.benchmark.ol1 | benchmark ol1
C en node.benchmark.gemini | benchmark gemini
P en node.coder.m1 | switch m1 to the coding model, I'm going to code
C fr node.coder.m1 | passe m1 en modèle de code
C en node.coder.m2 | put the coder model on m2
C fr node.coder.m3 | mets le modèle de code sur m3
C en node.dev.m1 | switch m1 over to the dev model
C en node.dev.m2 | switch m2 to the dev model
C en node.dev.m3 | switch em three to the dev model
P en trading.status | how's my trading going?
C fr trading.status | où en est le trading ?
P en trading.status | what's my account balance
C fr trading.status | c'est quoi mon solde ?
C en trading.positions | what positions do I have open?
C fr trading.positions | mes positions elles en sont où ?
C en trading.positions | how are my positions doing
C fr trading.positions | montre-moi mes positions ouvertes
P en trading.signals | any pending signals?
C fr trading.signals | affiche les signaux en attente
C en trading.signals | show me the signals
C en trading.signals_min {"score": 70} | only show me the signals above 70
C fr trading.signals_min {"score": 80} | montre les signaux au-dessus de 80
C en trading.signals_min {"score": 60} | list the signals scoring over sixty
C en trading.resume | resume trading
C fr trading.resume | relance le trading
C en trading.resume | lift the trading halt
C en trading.scan | scan the market now
C fr trading.scan | scanne le marché maintenant
C en trading.scan | look for signals now
C fr trading.scan | fais un scan des paires
P en trading.analyse.btc | analyse bitcoin for me
P fr trading.analyse.btc | analyse le bitcoin
C en trading.analyse.eth | analyze ethereum
C fr trading.analyse.eth | analyse eth
C en trading.analyse.sol | analyse solana
C en trading.analyse.sui | analyse sui
C en trading.analyse.pepe | analyse pepe
C en trading.analyse.doge | analyze dogecoin
C en trading.analyse.xrp | analyze ripple
C en trading.analyse.ada | analyse cardano
C en trading.analyse.avax | analyse avalanche
C en trading.analyse.link | analyse chainlink
C en trading.close.btc | close my bitcoin position
C fr trading.close.btc | ferme ma position bitcoin
C en trading.close.eth | close the eth position
P en trading.close.sol | close my solana position, it's tanking
C en trading.close.doge | close the doge position
C en trading.close.pepe | close my pepe position
C en trading.close.xrp | close my xrp position
C en trading.close.sui | close the sui position
C en trading.close.ada | close my cardano position
C en trading.close.avax | close the avax position
C en trading.close.link | close my chainlink position
C en trading.chart.btc | show me the bitcoin chart
C fr trading.chart.btc | ouvre le graphique du bitcoin
C en trading.chart.eth | open the ethereum chart
C en trading.chart.sol | show me the solana chart
C en trading.chart.doge | open the doge chart
C en trading.chart.xrp | show me the xrp chart
C en trading.chart.pepe | open the pepe chart
C en trading.chart.sui | show me the sui chart
C en trading.chart.ada | open the cardano chart
C en trading.chart.avax | show me the avax chart
C en trading.chart.link | open the chainlink chart
P en brain.status | what have you learned about me so far?
C fr brain.status | qu'est-ce que t'as appris sur moi ?
C en brain.status | brain status
C en brain.analyse | analyse my habits
C fr brain.analyse | analyse mon historique
P en brain.analyse | look at my action history and find patterns, analyse the history
C en brain.suggest | suggest some new skills
C fr brain.suggest | t'as des idées de skills à créer ?
C en skills.list | what skills do you have?
C fr skills.list | montre-moi mes skills
C fr skills.list | quelles compétences tu as ?
C en skills.suggest_actions | what would you suggest I do now?
C fr skills.suggest_actions | qu'est-ce que je devrais faire maintenant ?
C en skills.history | show me the command history
C fr skills.history | qu'est-ce que j'ai lancé récemment ?
C en skills.run {"skill": "morning routine"} | run my morning routine skill
C fr skills.run {"skill": "rapport du soir"} | lance la skill rapport du soir
C en skills.run {"skill": "backup"} | kick off the backup skill
C en skills.run {"skill": "standup notes"} | run the skill standup notes
C fr skills.run {"skill": "nettoyage"} | exécute ma compétence nettoyage
C en cockpit.mode.commander | go into commander mode
C fr cockpit.mode.commander | passe en mode commandant
C en cockpit.mode.voice | voice mode
C fr cockpit.mode.voice | mets-toi en mode vocal
P en cockpit.mode.keyboard | switch to keyboard mode, I'm in the library
C fr cockpit.mode.keyboard | mode clavier
C en cockpit.mode.ollama | ollama mode
C fr cockpit.mode.ollama | bascule en mode ollama
C en cockpit.focus.conversation | go back to the chat
C fr cockpit.focus.conversation | reviens sur la conversation
C en cockpit.focus.plan | show me the plan
C fr cockpit.focus.plan | affiche le plan
C en cockpit.focus.streams | show me the agent streams
C fr cockpit.focus.streams | va sur les flux des agents
C en cockpit.focus.gpu | take me to the heat map
C fr cockpit.focus.gpu | affiche la carte thermique
C en cockpit.focus.cluster | go to the cluster pane
C fr cockpit.focus.cluster | passe sur le panneau cluster
C en cockpit.focus.trading | open the trading book
C fr cockpit.focus.trading | va sur le carnet de trading
C en cockpit.zoom | make this pane full screen
C fr cockpit.zoom | mets le panneau en grand
C en cockpit.unzoom | put the pane back to normal
C fr cockpit.unzoom | remets le panneau à sa taille normale
C en cockpit.cancel | forget it
C fr cockpit.cancel | laisse tomber la demande
P en cockpit.cancel | cancel that, I asked the wrong thing
C en cockpit.help | what can you do?
C fr cockpit.help | qu'est-ce que tu sais faire ?
C en cockpit.help | show me the help
C en cockpit.search | search my old conversations
C fr cockpit.search | retrouve une vieille conversation
C en cockpit.export | export this chat to markdown
C fr cockpit.export | exporte la conversation en markdown
C en cockpit.next_pane | next pane
C fr cockpit.next_pane | panneau suivant
C en cockpit.next_pane | switch panes
C en cockpit.metric | switch the heat map to the next metric
C fr cockpit.metric | change de métrique
C en cockpit.talk | start listening
C fr cockpit.talk | écoute-moi
C en cockpit.talk | stop listening
C en cockpit.quit | exit the cockpit
C fr cockpit.quit | ferme le cockpit
C en cluster.consensus {"query": "is rust faster than go"} | get a consensus on is rust faster than go
C fr cluster.consensus {"query": "quel est le meilleur framework web"} | demande l'avis de tous les modèles sur quel est le meilleur framework web
C en cluster.consensus {"query": "what is the capital of australia"} | ask all the nodes the same question what is the capital of australia
P en app.open.firefox | hey jarvis, I'd like to browse a bit, could you get firefox going for me
P fr app.open.firefox | j'aimerais bien que tu me lances firefox
P en app.open.chrome | would you mind opening chrome, I have to check something
P fr app.open.chrome | tu pourrais pas m'ouvrir chrome deux secondes ?
P en app.open.calculator | open the little app to do sums
P fr app.open.calculator | ouvre-moi le petit programme pour faire des calculs, la calculatrice
P en app.open.calculator | I need to add up some numbers, bring up the calculator
P en app.open.taskmanager | open the thing that shows which programs use the computer, the task manager
P fr app.open.taskmanager | le pc rame, tu peux m'afficher le gestionnaire des tâches ?
P en app.open.settings | where do I change things on this computer? open the settings please
P fr app.open.settings | j'ai besoin d'aller dans les paramètres, ouvre-les moi
P en app.open.terminal | ok so first, could you give me a terminal window, thanks
P fr app.open.terminal | file-moi un terminal
P en app.open.vscode | I'd like to code a little, open me the vs code please
P fr app.open.vscode | vas-y lance-moi vs code
P en app.open.spotify | I want to listen some music, open for me the spotify
P fr app.open.spotify | j'ai envie d'écouter de la musique, tu peux ouvrir spotify ?
P en app.open.teams | my meeting starts in two minutes, quick, teams
P fr app.open.teams | réunion dans cinq minutes, ouvre-moi teams vite
P en app.open.slack | would you mind starting slack for me
P fr app.open.slack | tu peux me démarrer slack steuplé
P en app.open.discord | can you start up discord, the boys are online
P fr app.open.discord | j'aimerais bien que tu lances discord
P en app.open.outlook | I have to answer my boss, could you open outlook please
P fr app.open.thunderbird | je dois lire mes mails, ouvre thunderbird s'il te plaît
P en app.open.word | I need to write a letter, please open me the word
P fr app.open.excel | j'ai mes comptes à faire, tu me lances excel ?
P en app.open.powerpoint | I've got a presentation tomorrow, get powerpoint up for me
P en app.open.gimp | I want to edit a photo, could you open gimp
P fr app.open.obs | je vais streamer, démarre-moi obs
P en app.open.steam | it's friday night, fire up steam
P fr app.open.lmstudio | tu pourrais lancer lm studio s'il te plaît ?
P en app.open.blender | would you open blender for me, I want to do some 3d
P fr app.open.pycharm | j'ai du python à écrire, ouvre pycharm
P en app.open.postman | could you get postman running, I have to test an endpoint
P fr app.open.notion | tu peux m'ouvrir notion, j'ai une page à relire
P en app.open.obsidian | open obsidian, I want to write down an idea before I forget
P fr app.open.vlc | j'ai un film à regarder, lance vlc
P en app.open.edge | please you can open the edge browser
P fr app.open.brave | ouvre-moi brave, le navigateur
P en app.open.files | I want to see my folders, open the file explorer for me
P fr app.open.files | montre-moi mes dossiers, ouvre l'explorateur
P en app.open.editor | could you pop open notepad, I need to paste something
P fr app.open.editor | ouvre-moi un bloc-notes vite fait
P en app.close.firefox | I'm done on the internet, you can close firefox
P fr app.close.chrome | tu peux fermer chrome, j'en ai plus besoin
P en app.close.spotify | that's enough music, could you close spotify
P fr app.close.discord | ferme-moi discord, faut que je bosse
P en app.close.teams | the meeting is finished, please close the teams
P fr app.close.slack | c'est fini pour aujourd'hui, ferme slack
P en app.close.excel | I'm done with my spreadsheet, close excel
P fr app.close.word | tu peux quitter word ?
P en app.close.steam | mom's coming, close steam
P fr app.close.vscode | j'ai fini de coder, ferme vs code
P en app.close.obs | stream's over, you can close obs
P fr app.close.lmstudio | je me sers plus de lm studio, ferme-le. ferme lm studio
P en app.kill.chrome | chrome is not responding at all, force close it please. force close chrome
P fr app.kill.firefox | firefox a planté, force-le à se fermer. tue firefox
P en app.kill.teams | teams froze in the middle of the call, end teams
P fr app.kill.spotify | spotify veut pas se fermer, termine spotify
P en app.kill.obs | obs has crashed, terminate obs
P fr app.kill.steam | steam est bloqué, arrête steam de force
P en window.focus.firefox | can you put firefox in front
C fr window.focus.chrome | remets chrome devant
P en window.focus.terminal | where's my terminal? bring the terminal to the front
P fr window.focus.vscode | je veux revenir sur vs code
P en window.focus.spotify | show me spotify again
P fr window.focus.slack | remets-moi slack devant
P en window.focus.teams | go back to my teams call
P en window.minimize.spotify | get spotify out of my sight, minimize spotify
P fr window.minimize.discord | cache-moi discord, mon chef arrive
P en window.maximize.excel | I can't see all the columns, maximize excel
P fr window.maximize.vscode | mets vs code en grand, j'y vois rien
P en window.close | I don't need this window anymore, close it. close this window
P fr window.close | tu peux fermer la fenêtre que j'ai devant moi ?
P en window.desktop | I want to see my desktop, hide all the windows
P fr window.desktop | je veux voir mon bureau
C en window.list | which windows do I have open?
C fr window.list | j'ai quoi comme fenêtres ouvertes ?
P en window.minimize | get this window out of the way, minimize it
C fr window.maximize | mets cette fenêtre en grand
P en window.fullscreen | put this in full screen, I'm watching a video
P en browser.new_tab | I need another tab
P fr browser.new_tab | donne-moi un nouvel onglet
P fr browser.close_tab | ferme-moi cet onglet, il me saoule
P en browser.reopen_tab | damn, I closed the wrong tab, bring it back
P fr browser.reopen_tab | j'ai fermé l'onglet par erreur, rouvre-le
P en browser.refresh | the page is stuck, refresh it
P fr browser.refresh | recharge-moi la page
C en browser.back | take me back to the last page
C fr browser.back | retourne à la page précédente
P en browser.forward | go one page forward
P en browser.zoom_in | the text is so small, can you zoom in
P fr browser.zoom_in | grossis la page, c'est trop petit
P en browser.zoom_out | everything's huge, zoom out a bit
P fr browser.zoom_out | dézoome un peu la page
C en browser.zoom_reset | put the zoom back to normal
P en edit.copy | copy this for me
P fr edit.copy | tu peux copier ce que j'ai sélectionné ?
P en edit.paste | now paste it
P fr edit.paste | colle ici ce que j'ai copié
C en edit.cut | cut what I selected
C fr edit.cut | coupe le texte sélectionné
P en edit.undo | I messed up, undo
C fr edit.undo | annule ce que je viens de faire
C en edit.redo | redo what I just undid
P en edit.save | don't let me lose this, save the file
P fr edit.save | enregistre mon travail s'il te plaît
P en edit.print | print this document for me
P fr edit.print | imprime-moi ça
P en key.enter | now press enter
C fr key.enter | valide avec entrée
P en key.escape | press escape to get out of this
P en key.page_down | go down a bit
C fr key.page_down | descends d'une page
P en key.page_up | go up a bit
C fr key.page_up | remonte d'une page
C en key.top | take me to the top of the page
P en key.bottom | scroll all the way down
P en media.play_pause | hold on, pause the music a second
P fr media.play_pause | mets la musique en pause, je suis au téléphone
P en media.next | I don't like this one, next song
C fr media.next | zappe cette chanson
P en media.previous | play the song before again
C fr media.previous | remets la chanson d'avant
P en media.stop | turn the music off completely please
P fr media.stop | plus de musique pour ce soir, arrête la musique
P en volume.up | it's too quiet, louder please
P fr volume.up | j'entends rien, monte le son
P en volume.up | can you make the music louder
P en volume.down | my ears hurt, make it quieter
P fr volume.down | c'est trop fort, baisse le son
P en volume.down | a bit quieter please
P en volume.mute | my boss is calling, mute everything
P fr volume.mute | coupe le son, je suis en réunion
C en volume.unmute | bring the sound back
C fr volume.unmute | rallume le son
P en volume.max | make it as loud as it can go
P fr volume.max | monte le son au max, c'est ma chanson
P en volume.set {"percent": 40} | put the volume at 40 percent please
P fr volume.set {"percent": 60} | tu peux mettre le son à 60 ?
P en volume.set {"percent": 25} | I'd like the volume at 25
C en volume.up_by {"step": 10} | raise the volume by 10 percent
C fr volume.down_by {"step": 20} | descends le volume de 20 pour cent
P en system.screenshot | the thing to capture my screen, do it now
P fr system.screenshot | le truc pour les captures d'écran, fais-en une
P en system.lock | I'm stepping away, lock the computer please
P fr system.lock | je m'absente, verrouille l'ordi
P en system.shutdown | I'm finished for the day, turn off the computer
P fr system.shutdown | éteins l'ordi, je vais me coucher
P en system.restart | the computer is acting weird, can you reboot it
P fr system.restart | redémarre l'ordinateur s'il te plaît
P en system.sleep | I'm going for lunch, put the machine to sleep
P fr system.sleep | mets l'ordi en veille
P en system.cpu | how busy is the processor?
P fr system.cpu | le processeur est chargé là ?
P en system.memory | do I have enough memory left?
C fr system.memory | il me reste combien de ram ?
P en system.disk | is my hard drive full?
C fr system.disk | combien de place il reste sur le disque ?
P en system.uptime | when did I last restart this computer?
P fr system.uptime | le pc tourne depuis combien de temps ?
C en system.gpu | what gpu is in this machine?
C fr system.gpu | c'est quoi ma carte graphique ?
P en system.ip | what's my ip address on this computer
C fr system.ip | donne-moi mon adresse ip
C en system.wifi | what wifi networks can I connect to?
P fr system.wifi | quels réseaux wifi il y a autour ?
P en system.internet | is my connection down?
C fr system.internet | est-ce que internet marche ?
P en system.processes | what's running on my computer right now?
P fr system.processes | quels programmes tournent en ce moment ?
C en system.clipboard_read | what did I copy?
P fr system.clipboard_read | lis-moi ce que j'ai copié
P en system.clipboard_clear | wipe what I copied, it was a password
P en system.resolution | what resolution is my screen?
P en files.open.downloads | where's the file I just downloaded? open my downloads
P fr files.open.documents | ouvre-moi mes documents
P en files.list.downloads | what did I download lately? list the downloads folder
P fr files.find.pdf | j'ai un pdf quelque part, trouve mes fichiers pdf
C en files.find.photos | where are my photos?
C en files.find.python | where are my python scripts?
P en files.delete.screenshot | throw away that screenshot
P fr files.delete.screenshot | jette la capture d'écran
M en - | the thing that shows how hot the cards are
P en cluster.gpu | are the graphics cards on the nodes too hot?
P fr cluster.gpu | donne-moi la température des cartes graphiques du cluster
P en cluster.status | is everything ok with my servers?
P fr cluster.status | est-ce que tous les serveurs vont bien ?
C en cluster.models | what models can I use right now?
P fr cluster.models | quels modèles on a sous la main ?
C en node.gpu.m2 | is em two running hot?
P fr node.gpu.m1 | le gpu de m1 il est à combien ?
P en node.status.m1 | is anything running on m1? is it up?
P fr node.status.m3 | m3 est toujours debout ?
C en node.status.gemini | is gemini answering?
P en node.benchmark.m3 | how fast is m3? run the benchmark on it
P en node.coder.m2 | I'm about to code, put m2 on the coding model
P fr node.dev.m1 | passe m1 sur le modèle de dev
C en ollama.status | is the ollama server alive?
C fr ollama.models | qu'est-ce qui est installé sur ollama ?
P en trading.positions | how much am I up on my positions?
C fr trading.status | combien j'ai sur mon compte de trading ?
P en trading.scan | do a scan of the market right now please
P en trading.close.btc | bitcoin is dropping, get me out of my btc position
C fr trading.close.eth | coupe ma position sur ethereum
P en trading.chart.btc | let me see the bitcoin chart
C fr trading.analyse.sol | fais-moi une analyse de solana
C en brain.status | what do you know about my habits?
P en skills.list | which skills have I got?
P en skills.history | what did I run lately?
P en skills.suggest_actions | any suggestions for what to do next?
C en cockpit.help | what are the keyboard shortcuts?
P en cockpit.cancel | stop the request, it's taking forever
P fr cockpit.cancel | annule la demande, c'est trop long
C en cockpit.export | save this conversation as markdown
C en cockpit.zoom | make this pane bigger
C en cockpit.unzoom | restore the pane size
C en cockpit.focus.gpu | switch to the heat map
P en web.open.youtube | I want to watch cat videos, open youtube
P fr web.open.gmail | montre-moi mes mails
P en web.open.github | pull up github please
P en web.open.translate | I need to translate something, open google translate
P fr web.open.maps | ouvre-moi google maps, je cherche un resto
C en web.search {"query": "how to fix a leaking tap"} | look up how to fix a leaking tap online
C fr web.search {"query": "prix du gazole"} | regarde sur internet prix du gazole
P en window.minimize.edge | tuck edge away for now
P fr window.maximize.brave | mets brave en grand, agrandis brave
P en app.kill.files | the file explorer froze while copying, force quit the file explorer
P fr window.maximize.files | agrandis l'explorateur de fichiers, je vois pas tous mes dossiers
P en app.kill.calculator | the calculator is stuck, kill the calculator
P fr window.minimize.calculator | planque la calculatrice un moment
P en window.maximize.calculator | could you make the calculator window bigger, maximize it
P en window.minimize.editor | hide notepad for now
P fr window.maximize.editor | agrandis le bloc-notes, j'ai du mal à lire
P en window.maximize.spotify | make spotify take the whole screen, maximize spotify
P fr window.focus.vlc | remets vlc devant, je veux voir mon film
P en window.minimize.vlc | get vlc out of the way for a second, minimize vlc
P fr app.kill.discord | discord mouline dans le vide, tue discord
P en window.maximize.discord | I can't read the chat, maximize discord
P en app.kill.slack | slack is frozen, force quit slack
P fr window.minimize.slack | cache slack, les notifs me déconcentrent
P en window.maximize.slack | would you mind maximizing slack
P fr app.kill.telegram | telegram répond plus, termine telegram
P en window.minimize.telegram | minimise telegram please, someone's looking
P fr window.maximize.telegram | tu peux agrandir telegram ?
P en app.kill.thunderbird | thunderbird has been stuck on sending for ages, kill thunderbird
P fr window.minimize.thunderbird | réduis thunderbird, j'ai lu mes mails
P en window.maximize.thunderbird | blow up thunderbird so I can read this long email
P fr app.kill.outlook | outlook est planté, tue outlook
P en window.minimize.outlook | hide outlook until lunch
P fr window.maximize.outlook | agrandis outlook s'il te plaît
P fr window.minimize.teams | réduis teams, je reste dans l'appel mais je veux voir autre chose
P en app.kill.word | word stopped responding and I saved already, terminate word
P fr window.minimize.word | cache word deux minutes
P en window.maximize.word | I'd like word to fill the screen, maximize word
P fr app.kill.excel | excel a gelé sur mon gros fichier, force la fermeture, tue excel
P en window.focus.excel | back to my spreadsheet, switch to excel
P en window.minimize.excel | minimize excel for now
P en app.kill.powerpoint | powerpoint crashed during the export, kill powerpoint
C fr window.minimize.powerpoint | réduis powerpoint
P en window.maximize.powerpoint | make powerpoint big, I'm about to present
P en app.open.libreoffice | I need to open a document, start libreoffice please
P fr app.open.libreoffice | tu peux me lancer libreoffice ?
P en app.close.libreoffice | close libreoffice, I'm done with the document
P fr app.kill.libreoffice | libreoffice est bloqué, tue libreoffice
C en window.focus.libreoffice | go back to libreoffice
C fr window.minimize.libreoffice | réduis libreoffice
P en window.maximize.libreoffice | maximize libreoffice please
P fr app.kill.gimp | gimp a planté en exportant l'image, tue gimp
P en window.focus.gimp | switch back to gimp, I'm not done with the picture
P fr window.minimize.gimp | cache gimp pour l'instant
P en window.maximize.gimp | I need more room for the picture, maximize gimp
P fr window.minimize.obs | réduis obs, le stream tourne tout seul
P en window.maximize.obs | make obs bigger, I want to see the scenes, maximize obs
C fr window.focus.steam | retourne sur steam
P en window.minimize.steam | hide steam, I'm working
C fr window.maximize.steam | agrandis steam
P en app.kill.lmstudio | lm studio is eating all the ram and won't quit, kill lm studio
C fr window.minimize.lmstudio | réduis lm studio
C en window.maximize.lmstudio | blow up lm studio
P fr app.kill.taskmanager | même le gestionnaire des tâches est bloqué, tue-le, tue le gestionnaire des tâches
C en window.focus.taskmanager | switch to the task manager
C fr window.minimize.taskmanager | cache le gestionnaire des tâches
P en window.maximize.taskmanager | maximize the task manager, I want to see every process
P en app.kill.settings | the settings window froze, kill the settings
C fr window.focus.settings | retourne sur les paramètres
P en window.minimize.settings | hide the settings for now
C fr window.maximize.settings | agrandis les réglages
P fr app.kill.blender | blender plante au rendu, tue blender
C en window.focus.blender | take me back to blender
P fr window.minimize.blender | réduis blender, le rendu continue
C en window.maximize.blender | maximize blender
P en app.kill.pycharm | pycharm is indexing forever and frozen, kill pycharm
C fr window.focus.pycharm | reviens sur pycharm
C en window.minimize.pycharm | minimise pycharm
P fr window.maximize.pycharm | agrandis pycharm, je veux voir tout le code
P en app.close.postman | I've tested the api, close postman
P fr app.kill.postman | postman répond plus, tue postman
C en window.focus.postman | go back to postman
C fr window.minimize.postman | cache postman
C en window.maximize.postman | maximize postman
P fr app.close.notion | ferme notion, j'ai fini mes notes
P en app.kill.notion | notion is frozen, terminate notion
C fr window.focus.notion | bascule sur notion
P en window.minimize.notion | shrink notion for now
P fr window.maximize.notion | mets notion en grand, agrandis notion
P en app.kill.obsidian | obsidian crashed, kill obsidian
C fr window.focus.obsidian | passe sur obsidian
C en window.minimize.obsidian | hide obsidian
P en window.maximize.obsidian | maximize obsidian, I need space to write
A fr app.open.firefox | ouvre fire fox s'il te plait
A en app.open.firefox | open fire fox
A fr app.open.chrome | lance crom
A fr app.close.chrome | ferme crome
A en app.kill.chrome | kill crome
A en app.open.edge | open microsoft ege
A fr app.open.vscode | lance vs cod
A en app.open.vscode | open visual studio coat
A fr window.focus.vscode | va sur vis code
A fr app.open.terminal | ouvre un terminale
A en app.open.terminal | open the terminall
A fr app.open.calculator | ouvre la calculatrisse
A en app.open.calculator | open the calculater
A fr app.open.spotify | lance spotifaille
A en app.close.spotify | close spot ify
A fr app.open.discord | ouvre discorde
A en app.open.discord | open dis cord
A fr app.open.teams | ouvre tim
A en app.open.teams | open team's
A fr app.open.slack | ouvre slaque
A en app.open.thunderbird | open thunder bird
A fr app.open.outlook | ouvre out look
A fr app.open.excel | ouvre exel
A en app.open.excel | open excell
A fr app.open.powerpoint | ouvre power point
A en app.open.powerpoint | open power point
A fr app.open.obs | ouvre o b s studio
A fr app.open.lmstudio | lance l m studio
A en app.open.lmstudio | open lm studios
A en app.open.pycharm | open pie charm
A fr app.open.pycharm | ouvre paille charme
A en app.open.postman | open post man
A fr app.open.obsidian | ouvre obsidienne
A en app.open.notion | open notions
A fr app.open.taskmanager | ouvre le gestionaire des taches
A fr app.open.settings | ouvre les parametres
A fr app.open.files | ouvre l'explorateur de fichier
A fr web.open.youtube | va sur youtub
A en web.open.youtube | open you tube
A fr web.open.github | ouvre guite hub
A en web.open.chatgpt | open chat g p t
A fr web.open.wikipedia | ouvre wiki pedia
A en web.open.stackoverflow | open stack over flow
A fr web.open.huggingface | va sur hugging face point co
A en web.open.tradingview | open trading view
A en web.open.coinmarketcap | open coin market cap
A fr web.open.coingecko | ouvre coin gecko
A fr web.open.linkedin | ouvre linked in
A fr web.open.deepl | ouvre deep l
A en web.open.whatsapp | open whats app
A fr volume.up | monte le son s'il te plait
A fr volume.down | baise le son
A en volume.down | turn the volume dawn
A fr volume.set {"percent": 30} | met le volume a 30
A fr volume.set {"percent": 75} | mets le volume à soixante quinze
A en volume.set {"percent": 20} | set the volume to twenty
A en volume.set {"percent": 15} | volume at 15%
A fr volume.up_by {"step": 10} | monte le son de 10%
A fr volume.mute | coupe le sont
A fr volume.mute | coupe le son.
A fr volume.unmute | remet le son
A fr volume.max | met le son a fond
A fr media.play_pause | met pause
A fr media.next | chanson suivant
A en media.next | next sung
A fr media.stop | arete la musique
A fr system.screenshot | fait une capture d'ecran
A fr system.lock | verouille l'écran
A fr system.shutdown | étain le pc
A fr system.restart | redemarre l'ordinateur
A fr system.sleep | met le pc en veille
A fr system.memory | combien de memoire il reste
A fr system.disk | espace disc
A en system.disk | disc space
A fr system.ip | c'est quoi mon adresse i p
A en system.ip | what is my i p address
A fr system.wifi | liste les réseaux wifi
A en system.wifi | list the wifi networks
A fr system.clipboard_clear | vide le presse papier
A fr system.uptime | depuis combien de temps tourne le p c
A fr cluster.gpu | température des g p u
A en cluster.gpu | g p u temps
A fr cluster.gpu | la température des gépé u
A en cluster.status | cluster statues
A fr cluster.models | quels modeles sont chargés
A fr node.status.m2 | état de aime deux
A fr node.gpu.m3 | est-ce que aime trois chauffe
A en node.status.m1 | em one status
A en node.gpu.m2 | how hot is em 2
A fr node.benchmark.m1 | benchmarke m1
A en node.benchmark.ol1 | benchmark o l one
A fr node.status.ol1 | comment va ollama un
A en node.status.gemini | jemini status
A fr models.load {"model": "qwen3-30b", "node": "M2"} | charge qwen trois trente b sur m2
A en models.load {"model": "devstral-small-2", "node": "M1"} | load dev stral on m1
A en ollama.pull {"model": "qwen3-coder-30b"} | pull quen coder into olama
A fr ollama.status | état d'olama
A en ollama.models | list the o llama models
A fr trading.positions | montre mes positions ouverte
A en trading.analyse.btc | analyze bit coin
A fr trading.analyse.eth | analyse éther
A en trading.chart.doge | show me the doge coin chart
A fr trading.close.sol | ferme ma position sola na
A en trading.signals_min {"score": 75} | show me the signals above seventy five
A fr trading.scan | lance un scanne du marché
A fr cockpit.mode.commander | passe en mode commandeur
A en cockpit.mode.voice | voice mod
A fr cockpit.next_pane | panneaux suivant
A en cockpit.next_pane | next pain
A fr cockpit.focus.gpu | va sur la heat mappe
A fr browser.new_tab | nouvelle onglet
A fr browser.close_tab | ferme cette onglet
A fr browser.refresh | rafraichis la page
A fr browser.zoom_in | zoom avent
A fr edit.save | enregistre le fichié
A fr edit.copy | copie sa
A en edit.paste | paced it here
A fr key.escape | appuie sur echap
A fr window.desktop | affiche le bureaux
A fr window.fullscreen | plein ecran
A fr files.open.downloads | ouvre le dossier télé chargement
A en files.find.pdf | find my p d f files
A fr skills.run {"skill": "routine du matin"} | lance la skil routine du matin
A en skills.list | list my skils
A fr brain.status | état du cerveaux
C fr volume.up | mets plus fort
M fr - | ouvre ça
M en - | open it
M en - | close that thing
M fr - | ferme-le
M en - | make it bigger
M fr - | mets-le en grand
C en volume.up | turn it up
M fr - | baisse
M en - | kill it
M fr - | tue-le
M en - | switch to the other one
M fr - | passe sur l'autre
M en - | show me the stats
M fr - | montre-moi les stats
M en - | how hot is it
M fr - | ça chauffe ?
M en - | is it running?
M fr - | est-ce que ça tourne ?
M en - | load the model
M fr - | charge le modèle
M en - | unload it from there
M en - | put the coding model on
M fr - | passe en modèle de code
M en - | benchmark the node
M fr - | lance le benchmark
M en - | close my position
M fr - | ferme ma position
M en - | analyse the coin
M fr - | analyse ça
M en - | show me the chart
M fr - | ouvre le graphique
M en - | run my skill
M fr - | lance la skill
M en - | open the folder
M fr - | ouvre le dossier
M en - | find my files
M fr - | cherche mes fichiers
M en - | start the service
M fr - | arrête le service
M en - | open the browser
M fr - | ouvre le navigateur
M en - | open the mail app
M fr - | ouvre ma messagerie
M en - | go to the website
M fr - | va sur le site
M en - | the thing with the numbers
M fr - | le truc avec les graphiques
M en - | switch mode
M fr - | change de mode
M en - | make the computer quieter
M fr - | fais moins de bruit
M en - | do the thing from yesterday
M fr - | refais comme tout à l'heure
M en - | open the office thing
M fr - | ouvre le truc de microsoft
M en - | search for it
M fr - | cherche
M en - | go to the pane
M fr - | va sur le panneau
M en - | set the volume
M fr - | règle le son
M en - | start it up
M fr - | démarre
M en - | open my notes app
M en - | open the chat app
M fr - | ouvre l'appli de messages
M en - | put some music
O en - | what is the volume of a sphere with radius three
O fr - | comment on calcule le volume d'un cylindre ?
O en - | explain how a gpu works
O fr - | explique-moi comment fonctionne un gpu
O en - | write a function that opens a file and counts the lines
O fr - | écris une fonction python qui ouvre un fichier csv
O en - | what does zoom mean in photography
O fr - | le cluster de galaxies le plus proche, c'est lequel ?
O en - | what's the difference between a process and a thread
O fr - | c'est quoi la différence entre un processus et un thread ?
O en - | how do I close a file properly in python
O fr - | comment fermer proprement une connexion sql en java ?
O en - | why does my window manager crash when I plug a second screen
O fr - | pourquoi on dit fenêtre de tir pour une fusée ?
O en - | what is a node in a linked list
O fr - | c'est quoi un nœud dans un arbre binaire ?
O en - | which model of car is the most reliable
O fr - | quel modèle de voiture consomme le moins ?
O en - | explain the pane of glass analogy in observability
O fr - | comment on change une vitre cassée ?
O en - | is it a good idea to trade bitcoin right now, in your opinion
O fr - | tu penses que le bitcoin va monter cette année ?
O en - | what is a skill issue, in gaming slang
O fr - | quelles compétences faut-il pour devenir data scientist ?
O en - | write me a bash script that deletes old log files
O fr - | écris un script qui supprime les fichiers de plus de trente jours
O en - | how loud is a jet engine in decibels
O fr - | pourquoi le son va moins vite que la lumière ?
O en - | what's the best way to mute a microphone in ffmpeg
O fr - | comment on coupe le son d'une vidéo avec ffmpeg ?
O en - | tell me a joke
O fr - | raconte-moi une blague
O en - | how are you today
O fr - | ça va toi ?
O en - | what's the weather like in london
O fr - | il va faire beau demain ?
O en - | summarize the french revolution in three sentences
O fr - | résume-moi la guerre de cent ans
O en - | translate good morning into german
O fr - | comment on dit merci en japonais ?
O en - | who won the world cup in 2018
O fr - | qui a écrit les misérables ?
O en - | write a haiku about autumn
O fr - | écris un poème sur la mer
O en - | refactor this function to use async await
O fr - | refactorise ce code pour qu'il soit plus lisible
O en - | what's a good name for a cat
O fr - | donne-moi une idée de cadeau pour ma mère
O en - | how do I center a div in css
O fr - | comment on centre une div en css ?
O en - | explain what a kill switch is in trading
O fr - | c'est quoi un stop loss ?
O en - | what is a position in futures trading
O fr - | explique-moi ce qu'est une position short
O en - | should I close my position if the market drops ten percent
O fr - | est-ce que je devrais vendre mes ethereum ?
O en - | what's the history of the bitcoin chart since 2010
O fr - | pourquoi le dogecoin a été créé ?
O en - | how do I write a trading bot in python
O fr - | écris-moi une stratégie de trading sur le rsi
O en - | compare solana and ethereum as technologies
O fr - | compare cardano et avalanche
O en - | what's the difference between ollama and lm studio
O fr - | c'est quoi la différence entre ollama et vllm ?
O en - | how does a mixture of experts model work
O fr - | explique-moi comment marche un modèle de langage
O en - | which model is better for coding, qwen or devstral
O fr - | quel modèle est le meilleur pour écrire du code ?
O en - | how much vram do I need to run a 30b model
O fr - | combien de mémoire faut-il pour faire tourner un modèle de 30 milliards de paramètres ?
O en - | what's quantization
O fr - | c'est quoi la quantification d'un modèle ?
O en - | why is my gpu fan so loud
O fr - | pourquoi mon ventilateur fait autant de bruit ?
O en - | what temperature is too hot for a graphics card
O fr - | à partir de quelle température un gpu est en danger ?
O en - | explain kubernetes nodes and pods
O fr - | c'est quoi un pod dans kubernetes ?
O en - | how do I list files in a directory in rust
O fr - | comment lister les fichiers d'un dossier en python ?
O en - | write a regex that finds pdf files
O fr - | écris une regex qui trouve les adresses mail
O en - | what is the screenshot shortcut on a mac
O fr - | c'est quoi le raccourci pour faire une capture d'écran sur mac ?
O en - | how do I take a screenshot on my phone
O fr - | comment je fais une capture sur mon téléphone ?
O en - | what does the escape key do in vim
O fr - | comment on quitte vim ?
O en - | what is a tab in a spreadsheet called
O fr - | pourquoi on dit onglet pour les navigateurs ?
O en - | draft an email to my landlord about the heating
O fr - | rédige un mail pour mon propriétaire à propos du chauffage
O en - | write a reply to this slack message saying I'll be late
O fr - | écris une réponse polie à ce message
O en - | how does firefox compare to chrome for privacy
O fr - | c'est quoi le navigateur le plus respectueux de la vie privée ?
O en - | is brave really safer than chrome
O fr - | vs code ou pycharm, lequel est le mieux pour python ?
O en - | what's new in the latest version of blender
O fr - | comment on fait un cube en 3d dans blender ?
O en - | how do I add a layer in gimp
O fr - | comment on retire le fond d'une image dans gimp ?
O en - | how do I set up a scene in obs
O fr - | comment configurer obs pour streamer sur twitch ?
O en - | teach me excel pivot tables
O fr - | comment faire une formule somme si dans excel ?
O en - | what is a powerpoint template
O fr - | donne-moi un plan pour une présentation sur le climat
O en - | explain what docker is
O fr - | c'est quoi la différence entre docker et une machine virtuelle ?
O en - | how do I configure nginx as a reverse proxy
O fr - | écris-moi une config nginx pour un site statique
O en - | what's ssh and why is it secure
O fr - | comment générer une clé ssh ?
O en - | how does bluetooth pairing work
O fr - | pourquoi mon casque bluetooth se déconnecte tout le temps ?
O en - | how do I clear the cache in my browser
O fr - | comment vider le cache du navigateur ?
O en - | what is a clipboard manager
O fr - | c'est quoi un gestionnaire de presse-papier ?
O en - | what does ping mean in networking
O fr - | c'est quoi un ping en réseau ?
O en - | how do I find my ip address on linux with the command line
O fr - | comment on trouve son adresse ip sous windows ?
O en - | what is screen resolution exactly
O fr - | c'est quoi la différence entre 1080p et 4k ?
O en - | how much ram should a gaming pc have
O fr - | combien de ram il faut pour un pc de jeu ?
O en - | what is uptime in an sla
O fr - | c'est quoi un taux de disponibilité de 99,9 pour cent ?
O en - | what's a cron job
O fr - | comment écrire une tâche cron qui tourne chaque nuit ?
O en - | how do I print a list in python
O fr - | comment on affiche une liste en python ?
O en - | what's the keyboard shortcut to undo in photoshop
O fr - | quel est le raccourci pour annuler sur mac ?
O en - | write unit tests for the volume control function
O fr - | écris des tests pour la fonction qui règle le volume
O en - | add a button to the window that closes the app
O fr - | ajoute un bouton dans la fenêtre qui ferme l'application
O en - | write a textual widget that shows gpu temperatures
O fr - | écris un widget qui affiche la température des gpu
O en - | review my code for the cluster monitor
O fr - | relis mon code pour le moniteur du cluster
O en - | why did my model loader crash with out of memory
O fr - | pourquoi mon modèle plante avec une erreur de mémoire ?
O en - | how do I benchmark a python function
O fr - | comment faire un benchmark d'une fonction en python ?
O en - | what's a good benchmark for llm reasoning
O fr - | c'est quoi un bon benchmark pour les llm ?
O en - | what does the term heat map mean in data visualization
O fr - | comment faire une heat map avec matplotlib ?
O en - | what are my rights if my landlord keeps my deposit
O fr - | quels sont mes droits si mon employeur ne me paie pas ?
O en - | plan a three day trip to rome
O fr - | organise-moi un week-end à bordeaux
O en - | what's a healthy breakfast
O fr - | qu'est-ce que je peux cuisiner avec des œufs et des tomates ?
O en - | how many calories in a banana
O fr - | combien de calories dans une pomme ?
O en - | help me write a cover letter for a developer job
O fr - | aide-moi à écrire une lettre de motivation
O en - | what's the meaning of life
O fr - | c'est quoi le sens de la vie ?
O en - | thank you jarvis
O fr - | merci jarvis
O en - | good night
O fr - | bonne nuit
O en - | you're awesome
O fr - | t'es génial
O en - | never mind, I was talking to my wife
O fr - | non rien, je parlais à mon fils
O en - | hmm let me think
O fr - | euh attends je réfléchis
O en - | who made you
O fr - | qui t'a créé ?
O en - | do you dream
O fr - | tu rêves la nuit ?
O en - | the music at the party last night was so loud
O fr - | la musique chez les voisins était trop forte hier soir
O en - | my neighbour plays his music way too loud
O fr - | mon voisin met le son à fond tous les soirs, je fais quoi ?
O en - | I left the window open in the kitchen
O fr - | j'ai laissé la fenêtre ouverte dans la cuisine
O en - | can you open a window in real life? just kidding
O fr - | il fait chaud, faudrait ouvrir la fenêtre de la chambre
O en - | I need to close the deal with the client tomorrow
O fr - | il faut que je ferme le magasin à dix-neuf heures
O en - | my son wants to open a bank account
O fr - | ma fille veut ouvrir un compte en banque
O en - | the calculator app on my phone is broken
O fr - | ma calculatrice de lycée ne marche plus
O en - | what's a good calculator for engineering students
O fr - | quelle calculatrice acheter pour le bac ?
O en - | my terminal shows weird characters, why
O fr - | pourquoi mon terminal affiche des caractères bizarres ?
O en - | what's the best terminal emulator for linux
O fr - | c'est quoi le meilleur émulateur de terminal ?
O en - | how do I change the font in notepad
O fr - | comment changer la police dans le bloc-notes ?
O en - | recommend me a good playlist on spotify
O fr - | conseille-moi une playlist pour courir
O en - | who's the most streamed artist on spotify
O fr - | c'est qui l'artiste le plus écouté sur spotify ?
O en - | what should I watch on netflix tonight
O fr - | c'est quoi une bonne série sur netflix ?
O en - | how does youtube's algorithm work
O fr - | comment devenir youtubeur ?
O en - | what is github copilot
O fr - | comment faire une pull request sur github ?
O en - | what's the difference between git merge and rebase
O fr - | explique-moi git rebase
O en - | what is hugging face as a company
O fr - | c'est quoi hugging face ?
O en - | how do I get rich with crypto
O fr - | comment on gagne de l'argent avec la crypto ?
O en - | is pepe a scam coin
O fr - | le pepe coin c'est une arnaque ?
O en - | what's the market cap of chainlink
O fr - | c'est quoi la capitalisation de ripple ?
O en - | write an analysis of the crypto market this week
O fr - | fais-moi une analyse du marché crypto de cette semaine
O en - | what's the difference between futures and spot
O fr - | c'est quoi le trading sur marge ?
O en - | how should I size my positions
O fr - | quel pourcentage de mon capital je devrais risquer par trade ?
O en - | what is a trading signal
O fr - | comment on calcule un signal de trading ?
O en - | how do skills work in this assistant
O fr - | comment on crée une skill ?
O en - | write a new skill that backs up my documents every night
O fr - | crée une skill qui ouvre slack et teams le matin
O en - | what did the brain learn, technically, how does it work
O fr - | comment ton cerveau apprend mes habitudes, techniquement ?
O en - | what is commander mode, what does it do
O fr - | c'est quoi la différence entre le mode commandant et le mode ollama ?
O en - | what does the plan pane show
O fr - | à quoi sert le panneau des flux ?
O en - | how do I add a new node to the cluster
O fr - | comment j'ajoute une machine au cluster ?
O en - | why is m2 slower than m1 in general
O fr - | pourquoi m3 est moins rapide que m1 ?
O en - | should I buy a new gpu for m3
O fr - | ça vaut le coup d'acheter une 5090 pour m2 ?
O en - | explain what time to first token means
O fr - | c'est quoi le nombre de tokens par seconde ?
O en - | what is gemini, the google model
O fr - | gemini c'est le modèle de google ou le signe astrologique ?
O en - | how do you pronounce qwen
O fr - | comment on prononce qwen ?
O en - | write a python function that loads a model on a node
O fr - | écris une fonction qui charge un modèle sur un nœud
O en - | what's the history of the word window in computing
O fr - | d'où vient le mot fenêtre en informatique ?
O en - | what's the volume of the earth's oceans
O fr - | quel est le volume de la lune ?
O en - | turn this paragraph into bullet points
O fr - | transforme ce paragraphe en liste à puces
O en - | correct the grammar of my last message
O fr - | corrige les fautes de ce texte
O en - | how do I search the web more efficiently
O fr - | comment faire une recherche avancée sur google ?
O en - | what's the best search engine
O fr - | quel moteur de recherche respecte la vie privée ?
O en - | is my password strong enough
O fr - | comment créer un mot de passe solide ?
O en - | what are the symptoms of a cold
O fr - | j'ai mal à la tête, qu'est-ce que je peux prendre ?
M en - | remind me what we talked about yesterday
M fr - | de quoi on a parlé hier déjà ?
O en - | can you explain what you just did
O fr - | pourquoi t'as fait ça ?
O en - | that was wrong
O fr - | c'est pas ce que j'ai demandé
O en - | what is the pause button symbol called
O fr - | pourquoi le bouton pause a deux barres ?
O en - | who sang the song next to me
O fr - | c'est quoi le titre de la chanson suivante de l'album ?
O en - | how do I restart my life after a breakup
O fr - | comment redémarrer après un échec ?
O en - | the shutdown of the government, what does it mean
O fr - | c'est quoi un shutdown du gouvernement américain ?
O en - | how do I lock a cell in excel
O fr - | comment verrouiller une cellule dans excel ?
O en - | how do I lock a file in git
O fr - | comment bloquer une cellule dans google sheets ?
O en - | what does sleep do in javascript
O fr - | comment faire un sleep en python ?
O en - | write a function to copy a directory recursively
O fr - | écris une fonction pour copier un dossier
O en - | how do I paste without formatting in word
O fr - | comment coller sans mise en forme ?
O en - | what's the shortcut to select all on a mac
O fr - | c'est quoi le raccourci pour tout sélectionner ?
O en - | how does the undo stack work in a text editor
O fr - | comment implémenter un annuler refaire en javascript ?
O en - | how do I scroll a div with javascript
O fr - | comment faire défiler une page en css ?
O en - | what is a tab character in python
O fr - | pourquoi python n'aime pas les tabulations ?
O en - | how do I type faster on a keyboard
O fr - | comment taper plus vite au clavier ?
O en - | what is full screen exclusive mode in games
O fr - | pourquoi mes jeux en plein écran clignotent ?
O en - | what does desktop environment mean on linux
O fr - | c'est quoi un environnement de bureau ?
O en - | what are the best discord bots
O fr - | comment créer un serveur discord ?
O en - | how do I schedule a meeting in teams
O fr - | comment planifier une réunion sur teams ?
O en - | how do I write a formula in word
O fr - | comment faire une table des matières dans word ?
O en - | what does wikipedia say about napoleon
O fr - | qu'est-ce que tu sais sur napoléon ?
O en - | what's on reddit's front page about ai
O fr - | c'est quoi les tendances sur twitter en ce moment ?
O en - | what is the speed of light
O fr - | quelle est la vitesse du son ?
O en - | convert 50 euros to dollars
O fr - | combien font 15 fois 23 ?
O en - | what's 20 percent of 350
O fr - | combien fait 30 pour cent de 80 ?
O en - | set a timer for ten minutes
O fr - | réveille-moi demain à sept heures
O en - | call my mother
O fr - | appelle ma mère
O en - | order a pizza
O fr - | commande-moi une pizza
O en - | turn off the lights in the living room
O fr - | allume la lumière de la cuisine
O en - | make me a coffee
O fr - | fais-moi un café
O en - | how do I compute the volume of a cone in python
O fr - | écris une fonction qui calcule le volume d'une boule
O en - | what's the trading volume of bitcoin today, roughly, in your opinion
O fr - | pourquoi le volume d'échange du bitcoin a chuté ?
O en - | explain volume profile in technical analysis
O fr - | c'est quoi le volume sur un graphique boursier ?
O en - | how loud should I set my speakers for mixing, what volume is safe
O fr - | à quel volume on peut écouter de la musique sans abîmer ses oreilles ?
O en - | write a script that sets the volume of all wav files to the same level
O fr - | comment normaliser le volume de plusieurs fichiers audio ?
O en - | what's the difference between a window and a door in french
O fr - | comment on dit fenêtre en anglais ?
O en - | write a tkinter program that opens a window
O fr - | écris un programme qui ouvre une fenêtre avec un bouton
O en - | what is a sliding window algorithm
O fr - | explique l'algorithme de la fenêtre glissante
O en - | how do I clean my windows without streaks
O fr - | comment nettoyer les vitres sans traces ?
O en - | what is a node in node js
O fr - | c'est quoi node js ?
O en - | how do I install node on ubuntu
O fr - | comment installer node sur mac ?
O en - | what's the best way to balance load across nodes in a cluster, in theory
O fr - | comment répartir la charge entre plusieurs serveurs, en général ?
O en - | explain how a neural network model learns
O fr - | comment un modèle apprend pendant l'entraînement ?
O en - | write a pydantic model for a user with a name and email
O fr - | écris un modèle django pour une commande client
O en - | what's a role model for young engineers
O fr - | qui est ton modèle dans la vie ?
O en - | what's a pane in tmux and how do I split one
O fr - | comment on découpe un panneau dans tmux ?
O en - | how do I replace a window pane at home
O fr - | combien coûte un double vitrage ?
O en - | what's the best trade I could make this week, in your view
O fr - | c'est quoi un bon trade pour un débutant ?
O en - | explain the trade-off between latency and throughput
O fr - | quel est le compromis entre vitesse et précision pour un modèle ?
O en - | what does trade war mean
O fr - | c'est quoi une guerre commerciale ?
O en - | what skills should I learn to get a job in ai
O fr - | quelles compétences je dois développer pour être chef de projet ?
O en - | is python a good skill to have
O fr - | la programmation c'est une compétence utile pour un comptable ?
O en - | how do I open a file in read mode in c
O fr - | comment ouvrir un fichier en écriture en python ?
O en - | what's the difference between a file and a folder
O fr - | c'est quoi la différence entre un fichier et un dossier ?
O en - | write a script that moves all my pdf files into one folder
O fr - | écris un script qui range mes photos par date
O en - | what is a pdf exactly
O fr - | comment on convertit un pdf en word ?
O en - | what's the best format for photos, png or jpg
O fr - | c'est quoi la différence entre png et jpeg ?
O en - | how do I read a csv file with pandas
O fr - | comment lire un fichier json en javascript ?
O en - | what is markdown used for
O fr - | comment on met du gras en markdown ?
O en - | how do I zip a folder on the command line
O fr - | comment on décompresse un fichier zip sur linux ?
O en - | what is a docker container
O fr - | explique-moi ce qu'est un service systemd
O en - | how do I write a systemd service for my app
O fr - | écris un fichier de service systemd pour un serveur python
O en - | what are print services in windows used for
O fr - | pourquoi mon imprimante est hors ligne ?
O en - | explain how a screenshot tool captures the screen
O fr - | comment marche un outil de capture d'écran ?
O en - | write code that takes a screenshot every minute
O fr - | écris un programme qui fait une capture d'écran toutes les minutes
O en - | how do I lock my phone screen orientation
O fr - | comment je bloque la rotation de l'écran sur mon téléphone ?
O en - | what happens to ram when a computer goes to sleep
O fr - | c'est quoi la différence entre veille et veille prolongée ?
O en - | why does my laptop restart on its own
O fr - | pourquoi mon pc redémarre tout seul la nuit ?
O en - | is it bad to shut down the computer every night
O fr - | c'est mauvais d'éteindre son ordi tous les soirs ?
O en - | how does an ip address work
O fr - | c'est quoi une adresse ip publique ?
O en - | how do I improve my wifi signal
O fr - | pourquoi mon wifi est si lent le soir ?
O en - | what's a cpu core vs a thread
O fr - | c'est quoi un cœur de processeur ?
O en - | how do I free up disk space on windows
O fr - | comment libérer de l'espace sur mon disque ?
O en - | how do I write a benchmark in rust
O fr - | écris un benchmark pour comparer deux algorithmes de tri
O en - | what is a gpu cluster used for in research
O fr - | à quoi sert un cluster de calcul dans la recherche ?
O en - | explain what ollama is to a beginner
O fr - | c'est quoi ollama, explique simplement
O en - | how do I pull an image with docker
O fr - | comment faire un git pull sans écraser mes changements ?
O en - | what's the consensus among economists about inflation
O fr - | quel est le consensus scientifique sur le réchauffement climatique ?
O en - | how does raft consensus work
O fr - | explique l'algorithme de consensus de paxos
O en - | what is the commander pattern in software design
O fr - | c'est quoi le design pattern commande ?
O en - | how do I make a voice assistant in python
O fr - | comment on fait de la reconnaissance vocale en python ?
O en - | what does keyboard mode mean in accessibility settings
O fr - | comment utiliser un ordinateur uniquement au clavier ?
O en - | write a program that types text automatically
O fr - | écris un programme qui tape du texte tout seul
O en - | how do I make my browser open new tabs in the background
O fr - | comment je fais pour que chrome rouvre mes onglets au démarrage ?
O en - | what is a browser extension
O fr - | quelle extension de navigateur bloque les pubs ?
O en - | what does refresh rate mean on a monitor
O fr - | c'est quoi le taux de rafraîchissement d'un écran ?
O en - | how do I copy a file with scp
O fr - | comment copier un fichier sur un serveur distant ?
O en - | what's a good chart library for react
O fr - | quelle bibliothèque utiliser pour faire des graphiques en python ?
O en - | explain candlestick charts to me
O fr - | comment lire un graphique en chandeliers ?
O en - | what's the history of ethereum
O fr - | qui a créé ethereum ?
O en - | explain what sui blockchain does differently
O fr - | c'est quoi la blockchain avalanche ?
O en - | why is the position of the sun different in winter
O fr - | quelle est la position de la terre par rapport au soleil en été ?
O en - | what's a signal in unix, like sigterm
O fr - | c'est quoi la différence entre sigkill et sigterm ?
O en - | how do I kill a process on linux from the command line
O fr - | comment tuer un processus sous linux ?
O en - | explain how pause and resume work in a download manager
O fr - | comment reprendre un téléchargement interrompu ?
O en - | how do I scan a document with my phone
O fr - | comment scanner un document avec mon imprimante ?
O en - | what is the brain made of
O fr - | combien de neurones dans le cerveau humain ?
O en - | what is a focus mode on android
O fr - | comment rester concentré quand on travaille ?
O en - | what is a streams api in java
O fr - | c'est quoi les streams en java ?
O en - | what does plan b mean
O fr - | aide-moi à faire un plan pour mon mémoire
O en - | how do I export a figure from matplotlib as svg
O fr - | comment exporter un tableau excel en pdf ?
O en - | how do I search inside a pdf
O fr - | comment chercher un mot dans un document word ?
O en - | what is help in the sense of the beatles song
O fr - | pourquoi les gens ont peur de demander de l'aide ?
O en - | what's the quitting time in france usually
O fr - | comment arrêter de fumer ?
O en - | how do I cancel my netflix subscription
O fr - | comment résilier mon abonnement spotify ?
O en - | how do I delete my facebook account
O fr - | comment supprimer mon compte instagram ?
O en - | how much does a youtube premium subscription cost
O fr - | combien coûte amazon prime ?
O en - | what's the most popular video on youtube ever
O fr - | quelle est la vidéo la plus vue sur youtube ?
O en - | who founded github
O fr - | qui a fondé linkedin ?
O en - | tell me about the history of reddit
O fr - | c'est quoi l'histoire de twitter ?
O en - | should I learn word or google docs
O fr - | vaut mieux utiliser excel ou google sheets ?
O en - | what's a good alternative to photoshop
O fr - | c'est quoi une bonne alternative à notion ?
O en - | how does steam's refund policy work
O fr - | comment marche le remboursement sur steam ?
O en - | what's the best game on steam right now
O fr - | c'est quoi le meilleur jeu de l'année ?
O en - | how do I record my screen with obs
O fr - | comment enregistrer mon écran sans obs ?
O en - | is vlc safe to install
O fr - | vlc c'est gratuit ?
O en - | write a discord bot that plays music
O fr - | écris un bot telegram qui envoie la météo
O en - | summarize the last email I got
O fr - | résume-moi ce document
O en - | give me three ideas for my sister's birthday
O fr - | propose-moi trois idées de sortie pour samedi
O en - | explain recursion like I'm five
O fr - | explique-moi la récursivité simplement
O en - | what is the gpu temperature of a playstation 5
O fr - | à quelle température chauffe une xbox ?
O en - | is 85 degrees hot for a cpu
O fr - | 90 degrés pour un gpu c'est normal ?
O fr - | c'est quoi le volume idéal pour une enceinte de salon ?
O fr - | comment on calcule le volume d'une pièce pour la clim ?
O fr - | explique-moi comment marche une fenêtre modale en html
O fr - | pourquoi windows s'appelle windows ?
O fr - | c'est quoi un nœud en physique des ondes ?
O fr - | comment on fait un nœud de cravate ?
O fr - | quel modèle de téléphone tu me conseilles ?
O fr - | écris un modèle de lettre de démission
O fr - | c'est quoi un trade en bourse ?
O fr - | combien de trades par jour fait un scalpeur ?
O fr - | comment on écrit une skill pour alexa ?
O fr - | explique la différence entre un fichier texte et un fichier binaire
O fr - | écris une fonction qui lit un fichier ligne par ligne
O fr - | pourquoi mon fichier excel est corrompu ?
O fr - | comment on monte le son sur une guitare électrique ?
O fr - | comment baisser le volume de la sonnette de ma porte ?
O fr - | quelle est la meilleure carte graphique pour jouer en 4k ?
O fr - | pourquoi les cartes graphiques coûtent si cher ?
O fr - | c'est quoi la mémoire vive, en gros ?
O fr - | écris un script qui surveille la température du processeur
O fr - | comment on met en veille un écran sous linux en ligne de commande ?
O fr - | explique-moi ce qu'est un benchmark de carte graphique
O fr - | c'est quoi le plein écran sur un navigateur, techniquement ?
O fr - | traduis ce paragraphe en anglais
O fr - | écris-moi un mail pour annuler ma réunion de demain
O fr - | quelles sont les dernières nouvelles sur l'ia ?
O fr - | tu préfères le mode sombre ou le mode clair ?
O fr - | c'est quoi le meilleur modèle open source en ce moment ?
O fr - | explique-moi ce qu'est un zoom optique
O fr - | le panneau solaire, c'est rentable ?
O en - | what's the best pane layout for a tmux beginner, in your opinion
O en - | how does a heat map differ from a choropleth map
O en - | write me a function that pauses for two seconds
O en - | explain how the mute button on a microphone works electrically
O en - | my kid asks why the sky is blue, what do I tell him
O en - | what's the next big thing in ai, your guess
O en - | why do some people prefer brave over firefox
O en - | compose a short tweet about our product launch
O en - | what does it mean when a node is tainted in kubernetes
O en - | how do I close a position on binance manually, step by step
P fr app.open.firefox | Jarvis, tu veux bien me démarrer firefox ?
P fr app.open.calculator | j'ai des additions à faire, tu m'ouvres la calculette ?
P fr app.open.terminal | il me faut une ligne de commande, ouvre le terminal
P fr app.open.spotify | un peu de musique ça me ferait du bien, ouvre spotify
P fr app.kill.chrome | chrome me lâche encore, force la fermeture de chrome
C fr window.focus.firefox | ramène-moi sur firefox
P fr window.desktop | dégage toutes les fenêtres, je veux voir le bureau
P fr volume.up | on entend que dalle, monte un peu le son
P fr volume.down | les voisins vont râler, baisse un peu le son
P fr volume.mute | chut, coupe le son, le bébé dort
P fr volume.set {"percent": 35} | tu pourrais régler le volume sur 35 ?
P fr media.next | passe à la suivante, j'aime pas celle-là
P fr media.play_pause | attends, mets la musique sur pause
P fr system.lock | je pars en pause, tu verrouilles l'ordi ?
P fr system.memory | la ram elle en est où ?
P fr system.cpu | le processeur il est à combien ?
P fr system.disk | j'ai encore de la place sur le disque ?
C fr system.ip | quelle est mon adresse ip
P fr system.screenshot | prends-moi l'écran en photo, une capture quoi
P fr system.internet | j'ai l'impression que le net marche plus, tu peux vérifier la connexion ?
P fr cluster.gpu | ils sont à combien de degrés les gpu du cluster ?
P fr cluster.status | tout le cluster est ok ?
P fr cluster.perf | c'est quel serveur le plus rapide en ce moment ?
P fr node.gpu.m3 | m3 il chauffe pas trop ?
P fr node.status.m2 | m2 il répond toujours ?
C fr node.benchmark.m3 | fais un benchmark de m3
P fr models.load {"model": "gpt-oss-20b", "node": "M2"} | tu peux charger gpt oss sur m2 ?
P fr models.unload {"model": "devstral-small-2", "node": "M1"} | retire devstral de m1, on n'en a plus besoin
P fr ollama.pull {"model": "qwen3:1.7b"} | installe le petit qwen sur ollama
P fr trading.positions | j'ai quoi comme positions en ce moment ?
P fr trading.signals | y a des signaux en attente ?
P fr trading.close.btc | le bitcoin plonge, ferme ma position btc
P fr trading.chart.eth | montre-moi le graphique d'ethereum
C fr skills.list | t'as quelles compétences ?
P fr skills.suggest_actions | tu me conseilles quoi de faire là ?
P fr cockpit.cancel | oublie, annule la requête
P fr cockpit.export | garde cette conversation en markdown, exporte-la
P fr cockpit.focus.conversation | remets-moi sur le chat
P fr web.open.youtube | mets youtube, je veux regarder une vidéo
C fr web.search {"query": "horaires du train pour marseille"} | cherche sur le web horaires du train pour marseille
"""


def parse() -> list[dict[str, object]]:
    """Turn LINES into the records of natural7.jsonl."""
    rows: list[dict[str, object]] = []
    for line in LINES.strip().splitlines():
        head, text = line.split(" | ", 1)
        cat, lang, cmd, *rest = head.split(" ", 3)
        slots = json.loads(rest[0]) if rest else {}
        rows.append({"text": text.strip(), "lang": lang, "command": None if cmd == "-" else cmd,
                     "slots": slots, "category": CATEGORIES[cat]})
    return rows


def check(rows: list[dict[str, object]]) -> list[str]:
    """Problems found: unknown ids, wrong slot names or values, duplicate texts, bad fields."""
    cat = tomllib.loads((ROOT / "data/voice/commands.toml").read_text(encoding="utf-8"))
    commands = {c["id"]: c for c in cat["commands"]}
    problems: list[str] = []
    seen: set[str] = set()
    for r in rows:
        text, cmd, slots = str(r["text"]), r["command"], r["slots"]
        assert isinstance(slots, dict)
        key = text.lower()
        if key in seen:
            problems.append(f"duplicate text: {text}")
        seen.add(key)
        if r["lang"] not in ("fr", "en"):
            problems.append(f"bad lang: {text}")
        if cmd is None:
            if slots or r["category"] not in ("oos", "ambiguous"):
                problems.append(f"null command with slots or in-scope category: {text}")
            continue
        if cmd not in commands:
            problems.append(f"unknown command {cmd}: {text}")
            continue
        c = commands[cmd]
        names = set(re.findall(r"\{(\w+)\}", " ".join(c["fr"] + c["en"])))
        if set(slots) != names:
            problems.append(f"slots {sorted(slots)} != {sorted(names)} for {cmd}: {text}")
        for name, value in slots.items():
            spec = cat["slots"][name]
            if spec["kind"] == "number" and not (isinstance(value, int) and spec["min"] <= value <= spec["max"]):
                problems.append(f"slot {name}={value!r} out of range: {text}")
            if spec["kind"] == "list" and value not in [v["value"] for v in spec["values"]]:
                problems.append(f"slot {name}={value!r} not a catalogue value: {text}")
            if spec["kind"] == "text" and (not isinstance(value, str) or not value or len(value) > spec["max_length"]):
                problems.append(f"slot {name}={value!r} bad text: {text}")
    return problems


def main() -> int:
    rows = parse()
    problems = check(rows)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    if "--check" not in sys.argv:
        with open(HERE / "natural7.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines ok", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
