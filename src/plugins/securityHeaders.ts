/**
 * Local Docusaurus plugin: after the build, the Content-Security-Policy of exactly this build.
 *
 * Docusaurus emits a few inline scripts (the colour-mode bootstrap, for one). Instead of
 * allowing every inline script ('unsafe-inline'), the policy lists the SHA-256 of each one found
 * in the built HTML; any other inline script, injected or edited, is refused. The policy goes:
 * - to build/_nginx/security-headers.conf, an `add_header` that deploy/nginx/site.conf includes
 *   (the container image copies it next to nginx' configuration; nginx refuses to serve it);
 * - into every page as `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot set
 *   headers (GitHub Pages). A meta policy cannot carry frame-ancestors, so that one is header only.
 */
import {createHash} from 'node:crypto';
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {VIDEO_ORIGIN} from '../youtube/youtube';

/** Inline `<script>` elements whose content the browser executes (not JSON-LD, not src=). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(body);
  }
  return scripts;
}

export const scriptHash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The policy's directives, in order; `frameAncestors: false` for the meta element. */
export function contentSecurityPolicy(
  hashes: readonly string[],
  {frameAncestors}: {frameAncestors: boolean},
): string {
  const directives = [
    "default-src 'self'",
    // 'report-sample' puts the first characters of a refused script into the violation report.
    `script-src 'self' 'report-sample' ${[...new Set(hashes)].sort().join(' ')}`.trimEnd(),
    // React writes style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    `frame-src ${VIDEO_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameAncestors ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {withFileTypes: true, recursive: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const NGINX_INCLUDE = '_nginx/security-headers.conf';

export default function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    async postBuild({outDir}) {
      const files = await htmlFiles(outDir);
      const pages = await Promise.all(files.map(async (file) => readFile(file, 'utf8')));
      const hashes = pages.flatMap((html) => inlineScripts(html).map(scriptHash));
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, {frameAncestors: false})}">`;
      await Promise.all(
        files.map(async (file, index) => {
          const html = pages[index] ?? '';
          // Right after the charset: a meta policy covers only what comes after it.
          const at = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
          if (!at)
            throw new Error(
              `${path.relative(outDir, file)}: no <meta charset> to put the CSP after`,
            );
          const end = at.index + at[0].length;
          await writeFile(file, `${html.slice(0, end)}${meta}${html.slice(end)}`);
        }),
      );
      const header = contentSecurityPolicy(hashes, {frameAncestors: true});
      await mkdir(path.join(outDir, path.dirname(NGINX_INCLUDE)), {recursive: true});
      await writeFile(
        path.join(outDir, NGINX_INCLUDE),
        `# Written by src/plugins/securityHeaders.ts for this build; included by deploy/nginx/site.conf.\nadd_header Content-Security-Policy "${header}" always;\n`,
      );
    },
  };
}
