import { Link } from 'wouter';
import { SignOutButton } from '../auth';
import { localeNames, locales, useLocale, useT, type Locale } from './i18n';
import { membersMessages } from '../members/messages';
import { adminMessages } from '../admin/messages';
import { appMessages } from './messages';
import { messageTemplateMessages } from '../message-templates/messages';

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
        <Link href="/messages">{t(messageTemplateMessages.nav)}</Link>
        <Link href="/customers">{t(appMessages.customers)}</Link>
        <Link href="/segments">{t(appMessages.segments)}</Link>
        <Link href="/settings/channels">{t(appMessages.settings)}</Link>
        <Link href="/settings/members">{t(membersMessages.members)}</Link>
        <Link href="/settings/api-keys">{t(adminMessages.apiKeys)}</Link>
        <Link href="/settings/audit">{t(adminMessages.audit)}</Link>
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
      <SignOutButton />
    </header>
  );
}
