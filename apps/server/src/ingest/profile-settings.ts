// Time zone and locale of a customer profile, checked and written in their canonical forms.

/** The canonical IANA name (`asia/taipei` → `Asia/Taipei`), or undefined when it is not one. */
export function canonicalTimeZone(value: string): string | undefined {
  // Intl also accepts UTC offsets such as "+08:00"; a profile needs a zone with DST rules.
  if (!/^[A-Za-z]/.test(value)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The canonical BCP 47 tag (`zh_tw` → `zh-TW`), or undefined when it is not one. */
export function canonicalLocale(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
