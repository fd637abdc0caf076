#!/usr/bin/env python3
"""Build tests/data/voice/natural6.jsonl, the eighth labelled set of voice utterances.

Written by the voice-set6 helper, entirely by hand: every line below is a sentence a person
at the cockpit could really say (developer, trader, tired user at night, hurried French speaker,
Québec/Belgian/Swiss French, non-native English). Nothing is filled from frames.

Rule: this set was written from data/voice/commands.toml (and core/voice/catalogue_gen.py) alone.
Its author did NOT open dev.jsonl, heldout.jsonl, natural*.jsonl, their build scripts,
paraphrases.txt or core/voice/ (other than catalogue_gen.py). The matcher's engineer may tune on
this set; nobody tunes on heldout.jsonl.

Line format of LINES: ``<cat> <lang> <command|-> <slots|-> | <text>``
  cat: p paraphrase, a asr, c canonical, o oos, m ambiguous (command null for o and m)
  slots: ``name=value,name=value`` (numbers become ints); ``-`` for none.
Run: ``python3 tests/data/voice/build_natural6.py`` (deterministic: no randomness at all).
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CATS = {"p": "paraphrase", "a": "asr", "c": "canonical", "o": "oos", "m": "ambiguous"}
NUMERIC = {"percent", "step", "score"}

LINES = """
p en volume.up - | I can't hear a thing, turn it up a bit
p en volume.up - | could you make it a little louder please
p en volume.up - | louder
p en volume.up - | Jarvis, bit louder on the sound
p en volume.up - | can you raise the volume some
p fr volume.up - | monte un peu le son, j'entends rien
p fr volume.up - | tu peux mettre plus fort le son s'il te plaît
p fr volume.up - | plus fort le son
p fr volume.up - | Jarvis, augmente le volume
p fr volume.up - | pèse sur le son un peu, c'est trop bas
a fr volume.up - | monte le sont
a en volume.up - | turn the volume of a bit
c en volume.up - | turn the volume up
c fr volume.up - | monte le volume
p en volume.down - | that's way too loud, turn it down a bit
p en volume.down - | quieter please
p en volume.down - | could you lower the sound a little, I'm on a call
p en volume.down - | bring the music down a notch
p fr volume.down - | baisse un peu le son, c'est trop fort
p fr volume.down - | moins fort le son stp
p fr volume.down - | tu pourrais baisser le volume, les voisins dorment
p fr volume.down - | descends le son un peu
a fr volume.down - | base le volume
a en volume.down - | turn the volume dawn
c en volume.down - | turn the sound down
c fr volume.down - | baisse le volume
p en volume.up_by step=20 | bump the sound up twenty percent
p en volume.up_by step=5 | raise the volume by 5
p en volume.up_by step=15 | could you push the volume up by fifteen
p fr volume.up_by step=10 | monte le son de dix pour cent
p fr volume.up_by step=30 | augmente le volume de trente
p fr volume.up_by step=5 | rajoute 5 au son
p fr volume.up_by step=70 | monte le son de septante pour cent
a en volume.up_by step=25 | turn the volume up by 25%
a fr volume.up_by step=20 | augmente le volume de 20%
c en volume.up_by step=40 | turn the volume up by 40 percent
c fr volume.up_by step=15 | monte le volume de 15 pour cent
p en volume.down_by step=20 | drop the volume by twenty
p en volume.down_by step=10 | lower the sound ten percent
p en volume.down_by step=5 | can you take five off the volume
p fr volume.down_by step=20 | baisse le son de vingt
p fr volume.down_by step=15 | enlève quinze au volume
p fr volume.down_by step=90 | descends le volume de nonante
a fr volume.down_by step=30 | baisse le volume de 30%
a en volume.down_by step=15 | turn the sound down by fifteen per cent
c en volume.down_by step=25 | turn the volume down by 25 percent
c fr volume.down_by step=10 | baisse le volume de 10 pour cent
p en volume.set percent=30 | volume 30
p en volume.set percent=50 | volume fifty
p en volume.set percent=20 | can you put the sound at twenty percent
p en volume.set percent=40 | I'd like the volume at 40
p en volume.set percent=0 | set the volume to zero
p en volume.set percent=75 | make it seventy-five percent volume
p fr volume.set percent=30 | volume à 30
p fr volume.set percent=70 | mets le son à septante
p fr volume.set percent=80 | règle le volume sur quatre-vingts
p fr volume.set percent=25 | tu peux mettre le volume à vingt-cinq pour cent
p fr volume.set percent=60 | son à soixante
p fr volume.set percent=45 | mets-moi le volume à 45
a fr volume.set percent=50 | met le volume a 50
a en volume.set percent=60 | set the volume to sixty per cent.
a fr volume.set percent=35 | Volume à trente cinq
c en volume.set percent=10 | set the volume to 10 percent
c fr volume.set percent=40 | mets le volume à 40 pour cent
p en volume.max - | crank it all the way up
p en volume.max - | max volume please
p en volume.max - | full blast
p fr volume.max - | mets le son à fond
p fr volume.max - | volume au max
p fr volume.max - | à fond la musique
a en volume.max - | max volumn
c en volume.max - | maximum volume
p en volume.mute - | mute
p en volume.mute - | kill the sound, I'm taking a call
p en volume.mute - | silence the audio please
p fr volume.mute - | coupe le son
p fr volume.mute - | mets en sourdine
p fr volume.mute - | chut, coupe le son deux secondes
a fr volume.mute - | coup le son
c en volume.mute - | mute the sound
p en volume.unmute - | bring the sound back
p en volume.unmute - | unmute please
p en volume.unmute - | put the sound back on
p fr volume.unmute - | remets le son
p fr volume.unmute - | réactive le son
p fr volume.unmute - | enlève la sourdine
a en volume.unmute - | un mute the sound
c fr volume.unmute - | rétablis le son
p en media.play_pause - | pause the music
p en media.play_pause - | hold the song a sec
p en media.play_pause - | ok so first, could you pause the music, thanks
p en media.play_pause - | resume the song
p fr media.play_pause - | mets la musique en pause
p fr media.play_pause - | pause la chanson
p fr media.play_pause - | relance la musique, elle était en pause
p fr media.play_pause - | mets pause sur la zique
a fr media.play_pause - | met la musique en pose
c en media.play_pause - | pause the song
p en media.next - | skip this song
p en media.next - | next track
p en media.next - | I hate this one, skip it
p en media.next - | play the next song
p fr media.next - | chanson suivante
p fr media.next - | passe à la suivante, j'aime pas celle-là
p fr media.next - | zappe ce morceau
a fr media.next - | morceau suivant.
c en media.next - | next song
p en media.previous - | go back to the last song
p en media.previous - | play the previous track again
p en media.previous - | previous song
p fr media.previous - | remets la chanson d'avant
p fr media.previous - | morceau précédent
p fr media.previous - | reviens à la chanson précédente
a fr media.previous - | chanson precedente
c en media.previous - | previous track
p en media.stop - | stop the music altogether
p en media.stop - | turn the music off, I need to focus
p en media.stop - | enough music for today, stop it
p fr media.stop - | arrête la musique
p fr media.stop - | stoppe la musique complètement
p fr media.stop - | coupe la musique pour de bon
a en media.stop - | stop the musik
c en media.stop - | stop the music
p en cockpit.mode.commander - | back to commander mode
p en cockpit.mode.commander - | can you put the cockpit in commander mode
p en cockpit.mode.commander - | commander mode
p fr cockpit.mode.commander - | passe en mode commandant
p fr cockpit.mode.commander - | repasse en mode commander
p fr cockpit.mode.commander - | mode commander stp
c en cockpit.mode.commander - | switch to commander mode
p en cockpit.mode.voice - | voice mode
p en cockpit.mode.voice - | let's go voice mode, my hands are full
p en cockpit.mode.voice - | I want to talk to you, put it in voice mode
p fr cockpit.mode.voice - | passe en mode vocal
p fr cockpit.mode.voice - | mode voix
p fr cockpit.mode.voice - | bascule en mode vocal, j'ai les mains prises
c en cockpit.mode.voice - | switch to voice mode
p en cockpit.mode.keyboard - | keyboard mode
p en cockpit.mode.keyboard - | I'll type from now on, go to keyboard mode
p fr cockpit.mode.keyboard - | passe en mode clavier
p fr cockpit.mode.keyboard - | mode clavier, je vais taper
p fr cockpit.mode.keyboard - | retourne en mode clavier
c en cockpit.mode.keyboard - | go back to keyboard mode
p en cockpit.mode.ollama - | ollama mode
p en cockpit.mode.ollama - | put the cockpit in ollama mode
p fr cockpit.mode.ollama - | passe en mode ollama
p fr cockpit.mode.ollama - | mode ollama s'il te plaît
a fr cockpit.mode.ollama - | passe en mode olama
a en cockpit.mode.ollama - | switch to o llama mode
p en cockpit.focus.conversation - | go to the chat
p en cockpit.focus.conversation - | take me back to the conversation
p en cockpit.focus.conversation - | conversation pane
p fr cockpit.focus.conversation - | va sur la conversation
p fr cockpit.focus.conversation - | retourne au chat
p fr cockpit.focus.conversation - | mets le focus sur la conversation
c en cockpit.focus.conversation - | focus on the conversation
p en cockpit.focus.plan - | show me the plan
p en cockpit.focus.plan - | plan pane
p en cockpit.focus.plan - | where's the plan, go to it
p fr cockpit.focus.plan - | montre-moi le plan
p fr cockpit.focus.plan - | va sur le panneau du plan
p fr cockpit.focus.plan - | focus sur le plan
p en cockpit.focus.streams - | show me the agent streams
p en cockpit.focus.streams - | streams pane
p en cockpit.focus.streams - | I want to see what the agents are streaming
p fr cockpit.focus.streams - | va sur les streams
p fr cockpit.focus.streams - | montre les flux des agents
p fr cockpit.focus.streams - | focus sur les streams des agents
c en cockpit.focus.streams - | focus on the streams
p en cockpit.focus.gpu - | go to the heat map
p en cockpit.focus.gpu - | focus the gpu pane
p en cockpit.focus.gpu - | heat map pane
p fr cockpit.focus.gpu - | va sur la heat map
p fr cockpit.focus.gpu - | mets le focus sur le panneau des GPU
p fr cockpit.focus.gpu - | montre la carte de chaleur
p en cockpit.focus.cluster - | cluster pane
p en cockpit.focus.cluster - | go to the cluster panel
p en cockpit.focus.cluster - | jump over to the cluster panel
p fr cockpit.focus.cluster - | va sur le panneau du cluster
p fr cockpit.focus.cluster - | focus sur le panneau cluster
c en cockpit.focus.cluster - | show me the cluster pane
p en cockpit.focus.trading - | trading pane
p en cockpit.focus.trading - | go to the trading book
p en cockpit.focus.trading - | bring the focus to the trading pane
p fr cockpit.focus.trading - | va sur le panneau trading
p fr cockpit.focus.trading - | focus sur le carnet de trading
a fr cockpit.focus.trading - | va sur le panneau tradding
p en cockpit.zoom - | zoom this pane
p en cockpit.zoom - | make this pane full screen
p en cockpit.zoom - | blow this pane up to the whole screen
p fr cockpit.zoom - | zoome le panneau
p fr cockpit.zoom - | mets ce panneau en plein écran
p fr cockpit.zoom - | agrandis le panneau en plein écran
c en cockpit.zoom - | zoom the pane
p en cockpit.unzoom - | unzoom
p en cockpit.unzoom - | put the pane back to normal size
p en cockpit.unzoom - | restore the pane, I want to see everything again
p fr cockpit.unzoom - | dézoome le panneau
p fr cockpit.unzoom - | remets le panneau à sa taille normale
a fr cockpit.unzoom - | des zoom le panneau
m fr - - | dézoome
p en cockpit.cancel - | cancel that
p en cockpit.cancel - | no no stop, cancel the request
p en cockpit.cancel - | forget it, cancel it
p en cockpit.cancel - | abort the request
p fr cockpit.cancel - | annule
p fr cockpit.cancel - | non non annule la requête
p fr cockpit.cancel - | laisse tomber, annule ça
p fr cockpit.cancel - | annule la demande en cours
c en cockpit.cancel - | cancel the request
p en cockpit.help - | help
p en cockpit.help - | what keys can I use here
p en cockpit.help - | I'm lost, show me the help
p fr cockpit.help - | aide
p fr cockpit.help - | affiche l'aide
p fr cockpit.help - | j'suis perdu, montre-moi l'aide
p en cockpit.search - | search my conversations
p en cockpit.search - | search the history
p en cockpit.search - | I want to look through old conversations
p fr cockpit.search - | cherche dans mes conversations
p fr cockpit.search - | fouille l'historique des conversations
p fr cockpit.search - | recherche dans les anciennes conversations
p en cockpit.export - | export this chat as markdown
p en cockpit.export - | save this conversation to markdown
p en cockpit.export - | could you export the conversation
p fr cockpit.export - | exporte la conversation
p fr cockpit.export - | exporte cette conversation en markdown
a fr cockpit.export - | exporte la conversation en mark down
c en cockpit.export - | export the conversation to markdown
p en cockpit.metric - | next metric
p en cockpit.metric - | change the heat map metric
p en cockpit.metric - | switch what the heat map shows
p fr cockpit.metric - | change la métrique
p fr cockpit.metric - | métrique suivante de la heat map
p fr cockpit.metric - | change la métrique de la carte de chaleur
p en cockpit.talk - | listen to me
p en cockpit.talk - | start listening
p en cockpit.talk - | stop listening
p fr cockpit.talk - | écoute-moi
p fr cockpit.talk - | arrête d'écouter
p fr cockpit.talk - | commence à écouter
p en cockpit.quit - | quit the cockpit
p en cockpit.quit - | I'm done for tonight, close the cockpit
p en cockpit.quit - | exit jarvis
p fr cockpit.quit - | quitte le cockpit
p fr cockpit.quit - | ferme le cockpit, j'ai fini pour aujourd'hui
p fr cockpit.quit - | ferme-moi le cockpit
a fr cockpit.quit - | quitte le coque pite
c fr cockpit.quit - | ferme le cockpit
p en cluster.status - | how's the cluster doing
p en cluster.status - | is everything in the cluster up?
p en cluster.status - | give me a quick overview of all the nodes
p en cluster.status - | cluster status
p fr cluster.status - | comment va le cluster ?
p fr cluster.status - | est-ce que tous les nœuds répondent ?
p fr cluster.status - | fais-moi un point sur le cluster
p fr cluster.status - | état du cluster
a fr cluster.status - | etat du cluster
a en cluster.status - | cluster state us
c fr cluster.status - | statut du cluster
p en cluster.models - | what models do we have across the cluster
p en cluster.models - | which models are available on the nodes
p en cluster.models - | list all the models
p fr cluster.models - | quels modèles on a sur le cluster ?
p fr cluster.models - | liste-moi tous les modèles
p fr cluster.models - | c'est quoi les modèles dispo sur les nœuds
c en cluster.models - | list the models
p en cluster.gpu - | gpu temps
p en cluster.gpu - | how hot are the GPUs?
p en cluster.gpu - | are the cards running hot right now
p en cluster.gpu - | how much GPU memory is in use across the nodes
p en cluster.gpu - | the thing that shows how hot the cards are
p fr cluster.gpu - | c'est quoi la température des GPU ?
p fr cluster.gpu - | check les GPU
p fr cluster.gpu - | les cartes graphiques chauffent ?
p fr cluster.gpu - | donne-moi les temps GPU
a fr cluster.gpu - | temperature des gpu
a en cluster.gpu - | g p u temperatures
c en cluster.gpu - | give me the gpu stats
p en cluster.perf - | how fast are the nodes answering
p en cluster.perf - | tokens per second per node?
p en cluster.perf - | show me the cluster performance
p fr cluster.perf - | c'est quoi les perfs du cluster ?
p fr cluster.perf - | latence et tokens par seconde des nœuds
p fr cluster.perf - | montre les performances du cluster
a fr cluster.perf - | performance du cluster.
p en ollama.models - | what models does ollama have
p en ollama.models - | which ollama models are there
p fr ollama.models - | quels modèles sur ollama ?
p fr ollama.models - | liste les modèles ollama
a fr ollama.models - | liste les modeles olama
a en ollama.models - | list the olama models
p en ollama.status - | is ollama up?
p en ollama.status - | how's ollama doing
p fr ollama.status - | est-ce qu'ollama tourne ?
p fr ollama.status - | statut d'ollama
c en ollama.status - | ollama status
p en node.status.m1 - | is m1 answering?
p en node.status.m1 - | m1 status
p fr node.status.m1 - | est-ce que m1 répond ?
p fr node.status.m1 - | il est vivant m1 ?
a fr node.status.m1 - | statut de aime un
p en node.status.m2 - | is M2 alive
p en node.status.m2 - | what's going on with m2
p fr node.status.m2 - | statut de m2
p fr node.status.m2 - | m2 il répond ou pas ?
c en node.status.m2 - | em two status
p en node.status.m3 - | check on m3 for me
p en node.status.m3 - | is m3 still up
p fr node.status.m3 - | m3 est en ligne ?
a fr node.status.m3 - | statut de m 3
p en node.status.ol1 - | is ol1 up
p en node.status.ol1 - | how's ollama one doing
p fr node.status.ol1 - | est-ce que ol1 répond
c fr node.status.ol1 - | statut de ol1
p en node.status.gemini - | is gemini answering
p en node.status.gemini - | gemini status
p fr node.status.gemini - | gemini répond ?
a fr node.status.gemini - | statut de gémini
p en node.models.m1 - | what's loaded on m1
p en node.models.m1 - | which models does m1 have
p fr node.models.m1 - | quels modèles sur m1 ?
p fr node.models.m1 - | qu'est-ce qui est chargé sur m1
p en node.models.m2 - | models on m2
p en node.models.m2 - | what models are on em two
p fr node.models.m2 - | liste les modèles de m2
p en node.models.m3 - | list the models on m3
p fr node.models.m3 - | c'est quoi les modèles de m3
a fr node.models.m3 - | les modeles de aime trois
p en node.models.ol1 - | what models has ol1 got
p fr node.models.ol1 - | modèles de ol1
p en node.models.gemini - | which models does gemini offer
p fr node.models.gemini - | quels modèles propose gemini ?
p en node.gpu.m1 - | is m1 hot?
p en node.gpu.m1 - | m1 gpu
p en node.gpu.m1 - | how hot is the card on m1
p fr node.gpu.m1 - | est-ce que le nœud m1 est chaud ?
p fr node.gpu.m1 - | température de m1
p en node.gpu.m2 - | is anything running on m2's gpu? what's the load
p en node.gpu.m2 - | m2 temperature
p fr node.gpu.m2 - | le GPU de m2 chauffe ?
p fr node.gpu.m2 - | charge du gpu sur m2
a en node.gpu.m2 - | em to gpu
p en node.gpu.m3 - | temp on m3
p fr node.gpu.m3 - | m3 gpu
p fr node.gpu.m3 - | il est à combien de degrés m3 ?
p en node.gpu.ol1 - | how hot is ol1
p fr node.gpu.ol1 - | température du gpu de ol1
p en node.gpu.gemini - | gemini gpu
p fr node.gpu.gemini - | température de gemini
p en node.benchmark.m1 - | benchmark m1
p en node.benchmark.m1 - | can you run a quick benchmark on m1
p fr node.benchmark.m1 - | lance le benchmark sur m1
p fr node.benchmark.m1 - | teste la vitesse de m1
p en node.benchmark.m2 - | how fast is m2, benchmark it
p fr node.benchmark.m2 - | lance le benchmark sur m2
p fr node.benchmark.m2 - | bench m2
a fr node.benchmark.m2 - | lance le bench mark sur m deux
p en node.benchmark.m3 - | bench m3
p en node.benchmark.m3 - | would you mind benchmarking m3
p fr node.benchmark.m3 - | fais un benchmark de m3
p en node.benchmark.ol1 - | benchmark ollama one
p fr node.benchmark.ol1 - | benchmarke ol1
p en node.benchmark.gemini - | time gemini, run the benchmark
p fr node.benchmark.gemini - | lance un benchmark sur gemini
c en node.benchmark.gemini - | benchmark gemini
p en cluster.consensus query=is rust faster than go for web servers | get a consensus from the models on is rust faster than go for web servers
p en cluster.consensus query=which database should I use for time series | ask all the models the same question which database should I use for time series
p fr cluster.consensus query=le meilleur langage pour débuter | demande l'avis de tous les modèles sur le meilleur langage pour débuter
p fr cluster.consensus query=la tendance du bitcoin cette semaine | fais un consensus sur la tendance du bitcoin cette semaine
c en cluster.consensus query=tabs versus spaces | ask for a consensus on tabs versus spaces
p en models.load model=qwen3-30b,node=M1 | put qwen 30b on m1
p en models.load model=devstral-small-2,node=M2 | can you load devstral on m2
p en models.load model=gpt-oss-20b,node=M3 | load gpt oss on m3 please
p fr models.load model=qwen3-coder-30b,node=M2 | charge qwen coder sur m2
p fr models.load model=qwen3:1.7b,node=OL1 | mets le petit qwen sur ol1
p fr models.load model=devstral-small-2,node=M1 | lance devstral sur m1
a fr models.load model=gpt-oss-20b,node=M2 | charge gpt os sur m2
a en models.load model=qwen3-30b,node=M3 | load quen 3 30b on m3
c en models.load model=qwen3-coder-30b,node=M1 | load qwen 3 coder on m1
c fr models.load model=gpt-oss-20b,node=M1 | charge gpt oss 20b sur m1
p en models.unload model=qwen3-30b,node=M1 | take qwen 30b off m1
p en models.unload model=devstral-small-2,node=M2 | drop devstral from m2, we don't need it
p fr models.unload model=gpt-oss-20b,node=M3 | enlève gpt oss de m3
p fr models.unload model=qwen3-coder-30b,node=M2 | décharge qwen coder de m2
a fr models.unload model=devstral-small-2,node=M1 | décharge dev stral de m1
c en models.unload model=qwen3:1.7b,node=OL1 | unload small qwen from ol1
p en ollama.pull model=qwen3:1.7b | grab the small qwen on ollama
p en ollama.pull model=gpt-oss-20b | download gpt oss onto ollama
p fr ollama.pull model=qwen3:1.7b | télécharge le petit qwen sur ollama
p fr ollama.pull model=devstral-small-2 | installe devstral dans ollama
a fr ollama.pull model=qwen3-30b | télécharge qwen 30b sur olama
c en ollama.pull model=qwen3-coder-30b | pull qwen coder into ollama
p en node.coder.m1 - | put m1 on the coding model
p en node.coder.m1 - | I'm about to code, switch m1 to the coder model
p fr node.coder.m1 - | passe m1 sur le modèle de code
p fr node.coder.m1 - | bascule m1 en mode code
p en node.coder.m2 - | switch m2 over to the coder
p fr node.coder.m2 - | mets m2 sur le modèle code
a fr node.coder.m2 - | passe aime deux sur le modèle de codes
p en node.coder.m3 - | m3 to the coding model
p fr node.coder.m3 - | passe m3 sur le modèle coder
p en node.dev.m1 - | switch m1 to the dev model
p fr node.dev.m1 - | passe m1 sur le modèle dev
p en node.dev.m2 - | put m2 on the dev tasks model
p fr node.dev.m2 - | bascule m2 sur le modèle de dev
p en node.dev.m3 - | m3 over to the dev model please
p fr node.dev.m3 - | mets m3 sur le modèle dev
p en trading.status - | how's the trading going, what's my balance
p en trading.status - | trading status
p en trading.status - | are we in paper or live mode right now
p fr trading.status - | c'est quoi le statut du trading ?
p fr trading.status - | où en est le trading, mon solde, les limites
p fr trading.status - | état du trading
a fr trading.status - | statut du tradding
p en trading.positions - | what positions do I have open
p en trading.positions - | show me my open positions
p en trading.positions - | am I in any trades right now?
p en trading.positions - | positions
p fr trading.positions - | montre mes positions ouvertes
p fr trading.positions - | j'ai quoi comme positions en cours ?
p fr trading.positions - | affiche les positions avec le PnL
a fr trading.positions - | mes position ouverte
c en trading.positions - | list my open positions
p en trading.signals - | any signals pending?
p en trading.signals - | what signals have we got
p fr trading.signals - | y a des signaux en attente ?
p fr trading.signals - | montre-moi les signaux
p fr trading.signals - | liste les signaux en attente
c en trading.signals - | show me the pending signals
p en trading.signals_min score=70 | only the signals above seventy
p en trading.signals_min score=80 | show me signals scoring over 80
p en trading.signals_min score=60 | signals over sixty please
p fr trading.signals_min score=75 | montre les signaux au-dessus de 75
p fr trading.signals_min score=70 | affiche les signaux de plus de septante
p fr trading.signals_min score=90 | juste les signaux avec un score de plus de quatre-vingt-dix
p fr trading.signals_min score=80 | liste les signaux qui ont plus de huitante
a en trading.signals_min score=65 | show the signals above 65.
c en trading.signals_min score=50 | list the signals above 50
p en trading.resume - | resume trading
p en trading.resume - | the drawdown's cleared, restart the trading
p fr trading.resume - | relance le trading
p fr trading.resume - | reprends le trading, c'est bon maintenant
c fr trading.resume - | reprends le trading
p en trading.scan - | scan the market now
p en trading.scan - | don't wait for the loop, do a scan
p en trading.scan - | run a market scan
p fr trading.scan - | lance un scan du marché
p fr trading.scan - | fais un scan maintenant
p fr trading.scan - | scanne les paires tout de suite
p en trading.analyse.btc - | what do you think of bitcoin, analyse it
p en trading.analyse.btc - | analyze btc
p fr trading.analyse.btc - | analyse le bitcoin
p fr trading.analyse.btc - | fais-moi une analyse de btc
a fr trading.analyse.btc - | analyse le bit coin
p en trading.analyse.eth - | run an analysis on ethereum
p fr trading.analyse.eth - | analyse eth
p fr trading.analyse.eth - | tu peux analyser l'ether ?
p en trading.analyse.sol - | analyse solana for me
p fr trading.analyse.sol - | analyse sol
p en trading.analyse.sui - | analyze sui
p fr trading.analyse.sui - | analyse sui
p en trading.analyse.pepe - | give me an analysis of pepe
p fr trading.analyse.pepe - | analyse pepe
p en trading.analyse.doge - | analyse dogecoin
p fr trading.analyse.doge - | analyse le doge
a en trading.analyse.doge - | analyse doge coin
p en trading.analyse.xrp - | analyze ripple
p fr trading.analyse.xrp - | analyse xrp
p en trading.analyse.ada - | analyse cardano
p fr trading.analyse.ada - | analyse ada
p en trading.analyse.avax - | analyse avax
p fr trading.analyse.avax - | analyse avalanche
p en trading.analyse.link - | analyse chainlink
p fr trading.analyse.link - | analyse link
p en trading.close.btc - | close my bitcoin position
p en trading.close.btc - | get me out of the btc trade
p fr trading.close.btc - | ferme ma position bitcoin
p fr trading.close.btc - | coupe la position btc
p en trading.close.eth - | close the eth position
p fr trading.close.eth - | ferme la position ether
p en trading.close.sol - | close solana
p fr trading.close.sol - | ferme ma position solana
p en trading.close.sui - | close out of my sui position
p fr trading.close.sui - | ferme la position sui
p en trading.close.pepe - | close the pepe position now
p fr trading.close.pepe - | ferme pepe, la position
p en trading.close.doge - | close my doge position
p fr trading.close.doge - | ferme la position dogecoin
p en trading.close.xrp - | exit the ripple position
p fr trading.close.xrp - | ferme ma position xrp
p en trading.close.ada - | close my cardano position
p fr trading.close.ada - | ferme la position ada
p en trading.close.avax - | close the avalanche position
p fr trading.close.avax - | ferme ma position avax
p en trading.close.link - | close the link position
p fr trading.close.link - | ferme la position chainlink
a fr trading.close.link - | ferme la position chaine link
p en trading.chart.btc - | pull up the bitcoin chart
p fr trading.chart.btc - | ouvre le graphique du bitcoin
p en trading.chart.eth - | show me the eth chart
p fr trading.chart.eth - | montre le graphe d'ethereum
p en trading.chart.sol - | solana chart
p fr trading.chart.sol - | ouvre le chart de solana
p en trading.chart.sui - | open the sui chart
p fr trading.chart.sui - | affiche le graphique sui
p en trading.chart.pepe - | let me see the pepe chart
p fr trading.chart.pepe - | ouvre le graphique pepe
p en trading.chart.doge - | open the doge chart
p fr trading.chart.doge - | montre le graphique du dogecoin
p en trading.chart.xrp - | bring up the xrp chart
p fr trading.chart.xrp - | ouvre le graphique de ripple
p en trading.chart.ada - | cardano chart please
p fr trading.chart.ada - | ouvre le graphique ada
p en trading.chart.avax - | show the avax chart
p fr trading.chart.avax - | affiche le graphique avalanche
p en trading.chart.link - | open the chainlink chart
p fr trading.chart.link - | ouvre le graphique link
a en trading.chart.eth - | open the ethereum chard
c en trading.chart.btc - | open the btc chart
c en trading.close.eth - | close my ethereum position
c en trading.analyse.sol - | analyze solana
p en brain.status - | what have you learned about me so far
p en brain.status - | brain status
p en brain.status - | what does the brain know
p fr brain.status - | qu'est-ce que tu as appris jusqu'ici ?
p fr brain.status - | état du cerveau
p fr brain.status - | montre ce que le brain a appris
p en brain.analyse - | look for patterns in what I do
p en brain.analyse - | analyse my habits
p en brain.analyse - | can you go through my action history and find patterns
p fr brain.analyse - | analyse mes habitudes
p fr brain.analyse - | cherche des patterns dans mon historique d'actions
p fr brain.analyse - | analyse l'historique de mes actions
c en brain.analyse - | analyze my usage
p en brain.suggest - | suggest some new skills
p en brain.suggest - | any skills you'd recommend I create?
p en brain.suggest - | based on my patterns, what skills should I make
p fr brain.suggest - | propose-moi de nouvelles skills
p fr brain.suggest - | suggère des compétences
p fr brain.suggest - | t'as des idées de skills à créer ?
p en skills.list - | what skills do I have
p en skills.list - | show my skills
p en skills.list - | skills
p fr skills.list - | liste mes skills
p fr skills.list - | c'est quoi mes compétences ?
p fr skills.list - | montre toutes mes skills
a fr skills.list - | liste mes skill
c en skills.list - | list all my skills
p en skills.suggest_actions - | what should I do now?
p en skills.suggest_actions - | any suggestions for what I could do next
p en skills.suggest_actions - | what would you suggest
p fr skills.suggest_actions - | qu'est-ce que tu me conseilles de faire maintenant ?
p fr skills.suggest_actions - | tu suggères quoi là ?
p fr skills.suggest_actions - | j'fais quoi maintenant, une idée ?
p en skills.history - | what did I run last
p en skills.history - | command history
p en skills.history - | show me the last actions you ran
p fr skills.history - | historique des actions
p fr skills.history - | c'est quoi les dernières commandes lancées ?
p fr skills.history - | montre l'historique des commandes
p en skills.run skill=morning routine | run my morning routine skill
p en skills.run skill=deploy | kick off the deploy skill
p en skills.run skill=backup | launch the backup skill please
p en skills.run skill=end of day | start my end of day skill
p fr skills.run skill=routine du matin | lance ma skill routine du matin
p fr skills.run skill=sauvegarde | exécute la compétence sauvegarde
p fr skills.run skill=mode trading | lance la skill mode trading
a fr skills.run skill=nettoyage | lance la skil nettoyage
c en skills.run skill=focus | run the skill focus
p en app.open.firefox - | can you fire up firefox for me
p fr app.open.firefox - | ouvre-moi firefox
a en app.open.firefox - | open fire fox
p en app.close.firefox - | I'm done browsing, close firefox
c fr app.close.firefox - | ferme firefox
p en app.kill.firefox - | firefox froze again, force quit it
p fr app.kill.firefox - | firefox est planté, tue-le
p en window.focus.firefox - | back to firefox
p fr window.focus.firefox - | repasse sur firefox
c en window.minimize.firefox - | hide firefox
c fr window.minimize.firefox - | réduis firefox
p en window.maximize.firefox - | make firefox full size
c fr window.maximize.firefox - | agrandis firefox
c en app.open.chrome - | open chrome
c fr app.open.chrome - | lance google chrome
a fr app.open.chrome - | lance crome
c en app.close.chrome - | quit chrome please
p fr app.close.chrome - | ferme chrome, il bouffe toute la ram
p en app.kill.chrome - | chrome's stuck, kill it
c fr app.kill.chrome - | tue chrome
c en window.focus.chrome - | switch to chrome
p fr window.focus.chrome - | va sur chrome
c en window.minimize.chrome - | minimize chrome
c fr window.minimize.chrome - | cache chrome
c en window.maximize.chrome - | maximize chrome
p fr window.maximize.chrome - | mets chrome en grand
c en app.open.edge - | open edge
c fr app.open.edge - | ouvre microsoft edge
c en app.close.edge - | close edge
c fr app.close.edge - | ferme edge
c en app.kill.edge - | force close edge
c en window.focus.edge - | go to edge
c fr window.minimize.edge - | réduis edge
c en window.maximize.edge - | enlarge edge
c en app.open.brave - | start brave
c fr app.open.brave - | lance brave
c en app.close.brave - | close brave
c fr app.kill.brave - | tue brave
c en window.focus.brave - | bring up brave
p fr window.focus.brave - | bascule sur brave
c en window.minimize.brave - | shrink brave
c fr window.maximize.brave - | agrandis brave
p en app.open.vscode - | I need to code, open vs code
c fr app.open.vscode - | lance vscode
a en app.open.vscode - | open v s code
c en app.close.vscode - | close visual studio code
c fr app.close.vscode - | ferme vs code
p en app.kill.vscode - | vscode is frozen, kill it
c fr app.kill.vscode - | tue vs code
p en window.focus.vscode - | jump back to vs code
p fr window.focus.vscode - | reviens sur vs code
c en window.minimize.vscode - | minimize vs code
c fr window.maximize.vscode - | agrandis vs code
c en app.open.terminal - | open a terminal
p en app.open.terminal - | I need a shell, open the terminal
c fr app.open.terminal - | ouvre un terminal
c fr app.open.terminal - | ouvre la console
c en app.close.terminal - | close the terminal
c fr app.close.terminal - | ferme le terminal
c en app.kill.terminal - | kill the terminal
c fr app.kill.terminal - | tue le terminal
p en window.focus.terminal - | go back to the terminal
p fr window.focus.terminal - | retourne sur le terminal
c en window.minimize.terminal - | hide the terminal
c fr window.maximize.terminal - | agrandis le terminal
c en app.open.files - | open the file explorer
c fr app.open.files - | ouvre l'explorateur de fichiers
p fr app.open.files - | lance le gestionnaire de fichiers
c en app.close.files - | close the file manager
c fr app.close.files - | ferme l'explorateur
c en app.kill.files - | kill the file explorer
p en window.focus.files - | switch to the file manager
p fr window.focus.files - | remets l'explorateur devant
c fr window.minimize.files - | réduis l'explorateur de fichiers
c en window.maximize.files - | maximize the file browser
p en app.open.calculator - | I need to do some math, open the calculator
c fr app.open.calculator - | ouvre la calculatrice
p fr app.open.calculator - | sors-moi la calculette
c en app.close.calculator - | close the calculator
c fr app.close.calculator - | ferme la calculatrice
c en app.kill.calculator - | kill the calculator
p en window.focus.calculator - | back to the calculator
p fr window.focus.calculator - | va sur la calculatrice
c en window.minimize.calculator - | hide the calculator
c fr window.maximize.calculator - | agrandis la calculatrice
c en app.open.editor - | open notepad
c fr app.open.editor - | ouvre le bloc-notes
p en app.open.editor - | I want to jot something down, open the text editor
c en app.close.editor - | close notepad
c fr app.close.editor - | ferme le bloc-notes
c fr app.kill.editor - | tue le bloc-notes
p en window.focus.editor - | switch to the text editor
c en window.minimize.editor - | minimize notepad
c fr window.maximize.editor - | agrandis le bloc-notes
p en app.open.spotify - | put on spotify
c en app.open.spotify - | open spotify
c fr app.open.spotify - | lance spotify
a fr app.open.spotify - | lance spotifaille
c en app.close.spotify - | close spotify
p fr app.close.spotify - | quitte spotify
p en app.kill.spotify - | spotify's not responding, kill it
c en window.focus.spotify - | go to spotify
p fr window.focus.spotify - | affiche spotify
c en window.minimize.spotify - | minimize spotify
c fr window.maximize.spotify - | agrandis spotify
c en app.open.vlc - | open vlc
c fr app.open.vlc - | lance vlc
c en app.close.vlc - | close vlc
c fr app.kill.vlc - | tue vlc
c en window.focus.vlc - | switch to vlc
c fr window.minimize.vlc - | réduis vlc
c en window.maximize.vlc - | maximize vlc
c en app.open.discord - | open discord
c fr app.open.discord - | lance discord
c en app.close.discord - | close discord
c fr app.close.discord - | ferme discord
c en app.kill.discord - | force quit discord
p fr window.focus.discord - | va sur discord
c en window.minimize.discord - | hide discord
c fr window.maximize.discord - | agrandis discord
p en app.open.slack - | open slack, I have a standup
c fr app.open.slack - | ouvre slack
c en app.close.slack - | quit slack
c fr app.close.slack - | ferme slack
c en app.kill.slack - | kill slack
p en window.focus.slack - | switch over to slack
p fr window.focus.slack - | passe sur slack
c fr window.minimize.slack - | cache slack
c en window.maximize.slack - | maximize slack
c en app.open.telegram - | open telegram
c fr app.open.telegram - | ouvre télégramme
c en app.close.telegram - | close telegram
c fr app.kill.telegram - | tue telegram
c en window.focus.telegram - | go to telegram
c fr window.minimize.telegram - | réduis telegram
c en window.maximize.telegram - | maximize telegram
c en app.open.thunderbird - | open thunderbird
p fr app.open.thunderbird - | lance thunderbird pour mes mails
c en app.close.thunderbird - | close thunderbird
c en app.kill.thunderbird - | kill thunderbird
p fr window.focus.thunderbird - | va sur thunderbird
c en window.minimize.thunderbird - | minimize thunderbird
c fr window.maximize.thunderbird - | agrandis thunderbird
c en app.open.outlook - | open outlook
c fr app.open.outlook - | ouvre outlook
c en app.close.outlook - | close outlook
c fr app.kill.outlook - | tue outlook
c en window.focus.outlook - | switch to outlook
c fr window.minimize.outlook - | réduis outlook
c en window.maximize.outlook - | maximize outlook
p en app.open.teams - | open teams, meeting in two minutes
c fr app.open.teams - | lance teams
c en app.close.teams - | close teams
c fr app.close.teams - | ferme teams
c en app.kill.teams - | kill teams
p fr window.focus.teams - | va sur teams
c en window.minimize.teams - | minimize teams
c fr window.maximize.teams - | agrandis teams
c en app.open.word - | open word
c fr app.open.word - | ouvre word
c en app.close.word - | close word
c fr app.kill.word - | tue word
c en window.focus.word - | go to word
c fr window.minimize.word - | réduis word
c en window.maximize.word - | maximize word
c en app.open.excel - | open excel
c fr app.open.excel - | lance excel
c en app.close.excel - | close excel
c fr app.close.excel - | ferme excel
c en app.kill.excel - | kill excel
p fr window.focus.excel - | va sur excel
c en window.minimize.excel - | minimize excel
c fr window.maximize.excel - | agrandis excel
c en app.open.powerpoint - | open powerpoint
c fr app.open.powerpoint - | ouvre powerpoint
c en app.close.powerpoint - | close powerpoint
c fr app.kill.powerpoint - | tue powerpoint
c en window.focus.powerpoint - | switch to powerpoint
c fr window.minimize.powerpoint - | réduis powerpoint
c en window.maximize.powerpoint - | maximize powerpoint
a en app.open.powerpoint - | open power point
c en app.open.libreoffice - | open libre office
c fr app.open.libreoffice - | lance libreoffice
c en app.close.libreoffice - | close libre office
c fr app.kill.libreoffice - | tue libre office
c en window.focus.libreoffice - | go to libre office
c fr window.minimize.libreoffice - | réduis libre office
c en window.maximize.libreoffice - | maximize libre office
c en app.open.gimp - | open gimp
c fr app.open.gimp - | lance gimp
c en app.close.gimp - | close gimp
c fr app.kill.gimp - | tue gimp
c en window.focus.gimp - | switch to gimp
c fr window.minimize.gimp - | réduis gimp
c en window.maximize.gimp - | maximize gimp
p en app.open.obs - | open obs, I'm going to record
c fr app.open.obs - | lance obs studio
c en app.close.obs - | close obs
c fr app.kill.obs - | tue obs
c en window.focus.obs - | go to obs
c fr window.minimize.obs - | réduis obs
c en window.maximize.obs - | maximize obs studio
c en app.open.steam - | open steam
c fr app.open.steam - | lance steam
c en app.close.steam - | close steam
c fr app.kill.steam - | tue steam
c en window.focus.steam - | switch to steam
c fr window.minimize.steam - | cache steam
c en window.maximize.steam - | maximize steam
c en app.open.lmstudio - | open lm studio
c fr app.open.lmstudio - | lance lm studio
a en app.open.lmstudio - | open elem studio
a fr app.open.lmstudio - | lance l m studio
c en app.close.lmstudio - | close lm studio
c fr app.kill.lmstudio - | tue lm studio
c en window.focus.lmstudio - | switch to lm studio
c fr window.minimize.lmstudio - | réduis lm studio
c en window.maximize.lmstudio - | maximize lm studio
p en app.open.taskmanager - | the computer is slow, open the task manager
p fr app.open.taskmanager - | ouvre le gestionnaire des tâches
c en app.open.taskmanager - | open the system monitor
c en app.close.taskmanager - | close the task manager
p fr app.kill.taskmanager - | tue le gestionnaire des tâches
p en window.focus.taskmanager - | go to the task manager
p fr window.minimize.taskmanager - | réduis le gestionnaire des tâches
c en window.maximize.taskmanager - | maximize the system monitor
c en app.open.settings - | open the settings
c fr app.open.settings - | ouvre les paramètres
c fr app.open.settings - | ouvre les réglages
c en app.close.settings - | close the settings
c fr app.kill.settings - | tue les paramètres
c en window.focus.settings - | go to the settings
c fr window.minimize.settings - | réduis les paramètres
c en window.maximize.settings - | maximize the settings
c en app.open.blender - | open blender
c fr app.open.blender - | lance blender
c en app.close.blender - | close blender
p fr app.kill.blender - | blender a planté, tue-le
c en window.focus.blender - | switch to blender
c fr window.minimize.blender - | réduis blender
c en window.maximize.blender - | maximize blender
c en app.open.pycharm - | open pycharm
c fr app.open.pycharm - | lance pycharm
a en app.open.pycharm - | open pie charm
c en app.close.pycharm - | close pycharm
c fr app.kill.pycharm - | tue pycharm
p en window.focus.pycharm - | back to pycharm
c fr window.minimize.pycharm - | réduis pycharm
c en window.maximize.pycharm - | maximize pycharm
p en app.open.postman - | open postman, I need to test the api
c fr app.open.postman - | lance postman
c en app.close.postman - | close postman
c fr app.kill.postman - | tue postman
c en window.focus.postman - | switch to postman
c fr window.minimize.postman - | réduis postman
c en window.maximize.postman - | maximize postman
c en app.open.notion - | open notion
c fr app.open.notion - | ouvre notion
c en app.close.notion - | close notion
c fr app.kill.notion - | tue notion
c en window.focus.notion - | go to notion
c fr window.minimize.notion - | réduis notion
c en window.maximize.notion - | maximize notion
p en app.open.obsidian - | open obsidian, I want my notes
c fr app.open.obsidian - | lance obsidian
c en app.close.obsidian - | close obsidian
c fr app.kill.obsidian - | tue obsidian
c en window.focus.obsidian - | switch to obsidian
c fr window.minimize.obsidian - | réduis obsidian
c en window.maximize.obsidian - | maximize obsidian
p en files.open.documents - | open my documents folder
p en files.open.documents - | take me to my documents
p fr files.open.documents - | ouvre le dossier documents
p fr files.open.documents - | va dans mes documents
p en files.list.documents - | what's in my documents folder
p fr files.list.documents - | liste le dossier documents
p fr files.list.documents - | qu'est-ce qu'il y a dans mes documents ?
p en files.open.downloads - | open downloads
p en files.open.downloads - | where did that file go, open my downloads folder
p fr files.open.downloads - | ouvre mes téléchargements
p fr files.open.downloads - | ouvre le dossier des téléchargements
p en files.list.downloads - | list my downloads
p en files.list.downloads - | what did I download, list the downloads folder
p fr files.list.downloads - | liste les téléchargements
a fr files.list.downloads - | liste les telechargement
p en files.open.desktop - | open the desktop folder
p fr files.open.desktop - | ouvre le dossier du bureau
p en files.list.desktop - | what files are on my desktop
p fr files.list.desktop - | liste le dossier bureau
p en files.open.pictures - | open my pictures folder
p fr files.open.pictures - | ouvre le dossier images
p en files.list.pictures - | list the pictures folder
p fr files.list.pictures - | qu'est-ce qu'il y a dans le dossier images
p en files.open.music - | open the music folder
p fr files.open.music - | ouvre mon dossier musique
p en files.list.music - | list my music folder
p fr files.list.music - | liste le dossier musique
p en files.open.videos - | open my videos folder
p fr files.open.videos - | ouvre le dossier vidéos
p en files.list.videos - | what's in the videos folder
p fr files.list.videos - | liste mes vidéos, le dossier
p en files.open.home - | open my home folder
p fr files.open.home - | ouvre mon dossier perso
p fr files.open.home - | emmène-moi dans mon dossier personnel
p en files.list.home - | list my home directory
p fr files.list.home - | liste le dossier personnel
p en files.find.pdf - | where are my pdfs
p en files.find.pdf - | find all my pdf files
p fr files.find.pdf - | trouve mes fichiers pdf
p fr files.find.pdf - | où sont mes PDF ?
a en files.find.pdf - | find my p d f files
p en files.find.photos - | where are all my photos
p fr files.find.photos - | cherche mes photos
p fr files.find.photos - | où sont les photos ?
p en files.find.png - | find the png images
p fr files.find.png - | cherche les fichiers png
p en files.find.python - | find my python files
p en files.find.python - | where are all my .py scripts
p fr files.find.python - | trouve les fichiers python
p en files.find.word - | look for my word documents
p fr files.find.word - | cherche mes documents word
p en files.find.excel - | find my spreadsheets
p fr files.find.excel - | trouve mes fichiers excel
p en files.find.powerpoint - | look for my presentations
p fr files.find.powerpoint - | cherche mes présentations powerpoint
p en files.find.text - | find the text files
p fr files.find.text - | cherche les fichiers texte
p en files.find.csv - | find my csv files
p fr files.find.csv - | trouve les fichiers csv
a fr files.find.csv - | trouve les fichiers c s v
p en files.find.zip - | find my zip files
p fr files.find.zip - | cherche les archives zip
p en files.find.mp3 - | where are my mp3s
p fr files.find.mp3 - | trouve mes fichiers mp3
p en files.find.mp4 - | find mp4 files
p fr files.find.mp4 - | cherche les fichiers mp4
p en files.find.json - | find all the json files
p fr files.find.json - | cherche les fichiers json
a en files.find.json - | find the jason files
p en files.find.markdown - | find my markdown notes
p fr files.find.markdown - | trouve mes fichiers markdown
p en files.delete.screenshot - | delete that screenshot
p en files.delete.screenshot - | get rid of the screenshot I just took
p fr files.delete.screenshot - | supprime la capture d'écran
p fr files.delete.screenshot - | efface la capture
c en files.open.music - | open my music folder
c en files.list.home - | list the home folder
c en files.find.csv - | look for the csv files
p en system.info - | what machine am I on, give me the system info
p en system.info - | tell me about this computer
p fr system.info - | infos système
p fr system.info - | donne-moi les infos de la machine
c en system.info - | system information
p en system.cpu - | how busy is the cpu
p en system.cpu - | cpu load
p en system.cpu - | why is the fan so loud, what's the processor doing
p fr system.cpu - | c'est quoi la charge du processeur ?
p fr system.cpu - | utilisation cpu
a fr system.cpu - | charge du c p u
p en system.memory - | how much ram am I using
p en system.memory - | memory usage
p en system.memory - | how much memory is left on this machine
p fr system.memory - | combien de mémoire reste sur la machine ?
p fr system.memory - | utilisation de la ram
p fr system.memory - | la ram est pleine ?
p en system.disk - | how much disk space do I have left
p en system.disk - | is the disk full?
p fr system.disk - | il reste combien de place sur le disque ?
p fr system.disk - | espace disque
a fr system.disk - | espace disc
p en system.uptime - | how long has the machine been up
p en system.uptime - | uptime
p fr system.uptime - | depuis combien de temps l'ordi tourne ?
p fr system.uptime - | uptime de la machine
p en system.gpu - | what graphics card do I have
p en system.gpu - | gpu info
p fr system.gpu - | j'ai quoi comme carte graphique ?
p fr system.gpu - | c'est quoi mon gpu sur ce pc
p en system.network - | network status
p en system.network - | how much traffic is going through the network
p fr system.network - | état du réseau
p fr system.network - | montre les interfaces réseau
p en system.ip - | what's my ip
p en system.ip - | what is my ip address
p fr system.ip - | c'est quoi mon adresse ip ?
p fr system.ip - | quelle est mon ip
a en system.ip - | what's my i p address
p en system.wifi - | what wifi networks are around
p en system.wifi - | list the wi-fi networks
p fr system.wifi - | quels réseaux wifi sont dispo ?
p fr system.wifi - | liste les réseaux wi-fi
p en system.resolution - | what resolution is the screen
p fr system.resolution - | c'est quoi la résolution de l'écran ?
p fr system.resolution - | résolution d'écran
p en system.screenshot - | take a screenshot
p en system.screenshot - | grab the screen
p en system.screenshot - | screenshot
p fr system.screenshot - | fais une capture d'écran
p fr system.screenshot - | prends une capture
a fr system.screenshot - | fait une capture d'ecran
p en system.lock - | lock the screen, I'm going for coffee
p en system.lock - | lock my computer
p fr system.lock - | verrouille l'écran
p fr system.lock - | verrouille le pc, je reviens
p en system.shutdown - | shut down the computer
p en system.shutdown - | I'm done for the day, turn the pc off
p fr system.shutdown - | éteins l'ordinateur
p fr system.shutdown - | éteins le pc, bonne nuit
p en system.restart - | restart the computer
p en system.restart - | reboot the machine
p fr system.restart - | redémarre le pc
p fr system.restart - | redémarre l'ordi, il rame
p en system.sleep - | put the computer to sleep
p en system.sleep - | make the computer go to sleep
p fr system.sleep - | mets l'ordi en veille
p fr system.sleep - | mets le pc en veille, je vais dormir
p en system.processes - | what's running on this machine
p en system.processes - | list the running processes
p fr system.processes - | liste les processus
p fr system.processes - | qu'est-ce qui tourne sur la machine ?
p en system.services - | list the system services
p fr system.services - | liste les services système
p en system.scheduled - | what scheduled tasks are there
p fr system.scheduled - | montre les tâches planifiées
p en system.clipboard_read - | what's in my clipboard
p en system.clipboard_read - | read me the clipboard
p fr system.clipboard_read - | lis-moi le presse-papier
p fr system.clipboard_read - | qu'est-ce qu'il y a dans le presse-papiers ?
p en system.clipboard_clear - | clear the clipboard
p fr system.clipboard_clear - | vide le presse-papier
p en system.ping_google - | ping google
p fr system.ping_google - | ping google point com
p en system.internet - | is the internet working?
p en system.internet - | check my connection
p en system.internet - | the page won't load, test the internet connection
p fr system.internet - | est-ce que j'ai internet ?
p fr system.internet - | teste la connexion internet
p fr system.internet - | vérifie la connexion
p en service.start.docker - | start docker
p en service.start.docker - | spin up the docker service
p fr service.start.docker - | démarre le service docker
p en service.stop.docker - | stop the docker service
p fr service.stop.docker - | arrête docker, le service
p en service.start.ollama - | start the ollama service
p fr service.start.ollama - | démarre le service ollama
p en service.stop.ollama - | stop the ollama server
p fr service.stop.ollama - | arrête le service ollama
a en service.stop.ollama - | stop the olama service
p en service.start.ssh - | start ssh
p fr service.start.ssh - | démarre le service ssh
p en service.stop.ssh - | stop the ssh server
p fr service.stop.ssh - | arrête le service ssh
p en service.start.bluetooth - | turn on bluetooth
p fr service.start.bluetooth - | démarre le bluetooth
p en service.stop.bluetooth - | stop the bluetooth service
p fr service.stop.bluetooth - | coupe le bluetooth
p en service.start.nginx - | start nginx
p fr service.start.nginx - | démarre le service nginx
a en service.start.nginx - | start engine x
p en service.stop.nginx - | stop nginx
p fr service.stop.nginx - | arrête nginx
p en service.start.printing - | start the print service, I need to print
p fr service.start.printing - | démarre le service d'impression
p en service.stop.printing - | stop the printer service
p fr service.stop.printing - | arrête le service d'impression
p en web.open.youtube - | put youtube on
p en web.open.youtube - | take me to youtube
p fr web.open.youtube - | ouvre youtube
p fr web.open.youtube - | va sur youtube
a fr web.open.youtube - | ouvre you tube
p en web.open.google - | go to google
p fr web.open.google - | ouvre google
p en web.open.gmail - | check my gmail
p en web.open.gmail - | open gmail
p fr web.open.gmail - | ouvre gmail
p fr web.open.gmail - | va sur ma boîte gmail
p en web.open.github - | open github
p fr web.open.github - | va sur github
a en web.open.github - | open git hub
p en web.open.chatgpt - | open chatgpt
p fr web.open.chatgpt - | ouvre chat gpt
p en web.open.claude - | open claude
p fr web.open.claude - | va sur claude
p en web.open.wikipedia - | open wikipedia
p fr web.open.wikipedia - | ouvre wikipédia
p en web.open.netflix - | put netflix on, I'm done working
p fr web.open.netflix - | ouvre netflix
p en web.open.twitch - | go to twitch
p fr web.open.twitch - | ouvre twitch
p en web.open.twitter - | open twitter
p fr web.open.twitter - | ouvre twitter
p en web.open.reddit - | take me to reddit
p fr web.open.reddit - | ouvre reddit
p en web.open.linkedin - | open linkedin
p fr web.open.linkedin - | va sur linkedin
p en web.open.amazon - | open amazon
p fr web.open.amazon - | ouvre amazon
p en web.open.maps - | open google maps
p fr web.open.maps - | ouvre google maps
p en web.open.drive - | open my google drive
p fr web.open.drive - | ouvre google drive
p en web.open.stackoverflow - | open stack overflow
p fr web.open.stackoverflow - | va sur stack overflow
p en web.open.huggingface - | go to hugging face
p fr web.open.huggingface - | ouvre hugging face
a en web.open.huggingface - | open hugging fae
p en web.open.tradingview - | open tradingview
p fr web.open.tradingview - | ouvre trading view
p en web.open.mexc - | open mexc
p fr web.open.mexc - | va sur mexc
p en web.open.binance - | open binance
p fr web.open.binance - | ouvre binance
p en web.open.coingecko - | open coingecko
p fr web.open.coingecko - | ouvre coin gecko
p en web.open.coinmarketcap - | open coinmarketcap
p fr web.open.coinmarketcap - | va sur coin market cap
p en web.open.deepl - | open deepl
p fr web.open.deepl - | ouvre deepl
p en web.open.translate - | open google translate
p fr web.open.translate - | ouvre google traduction
p en web.open.whatsapp - | open whatsapp web
p fr web.open.whatsapp - | ouvre whatsapp
p en web.open.facebook - | open facebook
p fr web.open.facebook - | va sur facebook
p en web.open.instagram - | open instagram
p fr web.open.instagram - | ouvre insta
p en web.open.ollama - | open the ollama library website
p fr web.open.ollama - | ouvre la bibliothèque de modèles ollama
p en web.search query=cheap flights to lisbon | search the web for cheap flights to lisbon
p en web.search query=python asyncio timeout | google python asyncio timeout
p en web.search query=the weather in lyon tomorrow | look up online the weather in lyon tomorrow
p fr web.search query=recette de la tarte tatin | cherche sur internet recette de la tarte tatin
p fr web.search query=horaires du train pour genève | fais une recherche web sur horaires du train pour genève
p fr web.search query=prix d'une rtx 5090 | cherche sur google prix d'une rtx 5090
a en web.search query=rust borrow checker | search google for rust borrow checker.
c en web.search query=textual css grid | search the internet for textual css grid
p en window.close - | close this window
p en window.close - | get rid of this window
p fr window.close - | ferme cette fenêtre
p fr window.close - | fais un alt f4
p fr window.close - | ferme-moi cette fenêtre
p en window.next - | next window
p en window.next - | switch to the next window
p fr window.next - | fenêtre suivante
p fr window.next - | passe à la fenêtre suivante
p en window.desktop - | show the desktop
p en window.desktop - | hide everything, show me the desktop
p fr window.desktop - | affiche le bureau
p fr window.desktop - | réduis tout
p en window.fullscreen - | full screen
p en window.fullscreen - | make it full screen
p fr window.fullscreen - | plein écran
p fr window.fullscreen - | mets en plein écran
p en window.list - | what windows are open
p en window.list - | list the open windows
p fr window.list - | liste les fenêtres ouvertes
p fr window.list - | quelles fenêtres sont ouvertes ?
p en window.minimize - | minimize this window
p en window.minimize - | hide this window
p fr window.minimize - | réduis cette fenêtre
p fr window.minimize - | mets la fenêtre dans la barre des tâches
p en window.maximize - | maximize this window
p en window.maximize - | blow this window up
p fr window.maximize - | agrandis la fenêtre
p fr window.maximize - | mets cette fenêtre en grand
p en browser.new_tab - | new tab
p en browser.new_tab - | open a new tab
p fr browser.new_tab - | nouvel onglet
p fr browser.new_tab - | ouvre un nouvel onglet
p en browser.close_tab - | close this tab
p en browser.close_tab - | close the tab
p fr browser.close_tab - | ferme l'onglet
p fr browser.close_tab - | ferme cet onglet
p en browser.next_tab - | next tab
p fr browser.next_tab - | onglet suivant
p en browser.previous_tab - | previous tab
p en browser.previous_tab - | go to the tab before
p fr browser.previous_tab - | onglet précédent
p en browser.reopen_tab - | reopen the tab I just closed
p en browser.reopen_tab - | oops, bring back that tab
p fr browser.reopen_tab - | rouvre le dernier onglet fermé
p fr browser.reopen_tab - | rouvre l'onglet
p en browser.new_window - | open a new browser window
p fr browser.new_window - | nouvelle fenêtre
p en browser.refresh - | refresh the page
p en browser.refresh - | reload
p fr browser.refresh - | actualise la page
p fr browser.refresh - | recharge la page
p en browser.back - | go back a page
p en browser.back - | back one page
p fr browser.back - | page précédente
p fr browser.back - | reviens à la page d'avant
p en browser.forward - | go forward
p en browser.forward - | forward a page
p fr browser.forward - | avance d'une page dans le navigateur
p en browser.find - | find on this page
p fr browser.find - | cherche dans la page
p fr browser.find - | fais un contrôle f
p en browser.zoom_in - | zoom in a bit, I can't read this
p en browser.zoom_in - | zoom in
p fr browser.zoom_in - | zoome un peu sur la page
p fr browser.zoom_in - | agrandis le texte de la page
p en browser.zoom_out - | zoom out
p en browser.zoom_out - | zoom out a bit
p fr browser.zoom_out - | dézoome la page
p en browser.zoom_reset - | reset the zoom
p fr browser.zoom_reset - | remets le zoom à cent pour cent
p fr browser.zoom_reset - | réinitialise le zoom
p en edit.copy - | copy that
p en edit.copy - | copy
p fr edit.copy - | copie ça
p fr edit.copy - | copie la sélection
p en edit.paste - | paste it here
p en edit.paste - | paste
p fr edit.paste - | colle
p fr edit.paste - | colle ça ici
p en edit.cut - | cut that
p fr edit.cut - | coupe la sélection
p en edit.undo - | undo
p en edit.undo - | undo that, I messed up
p fr edit.undo - | annule la dernière modif
p fr edit.undo - | fais un contrôle z
p en edit.redo - | redo
p en edit.redo - | redo what I just undid
p fr edit.redo - | rétablis la modification
p en edit.select_all - | select all
p en edit.select_all - | highlight everything
p fr edit.select_all - | sélectionne tout
p en edit.save - | save
p en edit.save - | save my work
p en edit.save - | quick, save the file
p fr edit.save - | sauvegarde
p fr edit.save - | enregistre le fichier
p fr edit.save - | enregistre
p en edit.print - | print this page
p en edit.print - | print the document
p fr edit.print - | imprime le document
p en key.enter - | press enter
p en key.enter - | hit return
p fr key.enter - | appuie sur entrée
p fr key.enter - | pèse sur entrée
p en key.escape - | hit escape
p fr key.escape - | appuie sur échap
p en key.page_down - | scroll down
p en key.page_down - | scroll down a bit
p fr key.page_down - | descends un peu la page
p fr key.page_down - | scrolle vers le bas
p en key.page_up - | scroll up
p fr key.page_up - | remonte un peu
p en key.top - | back to the top
p en key.top - | go all the way up to the top of the page
p fr key.top - | remonte tout en haut
p fr key.top - | retourne en haut de la page
p en key.bottom - | jump to the bottom
p en key.bottom - | take me to the end of the page
p fr key.bottom - | va tout en bas
p fr key.bottom - | descends à la fin de la page
p en keyboard.type text=I'll be there in ten minutes | type the following message I'll be there in ten minutes
p en keyboard.type text=thanks for the update | type this text thanks for the update
p fr keyboard.type text=bonjour à tous | écris le texte suivant bonjour à tous
p fr keyboard.type text=je suis en réunion, je te rappelle | tape le message suivant je suis en réunion, je te rappelle
m fr - - | tape le message suivant
o en - - | what's the volume of a sphere with radius three
o en - - | explain how a GPU works
o fr - - | explique-moi comment fonctionne un GPU
o fr - - | écris une fonction qui ouvre un fichier
o en - - | what does zoom mean in photography
o fr - - | le cluster de galaxies le plus proche, c'est lequel ?
o en - - | write a python function that closes a socket cleanly
o en - - | why does my model keep running out of memory during training
o fr - - | pourquoi mon modèle manque de mémoire pendant l'entraînement ?
o en - - | hey Marc, did you push the fix for the login page
o fr - - | Julie, t'as vu le mail du client ?
o en - - | hmm, where did I put that config
o fr - - | bon, qu'est-ce que je voulais faire déjà
o en - - | so the thing is, the tests pass locally but not in CI
o fr - - | attends, je réfléchis
o en - - | ok let me think about this for a second
o en - - | which model on the cluster is best for writing SQL?
o fr - - | quel modèle du cluster est le meilleur pour du code rust ?
o en - - | why is M2 slower than M1 on long prompts
o fr - - | pourquoi m3 est plus lent que m1 sur les longs prompts ?
o en - - | should I buy more bitcoin now or wait
o fr - - | tu penses que l'ether va monter cette semaine ?
o en - - | explain what a stop loss is
o fr - - | c'est quoi la différence entre un long et un short ?
o en - - | what's the history of the volume knob
o fr - - | raconte-moi l'histoire de Firefox
o en - - | how do I open a file in python
o fr - - | comment on ouvre un fichier en C ?
o en - - | refactor this function to use async
o fr - - | refactorise la classe NodePool pour qu'elle soit plus lisible
o en - - | write unit tests for the trading service
o fr - - | écris des tests pour le parseur de config
o en - - | summarize the last meeting notes
o fr - - | résume-moi cet article sur les transformers
o en - - | translate this paragraph into spanish
o fr - - | traduis ce texte en anglais
o en - - | what's the capital of Australia
o fr - - | quelle est la capitale du Canada ?
o en - - | tell me a joke
o fr - - | raconte-moi une blague
o en - - | how are you today, Jarvis?
o fr - - | ça va Jarvis ?
o en - - | good morning
o fr - - | bonjour
o fr - - | salut, bien dormi ?
o en - - | thanks, that's all
o fr - - | merci, c'est tout
o fr - - | merci beaucoup
m en - - | never mind
m fr - - | rien, laisse
o en - - | the windows in my flat need cleaning
o fr - - | il faut que je nettoie les fenêtres de l'appart
o en - - | I closed the deal with the client yesterday
o fr - - | j'ai fermé le dossier du client hier
o en - - | the music at the party was too loud
o fr - - | la musique chez les voisins est trop forte, c'est insupportable
o en - - | my mother's volume of poetry just got published
o fr - - | le volume deux de cette série est sorti
o en - - | the terminal at the airport was packed
o fr - - | le terminal 2 de Roissy est fermé
o en - - | I need to open a bank account
o fr - - | il faut que j'ouvre un compte en banque
o en - - | how do I kill a zombie process in linux
o fr - - | comment tuer un processus zombie sous linux ?
o en - - | what does the kill switch in trading do
o fr - - | à quoi sert le kill switch du trading ?
o en - - | how do I restart a docker container with a new env variable
o fr - - | comment on redémarre un conteneur docker avec une autre variable ?
o en - - | what's the difference between ollama and lm studio
o fr - - | c'est quoi la différence entre ollama et lm studio ?
o en - - | write a bash script that lists the processes using the most memory
o fr - - | écris un script qui liste les processus qui prennent le plus de mémoire
o en - - | how much VRAM do I need to run a 70b model
o fr - - | combien de VRAM faut-il pour faire tourner un modèle 70b ?
o en - - | can a 4090 run qwen 30b at full precision
o fr - - | est-ce qu'une 4090 peut faire tourner qwen 30b en fp16 ?
o en - - | what's a good temperature for a GPU under load
o fr - - | c'est quoi une bonne température pour un GPU en charge ?
o en - - | why do GPUs get hot
o fr - - | pourquoi les cartes graphiques chauffent autant ?
o en - - | compare devstral and qwen coder for refactoring
o fr - - | compare devstral et qwen coder pour du refactoring
o en - - | draft an email to the landlord about the heating
o fr - - | rédige un mail au proprio pour le chauffage
o en - - | what's on my calendar tomorrow
o fr - - | j'ai quoi demain dans mon agenda ?
o en - - | remind me to call mom at six
o fr - - | rappelle-moi d'appeler maman à dix-huit heures
o en - - | set a timer for ten minutes
o fr - - | mets un minuteur de dix minutes
o en - - | what's the weather like
o fr - - | quel temps il fait dehors ?
o en - - | order a pizza
o fr - - | commande une pizza
o en - - | turn on the lights in the living room
o fr - - | allume la lumière du salon
o en - - | play some jazz
o fr - - | mets du jazz
o en - - | play the new album by Daft Punk
o fr - - | joue le dernier album de Stromae
o en - - | call Paul
o fr - - | appelle Sophie
o en - - | send a message to the team saying I'm late
o fr - - | envoie un message à Léa pour lui dire que j'arrive
o en - - | book a meeting room for three o'clock
o fr - - | réserve une salle pour quinze heures
o en - - | what's seventeen times twenty-three
o fr - - | combien font douze fois quatorze ?
o en - - | convert 50 dollars to euros
o fr - - | convertis cent francs suisses en euros
o en - - | what time is it in Tokyo
o fr - - | quelle heure il est à Montréal ?
o en - - | is the market open on Sunday
o fr - - | le marché crypto ferme le week-end ?
o en - - | why did bitcoin drop last night
o fr - - | pourquoi le bitcoin a chuté hier soir ?
o en - - | write me a trading strategy for sol with RSI
o fr - - | écris une stratégie de trading sur sol avec le RSI
o en - - | backtest the breakout strategy on the last six months
o fr - - | fais un backtest de la stratégie breakout sur six mois
o en - - | explain the drawdown rule in the config
o fr - - | explique-moi la règle de drawdown dans la config
o en - - | what's my biggest loss this month and why
o fr - - | c'est quoi ma plus grosse perte ce mois-ci et pourquoi ?
o en - - | is pepe a scam
o fr - - | le pepe c'est une arnaque ?
o en - - | how does a transformer attention layer work
o fr - - | comment marche l'attention dans un transformer ?
o en - - | fix the bug in the voice matcher
o fr - - | corrige le bug dans le matcher vocal
o en - - | add a --json flag to the bench command
o fr - - | ajoute un flag --json à la commande bench
o en - - | why is the heat map showing grey for M3
o fr - - | pourquoi la heat map est grise pour m3 ?
o en - - | what does the plan pane show exactly
o fr - - | à quoi sert le panneau des streams ?
o en - - | how do I add a new node to the cluster config
o fr - - | comment j'ajoute un nœud dans la config du cluster ?
o en - - | explain what commander mode does
o fr - - | c'est quoi la différence entre le mode commander et le mode ollama ?
o en - - | how do I create a new skill
o fr - - | comment je crée une nouvelle skill ?
o en - - | what is a skill in jarvis anyway
o fr - - | c'est quoi un raccourci clavier pour copier sur mac ?
o en - - | what's the keyboard shortcut to paste on linux
o fr - - | quel est le raccourci pour annuler dans vim ?
o en - - | how do I undo a git commit
o fr - - | comment annuler un commit git ?
o en - - | how do I screenshot on a mac
o fr - - | comment on fait une capture d'écran sur iphone ?
o en - - | my phone's screen is cracked
o fr - - | l'écran de mon téléphone est fissuré
o en - - | the print in this book is tiny
o fr - - | j'ai imprimé le rapport ce matin
o en - - | I saved a lot of money this year
o fr - - | j'ai sauvé le chat du voisin hier
o en - - | my cat keeps walking on the keyboard
o fr - - | mon chat marche sur le clavier
o en - - | the tab at the bar was huge
o fr - - | il a laissé une note salée au resto
o en - - | next time remind me to eat before the meeting
o fr - - | la prochaine fois je prends le train
o en - - | previously on Game of Thrones
o fr - - | la chanson d'avant était meilleure honnêtement
o en - - | that song was amazing
o fr - - | j'adore cette chanson
o en - - | who sings this?
o fr - - | c'est qui qui chante ?
o en - - | stop talking like a robot
o fr - - | arrête de me couper la parole
o en - - | no I was talking to my wife
o fr - - | non je parlais à ma collègue
o en - - | sorry, not you Jarvis
o fr - - | pas toi Jarvis, je parlais au téléphone
o en - - | yeah yeah I'll be there in five
o fr - - | ouais ouais j'arrive
o en - - | uh
o fr - - | euh
o en - - | hmm
o fr - - | bon ben voilà
o en - - | right so where was I
o fr - - | alors, qu'est-ce qu'on disait
o en - - | can you hear me?
o fr - - | tu m'entends ?
o en - - | are you listening to everything I say?
o fr - - | est-ce que tu enregistres tout ce que je dis ?
o en - - | what can you do?
o fr - - | qu'est-ce que tu sais faire ?
o en - - | who made you
o fr - - | t'es quel modèle en vrai ?
o en - - | which model answered my last question
o fr - - | quel modèle a répondu à ma dernière question ?
o en - - | write a haiku about GPUs overheating
o fr - - | écris un poème sur le cluster
o en - - | explain the difference between a cluster and a grid
o fr - - | c'est quoi un cluster kubernetes ?
o en - - | what does the benchmark of the new Mac say about tokens per second
o fr - - | les benchmarks du nouveau Mac sont bons ?
o en - - | the chart in the quarterly report is wrong
o fr - - | le graphique du rapport trimestriel est faux
o en - - | my positions on the climate debate are well known
o fr - - | ma position sur le sujet n'a pas changé
o en - - | the signal on the highway was broken
o fr - - | j'ai pas de signal dans le métro
o en - - | my sister is visiting from Lisbon
o fr - - | ma sœur arrive de Genève ce soir
o en - - | I'm so tired
o fr - - | chui crevé
o fr - - | j'ai faim
o en - - | coffee time
o fr - - | pause café
o en - - | I'll be back in ten
o fr - - | je reviens dans deux minutes
o en - - | is it worth upgrading the cluster to faster GPUs?
o fr - - | ça vaut le coup d'acheter une autre carte pour le cluster ?
o en - - | give me a plan to migrate the database to postgres
o fr - - | fais-moi un plan pour migrer la base vers postgres
o en - - | review my pull request
o fr - - | relis ma pull request
o en - - | generate a regex for email addresses
o fr - - | génère une regex pour les numéros de téléphone suisses
o en - - | what's the best way to cool a mini pc
o fr - - | comment refroidir un mini pc ?
o en - - | open source licenses, which one should I use
o fr - - | quelle licence open source je devrais prendre ?
o en - - | how do I open a port on my router
o fr - - | comment ouvrir un port sur ma box ?
o en - - | I need to close my old bank account
o fr - - | faut que je ferme mon vieux compte bancaire
o en - - | what's a good name for a cat
o fr - - | c'est quoi un bon nom pour un chien ?
o en - - | search me, I have no idea
o fr - - | cherche pas, c'est bon
o en - - | the desktop computer in the office is old
o fr - - | le bureau de mon père est en bois massif
o en - - | lock picking is a fun hobby
o fr - - | j'ai perdu la clé du cadenas
o en - - | my download speed is terrible at home, why could that be
o fr - - | pourquoi ma connexion est si lente le soir ?
o en - - | I had a weird dream about a calculator
o fr - - | mon fils a cassé sa calculatrice
o en - - | we should have a meeting about the trading limits
o fr - - | faudrait qu'on parle des limites de risque avec Marc
o en - - | what does the word "export" mean in economics
o fr - - | l'export de vin vers la Chine a baissé
o en - - | the screen resolution of the new iPad is amazing
o fr - - | j'ai vu un film en haute résolution hier
o en - - | let's cancel the dinner on Friday
o fr - - | on annule le resto de vendredi ?
o en - - | help me understand recursion
o fr - - | aide-moi à comprendre les closures en javascript
o en - - | how do I help my kid with math homework
o fr - - | aide-moi à écrire une lettre de motivation
o en - - | what's the uptime SLA for AWS
o fr - - | c'est quoi le taux de disponibilité garanti par OVH ?
o en - - | how many processes can linux handle
o fr - - | combien de threads peut gérer un processeur moderne ?
o en - - | mute button on my headset is broken
o fr - - | le bouton sourdine de mon casque est cassé
o en - - | this song reminds me of summer
o fr - - | on dirait la chanson de l'été dernier
o en - - | my kid won't stop watching youtube
o fr - - | ma fille regarde trop netflix
o en - - | what's reddit's business model
o fr - - | comment github gagne de l'argent ?
o en - - | is claude better than chatgpt at coding
o fr - - | claude ou chatgpt, lequel est meilleur en français ?
o en - - | who founded hugging face
o fr - - | qui a créé binance ?
o en - - | write a commit message for these changes
o fr - - | écris un message de commit pour ces changements
o en - - | analyse this log and tell me why the node crashed
o fr - - | analyse ce log et dis-moi pourquoi m2 a planté
o en - - | analyse the sentiment of these tweets
o fr - - | analyse ce contrat et dis-moi s'il y a un piège
o en - - | what's the downside of running gemini as a node
o fr - - | est-ce que gemini coûte cher comme nœud ?
o en - - | could M1 handle two models at once?
o fr - - | m1 pourrait tenir deux modèles en même temps ?
o en - - | what would happen if I unplugged m3 right now
o fr - - | qu'est-ce qui se passe si je débranche ol1 ?
o en - - | estimate how much power the cluster draws
o fr - - | combien consomme le cluster en électricité par mois ?
o en - - | plan a trip to Québec for next summer
o fr - - | organise-moi un week-end à Bruxelles
o en - - | make a shopping list for the week
o fr - - | fais-moi une liste de courses pour la semaine
o fr - - | y fait frette à matin
o fr - - | c'est pas de la tarte ce bug
o fr - - | il drache depuis ce matin
o fr - - | on se fait un petit dîner à septante heures ? non je rigole
o fr - - | ça joue pour demain ?
o fr - - | t'as pogné le bus ?
o en - - | me I want to learn how to make the neural network
o en - - | please, how I can improve my english speaking
o en - - | is possible to run llm on raspberry pi?
o fr - - | le gpu de mon portable est une 3060, c'est bien ?
o en - - | my old laptop has a GTX 970, is that any good
m fr - - | mets plus fort
m fr - - | ouvre ça
m en - - | open it
m en - - | close it
m fr - - | ferme ça
m en - - | kill it
m fr - - | tue-le
m en - - | make it bigger
m fr - - | agrandis
m en - - | minimize
m fr - - | réduis
m en - - | switch
m fr - - | change
m en - - | go there
m fr - - | va là-bas
m en - - | show me
m fr - - | montre-moi
m en - - | the usual
m fr - - | comme d'habitude
m en - - | do the thing
m fr - - | fais le truc
m en - - | open the app
m fr - - | lance l'application
m en - - | close the app
m fr - - | ferme le programme
m en - - | analyze
m fr - - | analyse
m en - - | close my position
m fr - - | ferme ma position
m en - - | open the chart
m fr - - | ouvre le graphique
m en - - | status
m fr - - | statut
m en - - | benchmark
m fr - - | lance un benchmark
m en - - | load the model
m fr - - | charge le modèle
m en - - | switch the node to the coding model
m fr - - | passe le nœud sur le modèle de code
m en - - | open the folder
m fr - - | ouvre le dossier
m en - - | find my files
m fr - - | trouve mes fichiers
m en - - | start the service
m fr - - | démarre le service
m en - - | stop it
m fr - - | arrête
m en - - | the browser
m fr - - | le navigateur
m en - - | run my skill
m fr - - | lance ma skill
m en - - | volume
m fr - - | le son
m en - - | change the mode
m fr - - | change de mode
m en - - | focus
m fr - - | va sur le panneau
m en - - | the website
m fr - - | ouvre le site
m en - - | search for it
m fr - - | cherche ça
m en - - | type this
m en - - | the GPU
m fr - - | les modèles là
m en - - | turn it
m fr - - | monte
m en - - | the other one
m fr - - | l'autre
m en - - | zoom
m fr - - | zoome
m en - - | close the thing that's open
m fr - - | ferme le truc qui est ouvert
m en - - | make the computer quieter
m fr - - | fais moins de bruit
p en volume.down - | sorry, one sec, my boss is calling, can you turn the music down a bit
p en volume.up - | would you mind turning the volume up a little, I can barely hear the video
p en volume.up - | please you can make the sound more strong
p en volume.mute - | please, the sound, you can cut it
p en media.next - | this song is not good, please you change for the next
p fr volume.up - | j'entends rien, monte le son un peu
p fr volume.up - | envoye, monte le son un peu
p fr volume.down - | baisse-moi ça un peu, le son, c'est trop fort
p fr volume.mute - | coupe-moi le son vite, j'ai un appel
p fr volume.set percent=90 | mets le volume à nonante
p fr volume.set percent=80 | mets le son à huitante
p fr volume.set percent=70 | tu peux me mettre le volume à septante pour cent ?
p en volume.set percent=15 | uh set the volume at fifteen percent please
p en volume.set percent=100 | put the volume to a hundred percent
p en cluster.gpu - | quick question, are the GPUs overheating?
p en cluster.gpu - | please, the temperature of graphic cards, you can show
p en cluster.gpu - | how warm are the cards on the cluster
p fr cluster.gpu - | est-ce que les GPU du cluster chauffent trop ?
p fr cluster.gpu - | check les temps des GPU vite fait
p en cluster.status - | before I start coding, is the whole cluster healthy?
p en cluster.status - | please, all the nodes are working? give me the state
p fr cluster.status - | avant de commencer, dis-moi si tous les nœuds sont up
p fr cluster.status - | check le status du cluster
p en node.gpu.m2 - | is node two hot right now? I mean m2
p fr node.gpu.m2 - | est-ce que le nœud m2 est chaud ?
p en node.gpu.m1 - | is anything running on m1's gpu, what's the load
p fr node.gpu.m3 - | combien de degrés sur le gpu de m3 ?
p en node.status.m2 - | m2 stopped answering I think, can you check on it
p fr node.status.m3 - | check si m3 répond
p en node.models.m1 - | please which models are loaded on m one
p fr node.models.m2 - | c'est quoi qui est loadé sur m2 ?
p fr node.benchmark.m1 - | fais un bench sur m1 vite fait
p en node.benchmark.m3 - | I changed the drivers on m3, benchmark it please
p fr models.load model=devstral-small-2,node=M3 | load devstral sur m3
p en models.load model=qwen3-30b,node=M2 | would you mind putting qwen 30b on m2
p fr models.unload model=qwen3-30b,node=M2 | vire qwen 30b de m2, on en a plus besoin
p en trading.positions - | quick, what am I holding right now?
p en trading.positions - | before I go to bed, show me my positions
p fr trading.positions - | montre-moi mes positions avant que j'aille dormir
p fr trading.positions - | j'ai des trades ouverts là ?
p en trading.close.btc - | bitcoin's dumping, close my btc position now
p fr trading.close.eth - | l'ether plonge, ferme ma position eth tout de suite
p en trading.close.sol - | please close the position of solana
p fr trading.signals - | des signaux en attente, y en a ?
p en trading.signals_min score=85 | only show me signals over eighty-five
p fr trading.signals_min score=60 | montre juste les signaux au-dessus de soixante
p en trading.scan - | can you scan the pairs now instead of waiting
p fr trading.scan - | scanne le marché maintenant, j'ai pas envie d'attendre
p fr trading.analyse.btc - | tu peux me faire l'analyse du bitcoin ?
p en trading.analyse.eth - | I'd like an analysis of ether please
p en trading.chart.btc - | let me see the bitcoin chart on tradingview
p fr trading.chart.sol - | montre-moi le chart de solana
p en trading.status - | what's my balance and risk limits
p fr trading.status - | c'est quoi mon solde de trading ?
p fr trading.resume - | le drawdown est passé, relance le trading
p en cockpit.focus.trading - | take me to the trading pane
p fr cockpit.focus.trading - | passe sur le panneau de trading
p en cockpit.focus.gpu - | put the focus on the heat map
p fr cockpit.focus.gpu - | affiche les gpu dans le cockpit
p en cockpit.zoom - | can you zoom this pane, I can't see anything
p fr cockpit.zoom - | zoome-moi ce panneau, j'vois rien
p en cockpit.unzoom - | ok go back to all the panes
p fr cockpit.unzoom - | reviens à la vue normale, dézoome
p en cockpit.cancel - | wait no, cancel that request, wrong question
p fr cockpit.cancel - | non attends, annule la requête, je me suis trompé
p en cockpit.mode.voice - | I'm cooking, switch to voice mode
p fr cockpit.mode.keyboard - | bon, je reprends le clavier, mode clavier
p en cockpit.export - | I want to keep this chat, export it to markdown
p fr cockpit.export - | exporte-moi ce chat en markdown
p en cockpit.search - | I talked about docker last week, search my conversations
p fr cockpit.search - | fouille dans mes conversations
p en cockpit.help - | how does this thing work, show me the help
p fr cockpit.help - | c'est quoi les raccourcis ici ? affiche l'aide
p en cockpit.metric - | show a different metric on the heat map
p fr cockpit.metric - | passe à la métrique suivante
p en cockpit.quit - | close jarvis, I'm going to bed
p fr cockpit.quit - | quitte jarvis, bonne nuit
p en cockpit.talk - | jarvis listen
p en cockpit.focus.conversation - | back to the chat please
p fr cockpit.focus.plan - | montre-moi le plan de la tâche
p en cockpit.focus.streams - | what are the agents saying, show me the streams
p en app.open.vscode - | I need to fix a bug, can you open vs code
p en app.open.vscode - | please you open the visual studio code for me
p fr app.open.vscode - | lance-moi vs code, j'ai un bug à corriger
p en app.open.terminal - | pull up a terminal for me
p fr app.open.terminal - | ouvre-moi un terminal vite fait
p en app.kill.chrome - | chrome is not responding at all, terminate it
p fr app.kill.chrome - | chrome répond plus, force la fermeture
p en app.close.spotify - | I'm going into a meeting, close spotify
p fr app.close.discord - | ferme-moi discord, je dois bosser
p fr app.close.slack - | ferme slack, j'en ai marre des notifs
p en window.focus.slack - | someone pinged me, go to slack
p fr window.focus.teams - | la réunion commence, remets teams devant
p en window.minimize.spotify - | get spotify out of the way
p fr window.minimize.discord - | range discord dans la barre des tâches
p en window.maximize.vscode - | I need more room, make vs code full size
p fr window.maximize.excel - | mets excel en grand, je vois rien
p en app.open.calculator - | the little app to do sums, open it
p en app.open.taskmanager - | the thing that shows what's using the computer, open it
p en app.open.files - | open the window where I see my folders
p fr app.open.files - | ouvre le truc pour voir mes dossiers, l'explorateur
p en app.open.editor - | open the simple text app, notepad
p en app.open.settings - | I want to change my wallpaper, open the settings
p fr app.open.settings - | ouvre les réglages de l'ordi
p en app.open.obs - | open the recording software, obs
p en app.open.lmstudio - | open lm studio, I want to try a model
p fr app.open.lmstudio - | lance lm studio, je veux tester un modèle
p en files.open.downloads - | please, the folder with the downloads, open
p fr files.open.downloads - | ouvre-moi les téléchargements, j'ai perdu un fichier
p fr files.find.pdf - | j'ai besoin de la facture, trouve mes PDF
p en files.find.python - | I'm looking for a script, find my python files
p en files.find.photos - | where did my holiday photos go, find my photos
p fr files.list.desktop - | qu'est-ce qui traîne sur mon bureau, liste le dossier
p en files.delete.screenshot - | that screenshot was a mistake, delete it
p en system.lock - | lock it, I'm stepping out
p fr system.lock - | verrouille l'ordi, je sors
p en system.sleep - | I'm off to bed, put the pc to sleep
p fr system.shutdown - | éteins l'ordi, je vais me coucher
p en system.restart - | updates are done, reboot the pc
p fr system.restart - | redémarre la machine après les mises à jour
p en system.memory - | is the ram full? everything is so slow
p fr system.cpu - | pourquoi ça rame, c'est quoi la charge du cpu ?
p en system.disk - | I'm about to download a big model, how much disk space is left
p fr system.disk - | il me reste de la place sur le disque pour un modèle ?
p en system.screenshot - | take a screenshot of this for the bug report
p fr system.screenshot - | fais une capture, c'est pour le ticket
p en system.internet - | nothing loads, is the internet down?
p fr system.internet - | rien charge, teste la connexion
p en system.ip - | colleague needs my ip, what is it
p fr system.clipboard_read - | qu'est-ce que j'ai copié ? lis le presse-papier
p en system.clipboard_clear - | I copied a password, clear the clipboard
p fr system.clipboard_clear - | j'ai copié un mot de passe, efface le presse-papier
p en service.start.docker - | I need my containers, start the docker service
p fr service.start.docker - | lance le service docker, j'ai besoin de mes conteneurs
p en service.stop.docker - | docker's eating the memory, stop the docker service
p fr service.start.ollama - | ollama est arrêté, démarre le service
p en service.start.ssh - | I need to connect from my laptop, start the ssh service
p fr service.stop.bluetooth - | arrête le service bluetooth, ça sert à rien
p en web.open.github - | I want to check my pull request, open github
p fr web.open.github - | va sur github voir ma PR
p en web.open.youtube - | put on youtube, I need a break
p fr web.open.tradingview - | ouvre tradingview, je veux voir le marché
p en web.open.binance - | open binance, I want to check my wallet
p fr web.open.huggingface - | va sur hugging face voir les nouveaux modèles
p en web.open.stackoverflow - | let me check stack overflow
p en web.open.translate - | open google translate, I need to translate something
p fr web.open.deepl - | ouvre deepl pour traduire un mail
p en web.search query=how to fix cuda out of memory | search online for how to fix cuda out of memory
p fr web.search query=meilleure config pour ollama | regarde sur internet meilleure config pour ollama
p en browser.new_tab - | new tab please
p fr browser.close_tab - | ferme-moi cet onglet
p en browser.reopen_tab - | I closed the wrong tab, reopen it
p en browser.refresh - | the page is stuck, reload it
p fr browser.refresh - | rafraîchis la page
p en browser.zoom_in - | the text is too small, zoom in
p fr browser.zoom_out - | c'est trop gros, dézoome la page
p en browser.back - | oops, go back
p en edit.undo - | oh no, undo
p fr edit.undo - | oups, annule la dernière modification
p en edit.save - | save it before I forget
p fr edit.save - | sauvegarde avant que j'oublie
p en edit.copy - | copy what I selected
p fr edit.paste - | colle ce que j'ai copié
p en key.enter - | and enter
p fr key.enter - | valide, appuie sur entrée
p en key.escape - | escape
p fr key.escape - | échap
p en key.page_down - | scroll down, I'm reading
p fr key.bottom - | va en bas de la page
p en window.close - | close the window, I'm done with it
p en window.desktop - | I need to grab a file from the desktop, show the desktop
p en window.list - | which windows do I have open
p fr window.fullscreen - | plein écran s'il te plaît
p en media.play_pause - | my phone's ringing, pause the song
p fr media.play_pause - | le téléphone sonne, mets en pause
p en media.stop - | stop the music, I'm going to sleep
m fr - - | suivante
p en skills.run skill=daily report | run the daily report skill
p fr skills.run skill=préparation réunion | lance ma skill préparation réunion
p en skills.list - | remind me which skills I have
p fr skills.history - | qu'est-ce que j'ai lancé tout à l'heure ? l'historique
p en brain.analyse - | look at how I use the cockpit and find patterns
p fr brain.suggest - | propose des nouvelles skills d'après mes habitudes
p en brain.status - | tell me what you've learned from my habits
p en ollama.status - | is the ollama node alive
p fr ollama.models - | quels sont les modèles du nœud ollama ?
p en cluster.perf - | which node is the fastest right now
p fr cluster.perf - | c'est quel nœud qui répond le plus vite ?
p en cluster.models - | what models can I use right now across all nodes
p en ollama.pull model=gpt-oss-20b | install gpt oss on ollama please
p fr node.coder.m2 - | je vais coder, passe m2 sur le modèle coder
p en node.dev.m1 - | switch m1 over to the dev model for the tasks
a fr volume.up - | monte le son un peu sil te plait
a fr volume.down - | baisse le son c est trop fort
a en volume.down - | turn the sound down a bid
a fr volume.set percent=20 | met le son a vingt
a fr volume.set percent=60 | mets le volume à 60 pour 100
a en volume.set percent=30 | Volume, thirty.
a en volume.set percent=45 | set the volume two 45
a fr volume.mute - | coupe le sons
a en volume.mute - | mute the sound.
a en volume.unmute - | Un-mute the audio
a fr volume.unmute - | remet le son
a en media.next - | next truck
a fr media.next - | chanson suivante s'il te plait.
a en media.previous - | previous sung
a en media.play_pause - | Pause the music!
a fr media.stop - | arrete la musique
a fr cluster.gpu - | c'est quoi la temperature des g p u
a en cluster.gpu - | How hot are the GPU's?
a fr cluster.status - | etat du clusteur
a en cluster.status - | Cluster status?
a en cluster.models - | list all the model's
a fr node.status.m2 - | est ce que m2 repond
a en node.status.m1 - | M1, status.
a fr node.gpu.m1 - | temperature de m un
a en node.gpu.m3 - | m three gpu
a fr node.benchmark.m3 - | lance le benchmarque sur m3
a en node.benchmark.m1 - | bench mark m1
a en node.models.m2 - | models on M 2
a fr node.models.ol1 - | les modèles de o l un
a en node.status.ol1 - | o l one status
a fr node.gpu.gemini - | temperature de gemeni
a fr models.load model=qwen3-coder-30b,node=M3 | charge kwen coder sur m3
a en models.load model=devstral-small-2,node=M1 | load dev stral on m1
a en models.unload model=gpt-oss-20b,node=M2 | unload g p t oss from m2
a en ollama.pull model=qwen3:1.7b | pull small quen into ollama
a fr node.coder.m1 - | passe m1 sur le model de code
a en node.dev.m3 - | switch m3 to the death model
a en trading.positions - | show me my open position
a fr trading.positions - | montre mes positions ouverte
a en trading.status - | Trading status.
a fr trading.signals - | montre moi les signaux
a en trading.signals_min score=70 | show me the signals above 70.
a fr trading.signals_min score=80 | affiche les signaux au dessus de 80
a en trading.analyse.btc - | analyse bit coin
a en trading.analyse.eth - | analyze ether eum
a fr trading.analyse.sol - | analyse solanna
a en trading.close.doge - | close my doj position
a fr trading.close.btc - | ferme ma position bit coin
a en trading.chart.xrp - | open the x r p chart
a fr trading.chart.avax - | ouvre le graphique ava x
a en trading.scan - | run a market scan now.
a fr trading.resume - | reprend le trading
a en cockpit.mode.commander - | switch to commandeur mode
a fr cockpit.mode.voice - | passe en mode vocale
a en cockpit.focus.gpu - | go to the heatmap
a en cockpit.focus.conversation - | go to the conversations
a fr cockpit.zoom - | zoom le panneau
a en cockpit.cancel - | Cancel that!
a en cockpit.help - | Help!
a fr cockpit.search - | cherche dans mes conversation
a en cockpit.metric - | next metrics
a en cockpit.quit - | quit the cock pit
a fr cockpit.talk - | ecoute moi
a en app.open.firefox - | open firefocks
a fr app.open.firefox - | ouvre fire fox
a en app.close.chrome - | close crome
a fr app.open.vscode - | lance v s code
a fr app.kill.vscode - | tue visual studio codes
a en app.open.spotify - | open spot if I
a en app.open.discord - | open this cord
a fr app.open.thunderbird - | lance tonderbird
a en app.open.obsidian - | open obsidienne
a fr app.open.obs - | lance o b s
a en app.open.gimp - | open gimpe
a en app.open.libreoffice - | open libra office
a fr app.open.postman - | lance post man
a en app.open.pycharm - | open pi charm
a fr app.open.calculator - | ouvre la calculette.
a en window.focus.terminal - | switch to the terminale
a fr window.minimize.chrome - | reduis chrome
a fr window.maximize.firefox - | agrandi firefox
a en window.focus.lmstudio - | switch to l m studio
a fr window.focus.vscode - | va sur vs cod
a en files.find.pdf - | find my PDFs.
a fr files.find.photos - | ou sont mes photos
a fr files.open.documents - | ouvre le dossier document
a en files.list.downloads - | list my down loads folder
a en files.find.markdown - | find my mark down files
a fr files.find.mp3 - | trouve mes fichiers mp 3
a en system.screenshot - | take a screen shot
a fr system.lock - | verouille l'ecran
a en system.memory - | ram usage?
a fr system.ip - | c'est quoi mon adresse i p
a en system.wifi - | list the wifi networks
a fr system.restart - | redemarre le pc
a en system.sleep - | put the computer to slip
a fr system.internet - | test la connection internet
a en service.start.docker - | start the doctor service
a fr service.stop.nginx - | arrête le service engine x
a en web.open.youtube - | open you tube
a fr web.open.chatgpt - | ouvre tchat gpt
a en web.open.coinmarketcap - | open coin market cap
a fr web.open.stackoverflow - | ouvre stack over flow
a en web.open.linkedin - | open linked in
a fr browser.new_tab - | nouvelle onglet
a en browser.previous_tab - | previous tap
a fr browser.refresh - | actualise la page.
a en edit.select_all - | select all.
a fr edit.copy - | copie sa
a en edit.redo - | re do
a fr key.top - | remonte tout en haut.
a en skills.list - | list my skils
a fr brain.analyse - | analyse mes habitude
a en skills.suggest_actions - | what do you suggest I do now?
o en - - | how do I turn up the volume on my car radio
o fr - - | comment on monte le son sur une télé Samsung ?
o en - - | what's the loudest volume that's safe for your ears
o fr - - | à partir de combien de décibels c'est dangereux pour les oreilles ?
o en - - | why is my bluetooth headset so quiet on linux
o fr - - | pourquoi mon casque bluetooth est si faible sous linux ?
o en - - | write a function that sets the volume with pulseaudio
o fr - - | écris une fonction python qui règle le volume avec pactl
o en - - | how do I mute a participant in a Teams call
o fr - - | comment on coupe le micro de quelqu'un sur Teams ?
o en - - | the next song on the album is my favourite
o fr - - | le morceau suivant sur l'album est trop bien
o en - - | pause for a second, I need to think about the architecture
o fr - - | pause, je réfléchis à l'archi
o en - - | stop, I'm not sure that's the right approach
o fr - - | stop, je crois que c'est pas la bonne approche
o en - - | next, let's talk about the database schema
o fr - - | ensuite on parle du schéma de la base
o en - - | write a python script that opens firefox with selenium
o fr - - | écris un script qui lance chrome en headless
o en - - | why does firefox use so much memory
o fr - - | pourquoi chrome bouffe autant de ram ?
o en - - | is vs code better than pycharm for python
o fr - - | vs code ou pycharm, t'en penses quoi ?
o en - - | how do I install obsidian plugins
o fr - - | comment on installe des plugins dans notion ?
o en - - | write a blender python script that makes a cube
o fr - - | écris une macro excel qui trie la colonne B
o en - - | how do I make a pivot table in excel
o fr - - | comment faire un tableau croisé dynamique dans excel ?
o en - - | what's the shortcut to minimize all windows on windows 11
o fr - - | c'est quoi le raccourci pour réduire toutes les fenêtres ?
o en - - | how do I maximize a window with the keyboard on gnome
o fr - - | comment on met une fenêtre en plein écran sous gnome ?
o en - - | the window cleaner is coming on Tuesday
o fr - - | le vitrier passe mardi pour la fenêtre de la cuisine
o en - - | open the door, someone is knocking
o fr - - | ouvre la porte, ça sonne
o en - - | close the blinds
o fr - - | ferme les volets
o en - - | can you close the window, it's cold
o fr - - | ferme la fenêtre, il fait froid, Marc
o en - - | how does ssh key authentication work
o fr - - | comment marche l'authentification par clé ssh ?
o en - - | write an nginx config for a reverse proxy
o fr - - | écris une config nginx pour un reverse proxy
o en - - | why does docker compose keep restarting my container
o fr - - | pourquoi docker compose redémarre mon conteneur en boucle ?
o en - - | explain how ollama loads models into memory
o fr - - | explique comment ollama charge les modèles en mémoire
o en - - | what's the best quantization for qwen 30b on 24 gigs
o fr - - | quelle quantification pour qwen 30b sur 24 gigas ?
o en - - | should I use devstral or gpt oss for agents
o fr - - | devstral ou gpt oss pour des agents, lequel ?
o en - - | how many tokens per second should I expect from a 30b model
o fr - - | combien de tokens par seconde je peux attendre d'un modèle 30b ?
o en - - | write a benchmark script that measures time to first token
o fr - - | écris un script de benchmark qui mesure le temps au premier token
o en - - | what's the difference between latency and throughput
o fr - - | c'est quoi la différence entre latence et débit ?
o en - - | explain what a consensus algorithm is
o fr - - | explique-moi l'algorithme de consensus Raft
o en - - | the consensus at the meeting was to delay the release
o fr - - | le consensus en réunion c'était de repousser la sortie
o en - - | how do I load a csv in pandas
o fr - - | comment charger un csv avec pandas ?
o en - - | find the bug in this function
o fr - - | trouve le bug dans cette fonction
o en - - | where is the config file for jarvis stored
o fr - - | il est où le fichier de config de jarvis ?
o en - - | how do I delete a git branch
o fr - - | comment supprimer une branche git ?
o en - - | search engines like google use crawlers, how do they work
o fr - - | comment google classe les résultats de recherche ?
o en - - | what's the zip code for downtown Montreal
o fr - - | c'est quoi le code postal de Lausanne ?
o en - - | my photos from the wedding are amazing
o fr - - | les photos du mariage sont magnifiques
o en - - | the documents for the visa are due Friday
o fr - - | les documents pour l'assurance sont à rendre vendredi
o en - - | my downloads are slow because of the vpn, right?
o fr - - | mes téléchargements rament à cause du vpn, non ?
o en - - | how do I take a screenshot of a whole web page
o fr - - | comment faire une capture d'écran d'une page entière ?
o en - - | what's the difference between sleep and hibernate
o fr - - | c'est quoi la différence entre veille et hibernation ?
o en - - | should I shut down my computer every night
o fr - - | faut-il éteindre son ordi tous les soirs ?
o en - - | how often should I restart a linux server
o fr - - | tous les combien faut-il redémarrer un serveur ?
o en - - | what's a good password manager
o fr - - | c'est quoi un bon gestionnaire de mots de passe ?
o en - - | explain what an IP address is to my dad
o fr - - | explique à ma mère ce qu'est une adresse ip
o en - - | why is my wifi dropping every evening
o fr - - | pourquoi mon wifi coupe tous les soirs ?
o en - - | what's the best screen resolution for coding
o fr - - | quelle résolution d'écran pour coder confortablement ?
o en - - | how do I clear the cache in firefox
o fr - - | comment vider le cache de chrome ?
o en - - | the processor in my phone is old
o fr - - | le processeur de mon téléphone est lent
o en - - | my memory is terrible these days
o fr - - | j'ai une mémoire de poisson rouge
o en - - | I'm running out of space in my apartment
o fr - - | j'ai plus de place dans mon appart
o en - - | what's the best trading pair for beginners
o fr - - | quelle paire trader quand on débute ?
o en - - | explain funding rates on futures
o fr - - | explique-moi le funding rate sur les futures
o en - - | what's the market cap of solana
o fr - - | c'est quoi la capitalisation de cardano ?
o en - - | who created dogecoin
o fr - - | qui a créé chainlink ?
o en - - | is xrp still in court with the SEC
o fr - - | avalanche c'est une blockchain de quel type ?
o en - - | I closed my bitcoin position last week at a loss
o fr - - | j'ai fermé ma position sol hier avec une perte
o en - - | my friend says pepe will go to the moon
o fr - - | mon beau-frère a acheté du doge, le pauvre
o en - - | draw me a chart of my spending this year
o fr - - | fais-moi un graphique de mes dépenses
o en - - | analyze the performance of my portfolio over the last year and explain it
o fr - - | analyse mes résultats de trading du mois et explique les pertes
o en - - | what signals does the RSI give when it's above seventy
o fr - - | qu'est-ce que ça veut dire un RSI au-dessus de septante ?
o en - - | scan this document for typos
o fr - - | scanne ce contrat pour trouver les clauses abusives
o en - - | can you resume where we left off yesterday in the conversation
o fr - - | on reprend là où on s'était arrêtés hier ?
o en - - | help me name this skill
o fr - - | aide-moi à écrire la description de ma skill
o en - - | what would be a useful skill for my morning
o fr - - | ce serait quoi une skill utile pour le trading ?
o en - - | why did the brain suggest that skill
o fr - - | pourquoi le cerveau m'a proposé cette skill ?
o en - - | the history of the Roman empire in five sentences
o fr - - | l'histoire de la Belgique en cinq phrases
o en - - | what's the mode of this list of numbers
o fr - - | calcule la médiane et le mode de ces valeurs
o en - - | voice mode on my phone is broken
o fr - - | le mode avion de mon téléphone est bloqué
o en - - | the plan for tomorrow is to finish the parser
o fr - - | le plan pour demain c'est de finir le parseur
o en - - | write a plan for the trading bot refactor
o fr - - | écris un plan pour refactoriser le bot de trading
o en - - | streams of data from kafka, how do I consume them in python
o fr - - | comment consommer un stream kafka en python ?
o en - - | zoom call at four, remind me
o fr - - | j'ai un zoom à seize heures
o en - - | the heat map in the weather app is cool
o fr - - | la carte de chaleur des votes est intéressante
o en - - | export the sales data to csv with pandas, how?
o fr - - | comment exporter un dataframe en excel ?
o en - - | cancel my netflix subscription, how do I do that
o fr - - | comment on résilie son abonnement amazon prime ?
o en - - | quit smoking tips
o fr - - | des conseils pour arrêter de fumer ?
o en - - | what's the metric system used in the US
o fr - - | c'est quoi une métrique en machine learning ?
o en - - | I listen to podcasts when I run
o fr - - | j'écoute des podcasts en courant
o en - - | copy editing is a real job
o fr - - | le copier-coller c'est la base du dev, haha
o en - - | he saved the day
o fr - - | c'est lui qui a sauvé le projet
o en - - | print money, that's what the fed does
o fr - - | la banque centrale fait tourner la planche à billets
o en - - | the top of the mountain was amazing
o fr - - | en bas de l'immeuble y a une boulangerie
o en - - | enter the room quietly
o fr - - | entrez, c'est ouvert
o en - - | escape room this weekend with the team
o fr - - | on fait un escape game samedi ?
o en - - | the new tab design in firefox is ugly
o fr - - | le nouvel onglet de chrome est moche
o en - - | I keep a lot of tabs open, is that bad for memory
o fr - - | avoir cent onglets ouverts, ça ralentit le pc ?
o en - - | go back to what you said about the cache
o fr - - | reviens sur ce que tu disais sur le cache
o en - - | type hints in python, are they worth it
o fr - - | le typage en python, ça vaut le coup ?
o en - - | full screen games make my laptop overheat
o fr - - | les jeux en plein écran font chauffer mon portable
o en - - | lock the door when you leave, Sam
o fr - - | ferme à clé en partant, Léa
o en - - | is m3 worth keeping or should I sell it
o fr - - | je garde m3 ou je le revends ?
o en - - | write a status report for my manager
o fr - - | écris un rapport d'avancement pour mon chef
o en - - | what's the status of the apollo program today
o fr - - | c'est quoi le statut juridique d'une SARL ?
o en - - | Gemini is my star sign
o fr - - | je suis gémeaux, c'est pour ça
o en - - | how does Google's Gemini compare to Claude
o fr - - | gemini ou claude, lequel code le mieux ?
m en - - | turn it up
m fr - - | monte-le
m en - - | turn that down
m fr - - | baisse ça
m en - - | next
m en - - | previous
m fr - - | précédent
m en - - | back
m fr - - | retour
m en - - | close
m fr - - | ferme
m en - - | open
m fr - - | ouvre
m en - - | go back to the other thing
m fr - - | remets comme avant
m en - - | can you fix the sound
m fr - - | il y a un souci avec le son, règle ça
m en - - | the screen
m fr - - | l'écran là
m en - - | make it louder on m2
m en - - | check the node
m fr - - | regarde le nœud
m en - - | close the trade
m fr - - | ferme le trade
m en - - | show me the chart
m fr - - | montre le chart
m en - - | switch to the coder
m fr - - | mets le modèle de code
m en - - | open my folder
m fr - - | ouvre mon dossier
m en - - | delete it
m fr - - | supprime ça
m en - - | get rid of that
m en - - | start it
m fr - - | démarre-le
m en - - | the music thing
m fr - - | le truc de la musique
m en - - | open the messaging app
m fr - - | ouvre la messagerie
m en - - | open my mail
m fr - - | ouvre mes mails
a fr volume.up_by step=10 | monte le son de 10 pour sans
a en volume.up_by step=20 | turn the volume up by twenty per cent
a fr volume.down_by step=25 | baisse le son de vingt cinq
a en volume.down_by step=10 | turn the sound down by 10%.
a en volume.max - | Max volume!
a fr volume.max - | met le son a fond
a fr media.play_pause - | met pause
a en media.play_pause - | paws the music
a en media.stop - | stop the music, completely.
a fr media.previous - | remet la chanson d'avant
a fr cluster.perf - | les perf du clusteur
a en cluster.perf - | cluster per formance
a en ollama.models - | list the o llama models
a fr ollama.status - | status d'olama
a en node.gpu.ol1 - | ollama one temperature.
a fr node.status.gemini - | statut de jemini
a en node.benchmark.ol1 - | benchmark o l 1
a fr node.benchmark.gemini - | benchmarque gemini
a en node.models.m3 - | models of em three
a fr node.coder.m3 - | passe aime trois sur le modèle coder
a en node.dev.m2 - | switch em two to the dev model.
a en cluster.consensus query=which framework to use for the api | get a con census on which framework to use for the api
a fr web.search query=tarif d'un vol pour montréal | cherche sur internet tarif d'un vol pour montréal.
a en trading.close.eth - | close my eath position
a fr trading.close.sui - | ferme ma position suis
a en trading.chart.link - | open the chain link chart
a fr trading.analyse.ada - | analyse carda no
a en trading.analyse.pepe - | analyse peppy
a fr trading.chart.doge - | ouvre le graphique du doge coin
a en trading.analyse.avax - | analyse ava lanche
a fr trading.scan - | lance un scanne du marché
a en trading.resume - | resume the trading.
a en brain.status - | brain status?
a fr brain.suggest - | suggère de nouvelles skils
a en skills.history - | action histories
a fr skills.run skill=routine du soir | lance ma skil routine du soir
a en skills.run skill=backup | run the back up skill
a fr cockpit.mode.keyboard - | passe en mode clavié
a en cockpit.focus.streams - | go to the agent stream
a fr cockpit.focus.cluster - | va sur le panneau du clusteur
a en cockpit.focus.plan - | show me the plane
a fr cockpit.export - | exporte la conversation en markdowne
a en cockpit.unzoom - | un zoom the pane
a fr cockpit.metric - | change la metrique
a fr app.open.teams - | lance team
a fr app.close.excel - | ferme exel
a en app.kill.blender - | kill blend her
a fr app.open.steam - | lance stime
a en app.open.notion - | open no shun
a fr app.open.taskmanager - | ouvre le gestionnaire des taches
a en app.open.word - | open microsoft ward
a fr window.focus.outlook - | va sur out look
a en window.minimize.slack - | minimise slack
a fr window.maximize.powerpoint - | agrandis power point
a en window.focus.edge - | switch to edge.
a fr files.list.pictures - | liste le dossier image
a en files.find.zip - | find my zip files.
a fr files.find.excel - | trouve mes fichiers excell
a en files.open.videos - | open my video's folder
a fr files.delete.screenshot - | supprime la capture d ecran
a en system.disk - | disc space
a fr system.uptime - | up time de la machine
a en system.cpu - | C.P.U. usage
a fr system.processes - | liste les process
a en system.clipboard_read - | read me the clip board
a fr system.scheduled - | montre les taches planifiees
a en system.ping_google - | ping google dot com.
a fr service.start.bluetooth - | démarre le service blue tooth
a en service.stop.ssh - | stop the s s h service
a fr service.start.printing - | demarre le service d'impression
a en web.open.gmail - | open g mail
a fr web.open.wikipedia - | ouvre wiki pedia
a en web.open.mexc - | open m e x c
a fr web.open.coingecko - | ouvre coingeco
a en browser.close_tab - | close the tap
a fr browser.zoom_in - | zoom un peu sur la page
a en browser.zoom_reset - | reset the zoom.
a fr edit.save - | sauvegarde.
a en edit.paste - | paced it here
a fr edit.cut - | coupe la selection
a en key.escape - | hit the escape key.
a fr key.page_up - | remonte un peu la page.
a en window.list - | list the open windows.
a fr window.next - | fenetre suivante
"""


def parse(lines: str) -> list[dict[str, object]]:
    """Turn the LINES block into records."""
    out: list[dict[str, object]] = []
    for n, raw in enumerate(lines.strip().splitlines(), 1):
        head, text = raw.split(" | ", 1)
        cat, lang, cmd, slots_s = head.split(" ", 3)
        slots: dict[str, object] = {}
        if slots_s != "-":
            # text slots hold free text with commas: they are always the only slot.
            key, _, rest = slots_s.partition("=")
            if key in ("query", "text", "skill"):
                slots[key] = rest
            else:
                for part in slots_s.split(","):
                    k, v = part.split("=", 1)
                    slots[k] = int(v) if k in NUMERIC else v
        out.append({"text": text.strip(), "lang": lang, "command": None if cmd == "-" else cmd, "slots": slots, "category": CATS[cat], "_line": n})
    return out


def check(records: list[dict[str, object]]) -> list[str]:
    """Return every problem: unknown ids, unknown slots, bad values, duplicates, null rules."""
    cat = tomllib.loads((ROOT / "data/voice/commands.toml").read_text(encoding="utf-8"))
    slot_defs = cat["slots"]
    cmds = {c["id"]: c for c in cat["commands"]}
    errors: list[str] = []
    seen: set[str] = set()
    for r in records:
        where = f"line {r['_line']} {r['text']!r}"
        key = " ".join(str(r["text"]).lower().split())
        if key in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(key)
        if r["lang"] not in ("fr", "en"):
            errors.append(f"{where}: bad lang")
        cmd = r["command"]
        if r["category"] in ("oos", "ambiguous"):
            if cmd is not None or r["slots"]:
                errors.append(f"{where}: oos/ambiguous must have null command and no slots")
            continue
        if cmd not in cmds:
            errors.append(f"{where}: unknown command {cmd}")
            continue
        text_all = " ".join(cmds[cmd]["fr"] + cmds[cmd]["en"])
        wanted = {s for s in slot_defs if "{" + s + "}" in text_all}
        if set(r["slots"]) != wanted:  # type: ignore[arg-type]
            errors.append(f"{where}: slots {sorted(r['slots'])} != {sorted(wanted)}")  # type: ignore[arg-type]
        for k, v in r["slots"].items():  # type: ignore[union-attr]
            d = slot_defs[k]
            if d["kind"] == "number" and not (isinstance(v, int) and d["min"] <= v <= d["max"]):
                errors.append(f"{where}: {k}={v} out of range")
            if d["kind"] == "list" and v not in [x["value"] for x in d["values"]]:
                errors.append(f"{where}: {k}={v} not a listed value")
            if d["kind"] == "text" and not (0 < len(str(v)) <= d["max_length"]):
                errors.append(f"{where}: {k} text length")
    return errors


def main() -> int:
    """Write natural6.jsonl next to this script after checking every record."""
    records = parse(LINES)
    errors = check(records)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    with open(HERE / "natural6.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            r.pop("_line")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines to {HERE / 'natural6.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
