# Sourced by .ci/wine-stage.sh (its variables and its fail, w, now, secs): builds the standalone
# tlswizard.exe with scripts/build-exe.mjs (blob by node.exe under Wine), unpacks its zip, and runs
# the unpacked exe under Wine: --version, diagnose --demo, diagnose of Wine's registry (native-reg
# loaded from node_modules beside the exe), probe of a loopback SMTP server, serve answering an API
# call with its token, and fix of a .reg file into an out dir. Only 127.0.0.1 is contacted.

exe_start=$(now)
smtp_pid='' serve_pid=''
# Background servers are stopped however the stage ends (each is bounded by timeout as well).
trap 'kill $smtp_pid $serve_pid 2>/dev/null || true' EXIT
exe_out=$home/exe
rm -rf "$exe_out" && mkdir -p "$exe_out"
command -v unzip >/dev/null || fail 'unzip is not installed (apt-get install unzip)'

t=$(now)
timeout 900 node "$repo/scripts/build-exe.mjs" --node-exe "$node_exe" >"$logs/build-exe.log" 2>&1 ||
  { cat "$logs/build-exe.log" >&2; fail 'scripts/build-exe.mjs failed (124 = timed out)'; }
build_s=$(secs "$t" "$(now)")
cat "$logs/build-exe.log"
zip=$repo/dist/exe/tlswizard-win-x64.zip
[ -s "$repo/dist/exe/tlswizard.exe" ] && [ -s "$zip" ] || fail 'build-exe made no tlswizard.exe or no zip'
# Everything below runs from the unpacked zip: it proves the zip holds all the exe needs.
timeout 120 unzip -q "$zip" -d "$exe_out/app" || fail "cannot unzip $zip"
exe=$exe_out/app/tlswizard.exe
for f in tlswizard.exe LICENSE README.txt renderer/index.html demo/2012r2-ex2016.reg \
  node_modules/native-reg/package.json node_modules/regedit/vbs/regList.wsf; do
  [ -s "$exe_out/app/$f" ] || fail "the zip has no $f"
done
grep -q 'NOT signed' "$exe_out/app/README.txt" || fail 'README.txt of an unsigned build does not say NOT signed'
exe_bytes=$(stat -c %s "$exe")
zip_bytes=$(stat -c %s "$zip")
mib() { awk -v n="$1" 'BEGIN { printf "%.1f MiB", n / 1048576 }'; }
echo "== tlswizard.exe $(mib "$exe_bytes") ($exe_bytes bytes), tlswizard-win-x64.zip $(mib "$zip_bytes"), built in ${build_s} s"

# Runs the exe under Wine into $exe_out/NAME.out/.err (files: node.exe fails with EBADF on pipes);
# sets rc. Support and audit logs go to the prefix's C:\ProgramData\MailflowTlsWizard\logs.
run_exe() {
  local name=$1 limit=$2
  shift 2
  local t0
  t0=$(now)
  set +e
  w "$limit" wine "$exe" "$@" >"$exe_out/$name.out" 2>"$exe_out/$name.err"
  rc=$?
  set -e
  run_s=$(secs "$t0" "$(now)")
}
show_exe() {
  echo "--- tlswizard.exe $1: exit $rc" >&2
  cat "$exe_out/$1.out" "$exe_out/$1.err" >&2
}
expect_line() {
  local name=$1 want_rc=$2 pattern=$3
  [ "$rc" = "$want_rc" ] || { show_exe "$name"; fail "tlswizard.exe $name exited $rc, expected $want_rc (124 = timed out)"; }
  line=$(grep -m1 -E "$pattern" "$exe_out/$name.out") ||
    { show_exe "$name"; fail "tlswizard.exe $name printed no line matching /$pattern/"; }
  echo "== tlswizard.exe $name: exit $rc in ${run_s} s: $line"
}

version=$(node -p 'require(process.argv[1]).version' "$repo/package.json")
run_exe version 60 --version
expect_line version 0 "^${version//./\\.}\$"

run_exe diagnose-demo 120 diagnose --demo 2012r2-ex2016
expect_line diagnose-demo 1 '^Machine: EX2016 \(ex2016\.contoso\.local\), Windows Server 2012 R2'

# Wine's registry holds the demo imported above: read live, through native-reg beside the exe
# (Wine's script host cannot run regedit's scripts, so the CLI says it falls back).
run_exe diagnose-live 120 diagnose
expect_line diagnose-live 1 '^Registry source: this computer \(native-reg\)$'
# The computer name is Wine's own; the Windows and Exchange versions are the imported demo's.
grep -q '^Machine: .*, Windows Server 2012 R2 ' "$exe_out/diagnose-live.out" &&
  grep -q '^Exchange: Exchange 2016 CU5 (15\.1\.845\.34)' "$exe_out/diagnose-live.out" ||
  { show_exe diagnose-live; fail 'the live diagnosis did not read the imported demo server (2012 R2, Exchange 2016 CU5)'; }

