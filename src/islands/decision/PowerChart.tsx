/**
 * Bar chart of nominal share, Banzhaf and Shapley–Shubik for each row. Bars are laid out in
 * percentages of the width so the text keeps its size on a narrow screen; the name sits above its
 * three bars. The exact values are in the table that follows, so the SVG is one image for
 * assistive technology, with a title and a description.
 */
import type { PowerRow } from '../../lib/decision/power-table.ts';
import { formatPercent } from '../../lib/fr.ts';
import { T } from '../../lib/decision/messages.ts';

const NAME_HEIGHT = 18;
const BAR_HEIGHT = 12;
const BAR_GAP = 3;
const ROW_GAP = 10;
const ROW_HEIGHT = NAME_HEIGHT + 3 * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
/** The longest bar spans this share of the width, leaving room for its value. */
const BAR_SPAN = 78;
const SCALES = [0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1];
const MAX_NAME_CHARS = 48;

const SERIES = [
  { key: 'nominalShare', class: 'ds-bar--nominal', label: T.seriesNominal },
  { key: 'banzhaf', class: 'ds-bar--banzhaf', label: T.seriesBanzhaf },
  { key: 'shapleyShubik', class: 'ds-bar--shapley', label: T.seriesShapley },
] as const;

function scaleFor(rows: readonly PowerRow[]): number {
  const max = Math.max(0, ...rows.flatMap((r) => [r.nominalShare, r.banzhaf, r.shapleyShubik]));
  return SCALES.find((s) => max <= s + 1e-12) ?? 1;
}

function shorten(name: string): string {
  const chars = [...name];
  return chars.length > MAX_NAME_CHARS ? `${chars.slice(0, MAX_NAME_CHARS - 1).join('')}…` : name;
}

export function ChartLegend() {
  return (
    <ul class="ds-legend" aria-hidden="true">
      {SERIES.map((s) => (
        <li key={s.key}>
          <span class={`ds-swatch ${s.class}`} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function PowerChart({ id, title, rows }: { id: string; title: string; rows: readonly PowerRow[] }) {
  const scale = scaleFor(rows);
  const height = rows.length * ROW_HEIGHT;
  const width = (v: number) => `${Math.max(0, (v / scale) * BAR_SPAN)}%`;
  return (
    <figure class="ds-chart">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <ChartLegend />
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={height}
        class="ds-chart__svg"
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{T.chartDesc}</desc>
        <line class="ds-chart__axis" x1="0" x2="0" y1="0" y2={height} />
        {rows.map((r, i) => {
          const top = i * ROW_HEIGHT;
          return (
            <g key={r.id}>
              <text class="ds-chart__name" x="4" y={top + NAME_HEIGHT - 5}>
                {shorten(r.name)}
              </text>
              {SERIES.map((s, k) => {
                const y = top + NAME_HEIGHT + k * (BAR_HEIGHT + BAR_GAP);
                const v = r[s.key];
                return (
                  <g key={s.key}>
                    <rect class={`ds-bar ${s.class}`} x="0" y={y} width={width(v)} height={BAR_HEIGHT} />
                    <text class="ds-chart__value" x={width(v)} dx="4" y={y + BAR_HEIGHT - 2}>
                      {formatPercent(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <p class="ds-hint">{T.chartScale(formatPercent(scale, 0))}</p>
    </figure>
  );
}
