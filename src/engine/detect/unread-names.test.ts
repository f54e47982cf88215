/**
 * The rows of lexicon/unread-names.ts: the sentences each rule must decide on tagger output written
 * by hand, and ordinary news sentences it must leave alone. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.the-modified-head-unread', () => {
  it.each([
    ['He would challenge it before the Constitutional Tribunal.', ['organization:Constitutional Tribunal']],
    ['On Monday the Fiscal Council warned of a deficit.', ['organization:Fiscal Council']],
    ['The case went to the Supreme Electoral Tribunal, which ruled.', ['organization:Supreme Electoral Tribunal']],
    ['The camera was built by the Jet Propulsion Laboratory.', ['organization:Jet Propulsion Laboratory']],
    ['From July the Clean Energy Regulator will run the scheme.', ['organization:Clean Energy Regulator']],
    ['The Nuclear Regulator said it would inspect the plant.', ['organization:Nuclear Regulator']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Lowercase heads; a headline; a longer name (left to the model and to
    // organisation.of-chain, which reads the head with its place); a place or a given name before the head; a name read already.
    ['The ruling went to the constitutional tribunal.', []],
    ['Ruling Goes To The Constitutional Tribunal Today', []],
    ['The Constitutional Tribunal', []],
    ['Ruling goes to the\nConstitutional Tribunal today', []],
    ['He wrote to the Electoral Commission of Kenya.', ['organization:Commission of Kenya']],
    ['He spoke to the Electoral Commission Chair on Monday.', []],
    ['He went to the Lima Court on Monday.', []],
    ['She sat on the Maria Council for years.', []],
    ['The samples went to the laboratory and the regulator on Monday.', []],
    ['He ran the Science Laboratory Technicians Union.', []],
    ['He spoke to the [[O National Assembly]] on Monday.', ['organization:National Assembly']],
  ])('leaves %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.given-name-before-read-surname', () => {
  it.each([
    [
      "[[L Italy]]'s Jannik Sinner won. [[P:0.7 Sinner]], who is coached by [[P Darren Cahill]], broke serve.",
      ['place:Italy', 'person:Jannik Sinner', 'person:Sinner', 'person:Darren Cahill'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A weak reading of the surname; a common word or a title before it; a longer run; capitals.
    ["[[L Italy]]'s Jannik Sinner won. [[P:0.5 Sinner]] broke serve.", ['place:Italy', 'person:Sinner']],
    ['The Good Sinner won. [[P:0.8 Sinner]] broke serve.', ['person:Sinner']],
    ['Coach Sinner won. [[P:0.8 Sinner]] broke serve.', ['person:Sinner']],
    ['Once Cyclone Phailin comes ashore, [[P:0.8 Phailin]] weakens. The cyclone hit.', ['person:Phailin']],
    ['Jannik Sinner Foundation gave. [[P:0.8 Sinner]] broke serve.', ['person:Sinner']],
    ['JANNIK SINNER won. [[P:0.8 Sinner]] broke serve.', ['person:Sinner']],
  ])('leaves %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
