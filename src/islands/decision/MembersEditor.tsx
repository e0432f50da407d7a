/** Editing the colleges and the members: one fieldset each, cards that stack on small screens. */
import { memo } from './memo.ts';
import type { College, Member, MemberCategory, VoteWeighting } from '../../lib/decision/types.ts';
import { formatPercent } from '../../lib/fr.ts';
import { MAX_COLLEGES, MAX_MEMBERS, MAX_NAME_LENGTH } from '../../lib/decision/scenario-codec.ts';
import type { CollegePatch, MemberPatch, RatioKey } from '../../lib/decision/scenario-reducer.ts';
import type { Ratio } from '../../lib/decision/field-input.ts';
import { NumberField } from './fields.tsx';
import { T } from '../../lib/decision/messages.ts';

const CATEGORIES: readonly MemberCategory[] = ['salarie', 'producteur', 'beneficiaire', 'collectivite', 'autre'];

interface CollegeRowProps {
  college: College;
  index: number;
  /** Problem found by the SCIC check for this college, if any. */
  problem: string | undefined;
  /** Said beside the share as soon as it is typed: more than half the votes (or the SCIC ceiling). */
  warning: string | undefined;
  /** The fraction the share was typed as, if it still holds. */
  ratio: Ratio | undefined;
  onChange: (id: string, patch: CollegePatch) => void;
  onRatio: (key: RatioKey, ratio: Ratio | undefined) => void;
  onRemove: (id: string) => void;
}

const CollegeRow = memo(function CollegeRow({ college, index, problem, warning, ratio, onChange, onRatio, onRemove }: CollegeRowProps) {
  const base = `ds-c-${college.id}`;
  return (
    <li>
      <fieldset class={`ds-card${problem || warning ? ' ds-card--problem' : ''}`}>
        <legend>{T.collegeLegend(index + 1, college.name)}</legend>
        <div class="ds-card__fields">
          <div class="ds-field ds-field--name">
            <label for={`${base}-name`}>{T.collegeName}</label>
            <input
              id={`${base}-name`}
              type="text"
              maxLength={MAX_NAME_LENGTH}
              autoComplete="off"
              value={college.name}
              onInput={(e) => onChange(college.id, { name: e.currentTarget.value })}
            />
          </div>
          <NumberField
            id={`${base}-share`}
            label={T.collegeShare}
            kind="percent"
            value={college.share}
            ratio={ratio}
            describedBy={warning ? `${base}-share-warning` : undefined}
            onCommit={(share, typed) => {
              onChange(college.id, { share });
              onRatio(`college:${college.id}`, typed);
            }}
            class="ds-field--number"
          />
          <button type="button" class="ds-button ds-button--secondary ds-card__remove" onClick={() => onRemove(college.id)}>
            {T.collegeRemove}
            <span class="visually-hidden"> {college.name}</span>
          </button>
        </div>
        {/* Read as soon as the share is typed: the live region is there before its words. */}
        <div aria-live="polite">
          {warning && (
            <p class="ds-warning" id={`${base}-share-warning`}>
              {warning}
            </p>
          )}
        </div>
        {problem && <p class="ds-error">{problem}</p>}
      </fieldset>
    </li>
  );
});

interface CollegesEditorProps {
  colleges: readonly College[];
  problems: ReadonlyMap<string, string>;
  warnings: ReadonlyMap<string, string>;
  ratios: ReadonlyMap<string, Ratio>;
  canAdd: boolean;
  onChange: CollegeRowProps['onChange'];
  onRatio: CollegeRowProps['onRatio'];
  onRemove: CollegeRowProps['onRemove'];
  onAdd: () => void;
}

export function CollegesEditor({ colleges, problems, warnings, ratios, canAdd, onChange, onRatio, onRemove, onAdd }: CollegesEditorProps) {
  const total = colleges.reduce((s, c) => s + c.share, 0);
  return (
    <fieldset class="ds-group">
      <legend>{T.collegesLegend}</legend>
      <p class="ds-hint">{T.collegesHint}</p>
      {colleges.length === 0 ? (
        <p>{T.collegesNone}</p>
      ) : (
        <>
          <ol class="ds-cards ds-cards--colleges">
            {colleges.map((c, i) => (
              <CollegeRow
                key={c.id}
                college={c}
                index={i}
                problem={problems.get(c.id)}
                warning={warnings.get(c.id)}
                ratio={ratios.get(c.id)}
                onChange={onChange}
                onRatio={onRatio}
                onRemove={onRemove}
              />
            ))}
          </ol>
          <p class={Math.abs(total - 1) > 1e-9 ? 'ds-warning' : 'ds-hint'}>{T.collegesTotal(formatPercent(total), Math.abs(total - 1) <= 1e-9)}</p>
        </>
      )}
      <LimitedButton id="ds-add-college" secondary full={!canAdd} limit={T.maxColleges(MAX_COLLEGES)} onClick={onAdd}>
        {T.collegeAdd}
      </LimitedButton>
    </fieldset>
  );
}

interface MemberRowProps {
  member: Member;
  index: number;
  colleges: readonly College[];
  showCategory: boolean;
  weighting: VoteWeighting;
  onChange: (id: string, patch: MemberPatch) => void;
  onRemove: (id: string) => void;
}

