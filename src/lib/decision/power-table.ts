/**
 * The power table of the simulator — one row per member and per college — and its CSV export
 * (semicolon separator, decimal comma, UTF-8 with a byte-order mark so that spreadsheet software
 * opens accents correctly).
 */
import type { College, Member } from './types.ts';
import type { PowerAnalysis } from './power.ts';

export interface PowerRow {
  readonly id: string;
  readonly name: string;
  /** Member rows: the name of the member's college, if any. College rows: number of members. */
  readonly detail: string;
  readonly nominalShare: number;
  readonly banzhaf: number;
  readonly shapleyShubik: number;
  /** Member rows only. */
  readonly veto: boolean;
  readonly dummy: boolean;
}

export interface PowerTable {
  readonly members: readonly PowerRow[];
  /** Empty unless the rule votes by colleges. */
  readonly colleges: readonly PowerRow[];
}

export function powerTable(members: readonly Member[], colleges: readonly College[], analysis: PowerAnalysis): PowerTable {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const collegeById = new Map(colleges.map((c) => [c.id, c]));
  return {
    members: analysis.members.map((p) => {
      const m = memberById.get(p.memberId);
      const college = m?.college === undefined ? undefined : collegeById.get(m.college);
      return {
        id: p.memberId,
        name: m?.name ?? p.memberId,
        detail: college?.name ?? '',
        nominalShare: p.nominalShare,
        banzhaf: p.banzhaf,
        shapleyShubik: p.shapleyShubik,
        veto: p.veto,
        dummy: p.dummy,
      };
    }),
    colleges: analysis.colleges.map((c) => ({
      id: c.collegeId,
      name: collegeById.get(c.collegeId)?.name ?? c.collegeId,
      detail: `${c.memberCount} membre${c.memberCount > 1 ? 's' : ''}`,
      nominalShare: c.nominalShare,
      banzhaf: c.banzhaf,
      shapleyShubik: c.shapleyShubik,
      veto: false,
      dummy: false,
    })),
  };
}

const BOM = '\ufeff';
const HEADER = [
  'Type',
  'Nom',
  'Collège ou effectif',
  'Part des voix (%)',
  'Indice de Banzhaf (%)',
  'Indice de Shapley–Shubik (%)',
  'Droit de veto',
  'Sans aucun pouvoir',
];

/** A percentage for a spreadsheet: 4 decimals at most, decimal comma, no grouping. */
export function csvPercent(fraction: number): string {
  const rounded = Math.round(fraction * 100 * 10_000) / 10_000;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/**
 * One CSV field: quoted when it holds a separator, a quote or a line break; a leading = + - @
 * (or tab, carriage return) is prefixed with an apostrophe so that no spreadsheet reads a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function powerCsv(table: PowerTable): string {
  const line = (cells: readonly string[]) => cells.map(csvField).join(';');
  const row = (type: string, r: PowerRow, flags: boolean) =>
    line([
      type,
      r.name,
      r.detail,
      csvPercent(r.nominalShare),
      csvPercent(r.banzhaf),
      csvPercent(r.shapleyShubik),
      flags ? (r.veto ? 'oui' : 'non') : '',
      flags ? (r.dummy ? 'oui' : 'non') : '',
    ]);
  const lines = [
    line(HEADER),
    ...table.members.map((r) => row('Membre', r, true)),
    ...table.colleges.map((r) => row('Collège', r, false)),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
