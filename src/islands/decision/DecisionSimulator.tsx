/**
 * The collective-decision simulator island: load a preset or a shared link, edit members,
 * colleges and the rule, set each member's position, and read the outcome, the real voting power
 * and the SCIC check. All the logic comes from src/lib/decision; this component renders and wires.
 *
 * Responsiveness: the vote is recounted at every change (a few milliseconds for 60 members); the
 * power analysis, up to ~50 ms for 60 weighted members, only when the game changes (weights,
 * colleges, rule — not names or positions), debounced while the user types, in a Web Worker
 * (power-client.ts) so that typing never waits for it. Until its answer the power panel keeps the
 * previous analysis without redrawing it; the print-only summary is drawn only for print.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { DecisionRuleKind, Position } from '../../lib/decision/types.ts';
import { admitsObjection, weightingOf } from '../../lib/decision/types.ts';
import { evaluateVote } from '../../lib/decision/evaluate.ts';
import { analysePower } from '../../lib/decision/power.ts';
import { createPowerClient, type PowerClient } from './power-client.ts';
import { checkScic, collegesAboveCeiling, type ScicRules } from '../../lib/decision/scic.ts';
import type { ClauseLaw } from '../../lib/decision/clauses.ts';
import type { Ratio } from '../../lib/decision/field-input.ts';
import { decodeScenario, encodeScenario, MAX_COLLEGES, MAX_MEMBERS, SHARE_PREFIX } from '../../lib/decision/scenario-codec.ts';
import { powerCsv, type PowerTable } from '../../lib/decision/power-table.ts';
import type { Preset } from '../../lib/decision/presets.ts';
import { nextId, powerKey, powerLabelsKey, ruleFromSettings } from '../../lib/decision/simulator-state.ts';
import {
  newMember,
  ratioFor,
  scenarioReducer,
  stateOf,
  EMPTY_SCENARIO,
  EMPTY_SCENARIO_STATE,
  type CollegePatch,
  type ImportedMember,
  type MemberPatch,
  type RatioKey,
  type SettingsPatch,
} from '../../lib/decision/scenario-reducer.ts';
import { CollegesEditor, MembersEditor } from './MembersEditor.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { OutcomeView, PositionsEditor } from './VotePanel.tsx';
import { PowerPanel } from './PowerPanel.tsx';
import { ScicPanel } from './ScicPanel.tsx';
import { ScenarioSummary } from './ScenarioSummary.tsx';
import { FieldFeedbackContext, type FieldFeedback } from './fields.tsx';
import { copyText, download, exportFileName, focusById, fragmentValue, printPart, selectById, setFragment } from '../shared/browser.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { QrCodeButton } from '../shared/QrCode.tsx';
import { usePrintView } from '../shared/print-view.ts';
import { LazyPanel, useLazyPart } from './lazy.tsx';
import { RULE_MESSAGES, T } from '../../lib/decision/messages.ts';
import './decision-simulator.css';

interface Props {
  presets: readonly Preset[];
  /** Loaded first, and instead of a corrupted link. */
  defaultPresetId: string;
  /** The SCIC limits and their sources (content/scic.yaml). */
  scicRules: ScicRules;
  /** The facts of content/faits.yaml the draft clause cites, and the SCIC college bounds. */
  clauseLaw: ClauseLaw;
}

/** Wait after the last change to the game before recomputing the power indices. */
const POWER_DEBOUNCE_MS = 120;

type Notice = { kind: 'loaded' } | { kind: 'error'; message: string; fallback: string };

/** Loaded when asked for: the paste import and the draft clause stay out of a first visit. */
const loadPaste = () => import('./MemberPaste.tsx');
const loadClause = () => import('./ClausePanel.tsx');

