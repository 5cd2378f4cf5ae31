/**
 * ESLint rule: imports inside the extension go one way, the way the data flows (issue 18, part 4):
 * read → store → rules → review / export / log → team → content and components → entrypoints.
 * A module may import from its own layer and the layers before it, never from a later one: so a page
 * reader never depends on storage, and storage never on the rules that judge what it stores.
 * lib/i18n is the vocabulary every layer may use; it imports nothing of ours.
 * Tests, benchmarks and scripts sit outside the layers and may import anything.
 */
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The layers in order; a path's layer is that of the first prefix it starts with. */
export const LAYERS = [
  { name: 'i18n', prefixes: ['lib/i18n/'] },
  { name: 'read', prefixes: ['lib/read/'] },
  { name: 'store', prefixes: ['lib/store/'] },
  { name: 'rules', prefixes: ['lib/rules/'] },
  { name: 'review/export/log', prefixes: ['lib/review/', 'lib/export/', 'lib/log/'] },
  { name: 'team', prefixes: ['lib/team/'] },
  { name: 'content/components', prefixes: ['lib/content/', 'components/'] },
  { name: 'entrypoints', prefixes: ['entrypoints/'] },
];

function layerOf(path) {
  if (/\.test\.tsx?$/.test(path)) return -1; // tests check their module from outside
  const index = LAYERS.findIndex((layer) => layer.prefixes.some((prefix) => path.startsWith(prefix)));
  return index;
}

/** The repository-relative path an import names, or undefined for a package. */
function importedPath(fromFile, specifier) {
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return relative(ROOT, resolve(dirname(fromFile), specifier));
  return undefined;
}

export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'lib/ imports follow the data: read → store → rules → review/export/log → team → UI' },
    schema: [],
    messages: {
      backwards:
        "{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): imports go read → store → rules → review/export/log → team → content/components → entrypoints. Move the shared piece down a layer instead.",
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    const fromLayer = layerOf(file);
    if (fromLayer < 0) return {};
    function check(node) {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = importedPath(context.filename, specifier);
      if (target === undefined) return;
      // The trailing slash puts a folder's own index inside the folder (lib/rules → lib/rules/).
      const toLayer = layerOf(`${target}/`);
      if (toLayer > fromLayer) {
        context.report({
          node: node.source,
          messageId: 'backwards',
          data: { from: file, fromLayer: LAYERS[fromLayer].name, to: target, toLayer: LAYERS[toLayer].name },
        });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'import-direction': importDirection } };
