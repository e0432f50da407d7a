/**
 * Parts of the simulator loaded when asked for (the paste import, the draft clause), so that a
 * first visit does not download them: `useLazy` loads a module once, `LazyStatus` says that it is
 * loading or that it failed (offline with no copy in the cache), with a button to try again.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { T } from '../../lib/decision/messages.ts';

export type Lazy<M> = { readonly status: 'idle' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly module: M };

export function useLazy<M>(load: () => Promise<M>): [Lazy<M>, () => Promise<M | undefined>] {
  const [state, setState] = useState<Lazy<M>>({ status: 'idle' });
  const pending = useRef<Promise<M | undefined> | undefined>(undefined);
  const request = useCallback(() => {
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    pending.current ??= load().then(
      (module) => {
        setState({ status: 'ready', module });
        return module;
      },
      () => {
        pending.current = undefined;
        setState({ status: 'failed' });
        return undefined;
      },
    );
    return pending.current;
    // `load` is a static import() of the caller's: it never changes.
  }, []);
  return [state, request];
}

export function LazyStatus<M>({ state, onRetry }: { state: Lazy<M>; onRetry: () => void }) {
  if (state.status === 'loading') {
    return (
      <p class="ds-hint" role="status">
        {T.partLoading}
      </p>
    );
  }
  if (state.status !== 'failed') return null;
  return (
    <div class="ds-alert" role="alert">
      <p>{T.partFailed}</p>
      <button type="button" class="ds-button ds-button--secondary" onClick={onRetry}>
        {T.partRetry}
      </button>
    </div>
  );
}
