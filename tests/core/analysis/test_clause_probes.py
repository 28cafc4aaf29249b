"""One clause, one sentence, many criteria: each line is a way of writing a clause that the
analysis must read (issue 6, round 5), in French and English, written for this test and copied
from no sample document. A line passes when the criterion's only answer is the one expected (or,
for None, when there is no answer at all: a near miss that must not be read as the clause); the
last paragraph given is the clause, earlier ones its heading or context.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CASES: list[tuple[object, ...]] = [
    (
        "liability.cap",
        12.0,
        "Our aggregate liability under this agreement is limited to the amounts you paid us "
        "during the 12 months before the claim.",
    ),
    (
        "liability.cap",
        6.0,
        "La responsabilité totale du prestataire ne pourra dépasser six mois de redevances.",
    ),
    (
        "liability.cap",
        12.0,
        "Liability is capped at one year's fees.",
    ),
    (
        "liability.sole_remedy",
        "sole_remedy",
        "These credits are your only remedy for any service level failure.",
    ),
    (
        "liability.sole_remedy",
        "penalties_plus_damages",
        "Le versement des pénalités ne prive pas le Client de son droit de demander des "
        "dommages et intérêts.",
    ),
    (
        "liability.commitment_nature",
        "best_effort",
        "Les délais mentionnés sont donnés à titre indicatif et n'engagent pas le prestataire.",
    ),
    (
        "liability.commitment_nature",
        "result",
        "Le prestataire est tenu à une obligation de résultat sur la GTR.",
    ),
    (
        "liability.insurance",
        "rc_pro_and_cyber",
        "The supplier holds professional indemnity insurance and a cyber liability policy.",
    ),
    (
        "liability.data_loss",
        "excluded",
        "In no event shall the provider be liable for lost data or lost profits.",
    ),
    (
        "reversibility.any_cause",
        "any_time",
        "L'assistance de sortie est due quelle que soit la cause de la fin du contrat.",
    ),
    (
        "reversibility.transition_months",
        3.0,
        "The exit period lasts up to three months from the termination date.",
    ),
    (
        "reversibility.data_return_days",
        30.0,
        "Within thirty days after termination, the provider hands over a full export of "
        "customer data.",
    ),
    (
        "reversibility.exit_price",
        "included_or_fixed",
        "Exit assistance is included in the monthly fee.",
    ),
    (
        "reversibility.exit_price",
        "unpriced",
        "L'accompagnement de sortie est facturé selon les tarifs en vigueur.",
    ),
    (
        "reversibility.knowledge_transfer",
        "named_days",
        "Le prestataire assure un transfert de compétences de trois jours au profit du repreneur.",
    ),
    (
        "reversibility.credentials",
        "handover_fixed_time",
        "All administrator passwords are handed over to the customer within 5 business days.",
    ),
    (
        "reversibility.deletion_certificate",
        "certificate_3_months",
        "Les données sont détruites dans un délai de 30 jours et un certificat de destruction "
        "est remis au client.",
    ),
    (
        "backup.frequency",
        1440.0,
        "Servers are backed up nightly.",
    ),
    (
        "backup.retention_days",
        30.0,
        "Backups are retained for 30 days.",
    ),
    (
        "backup.copies",
        "three_two_one_immutable",
        "Backups follow the 3-2-1 rule with one offline, immutable copy.",
    ),
    (
        "backup.restore_tests",
        "quarterly_or_better",
        "Un test de restauration est réalisé chaque trimestre.",
    ),
    (
        "backup.scope",
        "all_systems_and_saas",
        "Les sauvegardes couvrent les serveurs et les boîtes aux lettres Microsoft 365.",
    ),
    (
        "continuity.rto",
        240.0,
        "In the event of a disaster, critical systems are restored within 4 hours.",
    ),
    (
        "continuity.rpo",
        60.0,
        "Le RPO est d'une heure.",
    ),
    (
        "security.mfa",
        "enforced_phishing_resistant",
        "MFA with FIDO2 hardware keys is mandatory for all administrator accounts.",
    ),
    (
        "security.patch_deadline",
        7.0,
        "Critical security patches are applied within 7 days of release.",
    ),
    (
        "security.edr",
        True,
        "All endpoints run an EDR agent monitored by our SOC.",
    ),
    (
        "security.incident_notification",
        1440.0,
        "The provider notifies the customer of any security incident within 24 hours.",
    ),
    (
        "security.security_plan",
        "pas_and_certification",
        "Le prestataire est certifié ISO 27001 et fournit un plan d'assurance sécurité.",
    ),
    (
        "governance.sla_report",
        "monthly_dashboard",
        "A monthly service report covering tickets and availability is sent to the customer.",
    ),
    (
        "governance.audit_right",
        "yearly_third_party",
        "The Customer may audit the provider once a year through an independent auditor.",
    ),
    (
        "governance.committees",
        "operational_and_steering",
        "Un comité opérationnel se réunit chaque mois et un comité de pilotage chaque semestre.",
    ),
    (
        "costs.initial_term",
        36.0,
        "Le contrat est conclu pour une durée initiale de trente-six mois.",
    ),
    (
        "costs.renewal_notice",
        90.0,
        "Either party may terminate at the end of the term by giving three months' notice.",
    ),
    (
        "costs.tacit_renewal",
        "multi_year",
        "À son terme, le contrat est reconduit tacitement pour des périodes successives de "
        "trois ans.",
    ),
    (
        "costs.termination_fee",
        6.0,
        "En cas de résiliation anticipée, le Client verse une indemnité égale à six mois de "
        "redevance.",
    ),
    (
        "costs.indexation",
        "capped_index",
        "Prices are revised annually based on the Syntec index, capped at 3%.",
    ),
    (
        "costs.change_of_control",
        "exit_without_penalty",
        "If the provider undergoes a change of control, the customer may terminate without "
        "penalty.",
    ),
    (
        "data.location",
        "eu_named",
        "All data is hosted in our Frankfurt and Paris data centres.",
    ),
    (
        "data.gdpr_dpa",
        None,  # an annex not reproduced gives nothing (conventions, G3)
        "A data processing agreement compliant with Article 28 GDPR is attached as Annex 4.",
    ),
    (
        "scope.subcontracting",
        "notice_objection",
        "The provider informs the customer of any new subcontractor, and the customer may "
        "object within 15 days.",
    ),
    (
        "scope.exclusions",
        "list_with_rates",
        "Sont exclus du forfait : les déménagements et les formations, facturés 90 € HT de "
        "l'heure.",
    ),
    (
        "scope.change_procedure",
        "signed_orders",
        "Any change to the scope requires a change order signed by both parties.",
    ),
    (
        "availability.commitment",
        99.95,
        "The platform will be available 99.95% of the time each month.",
    ),
    (
        "availability.credit_ladder",
        "claim_based",
        "Below 99.9% availability, a credit of 5% applies; below 99.5%, 10%. The customer "
        "must request credits within 30 days.",
    ),
    (
        "availability.chronic_failure_exit",
        "exit_no_fee",
        "Si la disponibilité est inférieure à 99 % pendant trois mois consécutifs, le client "
        "peut résilier sans pénalité.",
    ),
    (
        "availability.exclusions",
        "listed",
        "Availability excludes scheduled maintenance and force majeure events.",
    ),
    (
        "liability.cap",
        24.0,
        "Each party's maximum aggregate liability shall be limited to two times the annual fees.",
    ),
    (
        "liability.cap",
        3.0,
        "Notre responsabilité est limitée au montant des redevances facturées au cours des "
        "trois derniers mois.",
    ),
    (
        "liability.sole_remedy",
        "sole_remedy",
        "Les pénalités ont un caractère forfaitaire et libératoire.",
    ),
    (
        "liability.sole_remedy",
        "penalties_plus_damages",
        "Service credits are without prejudice to any other rights or remedies of the customer.",
    ),
    (
        "liability.commitment_nature",
        "best_effort",
        "We aim to respond within four hours, but these times are not guaranteed.",
    ),
    (
        "liability.commitment_nature",
        "best_effort",
        "Le prestataire est tenu à une obligation de moyens.",
        "Aucune pénalité n'est prévue.",
    ),
    (
        "liability.insurance",
        "rc_pro_only",
        "Le prestataire a souscrit une assurance responsabilité civile professionnelle auprès "
        "d'une compagnie notoirement solvable.",
    ),
    (
        "liability.carve_outs",
        "uncapped_or_supercap",
        "Ce plafond ne s'applique pas aux dommages résultant d'une violation de la "
        "confidentialité ou des données personnelles.",
    ),
    (
        "reversibility.any_cause",
        "expiry_and_cause",
        "A l'expiration du contrat ou en cas de résiliation pour faute du prestataire, "
        "celui-ci assure la réversibilité.",
    ),
    (
        "reversibility.transition_months",
        6.0,
        "7. Réversibilité",
        "La période de réversibilité est de six mois maximum.",
    ),
    (
        "reversibility.data_return_days",
        15.0,
        "Upon termination, customer data will be returned within fifteen days in CSV format.",
    ),
    (
        "reversibility.open_formats",
        "proprietary",
        "Les données sont restituées dans le format propriétaire de l'outil.",
    ),
    (
        "reversibility.credentials",
        "client_vault",
        "Passwords are kept in a password vault owned by the customer.",
    ),
    (
        "reversibility.plan",
        "early_updated",
        "An exit plan is delivered within three months of signature and updated every year.",
    ),
    (
        "backup.frequency",
        60.0,
        "Les bases de données sont sauvegardées toutes les heures.",
    ),
    (
        "backup.retention_days",
        90.0,
        "7. Sauvegardes",
        "Les copies sont conservées 90 jours.",
    ),
    (
        "backup.copies",
        "single_copy",
        "Les sauvegardes sont stockées sur un NAS unique situé dans les locaux du client, en "
        "une seule copie.",
    ),
    (
        "backup.restore_tests",
        "never",
        "The provider does not perform restore tests.",
    ),
    (
        "backup.monitoring",
        "monitored",
        "Backup jobs are monitored by the NOC.",
    ),
    (
        "continuity.rto",
        480.0,
        "Recovery time objective (RTO): 8 hours.",
    ),
    (
        "continuity.rpo",
        1440.0,
        "Maximum data loss in a disaster: 24 hours of data.",
    ),
    (
        "continuity.plan_tested",
        "tabletop",
        "The disaster recovery plan is reviewed yearly in a tabletop exercise.",
    ),
    (
        "security.mfa",
        "none_or_shared",
        "Multi-factor authentication is not enforced on administrator accounts.",
    ),
    (
        "security.least_privilege",
        "shared_accounts",
        "Our technicians use a shared administrator account.",
    ),
    (
        "security.log_retention",
        12.0,
        "Security logs are retained for one year.",
    ),
    (
        "security.patch_deadline",
        30.0,
        "Les correctifs de sécurité critiques sont déployés sous 30 jours.",
    ),
    (
        "security.incident_notification",
        4320.0,
        "Tout incident de sécurité est notifié au client dans un délai de 72 heures.",
    ),
    (
        "governance.sla_report",
        "quarterly",
        "Each quarter we send a service level report.",
    ),
    (
        "governance.audit_right",
        "on_notice_certificates",
        "Instead of on-site audits, the provider supplies its ISO 27001 certificate and SOC 2 "
        "report upon request.",
    ),
    (
        "governance.documentation",
        "on_request",
        "La documentation technique est communiquée au client sur simple demande.",
    ),
    (
        "costs.initial_term",
        12.0,
        "This Agreement has an initial term of one year.",
    ),
    (
        "costs.renewal_notice",
        180.0,
        "Le contrat se renouvelle tacitement par périodes d'un an, sauf dénonciation par "
        "lettre recommandée six mois avant l'échéance.",
    ),
    (
        "costs.tacit_renewal",
        "yearly_strict_channel",
        "Le contrat se renouvelle tacitement par périodes d'un an, sauf dénonciation par "
        "lettre recommandée six mois avant l'échéance.",
    ),
    (
        "costs.indexation",
        "index_no_cap",
        "Les prix sont révisés chaque année selon l'indice Syntec.",
    ),
    (
        "costs.indexation",
        "unilateral",
        "The provider may change its prices at any time by notice on its website.",
    ),
    (
        "costs.pricing_model",
        "unit_prices",
        "Pricing is €45 per user per month.",
    ),
    (
        "data.location",
        "unknown_or_non_eu",
        "Data may be stored in any country where our cloud partners operate.",
    ),
    (
        "data.non_eu_law",
        # the host named, not the provider: no finding by the reading conventions (G1)
        None,
        "The hosting provider is a US company subject to the CLOUD Act.",
    ),
    (
        "scope.subcontracting",
        "unrestricted",
        "Le prestataire peut sous-traiter librement tout ou partie des prestations.",
    ),
    (
        "scope.exclusions",
        "list_only",
        "The following are out of scope: hardware repairs, printers, and end-user training.",
    ),
    (
        "scope.vendor_coordination",
        "included",
        "The provider manages third-party vendors (ISP, software publishers) on the "
        "customer's behalf.",
    ),
    (
        "availability.credits_on_response",
        "per_breach",
        "Each P1 incident not responded to within 1 hour gives rise to a penalty of EUR 200.",
    ),
    (
        "availability.credit_ladder",
        "automatic",
        "Si la disponibilité est inférieure à 99,5 %, un avoir de 10 % est appliqué "
        "automatiquement sur la facture suivante.",
    ),
    (
        "availability.exclusions",
        "open_ended",
        "Downtime excludes maintenance and any other event the provider deems outside its "
        "control, including but not limited to third-party failures.",
    ),
    # near misses (None: no answer at all) and clauses whose subject is in the heading
    (
        "data.location",
        None,
        "Our support team is based in Lisbon and answers in English and Portuguese.",
    ),
    (
        "backup.retention_days",
        None,
        "Emails deleted by users stay in the recycle bin for 30 days.",
    ),
    (
        "liability.cap",
        None,
        "The insurance policy covers up to EUR 2,000,000 per claim.",
    ),
    (
        "reversibility.data_return_days",
        None,
        "Invoices are payable within 30 days of receipt.",
    ),
    (
        "costs.renewal_notice",
        None,
        "The provider gives 15 days' notice before any planned maintenance.",
    ),
    (
        "scope.subcontracting",
        None,
        "The customer may not assign this agreement without consent.",
    ),
    (
        "availability.commitment",
        None,
        "Our ticketing portal was available 99.98% of the time last year.",
    ),
    (
        "backup.frequency",
        None,
        "Backup reports are sent every day to the IT manager.",
    ),
    (
        "security.mfa",
        None,
        "The customer is encouraged to enable MFA on its own accounts.",
    ),
    (
        "continuity.rto",
        None,
        "The service desk answers calls within 4 hours.",
    ),
    (
        "reversibility.exit_price",
        None,
        "Onboarding is charged a fixed fee of EUR 2,000.",
    ),
    (
        "liability.sole_remedy",
        None,
        "The Customer's remedies are set out in clause 12.",
    ),
    (
        "backup.restore_tests",
        "quarterly_or_better",
        "8. Tests de restauration",
        "Ils sont réalisés chaque trimestre sur un échantillon de serveurs.",
    ),
    (
        "reversibility.transition_months",
        4.0,
        "ARTICLE 15 – RÉVERSIBILITÉ",
        "Elle dure quatre mois au plus à compter de la notification.",
    ),
    (
        "costs.initial_term",
        24.0,
        "3. Durée du contrat",
        "Il est conclu pour vingt-quatre mois à compter de sa signature.",
    ),
    (
        "security.log_retention",
        6.0,
        "5.2 Journalisation.",
        "Les traces sont conservées six mois.",
    ),
    (
        "backup.frequency",
        1440.0,
        "Backups: servers are backed up daily at 22:00, retained 35 days.",
    ),
    # US, UK, public-procurement and plain styles
    (
        "liability.cap",
        12.0,
        "Vendor's cumulative liability will in no event exceed the total fees paid by "
        "Customer in the twelve (12) months preceding the event giving rise to the claim.",
    ),
    (
        "liability.cap",
        12.0,
        "Le montant des dommages et intérêts dus par le Titulaire est limité au montant "
        "annuel du marché.",
    ),
    (
        "liability.data_loss",
        "covered",
        "Where data is lost through the Provider's fault, the Provider bears the cost of "
        "restoring it from the latest backup.",
    ),
    (
        "liability.insurance",
        "rc_pro_and_cyber",
        "Le Prestataire justifie d'une police RC Pro et d'une assurance cyber-risques.",
    ),
    (
        "liability.sole_remedy",
        "sole_remedy",
        "Service Credits constitute Customer's exclusive remedy for any failure to meet the "
        "Availability Target.",
    ),
    (
        "liability.commitment_nature",
        "best_effort",
        "The Supplier will endeavour to meet the service levels but does not warrant that it "
        "will do so.",
    ),
    (
        "reversibility.any_cause",
        "any_time",
        "The exit services apply however this Agreement ends.",
    ),
    (
        "reversibility.transition_months",
        12.0,
        "Le Titulaire assure une phase de réversibilité d'une durée maximale de douze mois.",
    ),
    (
        "reversibility.data_return_days",
        10.0,
        "Le Prestataire restitue l'ensemble des données du Client dans un délai de dix jours "
        "à compter de la fin du contrat.",
    ),
    (
        "reversibility.exit_price",
        "included_or_fixed",
        "Les prestations de réversibilité sont incluses dans le prix global et forfaitaire.",
    ),
    (
        "reversibility.exit_price",
        "capped_time_materials",
        "Exit assistance is billed at our standard daily rate, capped at EUR 5,000 in total.",
    ),
    (
        "reversibility.credentials_days",
        2.0,
        "Within two days of the end of the contract, the provider transfers all admin "
        "credentials to the customer.",
    ),
    (
        "reversibility.deletion_certificate",
        "on_request",
        "Upon written request, the provider certifies in writing the deletion of all customer "
        "data.",
    ),
    (
        "reversibility.knowledge_transfer",
        "reasonable",
        "The provider will provide reasonable knowledge transfer to the successor supplier.",
    ),
    (
        "backup.frequency",
        720.0,
        "Les sauvegardes sont effectuées deux fois par jour.",
    ),
    (
        "backup.retention_days",
        14.0,
        "Daily backups are kept for two weeks.",
    ),
    (
        "backup.copies",
        "single_copy",  # one place, the original not counted (CONVENTIONS.md)
        "Backup copies are stored off-site in a separate data centre.",
    ),
    (
        "backup.restore_tests",
        "yearly",
        "At least once a year, the provider tests the restoration of a backup with the customer.",
    ),
    (
        "backup.scope",
        "servers_only",
        "Only the servers are backed up; workstations and Microsoft 365 are not.",
    ),
    (
        "continuity.rto",
        120.0,
        "En cas de sinistre, le service est rétabli en moins de deux heures.",
    ),
    (
        "continuity.rpo",
        15.0,
        "RPO: 15 minutes.",
    ),
    (
        "continuity.plan_tested",
        "yearly_full_test",
        "Le plan de reprise d'activité est testé une fois par an en conditions réelles.",
    ),
    (
        "security.mfa",
        "remote_tools_only",
        "Remote access to customer systems is protected by two-factor authentication.",
    ),
    (
        "security.edr",
        True,
        "Une solution EDR est déployée sur l'ensemble des postes.",
    ),
    (
        "security.patch_deadline",
        14.0,
        "Critical vulnerabilities are patched within fourteen days.",
    ),
    (
        "security.incident_notification",
        2880.0,
        "We will notify you of any personal data breach within 48 hours of becoming aware of it.",
    ),
    (
        "security.security_plan",
        "pas_only",
        "A security assurance plan (PAS) is appended to the contract.",
    ),
    (
        "security.raci",
        "full_raci",
        "A RACI matrix listing the responsibilities of each party for every activity is "
        "attached as Schedule 5.",
    ),
    (
        "governance.sla_report",
        "monthly_dashboard",
        "Le Prestataire transmet chaque mois un tableau de bord des indicateurs de niveau de "
        "service.",
    ),
    (
        "governance.committees",
        "yearly_review",
        "Once a year the parties meet to review the contract and the service performance.",
    ),
    (
        "governance.audit_right",
        "yearly_third_party",
        "Une fois par an, le Client peut faire réaliser un audit par un tiers indépendant, à "
        "ses frais.",
    ),
    (
        "costs.initial_term",
        60.0,
        "The initial term of this Agreement is five (5) years.",
    ),
    (
        "costs.renewal_notice",
        60.0,
        "Notice of non-renewal must be given at least sixty days before the end of the "
        "then-current term.",
    ),
    (
        "costs.tacit_renewal",
        "none_or_yearly_email",
        "This Agreement renews automatically for one-year terms; either party may give notice "
        "of non-renewal by email.",
    ),
    (
        "costs.termination_fee",
        3.0,
        "If the customer terminates early, it must pay an early termination fee equal to "
        "three months of fees.",
    ),
    (
        "costs.change_of_control",
        "free_assignment",
        "The provider may assign this agreement to any affiliate or successor without the "
        "customer's consent.",
    ),
    (
        "data.location",
        "eu",
        "All personal data is processed within the European Economic Area.",
    ),
    (
        "data.gdpr_dpa",
        "none",
        "No data processing agreement is provided.",
    ),
    (
        "scope.subcontracting",
        "named_consent",
        "Le recours à la sous-traitance est soumis à l'accord préalable et écrit du Client.",
    ),
    (
        "scope.exclusions",
        "list_with_rates",
        "Out-of-scope work (moves, training, projects) is charged at EUR 95 per hour.",
    ),
    (
        "scope.change_procedure",
        "unit_prices",
        "Additional users are added at the unit price in the price list.",
    ),
    (
        "scope.client_obligations",
        "reasonable",
        "The customer shall give the provider's staff reasonable access to its premises and "
        "systems.",
    ),
    (
        "availability.commitment",
        99.5,
        "Le taux de disponibilité garanti est de 99,5 % par mois.",
    ),
    (
        # a low cap is no token credit (CONVENTIONS.md): credits to claim are claim_based
        "availability.credit_ladder",
        "claim_based",
        "If monthly availability is below 99.8%, a credit of 3% of the monthly fee applies.",
        "Service credits are capped at 5% of the monthly fee and must be claimed within 15 days.",
    ),
    (
        "availability.credits_on_response",
        "per_breach",
        "Tout dépassement de la GTR donne lieu à une pénalité de 100 € par heure de retard.",
    ),
    (
        "availability.chronic_failure_exit",
        "exit_no_fee",
        "If the availability target is missed three months in a row, the customer may "
        "terminate the contract without any termination charge.",
    ),
    (
        "costs.initial_term",
        12.0,
        "Each Order Form has a term of twelve (12) months and automatically renews for "
        "additional twelve (12) month terms.",
    ),
    (
        "security.least_privilege",
        "named_reviewed",
        "Les comptes d'administration utilisés par le titulaire sont nominatifs et font l'objet "
        "d'une revue semestrielle.",
    ),
    (
        "reversibility.deletion_certificate",
        "certificate_3_months",
        "À l'issue de la réversibilité, le titulaire détruit les données et en fournit un "
        "certificat dans un délai d'un mois.",
    ),
    (
        "security.least_privilege",
        "named_accounts",
        "The accounts our engineers use on customer systems are individual.",
    ),
    (
        "governance.documentation",
        "live_client_space",
        "The Supplier maintains an up-to-date configuration management database which the "
        "Customer can consult online at all times.",
    ),
    (
        "governance.documentation",
        "live_client_space",
        "Le dossier d'exploitation est consultable en ligne par le Client.",
    ),
    # carve-outs, remedies, exit, backups and governance in other words
    (
        "liability.carve_outs",
        "uncapped_or_supercap",
        "The above cap shall not apply to a party's breach of its data protection or "
        "confidentiality obligations.",
    ),
    (
        "liability.carve_outs",
        "uncapped_or_supercap",
        "Pour les atteintes aux données personnelles, la responsabilité du Prestataire n'est "
        "pas plafonnée.",
    ),
    (
        "liability.carve_outs",
        "some",
        "Nothing in this Agreement limits liability for fraud or for death or personal injury "
        "caused by negligence.",
    ),
    (
        "liability.sole_remedy",
        "sole_remedy",
        "Le paiement des pénalités vaut indemnisation définitive du Client pour le manquement "
        "concerné.",
    ),
    (
        "liability.sole_remedy",
        "penalties_plus_damages",
        "Service credits do not limit any other remedy the Customer may have.",
    ),
    (
        "liability.data_loss",
        "covered",
        "If customer data is lost through the provider's fault, the provider pays the cost of "
        "restoring it.",
    ),
    (
        "liability.insurance",
        "rc_pro_only",
        "The provider is insured for professional liability up to EUR 2 million per claim.",
    ),
    (
        "reversibility.transition_months",
        9.0,
        "The transition period shall not exceed nine months.",
    ),
    (
        "reversibility.data_return_days",
        60.0,
        "The Customer may retrieve its data for 60 days after termination.",
    ),
    (
        "reversibility.open_formats",
        "standard_exports",
        "Data is returned as CSV exports.",
    ),
    (
        "reversibility.credentials",
        "client_vault",
        "Tous les identifiants sont stockés dans un coffre-fort de mots de passe appartenant "
        "au Client.",
    ),
    (
        "reversibility.plan",
        "at_the_end",
        "The exit plan will be agreed between the parties upon termination.",
    ),
    (
        "reversibility.knowledge_transfer",
        "named_days",
        "We provide up to 3 days of handover workshops for the incoming provider.",
    ),
    (
        "backup.copies",
        "three_two_one",
        "Les sauvegardes sont répliquées sur un second site distant de plus de 50 km.",
    ),
    (
        "backup.restore_tests",
        "quarterly_or_better",
        "Restore tests are carried out monthly on a sample of files.",
    ),
    (
        "backup.monitoring",
        "daily_with_sla",
        "Backup jobs are monitored daily; any failure is handled as a P2 incident.",
    ),
    (
        "backup.frequency",
        60.0,
        "Databases are backed up hourly.",
    ),
    (
        "continuity.rpo",
        240.0,
        "No more than four hours of data may be lost in a disaster.",
    ),
    (
        "continuity.provider_resilience",
        "evidence",
        "The provider's own business continuity plan is certified ISO 22301.",
    ),
    (
        "security.edr",
        True,
        "Endpoint detection and response software is installed on every server.",
    ),
    (
        "security.patch_deadline",
        7.0,
        "Les correctifs critiques sont appliqués sous 7 jours.",
    ),
    (
        "security.incident_notification",
        1440.0,
        "En cas de violation de données, le Client est informé sous 24 heures.",
    ),
    (
        "governance.audit_right",
        "none",
        "The Customer has no right to audit the Provider.",
    ),
    (
        "governance.sla_report",
        "on_request",
        "Service statistics are available on request.",
    ),
    (
        "costs.change_of_control",
        "notice_only",
        "The provider will inform the customer of any change of control.",
    ),
    (
        "costs.termination_fee",
        12.0,
        "Toute résiliation anticipée donne lieu au paiement d'une indemnité égale à douze "
        "mois de redevance.",
    ),
    (
        "costs.tacit_renewal",
        "multi_year",
        "The agreement renews automatically for further three-year terms.",
    ),
    (
        "data.location",
        "eu",
        "Customer data never leaves the European Union.",
    ),
    (
        "data.non_eu_law",
        "eu_entity",
        "Le prestataire est une société de droit français.",
    ),
    (
        "scope.subcontracting",
        "notice_objection",
        "Le Prestataire informe le Client de tout nouveau sous-traitant ; le Client peut s'y "
        "opposer dans les quinze jours.",
    ),
    (
        "scope.vendor_coordination",
        "excluded",
        "Relations with third-party software vendors are the Customer's responsibility.",
    ),
    (
        "availability.exclusions",
        "listed",
        "Sont exclues du calcul de la disponibilité les maintenances planifiées et les "
        "interruptions dues au Client.",
    ),
    (
        "availability.credits_on_response",
        "availability_only",
        "Credits apply only to availability; response times carry no credits.",
    ),
    # terms, renewal and exit; security and governance in French
    (
        "costs.renewal_notice",
        90.0,
        "Either party may prevent the automatic renewal by notifying the other in writing no "
        "later than 90 days before the end of the current term.",
    ),
    (
        "costs.renewal_notice",
        60.0,
        "La dénonciation doit intervenir au moins deux mois avant la date anniversaire du contrat.",
    ),
    (
        "costs.tacit_renewal",
        "multi_year",
        "Le contrat se renouvelle ensuite par tacite reconduction pour des durées de "
        "vingt-quatre mois.",
    ),
    (
        "costs.tacit_renewal",
        "yearly_strict_channel",
        "The Agreement renews automatically for successive one-year periods unless terminated "
        "by registered letter sent three months before expiry.",
    ),
    (
        "costs.initial_term",
        36.0,
        "La durée minimale d'engagement est de 36 mois.",
    ),
    (
        "costs.indexation",
        "capped_index",
        "Les tarifs évoluent chaque année en fonction de l'indice des prix à la consommation, "
        "dans la limite de 3 %.",
    ),
    (
        "costs.pricing_model",
        "unit_prices",
        "Chaque poste supplémentaire est facturé 25 € HT par mois.",
    ),
    (
        "reversibility.any_cause",
        "expiry_and_cause",
        "Exit assistance is provided on expiry of the Agreement or on termination for the "
        "Supplier's breach.",
    ),
    (
        "reversibility.exit_price",
        "unpriced",
        "Exit services will be quoted separately at the time of exit.",
    ),
    (
        "reversibility.data_return_days",
        30.0,
        "Au plus tard trente jours après la fin du contrat, le Prestataire remet au Client "
        "une copie complète de ses données.",
    ),
    (
        "reversibility.service_during_exit",
        "stops",
        "All services end on the termination date.",
    ),
    (
        "security.mfa",
        "enforced_phishing_resistant",
        "Tous les accès d'administration exigent une authentification forte par clé FIDO2.",
    ),
    (
        "security.least_privilege",
        "shared_accounts",
        "Nos techniciens se connectent avec un compte administrateur commun.",
    ),
    (
        "security.remote_access",
        "described_audited",
        "Les interventions à distance passent par un bastion ; chaque session est enregistrée "
        "et les enregistrements sont mis à la disposition du Client.",
    ),
    (
        "security.log_retention",
        6.0,
        "Les journaux d'événements de sécurité sont archivés pendant six mois.",
    ),
    (
        "security.patch_deadline",
        30.0,
        "Les correctifs de sécurité sont appliqués mensuellement.",
    ),
    (
        "security.security_plan",
        "pas_only",
        "Un plan d'assurance sécurité est annexé au contrat.",
    ),
    (
        "security.raci",
        "full_raci",
        "Une matrice RACI précise pour chaque activité le rôle du Prestataire et celui du Client.",
    ),
    (
        "governance.committees",
        "operational_and_steering",
        "A monthly operational review and a biannual steering committee are held.",
    ),
    (
        "governance.audit_right",
        "on_notice_certificates",
        "Le Prestataire communique sur demande ses certificats ISO 27001 et rapports d'audit "
        "; aucun audit sur site n'est prévu.",
    ),
    (
        "governance.sla_report",
        "quarterly",
        "Un rapport trimestriel sur les niveaux de service est adressé au Client.",
    ),
    (
        "data.gdpr_dpa",
        None,  # an annex not reproduced gives nothing (conventions, G3)
        "Les parties concluent un accord de sous-traitance au sens de l'article 28 du RGPD, "
        "joint en annexe 6.",
    ),
    (
        "data.non_eu_law",
        # the host named, not the provider: no finding by the reading conventions (G1)
        None,
        "Les données sont hébergées chez un fournisseur américain soumis au Cloud Act.",
    ),
    (
        "scope.client_obligations",
        "reasonable",
        "Le Client s'engage à désigner un interlocuteur et à donner accès à ses locaux aux "
        "heures ouvrées.",
    ),
    (
        "scope.change_procedure",
        "unilateral",
        "Le Prestataire peut modifier le périmètre des services à tout moment.",
    ),
    (
        "backup.scope",
        "sync_or_unspecified",
        "La synchronisation OneDrive tient lieu de sauvegarde des postes.",
    ),
    (
        "continuity.plan_tested",
        "never",
        "Le plan de reprise n'a jamais été testé.",
    ),
    # something named only to deny it: an absence, never the thing itself
    (
        "reversibility.plan",
        None,
        "We do not provide an exit plan.",
    ),
    (
        "reversibility.knowledge_transfer",
        "none",
        "No knowledge transfer is included.",
    ),
    (
        "reversibility.knowledge_transfer",
        "none",
        "Aucun transfert de compétences n'est prévu.",
    ),
    (
        "security.edr",
        None,
        "EDR is not part of the service.",
    ),
    (
        "security.raci",
        "none",
        "There is no RACI matrix.",
    ),
    (
        "continuity.plan_tested",
        "never",
        "The recovery plan is not tested.",
    ),
    (
        "backup.monitoring",
        "not_monitored",
        "Backup jobs are not monitored by the provider.",
    ),
    (
        "governance.committees",
        "none",
        "Aucun comité de suivi n'est prévu.",
    ),
    (
        "scope.vendor_coordination",
        "excluded",
        "Third-party vendor coordination is not included.",
    ),
    (
        "liability.insurance",
        "none",
        "The provider holds no professional liability insurance.",
    ),
    (
        "data.gdpr_dpa",
        "none",
        "Aucun accord de sous-traitance des données n'est fourni.",
    ),
    (
        "security.security_plan",
        "nothing_written",
        "No security plan is provided.",
    ),
    (
        "security.raci",
        "full_raci",
        "Table 3 shows who is responsible, accountable, consulted or informed for each activity.",
    ),
    (
        "reversibility.transition_months",
        3.0,
        "On termination, the provider shall for up to ninety days assist the incoming provider.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_clause_is_read(catalogue: Catalogue, case: tuple[object, ...]) -> None:
    criterion, expected, *paragraphs = case
    found = values(analyse(catalogue, *map(str, paragraphs)), str(criterion))
    assert found == ([] if expected is None else [expected]), (criterion, found)


NEAR_MISSES: list[tuple[str, str]] = [
    ("costs.renewal_notice",
     "We give the customer thirty days' notice before adding a new subprocessor."),
    ("security.patch_deadline",
     "Urgent security patching may take place at any time with at least two hours' notice."),
    ("availability.credits_on_response",
     "Ces indicateurs internes servent au pilotage ; leur non-atteinte ne donne lieu à aucune "
     "pénalité."),
    ("costs.pricing_model", "L'assistance de sortie fait l'objet d'un forfait, frais compris."),
    ("security.mfa",
     "La double authentification n'est pas activée sur vos comptes Microsoft 365 : nous vous "
     "conseillons de l'activer."),
    ("scope.change_procedure", "P4 – a how-to question or a change request."),
    ("scope.exclusions", "Training days are charged at EUR 900 per day, travel expenses excluded."),
    ("scope.exclusions",
     "Les déplacements sont facturés 0,60 € du kilomètre, frais de péage exclus."),
    ("costs.renewal_notice",
     "Le Client peut résilier le contrat avant son échéance moyennant un préavis de six mois."),
    ("costs.renewal_notice",
     "Customer may terminate before the end of the initial term on 60 days' notice."),
    ("backup.monitoring",
     "Le forfait comprend : la supervision ; les sauvegardes ; la gestion des mises à jour."),
]  # fmt: skip


@pytest.mark.parametrize(("criterion", "text"), NEAR_MISSES)
def test_near_misses_give_no_answer(catalogue: Catalogue, criterion: str, text: str) -> None:
    assert values(analyse(catalogue, text), criterion) == []


def test_a_minimum_price_is_not_the_monthly_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Premium support: 10% of the monthly fees, minimum EUR 200 per month."
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == []


def test_out_of_scope_work_quoted_at_stated_rates(catalogue: Catalogue) -> None:
    text = (
        "Out of scope, and quoted through a change request at the rates of Annex 3 (technician "
        "EUR 600 per day): office moves, new sites and training."
    )
    assert values(analyse(catalogue, text), "scope.exclusions") == ["list_with_rates"]


def test_the_initial_term_is_not_the_renewal_period(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "This Schedule runs for an initial period of thirty-six (36) months.",
        "After the initial period it renews for successive periods of twelve (12) months unless "
        "either party gives notice.",
    )
    assert values(report, "costs.initial_term") == [36.0]


@pytest.mark.parametrize(
    "claim",
    [
        "La demande doit être formulée par écrit dans les quinze jours suivant la fin du mois.",
        "Claims must be made through the portal within 30 days.",
    ],
)
def test_credits_the_customer_asks_for(catalogue: Catalogue, claim: str) -> None:
    ladder = (
        "Lorsque la disponibilité mensuelle est inférieure à 99,7 %, le Client a droit à une "
        "pénalité de 3 % de la redevance mensuelle ; en dessous de 99 %, elle est de 8 %."
    )
    report = analyse(catalogue, ladder + " " + claim)
    assert values(report, "availability.credit_ladder") == ["claim_based"]


def test_a_bare_service_with_options_and_no_exit(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Immutable off-site copies can be added on request for an additional fee.",
        "The Supplier backs up the two virtual servers once a day and keeps the backups for "
        "fourteen days on the same storage array as production.",
        "There is no exit or transition assistance.",
    )
    assert values(report, "backup.copies") == ["single_copy"]
    assert values(report, "backup.retention_days") == [14.0]
    assert values(report, "reversibility.any_cause") == ["missing"]


def test_a_french_credit_annex(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire garantit un taux de disponibilité mensuel d'au moins 99,8 %.",
        "Entre 99,5 % et 99,8 %, le Prestataire accorde un avoir de 5 % du montant mensuel ; "
        "en deçà de 99,5 %, de 10 %. Leur montant cumulé ne peut dépasser 15 % de la facture.",
        "Les avoirs ne privent pas le Client du droit de réclamer des dommages-intérêts.",
        "La responsabilité globale du Prestataire est plafonnée, par année contractuelle, à une "
        "fois et demie le montant annuel des redevances.",
    )
    assert values(report, "availability.commitment") == [99.8]
    assert values(report, "availability.credit_ladder", "credit_cap") == [15.0]
    assert values(report, "liability.sole_remedy") == ["penalties_plus_damages"]
    assert values(report, "liability.cap") == [18.0]


OPTIONS: list[tuple[str, str]] = [
    ("security.edr", "An EDR agent is available as an option at EUR 4 per device per month."),
    ("security.edr", "Une solution EDR peut être souscrite en option."),
    ("backup.copies", "Une copie externalisée sur un second site est proposée en option."),
    ("continuity.plan_tested",
     "An annual disaster recovery test can be ordered as an optional service."),
    ("backup.restore_tests",
     "Quarterly restore tests are available on request as a billable service."),
    ("reversibility.knowledge_transfer",
     "Knowledge transfer days may be ordered at the daily rate."),
]  # fmt: skip


@pytest.mark.parametrize(("criterion", "text"), OPTIONS)
def test_an_option_is_not_a_commitment(catalogue: Catalogue, criterion: str, text: str) -> None:
    assert values(analyse(catalogue, text), criterion) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The plan renews automatically every month. You can cancel at any time with 15 days' "
         "notice by e-mail.", 15.0),
        ("L'abonnement se renouvelle tacitement chaque mois. Il est résiliable à tout moment "
         "avec un mois de préavis.", 30.0),
    ],
)  # fmt: skip
def test_the_notice_of_a_monthly_rolling_contract(
    catalogue: Catalogue, text: str, days: float
) -> None:
    assert values(analyse(catalogue, text), "costs.renewal_notice") == [days]


def test_notice_at_any_time_of_a_yearly_contract_is_not_its_renewal_notice(
    catalogue: Catalogue,
) -> None:
    text = (
        "Le contrat se renouvelle tacitement chaque année. Le Client peut y mettre fin à tout "
        "moment avec un mois de préavis, moyennant une indemnité."
    )
    assert values(analyse(catalogue, text), "costs.renewal_notice") == []
