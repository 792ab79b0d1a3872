/**
 * Requests on one upload enter @tus/server in the order they arrived. Our checks before it are
 * asynchronous (session, database), so without this a HEAD sent after a dropped PATCH could pass
 * its checks first and report an offset that the PATCH's buffered bytes then move (the resumed
 * PATCH would meet 409). Once a request is inside, tus's own lock orders the rest (and asks a
 * holder to let go, so a stalled PATCH does not block a resume). One process: like tus's
 * MemoryLocker, several API processes would need a shared lock.
 */
export class Admission {
  private readonly tails = new Map<string, Promise<void>>();

  /** Call synchronously when the request starts; `ready` resolves when those before it have entered. */
  enter(id: string): { ready: Promise<void>; release: () => void } {
    const before = this.tails.get(id) ?? Promise.resolve();
    let release!: () => void;
    const entered = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => entered);
    this.tails.set(id, tail);
    void tail.then(() => {
      if (this.tails.get(id) === tail) this.tails.delete(id);
    });
    return { ready: before, release };
  }
}
