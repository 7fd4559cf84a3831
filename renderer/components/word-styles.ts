/**
 * Styles that keep words whole, shared by the tables and the badges (main's overflow-wrap:anywhere
 * is a fallback for flowing text; these undo it where columns and pills can size to their words).
 */
import { makeStyles } from '@fluentui/react-components'

/** Tables whose columns are as wide as their words. */
export const useWordTableStyles = makeStyles({
  // Fluent's fixed layout splits the width evenly, which broke value and cipher names mid-word.
  table: { tableLayout: 'auto', overflowWrap: 'normal' },
  // A value name, a state word, a cipher: one line, its column as wide as its longest.
  oneLine: { whiteSpace: 'nowrap' },
  // Its header too: a column one Chinese character wide would stack its header's characters.
  fit: { width: '1%', whiteSpace: 'nowrap' },
})

/** A pill of fixed height: its words on one line, never squeezed by the text beside it. */
export const useBadgeStyles = makeStyles({ badge: { whiteSpace: 'nowrap', flexShrink: 0 } })
