// Local time against CPython: each program in tests/modules/local-time/ runs under python3 and under the pkpy CLI
// with the TZ environment variable set to each zone below, and stdout must match exactly. The zones cover
// no DST (UTC, Asia/Kolkata at +05:30), northern DST (America/New_York, Europe/London) and a 30-minute
// southern DST (Australia/Lord_Howe). python3 is required: without it these tests fail loudly.
//
// The CLI is vm/cli.ts (what bin/pkpy.mjs runs from dist/), bundled here the way scripts/build.mjs bundles
// it but into a temporary directory, so the test always runs the current sources and never rewrites dist/
// under other test files that use it concurrently.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '../..');
const programDir = join(__dirname, 'local-time');
const programs = readdirSync(programDir).filter((f) => f.endsWith('.py')).sort();

/** time.timezone, altzone, daylight and tzname each zone must give (2024-2030 rules). */
const ZONES: Record<string, [number, number, number, [string, string]]> = {
  UTC: [0, 0, 0, ['UTC', 'UTC']],
  'America/New_York': [18000, 14400, 1, ['EST', 'EDT']],
  'Asia/Kolkata': [-19800, -19800, 0, ['IST', 'IST']],
  'Australia/Lord_Howe': [-37800, -39600, 1, ['+1030', '+11']],
  'Europe/London': [0, -3600, 1, ['GMT', 'BST']],
};

let tmp = '';
let cli = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pkpy-local-time-'));
  cli = join(tmp, 'pkpy-cli.mjs');
  await build({
    entryPoints: [join(root, 'vm/cli.ts')],
    outfile: cli,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'warning',
  });
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

function spawn(cmd: string, args: string[], zone: string): Run {
  const env = { ...process.env, TZ: zone, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, cwd: root });
  if (r.error) throw new Error(`${cmd} could not be run (python3 is required for the local-time tests): ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

const runCPython = (file: string, zone: string) => spawn('python3', [file], zone);
const runPkpy = (file: string, zone: string) => spawn(process.execPath, [cli, file], zone);

function snippet(name: string, source: string): string {
  const file = join(tmp, name);
  writeFileSync(file, source);
  return file;
}

/** The wall clock in `zone` at `ms`, as seconds since 1970-01-01 read as if UTC, from Intl with an explicit
 * timeZone: independent of both interpreters and of the TZ variable. */
function wallClock(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) / 1000;
}

/** Parses "YYYY-MM-DDTHH:MM:SS[.ffffff]" as seconds read as if UTC. */
function isoSeconds(s: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) throw new Error(`not an isoformat datetime: ${s}`);
  const [, y, mo, d, h, mi, sec, frac] = m;
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec) / 1000 + (frac ? Number('0.' + frac) : 0);
}

describe.each(Object.keys(ZONES))('local time in TZ=%s', (zone) => {
  it('has the zone constants', () => {
    const file = snippet(`constants-${zone.replace('/', '_')}.py`, 'import time\nprint(time.timezone, time.altzone, time.daylight, time.tzname)\n');
    const [timezone, altzone, daylight, tzname] = ZONES[zone];
    const expected = `${timezone} ${altzone} ${daylight} ('${tzname[0]}', '${tzname[1]}')\n`;
    // CPython first: if it disagrees, this machine's tz database does not know the zone
    expect(runCPython(file, zone).stdout, 'python3 under this TZ').toBe(expected);
    expect(runPkpy(file, zone).stdout).toBe(expected);
  });

  for (const program of programs) {
    it(program, () => {
      const file = join(programDir, program);
      const expected = runCPython(file, zone);
      expect(expected.status, expected.stderr).toBe(0);
      const ours = runPkpy(file, zone);
      expect(ours.stderr).toBe('');
      expect(ours.stdout).toBe(expected.stdout);
      expect(ours.status).toBe(0);
    });
  }

  it('now() is the local wall clock', () => {
    const file = snippet(
      `now-${zone.replace('/', '_')}.py`,
      [
        'import time, datetime',
        'print(datetime.datetime.now().isoformat(timespec="microseconds"))',
        'print(datetime.datetime.today().isoformat(timespec="microseconds"))',
        'lt = time.localtime()',
        'print(datetime.datetime(*lt[:6]).isoformat(timespec="microseconds"))',
        'print(datetime.datetime.now().astimezone().utcoffset().total_seconds(), lt.tm_gmtoff)',
        'print(datetime.date.today().isoformat())',
      ].join('\n') + '\n',
    );
    for (const run of [runPkpy, runCPython]) {
      const before = Date.now();
      const r = run(file, zone);
      const after = Date.now();
      expect(r.status, r.stderr).toBe(0);
      const [now, today, local, offsets, date] = r.stdout.trim().split('\n');
      const lo = wallClock(zone, before) - 5;
      const hi = wallClock(zone, after) + 5;
      for (const line of [now, today, local]) {
        const s = isoSeconds(line);
        expect(s, `${line} (${run === runPkpy ? 'pkpy' : 'python3'})`).toBeGreaterThanOrEqual(lo);
        expect(s, `${line} (${run === runPkpy ? 'pkpy' : 'python3'})`).toBeLessThanOrEqual(hi);
      }
      // the offset of now: wall clock minus UTC, within the same tolerance
      const [offset, gmtoff] = offsets.split(' ').map(Number);
      expect(offset).toBe(gmtoff);
      const expectedOffset = wallClock(zone, after) - Math.floor(after / 1000);
      expect(Math.abs(offset - expectedOffset)).toBeLessThanOrEqual(5);
      expect([now.slice(0, 10), local.slice(0, 10)]).toContain(date);
    }
  });
});
