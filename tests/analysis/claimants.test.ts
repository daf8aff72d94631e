import { describe, expect, it } from 'vitest';
import { claimantKey, claimantLabel, isPerArticle } from '../../src/lib/analysis/claimants.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';

const c = (
  claimant: string,
  claimant_side: string,
  publisher: string | null,
  source_id: string,
  origin: string | null = null,
) => ({
  claimant,
  claimant_side,
  publisher,
  source_id,
  origin,
});

describe('claimants: who is the same claimant', () => {
  it.each([
    // rows of data/claims.csv joined to sources.csv
    [
      'a named government in two articles',
      c('Armenian government', 'armenia', 'AsiaNews', 'a'),
      c('Armenian government', 'armenia', 'unidentified', 'b'),
      true,
    ],
    [
      'SIPRI in two articles',
      c('SIPRI', 'independent', 'AsiaNews', 'a'),
      c('SIPRI', 'independent', 'unidentified', 'b'),
      true,
    ],
    [
      'an unidentified outlet in two articles',
      c('Unidentified outlet', 'press', 'unidentified', 'a'),
      c('Unidentified outlet', 'press', 'unidentified', 'b'),
      false,
    ],
    [
      'an identified outlet in two articles',
      c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'a'),
      c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'b'),
      true,
    ],
    [
      'press named by a wire but published by an unidentified site',
      c('Associated Press', 'press', 'unidentified', 'a'),
      c('Associated Press', 'press', 'unidentified', 'b'),
      false,
    ],
    [
      'unnamed officials in two articles',
      c('Officials (unnamed)', 'unknown', 'X', 'a'),
      c('Officials (unnamed)', 'unknown', 'Y', 'b'),
      false,
    ],
    [
      'unnamed officials twice in one article',
      c('Officials (unnamed)', 'unknown', 'X', 'a'),
      c('Officials (unnamed)', 'unknown', 'X', 'a'),
      true,
    ],
    [
      // jpost-deaths-hundreds is Reuters' copy: the outlet's voice there is Reuters'.
      "two outlets' own voice in copy of one Reuters story",
      c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'a', 'reuters-2020-10-05'),
      c('Example Daily', 'press', 'Example Daily', 'b', 'reuters-2020-10-05'),
      true,
    ],
    [
      "an outlet's own line and its Reuters copy",
      c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'a', 'own'),
      c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'a', 'reuters-2020-10-05'),
      false,
    ],
    [
      'unnamed officials in two reprints of one AP story',
      c('Officials (unnamed)', 'unknown', 'unidentified', 'a', 'ap-2023-10-05'),
      c('Officials (unnamed)', 'unknown', 'unidentified', 'b', 'ap-2023-10-05'),
      true,
    ],
    [
      'named people quoted from two different stories are still themselves',
      c('Armen Smbatyan', 'armenia', 'X', 'a', 'factor-2020-10'),
      c('Armen Smbatyan', 'armenia', 'Y', 'b', null),
      true,
    ],
    [
      'spelling of case, spaces and accents',
      c('Recep Tayyip Erdoğan', 'turkey', 'X', 'a'),
      c('recep  tayyip erdogan', 'turkey', 'Y', 'b'),
      true,
    ],
  ])('%s', (_name, a, b, same) => {
    expect(claimantKey(a, DEFAULT_RULES) === claimantKey(b, DEFAULT_RULES)).toBe(same);
  });

  it('labels per-article claimants with their article', () => {
    const u = c('Unidentified outlet', 'press', 'unidentified', 'ap-2020-10-01');
    expect(isPerArticle(u, DEFAULT_RULES)).toBe(true);
    expect(claimantLabel(u, DEFAULT_RULES)).toBe('Unidentified outlet [ap-2020-10-01]');
    expect(claimantLabel(c('SIPRI', 'independent', 'AsiaNews', 'a'), DEFAULT_RULES)).toBe('SIPRI');
  });

  it('labels wire copy with the wire, and per-article claimants of a reprint with its story', () => {
    const copy = c('The Jerusalem Post', 'press', 'The Jerusalem Post', 'a', 'reuters-2020-10-05');
    expect(claimantLabel(copy, DEFAULT_RULES)).toBe('Reuters');
    const officials = c('Officials (unnamed)', 'unknown', 'unidentified', 'a', 'ap-2023-10-05');
    expect(claimantLabel(officials, DEFAULT_RULES)).toBe(
      'Officials (unnamed) [Associated Press, 5 October 2023]',
    );
  });
});
