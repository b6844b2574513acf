// The public form page: plain HTML drawn on the server in the customer's language, one same-origin
// script (liff-form.browser.js) and LINE's LIFF SDK. No inline script runs (the config is a JSON
// data block), so the page's policy allows scripts from this origin and the SDK's only.
import { fieldsOf } from './liff-form-api';
import { textIn, type FormField, type FormLanguage } from './liff-form.schema';
import type { LiffFormRow } from '@wayfarer/db';
import type { PageStrings } from './form-page-strings';

export const FORM_SCRIPT_PATH = '/f/assets/liff-form.js';

const escape = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** JSON safe inside a `<script>` data block (no `</script>`). */
const jsonBlock = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

const style = `body{font:16px/1.5 system-ui,-apple-system,"PingFang TC","Microsoft JhengHei",sans-serif;margin:0;background:#f4f6f5;color:#1c2421}
main{max-width:30rem;margin:0 auto;padding:1.5rem 1rem 3rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.4rem;margin:0 0 1.25rem}.field{margin:0 0 1.1rem;border:0;padding:0}
label,legend{display:block;font-weight:600;margin-bottom:.3rem}.req{color:#b3261e;font-weight:400;font-size:.85em;margin-left:.35rem}
input[type=text],input[type=tel],input[type=email],input[type=date]{font:inherit;width:100%;box-sizing:border-box;padding:.6rem .7rem;border:1px solid #b9c4bf;border-radius:8px}
.option{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.25rem 0}.row{display:flex;gap:.5rem}.row input{flex:1}
button{font:inherit;border:0;border-radius:8px;padding:.65rem 1rem;background:#06c755;color:#fff;font-weight:600;cursor:pointer}
button.secondary{background:#e7f8ee;color:#05843a;white-space:nowrap}button:disabled{opacity:.6}
.error{color:#b3261e;font-size:.9rem;margin:.3rem 0 0}.note{color:#4a5752;font-size:.9rem;margin:.3rem 0 0}
.done{font-size:1.15rem;font-weight:600;color:#05843a}button[type=submit]{width:100%;margin-top:.5rem}`;

function inputOf(field: FormField, language: FormLanguage, strings: PageStrings): string {
  const name = escape(field.attribute);
  const id = `field-${name}`;
  const required = field.required ? ' required' : '';
  switch (field.kind) {
    case 'birthday':
      return `<input type="date" id="${id}" name="${name}" max="${new Date().toISOString().slice(0, 10)}"${required}>`;
    case 'email':
      return `<input type="email" id="${id}" name="${name}" autocomplete="email"${required}>`;
    case 'text':
      return `<input type="text" id="${id}" name="${name}" maxlength="1000"${required}>`;
    case 'phone':
      return (
        `<div class="row"><input type="tel" id="${id}" name="${name}" autocomplete="tel"${required}>` +
        `<button type="button" class="secondary" data-send-code>${escape(strings.sendCode)}</button></div>` +
        `<div data-code-block hidden><p class="note" role="status">${escape(strings.codeSent)}</p>` +
        `<label for="field-phone-code">${escape(strings.codeLabel)}</label>` +
        `<input type="text" id="field-phone-code" name="phoneCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></div>`
      );
    case 'choice': {
      const type = field.multiple === true ? 'checkbox' : 'radio';
      return (field.options ?? [])
        .map(
          (option) =>
            `<label class="option"><input type="${type}" name="${name}" value="${escape(option.value)}">` +
            `${escape(textIn(option.label, language))}</label>`,
        )
        .join('');
    }
    default: {
      const unknownKind: never = field.kind;
      return String(unknownKind);
    }
  }
}

function fieldHtml(field: FormField, language: FormLanguage, strings: PageStrings): string {
  const label = escape(textIn(field.label, language));
  const mark = field.required ? `<span class="req">${escape(strings.required)}</span>` : '';
  const error = `<p class="error" data-error="answers.${escape(field.attribute)}" role="alert" hidden></p>`;
  if (field.kind === 'choice') {
    return `<fieldset class="field"><legend>${label}${mark}</legend>${inputOf(field, language, strings)}${error}</fieldset>`;
  }
  return (
    `<div class="field"><label for="field-${escape(field.attribute)}">${label}${mark}</label>` +
    `${inputOf(field, language, strings)}${error}${field.kind === 'phone' ? '<p class="error" data-error="phoneCode" role="alert" hidden></p>' : ''}</div>`
  );
}

/** The page of a form. */
export function formPage(form: LiffFormRow, language: FormLanguage, strings: PageStrings, sdkUrl: string): string {
  const fields = fieldsOf(form);
  const config = {
    formId: form.id,
    liffId: form.liffId,
    language,
    strings,
    fields: fields.map((field) => ({
      attribute: field.attribute,
      kind: field.kind,
      multiple: field.multiple === true,
    })),
  };
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(form.name)}</title>` +
    `<style>${style}</style><script src="${escape(sdkUrl)}"></script><script src="${FORM_SCRIPT_PATH}" defer></script>` +
    `</head><body><main><h1>${escape(form.name)}</h1>` +
    `<form id="liff-form" novalidate>${fields.map((field) => fieldHtml(field, language, strings)).join('')}` +
    `<p class="error" data-error="form" role="alert" hidden></p><button type="submit">${escape(strings.submit)}</button></form>` +
    `<p class="done" data-done role="status" hidden>${escape(strings.done)}</p></main>` +
    `<script type="application/json" id="liff-config">${jsonBlock(config)}</script></body></html>`
  );
}

export function notFoundPage(strings: PageStrings, language: FormLanguage): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>404</title><style>${style}</style></head><body><main><p>${escape(strings.notFound)}</p></main></body></html>`;
}

/** The page's policy: its script and LIFF's (which talks to LINE), inline styles, nothing framing it. */
export function formPagePolicy(sdkUrl: string): string {
  const sdk = new URL(sdkUrl).origin;
  return [
    "default-src 'none'",
    `script-src 'self' ${sdk}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data: https:",
    `connect-src 'self' https://*.line.me https://*.line-scdn.net`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
