import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

const silent: Progress = { start() {}, increment() {}, stop() {} };

/** A progress bar on stderr, shown only when stderr is a terminal and --quiet was not given. */
export function createProgress(quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return silent;
  const bar = new SingleBar(
    { stream: process.stderr, format: '{label} [{bar}] {value}/{total} {eta_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    increment: (by = 1) => bar.increment(by),
    stop: () => bar.stop(),
  };
}
