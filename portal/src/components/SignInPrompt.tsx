import { SIGN_IN_URL } from '../api/client';
import { t } from '../i18n/i18n';

/** The call to action for visitors who are not signed in, or whose session ended. */
export function SignInPrompt({ expired = false, reason }: { expired?: boolean; reason?: string }) {
  return (
    <div className="sign-in-prompt">
      <p>{expired ? t('auth.sessionExpired') : (reason ?? t('auth.signInToContinue'))}</p>
      <a className="button" href={SIGN_IN_URL}>
        {t('auth.signIn')}
      </a>
    </div>
  );
}
