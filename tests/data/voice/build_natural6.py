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
c fr cockpit.unzoom - | dézoome
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
p en cluster.consensus query="is rust faster than go for web servers" | get a consensus from the models on is rust faster than go for web servers
p en cluster.consensus query="which database should I use for time series" | ask all the models the same question which database should I use for time series
p fr cluster.consensus query="le meilleur langage pour débuter" | demande l'avis de tous les modèles sur le meilleur langage pour débuter
p fr cluster.consensus query="la tendance du bitcoin cette semaine" | fais un consensus sur la tendance du bitcoin cette semaine
c en cluster.consensus query="tabs versus spaces" | ask for a consensus on tabs versus spaces
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
p fr app.close.firefox - | ferme firefox
p en app.kill.firefox - | firefox froze again, force quit it
p fr app.kill.firefox - | firefox est planté, tue-le
p en window.focus.firefox - | back to firefox
p fr window.focus.firefox - | repasse sur firefox
p en window.minimize.firefox - | hide firefox
p fr window.minimize.firefox - | réduis firefox
p en window.maximize.firefox - | make firefox full size
p fr window.maximize.firefox - | agrandis firefox
p en app.open.chrome - | open chrome
p fr app.open.chrome - | lance google chrome
a fr app.open.chrome - | lance crome
p en app.close.chrome - | quit chrome please
p fr app.close.chrome - | ferme chrome, il bouffe toute la ram
p en app.kill.chrome - | chrome's stuck, kill it
p fr app.kill.chrome - | tue chrome
p en window.focus.chrome - | switch to chrome
p fr window.focus.chrome - | va sur chrome
p en window.minimize.chrome - | minimize chrome
p fr window.minimize.chrome - | cache chrome
p en window.maximize.chrome - | maximize chrome
p fr window.maximize.chrome - | mets chrome en grand
p en app.open.edge - | open edge
p fr app.open.edge - | ouvre microsoft edge
p en app.close.edge - | close edge
p fr app.close.edge - | ferme edge
p en app.kill.edge - | force close edge
p en window.focus.edge - | go to edge
p fr window.minimize.edge - | réduis edge
p en window.maximize.edge - | enlarge edge
p en app.open.brave - | start brave
p fr app.open.brave - | lance brave
p en app.close.brave - | close brave
p fr app.kill.brave - | tue brave
p en window.focus.brave - | bring up brave
p fr window.focus.brave - | bascule sur brave
p en window.minimize.brave - | shrink brave
p fr window.maximize.brave - | agrandis brave
p en app.open.vscode - | I need to code, open vs code
p fr app.open.vscode - | lance vscode
a en app.open.vscode - | open v s code
p en app.close.vscode - | close visual studio code
p fr app.close.vscode - | ferme vs code
p en app.kill.vscode - | vscode is frozen, kill it
p fr app.kill.vscode - | tue vs code
p en window.focus.vscode - | jump back to vs code
p fr window.focus.vscode - | reviens sur vs code
p en window.minimize.vscode - | minimize vs code
p fr window.maximize.vscode - | agrandis vs code
p en app.open.terminal - | open a terminal
p en app.open.terminal - | I need a shell, open the terminal
p fr app.open.terminal - | ouvre un terminal
p fr app.open.terminal - | ouvre la console
p en app.close.terminal - | close the terminal
p fr app.close.terminal - | ferme le terminal
p en app.kill.terminal - | kill the terminal
p fr app.kill.terminal - | tue le terminal
p en window.focus.terminal - | go back to the terminal
p fr window.focus.terminal - | retourne sur le terminal
p en window.minimize.terminal - | hide the terminal
p fr window.maximize.terminal - | agrandis le terminal
p en app.open.files - | open the file explorer
p fr app.open.files - | ouvre l'explorateur de fichiers
p fr app.open.files - | lance le gestionnaire de fichiers
p en app.close.files - | close the file manager
p fr app.close.files - | ferme l'explorateur
p en app.kill.files - | kill the file explorer
p en window.focus.files - | switch to the file manager
p fr window.focus.files - | remets l'explorateur devant
p fr window.minimize.files - | réduis l'explorateur de fichiers
p en window.maximize.files - | maximize the file browser
p en app.open.calculator - | I need to do some math, open the calculator
p fr app.open.calculator - | ouvre la calculatrice
p fr app.open.calculator - | sors-moi la calculette
p en app.close.calculator - | close the calculator
p fr app.close.calculator - | ferme la calculatrice
p en app.kill.calculator - | kill the calculator
p en window.focus.calculator - | back to the calculator
p fr window.focus.calculator - | va sur la calculatrice
p en window.minimize.calculator - | hide the calculator
p fr window.maximize.calculator - | agrandis la calculatrice
p en app.open.editor - | open notepad
p fr app.open.editor - | ouvre le bloc-notes
p en app.open.editor - | I want to jot something down, open the text editor
p en app.close.editor - | close notepad
p fr app.close.editor - | ferme le bloc-notes
p fr app.kill.editor - | tue le bloc-notes
p en window.focus.editor - | switch to the text editor
p en window.minimize.editor - | minimize notepad
p fr window.maximize.editor - | agrandis le bloc-notes
p en app.open.spotify - | put on spotify
p en app.open.spotify - | open spotify
p fr app.open.spotify - | lance spotify
a fr app.open.spotify - | lance spotifaille
p en app.close.spotify - | close spotify
p fr app.close.spotify - | quitte spotify
p en app.kill.spotify - | spotify's not responding, kill it
p en window.focus.spotify - | go to spotify
p fr window.focus.spotify - | affiche spotify
p en window.minimize.spotify - | minimize spotify
p fr window.maximize.spotify - | agrandis spotify
p en app.open.vlc - | open vlc
p fr app.open.vlc - | lance vlc
p en app.close.vlc - | close vlc
p fr app.kill.vlc - | tue vlc
p en window.focus.vlc - | switch to vlc
p fr window.minimize.vlc - | réduis vlc
p en window.maximize.vlc - | maximize vlc
p en app.open.discord - | open discord
p fr app.open.discord - | lance discord
p en app.close.discord - | close discord
p fr app.close.discord - | ferme discord
p en app.kill.discord - | force quit discord
p fr window.focus.discord - | va sur discord
p en window.minimize.discord - | hide discord
p fr window.maximize.discord - | agrandis discord
p en app.open.slack - | open slack, I have a standup
p fr app.open.slack - | ouvre slack
p en app.close.slack - | quit slack
p fr app.close.slack - | ferme slack
p en app.kill.slack - | kill slack
p en window.focus.slack - | switch over to slack
p fr window.focus.slack - | passe sur slack
p fr window.minimize.slack - | cache slack
p en window.maximize.slack - | maximize slack
p en app.open.telegram - | open telegram
p fr app.open.telegram - | ouvre télégramme
p en app.close.telegram - | close telegram
p fr app.kill.telegram - | tue telegram
p en window.focus.telegram - | go to telegram
p fr window.minimize.telegram - | réduis telegram
p en window.maximize.telegram - | maximize telegram
p en app.open.thunderbird - | open thunderbird
p fr app.open.thunderbird - | lance thunderbird pour mes mails
p en app.close.thunderbird - | close thunderbird
p en app.kill.thunderbird - | kill thunderbird
p fr window.focus.thunderbird - | va sur thunderbird
p en window.minimize.thunderbird - | minimize thunderbird
p fr window.maximize.thunderbird - | agrandis thunderbird
p en app.open.outlook - | open outlook
p fr app.open.outlook - | ouvre outlook
p en app.close.outlook - | close outlook
p fr app.kill.outlook - | tue outlook
p en window.focus.outlook - | switch to outlook
p fr window.minimize.outlook - | réduis outlook
p en window.maximize.outlook - | maximize outlook
p en app.open.teams - | open teams, meeting in two minutes
p fr app.open.teams - | lance teams
p en app.close.teams - | close teams
p fr app.close.teams - | ferme teams
p en app.kill.teams - | kill teams
p fr window.focus.teams - | va sur teams
p en window.minimize.teams - | minimize teams
p fr window.maximize.teams - | agrandis teams
p en app.open.word - | open word
p fr app.open.word - | ouvre word
p en app.close.word - | close word
p fr app.kill.word - | tue word
p en window.focus.word - | go to word
p fr window.minimize.word - | réduis word
p en window.maximize.word - | maximize word
p en app.open.excel - | open excel
p fr app.open.excel - | lance excel
p en app.close.excel - | close excel
p fr app.close.excel - | ferme excel
p en app.kill.excel - | kill excel
p fr window.focus.excel - | va sur excel
p en window.minimize.excel - | minimize excel
p fr window.maximize.excel - | agrandis excel
p en app.open.powerpoint - | open powerpoint
p fr app.open.powerpoint - | ouvre powerpoint
p en app.close.powerpoint - | close powerpoint
p fr app.kill.powerpoint - | tue powerpoint
p en window.focus.powerpoint - | switch to powerpoint
p fr window.minimize.powerpoint - | réduis powerpoint
p en window.maximize.powerpoint - | maximize powerpoint
a en app.open.powerpoint - | open power point
p en app.open.libreoffice - | open libre office
p fr app.open.libreoffice - | lance libreoffice
p en app.close.libreoffice - | close libre office
p fr app.kill.libreoffice - | tue libre office
p en window.focus.libreoffice - | go to libre office
p fr window.minimize.libreoffice - | réduis libre office
p en window.maximize.libreoffice - | maximize libre office
p en app.open.gimp - | open gimp
p fr app.open.gimp - | lance gimp
p en app.close.gimp - | close gimp
p fr app.kill.gimp - | tue gimp
p en window.focus.gimp - | switch to gimp
p fr window.minimize.gimp - | réduis gimp
p en window.maximize.gimp - | maximize gimp
p en app.open.obs - | open obs, I'm going to record
p fr app.open.obs - | lance obs studio
p en app.close.obs - | close obs
p fr app.kill.obs - | tue obs
p en window.focus.obs - | go to obs
p fr window.minimize.obs - | réduis obs
p en window.maximize.obs - | maximize obs studio
p en app.open.steam - | open steam
p fr app.open.steam - | lance steam
p en app.close.steam - | close steam
p fr app.kill.steam - | tue steam
p en window.focus.steam - | switch to steam
p fr window.minimize.steam - | cache steam
p en window.maximize.steam - | maximize steam
p en app.open.lmstudio - | open lm studio
p fr app.open.lmstudio - | lance lm studio
a en app.open.lmstudio - | open elem studio
a fr app.open.lmstudio - | lance l m studio
p en app.close.lmstudio - | close lm studio
p fr app.kill.lmstudio - | tue lm studio
p en window.focus.lmstudio - | switch to lm studio
p fr window.minimize.lmstudio - | réduis lm studio
p en window.maximize.lmstudio - | maximize lm studio
p en app.open.taskmanager - | the computer is slow, open the task manager
p fr app.open.taskmanager - | ouvre le gestionnaire des tâches
p en app.open.taskmanager - | open the system monitor
p en app.close.taskmanager - | close the task manager
p fr app.kill.taskmanager - | tue le gestionnaire des tâches
p en window.focus.taskmanager - | go to the task manager
p fr window.minimize.taskmanager - | réduis le gestionnaire des tâches
p en window.maximize.taskmanager - | maximize the system monitor
p en app.open.settings - | open the settings
p fr app.open.settings - | ouvre les paramètres
p fr app.open.settings - | ouvre les réglages
p en app.close.settings - | close the settings
p fr app.kill.settings - | tue les paramètres
p en window.focus.settings - | go to the settings
p fr window.minimize.settings - | réduis les paramètres
p en window.maximize.settings - | maximize the settings
p en app.open.blender - | open blender
p fr app.open.blender - | lance blender
p en app.close.blender - | close blender
p fr app.kill.blender - | blender a planté, tue-le
p en window.focus.blender - | switch to blender
p fr window.minimize.blender - | réduis blender
p en window.maximize.blender - | maximize blender
p en app.open.pycharm - | open pycharm
p fr app.open.pycharm - | lance pycharm
a en app.open.pycharm - | open pie charm
p en app.close.pycharm - | close pycharm
p fr app.kill.pycharm - | tue pycharm
p en window.focus.pycharm - | back to pycharm
p fr window.minimize.pycharm - | réduis pycharm
p en window.maximize.pycharm - | maximize pycharm
p en app.open.postman - | open postman, I need to test the api
p fr app.open.postman - | lance postman
p en app.close.postman - | close postman
p fr app.kill.postman - | tue postman
p en window.focus.postman - | switch to postman
p fr window.minimize.postman - | réduis postman
p en window.maximize.postman - | maximize postman
p en app.open.notion - | open notion
p fr app.open.notion - | ouvre notion
p en app.close.notion - | close notion
p fr app.kill.notion - | tue notion
p en window.focus.notion - | go to notion
p fr window.minimize.notion - | réduis notion
p en window.maximize.notion - | maximize notion
p en app.open.obsidian - | open obsidian, I want my notes
p fr app.open.obsidian - | lance obsidian
p en app.close.obsidian - | close obsidian
p fr app.kill.obsidian - | tue obsidian
p en window.focus.obsidian - | switch to obsidian
p fr window.minimize.obsidian - | réduis obsidian
p en window.maximize.obsidian - | maximize obsidian
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
