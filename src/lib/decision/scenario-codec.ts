/**
 * A whole decision scenario (members, colleges, rule and options, positions) in a share link,
 * through the generic share codec (kind `d`, version 1). Decoding validates everything and never
 * throws; a decoded scenario lists a position for every member (`absent` when none was set).
 *
 * Bounds: at most 60 members and 60 colleges; ids 1–60 characters, unique; names ≤ 60 characters;
 * weights finite ≥ 0; college shares and quorum in [0, 1]; thresholds in (0, 1]; a member's
 * college, when set, must be one of the colleges.
 *
 * Payload of version 1 — frozen, links already sent use it: college count · per college id, name,
 * share · member count · per member id, name, college (0 = none, else its index + 1), category
 * code, weight · rule kind code, the kind's fields, abstention code, quorum code (and fraction)
 * · one position code per member, in member order. Strings are UTF-8 with their byte length,
 * numbers the decimals of `share/bytes.ts`.
 */
import { isWeight, MAX_COLLEGES, MAX_MEMBERS, MAX_NAME_LENGTH, MAX_WEIGHT } from './types.ts';
import type {
  AbstentionPolicy,
  College,
  DecisionRule,
  DecisionRuleKind,
  MajorityBase,
  Member,
  MemberCategory,
  Position,
  Quorum,
  Scenario,
  UnanimityRule,
} from './types.ts';
import { ByteReader, ByteWriter } from '../share/bytes.ts';
import { decode, encode, type ShareErrorCode } from '../share/codec.ts';
import { findShareCode } from '../share/find-code.ts';
import { SCENARIO_MESSAGES, type ScenarioPart } from './messages.ts';

/** The fragment that carries a scenario: `#s=…`. Written in every link already sent. */
export const SHARE_PREFIX = '#s=';

// Wire format: the kind tag and version are written in every link already sent.
export const SCENARIO_KIND = 'd';
export const SCENARIO_VERSION = 1;
export { MAX_COLLEGES, MAX_MEMBERS, MAX_NAME_LENGTH } from './types.ts';

export type ScenarioErrorCode = ShareErrorCode | 'invalid';

export type ScenarioEncodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: 'invalid'; readonly message: string };

export type ScenarioDecodeResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: ScenarioErrorCode; readonly message: string };

/*
 * Wire codes. A value is written as its index in one of these lists (or index + 1 where 0 means
 * « not set »). They are the codec's own lists, not the display order of the editors.
 */
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index.
const RULE_KINDS: readonly DecisionRuleKind[] = [
  'simple',
  'absolute',
  'qualified',
  'unanimity',
  'consent',
  'colleges-proportional',
  'colleges-bloc',
  'capital',
];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index.
const CODED_POSITIONS: readonly Position[] = ['absent', 'pour', 'contre', 'abstention', 'objection'];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index + 1, 0 = none.
const CATEGORIES: readonly MemberCategory[] = ['salarie', 'producteur', 'beneficiaire', 'collectivite', 'autre'];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index for the
// absolute and qualified majorities; index + 1 (0 = default) for the capital vote.
const BASES: readonly MajorityBase[] = ['members', 'votesCast'];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index + 1, 0 = default.
const POLICIES: readonly AbstentionPolicy[] = ['excluded', 'counted-as-against'];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index + 1, 0 = no quorum.
const QUORUM_OF: readonly Quorum['of'][] = ['members', 'weight'];
// Wire code: APPEND ONLY — index is written in share links already sent. Code = index + 1, 0 = default.
const UNANIMITY_ABSENTS: readonly NonNullable<UnanimityRule['absents']>[] = ['ignored', 'block'];

/** The wire-code lists, for the tests that pin them. */
export const SCENARIO_WIRE_CODES = {
  ruleKinds: RULE_KINDS,
  positions: CODED_POSITIONS,
  categories: CATEGORIES,
  bases: BASES,
  abstentionPolicies: POLICIES,
  quorumOf: QUORUM_OF,
  unanimityAbsents: UNANIMITY_ABSENTS,
} as const;

const chars = (s: string): number => [...s].length;

