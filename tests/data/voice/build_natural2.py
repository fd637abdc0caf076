"""Build tests/data/voice/natural2.jsonl: a fourth labelled set of voice utterances, for tuning the matcher.

Written by the voice-set2 helper (session 3) from data/voice/commands.toml and core/voice/catalogue_gen.py ONLY:
the held-out set, the dev set, natural.jsonl, paraphrases.txt, build_dev.py and the matcher (core/voice/ except
catalogue_gen.py) were not opened, so that this set is independent of them. Most lines are hand-written below;
the application/window lines, the canonical template expansions and part of the ASR variants are generated with
a fixed seed. Run: python3 tests/data/voice/build_natural2.py (rewrites natural2.jsonl and checks it).
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

SEED = 20261201
HERE = Path(__file__).resolve().parent
CATALOGUE = HERE.parents[2] / "data" / "voice" / "commands.toml"
OUT = HERE / "natural2.jsonl"

HAND_PARA = r'''
en media.play_pause could you pause the music real quick
en media.play_pause ok so first, could you pause the music, thanks
en media.play_pause hold the music for a sec
en media.play_pause Jarvis, put the song on pause please
en media.play_pause can you resume the song
en media.play_pause start the music back up
fr media.play_pause Jarvis, mets la musique sur pause s'il te plaît
fr media.play_pause tu peux mettre en pause deux secondes ?
fr media.play_pause remets la musique
fr media.play_pause vas-y relance la musique
fr media.play_pause coupe la lecture un instant, je reviens
en media.next skip this song
en media.next skip to the next one, I hate this track
en media.next Jarvis play the next song
fr media.next passe à la chanson suivante
fr media.next zappe ce morceau
fr media.next mets le morceau d'après
en media.previous go back to the last song
en media.previous play the previous track again
fr media.previous remets la chanson d'avant
fr media.previous reviens au morceau précédent
en media.stop stop the music altogether
en media.stop Jarvis, shut the music off
fr media.stop arrête complètement la musique
fr media.stop coupe la musique
en volume.up can you make it a bit louder
en volume.up louder please
fr volume.up mets plus fort
en volume.up make it louder
en volume.up I can barely hear it, turn the volume up
fr volume.up monte le son un peu
fr volume.up t'peux monter le son ?
fr volume.up un peu plus fort le volume s'il te plaît
en volume.down that's too loud, bring the volume down
en volume.down could you lower the sound a little
fr volume.down baisse un peu le son, c'est trop fort
fr volume.down tu peux baisser le volume ?
en volume.up_by bump the volume up by 20 percent ## {"step": 20}
en volume.up_by raise the sound by 15 percent please ## {"step": 15}
fr volume.up_by monte le son de 20 pour cent ## {"step": 20}
fr volume.up_by augmente le volume de cinq pour cent ## {"step": 5}
en volume.down_by drop the volume by 30 percent ## {"step": 30}
en volume.down_by lower the volume by ten percent ## {"step": 10}
fr volume.down_by baisse le son de 10 pour cent ## {"step": 10}
fr volume.down_by diminue le volume de quinze pour cent ## {"step": 15}
en volume.set put the volume at 40 percent ## {"percent": 40}
en volume.set Jarvis, volume to fifty please ## {"percent": 50}
en volume.set can you set the sound to 25 percent ## {"percent": 25}
en volume.set I want the volume at 70 percent ## {"percent": 70}
fr volume.set mets le volume à 30 ## {"percent": 30}
fr volume.set règle le son sur 60 pour cent s'il te plaît ## {"percent": 60}
fr volume.set tu peux mettre le volume à vingt pour cent ## {"percent": 20}
fr volume.set je veux le son à 45 pour cent ## {"percent": 45}
en volume.max crank it all the way up
en volume.max put the volume at max
fr volume.max mets le son à fond
fr volume.max volume au maximum s'il te plaît
en volume.mute mute it, I'm on a call
en volume.mute kill the sound
en volume.mute silence please, mute the audio
fr volume.mute coupe le son
fr volume.mute mets en sourdine, je suis au téléphone
fr volume.mute Jarvis, mode muet
en volume.unmute turn the sound back on
en volume.unmute unmute please, I'm off the call
fr volume.unmute remets le son
fr volume.unmute réactive le son s'il te plaît
en system.info tell me about this machine
en system.info what are the specs of this computer
fr system.info donne-moi les infos de la machine
fr system.info c'est quoi la config de cet ordi ?
en system.cpu how busy is the processor right now
en system.cpu what's the CPU at
en system.cpu let me see the processor usage
fr system.cpu le processeur est chargé à combien ?
fr system.cpu montre-moi l'utilisation du CPU
fr system.cpu combien de CPU j'utilise là
en system.memory how much RAM am I using
en system.memory how much memory is left
fr system.memory il reste combien de mémoire vive ?
fr system.memory affiche l'utilisation de la RAM
en system.disk how much space is left on the disk
en system.disk am I running out of disk space?
fr system.disk il me reste combien de place sur le disque ?
fr system.disk montre l'espace disque
en system.uptime how long has this computer been on
en system.uptime since when is the machine up
fr system.uptime depuis combien de temps la machine tourne ?
fr system.uptime ça fait combien de temps que le PC est allumé
en system.gpu what graphics card does this machine have
en system.gpu show me this computer's GPU
fr system.gpu quelle carte graphique il y a dans ce PC ?
fr system.gpu infos sur le GPU de cette machine
en system.network how's the network doing
en system.network show me the network interfaces
fr system.network affiche l'état du réseau
fr system.network c'est quoi l'état de la connexion réseau
en system.ip what's my IP
en system.ip give me my IP address
fr system.ip c'est quoi mon adresse IP ?
fr system.ip donne-moi mon IP
en system.wifi which wifi networks are around
en system.wifi scan for wi-fi networks
fr system.wifi quels réseaux wifi sont disponibles ?
fr system.wifi montre-moi les réseaux wi-fi autour
en system.resolution what resolution is my screen
fr system.resolution c'est quoi la résolution de l'écran ?
en system.screenshot snap a screenshot
en system.screenshot take a picture of the screen
en system.screenshot could you grab the screen for me
fr system.screenshot fais une capture d'écran
fr system.screenshot prends une capture de l'écran s'il te plaît
fr system.screenshot vas-y fais un screen
en system.lock lock my computer, I'm stepping out
en system.lock Jarvis lock the screen please
fr system.lock verrouille l'ordi, je pars manger
fr system.lock verrouille l'écran
en system.shutdown turn off the computer
en system.shutdown power down the machine for tonight
fr system.shutdown éteins l'ordinateur
fr system.shutdown tu peux éteindre le PC ?
en system.restart reboot the computer please
en system.restart restart my PC
fr system.restart redémarre l'ordinateur
fr system.restart relance la machine, elle rame
en system.sleep put the computer to sleep
en system.sleep send the PC to sleep
fr system.sleep mets l'ordi en veille
fr system.sleep mets la machine en veille s'il te plaît
en system.processes what's running on this machine
en system.processes show me the running processes
fr system.processes quels processus tournent en ce moment ?
fr system.processes liste les processus
en system.services which services are running
fr system.services montre-moi les services système
en system.scheduled what scheduled jobs are there
fr system.scheduled quelles sont les tâches planifiées ?
en system.clipboard_read what's in my clipboard
en system.clipboard_read read out what I copied
fr system.clipboard_read qu'est-ce qu'il y a dans le presse-papiers ?
fr system.clipboard_read lis-moi le presse-papier
en system.clipboard_clear empty my clipboard
fr system.clipboard_clear vide le presse-papiers
fr system.clipboard_clear efface le contenu du presse-papier
en system.ping_google can you ping google
fr system.ping_google fais un ping vers google
en system.internet is the internet working?
en system.internet am I online?
fr system.internet est-ce que internet marche ?
fr system.internet vérifie ma connexion internet
fr system.internet j'ai internet là ?
en service.start.docker start docker
en service.start.docker fire up the docker service
fr service.start.docker démarre le service docker
fr service.start.docker lance le service docker s'il te plaît
en service.stop.docker shut down the docker service
fr service.stop.docker arrête le service docker
en service.start.ollama bring the ollama service up
fr service.start.ollama démarre le service ollama
en service.stop.ollama kill the ollama service
fr service.stop.ollama coupe le service ollama
en service.start.ssh turn on the ssh service
fr service.start.ssh active le service ssh
en service.stop.ssh turn off the ssh service
fr service.stop.ssh désactive le service ssh
en service.start.bluetooth turn bluetooth on
fr service.start.bluetooth active le bluetooth
en service.stop.bluetooth turn bluetooth off
fr service.stop.bluetooth coupe le bluetooth
en service.start.nginx start nginx
fr service.start.nginx démarre nginx
en service.stop.nginx stop nginx for now
fr service.stop.nginx arrête nginx
en service.start.printing start the printer service
fr service.start.printing démarre le service d'impression
en service.stop.printing stop the printing service
fr service.stop.printing arrête le service d'impression
en files.open.documents show me my documents folder
en files.open.documents take me to Documents
fr files.open.documents ouvre-moi le dossier documents
fr files.open.documents affiche mes documents dans l'explorateur
en files.list.documents what's in my documents folder
fr files.list.documents qu'est-ce qu'il y a dans mes documents ?
en files.open.downloads open my downloads
en files.open.downloads pull up the downloads folder
fr files.open.downloads ouvre les téléchargements
fr files.open.downloads va dans le dossier téléchargements
en files.list.downloads what did I download, list the downloads folder
fr files.list.downloads liste ce qu'il y a dans téléchargements
en files.open.desktop open the desktop folder for me
fr files.open.desktop ouvre le dossier bureau
en files.list.desktop what files are on my desktop
fr files.list.desktop quels fichiers il y a sur le bureau ?
en files.open.pictures open my pictures
fr files.open.pictures ouvre le dossier images
en files.list.pictures list what's in pictures
fr files.list.pictures liste mes images
en files.open.music open my music folder
fr files.open.music ouvre le dossier musique
en files.list.music what's in my music folder
fr files.list.music liste le dossier musique
en files.open.videos open the videos folder
fr files.open.videos ouvre mes vidéos
en files.list.videos list my videos folder
fr files.list.videos qu'y a-t-il dans le dossier vidéos ?
en files.open.home open my home folder
fr files.open.home ouvre mon dossier personnel
en files.list.home list my home directory
fr files.list.home liste le dossier perso
en files.find.pdf where are my PDFs
en files.find.pdf find all the pdfs
fr files.find.pdf trouve-moi tous les PDF
fr files.find.pdf où sont mes fichiers pdf ?
en files.find.photos find my photos
fr files.find.photos cherche mes photos
en files.find.png look for png images
fr files.find.png trouve les images png
en files.find.python where are my python scripts
fr files.find.python cherche mes scripts python
en files.find.word find my word documents
fr files.find.word trouve mes documents word
en files.find.excel where are my spreadsheets
fr files.find.excel cherche mes fichiers excel
en files.find.powerpoint find my powerpoint files
fr files.find.powerpoint trouve mes présentations
en files.find.text find the text files
fr files.find.text cherche les fichiers texte
en files.find.csv look for csv files
fr files.find.csv trouve les fichiers csv
en files.find.zip where are my zip files
fr files.find.zip cherche mes archives zip
en files.find.mp3 find my mp3s
fr files.find.mp3 trouve mes fichiers mp3
en files.find.mp4 find the mp4 videos
fr files.find.mp4 cherche les fichiers mp4
en files.find.json search for json files
fr files.find.json trouve les fichiers json
en files.find.markdown find my markdown notes
fr files.find.markdown cherche mes fichiers markdown
en files.delete.screenshot get rid of that screenshot
fr files.delete.screenshot supprime la capture d'écran que je viens de faire
en cluster.status how's the cluster doing
en cluster.status is everything up in the cluster?
en cluster.status give me a status of all the nodes
fr cluster.status état du cluster s'il te plaît
fr cluster.status comment va le cluster ?
fr cluster.status tous les nœuds répondent ?
en cluster.models what models do we have
en cluster.models which models are available on the cluster
fr cluster.models quels modèles sont dispo ?
fr cluster.models liste-moi tous les modèles
en cluster.gpu how hot are the GPUs?
en cluster.gpu what are the GPU temps looking like
fr cluster.gpu c'est quoi la température des GPU ?
fr cluster.gpu les cartes graphiques chauffent combien ?
fr cluster.gpu donne-moi les températures GPU
en cluster.perf how fast are the nodes answering
en cluster.perf show me tokens per second per node
fr cluster.perf montre les performances du cluster
fr cluster.perf combien de tokens par seconde on fait sur chaque nœud ?
en ollama.models which models does ollama have
fr ollama.models quels modèles a ollama ?
fr ollama.models liste les modèles d'ollama
en ollama.status is ollama up?
fr ollama.status ollama il tourne ?
fr ollama.status c'est quoi l'état d'ollama
en models.load put qwen coder on m2 ## {"model": "qwen3-coder-30b", "node": "M2"}
en models.load could you load devstral on em one ## {"model": "devstral-small-2", "node": "M1"}
en models.load I'd like gpt oss loaded on m3 ## {"model": "gpt-oss-20b", "node": "M3"}
fr models.load charge qwen 30b sur m1 ## {"model": "qwen3-30b", "node": "M1"}
fr models.load mets devstral sur m3 s'il te plaît ## {"model": "devstral-small-2", "node": "M3"}
fr models.load tu peux charger le petit qwen sur ol1 ## {"model": "qwen3:1.7b", "node": "OL1"}
en models.unload take qwen 30b off m1 ## {"model": "qwen3-30b", "node": "M1"}
en models.unload unload gpt oss from m2 please ## {"model": "gpt-oss-20b", "node": "M2"}
fr models.unload décharge devstral de m2 ## {"model": "devstral-small-2", "node": "M2"}
fr models.unload enlève qwen coder de m3 ## {"model": "qwen3-coder-30b", "node": "M3"}
en ollama.pull download the small qwen into ollama ## {"model": "qwen3:1.7b"}
en ollama.pull grab gpt oss 20b on ollama ## {"model": "gpt-oss-20b"}
fr ollama.pull télécharge devstral dans ollama ## {"model": "devstral-small-2"}
fr ollama.pull installe le petit qwen sur ollama ## {"model": "qwen3:1.7b"}
en node.status.m1 is m1 up?
en node.status.m1 how's em one doing
fr node.status.m1 m1 répond ?
fr node.status.m1 c'est quoi l'état de m1
en node.status.m2 is m2 alive?
fr node.status.m2 est-ce que m2 répond ?
en node.status.m3 check on m3
fr node.status.m3 état de m3 s'il te plaît
en node.status.ol1 is ol1 responding
fr node.status.ol1 ol1 il est en ligne ?
en node.status.gemini is gemini reachable
fr node.status.gemini gemini répond ?
en node.models.m1 what's loaded on m1
fr node.models.m1 quels modèles tournent sur m1 ?
en node.models.m2 which models does m2 have
fr node.models.m2 quels sont les modèles de m2
en node.models.m3 what models are on m3
fr node.models.m3 liste les modèles de m3
en node.models.ol1 what models are loaded on ol1
fr node.models.ol1 les modèles de ol1 ?
en node.models.gemini what models does gemini offer
fr node.models.gemini quels modèles sur gemini ?
en node.gpu.m1 how hot is m1
fr node.gpu.m1 température de m1 ?
en node.gpu.m2 how hot is m2's GPU
fr node.gpu.m2 m2 chauffe combien ?
en node.gpu.m3 what's the temperature on m3
fr node.gpu.m3 le GPU de m3 il est à combien ?
en node.gpu.ol1 check ol1's GPU
fr node.gpu.ol1 température GPU de ol1
en node.gpu.gemini gemini GPU temp
en node.benchmark.m1 run a benchmark on m1
fr node.benchmark.m1 fais un benchmark de m1
en node.benchmark.m2 how fast is m2, benchmark it
fr node.benchmark.m2 teste la vitesse de m2
en node.benchmark.m3 benchmark m3 please
fr node.benchmark.m3 lance un bench sur m3
en node.benchmark.ol1 benchmark ol1 for me
fr node.benchmark.ol1 bench ol1
en node.benchmark.gemini run the benchmark on gemini
fr node.benchmark.gemini fais un benchmark sur gemini
en node.coder.m1 put m1 on the coding model
fr node.coder.m1 passe m1 sur le modèle de code
en node.coder.m2 switch m2 to coder
fr node.coder.m2 bascule m2 sur le modèle codeur
en node.coder.m3 make m3 run the coding model
fr node.coder.m3 mets m3 en mode code
en node.dev.m1 put m1 on the dev model
fr node.dev.m1 passe m1 sur le modèle dev
en node.dev.m2 switch m2 over to dev
fr node.dev.m2 bascule m2 sur le modèle de dev
en node.dev.m3 m3 to the dev model please
fr node.dev.m3 mets m3 sur le modèle dev
en trading.status how's trading going
en trading.status what's my balance and trading mode
fr trading.status état du trading
fr trading.status on en est où côté trading ?
en trading.positions what positions do I have open
en trading.positions how are my positions doing
fr trading.positions montre-moi mes positions
fr trading.positions j'ai quoi comme positions ouvertes ?
en trading.signals any signals?
en trading.signals what signals are pending
fr trading.signals il y a des signaux en attente ?
fr trading.signals affiche-moi les signaux
en trading.signals_min only signals above 70 ## {"score": 70}
en trading.signals_min show me signals scoring over 80 please ## {"score": 80}
fr trading.signals_min montre les signaux au-dessus de 75 ## {"score": 75}
fr trading.signals_min les signaux avec un score de plus de 60 seulement ## {"score": 60}
en trading.resume resume trading, the halt is over
fr trading.resume relance le trading
fr trading.resume tu peux reprendre le trading maintenant
en trading.analyse.btc what do you think of bitcoin, analyse it
en trading.analyse.btc give me an analysis on btc
fr trading.analyse.btc analyse-moi le bitcoin
fr trading.analyse.btc fais une analyse du btc
en trading.close.btc close my bitcoin position
fr trading.close.btc ferme ma position btc
en trading.chart.btc pull up the bitcoin chart
fr trading.chart.btc affiche le graphique du bitcoin
en trading.analyse.eth analyze ethereum for me
fr trading.analyse.eth analyse l'ether
en trading.close.eth get me out of my eth position
fr trading.close.eth ferme la position ethereum
en trading.chart.eth show the eth chart
fr trading.chart.eth montre le graphique eth
en trading.analyse.sol analysis on solana please
fr trading.analyse.sol analyse solana
en trading.close.sol close the sol position
fr trading.close.sol ferme ma position solana
en trading.chart.sol let me see the solana chart
fr trading.chart.sol ouvre le graphique de sol
en trading.analyse.sui analyse sui
fr trading.analyse.sui fais-moi une analyse de sui
en trading.close.sui close the sui trade
fr trading.close.sui coupe la position sui
en trading.chart.sui sui chart please
fr trading.chart.sui le graphique de sui
en trading.analyse.pepe what's pepe doing, analyze it
fr trading.analyse.pepe analyse pepe
en trading.close.pepe close out my pepe position
fr trading.close.pepe ferme ma position pepe
en trading.chart.pepe open the pepe chart
fr trading.chart.pepe montre le graphe de pepe
en trading.analyse.doge analyze dogecoin
fr trading.analyse.doge analyse le dogecoin
en trading.close.doge close my doge position
fr trading.close.doge ferme la position doge
en trading.chart.doge pull up doge's chart
fr trading.chart.doge affiche le graphique dogecoin
en trading.analyse.xrp analyse ripple
fr trading.analyse.xrp analyse xrp
en trading.close.xrp close the xrp position
fr trading.close.xrp ferme ma position ripple
en trading.chart.xrp show me the xrp chart
fr trading.chart.xrp graphique xrp
en trading.analyse.ada analyze cardano
fr trading.analyse.ada analyse ada
en trading.close.ada close my cardano position
fr trading.close.ada ferme la position cardano
en trading.chart.ada cardano chart please
fr trading.chart.ada affiche le graphique cardano
en trading.analyse.avax analyze avalanche
fr trading.analyse.avax analyse avax
en trading.close.avax close avax position
fr trading.close.avax ferme ma position avalanche
en trading.chart.avax show the avax chart
fr trading.chart.avax graphique avalanche
en trading.analyse.link analyze chainlink
fr trading.analyse.link analyse chainlink
en trading.close.link close my chainlink position
fr trading.close.link ferme la position link
en trading.chart.link chainlink chart
fr trading.chart.link montre le graphique de chainlink
en brain.status what has the brain learned so far
fr brain.status qu'est-ce que le cerveau a appris ?
en brain.analyse look at my habits and find patterns
en brain.analyse can you go through my history for patterns
fr brain.analyse analyse mes habitudes
fr brain.analyse regarde dans mon historique si je fais des choses souvent
en brain.suggest any new skills you'd suggest?
fr brain.suggest propose-moi de nouvelles skills
en skills.list what skills do I have
en skills.list show me all my skills
fr skills.list quelles compétences j'ai ?
fr skills.list liste mes skills
en skills.suggest_actions what should I do now
fr skills.suggest_actions qu'est-ce que tu me conseilles de faire maintenant ?
en skills.history what did I run last
fr skills.history montre l'historique des actions
en skills.run run my morning routine skill ## {"skill": "morning routine"}
en skills.run run the backup skill please ## {"skill": "backup"}
fr skills.run lance la compétence rapport du matin ## {"skill": "rapport du matin"}
fr skills.run exécute la skill sauvegarde ## {"skill": "sauvegarde"}
en cockpit.mode.commander back to commander mode
fr cockpit.mode.commander passe en mode commandant
en cockpit.mode.voice switch to voice mode
fr cockpit.mode.voice passe en mode vocal
en cockpit.mode.keyboard go to keyboard mode
fr cockpit.mode.keyboard mode clavier s'il te plaît
en cockpit.mode.ollama switch over to ollama mode
fr cockpit.mode.ollama passe en mode ollama
en cockpit.focus.conversation take me to the chat
fr cockpit.focus.conversation va sur la conversation
en cockpit.focus.plan show me the plan
fr cockpit.focus.plan montre-moi le plan
en cockpit.focus.streams show the agent streams
fr cockpit.focus.streams va sur les flux des agents
en cockpit.focus.gpu show me the heat map
fr cockpit.focus.gpu affiche la carte thermique
en cockpit.focus.cluster focus the cluster panel
fr cockpit.focus.cluster va sur le panneau du cluster
en cockpit.focus.trading show me the trading pane
fr cockpit.focus.trading va sur le panneau trading
en cockpit.zoom make this pane full screen
fr cockpit.zoom agrandis le panneau
en cockpit.unzoom put the pane back to normal
fr cockpit.unzoom dézoome le panneau
en cockpit.cancel never mind, cancel that
en cockpit.cancel cancel the request
fr cockpit.cancel laisse tomber, annule
fr cockpit.cancel annule la demande
en cockpit.help what keys can I use, help
fr cockpit.help aide
en cockpit.search search my old conversations
fr cockpit.search cherche dans mes conversations
en cockpit.export export this chat as markdown
fr cockpit.export exporte la conversation en markdown
en cockpit.metric switch the heat map metric
fr cockpit.metric change la métrique de la carte thermique
en cockpit.talk start listening
fr cockpit.talk écoute-moi
en cockpit.quit quit the cockpit
fr cockpit.quit quitte le cockpit
en web.search google the weather in Lyon ## {"query": "the weather in Lyon"}
en web.search search the web for cheap flights to Lisbon ## {"query": "cheap flights to Lisbon"}
en web.search look up python asyncio tutorial online ## {"query": "python asyncio tutorial"}
fr web.search cherche sur internet recette de crêpes ## {"query": "recette de crêpes"}
fr web.search cherche sur google horaires de la poste ## {"query": "horaires de la poste"}
fr web.search fais une recherche web sur les voitures électriques ## {"query": "les voitures électriques"}
en keyboard.type type the following text see you tomorrow ## {"text": "see you tomorrow"}
en keyboard.type type this message I'm running late ## {"text": "I'm running late"}
fr keyboard.type tape le message suivant j'arrive dans dix minutes ## {"text": "j'arrive dans dix minutes"}
fr keyboard.type écris le texte bonjour à tous ## {"text": "bonjour à tous"}
en cluster.consensus get a consensus on whether rust is faster than go ## {"query": "whether rust is faster than go"}
en cluster.consensus ask all the models the same question what is the best sorting algorithm ## {"query": "what is the best sorting algorithm"}
fr cluster.consensus demande l'avis de tous les modèles sur le meilleur framework web ## {"query": "le meilleur framework web"}
fr cluster.consensus fais un consensus sur la meilleure base de données ## {"query": "la meilleure base de données"}
en web.open.youtube take me to youtube
en web.open.youtube I want to watch youtube
fr web.open.youtube mets-moi youtube
fr web.open.youtube va sur youtube
en web.open.google go to google
fr web.open.google ouvre google
en web.open.gmail check my email, open gmail
fr web.open.gmail ouvre mes mails
en web.open.github bring up github
fr web.open.github va sur github
en web.open.chatgpt open chatgpt please
fr web.open.chatgpt ouvre chatgpt
en web.open.claude go to claude
fr web.open.claude va sur claude
en web.open.wikipedia pull up wikipedia
fr web.open.wikipedia ouvre wikipédia
en web.open.netflix put netflix on
fr web.open.netflix mets netflix
en web.open.twitch open twitch
fr web.open.twitch va sur twitch
en web.open.twitter open twitter
fr web.open.twitter ouvre twitter
en web.open.reddit take me to reddit
fr web.open.reddit va sur reddit
en web.open.linkedin open linkedin
fr web.open.linkedin ouvre linkedin
en web.open.amazon go to amazon
fr web.open.amazon va sur amazon
en web.open.maps bring up google maps
fr web.open.maps ouvre google maps
en web.open.drive open my google drive
fr web.open.drive va sur google drive
en web.open.stackoverflow go to stack overflow
fr web.open.stackoverflow ouvre stack overflow
en web.open.huggingface open hugging face
fr web.open.huggingface va sur hugging face
en web.open.tradingview open trading view
fr web.open.tradingview ouvre tradingview
en web.open.mexc go to mexc
fr web.open.mexc ouvre mexc
en web.open.binance open binance
fr web.open.binance va sur binance
en web.open.coingecko pull up coingecko
fr web.open.coingecko ouvre coingecko
en web.open.coinmarketcap open coinmarketcap
fr web.open.coinmarketcap va sur coinmarketcap
en web.open.deepl open deepl
fr web.open.deepl ouvre deepl
en web.open.translate open google translate
fr web.open.translate ouvre google traduction
en web.open.whatsapp open whatsapp
fr web.open.whatsapp va sur whatsapp
en web.open.facebook go to facebook
fr web.open.facebook ouvre facebook
en web.open.instagram open instagram
fr web.open.instagram va sur instagram
en web.open.ollama show me the ollama library
fr web.open.ollama ouvre la bibliothèque ollama
en browser.new_tab open a new tab
fr browser.new_tab ouvre un nouvel onglet
en browser.close_tab close this tab
fr browser.close_tab ferme cet onglet
en browser.next_tab go to the next tab
fr browser.next_tab onglet suivant
en browser.previous_tab go to the previous tab
fr browser.previous_tab onglet précédent
en browser.reopen_tab bring back the tab I just closed
fr browser.reopen_tab rouvre l'onglet que je viens de fermer
en browser.new_window open a new browser window
fr browser.new_window ouvre une nouvelle fenêtre
en browser.refresh refresh the page
fr browser.refresh actualise la page
en browser.back go back
fr browser.back reviens à la page précédente
en browser.forward go forward a page
fr browser.forward avance d'une page dans le navigateur
en browser.find search in this page
fr browser.find cherche dans la page
en browser.zoom_in zoom in a bit
fr browser.zoom_in zoome un peu
en browser.zoom_out zoom out
fr browser.zoom_out dézoome
en browser.zoom_reset reset the zoom
fr browser.zoom_reset remets le zoom à cent pour cent
en edit.copy copy that
fr edit.copy copie ça
en edit.paste paste it here
fr edit.paste colle ici
en edit.cut cut this
fr edit.cut coupe la sélection
en edit.undo undo that
fr edit.undo annule la dernière modification
en edit.redo redo
fr edit.redo refais
en edit.select_all select everything
fr edit.select_all sélectionne tout
en edit.save save my work
fr edit.save enregistre
en edit.print print this page
fr edit.print imprime le document
en key.enter press enter
fr key.enter appuie sur entrée
en key.escape hit escape
fr key.escape appuie sur échap
en key.page_down scroll down
fr key.page_down descends un peu
en key.page_up scroll up
fr key.page_up remonte un peu
en key.top go back to the top
fr key.top remonte tout en haut
en key.bottom jump to the bottom
fr key.bottom va tout en bas
en window.close close this window
fr window.close ferme cette fenêtre
en window.next switch to the other window
fr window.next passe à l'autre fenêtre
en window.desktop show me the desktop
fr window.desktop montre-moi le bureau
en window.fullscreen go full screen
fr window.fullscreen mets en plein écran
en window.list what windows do I have open
fr window.list quelles fenêtres sont ouvertes ?
en media.play_pause hang on, someone's at the door, pause whatever's playing
en media.play_pause can the music wait a second, pause it
en media.play_pause okay I'm back, you can start the music again
fr media.play_pause attends, on sonne, mets la zik en pause
fr media.play_pause c'est bon je suis revenu, tu peux relancer la zik
fr media.play_pause stoppe la chanson deux minutes, je prends un appel
en media.next nah, not this one, skip it
en media.next I don't like this track, give me another one
fr media.next elle est nulle celle-là, suivante
fr media.next change de chanson s'te plaît
en media.previous wait, put the song before back on
fr media.previous remets celle d'avant, elle était bien
en media.stop that's enough music for today, stop it
fr media.stop bon, on arrête la musique maintenant
en volume.up I can't hear a thing, louder
en volume.up could you bring the volume up a notch
fr volume.up j'entends rien, monte un peu
fr volume.up plus fort s'il vous plaît
en volume.down whoa, way too loud, bring it down a bit
en volume.down could you make it a little quieter
fr volume.down moins fort s'il te plaît
fr volume.down c'est trop fort là, baisse un peu
en volume.set make the volume 35 percent ## {"percent": 35}
en volume.set can you put the sound at sixty ## {"percent": 60}
en volume.set the volume should be at 15 percent, please ## {"percent": 15}
fr volume.set je voudrais le volume à 80 ## {"percent": 80}
fr volume.set pouvez-vous régler le volume à 25 pour cent ## {"percent": 25}
fr volume.set mets-moi le son à cinquante ## {"percent": 50}
en volume.up_by can you push the volume up another 10 percent ## {"step": 10}
fr volume.up_by rajoute 15 pour cent au volume ## {"step": 15}
en volume.down_by take the volume down 25 percent ## {"step": 25}
fr volume.down_by enlève 20 pour cent de volume ## {"step": 20}
en volume.max as loud as it goes please
fr volume.max monte le son au max, c'est ma chanson
en volume.mute shh, mute everything
fr volume.mute chut, coupe tout le son
en volume.unmute ok you can bring the sound back
fr volume.unmute tu peux réactiver le son, j'ai raccroché
en system.cpu is the CPU maxed out?
en system.cpu why is the fan so loud, what's the CPU load
fr system.cpu il en est où le processeur, il est chargé ?
fr system.cpu dis-moi la charge du processeur
en system.memory am I out of RAM?
en system.memory what's the memory situation
fr system.memory combien de RAM il reste ?
fr system.memory j'utilise combien de mémoire là ?
en system.disk how full is my hard drive
fr system.disk mon disque est plein ?
fr system.disk combien d'espace libre sur le disque dur
en system.uptime when did this machine last reboot
fr system.uptime la machine est allumée depuis quand ?
en system.ip which IP do I have right now
fr system.ip quelle est mon adresse IP actuelle ?
en system.wifi what wifi can I connect to here
fr system.wifi je peux me connecter à quels wifi ici ?
en system.network how's my network connection looking, interfaces and traffic
fr system.network montre-moi le trafic réseau
en system.resolution what's my display resolution
fr system.resolution l'écran est en quelle résolution ?
en system.screenshot screenshot this please
en system.screenshot capture what's on my screen
fr system.screenshot fais-moi une capture de l'écran
fr system.screenshot tu peux prendre un screenshot ?
en system.lock I'm heading out, lock it up
fr system.lock je sors, verrouille la session
en system.shutdown I'm done for the day, shut everything down and turn the computer off
fr system.shutdown j'ai fini pour aujourd'hui, éteins le PC
en system.restart the computer's acting up, reboot it
fr system.restart l'ordi bug, redémarre-le
en system.sleep put it to sleep, I'll be back in an hour
fr system.sleep mets le PC en veille, je reviens dans une heure
en system.processes what programs are running right now
fr system.processes qu'est-ce qui tourne sur la machine ?
en system.services show me what services are running on this box
fr system.services quels services système tournent ?
en system.scheduled do I have any cron jobs or scheduled tasks
fr system.scheduled montre-moi les tâches programmées
en system.clipboard_read what did I just copy?
fr system.clipboard_read j'ai copié quoi déjà ?
en system.clipboard_clear wipe whatever is in the clipboard
fr system.clipboard_clear efface ce que j'ai copié du presse-papiers
en system.ping_google send a ping to google
fr system.ping_google ping google voir si ça répond
en system.internet is my connection down?
en system.internet do I have internet access right now
fr system.internet la connexion internet marche ?
fr system.internet vérifie si j'ai du réseau, internet
en service.start.docker I need docker, start the service
fr service.start.docker j'ai besoin de docker, démarre le service
en service.stop.docker docker can go, stop its service
fr service.stop.docker coupe le service docker, j'en ai plus besoin
en service.start.ollama get the ollama service running
fr service.start.ollama relance le service ollama, il est arrêté
en service.stop.ollama shut the ollama service off
fr service.stop.ollama stoppe le service ollama
en service.start.ssh enable ssh
fr service.start.ssh allume le service ssh
en service.stop.ssh kill the ssh server
fr service.stop.ssh stoppe le ssh
en service.start.bluetooth switch on bluetooth
fr service.start.bluetooth allume le bluetooth
en service.stop.bluetooth disable bluetooth
fr service.stop.bluetooth éteins le bluetooth
en service.start.nginx bring nginx up
fr service.start.nginx lance le service nginx
en service.stop.nginx take nginx down
fr service.stop.nginx coupe nginx
en service.start.printing turn on printing, I need to print something
fr service.start.printing active le service d'imprimante
en service.stop.printing turn off the printing service
fr service.stop.printing coupe le service d'impression cups
en files.open.documents where's my documents folder, open it
fr files.open.documents montre-moi le dossier mes documents
en files.open.downloads I just downloaded something, open the downloads folder
fr files.open.downloads ouvre-moi les téléchargements s'il te plaît
en files.open.pictures show me my pictures folder
fr files.open.pictures affiche le dossier photos, images je veux dire
en files.open.music open up my music directory
fr files.open.music va dans mon dossier musique
en files.open.videos take me to my videos folder
fr files.open.videos ouvre le répertoire vidéos
en files.open.desktop pop open the desktop folder
fr files.open.desktop ouvre le répertoire du bureau
en files.open.home open my user folder
fr files.open.home ouvre mon répertoire perso
en files.list.documents list the files in Documents
fr files.list.documents donne-moi la liste de mes documents
en files.list.downloads what's sitting in my downloads
fr files.list.downloads j'ai quoi dans téléchargements ?
en files.list.home what's in my home directory
fr files.list.home qu'est-ce qu'il y a dans mon dossier perso ?
en files.list.pictures what's in my pictures folder
fr files.list.pictures qu'est-ce qu'il y a dans images ?
en files.list.music list my music files in the music folder
fr files.list.music fais-moi la liste du dossier musique
en files.find.pdf look for pdf documents on my machine
fr files.find.pdf où j'ai mis mes pdf ?
en files.find.photos where did I put my photos
fr files.find.photos retrouve mes photos
en files.find.python find all my .py scripts
fr files.find.python retrouve mes fichiers python
en files.find.excel find my excel spreadsheets
fr files.find.excel où sont mes tableurs excel ?
en files.find.zip find the zip archives
fr files.find.zip retrouve mes fichiers zip
en files.find.mp3 where are my songs, the mp3s
fr files.find.mp3 cherche mes chansons en mp3
en cluster.status are all the nodes up and running?
en cluster.status quick health check of the cluster please
fr cluster.status fais-moi un point sur le cluster
fr cluster.status les machines du cluster vont bien ?
en cluster.gpu are the GPUs running hot?
en cluster.gpu how are the GPUs holding up, temperatures and memory
fr cluster.gpu les GPU chauffent ?
fr cluster.gpu elles sont à combien de degrés les cartes graphiques ?
en cluster.models what models can I use right now
fr cluster.models qu'est-ce qu'on a comme modèles ?
en cluster.perf which node is the fastest right now
fr cluster.perf quel nœud est le plus rapide en ce moment ?
en ollama.status is the ollama node ok
fr ollama.status le nœud ollama va bien ?
en ollama.models what's installed on ollama
fr ollama.models qu'est-ce qui est installé sur ollama ?
en node.status.m1 is m1 answering?
fr node.status.m1 m1 est vivant ?
en node.status.m2 is m2 still up
fr node.status.m2 m2 il tourne toujours ?
en node.status.m3 is m3 online
fr node.status.m3 m3 est en ligne ?
en node.status.gemini is gemini up right now
fr node.status.gemini gemini est dispo ?
en node.gpu.m1 is m1 overheating?
fr node.gpu.m1 m1 chauffe ?
en node.gpu.m3 how hot is m3 running
fr node.gpu.m3 m3 est à combien de degrés ?
en node.gpu.ol1 is ol1 hot?
fr node.gpu.ol1 ol1 chauffe pas trop ?
en node.models.m1 which models does m1 run
fr node.models.m1 m1 a quels modèles ?
en node.models.m3 what can m3 run, which models
fr node.models.m3 m3 fait tourner quoi comme modèles ?
en node.benchmark.m1 how fast is m1, run a bench
fr node.benchmark.m1 mesure la vitesse de m1
en node.benchmark.m3 time m3, tokens per second and first token
fr node.benchmark.m3 benchmarke m3 s'il te plaît
en node.coder.m1 I'm going to code, put the coder model on m1
fr node.coder.m1 je vais coder, mets m1 sur le modèle code
en node.dev.m2 m2 should run the dev model now
fr node.dev.m2 passe m2 en modèle dev
en models.load get qwen 30b running on m2 ## {"model": "qwen3-30b", "node": "M2"}
fr models.load j'aimerais que devstral soit chargé sur m1 ## {"model": "devstral-small-2", "node": "M1"}
en models.unload free up m3, unload qwen coder from it ## {"model": "qwen3-coder-30b", "node": "M3"}
fr models.unload libère m1, décharge gpt oss ## {"model": "gpt-oss-20b", "node": "M1"}
en ollama.pull can you get devstral onto ollama ## {"model": "devstral-small-2"}
fr ollama.pull récupère qwen 30b dans ollama ## {"model": "qwen3-30b"}
en trading.status where are we on trading, mode and balance
fr trading.status c'est quoi mon solde et le mode de trading ?
en trading.positions what am I holding right now
fr trading.positions quelles positions j'ai en cours ?
en trading.signals anything new in the signals?
fr trading.signals y a des nouveaux signaux ?
en trading.signals_min just the signals that score over 90 ## {"score": 90}
fr trading.signals_min seulement les signaux au-dessus de 85 ## {"score": 85}
en trading.resume the drawdown's over, lift the halt on trading
fr trading.resume on peut recommencer à trader, relance
en trading.analyse.btc how's bitcoin looking, give me entry and stop loss
fr trading.analyse.btc tu penses quoi du bitcoin ? analyse-le
en trading.analyse.eth what's the setup on eth, analyse it
fr trading.analyse.eth fais-moi une analyse d'ethereum
en trading.analyse.sol should I long solana, analyse it
fr trading.analyse.sol tu peux analyser sol ?
en trading.close.btc get me out of bitcoin, close the position
fr trading.close.btc sors-moi du bitcoin, ferme la position
en trading.close.eth close out the ether trade
fr trading.close.eth coupe ma position ether
en trading.chart.btc let me see btc on tradingview
fr trading.chart.btc montre-moi le graphe du bitcoin
en trading.chart.eth I want to see the ethereum chart
fr trading.chart.eth ouvre le chart d'ethereum
en trading.chart.doge show me how doge is moving, the chart
fr trading.chart.doge montre-moi le chart du doge
en trading.analyse.xrp what's your take on xrp, analysis please
fr trading.analyse.xrp fais une analyse de ripple
en brain.status what's the brain learnt lately
fr brain.status le cerveau a appris quoi ?
en brain.analyse what do I do most often, check my history
fr brain.analyse trouve des habitudes dans mes actions
en brain.suggest got any ideas for new skills?
fr brain.suggest tu as des idées de nouvelles compétences ?
en skills.list which skills have I set up
fr skills.list montre-moi mes compétences
en skills.suggest_actions any suggestions for what to do next?
fr skills.suggest_actions tu me suggères quoi maintenant ?
en skills.history what actions did I run recently
fr skills.history quelles sont mes dernières actions ?
en skills.run kick off the daily report skill ## {"skill": "daily report"}
fr skills.run lance ma compétence revue de presse ## {"skill": "revue de presse"}
en cockpit.mode.commander go back to commander
fr cockpit.mode.commander remets le mode commandant
en cockpit.mode.voice let's use voice mode
fr cockpit.mode.voice on passe à la voix, mode vocal
en cockpit.mode.keyboard I'll type instead, keyboard mode
fr cockpit.mode.keyboard je vais taper, passe en mode clavier
en cockpit.mode.ollama use ollama mode
fr cockpit.mode.ollama bascule en mode ollama
en cockpit.focus.conversation back to the conversation
fr cockpit.focus.conversation reviens sur le chat
en cockpit.focus.plan let me look at the plan pane
fr cockpit.focus.plan affiche le plan
en cockpit.focus.streams let me see the agent streams
fr cockpit.focus.streams montre les flux des agents
en cockpit.focus.gpu focus on the GPU heat map
fr cockpit.focus.gpu va sur la heat map des GPU
en cockpit.focus.cluster go to the cluster pane
fr cockpit.focus.cluster montre le panneau cluster
en cockpit.focus.trading bring up the trading book
fr cockpit.focus.trading va sur le carnet de trading
en cockpit.zoom blow up this pane
fr cockpit.zoom mets ce panneau en plein écran
en cockpit.unzoom shrink the pane back
fr cockpit.unzoom remets le panneau en taille normale
en cockpit.cancel forget it, stop that request
fr cockpit.cancel non non, annule la requête
en cockpit.help what are the shortcuts again?
fr cockpit.help montre-moi l'aide du cockpit
en cockpit.search look through my past conversations
fr cockpit.search fouille dans l'historique des conversations
en cockpit.export save this conversation as markdown
fr cockpit.export exporte ce chat en markdown
en cockpit.metric show a different metric on the heat map
fr cockpit.metric mets une autre métrique sur la carte thermique
en cockpit.talk stop listening now
fr cockpit.talk arrête d'écouter maintenant
en cockpit.quit close jarvis, I'm done
fr cockpit.quit ferme le cockpit, j'ai fini
en web.search can you look up train times to Bordeaux online ## {"query": "train times to Bordeaux"}
fr web.search cherche sur le web les horaires du cinéma ## {"query": "les horaires du cinéma"}
en cluster.consensus ask all the nodes and compare is tabs or spaces better ## {"query": "is tabs or spaces better"}
fr cluster.consensus pose la question à tous les modèles quel est le meilleur langage pour débuter ## {"query": "quel est le meilleur langage pour débuter"}
en keyboard.type write the following text thanks for your help ## {"text": "thanks for your help"}
fr keyboard.type écris dans la fenêtre le texte rendez-vous à 14 heures ## {"text": "rendez-vous à 14 heures"}
en web.open.youtube can you put youtube up on the screen
fr web.open.youtube mets-moi youtube sur l'écran
en web.open.gmail I want to check my mail
fr web.open.gmail je veux voir mes mails gmail
en web.open.netflix movie night, open netflix
fr web.open.netflix soirée film, ouvre netflix
en web.open.github I need to look at a repo, open github
fr web.open.github ouvre-moi github s'il te plaît
en web.open.reddit let me browse reddit
fr web.open.reddit je veux voir reddit
en web.open.maps I need directions, open google maps
fr web.open.maps j'ai besoin d'un itinéraire, ouvre google maps
en web.open.translate I need to translate something, open google translate
fr web.open.translate ouvre le traducteur google
en web.open.binance let me check binance
fr web.open.binance je veux aller sur binance
en web.open.tradingview I want to look at charts, open tradingview
fr web.open.tradingview ouvre trading view s'il te plaît
en web.open.wikipedia go to wikipedia for me
fr web.open.wikipedia emmène-moi sur wikipédia
en browser.new_tab give me another tab
fr browser.new_tab ouvre-moi un autre onglet
en browser.close_tab get rid of this tab
fr browser.close_tab vire cet onglet
en browser.reopen_tab oops, I closed that tab, bring it back
fr browser.reopen_tab oups, j'ai fermé l'onglet, rouvre-le
en browser.refresh the page is stuck, reload it
fr browser.refresh la page bloque, recharge-la
en browser.back take me back to the previous page
fr browser.back retourne en arrière d'une page
en browser.zoom_in I can't read that, make the text bigger
fr browser.zoom_in c'est trop petit, grossis le texte
en browser.zoom_out it's too big, zoom out a little
fr browser.zoom_out c'est trop gros, rapetisse le texte
en edit.copy copy what I've selected
fr edit.copy copie le texte que j'ai sélectionné
en edit.paste paste what I copied
fr edit.paste colle ce que j'ai copié ici
en edit.undo oops, undo
fr edit.undo oups, défais ça
en edit.save save the document now
fr edit.save sauvegarde mon travail
en key.enter confirm with enter
fr key.enter valide avec entrée
en key.page_down go down a page
fr key.page_down descends d'une page
en key.top back up to the top of the page
fr key.top retourne tout en haut de la page
en window.close shut this window
fr window.close ferme la fenêtre active
en window.desktop hide all my windows
fr window.desktop cache toutes les fenêtres
en window.fullscreen make it full screen
fr window.fullscreen passe en plein écran
en window.next next window please
fr window.next va sur la fenêtre suivante
'''

HAND_OOS = r'''
en - what's the volume of a sphere with radius 3
en - what does zoom mean in photography
en - explain how a GPU works
en - write a python function that opens a file and counts the lines
en - how do I close a file handle in C
en - what's the capital of Australia
en - tell me a joke
en - how are you today Jarvis
en - thanks, that's all for now
en - what's the weather going to be like tomorrow
en - summarise this article about the Fed rate decision
en - should I buy bitcoin right now?
en - write a trading bot in rust that buys when RSI is under 30
en - explain what a stop loss is
en - what is a cluster in machine learning
en - the galaxy cluster Abell 2218 is a gravitational lens
en - how do I open a terminal on a Mac
en - why does my firefox keep crashing
en - compare chrome and firefox for privacy
en - what is the best music streaming service
en - my neighbour's music is too loud, what can I legally do
en - how do I lower my blood pressure
en - who won the football game last night
en - translate "good morning" into Spanish
en - write an email to my landlord about the broken heater
en - what's the difference between RAM and VRAM
en - how much memory does a 30B model need
en - explain the kill switch in a car alarm
en - refactor this function to use async
en - write unit tests for the config loader
en - what is a window function in SQL
en - how do I take a screenshot on Windows 11
en - what does the pause button symbol mean
en - what's the history of the printing press
en - explain the next.js routing system
en - why is the sky blue
en - recommend me a good book on distributed systems
en - what's 17 times 23
en - convert 50 euros to dollars
en - draft a tweet about our new release
en - how do I delete a git branch
en - how to kill a zombie process in linux
en - write a bash script that restarts nginx if it crashes
en - explain what docker compose does
en - is ssh more secure than telnet
en - what is bluetooth low energy
en - what's the uptime guarantee of AWS
en - explain the Ethereum merge
en - analyse this CSV and tell me the trend
en - what were Apple's earnings last quarter
en - I watched a great video on youtube yesterday
en - my brother works at Amazon
en - the movie on Netflix last night was boring
en - I love the song that was playing earlier
en - that stop sign near the school is missing
en - the window in the kitchen is broken
en - my desktop at work is really messy
en - I need to print my boarding pass at the hotel later
en - remind me what a markdown table looks like
en - what does the escape key do in vim
en - how does the volume knob on an amplifier work
en - the tabs on my jacket are loose
en - the model on the runway was wearing red
en - she's the top model of her agency
en - the files from the case were declassified
en - the signal on the highway was red
en - that's a good sign, the position of the moon tonight
en - I'm going to Lisbon next week
en - what should I cook for dinner tonight
en - write a haiku about autumn
en - explain quantum entanglement simply
en - how long does it take to boil an egg
en - can you help me debug this stack trace
en - what is the big O of quicksort
en - write a regex that matches email addresses
en - plan a three day trip to Rome
en - what's the best way to learn French
en - how many tokens per second is good for a local model
en - what is the temperature on Mars
en - explain the difference between mute and deaf in Discord's settings
en - what's a good name for a cat
en - my mum said hi
en - hmm let me think
en - nothing, forget it
en - I was just talking to my colleague
en - yeah no that's fine
en - the screenshot in the report is blurry, who made it
en - how do I restart a stuck ubuntu laptop
en - write a cover letter for a data engineer job
en - what are the risks of leverage in futures trading
en - what's the funding rate on perpetual futures
en - explain what a drawdown is
en - what is the market cap of solana
en - will dogecoin go up this year
en - who created bitcoin
en - write a song about pepe the frog
en - how does chainlink's oracle network work
en - what's the avalanche risk in the Alps this weekend
en - tell me about the history of the ripple effect in economics
en - what's the link between sleep and memory
en - what is gemini in astrology
en - explain what an ollama is, the animal I mean
en - is the llama a camelid
en - what does qwen mean in Chinese
en - describe the architecture of a transformer model
en - how many parameters does GPT-4 have
en - write documentation for the cluster module
en - why did my build fail on CI
en - give me ideas for a birthday present
en - open source licenses, which one should I choose
en - what's the opening time of the Louvre
en - what does "open the kimono" mean in business jargon
en - how do you open a wine bottle without a corkscrew
en - describe the plot of The Social Network
en - what's a good keyboard for programming
en - explain the tab versus spaces debate
en - who is the CEO of Microsoft
en - read me a poem by Baudelaire
en - how do I write a clean git commit message
en - can you explain the previous answer in more detail
en - what did we talk about yesterday
fr - quel est le volume d'une sphère de rayon 3
fr - explique-moi comment fonctionne un GPU
fr - écris une fonction qui ouvre un fichier
fr - le cluster de galaxies de la Vierge est énorme
fr - c'est quoi un cluster Kubernetes ?
fr - raconte-moi une blague
fr - comment ça va aujourd'hui ?
fr - merci, ce sera tout
fr - quel temps fera-t-il demain à Paris ?
fr - résume cet article sur la BCE
fr - est-ce que je devrais acheter de l'ethereum ?
fr - écris un bot de trading en python
fr - explique-moi ce qu'est un stop loss
fr - c'est quoi le zoom optique sur un appareil photo ?
fr - pourquoi mon firefox plante tout le temps ?
fr - compare chrome et firefox
fr - mes voisins mettent la musique trop fort, je fais quoi ?
fr - la fenêtre de la cuisine est cassée
fr - mon bureau est en désordre
fr - j'ai regardé une super vidéo sur youtube hier
fr - mon frère bosse chez Amazon
fr - le film sur Netflix était nul hier soir
fr - j'adore la chanson de tout à l'heure
fr - comment on ferme un fichier en C ?
fr - quelle est la capitale de l'Australie ?
fr - traduis "bonjour" en espagnol
fr - écris un mail à mon propriétaire pour le chauffage
fr - quelle est la différence entre la RAM et la VRAM ?
fr - combien de mémoire il faut pour un modèle de 30 milliards de paramètres ?
fr - refactorise cette fonction en async
fr - écris des tests unitaires pour le parseur
fr - c'est quoi une fonction fenêtre en SQL ?
fr - comment on fait une capture d'écran sur un Mac ?
fr - raconte-moi l'histoire de l'imprimerie
fr - pourquoi le ciel est bleu ?
fr - conseille-moi un bon livre sur les systèmes distribués
fr - combien font 17 fois 23 ?
fr - convertis 50 euros en dollars
fr - rédige un tweet pour annoncer la nouvelle version
fr - comment supprimer une branche git ?
fr - comment tuer un processus zombie sous linux ?
fr - écris un script bash qui redémarre nginx s'il plante
fr - explique-moi docker compose
fr - c'est quoi le bluetooth basse consommation ?
fr - explique le passage de l'ethereum en proof of stake
fr - analyse ce fichier CSV et dis-moi la tendance
fr - quels ont été les résultats d'Apple au dernier trimestre ?
fr - le panneau stop près de l'école a disparu
fr - je dois imprimer ma carte d'embarquement à l'hôtel
fr - à quoi sert la touche échap dans vim ?
fr - comment marche le bouton de volume d'un ampli ?
fr - le mannequin sur le défilé portait du rouge
fr - c'est le modèle le plus vendu de la marque
fr - les dossiers de l'affaire ont été déclassifiés
fr - le signal du train était rouge
fr - je pars à Lisbonne la semaine prochaine
fr - qu'est-ce que je fais à manger ce soir ?
fr - écris un haïku sur l'automne
fr - explique l'intrication quantique simplement
fr - combien de temps pour cuire un œuf dur ?
fr - aide-moi à déboguer cette erreur
fr - quelle est la complexité du tri rapide ?
fr - écris une regex pour les adresses mail
fr - organise-moi un voyage de trois jours à Rome
fr - quelle est la température sur Mars ?
fr - trouve-moi un nom pour mon chat
fr - ma mère te dit bonjour
fr - euh attends je réfléchis
fr - non rien, laisse
fr - je parlais à mon collègue
fr - ouais non c'est bon
fr - la capture d'écran dans le rapport est floue, qui l'a faite ?
fr - comment redémarrer un portable ubuntu bloqué ?
fr - écris une lettre de motivation pour un poste de data engineer
fr - quels sont les risques du levier sur les futures ?
fr - c'est quoi le funding rate ?
fr - explique-moi ce qu'est un drawdown
fr - quelle est la capitalisation de solana ?
fr - est-ce que le dogecoin va monter cette année ?
fr - qui a inventé le bitcoin ?
fr - comment fonctionne l'oracle de chainlink ?
fr - quel est le risque d'avalanche dans les Alpes ce week-end ?
fr - c'est quoi le signe gémeaux en astrologie ?
fr - un lama, c'est de la famille des chameaux ?
fr - décris l'architecture d'un transformeur
fr - écris la documentation du module cluster
fr - pourquoi mon build a échoué sur la CI ?
fr - donne-moi des idées de cadeau d'anniversaire
fr - à quelle heure ouvre le Louvre ?
fr - comment ouvrir une bouteille de vin sans tire-bouchon ?
fr - quel clavier pour programmer ?
fr - qui est le patron de Microsoft ?
fr - lis-moi un poème de Baudelaire
fr - comment écrire un bon message de commit ?
fr - tu peux détailler ta réponse précédente ?
fr - de quoi on a parlé hier ?
fr - ouvre-moi ton cœur, dis-moi ce que tu penses vraiment
fr - le son de cette guitare est magnifique
fr - la température de l'eau est bonne aujourd'hui
fr - mets-toi à ma place, tu ferais quoi ?
fr - je lance une entreprise, des conseils ?
fr - ferme ta bouche, je rigole
fr - il faut que je ferme le dossier de crédit avec la banque
fr - le terminal de l'aéroport est fermé
fr - la calculatrice de mon fils est cassée
fr - explique la différence entre une position longue et courte
fr - quel est le meilleur moment pour trader ?
fr - écris un article de blog sur l'IA locale
fr - qu'est-ce qu'un benchmark en finance ?
fr - quelle est la mémoire d'un poisson rouge ?
fr - c'est quoi la résolution d'un problème NP-complet ?
fr - le réseau de métro de Paris est saturé
fr - donne-moi la recette des crêpes
fr - calcule la moyenne de 12, 15 et 18
fr - comment on dit "fenêtre" en allemand ?
fr - quelle est la différence entre un processus et un thread ?
fr - explique-moi le presse-papiers de Windows
fr - pourquoi mon ordi rame autant ?
fr - la musique classique aide-t-elle à se concentrer ?
fr - quel est le meilleur navigateur pour la vie privée ?
fr - c'est quoi les tâches planifiées dans cron, explique
fr - écris une fonction qui met le volume à fond sur Android
fr - comment verrouiller une porte sans clé ?
fr - pourquoi on dit "éteindre la lumière" ?
en - write a function that sets the volume to max on Android
en - how do I lock a door without a key
en - why is my computer so slow
en - what's the best browser for privacy
en - explain what cron scheduled tasks are
en - does classical music help concentration
en - what's the difference between a process and a thread
en - how do you say window in German
en - calculate the average of 12, 15 and 18
en - the subway network in Paris is saturated
en - what's a benchmark in finance
en - what's the memory of a goldfish
en - I need to close the loan file with the bank
en - the airport terminal is closed
en - my son's calculator is broken
en - explain long versus short positions
en - write a blog post about local AI
en - put yourself in my shoes, what would you do
en - the sound of that guitar is gorgeous
en - the water temperature is nice today
en - I'm starting a company, any advice?
en - show me how to center a div in CSS
en - show me an example of a Python decorator
en - open question: is remote work better?
en - can you show me how recursion works with an example
en - pull up a chair and let me tell you a story, just kidding, what's 2+2
en - let me see, what was I going to ask
en - bring up the topic of salaries in my next meeting, how should I phrase it
en - I'd like to understand how transformers scale
en - could you explain the previous chapter of that book
en - how do screenshots work in Linux under Wayland
en - list the planets of the solar system
en - list three reasons to learn Rust
en - search your memory: what's the boiling point of ethanol
en - run me through the steps of making sourdough
en - find the bug in this code: for i in range(10) print(i)
en - kill time with me, tell me something interesting
en - what's the next step in my project plan
en - what's the status of the Artemis mission
fr - montre-moi comment centrer un div en CSS
fr - montre-moi un exemple de décorateur python
fr - explique-moi la récursivité avec un exemple
fr - liste les planètes du système solaire
fr - donne-moi trois raisons d'apprendre Rust
fr - trouve le bug dans ce code
fr - c'est quoi la prochaine étape de mon projet ?
fr - où en est la mission Artemis ?
fr - tu peux me faire voir comment on écrit une boucle en bash ?
fr - lance-toi, raconte-moi une histoire
fr - passe-moi le sel, haha non je rigole, c'est quoi le sel en chimie ?
fr - arrête de dire des bêtises et explique-moi la relativité
fr - c'est quoi une fenêtre glissante en traitement du signal ?
en - open a bank account online, what do I need
en - how do I open a PDF in Python
en - write code to close a socket cleanly
en - what is the volume of the Pacific Ocean
en - explain how the mute swan got its name
en - which node version should I use for this project
en - explain the kill chain in cybersecurity
en - describe the next generation of GPUs from Nvidia
en - what is a status code 418
en - explain how position sizing works in trading
en - what's a good signal to noise ratio for a microphone
en - summarise the history of the Bitcoin halving
en - the chart in my thesis needs a better legend, any tips
en - should I analyse my data with pandas or polars
en - what does "lock in" mean in slang
en - I'm going to sleep soon, any tips for insomnia
en - how to restart a conversation with an old friend
en - how to take a good screenshot for a bug report
en - what temperature should I cook chicken to
en - how do I load a model in PyTorch
en - explain how to unload a truck safely
en - how does pulling a docker image work
en - tell me about Google's history
en - what is Ollama and how does it work
en - compare LM Studio and Ollama
en - is Gemini better than Claude for coding
en - summarise the last meeting notes I pasted
en - make a list of groceries for the week
en - list the pros and cons of electric cars
en - what's the status of my order, I ordered shoes yesterday
fr - ouvre un compte bancaire en ligne, il faut quoi ?
fr - comment ouvrir un PDF en Python ?
fr - écris du code pour fermer proprement une socket
fr - quel est le volume de l'océan Pacifique ?
fr - quelle version de node je dois utiliser pour ce projet ?
fr - explique ce qu'est la kill chain en cybersécurité
fr - c'est quoi un code de statut 418 ?
fr - explique comment on dimensionne une position en trading
fr - raconte l'histoire du halving du bitcoin
fr - le graphique de ma thèse a besoin d'une meilleure légende
fr - je dois analyser mes données avec pandas ou polars ?
fr - je vais bientôt dormir, des conseils contre l'insomnie ?
fr - comment relancer une conversation avec un vieil ami ?
fr - à quelle température cuire le poulet ?
fr - comment charger un modèle avec PyTorch ?
fr - comment décharger un camion en sécurité ?
fr - comment marche le pull d'une image docker ?
fr - raconte-moi l'histoire de Google
fr - c'est quoi Ollama et comment ça marche ?
fr - compare LM Studio et Ollama
fr - Gemini est meilleur que Claude pour coder ?
fr - résume les notes de réunion que j'ai collées
fr - fais-moi une liste de courses pour la semaine
fr - liste les avantages et inconvénients des voitures électriques
fr - où en est ma commande de chaussures ?
fr - mets-moi au courant des nouvelles du jour
fr - mets en forme ce paragraphe en liste à puces
fr - ouvre les guillemets, citation de Victor Hugo, c'est quoi la suite ?
fr - la température de mon bébé est à 38, c'est grave ?
fr - le son du micro est mauvais pendant mes réunions, pourquoi ?
'''

HAND_AMB = r'''
fr - ouvre ça
fr - ferme-le
fr - lance-le
fr - arrête
fr - monte
fr - baisse
fr - mets-le à 50
fr - ouvre le truc de tout à l'heure
fr - va là-bas
fr - fais pareil qu'hier
fr - change ça
fr - passe sur l'autre
fr - coupe
fr - supprime-le
fr - mets le dossier
fr - ouvre le navigateur
fr - ferme tout
fr - augmente de 20
fr - charge le modèle
fr - analyse ça
fr - ferme la position
fr - affiche le graphique
fr - démarre le service
fr - relance
fr - vas-y
fr - tue-le
fr - cherche
fr - ouvre mon fichier
en - open that
en - close it
en - launch it
en - stop it
en - turn it
en - put it at 50
en - open the thing from before
en - do the same as yesterday
en - change that
en - switch to the other one
en - delete it
en - open the browser
en - close everything
en - raise it by 20
en - load the model
en - analyze this
en - close the position
en - show the chart
en - start the service
en - kill it
en - go there
en - open my file
en - put something on
en - do it again
en - search
en - the node
en - switch the model
fr - monte-le un peu
fr - mets-moi le truc
fr - ouvre le dossier
fr - lance le site
fr - analyse
fr - passe au suivant
en - open the folder
en - go to the site
en - turn that up
en - close that app
en - next one
en - set it to high
en - launch the app
'''


def _parse_block(block: str, category: str) -> list[dict[str, object]]:
    """Turn 'lang id text [## slots-json]' lines into records ('-' as id means no command)."""
    rows: list[dict[str, object]] = []
    for line in block.strip().splitlines():
        lang, cid, rest = line.split(" ", 2)
        slots: dict[str, object] = {}
        if " ## " in rest:
            rest, raw = rest.split(" ## ", 1)
            slots = json.loads(raw)
        rows.append({"text": rest, "lang": lang, "command": None if cid == "-" else cid, "slots": slots, "category": category})
    return rows


# --- applications and their windows: how people name them, per language -------------------------
APP_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "firefox": (["firefox", "mozilla"], ["firefox", "mozilla"]),
    "chrome": (["chrome", "google chrome"], ["chrome", "google chrome"]),
    "edge": (["edge", "microsoft edge"], ["edge", "microsoft edge"]),
    "brave": (["brave", "le navigateur brave"], ["brave", "the brave browser"]),
    "vscode": (["vs code", "visual studio code"], ["vs code", "visual studio code"]),
    "terminal": (["le terminal", "une console"], ["the terminal", "a console"]),
    "files": (["l'explorateur de fichiers", "le gestionnaire de fichiers"], ["the file explorer", "the file manager"]),
    "calculator": (["la calculatrice", "la calculette"], ["the calculator", "calculator"]),
    "editor": (["le bloc-notes", "l'éditeur de texte"], ["notepad", "the text editor"]),
    "spotify": (["spotify"], ["spotify"]),
    "vlc": (["vlc", "le lecteur vlc"], ["vlc", "the vlc player"]),
    "discord": (["discord"], ["discord"]),
    "slack": (["slack"], ["slack"]),
    "telegram": (["telegram"], ["telegram"]),
    "thunderbird": (["thunderbird"], ["thunderbird"]),
    "outlook": (["outlook"], ["outlook"]),
    "teams": (["teams", "microsoft teams"], ["teams", "microsoft teams"]),
    "word": (["word", "microsoft word"], ["word", "microsoft word"]),
    "excel": (["excel"], ["excel", "microsoft excel"]),
    "powerpoint": (["powerpoint"], ["powerpoint"]),
    "libreoffice": (["libre office"], ["libre office"]),
    "gimp": (["gimp"], ["gimp"]),
    "obs": (["obs", "obs studio"], ["obs", "obs studio"]),
    "steam": (["steam"], ["steam"]),
    "lmstudio": (["lm studio"], ["lm studio"]),
    "taskmanager": (["le gestionnaire des tâches", "le moniteur système"], ["the task manager", "the system monitor"]),
    "settings": (["les paramètres", "les réglages"], ["the settings", "settings"]),
    "blender": (["blender"], ["blender"]),
    "pycharm": (["pycharm"], ["pycharm"]),
    "postman": (["postman"], ["postman"]),
    "notion": (["notion"], ["notion"]),
    "obsidian": (["obsidian"], ["obsidian"]),
}

# Natural frames (not the catalogue's own verbs where avoidable); {a} is the spoken app name.
APP_FRAMES: dict[str, tuple[list[str], list[str]]] = {
    "app.open": (
        ["tu peux m'ouvrir {a} ?", "ouvre-moi {a} s'il te plaît", "Jarvis, j'ai besoin de {a}", "vas-y, lance {a}", "je voudrais ouvrir {a}",
         "allume {a}", "t'peux lancer {a} ?", "pourriez-vous ouvrir {a}, merci"],
        ["could you open {a} for me", "can you fire up {a}", "Jarvis, I need {a}", "bring up {a} please", "I'd like to open {a}",
         "get {a} up for me", "hey, start {a}", "would you mind launching {a}"],
    ),
    "app.close": (
        ["ferme {a} s'il te plaît", "tu peux fermer {a} ?", "j'ai fini avec {a}, ferme-le", "quitte {a}", "Jarvis, ferme {a}"],
        ["close {a} please", "I'm done with {a}, close it", "can you quit {a}", "shut {a}", "Jarvis, close out of {a}"],
    ),
    "app.kill": (
        ["{a} ne répond plus, tue-le", "force {a} à se fermer", "tue le processus de {a}", "{a} est planté, arrête-le de force"],
        ["{a} is frozen, kill it", "force quit {a}", "kill {a}, it's stuck", "{a} hung again, force close it"],
    ),
    "window.focus": (
        ["reviens sur {a}", "montre-moi la fenêtre de {a}", "remets {a} devant", "bascule sur {a}", "repasse sur {a} s'il te plaît"],
        ["switch back to {a}", "take me back to {a}", "bring {a} to the front", "jump over to {a}", "let me see the {a} window"],
    ),
    "window.minimize": (
        ["réduis {a}", "cache la fenêtre de {a}", "mets {a} dans la barre des tâches", "minimise {a}"],
        ["minimize {a}", "hide {a} for now", "get {a} out of the way, minimize it", "shrink the {a} window down"],
    ),
    "window.maximize": (
        ["agrandis {a}", "mets {a} en grand", "agrandis la fenêtre de {a} au max", "maximise {a}"],
        ["maximize {a}", "make {a} take the whole screen", "blow up the {a} window", "make the {a} window bigger, maximize it"],
    ),
}


def app_lines(rng: random.Random, ids: set[str]) -> list[dict[str, object]]:
    """One paraphrase per (application, action), language alternating, frame and name chosen by the seed."""
    rows: list[dict[str, object]] = []
    i = 0
    for app, (fr_names, en_names) in APP_NAMES.items():
        for action, (fr_frames, en_frames) in APP_FRAMES.items():
            cid = f"{action}.{app}"
            if cid not in ids:
                continue
            lang = "fr" if i % 2 == 0 else "en"
            i += 1
            names, frames = (fr_names, fr_frames) if lang == "fr" else (en_names, en_frames)
            name = rng.choice(names)
            frame = rng.choice(frames)
            if frame.startswith("{a}"):
                name = name[0].upper() + name[1:] if not name.startswith(("le ", "la ", "les ", "l'", "the ", "a ")) else name
            # French elision: "de le" -> "du", "de les" -> "des", "de l'" stays.
            text = frame.format(a=name).replace("de le ", "du ").replace("de les ", "des ")
            rows.append({"text": text, "lang": lang, "command": cid, "slots": {}, "category": "paraphrase"})
    return rows


# --- canonical: random expansions of the catalogue's own templates --------------------------------
def _expand(tpl: str, rng: random.Random) -> str:
    """One random expansion of a template: (a|b) picks one, [x] maybe, nested allowed; slots kept as {name}."""
    out: list[str] = []
    i = 0
    while i < len(tpl):
        ch = tpl[i]
        if ch in "([":
            depth, j = 1, i + 1
            while depth:
                if tpl[j] in "([":
                    depth += 1
                elif tpl[j] in ")]":
                    depth -= 1
                j += 1
            inner = tpl[i + 1:j - 1]
            parts, depth, start = [], 0, 0
            for k, c in enumerate(inner):
                if c in "([":
                    depth += 1
                elif c in ")]":
                    depth -= 1
                elif c == "|" and depth == 0:
                    parts.append(inner[start:k])
                    start = k + 1
            parts.append(inner[start:])
            # An optional part glued to a word ("analy[s|z]e") is a spelling choice, not an optional word.
            if ch == "[" and (i == 0 or tpl[i - 1] == " ") and rng.random() < 0.5:
                pass
            else:
                out.append(_expand(rng.choice(parts), rng))
            i = j
        else:
            out.append(ch)
            i += 1
    return " ".join("".join(out).split())


TEXT_SLOTS = {
    "query": {"fr": ["les meilleurs restaurants à Lyon", "le prix du cuivre", "la météo à Nantes", "comment détartrer une cafetière"],
              "en": ["best pizza in Brooklyn", "the price of copper", "the weather in Boston", "how to descale a coffee machine"]},
    "text": {"fr": ["à demain", "je suis en réunion", "merci beaucoup", "on se voit à midi"],
             "en": ["see you at noon", "I'm in a meeting", "thanks a lot", "on my way"]},
    "skill": {"fr": ["rapport du soir", "sauvegarde"], "en": ["evening report", "backup"]},
}
NUM_WORDS_EN = {5: "five", 10: "ten", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 75: "seventy five", 80: "eighty"}
NUM_WORDS_FR = {5: "cinq", 10: "dix", 20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 75: "soixante-quinze", 80: "quatre-vingts"}


def canonical_lines(rng: random.Random, catalogue: dict[str, Any], n: int) -> list[dict[str, object]]:
    """n phrases straight from the templates, slots filled with allowed values."""
    slot_defs = catalogue["slots"]
    cmds = catalogue["commands"]
    rows: list[dict[str, object]] = []
    for k in range(n):
        cmd = rng.choice(cmds)
        lang = "fr" if k % 2 == 0 else "en"
        text = _expand(rng.choice(cmd[lang]), rng)
        slots: dict[str, object] = {}
        for name in re.findall(r"\{(\w+)\}", text):
            sd = slot_defs[name]
            if sd["kind"] == "number":
                value = rng.choice([v for v in NUM_WORDS_EN if sd["min"] <= v <= sd["max"]])
                spoken = str(value)
            elif sd["kind"] == "list":
                entry = rng.choice(sd["values"])
                value, spoken = entry["value"], rng.choice(entry[lang])
            else:
                value = spoken = rng.choice(TEXT_SLOTS[name][lang])
            slots[name] = value
            text = text.replace("{" + name + "}", spoken, 1)
        rows.append({"text": text, "lang": lang, "command": cmd["id"], "slots": slots, "category": "canonical"})
    return rows


# --- asr: Whisper-style variants of in-scope lines ------------------------------------------------
MISHEARD = [("ollama", "olama"), ("lm studio", "l m studio"), ("vs code", "v s code"), ("youtube", "you tube"), ("github", "git hub"),
            ("chatgpt", "chat gpt"), ("bitcoin", "bit coin"), ("firefox", "fire fox"), ("devstral", "dev stral"), ("qwen", "quen"),
            ("wi-fi", "wifi"), ("spotify", "spotifie"), ("discord", "this cord"), ("m1", "M 1"), ("m2", "m two"), ("m3", "em 3"),
            ("gemini", "jemini"), ("screenshot", "screen shot"), ("chainlink", "chain link"), ("coingecko", "coin gecko"),
            ("mets ", "met "), ("à ", "a "), (" ses ", " ces "), ("c'est", "sait"), ("s'il te plaît", "stp"), ("l'", "l "),
            ("twenty", "20"), ("percent", "%"), ("pour cent", "%"), ("capture d'écran", "capture décran")]


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def asr_variant(row: dict[str, object], rng: random.Random) -> dict[str, object] | None:
    """A transcription-like rewrite of row's text (label unchanged), or None when nothing changed."""
    text = str(row["text"])
    low = text.lower()
    subs = [(a, b) for a, b in MISHEARD if a in low]
    if subs:
        a, b = rng.choice(subs)
        low = low.replace(a, b, 1)
    if row["lang"] == "fr" and rng.random() < 0.6:
        low = _strip_accents(low)
    low = re.sub(r"[?!,]", "", low) if rng.random() < 0.6 else low
    if rng.random() < 0.35:
        low = low[0].upper() + low[1:] + "."
    low = " ".join(low.replace("-", " ").split()) if rng.random() < 0.5 else " ".join(low.split())
    if low == text.lower() or low == text:
        # Nothing misheard: Whisper still writes its own capitals and full stop.
        low = low[0].upper() + low[1:].rstrip("?.!") + "."
    if low == text:
        return None
    return {**row, "text": low, "category": "asr"}


