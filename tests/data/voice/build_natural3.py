"""Build tests/data/voice/natural3.jsonl: the fifth labelled set of voice utterances (tuning set).

Written by the voice-set3 helper from data/voice/commands.toml (and the slot notes in
core/voice/catalogue_gen.py) alone. Rule followed: the held-out set, the development set,
natural.jsonl, natural2.jsonl, paraphrases.txt, their build scripts and core/voice/ (except
catalogue_gen.py) were never opened while writing it; nobody tunes on the held-out set.

Most lines are hand-written (DATA below: `command|slots-json|text` under `## category lang`
headers, `-` for no command). Two generated parts, with a fixed seed, complete it:
  - canonical: phrases expanded from the catalogue's own templates, slots varied;
  - asr: Whisper-style variants (no accents, homophones, digits/words, split product names)
    of a sample of the hand-written in-scope lines.
Run: python3 tests/data/voice/build_natural3.py  (rewrites natural3.jsonl next to it, then checks it).
"""
from __future__ import annotations

import json
import random
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

SEED = 20261201
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CATALOGUE = ROOT / "data" / "voice" / "commands.toml"
OUT = HERE / "natural3.jsonl"

DATA = r"""
## paraphrase en
volume.up|{}|I can't hear anything, turn it up a bit
volume.up|{}|could you make it a little louder please
volume.up|{}|Jarvis, louder
volume.up|{}|it's way too quiet, bump the volume up
volume.up|{}|can you turn the music up a notch
volume.up|{}|would you mind raising the volume a little
volume.down|{}|that's too loud, bring it down a bit
volume.down|{}|can you turn it down, I'm on a call
volume.down|{}|a bit quieter please
volume.down|{}|Jarvis, lower the sound a little
volume.down|{}|my ears hurt, turn the volume down
volume.up_by|{"step": 20}|raise the volume by twenty percent
volume.up_by|{"step": 5}|nudge the volume up by 5
volume.up_by|{"step": 15}|could you turn it up by 15 percent
volume.down_by|{"step": 10}|drop the volume by 10 percent please
volume.down_by|{"step": 25}|can you lower the sound by twenty five percent
volume.down_by|{"step": 30}|turn it down by thirty
volume.set|{"percent": 30}|volume 30
volume.set|{"percent": 50}|set the sound to half, 50 percent
volume.set|{"percent": 40}|can you put the volume at 40
volume.set|{"percent": 15}|I'd like the volume at fifteen percent
volume.set|{"percent": 70}|ok so first, could you set the volume to 70, thanks
volume.set|{"percent": 0}|volume to zero
volume.set|{"percent": 100}|volume at 100 percent
volume.set|{"percent": 25}|would you mind bringing the volume down to 25
volume.max|{}|crank it all the way up
volume.max|{}|max the volume, this song is great
volume.max|{}|full blast please, volume to the max
volume.mute|{}|mute, the phone is ringing
volume.mute|{}|shh, mute the sound
volume.mute|{}|can you mute the audio for a second
volume.mute|{}|Jarvis, kill the sound
volume.unmute|{}|ok you can unmute now
volume.unmute|{}|bring the sound back please
volume.unmute|{}|I muted it by mistake, turn the sound back on
media.play_pause|{}|ok so first, could you pause the music, thanks
media.play_pause|{}|pause the song, someone's at the door
media.play_pause|{}|hit pause
media.play_pause|{}|can you resume the music
media.play_pause|{}|put the music back on
media.play_pause|{}|unpause please
media.next|{}|I don't like this one, skip it
media.next|{}|skip this track
media.next|{}|next song please
media.next|{}|can you play the next track
media.previous|{}|go back to the last song, I liked it
media.previous|{}|play the previous track again
media.previous|{}|previous song
media.stop|{}|stop the music completely, I'm done for today
media.stop|{}|no more music please
media.stop|{}|kill the music for good
system.cpu|{}|how busy is the processor right now
system.cpu|{}|is the cpu pegged?
system.cpu|{}|what's the cpu load at
system.cpu|{}|cpu usage
system.cpu|{}|everything feels slow, how hard is the cpu working
system.memory|{}|how much ram have I got left
system.memory|{}|am I running low on memory?
system.memory|{}|ram usage
system.memory|{}|is my memory full
system.memory|{}|how much memory is free right now
system.disk|{}|am I running out of disk space
system.disk|{}|how much room is left on the disk
system.disk|{}|disk space
system.disk|{}|is the hard drive full?
system.disk|{}|check how much storage I have left
system.uptime|{}|how long has this machine been running
system.uptime|{}|when did the computer last reboot
system.uptime|{}|uptime
system.uptime|{}|how long has the pc been on
system.info|{}|what kind of computer is this
system.info|{}|tell me about this machine
system.info|{}|what OS am I running?
system.info|{}|give me the specs of this pc
system.gpu|{}|what graphics card is in this computer
system.gpu|{}|which gpu do I have in this box
system.gpu|{}|tell me about my graphics card
system.network|{}|how's the network doing
system.network|{}|show me the network traffic
system.network|{}|network interfaces
system.ip|{}|what's my IP
system.ip|{}|tell me my ip address
system.ip|{}|which ip am I on right now?
system.wifi|{}|what wifi networks can you see around here
system.wifi|{}|scan for wi-fi networks
system.wifi|{}|which wi-fi networks are available
system.resolution|{}|what's my screen resolution
system.resolution|{}|display resolution?
system.screenshot|{}|grab a screenshot of this
system.screenshot|{}|take a screenshot real quick
system.screenshot|{}|could you capture the screen for me
system.lock|{}|I'm heading out, lock the computer
system.lock|{}|lock my session
system.lock|{}|lock the screen please
system.shutdown|{}|I'm done for the day, shut the computer down
system.shutdown|{}|power off the machine
system.shutdown|{}|turn off the pc please
system.restart|{}|reboot the computer
system.restart|{}|the updates are in, restart the machine
system.sleep|{}|put the computer to sleep
system.sleep|{}|send the pc to sleep mode
system.processes|{}|what's running on this computer right now
system.processes|{}|show me the running processes
system.services|{}|which services are running
system.services|{}|show me what services are active
system.scheduled|{}|do I have any cron jobs? show them
system.scheduled|{}|what's scheduled on this machine
system.scheduled|{}|list the scheduled tasks
system.clipboard_read|{}|what did I just copy
system.clipboard_read|{}|read me what's on the clipboard
system.clipboard_read|{}|what's in my clipboard
system.clipboard_clear|{}|clear the clipboard, there's a password in it
system.clipboard_clear|{}|wipe the clipboard
system.ping_google|{}|ping google dot com
system.ping_google|{}|can you ping google
system.internet|{}|am I online?
system.internet|{}|pages won't load, is the internet down
system.internet|{}|check my internet connection
system.internet|{}|do I have internet
system.internet|{}|is the wifi working
service.start.docker|{}|spin up docker
service.start.docker|{}|I need docker, can you start it
service.stop.docker|{}|shut docker down, I'm done with the containers
service.stop.docker|{}|stop the docker service
service.start.ollama|{}|fire up ollama
service.start.ollama|{}|start the ollama service please
service.stop.ollama|{}|turn off ollama, I need the vram
service.stop.ollama|{}|shut ollama down
service.start.ssh|{}|enable ssh
service.start.ssh|{}|turn on the ssh server... I mean the ssh service
service.stop.ssh|{}|disable ssh
service.start.bluetooth|{}|turn on bluetooth, I want to use my headphones
service.start.bluetooth|{}|switch bluetooth on
service.stop.bluetooth|{}|turn bluetooth off
service.stop.bluetooth|{}|disable bluetooth please
service.start.nginx|{}|bring nginx up
service.stop.nginx|{}|stop nginx
service.start.printing|{}|turn on printing, I need to print something
service.stop.printing|{}|turn printing off
cluster.status|{}|how's the cluster doing
cluster.status|{}|are all the nodes up?
cluster.status|{}|give me a quick rundown of the cluster
cluster.status|{}|is everything ok on the cluster
cluster.status|{}|cluster status
cluster.status|{}|is the cluster healthy right now?
cluster.models|{}|which models do we have loaded
cluster.models|{}|what models are available on the cluster
cluster.models|{}|list all the models
cluster.gpu|{}|gpu temps
cluster.gpu|{}|how hot are the GPUs?
cluster.gpu|{}|are the graphics cards overheating?
cluster.gpu|{}|show me the gpu stats
cluster.gpu|{}|how are the gpus doing
cluster.perf|{}|how fast is the cluster running today
cluster.perf|{}|how many tokens per second is the cluster doing
cluster.perf|{}|what's the cluster's throughput
cluster.perf|{}|show me the cluster performance
ollama.models|{}|what models does ollama have
ollama.models|{}|show me the ollama models
ollama.models|{}|which models are on ollama
ollama.status|{}|is ollama up?
ollama.status|{}|check ollama
ollama.status|{}|is the ollama server responding
node.status.m1|{}|is m1 up?
node.status.m1|{}|check on m1
node.status.m1|{}|is em one still alive
node.status.m2|{}|is m2 responding
node.status.m2|{}|how's m2 doing
node.status.m3|{}|is m3 down?
node.status.m3|{}|status of m3
node.status.ol1|{}|is ol1 reachable
node.status.ol1|{}|how is ollama one doing
node.status.gemini|{}|is gemini working
node.status.gemini|{}|gemini status
node.models.m1|{}|what's loaded on m1
node.models.m2|{}|which models does m2 have
node.models.m3|{}|what's running on m3
node.models.ol1|{}|show me the models on ol1
node.models.gemini|{}|which models does gemini offer
node.gpu.m1|{}|how hot is m1 running
node.gpu.m2|{}|is m2 overheating?
node.gpu.m2|{}|m2 gpu temp
node.gpu.m3|{}|check the gpu on m3
node.gpu.ol1|{}|is ol1 running hot
node.gpu.gemini|{}|gemini gpu stats
node.benchmark.m1|{}|how fast is m1
node.benchmark.m2|{}|run a speed test on m2
node.benchmark.m3|{}|measure the performance of m3
node.benchmark.ol1|{}|benchmark ollama one
node.benchmark.gemini|{}|test the speed of gemini
node.coder.m1|{}|put the coding model on m1
node.coder.m2|{}|switch m2 over to the coder model
node.coder.m3|{}|I'm about to code, switch m3 to the coding model
node.dev.m1|{}|use the dev model on m1
node.dev.m2|{}|switch m2 to the dev model please
node.dev.m3|{}|put the dev model on m3
models.load|{"model": "qwen3-30b", "node": "M2"}|load qwen 3 30b on m2
models.load|{"model": "devstral-small-2", "node": "M1"}|could you put devstral on m1
models.load|{"model": "gpt-oss-20b", "node": "M3"}|put gpt oss on m3 please
models.load|{"model": "qwen3-coder-30b", "node": "M1"}|load the model qwen coder on m1
models.unload|{"model": "qwen3-30b", "node": "M1"}|unload qwen 30b from m1, it's eating all the memory
models.unload|{"model": "gpt-oss-20b", "node": "M2"}|take gpt oss 20b off m2
models.unload|{"model": "devstral-small-2", "node": "M3"}|remove devstral from m3
ollama.pull|{"model": "qwen3:1.7b"}|download the small qwen into ollama
ollama.pull|{"model": "gpt-oss-20b"}|pull gpt oss 20b on ollama
trading.status|{}|how's my trading going
trading.status|{}|what's my account balance
trading.status|{}|trading status
trading.status|{}|check my trading balance
trading.positions|{}|do I have any open positions?
trading.positions|{}|how are my positions doing
trading.positions|{}|what positions are open right now
trading.positions|{}|show me my positions
trading.signals|{}|any new signals?
trading.signals|{}|are there any pending trading signals
trading.signals|{}|what signals do we have
trading.signals_min|{"score": 80}|only show me signals above 80
trading.signals_min|{"score": 70}|show me the signals scoring over 70
trading.signals_min|{"score": 90}|list the signals above ninety
trading.resume|{}|the drawdown is over, resume trading
trading.resume|{}|lift the trading halt
trading.analyse.btc|{}|give me your analysis of bitcoin
trading.analyse.btc|{}|what's your take on btc, run an analysis
trading.analyse.eth|{}|analyze ethereum
trading.analyse.eth|{}|do a technical analysis on eth
trading.analyse.sol|{}|run an analysis on solana
trading.analyse.sui|{}|analyse sui for me
trading.analyse.pepe|{}|give me an analysis of pepe
trading.analyse.doge|{}|do an analysis on dogecoin
trading.analyse.xrp|{}|analyze the ripple market
trading.analyse.ada|{}|run a technical analysis on cardano
trading.analyse.avax|{}|analyze avalanche
trading.analyse.link|{}|what's your analysis of chainlink
trading.close.btc|{}|get me out of my bitcoin position
trading.close.btc|{}|close my btc position now
trading.close.eth|{}|exit the ethereum position
trading.close.sol|{}|close my position on solana
trading.close.sui|{}|close the sui position
trading.close.pepe|{}|get me out of the pepe position, it's tanking
trading.close.doge|{}|exit my doge position
trading.close.xrp|{}|close the ripple position
trading.close.ada|{}|close my cardano position
trading.close.avax|{}|exit the avax position
trading.close.link|{}|close the chainlink position
trading.chart.btc|{}|show me the bitcoin chart
trading.chart.eth|{}|open the eth chart
trading.chart.sol|{}|let me see the chart for solana
trading.chart.doge|{}|show me the chart for dogecoin
trading.chart.xrp|{}|open the xrp chart please
trading.chart.ada|{}|show the cardano chart
trading.chart.avax|{}|open the avalanche chart
trading.chart.link|{}|show me the chainlink chart
trading.chart.pepe|{}|pepe chart please, open it
trading.chart.sui|{}|show me the chart for sui
brain.status|{}|what have you learned about me so far
brain.status|{}|what do you know about my habits
brain.status|{}|have you learnt anything new
brain.analyse|{}|look for patterns in my history
brain.analyse|{}|what do I do a lot?
brain.analyse|{}|go through my history and find patterns
brain.suggest|{}|got any ideas for new skills?
brain.suggest|{}|what skills should I create
brain.suggest|{}|recommend some new skills
skills.list|{}|what skills do I have
skills.list|{}|show me all my skills
skills.list|{}|how many skills do you have
skills.suggest_actions|{}|what should I do now?
skills.suggest_actions|{}|any suggestions?
skills.suggest_actions|{}|what would you suggest I do
skills.history|{}|what did I run recently
skills.history|{}|show me the last commands
skills.history|{}|what was my last action
skills.run|{"skill": "morning routine"}|run the morning routine skill
skills.run|{"skill": "backup"}|could you run the skill backup
skills.run|{"skill": "end of day"}|run the end of day skill please
cockpit.mode.commander|{}|go back to commander mode
cockpit.mode.commander|{}|put me in commander mode
cockpit.mode.voice|{}|switch to voice mode, my hands are full
cockpit.mode.voice|{}|turn on voice mode
cockpit.mode.keyboard|{}|I'll type from now on, keyboard mode
cockpit.mode.keyboard|{}|set the mode to keyboard
cockpit.mode.ollama|{}|use ollama mode
cockpit.mode.ollama|{}|switch over to ollama mode
cockpit.focus.conversation|{}|take me back to the chat
cockpit.focus.conversation|{}|jump to the conversation
cockpit.focus.plan|{}|show me the plan
cockpit.focus.plan|{}|let's look at the plan
cockpit.focus.streams|{}|show me the agent streams
cockpit.focus.streams|{}|switch to the streams
cockpit.focus.gpu|{}|go to the heat map
cockpit.focus.gpu|{}|focus on the gpus
cockpit.focus.cluster|{}|jump to the cluster panel
cockpit.focus.cluster|{}|put the focus on the cluster pane
cockpit.focus.trading|{}|show me the trading book
cockpit.focus.trading|{}|go to the trading pane
cockpit.zoom|{}|make this pane full screen
cockpit.zoom|{}|zoom in on this pane
cockpit.unzoom|{}|put the pane back to normal
cockpit.unzoom|{}|ok, unzoom
cockpit.cancel|{}|cancel that, I changed my mind
cockpit.cancel|{}|never mind, forget it
cockpit.cancel|{}|stop the request
cockpit.help|{}|what can you do?
cockpit.help|{}|show me the keyboard shortcuts
cockpit.help|{}|open the help screen
cockpit.search|{}|search my old conversations
cockpit.search|{}|I'm looking for an old conversation
cockpit.export|{}|save this chat as markdown
cockpit.export|{}|export the conversation to markdown
cockpit.metric|{}|next metric
cockpit.metric|{}|switch the heat map to the next metric
cockpit.talk|{}|stop listening
cockpit.talk|{}|start listening to me
cockpit.quit|{}|close the cockpit, I'm done
cockpit.quit|{}|exit the cockpit
web.search|{"query": "the best pizza in naples"}|search the web for the best pizza in naples
web.search|{"query": "how tall is mount everest"}|could you look up how tall is mount everest online
web.search|{"query": "python asyncio timeout"}|google python asyncio timeout
web.search|{"query": "train strikes in paris this week"}|look up train strikes in paris this week on the web
keyboard.type|{"text": "I'll be there in five minutes"}|type the following message I'll be there in five minutes
keyboard.type|{"text": "meeting moved to thursday"}|write the following text meeting moved to thursday
cluster.consensus|{"query": "is rust faster than go for web servers"}|get a consensus from the models on is rust faster than go for web servers
cluster.consensus|{"query": "which database should I use for logs"}|ask all the nodes and compare which database should I use for logs
web.open.youtube|{}|take me to youtube
web.open.youtube|{}|put youtube on, I want to watch something
web.open.google|{}|pull up google
web.open.gmail|{}|check my email
web.open.gmail|{}|can you open my inbox
web.open.github|{}|go to github
web.open.chatgpt|{}|open chatgpt in the browser
web.open.claude|{}|take me to claude
web.open.wikipedia|{}|pull up wikipedia
web.open.netflix|{}|put netflix on, it's movie night
web.open.twitch|{}|go to twitch
web.open.twitter|{}|open twitter
web.open.reddit|{}|I'm bored, take me to reddit
web.open.linkedin|{}|go to linkedin
web.open.amazon|{}|open amazon, I need to order something
web.open.maps|{}|bring up google maps
web.open.drive|{}|open my google drive
web.open.stackoverflow|{}|take me to stack overflow
web.open.huggingface|{}|go to hugging face
web.open.tradingview|{}|open trading view
web.open.mexc|{}|visit mexc
web.open.binance|{}|take me to binance
web.open.coingecko|{}|load coingecko
web.open.coinmarketcap|{}|check coinmarketcap
web.open.deepl|{}|open deepl, I need a translation
web.open.translate|{}|bring up google translate
web.open.whatsapp|{}|open whatsapp in the browser
web.open.facebook|{}|go to facebook
web.open.instagram|{}|take me to instagram
web.open.ollama|{}|take me to the ollama library
files.open.documents|{}|open my documents folder
files.open.documents|{}|take me to the documents folder
files.list.documents|{}|what's in my documents folder?
files.open.downloads|{}|open downloads, I just grabbed a file
files.list.downloads|{}|what files do I have in downloads
files.open.desktop|{}|open the desktop folder in the file manager
files.list.desktop|{}|what's on my desktop
files.open.pictures|{}|show me my pictures folder
files.list.pictures|{}|what do I have in my pictures folder
files.open.music|{}|open my music folder
files.list.music|{}|list what's in my music folder
files.open.videos|{}|take me to my videos folder
files.list.videos|{}|what files are in my videos
files.open.home|{}|open my home folder
files.list.home|{}|what's in my home directory
files.find.pdf|{}|where are my pdfs
files.find.photos|{}|find all my photos
files.find.png|{}|look for png images
files.find.python|{}|where are all my python scripts
files.find.word|{}|find my word documents
files.find.excel|{}|where are my spreadsheets
files.find.powerpoint|{}|look for my presentations
files.find.text|{}|find my text files
files.find.csv|{}|where are the csv files
files.find.zip|{}|find my zip files
files.find.mp3|{}|find my songs
files.find.mp4|{}|where are my mp4 files
files.find.json|{}|list my json files
files.find.markdown|{}|find my markdown notes
files.delete.screenshot|{}|delete the screenshot, it's got my password on it
window.close|{}|close this window
window.close|{}|hit alt f4
window.next|{}|next window
window.next|{}|switch to the other window
window.desktop|{}|show me the desktop
window.desktop|{}|hide all the windows
window.fullscreen|{}|make it full screen
window.fullscreen|{}|exit full screen
window.list|{}|which windows do I have open
window.list|{}|how many windows are open?
browser.new_tab|{}|give me a new tab
browser.new_tab|{}|open another tab
browser.close_tab|{}|close this tab
browser.next_tab|{}|next tab
browser.next_tab|{}|go to the tab on the right
browser.previous_tab|{}|go back to the previous tab
browser.reopen_tab|{}|oops, reopen the tab I just closed
browser.reopen_tab|{}|bring back the last tab
browser.new_window|{}|open a new window
browser.refresh|{}|the page is stuck, reload it
browser.refresh|{}|refresh
browser.back|{}|go back a page
browser.back|{}|take me back to the previous page
browser.forward|{}|go forward one page
browser.find|{}|search this page for a word
browser.zoom_in|{}|make the text bigger, I can't read it
browser.zoom_out|{}|make the text smaller
browser.zoom_reset|{}|set the zoom back to normal
edit.copy|{}|copy the selected text
edit.copy|{}|copy what I selected
edit.paste|{}|paste it here
edit.cut|{}|cut the selection
edit.undo|{}|undo that
edit.undo|{}|oops, undo the last change
edit.redo|{}|redo what I just undid
edit.select_all|{}|select everything
edit.save|{}|save my work
edit.save|{}|save the file
edit.print|{}|print this page
key.enter|{}|press enter
key.escape|{}|hit escape
key.page_down|{}|scroll down a bit
key.page_up|{}|scroll up a bit
key.top|{}|take me to the top of the page
key.bottom|{}|scroll all the way to the bottom
app.open.firefox|{}|can you open firefox for me
app.open.chrome|{}|I need chrome, fire it up
app.open.edge|{}|start microsoft edge
app.open.brave|{}|launch the brave browser please
app.open.vscode|{}|open vs code, I've got some coding to do
app.open.terminal|{}|give me a terminal... open a terminal
app.open.files|{}|open the file manager
app.open.calculator|{}|I need to do some math, open the calculator
app.open.editor|{}|could you launch notepad
app.open.spotify|{}|start spotify, I want some music
app.open.vlc|{}|fire up vlc
app.open.discord|{}|open discord, the guys are waiting
app.open.slack|{}|start slack, work's starting
app.open.telegram|{}|launch telegram
app.open.thunderbird|{}|open thunderbird so I can check my mail
app.open.outlook|{}|start outlook
app.open.teams|{}|I have a meeting, open teams
app.open.word|{}|open word, I have a letter to write
app.open.excel|{}|could you open excel please
app.open.powerpoint|{}|launch powerpoint
app.open.libreoffice|{}|start libre office
app.open.gimp|{}|open gimp
app.open.obs|{}|fire up obs, I'm going live
app.open.steam|{}|launch steam, game time
app.open.lmstudio|{}|open lm studio
app.open.taskmanager|{}|something's frozen, open the task manager
app.open.settings|{}|open the settings
app.open.blender|{}|start blender
app.open.pycharm|{}|open pycharm please
app.open.postman|{}|launch postman, I need to test the api
app.open.notion|{}|get notion open
app.open.obsidian|{}|I want obsidian open
app.close.firefox|{}|close firefox, I'm done browsing
app.close.chrome|{}|quit chrome, it's eating my ram
app.close.spotify|{}|shut spotify down
app.close.discord|{}|close discord please
app.close.slack|{}|quit slack, it's the weekend
app.close.vscode|{}|close vs code
app.close.teams|{}|the meeting's over, close teams
app.close.steam|{}|exit steam
app.close.obs|{}|close obs studio, stream's over
app.close.word|{}|quit word
app.close.excel|{}|close the excel app
app.close.calculator|{}|close the calculator
app.close.terminal|{}|close the terminal
app.close.outlook|{}|get out of outlook
app.close.lmstudio|{}|quit lm studio, I want the gpu back
app.close.telegram|{}|close telegram
app.close.notion|{}|close notion
app.kill.firefox|{}|firefox froze, kill it... kill firefox
app.kill.chrome|{}|force quit chrome
app.kill.spotify|{}|spotify is stuck, force close spotify
app.kill.vscode|{}|terminate vs code, it's not responding
app.kill.teams|{}|kill the teams process
app.kill.steam|{}|force steam to quit
app.kill.discord|{}|kill discord
app.kill.blender|{}|blender hung, force quit blender
app.kill.pycharm|{}|end the pycharm task
app.kill.obs|{}|force close obs
window.focus.firefox|{}|switch back to firefox
window.focus.chrome|{}|take me back to chrome
window.focus.vscode|{}|go back to vs code
window.focus.terminal|{}|jump to the terminal
window.focus.spotify|{}|bring spotify to the front
window.focus.discord|{}|switch to discord
window.focus.slack|{}|bring the slack window to the front
window.focus.word|{}|back to word
window.focus.excel|{}|switch to the excel window
window.focus.obsidian|{}|go to obsidian
window.focus.teams|{}|put teams in front
window.minimize.firefox|{}|minimize firefox
window.minimize.spotify|{}|hide spotify
window.minimize.discord|{}|shrink discord out of the way
window.minimize.terminal|{}|minimize the terminal
window.minimize.vscode|{}|hide vs code for now
window.maximize.chrome|{}|maximize chrome
window.maximize.vscode|{}|make vs code bigger, maximize it
window.maximize.vlc|{}|enlarge vlc
window.maximize.excel|{}|maximize excel, I can't see the columns
window.maximize.terminal|{}|expand the terminal
## paraphrase fr
volume.up|{}|j'entends rien, monte un peu le son
volume.up|{}|tu peux mettre un peu plus fort ?
volume.up|{}|Jarvis, plus fort s'il te plaît
volume.up|{}|c'est trop bas, augmente le volume
volume.up|{}|t'peux pousser le son un peu
volume.up|{}|j'aimerais bien que tu montes le volume
volume.down|{}|c'est trop fort, baisse un peu
volume.down|{}|tu pourrais baisser le son, je suis au téléphone
volume.down|{}|moins fort s'il vous plaît
volume.down|{}|baisse le volume, les voisins vont râler
volume.down|{}|un peu moins fort, merci
volume.up_by|{"step": 20}|monte le son de vingt pour cent
volume.up_by|{"step": 10}|augmente le volume de 10
volume.up_by|{"step": 5}|tu peux monter le volume de cinq pour cent ?
volume.down_by|{"step": 15}|baisse le volume de quinze pour cent
volume.down_by|{"step": 30}|diminue le son de 30 pour cent
volume.down_by|{"step": 20}|descends le volume de 20
volume.set|{"percent": 30}|volume à 30
volume.set|{"percent": 50}|mets le son à cinquante pour cent
volume.set|{"percent": 40}|règle le volume sur 40
volume.set|{"percent": 20}|tu peux mettre le volume à vingt ?
volume.set|{"percent": 60}|j'aimerais le volume à 60 pour cent
volume.set|{"percent": 10}|baisse le son à 10
volume.set|{"percent": 80}|bon, mets le volume à 80 et après on verra
volume.set|{"percent": 35}|son à trente-cinq
volume.max|{}|mets le son à fond, c'est ma chanson
volume.max|{}|volume au max
volume.max|{}|pousse le volume au maximum
volume.mute|{}|coupe le son, on m'appelle
volume.mute|{}|silence !
volume.mute|{}|mets en sourdine s'il te plaît
volume.mute|{}|tu peux couper le son deux secondes
volume.unmute|{}|remets le son
volume.unmute|{}|c'est bon, enlève la sourdine
volume.unmute|{}|réactive le son, j'ai fini mon appel
media.play_pause|{}|mets pause, on sonne à la porte
media.play_pause|{}|pause la musique deux minutes
media.play_pause|{}|reprends la musique
media.play_pause|{}|relance la lecture s'il te plaît
media.play_pause|{}|enlève la pause
media.next|{}|j'aime pas celle-là, passe à la suivante
media.next|{}|zappe cette chanson
media.next|{}|chanson suivante
media.next|{}|change de morceau
media.previous|{}|remets celle d'avant, elle était bien
media.previous|{}|reviens à la chanson précédente
media.previous|{}|piste précédente
media.stop|{}|arrête complètement la musique, j'ai fini
media.stop|{}|coupe la musique pour de bon
system.cpu|{}|le processeur est à combien ?
system.cpu|{}|est-ce que le processeur est chargé
system.cpu|{}|tout rame, c'est quoi la charge du processeur
system.cpu|{}|utilisation du processeur
system.cpu|{}|le cpu bosse beaucoup là ?
system.memory|{}|combien de mémoire il me reste
system.memory|{}|est-ce que la ram est pleine ?
system.memory|{}|il reste combien de ram
system.memory|{}|la mémoire est à combien
system.memory|{}|combien de ram j'utilise là
system.disk|{}|il me reste combien de place sur le disque ?
system.disk|{}|est-ce que mon disque est plein
system.disk|{}|espace disque
system.disk|{}|combien d'espace il reste
system.uptime|{}|depuis quand le pc est allumé ?
system.uptime|{}|ça fait combien de temps que l'ordi tourne
system.uptime|{}|le pc tourne depuis quand
system.info|{}|c'est quoi comme machine ?
system.info|{}|donne-moi les infos système
system.info|{}|c'est quoi les caractéristiques du pc
system.gpu|{}|j'ai quoi comme carte graphique ?
system.gpu|{}|quelle carte graphique il y a dans ce pc
system.gpu|{}|c'est quoi mon gpu
system.network|{}|comment va le réseau ?
system.network|{}|montre-moi le trafic réseau
system.network|{}|état de la connexion réseau
system.ip|{}|c'est quoi mon ip ?
system.ip|{}|donne-moi mon adresse ip
system.ip|{}|j'ai quelle ip
system.wifi|{}|quels wi-fi je capte ici ?
system.wifi|{}|montre-moi les réseaux wi-fi disponibles
system.resolution|{}|c'est quoi la résolution de l'écran
system.resolution|{}|donne-moi la résolution
system.screenshot|{}|prends une capture d'écran
system.screenshot|{}|fais un screenshot vite fait
system.screenshot|{}|tu peux faire une photo de l'écran ?
system.lock|{}|je m'absente, verrouille l'ordinateur
system.lock|{}|bloque la session
system.lock|{}|verrouille l'écran s'il te plaît
system.shutdown|{}|j'ai fini, éteins le pc
system.shutdown|{}|éteins l'ordinateur
system.restart|{}|redémarre la machine, les mises à jour sont prêtes
system.restart|{}|relance l'ordinateur
system.sleep|{}|mets l'ordi en veille
system.sleep|{}|mets la machine en veille, je reviens dans une heure
system.processes|{}|quels programmes tournent en ce moment ?
system.processes|{}|montre-moi les processus en cours
system.services|{}|quels services tournent ?
system.services|{}|liste les services système
system.scheduled|{}|qu'est-ce qui est planifié sur cette machine
system.scheduled|{}|montre-moi les tâches programmées
system.clipboard_read|{}|j'ai copié quoi déjà ?
system.clipboard_read|{}|lis-moi le presse-papier
system.clipboard_read|{}|qu'est-ce qu'il y a dans le presse-papiers
system.clipboard_clear|{}|vide le presse-papier, y a un mot de passe dedans
system.clipboard_clear|{}|efface le presse-papiers
system.ping_google|{}|lance un ping vers google
system.ping_google|{}|fais un ping sur google
system.internet|{}|est-ce que j'ai internet là ?
system.internet|{}|les pages chargent pas, vérifie la connexion
system.internet|{}|on est connecté à internet ?
system.internet|{}|est-ce que le wifi marche
system.internet|{}|teste la connexion internet
service.start.docker|{}|démarre docker, j'en ai besoin
service.start.docker|{}|tu peux lancer le service docker ?
service.stop.docker|{}|coupe docker, j'ai fini avec les conteneurs
service.stop.docker|{}|arrête docker
service.start.ollama|{}|allume ollama
service.start.ollama|{}|lance le service ollama s'il te plaît
service.stop.ollama|{}|éteins ollama, j'ai besoin de la vram
service.stop.ollama|{}|arrête le service ollama
service.start.ssh|{}|active ssh
service.start.ssh|{}|démarre le service ssh
service.stop.ssh|{}|désactive ssh
service.start.bluetooth|{}|allume le bluetooth, je veux mettre mon casque
service.start.bluetooth|{}|active le bluetooth
service.stop.bluetooth|{}|éteins le bluetooth
service.stop.bluetooth|{}|coupe le bluetooth
service.start.nginx|{}|démarre nginx
service.stop.nginx|{}|arrête nginx
service.start.printing|{}|lance le service d'impression, je dois imprimer
service.stop.printing|{}|coupe le service d'impression
cluster.status|{}|comment va le cluster ?
cluster.status|{}|est-ce que tous les nœuds répondent
cluster.status|{}|fais-moi un point sur le cluster
cluster.status|{}|est-ce que tout tourne sur le cluster ?
cluster.status|{}|état du cluster
cluster.status|{}|où en est le cluster
cluster.models|{}|quels modèles sont chargés ?
cluster.models|{}|quels modèles on a sur le cluster
cluster.models|{}|c'est quoi les modèles disponibles
cluster.gpu|{}|c'est quoi la température des GPU ?
cluster.gpu|{}|est-ce que les cartes graphiques chauffent
cluster.gpu|{}|les gpu sont à combien de degrés ?
cluster.gpu|{}|montre-moi les stats des gpu
cluster.gpu|{}|comment vont les gpu
cluster.perf|{}|montre-moi les perfs du cluster
cluster.perf|{}|combien de tokens par seconde sur le cluster
cluster.perf|{}|performances du cluster
ollama.models|{}|quels modèles il y a sur ollama ?
ollama.models|{}|affiche les modèles d'ollama
ollama.models|{}|liste les modèles ollama
ollama.status|{}|est-ce qu'ollama tourne ?
ollama.status|{}|comment va ollama
ollama.status|{}|le serveur ollama répond ?
node.status.m1|{}|est-ce que le nœud m1 répond ?
node.status.m1|{}|m1 est toujours en ligne ?
node.status.m1|{}|vérifie m1
node.status.m2|{}|comment va m2
node.status.m2|{}|est-ce que m2 marche
node.status.m3|{}|m3 est dispo ?
node.status.m3|{}|statut de m3
node.status.ol1|{}|est-ce que ol1 fonctionne
node.status.ol1|{}|ollama un est joignable ?
node.status.gemini|{}|est-ce que gemini répond
node.status.gemini|{}|comment va gémini
node.models.m1|{}|qu'est-ce qui tourne sur m1 ?
node.models.m2|{}|quels modèles sont chargés sur m2
node.models.m3|{}|montre-moi les modèles de m3
node.models.ol1|{}|quels modèles sur ol1
node.models.gemini|{}|gemini a quels modèles ?
node.gpu.m1|{}|est-ce que m1 chauffe ?
node.gpu.m2|{}|m2 est à combien de degrés
node.gpu.m2|{}|le gpu de m2 va bien ?
node.gpu.m3|{}|m3 chauffe pas trop ?
node.gpu.ol1|{}|température de ol1
node.gpu.gemini|{}|comment va le gpu de gemini
node.benchmark.m1|{}|mesure la vitesse de m1
node.benchmark.m2|{}|lance un benchmark sur m2
node.benchmark.m3|{}|teste les performances de m3
node.benchmark.ol1|{}|fais un test de vitesse sur ol1
node.benchmark.gemini|{}|benchmarke gemini
node.coder.m1|{}|mets le modèle de code sur m1
node.coder.m2|{}|bascule m2 en modèle codeur
node.coder.m3|{}|je vais coder, passe m3 sur le modèle de code
node.dev.m1|{}|charge le modèle dev sur m1
node.dev.m2|{}|passe m2 en modèle dev
node.dev.m3|{}|mets m3 sur le modèle dev
models.load|{"model": "qwen3-30b", "node": "M3"}|charge qwen 3 30b sur m3
models.load|{"model": "devstral-small-2", "node": "M2"}|mets devstral sur m2 s'il te plaît
models.load|{"model": "qwen3-coder-30b", "node": "M1"}|charge le modèle qwen coder sur m1
models.load|{"model": "gpt-oss-20b", "node": "M1"}|tu peux charger gpt oss sur m1 ?
models.unload|{"model": "gpt-oss-20b", "node": "M3"}|décharge gpt oss de m3
models.unload|{"model": "qwen3-30b", "node": "M2"}|enlève qwen 30b de m2, il prend toute la mémoire
models.unload|{"model": "devstral-small-2", "node": "M1"}|retire devstral de m1
ollama.pull|{"model": "qwen3:1.7b"}|télécharge le petit qwen sur ollama
ollama.pull|{"model": "devstral-small-2"}|installe devstral dans ollama
trading.status|{}|où on en est côté trading ?
trading.status|{}|c'est quoi mon solde
trading.status|{}|combien j'ai sur le compte de trading
trading.status|{}|comment va le trading
trading.positions|{}|j'ai des positions ouvertes ?
trading.positions|{}|mes positions en sont où
trading.positions|{}|combien de positions sont ouvertes
trading.positions|{}|montre-moi mes positions
trading.signals|{}|il y a des nouveaux signaux ?
trading.signals|{}|c'est quoi les signaux en attente
trading.signals|{}|affiche les signaux de trading
trading.signals_min|{"score": 80}|montre-moi les signaux au-dessus de 80
trading.signals_min|{"score": 75}|affiche les signaux qui ont plus de soixante-quinze
trading.signals_min|{"score": 60}|liste les signaux de plus de 60
trading.resume|{}|le drawdown est passé, reprends le trading
trading.resume|{}|lève l'arrêt du trading
trading.analyse.btc|{}|fais-moi une analyse du bitcoin
trading.analyse.eth|{}|analyse le marché de l'ethereum
trading.analyse.sol|{}|lance une analyse sur solana
trading.analyse.sui|{}|donne-moi une analyse de sui
trading.analyse.pepe|{}|fais une analyse technique de pepe
trading.analyse.doge|{}|analyse le dogecoin
trading.analyse.xrp|{}|lance une analyse du ripple
trading.analyse.ada|{}|fais-moi une analyse de cardano
trading.analyse.avax|{}|donne-moi une analyse sur avax
trading.analyse.link|{}|fais une analyse technique de chainlink
trading.close.btc|{}|sors-moi de ma position bitcoin
trading.close.eth|{}|coupe ma position sur ethereum
trading.close.sol|{}|clôture la position solana
trading.close.sui|{}|ferme ma position sui
trading.close.pepe|{}|sors-moi de la position pepe, ça dévisse
trading.close.doge|{}|ferme ma position doge
trading.close.xrp|{}|clôture ma position ripple
trading.close.ada|{}|coupe la position cardano
trading.close.avax|{}|ferme ma position sur avalanche
trading.close.link|{}|sors-moi de ma position chainlink
trading.chart.btc|{}|montre-moi la courbe du bitcoin
trading.chart.eth|{}|affiche le graphique de l'ether
trading.chart.sol|{}|ouvre le graphique de solana
trading.chart.sui|{}|montre-moi le graphique de sui
trading.chart.pepe|{}|affiche la courbe de pepe
trading.chart.doge|{}|ouvre le graphique du dogecoin
trading.chart.xrp|{}|montre-moi le graphique du ripple
trading.chart.ada|{}|affiche la courbe de cardano
trading.chart.avax|{}|ouvre le graphique d'avalanche
trading.chart.link|{}|montre-moi la courbe de chainlink
brain.status|{}|qu'est-ce que t'as appris sur moi ?
brain.status|{}|tu as appris quoi de nouveau
brain.status|{}|qu'est-ce que tu sais de mes habitudes
brain.analyse|{}|cherche des habitudes dans mon historique
brain.analyse|{}|qu'est-ce que je fais souvent ?
brain.analyse|{}|analyse mes habitudes
brain.suggest|{}|t'as des idées de compétences à créer ?
brain.suggest|{}|propose-moi des nouvelles skills
brain.suggest|{}|quelles compétences je devrais ajouter
skills.list|{}|c'est quoi mes skills ?
skills.list|{}|montre-moi toutes les compétences
skills.list|{}|combien de skills j'ai
skills.suggest_actions|{}|qu'est-ce que je devrais faire maintenant ?
skills.suggest_actions|{}|t'as des suggestions ?
skills.suggest_actions|{}|tu me proposes quoi
skills.history|{}|qu'est-ce que j'ai lancé récemment
skills.history|{}|montre-moi les dernières commandes
skills.history|{}|c'est quoi ma dernière action ?
skills.run|{"skill": "bonjour"}|lance la compétence bonjour
skills.run|{"skill": "rapport du soir"}|exécute la skill rapport du soir
skills.run|{"skill": "sauvegarde"}|tu peux lancer la compétence sauvegarde ?
cockpit.mode.commander|{}|repasse en mode commandant
cockpit.mode.commander|{}|on passe en mode commander
cockpit.mode.voice|{}|passe en mode vocal, j'ai les mains prises
cockpit.mode.voice|{}|active le mode voix
cockpit.mode.keyboard|{}|je vais taper, mode clavier
cockpit.mode.keyboard|{}|bascule en mode clavier
cockpit.mode.ollama|{}|mets le mode ollama
cockpit.mode.ollama|{}|on repasse en mode ollama
cockpit.focus.conversation|{}|reviens sur la conversation
cockpit.focus.conversation|{}|mets le focus sur le chat
cockpit.focus.plan|{}|montre-moi le plan
cockpit.focus.plan|{}|va sur le plan
cockpit.focus.streams|{}|affiche les flux des agents
cockpit.focus.streams|{}|passe sur les streams
cockpit.focus.gpu|{}|montre-moi la carte thermique
cockpit.focus.gpu|{}|va sur les gpu
cockpit.focus.cluster|{}|va sur le panneau cluster
cockpit.focus.cluster|{}|focus sur le cluster
cockpit.focus.trading|{}|affiche le carnet de trading
cockpit.focus.trading|{}|bascule sur le trading
cockpit.zoom|{}|mets le panneau en plein écran
cockpit.zoom|{}|zoome sur ce panneau
cockpit.unzoom|{}|remets le panneau comme avant
cockpit.unzoom|{}|sors du zoom
cockpit.cancel|{}|annule, j'ai changé d'avis
cockpit.cancel|{}|laisse tomber la demande
cockpit.cancel|{}|oublie ça
cockpit.help|{}|qu'est-ce que tu sais faire ?
cockpit.help|{}|c'est quoi les raccourcis clavier
cockpit.help|{}|affiche l'aide
cockpit.search|{}|retrouve une vieille conversation
cockpit.search|{}|cherche dans mes anciennes conversations
cockpit.export|{}|exporte cette discussion en markdown
cockpit.export|{}|sauvegarde la conversation en markdown
cockpit.metric|{}|métrique suivante
cockpit.metric|{}|passe à la prochaine métrique
cockpit.talk|{}|arrête d'écouter
cockpit.talk|{}|écoute-moi
cockpit.quit|{}|ferme le cockpit, j'ai fini
cockpit.quit|{}|quitte le cockpit
web.search|{"query": "la recette des crêpes"}|cherche sur internet la recette des crêpes
web.search|{"query": "le prix de l'essence aujourd'hui"}|regarde sur google le prix de l'essence aujourd'hui
web.search|{"query": "les horaires du tgv pour marseille"}|fais une recherche internet sur les horaires du tgv pour marseille
web.search|{"query": "qui a gagné le tour de france"}|recherche sur le web qui a gagné le tour de france
keyboard.type|{"text": "j'arrive dans cinq minutes"}|tape le message suivant j'arrive dans cinq minutes
keyboard.type|{"text": "réunion déplacée à jeudi"}|écris le texte suivant réunion déplacée à jeudi
keyboard.type|{"text": "merci beaucoup"}|dicte le texte merci beaucoup
cluster.consensus|{"query": "faut-il migrer vers postgres"}|demande un consensus sur faut-il migrer vers postgres
cluster.consensus|{"query": "quelle est la meilleure structure pour ce projet"}|demande l'avis de tous les modèles sur quelle est la meilleure structure pour ce projet
web.open.youtube|{}|mets youtube, je veux regarder une vidéo
web.open.youtube|{}|va sur youtube
web.open.google|{}|ouvre-moi google
web.open.gmail|{}|consulte mes mails
web.open.gmail|{}|ouvre ma boîte mail
web.open.github|{}|va sur github
web.open.chatgpt|{}|ouvre chatgpt dans le navigateur
web.open.claude|{}|va sur claude
web.open.wikipedia|{}|ouvre wikipédia
web.open.netflix|{}|mets netflix, c'est soirée film
web.open.twitch|{}|affiche twitch
web.open.twitter|{}|va sur twitter
web.open.reddit|{}|ouvre reddit
web.open.linkedin|{}|va sur linkedin
web.open.amazon|{}|ouvre amazon, faut que je commande un truc
web.open.maps|{}|ouvre google maps
web.open.drive|{}|va sur google drive
web.open.stackoverflow|{}|ouvre stack overflow
web.open.huggingface|{}|va sur hugging face
web.open.tradingview|{}|ouvre trading view
web.open.mexc|{}|va sur mexc
web.open.binance|{}|ouvre binance
web.open.coingecko|{}|affiche coingecko
web.open.coinmarketcap|{}|va sur coinmarketcap
web.open.deepl|{}|ouvre deepl, j'ai un texte à traduire
web.open.translate|{}|ouvre le traducteur google
web.open.whatsapp|{}|ouvre whatsapp dans le navigateur
web.open.facebook|{}|va sur facebook
web.open.instagram|{}|ouvre instagram
web.open.ollama|{}|ouvre la bibliothèque ollama
files.open.documents|{}|ouvre mes documents
files.open.documents|{}|emmène-moi dans mon dossier documents
files.list.documents|{}|qu'est-ce qu'il y a dans mes documents ?
files.open.downloads|{}|ouvre les téléchargements, je viens de récupérer un fichier
files.list.downloads|{}|montre-moi ce qu'il y a dans mes téléchargements
files.open.desktop|{}|ouvre le dossier bureau dans l'explorateur
files.list.desktop|{}|qu'est-ce qu'il y a dans le dossier bureau
files.open.pictures|{}|ouvre mes images
files.list.pictures|{}|liste mes images
files.open.music|{}|ouvre mon dossier musique
files.list.music|{}|qu'est-ce qu'il y a dans ma musique
files.open.videos|{}|ouvre mes vidéos
files.list.videos|{}|affiche le contenu du dossier vidéos
files.open.home|{}|ouvre mon dossier personnel
files.list.home|{}|j'ai quoi dans mon dossier personnel ?
files.find.pdf|{}|où sont mes pdf
files.find.photos|{}|trouve toutes mes photos
files.find.png|{}|cherche les images png
files.find.python|{}|où sont mes scripts python
files.find.word|{}|trouve mes documents word
files.find.excel|{}|où sont mes tableurs
files.find.powerpoint|{}|cherche mes présentations
files.find.text|{}|trouve mes fichiers texte
files.find.csv|{}|où sont les fichiers csv
files.find.zip|{}|cherche mes archives
files.find.mp3|{}|trouve mes morceaux
files.find.mp4|{}|cherche les fichiers mp4
files.find.json|{}|liste mes fichiers json
files.find.markdown|{}|où sont mes notes markdown
files.delete.screenshot|{}|supprime la capture d'écran, on voit mon mot de passe
window.close|{}|ferme cette fenêtre
window.close|{}|fais un alt f4
window.next|{}|change de fenêtre
window.next|{}|passe à l'autre fenêtre
window.desktop|{}|montre-moi le bureau
window.desktop|{}|cache toutes les fenêtres
window.fullscreen|{}|passe en plein écran
window.fullscreen|{}|sors du plein écran
window.list|{}|quelles fenêtres sont ouvertes ?
window.list|{}|j'ai combien de fenêtres ouvertes
browser.new_tab|{}|ouvre un nouvel onglet
browser.new_tab|{}|crée un autre onglet
browser.close_tab|{}|ferme cet onglet
browser.next_tab|{}|va à l'onglet de droite
browser.previous_tab|{}|reviens à l'onglet d'avant
browser.reopen_tab|{}|oups, rouvre l'onglet que je viens de fermer
browser.reopen_tab|{}|récupère le dernier onglet fermé
browser.new_window|{}|ouvre une nouvelle fenêtre
browser.refresh|{}|la page est bloquée, actualise
browser.refresh|{}|recharge la page
browser.back|{}|reviens en arrière
browser.back|{}|retourne à la page précédente
browser.forward|{}|avance d'une page
browser.find|{}|cherche dans cette page
browser.zoom_in|{}|grossis le texte, je vois rien
browser.zoom_out|{}|rapetisse le texte
browser.zoom_reset|{}|remets le zoom à la normale
edit.copy|{}|copie ça
edit.copy|{}|copie ce que j'ai sélectionné
edit.paste|{}|colle ce que j'ai copié
edit.cut|{}|coupe la sélection
edit.undo|{}|annule ce que je viens de faire
edit.undo|{}|défais ça
edit.redo|{}|refais la dernière modif
edit.select_all|{}|sélectionne tout le texte
edit.save|{}|sauvegarde mon travail
edit.save|{}|enregistre le document
edit.print|{}|imprime ce document
key.enter|{}|appuie sur entrée
key.escape|{}|appuie sur échap
key.page_down|{}|descends un peu la page
key.page_up|{}|remonte un peu
key.top|{}|retourne tout en haut
key.bottom|{}|va tout en bas de la page
app.open.firefox|{}|ouvre-moi firefox
app.open.chrome|{}|lance chrome s'il te plaît
app.open.edge|{}|démarre edge
app.open.brave|{}|ouvre le navigateur brave
app.open.vscode|{}|lance vs code, j'ai du code à écrire
app.open.terminal|{}|ouvre-moi un terminal
app.open.files|{}|ouvre le gestionnaire de fichiers
app.open.calculator|{}|j'ai un calcul à faire, ouvre la calculatrice
app.open.editor|{}|ouvre le bloc-notes
app.open.spotify|{}|mets-moi spotify
app.open.vlc|{}|lance le lecteur vlc
app.open.discord|{}|ouvre discord, les potes m'attendent
app.open.slack|{}|lance slack
app.open.telegram|{}|ouvre telegram
app.open.thunderbird|{}|démarre thunderbird pour mes mails
app.open.outlook|{}|ouvre outlook
app.open.teams|{}|j'ai une réunion, lance teams
app.open.word|{}|ouvre word, j'ai une lettre à écrire
app.open.excel|{}|tu peux ouvrir excel ?
app.open.powerpoint|{}|lance powerpoint
app.open.libreoffice|{}|ouvre libre office
app.open.gimp|{}|lance gimp
app.open.obs|{}|démarre obs, je lance le stream
app.open.steam|{}|ouvre steam, c'est l'heure de jouer
app.open.lmstudio|{}|lance lm studio
app.open.taskmanager|{}|un truc a planté, ouvre le gestionnaire des tâches
app.open.settings|{}|ouvre les paramètres
app.open.blender|{}|démarre blender
app.open.pycharm|{}|ouvre pycharm
app.open.postman|{}|lance postman, je dois tester l'api
app.open.notion|{}|ouvre notion
app.open.obsidian|{}|ouvre-moi obsidian
app.close.firefox|{}|ferme firefox, j'ai fini
app.close.chrome|{}|quitte chrome, il bouffe toute la ram
app.close.spotify|{}|ferme spotify
app.close.discord|{}|quitte discord
app.close.slack|{}|ferme slack, c'est le week-end
app.close.vscode|{}|ferme vs code
app.close.teams|{}|la réunion est finie, ferme teams
app.close.steam|{}|quitte steam
app.close.word|{}|ferme l'application de word
app.close.excel|{}|quitte excel
app.close.calculator|{}|ferme la calculatrice
app.close.terminal|{}|ferme le terminal
app.close.thunderbird|{}|ferme thunderbird
app.close.gimp|{}|quitte gimp
app.close.blender|{}|ferme blender
app.kill.firefox|{}|firefox est planté, tue-le... tue firefox
app.kill.chrome|{}|force la fermeture de chrome
app.kill.spotify|{}|spotify répond plus, arrête spotify de force
app.kill.vscode|{}|tue le processus de vs code
app.kill.teams|{}|termine teams de force
app.kill.steam|{}|force steam à quitter
app.kill.discord|{}|tue discord
app.kill.lmstudio|{}|lm studio est bloqué, fais un kill de lm studio
app.kill.postman|{}|tue postman
app.kill.obsidian|{}|arrête obsidian de force
window.focus.firefox|{}|reviens sur firefox
window.focus.chrome|{}|retourne dans chrome
window.focus.vscode|{}|repasse sur vs code
window.focus.terminal|{}|bascule sur le terminal
window.focus.spotify|{}|mets spotify au premier plan
window.focus.discord|{}|va sur discord
window.focus.slack|{}|affiche la fenêtre de slack
window.focus.word|{}|retourne sur word
window.focus.excel|{}|passe sur excel
window.focus.notion|{}|va dans notion
window.focus.outlook|{}|remets outlook devant
window.minimize.firefox|{}|réduis firefox
window.minimize.spotify|{}|cache spotify
window.minimize.discord|{}|minimise discord
window.minimize.terminal|{}|réduis le terminal
window.minimize.teams|{}|cache teams
window.maximize.chrome|{}|agrandis chrome
window.maximize.vscode|{}|maximise vs code
window.maximize.vlc|{}|agrandis vlc
window.maximize.word|{}|maximise word, je vois pas la page entière
window.maximize.firefox|{}|agrandis firefox
## paraphrase en
node.gpu.m2|{}|is node two... is m2 hot right now?
node.gpu.m1|{}|how hot is em one
node.models.m1|{}|is anything running on m1?
node.models.m3|{}|what models are loaded on m3
node.status.m2|{}|is m2 still up or did it crash again
cluster.gpu|{}|would you mind checking the gpu temperatures
cluster.status|{}|could you check the cluster for me
system.memory|{}|how much free memory do I have
system.disk|{}|how much space do I have left on my disk
volume.set|{"percent": 45}|vol 45
volume.up|{}|louder
volume.down|{}|quieter
volume.mute|{}|mute
media.next|{}|skip song
cockpit.cancel|{}|stop that, cancel
system.ip|{}|my ip
cluster.models|{}|models?
trading.positions|{}|positions
trading.signals|{}|signals?
cockpit.focus.gpu|{}|focus gpu pane
cockpit.metric|{}|next metric please
browser.next_tab|{}|tab right
system.screenshot|{}|screenshot
key.enter|{}|enter key, press it
cockpit.mode.voice|{}|voice mode
cockpit.mode.commander|{}|commander mode
system.uptime|{}|uptime?
system.cpu|{}|cpu load
cluster.perf|{}|cluster perf
node.status.ol1|{}|ol1 status
node.benchmark.m2|{}|bench m2
trading.status|{}|balance?
volume.max|{}|max volume
skills.list|{}|my skills
window.list|{}|open windows?
cockpit.help|{}|help me, what are the shortcuts again
media.play_pause|{}|I'm taking a call, can you pause whatever is playing
volume.down|{}|the kids are asleep, could you turn the sound down
browser.refresh|{}|this page looks outdated, reload it please
edit.save|{}|before I forget, save the document
system.lock|{}|I'm grabbing a coffee, lock my pc
app.open.spotify|{}|I'd like to listen to some music, open spotify
app.close.steam|{}|I should be working, close steam
service.stop.docker|{}|I'm done with the containers for today, stop docker
trading.close.eth|{}|I don't like how eth is moving, close my ethereum position
node.coder.m1|{}|I'm going to write code all afternoon, switch m1 to the coding model
media.previous|{}|wait, go back one song
window.focus.terminal|{}|ok, now back to the terminal
browser.close_tab|{}|I'm done with this page, close the tab
files.open.downloads|{}|where did that file go... open my downloads folder
volume.mute|{}|would you mind muting the sound
system.shutdown|{}|would you mind shutting the computer down when you can... actually shut it down now
app.open.calculator|{}|I'd like the calculator please
system.processes|{}|what programs are running on this machine
ollama.status|{}|is the ollama node alive?
trading.signals_min|{"score": 85}|only show me the signals over 85, nothing lower
brain.suggest|{}|do you have any new skills to suggest
web.open.github|{}|I need to check a pull request, go to github
cockpit.focus.streams|{}|what are the agents doing? show me the streams
cluster.gpu|{}|the fans are loud, are the gpus running hot?
system.internet|{}|nothing loads, am I connected to the internet?
edit.undo|{}|that was a mistake, undo
volume.unmute|{}|I can't hear anything, did you mute it? unmute please
## paraphrase fr
node.gpu.m2|{}|est-ce que le nœud m2 est chaud ?
node.models.m1|{}|qu'est-ce qui est chargé sur m1 ?
node.status.m3|{}|m3 est toujours debout ?
node.status.m1|{}|est-ce que m1 est en ligne ou il a encore planté
cluster.gpu|{}|tu pourrais regarder les températures des gpu ?
cluster.status|{}|tu pourrais pas vérifier le cluster ?
system.memory|{}|combien de mémoire reste-t-il
system.disk|{}|j'ai combien de place sur mon disque
volume.set|{"percent": 25}|son 25
volume.up|{}|plus fort
volume.down|{}|moins fort
volume.mute|{}|sourdine
media.next|{}|chanson d'après
cockpit.cancel|{}|stop, annule
system.ip|{}|mon ip
cluster.models|{}|les modèles ?
trading.positions|{}|mes positions
trading.signals|{}|des nouveaux signaux ?
cockpit.focus.gpu|{}|focus sur les gpu
cockpit.metric|{}|autre métrique
browser.next_tab|{}|onglet d'après
system.screenshot|{}|capture écran
key.enter|{}|valide
cockpit.mode.voice|{}|mode vocal
cockpit.mode.keyboard|{}|mode clavier
system.uptime|{}|temps de fonctionnement ?
system.cpu|{}|charge du processeur
cluster.perf|{}|perfs du cluster
node.status.ol1|{}|état de ol1
node.benchmark.m3|{}|benchmark de m3
trading.status|{}|mon solde ?
volume.max|{}|à fond
skills.list|{}|mes compétences
window.list|{}|les fenêtres ouvertes ?
media.play_pause|{}|je prends un appel, mets la musique en pause
volume.down|{}|les enfants dorment, baisse un peu le son
browser.refresh|{}|la page est pas à jour, rafraîchis
edit.save|{}|avant que j'oublie, enregistre le fichier
system.lock|{}|je vais prendre un café, verrouille le pc
app.open.spotify|{}|j'ai envie d'écouter de la musique, lance spotify
app.close.steam|{}|je dois bosser, ferme steam
service.stop.docker|{}|j'ai fini avec les conteneurs, arrête le service docker
trading.close.eth|{}|l'ether me plaît pas, ferme ma position ethereum
node.coder.m2|{}|je vais coder tout l'après-midi, mets m2 sur le modèle de code
media.previous|{}|attends, remets la chanson d'avant
window.focus.terminal|{}|bon, retourne dans le terminal
browser.close_tab|{}|j'ai fini avec cette page, ferme l'onglet
files.open.downloads|{}|il est où ce fichier... ouvre mes téléchargements
volume.mute|{}|ça te dérange de couper le son ?
app.open.calculator|{}|j'aimerais bien que tu m'ouvres la calculatrice
system.processes|{}|quels programmes tournent sur la machine ?
ollama.status|{}|le nœud ollama va bien ?
trading.signals_min|{"score": 85}|montre-moi juste les signaux au-dessus de 85
brain.suggest|{}|tu as des compétences à me proposer ?
web.open.github|{}|je dois relire une pull request, va sur github
cockpit.focus.streams|{}|ils font quoi les agents ? affiche les flux
cluster.gpu|{}|les ventilos font du bruit, est-ce que les gpu chauffent ?
system.internet|{}|rien ne charge, est-ce que j'ai internet ?
edit.undo|{}|je me suis trompé, annule la dernière modif
volume.unmute|{}|j'entends plus rien, remets le son
node.benchmark.m1|{}|m1 est rapide en ce moment ? fais un benchmark de m1
app.kill.chrome|{}|chrome rame à mort, force la fermeture de chrome
window.desktop|{}|réduis tout, je veux voir le bureau
cockpit.zoom|{}|agrandis le panneau actif
cockpit.unzoom|{}|réduis le panneau
trading.chart.btc|{}|j'aimerais voir le graphique du bitcoin
system.clipboard_read|{}|qu'est-ce que j'ai dans le presse-papier ?
node.dev.m1|{}|vas-y, bascule m1 en modèle dev
app.open.firefox|{}|vas-y, lance firefox
volume.set|{"percent": 50}|t'peux mettre le son à 50 ?
## asr en
app.open.lmstudio|{}|open l m studio
app.open.lmstudio|{}|launch lmstudio
service.start.ollama|{}|start olama
ollama.status|{}|is olama running
ollama.models|{}|which olama models
app.open.vscode|{}|open visual studio code.
app.open.firefox|{}|Open fire fox
app.close.spotify|{}|close spotty fi
app.open.obs|{}|open o b s studio
window.focus.pycharm|{}|switch to pie charm
app.open.thunderbird|{}|open thunder bird
web.open.youtube|{}|go to you tube
web.open.github|{}|open git hub
web.open.chatgpt|{}|open chat gpt
web.open.huggingface|{}|go to hugging phase
web.open.linkedin|{}|open linked in
volume.set|{"percent": 30}|set the volume two thirty
volume.set|{"percent": 60}|Volume sixty.
volume.set|{"percent": 75}|set the volume to seventy five percent
volume.up_by|{"step": 10}|turn the volume up by ten percent.
volume.down_by|{"step": 20}|lower the volume by 20%
node.status.m1|{}|is em 1 up
node.gpu.m3|{}|em three temperature
node.models.m2|{}|models on em to
node.status.ol1|{}|o l one status
node.benchmark.ol1|{}|benchmark o l 1
models.load|{"model": "qwen3-30b", "node": "M1"}|load quen 3 30b on m1
models.load|{"model": "gpt-oss-20b", "node": "M2"}|load GPT OSS 20B on M2.
models.unload|{"model": "devstral-small-2", "node": "M2"}|unload dev stral from m2
trading.analyse.btc|{}|analyze bit coin
trading.close.doge|{}|close my doggy coin position
trading.chart.eth|{}|show me the ether chart.
trading.analyse.ada|{}|analyse car dano
trading.signals_min|{"score": 80}|show me signals above eighty.
cluster.gpu|{}|GPU temps?
cluster.status|{}|Cluster status.
system.ip|{}|what's my I.P. address
system.wifi|{}|list the wifi networks
system.internet|{}|is my wi fi working
service.start.bluetooth|{}|turn on blue tooth
service.start.nginx|{}|start engine x
media.play_pause|{}|Pause the music.
media.next|{}|next track.
volume.mute|{}|mute the sound.
browser.new_tab|{}|new tab.
browser.reopen_tab|{}|re open the last closed tab
edit.select_all|{}|select all.
key.escape|{}|hit the escape key.
cockpit.mode.ollama|{}|switch to olama mode
cockpit.export|{}|export this chat to mark down
skills.run|{"skill": "morning routine"}|run the morning routine skill.
web.search|{"query": "the weather in berlin"}|Search the web for the weather in berlin.
system.screenshot|{}|take a screen shot
app.open.taskmanager|{}|open task manager.
app.open.libreoffice|{}|open libreoffice
app.open.powerpoint|{}|open power point
## asr fr
app.open.lmstudio|{}|ouvre l m studio
app.open.lmstudio|{}|lance lmstudio
service.start.ollama|{}|demarre olama
ollama.status|{}|est-ce qu'olama tourne
app.open.vscode|{}|ouvre visual studio code.
app.open.firefox|{}|Ouvre fire fox.
app.open.spotify|{}|met moi spotify
window.focus.firefox|{}|revient sur firefox
app.open.calculator|{}|ouvre la calculette... la calculatrice
web.open.youtube|{}|va sur you tube
web.open.wikipedia|{}|ouvre wikipedia
web.open.gmail|{}|ouvre mes e mails
volume.set|{"percent": 30}|met le volume a 30
volume.set|{"percent": 50}|mais le son à 50
volume.set|{"percent": 70}|règle le volume sur soixante-dix
volume.set|{"percent": 20}|Volume à vingt.
volume.up_by|{"step": 10}|augmente le volume de dix pour cent
volume.down_by|{"step": 5}|baisse le son de 5%
node.status.m1|{}|etat de aime un
node.gpu.m2|{}|température de aime deux
node.models.m3|{}|modeles de em trois
node.status.ol1|{}|statut de o l un
node.benchmark.gemini|{}|fait un benchmark de gémini
models.load|{"model": "qwen3-30b", "node": "M2"}|charge kwen 3 30b sur m2
models.unload|{"model": "gpt-oss-20b", "node": "M1"}|decharge gpt oss de m1
trading.analyse.btc|{}|analyse bit coin
trading.close.sol|{}|ferme ma position solanna
trading.chart.xrp|{}|affiche le graphique du ripel
trading.signals_min|{"score": 70}|montre moi les signaux au dessus de 70
cluster.gpu|{}|temperature des gpu
cluster.status|{}|Etat du cluster.
system.ip|{}|cest quoi mon adresse ip
system.internet|{}|est ce que internet marche
service.start.bluetooth|{}|allume le blue tooth
media.play_pause|{}|met pause
media.next|{}|chanson suivante.
volume.mute|{}|coupe le sont
browser.new_tab|{}|nouvelle onglet
browser.refresh|{}|rafraichis la page
edit.select_all|{}|selectionne tout
key.escape|{}|appuie sur echap
cockpit.mode.ollama|{}|passe en mode olama
cockpit.export|{}|exporte la conversation en mark down
skills.run|{"skill": "bonjour"}|lance la compétence bonjour.
web.search|{"query": "la météo à paris"}|Cherche sur internet la météo à paris.
system.screenshot|{}|fait une capture d'ecran
app.open.taskmanager|{}|ouvre le gestionnaire des taches
system.disk|{}|il reste combien de place sur le disque dur
system.memory|{}|combien de mémoire vive il reste
files.open.downloads|{}|ouvre mes telechargements
files.find.pdf|{}|ou sont mes pdf
window.minimize.discord|{}|reduis discord
app.close.teams|{}|ferme tims
trading.status|{}|etat du trading
brain.status|{}|qu'as tu appris sur moi
cockpit.focus.conversation|{}|va sur le tchat
## oos en
-||what's the volume of a sphere with radius 3
-||how do I calculate the volume of a cylinder
-||explain how a GPU works
-||why are GPUs better than CPUs for deep learning
-||what does zoom mean in photography
-||write a function that opens a file and counts the lines
-||write a python script that closes all open sockets
-||how do I kill a process in linux from the command line
-||what's the difference between kill and kill -9
-||write a bash one-liner to find all pdf files
-||how do I open a file in python with utf-8
-||explain what a kill switch is in trading
-||what is a stop loss
-||should I buy bitcoin right now
-||is ethereum a good long-term investment
-||write me a trading bot in python
-||what's the history of dogecoin
-||who created bitcoin
-||a cluster of galaxies is called what
-||what is k-means clustering
-||how does a kubernetes cluster schedule pods
-||summarize this article for me
-||translate "good morning" into japanese
-||tell me a joke
-||how are you today
-||what's your name
-||who made you
-||thank you so much
-||good night Jarvis
-||what time is it in tokyo
-||what's the capital of australia
-||how many calories in a banana
-||recommend a good sci-fi book
-||write a haiku about autumn
-||what's the best way to learn rust
-||can you review my pull request description
-||explain the difference between tcp and udp
-||what does a network switch do
-||how do I set up ssh keys on a new server
-||why is my docker build so slow
-||write a dockerfile for a flask app
-||what is nginx used for
-||how do I configure nginx as a reverse proxy
-||the screen on my phone is cracked, what should I do
-||I watched a great movie on netflix yesterday
-||my friend sent me a funny youtube video
-||what's a good name for a cat
-||the music at the party was too loud
-||my neighbour's music is so loud I can't sleep
-||I love this song
-||who sings this song
-||what's the tempo of a waltz
-||how do noise cancelling headphones work
-||how do I print a list in python
-||print hello world in rust, how do I do that
-||what is the print spooler in windows
-||what does ctrl z do in a terminal
-||how do I copy a file with rsync
-||what's the shortcut to paste in vim
-||explain undo and redo stacks in an editor
-||write a regex that matches an email address
-||what's the screen resolution of an iphone 15
-||how much memory does a raspberry pi 5 have
-||how much ram do I need for a 30b model
-||what's the best gpu for running llms at home
-||can a 4090 run a 70b model
-||what is quantization in llms
-||compare qwen and llama for coding
-||what's the context length of gpt oss
-||how do I install ollama on ubuntu
-||what does the temperature parameter do in sampling
-||why does my laptop get so hot
-||is 85 degrees too hot for a gpu
-||what's the boiling point of water at altitude
-||the weather is really hot today
-||write a cover letter for a data engineer job
-||draft an email to my landlord about the heating
-||help me plan a trip to italy
-||make a shopping list for a lasagna
-||what are the rules of chess castling
-||analyse this stack trace for me
-||analyze the sentiment of this review
-||analyze the performance of my sql query
-||can you explain how the brain learns
-||what are the skills of a good manager
-||what skills do I need to become a data scientist
-||how do I close a bank account
-||how do I close a position in options trading, in general
-||what's a good position for sleeping with back pain
-||open source licenses, which one should I use
-||tell me about the history of the firefox browser
-||is chrome or firefox better for privacy
-||what's the market share of microsoft edge
-||who founded spotify
-||how does discord make money
-||why is slack so expensive
-||is telegram end-to-end encrypted
-||how do I make a pivot table in excel
-||how do I add page numbers in word
-||give me tips for a powerpoint presentation
-||how do I remove a background in gimp
-||best obs settings for streaming at 1080p
-||what's on sale on steam this week
-||how do I model a chair in blender
-||pycharm or vs code for django
-||how do I organize notes in obsidian
-||notion vs obsidian, which is better
-||write a song about the sea
-||what is the speed of light
-||solve x squared minus 4 equals zero
-||what's 17 times 23
-||convert 30 celsius to fahrenheit
-||how many percent is 30 out of 120
-||what's a decibel
-||set a reminder for my dentist appointment
-||remind me to call mom tomorrow
-||order a pizza
-||book a table for two tonight
-||what's the news today
-||who won the game last night
-||the terminal velocity of a falling cat
-||what is a terminal illness
-||my flight leaves from terminal 2
-||I left my laptop on the desktop... I mean on the desk
-||what's the difference between a desktop and a laptop
-||the window in my bedroom is broken
-||I need to clean the windows this weekend
-||what is a sliding window algorithm
-||explain the tab key history on typewriters
-||tabs or spaces, which is better
-||I need a new tab for my guitar song
-||the page count of war and peace
-||what's on page 42 of the manual
-||my sister's name is Gemini... no wait, her sign is gemini
-||what is the gemini constellation
-||tell me about the m1 chip from apple
-||is the m3 macbook worth it
-||the m2 motorway was closed this morning
-||what did the brain of an octopus look like
-||write unit tests for this function
-||refactor this code to use async
-||explain this error: connection refused
-||why does my model answer so slowly on the first token
-||what's the best way to benchmark an llm
-||write a benchmark script for my api
-||how do I search for a word in a pdf
-||how do I search for files by extension in linux
-||where do photos go on android
-||how do I delete a screenshot on my mac
-||is it legal to screenshot a website
-||what happens when you restart a router
-||should I shut down my pc every night
-||how long should a laptop battery last
-||how do I lock a cell in excel
-||I'm locked out of my house
-||sleep is important for memory, right
-||how much sleep does an adult need
-||what's the uptime of aws usually
-||explain cpu scheduling in operating systems
-||what does ping mean in gaming
-||how do I get a static ip from my provider
-||why is my wifi slow in the evening
-||what is bluetooth low energy
-||I'd like to learn to play the piano
-||I'm tired today
-||that was a great answer, thanks
-||never mind the weather, how's your day
-||explain the plot of inception
-||what's the best chart type for time series
-||draw me an ascii chart of sales growth
-||who is satoshi nakamoto
-||what's the total supply of xrp
-||explain how solana's proof of history works
-||what's a memecoin like pepe
-||how does chainlink oracle work
-||what's the market cap of cardano
-||write a poem about the avalanche in the alps
-||the sun is so bright today
-||can you help me with my homework
-||what should I cook tonight
-||what's the best way to stop procrastinating
-||how do I stop my dog from barking
-||how do I stop a memory leak in javascript
-||what are signals in unix
-||explain the observer pattern with signals and slots
-||what is the resume of a good software engineer like
-||help me write my resume
-||what does cancel culture mean
-||how do I export a table from postgres to csv
-||what's the markdown syntax for a table
-||search engine optimisation tips for my blog
-||is google search getting worse
-||what is a consensus algorithm like raft
-||what's the scientific consensus on coffee
-||type safety in typescript, explain it
-||how fast can a cheetah run
## oos fr
-||explique-moi comment fonctionne un GPU
-||c'est quoi la différence entre un cpu et un gpu
-||calcule le volume d'une sphère de rayon trois
-||quel est le volume d'un cube de deux mètres de côté
-||écris une fonction qui ouvre un fichier et lit chaque ligne
-||écris un script python qui ferme toutes les fenêtres tkinter
-||comment on tue un processus sous linux
-||c'est quoi la différence entre kill et pkill
-||écris une commande bash pour trouver tous les pdf
-||comment ouvrir un fichier en python avec le bon encodage
-||explique-moi ce qu'est un stop loss
-||c'est quoi un kill switch en trading
-||est-ce que je devrais acheter du bitcoin maintenant
-||l'ethereum c'est un bon investissement à long terme ?
-||écris-moi un bot de trading en python
-||raconte-moi l'histoire du dogecoin
-||qui a inventé le bitcoin
-||le cluster de galaxies le plus proche de nous
-||c'est quoi l'algorithme des k-moyennes
-||comment kubernetes répartit les pods dans un cluster
-||résume-moi cet article
-||traduis bonjour en japonais
-||raconte-moi une blague
-||comment tu vas aujourd'hui
-||comment tu t'appelles
-||qui t'a créé
-||merci beaucoup, c'était parfait
-||bonne nuit Jarvis
-||quelle heure est-il à tokyo
-||quelle est la capitale de l'australie
-||combien de calories dans une banane
-||conseille-moi un bon roman de science-fiction
-||écris un haïku sur l'automne
-||quelle est la meilleure façon d'apprendre le rust
-||tu peux relire la description de ma pull request
-||explique la différence entre tcp et udp
-||à quoi sert un switch réseau
-||comment configurer des clés ssh sur un nouveau serveur
-||pourquoi mon build docker est si lent
-||écris un dockerfile pour une appli flask
-||à quoi sert nginx
-||comment configurer nginx en reverse proxy
-||l'écran de mon téléphone est fissuré, je fais quoi
-||j'ai vu un super film sur netflix hier
-||mon pote m'a envoyé une vidéo youtube marrante
-||trouve-moi un nom pour mon chat
-||la musique était trop forte à la soirée
-||le voisin met la musique à fond, je n'arrive pas à dormir
-||j'adore cette chanson
-||qui chante cette chanson
-||comment marchent les casques à réduction de bruit
-||comment afficher une liste en python
-||comment on imprime hello world en c
-||c'est quoi le spouleur d'impression sous windows
-||à quoi sert contrôle z dans un terminal
-||comment copier un dossier avec rsync
-||c'est quoi le raccourci pour coller dans vim
-||écris une regex qui reconnaît une adresse mail
-||quelle est la résolution de l'écran d'un iphone
-||combien de mémoire a un raspberry pi 5
-||combien de ram il faut pour un modèle de 30 milliards de paramètres
-||quelle est la meilleure carte graphique pour faire tourner des llm
-||est-ce qu'une 4090 peut faire tourner un modèle 70b
-||c'est quoi la quantification des modèles
-||compare qwen et llama pour le code
-||comment installer ollama sur ubuntu
-||à quoi sert le paramètre température dans un llm
-||pourquoi mon portable chauffe autant
-||85 degrés c'est trop chaud pour un gpu ?
-||il fait vraiment chaud aujourd'hui
-||écris une lettre de motivation pour un poste de data engineer
-||rédige un mail à mon propriétaire pour le chauffage
-||aide-moi à organiser un voyage en italie
-||fais-moi une liste de courses pour des lasagnes
-||c'est quoi les règles du roque aux échecs
-||analyse cette stack trace
-||analyse le sentiment de cet avis client
-||analyse les performances de ma requête sql
-||explique-moi comment le cerveau apprend
-||quelles compétences faut-il pour devenir data scientist
-||quelles sont les qualités d'un bon manager
-||comment fermer un compte bancaire
-||quelle est la meilleure position pour dormir quand on a mal au dos
-||quelle licence open source je devrais choisir
-||raconte-moi l'histoire de firefox
-||chrome ou firefox, lequel est le mieux pour la vie privée
-||qui a fondé spotify
-||comment discord gagne de l'argent
-||telegram est chiffré de bout en bout ?
-||comment faire un tableau croisé dynamique dans excel
-||comment ajouter des numéros de page dans word
-||donne-moi des conseils pour une présentation powerpoint
-||comment détourer une image dans gimp
-||les meilleurs réglages obs pour streamer en 1080p
-||quels jeux sont en promo sur steam
-||comment modéliser une chaise dans blender
-||pycharm ou vs code pour django
-||comment organiser mes notes dans obsidian
-||écris une chanson sur la mer
-||quelle est la vitesse de la lumière
-||résous x au carré moins quatre égale zéro
-||combien font 17 fois 23
-||convertis 30 degrés celsius en fahrenheit
-||30 sur 120 ça fait combien de pour cent
-||c'est quoi un décibel
-||rappelle-moi d'appeler maman demain
-||commande une pizza
-||réserve une table pour deux ce soir
-||c'est quoi les infos aujourd'hui
-||qui a gagné le match hier soir
-||mon vol part du terminal 2
-||c'est quoi une maladie en phase terminale
-||j'ai fait tomber mon café sur le bureau
-||c'est quoi la différence entre un pc de bureau et un portable
-||la fenêtre de ma chambre est cassée
-||je dois nettoyer les vitres ce week-end
-||c'est quoi l'algorithme de la fenêtre glissante
-||tabulations ou espaces, c'est quoi le mieux
-||combien de pages fait guerre et paix
-||c'est quoi la constellation des gémeaux
-||parle-moi de la puce m1 d'apple
-||est-ce que le macbook m3 vaut le coup
-||le cerveau humain a combien de neurones
-||écris des tests unitaires pour cette fonction
-||refactorise ce code en asynchrone
-||explique cette erreur : connexion refusée
-||pourquoi le premier token arrive si lentement
-||comment faire un bon benchmark d'un llm
-||comment chercher un mot dans un pdf
-||où vont les photos sur android
-||comment supprimer une capture d'écran sur mac
-||faut-il éteindre son pc tous les soirs
-||combien de temps doit tenir une batterie de portable
-||comment verrouiller une cellule dans excel
-||je me suis enfermé dehors
-||le sommeil est important pour la mémoire, non ?
-||combien d'heures de sommeil il faut à un adulte
-||explique l'ordonnancement du processeur dans un os
-||le ping c'est quoi dans les jeux vidéo
-||comment avoir une ip fixe chez mon fournisseur
-||pourquoi mon wifi est lent le soir
-||c'est quoi le bluetooth basse consommation
-||j'aimerais apprendre le piano
-||je suis crevé aujourd'hui
-||super réponse, merci
-||explique-moi le scénario d'inception
-||quel type de graphique pour une série temporelle
-||qui est satoshi nakamoto
-||c'est quoi l'offre totale de xrp
-||comment marche la preuve d'historique de solana
-||c'est quoi un memecoin comme pepe
-||comment fonctionne un oracle chainlink
-||écris un poème sur une avalanche dans les alpes
-||tu peux m'aider pour mes devoirs
-||qu'est-ce que je fais à manger ce soir
-||comment arrêter de procrastiner
-||comment empêcher mon chien d'aboyer
-||comment corriger une fuite mémoire en javascript
-||c'est quoi les signaux sous unix
-||aide-moi à écrire mon cv
-||comment exporter une table postgres en csv
-||c'est quoi la syntaxe markdown pour un tableau
-||c'est quoi un algorithme de consensus comme raft
-||le consensus scientifique sur le café, c'est quoi
-||explique-moi le typage en typescript
-||un guépard court à quelle vitesse
-||le mode commandant dans l'armée, ça veut dire quoi
-||le trading haute fréquence, c'est légal ?
-||les modèles de voiture électrique les moins chers
-||mon écran a des pixels morts, c'est grave ?
-||quel est le meilleur lecteur vidéo gratuit
-||c'est quoi un service systemd
-||comment on écrit un service windows en c#
-||les paramètres d'une fonction en python, explique
-||le disque dur de mon ancien pc fait un bruit bizarre
-||combien coûte un disque ssd de deux téraoctets
-||le son de ma voiture grésille
-||comment monter le son d'une vidéo dans davinci resolve
-||mets-toi à ma place deux secondes
-||je passe en mode vacances la semaine prochaine
-||ma copine dit que je suis en mode zombie le matin
-||la page de garde de mon mémoire, tu peux la rédiger
-||copie d'écran ou capture d'écran, c'est quoi le bon mot
-||pourquoi on dit couper le son d'ailleurs
## oos en
-||can you write a script that pauses the music when I lock my screen
-||how would I automate turning the volume up at 8am
-||what's the default volume level on ubuntu
-||explain how alt tab works under wayland
-||why does ctrl shift t reopen tabs, who invented that
-||what's the keyboard shortcut for a new tab on a mac
-||list three reasons to use firefox
-||give me a list of the best open source apps
-||show me how to center a div
-||show me an example of a python decorator
-||bring me up to speed on the project
-||pull up your socks, as they say, what does that mean
-||open a discussion about our roadmap with the team... draft the message for me
-||what would happen if I closed all my positions at once, hypothetically
-||how do traders decide when to close a position
-||what's the best time of day to trade crypto
-||explain funding rates on perpetual futures
-||what does tp and sl mean
-||my grandmother's computer is slow, any advice
-||how do I check disk space on my mom's windows laptop
-||what is the uptime of the james webb telescope
-||how many gpus did they use to train gpt-4
-||write a song where the chorus is "turn it up"
-||who sang "pump up the volume"
-||the movie "the screenshot" is it any good
-||the printer in the office is jammed again
-||I need to buy a new mouse
-||what's a good standing desk
-||how long does it take to download 10 gigabytes on fibre
-||is downloading models from hugging face safe
-||what's the license of qwen 3
-||is devstral better than qwen coder
-||tell me about the gpt oss models
-||how do you pronounce gemini
-||what did the m2 macbook air cost at launch
-||explain what a node is in graph theory
-||node js or deno for a new project
-||how do I update node on my laptop
-||I think my cat is sleeping on my keyboard
-||my keyboard has a sticky space bar
-||what does the escape key do in vim
-||why is the enter key so big
-||scroll of truth meme, explain it
-||what's at the top of mount everest
-||the bottom line is we need more money
-||write me a short story about a robot named jarvis
-||what's your favourite colour
-||do you dream
-||are you smarter than chatgpt
-||what's the difference between you and claude
## oos fr
-||écris un script qui met la musique en pause quand je verrouille l'écran
-||comment automatiser le volume à 8 heures du matin
-||c'est quoi le volume par défaut sur ubuntu
-||explique comment marche alt tab sous wayland
-||c'est quoi le raccourci pour un nouvel onglet sur mac
-||donne-moi trois raisons d'utiliser firefox
-||liste-moi les meilleures applis open source
-||montre-moi comment centrer une div
-||montre-moi un exemple de décorateur python
-||fais-moi un résumé du projet
-||qu'est-ce qui se passerait si je fermais toutes mes positions d'un coup, en théorie
-||comment les traders savent quand fermer une position
-||c'est quoi le meilleur moment de la journée pour trader
-||explique-moi les taux de financement sur les futures
-||ça veut dire quoi tp et sl
-||l'ordinateur de ma grand-mère rame, des conseils ?
-||comment je vérifie l'espace disque sur le portable de ma mère
-||combien de gpu il a fallu pour entraîner gpt-4
-||écris une chanson dont le refrain est monte le son
-||l'imprimante du bureau est encore bloquée
-||il faut que je m'achète une nouvelle souris
-||combien de temps pour télécharger 10 gigas avec la fibre
-||c'est quoi la licence de qwen 3
-||devstral est meilleur que qwen coder ?
-||comment on prononce gemini
-||explique-moi ce qu'est un nœud dans un graphe
-||node js ou deno pour un nouveau projet
-||mon chat dort sur mon clavier
-||ma barre d'espace colle
-||à quoi sert la touche échap dans vim
-||écris-moi une histoire courte sur un robot qui s'appelle jarvis
-||c'est quoi ta couleur préférée
-||est-ce que tu rêves
-||t'es plus intelligent que chatgpt ?
-||c'est quoi la différence entre toi et claude
-||le bureau de vote ferme à quelle heure
-||mon fils passe ses journées sur youtube, c'est grave ?
-||la température idéale pour une chambre de bébé
-||combien de degrés dans un four pour un poulet
-||le processus de recrutement chez google, ça se passe comment
-||écris une lettre pour résilier mon abonnement netflix
-||les signaux de fumée des amérindiens, c'est vrai ?
-||comment on dit capture d'écran en anglais
-||comment baisser la fièvre d'un enfant
-||monte la garde, c'est une expression militaire ?
-||le volume horaire d'un temps plein en france
-||la résolution du conflit entre mes deux collègues, t'as des idées
-||comment fermer une bouteille de vin sans bouchon
-||ouvre-toi un peu plus aux autres, c'est ce que me dit mon psy
-||c'est quoi un terminal de paiement
## ambiguous en
-||make it louder... no wait
-||open it
-||close that
-||turn it off
-||kill it
-||next
-||go back
-||open that thing
-||switch
-||the other one
-||bigger
-||smaller
-||show me
-||start it
-||do the usual
-||what's the temperature
-||how's it doing
-||is it up?
-||load the model
-||unload it
-||close my position
-||analyze it
-||open the chart
-||switch the node to the other model
-||benchmark the node
-||open the folder
-||find my files
-||put it on
-||change the mode
-||focus
-||make that one bigger, no the other one
-||minimize
-||maximize it
-||set the volume
-||turn it up by a lot
-||open my app
-||close everything
-||run the skill
-||search for it
-||type it
## ambiguous fr
-||mets plus fort... enfin non
-||ouvre ça
-||ferme ça
-||éteins-le
-||tue-le
-||suivant
-||reviens
-||ouvre le truc
-||change
-||l'autre
-||plus grand
-||plus petit
-||montre-moi
-||lance-le
-||arrête
-||c'est quoi la température
-||ça va comment là-bas
-||il répond ?
-||charge le modèle
-||décharge-le
-||ferme ma position
-||analyse ça
-||ouvre le graphique
-||passe le nœud sur l'autre modèle
-||fais un benchmark du nœud
-||ouvre le dossier
-||trouve mes fichiers
-||mets-le
-||change de mode
-||agrandis
-||réduis
-||règle le volume
-||monte-le beaucoup
-||ouvre mon appli
-||ferme tout
-||lance la compétence
-||cherche-le
-||écris-le
-||mets ça en grand
-||vas-y
"""


