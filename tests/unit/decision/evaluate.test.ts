import { describe, expect, it } from 'vitest';
import { evaluateVote } from '../../../src/lib/decision/evaluate.ts';
import { MAX_WEIGHT, type College, type DecisionRule, type Member } from '../../../src/lib/decision/types.ts';
import { people, repeat, THREE_COLLEGES, vote } from './fixtures.ts';

const simple: DecisionRule = { kind: 'simple' };
const texts = (r: { steps: readonly { text: string }[] }) => r.steps.map((s) => s.text).join('\n');

describe('majorité simple', () => {
  const members = people(5);

  it('adopts with more pour than contre', () => {
    const r = evaluateVote(members, [], simple, vote(members, ['pour', 'pour', 'pour', 'contre', 'contre']));
    expect(r.outcome).toBe('adoptée');
    expect(r.tallies.pour).toBe(3);
    expect(r.tallies.contre).toBe(2);
  });

  it('rejects a tie: a tie is not a majority', () => {
    const r = evaluateVote(members, [], simple, vote(members, ['pour', 'pour', 'contre', 'contre', 'abstention']));
    expect(r.outcome).toBe('rejetée');
    expect(texts(r)).toContain('égalité');
  });

  it('rejects when everyone abstains, saying no vote was cast', () => {
    const r = evaluateVote(members, [], simple, vote(members, repeat('abstention', 5)));
    expect(r.outcome).toBe('rejetée');
    expect(texts(r)).toContain('Aucun suffrage exprimé');
  });

  it('rejects when everyone is absent (missing positions are absences)', () => {
    const r = evaluateVote(members, [], simple, {});
    expect(r.outcome).toBe('rejetée');
    expect(r.tallies.counts.absent).toBe(5);
  });

  it('applies the abstention policy explicitly', () => {
    const seven = people(7);
    const positions = vote(seven, ['pour', 'pour', 'pour', 'contre', 'contre', 'abstention', 'abstention']);
    expect(evaluateVote(seven, [], simple, positions).outcome).toBe('adoptée');
    const counted = evaluateVote(seven, [], { kind: 'simple', abstentionPolicy: 'counted-as-against' }, positions);
    expect(counted.outcome).toBe('rejetée');
    expect(counted.tallies.cast).toBe(7);
  });

  it('counts an objection as contre outside consent', () => {
    const r = evaluateVote(members, [], simple, vote(members, ['pour', 'pour', 'objection', 'contre', 'contre']));
    expect(r.outcome).toBe('rejetée');
    expect(r.tallies.contre).toBe(3);
  });

  it('names the pivotal members, absent ones included', () => {
    const six = people(6);
    const r = evaluateVote(six, [], simple, vote(six, ['pour', 'pour', 'pour', 'contre', 'contre', 'absent']));
    expect(r.outcome).toBe('adoptée');
    // A pour turning contre makes 2–3; the absent voting contre makes a 3–3 tie.
    expect(r.pivotalMemberIds).toEqual(['m1', 'm2', 'm3', 'm6']);
    expect(r.pivots.find((p) => p.memberId === 'm6')).toEqual({ memberId: 'm6', from: 'absent', to: 'contre' });
  });

  it('handles a single member', () => {
    const one = people(1);
    const r = evaluateVote(one, [], simple, vote(one, ['pour']));
    expect(r.outcome).toBe('adoptée');
    expect(r.pivotalMemberIds).toEqual(['m1']);
    expect(evaluateVote(one, [], simple, vote(one, ['contre'])).outcome).toBe('rejetée');
  });

  it('is invalid with no members, with a message', () => {
    const r = evaluateVote([], [], simple, {});
    expect(r.outcome).toBe('invalide');
    expect(texts(r)).toContain('Aucun membre');
    expect(r.pivotalMemberIds).toEqual([]);
  });

  it('is invalid with a negative or non-finite weight', () => {
    const bad: Member[] = [{ id: 'x', name: 'X', weight: Number.NaN }];
    expect(evaluateVote(bad, [], simple, { x: 'pour' }).outcome).toBe('invalide');
  });
});

