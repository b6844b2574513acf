import { Link } from 'wouter';
import { storeApiKey } from './api-key';
import { localeNames, locales, useLocale, useT, type Locale } from './i18n';
import { appMessages } from './messages';

/** Top bar: navigation and the UI language. */
export function AppHeader() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        Wayfarer
      </Link>
      <nav>
        <Link href="/">{t(appMessages.journeys)}</Link>
        <Link href="/templates">{t(appMessages.templates)}</Link>
        <Link href="/customers">{t(appMessages.customers)}</Link>
        <Link href="/segments">{t(appMessages.segments)}</Link>
        <Link href="/settings/channels">{t(appMessages.settings)}</Link>
        <Link href="/rewards">{t(appMessages.rewards)}</Link>
      </nav>
      <label className="language">
        <span>{t(appMessages.language)}</span>
        <select
          data-testid="language-select"
          value={locale}
          onChange={(event) => setLocale(event.target.value as Locale)}
          aria-label={t(appMessages.language)}
        >
          {locales.map((option) => (
            <option key={option} value={option}>
              {localeNames[option]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          storeApiKey(null);
          window.location.reload();
        }}
      >
        {t(appMessages.signOut)}
      </button>
    </header>
  );
}
