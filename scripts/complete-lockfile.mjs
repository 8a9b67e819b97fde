#!/usr/bin/env node
// Keeps package-lock.json usable by `npm ci` on every machine. The registry this project is built
// against serves only the platform packages of the machines that use it, so `npm install` leaves
// out other platforms' optional binaries (sass-embedded-darwin-arm64, @unrs/resolver-binding-…),
// and `npm ci` then refuses the lockfile as "out of sync". This adds each missing optional platform
// package as an entry restricted to its own os/cpu: npm skips it everywhere else without fetching it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'riscv64', 's390x', 'ppc64', 'loong64', 'mips64el'];

function platformOf(name) {
  const tokens = name.toLowerCase().split(/[-/@]/);
  const os = OS.find((o) => tokens.includes(o) || (o === 'win32' && tokens.includes('windows')));
  const cpu = CPU.find(
    (c) => tokens.includes(c) || (c === 'arm' && tokens.some((t) => t.startsWith('arm') && t !== 'arm64')),
  );
  const libc =
    tokens.includes('musl') || tokens.some((t) => t.startsWith('musleabi'))
      ? 'musl'
      : tokens.includes('gnu') || tokens.some((t) => t.startsWith('gnueabi'))
        ? 'glibc'
        : null;
  // Fallback builds for platforms nobody names ("all-unknown") are never needed where this lockfile is used.
  return { os: os ? [os] : ['unknown'], cpu: cpu ? [cpu] : ['unknown'], libc };
}

const file = join(process.cwd(), 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const { os, cpu, libc } = platformOf(name);
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os,
      cpu,
      ...(libc ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(`complete-lockfile: added ${added} optional platform packages`);
}
