import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {imageReferencesIn, unpublishedReason} from '../../../../src/dockerfile/images/published';
import {findUnpublishedTags} from '../../../../src/plugins/publishedTags';
import {DISTROLESS_TAGS} from '../../../../src/dockerfile/images/distrolessTags';
import {OFFICIAL_TAGS} from '../../../../src/dockerfile/images/officialTags';
import {REPOSITORIES} from '../../../../src/dockerfile/images/sources';
import {starlarkValue} from '../../../../src/cli/distrolessTags.mjs';

describe('published image tags', () => {
  it('every image the site names is one its publisher builds today', () => {
    expect(findUnpublishedTags(path.resolve(__dirname, '../../../..'))).toEqual([]);
  });

  it.each([
    ['rust:1.98-trixie', null],
    ['golang:1.27', null],
    ['golang', null],
    ['python:3.13-slim-trixie', null],
    ['gcr.io/distroless/static-debian13:nonroot', null],
    ['gcr.io/distroless/cc-debian13:debug-nonroot-arm64', null],
    ['gcr.io/distroless/static-debian13', null],
    // Another registry's images are not ours to check.
    ['ghcr.io/acme/app:1.0', null],
  ])('%s is published', (reference, expected) => {
    expect(unpublishedReason(reference)).toBe(expected);
  });

  it.each([
    ['rust:1.95-trixie', /rust:1\.95-trixie is not among the tags library\/rust publishes/],
    ['golang:1.21', /retired or never existed/],
    ['node:26-bookworm-slimm', /node:26-bookworm-slimm is not among/],
    ['busybox:1.37', /library\/busybox is not in the official-images snapshot/],
    ['gcr.io/distroless/static-debian12:nonroot', /ya no reconstruye las imágenes de debian12/],
    ['gcr.io/distroless/nodejs18-debian13', /no publica ninguna imagen llamada/],
    ['gcr.io/distroless/static-debian13:nonroot-mips', /no es una etiqueta de distroless/],
    ['Golang:1.27', /is not an image reference Docker accepts/],
  ])('%s is not', (reference, message) => {
    expect(unpublishedReason(reference)).toMatch(message);
  });

  it('finds references where they are, and not the words «node» or «python»', () => {
    const text =
      'Con node y python.\nFROM golang:1.27 AS builder\nusa `gcr.io/distroless/static-debian13:nonroot`.';
    expect(imageReferencesIn(text)).toEqual([
      {line: 2, column: 6, reference: 'golang:1.27'},
      {line: 3, column: 6, reference: 'gcr.io/distroless/static-debian13:nonroot'},
    ]);
  });

  it('names the file, line and column of a retired tag', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'published-tags-'));
    try {
      mkdirSync(path.join(site, 'docs'));
      writeFileSync(
        path.join(site, 'docs', 'rust.mdx'),
        '# Rust\n\n```dockerfile\nFROM rust:1.95-trixie AS build\n```\n',
      );
      const [problem, ...others] = findUnpublishedTags(site);
      expect(others).toEqual([]);
      expect(problem).toMatch(
        /^docs\/rust\.mdx:4:6: «rust:1\.95-trixie»: rust:1\.95-trixie is not among/,
      );
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('the snapshots of what is published', () => {
  it('come from the same commits as the image facts', () => {
    expect(DISTROLESS_TAGS.commit).toBe(REPOSITORIES.distroless.commit);
    expect(OFFICIAL_TAGS.commit).toBe(REPOSITORIES.officialImages.commit);
  });

  it('read a config.bzl literal with its comments, trailing commas and lines', () => {
    const bzl = [
      'NODEJS_DISTROS = ["debian13"]',
      'NODEJS_ARCHITECTURES = {',
      '    # the newest first',
      '    "debian13": {',
      '        "26": ["amd64", "arm64",],',
      '    },',
      '}',
    ].join('\n');
    expect(starlarkValue(bzl, 'NODEJS_ARCHITECTURES')).toEqual({
      value: {debian13: {'26': ['amd64', 'arm64']}},
      lines: [2, 7],
    });
    expect(() => starlarkValue(bzl, 'PYTHON_ARCHITECTURES')).toThrow(/not assigned/);
  });
});
