# Sourced by .ci/wine-stage.sh (its variables and its fail, w, now, secs): runs the collect script
# (docs/collect/collect-tls-registry.cmd) with Wine's cmd.exe and reg.exe, twice: with Windows'
# restart markers set (a RebootPending key, UpdateExeVolatile Flags, PendingFileRenameOperations),
# then with them removed, and
# diagnoses each folder with the CLI: the markers must be shown (coverage.restartMarkers) and the
# pending restart found exactly when they are there. Leaves Wine's registry without the markers.

collect_start=$(now)
collect_dir=$home/collect
cbs='HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
volatile='HKLM\SOFTWARE\Microsoft\Updates\UpdateExeVolatile'
session='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager'
markers_off() {
  w 60 wine reg delete "$cbs" /f >/dev/null 2>&1 || true
  w 60 wine reg delete "$volatile" /f >/dev/null 2>&1 || true
  w 60 wine reg delete "$session" /v PendingFileRenameOperations /f >/dev/null 2>&1 || true
}

# Runs the script in a fresh folder; prints "restartMarkers pending" as the CLI reads the folder.
collect_and_read() {
  rm -rf "$collect_dir" && mkdir -p "$collect_dir"
  cp "$repo/docs/collect/collect-tls-registry.cmd" "$collect_dir/"
  (cd "$collect_dir" && w 300 wine cmd /c collect-tls-registry.cmd >"$logs/collect.log" 2>&1) ||
    { cat "$logs/collect.log" >&2; fail 'collect-tls-registry.cmd failed under Wine (124 = timed out)'; }
  [ -s "$collect_dir/tls-registry/tls-restart.reg" ] ||
    { cat "$logs/collect.log" >&2; fail 'collect-tls-registry.cmd wrote no tls-restart.reg'; }
  set +e
  timeout 120 node "$repo/bin/tlswizard.cjs" diagnose --registry "$collect_dir/tls-registry" --json \
    >"$collect_dir/diagnosis.json" 2>"$logs/collect-diagnose.err"
  local rc=$?
  set -e
  # 0, 1 or 4: a verdict (healthy, action needed, inconclusive); anything else: it could not read.
  case $rc in 0 | 1 | 4) ;; *) cat "$logs/collect-diagnose.err" >&2; fail "diagnose of the collected folder exited $rc" ;; esac
  node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
    console.log(d.coverage.restartMarkers, d.findings.some((f) => f.id === "restart-pending"))
  ' "$collect_dir/diagnosis.json"
}

w 60 wine reg add "$cbs" /f >/dev/null 2>&1 || fail "reg add $cbs failed"
w 60 wine reg add "$volatile" /v Flags /t REG_DWORD /d 1 /f >/dev/null 2>&1 || fail "reg add $volatile failed"
w 60 wine reg add "$session" /v PendingFileRenameOperations /t REG_MULTI_SZ /d 'C:\\x.tmp' /f >/dev/null 2>&1 ||
  fail "reg add $session PendingFileRenameOperations failed"
with=$(collect_and_read)
grep -q '"PendingFileRenameOperations"=hex(7):00,00' "$collect_dir/tls-registry/tls-restart.reg" ||
  { cat "$collect_dir/tls-registry/tls-restart.reg" >&2; fail 'tls-restart.reg does not show PendingFileRenameOperations'; }
[ "$with" = 'true true' ] ||
  { cat "$collect_dir/tls-registry/tls-restart.reg" >&2; fail "with the markers set, the collected folder read as '$with' (want: shown, pending)"; }
markers_off
without=$(collect_and_read)
# Whether Exchange is there, said only where it is not (the demo imported earlier may have put it).
said_absent=no
grep -q '^\[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\]' "$collect_dir/tls-registry/tls-restart.reg" && said_absent=yes
if w 60 wine reg query 'HKLM\SOFTWARE\Microsoft\ExchangeServer' >/dev/null 2>&1; then has_exchange=yes; else has_exchange=no; fi
[ "$said_absent" != "$has_exchange" ] ||
  { cat "$collect_dir/tls-registry/tls-restart.reg" >&2; fail "tls-restart.reg says Exchange absent: $said_absent, but Wine has its key: $has_exchange"; }
[ "$without" = 'true false' ] ||
  { cat "$collect_dir/tls-registry/tls-restart.reg" >&2; fail "with the markers removed, the collected folder read as '$without' (want: shown, not pending)"; }
echo "== collect-tls-registry.cmd under Wine: restart markers shown, pending found with them and not without, in $(secs "$collect_start" "$(now)") s"
