/**
 * The bench's synthetic worst case: about `bytes` of article HTML (paragraphs of filler with a
 * target phrase every tenth paragraph), and a script that appends `appended` more paragraphs,
 * ten per animation frame, then sets `window.appendDone`. `window.phraseCount` says how many
 * target phrases the page holds in the end.
 */
export function syntheticLivePage({
  bytes,
  appended,
}: {
  bytes: number;
  appended: number;
}): string {
  const filler =
    'Officials met again this week to discuss the timetable, the budget and the staffing of the mission, ' +
    'and agreed to publish a joint statement once the remaining technical questions were settled. ';
  const withPhrase =
    'Negotiators in Kyiv said NATO security guarantees and a small tripwire force were on the table. ';
  const paragraphs: string[] = [];
  let size = 0;
  let phraseCount = 0;
  for (let index = 0; size < bytes; index++) {
    const hasPhrase = index % 10 === 0;
    if (hasPhrase) phraseCount += 2;
    const html = `<p>${hasPhrase ? withPhrase : ''}${filler.repeat(3)}<em>Update ${index}.</em></p>\n`;
    paragraphs.push(html);
    size += html.length;
  }
  phraseCount += Math.ceil(appended / 10) * 2;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic live page</title></head>
<body><main id="feed">${paragraphs.join('')}</main>
<script>
  window.phraseCount = ${phraseCount};
  let appended = 0;
  function appendSome() {
    for (let i = 0; i < 10 && appended < ${appended}; i++, appended++) {
      const p = document.createElement('p');
      p.textContent = (appended % 10 === 0 ? ${JSON.stringify(withPhrase)} : '') + 'Live update ' + appended + '.';
      document.getElementById('feed').append(p);
    }
    if (appended < ${appended}) requestAnimationFrame(appendSome);
    else window.appendDone = true;
  }
  requestAnimationFrame(appendSome);
</script></body></html>`;
}
