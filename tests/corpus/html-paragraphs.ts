/**
 * A saved page's text, one paragraph per block element, read from its HTML without a browser:
 * near enough to what the page engine reads for the node tools and tests that need page text
 * in bulk (bench:match, the match gate's test). The corpus check reads pages in the browser.
 */
export function paragraphsOfHtml(html: string): string[] {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<\/?(p|div|li|h[1-6]|tr|td|th|br|section|article|blockquote|header|footer)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
