/** QR codes of the site's addresses (src/lib/qr.ts, lean-qr): sizes, path, too long an address. */
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, QR_TEXT, qrCode, qrViewBox } from '../../src/lib/qr.ts';

const LINK = 'https://faire-ensemble.example.org/outils/autodiagnostic-cooperation/#r=AQRjb29wAhQAMAAAAAAAAAAAAAAAAAAAAAAAAM9Nb8o';

describe('qrCode', () => {
  it('draws a result link as a standard-sized code: one path of closed outlines', () => {
    const code = qrCode(LINK);
    expect(code).toBeDefined();
    // Versions 1 to 40 measure 21 to 177 modules, by steps of 4; 110 characters at level M: version 6 or 7.
    expect((code!.size - 17) % 4).toBe(0);
    expect(code!.size).toBeGreaterThanOrEqual(41);
    expect(code!.size).toBeLessThanOrEqual(45);
    expect(code!.path).toMatch(/^(?:M\d+ \d+(?:L\d+ \d+)+Z)+$/);
    // The top-left finder pattern has a corner at the origin.
    expect(code!.path).toMatch(/[ML]0 0[LZ]/);
    expect(qrViewBox(code!)).toBe(`-${QUIET_ZONE} -${QUIET_ZONE} ${code!.size + 8} ${code!.size + 8}`);
  });

  it('is the same code for the same address, another for another', () => {
    expect(qrCode(LINK)).toEqual(qrCode(LINK));
    expect(qrCode(`${LINK}x`)?.path).not.toBe(qrCode(LINK)?.path);
    expect(qrCode('https://exemple.org/')!.size).toBeLessThan(qrCode(LINK)!.size);
  });

  it('gives nothing for an address too long for any QR code, which the dialog says', () => {
    expect(qrCode(`https://exemple.org/#s=${'A'.repeat(5000)}`)).toBeUndefined();
    expect(QR_TEXT.tooLong).toContain('\u202f:');
    expect(QR_TEXT.alt(LINK)).toBe(`QR code de l’adresse ${LINK}`);
  });
});
