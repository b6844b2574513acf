import { describe, expect, it } from 'vitest';
import { rewriteEmailHtml } from './tracking-links-html';

const options = {
  click: (url: string) => `https://t.example/c?u=${encodeURIComponent(url)}&s=x`,
  pixelUrl: 'https://t.example/o?m=1&s=y',
  keep: (url: string) => url.startsWith('https://crm.example/v1/unsubscribe'),
};
const pixel =
  '<img src="https://t.example/o?m=1&amp;s=y" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />';

describe('rewriteEmailHtml', () => {
  it('routes http(s) links through the click URL, escaping it for the attribute', () => {
    const html = '<p><a class="b" href="https://shop.example/sale?a=1&amp;b=2">Sale</a></p>';
    expect(rewriteEmailHtml(html, options)).toBe(
      '<p><a class="b" href="https://t.example/c?u=https%3A%2F%2Fshop.example%2Fsale%3Fa%3D1%26b%3D2&amp;s=x">Sale</a></p>' +
        pixel,
    );
  });

  it('handles single-quoted, unquoted and upper-case hrefs', () => {
    const html = "<A HREF='http://a.example/'>a</A><a href=https://b.example/x>b</a>";
    const out = rewriteEmailHtml(html, options);
    expect(out).toContain('<A HREF="https://t.example/c?u=http%3A%2F%2Fa.example%2F&amp;s=x">');
    expect(out).toContain('<a href="https://t.example/c?u=https%3A%2F%2Fb.example%2Fx&amp;s=x">');
  });

  it('leaves mailto:, anchors, relative links, the unsubscribe link and comments alone', () => {
    const html = [
      '<a href="mailto:help@example.com">mail</a>',
      '<a href="#top">top</a>',
      '<a href="/relative">rel</a>',
      '<a href="https://crm.example/v1/unsubscribe?w=1&amp;s=z">unsubscribe</a>',
      '<!-- <a href="https://hidden.example/">x</a> -->',
      '<a name="x">no href</a>',
      '<abbr title="https://not.example/">abbr</abbr>',
    ].join('');
    expect(rewriteEmailHtml(html, options)).toBe(html + pixel);
  });

  it('does not mistake a data-href or a > inside another attribute for the link', () => {
    const html = '<a title="a > b" data-href="https://x.example/" href="https://y.example/">y</a>';
    expect(rewriteEmailHtml(html, options)).toBe(
      '<a title="a > b" data-href="https://x.example/" href="https://t.example/c?u=https%3A%2F%2Fy.example%2F&amp;s=x">y</a>' +
        pixel,
    );
  });

  it('puts the pixel before the last </body>', () => {
    const html = '<html><body><p>Hi</p></BODY ></html>';
    expect(rewriteEmailHtml(html, options)).toBe(`<html><body><p>Hi</p>${pixel}</BODY ></html>`);
  });
});
