/**
 * A minimal `memo` for function components without hooks (rows of long lists): skips the render
 * when every prop is the same (Object.is). Avoids loading preact/compat, which would also change
 * how Preact handles events across the page.
 */
import { Component, type ComponentChild, type FunctionComponent } from 'preact';

export function memo<P extends object>(render: (props: P) => ComponentChild): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
      for (const key of keys) if (!Object.is(prev[key], (next as Record<string, unknown>)[key])) return true;
      return false;
    }
    override render(props: P): ComponentChild {
      return render(props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
