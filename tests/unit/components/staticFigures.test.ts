/**
 * src/components/StaticFigures: the server's file and the one the browser gets in its place
 * (src/plugins/browserModules.ts) export the same names, or a figure would render on the server
 * and be missing after a client-side navigation.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const FOLDER = path.join(__dirname, '../../../src/components/StaticFigures');

function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(FOLDER, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  return source.statements
    .flatMap((statement) => {
      const exported = ts
        .getModifiers(statement as ts.HasModifiers)
        ?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) return [];
      if (ts.isVariableStatement(statement))
        return statement.declarationList.declarations.map((d) => d.name.getText(source));
      if (ts.isFunctionDeclaration(statement) && statement.name) return [statement.name.text];
      return [];
    })
    .sort();
}

describe('the static figures and their browser swap', () => {
  it('export the same names', () => {
    const server = exportedNames('index.tsx');
    expect(server).toEqual(['ImageSizeChart', 'LanguageDependencyTable']);
    expect(exportedNames('index.client.tsx')).toEqual(server);
  });

  it('the swap matches the file however it is imported', async () => {
    const {default: plugin} = await import('../../../src/plugins/browserModules');
    // Records what the plugin asks the bundler for.
    class NormalModuleReplacementPlugin {
      constructor(
        readonly request: RegExp,
        readonly file: string,
      ) {}
    }
    const configured = plugin({siteDir: '/site'} as never).configureWebpack!(
      {} as never,
      false,
      {currentBundler: {instance: {NormalModuleReplacementPlugin}}} as never,
      {} as never,
    ) as unknown as {plugins: NormalModuleReplacementPlugin[]};
    const swap = configured.plugins.find((p) => p.file.endsWith('index.client.tsx'));
    expect(swap?.request.test(path.join(FOLDER, 'index.tsx'))).toBe(true);
    expect(swap?.request.test(path.join(FOLDER, 'index.client.tsx'))).toBe(false);
  });
});
