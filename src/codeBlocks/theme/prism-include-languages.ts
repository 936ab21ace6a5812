// Why: code is highlighted at build time (src/codeBlocks/remark.ts), so the browser registers
// no Prism language. Docusaurus' version requires `prismjs/components/prism-${lang}`, and that
// template alone bundles Prism's language index into every page (about 9 KB gzipped), even with
// no language listed. This replaces it; it copies none of its code.
export default function prismIncludeLanguages(): void {}
