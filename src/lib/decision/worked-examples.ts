/**
 * The worked examples of the simulator's guide, computed by the same code as the simulator, so
 * the figures in the text are always those the tool shows. Examples are data (the guide's
 * frontmatter); this module turns one into its power table, or says in French what is wrong.
 */
import { analysePower } from './power.ts';
import { powerTable, type PowerRow } from './power-table.ts';
import { ruleFromPreset, type Preset } from './presets.ts';
import type { WorkedExampleSpec } from './preset-schema.ts';
import type { College, DecisionRule, Member } from './types.ts';
import { EXAMPLE_MESSAGES } from './messages.ts';

export type WorkedExampleResult = { ok: true; rows: readonly PowerRow[] } | { ok: false; message: string };

export function computeWorkedExample(spec: WorkedExampleSpec, presets: readonly Preset[]): WorkedExampleResult {
  let members: readonly Member[];
  let colleges: readonly College[] = [];
  let rule: DecisionRule | undefined;
  if (spec.modele !== undefined) {
    const preset = presets.find((p) => p.id === spec.modele);
    if (!preset) return { ok: false, message: EXAMPLE_MESSAGES.unknownPreset(spec.modele) };
    ({ members, colleges, rule } = preset.scenario);
  } else {
    members = (spec.membres ?? []).map((m, i) => ({ id: `x${i}`, name: m.nom, weight: m.poids }));
  }
  if (spec.regle !== undefined) {
    const parsed = ruleFromPreset(spec.regle);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    rule = parsed.rule;
  }
  if (rule === undefined) return { ok: false, message: EXAMPLE_MESSAGES.missingRule };
  const analysis = analysePower(members, colleges, rule);
  if (!analysis.ok) return { ok: false, message: analysis.message };
  const table = powerTable(members, colleges, analysis);
  return { ok: true, rows: spec.niveau === 'colleges' ? table.colleges : table.members };
}

/** The row of a member or college by name, for a figure quoted in the text. */
export function exampleRow(rows: readonly PowerRow[], name: string): PowerRow | undefined {
  return rows.find((r) => r.name === name);
}