export default function DecisionSimulator({ presets, defaultPresetId, scicRules, clauseLaw }: Props) {
  const defaultPreset = presets.find((p) => p.id === defaultPresetId) ?? presets[0];
  const [ready, setReady] = useState(false);
  const [presetId, setPresetId] = useState(defaultPreset?.id ?? '');
  const [state, dispatch] = useReducer(scenarioReducer, undefined, () =>
    defaultPreset ? stateOf(defaultPreset.scenario, defaultPreset.scic) : EMPTY_SCENARIO_STATE,
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [shareLink, setShareLink] = useState<string | null>(null);
  const { announce, announcement } = useAnnouncer();
  const printing = usePrintView();
  const shareField = useRef<HTMLInputElement>(null);
  /** Number fields whose text is not valid, with the value the result still uses. */
  const [staleFields, setStaleFields] = useState<ReadonlyMap<string, { label: string; value: string }>>(new Map());
  const fieldFeedback = useMemo<FieldFeedback>(
    () => ({
      announce: (text) => announce(text),
      report: (id, stale) =>
        setStaleFields((before) => {
          if (!stale && !before.has(id)) return before;
          const next = new Map(before);
          if (stale) next.set(id, stale);
          else next.delete(id);
          return next;
        }),
    }),
    [announce],
  );
  /** The latest state, for stable callbacks that need to read it (member rows are memoised). */
  const current = useRef(state);
  current.current = state;
  /** Set by loads: the next power analysis runs at once rather than after the typing delay. */
  const immediatePower = useRef(false);

  const { members, colleges, settings, positions, scic } = state;
  const rule = useMemo(() => ruleFromSettings(settings), [settings]);
  const weighting = weightingOf(rule);

  // ---- Loading ----
  const loadShared = useCallback(() => {
    const text = fragmentValue(SHARE_PREFIX);
    if (text === undefined) return;
    const decoded = decodeScenario(text);
    if (decoded.ok) {
      const scicFromLink = decoded.scenario.members.some((m) => m.category !== undefined);
      dispatch({ type: 'load', scenario: decoded.scenario, scic: scicFromLink });
      setNotice({ kind: 'loaded' });
      setShareLink(null);
      immediatePower.current = true;
    } else if (defaultPreset) {
      dispatch({ type: 'load', scenario: defaultPreset.scenario, scic: defaultPreset.scic, fresh: true });
      setPresetId(defaultPreset.id);
      setNotice({ kind: 'error', message: decoded.message, fallback: defaultPreset.title });
      immediatePower.current = true;
    }
  }, [defaultPreset]);

  useEffect(() => {
    setReady(true);
    loadShared();
    window.addEventListener('hashchange', loadShared);
    return () => window.removeEventListener('hashchange', loadShared);
  }, [loadShared]);

  const loadEmpty = () => {
    dispatch({ type: 'load', scenario: EMPTY_SCENARIO, scic: false, fresh: true });
    setNotice(null);
    setShareLink(null);
    immediatePower.current = true;
    announce(T.emptyLoaded);
    focusById('ds-add-member');
  };

  const loadPreset = () => {
    const preset = presets.find((p) => p.id === presetId);
    if (!preset) return;
    dispatch({ type: 'load', scenario: preset.scenario, scic: preset.scic });
    setNotice(null);
    setShareLink(null);
    immediatePower.current = true;
    announce(T.presetLoaded(preset.title));
  };

  // ---- Editing ----
  const updateMember = useCallback((id: string, patch: MemberPatch) => dispatch({ type: 'updateMember', id, patch }), []);

  const removeMember = useCallback(
    (id: string) => {
      const before = current.current.members;
      const index = before.findIndex((m) => m.id === id);
      const remaining = before.filter((m) => m.id !== id);
      dispatch({ type: 'removeMember', id });
      const next = remaining[index] ?? remaining[index - 1];
      focusById(next ? `ds-m-${next.id}-name` : 'ds-add-member');
      announce(T.memberRemoved(before[index]?.name ?? ''));
    },
    [announce],
  );

  const addMember = () => {
    if (members.length >= MAX_MEMBERS) {
      announce(T.maxMembers(MAX_MEMBERS));
      return;
    }
    const id = nextId('m', members.map((m) => m.id));
    dispatch({ type: 'addMember', id });
    selectById(`ds-m-${id}-name`);
    announce(T.memberAdded(newMember(state, id).name));
  };

  const updateCollege = useCallback((id: string, patch: CollegePatch) => dispatch({ type: 'updateCollege', id, patch }), []);

  const removeCollege = useCallback(
    (id: string) => {
      const removed = current.current.colleges.find((c) => c.id === id);
      dispatch({ type: 'removeCollege', id });
      focusById('ds-add-college');
      announce(T.collegeRemoved(removed?.name ?? ''));
    },
    [announce],
  );

  const addCollege = () => {
    if (colleges.length >= MAX_COLLEGES) {
      announce(T.maxColleges(MAX_COLLEGES));
      return;
    }
    const id = nextId('c', colleges.map((c) => c.id));
    dispatch({ type: 'addCollege', id });
    selectById(`ds-c-${id}-name`);
    announce(T.collegeAdded);
  };

  const setRatio = useCallback((key: RatioKey, ratio: Ratio | undefined) => dispatch({ type: 'ratio', key, ratio }), []);
  const ruleRatios = {
    threshold: ratioFor(state, 'threshold', settings.threshold),
    innerThreshold: ratioFor(state, 'innerThreshold', settings.innerThreshold),
    quorum: ratioFor(state, 'quorum', settings.quorum.fraction),
  };
  const collegeRatios = new Map(
    colleges.flatMap((c): [string, Ratio][] => {
      const ratio = ratioFor(state, `college:${c.id}`, c.share);
      return ratio ? [[c.id, ratio]] : [];
    }),
  );

  // ---- Paste a list, draft clause ----
  const paste = useLazyPart('ds-paste', loadPaste);
  const importMembers = (list: readonly ImportedMember[], replace: boolean) => {
    dispatch({ type: 'importMembers', members: list, replace });
    setShareLink(null);
    immediatePower.current = true;
    paste.close();
  };
  const clause = useLazyPart('ds-clause', loadClause);

  const changeKind = (kind: DecisionRuleKind) => dispatch({ type: 'kind', kind });
  const changeSettings = (patch: SettingsPatch) => dispatch({ type: 'settings', patch });

  const setPosition = useCallback((id: string, position: Position) => dispatch({ type: 'position', id, position }), []);
  const setAll = (position: Position) => dispatch({ type: 'allPositions', position });

  // ---- Results ----
  const vote = useMemo(() => evaluateVote(members, colleges, rule, positions), [members, colleges, rule, positions]);
  const pivotal = useMemo(() => new Set(vote.pivotalMemberIds), [vote]);
  const staleList = useMemo(() => [...staleFields], [staleFields]);

  const key = useMemo(() => powerKey(members, colleges, rule), [members, colleges, rule]);
  const game = useRef({ members, colleges, rule });
  game.current = { members, colleges, rule };
  // The analysis on screen, with the members and colleges it was computed for: while a new one is
  // computed, the power panel keeps showing these (and is not redrawn at each key).
  const [power, setPower] = useState(() => ({ key, members, colleges, result: analysePower(members, colleges, rule) }));
  const powerPending = power.key !== key;
  // The members and colleges the power panel shows: while an analysis is computed, those of the
  // one on screen; otherwise the current ones, kept as the same objects as long as nothing the
  // panel shows changed (a weight the rule ignores), so its 60-row tables are not redrawn.
  const labelsKey = useMemo(() => powerLabelsKey(members, colleges), [members, colleges]);
  const shownGame = useRef({ members, colleges, labelsKey, result: power.result });
  if (powerPending) shownGame.current = { members: power.members, colleges: power.colleges, labelsKey: '', result: power.result };
  else if (shownGame.current.labelsKey !== labelsKey || shownGame.current.result !== power.result) {
    shownGame.current = { members, colleges, labelsKey, result: power.result };
  }
  const powerClient = useRef<PowerClient | undefined>(undefined);
  useEffect(() => () => powerClient.current?.dispose(), []);
  useEffect(() => {
    if (power.key === key) return undefined;
    const run = () => {
      const g = game.current;
      const runKey = powerKey(g.members, g.colleges, g.rule);
      powerClient.current ??= createPowerClient();
      powerClient.current.analyse(g.members, g.colleges, g.rule, (result) =>
        setPower({ key: runKey, members: g.members, colleges: g.colleges, result }),
      );
    };
    if (immediatePower.current) {
      immediatePower.current = false;
      run();
      return undefined;
    }
    const timer = setTimeout(run, POWER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, power.key]);

  const scicFindings = useMemo(
    () => (scic ? checkScic(scicRules, members, colleges, { ruleKind: rule.kind }) : []),
    [scic, scicRules, members, colleges, rule.kind],
  );
  // A share above half the votes (or the SCIC ceiling) is said beside its field as it is typed;
  // the SCIC finding that says the same is then not repeated under the card.
  const shareWarnings = useMemo(() => {
    const ceiling = scic ? scicRules.colleges.ceiling : 0.5;
    return new Map([...collegesAboveCeiling(colleges, ceiling)].map(([id, share]) => [id, T.collegeOverHalf(share, scic ? ceiling : undefined)]));
  }, [colleges, scic, scicRules]);
  const collegeProblems = useMemo(
    () =>
      new Map(
        scicFindings
          .filter((f) => f.collegeId !== undefined && (f.severity === 'error' || f.severity === 'warning'))
          .filter((f) => !(f.id === 'college-above-50' && shareWarnings.has(f.collegeId ?? '')))
          .map((f) => [f.collegeId ?? '', f.message]),
      ),
    [scicFindings, shareWarnings],
  );

  // Announce outcome changes (not the first one, which is on screen already).
  const outcomeText = useMemo(() => {
    const last = vote.steps[vote.steps.length - 1]?.text ?? '';
    return T.outcomeAnnounce(T.outcomeLabels[vote.outcome], last);
  }, [vote]);
  const firstOutcome = useRef(true);
  useEffect(() => {
    if (firstOutcome.current) {
      firstOutcome.current = false;
      return;
    }
    announce(outcomeText, 'outcome');
  }, [outcomeText, announce]);

  // ---- Share, print, export ----
  const share = () => {
    const encoded = encodeScenario({ members, colleges, rule, positions });
    if (!encoded.ok) {
      announce(encoded.message);
      setShareLink(null);
      return;
    }
    setShareLink(setFragment(SHARE_PREFIX, encoded.text));
    setNotice(null);
    announce(T.shareCreated);
    requestAnimationFrame(() => shareField.current?.select());
  };
  const copy = async () => {
    if (!shareLink) return;
    announce((await copyText(shareLink, shareField.current)) ? T.copied : T.copyFailed);
  };
  const exportCsv = (table: PowerTable) => {
    download(exportFileName('simulateur-decision-pouvoir', 'csv'), powerCsv(table), 'text/csv;charset=utf-8');
    announce(T.csvDone);
  };

  /** The alert holds the focus when closed: hand it to the preset choice, the tool's first field. */
  const dismissNotice = () => {
    setNotice(null);
    focusById('ds-preset');
  };

  const selectedPreset = presets.find((p) => p.id === presetId);

  return (
    <FieldFeedbackContext.Provider value={fieldFeedback}>
      <div class="ds" data-ready={ready ? 'true' : 'false'}>
        <LiveRegion announcement={announcement} testId="ds-announcer" />
        <p class="ds-skip ds-no-print">
          <button type="button" class="ds-button ds-button--secondary" onClick={() => focusById('ds-outcome-title')}>
            {T.skipToOutcome}
          </button>
        </p>
        {notice?.kind === 'error' && (
          <div class="ds-alert" role="alert">
            <p>
              <strong>{T.linkErrorTitle}</strong> {notice.message}
            </p>
            <p>{T.linkErrorFallback(notice.fallback)}</p>
            <button type="button" class="ds-button ds-button--secondary" onClick={dismissNotice}>
              {T.dismiss}
            </button>
          </div>
        )}
        {notice?.kind === 'loaded' && (
          <p class="ds-notice" role="status">
            {T.linkLoaded}
          </p>
        )}
        <fieldset class="ds-form" disabled={!ready}>
          <legend class="visually-hidden">{T.regionLabel}</legend>

          <section class="ds-section ds-no-print" aria-labelledby="ds-presets-title">
            <h3 id="ds-presets-title">{T.presetsLegend}</h3>
            <div class="ds-preset">
              <div class="ds-field">
                <label for="ds-preset">{T.presetLabel}</label>
                <select id="ds-preset" value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)} aria-describedby="ds-preset-description">
                  {presets.map((p) => (
                    <option key={p.id} value={p.id} label={p.label}>
                      {p.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" class="ds-button" onClick={loadPreset}>
                {T.presetLoad}
              </button>
              <button type="button" class="ds-button ds-button--secondary" onClick={loadEmpty}>
                {T.emptyScenario}
              </button>
            </div>
            <p class="ds-hint" id="ds-preset-description">
              {selectedPreset?.description} {T.presetHint}
            </p>
          </section>

          <section class="ds-section ds-no-print" aria-labelledby="ds-members-title">
            <h3 id="ds-members-title">{T.membersTitle}</h3>
            <div class="ds-check">
              <input type="checkbox" id="ds-scic" checked={scic} onChange={(e) => dispatch({ type: 'scic', scic: e.currentTarget.checked })} />
              <label for="ds-scic">{T.scicToggle}</label>
            </div>
            <LazyPanel id="ds-paste" label={T.pasteOpen} part={paste}>
              {({ MemberPaste }) => (
                <MemberPaste memberCount={members.length} colleges={colleges} announce={announce} onImport={importMembers} onClose={paste.close} />
              )}
            </LazyPanel>
            <CollegesEditor
              colleges={colleges}
              problems={collegeProblems}
              warnings={shareWarnings}
              ratios={collegeRatios}
              canAdd={colleges.length < MAX_COLLEGES}
              onChange={updateCollege}
              onRatio={setRatio}
              onRemove={removeCollege}
              onAdd={addCollege}
            />
            <MembersEditor
              members={members}
              colleges={colleges}
              showCategory={scic}
              weighting={weighting}
              onChange={updateMember}
              onRemove={removeMember}
              onAdd={addMember}
            />
          </section>

          <section class="ds-section ds-no-print" aria-labelledby="ds-rule-title">
            <h3 id="ds-rule-title">{T.ruleTitle}</h3>
            <RuleEditor settings={settings} onKind={changeKind} onChange={changeSettings} ratios={ruleRatios} onRatio={setRatio} />
            <p class="ds-rule-summary">
              <strong>{T.ruleSummary}</strong>
              {T.labelSeparator}
              {RULE_MESSAGES.describe(rule, ruleRatios)}
            </p>
          </section>

          {printing && <ScenarioSummary members={members} colleges={colleges} rule={rule} positions={positions} showCategory={scic} />}

          <section class="ds-section" aria-labelledby="ds-vote-title">
            <h3 id="ds-vote-title">{T.voteTitle}</h3>
            <div class="ds-no-print">
              <PositionsEditor
                members={members}
                positions={positions}
                objection={admitsObjection(rule)}
                pivotal={pivotal}
                onChange={setPosition}
                onAll={setAll}
              />
            </div>
            <OutcomeView result={vote} members={members} stale={staleList} />
          </section>

          <section class="ds-section" aria-labelledby="ds-power-title">
            <h3 id="ds-power-title">{T.powerTitle}</h3>
            <PowerPanel
              members={shownGame.current.members}
              colleges={shownGame.current.colleges}
              analysis={power.result}
              pending={powerPending}
              onCsv={exportCsv}
            />
          </section>

          {scic && (
            <section class="ds-section" aria-labelledby="ds-scic-title">
              <h3 id="ds-scic-title">{T.scicTitle}</h3>
              <ScicPanel findings={scicFindings} />
            </section>
          )}

          <section class="ds-section ds-clauses" aria-labelledby="ds-clause-title">
            <h3 id="ds-clause-title">{T.clauseTitle}</h3>
            <p class="ds-no-print">{T.clauseIntro}</p>
            <LazyPanel id="ds-clause" label={T.clauseOpen} part={clause} class="ds-no-print">
              {({ ClausePanel }) => (
                <ClausePanel
                  scenario={{ members, colleges, rule, scic, ratios: { ...ruleRatios, colleges: Object.fromEntries(collegeRatios) } }}
                  law={clauseLaw}
                  problems={scicFindings.filter((f) => f.severity === 'error').map((f) => f.message)}
                  announce={announce}
                />
              )}
            </LazyPanel>
          </section>

          <section class="ds-section ds-no-print" aria-labelledby="ds-actions-title">
            <h3 id="ds-actions-title">{T.actionsTitle}</h3>
            <div class="ds-actions">
              <button type="button" class="ds-button" onClick={share}>
                {T.share}
              </button>
              <button type="button" class="ds-button ds-button--secondary" onClick={() => printPart('simulateur')}>
                {T.print}
              </button>
            </div>
            {shareLink && (
              <div class="ds-share">
                <div class="ds-field">
                  <label for="ds-share-link">{T.shareLabel}</label>
                  <input id="ds-share-link" ref={shareField} type="text" readOnly value={shareLink} aria-describedby="ds-share-hint" />
                </div>
                <button type="button" class="ds-button ds-button--secondary" onClick={copy}>
                  {T.copy}
                </button>
                <QrCodeButton value={shareLink} label={T.qr} title={T.qrTitle} hint={T.qrHint} buttonClass="ds-button ds-button--secondary" testId="qr-dialog" />
                <p class="ds-hint" id="ds-share-hint">
                  {T.shareHint}
                </p>
              </div>
            )}
          </section>
        </fieldset>
      </div>
    </FieldFeedbackContext.Provider>
  );
}
