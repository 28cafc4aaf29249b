"""What ``slaeval --help`` and ``slaeval COMMAND --help`` say, in French and in English.

Every text is a plain (French, English) pair, so the launcher reads them without loading
anything. The command modules declare their arguments without help; the launcher gives each
command its help line and description here, and ``localize_arguments`` puts the chosen
language's help on each argument once the command is registered, with French names for the
values under French (``projet``, ``-o FICHIER``). A command's own entry wins over the shared
one. The help of ``-h`` itself is argparse's, translated in ``argparse_fr``.
"""

from __future__ import annotations

import argparse

Text = tuple[str, str]  # (French, English)

PROGRAM: Text = (
    "Aide une petite entreprise à choisir son prestataire d'infogérance : diagnostic des "
    "besoins, comparaison notée des offres, coûts et points à négocier. Sans commande, "
    "slaeval ouvre l'application de bureau.",
    "Helps a small company choose its managed IT services provider: needs diagnostic, scored "
    "comparison of the offers, costs and points to negotiate. With no command, slaeval opens "
    "the desktop app.",
)
VERSION: Text = (
    "afficher la version de slaeval, puis quitter",
    "show slaeval's version, then exit",
)
COMMANDS_TITLE: Text = ("commandes", "commands")
COMMAND_METAVAR: Text = ("COMMANDE", "COMMAND")
COMMANDS_HINT: Text = (
    "« slaeval COMMANDE --help » décrit une commande et ses options",
    '"slaeval COMMAND --help" describes a command and its options',
)

# Command -> its line in ``slaeval --help``.
COMMAND_HELP: dict[str, Text] = {
    "gui": (
        "ouvrir l'application de bureau (commande par défaut)",
        "open the desktop app (the default)",
    ),
    "new": ("créer un fichier projet vide", "create an empty project file"),
    "import": (
        "ajouter à un projet des offres (JSON, export JSON) ou un contrat (PDF, DOCX, texte)",
        "add offers (JSON, a JSON export) or a contract document to a project",
    ),
    "schema": (
        "afficher le schéma JSON des fichiers d'offres",
        "print the JSON Schema of offer files",
    ),
    "demo": ("écrire le projet de démonstration", "write the demo project"),
    "catalogue": ("lister le catalogue des critères", "list the criteria catalogue"),
    "score": ("noter et classer les offres d'un projet", "score and rank the offers of a project"),
    "export": (
        "exporter les offres (JSON) ou le tableau comparatif (CSV ou XLSX)",
        "export offers (JSON) or the matrix (CSV or XLSX)",
    ),
    "report": ("rapport comparatif des offres notées (PDF)", "scored comparison report (PDF)"),
    "checklist": ("liste des points à négocier (PDF)", "negotiation checklist (PDF)"),
    "diagnostic": ("synthèse du diagnostic des besoins (PDF)", "diagnostic summary (PDF)"),
    "analyze": (
        "lire un contrat ou un SLA (PDF, DOCX, texte) et lister ses engagements",
        "read a contract or SLA (PDF, DOCX, text) and list its commitments",
    ),
}

