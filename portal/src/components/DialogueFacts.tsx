import type { Strand } from '../api/types';
import { t, type MessageKey } from '../i18n/i18n';

/** A principle's short name ("Shared leadership"), or its number when it is not one of the five. */
export function principleName(principle: number): string {
  return principle >= 1 && principle <= 5 ? t(`principle.${principle}` as MessageKey) : String(principle);
}

export function strandTitle(strands: readonly Strand[] | undefined, id: string): string {
  return strands?.find((strand) => strand.id === id)?.title ?? id;
}

/** The principles a dialogue addresses, as a list of tags. */
export function PrincipleTags({ principles, labelledBy }: { principles: readonly number[]; labelledBy?: string }) {
  if (principles.length === 0) return <span>{t('dialogue.noPrinciples')}</span>;
  return (
    <ul className="tags" aria-labelledby={labelledBy}>
      {principles.map((principle) => (
        <li key={principle} className="tag">
          {principleName(principle)}
        </li>
      ))}
    </ul>
  );
}