/** The first problem with a scenario, in French, or undefined when it is valid. */
export function validateScenario(s: Scenario): string | undefined {
  if (s.members.length > MAX_MEMBERS) return SCENARIO_MESSAGES.tooManyMembers(s.members.length, MAX_MEMBERS);
  if (s.colleges.length > MAX_COLLEGES) return SCENARIO_MESSAGES.tooManyColleges(s.colleges.length, MAX_COLLEGES);
  const collegeIds = new Set<string>();
  for (const c of s.colleges) {
    const problem = idProblem(c.id, collegeIds, 'college') ?? nameProblem(c.name, 'college');
    if (problem) return problem;
    if (!Number.isFinite(c.share) || c.share < 0 || c.share > 1) {
      return SCENARIO_MESSAGES.collegeShare(c.name);
    }
    collegeIds.add(c.id);
  }
  const memberIds = new Set<string>();
  for (const m of s.members) {
    const problem = idProblem(m.id, memberIds, 'member') ?? nameProblem(m.name, 'member');
    if (problem) return problem;
    if (!isWeight(m.weight)) return SCENARIO_MESSAGES.memberWeight(m.name, MAX_WEIGHT);
    if (m.college !== undefined && !collegeIds.has(m.college)) return SCENARIO_MESSAGES.unknownCollege(m.name);
    if (m.category !== undefined && !CATEGORIES.includes(m.category)) return SCENARIO_MESSAGES.unknownCategory(m.name);
    memberIds.add(m.id);
  }
  for (const [id, p] of Object.entries(s.positions)) {
    if (!CODED_POSITIONS.includes(p)) return SCENARIO_MESSAGES.unknownPosition(id);
  }
  return ruleProblem(s.rule);
}

function idProblem(id: string, seen: ReadonlySet<string>, what: ScenarioPart): string | undefined {
  if (typeof id !== 'string' || id.length === 0 || chars(id) > MAX_NAME_LENGTH) return SCENARIO_MESSAGES.badId(what);
  if (seen.has(id)) return SCENARIO_MESSAGES.duplicateId(what, id);
  return undefined;
}

function nameProblem(name: string, what: ScenarioPart): string | undefined {
  if (typeof name !== 'string' || chars(name) > MAX_NAME_LENGTH) return SCENARIO_MESSAGES.nameTooLong(what, MAX_NAME_LENGTH);
  return undefined;
}

const isFraction = (x: number): boolean => Number.isFinite(x) && x > 0 && x <= 1;

function ruleProblem(rule: DecisionRule): string | undefined {
  if (!RULE_KINDS.includes(rule.kind)) return SCENARIO_MESSAGES.unknownRule;
  if (rule.quorum && !(Number.isFinite(rule.quorum.fraction) && rule.quorum.fraction >= 0 && rule.quorum.fraction <= 1)) {
    return SCENARIO_MESSAGES.quorumRange;
  }
  if (rule.quorum && !QUORUM_OF.includes(rule.quorum.of)) return SCENARIO_MESSAGES.unknownQuorumBase;
  if (rule.abstentionPolicy !== undefined && !POLICIES.includes(rule.abstentionPolicy)) return SCENARIO_MESSAGES.unknownAbstentionPolicy;
  const badThreshold = SCENARIO_MESSAGES.badThreshold;
  switch (rule.kind) {
    case 'qualified':
      return isFraction(rule.threshold) && BASES.includes(rule.base) ? undefined : badThreshold;
    case 'absolute':
      return BASES.includes(rule.base) ? undefined : SCENARIO_MESSAGES.unknownBase;
    case 'colleges-proportional':
      return rule.threshold === undefined || isFraction(rule.threshold) ? undefined : badThreshold;
    case 'colleges-bloc':
      return (rule.threshold === undefined || isFraction(rule.threshold)) &&
        (rule.innerThreshold === undefined || isFraction(rule.innerThreshold))
        ? undefined
        : badThreshold;
    case 'capital':
      return (rule.threshold === undefined || isFraction(rule.threshold)) &&
        (rule.base === undefined || BASES.includes(rule.base))
        ? undefined
        : badThreshold;
    case 'unanimity':
      return rule.absents === undefined || UNANIMITY_ABSENTS.includes(rule.absents)
        ? undefined
        : SCENARIO_MESSAGES.unknownAbsents;
    default:
      return undefined;
  }
}

