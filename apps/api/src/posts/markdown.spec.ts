import { mentionedUserIds, renderMarkdown } from './markdown';

/** Payloads from the OWASP XSS filter evasion cheat sheet and friends, in Markdown and raw HTML. */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#x6A;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="#" onclick="alert(1)">x</a>',
  '<body onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '[a](vbscript:msgbox(1))',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '`<script>alert(1)</script>`',
  '<scr<script>ipt>alert(1)</script>',
];

describe('renderMarkdown', () => {
  it('renders Markdown formatting, lists, quotes and links', () => {
    const html = renderMarkdown(
      '**Sovereignty** is *not* absolute.\n\n> R2P\n\n- one\n- two\n\n[ICISS](https://example.org/r2p)',
    );
    expect(html).toContain('<strong>Sovereignty</strong>');
    expect(html).toContain('<em>not</em>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain(
      '<a href="https://example.org/r2p" rel="noopener noreferrer nofollow ugc" target="_blank">ICISS</a>',
    );
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(
      /<(script|iframe|object|embed|svg|math|form|input|link|meta|base|style|img|details|body)\b/i,
    );
    // Inspect real tags only: escaped text such as "&lt;img onerror=…&gt;" is shown, not run.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/(href|src|action|data|style)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
      expect(tag).not.toMatch(/\sstyle\s*=/i);
    }
  });

  it('renders a mention as a marked name and lists who is mentioned', () => {
    const body =
      'Agreed, @[Ama Mensah](user:4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c) — and @[Ben](user:4B4F0C52-3C1E-4A53-9B6A-0F4F1B1E2D3D).';
    expect(renderMarkdown(body)).toContain(
      '<span class="mention" data-user-id="4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c">@Ama Mensah</span>',
    );
    expect(mentionedUserIds(body)).toEqual([
      '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c',
      '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3d',
    ]);
  });

  it('escapes a mention name that carries markup', () => {
    const html = renderMarkdown('@[<img src=x onerror=alert(1)>](user:4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c)');
    expect(html).not.toMatch(/<img/);
  });
});
