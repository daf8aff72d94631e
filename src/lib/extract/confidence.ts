/**
 * Confidences the guesses report, by name, so that every rule says how sure it is in the same
 * scale: 0 is a guess with nothing behind it, 1 a reading the text leaves no doubt about. A
 * field whose confidence is under `REVIEW_BELOW` is flagged for review.
 */
export const CONFIDENCE = Object.freeze({
  /** Read straight from the printed figure: a currency symbol, "km2", a percent sign. */
  certain: 0.9,
  /** Attribution a pattern states outright: "according to X", a quotation's speaker. */
  stated: 0.85,
  /** A speech verb with its subject: "X said". */
  speechVerb: 0.8,
  /** Two or more signal words near the figure agree. */
  strongSignal: 0.7,
  /** The article's own voice when no attribution is found. */
  articleVoice: 0.6,
  /** One signal word near the figure. */
  signal: 0.6,
  /** Carried over from the previous speaker or a heading. */
  even: 0.5,
  /** A background clause before a later attribution. */
  background: 0.45,
  /** A word of the sentence that only hints. */
  weak: 0.4,
  /** A default with little behind it. */
  weakSignal: 0.4,
  /** A last resort: the claimant side, or "both sides". */
  fallback: 0.3,
});

/** Fields with a confidence below this are flagged for review. */
export const REVIEW_BELOW = 0.5;
