import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import rehypeStatic from '../../../src/hydration/rehypeStatic';
import {internalPath} from '../../../src/hydration/links';

async function compiled(mdx: string): Promise<string> {
  return String(await compile(mdx, {remarkPlugins: [remarkGfm], rehypePlugins: [rehypeStatic]}));
}

/** The `as` of every block rendered through <Static>, in order. */
function staticBlocks(code: string): string[] {
  return [...code.matchAll(/_jsxs?\(Static, \{\s*as: "(\w+)"/g)].map((m) => m[1] ?? '');
}

describe('rehypeStatic', () => {
  it('hands top-level prose, lists, tables and quotes to <Static>', async () => {
    const code = await compiled(
      [
        'Un párrafo con `código` y **negrita**.',
        '- uno `a`\n- dos `b`',
        '1. uno `a`\n2. dos `b`',
        '| a | b |\n| - | - |\n| `x` | y |',
        '> una cita con `código`',
      ].join('\n\n'),
    );
    expect(staticBlocks(code)).toEqual(['p', 'ul', 'ol', 'table', 'blockquote']);
  });

  it('leaves headings, code blocks, components, expressions and tiny blocks to React', async () => {
    const code = await compiled(
      [
        '## Un título con `código`',
        '```dockerfile\nFROM scratch\n```',
        'Texto con <Boton>un componente</Boton> dentro.',
        'Texto con {1 + 1} dentro.',
        'Solo texto.',
        '<details><summary>Más</summary>Dentro `x` y **y**.</details>',
      ].join('\n\n'),
    );
    expect(staticBlocks(code)).toEqual([]);
  });

  it('keeps the attributes the block had', async () => {
    const code = await compiled('3. tres `c`\n4. cuatro `d`');
    expect(code).toMatch(/as: "ol",\s*start: "3"/);
  });

  it('drops the whitespace between table rows, as MDX does inside a <table>', async () => {
    const code = await compiled('| a | b |\n| - | - |\n| `x` | y |');
    const table = code.slice(code.indexOf('as: "table"'));
    expect(table).not.toMatch(/children: \[\s*"\\n"/);
  });
});

describe('internalPath', () => {
  const here = new URL('https://curso.example/capitulo?x=1#a') as unknown as Location;
  const anchor = (href: string, attributes: Record<string, string> = {}) =>
    ({
      href: new URL(href, here.href).href,
      target: attributes.target ?? '',
      hasAttribute: (name: string) => name in attributes,
    }) as unknown as HTMLAnchorElement;

  it('follows a link to another page of the site without a reload', () => {
    expect(internalPath(anchor('/laboratorio#d=1'), here)).toBe('/laboratorio#d=1');
    expect(internalPath(anchor('/capitulo/recetas?y=2'), here)).toBe('/capitulo/recetas?y=2');
  });

  it('leaves other sites, new tabs, downloads and anchors on this page to the browser', () => {
    expect(internalPath(anchor('https://github.com/x'), here)).toBeNull();
    expect(internalPath(anchor('/laboratorio', {target: '_blank'}), here)).toBeNull();
    expect(internalPath(anchor('/fichero.txt', {download: ''}), here)).toBeNull();
    expect(internalPath(anchor('#b'), here)).toBeNull();
    expect(internalPath(anchor('/capitulo?x=1#c'), here)).toBeNull();
  });
});
