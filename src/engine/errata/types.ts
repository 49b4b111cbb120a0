/** A number printed on a lecture slide that the engine (and a hand derivation) shows to be wrong. */
export interface Erratum {
  /** Seed deck file name, e.g. '004_0b418e6178dc4cd8.txt'. */
  deck: string
  /** Where in the deck: slide title or the nearest heading, and the line number of the text file. */
  where: string
  /** What the slide prints. */
  printed: string
  /** The value derived by hand and computed by the engine. */
  correct: string
  /** One sentence on the slip, for the lesson to show. */
  explanation: string
}
