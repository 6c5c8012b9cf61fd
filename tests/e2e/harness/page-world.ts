/**
 * Functions the tests run inside pages (`page.evaluate`). Each is serialised on its own, so it
 * must not use imports, outer variables or inner named functions (tsx's keepNames would wrap
 * those in a `__name` helper that does not exist in the page).
 */

/** Sizes of the extension's CSS highlights, by highlight name (`treaty-lens-<topicId>`). */
export function readMarkCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('treaty-lens-')) counts[name] = highlight.size;
  }
  return counts;
}

/** Total marks on the page, or null while there are none (for `waitFor`). */
export function totalMarksOrNull(): number | null {
  let total = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('treaty-lens-')) total += highlight.size;
  }
  return total > 0 ? total : null;
}

export interface TextPoint {
  x: number;
  y: number;
}

/**
 * Scrolls the first occurrence of `text` inside `selector` into view and returns the viewport
 * coordinates of its middle, from a Range over the text node (what a reader's pointer would hit).
 */
export function pointOfText({
  selector,
  text,
  block = 'center',
}: {
  selector: string;
  text: string;
  /** Where to scroll the text's element to (`scrollIntoView`'s `block`). */
  block?: ScrollLogicalPosition;
}): TextPoint {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`No element matches ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent?.indexOf(text) ?? -1;
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    node.parentElement?.scrollIntoView({ block });
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${text}" not found in ${selector}`);
}

export interface CardState {
  entryId: string | null;
  title: string;
  treatyText: string;
  /** The card's box in viewport coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the hover card (`<treaty-lens-card>`, open shadow root) shows, or null when absent. */
export function readCard(): CardState | null {
  const host = document.querySelector('treaty-lens-card');
  const card = host?.shadowRoot?.querySelector('[data-testid="entry-card"][data-entry-id]');
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  return {
    entryId: card.getAttribute('data-entry-id'),
    title: card.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
    treatyText: card.querySelector('[data-testid="treaty-text"]')?.textContent?.trim() ?? '',
    x: rect.x,
    y: rect.y,
    width: rect.width,
    height: rect.height,
  };
}

/** `data-entry-id`s of the elements matching `selector`, or null while there are none. */
export function entryIdsOrNull(selector: string): string[] | null {
  const ids = [...document.querySelectorAll(selector)].map((element) =>
    element.getAttribute('data-entry-id'),
  );
  return ids.length > 0 ? ids.filter((id) => id !== null) : null;
}

export interface MarkedText {
  /** Highlight name, `treaty-lens-<topicId>`. */
  highlight: string;
  text: string;
}

/** The text under every mark, with the highlight (topic) it belongs to. */
export function readMarkedTexts(): MarkedText[] {
  const marked: MarkedText[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-')) continue;
    for (const range of highlight) marked.push({ highlight: name, text: range.toString() });
  }
  return marked;
}

/**
 * True once every one of `texts` (any case) lies inside a mark of ours, else null: marking runs
 * in short tasks, visible text first, so a test waits for the marks it is about to use.
 */
export function marksCoverOrNull(texts: string[]): true | null {
  const marked: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-')) continue;
    for (const range of highlight) marked.push(range.toString().toLowerCase());
  }
  const covered = texts.every((text) => marked.some((mark) => mark.includes(text.toLowerCase())));
  return covered ? true : null;
}

/** Elements inside the article other than its paragraphs: marking must not wrap page text. */
export function countElementsInsideParagraphs(): number {
  return document.querySelectorAll('article p *, article aside *').length;
}
