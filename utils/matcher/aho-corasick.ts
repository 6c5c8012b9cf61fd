/**
 * Aho-Corasick automaton over word families: finds every phrase in one left-to-right pass over
 * the page's words, in time linear in the number of words whatever the number of phrases.
 *
 * It works on words rather than characters because inflection is already settled per word
 * (family numbers), and a page has about six times fewer words than characters.
 */
export class PhraseAutomaton {
  /** Transitions, keyed `state * alphabetSize + symbol`. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Patterns recognised on reaching each state (its own and its suffixes'). */
  private readonly outputs: number[][] = [[]];
  /** Length in words of each pattern. */
  private readonly lengths: number[];

  constructor(
    patterns: readonly (readonly number[])[],
    private readonly alphabetSize: number,
  ) {
    this.lengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (const symbol of pattern) {
        const key = state * alphabetSize + symbol;
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
    });
    this.fromStart = new Int32Array(alphabetSize);
    for (let symbol = 0; symbol < alphabetSize; symbol++) {
      this.fromStart[symbol] = this.next.get(symbol) ?? 0;
    }
    this.linkFailures();
  }

  /** Transitions from the start state, by symbol. */
  private readonly fromStart: Int32Array;

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

  private step(from: number, symbol: number): number {
    let state = from;
    while (state !== 0) {
      const target = this.next.get(state * this.alphabetSize + symbol);
      if (target !== undefined) return target;
      state = this.fail[state] ?? 0;
    }
    // Most words move the automaton from its start: a plain array answers those.
    return this.fromStart[symbol] ?? 0;
  }

  private linkFailures(): void {
    // Breadth-first, so each state's failure target is final before its children need it.
    const children = new Map<number, [number, number][]>();
    for (const [key, target] of this.next) {
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
    }
  }
}
