/**
 * The page's paragraphs as the corpus check reads them, independently of the content script:
 * text nodes joined per nearest block element, skipping what the page engine skips. Run in the
 * page (serialised on its own: no imports, no outer names, no inner named functions).
 */
export function readParagraphs({
  blockTags,
  skippedTags,
}: {
  blockTags: string[];
  skippedTags: string[];
}): string[] {
  const blocks = new Set(blockTags);
  const skipped = new Set(skippedTags);
  const paragraphs: string[] = [];
  let current: Element | null = null;
  let text = '';
  const walker = document.createTreeWalker(
    document.body ?? document.documentElement,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        const editable = element.getAttribute('contenteditable');
        if (
          skipped.has(element.tagName) ||
          element.hasAttribute('hidden') ||
          (editable !== null && editable !== 'false')
        ) {
          return NodeFilter.FILTER_REJECT;
        }
        return element.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      text += '\n';
      continue;
    }
    let block: Element | null = node.parentElement;
    while (block && !blocks.has(block.tagName)) block = block.parentElement;
    if (block !== current) {
      if (text.trim() !== '') paragraphs.push(text);
      current = block;
      text = '';
    }
    text += (node as Text).data;
  }
  if (text.trim() !== '') paragraphs.push(text);
  return paragraphs;
}
