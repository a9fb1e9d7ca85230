/**
 * The same ideas in the words a driver types (FR/EN/ES) and the words the
 * statutes and decisions use. The corpus is French (Quebec) and English
 * (Ontario, New York); a Spanish or a plain-words question only finds it
 * through these. Words are folded (no accents, lower case); a multi-word
 * entry matches as a phrase. Add a concept when the retrieval eval shows a
 * miss, never a section number tied to one test query.
 */
export const LEGAL_GLOSSARY: readonly (readonly string[])[] = [
  ['speeding', 'speed', 'exces de vitesse', 'vitesse', 'velocidad', 'exceso de velocidad', 'km/h', 'mph', 'rate of speed', 'limite de vitesse', 'speed limit', 'limite de velocidad'],
  ['radar', 'photo radar', 'cinemometre', 'radar photographique', 'radar fotografico', 'lidar', 'laser', 'speed-measuring device', 'appareil de mesure', 'radar movil', 'pistola'],
  ['camera', 'camara', 'photo', 'foto', 'automated', 'systeme de detection', 'owner', 'proprietaire', 'propietario', 'dueno', 'registered owner', 'mail', 'courrier', 'correo', 'contrainte'],
  ['red light', 'feu rouge', 'semaforo', 'luz roja', 'rojo', 'signal', 'traffic control signal', 'feux de circulation'],
  ['stop sign', 'arret', 'panneau d arret', 'stop', 'alto', 'senal de alto', 'full stop', 'immobiliser', 'pare'],
  ['handheld', 'cellulaire', 'telephone', 'cell phone', 'phone', 'celular', 'movil', 'telefono', 'texting', 'texto', 'cellphone', 'cellular', 'smartphone', 'mobile phone', 'mensaje', 'appareil portatif', 'portable electronic device', 'wireless', 'ecran', 'gps', 'whatsapp'],
  ['seatbelt', 'seat belt', 'ceinture', 'ceinture de securite', 'cinturon', 'cinturon de seguridad', 'restraint'],
  ['careless', 'careless driving', 'reckless', 'imprudente', 'imprudence', 'conduite dangereuse', 'temeraria', 'temeraire', 'sans egard', 'due care', 'imprudente', 'conduccion imprudente', 'descuidada', 'descuidado', 'choque', 'accidente', 'accident', 'collision'],
  ['yield', 'right of way', 'right-of-way', 'ceder', 'ceder le passage', 'cedez le passage', 'cede', 'cedez', 'priorite', 'ceder el paso', 'paso', 'pedestrian', 'pieton', 'peaton', 'crosswalk', 'passage pour pietons', 'intersection'],
  ['school zone', 'zone scolaire', 'zona escolar', 'school'],
  ['work zone', 'construction zone', 'zone de travaux', 'chantier', 'zona de obras', 'obras', 'travaux'],
  ['deadline', 'delai', 'plazo', 'days', 'jours', 'dias', '30 jours', '15 days', '15 dias', '30 dias', 'too late', 'trop tard', 'demasiado tarde', 'expired', 'vencido', 'respond', 'repondre', 'responder', 'answer'],
  ['plea', 'plaidoyer', 'plead', 'plaider', 'not guilty', 'non coupable', 'no culpable', 'declararme', 'contest', 'contester', 'impugnar', 'dispute', 'contestar', 'challenge', 'fight', 'pelear'],
  ['trial', 'proces', 'juicio', 'hearing', 'audience', 'audiencia', 'court', 'cour', 'tribunal', 'corte', 'judge', 'juge', 'juez', 'justice of the peace'],
  ['early resolution', 'resolution anticipee', 'meeting with the prosecutor', 'prosecutor', 'poursuivant', 'fiscal', 'plea deal', 'negocier', 'negociar', 'reduce', 'reduire', 'reducir', 'lesser charge', 'plea bargain', 'plea bargaining'],
  ['default', 'jugement par defaut', 'default judgment', 'deemed not to dispute', 'failure to respond', 'ne pas repondre', 'no responder', 'ignore', 'ignored', 'ignorer', 'ignoro', 'convicted in absence', 'rebeldia', 'en ausencia'],
  ['disclosure', 'divulgation', 'divulgacion', 'evidence', 'preuve', 'pruebas', 'prueba', 'notes', 'officer notes', 'notes du policier', 'notas del oficial', 'records', 'documents'],
  ['delay', 'unreasonable delay', 'delai deraisonnable', 'retraso', 'demora', 'jordan', '11(b)', 'eighteen months', '18 months', '18 mois', '18 meses', 'charter', 'charte', 'carta'],
  ['calibration', 'etalonnage', 'calibracion', 'tested', 'test', 'verification', 'accuracy', 'precision', 'certificate', 'certificat', 'certificado', 'qualified', 'training'],
  ['officer estimate', 'visual estimate', 'estimation visuelle', 'estimacion visual', 'estimate', 'estimated', 'estimo', 'a ojo', 'opinion', 'pacing', 'followed'],
  ['due diligence', 'diligence raisonnable', 'diligencia debida', 'strict liability', 'responsabilite stricte', 'responsabilidad estricta', 'mistake', 'erreur', 'error', 'reasonable care', 'precaution'],
  ['demerit points', 'points', 'points d inaptitude', 'inaptitude', 'puntos', 'puntos de demerito', 'points on my licence', 'licence', 'permis', 'licencia', 'suspension', 'suspendu', 'suspendida'],
  ['insurance', 'assurance', 'seguro', 'premium', 'prime', 'prima', 'insurer', 'assureur', 'aseguradora'],
  ['pay', 'payer', 'pagar', 'paid', 'paye', 'pague', 'plead guilty', 'plaider coupable', 'declararme culpable', 'guilty', 'coupable', 'culpable', 'fine', 'amende', 'multa', 'conviction', 'condamnation', 'condena'],
  ['driver responsibility assessment', 'responsibility assessment', 'dra', 'surcharge', 'recargo', 'cargo'],
  ['supporting deposition', 'deposition', 'declaracion jurada', 'declaration', 'simplified traffic information', 'information', 'denuncia'],
  ['traffic violations bureau', 'tvb', 'new york city', 'nyc', 'brooklyn', 'queens', 'manhattan', 'bronx', 'staten island'],
  ['ticket', 'constat', 'constat d infraction', 'statement of offence', 'offence notice', 'certificate of offence', 'uniform traffic ticket', 'multa', 'boleta', 'contravention', 'infraction', 'infraccion', 'citation', 'summons'],
  ['error on the ticket', 'erreur sur le constat', 'error en la multa', 'wrong', 'mistake on the ticket', 'defect', 'vice', 'nullite', 'amend', 'amendment', 'modifier', 'missing information', 'mal escrito', 'incorrect'],
  ['represent', 'representation', 'representer', 'representar', 'lawyer', 'avocat', 'abogado', 'paralegal', 'agent', 'mandataire', 'mandate'],
];
