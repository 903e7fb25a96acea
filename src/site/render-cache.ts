import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * Results of the site data's expensive pure steps (a note's Markdown, an article's
 * annotation pipeline, a word diff), looked up by a digest of everything the step reads.
 * A rebuild after one edit renders one entry's Markdown again, not the archive's.
 */
export interface RenderCache {
  /**
   * `compute()`, or what it gave for the same `kind` and `inputs` before. `inputs` must
   * hold everything the step reads besides the code (the cache's version covers that).
   * A result is kept only when `keep` says so: one with problems is worked out again, so
   * its messages are always this build's own.
   */
  get<T>(kind: string, inputs: readonly unknown[], compute: () => T, keep?: (value: T) => boolean): T;
}

/** No cache: every step is worked out (tests, `astro dev`, a build with no cache folder). */
export const NO_CACHE: RenderCache = { get: (_kind, _inputs, compute) => compute() };

/** A digest of a step's inputs; Maps and Sets count by their contents, not as `{}`. */
export function inputsDigest(kind: string, inputs: readonly unknown[]): string {
  const json = JSON.stringify(inputs, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value,
  );
  return `${kind}:${createHash('sha256').update(json).digest('base64url')}`;
}

/**
 * The file: the code's version on the first line, then each result as a record (its key's
 * length and key, its length and bytes). The cache is some 340 MB at 1,000 articles, so
 * none of it is held in memory: a result is written out as soon as it is made, and the last
 * build's file is read record by record, each when it is asked for (read whole, the file
 * raised the site data's peak in a rebuild from 1.8 to 2.5 GB).
 */
const MAGIC = 'site-data render cache 1\n';

/** A cache kept in one file, so a cold build makes one file, not one per entry. */
export interface RenderCacheFile extends RenderCache {
  /** How many results came from the file, and how many were worked out. */
  readonly hits: number;
  readonly misses: number;
  /**
   * Put this build's results in place of the last build's (results nobody asked for are
   * dropped), and let go of the last build's file. After a save, every step is worked out.
   */
  save(): void;
}

/**
 * Open the cache in `file` for code `version` (see `codeVersion`): a file made by other
 * code, or one that cannot be read, counts as empty. Results are serialized when they are
 * made, so a later change to the object a step returned cannot leak into the cache, and a
 * hit is a fresh copy. A result asked for twice in one build that the last build did not
 * have is worked out twice: callers memoize within a build where that is common.
 */
export function openRenderCache(file: string, version: string): RenderCacheFile {
  const before = cacheIndex(file, version);
  // Written aside and renamed, so a build stopped halfway never leaves half a file.
  const partial = `${file}.${process.pid}.partial`;
  let out: number | undefined;
  const written = new Set<string>();
  const write = (key: string, value: Uint8Array) => {
    if (written.has(key)) return;
    written.add(key);
    const name = Buffer.from(key);
    writeSync(opened(), Buffer.concat([length(name.length), name, length(value.length)]));
    writeSync(opened(), value);
  };
  const opened = () => {
    if (out === undefined) {
      mkdirSync(dirname(file), { recursive: true });
      out = openSync(partial, 'w');
      writeSync(out, `${MAGIC}${version}\n`);
    }
    return out;
  };
  let hits = 0;
  let misses = 0;
  let saved = false;
  return {
    get<T>(kind: string, inputs: readonly unknown[], compute: () => T, keep: (value: T) => boolean = () => true): T {
      if (saved) return compute();
      const key = inputsDigest(kind, inputs);
      const stored = before.read(key);
      if (stored) {
        hits++;
        write(key, stored);
        return deserialize(stored) as T;
      }
      misses++;
      const value = compute();
      if (keep(value)) write(key, serialize(value));
      return value;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    save() {
      closeSync(opened());
      renameSync(partial, file);
      saved = true;
      before.close();
    },
  };
}

const length = (n: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(n);
  return bytes;
};

/** Where each of the last build's results is in its file, and a way to read one. */
interface CacheIndex {
  read(key: string): Buffer | undefined;
  close(): void;
}

const EMPTY: CacheIndex = { read: () => undefined, close: () => {} };

/**
 * Index the last build's file (its keys and where each result is), without reading the
 * results. Another version's file, a file that is not a cache, or one cut short (a full
 * disk) counts as empty: nothing half-written is served.
 */
function cacheIndex(file: string, version: string): CacheIndex {
  if (!existsSync(file)) return EMPTY;
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const bytes = (at: number, n: number) => {
    if (at + n > size) throw new RangeError('cut short');
    const part = Buffer.allocUnsafe(n);
    readSync(fd, part, 0, n, at);
    return part;
  };
  const places = new Map<string, { at: number; length: number }>();
  try {
    const header = Buffer.from(`${MAGIC}${version}\n`);
    if (size < header.length || !bytes(0, header.length).equals(header)) throw new RangeError('another version');
    for (let at = header.length; at < size;) {
      const name = bytes(at, 4).readUInt32LE();
      const key = bytes(at + 4, name).toString();
      const length = bytes(at + 4 + name, 4).readUInt32LE();
      at += 8 + name;
      if (at + length > size) throw new RangeError('cut short');
      places.set(key, { at, length });
      at += length;
    }
  } catch {
    closeSync(fd);
    return EMPTY;
  }
  return {
    read(key) {
      const place = places.get(key);
      return place && bytes(place.at, place.length);
    },
    close() {
      places.clear();
      closeSync(fd);
    },
  };
}

/**
 * A digest of the code that makes the site's data: every file under `src/`, the config,
 * the installed packages' versions and Node's; and of the `settings` it is built with
 * (the base path, which every link in a note carries, comes from the environment, not
 * the config file). Any change to them starts the cache afresh, which is coarse (a style
 * edit does it too) but never serves a result other code or settings made.
 */
export function codeVersion(root: string, settings: readonly string[] = []): string {
  const hash = createHash('sha256').update(process.version).update(JSON.stringify(settings));
  const files = [
    ...listFiles(join(root, 'src')),
    ...['astro.config.mjs', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json']
      .map((name) => join(root, name))
      .filter((path) => existsSync(path)),
  ];
  for (const path of files) hash.update(`\0${relative(root, path)}\0`).update(readFileSync(path));
  return hash.digest('base64url');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}
