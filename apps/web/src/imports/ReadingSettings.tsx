import { dateOrders, type DateOrder, type ImportMapping } from '@wayfarer/imports/schema';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import { useMemo } from 'react';
import { useLocale, useT } from '../app/i18n';
import { Field, Select } from '../ui';
import { dateOrderLabels } from './target-messages';
import { wizardMessages as m } from './wizard-messages';

// Where members of a brand in the app's markets live; the list is short so the choice is quick.
const countries: readonly CountryCode[] = [
  'TW',
  'HK',
  'MO',
  'CN',
  'JP',
  'KR',
  'TH',
  'SG',
  'MY',
  'VN',
  'PH',
  'ID',
  'US',
  'GB',
  'AU',
];

/** How the file's local phone numbers and numeric dates are read (shown when a column needs it). */
export function ReadingSettings({
  mapping,
  onChange,
  phones,
  dates,
}: {
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  phones: boolean;
  dates: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const countryOptions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return countries.map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})`,
    }));
  }, [locale]);
  if (!phones && !dates) return null;
  return (
    <div className="import-reading">
      {phones && (
        <Field label={t(m.defaultCountry)} help={t(m.defaultCountryHelp)}>
          {(control) => (
            <Select
              {...control}
              name="defaultCountry"
              value={mapping.defaultCountry}
              options={countryOptions}
              onChange={(event) => onChange({ ...mapping, defaultCountry: event.target.value as CountryCode })}
            />
          )}
        </Field>
      )}
      {dates && (
        <Field label={t(m.dateOrder)} help={t(m.dateOrderHelp)}>
          {(control) => (
            <Select
              {...control}
              name="dateOrder"
              value={mapping.dateOrder}
              options={dateOrders.map((order) => ({ value: order, label: t(dateOrderLabels[order]) }))}
              onChange={(event) => onChange({ ...mapping, dateOrder: event.target.value as DateOrder })}
            />
          )}
        </Field>
      )}
    </div>
  );
}
