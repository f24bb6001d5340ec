/** An injected failure that lasts `times` vendor calls, or every call until cleared. */
export class CountedFault<F extends { times?: number }> {
  private armed: (F & { left: number }) | null = null;

  /** What the control API shows: the fault and how many calls it has left. */
  get state(): (F & { left: number }) | null {
    return this.armed;
  }

  set(fault: F | null): void {
    this.armed = fault ? { ...fault, left: fault.times ?? Number.POSITIVE_INFINITY } : null;
  }

  /** The fault this call suffers, if any and if it `applies` to the call; it counts the call. */
  take(applies: (fault: F) => boolean = () => true): F | null {
    if (!this.armed || this.armed.left <= 0 || !applies(this.armed)) return null;
    this.armed.left--;
    return this.armed;
  }
}