export function encodeScenario(scenario: Scenario): ScenarioEncodeResult {
  const problem = validateScenario(scenario);
  if (problem) return { ok: false, error: 'invalid', message: problem };
  const w = new ByteWriter();
  const collegeIndex = new Map(scenario.colleges.map((c, i) => [c.id, i]));
  w.varint(scenario.colleges.length);
  for (const c of scenario.colleges) w.string(c.id).string(c.name).decimal(c.share);
  w.varint(scenario.members.length);
  for (const m of scenario.members) {
    w.string(m.id).string(m.name);
    w.varint(m.college === undefined ? 0 : (collegeIndex.get(m.college) ?? 0) + 1);
    w.uint8(m.category === undefined ? 0 : CATEGORIES.indexOf(m.category) + 1);
    w.decimal(m.weight);
  }
  writeRule(w, scenario.rule);
  for (const m of scenario.members) {
    const p = Object.hasOwn(scenario.positions, m.id) ? scenario.positions[m.id] : undefined;
    w.uint8(CODED_POSITIONS.indexOf(p ?? 'absent'));
  }
  return { ok: true, text: encode(SCENARIO_KIND, SCENARIO_VERSION, w.toBytes()) };
}

function writeOptional(w: ByteWriter, value: number | undefined): void {
  if (value === undefined) w.uint8(0);
  else w.uint8(1).decimal(value);
}

function writeRule(w: ByteWriter, rule: DecisionRule): void {
  w.uint8(RULE_KINDS.indexOf(rule.kind));
  switch (rule.kind) {
    case 'absolute':
      w.uint8(BASES.indexOf(rule.base));
      break;
    case 'qualified':
      w.decimal(rule.threshold).uint8(BASES.indexOf(rule.base));
      break;
    case 'unanimity':
      w.uint8(rule.absents === undefined ? 0 : UNANIMITY_ABSENTS.indexOf(rule.absents) + 1);
      break;
    case 'colleges-proportional':
      writeOptional(w, rule.threshold);
      break;
    case 'colleges-bloc':
      writeOptional(w, rule.threshold);
      writeOptional(w, rule.innerThreshold);
      break;
    case 'capital':
      writeOptional(w, rule.threshold);
      w.uint8(rule.base === undefined ? 0 : BASES.indexOf(rule.base) + 1);
      break;
    case 'simple':
    case 'consent':
      break;
  }
  w.uint8(rule.abstentionPolicy === undefined ? 0 : POLICIES.indexOf(rule.abstentionPolicy) + 1);
  if (rule.quorum === undefined) w.uint8(0);
  else w.uint8(QUORUM_OF.indexOf(rule.quorum.of) + 1).decimal(rule.quorum.fraction);
}

function invalid(message: string = SCENARIO_MESSAGES.damaged): ScenarioDecodeResult {
  return { ok: false, error: 'invalid', message };
}

/** Reads a scenario from the code after `#s=`, or from a whole link. Never throws. */
export function decodeScenario(text: unknown): ScenarioDecodeResult {
  // What an e-mail client adds around a link (a final full stop, `<…>`) is left out.
  const code = typeof text === 'string' ? (findShareCode(text, 's') ?? text) : text;
  const envelope = decode(code, SCENARIO_KIND, { supportedVersions: [SCENARIO_VERSION] });
  if (!envelope.ok) return envelope;
  try {
    const r = new ByteReader(envelope.payload);
    const collegeCount = r.varint();
    if (collegeCount === undefined || collegeCount > MAX_COLLEGES) return invalid();
    const colleges: College[] = [];
    for (let i = 0; i < collegeCount; i += 1) {
      const id = r.string(4 * MAX_NAME_LENGTH);
      const name = r.string(4 * MAX_NAME_LENGTH);
      const share = r.decimal();
      if (id === undefined || name === undefined || share === undefined) return invalid();
      colleges.push({ id, name, share });
    }
    const memberCount = r.varint();
    if (memberCount === undefined || memberCount > MAX_MEMBERS) return invalid();
    const members: Member[] = [];
    for (let i = 0; i < memberCount; i += 1) {
      const id = r.string(4 * MAX_NAME_LENGTH);
      const name = r.string(4 * MAX_NAME_LENGTH);
      const collegeRef = r.varint();
      const categoryRef = r.uint8();
      const weight = r.decimal();
      if (id === undefined || name === undefined || collegeRef === undefined || categoryRef === undefined || weight === undefined) {
        return invalid();
      }
      if (collegeRef > colleges.length || categoryRef > CATEGORIES.length) return invalid();
      const college = collegeRef === 0 ? undefined : colleges[collegeRef - 1]?.id;
      const category = categoryRef === 0 ? undefined : CATEGORIES[categoryRef - 1];
      members.push({
        id,
        name,
        weight,
        ...(college === undefined ? {} : { college }),
        ...(category === undefined ? {} : { category }),
      });
    }
    const rule = readRule(r);
    if (!rule) return invalid();
    const entries: [string, Position][] = [];
    for (const m of members) {
      const code = r.uint8();
      const position = code === undefined ? undefined : CODED_POSITIONS[code];
      if (!position) return invalid();
      entries.push([m.id, position]);
    }
    const positions: Record<string, Position> = Object.fromEntries(entries);
    if (r.remaining !== 0) return invalid();
    const scenario: Scenario = { members, colleges, rule, positions };
    const problem = validateScenario(scenario);
    return problem ? invalid(SCENARIO_MESSAGES.invalid(problem)) : { ok: true, scenario };
  } catch {
    return invalid();
  }
}

