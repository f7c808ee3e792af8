// The small counts askers spell out ("two units", "three levels", "five vials"): one list, so the
// extractors, the word search and the answers' readings of a question take the same words for the same
// numbers. A file of its own at the top of src, so every stage may import it.
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The same words as a regex alternation ("one|two|…|ten"), for patterns taking digits or words. */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join('|');
