import { runToEnd } from './run-to-end';

/**
 * Aho-Corasick automaton over word families: finds every phrase in one left-to-right pass over
 * the page's words, in time linear in the number of words whatever the number of phrases.
 *
 * It works on words rather than characters because inflection is already settled per word
 * (family numbers), and a page has about six times fewer words than characters.
 */
/** Patterns, transitions or states handled per step of `buildInSteps`. */
const itemsPerStep = 100;

export class PhraseAutomaton {
  /** Transitions, keyed `state * alphabetSize + symbol`. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Patterns recognised on reaching each state (its own and its suffixes'). */
  private readonly outputs: number[][] = [[]];
  /** Length in words of each pattern. */
  private readonly lengths: number[];

  /** Transitions from the start state, by symbol. */
  private readonly fromStart: Int32Array;

  private constructor(
    lengths: number[],
    private readonly alphabetSize: number,
  ) {
    this.lengths = lengths;
    this.fromStart = new Int32Array(alphabetSize);
  }

  /** Builds the automaton of `patterns` (words as symbols below `alphabetSize`) at once. */
  static build(patterns: readonly (readonly number[])[], alphabetSize: number): PhraseAutomaton {
    return runToEnd(PhraseAutomaton.buildInSteps(patterns, alphabetSize));
  }

  /** `build` in steps of about a millisecond, for a page that builds it between its tasks. */
  static *buildInSteps(
    patterns: readonly (readonly number[])[],
    alphabetSize: number,
  ): Generator<undefined, PhraseAutomaton, void> {
    const automaton = new PhraseAutomaton(
      patterns.map((pattern) => pattern.length),
      alphabetSize,
    );
    for (let id = 0; id < patterns.length; id++) {
      automaton.insert(patterns[id] ?? [], id);
      if (id % itemsPerStep === itemsPerStep - 1) yield;
    }
    for (let symbol = 0; symbol < alphabetSize; symbol++) {
      automaton.fromStart[symbol] = automaton.next.get(symbol) ?? 0;
    }
    yield;
    yield* automaton.linkFailures();
    return automaton;
  }

  private insert(pattern: readonly number[], id: number): void {
    let state = 0;
    for (const symbol of pattern) {
      const key = state * this.alphabetSize + symbol;
      let target = this.next.get(key);
      if (target === undefined) {
        target = this.fail.length;
        this.fail.push(0);
        this.outputs.push([]);
        this.next.set(key, target);
      }
      state = target;
    }
    this.outputs[state]?.push(id);
  }

  /** Number of states, for measurements. */
  get states(): number {
    return this.fail.length;
  }

  /**
   * Reports each pattern occurrence as (pattern, first word, word after the last). A symbol below
   * zero (an unknown word) or a new sentence sends the automaton back to its start.
   */
  scan({
    symbols,
    sentences,
    onMatch,
  }: {
    symbols: ArrayLike<number>;
    sentences: ArrayLike<number>;
    onMatch: (pattern: number, start: number, end: number) => void;
  }): void {
    let state = 0;
    for (let i = 0; i < symbols.length; i++) {
      const symbol = symbols[i] ?? -1;
      if (symbol < 0 || (i > 0 && sentences[i] !== sentences[i - 1])) state = 0;
      if (symbol < 0) continue;
      state = this.step(state, symbol);
      const found = this.outputs[state];
      if (!found || found.length === 0) continue;
      for (const pattern of found) onMatch(pattern, i + 1 - (this.lengths[pattern] ?? 0), i + 1);
    }
  }

  /** Patterns recognised on reaching `state`. */
  outputsAt(state: number): readonly number[] {
    return this.outputs[state] ?? [];
  }

  /** The state after reading `symbol` in state `from`. */
  step(from: number, symbol: number): number {
    let state = from;
    while (state !== 0) {
      const target = this.next.get(state * this.alphabetSize + symbol);
      if (target !== undefined) return target;
      state = this.fail[state] ?? 0;
    }
    // Most words move the automaton from its start: a plain array answers those.
    return this.fromStart[symbol] ?? 0;
  }

  private *linkFailures(): Generator<undefined, void, void> {
    // Breadth-first, so each state's failure target is final before its children need it.
    const children = new Map<number, [number, number][]>();
    let seen = 0;
    for (const [key, target] of this.next) {
      if (++seen % itemsPerStep === 0) yield;
      const parent = Math.floor(key / this.alphabetSize);
      const symbol = key % this.alphabetSize;
      const list = children.get(parent) ?? [];
      list.push([symbol, target]);
      children.set(parent, list);
    }
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [symbol, child] of children.get(state) ?? []) {
        this.fail[child] = state === 0 ? 0 : this.step(this.fail[state] ?? 0, symbol);
        const inherited = this.outputs[this.fail[child] ?? 0] ?? [];
        if (inherited.length > 0)
          this.outputs[child] = [...(this.outputs[child] ?? []), ...inherited];
        queue.push(child);
      }
      if (head % itemsPerStep === itemsPerStep - 1) yield;
    }
  }
}
