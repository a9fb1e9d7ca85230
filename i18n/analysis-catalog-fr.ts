import type { analysisEn } from './analysis-catalog-en.js';

/** L'analyse de contestation en français. */
export const analysisFr: Record<keyof typeof analysisEn, string> = {
  'analysis.factor.burdenOfProof.label': 'La poursuite doit le prouver',
  'analysis.factor.burdenOfProof.explanation':
    "Pour vous condamner, la poursuite doit prouver chaque élément de l'infraction ({offence}, {law}) hors de tout doute raisonnable; une faille dans sa preuve est une défense.",
  'analysis.factor.deadlinePassed.label': 'Le délai pour répondre est passé',
  'analysis.factor.deadlinePassed.explanation':
    "Le délai était le {date}. Vous pouvez être déclaré coupable sans audience; un avocat vérifiera si le dossier peut encore être rouvert, mais c'est plus difficile.",
  'analysis.factor.missingDetails.label': 'Des mentions manquent au constat',
  'analysis.factor.missingDetails.explanation':
    "Absent du constat tel que lu : {fields}. Si une mention obligatoire manque vraiment, le constat peut parfois être contesté, même si le tribunal peut permettre de le corriger; l'avocat vérifie l'original.",
  'analysis.factor.camera.label': 'Photo radar ou caméra : le propriétaire est responsable',
  'analysis.factor.camera.explanation':
    "Ce constat vise le propriétaire du véhicule : qui conduisait importe peu, donc moins de défenses s'appliquent. Il n'entraîne aucun point d'inaptitude.",
  'analysis.factor.smallSpeedMargin.label': 'Un faible dépassement de la limite',
  'analysis.factor.smallSpeedMargin.explanation':
    "{recorded} {unit} dans une zone de {limit} {unit}, c'est {over} {unit} de plus : à faible écart, la précision de l'appareil et son utilisation comptent le plus.",
  'analysis.factor.largeSpeedMargin.label': 'Un fort dépassement de la limite',
  'analysis.factor.largeSpeedMargin.explanation':
    "{over} {unit} au-dessus de la limite s'explique mal par une erreur de mesure, et les tribunaux le traitent plus sévèrement.",
  'analysis.factor.deviceDisclosure.label': 'Vous pouvez voir la preuve',
  'analysis.factor.deviceDisclosure.explanation':
    "Vous avez droit à la preuve de la poursuite, dont les notes du policier et les registres de vérification de l'appareil de mesure. Une preuve non communiquée peut affaiblir la poursuite.",
  'analysis.factor.delayCeiling.label': 'Beaucoup de temps depuis le constat',
  'analysis.factor.delayCeiling.explanation':
    "{months} mois se sont écoulés depuis le constat. Un dossier qui n'est pas jugé dans un délai raisonnable (18 mois devant ces tribunaux) peut être arrêté pour délai.",
  'analysis.factor.delayBuilding.label': 'Le délai s’allonge',
  'analysis.factor.delayBuilding.explanation':
    "{months} mois se sont écoulés depuis le constat; si le procès n'a pas lieu dans les 18 mois, le délai pourrait devenir déraisonnable.",
  'analysis.factor.handheldBroad.label': 'La règle du cellulaire est large',
  'analysis.factor.handheldBroad.explanation':
    "Tenir ou utiliser un cellulaire en conduisant est une infraction même un instant et même arrêté dans la circulation : l'argument « juste une seconde » fonctionne rarement.",
  'analysis.factor.supportingDeposition.label': 'Demander la déposition du policier',
  'analysis.factor.supportingDeposition.explanation':
    "Hors de la ville de New York, vous pouvez demander la déposition à l'appui du policier (supporting deposition); si elle n'est pas fournie à temps, le constat peut être rejeté.",
  'analysis.factor.officerEstimate.label': "Un faible écart se prouve mal à l'œil",
  'analysis.factor.officerEstimate.explanation':
    "Si le policier a estimé votre vitesse à l'œil, les tribunaux l'acceptent pour un grand écart mais exigent plus pour un faible écart comme {over} {unit}.",
  'analysis.factor.dueDiligence.label': 'La diligence raisonnable est une défense',
  'analysis.factor.dueDiligence.explanation':
    "C'est une infraction de responsabilité stricte : si vous avez pris toutes les précautions raisonnables pour l'éviter, c'est une défense, que les tribunaux appliquent toutefois strictement.",
  'analysis.option.qcPleadNotGuilty.label': 'Plaider non coupable',
  'analysis.option.qcPleadNotGuilty.explanation':
    'Envoyez un plaidoyer de non-culpabilité dans les 30 jours du constat; le dossier va alors à procès, où la poursuite doit faire sa preuve.',
  'analysis.option.onEarlyResolution.label': 'Rencontre de règlement anticipé',
  'analysis.option.onEarlyResolution.explanation':
    'Demandez dans les 15 jours à rencontrer le poursuivant, qui peut accepter une accusation ou une amende réduite.',
  'analysis.option.onTrial.label': 'Demander un procès',
  'analysis.option.onTrial.explanation':
    "Demandez un procès dans les 15 jours : la poursuite doit prouver l'accusation, et vous pouvez demander sa preuve d'avance.",
  'analysis.option.nyTvbPleadNotGuilty.label': 'Plaider non coupable au TVB',
  'analysis.option.nyTvbPleadNotGuilty.explanation':
    "Plaidez non coupable dans les 15 jours; un juge du Traffic Violations Bureau entend l'affaire. Il n'y a pas de négociation de plaidoyer au TVB.",
  'analysis.option.nyCourtPleadNotGuilty.label': 'Plaider non coupable',
  'analysis.option.nyCourtPleadNotGuilty.explanation':
    'Plaidez non coupable avant la date inscrite au constat et demandez la déposition à l’appui du policier; le tribunal fixe ensuite le procès.',
  'analysis.option.pay.label': 'Payer le constat',
  'analysis.option.pay.explanation': "Payer, c'est plaider coupable : la condamnation et ses points d'inaptitude sont inscrits à votre dossier (voir plus bas).",
  'analysis.paid.points': "{points} points d'inaptitude à votre dossier de conduite.",
  'analysis.paid.pointsUnknown': "Des points d'inaptitude pourraient être inscrits à votre dossier de conduite.",
  'analysis.paid.noPoints': "Aucun point d'inaptitude (photo radar ou caméra), seulement l'amende.",
  'analysis.paid.fine': "L'amende : {amount}.",
  'analysis.paid.insurance': "Une condamnation peut faire augmenter votre prime d'assurance pendant plusieurs années.",
  'analysis.paid.nyDra': "À New York, 6 points ou plus en 18 mois entraînent des frais de responsabilité du conducteur (Driver Responsibility Assessment) du DMV.",
  'analysis.result.score':
    'Évaluation préliminaire du dossier {caseNumber} : {score}/100 pour contester (0 = peu d’arguments, 100 = arguments solides; ce n’est pas une chance de gagner).',
  'analysis.result.factorsTitle': 'Ce qui pèse le plus :',
  'analysis.result.factor': '{sign} {label} : {explanation} ({sources})',
  'analysis.result.optionsTitle': 'Vos options :',
  'analysis.result.option': '• {label}{deadline} : {explanation}',
  'analysis.result.optionDeadline': ' (avant le {date})',
  'analysis.result.paidTitle': 'Si vous payez plutôt :',
  'analysis.result.paidLine': '• {line}',
  'analysis.result.disclaimer':
    "C'est une évaluation préliminaire, pas une garantie de résultat : un avocat du cabinet révise votre dossier avant tout dépôt. Un projet de contestation est prêt pour cette révision.",
  'analysis.result.reviewNote': "Notre analyse habituelle n'était pas disponible : celle-ci suit nos règles standard, et l'avocat l'examinera de près.",
  'analysis.needsLawyer':
    "Je n'ai pas trouvé dans nos sources juridiques les règles qui s'appliquent à ce constat, donc je ne devinerai pas de note. Un avocat du cabinet examinera le dossier {caseNumber} et vous écrira ici.",
  'analysis.notCovered': "Nous ne traitons pas encore les constats de {jurisdiction} : nous ne pouvons pas évaluer celui-ci. Écrivez AGENT pour parler à une personne.",
  'caseStatus.analysed': 'évaluation préliminaire faite, un avocat la révisera',
  'caseStatus.needsLawyer': "en attente de l'examen d'un avocat",
};
