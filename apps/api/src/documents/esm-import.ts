import { randomUUID } from 'node:crypto';

/**
 * A real `import()` of an ES-only package (pdfjs-dist ships only `.mjs`; file-type and linkedom's
 * dependencies are ES only). TypeScript's CommonJS output, the bundler and Jest's SWC transform all
 * turn a written `import()` into `require()`, which cannot load an ES module under Jest; built with
 * `new Function` it stays an import, which Node (and Jest with --experimental-vm-modules) resolves
 * from node_modules as usual.
 */
//
// The source carries a token unique to this module instance: V8 caches `new Function` by its
// source and would hand a later Jest test file the function compiled for an earlier one, whose
// import callback belongs to a torn-down module registry ("reading 'identifier'" of undefined).
const cacheToken = randomUUID();
const importModule = new Function('specifier', `return import(specifier); // ${cacheToken}`) as (
  specifier: string,
) => Promise<unknown>;

const loaded = new Map<string, Promise<unknown>>();

export function importEsm<T>(specifier: string): Promise<T> {
  let module = loaded.get(specifier);
  if (!module) {
    module = importModule(specifier);
    loaded.set(specifier, module);
  }
  return module as Promise<T>;
}