describe('majorité absolue et qualifiée', () => {
  const seven = people(7);
  const threeForOneAgainst = vote(seven, ['pour', 'pour', 'pour', 'contre']);

  it('absolute majority of members counts absent members', () => {
    expect(evaluateVote(seven, [], { kind: 'absolute', base: 'members' }, threeForOneAgainst).outcome).toBe('rejetée');
    expect(
      evaluateVote(seven, [], { kind: 'absolute', base: 'members' }, vote(seven, repeat('pour', 4))).outcome,
    ).toBe('adoptée');
  });

  it('absolute majority of votes cast ignores absent members', () => {
    expect(evaluateVote(seven, [], { kind: 'absolute', base: 'votesCast' }, threeForOneAgainst).outcome).toBe('adoptée');
  });

  it('qualified 2/3 is met at exactly two thirds, not below', () => {
    const six = people(6);
    const rule: DecisionRule = { kind: 'qualified', threshold: 2 / 3, base: 'votesCast' };
    expect(evaluateVote(six, [], rule, vote(six, ['pour', 'pour', 'pour', 'pour', 'contre', 'contre'])).outcome).toBe('adoptée');
    expect(evaluateVote(six, [], rule, vote(six, ['pour', 'pour', 'pour', 'contre', 'contre'])).outcome).toBe('rejetée');
  });

  it('qualified 3/4 of members', () => {
    const eight = people(8);
    const rule: DecisionRule = { kind: 'qualified', threshold: 3 / 4, base: 'members' };
    expect(evaluateVote(eight, [], rule, vote(eight, repeat('pour', 6))).outcome).toBe('adoptée');
    expect(evaluateVote(eight, [], rule, vote(eight, repeat('pour', 5))).outcome).toBe('rejetée');
  });

  it('qualified majority is not reached by nobody voting', () => {
    const rule: DecisionRule = { kind: 'qualified', threshold: 2 / 3, base: 'votesCast' };
    expect(evaluateVote(seven, [], rule, vote(seven, repeat('abstention', 7))).outcome).toBe('rejetée');
  });
});

describe('quorum', () => {
  const ten = people(10);
  it('reports « quorum non atteint » below the quorum of members', () => {
    const rule: DecisionRule = { kind: 'simple', quorum: { fraction: 0.5, of: 'members' } };
    const r = evaluateVote(ten, [], rule, vote(ten, ['pour', 'pour', 'pour', 'contre']));
    expect(r.outcome).toBe('quorum non atteint');
    expect(texts(r)).toContain('non atteint');
    // Abstaining members are present.
    const met = evaluateVote(ten, [], rule, vote(ten, ['pour', 'pour', 'pour', 'contre', 'abstention']));
    expect(met.outcome).toBe('adoptée');
  });

  it('weight quorum uses the rule’s voting weight', () => {
    const members: Member[] = [
      { id: 'big', name: 'Big', weight: 60 },
      { id: 's1', name: 'S1', weight: 20 },
      { id: 's2', name: 'S2', weight: 20 },
    ];
    const rule: DecisionRule = { kind: 'capital', quorum: { fraction: 0.5, of: 'weight' } };
    expect(evaluateVote(members, [], rule, { s1: 'pour', s2: 'contre' }).outcome).toBe('quorum non atteint');
    expect(evaluateVote(members, [], rule, { big: 'pour' }).outcome).toBe('adoptée');
  });

  it('an absent member who would come and vote pour is pivotal for the quorum', () => {
    const four = people(4);
    const rule: DecisionRule = { kind: 'simple', quorum: { fraction: 0.75, of: 'members' } };
    const r = evaluateVote(four, [], rule, vote(four, ['pour', 'pour', 'absent', 'absent']));
    expect(r.outcome).toBe('quorum non atteint');
    expect(r.pivotalMemberIds).toEqual(['m3', 'm4']);
  });
});

