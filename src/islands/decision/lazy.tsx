/**
 * Parts of the simulator loaded when asked for (the paste import, the draft clause), so that a
 * first visit does not download them: a button opens the part (`aria-expanded`), its module loads
 * once, and while it loads — or if it fails, offline with no copy in the cache — the part says so,
 * with a button to try again.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { focusById } from '../shared/browser.ts';
import { T } from '../../lib/decision/messages.ts';

type Loaded<M> = { readonly status: 'idle' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly module: M };

export interface LazyPart<M> {
  readonly open: boolean;
  readonly loaded: Loaded<M>;
  readonly toggle: () => void;
  /** Closes the part and gives the focus back to the button that opened it. */
  readonly close: () => void;
  readonly retry: () => void;
}

/** `id`: the button's id is `${id}-open`, the part's `id`. `load` is a static import() of the caller's. */
export function useLazyPart<M>(id: string, load: () => Promise<M>): LazyPart<M> {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded<M>>({ status: 'idle' });
  const pending = useRef<Promise<void> | undefined>(undefined);
  const retry = useCallback(() => {
    setLoaded((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    pending.current ??= load().then(
      (module) => setLoaded({ status: 'ready', module }),
      () => {
        pending.current = undefined;
        setLoaded({ status: 'failed' });
      },
    );
  }, []);
  const toggle = useCallback(() => {
    if (!open) retry();
    setOpen(!open);
  }, [open, retry]);
  const close = useCallback(() => {
    setOpen(false);
    focusById(`${id}-open`);
  }, [id]);
  return { open, loaded, toggle, close, retry };
}

/** The button that opens a part, and the part: loading, failed, or drawn by `children`. */
export function LazyPanel<M>({
  id,
  label,
  part,
  class: className,
  children,
}: {
  id: string;
  label: string;
  part: LazyPart<M>;
  class?: string;
  children: (module: M) => ComponentChildren;
}) {
  const { open, loaded } = part;
  return (
    <>
      <p class={`ds-actions${className ? ` ${className}` : ''}`}>
        <button
          type="button"
          id={`${id}-open`}
          class="ds-button ds-button--secondary"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={open ? id : undefined}
          onClick={part.toggle}
        >
          {label}
        </button>
      </p>
      {open && (
        <div id={id}>
          {loaded.status === 'loading' && (
            <p class="ds-hint" role="status">
              {T.partLoading}
            </p>
          )}
          {loaded.status === 'failed' && (
            <div class="ds-alert" role="alert">
              <p>{T.partFailed}</p>
              <button type="button" class="ds-button ds-button--secondary" onClick={part.retry}>
                {T.partRetry}
              </button>
            </div>
          )}
          {loaded.status === 'ready' && children(loaded.module)}
        </div>
      )}
    </>
  );
}