# Command -> what ``slaeval COMMAND --help`` says it does, above its arguments.
DESCRIPTIONS: dict[str, Text] = {
    "gui": (
        "Ouvre l'application de bureau, sur le projet donné s'il y en a un. Avec --screenshot, "
        "enregistre l'image d'une page sans ouvrir de fenêtre.",
        "Opens the desktop app, on the given project if there is one. With --screenshot, saves "
        "a picture of one page without opening a window.",
    ),
    "new": (
        "Crée un fichier projet (.slaeval) vide, prêt à recevoir le diagnostic et les offres. "
        "Un fichier qui existe déjà n'est jamais remplacé.",
        "Creates an empty project file (.slaeval), ready for the diagnostic and the offers. "
        "A file that already exists is never replaced.",
    ),
    "import": (
        "Ajoute des offres à un projet : un fichier d'offre JSON, un export JSON de slaeval "
        "(toutes ses offres, ou celle que --offer désigne), ou un contrat que slaeval lit pour "
        "en tirer une offre. Les offres sont toutes vérifiées, puis écrites ensemble : au "
        "moindre problème, le projet reste tel qu'il était.",
        "Adds offers to a project: an offer JSON file, a slaeval JSON export (all its offers, "
        "or the one --offer names), or a contract that slaeval reads to make an offer of it. "
        "Every offer is checked, then all are written together: if anything goes wrong, the "
        "project stays as it was.",
    ),
    "schema": (
        "Affiche le schéma JSON que suit un fichier d'offre, pour préparer des offres avec un "
        "autre outil.",
        "Prints the JSON Schema an offer file follows, to prepare offers with another tool.",
    ),
    "demo": (
        "Écrit un projet d'exemple : le diagnostic d'une entreprise de 25 personnes et "
        "plusieurs offres à comparer. Un fichier qui existe déjà n'est jamais remplacé.",
        "Writes an example project: the diagnostic of a 25-person company and several offers "
        "to compare. A file that already exists is never replaced.",
    ),
    "catalogue": (
        "Liste les critères qui servent à noter les offres, domaine par domaine, avec leur "
        "question ; [K.O.] marque ceux qui peuvent éliminer une offre.",
        "Lists the criteria used to score the offers, area by area, with their question; "
        "[K.O.] marks those that can knock an offer out.",
    ),
    "score": (
        "Note chaque offre de 0 à 100 selon les besoins du projet, les classe et donne le coût "
        "total de chacune ; une offre qui échoue à un critère éliminatoire (K.O.) sort du "
        "classement, avec la raison.",
        "Scores each offer from 0 to 100 against the project's needs, ranks them and gives "
        "each one's total cost; an offer that fails a knock-out criterion (K.O.) leaves the "
        "ranking, with the reason.",
    ),
    "export": (
        "Exporte les offres du projet en JSON (pour les importer ailleurs), ou le tableau "
        "comparatif en CSV ou XLSX (pour un tableur). Le projet lui-même n'est pas modifié.",
        "Exports the project's offers as JSON (to import them elsewhere), or the comparison "
        "matrix as CSV or XLSX (for a spreadsheet). The project itself is not changed.",
    ),
    "report": (
        "Écrit le rapport comparatif en PDF : classement, offres côte à côte, points faibles "
        "et inconnues, coûts, et la méthode suivie.",
        "Writes the comparison report as a PDF: ranking, offers side by side, red flags and "
        "unknowns, costs, and the method followed.",
    ),
    "checklist": (
        "Écrit en PDF ce qu'il faut demander à chaque prestataire avant de signer, avec une "
        "solution de repli pour chaque demande.",
        "Writes as a PDF what to ask each provider before signing, with a fallback for each ask.",
    ),
    "diagnostic": (
        "Écrit en PDF la synthèse du diagnostic des besoins : les signaux d'alerte et leur "
        "risque, les premières actions, le modèle conseillé et le coût d'une heure d'arrêt.",
        "Writes as a PDF the summary of the needs diagnostic: the warning signs and their "
        "risk, the first actions, the recommended model and the cost of one hour of downtime.",
    ),
    "analyze": (
        "Lit un contrat ou un SLA (PDF, DOCX, texte) et liste ce à quoi il engage le "
        "prestataire, avec le passage qui le dit ; puis les points importants introuvables "
        "dans le document, et les contradictions.",
        "Reads a contract or SLA (PDF, DOCX, text) and lists what it commits the provider to, "
        "with the passage that says so; then the important points not found in the document, "
        "and the contradictions.",
    ),
}

# Argument (its dest) -> help, for every command that has it, unless the command says more.
SHARED: dict[str, Text] = {
    "lang": (
        "langue des messages : fr (français) ou en (anglais) ; par défaut, celle du système",
        "language of the output: fr (French) or en (English); default: the system's",
    ),
    "json": (
        "afficher le résultat en JSON, pour un autre programme",
        "print the result as JSON, for another program",
    ),
    "project": ("fichier projet (.slaeval)", "project file (.slaeval)"),
    "output": ("fichier PDF à écrire", "PDF file to write"),
}

