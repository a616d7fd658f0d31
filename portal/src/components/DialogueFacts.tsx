import type { Dialogue, Strand } from '../api/types';
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

/**
 * What a dialogue's proposal says of it, as entries of a description list (`<dl>`): its hosts,
 * strand, principles (the term `principlesId` names their list), format and mode.
 */
export function ProposalFacts({ dialogue, strands, principlesId }: { dialogue: Dialogue; strands: readonly Strand[] | undefined; principlesId: string }) {
  const proposal = dialogue.proposal;
  const coHosts = proposal.coHostIds?.length ?? 0;
  return (
    <>
      <div>
        <dt>{t('dialogue.hosts')}</dt>
        <dd>
          {dialogue.hostName ?? t('dialogue.hostNotNamed')}
          {coHosts > 0 ? ` ${t('dialogue.andCoHosts', { count: coHosts })}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('dialogue.strand')}</dt>
        <dd>{strandTitle(strands, proposal.strandId)}</dd>
      </div>
      <div>
        <dt id={principlesId}>{t('dialogue.principles')}</dt>
        <dd>
          <PrincipleTags principles={proposal.principles} labelledBy={principlesId} />
        </dd>
      </div>
      <div>
        <dt>{t('dialogue.format')}</dt>
        <dd>{proposal.format}</dd>
      </div>
      <div>
        <dt>{t('dialogue.mode')}</dt>
        <dd>{t(`mode.${proposal.mode}`)}</dd>
      </div>
    </>
  );
}
