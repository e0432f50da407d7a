/**
 * The collective synthesis island: the facilitator pastes members' result links or codes (or
 * imports their JSON exports) and sees, per dimension and per statement, mean, spread and number
 * of answers, the most disputed statements first. Results of different versions of the
 * questionnaire are compared only on the statements that stayed the same, and the synthesis says
 * what it left out. Nothing is stored or sent anywhere. The page gives it the current version only:
 * it loads the earlier versions (src/lib/questionnaire/deferred.ts) when results of one are handed in.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  collectFromFile,
  collectFromText,
  collectSummary,
  synthesizeResults,
  type Collected,
  type Questionnaire,
  type VersionedSynthesis,
  needsEarlierVersions,
  pastedVersions,
  withEarlierVersions,
} from '../../lib/questionnaire/index.ts';
import { loadExtras } from './browser.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { QrCodeButton } from '../shared/QrCode.tsx';
import { T } from '../../lib/questionnaire/messages.ts';
import './questionnaire.css';
import { SynthesisView } from './SynthesisView.tsx';

interface Props {
  /** The current version, without its advice. */
  questionnaire: Questionnaire;
  /** The site's file of its advice and frozen earlier versions, loaded for results of an earlier version. */
  extrasHref: string;
  fileBase: string;
  /** Address of the questionnaire's paper form, offered while the tool loads or without JavaScript. */
  paperHref: string;
  /** Address of the questionnaire, shown as a QR code for members to open it on their phones. */
  questionnaireHref: string;
}

/** « 3 liens lus, 1 ignoré : ligne 5. » */
function readSummary(collected: Collected): string {
  const { links, files, ignored } = collectSummary(collected);
  return T.synthRead(links, files, ignored);
}

export default function SynthesisTool({ questionnaire, extrasHref, fileBase, paperHref, questionnaireHref }: Props) {
  /** The questionnaire, with its earlier versions once loaded. */
  const [q, setQ] = useState(questionnaire);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [collected, setCollected] = useState<Collected | undefined>();
  const [versioned, setVersioned] = useState<VersionedSynthesis | undefined>();
  const synthesis = versioned?.synthesis;
  const { announce, announcement } = useAnnouncer();
  const [formError, setFormError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingFocus = useRef(false);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    heading.current?.focus();
  }, [collected]);

  async function build(event: Event) {
    event.preventDefault();
    if (text.trim() === '' && files.length === 0) {
      setFormError(T.synthEmpty);
      announce(T.synthEmpty);
      textarea.current?.focus();
      return;
    }
    setFormError(undefined);
    const contents = await Promise.all(files.map((file) => file.text()));
    let full = q;
    if (full.earlierVersions === undefined && needsEarlierVersions(questionnaire, pastedVersions(questionnaire, text, contents))) {
      const extras = await loadExtras(questionnaire, extrasHref);
      // Without them, results of an earlier version are refused with the reason, like any old link.
      if (extras) {
        full = withEarlierVersions(questionnaire, extras.earlier);
        setQ(full);
      }
    }
    const result = collectFromText(full, text);
    files.forEach((file, i) => collectFromFile(full, file.name, contents[i] ?? '', result));
    const members = result.entries.length;
    pendingFocus.current = true;
    setCollected(result);
    setVersioned(members > 0 ? synthesizeResults(full, result.entries) : undefined);
    announce(members > 0 ? T.synthAnnounce(members, readSummary(result)) : `${T.synthNone} ${readSummary(result)}`);
  }

  return (
    <div class="qz-app" data-ready={ready ? 'true' : undefined} data-screen="synthesis">
      <LiveRegion announcement={announcement} />
      {!ready && (
        <p class="qz-loading">
          {T.synthNoScript} <a href={paperHref}>{T.synthNoScriptLink}</a>
          {T.synthNoScriptEnd}
        </p>
      )}
      {ready && (
        <form class="qz-panel qz-no-print" onSubmit={build} aria-labelledby="qz-synth-form-title">
          <h2 id="qz-synth-form-title">{T.synthFormTitle}</h2>
          <div class="qz-field">
            <label for="qz-lines">{T.synthLinesLabel}</label>
            <p id="qz-lines-hint" class="qz-hint">
              {T.synthLinesHint}
            </p>
            <textarea
              id="qz-lines"
              rows={8}
              spellcheck={false}
              autocomplete="off"
              aria-describedby={formError ? 'qz-lines-hint qz-lines-error' : 'qz-lines-hint'}
              aria-invalid={formError ? 'true' : undefined}
              value={text}
              ref={textarea}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            {formError && (
              <p id="qz-lines-error" class="qz-error">
                {formError}
              </p>
            )}
          </div>
          <div class="qz-field">
            <label for="qz-files">{T.synthFilesLabel}</label>
            <input
              id="qz-files"
              type="file"
              accept=".json,application/json"
              multiple
              onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
            />
          </div>
          <div class="qz-actions">
            <button type="submit" class="qz-button">
              {T.synthBuild}
            </button>
          </div>
          <p class="qz-qr-line">
            {T.synthQrIntro}{' '}
            <QrCodeButton
              value={new URL(questionnaireHref, location.href).href}
              label={T.qrQuestionnaire}
              title={T.qrQuestionnaireTitle}
              hint={T.qrQuestionnaireHint}
              buttonClass="qz-button qz-button--secondary"
              testId="qr-dialog"
            />
          </p>
        </form>
      )}

      {collected && (
        <section class="qz-results" aria-labelledby="qz-synth-title">
          <h2 id="qz-synth-title" tabIndex={-1} ref={heading}>
            {synthesis ? T.synthTitle(synthesis.members.length) : T.synthNone}
          </h2>

          <p data-testid="synthesis-read">{readSummary(collected)}</p>
          {collected.problems.length > 0 && (
            <div class="qz-notice">
              <h3>{T.synthProblemsTitle}</h3>
              <ul data-testid="synthesis-problems">
                {collected.problems.map((p) => (
                  <li key={p.source + p.message}>
                    <strong>{p.source.charAt(0).toUpperCase() + p.source.slice(1)}</strong>
                    {T.labelSeparator}
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}

          {versioned && (
            <SynthesisView versioned={versioned} current={q} fileBase={fileBase} announce={announce}>
              <button type="button" class="qz-button qz-button--secondary" onClick={() => textarea.current?.focus()}>
                {T.editList}
              </button>
            </SynthesisView>
          )}
        </section>
      )}
    </div>
  );
}
