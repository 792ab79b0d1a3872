/**
 * Requests on one upload enter @tus/server in the order they arrived. Our checks before it are
 * asynchronous (session, database), so without this a HEAD sent after a dropped PATCH could pass
 * its checks first and report an offset that the PATCH's buffered bytes then move (the resumed
 * PATCH would meet 409). Once a request is inside, tus's lock (RedisLocker: shared by every API
 * process) orders the rest, and asks a holder to let go, so a stalled PATCH does not block a
 * resume. This ordering itself is per process: requests that reach two processes at the same
 * instant are ordered by the lock alone.
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
