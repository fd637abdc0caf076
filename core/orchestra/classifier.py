"""Fast heuristic request classifier: a first guess at what kind of request
the user typed or dictated, before (or instead of) asking an LLM router.

Requests arrive in French, English or both, with typos, missing accents and
voice-transcription artefacts, so everything is matched on an accent-free,
lowercase form against weighted lexicons of stems and phrases. The whole
module is standard library only and precompiles its regexes at import time:
it sits on the hot path of every request.

Lexicon syntax (one whitespace-separated string per weight):
    ``stem``    matches any word starting with it ("ecri" -> ecris, ecrire);
    ``word$``   matches the whole word only ("eth" but not "ethique");
    ``a_b``     ``_`` stands for a space, for multi-word phrases;
    ``~cue``    contextual: counts only if the type already has other evidence
                ("long" is trading next to "btc", not in "a long explanation"),
                or if several such cues add up ("close my sol long, sl at 140").
At any position the longest entry wins, so a longer phrase shadows the cue it
starts with ("open_source" hides "open$", "analyse_technique" hides "analys").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

HEURISTIC_TYPES: tuple[str, ...] = ("code", "analyse", "trading", "systeme", "web", "simple")

_MAX_CHARS = 4000  # bounded prefix: keeps the cost flat on megabyte pastes
_MIN_EVIDENCE = 1.5  # weaker best evidence is "nothing recognised": fall back to simple
_CONTEXT_ALONE = 4.0  # ambiguous cues this strong together are evidence ("sol long sl")
_NOTHING_CONFIDENCE = 0.3

_LEXICON: dict[str, dict[float, str]] = {
    "code": {
        # Asking for a program that does X is code even when X is a system task.
        6.0: "programme_qui programme_pour program_that program_to script_qui script_pour "
        "script_that script_to",
        3.0: "python javascript typescript java$ golang kotlin c++ c# cpp$ php$ haskell sql$ mysql "
        "sqlite regex regexp expression_reguliere stack_trace traceback segfault "
        "segmentation_fault refacto debug debog deboug bug pytest unittest jest$ "
        "test_unitaire tests_unitaires unit_test snippet script scirpt fonc function "
        "dockerfile makefile compil syntax code_review revue_de_code html$ css$ vba$ "
        "typeerror keyerror valueerror indexerror attributeerror nullpointer memory_leak "
        "fuite_memoire race_condition deadlock list_comprehension borrow_checker goroutine "
        "vlookup recherchev fizzbuzz leetcode sqlalchemy pydantic stored_procedure "
        "procedure_stockee jquery laravel symfony csharp mutex semaphore coroutine hoisting "
        "hashmap off_by_one htaccess mypy flake8 integration_test test_d_integration "
        "cherry_pick dotenv",
        2.5: "rust$ ruby$ swift$ decorator decorateur middleware graphql cors$ design_pattern "
        "flexbox primary_key cle_primaire foreign_key group_by one_liner git_rebase axios "
        "svelte nextjs dotnet shader opengl multithread tuple iterat base64 bcrypt venv$ "
        "virtualenv ruff$ assert fixture rebase stash tdd$ e2e$ ansible",
        2.0: "func$ method methode class$ variable boucle loop$ array$ json yaml toml api$ "
        "endpoint react vue$ angular django flask fastapi nodejs npm$ pip$ git$ github gitlab "
        "commit merge pull_request repo$ framework librairie library module import exception "
        "algorithm algo$ implement code$ codes$ coder coding codage fullstack undefined "
        "lambda async await recursi callback promise pointer pointeur struct enum inheritance "
        "heritage orm$ query requete linter typage type_hint bash pandas numpy dataframe "
        "matplotlib dict$ dicts$ dictionnaire boolean booleen indentation argparse stdout "
        "stderr return docstring linked_list liste_chainee arbre_binaire binary_tree "
        "formule_excel excel_formula kubernetes k8s$ terraform cron crud$ websocket jupyter "
        "programm developp parse parser serialis tsx$ jsx$ composant component tailwind "
        "webpack gradle maven cargo scrap crawler jointure oauth jwt$ curl$ assembleur "
        "assembly arduino boilerplate scaffold factoriel factorial palindrome yield awk$ sed$ "
        "grep$ recherche_binaire binary_search event_loop pytorch tensorflow keras sklearn "
        "scikit div$ navbar wrapper handler handling render dom$ props$ closure generics "
        "socket heap$ profiler profiling coverage stub$ diff$ concurren godot conda flutter "
        "dart$ swiftui jetpack_compose android_studio xcode react_native",
        1.5: "retry retries timeout fetch$ trigger selector rails$ unsafe ownership slice buffer "
        "encoding encodage hash$ poetry runtime branch stack$ colonne column database "
        "base_de_donnees sheets$",
        1.0: "node$ nginx docker config string integer null$ shell mock deploy deploie pipeline "
        "cli$ logging logger print$ console postgres mongo redis fix$ fixe corrige patch pr$ "
        "test$ tests$ erreur error macro latex markdown csv$ optimis chaine trie$ trier sort$ "
        "error_message conteneur container thread backend frontend hook template route$ "
        "build$ bot$ automatis automate formule formula fibonacci select$ schema interface "
        "cryptograph requests$ http$ express$ spring$ unity$ cuda kernel scope prototype "
        "vector stream unicode env$ table$ row$ rows$ index$ procedure$ readable lisible "
        "benchmark apache bouton button formulaire",
        0.5: "ecri write genere generate liste tableau review renvoie retourne",
    },
    "analyse": {
        3.0: "analys compar pros_and_cons pour_et_contre le_pour_et_le_contre swot trade_off "
        "tradeoff system_design lequel_choisir which_one_should which_is_better "
        "think_it_through root_cause devil_s_advocate avocat_du_diable for_and_against",
        2.5: "en_detail en_profondeur in_depth in_detail deep_dive inconvenient architectur summar "
        "drawback thorough approfond en_long_et_en_large dans_le_detail decortiqu dilemm "
        "detailed",
        2.0: "avantage advantage disadvantage strateg evalu critiq critic resum synthe tldr tl_dr "
        "reflechi reflexion think_through raisonn implication consequence enjeux faisabilit "
        "feasibility meilleure_approche best_approach methodolog marketing scalab maintenab "
        "monolith microservice theori philosoph points_faibles points_forts strength weakness "
        "comment_fonctionne dans_quelle_mesure to_what_extent etude_de_cas case_study "
        "difference_entre difference_between diff_entre choisir_entre choose_between versus "
        "vs$ dissertation help_me_think business_model modele_economique roadmap post_mortem "
        "hypothes nuance debat debate ethique ethic geopoliti audit cahier_des_charges lacune "
        "angle_mort blind_spot brainstorm plan_d_action action_plan hesite hesitat paradigm "
        "detaill elabore elaborate walk_me_through break_down comprehensive incoheren "
        "contexte_historique your_take ton_avis",
        1.5: "pourquoi why$ impact opportunit recommand conseill avis$ opinion should_i should_we "
        "devrai faut_il approche approach conception design concept mecanisme en_quoi "
        "how_does business economi argument decision gestion_de_projet points_cles key_points "
        "mitigation echelle fonctionn compromis plan$ think_about startup pricing "
        "tarification proposal proposition scenario bilan diagnostic pertinen justif moral "
        "sociolog psycholog vaut_le_coup worth_it pese specs$ specification exigences "
        "requirements ce_qui_manque ce_qui_cloche coheren challenge alternatives decide "
        "theorem theoreme modelis vulgaris exhausti rigour rigorous priorit we_should "
        "on_devrait",
        1.0: "explique explain explication reason risque risk document rapport report essai essay "
        "cause tu_en_penses what_do_you_think structure organisation cout$ couts$ cost$ "
        "costs$ budget long_terme long_term societ politique kpi$ okr$ histori principe predi "
        "machine_learning deep_learning neural_network reseau_de_neurones micro_service flou "
        "idees ideas choix choice distribue distributed gap$ step_by_step etape_par_etape "
        "valuation whether",
        0.5: "produit modele ameliorer improve mieux better",
    },
    "trading": {
        3.0: "btc bitcoin ethereum eth$ solana crypto altcoin memecoin stablecoin usdt usdc "
        "binance bybit kraken coinbase okx$ bitget bitmex deribit hyperliquid futures perp$ "
        "perps$ perpetu take_profit stop_loss trailing_stop scalp pnl funding order_book "
        "orderbook carnet_d_ordre liquidation trade$ trades$ trading trader open_interest "
        "short_squeeze market_maker forex hodl rsi$ macd bollinger vwap ichimoku xrp bnb$ "
        "doge shib avax ltc$ analyse_technique technical_analysis backtest breakeven halving "
        "slippage limit_order market_order ordre_limite fear_and_greed golden_cross "
        "death_cross overbought oversold surachete survendu stock_price share_price "
        "cours_de_l_action cours_de_bourse s_p_500 s_p500 xau$ altseason prendre_des_profits "
        "prise_de_profit double_top double_bottom head_and_shoulders tete_epaules "
        "volume_profile short_interest rekt shitcoin uniswap raydium mexc kucoin bitfinex "
        "tradingview coinglass coinmarketcap coingecko spx$ qqq$ vix$ dxy$ pips$ eurusd "
        "gbpusd usdjpy usdchf audusd usdcad nzdusd eurgbp eurjpy gbpjpy xauusd eur/usd "
        "gbp/usd usd/jpy",
        2.5: "haussier baissier pullback retracement drawdown winrate win_rate sharpe risk_reward "
        "market_cap marketcap satoshi sats$ aapl$ tsla$ nvda$ alts$ greeks cvd$ bagholder "
        "fomo fud$ degen gwei onchain on_chain dex$ cex$ pe_ratio",
        2.0: "nasdaq sp500 dow_jones cac_40 bourse dividend etf$ dca$ ath$ bullish bull$ bull_run "
        "bearish bear$ bear_market breakout bougie candle timeframe fibo$ ema$ sma$ matic "
        "defi$ airdrop staking dominance stochasti ~levier ~leverage ~long$ ~longs$ ~short "
        "~position ~tp$ ~sl$ ~sol$ ~ada$ ~signal divergence squeeze moon$ to_the_moon "
        "earnings gas_fees wedge biseau",
        1.5: "portefeuille portfolio wallet stock$ stocks$ pump volatil liquidit ~prix ~price "
        "~marge ~margin ~spot$ ~entry ~entree ~support ~resistance ~trend ~tendance ~market$ "
        "~markets$ ~exchange ~profit ~spread ~action$ ~actions$ ~gold$ ~options$ whale "
        "~heatmap ~triangle ~flag ~delta ~calls$ ~puts$ ~strike ~gamma ~theta ~iv$ ~bonds "
        "~obligations ~yields ~lot$ ~lots$ ~accumul ~spy$ ~ape$",
        1.0: "~achat ~achet ~acheter ~vend ~buy$ ~sell$ ~marche$ ~token ~chart ~graphique ~daily "
        "~weekly ~dump ~perte ~loss$ ~usd$ ~gagne ~sortie$ ~cours$ ~profits$ ~gains$",
    },
    "systeme": {
        3.0: "etein shutdown shut_down power_off redemarr reboot processus task_manager "
        "gestionnaire_des_taches espace_disque disk_space memoire_vive free_memory "
        "espace_libre free_space luminosit brightness wifi wi_fi bluetooth adresse_ip "
        "ip_address corbeille recycle_bin trash presse_papier clipboard capture_d_ecran "
        "screenshot desinstall uninstall winget systemctl batterie battery coupe_le_son "
        "sourdine hibern verrouill mode_avion airplane_mode ne_pas_deranger do_not_disturb "
        "panneau_de_configuration control_panel uptime htop nvidia_smi printer defragment "
        "plus_fort moins_fort louder quieter fond_d_ecran wallpaper plein_ecran fullscreen "
        "journalctl dmesg event_viewer observateur_d_evenements regedit "
        "planificateur_de_taches task_scheduler hotspot partage_de_connexion ipconfig "
        "ifconfig netstat traceroute nslookup mkdir rm_rf ps_aux lsblk lsusb taskkill "
        "tasklist bureau_virtuel virtual_desktop taskbar barre_des_taches menu_demarrer "
        "start_menu ejecte eject",
        2.5: "disque disk cpu$ ram$ processeur kill mute firewall pare_feu ethernet partition "
        "hard_drive disque_dur bios$ uefi antivirus chmod chown pid$",
        2.0: "process$ processes$ restart tue$ ssd$ hdd$ stockage gpu$ vram volume le_son dossier "
        "folder repertoire directory telechargement downloads renomm rename imprim install "
        "apt$ apt_get brew$ sudo daemon pilote driver usb$ souris clavier keyboard veille "
        "ouvre ouvrir ouvrez open$ opens$ ferme quitte minimis maximis fenetre ping$ vpn$ "
        "dns$ ventilateur finder explorateur chrome firefox safari brave spotify vlc discord "
        "slack steam obs$ vscode vs_code notepad bloc_notes calculatrice calculator word$ "
        "microsoft_word ms_word excel outlook thunderbird telegram whatsapp gimp blender "
        "photoshop powershell terminal ordi$ ordinateur pc$ this_machine cette_machine "
        "ma_machine micro$ microphone webcam camera haut_parleur casque headphone "
        "ecran_externe monitor$ monitors$ desactive turn_on turn_off allume registre registry "
        "defender onedrive dropbox google_drive icloud ls$ rm$ df$ fuseau_horaire timezone "
        "c_drive d_drive lecteur_c$ lecteur_d$",
        1.5: "fichier file$ files$ reseau network connecte lance$ lancer$ launch$ demarre service "
        "storage proxy raccourci shortcut deplace close$ quit$ window$ windows ecran desktop "
        "ubuntu macos parametres settings notification mode_sombre dark_mode port$ ssh$ mount "
        "zip$ dezip unzip compresse sauvegarde backup alarme minuteur timer mouse laptop "
        "computer lock$ deconnecte microsoft_teams microsoft_edge memoire memory paquet "
        "libere musique music active apps$ app$ applications arriere_plan background speaker "
        "enable disable formate boot$ malware scanner permissions compte_utilisateur "
        "user_account icone icon dock$ extrai extract",
        1.0: "bureau supprim delete copie copy mets_a_jour mise_a_jour machine linux session pause "
        "chanson fan$ start$ nettoie monte baisse cmd$ rappel reminder docker running tourne "
        "zoom$ resolution demarrage scan$ droits root$ workspace font$ archive cd$",
        0.5: "temperature update serveur server cache augmente",
    },
    "web": {
        3.5: "search_the_web cherche_sur_le_web meteo weather",
        3.0: "sur_le_web sur_internet on_the_web on_internet google duckduckgo news$ "
        "temps_qu_il_fait quel_temps pleuv pleut forecast latest derniere_version "
        "latest_version new_version nouvelle_version wwdc who_won qui_a_gagne opening_hours "
        "open_today ouvert_aujourd pres_de_chez_moi near_me doc_officiel official_doc "
        "wikipedia site_web www exchange_rate taux_de_change changelog release_notes "
        "patch_notes bande_annonce find_the_doc trouve_la_doc cherche_la_doc docs_for "
        "documentation_for la_doc_de people_saying les_gens_disent site_officiel "
        "official_site official_website avis_clients customer_reviews programme_tv tv_guide "
        "qualite_de_l_air air_quality",
        2.5: "actu quoi_de_neuf restaurant itineraire rain$ raining previsions remport",
        2.0: "online en_ligne internet web$ bing$ look_up recent release annonc announc keynote "
        "election classement coupe_du_monde world_cup hotel flight horaires trafic bouchons "
        "cinema reviews wiki$ site$ website neige snow what_s_new nouvelles reddit sorti "
        "trending tendances trailer billet concert tournoi tournament find_me trouve_moi "
        "infos_sur informations_sur down_right_now en_panne outage movie seances a_l_affiche "
        "showtimes greve nba$ nfl$ ligue_1 premier_league formule_1 f1$ amazon promo bon_plan "
        "deal$ deals$ cheapest moins_cher comparateur compare_prices festival en_salle seisme "
        "earthquake ouragan hurricane tempete storm canicule heatwave pollen maree tide "
        "sunrise sunset lever_du_soleil coucher_du_soleil sondage poll$ polls$",
        1.5: "recherche cherche search hier yesterday match$ score$ ligue league vols$ prix price "
        "combien_coute documentation twitter tweet url$ ouvert evenement service_client "
        "customer_service numero_de pharmacie magasin supermarche boulangerie reactions "
        "infos$ info$ livraison delivery exposition spectacle netflix manif youtube humidit "
        "vent$ wind$ uv$ gouvernement government ministre minister",
        1.0: "trouve aujourd_hui today ce_soir tonight demain tomorrow cette_semaine this_week "
        "ce_weekend this_weekend this_year cette_annee en_ce_moment currently current "
        "resultat derniere dernier degres temperature doc$ docs$ article lien link$ film "
        "temps$ train$ game$ sport accident incendie president loi$ law$ faillite bankrupt "
        "ipo$ rachat acquisition maintenu annule best$",
        0.5: "find$ right_now nouveau new$",
    },
    "simple": {
        3.0: "blague joke combien_font combien_fait quelle_heure what_time quel_jour what_day "
        "quelle_date pile_ou_face flip_a_coin",
        2.5: "merci thanks thank_you thx$ au_revoir bonne_nuit good_night comment_vas_tu "
        "how_are_you traduis tradui translat comment_on_dit how_do_you_say definition define "
        "que_veut_dire synonym devinette riddle capitale capital_of square_root what_date "
        "opposite contraire antonym stands_for acronym acronyme sigle",
        2.0: "bonjour bonsoir salut coucou hello hi$ bye$ good_morning ca_va$ qui_es_tu "
        "who_are_you t_es_qui tu_t_appelle your_name defini veut_dire signifie meaning "
        "orthograph conjugu quel_age how_old raconte poeme poem haiku fun_fact anecdote "
        "l_heure nombre_aleatoire random_number tu_vas_bien what_s_up rime rhyme bonne_soiree "
        "bonne_journee what_year quelle_annee ca_dit_quoi quoi_de_beau wesh bravo well_done "
        "good_job lol$ mdr$ haha je_t_aime love_you tu_fais_quoi tu_es_la are_you_there "
        "tu_m_entends can_you_hear_me how_tall how_big when_did en_quelle_annee plural "
        "pluriel feminin abbreviation",
        1.5: "c_est_quoi cest_quoi c_quoi calcul divise divided multipl racine drole funny parfait "
        "en_anglais en_francais in_english in_french spell who_was qui_etait tell_me_a "
        "who_wrote qui_a_ecrit who_invented qui_a_invente how_far population celsius "
        "fahrenheit miles$ km$ kilometre je_m_ennuie bored pouce inch centimetre litre gramme "
        "kilo quelle_taille trop_bien nice$ when_was quand_a_eu_lieu who_discovered "
        "qui_a_decouvert en_italien en_espagnol en_allemand en_japonais en_chinois "
        "en_portugais in_spanish in_italian in_german in_japanese grammaire grammar "
        "moyenne_de average_of squared",
        1.0: "hey$ yo$ cool genial perfect d_accord qu_est_ce_que what_is qui_est who_is "
        "combien_de how_many date$ means times$ fois$ pourcent percent histoire ty$ what_does "
        "convert combien_de_temps metre oui$ non$ yes$ no$ attends wait$ fact$ pi$",
        0.5: "ok$ okay super what_s what_are quelle_est plus$",
    },
}
# Phrases matched only to shadow the shorter cue they start with.
_NEUTRAL = (
    "open_source opensource long_time longtemps short_story shortcut_key court_terme "
    "social_network reseau_social reseaux_sociaux"
)

# (regexes on the folded text, type, weight, contextual): shapes no word list catches; a group
# counts once if any of its regexes matches. Each regex starts with a literal so that `re` can
# skip ahead with a fast substring scan: a leading \b or \w makes it try every position, ~30x
# slower on long inputs. Word-boundary checks therefore come after the literal, as lookbehinds.
_PATTERN_SPECS: tuple[tuple[tuple[str, ...], str, float, bool], ...] = (
    ((r"def \w+ ?\(", r"function\s*\w*\s*\(", r"class \w+[:(]"), "code", 4.0, False),
    ((r"import \w", r"from [\w.]+ import\b", r"#include", r"console\.log", r"print\(", r"```"),
     "code", 3.0, False),
    ((r"\.(?<=\w\.)(?:py|js|ts|tsx|jsx|rs|go|java|cpp|hpp|c|h|rb|php|sh|sql|ya?ml|json|toml|"
      r"ini|html|css|ipynb|kt|cs|swift|lua)\b(?<!node\.js)(?<!vue\.js)(?<!next\.js)",),
     "code", 3.0, False),
    # Bounded argument lists: an unbounded \S* backtracks quadratically on "a(a(a(...".
    ((r"=>", r"==", r"!=", r":=", r"\+=", r"&&", r"\|\|", r"[{};]\s*$", r"</?\w+>",
      r"\((?<=\w\()[^\s()]{0,40}\)", r"\[(?<=\w\[)[^\s\[\]]{0,40}\]"), "code", 2.5, False),
    ((r"_(?<=[a-z]_)[a-z]",), "code", 1.0, False),  # snake_case identifiers
    ((r"usd(?<=\w\wusd|\w/usd)t?\b",), "trading", 3.0, False),  # btcusdt, sol/usd
    ((r"x(?<!\wx)\d{1,3}\b", r"x\b(?<=\dx)"), "trading", 2.0, True),  # leverage: x10, 20x
    ((r"[kmhdw]\b(?<=\d[kmhdw])", r"h[14]\b(?<!\wh[14])"), "trading", 1.5, True),  # 62k, 4h, h1
    ((r":\\", r"~/", r"/home/", r"/usr/", r"/etc/"), "systeme", 2.0, False),  # paths
    ((r"https?://", r"www\.", r"\.(?:com|fr|org|net|io)\b"), "web", 2.5, False),
    ((r"20[2-3]\d\b(?<!\d20[2-3]\d)",), "web", 1.0, False),  # recent years
    # Digit-first, so the slowest scan here. No "-" or "/": "2023-2024" is not arithmetic.
    ((r"\d\s*(?:[+*x^]|fois|plus|moins|times|minus|divided by|divise par)\s*\d",),
     "simple", 3.0, False),
)

# camelCase is case-sensitive, so it is checked on the raw text: "useState" is an identifier,
# "iPhone", "macOS" and "YouTube" are not. The cheap hump scan gates the slower exact one.
_CAMEL_HUMP_RE = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])[a-z]")
_CAMEL_CASE_RE = re.compile(r"\b[a-z]{2,}[A-Z][a-z]")
_CAMEL_CASE_WEIGHT = 2.0
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Joiners ('-_`) and anything but words and a few code symbols become spaces: stop-loss, l'heure.
_JUNK_RE = re.compile(r"[^\w\s+#.(){}\[\]=<>/%*:]|_")


@dataclass(frozen=True)
class HeuristicResult:
    """Best-guess type, an honest 0..1 confidence and the raw per-type evidence."""

    type: str
    confidence: float
    scores: dict[str, float]


def _fold(text: str) -> str:
    """Lowercase and drop accents on a bounded prefix (code patterns need the symbols)."""
    text = text[:_MAX_CHARS]
    if not text.isascii():  # NFKD splits "é" into "e" + a combining accent, then drop those
        text = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))
    return text.lower()


def _clean(folded: str) -> str:
    """Turn joiners and symbols into spaces, then collapse whitespace."""
    return " ".join(_JUNK_RE.sub(" ", folded).split())


def normalise(text: str) -> str:
    """Lowercase, accent-free, whitespace-collapsed form that the lexicons match."""
    return _clean(_fold(text))


def _trie_regex(literals: dict[str, bool]) -> str:
    """Regex source for ``literal -> whole_word`` as a trie, longest match first.

    A flat alternation of ~1700 literals is tried branch by branch at every
    word start; a trie shares prefixes, which keeps a call well under 1 ms.
    """
    trie: dict[str, Any] = {}
    for literal, whole in literals.items():
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = whole

    def emit(node: dict[str, Any]) -> str:
        options = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # a literal ends here: tried last, so longer literals win
            options.append(r"(?!\w)" if node[""] else "")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return r"(?<!\w)" + emit(trie)


def _compile_lexicon() -> tuple[re.Pattern[str], dict[str, list[tuple[str, float, bool]]]]:
    """Parse the lexicon syntax into one trie regex and a literal -> evidence map."""
    literals: dict[str, bool] = {}
    entries: dict[str, list[tuple[str, float, bool]]] = {}
    tagged = [(t, w, s) for t, groups in _LEXICON.items() for w, s in groups.items()]
    for type_, weight, source in [*tagged, ("simple", 0.0, _NEUTRAL)]:
        for raw in source.split():
            contextual = raw.startswith("~")
            whole = raw.endswith("$")
            literal = raw.strip("~$").replace("_", " ")
            literals[literal] = literals.get(literal, False) or whole  # whole word wins
            entries.setdefault(literal, []).append((type_, weight, contextual))
    return re.compile(_trie_regex(literals)), entries


_LEXICON_RE, _ENTRIES = _compile_lexicon()
_PATTERNS = tuple(
    (tuple(re.compile(src) for src in sources), t, w, c) for sources, t, w, c in _PATTERN_SPECS
)


def _confidence(best: float, second: float) -> float:
    """Saturating in the absolute evidence, scaled down when the runner-up is close."""
    strength = 1.0 - math.exp(-best / 3.0)
    margin = (best - second) / best
    return round(strength * (0.4 + 0.6 * margin), 3)


def classify_heuristic(text: str) -> HeuristicResult:
    """Classify a request into one of ``HEURISTIC_TYPES``; never raises on a str."""
    folded = _fold(text)
    norm = _clean(folded)
    base = dict.fromkeys(HEURISTIC_TYPES, 0.0)
    if not norm:
        return HeuristicResult("simple", 0.0, base)
    context = dict.fromkeys(HEURISTIC_TYPES, 0.0)
    seen: set[str] = set()
    for match in _LEXICON_RE.finditer(norm):
        literal = match.group()
        if literal in seen:  # repeating a cue is not extra evidence
            continue
        seen.add(literal)
        for type_, weight, contextual in _ENTRIES[literal]:
            (context if contextual else base)[type_] += weight
    for regexes, type_, weight, contextual in _PATTERNS:
        if any(regex.search(folded) for regex in regexes):
            (context if contextual else base)[type_] += weight
    raw = text[:_MAX_CHARS]
    if _CAMEL_HUMP_RE.search(raw) and _CAMEL_CASE_RE.search(raw):
        base["code"] += _CAMEL_CASE_WEIGHT
    scores = {
        t: round(base[t] + (context[t] if base[t] > 0 or context[t] >= _CONTEXT_ALONE else 0), 3)
        for t in base
    }

    # sorted() is stable, so ties go to the earlier, more specific type.
    first, second = sorted(HEURISTIC_TYPES, key=lambda t: -scores[t])[:2]
    best = scores[first]
    if best < _MIN_EVIDENCE:
        return HeuristicResult("simple", _NOTHING_CONFIDENCE, scores)
    return HeuristicResult(first, _confidence(best, scores[second]), scores)
