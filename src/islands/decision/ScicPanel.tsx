/** The SCIC check: each finding with its severity in words (not only in colour) and its sources. */
import type { ScicFinding } from '../../lib/decision/scic.ts';
import { T } from '../../lib/decision/messages.ts';

export function ScicPanel({ findings }: { findings: readonly ScicFinding[] }) {
  return (
    <div class="ds-scic">
      <p>{T.scicIntro}</p>
      <ul class="ds-scic__list">
        {findings.map((f, i) => (
          <li key={`${f.id}-${f.collegeId ?? ''}-${i}`} class={`ds-finding ds-finding--${f.severity}`}>
            <strong class="ds-finding__severity">{T.severity[f.severity]}</strong>
            {' — '}
            {f.message}
            <span class="ds-finding__sources">
              {' '}
              {T.sources}{' '}
              {f.sources.map((s, k) => (
                <span key={s.url}>
                  {k > 0 && T.sourceSeparator}
                  <a href={s.url}>{s.label}</a>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
