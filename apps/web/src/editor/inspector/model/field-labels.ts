import type { Locale, LocalizedText } from '../../../app/i18n';
import type { EnumValue } from './field-model';
import { fieldGlossary, optionGlossary } from './glossary';
import { helpText } from './help-glossary';

/** `setAttributes` → "Set attributes", `time_of_day` → "Time of day". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FieldText {
  label: string;
  help?: string;
  placeholder?: string;
}

const EXAMPLE = /^(.+?),\s*e\.g\.\s*(.+)$/i;
const balanced = (text: string) => (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A field's label and help from its property name and `.describe()` text. The description becomes
 * the label when it reads like one — "Event name, e.g. purchase" (label + example) or a few words
 * naming the field ("Tags to add") — and is help text otherwise. In zh-TW / zh-CN a glossary
 * translation of the name wins over an English description, which then stays as help.
 */
export function fieldText(
  key: string,
  description: string | undefined,
  locale: Locale,
  glossary: Readonly<Record<string, LocalizedText>> = fieldGlossary,
): FieldText {
  const translated = Object.hasOwn(glossary, key) ? glossary[key] : undefined;
  const fallback = translated?.[locale] ?? humanize(key);
  if (description === undefined || description.trim() === '') return { label: fallback };
  const example = EXAMPLE.exec(description);
  // "Days before (negative, e.g. -3) or after…": an example inside brackets is not the label's end.
  const head = example?.[1] !== undefined && balanced(example[1]) ? example[1] : undefined;
  const sample = example?.[2]?.trim();
  const placeholder = sample !== undefined && !/\s/.test(sample) ? sample : undefined;
  const useTranslation = locale !== 'en' && translated !== undefined;
  if (head !== undefined && wordCount(head) <= 5) {
    return useTranslation
      ? { label: fallback, help: helpText(description, locale), placeholder }
      : { label: head, help: `e.g. ${sample ?? ''}`, placeholder };
  }
  const namesField = wordCount(description) <= 4 && description.toLowerCase().includes(humanize(key).toLowerCase());
  // A description that only names the field says nothing the translated label doesn't.
  if (namesField) return useTranslation ? { label: fallback, placeholder } : { label: description, placeholder };
  return { label: fallback, help: helpText(description, locale), placeholder };
}

/** How a select shows an enum value. */
export function optionLabel(value: EnumValue, locale: Locale): string {
  if (value === null) return '—';
  const key = String(value);
  const translated = Object.hasOwn(optionGlossary, key) ? optionGlossary[key] : undefined;
  if (translated) return translated[locale];
  return typeof value === 'string' ? humanize(key) : key;
}
