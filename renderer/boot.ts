/**
 * The first module the page evaluates (main.tsx imports it first): the Welcome step's two calls go
 * out before React and Fluent UI are even evaluated, so their answers are in by the time the page
 * can draw them.
 */
import { askFirstScreen, createApi } from './api'

/** The one API of the page. */
export const api = createApi()

/** The machine summary and the proposed targets, asked for at once. */
export const firstCalls = askFirstScreen(api)
// Reported by loadMachine, which takes this promise when the page could not wait for it.
firstCalls.catch(() => undefined)
