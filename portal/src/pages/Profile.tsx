import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, asApiError, download, messagesFor, saveBlob, signOut } from '../api/client';
import { members } from '../api/endpoints';
import {
  MEMBER_CATEGORIES,
  ORGANISATION_TYPES,
  type Member,
  type MemberCategory,
  type MemberProfileUpdate,
  type OrganisationType,
} from '../api/types';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { CheckboxField, SelectField, TextArea, TextField } from '../components/Fields';
import { FormActions } from '../components/FormPanel';
import { ResourcePage } from '../components/ResourcePage';
import { ProblemMessage, problemText, SaveProblem, StatusMessage } from '../components/Status';
import { fieldProps, useFormValues } from '../components/useFormValues';
import { useAction, useProblemForm } from '../components/useProblemForm';
import { t, type MessageKey } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

interface ProfileForm {
  displayName: string;
  category: string;
  organisation: string;
  organisationType: string;
  country: string;
  bio: string;
  interests: string;
  preferredLanguage: string;
  timeZone: string;
  listedInDirectory: boolean;
  nameSharedWithPartners: boolean;
}

const FIELD_LABELS: Record<keyof ProfileForm, MessageKey> = {
  displayName: 'profile.displayName',
  category: 'profile.category',
  organisation: 'profile.organisation',
  organisationType: 'profile.organisationType',
  country: 'profile.country',
  bio: 'profile.bio',
  interests: 'profile.interests',
  preferredLanguage: 'profile.preferredLanguage',
  timeZone: 'profile.timeZone',
  listedInDirectory: 'profile.listedInDirectory',
  nameSharedWithPartners: 'profile.nameSharedWithPartners',
};

const fieldId = (name: keyof ProfileForm) => `profile-${name}`;

