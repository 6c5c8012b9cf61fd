/**
 * The page's paragraphs as the corpus check reads them, independently of the content script:
 * text nodes joined per nearest block element (or shadow root), skipping what the page engine
 * skips, open shadow roots read after the document. Run in the page (serialised on its own:
 * no imports, no outer names, no inner named functions).
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
  const roots: Node[] = [document.body ?? document.documentElement];
  for (let index = 0; index < roots.length; index++) {
    let current: Node | null = null;
    let text = '';
    const walker = document.createTreeWalker(
      roots[index] as Node,
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
          if (element.shadowRoot) roots.push(element.shadowRoot);
          return element.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        },
      },
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE) {
        text += '\n';
        continue;
      }
      let block: Node | null = node.parentNode;
      while (
        block &&
        block.nodeType === Node.ELEMENT_NODE &&
        !blocks.has((block as Element).tagName)
      ) {
        block = block.parentNode;
      }
      if (block !== current) {
        if (text.trim() !== '') paragraphs.push(text);
        current = block;
        text = '';
      }
      text += (node as Text).data;
    }
    if (text.trim() !== '') paragraphs.push(text);
  }
  return paragraphs;
}