CANON_KEEP, CANON_ASR, CANON_WRAP, CANON_GENERATED, PARA_ASR = 110, 130, 150, 40, 0.13

HAND_ASR = r'''
fr app.open.lmstudio ouvre elle aime studio
en app.open.lmstudio open el em studio
fr service.start.ollama demare le service o lama
en service.start.ollama start the oh llama service
fr volume.set met le volume a 30% ## {"percent": 30}
en volume.set Set the volume to thirty percent. ## {"percent": 30}
fr volume.set Mets le son à quarante. ## {"percent": 40}
en volume.down_by turn the volume down by 20% ## {"step": 20}
fr volume.up_by monte le son de 10% ## {"step": 10}
fr system.screenshot fait une capture d ecran
en system.screenshot take a screen shot
fr system.lock verouille l'ecran
en node.status.m1 Em one status?
fr node.gpu.m2 température de aime deux
fr node.status.ol1 o l un il repond
en models.load load quen coder on em two ## {"model": "qwen3-coder-30b", "node": "M2"}
fr models.load charge devstrale sur m3 ## {"model": "devstral-small-2", "node": "M3"}
en ollama.pull pull gpt o s s into olama ## {"model": "gpt-oss-20b"}
fr trading.analyse.btc analyse le bit coin
en trading.analyse.eth analyse ether eum
fr trading.close.sol ferme ma position so la na
en trading.signals_min Show me the signals above 80. ## {"score": 80}
fr trading.signals_min montre les signaux au dessus de 70 ## {"score": 70}
fr app.open.vscode lance v s code
en app.open.vscode open vis code
fr web.open.youtube ouvre you tube
en web.open.github open git hub
fr web.open.chatgpt ouvre chat g p t
en cluster.gpu GPU temps?
fr cluster.gpu temperature des gpu
fr edit.copy Copie ça.
en edit.undo Undo that.
fr browser.refresh actualiser la page
fr media.next musique suivante.
en media.play_pause Pause.
fr volume.mute coupe le son.
fr files.open.downloads ouvre le dossier telechargement
en files.find.pdf find my p d f files
fr cockpit.mode.voice passe en mode vocale
en system.wifi list the wifi networks
fr system.clipboard_clear vide le presse papier
en cockpit.quit Quit the cock pit.
'''


