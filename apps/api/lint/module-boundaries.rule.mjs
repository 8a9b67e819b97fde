import { dirname, relative, resolve, sep } from 'node:path';
import { API_MODULE_LAYERS, ENTITY_LIST_FILES } from './module-layers.mjs';

const layerOf = new Map(API_MODULE_LAYERS.flatMap((names, layer) => names.map((name) => [name, layer])));

/** The module folder of a path inside `srcRoot`, or null for files at its top (main.ts, app.module.ts). */
function moduleOf(srcRoot, file) {
  const parts = relative(srcRoot, file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  return parts[0];
}

/**
 * `glossa/module-boundaries`: inside apps/api/src, a module imports only from modules in lower
 * layers (module-layers.mjs), and never another module's entity as a value — an entity is how a
 * module queries its tables, and a module queries only its own (types may be shared).
 */
export const moduleBoundariesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'API modules import one way (by layer) and never query another module’s tables' },
    schema: [{ type: 'object', properties: { srcRoot: { type: 'string' } }, required: ['srcRoot'] }],
    messages: {
      unknownModule: 'apps/api/src/{{module}} is not in lint/module-layers.mjs: give the new module its layer.',
      upward:
        '{{from}} (layer {{fromLayer}}) may not import from {{to}} (layer {{toLayer}}): modules import from lower layers only (lint/module-layers.mjs).',
      foreignEntity:
        '{{from}} imports {{to}}’s entity as a value: a module queries only its own tables; ask {{to}}’s service (type-only imports are fine).',
    },
  },
  create(context) {
    const srcRoot = resolve(context.options[0].srcRoot);
    const file = context.filename;
    const from = moduleOf(srcRoot, file);
    if (from === null) return {};
    const entityList = ENTITY_LIST_FILES.some((f) => resolve(srcRoot, f) === file);
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const to = moduleOf(srcRoot, target);
      if (to === null || to === from || entityList) return;
      for (const name of [from, to])
        if (!layerOf.has(name)) return context.report({ node, messageId: 'unknownModule', data: { module: name } });
      const fromLayer = layerOf.get(from);
      const toLayer = layerOf.get(to);
      if (toLayer >= fromLayer)
        return context.report({ node, messageId: 'upward', data: { from, to, fromLayer, toLayer } });
      if (!typeOnly && /\.entity$/.test(target)) context.report({ node, messageId: 'foreignEntity', data: { from, to } });
    };
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === 'type' ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
    };
  },
};

export const glossaLintPlugin = { rules: { 'module-boundaries': moduleBoundariesRule } };
