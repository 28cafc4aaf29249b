"""The short texts of the exports (titles, column heads, empty states), in French and English.

Sentences built from figures live next to the code that builds them (``content.py``); this
table holds the fixed wording so that the PDFs and the spreadsheet use the same words.
"""

from __future__ import annotations

from slaeval.localized import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # documents
    "report_title": ("Comparaison des offres d'infogérance", "Managed IT services offers compared"),
    "checklist_title": ("Liste de négociation", "Negotiation checklist"),
    "diagnostic_title": ("Diagnostic des besoins", "Needs diagnostic"),
    "prepared_for": ("Préparé pour", "Prepared for"),
    "prepared_by": ("Préparé par", "Prepared by"),
    "date": ("Date", "Date"),
    "page": ("Page", "Page"),
    "no_client": ("client non renseigné", "client not named"),
    # report sections
    "summary": ("Synthèse", "Executive summary"),
    "why": ("Pourquoi", "Why"),
    "knockouts": ("Critères éliminatoires (K.O.)", "Knock-outs (K.O.)"),
    "no_knockout": ("Aucune offre n'est éliminée.", "No offer is knocked out."),
    "biggest_risks": ("Principaux risques", "Biggest risks"),
    "cost_over_term": ("Classement et coût sur la durée", "Ranking and cost over the term"),
    "robustness": ("Robustesse du classement", "How robust the ranking is"),
    "ranking": ("Classement", "Ranking"),
    "radar": ("Scores par domaine", "Scores by area"),
    "side_by_side": ("Comparaison critère par critère", "Criterion by criterion"),
    "flags": ("Alertes et inconnues par offre", "Red flags and unknowns per offer"),
    "red_flags": ("Alertes", "Red flags"),
    "unknowns": ("Inconnues à obtenir par écrit", "Unknowns to get in writing"),
    "no_red_flag": ("Aucune alerte.", "No red flag."),
    "no_unknown": ("Aucune inconnue.", "No unknown."),
    "costs": ("Coûts et exposition aux arrêts", "Costs and downtime exposure"),
    "sensitivity": ("Sensibilité aux poids", "Sensitivity to the weights"),
    "method": ("Annexe : méthode", "Appendix: method"),
    "area_weights": ("Poids des domaines", "Area weights"),
    "thresholds": ("Seuils et origine des valeurs par défaut", "Thresholds and basis of defaults"),
    "knockout_rules": ("Critères éliminatoires retenus", "Knock-outs in force"),
    "requirements": ("Exigences tirées du diagnostic", "Requirements derived from the diagnostic"),
    "overrides": ("Choix de l'utilisateur", "The user's own choices"),
    "no_override": (
        "Aucun choix manuel : les valeurs suggérées s'appliquent.",
        "No manual choice: the suggested values apply.",
    ),
    "catalogue_version": ("Version du catalogue", "Catalogue version"),
    "no_offer": ("Aucune offre dans ce projet.", "No offer in this project."),
    # column heads
    "rank": ("Rang", "Rank"),
    "offer": ("Offre", "Offer"),
    "total": ("Total /100", "Total /100"),
    "status": ("Statut", "Status"),
    "knocked_out": ("éliminée", "knocked out"),
    "ko_on": ("K.O. sur", "K.O. on"),
    "area": ("Domaine", "Area"),
    "criterion": ("Critère", "Criterion"),
    "weight": ("Poids", "Weight"),
    "share": ("Part du total", "Share of total"),
    "reason": ("Raison", "Reason"),
    "suggested": ("Suggéré", "Suggested"),
    "chosen": ("Retenu", "Chosen"),
    "setting": ("Réglage", "Setting"),
    "good": ("Bon", "Good"),
    "acceptable": ("Acceptable", "Acceptable"),
    "red": ("Alerte", "Red flag"),
    "basis": ("Origine", "Basis"),
    "value": ("Valeur", "Value"),
    "setup": ("Mise en place", "Setup"),
    "monthly": ("Mensuel", "Monthly"),
    "term": ("Durée", "Term"),
    "exit_cost": ("Sortie", "Exit"),
    "total_cost": ("Coût total", "Total cost"),
    "allowed_downtime": ("Arrêt admis /mois", "Allowed downtime /month"),
    "exposure": ("Coût de l'arrêt admis /mois", "Cost of allowed downtime /month"),
    "bad_month_loss": ("Perte, mois difficile", "Loss in a bad month"),
    "bad_month_credit": ("Pénalités versées", "Credits paid"),
    "credit_share": ("Part remboursée", "Share paid back"),
    "per_10k": ("Points par 10 k€", "Points per €10k"),
    "months": ("mois", "months"),
    "current_value": ("Valeur actuelle", "Current value"),
    "demand": ("À demander", "What to demand"),
    "fallback": ("Position de repli", "Fallback"),
    "state": ("État", "State"),
    "notes": ("Notes de réunion", "Meeting notes"),
    "no_ask": (
        "Rien à négocier : chaque critère est au bon niveau.",
        "Nothing to negotiate: every criterion is at the good level.",
    ),
    "asks": ("Demandes", "Asks"),
    "ask": ("Demande", "Ask"),
    "flip_area": ("Domaine", "Area"),
    "flip_now": ("Poids actuel", "Current weight"),
    "flip_at": ("Bascule à", "Flips at"),
    "flip_winner": ("Nouveau vainqueur", "New winner"),
    "basis_norm": ("norme", "norm"),
    "basis_market": ("pratique du marché", "market practice"),
    "basis_calibrated": ("calibrage slaeval", "slaeval calibration"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "not_applicable": ("sans objet", "not applicable"),
    # checklist states
    "state_pending": ("en attente", "pending"),
    "state_obtained": ("obtenu", "obtained"),
    "state_refused": ("refusé", "refused"),
    "reply": ("Réponse", "Reply"),
    "note": ("Note", "Note"),
    "checklist_intro": (
        "Les demandes sont classées par importance : poids du critère dans le total et écart "
        "au bon niveau, les critères éliminatoires (K.O.) d'abord. Cochez en réunion ce qui "
        "est obtenu.",
        "Asks are ordered by importance: the criterion's weight in the total and how far the "
        "offer falls short, knock-outs (K.O.) first. Tick what you obtain during the meeting.",
    ),
    # diagnostic
    "profile": ("Profil de l'entreprise", "Company profile"),
    "signs": ("Les dix signaux d'alerte", "The ten warning signs"),
    "sign": ("Signal", "Sign"),
    "answer": ("Réponse", "Answer"),
    "risk": ("Risque", "Risk"),
    "at_stake": ("Ce qui est en jeu", "What is at stake"),
    "first_actions": ("Premières actions", "First actions"),
    "recommended_model": ("Modèle recommandé", "Recommended model"),
    "to_watch": ("Points de vigilance", "What to watch"),
    "downtime_cost": ("Coût d'une heure d'arrêt", "Cost of one hour of downtime"),
    "overall_risk": ("Risque global", "Overall risk"),
    "risk_none": ("○ aucun", "○ none"),
    "risk_low": ("◔ faible", "◔ low"),
    "risk_medium": ("◑ moyen", "◑ medium"),
    "risk_high": ("● élevé", "● high"),
    "answer_yes": ("oui", "yes"),
    "answer_partly": ("en partie", "partly"),
    "answer_no": ("non", "no"),
    "answer_none": ("sans réponse", "not answered"),
    "no_action": (
        "Aucun signal d'alerte relevé : rien d'urgent.",
        "No warning sign found: nothing urgent.",
    ),
    # spreadsheet sheets (31 characters at most)
    "sheet_ranking": ("Classement", "Ranking"),
    "sheet_side": ("Côte à côte", "Side by side"),
    "sheet_asks": ("Demandes", "Asks"),
    "id": ("id", "id"),
    "score": ("Score", "Score"),
    "order": ("Ordre", "Order"),
    "knockout": ("K.O.", "K.O."),
    "priority": ("Priorité", "Priority"),
}


def label(key: str, lang: Lang) -> str:
    fr, en = _LABELS[key]
    return fr if lang == "fr" else en


def keys() -> tuple[str, ...]:
    return tuple(_LABELS)
