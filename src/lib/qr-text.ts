/**
 * Said by the QR code button (src/islands/shared/QrCode.tsx) when its dialog could not be loaded;
 * the dialog's own words load with it (./qr.ts).
 */
export const QR_LOAD_FAILED = 'Le QR code n’a pas pu être chargé (connexion interrompue ?)\u202f: copiez le lien plutôt.';
