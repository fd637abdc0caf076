"""A command's *core*: its normalised words without the ones that change
nothing about which command is meant, and with one spelling for words that
mean the same thing to every command.

    "can you set the sound to 80 %"  ->  normalised "set le volume a 80 %"
    "tu peux mettre le son à 80"     ->  core "mets volume a 80"

Applied alike to every phrasing of the catalogue and to a transcript, so
"close the current tab please" and "ferme-moi l'onglet" meet the phrasing
they paraphrase. The matcher drops a core that two commands share (see
`matcher_core`): folding words together can never make a phrasing mean
another command, only make it ambiguous, and ambiguous cores are not used.

Only grammar and true synonyms live here. A word whose meaning depends on
the command ("coupe": mute the sound, cut the selection, stop a service)
gets its synonyms in the catalogue's templates instead (catalogue_gen).
"""

from __future__ import annotations

# Words that never decide between two commands: articles, possessives,
# demonstratives, object pronouns, softeners ("a bit", "un peu"). "un" and
# "une" stay: "ollama un" is a node's name.
DROPPED = frozenset({
    "le", "de", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "moi", "me", "te", "toi", "y",
    "the", "a", "an", "my", "your", "this", "that", "these", "those", "it", "some", "for", "pour",
    "peu", "bit", "little", "here", "ici", "now", "maintenant", "right", "quickly", "vite", "again", "encore",
})
# Two words said together that the core drops as one.
DROPPED_PAIRS = frozenset({("tout", "de", "suite"), ("un", "peu"), ("a", "bit"), ("a", "little")})

# French verbs: infinitive, vous-imperative (and a few other forms) -> the
# tu-imperative the templates use. Grammar only: same command either way.
_FRENCH_VERBS = {
    "ouvre": "ouvrir ouvrez", "ferme": "fermer fermez", "lance": "lancer lancez", "demarre": "demarrer demarrez",
    "redemarre": "redemarrer redemarrez", "arrete": "arreter arretez", "eteins": "eteindre eteignez eteint", "allume": "allumer allumez",
    "mets": "mettre mettez met", "remets": "remettre remettez", "monte": "monter montez", "baisse": "baisser baissez",
    "augmente": "augmenter augmentez", "diminue": "diminuer diminuez", "coupe": "couper coupez", "affiche": "afficher affichez",
    "montre": "montrer montrez", "passe": "passer passez", "va": "aller", "retourne": "retourner retournez", "reviens": "revenir revenez",
    "reduis": "reduire reduisez", "agrandis": "agrandir agrandissez", "minimise": "minimiser minimisez", "maximise": "maximiser maximisez",
    "verrouille": "verrouiller verrouillez", "prends": "prendre prenez", "fais": "faire faites", "supprime": "supprimer supprimez",
    "efface": "effacer effacez", "cherche": "chercher cherchez", "recherche": "rechercher recherchez", "trouve": "trouver trouvez",
    "liste": "lister listez", "analyse": "analyser analysez", "charge": "charger chargez", "decharge": "decharger dechargez",
    "telecharge": "telecharger telechargez", "installe": "installer installez", "quitte": "quitter quittez", "tue": "tuer tuez",
    "vide": "vider videz", "copie": "copier copiez", "colle": "coller collez", "enregistre": "enregistrer enregistrez",
    "sauvegarde": "sauvegarder sauvegardez", "imprime": "imprimer imprimez", "actualise": "actualiser actualisez",
    "recharge": "recharger rechargez", "rafraichis": "rafraichir rafraichissez", "regle": "regler reglez", "active": "activer activez",
    "desactive": "desactiver desactivez", "exporte": "exporter exportez", "zoome": "zoomer zoomez", "dezoome": "dezoomer dezoomez",
    "annule": "annuler annulez", "verifie": "verifier verifiez", "teste": "tester testez", "selectionne": "selectionner selectionnez",
    "lis": "lire lisez", "donne": "donner donnez", "reprends": "reprendre reprenez", "suggere": "suggerer suggerez",
    "propose": "proposer proposez", "bascule": "basculer basculez", "ecoute": "ecouter ecoutez", "cache": "cacher cachez",
    "descends": "descendre descendez", "remonte": "remonter remontez", "rouvre": "rouvrir rouvrez", "defais": "defaire defaites",
    "refais": "refaire refaites", "retablis": "retablir retablissez", "appuie": "appuyer appuyez", "valide": "valider validez",
    "capture": "capturer capturez", "cloture": "cloturer cloturez", "sors": "sortir sortez", "relance": "relancer relancez",
    "rallume": "rallumer rallumez", "reactive": "reactiver reactivez", "rapetisse": "rapetisser rapetissez", "grossis": "grossir grossissez",
}
# True synonyms, whatever the command and the language: the left word stands
# for the right ones ("ferme" and "close" are one word to the core).
_SYNONYMS = {
    "affiche": "montre display show", "arrete": "eteins stoppe", "demarre": "allume start launch", "volume": "son sound audio",
    "pc": "ordinateur ordi computer", "calculatrice": "calculette calculator calc", "ferme": "close shut", "minimise": "minimize",
    "maximise": "maximize", "analyse": "analyze",
}


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, forms in _FRENCH_VERBS.items():
        for form in forms.split():
            table[form] = canonical
    for canonical, words in _SYNONYMS.items():
        for word in words.split():
            table[word] = table.get(canonical, canonical)
    # A verb form of a synonym goes to the synonym's canonical word: "eteindre" -> "eteins" -> "arrete".
    return {form: table.get(canonical, canonical) for form, canonical in table.items()}


CANONICAL = _table()


# Kept in the core of a sentence with a number: "baisse le volume à 10" (to)
# is not "baisse le volume de 10" (by).
NUMBER_WORDS = frozenset({"a", "de"})


def core(words: list[str], keep: frozenset[str] = frozenset()) -> str:
    """The core of normalised tokens (see the module's docstring); words in `keep` are kept."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for pair in DROPPED_PAIRS:
            if tuple(words[i:i + len(pair)]) == pair and not keep.intersection(pair):
                i += len(pair)
                break
        else:
            word = words[i]
            if word not in DROPPED or word in keep:
                out.append(CANONICAL.get(word, word))
            i += 1
    return " ".join(out)
