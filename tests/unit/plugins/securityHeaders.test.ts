import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
  contentSecurityPolicy,
  inlineScripts,
  scriptHash,
} from '../../../src/plugins/securityHeaders';

describe('the build-time Content-Security-Policy', () => {
  it('hashes executable inline scripts only: not src=, not JSON-LD, not empty', () => {
    const html = [
      '<script>a()</script>',
      '<script type=module>b()</script>',
      '<script src=/assets/js/main.js defer></script>',
      '<script type="application/ld+json">{"@type":"Course"}</script>',
      '<script></script>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('hashes the exact bytes, as browsers do', () => {
    const expected = createHash('sha256').update('a()').digest('base64');
    expect(scriptHash('a()')).toBe(`'sha256-${expected}'`);
  });

  it('allows no inline script without its hash, and no framing in the header', () => {
    const header = contentSecurityPolicy(["'sha256-x'", "'sha256-x'"], {frameAncestors: true});
    expect(header).toContain("script-src 'self' 'report-sample' 'sha256-x';");
    expect(header).not.toMatch(/script-src[^;]*unsafe/);
    expect(header).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(header).toContain("object-src 'none'");
    expect(header).toMatch(/frame-ancestors 'none'$/);
    // A <meta> policy cannot carry frame-ancestors: browsers ignore it there, with a warning.
    expect(contentSecurityPolicy([], {frameAncestors: false})).not.toContain('frame-ancestors');
  });
});