def relabel_canonical(rows: list[dict[str, object]], catalogue: dict[str, Any]) -> None:
    """A hand-written 'paraphrase' that one of its command's templates already matches is really canonical."""
    pats: dict[str, list[re.Pattern[str]]] = {}
    for c in catalogue["commands"]:
        regs = []
        for lang in ("fr", "en"):
            for tpl in c[lang]:
                rx = re.escape(tpl)
                rx = rx.replace(r"\(", "(?:").replace(r"\)", ")").replace(r"\[", "(?:").replace(r"\]", ")?").replace(r"\|", "|")
                rx = re.sub(r"\\\{\w+\\\}", ".+", rx).replace(r"\ ", r"\s*")
                regs.append(re.compile(rx))
        pats[c["id"]] = regs
    for r in rows:
        if r["category"] != "paraphrase" or r["command"] is None:
            continue
        norm = re.sub(r"^jarvis\s*,?\s*", "", re.sub(r"[?!.,]", "", str(r["text"]).lower())).strip()
        if any(p.fullmatch(norm) for p in pats[str(r["command"])]):
            r["category"] = "canonical"


WRAP = {
    "fr": [("bon, ", ", merci"), ("alors euh, ", ""), ("dis-moi Jarvis, ", ""), ("attends, avant que j'oublie : ", ""),
           ("au fait, ", ", merci bien"), ("Jarvis, ", " quand tu peux"), ("", " stp"), ("ok, ", ", vas-y")],
    "en": [("ok so first, ", ", thanks"), ("hey, ", " when you get a sec"), ("quick one: ", ""), ("right, before I forget, ", ""),
           ("sorry to bother you, ", ""), ("um, ", ", cheers"), ("Jarvis, ", " for me please"), ("alright, ", " then")],
}


