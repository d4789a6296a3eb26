// The core (ingest, extract, rules, audit, report) is a library: it never imports Ink or React.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('layers', () => {
  it.each(['ingest', 'extract', 'rules', 'audit', 'report'])('src/%s imports no Ink, React or UI module', (layer) => {
    for (const f of files(join('src', layer))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from ['"](ink|react)['"]|import\(['"](ink|react)['"]\)|from ['"]\.\.\/ui\//);
    }
  });
});
