// The two small pages a customer sees from an email's unsubscribe link. Plain HTML: no app, no
// script, in the three languages we write messages in.

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Unsubscribe</title><style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}` +
  `button{font:inherit;padding:.5rem 1rem}</style></head><body>${body}</body></html>`;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Asks before unsubscribing; the form posts back to the same signed address. */
export function confirmationPage(action: string): string {
  return page(
    `<h1>Unsubscribe from our emails?</h1><p lang="zh-TW">取消訂閱電子報？</p><p lang="zh-CN">取消订阅邮件？</p>` +
      `<form method="post" action="${escapeAttribute(action)}"><button type="submit">Unsubscribe · 取消訂閱</button></form>`,
  );
}

export function donePage(): string {
  return page(
    `<h1>You are unsubscribed.</h1><p lang="zh-TW">您已取消訂閱。</p><p lang="zh-CN">您已取消订阅。</p>` +
      `<p>We will not send you marketing emails any more.</p>`,
  );
}
