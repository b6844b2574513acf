// The form page's script (served as /f/assets/liff-form.js): gets the LINE user's ID token from the
// LIFF SDK, sends the phone's one-time code, and submits the answers. Plain browser JavaScript.
/* global document, window, location, fetch, crypto, FormData */
(function () {
  const config = JSON.parse(document.getElementById('liff-config').textContent);
  const t = config.strings;
  const form = document.getElementById('liff-form');
  const submissionId = crypto.randomUUID();
  let tokenPromise;

  /** The ID token of the LINE user; logs in through LINE first when needed. */
  function idToken() {
    tokenPromise ??= (async () => {
      const liff = window.liff;
      if (!liff) throw new Error('invalid_token');
      await liff.init({ liffId: config.liffId });
      if (!liff.isLoggedIn()) {
        liff.login({ redirectUri: location.href });
        return new Promise(() => {});
      }
      const token = liff.getIDToken();
      if (!token) throw new Error('invalid_token');
      return token;
    })();
    return tokenPromise;
  }

  function showError(field, code, left) {
    const slot = form.querySelector(`[data-error="${field}"]`) ?? form.querySelector('[data-error="form"]');
    const fallback = slot.dataset.error === 'form' ? t.failed : t.invalid_answer;
    slot.textContent = (t[code] ?? fallback).replace('{left}', String(left ?? ''));
    slot.hidden = false;
  }

  function clearErrors() {
    for (const slot of form.querySelectorAll('[data-error]')) slot.hidden = true;
  }

  async function post(path, body) {
    const response = await fetch(`/v1/liff/forms/${config.formId}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idToken: await idToken(), ...body }),
    });
    if (response.ok) return { ok: true };
    const answer = await response.json().catch(() => ({}));
    return { ok: false, error: answer.error, field: answer.issues?.[0]?.path ?? 'form', left: answer.attemptsLeft };
  }

  function answers() {
    const data = new FormData(form);
    const result = {};
    for (const field of config.fields) {
      result[field.attribute] = field.multiple ? data.getAll(field.attribute) : (data.get(field.attribute) ?? '');
    }
    return result;
  }

  async function run(button, work) {
    clearErrors();
    button.disabled = true;
    try {
      await work();
    } catch (error) {
      showError('form', error instanceof Error && error.message === 'invalid_token' ? 'invalid_token' : 'failed');
    } finally {
      button.disabled = false;
    }
  }

  const phoneField = config.fields.find((field) => field.kind === 'phone');
  const sendButton = form.querySelector('[data-send-code]');
  sendButton?.addEventListener('click', () =>
    run(sendButton, async () => {
      const phone = form.elements.namedItem(phoneField.attribute).value;
      const sent = await post('phone-code', { phone, language: config.language });
      if (!sent.ok) return showError(sent.field, sent.error);
      form.querySelector('[data-code-block]').hidden = false;
      form.elements.namedItem('phoneCode').focus();
    }),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    void run(button, async () => {
      const code = form.elements.namedItem('phoneCode')?.value.trim();
      const result = await post('submit', { submissionId, answers: answers(), ...(code ? { phoneCode: code } : {}) });
      if (!result.ok) return showError(result.field, result.error, result.left);
      form.hidden = true;
      document.querySelector('[data-done]').hidden = false;
    });
  });

  // Logs in (inside LINE) as the page opens, not at the first tap.
  idToken().catch(() => showError('form', 'invalid_token'));
})();
