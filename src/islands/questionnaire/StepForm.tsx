/** One screen of the questionnaire: the statements of one dimension, as radio groups. */
import type { RefObject } from 'preact';
import {
  answerLabel,
  choicesFor,
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
  /** Number shown for the dimension's first statement. */
  firstNumber: number;
  answers: Answers;
  answered: number;
  total: number;
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (statementId: string, answer: Answer) => void;
  onPrevious: () => void;
  onNext: () => void;
}

export function StepForm(props: Props) {
  const { questionnaire: q, dimension, index, answers } = props;
  const steps = q.dimensions.length;
  const last = index + 1 === steps;
  const missing = dimension.statements.filter((s) => answers[s.id] === undefined).length;
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
          <span class="qz-progress__count">{T.answeredOf(props.answered, props.total)}</span>
        </p>
        <progress max={steps} value={index + 1} aria-labelledby="qz-progress-label" />
      </div>
      <h2 id="qz-step-title" tabIndex={-1} ref={props.headingRef}>
        {dimension.title}
      </h2>
      <p class="qz-step__description">{dimension.description}</p>
      {dimension.statements.map((statement, i) => {
        const current = answers[statement.id];
        return (
          <fieldset key={statement.id} class="qz-statement">
            <legend>
              <span class="qz-statement__number">{T.statementNumber(props.firstNumber + i)}</span>{' '}
              <span class="qz-statement__text">{statement.text}</span>
            </legend>
            <div class="qz-scale">
              {choicesFor(statement).map((choice) => (
                <label key={String(choice)} class={`qz-option${typeof choice === 'number' ? '' : ' qz-option--unknown'}`}>
                  <input
                    type="radio"
                    name={`qz-${statement.id}`}
                    value={String(choice)}
                    checked={current === choice}
                    onChange={() => props.onAnswer(statement.id, choice)}
                  />
                  <span>{answerLabel(q, choice)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {missing > 0 && <p class="qz-note">{T.unansweredHint(missing)}</p>}
      <div class="qz-actions qz-actions--nav">
        <button type="button" class="qz-button qz-button--secondary" onClick={props.onPrevious}>
          {index === 0 ? T.backToStart : T.previous}
        </button>
        <button type="submit" class="qz-button">
          {last ? T.finish : T.next}
        </button>
      </div>
      <p class="qz-note">{T.autosaved}</p>
    </form>
  );
}
