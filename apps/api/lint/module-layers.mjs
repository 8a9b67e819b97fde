// The order of the API's modules (apps/api/src/<folder>), lowest first. A module may import from
// modules in lower layers only, so folder-level imports run one way and a new module has one
// obvious place (docs/architecture.md, "Module layers"). The one exception is the entity list
// TypeORM needs (database/entities.ts), which names every module's entities.
export const API_MODULE_LAYERS = [
  ['batching', 'config', 'errors', 'observability', 'web-client'],
  ['graphql', 'http', 'pagination', 'posts', 'rate-limits'],
  ['database'],
  ['backups', 'events', 'jobs'],
  ['assignment-rules', 'mail'],
  ['auth'],
  ['anonymity'],
  ['health', 'notifications', 'seminars'],
  ['groups', 'readings', 'threads'],
  ['annotations'],
  ['analytics', 'debates', 'documents', 'interchange', 'search'],
  ['assignments', 'live'],
  ['moderation', 'realtime'],
  ['accounts', 'anonymous-mode', 'demo', 'email'],
];

/** Files allowed to import any module's entities, whatever its layer. */
export const ENTITY_LIST_FILES = ['database/entities.ts'];
