import { describe, expect, it } from 'vitest';
import { summariseMutations } from '../../../entrypoints/content/page-observer';

/** Collects the records a change produces, as the page observer would receive them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('summariseMutations', () => {
  it('rescans a whole paragraph when inline text is added to it', async () => {
    document.body.innerHTML = '<article><p id="p">What security</p></article>';
    const paragraph = document.getElementById('p') as HTMLElement;
    const records = await recordsOf(() =>
      paragraph.insertAdjacentHTML('beforeend', ' <em>guarantees</em>'),
    );
    const changes = summariseMutations({ records });
    expect(changes.dirtyRoots).toEqual([paragraph]);
    expect(changes.onlyNewRoots).toBe(false); // the paragraph's old marks must be dropped first
    expect(changes.rescan).toBe(false);
  });

  it('scans an added block on its own, not its big container', async () => {
    document.body.innerHTML = '<main id="feed"><p>old</p></main>';
    const added = document.createElement('p');
    added.textContent = 'a tripwire force';
    const records = await recordsOf(() => document.getElementById('feed')?.append(added));
    const changes = summariseMutations({ records });
    expect(changes.dirtyRoots).toEqual([added]);
    expect(changes.onlyNewRoots).toBe(true);
  });

  it('reports removals and edited text', async () => {
    document.body.innerHTML = '<div><p id="gone">bye</p><p id="edited">before</p></div>';
    const edited = document.getElementById('edited') as HTMLElement;
    const records = await recordsOf(() => {
      document.getElementById('gone')?.remove();
      (edited.firstChild as Text).data = 'after';
    });
    const changes = summariseMutations({ records });
    expect(changes.removed).toBe(true);
    expect(changes.dirtyRoots).toEqual([edited]);
  });

  it('ignores changes inside the card and inside skipped elements', async () => {
    document.body.innerHTML = '<treaty-lens-card></treaty-lens-card><textarea id="t"></textarea>';
    const records = await recordsOf(() => {
      document.querySelector('treaty-lens-card')?.append(document.createElement('div'));
      (document.getElementById('t') as HTMLTextAreaElement).append('typed');
    });
    expect(summariseMutations({ records }).dirtyRoots).toEqual([]);
  });

  it('asks for a full rescan past a thousand added nodes', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed') as HTMLElement;
    const records = await recordsOf(() => {
      for (let index = 0; index < 1001; index++) feed.append(document.createElement('p'));
    });
    expect(summariseMutations({ records }).rescan).toBe(true);
  });
});