export function formOf(member: Member): ProfileForm {
  return {
    displayName: member.displayName ?? '',
    category: member.category ?? '',
    organisation: member.organisation ?? '',
    organisationType: member.organisationType ?? '',
    country: member.country ?? '',
    bio: member.bio ?? '',
    interests: (member.interests ?? []).join(', '),
    preferredLanguage: member.preferredLanguage ?? '',
    timeZone: member.timeZone ?? '',
    listedInDirectory: member.listedInDirectory,
    nameSharedWithPartners: member.nameSharedWithPartners,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The PUT body: empty optional fields are sent as null, the country code in capitals. */
export function updateOf(form: ProfileForm): MemberProfileUpdate {
  return {
    displayName: form.displayName.trim(),
    category: (orNull(form.category) as MemberCategory | null) ?? null,
    organisation: orNull(form.organisation),
    organisationType: (orNull(form.organisationType) as OrganisationType | null) ?? null,
    country: orNull(form.country)?.toUpperCase() ?? null,
    bio: orNull(form.bio),
    interests: form.interests
      .split(',')
      .map((interest) => interest.trim())
      .filter(Boolean),
    preferredLanguage: orNull(form.preferredLanguage),
    timeZone: orNull(form.timeZone),
    listedInDirectory: form.listedInDirectory,
    nameSharedWithPartners: form.nameSharedWithPartners,
  };
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(zones);
  all.add('UTC');
  if (current) all.add(current);
  return [...all].sort();
}

function ProfileEditor({
  member,
  etag: initialEtag,
  onReload,
}: {
  member: Member;
  etag: string | null;
  onReload: () => void;
}) {
  const { setMember } = useSession();
  const { values: form, setValues: setForm, set } = useFormValues<ProfileForm>(() => formOf(member));
  const [etag, setEtag] = useState(initialEtag);
  const { fieldErrors, attempt, error, busy, status, begin, send } = useProblemForm();

  const label = (name: keyof ProfileForm) => t(FIELD_LABELS[name]);
  const errorsOf = (name: keyof ProfileForm) => messagesFor(fieldErrors, name);
  const field = fieldProps('profile', form, set, label, errorsOf);

  const summary: SummaryItem[] = (Object.keys(FIELD_LABELS) as (keyof ProfileForm)[]).flatMap((name) =>
    errorsOf(name).map((message) => ({ target: fieldId(name), text: t('form.fieldError', { label: label(name), message }) })),
  );
  // Field errors for fields this form does not show still reach the person.
  const known = new Set<string>(Object.keys(FIELD_LABELS));
  const unplaced = Object.entries(fieldErrors)
    .filter(([field]) => !known.has(field.replace(/[[.].*$/, '')))
    .flatMap(([field, messages]) => messages.map((message) => ({ target: fieldId('displayName'), text: `${field} ${message}` })));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    begin();
    await send(
      async () => {
        const saved = await members.updateMe(updateOf(form), etag);
        setForm(formOf(saved.data));
        setEtag(saved.etag);
        setMember(saved.data);
        return t('profile.saved');
      },
      { pending: t('profile.saving') },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t('profile.formTitle')}</h2>
      <ErrorSummary id="profile-errors" items={[...summary, ...unplaced]} attempt={attempt} />
      <SaveProblem error={error} stale={t('profile.stale')} reload={t('profile.reload')} onReload={onReload} text={problemText} />
      <dl className="facts">
        {member.username ? (
          <div>
            <dt>{t('profile.username')}</dt>
            <dd>{member.username}</dd>
          </div>
        ) : null}
        {member.email ? (
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>{member.email}</dd>
          </div>
        ) : null}
      </dl>
      <p className="field__hint">{t('profile.accountHint')}</p>

      <TextField {...field('displayName')} required maxLength={120} autoComplete="name" />
      <SelectField
        {...field('category')}
        hint={t('profile.categoryHint')}
        emptyLabel={t('form.notStated')}
        options={MEMBER_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
      />
      <TextField {...field('organisation')} maxLength={200} autoComplete="organization" />
      <SelectField
        {...field('organisationType')}
        emptyLabel={t('form.notStated')}
        options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisationType.${value}`) }))}
      />
      <TextField {...field('country')} hint={t('profile.countryHint')} maxLength={2} autoComplete="country" />
      <TextArea {...field('bio')} hint={t('profile.bioHint')} maxLength={2000} rows={5} />
      <TextField {...field('interests')} hint={t('profile.interestsHint')} />
      <TextField {...field('preferredLanguage')} hint={t('profile.preferredLanguageHint')} maxLength={35} />
      <SelectField
        {...field('timeZone')}
        hint={t('profile.timeZoneHint')}
        emptyLabel={t('form.notStated')}
        options={timeZones(form.timeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
      />

      <fieldset className="fieldset">
        <legend>{t('profile.consent')}</legend>
        <p className="field__hint">{t('profile.consentHint')}</p>
        <CheckboxField
          id={fieldId('listedInDirectory')}
          label={label('listedInDirectory')}
          hint={t('profile.listedInDirectoryHint')}
          checked={form.listedInDirectory}
          onChange={set('listedInDirectory')}
          errors={errorsOf('listedInDirectory')}
        />
        <CheckboxField
          id={fieldId('nameSharedWithPartners')}
          label={label('nameSharedWithPartners')}
          hint={t('profile.nameSharedWithPartnersHint')}
          checked={form.nameSharedWithPartners}
          onChange={set('nameSharedWithPartners')}
          errors={errorsOf('nameSharedWithPartners')}
        />
      </fieldset>

      <FormActions busy={busy} submit={t('profile.save')} />
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

function MyData() {
  const { busy, error, status, run } = useAction();
  const onDownload = () =>
    run(
      async () => {
        saveBlob(await download(members.exportPath), 'lfpl-my-data.json');
        return t('profile.downloaded');
      },
      { pending: t('profile.downloading') },
    );
  return (
    <section aria-labelledby="my-data" className="panel">
      <h2 id="my-data">{t('profile.myData')}</h2>
      <p>{t('profile.myDataText')}</p>
      <button type="button" className="button button--secondary" onClick={onDownload} disabled={busy}>
        {t('profile.download')}
      </button>
      {error ? <ProblemMessage error={error} /> : null}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

function DeleteAccount() {
  const [step, setStep] = useState<'idle' | 'confirming' | 'deleting' | 'deleted'>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirmHeading.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startButton.current?.focus();
    }
  }, [step]);

  const onConfirm = async () => {
    setStep('deleting');
    setError(null);
    try {
      await members.eraseMe();
      setStep('deleted');
      await signOut();
    } catch (caught) {
      setError(asApiError(caught));
      setStep('confirming');
    }
  };

  return (
    <section aria-labelledby="delete-account" className="panel panel--danger">
      <h2 id="delete-account">{t('profile.deleteTitle')}</h2>
      <p>{t('profile.deleteText')}</p>
      {step === 'idle' ? (
        <button ref={startButton} type="button" className="button button--danger" onClick={() => setStep('confirming')}>
          {t('profile.delete')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="delete-confirm-title">
          <h3 id="delete-confirm-title" ref={confirmHeading} tabIndex={-1}>
            {t('profile.deleteConfirmTitle')}
          </h3>
          <p>{t('profile.deleteConfirmText')}</p>
          {error ? <ProblemMessage error={error} /> : null}
          <div className="actions">
            <button type="button" className="button button--danger" onClick={onConfirm} disabled={step !== 'confirming'}>
              {t('profile.deleteConfirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={step !== 'confirming'}
              onClick={() => {
                returnFocus.current = true;
                setStep('idle');
              }}
            >
              {t('profile.deleteKeep')}
            </button>
          </div>
        </div>
      )}
      <StatusMessage>
        {step === 'deleting' ? t('profile.deleting') : step === 'deleted' ? t('profile.deleted') : ''}
      </StatusMessage>
    </section>
  );
}

export function Profile() {
  const { resource, reload } = useResource(async (signal) => members.me(signal), []);
  return (
    <ResourcePage
      title={t('profile.title')}
      resource={resource}
      reload={reload}
      loading={t('profile.loading')}
      signIn={t('profile.signIn')}
      notFound={t('profile.erased')}
    >
      {({ data: member, etag }) => (
        <>
          <ProfileEditor key={etag ?? 'new'} member={member} etag={etag} onReload={reload} />
          <MyData />
          <DeleteAccount />
        </>
      )}
    </ResourcePage>
  );
}
