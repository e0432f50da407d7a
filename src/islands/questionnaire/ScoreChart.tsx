/**
 * Horizontal bar chart of the dimension scores, in plain SVG (no chart library). The chart is an
 * image for assistive technologies; the table that follows it carries the same values.
 */
import type { DimensionResult, Questionnaire } from '../../lib/questionnaire/index.ts';
import { T } from '../../lib/questionnaire/messages.ts';

interface Props {
  questionnaire: Questionnaire;
  dimensions: readonly DimensionResult[];
}

const WIDTH = 640;
const BAR_WIDTH = 440;
const ROW = 54;
const TOP = 26;
const TICKS = [0, 25, 50, 75, 100];

export function ScoreChart({ questionnaire, dimensions }: Props) {
  const height = TOP + dimensions.length * ROW + 4;
  const x = (score: number) => (score / 100) * BAR_WIDTH;
  return (
    <svg
      class="qz-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={T.chartLabel(questionnaire.title)}
      focusable="false"
    >
      <g class="qz-chart__axis" aria-hidden="true">
        {TICKS.map((t) => (
          <g key={t}>
            <line
              x1={x(t) + 1}
              x2={x(t) + 1}
              y1={TOP - 6}
              y2={height - 4}
              class={t === 50 || t === 75 ? 'qz-chart__threshold' : 'qz-chart__grid'}
            />
            <text x={x(t) + 1} y={14} text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>
              {t}
            </text>
          </g>
        ))}
      </g>
      {dimensions.map((d, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={d.dimension.id} aria-hidden="true">
            <text class="qz-chart__label" x={0} y={y + 16}>
              {d.dimension.title}
            </text>
            {d.status === 'scored' ? (
              <>
                <rect
                  class={`qz-chart__bar qz-level--${d.level}`}
                  x={1}
                  y={y + 23}
                  width={Math.max(x(d.score), 2)}
                  height={20}
                  rx={2}
                />
                <text class="qz-chart__value" x={x(d.score) + 8} y={y + 38}>
                  {`${d.score} · ${questionnaire.levels[d.level]}`}
                </text>
              </>
            ) : (
              <text class="qz-chart__value qz-chart__value--missing" x={4} y={y + 38}>
                {questionnaire.insufficient}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
