import { foldKeepingLength } from './fold-keeping-length.js';

// Offence phrases drivers type, in English, French and Spanish (folded).
const OFFENCE_PHRASES =
  /speeding|speed camera|photo radar|red.?light(?: camera)?|ran a red|stop sign|rolling stop|texting|cell ?phone|mobile phone|hand.?held(?: device)?|seat ?belt|careless driving|reckless driving|fail(?:ed|ure)? to yield|exces de vitesse|radar photo|feu rouge|panneau d.?arret|arret obligatoire|(?:telephone )?cellulaire|telephone au volant|ceinture(?: de securite)?|conduite (?:imprudente|dangereuse)|ceder le passage|exceso de velocidad|fotomulta|semaforo en rojo|luz roja|senal de alto|celular|telefono|cinturon(?: de seguridad)?|conduccion (?:temeraria|imprudente|negligente)|ceder el paso/;

/** The offence as the driver put it ("excès de vitesse", "semáforo en rojo"), cut from their words; null when none is named. */
export function findOffenceWords({ text }: { text: string }): string | null {
  const match = OFFENCE_PHRASES.exec(foldKeepingLength(text));
  return match ? text.slice(match.index, match.index + match[0].length) : null;
}