def parse_data(data: str) -> list[dict]:
    """Hand-written lines: `## category lang` headers, then `command|slots|text` lines."""
    rows: list[dict] = []
    category = lang = ""
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            category, lang = line[3:].split()
            continue
        cmd, slots, text = line.split("|", 2)
        rows.append({"text": text.strip(), "lang": lang, "command": None if cmd.strip() == "-" else cmd.strip(),
                     "slots": json.loads(slots) if slots.strip() else {}, "category": category})
    return rows


def expand(template: str, rng: random.Random) -> str:
    """One random phrase of a hassil-style template: (a|b) pick one, [x] keep or drop."""
    def group(s: str, i: int, close: str) -> tuple[list[str], int]:
        alts, cur = [], ""
        while i < len(s):
            ch = s[i]
            if ch in "([":
                inner, i = group(s, i + 1, ")" if ch == "(" else "]")
                pick = rng.choice(inner)
                cur += pick if ch == "(" or rng.random() < 0.5 else ""
                continue
            if ch == "|":
                alts.append(cur)
                cur = ""
            elif ch == close:
                alts.append(cur)
                return alts, i + 1
            else:
                cur += ch
            i += 1
        alts.append(cur)
        return alts, i
    # "analy[s|z]e", "learn[ed|t]": an optional group that is really a choice of spellings.
    template = template.replace("[s|z]", "(s|z)").replace("[ed|t]", "(ed|t)")
    out, _ = group(template, 0, "\0")
    return re.sub(r"\s+", " ", out[0]).strip()


