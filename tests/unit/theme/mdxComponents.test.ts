/**
 * The MDX registry (src/theme/MDXComponents.tsx) and the components' contracts (a contract.ts
 * beside each component, gathered by src/mdx/componentProps.ts) name the same components: a
 * component a chapter can use has its props checked at build time, and a contract never waits
 * for a component that is not registered.
 * The registry imports theme aliases that only the bundler resolves, so its names are read from
 * its source.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {VALIDATED_COMPONENTS} from '../../../src/mdx/componentProps';
import {STATIC_COMPONENT} from '../../../src/hydration/rehypeStatic';

const SRC = path.join(__dirname, '../../../src');
const REGISTRY = path.join(SRC, 'theme/MDXComponents.tsx');

/** Registered, but put there by a compile step after the prop checks: no author writes them. */
const INSERTED_AFTER_CHECKS: Readonly<Record<string, string>> = {
  [STATIC_COMPONENT]: 'src/hydration/rehypeStatic.ts wraps static prose in it',
};

/** The names of the default export's object literal, spreads left out. */
function registeredNames(source: string, fileName = REGISTRY): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const exported = file.statements.find(ts.isExportAssignment);
  const object = exported?.expression;
  if (!object || !ts.isObjectLiteralExpression(object))
    throw new Error(`${fileName}: expected \`export default {…}\``);
  return object.properties.flatMap((property) =>
    ts.isShorthandPropertyAssignment(property) || ts.isPropertyAssignment(property)
      ? [property.name.getText(file)]
      : [],
  );
}

describe('the MDX registry and the prop checks', () => {
  const registered = registeredNames(readFileSync(REGISTRY, 'utf8'));

  it('reads the registry', () => {
    expect(registered).toContain('DockerfileLab');
    expect(registered).not.toContain('MDXComponents');
  });

  it('every registered component has its props checked at build time', () => {
    const unchecked = registered.filter(
      (name) => !VALIDATED_COMPONENTS.includes(name) && !(name in INSERTED_AFTER_CHECKS),
    );
    expect(
      unchecked,
      'registered in src/theme/MDXComponents.tsx without a contract: add contract.ts beside the component and list it in src/mdx/componentProps.ts',
    ).toEqual([]);
  });

  it('every prop check is for a registered component', () => {
    const unregistered = VALIDATED_COMPONENTS.filter((name) => !registered.includes(name));
    expect(
      unregistered,
      'a contract for a component src/theme/MDXComponents.tsx does not register',
    ).toEqual([]);
  });

  it('a component inserted after the checks is registered, and not checked', () => {
    for (const name of Object.keys(INSERTED_AFTER_CHECKS)) {
      expect(registered, name).toContain(name);
      expect(VALIDATED_COMPONENTS, name).not.toContain(name);
    }
  });

  it('every contract.ts in src/ is gathered by the build', async () => {
    const files = readdirSync(SRC, {recursive: true, encoding: 'utf8'}).filter(
      (file) => path.basename(file) === 'contract.ts',
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const {contracts} = (await import(path.join(SRC, file))) as {contracts: object};
      const missing = Object.keys(contracts).filter((name) => !VALIDATED_COMPONENTS.includes(name));
      expect(missing, `src/${file}: list it in src/mdx/componentProps.ts`).toEqual([]);
    }
  });
});
