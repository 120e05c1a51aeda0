/** A state value with change listeners: the controllers render from it, the URL mirrors it. */
export class Store<T extends object> {
  private listeners: ((state: T, previous: T) => void)[] = [];

  constructor(private state: T) {}

  get(): T {
    return this.state;
  }

  set(patch: Partial<T>): void {
    const previous = this.state;
    const next = { ...previous, ...patch };
    if (Object.keys(patch).every((k) => Object.is(previous[k as keyof T], next[k as keyof T]))) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: (state: T, previous: T) => void): void {
    this.listeners.push(listener);
  }
}