/** Beyond this length a chosen name may not fit a select on a phone, above all with text spacing. */
const ECHO_FROM_LENGTH = 16;

/**
 * A select cannot wrap its text: on a narrow card, a long chosen name is repeated in full under it
 * (the CSS shows it only when the card is narrow). Hidden from screen readers, which read the select.
 */
function ChosenEcho({ selectId, text }: { selectId: string; text: string | undefined }) {
  if (!text || text.length < ECHO_FROM_LENGTH) return null;
  return (
    <span class="ds-chosen" aria-hidden="true" data-echo-for={selectId}>
      {text}
    </span>
  );
}

const MemberRow = memo(function MemberRow({ member, index, colleges, showCategory, weighting, onChange, onRemove }: MemberRowProps) {
  const base = `ds-m-${member.id}`;
  const weightLabel = weighting === 'colleges' ? T.memberWeightInCollege : T.memberWeight;
  const chosenCollege = colleges.find((c) => c.id === member.college);
  return (
    <li>
      <fieldset class="ds-card">
        <legend>{T.memberLegend(index + 1, member.name)}</legend>
        <div class="ds-card__fields">
          <div class="ds-field ds-field--name">
            <label for={`${base}-name`}>{T.memberName}</label>
            <input
              id={`${base}-name`}
              type="text"
              maxLength={MAX_NAME_LENGTH}
              autoComplete="off"
              value={member.name}
              onInput={(e) => onChange(member.id, { name: e.currentTarget.value })}
            />
          </div>
          {colleges.length > 0 && (
            <div class="ds-field ds-field--choice">
              <label for={`${base}-college`}>{T.memberCollege}</label>
              <select
                id={`${base}-college`}
                value={member.college ?? ''}
                onChange={(e) => onChange(member.id, { college: e.currentTarget.value || undefined })}
              >
                <option value="">{T.memberNoCollege}</option>
                {colleges.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name || c.id}
                  </option>
                ))}
              </select>
              <ChosenEcho selectId={`${base}-college`} text={chosenCollege ? chosenCollege.name || chosenCollege.id : undefined} />
            </div>
          )}
          <NumberField
            id={`${base}-weight`}
            label={weightLabel}
            kind="number"
            value={member.weight}
            onCommit={(weight) => onChange(member.id, { weight })}
            class="ds-field--number"
          />
          {showCategory && (
            <div class="ds-field ds-field--choice">
              <label for={`${base}-category`}>{T.memberCategory}</label>
              <select
                id={`${base}-category`}
                value={member.category ?? ''}
                onChange={(e) => onChange(member.id, { category: (e.currentTarget.value || undefined) as MemberCategory | undefined })}
              >
                <option value="">{T.memberNoCategory}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {T.categoryLabels[c]}
                  </option>
                ))}
              </select>
              <ChosenEcho selectId={`${base}-category`} text={member.category ? T.categoryLabels[member.category] : undefined} />
            </div>
          )}
          <button type="button" class="ds-button ds-button--secondary ds-card__remove" onClick={() => onRemove(member.id)}>
            {T.memberRemove}
            <span class="visually-hidden"> {member.name || T.memberDefaultName(index + 1)}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
});

/**
 * An add button at its limit stays in the tab order, marked `aria-disabled` and described by the
 * visible sentence that says why: a disabled button would vanish from the keyboard's path without
 * a word. A press then does nothing but repeat the reason (`onClick` is the caller's, and the
 * caller does nothing at the limit).
 */
function LimitedButton({
  id,
  full,
  limit,
  secondary,
  onClick,
  children,
}: {
  id: string;
  full: boolean;
  limit: string;
  secondary?: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <>
      <button
        type="button"
        id={id}
        class={`ds-button${secondary ? ' ds-button--secondary' : ''}`}
        aria-disabled={full ? 'true' : undefined}
        aria-describedby={full ? `${id}-limit` : undefined}
        onClick={onClick}
      >
        {children}
      </button>
      {full && (
        <p class="ds-hint ds-limit" id={`${id}-limit`}>
          {limit}
        </p>
      )}
    </>
  );
}

interface MembersEditorProps {
  members: readonly Member[];
  colleges: readonly College[];
  showCategory: boolean;
  weighting: VoteWeighting;
  onChange: MemberRowProps['onChange'];
  onRemove: MemberRowProps['onRemove'];
  onAdd: () => void;
}

export function MembersEditor({ members, colleges, showCategory, weighting, onChange, onRemove, onAdd }: MembersEditorProps) {
  const full = members.length >= MAX_MEMBERS;
  return (
    <fieldset class="ds-group">
      <legend>{T.membersLegend}</legend>
      <p class="ds-hint">
        {T.membersCount(members.length, MAX_MEMBERS)} {T.weightHint[weighting]}
      </p>
      <ol class="ds-cards">
        {members.map((m, i) => (
          <MemberRow
            key={m.id}
            member={m}
            index={i}
            colleges={colleges}
            showCategory={showCategory}
            weighting={weighting}
            onChange={onChange}
            onRemove={onRemove}
          />
        ))}
      </ol>
      <LimitedButton id="ds-add-member" full={full} limit={T.maxMembers(MAX_MEMBERS)} onClick={onAdd}>
        {T.memberAdd}
      </LimitedButton>
    </fieldset>
  );
}
