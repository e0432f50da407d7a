/** Choosing the decision rule and its options: threshold, base, absents, abstentions, quorum. */
import type { AbstentionPolicy, DecisionRuleKind, MajorityBase, Quorum } from '../../lib/decision/types.ts';
import { DECISION_RULE_KINDS } from '../../lib/decision/types.ts';
import type { RuleSettings } from '../../lib/decision/simulator-state.ts';
import type { RatioKey, SettingsPatch } from '../../lib/decision/scenario-reducer.ts';
import type { Ratio } from '../../lib/decision/field-input.ts';
import { NumberField, ThresholdField } from './fields.tsx';
import { T } from '../../lib/decision/messages.ts';

interface Props {
  settings: RuleSettings;
  onKind: (kind: DecisionRuleKind) => void;
  onChange: (patch: SettingsPatch) => void;
  /** The quotas typed as fractions that still hold. */
  ratios: { readonly [K in 'threshold' | 'innerThreshold' | 'quorum']?: Ratio | undefined };
  onRatio: (key: RatioKey, ratio: Ratio | undefined) => void;
}

interface RadioOption<V extends string> {
  value: V;
  label: string;
}

function Radios<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
}: {
  name: string;
  legend: string;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
  hint?: string | undefined;
}) {
  return (
    <fieldset class="ds-radios" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="ds-radio" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label for={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {hint && (
        <p class="ds-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}

export function RuleEditor({ settings: s, onKind, onChange, ratios, onRatio }: Props) {
  const kind = s.kind;
  const hasBase = kind === 'absolute' || kind === 'qualified' || kind === 'capital';
  const hasThreshold = kind === 'qualified' || kind === 'capital' || kind === 'colleges-proportional' || kind === 'colleges-bloc';
  const baseOptions: RadioOption<MajorityBase>[] =
    kind === 'capital'
      ? [
          { value: 'votesCast', label: T.baseCapitalVotesCast },
          { value: 'members', label: T.baseCapitalMembers },
        ]
      : [
          { value: 'votesCast', label: T.baseVotesCast },
          { value: 'members', label: T.baseMembers },
        ];
  const hasOptions = hasBase || hasThreshold || kind === 'unanimity';
  return (
    <div class="ds-rule">
      <Radios<DecisionRuleKind>
        name="ds-rule"
        legend={T.ruleLegend}
        options={DECISION_RULE_KINDS.map((k) => ({ value: k, label: T.ruleLabels[k] }))}
        value={kind}
        onChange={onKind}
      />
      <fieldset class="ds-group ds-group--options">
        <legend>{T.optionsLegend}</legend>
        {!hasOptions && <p class="ds-hint">{T.noOptions}</p>}
        {hasThreshold && (
          <ThresholdField
            id="ds-threshold"
            label={T.threshold}
            value={s.threshold}
            allowHalf={kind !== 'qualified'}
            ratio={ratios.threshold}
            onChange={(threshold, ratio) => {
              onChange({ threshold });
              onRatio('threshold', ratio);
            }}
          />
        )}
        {kind === 'colleges-bloc' && (
          <ThresholdField
            id="ds-inner-threshold"
            label={T.innerThreshold}
            value={s.innerThreshold}
            allowHalf
            ratio={ratios.innerThreshold}
            onChange={(innerThreshold, ratio) => {
              onChange({ innerThreshold });
              onRatio('innerThreshold', ratio);
            }}
          />
        )}
        {hasBase && (
          <Radios<MajorityBase> name="ds-base" legend={T.baseLegend} options={baseOptions} value={s.base} onChange={(base) => onChange({ base })} />
        )}
        {kind === 'unanimity' && (
          <Radios<'ignored' | 'block'>
            name="ds-absents"
            legend={T.absentsLegend}
            options={[
              { value: 'ignored', label: T.absentsIgnored },
              { value: 'block', label: T.absentsBlock },
            ]}
            value={s.absents}
            onChange={(absents) => onChange({ absents })}
          />
        )}
      </fieldset>
      <Radios<AbstentionPolicy>
        name="ds-abstentions"
        legend={T.abstentionLegend}
        options={[
          { value: 'excluded', label: T.abstentionExcluded },
          { value: 'counted-as-against', label: T.abstentionAgainst },
        ]}
        value={s.abstentionPolicy}
        onChange={(abstentionPolicy) => onChange({ abstentionPolicy })}
        hint={kind === 'consent' ? T.abstentionConsent : T.abstentionHint}
      />
      <fieldset class="ds-group ds-group--quorum">
        <legend>{T.quorumLegend}</legend>
        <div class="ds-check">
          <input
            type="checkbox"
            id="ds-quorum"
            checked={s.quorumEnabled}
            onChange={(e) => onChange({ quorumEnabled: e.currentTarget.checked })}
          />
          <label for="ds-quorum">{T.quorumEnabled}</label>
        </div>
        {s.quorumEnabled && (
          <>
            <NumberField
              id="ds-quorum-fraction"
              label={T.quorumFraction}
              kind="percent"
              value={s.quorum.fraction}
              ratio={ratios.quorum}
              ratioUnit={s.quorum.of === 'members' ? 'membres' : 'voix'}
              onCommit={(fraction, ratio) => {
                onChange({ quorum: { ...s.quorum, fraction } });
                onRatio('quorum', ratio);
              }}
              class="ds-field--number"
            />
            <Radios<Quorum['of']>
              name="ds-quorum-of"
              legend={T.quorumOfLegend}
              options={[
                { value: 'members', label: T.quorumOfMembers },
                { value: 'weight', label: T.quorumOfWeight },
              ]}
              value={s.quorum.of}
              onChange={(of) => onChange({ quorum: { ...s.quorum, of } })}
            />
          </>
        )}
      </fieldset>
    </div>
  );
}