QUERIES = {
    "fr": ["la météo à lyon demain", "le prix du bitcoin", "comment faire un risotto", "les horaires de la piscine", "les nouveautés de python 3.13",
           "la date de sortie de la rtx 5090", "un bon restaurant italien à nantes", "les résultats du match d'hier"],
    "en": ["the weather in london tomorrow", "cheap flights to lisbon", "how to bake sourdough bread", "the latest rust release notes",
           "best mechanical keyboards", "who won the champions league", "the population of canada", "how to fix a leaking tap"],
}
TEXTS = {
    "fr": ["bonjour à tous", "je serai en retard de dix minutes", "merci pour ton aide", "rendez-vous à quinze heures", "à demain"],
    "en": ["hello everyone", "i will be ten minutes late", "thanks for your help", "see you at three", "sounds good to me"],
}
SKILLS = ["morning routine", "backup", "bonjour", "rapport du soir", "focus mode", "daily report"]


def slot_value(name: str, spec: dict, lang: str, rng: random.Random) -> tuple[str, object]:
    """A spoken form and its canonical value for one slot."""
    if spec["kind"] == "number":
        n = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 65, 70, 75, 80, 90]) if name != "score" else rng.choice([50, 60, 70, 75, 80, 85, 90])
        if name == "step":
            n = rng.choice([5, 10, 15, 20, 25, 30])
        return str(n), n
    if spec["kind"] == "list":
        v = rng.choice(spec["values"])
        return rng.choice(v[lang]), v["value"]
    pool = {"query": QUERIES[lang], "text": TEXTS[lang], "skill": SKILLS}[name]
    s = rng.choice(pool)
    return s, s


