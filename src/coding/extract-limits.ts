// What a human asks, as limits on the work one question may cause (a hostile or runaway mail asks more).

/** Distinct codes looked up per question: coders ask about one to ten codes, a long claim review about
 *  thirty. Every pair of codes is looked up (PTP), so 40 codes are at most 1,560 ordered pairs. */
export const MAX_CODES = 40;

/** Characters of the body read: the longest question in our labelled sets is under 1,000 characters and a
 *  pasted operative note 10,000 to 20,000; quoted history and signatures are cut before this. */
export const MAX_BODY_CHARS = 32_768;

/** Characters of the subject read: a subject is one header line (RFC 5322 caps a line at 998). */
export const MAX_SUBJECT_CHARS = 1_000;
