/**
 * Rewrites an email's HTML for engagement tracking: every `<a href="http(s)://…">` goes through
 * `click(url)`, and a 1×1 pixel loading `pixelUrl` is added before `</body>` (or at the end).
 * mailto:, anchors and relative links stay; so does any link `keep` accepts (the unsubscribe link,
 * whose signed URL must reach the server unchanged). Regex-based on purpose: it touches only the
 * href of `<a>` tags and leaves every other byte of the author's HTML as it was.
 */
export function rewriteEmailHtml(
  html: string,
  options: { click: (url: string) => string; pixelUrl: string; keep?: (url: string) => boolean },
): string {
  const linked = withoutComments(html, (part) =>
    part.replace(anchorTag, (tag) => rewriteHref(tag, (url) => (options.keep?.(url) ? url : options.click(url)))),
  );
  const pixel = `<img src="${escapeAttribute(options.pixelUrl)}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />`;
  const bodyEnd = linked.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return bodyEnd === -1 ? `${linked}${pixel}` : `${linked.slice(0, bodyEnd)}${pixel}${linked.slice(bodyEnd)}`;
}

// An opening <a> tag; quoted attribute values may hold `>`.
const anchorTag = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const hrefAttribute = /(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function rewriteHref(tag: string, rewrite: (url: string) => string): string {
  return tag.replace(hrefAttribute, (whole, prefix: string, double?: string, single?: string, bare?: string) => {
    const raw = double ?? single ?? bare ?? '';
    const url = decodeAttribute(raw).trim();
    if (!/^https?:\/\//i.test(url)) return whole;
    return `${prefix}"${escapeAttribute(rewrite(url))}"`;
  });
}

// Comments (and conditional comments for Outlook) are left exactly as written.
function withoutComments(html: string, transform: (part: string) => string): string {
  return html
    .split(/(<!--[\s\S]*?-->)/)
    .map((part, index) => (index % 2 === 1 ? part : transform(part)))
    .join('');
}

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
