/**
 * « Show as a QR code »: a button that opens a modal dialog with the QR code of an address
 * (./QrDialog.tsx), its text alternative (the address itself, as the image's name and as selectable
 * text under it) and a close button. The dialog and its encoder (src/lib/qr.ts, with lean-qr) load
 * with `import()` the first time a code is shown: a tool's first download carries this button only.
 *
 *   <QrCodeButton value={link} label="Afficher le lien en QR code" title="QR code du lien de résultat"
 *     hint="…" buttonClass="qz-button qz-button--secondary" testId="qr-dialog" />
 *
 * Escape or « Fermer » closes the dialog and gives the focus back to the button.
 */
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { QR_LOAD_FAILED } from '../../lib/qr-text.ts';
import type { QrDialogProps } from './QrDialog.tsx';

export interface QrCodeButtonProps {
  /** The address to encode, shown under the code too. */
  value: string;
  /** The button's text, e.g. « Afficher le lien en QR code ». */
  label: string;
  /** The dialog's heading, e.g. « QR code du lien de résultat ». */
  title: string;
  /** A sentence under the heading (what scanning it opens). */
  hint?: string | undefined;
  /** Classes of the button, to look like the tool's other buttons. */
  buttonClass?: string | undefined;
  /** Test id of the dialog. */
  testId?: string | undefined;
}

let loading: Promise<ComponentType<QrDialogProps>> | undefined;
function loadDialog(): Promise<ComponentType<QrDialogProps>> {
  loading ??= import('./QrDialog.tsx').then(
    (module) => module.QrDialog,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function QrCodeButton({ value, label, title, hint, buttonClass, testId }: QrCodeButtonProps) {
  const opener = useRef<HTMLButtonElement>(null);
  const [Dialog, setDialog] = useState<ComponentType<QrDialogProps> | 'failed' | undefined>();
  const show = () =>
    loadDialog().then(
      (component) => setDialog(() => component),
      () => setDialog('failed'),
    );
  return (
    <>
      <button type="button" class={buttonClass} onClick={show} ref={opener} aria-haspopup="dialog">
        {label}
      </button>
      {Dialog === 'failed' && <span role="status">{QR_LOAD_FAILED}</span>}
      {typeof Dialog === 'function' && (
        <Dialog
          value={value}
          title={title}
          hint={hint}
          testId={testId}
          onClose={() => {
            setDialog(undefined);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