describe('unanimité', () => {
  const four = people(4);
  it('a single contre is a veto', () => {
    const r = evaluateVote(four, [], { kind: 'unanimity' }, vote(four, ['pour', 'pour', 'pour', 'contre']));
    expect(r.outcome).toBe('rejetée');
    expect(r.pivotalMemberIds).toEqual(['m4']);
  });

  it('every present pour voter is pivotal when adopted', () => {
    const r = evaluateVote(four, [], { kind: 'unanimity' }, vote(four, ['pour', 'pour', 'abstention', 'absent']));
    expect(r.outcome).toBe('adoptée');
    // Everyone, present or not, can block by voting contre.
    expect(r.pivotalMemberIds).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('abstentions block only when counted as against; absents only with the « block » option', () => {
    const positions = vote(four, ['pour', 'pour', 'abstention', 'absent']);
    expect(evaluateVote(four, [], { kind: 'unanimity', abstentionPolicy: 'counted-as-against' }, positions).outcome).toBe('rejetée');
    expect(evaluateVote(four, [], { kind: 'unanimity', absents: 'block' }, vote(four, ['pour', 'pour', 'pour'])).outcome).toBe('rejetée');
  });

  it('everyone abstaining is not unanimity', () => {
    expect(evaluateVote(four, [], { kind: 'unanimity' }, vote(four, repeat('abstention', 4))).outcome).toBe('rejetée');
  });
});

describe('consentement', () => {
  const five = people(5);
  const consent: DecisionRule = { kind: 'consent' };
  it('passes without objection, even with a contre', () => {
    const r = evaluateVote(five, [], consent, vote(five, ['pour', 'abstention', 'contre', 'pour', 'absent']));
    expect(r.outcome).toBe('adoptée');
    expect(texts(r)).toContain('sans objection motivée');
    // Any present or absent member could object.
    expect(r.pivotalMemberIds).toHaveLength(5);
    expect(r.pivots.every((p) => p.to === 'objection')).toBe(true);
  });

  it('one objection blocks, and withdrawing it is pivotal', () => {
    const r = evaluateVote(five, [], consent, vote(five, ['pour', 'pour', 'objection', 'pour', 'pour']));
    expect(r.outcome).toBe('rejetée');
    expect(r.pivotalMemberIds).toEqual(['m3']);
  });

  it('two objections: nobody alone is pivotal', () => {
    const r = evaluateVote(five, [], consent, vote(five, ['objection', 'pour', 'objection', 'pour', 'pour']));
    expect(r.outcome).toBe('rejetée');
    expect(r.pivotalMemberIds).toEqual([]);
  });

  it('needs someone present', () => {
    expect(evaluateVote(five, [], consent, {}).outcome).toBe('rejetée');
  });
});

describe('vote pondéré par le capital', () => {
  const members: Member[] = [
    { id: 'a', name: 'A', weight: 50 },
    { id: 'b', name: 'B', weight: 30 },
    { id: 'c', name: 'C', weight: 20 },
  ];
  const rule: DecisionRule = { kind: 'capital' };

  it('counts weights, not heads', () => {
    expect(evaluateVote(members, [], rule, { a: 'pour', b: 'contre', c: 'contre' }).outcome).toBe('rejetée');
    expect(evaluateVote(members, [], rule, { a: 'pour', b: 'contre', c: 'abstention' }).outcome).toBe('adoptée');
  });

  it('a weighted tie is rejected', () => {
    const r = evaluateVote(members, [], rule, { a: 'pour', b: 'contre', c: 'contre' });
    expect(r.outcome).toBe('rejetée');
    expect(texts(r)).toContain('égalité');
  });

  it('weights above a thousand billion are invalid: their total overflowed and every share read 0 %', () => {
    // Found by the property tests: two weights of 1e308 summed to Infinity, the vote read
    // « 0 % pour, 0 % contre » and was rejected as a tie.
    const huge: Member[] = [
      { id: 'a', name: 'A', weight: 1.7976931348623157e308 },
      { id: 'b', name: 'B', weight: 9.9792015476736e291 },
    ];
    const r = evaluateVote(huge, [], rule, { a: 'pour', b: 'pour' });
    expect(r.outcome).toBe('invalide');
    expect(texts(r)).toBe('Poids invalide (il doit être un nombre de 0 à 1\u00a0000\u00a0000\u00a0000\u00a0000) pour A et B.');
    expect(evaluateVote([{ id: 'a', name: 'A', weight: MAX_WEIGHT }, { id: 'b', name: 'B', weight: 1 }], [], rule, { a: 'pour' }).outcome).toBe('adoptée');
  });

  it('all-zero weights are invalid; a zero-weight member counts for nothing', () => {
    const zeros: Member[] = [
      { id: 'x', name: 'X', weight: 0 },
      { id: 'y', name: 'Y', weight: 0 },
    ];
    expect(evaluateVote(zeros, [], rule, { x: 'pour' }).outcome).toBe('invalide');
    const withZero: Member[] = [...members, { id: 'z', name: 'Z', weight: 0 }];
    const r = evaluateVote(withZero, [], rule, { z: 'pour', c: 'contre' });
    expect(r.outcome).toBe('rejetée');
    expect(r.pivotalMemberIds).not.toContain('z');
  });

  it('zero weights are ignored by one person, one vote rules', () => {
    const zeros: Member[] = [
      { id: 'x', name: 'X', weight: 0 },
      { id: 'y', name: 'Y', weight: 0 },
    ];
    expect(evaluateVote(zeros, [], simple, { x: 'pour' }).outcome).toBe('adoptée');
  });

  it('threshold and base members', () => {
    const twoThirds: DecisionRule = { kind: 'capital', threshold: 2 / 3, base: 'members' };
    expect(evaluateVote(members, [], twoThirds, { a: 'pour', c: 'pour' }).outcome).toBe('adoptée');
    expect(evaluateVote(members, [], twoThirds, { a: 'pour' }).outcome).toBe('rejetée');
  });
});

describe('vote par collèges', () => {
  // A 40 %: 2 pour, 1 contre; B 30 %: 2 pour, 1 contre; C 30 %: 3 contre.
  const members: Member[] = [...people(3, 'a', 'a'), ...people(3, 'b', 'b'), ...people(3, 'c', 'c')];
  const positions = vote(members, ['pour', 'pour', 'contre', 'pour', 'pour', 'contre', 'contre', 'contre', 'contre']);

  it('only the ratios of the weights count, however small the shares and the weights', () => {
    // Found by the property tests: a tiny share times a tiny weight underflowed to 0 before being
    // divided by the college's votes, and the only « pour » of the vote disappeared.
    const colleges: College[] = [
      { id: 'x', name: 'X', share: 5e-324 },
      { id: 'y', name: 'Y', share: 1.6e-92 },
    ];
    const rule: DecisionRule = { kind: 'colleges-proportional', threshold: 0.01 };
    for (const weight of [0.001, 0.001 * 2 ** -296]) {
      const tiny: Member[] = [
        { id: 'a', name: 'A', weight, college: 'x' },
        { id: 'b', name: 'B', weight, college: 'y' },
      ];
      expect(evaluateVote(tiny, colleges, rule, { a: 'pour', b: 'absent' }).outcome, String(weight)).toBe('adoptée');
    }
  });

  it('the two readings give different outcomes on the same vote', () => {
    const prop = evaluateVote(members, THREE_COLLEGES, { kind: 'colleges-proportional' }, positions);
    const bloc = evaluateVote(members, THREE_COLLEGES, { kind: 'colleges-bloc' }, positions);
    // Proportional: 26,7 + 20 = 46,7 % pour against 53,3 %. Bloc: A and B carry 70 %.
    expect(prop.outcome).toBe('rejetée');
    expect(prop.tallies.pour).toBeCloseTo(0.4 * (2 / 3) + 0.3 * (2 / 3), 12);
    expect(bloc.outcome).toBe('adoptée');
    expect(bloc.tallies.pour).toBeCloseTo(0.7, 12);
    expect(bloc.tallies.colleges.map((c) => c.blocPosition)).toEqual(['pour', 'pour', 'contre']);
  });

  it('explains each college with its numbers', () => {
    const colleges: College[] = [
      { id: 's', name: 'salariés', share: 0.2 },
      { id: 'u', name: 'usagers', share: 0.5 },
      { id: 'p', name: 'partenaires', share: 0.3 },
    ];
    const ms: Member[] = [...people(4, 's', 's'), ...people(2, 'u', 'u'), ...people(1, 'p', 'p')];
    const r = evaluateVote(ms, colleges, { kind: 'colleges-proportional' }, vote(ms, ['pour', 'pour', 'pour', 'contre', 'pour', 'pour', 'contre']));
    expect(texts(r)).toContain('Collège salariés\u202f: 3 pour, 1 contre, pèse 20\u00a0% → contribue 15\u00a0% pour et 5\u00a0% contre.');
    expect(r.outcome).toBe('adoptée');
  });

  it('a college with no votes cast does not contribute; proportional scales the votes cast', () => {
    const r = evaluateVote(members, THREE_COLLEGES, { kind: 'colleges-proportional' }, vote(members, ['pour', 'absent', 'absent', 'contre', 'absent', 'absent']));
    // A 40 % pour against B 30 % contre; C cast nothing.
    expect(r.outcome).toBe('adoptée');
    expect(r.tallies.cast).toBeCloseTo(0.7, 12);
  });

  it('an exact weighted tie is a tie despite floating point', () => {
    const colleges: College[] = [
      { id: 'a', name: 'A', share: 0.3 },
      { id: 'b', name: 'B', share: 0.3 },
      { id: 'c', name: 'C', share: 0.4 },
    ];
    const ms: Member[] = [...people(1, 'a', 'a'), ...people(1, 'b', 'b'), ...people(2, 'c', 'c')];
    const r = evaluateVote(ms, colleges, { kind: 'colleges-proportional' }, vote(ms, ['pour', 'contre', 'pour', 'contre']));
    expect(r.outcome).toBe('rejetée');
    expect(texts(r)).toContain('égalité');
  });

  it('leaves an empty college out and renormalises, saying so', () => {
    const colleges: College[] = [...THREE_COLLEGES, { id: 'd', name: 'D', share: 0.25 }];
    const r = evaluateVote(members, colleges, { kind: 'colleges-bloc' }, positions);
    expect(texts(r)).toContain('Le collège D est vide');
    expect(r.tallies.colleges.find((c) => c.collegeId === 'd')?.share).toBe(0);
    expect(r.tallies.colleges.find((c) => c.collegeId === 'a')?.share).toBeCloseTo(0.4, 12);
  });

  it('is invalid when a member has no college', () => {
    const ms: Member[] = [...members, { id: 'x', name: 'Sans collège', weight: 1 }];
    const r = evaluateVote(ms, THREE_COLLEGES, { kind: 'colleges-bloc' }, positions);
    expect(r.outcome).toBe('invalide');
    expect(texts(r)).toContain('Sans collège');
  });

  it('bloc: an inner tie makes the college vote contre', () => {
    const ms: Member[] = [...people(2, 'a', 'a'), ...people(1, 'b', 'b'), ...people(1, 'c', 'c')];
    const r = evaluateVote(ms, THREE_COLLEGES, { kind: 'colleges-bloc' }, vote(ms, ['pour', 'contre', 'pour', 'contre']));
    expect(r.tallies.colleges[0]?.blocPosition).toBe('contre');
    expect(r.outcome).toBe('rejetée');
  });

  it('bloc with an inner 2/3 threshold', () => {
    const rule: DecisionRule = { kind: 'colleges-bloc', innerThreshold: 2 / 3 };
    const r = evaluateVote(members, THREE_COLLEGES, rule, positions);
    expect(r.tallies.colleges.map((c) => c.blocPosition)).toEqual(['pour', 'pour', 'contre']);
  });
});