# Optional words dropped by a random expansion can leave phrases nobody says ("tue le éditeur",
# "ouvrir moi gimp", "get me terminal open"): such a draw is made again.
UNNATURAL = {
    "fr": re.compile(r"\b(le|la|de|du) [aeiouéèêh]|\b\w+er moi\b|^(cherche|trouve|liste) (fichiers|documents|images|scripts|archives|présentations|tableurs|morceaux|notes)"
                     r"|\b(ferme|clôture|coupe) position\b"
                     r"|\b(mets|remets|ferme|quitte|tue|réduis|cache|agrandis|maximise|minimise|ouvre|lance|termine|force|envoie|range|quitter|ouvrir|lancer|fermer|démarrer) "
                     r"(éditeur|gestionnaire|calculatrice|moniteur|bloc|explorateur|paramètres|réglages|terminal|console)\b"),
    "en": re.compile(r"\bhas the (pc|computer|machine) (up|on|running)|\b(me|on|in|put|force|want|a) (terminal|console|calculator|notepad|file \w+|text editor|task manager|system monitor|\w+ folder|\w+ directory)\b"
                     r"|^force the .* app$"),
}


def canonical(cat: dict, rng: random.Random, ids: list[str]) -> list[dict]:
    """Phrases close to the catalogue's templates: one per id, languages alternating, slots varied."""
    by_id = {c["id"]: c for c in cat["commands"]}
    rows = []
    for n, cid in enumerate(ids):
        c = by_id[cid]
        for lang in (("fr", "en")[n % 2],):
            for _ in range(20):
                t = rng.choice(c[lang])
                slots: dict[str, object] = {}
                def fill(m: re.Match[str], lang: str = lang, slots: dict[str, object] = slots) -> str:
                    spoken, value = slot_value(m.group(1), cat["slots"][m.group(1)], lang, rng)
                    slots[m.group(1)] = value
                    return spoken
                text = re.sub(r"\{(\w+)\}", fill, expand(t, rng))
                if not UNNATURAL[lang].search(text):
                    break
            rows.append({"text": text, "lang": lang, "command": cid, "slots": slots, "category": "canonical"})
    return rows


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


