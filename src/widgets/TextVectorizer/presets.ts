/**
 * The sentence sets a lesson or link can start from. Plain data, no engine: the schema (which lands
 * in the index bundle) reads the names from here.
 */

/** Preset sentence sets by name; learners type their own in the widget. */
export const PRESETS = {
  // Deck 000's count-vector example, so the table can be checked against the slide.
  deck: ['The cat sat on the hat', 'The dog ate the cat and the hat'],
  // Same words, different meaning: the pair bag-of-words cannot tell apart.
  'dog-bites-man': ['Dog bites man', 'Man bites dog', 'The man bites the dog'],
  // Shortened from the phishing mail in deck 000's spam example.
  spam: ['Please confirm your banking details', 'Confirm your details to access your account'],
  // Deck 003's character-level example.
  hello: ['hello', 'hello hello', 'hole'],
} as const satisfies Record<string, readonly string[]>

/** A preset's name. */
export type PresetName = keyof typeof PRESETS

/** Preset names, in the order the schema offers them. */
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]

/** How many sentences the widget takes: enough to compare, few enough for one slide. */
export const MAX_SENTENCES = 3

/** Longest sentence accepted, in characters: keeps the vocabulary table readable. */
export const MAX_CHARS = 48
