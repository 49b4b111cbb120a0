import { readLessons } from '../../../build/lessons-plugin.ts'

/** The lessons as the build sees them (order, slug, counts). */
export const lessons = readLessons('lessons')
