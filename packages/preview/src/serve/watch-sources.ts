import { watch, type FSWatcher } from 'node:fs';

/**
 * Calls `rebuild` after files under `dir` change: saves that come in a burst (an editor writes
 * a temporary file, then renames it) are gathered into one rebuild, and a rebuild never
 * overlaps the one before it. `report` hears what a rebuild threw.
 */
export function watchSources(dir: string, rebuild: () => Promise<void>, report: (error: unknown) => void, quietMs = 150): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch(report)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
