// What a benchmark must undo (servers to stop, databases to drop, Redis keys to delete), run once
// at the end of each benchmark or on Ctrl-C, newest first: servers stop before their database goes.

type Task = { what: string; run: () => Promise<unknown> };
const tasks: Task[] = [];

export function onCleanUp(what: string, run: () => Promise<unknown>): void {
  tasks.push({ what, run });
}

/** Runs the registered tasks, newest first, each once; a failing one is reported, not thrown. */
export async function cleanUp(): Promise<void> {
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    try {
      await task.run();
    } catch (error) {
      console.error(
        `bench: could not ${task.what}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
