import { describe, expect, it } from 'vitest';
import { isMessage, type Message, receivedMessage } from '../../../utils/messages';

const extensionId = 'treaty-lens-id';
const ownSender = { id: extensionId, tab: { id: 3 }, frameId: 0 };

/** One well-formed example of every message type: adding a type without one fails below. */
const examples: Record<Message['type'], Message> = {
  'page-summary': { type: 'page-summary' },
  'reveal-concept': { type: 'reveal-concept', entryId: 'nato-article-5' },
  'get-entry': { type: 'get-entry', entryId: 'tripwire-force' },
  'open-side-panel': {
    type: 'open-side-panel',
    entryId: 'nato-article-5',
    documentId: 'north-atlantic-treaty',
    articleId: '5',
  },
  'reveal-mark': { type: 'reveal-mark', direction: 'previous' },
  'page-engine-stats': { type: 'page-engine-stats' },
  'concepts-changed': { type: 'concepts-changed', count: 4 },
};

describe('the message protocol', () => {
  it.each(Object.values(examples))('accepts a well-formed $type', (message) => {
    expect(isMessage(message)).toBe(true);
    expect(receivedMessage({ message, sender: ownSender, extensionId })).toEqual(message);
  });

  it.each([
    ['no object', 'page-summary'],
    ['null', null],
    ['an array', [{ type: 'page-summary' }]],
    ['an unknown type', { type: 'open-everything' }],
    ['an inherited type name', { type: 'toString' }],
    ['reveal-concept without an entry', { type: 'reveal-concept' }],
    ['get-entry with a number for an entry', { type: 'get-entry', entryId: 5 }],
    ['get-entry with an empty entry', { type: 'get-entry', entryId: '' }],
    ['open-side-panel without an entry', { type: 'open-side-panel', documentId: 'un-charter' }],
    [
      'open-side-panel with a number for an article',
      { type: 'open-side-panel', entryId: 'a', articleId: 5 },
    ],
    ['reveal-mark sideways', { type: 'reveal-mark', direction: 'sideways' }],
    ['concepts-changed without a count', { type: 'concepts-changed' }],
    ['concepts-changed with a negative count', { type: 'concepts-changed', count: -1 }],
    ['concepts-changed with a fraction', { type: 'concepts-changed', count: 1.5 }],
    ['concepts-changed with a string count', { type: 'concepts-changed', count: '3' }],
  ])('rejects %s', (_name, value) => {
    expect(isMessage(value)).toBe(false);
    expect(receivedMessage({ message: value, sender: ownSender, extensionId })).toBeUndefined();
  });

  it.each([
    ['another extension', { id: 'other-extension', tab: { id: 3 } }],
    ['a sender without an id (a web page through a relay)', { url: 'https://example.com/' }],
  ])('ignores a well-formed message from %s', (_name, sender) => {
    expect(
      receivedMessage({ message: examples['get-entry'], sender, extensionId }),
    ).toBeUndefined();
  });
});
