import type { privacyEn } from './privacy-catalog-en.js';

/** Droits sur les données (Loi 25 / LPRPDE) : la copie ACCÈS et le retrait du consentement. */
export const privacyFr: Record<keyof typeof privacyEn, string> = {
  'privacy.exportReady':
    'Voici une copie de tout ce que nous détenons sur vous (vos coordonnées, messages, fichiers, paiements et nos registres à votre sujet). Le lien fonctionne {days} jours; gardez-le pour vous\u00a0: {privacyUrl}/my-data/{token}',
  'privacy.exportNothing': 'Nous ne détenons aucun renseignement personnel sur vous\u00a0: vous n’avez pas accepté notre avis de confidentialité. Rien de cette conversation n’est conservé.',
  'privacy.withdrawn':
    'Votre consentement est retiré\u00a0: nous n’utilisons plus vos données, les rappels et les analyses sont arrêtés. Un dossier payé et signé reste entre les mains de nos avocats en vertu de votre mandat (obligations professionnelles); tout le reste est effacé. Pour effacer tout ce qui peut l’être, écrivez SUPPRIMER MES DONNÉES (les factures restent pour la comptabilité). Écrivez-nous de nouveau pour recommencer.',
  'privacy.nothingToWithdraw': 'Vous ne nous avez pas donné votre consentement\u00a0: il n’y a rien à retirer. Rien de cette conversation n’est conservé.',
  'privacy.exportTitle': 'Vos données chez Ticket911',
};
