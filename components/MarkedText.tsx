/**
 * Text with one passage marked, built from text nodes and a <mark> element: the text is
 * never parsed as HTML, so a hostile string in the data shows as the characters it is.
 */
export function MarkedText({ text, marked }: { text: string; marked?: string }) {
  const at = marked ? text.indexOf(marked) : -1;
  if (!marked || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark class="tl-mark">{marked}</mark>
      {text.slice(at + marked.length)}
    </>
  );
}