NUM_WORDS = {"fr": {5: "cinq", 10: "dix", 15: "quinze", 20: "vingt", 25: "vingt-cinq", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante",
                    70: "soixante-dix", 75: "soixante-quinze", 80: "quatre-vingts", 90: "quatre-vingt-dix"},
             "en": {5: "five", 10: "ten", 15: "fifteen", 20: "twenty", 25: "twenty five", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
                    70: "seventy", 75: "seventy five", 80: "eighty", 90: "ninety", 100: "one hundred"}}
HOMOPHONES = {"fr": [(r"\bmets\b", "met"), (r"\bà\b", "a"), (r"\bces\b", "ses"), (r"\bt'as\b", "ta"), (r"\bou\b", "où"),
                     (r"\btu peux\b", "tu peut"), (r"\bfais\b", "fait"), (r"\breviens\b", "revient"), (r"\bc'est\b", "c est")],
              "en": [(r"\bwhat's\b", "whats"), (r"\bit's\b", "its"), (r"\bi'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
                     (r"\bi'd\b", "id"), (r"\byour\b", "you're"), (r"\bthat's\b", "thats")]}
PRODUCTS = [("ollama", "olama", "fr en"), ("lm studio", "l m studio", "fr en"), ("vs code", "v s code", "fr en"), ("vscode", "vs cod", "fr en"),
            ("spotify", "spotifi", "fr en"), ("firefox", "fire fox", "fr en"), ("youtube", "you tube", "fr en"), ("github", "git hub", "fr en"),
            ("discord", "discorde", "fr"), ("thunderbird", "thunder bird", "fr en"), ("telegram", "télégramme", "fr"), ("linkedin", "linked in", "fr en"),
            ("powerpoint", "power point", "fr en"), ("pycharm", "pie charm", "en"), ("chatgpt", "chat gpt", "fr en"), ("bluetooth", "blue tooth", "fr en"),
            ("wikipedia", "wiki pedia", "fr en"), ("obsidian", "obsidienne", "fr"), ("nginx", "engine x", "en"), ("deepl", "deep l", "fr en"),
            ("qwen", "quen", "fr en"), ("devstral", "dev stral", "fr en"), ("bitcoin", "bit coin", "fr en"), ("coingecko", "coin gecko", "fr en")]
QUESTION = re.compile(r"^(what|how|is|are|do (i|you|we)|does|which|where|when|who|can|could|would|am|any|est-ce|c'est quoi|combien|quel|quelle|quels|quelles"
                      r"|qu'est-ce|où|comment|t'as|tu as)\b", re.I)


def asr_variant(row: dict, rng: random.Random) -> str:
    """A Whisper-like transcription of a line: always differs from it."""
    text = row["text"]
    lang = row["lang"]
    ops = ["lower_nopunct", "homophone", "number", "product", "accents"]
    rng.shuffle(ops)
    # Capitals and a final stop alone are a weak variant: tried first only now and then.
    ops.insert(0 if rng.random() < 0.2 else len(ops), "caps")
    for op in ops:
        new = text
        if op == "lower_nopunct":
            new = re.sub(r"\s+", " ", re.sub(r"[,.?!;:]", "", text.lower())).strip()
        elif op == "homophone":
            for pat, rep in rng.sample(HOMOPHONES[lang], len(HOMOPHONES[lang])):
                if re.search(pat, text, flags=re.I):
                    new = re.sub(pat, rep, text, count=1, flags=re.I)
                    break
        elif op == "number":
            # Longest words first: "vingt-cinq" before "vingt", "twenty five" before "twenty".
            for n, w in sorted(NUM_WORDS[lang].items(), key=lambda kv: -len(kv[1])):
                if re.search(rf"\b{n}\b", text):
                    new = re.sub(rf"\b{n}\b", w, text, count=1)
                    break
                if re.search(rf"\b{w}\b", text):
                    new = re.sub(rf"\b{w}\b", str(n), text, count=1)
                    break
        elif op == "product":
            for a, b, langs in PRODUCTS:
                if a in text.lower() and lang in langs.split():
                    new = re.sub(re.escape(a), b, text, count=1, flags=re.I)
                    break
        elif op == "accents" and lang == "fr":
            new = strip_accents(text)
        elif op == "caps":
            new = text[:1].upper() + text[1:]
            if not new.endswith((".", "?", "!")):
                new += "?" if QUESTION.match(text) and "?" not in text else "."
        if new != text:
            if rng.random() < 0.4 and lang == "fr":
                new = strip_accents(new)
            return new
    return text + "."


def check(rows: list[dict], cat: dict) -> list[str]:
    """Every command exists, slots are the command's and hold allowed values, texts are unique."""
    by_id = {c["id"]: c for c in cat["commands"]}
    errors, seen = [], set()
    for i, r in enumerate(rows):
        key = r["text"].strip().lower()
        if key in seen:
            errors.append(f"line {i + 1}: duplicate text {r['text']!r}")
        seen.add(key)
        if r["lang"] not in ("fr", "en") or r["category"] not in ("paraphrase", "asr", "canonical", "oos", "ambiguous"):
            errors.append(f"line {i + 1}: bad lang/category {r}")
        if r["command"] is None:
            if r["slots"] or r["category"] not in ("oos", "ambiguous"):
                errors.append(f"line {i + 1}: null command with slots or in-scope category {r}")
            continue
        if r["category"] in ("oos", "ambiguous"):
            errors.append(f"line {i + 1}: oos/ambiguous line with a command {r}")
        c = by_id.get(r["command"])
        if c is None:
            errors.append(f"line {i + 1}: unknown command {r['command']}")
            continue
        names = set(re.findall(r"\{(\w+)\}", " ".join(c["fr"] + c["en"])))
        if set(r["slots"]) != names:
            errors.append(f"line {i + 1}: slots {sorted(r['slots'])} != {sorted(names)} for {r['command']}")
        for k, v in r["slots"].items():
            spec = cat["slots"].get(k, {})
            if spec.get("kind") == "number" and not (isinstance(v, int) and spec["min"] <= v <= spec["max"]):
                errors.append(f"line {i + 1}: {k}={v!r} out of range")
            if spec.get("kind") == "list" and v not in [x["value"] for x in spec["values"]]:
                errors.append(f"line {i + 1}: {k}={v!r} not a canonical value")
            if spec.get("kind") == "text" and not (isinstance(v, str) and v and len(v) <= spec["max_length"]):
                errors.append(f"line {i + 1}: {k}={v!r} bad text")
    return errors


def main() -> int:
    cat = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    hand = parse_data(DATA)
    rows: list[dict] = list(hand)
    seen = {r["text"].strip().lower() for r in rows}
    # canonical: ids the hand-written lines cover least first, then a random sample of the others.
    counts: dict[str, int] = {}
    for r in hand:
        if r["command"]:
            counts[r["command"]] = counts.get(r["command"], 0) + 1
    all_ids = [c["id"] for c in cat["commands"]]
    uncovered = [i for i in all_ids if i not in counts]
    others = rng.sample([i for i in all_ids if i in counts], k=max(0, CANONICAL_IDS - len(uncovered)))
    for r in canonical(cat, rng, uncovered + others):
        if r["text"].lower() not in seen:
            rows.append(r)
            seen.add(r["text"].lower())
    # asr: variants of a sample of the in-scope hand-written and canonical lines.
    pool = [r for r in rows if r["command"] and r["category"] in ("paraphrase", "canonical")]
    for r in rng.sample(pool, k=min(ASR_GENERATED, len(pool))):
        t = asr_variant(r, rng)
        slots = dict(r["slots"])
        for k, v in r["slots"].items():
            if isinstance(v, str) and cat["slots"][k]["kind"] == "text":
                # A free-text slot holds the words as transcribed.
                found = [x for x in (v, strip_accents(v), v.lower(), strip_accents(v).lower()) if x in t]
                slots[k] = found[0] if found else None
        if None in slots.values():
            continue
        if t.lower() not in seen:
            rows.append({**r, "text": t, "slots": slots, "category": "asr"})
            seen.add(t.lower())
    errors = check(rows, cat)
    if errors:
        print("\n".join(errors[:50]), file=sys.stderr)
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} lines -> {OUT}", file=sys.stderr)
    return 0


CANONICAL_IDS = 190
ASR_GENERATED = 220

if __name__ == "__main__":
    sys.exit(main())