# probe: a loopback SMTP server (Linux node) with STARTTLS and TLS 1.2 only (the `smtp` one of the
# Schannel proof's servers).
timeout 300 node "$repo/test/wine/schannel-servers.mjs" --max-seconds 240 \
  >"$exe_out/smtp-ports.json" 2>"$exe_out/smtp.err" &
smtp_pid=$!
for _ in $(seq 100); do [ -s "$exe_out/smtp-ports.json" ] && break; sleep 0.2; done
smtp_port=$(node -p "require(process.argv[1]).smtp ?? ''" "$exe_out/smtp-ports.json" 2>/dev/null || true)
[[ $smtp_port =~ ^[0-9]+$ ]] || { cat "$exe_out/smtp.err" >&2; fail 'the loopback SMTP server did not start'; }
run_exe probe 120 probe "127.0.0.1:$smtp_port" --starttls smtp --timeout 20000 --json
kill "$smtp_pid" 2>/dev/null || true
[ "$rc" = 0 ] || { show_exe probe; fail "tlswizard.exe probe exited $rc"; }
probe_line=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  const v = r.versions
  const ok = r.starttlsOffered === true && v["TLSv1.2"].accepted === true &&
    v["TLSv1.3"].accepted === false && v["TLSv1.1"].accepted === false
  console.log(`starttls offered ${r.starttlsOffered}; TLSv1.2 ${v["TLSv1.2"].result} (${v["TLSv1.2"].cipher}), TLSv1.3 ${v["TLSv1.3"].result}, TLSv1.1 ${v["TLSv1.1"].result}`)
  process.exit(ok ? 0 : 1)
' "$exe_out/probe.out") || { show_exe probe; echo "$probe_line" >&2; fail 'the probe did not see what the server offers (TLS 1.2 only, STARTTLS)'; }
echo "== tlswizard.exe probe 127.0.0.1:$smtp_port: exit 0 in ${run_s} s: $probe_line"

# serve: its first line is the address with the token; one real API call, then it is stopped.
serve_dir=$exe_out/serve-out
mkdir -p "$serve_dir"
t=$(now)
w 180 wine "$exe" serve --demo 2012r2-ex2016 --out-dir "$(w 20 winepath -w "$serve_dir")" \
  >"$exe_out/serve.out" 2>"$exe_out/serve.err" &
serve_pid=$!
for _ in $(seq 300); do grep -q '^Wizard ready at ' "$exe_out/serve.out" 2>/dev/null && break; sleep 0.2; done
address=$(sed -n '1s/^Wizard ready at \(http:\/\/127\.0\.0\.1:[0-9]*\/?token=[A-Za-z0-9_-]*\)\r\?$/\1/p' "$exe_out/serve.out")
[ -n "$address" ] || { cat "$exe_out/serve.out" "$exe_out/serve.err" >&2; kill "$serve_pid" 2>/dev/null; fail 'tlswizard.exe serve printed no "Wizard ready at http://127.0.0.1:PORT/?token=..." first line'; }
ready_s=$(secs "$t" "$(now)")
serve_line=$(timeout 60 node "$repo/test/wine/serve-check.mjs" "$address" EX2016 2>&1) ||
  { kill "$serve_pid" 2>/dev/null; echo "$serve_line" >&2; cat "$exe_out/serve.err" >&2; fail 'tlswizard.exe serve did not answer as expected'; }
kill "$serve_pid" 2>/dev/null || true
timeout 30 tail --pid="$serve_pid" -f /dev/null || true
echo "== tlswizard.exe serve: ready in ${ready_s} s; $serve_line"

# fix: a .reg file patched into an out dir; the patched copy diagnoses as healthy.
fix_dir=$exe_out/fix
mkdir -p "$fix_dir/out"
cp "$demo" "$fix_dir/ex2016.reg"
run_exe fix 120 fix --registry "$(w 20 winepath -w "$fix_dir/ex2016.reg")" --apply \
  --out "$(w 20 winepath -w "$fix_dir/out/ex2016-patched.reg")"
expect_line fix 0 '^The live registry was not touched\. Files written:'
[ -s "$fix_dir/out/ex2016-patched.reg" ] && [ -s "$fix_dir/out/ex2016-patched.fix.reg" ] ||
  { ls -l "$fix_dir/out" >&2; fail 'fix wrote no patched copy and .fix.reg into the out dir'; }
cmp -s "$demo" "$fix_dir/ex2016.reg" || fail 'fix changed the .reg file it was given'
run_exe diagnose-patched 120 diagnose --registry "$(w 20 winepath -w "$fix_dir/out/ex2016-patched.reg")"
expect_line diagnose-patched 0 '^Healthy: '

support_log=$WINEPREFIX/drive_c/ProgramData/MailflowTlsWizard/logs/support.log
grep -q 'tlswizard fix: exit 0' "$support_log" 2>/dev/null ||
  fail "tlswizard.exe left no support log line for the fix in $support_log"
stop_wineserver
exe_s=$(secs "$exe_start" "$(now)")
echo "== tlswizard.exe under Wine passed in ${exe_s} s (build ${build_s} s)"
