// @vitest-environment node
/**
 * The shapes and traps the matcher issue names, run against the real knowledge base: the
 * phrases and context rules in knowledge/entries/*.json are the matcher's data, so this is
 * where a change to them shows its effect.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { createMatcher, createMatcherInSteps } from '../../../utils/matcher/index';

const matcher = createMatcher({ entries: loadKnowledgeBaseFromDisk().entries });
const ids = (text: string) => [...new Set(matcher.findConcepts({ text }).map((m) => m.entryId))];

describe('the knowledge base finds the shapes readers meet', () => {
  it.each([
    ['Kyiv insists on security guarantees from Washington.', 'security-guarantees'],
    ['Europe discussed guarantees of Ukraine’s security with Kyiv.', 'security-guarantees'],
    ['Europe offers Ukraine Article 5-style protection, NATO officials said.', 'nato-article-5'],
    ['The alliance has invoked Article V only once.', 'nato-article-5'],
    ['NATO allies weighed Art. 5 after the drone strike.', 'nato-article-5'],
    ['Allies would treat an attack on one as an attack on all, NATO said.', 'nato-article-5'],
    ['Each NATO ally takes such action as it deems necessary.', 'nato-article-5'],
    ['Critics call European troops in Ukraine trip-wire forces.', 'tripwire-force'],
    [
      'Leaders of the so-called coalition of willing nations met in Paris.',
      'coalition-of-the-willing',
    ],
    ['Die Europäer beraten über Sicherheitsgarantien für die Ukraine.', 'security-guarantees'],
    ['Щодо гарантій безпеки для України домовилися союзники.', 'security-guarantees'],
    ['Запад обсуждает гарантии безопасности для Украины.', 'security-guarantees'],
    ['Trump said Ukraine would have to abandon plans of joining NATO.', 'nato-membership-ukraine'],
    [
      'Moscow opposes Kyiv’s accession to the alliance, NATO officials said.',
      'nato-membership-ukraine',
    ],
    ['Russia and Ukraine agreed to a 30-day ceasefire.', 'ceasefire'],
    ['Die Waffenruhe in der Ukraine hält.', 'ceasefire'],
    ['Kyiv refuses to cede the Donbas region to Russia.', 'territorial-concessions'],
    ['In 1994 Ukraine gave up its nuclear arsenal for promises.', 'budapest-memorandum'],
    ['France could send thousands of troops to Ukraine after a peace deal.', 'boots-on-the-ground'],
    ['Die Waffenstillstandsverhandlungen mit Russland stocken.', 'ceasefire'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the knowledge base leaves the traps alone', () => {
  it.each([
    'A security guard was shot at the mall.',
    'Social Security guarantees benefits to retirees.',
    'Article 5 of the GDPR sets out the principles of processing.',
    'Article 5 of the Constitution describes how it may be amended.',
    'The price crossed a red line on the chart.',
    'The ceasefire in Gaza between Israel and Hamas held overnight.',
    'Open Source Tripwire detects changes to files on Linux servers.',
    'The Washington Naval Treaty limited battleships in 1922.',
    'The governing coalition collapsed after the budget vote.',
    'The laptop comes with a two-year guarantee and a warranty.',
    'Gwarancja producenta obejmuje wady fabryczne.',
    'Finland joined the alliance in 2023.',
    'Russian troops in Ukraine suffered heavy losses.',
    'Finland and Sweden applied to join NATO after Russia invaded Ukraine.',
    'A multinational force led by Kenya has been deployed in Haiti.',
    'Trump threatened to send troops to Chicago.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('building the index in steps (as the content script does)', () => {
  it('takes many small steps and gives the same matcher as building at once', () => {
    const entries = loadKnowledgeBaseFromDisk().entries;
    const steps = createMatcherInSteps({ entries });
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    // The whole knowledge base: dozens of steps, so a page runs each in a task of its own turn.
    expect(count).toBeGreaterThan(20);
    const stepped = step.value;
    for (const text of [
      'Kyiv wants security guarantees like Article 5 of the North Atlantic Treaty.',
      'Eine Koalition der Willigen soll Sicherheitsgarantien für die Ukraine geben.',
      'Україна хоче гарантій безпеки від коаліції охочих.',
      'A tripwire force of European troops, the coalition of the wiling said.',
    ]) {
      expect(stepped.findConcepts({ text })).toEqual(matcher.findConcepts({ text }));
      expect(stepped.findConcepts({ text }).length).toBeGreaterThan(0);
    }
  });
});

describe('the optional languages (pt, es, it, ro): held-out sentences and traps', () => {
  it.each([
    // Portuguese, Brazilian and European spellings
    ['Zelensky voltou a pedir garantias de segurança aos aliados europeus.', 'security-guarantees'],
    ['Líderes da Coalizão dos Dispostos reuniram-se de novo em Paris.', 'coalition-of-the-willing'],
    ['A coligação dos voluntários prepara o apoio à Ucrânia.', 'coalition-of-the-willing'],
    ['O Kremlin rejeita qualquer adesão da Ucrânia à OTAN.', 'nato-membership-ukraine'],
    ['Kiev quer uma proteção equivalente ao Artigo 5º da OTAN.', 'nato-article-5'],
    ['Os aliados da NATO discutem o Artigo 5.º do Tratado de Washington.', 'washington-treaty'],
    ['Em 1994, a Ucrânia abriu mão do seu arsenal nuclear.', 'budapest-memorandum'],
    ['Putin exige concessões territoriais em Donetsk.', 'territorial-concessions'],
    ['Portugal admite enviar tropas para a Ucrânia após um cessar-fogo.', 'ceasefire'],
    ['Macron defendeu uma força de tranquilização em Kiev e Odessa.', 'reassurance-force'],
    // Spanish
    ['Zelenski reclama garantías de seguridad a Estados Unidos.', 'security-guarantees'],
    ['Rusia rechaza la adhesión de Ucrania a la OTAN.', 'nato-membership-ukraine'],
    ['El cese al fuego entre Rusia y Ucrania no se ha cumplido.', 'ceasefire'],
    ['Putin dijo que el envío de tropas europeas cruzaría una línea roja.', 'red-line'],
    ['El acuerdo sobre las tierras raras ucranianas se firmó en Washington.', 'minerals-deal'],
    // Italian
    ['La coalizione dei volenterosi discute a Parigi.', 'coalition-of-the-willing'],
    ['Mosca chiede un cessate il fuoco solo dopo il ritiro dal Donbass.', 'ceasefire'],
    [
      'Un attacco contro uno è un attacco contro tutti, recita il Trattato del Nord Atlantico.',
      'nato-article-5',
    ],
    ['Kiev rifiuta lo scambio di territori proposto da Mosca.', 'territorial-concessions'],
    ['Il Cremlino vuole l’Ucraina nella sua sfera di influenza.', 'sphere-of-influence'],
    // Romanian, with the definite article on the end of the word
    [
      'Liderii au discutat despre garanțiile de securitate oferite Kievului.',
      'security-guarantees',
    ],
    ['Coaliția de Voință s-a reunit la Paris.', 'coalition-of-the-willing'],
    [
      'Kievul respinge din nou concesiile teritoriale cerute de Moscova.',
      'territorial-concessions',
    ],
    ['Articolul 5 al Tratatului Nord-Atlantic prevede apărarea colectivă.', 'nato-article-5'],
    ['Kremlinul cere încetarea focului după retragerea trupelor din Donbas.', 'ceasefire'],
    ['Europenii pregătesc o forță de reasigurare pentru Ucraina.', 'reassurance-force'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'A garantia de segurança do produto cobre defeitos de fabrico durante dois anos.',
    'O novo código exige garantias de segurança jurídica para os investidores.',
    'O cessar-fogo na Faixa de Gaza entre Israel e o Hamas entrou em vigor.',
    'A coalizão de partidos no Parlamento aprovou o orçamento.',
    'O artigo 5º da Constituição Federal garante a igualdade de todos perante a lei.',
    'A linha vermelha do metrô de São Paulo teve a circulação interrompida.',
    'O acordo de minerais entre os Estados Unidos e a RDC foi assinado.',
    'El Gobierno colombiano prometió garantías de seguridad para los líderes sociales.',
    'La coalición de voluntarios limpió la playa el domingo.',
    'El alto el fuego en Gaza entre Israel y Hamás se rompió anoche.',
    'La tregua comercial entre Estados Unidos y China expira en agosto.',
    'Il cessate il fuoco in Libano tra Israele e Hezbollah è fragile.',
    'Il Pd ha tracciato una linea rossa: nessuna alleanza con la destra.',
    'La garanzia di sicurezza del prodotto dura due anni.',
    'Încetarea focului din Fâșia Gaza între Israel și Hamas a fost încălcată.',
    'Coaliția de guvernare din Parlament s-a destrămat.',
    'Organizația Tratatului Atlanticului de Nord a fost fondată în 1949.',
    'Asigurările de securitate pentru locuință sunt tot mai scumpe.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