function readOptional(r: ByteReader): number | undefined | null {
  const flag = r.uint8();
  if (flag === 0) return undefined;
  if (flag !== 1) return null;
  return r.decimal() ?? null;
}

/** The rule, or undefined when the bytes do not describe one. */
function readRule(r: ByteReader): DecisionRule | undefined {
  const kindCode = r.uint8();
  const kind: DecisionRuleKind | undefined = kindCode === undefined ? undefined : RULE_KINDS[kindCode];
  if (!kind) return undefined;
  let body: DecisionRule;
  switch (kind) {
    case 'simple':
    case 'consent':
      body = { kind };
      break;
    case 'absolute': {
      const base = BASES[r.uint8() ?? -1];
      if (!base) return undefined;
      body = { kind, base };
      break;
    }
    case 'qualified': {
      const threshold = r.decimal();
      const base = BASES[r.uint8() ?? -1];
      if (threshold === undefined || !base) return undefined;
      body = { kind, threshold, base };
      break;
    }
    case 'unanimity': {
      const code = r.uint8();
      if (code === undefined || code > UNANIMITY_ABSENTS.length) return undefined;
      const absents = code === 0 ? undefined : UNANIMITY_ABSENTS[code - 1];
      body = absents === undefined ? { kind } : { kind, absents };
      break;
    }
    case 'colleges-proportional': {
      const threshold = readOptional(r);
      if (threshold === null) return undefined;
      body = threshold === undefined ? { kind } : { kind, threshold };
      break;
    }
    case 'colleges-bloc': {
      const threshold = readOptional(r);
      const innerThreshold = readOptional(r);
      if (threshold === null || innerThreshold === null) return undefined;
      body = {
        kind,
        ...(threshold === undefined ? {} : { threshold }),
        ...(innerThreshold === undefined ? {} : { innerThreshold }),
      };
      break;
    }
    case 'capital': {
      const threshold = readOptional(r);
      const baseCode = r.uint8();
      if (threshold === null || baseCode === undefined || baseCode > BASES.length) return undefined;
      const base = baseCode === 0 ? undefined : BASES[baseCode - 1];
      body = {
        kind,
        ...(threshold === undefined ? {} : { threshold }),
        ...(base === undefined ? {} : { base }),
      };
      break;
    }
  }
  const policyCode = r.uint8();
  if (policyCode === undefined || policyCode > POLICIES.length) return undefined;
  const abstentionPolicy = policyCode === 0 ? undefined : POLICIES[policyCode - 1];
  const quorumCode = r.uint8();
  if (quorumCode === undefined || quorumCode > QUORUM_OF.length) return undefined;
  let quorum: Quorum | undefined;
  if (quorumCode > 0) {
    const fraction = r.decimal();
    const of = QUORUM_OF[quorumCode - 1];
    if (fraction === undefined || !of) return undefined;
    quorum = { fraction, of };
  }
  return {
    ...body,
    ...(abstentionPolicy === undefined ? {} : { abstentionPolicy }),
    ...(quorum === undefined ? {} : { quorum }),
  };
}
