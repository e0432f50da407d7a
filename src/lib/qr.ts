/**
 * QR codes of the site's addresses (share links, a questionnaire's page), drawn by lean-qr as one
 * SVG path. The tools load this module with `import()` when a QR code is asked for, so that its
 * encoder stays out of their first download; the components are src/islands/shared/QrCode.tsx and
 * QrDialog.tsx. The dialog's words load with it (`QR_TEXT`); the one needed before is in ./qr-text.ts.
 */
import { correction, generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import { typographed } from './fr.ts';

/** Modules of light margin around the code (the standard's quiet zone). */
export const QUIET_ZONE = 4;

/** A QR code: its width in modules (without margin) and the SVG path of its dark modules. */
export interface QrMatrix {
  readonly size: number;
  readonly path: string;
}

/**
 * The QR code of a text, with medium error correction (a projected or slightly creased code still
 * reads); undefined when the text is too long for any QR code (about 2 300 bytes at this level).
 */
export function qrCode(text: string): QrMatrix | undefined {
  try {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return { size: code.size, path: toSvgPath(code) };
  } catch {
    return undefined;
  }
}

/** The SVG view box of a code with its quiet zone: `-4 -4 w w`. */
export function qrViewBox(matrix: QrMatrix): string {
  const side = matrix.size + 2 * QUIET_ZONE;
  return `${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`;
}

/** The words of the QR code dialog. */
export const QR_TEXT = typographed({
  /** The text alternative of the image: what it encodes. */
  alt: (value: string) => `QR code de l’adresse ${value}`,
  tooLong: 'Cette adresse est trop longue pour un QR code : copiez-la plutôt.',
  scan: 'Visez ce code avec l’appareil photo d’un téléphone pour ouvrir l’adresse.',
  address: 'Adresse :',
  close: 'Fermer',
});
