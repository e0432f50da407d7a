/**
 * True while the page is being printed (from `beforeprint`, or while the print media query
 * matches, as under print emulation) until `afterprint`. Lets a tool draw the parts only paper
 * shows, such as the simulator's summary of 60 members, at print time rather than at every key.
 */
import { useEffect, useState } from 'preact/hooks';

export function usePrintView(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    const follow = () => setPrinting(query.matches);
    // Preact renders in a microtask: the listener's render is done before the print is laid out.
    const start = () => setPrinting(true);
    follow();
    query.addEventListener('change', follow);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', follow);
    return () => {
      query.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}
