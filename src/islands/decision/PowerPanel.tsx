/** The power analysis: plain-French findings, charts and the equivalent tables, CSV export. */
import { useMemo, useState } from 'preact/hooks';
import { usePrintView } from '../shared/print-view.ts';
import { memo } from './memo.ts';
import type { College, Member } from '../../lib/decision/types.ts';
import { describePower, type PowerAnalysis } from '../../lib/decision/power.ts';
import type { InvalidSetup } from '../../lib/decision/voting-weights.ts';
import { powerTable, type PowerRow, type PowerTable } from '../../lib/decision/power-table.ts';
import { formatPercent } from '../../lib/fr.ts';
import { PowerChart } from './PowerChart.tsx';
import { T } from '../../lib/decision/messages.ts';

/** Charts of more members than this start folded, so the page stays short. */
const CHART_OPEN_LIMIT = 16;

interface Props {
  /** The members and colleges the analysis was computed for (not those typed while a new one is computed). */
  members: readonly Member[];
  colleges: readonly College[];
  analysis: PowerAnalysis | InvalidSetup;
  pending: boolean;
  onCsv: (csvTable: PowerTable) => void;
}

function remark(r: PowerRow): string {
  return T.remark(r.veto, r.dummy && r.nominalShare > 0);
}

function PowerTableView({ id, caption, firstCol, secondCol, rows, withRemark }: {
  id: string;
  caption: string;
  firstCol: string;
  secondCol: string | undefined;
  rows: readonly PowerRow[];
  withRemark: boolean;
}) {
  return (
    <div class="ds-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="ds-table ds-power-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstCol}</th>
            {secondCol && <th scope="col">{secondCol}</th>}
            <th scope="col">{T.colNominal}</th>
            <th scope="col">{T.colBanzhaf}</th>
            <th scope="col">{T.colShapley}</th>
            {withRemark && <th scope="col">{T.colRemark}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} class={r.dummy && r.nominalShare > 0 ? 'ds-row--dummy' : r.veto ? 'ds-row--veto' : undefined}>
              <th scope="row">{r.name}</th>
              {secondCol && <td>{r.detail}</td>}
              <td class="ds-num">{formatPercent(r.nominalShare)}</td>
              <td class="ds-num">{formatPercent(r.banzhaf)}</td>
              <td class="ds-num">{formatPercent(r.shapleyShubik)}</td>
              {withRemark && <td>{remark(r)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PowerView {
  table: PowerTable;
  findings: readonly string[];
}

/**
 * The member chart of a large collective starts folded and is only drawn once unfolded (or for
 * print): 60 members make some 700 SVG nodes to redraw at every analysis otherwise.
 */
function FoldedChart({ rows, count }: { rows: readonly PowerRow[]; count: number }) {
  const [opened, setOpened] = useState(false);
  const printing = usePrintView();
  return (
    <details class="ds-chart-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{T.chartDetails(count)}</summary>
      {(opened || printing) && <PowerChart id="ds-chart-members" title={T.chartMembersTitle} rows={rows} />}
    </details>
  );
}

/**
 * Findings, charts and tables of one analysis. Memoised: while the user types, the analysis on
 * screen (and the members it was computed for) stay the same objects, so the 60-row tables are
 * not redrawn at each key, only once when the new analysis arrives.
 */
const PowerResults = memo(function PowerResults({ view, memberCount }: { view: PowerView; memberCount: number }) {
  return (
    <>
      <ul class="ds-findings">
        {view.findings.length === 0 ? <li>{T.powerNothing}</li> : view.findings.map((f, i) => <li key={i}>{f}</li>)}
      </ul>
      {view.table.colleges.length > 0 && (
        <>
          <PowerChart id="ds-chart-colleges" title={T.chartCollegesTitle} rows={view.table.colleges} />
          <PowerTableView
            id="ds-power-colleges"
            caption={T.tableCollegesCaption}
            firstCol={T.colCollege}
            secondCol={T.colMembers}
            rows={view.table.colleges}
            withRemark={false}
          />
        </>
      )}
      {memberCount > CHART_OPEN_LIMIT ? (
        <FoldedChart rows={view.table.members} count={memberCount} />
      ) : (
        <PowerChart id="ds-chart-members" title={T.chartMembersTitle} rows={view.table.members} />
      )}
      <PowerTableView
        id="ds-power-members"
        caption={T.tableMembersCaption}
        firstCol={T.colMember}
        secondCol={view.table.colleges.length > 0 ? T.colCollege : undefined}
        rows={view.table.members}
        withRemark
      />
    </>
  );
});

export function PowerPanel({ members, colleges, analysis, pending, onCsv }: Props) {
  const view = useMemo<PowerView | undefined>(() => {
    if (!analysis.ok) return undefined;
    return {
      table: powerTable(members, colleges, analysis),
      findings: describePower(members, analysis),
    };
  }, [members, colleges, analysis]);
  return (
    <div class="ds-power" aria-busy={pending ? 'true' : 'false'}>
      <p>{T.powerIntro}</p>
      {pending && (
        <p class="ds-hint ds-pending" data-testid="power-pending">
          {T.powerPending}
        </p>
      )}
      {!analysis.ok || !view ? (
        <p class="ds-error">{analysis.ok ? '' : analysis.message}</p>
      ) : (
        <>
          <PowerResults view={view} memberCount={members.length} />
          <div class="ds-actions ds-no-print">
            {/* While the worker recomputes, the table on screen is the previous scenario's: not exported. */}
            <button type="button" class="ds-button ds-button--secondary" disabled={pending} onClick={() => onCsv(view.table)}>
              {T.csv}
            </button>
          </div>
          <details class="ds-notes">
            <summary>{T.powerNotes}</summary>
            <ul>
              {analysis.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
