#!/usr/bin/env node
// Every document the code cites must be in the repository: a reader of a clone has nothing else.
// Fails on a cited docs/*.md that does not exist and on references to files outside the tree.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|cjs|js|css|md|json|yml)$/.test(f) && !f.startsWith('docs/') && f !== 'package-lock.json')
  .filter((f) => existsSync(join(root, f)));

const outside = /\bDESIGN\.md\b|\.\.\/shared\b|\bshared\/(DESIGN|STACK)\.md\b/;
const problems = [];
for (const file of tracked) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (outside.test(line) && file !== 'scripts/check-doc-references.mjs') problems.push(`${file}:${i + 1} points outside the repository: ${line.trim()}`);
    for (const [, doc] of line.matchAll(/\bdocs\/([\w-]+\.md)/g))
      if (!existsSync(join(root, 'docs', doc))) problems.push(`${file}:${i + 1} cites docs/${doc}, which does not exist`);
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`document references: ${tracked.length} files, every cited document is in docs/`);
