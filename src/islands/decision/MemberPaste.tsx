/**
 * Pasting a list of members from a spreadsheet: the text, where the members go (instead of the
 * current ones or after them), and a preview of what will be imported — the lines left out with
 * their reasons, the members ready, the colleges to create — before anything changes. Loaded when
 * the user opens it (see DecisionSimulator), with its parser and its words.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { College } from '../../lib/decision/types.ts';
import { readMemberList } from '../../lib/decision/member-list.ts';
import { MAX_MEMBERS } from '../../lib/decision/types.ts';
import type { ImportedMember } from '../../lib/decision/scenario-reducer.ts';
import { MEMBER_LIST_MESSAGES as M } from '../../lib/decision/member-list-messages.ts';
import { formatNumber } from '../../lib/fr.ts';
import type { Announce } from '../shared/announcer.tsx';

interface Props {
  memberCount: number;
  colleges: readonly College[];
  announce: Announce;
  onImport: (members: readonly ImportedMember[], replace: boolean) => void;
  onClose: () => void;
}

/** Problems listed at most; the rest are counted. */
const SHOWN_PROBLEMS = 20;
/** Wait after the last keystroke or paste before the summary is read to screen readers. */
const ANNOUNCE_DELAY_MS = 700;

export function MemberPaste({ memberCount, colleges, announce, onImport, onClose }: Props) {
  const [text, setText] = useState('');
  const [replace, setReplace] = useState(true);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const list = useMemo(
    () =>
      readMemberList(text, {
        room: replace ? MAX_MEMBERS : MAX_MEMBERS - memberCount,
        colleges: replace ? [] : colleges.map((c) => c.name),
      }),
    [text, replace, memberCount, colleges],
  );
  const errors = list.problems.reduce((n, p) => n + (p.lastLine === undefined ? 1 : p.lastLine - p.line + 1), 0);
  const summary = M.summary(list.members.length, errors);
  const filled = text.trim() !== '';

  useEffect(() => {
    if (!filled) return undefined;
    const timer = setTimeout(() => announce(summary), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary, filled, announce]);

  const submit = () => {
    announce(M.imported(list.members.length, list.newColleges.length));
    onImport(
      list.members.map((m) => ({ name: m.name, college: m.college, weight: m.weight })),
      replace,
    );
  };

  return (
    <div class="ds-paste" role="group" aria-labelledby="ds-paste-title">
      <h4 id="ds-paste-title">{M.title}</h4>
      <p class="ds-hint" id="ds-paste-hint">
        {M.hint}
      </p>
      <div class="ds-field">
        <label for="ds-paste-text">{M.textLabel}</label>
        <textarea
          id="ds-paste-text"
          ref={field}
          rows={8}
          spellcheck={false}
          autoComplete="off"
          aria-describedby="ds-paste-hint"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <fieldset class="ds-radios">
        <legend>{M.modeLegend}</legend>
        {([true, false] as const).map((r) => (
          <div class="ds-radio" key={String(r)}>
            <input type="radio" id={`ds-paste-${r ? 'replace' : 'append'}`} name="ds-paste-mode" checked={replace === r} onChange={() => setReplace(r)} />
            <label for={`ds-paste-${r ? 'replace' : 'append'}`}>{r ? M.modeReplace : M.modeAppend}</label>
          </div>
        ))}
      </fieldset>
      {filled && (
        <div class="ds-paste__preview">
          <p>
            <strong>{summary}</strong> {M.layout(list.separator, list.columns, list.headerLine)}
          </p>
          {list.newColleges.length > 0 && <p class="ds-hint">{M.newColleges(list.newColleges)}</p>}
          {list.problems.length > 0 && (
            <>
              <h5 id="ds-paste-problems">{M.problemsTitle}</h5>
              <ul class="ds-paste__problems" aria-labelledby="ds-paste-problems">
                {list.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                  <li key={p.line}>
                    <strong>{M.line(p.line, p.lastLine)}</strong>
                    {M.labelSeparator}
                    {p.reason}
                  </li>
                ))}
              </ul>
              {list.problems.length > SHOWN_PROBLEMS && <p class="ds-hint">{M.moreProblems(list.problems.length - SHOWN_PROBLEMS)}</p>}
            </>
          )}
          {list.members.length === 0 && <p class="ds-warning">{M.importNothing}</p>}
          {list.members.length > 0 && (
            <div class="ds-scroll" role="region" tabIndex={0} aria-labelledby="ds-paste-caption">
              <table class="ds-table">
                <caption id="ds-paste-caption">{M.previewCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{M.colLine}</th>
                    <th scope="col">{M.colName}</th>
                    <th scope="col">{M.colCollege}</th>
                    <th scope="col">{M.colWeight}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.members.map((m) => (
                    <tr key={m.line}>
                      <td class="ds-num">{m.line}</td>
                      <th scope="row">{m.name}</th>
                      <td>{m.college ?? M.noCollege}</td>
                      <td class="ds-num">{formatNumber(m.weight, 4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      <p class="ds-actions">
        {filled && list.members.length > 0 && (
          <button type="button" class="ds-button" onClick={submit}>
            {M.import(list.members.length)}
          </button>
        )}
        <button type="button" class="ds-button ds-button--secondary" onClick={onClose}>
          {M.close}
        </button>
      </p>
    </div>
  );
}
