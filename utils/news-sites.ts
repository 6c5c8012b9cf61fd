/**
 * Major news sites where the content script runs without any extra permission. Data, not
 * code: the integration work (optional all-sites permission, "Scan this page") reuses the list.
 * Each host also covers its subdomains (`*.host`).
 */
export const newsSiteHosts: readonly string[] = [
  // Wires and broadcasters
  'apnews.com',
  'reuters.com',
  'afp.com',
  'bbc.com',
  'bbc.co.uk',
  'npr.org',
  'pbs.org',
  'cbc.ca',
  'abc.net.au',
  'dw.com',
  'france24.com',
  'euronews.com',
  'aljazeera.com',
  'rferl.org',
  'cnn.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'foxnews.com',
  // Newspapers and magazines
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'ft.com',
  'theguardian.com',
  'thetimes.com',
  'telegraph.co.uk',
  'independent.co.uk',
  'economist.com',
  'bloomberg.com',
  'politico.com',
  'politico.eu',
  'axios.com',
  'theatlantic.com',
  'newyorker.com',
  'time.com',
  'usatoday.com',
  'latimes.com',
  'foreignpolicy.com',
  'foreignaffairs.com',
  'thehill.com',
  'vox.com',
  'lemonde.fr',
  'lefigaro.fr',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'sueddeutsche.de',
  'tagesschau.de',
  'nzz.ch',
  'elpais.com',
  'corriere.it',
  'repubblica.it',
  'gazeta.pl',
  'wyborcza.pl',
  'polityka.pl',
  // Ukraine-focused outlets and think tanks quoted in the coverage
  'kyivindependent.com',
  'kyivpost.com',
  'pravda.com.ua',
  'ukrinform.net',
  'ukrinform.ua',
  'meduza.io',
  'cato.org',
  'understandingwar.org',
  'chathamhouse.org',
  'atlanticcouncil.org',
  'carnegieendowment.org',
  'warontherocks.com',
];

/**
 * Match patterns for the news sites over https. `*.host` covers the host itself and its
 * subdomains (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
 */
export function newsSiteMatchPatterns(): string[] {
  return newsSiteHosts.map((host) => `https://*.${host}/*`);
}
