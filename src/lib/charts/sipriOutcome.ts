/**
 * How a printed figure stands against SIPRI's database, as a mark's colour and words. Okabe–Ito
 * vermillion and bluish green stay apart for the common colour-vision deficiencies, and the label
 * always says the outcome in words, so colour is never the only cue.
 */
import type { SipriComparison } from '../reference/sipriComparisons.ts';
import type { Theme } from './palette.ts';

type Outcome = SipriComparison['outcome'];

const COLOURS: Record<Theme, Record<Outcome, string>> = {
  light: {
    differs: '#C04A00',
    matches: '#007A5A',
    within_wording: '#007A5A',
    not_compared: '#6E6E6E',
  },
  dark: {
    differs: '#FF8A3D',
    matches: '#33C49A',
    within_wording: '#33C49A',
    not_compared: '#A6A6A6',
  },
};

export const OUTCOME_WORDS: Record<Outcome, string> = {
  differs: 'differs from this release',
  matches: 'matches this release',
  within_wording: 'within its wording',
  not_compared: 'not compared',
};

export const outcomeColour = (outcome: Outcome, theme: Theme) => COLOURS[theme][outcome];

/** Bars and lines of the database itself: a quiet grey that both themes read. */
export const databaseColour = (theme: Theme) => (theme === 'light' ? '#8C8C8C' : '#9E9E9E');
