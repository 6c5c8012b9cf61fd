/**
 * Page-world measures of the hover card (run in the page with `evaluate`, so no imports): how
 * many words it shows, how tall its content is, and where its parts sit inside its scroll box.
 */

export interface CardMeasure {
  entryId: string;
  /** Words of visible text in the card (the whole scroll box, hidden parts left out). */
  words: number;
  /** Height of the card's content (its scroll height) and of its box, in CSS px. */
  contentPx: number;
  boxPx: number;
  /** Distance from the card's top to the treaty quote's bottom edge; null without a quote. */
  treatyBottomPx: number | null;
  /** Distance from the card's top to the treaty quote's top edge; null without a quote. */
  treatyTopPx: number | null;
  /** Bottom edge of each essential part (title, meaning, op-ed line, key sentence). */
  essentialBottoms: Record<string, number>;
  /** The key sentence quoted, as shown. */
  quote: string;
  /** The card's width in CSS px. */
  widthPx: number;
}

/** Measures the open hover card; null while there is none. */
export function measureCard(): CardMeasure | null {
  const host = document.querySelector('treaty-lens-card');
  const frame = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="hover-card"]');
  const card = frame?.querySelector('[data-testid="entry-card"][data-entry-id]');
  if (!frame || !card) return null;
  const top = frame.getBoundingClientRect().top - frame.scrollTop;
  // No inner functions: tsx would wrap them in a `__name` helper the page does not have.
  let text = '';
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.getClientRects().length === 0) continue;
    if (getComputedStyle(parent).visibility === 'hidden') continue;
    text += ` ${node.textContent}`;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const quote = frame.querySelector('[data-testid="treaty-text"] blockquote');
  const essentials: Record<string, string> = {
    title: '.tl-title',
    meaning: '[data-testid="entry-summary"]',
    opEd: '[data-testid="op-ed-position"]',
    keySentence: '[data-testid="treaty-text"] blockquote',
  };
  const essentialBottoms: Record<string, number> = {};
  for (const [name, selector] of Object.entries(essentials)) {
    const element = frame.querySelector(selector);
    if (!element || element.getClientRects().length === 0) continue;
    essentialBottoms[name] = Math.round(element.getBoundingClientRect().bottom - top);
  }
  return {
    entryId: card.getAttribute('data-entry-id') ?? '',
    words,
    contentPx: frame.scrollHeight,
    boxPx: frame.clientHeight,
    treatyTopPx: quote ? Math.round(quote.getBoundingClientRect().top - top) : null,
    treatyBottomPx: quote ? Math.round(quote.getBoundingClientRect().bottom - top) : null,
    essentialBottoms,
    quote: quote?.textContent?.trim() ?? '',
    widthPx: Math.round(frame.getBoundingClientRect().width),
  };
}
