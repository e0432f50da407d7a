/** One screen of the questionnaire: the statements of one dimension, as radio groups. */
import type { RefObject } from 'preact';
import {
  answeredCount,
  choicesFor,
  statementCount,
  isRating,
  splitAnswerLabel,
  type Answer,
  type Answers,
  type Dimension,
  type Questionnaire,
} from '../../lib/questionnaire/index.ts';
import { T } from '../../lib/questionnaire/messages.ts';

interface Props {
  questionnaire: Questionnaire;
  dimension: Dimension;
  /** 0-based. */
  index: number;
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (statementId: string, answer: Answer) => void;
  onPrevious: () => void;
  onNext: () => void;
  /** The first screen's back button (« Retour à l’introduction » by default). */
  backLabel?: string | undefined;
  /** The last screen's button (« Voir mes résultats » by default). */
  finishLabel?: string | undefined;
  /** The note under the buttons (« Vos réponses sont enregistrées automatiquement… » by default). */
  note?: string | undefined;
}

/** One answer of the scale: a native radio and its label, short on narrow screens (see splitAnswerLabel). */
function Choice(props: { q: Questionnaire; name: string; choice: Answer; checked: boolean; onChange: () => void }) {
  const { short, rest } = splitAnswerLabel(props.q, props.choice);
  return (
    <label class="qz-option">
      <input type="radio" name={props.name} value={String(props.choice)} checked={props.checked} onChange={props.onChange} />
      <span class="qz-option__text">
        {short}
        {rest && <span class="qz-option__rest">{rest}</span>}
      </span>
    </label>
  );
}

export function StepForm(props: Props) {
  const { questionnaire: q, dimension, index, answers } = props;
  const steps = q.dimensions.length;
  const last = index + 1 === steps;
  const missing = dimension.statements.filter((s) => answers[s.id] === undefined).length;
  /** Number shown for the dimension's first statement. */
  const firstNumber = q.dimensions.slice(0, index).reduce((n, d) => n + d.statements.length, 1);
  return (
    <form
      class="qz-step"
      aria-labelledby="qz-step-title"
      onSubmit={(e) => {
        e.preventDefault();
        props.onNext();
      }}
    >
      <div class="qz-progress">
        <p id="qz-progress-label" class="qz-progress__label">
          <span>{T.stepOf(index + 1, steps)}</span>
          <span class="qz-progress__count">{T.answeredOf(answeredCount(q, answers), statementCount(q))}</span>
        </p>
        <progress max={steps} value={index + 1} aria-labelledby="qz-progress-label" />
      </div>
      <h2 id="qz-step-title" tabIndex={-1} ref={props.headingRef}>
        {dimension.title}
      </h2>
      <p class="qz-step__description">{dimension.description}</p>
      {dimension.statements.map((statement, i) => {
        const current = answers[statement.id];
        const choices = choicesFor(statement);
        const name = `qz-${statement.id}`;
        return (
          <fieldset key={statement.id} class="qz-statement">
            <legend>
              <span class="qz-statement__number">{T.statementNumber(firstNumber + i)}</span>{' '}
              <span class="qz-statement__text">{statement.text}</span>
            </legend>
            <div class="qz-scale">
              {choices.filter(isRating).map((choice) => (
                <Choice key={choice} q={q} name={name} choice={choice} checked={current === choice} onChange={() => props.onAnswer(statement.id, choice)} />
              ))}
            </div>
            <div class="qz-scale qz-scale--other">
              {choices
                .filter((choice) => !isRating(choice))
                .map((choice) => (
                  <Choice key={choice} q={q} name={name} choice={choice} checked={current === choice} onChange={() => props.onAnswer(statement.id, choice)} />
                ))}
            </div>
          </fieldset>
        );
      })}
      {missing > 0 && <p class="qz-note">{T.unansweredHint(missing)}</p>}
      <div class="qz-actions qz-actions--nav">
        <button type="button" class="qz-button qz-button--secondary" onClick={props.onPrevious}>
          {index === 0 ? (props.backLabel ?? T.backToStart) : T.previous}
        </button>
        <button type="submit" class="qz-button">
          {last ? (props.finishLabel ?? T.finish) : T.next}
        </button>
      </div>
      <p class="qz-note">{props.note ?? T.autosaved}</p>
    </form>
  );
}
