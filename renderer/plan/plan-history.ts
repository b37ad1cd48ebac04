/**
 * Undo and redo for the open plan. The forms edit the document through a thin proxy (`track`) over
 * its $state proxies; every write through it records the value it replaces, never a copy of the
 * plan: an object's key keeps its old value, an array the list of its items (references, no
 * clones) before its first change in a step. Undoing puts those back into the same $state
 * objects, so the items keep their identity (and their rows in the page).
 *
 * One step is what changed in one turn of the event loop (a click, a removal, an added item), or
 * a burst of typing in one field: writes to the same field follow into the same step until the
 * field is left (`seal`) or a pause of `COALESCE_MS`.
 */

const COALESCE_MS = 800;

interface ObjectChange {
  kind: 'object';
  target: Record<PropertyKey, unknown>;
  /** Per key: whether it existed, and its value before the step. */
  before: Map<PropertyKey, { had: boolean; value: unknown }>;
}
interface ArrayChange {
  kind: 'array';
  target: unknown[];
  before: unknown[];
}
type Change = ObjectChange | ArrayChange;

/** One undo step: each object or array it changed, as it was before. */
interface HistoryStep {
  changes: Map<object, Change>;
  /** The field a typing burst writes to; null once the step is sealed or touched more than one field. */
  field: { target: object; key: PropertyKey } | null;
  at: number;
}

