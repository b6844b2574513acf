import { Languages } from 'lucide-react';
import { Menu } from '../ui';
import { localeNames, locales, useLocale, useT, type Locale } from './i18n';
import { appMessages } from './messages';
import './language-select.css';

/**
 * The UI language: a select with a globe (sidebar, sign-in page), or in `compact` form an icon
 * button opening a menu (the sidebar's rail).
 */
export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  if (compact) {
    return (
      <Menu
        label={t(appMessages.language)}
        icon={Languages}
        iconOnly
        variant="ghost"
        placement="right bottom"
        testId="language-menu"
        groups={[
          {
            id: 'languages',
            items: locales.map((option) => ({
              id: option,
              label: localeNames[option],
              current: option === locale,
              onAction: () => setLocale(option),
            })),
          },
        ]}
      />
    );
  }
  return (
    <label className="language-select">
      <Languages size={16} aria-hidden="true" />
      <select
        data-testid="language-select"
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
        aria-label={t(appMessages.language)}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
