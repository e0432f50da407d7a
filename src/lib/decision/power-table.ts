/**
 * The power table of the simulator — one row per member and per college — and its CSV export
 * (through the site's one CSV writer, src/lib/csv.ts).
 */
import { toCsv, type Cell } from '../csv.ts';
import { POWER_CSV, POWER_MESSAGES } from './messages.ts';
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
      detail: POWER_MESSAGES.memberCount(c.memberCount),
      nominalShare: c.nominalShare,
      banzhaf: c.banzhaf,
      shapleyShubik: c.shapleyShubik,
      veto: false,
      dummy: false,
    })),
  };
}

export function powerCsv(table: PowerTable): string {
  const percent = (fraction: number) => fraction * 100;
  const row = (type: string, r: PowerRow, flags: boolean): Cell[] => [
    type,
    r.name,
    r.detail,
    percent(r.nominalShare),
    percent(r.banzhaf),
    percent(r.shapleyShubik),
    flags ? (r.veto ? POWER_CSV.yes : POWER_CSV.no) : '',
    flags ? (r.dummy ? POWER_CSV.yes : POWER_CSV.no) : '',
  ];
  return toCsv(
    [POWER_CSV.header, ...table.members.map((r) => row(POWER_CSV.member, r, true)), ...table.colleges.map((r) => row(POWER_CSV.college, r, false))],
    { decimals: 4 },
  );
}
