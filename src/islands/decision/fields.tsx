/** Form fields of the simulator: numbers and percentages typed in French, and adoption thresholds. */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, formatPercent } from '../../lib/fr.ts';
import { parseFieldInput, parseRatio, ratioMatches, type FieldKind, type Ratio } from '../../lib/decision/field-input.ts';
import { percentText, T } from '../../lib/decision/messages.ts';

interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  /** With the fraction typed (« 16/30 »), if the text is one. */
  onCommit: (value: number, ratio: Ratio | undefined) => void;
  /** `number`: a decimal ≥ 0. `percent`: 0–100 % (or a ratio), committed as a fraction. */
  kind: FieldKind;
  hint?: string | undefined;
  class?: string | undefined;
  /** The fraction the value was typed as, shown as typed when the field is drawn again. */
  ratio?: Ratio | undefined;
  /** What a typed fraction counts: « 16 voix sur 30 ». */
  ratioUnit?: 'voix' | 'membres';
  /** Ids of other elements that describe the field (a warning shown beside it). */
  describedBy?: string | undefined;
}

function formatFor(kind: NumberFieldProps['kind'], value: number, ratio?: Ratio): string {
  if (ratioMatches(ratio, value)) return `${ratio.num}/${ratio.den}`;
  return kind === 'number' ? formatNumber(value, 4) : percentText(value);
}

/** How a value kept from before is shown in sentences: « 60 % », « 12,5 ». */
function shownValue(kind: NumberFieldProps['kind'], value: number): string {
  return kind === 'number' ? formatNumber(value, 4) : formatPercent(value);
}

/**
 * What the simulator learns from its number fields: `announce` reads a sentence in the live
 * region; `report` says that a field's text is not valid (with the value still used) or, with
 * `undefined`, that it is valid again or gone.
 */
export interface FieldFeedback {
  announce: (text: string) => void;
  report: (id: string, stale: { label: string; value: string } | undefined) => void;
}

export const FieldFeedbackContext = createContext<FieldFeedback>({ announce: () => undefined, report: () => undefined });

const ERRORS = { number: T.numberError, percent: T.percentError, threshold: T.thresholdError } as const;

/**
 * A text field for a number. While the text reads as a valid number it is committed at every
 * keystroke; otherwise the field says what is expected and keeps the last valid value.
 */
export function NumberField({ id, label, value, onCommit, kind, hint, class: className, ratio, ratioUnit = 'voix', describedBy: more }: NumberFieldProps) {
  const [text, setText] = useState(() => formatFor(kind, value, ratio));
  const [invalid, setInvalid] = useState(false);
  const feedback = useContext(FieldFeedbackContext);
  const committed = useRef(value);
  // Tell the simulator which value the result still uses while the text is not valid.
  useEffect(() => {
    feedback.report(id, invalid ? { label, value: shownValue(kind, committed.current) } : undefined);
  }, [invalid, id, label, kind, feedback]);
  useEffect(() => () => feedback.report(id, undefined), [id, feedback]);
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(formatFor(kind, value, ratio));
      setInvalid(false);
    }
  }, [value, kind, ratio]);
  const typed = !invalid && kind !== 'number' ? parseRatio(text) : undefined;
  const describedBy = [hint ? `${id}-hint` : '', typed ? `${id}-ratio` : '', more ?? '', invalid ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`ds-field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const parsed = parseFieldInput(kind, next);
          if (parsed === undefined) {
            setInvalid(true);
            return;
          }
          setInvalid(false);
          committed.current = parsed;
          onCommit(parsed, kind === 'number' ? undefined : parseRatio(next));
        }}
        onChange={() => {
          // Fired once when the user leaves a changed field, not at every keystroke.
          if (invalid) feedback.announce(T.fieldInvalidAnnounce(label, ERRORS[kind], shownValue(kind, committed.current)));
        }}
        onBlur={() => {
          if (!invalid) setText(formatFor(kind, committed.current, typed));
        }}
      />
      {hint && (
        <p class="ds-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {typed && (
        <p class="ds-hint" id={`${id}-ratio`}>
          {T.ratioHint(typed.num, typed.den, typed.num / typed.den, ratioUnit)}
        </p>
      )}
      {invalid && (
        <p class="ds-error" id={`${id}-error`}>
          {ERRORS[kind]} {T.previousValueKept(shownValue(kind, committed.current))}
        </p>
      )}
    </div>
  );
}

const TWO_THIRDS = 2 / 3;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;
type Choice = 'half' | '2/3' | '3/4' | 'custom';

function choiceOf(value: number | undefined): Choice {
  if (value === undefined) return 'half';
  if (near(value, TWO_THIRDS)) return '2/3';
  if (near(value, 0.75)) return '3/4';
  return 'custom';
}

interface ThresholdFieldProps {
  id: string;
  label: string;
  value: number | undefined;
  /** Whether « plus de la moitié » (undefined) is offered. */
  allowHalf: boolean;
  /** With the fraction typed in the custom field, if any. */
  onChange: (value: number | undefined, ratio?: Ratio) => void;
  ratio?: Ratio | undefined;
}

/** The adoption threshold: plus de la moitié, 2/3, 3/4, or any threshold typed by the user. */
export function ThresholdField({ id, label, value, allowHalf, onChange, ratio }: ThresholdFieldProps) {
  const [custom, setCustom] = useState(() => choiceOf(value) === 'custom');
  useEffect(() => {
    if (choiceOf(value) === 'custom') setCustom(true);
  }, [value]);
  const choice: Choice = custom ? 'custom' : choiceOf(value);
  return (
    <div class="ds-threshold">
      <div class="ds-field">
        <label for={id}>{label}</label>
        <select
          id={id}
          value={choice}
          onChange={(e) => {
            const next = e.currentTarget.value as Choice;
            setCustom(next === 'custom');
            if (next === 'half') onChange(undefined);
            else if (next === '2/3') onChange(TWO_THIRDS);
            else if (next === '3/4') onChange(0.75);
            else if (value === undefined) onChange(0.6);
          }}
        >
          {allowHalf && <option value="half">{T.thresholdHalf}</option>}
          <option value="2/3">{T.thresholdTwoThirds}</option>
          <option value="3/4">{T.thresholdThreeQuarters}</option>
          <option value="custom">{T.thresholdCustom}</option>
        </select>
      </div>
      {choice === 'custom' && value !== undefined && (
        <NumberField id={`${id}-custom`} label={T.thresholdCustomLabel} kind="threshold" value={value} ratio={ratio} onCommit={onChange} />
      )}
    </div>
  );
}