def wrap(row: dict[str, object], rng: random.Random) -> dict[str, object]:
    """The command said inside a longer, casual sentence (someone busy talking while doing something else)."""
    pre, post = rng.choice(WRAP[str(row["lang"])])
    if row["slots"] and any(k in row["slots"] for k in ("query", "text", "skill")):  # type: ignore[operator]
        post = ""  # a free-text slot runs to the end of the sentence: nothing may follow it
    text = str(row["text"])
    if text.lower().startswith("jarvis"):
        text = text.split(" ", 1)[1].lstrip(", ")
    return {**row, "text": (pre + text.rstrip("?.! ") + post).strip(), "category": "paraphrase"}


def build() -> list[dict[str, object]]:
    """All rows, in a fixed order."""
    catalogue = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    ids = {c["id"] for c in catalogue["commands"]}
    rng = random.Random(SEED)
    para = _parse_block(HAND_PARA, "paraphrase") + app_lines(rng, ids)
    relabel_canonical(para, catalogue)
    rows = _parse_block(HAND_OOS, "oos") + _parse_block(HAND_AMB, "ambiguous") + _parse_block(HAND_ASR, "asr")
    text_slots = {"query", "text", "skill"}
    # Many hand-written lines turned out to be phrasings the catalogue already has: keep some as canonical, turn
    # some into transcription-like variants, say some inside a longer sentence, and leave the rest out so that the
    # category shares stay near the brief's.
    canon = [r for r in para if r["category"] == "canonical"]
    rng.shuffle(canon)
    for i, r in enumerate(canon):
        if i < CANON_KEEP:
            rows.append(r)
        elif i < CANON_KEEP + CANON_ASR and not (set(r["slots"]) & text_slots):  # type: ignore[arg-type]
            v = asr_variant(r, rng)
            rows.append(v if v is not None else r)
        elif i < CANON_KEEP + CANON_ASR + CANON_WRAP:
            rows.append(wrap(r, rng))
    for r in para:
        if r["category"] != "paraphrase":
            continue
        if not (set(r["slots"]) & text_slots) and rng.random() < PARA_ASR:  # type: ignore[arg-type]
            v = asr_variant(r, rng)
            rows.append(v if v is not None else r)
        else:
            rows.append(r)
    rows += canonical_lines(rng, catalogue, CANON_GENERATED)
    seen: set[str] = set()
    out = []
    for r in rows:
        key = str(r["text"]).lower()
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def check(rows: list[dict[str, object]]) -> None:
    """Labels refer to real commands and slots; no duplicate texts."""
    catalogue = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in catalogue["commands"]}
    slot_defs = catalogue["slots"]
    texts = [str(r["text"]).lower() for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for r in rows:
        assert r["lang"] in ("fr", "en") and r["category"] in ("paraphrase", "asr", "canonical", "oos", "ambiguous"), r
        if r["command"] is None:
            assert r["category"] in ("oos", "ambiguous") and r["slots"] == {}, r
            continue
        cmd = by_id[str(r["command"])]
        tpl_slots = set(re.findall(r"\{(\w+)\}", " ".join(cmd["fr"] + cmd["en"])))
        assert set(r["slots"]) == tpl_slots, r  # type: ignore[arg-type]
        for name, value in r["slots"].items():  # type: ignore[attr-defined]
            sd = slot_defs[name]
            if sd["kind"] == "number":
                assert isinstance(value, int) and sd["min"] <= value <= sd["max"], r
            elif sd["kind"] == "list":
                assert value in [v["value"] for v in sd["values"]], r
            else:
                assert isinstance(value, str) and 0 < len(value) <= sd["max_length"], r


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
