/**
 * Horizontal bar chart of the dimension scores, in HTML and CSS (no chart library): its text keeps
 * the page's font size at any width and wraps instead of shrinking, which a scaled SVG could not
 * do at 320 px. The chart is an image for assistive technologies; the table that follows it
 * carries the same values.
 */
import type { DimensionResult, Questionnaire } from '../../lib/questionnaire/index.ts';
import { T } from '../../lib/questionnaire/messages.ts';

interface Props {
  questionnaire: Questionnaire;
  dimensions: readonly DimensionResult[];
}

const TICKS = [0, 25, 50, 75, 100];

export function ScoreChart({ questionnaire, dimensions }: Props) {
  return (
    <div class="qz-chart" role="img" aria-label={T.chartLabel(questionnaire.title)}>
      <div class="qz-chart__scale" aria-hidden="true">
        {TICKS.map((t) => (
          <span key={t} class={`qz-chart__tick qz-chart__tick--${t}`}>
            {t}
          </span>
        ))}
      </div>
      {dimensions.map((d) => (
        <div key={d.dimension.id} class="qz-chart__row" aria-hidden="true">
          <span class="qz-chart__label">{d.dimension.title}</span>
          {d.status === 'scored' ? (
            <span class="qz-chart__value">{`${d.score} · ${questionnaire.levels[d.level]}`}</span>
          ) : (
            <span class="qz-chart__value qz-chart__value--missing">{questionnaire.insufficient}</span>
          )}
          <span class="qz-chart__track">
            {d.status === 'scored' && (
              <span class={`qz-chart__bar qz-level--${d.level}`} style={{ width: `${Math.max(d.score, 0.5)}%` }} />
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
