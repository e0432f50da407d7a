/**
 * An inline confirmation of a destructive action (erase answers, a workshop session, a member):
 * a group named by its question, the action first (it takes the focus, given by the caller's
 * `yesRef`), then « Annuler »; Escape cancels.
 */
import type { ComponentChildren, RefObject } from 'preact';

interface Props {
  id: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  yesRef: RefObject<HTMLButtonElement>;
  /** More about what the action does, under the question. */
  children?: ComponentChildren;
}

export function Confirm({ id, question, yes, no, onYes, onNo, yesRef, children }: Props) {
  return (
    <div
      class="qz-confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <p id={id} class="qz-confirm__title">
        {question}
      </p>
      {children}
      <div class="qz-actions">
        <button type="button" class="qz-button qz-button--danger" onClick={onYes} ref={yesRef}>
          {yes}
        </button>
        <button type="button" class="qz-button qz-button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