/** What the buttons and the undo notice show; the editor hands in a $state object for it. */
export interface HistoryView {
  undo: number;
  redo: number;
  /** What the last removal took away, offered back ("Removed 'SAP PRD' – Undo"); null when nothing is. */
  removed: { name: string; step: number } | null;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export class PlanHistory {
  #undo: HistoryStep[] = [];
  #redo: HistoryStep[] = [];
  /** Counts for the buttons: the stacks themselves are not state (they hold the plan's objects). */
  readonly view: HistoryView;

  /** `changed` hears of every write to the document, recorded or undone. */
  constructor(
    view: HistoryView = { undo: 0, redo: 0, removed: null },
    private readonly changed: () => void = () => {},
  ) {
    this.view = view;
  }

  /** The step that is still open to writes of this turn (or of a typing burst). */
  #open: HistoryStep | null = null;
  #turnOpen = false;
  #applying = false;

  readonly #wrappers = new WeakMap<object, object>();
  readonly #targets = new WeakMap<object, object>();

  get canUndo(): boolean {
    return this.view.undo > 0;
  }
  get canRedo(): boolean {
    return this.view.redo > 0;
  }
  get removed(): HistoryView['removed'] {
    return this.view.removed;
  }
  set removed(removed: HistoryView['removed']) {
    this.view.removed = removed;
  }

  /** The document (or any object in it) as the forms see it: writes through it are recorded. */
  track<T>(value: T): T {
    if (!isObject(value)) return value;
    if (this.#targets.has(value)) return value;
    let wrapper = this.#wrappers.get(value);
    if (!wrapper) {
      wrapper = new Proxy(value, this.#handler);
      this.#wrappers.set(value, wrapper);
      this.#targets.set(wrapper, value);
    }
    return wrapper as T;
  }

  /** The $state object behind a tracked one (and a new value freed of tracked objects inside). */
  untrack<T>(value: T): T {
    if (!isObject(value)) return value;
    const target = this.#targets.get(value);
    if (target) return target as T;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      value.forEach((item, i) => {
        const inner = this.untrack(item);
        if (inner !== item) (copy ??= [...(value as unknown[])])[i] = inner;
      });
      return (copy ?? value) as T;
    }
    if (proto !== Object.prototype) return value;
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const inner = this.untrack(item);
      if (inner !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = inner;
    }
    return (copy ?? value) as T;
  }

  readonly #handler: ProxyHandler<object> = {
    get: (target, key) => {
      const value: unknown = Reflect.get(target, key);
      return typeof key === 'symbol' ? value : this.track(value);
    },
    set: (target, key, value: unknown) => {
      const inner = this.untrack(value);
      if (!this.#applying) this.#record(target, key, inner);
      this.changed();
      return Reflect.set(target, key, inner);
    },
    deleteProperty: (target, key) => {
      if (!this.#applying) this.#record(target, key, undefined);
      this.changed();
      return Reflect.deleteProperty(target, key);
    },
  };

  #record(target: object, key: PropertyKey, value: unknown): void {
    const had = Reflect.has(target, key);
    const old: unknown = Reflect.get(target, key);
    if (had && Object.is(old, value)) return;
    const now = Date.now();
    const field = { target, key };
    let step = this.#open;
    const typing =
      step !== null &&
      !this.#turnOpen &&
      step.field !== null &&
      step.field.target === target &&
      step.field.key === key &&
      !isObject(value) &&
      now - step.at < COALESCE_MS;
    if (!step || (!this.#turnOpen && !typing)) {
      step = { changes: new Map(), field, at: now };
      this.#push(step);
    } else if (step.field && (step.field.target !== target || step.field.key !== key)) {
      step.field = null;
    }
    step.at = now;
    this.#note(step, target, key, had, old);
    if (!this.#turnOpen) {
      this.#turnOpen = true;
      // Everything written in this turn (a splice writes many indices) is one step.
      queueMicrotask(() => {
        this.#turnOpen = false;
        // A step that wrote objects or arrays (an added or removed item) is never extended.
        if (this.#open && (this.#open.field === null || this.#hasArray(this.#open))) this.seal();
      });
    }
  }

  #hasArray(step: HistoryStep): boolean {
    for (const change of step.changes.values()) if (change.kind === 'array') return true;
    return false;
  }

  #note(step: HistoryStep, target: object, key: PropertyKey, had: boolean, old: unknown): void {
    if (step.changes.has(target)) {
      const change = step.changes.get(target)!;
      if (change.kind === 'object' && !change.before.has(key))
        change.before.set(key, { had, value: old });
      return;
    }
    if (Array.isArray(target)) {
      step.changes.set(target, { kind: 'array', target, before: [...(target as unknown[])] });
      step.field = null;
    } else {
      const before = new Map([[key, { had, value: old }]]);
      step.changes.set(target, {
        kind: 'object',
        target: target as Record<PropertyKey, unknown>,
        before,
      });
    }
  }

  #push(step: HistoryStep): void {
    this.#undo.push(step);
    this.#open = step;
    this.#redo = [];
    this.view.undo = this.#undo.length;
    this.view.redo = 0;
    // A removal is offered back until the next change (it stays undoable with Ctrl+Z).
    this.view.removed = null;
  }

  /**
   * Run a removal as a step of its own and offer it back by name: its Undo button undoes exactly
   * that step while it is the last one.
   */
  remove(name: string, action: () => void): void {
    this.seal();
    const before = this.#undo.length;
    action();
    this.seal();
    if (this.#undo.length > before) this.removed = { name, step: this.#undo.length };
  }

  /** Undo the removal offered in `removed`, if nothing was changed since. */
  undoRemoval(): boolean {
    const removed = this.removed;
    this.removed = null;
    return removed !== null && removed.step === this.#undo.length && this.undo();
  }

  /** The next write starts a new step (a field was left, an action finished). */
  seal(): void {
    this.#open = null;
  }

  /** Undo the last step; false when there is none. */
  undo(): boolean {
    return this.#move(this.#undo, this.#redo);
  }

  redo(): boolean {
    return this.#move(this.#redo, this.#undo);
  }

  #move(from: HistoryStep[], to: HistoryStep[]): boolean {
    const step = from.pop();
    if (!step) return false;
    this.seal();
    this.removed = null;
    const inverse: HistoryStep = { changes: new Map(), field: null, at: 0 };
    const started = performance.now();
    this.changed();
    this.#applying = true;
    try {
      for (const change of [...step.changes.values()].reverse()) {
        if (change.kind === 'array') {
          const { target, before } = change;
          inverse.changes.set(target, { kind: 'array', target, before: [...target] });
          target.splice(0, target.length, ...before);
        } else {
          const { target } = change;
          const back = new Map<PropertyKey, { had: boolean; value: unknown }>();
          for (const [key, { had, value }] of change.before) {
            back.set(key, { had: Reflect.has(target, key), value: Reflect.get(target, key) });
            if (had) Reflect.set(target, key, value);
            else Reflect.deleteProperty(target, key);
          }
          inverse.changes.set(target, { kind: 'object', target, before: back });
        }
      }
    } finally {
      this.#applying = false;
    }
    to.push(inverse);
    this.view.undo = this.#undo.length;
    this.view.redo = this.#redo.length;
    // What the bench reads: the undo itself, before the page draws it.
    performance.mark('planner:undo', { detail: { ms: performance.now() - started } });
    return true;
  }
}
