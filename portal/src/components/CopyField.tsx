import { useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import { FieldFrame } from './Fields';
import { StatusMessage } from './Status';

/**
 * A read-only value (a link) with a button that copies it. Where the clipboard cannot be written
 * (an insecure origin, a refused permission) the text is selected, and the person is told to copy it.
 */
export function CopyField({ id, label, hint, value }: { id: string; label: string; hint?: string; value: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    setStatus('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus(t('copy.copied'));
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus(t('copy.selectInstead'));
    }
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} className="copy-field">
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          type="text"
          className="input"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('copy.button')}
        </button>
      </div>
      <StatusMessage>{status}</StatusMessage>
    </FieldFrame>
  );
}
