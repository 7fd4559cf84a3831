/** The report's stylesheet: inline, no fonts or images to fetch, calm on screen and on paper. */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --err: #a40e26; --err-bg: #ffebe9; --warn: #7d4e00; --warn-bg: #fff8c5;
  --info: #0550ae; --info-bg: #ddf4ff; --ok: #116329; --ok-bg: #dafbe1; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "Segoe UI", "Noto Sans",
  "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.45rem; margin: 0 0 .25rem; font-weight: 600; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); font-weight: 600; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; font-weight: 600; }
p { margin: .4rem 0; }
.meta { color: var(--muted); font-size: .875rem; margin: 0; }
.note { color: var(--muted); font-size: .875rem; }
code, pre, .mono { font-family: Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .85em; }
.redacted { border: 1px solid var(--line); border-left: 4px solid var(--info); background: var(--info-bg);
  padding: .5rem .75rem; margin: 1rem 0; font-size: .9rem; }
.verdict { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
.verdict.action-needed { border-left-color: var(--err); background: #fff5f5; }
.verdict.healthy { border-left-color: var(--ok); background: #f3fcf5; }
.verdict.inconclusive { border-left-color: var(--warn); background: #fffbea; }
.verdict .word { font-size: 1.35rem; font-weight: 700; margin: 0; }
.verdict.action-needed .word { color: var(--err); }
.verdict.healthy .word { color: var(--ok); }
.verdict.inconclusive .word { color: var(--warn); }
.verdict p { margin: .25rem 0 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; font-size: .9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.badge { display: inline-block; white-space: nowrap; border-radius: 999px; padding: 0 .55rem; font-size: .8rem;
  font-weight: 600; border: 1px solid transparent; }
.badge.error, .badge.bad { color: var(--err); background: var(--err-bg); border-color: #ffcecb; }
.badge.warning { color: var(--warn); background: var(--warn-bg); border-color: #eed888; }
.badge.info { color: var(--info); background: var(--info-bg); border-color: #b6e3ff; }
.badge.ok { color: var(--ok); background: var(--ok-bg); border-color: #aceebb; }
ol.steps { padding-left: 1.4rem; }
ul.compare { list-style: none; padding-left: 0; }
ul.compare li { margin: .3rem 0; }
ol.steps > li { margin: .6rem 0; padding-left: .25rem; }
.step-title { font-weight: 600; }
.kind { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; margin-left: .5rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .875rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
thead th { white-space: nowrap; }
td.val { min-width: 5.5em; }
tbody.group th { font-weight: 600; border-right: 1px solid var(--line); }
thead th { background: var(--soft); border-bottom: 2px solid var(--line); font-weight: 600; }
.nw { white-space: nowrap; }
.cc { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .8em; color: var(--err); background: var(--err-bg);
  border-radius: 3px; padding: 0 .15em; }
.verdict .sentence { font-size: 1.05rem; font-weight: 600; }
h4 { font-size: .9rem; margin: 1rem 0 .35rem; font-weight: 600; color: var(--muted); }
td.key, .key { font-family: Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .8rem; }
.finding, .problem { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
.problem { border-left-width: 4px; }
.problem.error { border-left-color: var(--err); }
.problem.warning { border-left-color: var(--warn); }
.problem.info { border-left-color: var(--info); }
.finding h3, .problem h3 { margin: 0 0 .35rem; display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.fid { color: var(--muted); font-weight: 400; font-size: .8rem; font-family: Consolas, "DejaVu Sans Mono", monospace; }
pre.commands { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem;
  white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0; font-size: .8rem; line-height: 1.5; }
pre.transcript { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .75rem;
  white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0 1rem; font-size: .8rem; line-height: 1.45; }
.probe { margin: 1rem 0 1.5rem; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
@media (max-width: 40rem) { main { padding: 1rem; } .facts { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, tbody.group, .verdict, .facts, pre.commands { break-inside: avoid; page-break-inside: avoid; }
  .finding h3, .finding > p:first-of-type, .problem h3, .problem > p:first-of-type { break-after: avoid; page-break-after: avoid; }
  pre.transcript { break-inside: auto; }
}
`
