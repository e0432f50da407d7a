import type { ComponentChildren } from 'preact';

interface Props {
  /** Id of the caption, which also names the scrollable region for screen readers. */
  captionId: string;
  caption: string;
  columns: readonly string[];
  testId?: string;
  children: ComponentChildren;
}

/** A captioned data table in a keyboard-scrollable region (wide tables on small screens). */
export function ScrollTable({ captionId, caption, columns, testId, children }: Props) {
  return (
    <div class="qz-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table class="qz-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
