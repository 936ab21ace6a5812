import {afterAll, describe, expect, it} from 'vitest';
import {parseImageReference} from '../../../../src/dockerfile/imageReference';
import {
  isKnown,
  lookupImage,
  REPOSITORIES,
  type ImageFacts,
} from '../../../../src/dockerfile/images';
import {CATALOG} from '../../../../src/dockerfile/images/catalog';
import {DOCUMENTS, type Source} from '../../../../src/dockerfile/images/sources';
import {BUILD_TEXTS, RUN_TEXTS} from '../../../../src/dockerfile/model/texts';

/** Every fact of an image: each `{value, source}` in its configuration and its contents. */
function factsOf(image: ImageFacts): {path: string; source: unknown}[] {
  const found: {path: string; source: unknown}[] = [];
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') {
      // A bare value outside a fact has no source: reported as such.
      found.push({path, source: undefined});
      return;
    }
    if ('value' in node && 'source' in node) {
      found.push({path, source: node.source});
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (child !== undefined) visit(child, `${path}.${key}`);
    }
  };
  visit(image.config, 'config');
  visit(image.contents, 'contents');
  visit(image.maintained, 'maintained');
  return found;
}

/** Whether a source points at something a reviewer can open: a file line or key, or a document. */
function isCitable(source: unknown): source is Source {
  if (source === null || typeof source !== 'object') return false;
  if ('document' in source) {
    const {document, anchor} = source as {document: string; anchor?: string};
    return Object.hasOwn(DOCUMENTS, document) && typeof anchor === 'string' && anchor !== '';
  }
  const {repository, path, line, anchor} = source as {
    repository?: string;
    path?: string;
    line?: number | readonly [number, number];
    anchor?: string;
  };
  if (!repository || !Object.hasOwn(REPOSITORIES, repository) || !path) return false;
  if (typeof line === 'number') return line >= 1;
  if (Array.isArray(line)) return line[0] >= 1 && line[1] >= line[0];
  return typeof anchor === 'string' && anchor !== '';
}

function known(name: string): ImageFacts {
  const reference = name === 'scratch' ? 'scratch' : parseImageReference(name);
  if (reference === null) throw new Error(`not a reference: ${name}`);
  const image = lookupImage(reference);
  if (!isKnown(image)) throw new Error(`${name}: ${image.reason}`);
  return image;
}

const uses = new Map<string, number>();
let total = 0;

afterAll(() => {
  const rows = Object.entries(REPOSITORIES).map(
    ([key, {repository, commit}]) =>
      `${key.padEnd(20)} ${repository.padEnd(36)} ${commit.slice(0, 12).padEnd(13)} ${String(uses.get(key) ?? 0).padStart(5)}`,
  );
  const documents = Object.keys(DOCUMENTS).map(
    (key) =>
      `${key.padEnd(20)} ${'(document)'.padEnd(36)} ${''.padEnd(13)} ${String(uses.get(key) ?? 0).padStart(5)}`,
  );
  console.log(
    [
      `Image facts and Docker's texts: ${total} facts (${CATALOG.length} images, ${Object.keys({...RUN_TEXTS, ...BUILD_TEXTS}).length} texts), each with its source`,
      `${'source'.padEnd(20)} ${'repository'.padEnd(36)} ${'commit'.padEnd(13)} ${'facts'.padStart(5)}`,
      ...rows,
      ...documents,
    ].join('\n'),
  );
});

describe('image facts', () => {
  it.each(CATALOG.map((name) => [name]))(
    '%s: every fact carries a citable primary source',
    (name) => {
      const facts = factsOf(known(name));
      expect(facts.length).toBeGreaterThan(5);
      for (const {path, source} of facts) {
        expect(isCitable(source), `${name} ${path}`).toBe(true);
        const key =
          'document' in (source as object)
            ? (source as {document: string}).document
            : (source as {repository: string}).repository;
        uses.set(key, (uses.get(key) ?? 0) + 1);
        total += 1;
      }
    },
  );

  it('every text the lab prints as Docker, BuildKit, runc or a runtime carries its source', () => {
    for (const [name, text] of Object.entries({...RUN_TEXTS, ...BUILD_TEXTS})) {
      expect(isCitable(text.source), name).toBe(true);
      const key = 'document' in text.source ? text.source.document : text.source.repository;
      uses.set(key, (uses.get(key) ?? 0) + 1);
      total += 1;
    }
  });

  it('fails on a fact without a source, and on a source that names nothing', () => {
    const image = known('scratch');
    const broken = {
      ...image,
      config: {
        ...image.config,
        user: {value: '', source: {repository: 'nowhere', path: 'x', line: 1}},
      },
      contents: {...image.contents, libc: 'none'},
    } as unknown as ImageFacts;
    const bad = factsOf(broken).filter(({source}) => !isCitable(source));
    expect(bad.map(({path}) => path).sort()).toEqual(['config.user', 'contents.libc']);
  });

  it('parses distroless tags in full: architecture, debug, nonroot', () => {
    expect(known('gcr.io/distroless/static-debian13:nonroot-amd64').config.user.value).toBe(
      '65532',
    );
    expect(
      known('gcr.io/distroless/static-debian13:debug-nonroot-arm64').config.entrypoint.value,
    ).toEqual(['/busybox/sh']);
    // Language images keep their own ENTRYPOINT in :debug; every :debug adds /busybox to PATH.
    const java = known('gcr.io/distroless/java25-debian13:debug');
    expect(java.config.entrypoint.value).toEqual(['/usr/bin/java', '-jar']);
    expect(java.config.env.find(({value}) => value[0] === 'PATH')?.value[1]).toMatch(/:\/busybox$/);
    expect(known('gcr.io/distroless/python3-debian13').config.entrypoint.value).toEqual([
      '/usr/bin/python3.13',
    ]);
    expect(known('gcr.io/distroless/java-base-debian13').contents.libc.value).toBe('glibc');
  });

  it('a digest with its tag keeps the tag; a digest alone, another registry or a retired tag is unknown', () => {
    const digest = 'sha256:8a1f59ffb675680d47db6337b49d22281a139e9d709335b492be023728e11715';
    expect(known(`golang:1.27@${digest}`).name).toBe('golang:1.27');
    for (const name of [
      `gcr.io/distroless/static-debian13@${digest}`,
      'quay.io/ejemplo/servidor:1.0',
      'openjdk:27-rc',
      'nginx:1.25',
      'gcr.io/distroless/static-debian11',
      'gcr.io/distroless/static-debian13:nightly',
    ]) {
      const reference = parseImageReference(name);
      expect(reference, name).not.toBeNull();
      const image = lookupImage(reference ?? 'scratch');
      expect(isKnown(image), name).toBe(false);
      expect('reason' in image && image.reason.length > 10, name).toBe(true);
    }
  });
});