# Command -> argument (its dest) -> help.
ARGUMENTS: dict[str, dict[str, Text]] = {
    "gui": {
        "file": ("projet à ouvrir (.slaeval), facultatif", "project to open (.slaeval), optional"),
        "screenshot": (
            "enregistrer l'image PNG d'une page dans ce fichier, puis quitter",
            "save a PNG picture of one page to this file, then exit",
        ),
        "page": (
            "page à enregistrer avec --screenshot (par défaut : needs)",
            "page to save with --screenshot (default: needs)",
        ),
        "size": (
            "taille de l'image avec --screenshot, LARGEURxHAUTEUR en pixels "
            "(par défaut : 1280x800)",
            "picture size with --screenshot, WIDTHxHEIGHT in pixels (default: 1280x800)",
        ),
    },
    "new": {
        "path": ("fichier projet à créer (.slaeval)", "project file to create (.slaeval)"),
        "client": (
            "nom de l'entreprise cliente, pour la page de garde des rapports",
            "name of the client company, for the cover of the reports",
        ),
    },
    "import": {
        "project": (
            "projet (.slaeval) qui reçoit les offres",
            "project (.slaeval) that receives the offers",
        ),
        "file": (
            "offre à ajouter : fichier .json ou export JSON, ou contrat .pdf, .docx, .txt ou .md",
            "offer to add: .json file or JSON export, or a .pdf, .docx, .txt or .md contract",
        ),
        "offer": (
            "d'un export JSON, n'ajouter que cette offre (son nom ou son identifiant)",
            "from a JSON export, add only this offer (its name or id)",
        ),
        "provider": (
            "nom du prestataire à donner à l'offre (par défaut : celui de l'offre JSON, ou le "
            "nom du fichier du contrat)",
            "provider name to give the offer (default: the one in the offer JSON, or the "
            "contract's file name)",
        ),
    },
    "schema": {},
    "demo": {
        "path": (
            "fichier à créer pour le projet de démonstration (.slaeval)",
            "file to create for the demo project (.slaeval)",
        ),
    },
    "catalogue": {
        "folder": (
            "vérifier et lister le catalogue de ce dossier au lieu de celui fourni avec slaeval",
            "check and list the catalogue in this folder instead of the one that comes with "
            "slaeval",
        ),
    },
    "score": {"project": ("projet (.slaeval) à noter", "project (.slaeval) to score")},
    "export": {
        "format": (
            "json : les offres ; csv ou xlsx : le tableau comparatif",
            "json: the offers; csv or xlsx: the comparison matrix",
        ),
        "output": (
            "fichier à écrire (jamais le projet lui-même)",
            "file to write (never the project itself)",
        ),
    },
    "report": {
        "logo": (
            "image (PNG ou JPEG) à placer sur la page de garde",
            "image (PNG or JPEG) for the cover page",
        ),
    },
    "checklist": {
        "offer": (
            "seulement cette offre (son nom ou son identifiant) ; par défaut, toutes",
            "only this offer (its name or id); default: all of them",
        ),
    },
    "diagnostic": {},
    "analyze": {
        "document": (
            "contrat ou SLA à lire (.pdf, .docx, .txt ou .md)",
            "contract or SLA to read (.pdf, .docx, .txt or .md)",
        ),
        "time_limit": (
            "abandonner après ce nombre de secondes (un nombre positif ; 20 par défaut)",
            "give up after this many seconds (a positive number; default 20)",
        ),
    },
}

# Argument (its dest) -> the name its value takes in French (English keeps argparse's own).
FRENCH_METAVARS: dict[str, str] = {
    "project": "projet",
    "file": "fichier",
    "path": "fichier",
    "document": "document",
    "output": "FICHIER",
    "offer": "OFFRE",
    "provider": "PRESTATAIRE",
    "client": "CLIENT",
    "screenshot": "IMAGE",
    "logo": "IMAGE",
    "size": "TAILLE",
    "folder": "DOSSIER",
    "time_limit": "SECONDES",
}


def pick(text: Text, lang: str) -> str:
    """The French or English half of a pair."""
    return text[0] if lang == "fr" else text[1]


def argument_help(command: str, dest: str) -> Text | None:
    return ARGUMENTS.get(command, {}).get(dest) or SHARED.get(dest)


def localize_arguments(parser: argparse.ArgumentParser, command: str, lang: str) -> None:
    """Give each argument of ``command`` its help (and in French its value's name)."""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue  # argparse's own text, translated by argparse_fr
        text = argument_help(command, action.dest)
        if text is not None:
            action.help = pick(text, lang)
        if lang == "fr" and action.choices is None and action.dest in FRENCH_METAVARS:
            action.metavar = FRENCH_METAVARS[action.dest]
