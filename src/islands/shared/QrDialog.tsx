/**
 * The modal dialog of a QR code (opened by ./QrCode.tsx, which loads this module when asked): the
 * code drawn as one SVG path, dark on white in every colour scheme, named by the address it holds,
 * with the address as text under it and a close button. A native <dialog>: it keeps the focus
 * inside while open, and Escape closes it.
 */
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { QR_TEXT, QUIET_ZONE, qrCode, qrViewBox } from '../../lib/qr.ts';
import './qr-code.css';

export interface QrDialogProps {
  value: string;
  title: string;
  hint?: string | undefined;
  testId?: string | undefined;
  /** Called once the dialog has closed. */
  onClose: () => void;
}

export function QrDialog({ value, title, hint, testId, onClose }: QrDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const matrix = useMemo(() => qrCode(value), [value]);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const side = matrix ? matrix.size + 2 * QUIET_ZONE : 0;
  return (
    <dialog class="qr-dialog" ref={dialog} aria-labelledby={`${id}-title`} data-testid={testId} onClose={onClose}>
      <h2 id={`${id}-title`} class="qr-dialog__title">
        {title}
      </h2>
      {hint && <p class="qr-dialog__hint">{hint}</p>}
      <figure class="qr-dialog__figure">
        {matrix ? (
          <svg class="qr-dialog__code" viewBox={qrViewBox(matrix)} role="img" aria-label={QR_TEXT.alt(value)} shape-rendering="crispEdges">
            <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
            <path d={matrix.path} fill="#000" />
          </svg>
        ) : (
          <p class="qr-dialog__status" role="status">
            {QR_TEXT.tooLong}
          </p>
        )}
        <figcaption>
          {matrix && <span class="qr-dialog__scan">{QR_TEXT.scan} </span>}
          <span class="qr-dialog__label">{QR_TEXT.address}</span> <span class="qr-dialog__value">{value}</span>
        </figcaption>
      </figure>
      <p class="qr-dialog__actions">
        <button type="button" class="qr-dialog__close" onClick={() => dialog.current?.close()}>
          {QR_TEXT.close}
        </button>
      </p>
    </dialog>
  );
}
