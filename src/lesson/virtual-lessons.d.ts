// Generated at build time by build/lessons-plugin.ts; typed where it is read (src/lesson/catalog.ts).
declare module 'virtual:lessons' {
  export const lessons: unknown[]
}
