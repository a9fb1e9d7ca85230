/** The contest analysis in English: factors, options, consequences and the messages that carry them. */
export const analysisEn = {
  'analysis.factor.burdenOfProof.label': 'The prosecution must prove it',
  'analysis.factor.burdenOfProof.explanation':
    'To convict you, the prosecution must prove every element of the offence ({offence}, {law}) beyond a reasonable doubt; a gap in its evidence is a defence.',
  'analysis.factor.deadlinePassed.label': 'The deadline to answer has passed',
  'analysis.factor.deadlinePassed.explanation':
    'The deadline was {date}. You may be convicted without a hearing; a lawyer can check whether the case can still be reopened, but it is harder.',
  'analysis.factor.missingDetails.label': 'Details missing from the ticket',
  'analysis.factor.missingDetails.explanation':
    'Not on the ticket as read: {fields}. If the ticket really lacks required details, it can sometimes be challenged, though the court may allow it to be corrected; the lawyer checks the original.',
  'analysis.factor.camera.label': 'Camera ticket: the owner is liable',
  'analysis.factor.camera.explanation':
    "A camera ticket is issued to the vehicle's owner: who was driving does not matter, so fewer defences apply. It carries no demerit points.",
  'analysis.factor.smallSpeedMargin.label': 'A small margin over the limit',
  'analysis.factor.smallSpeedMargin.explanation':
    '{recorded} {unit} in a {limit} {unit} zone is {over} {unit} over: at small margins, the accuracy of the device and how it was used matter most.',
  'analysis.factor.largeSpeedMargin.label': 'A large margin over the limit',
  'analysis.factor.largeSpeedMargin.explanation':
    '{over} {unit} over the limit is hard to explain by a measuring error, and courts treat it more severely.',
  'analysis.factor.deviceDisclosure.label': 'You can see the evidence',
  'analysis.factor.deviceDisclosure.explanation':
    "You have the right to the prosecution's evidence, including the officer's notes and the speed device's testing records. Evidence that is not disclosed can weaken the case against you.",
  'analysis.factor.delayCeiling.label': 'A long time since the ticket',
  'analysis.factor.delayCeiling.explanation':
    '{months} months have passed since the ticket. A case not tried within a reasonable time (18 months in these courts) can be stayed for delay.',
  'analysis.factor.delayBuilding.label': 'Delay is building',
  'analysis.factor.delayBuilding.explanation':
    '{months} months have passed since the ticket; if the case is not tried within 18 months, the delay may become unreasonable.',
  'analysis.factor.handheldBroad.label': 'The phone rule is broad',
  'analysis.factor.handheldBroad.explanation':
    'Holding or using a phone while driving is an offence even for a moment and even when stopped in traffic, so a "just for a second" defence rarely works.',
  'analysis.factor.supportingDeposition.label': "Ask for the officer's supporting deposition",
  'analysis.factor.supportingDeposition.explanation':
    "Outside New York City you can ask for the officer's supporting deposition; if it is not provided in time, the ticket can be dismissed.",
  'analysis.factor.officerEstimate.label': 'A small difference is hard to prove by sight',
  'analysis.factor.officerEstimate.explanation':
    "If the officer estimated your speed by sight, courts accept it for large differences but want more for a small one like {over} {unit}.",
  'analysis.factor.dueDiligence.label': 'Reasonable care is a defence',
  'analysis.factor.dueDiligence.explanation':
    'This is a strict-liability offence: if you took all reasonable care to avoid it, that is a defence, though courts apply it narrowly.',
  'analysis.option.qcPleadNotGuilty.label': 'Plead not guilty',
  'analysis.option.qcPleadNotGuilty.explanation':
    'Send a plea of not guilty within 30 days of the ticket; the case then goes to trial, where the prosecution must prove it.',
  'analysis.option.onEarlyResolution.label': 'Early resolution meeting',
  'analysis.option.onEarlyResolution.explanation':
    'Ask within 15 days to meet the prosecutor, who may agree to a lesser charge or fine.',
  'analysis.option.onTrial.label': 'Request a trial',
  'analysis.option.onTrial.explanation':
    'Ask within 15 days for a trial, where the prosecution must prove the charge; you can ask for its evidence beforehand.',
  'analysis.option.nyTvbPleadNotGuilty.label': 'Plead not guilty at the TVB',
  'analysis.option.nyTvbPleadNotGuilty.explanation':
    'Plead not guilty within 15 days; a judge of the Traffic Violations Bureau hears the case. There is no plea bargaining at the TVB.',
  'analysis.option.nyCourtPleadNotGuilty.label': 'Plead not guilty',
  'analysis.option.nyCourtPleadNotGuilty.explanation':
    "Plead not guilty by the date on the ticket and ask for the officer's supporting deposition; the court then sets a trial date.",
  'analysis.option.pay.label': 'Pay the ticket',
  'analysis.option.pay.explanation': 'Paying is pleading guilty: the conviction and its demerit points go on your record (see below).',
  'analysis.paid.points': '{points} demerit points on your driving record.',
  'analysis.paid.pointsUnknown': 'Demerit points may be recorded on your driving record.',
  'analysis.paid.noPoints': 'No demerit points (camera ticket), only the fine.',
  'analysis.paid.fine': 'The fine: {amount}.',
  'analysis.paid.insurance': 'A conviction can raise your insurance premium for several years.',
  'analysis.paid.nyDra': "With 6 or more points in 18 months, New York's DMV adds a Driver Responsibility Assessment.",
  'analysis.result.score': 'Preliminary assessment of case {caseNumber}: {score}/100 for contesting (0 = little to work with, 100 = strong grounds; not a chance of winning).',
  'analysis.result.factorsTitle': 'What weighs most:',
  'analysis.result.factor': '{sign} {label}: {explanation} ({sources})',
  'analysis.result.optionsTitle': 'Your options:',
  'analysis.result.option': '• {label}{deadline}: {explanation}',
  'analysis.result.optionDeadline': ' (by {date})',
  'analysis.result.paidTitle': 'If you pay instead:',
  'analysis.result.paidLine': '• {line}',
  'analysis.result.disclaimer':
    'This is a preliminary assessment, not a guarantee of any outcome: a lawyer of the firm reviews your case before anything is filed. A draft contestation is ready for that review.',
  'analysis.result.reviewNote': 'Our usual analysis was unavailable, so this one follows our standard rules; the lawyer will look at it closely.',
  'analysis.needsLawyer':
    'I could not find the rules that apply to this ticket in our legal sources, so I will not guess a score. A lawyer of the firm will look at case {caseNumber} and write to you here.',
  'analysis.notCovered': 'We do not cover tickets from {jurisdiction} yet, so we cannot assess this one. Write AGENT to talk to a person.',
  'caseStatus.analysed': 'preliminary assessment done, a lawyer will review it',
  'caseStatus.needsLawyer': 'waiting for a lawyer to look at it',
} as const;
