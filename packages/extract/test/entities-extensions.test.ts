import { describe, expect, it } from '@jest/globals';
import { extractFrom, transcriptOf } from './fixtures/entity-fixture.js';

function run(...texts: string[]) {
  return extractFrom(transcriptOf(texts));
}

const named = (...texts: string[]) => run(...texts).entities.map((e) => e.label);

describe('longer names built on catalog names', () => {
  it('a catalog name and a capitalized word or a version form a new, discovered name', () => {
    const { entities } = run(
      'We ran the Ubuntu Server image on a laptop. My old machine still had Windows 95 on it.',
      'Then we moved it all to Ubuntu 14.04 and it was fine.',
    );
    const byName = new Map(entities.map((e) => [e.label, e]));
    expect(byName.get('Ubuntu Server')).toMatchObject({ discovered: true, kind: 'Software' });
    expect(byName.get('Windows 95')?.discovered).toBe(true);
    expect(byName.has('Ubuntu 14.04')).toBe(true);
  });

  it('the word that ends the name can say its kind', () => {
    const { entities } = run('She studied at Boston University before we met, and then she moved on.');
    expect(entities.find((e) => e.label === 'Boston University')?.kind).toBe('Organization');
  });

  it('a count, a plural, an acronym, a new sentence or lower case do not extend a name', () => {
    expect(named('I have used Linux 20 years now and I like it a lot.')).not.toContain('Linux 20');
    expect(named('We sold Dell PCs to every school we could find.')).not.toContain('Dell PCs');
    expect(named('It ran on Linux. Later it ran elsewhere too.')).toContain('Linux');
    expect(named('you know ubuntu server is what we ran for years and years')).not.toContain('ubuntu server');
  });
});
