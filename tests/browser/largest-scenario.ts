/**
 * The simulator at its largest size, as a share link: 60 members spread over four colleges, with
 * decimal weights such as 37,42. Used by the browser test of the power worker and by the
 * long-task benchmark.
 */
import { encodeScenario, MAX_MEMBERS } from '../../src/lib/decision/scenario-codec.ts';
import type { College, DecisionRule, Member } from '../../src/lib/decision/types.ts';

const colleges: College[] = [
  { id: 'sal', name: 'Salariés', share: 0.3 },
  { id: 'ben', name: 'Bénéficiaires', share: 0.3 },
  { id: 'pub', name: 'Collectivités', share: 0.2 },
  { id: 'aut', name: 'Autres', share: 0.2 },
];

/** The text after `#s=` of a link to the largest scenario under `rule` (or its first `count` members). */
export function largestScenarioLink(rule: DecisionRule, count = MAX_MEMBERS): string {
  const members: Member[] = Array.from({ length: count }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Membre ${i + 1}`,
    college: colleges[i % colleges.length]?.id ?? 'sal',
    weight: Math.round(((i * 7919) % 9973) + 101) / 100,
  }));
  const encoded = encodeScenario({ members, colleges, rule, positions: {} });
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.text;
}
