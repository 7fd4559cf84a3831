# Sourced by .ci/wine-stage.sh (its variables and its fail, w, now, secs; $exe from .ci/wine-exe.sh):
# the native Schannel probe (native/schannel-probe) on Wine's Schannel. Builds it with mingw-w64;
# starts loopback servers (Linux node, 127.0.0.1 only): TLS 1.2 only, SMTP STARTTLS with TLS 1.2
# only, and three hostile ones. For each broken client state (TLS 1.2\Client Enabled=0; then
# DisabledByDefault=1) and each of the two servers: a new probe process fails with the system
# defaults (before); tlswizard.exe fix --apply writes the live fix through native-reg (fix); a new
# probe process negotiates TLS 1.2, SP_PROT_TLS1_2_CLIENT (after); tlswizard.exe rollback puts the
# broken state back (rollback) and a new probe process fails again. Wine reads the keys once per
# process (Windows: at boot), so every probe is a new process. Then the probe's SMTP dialogue and
# time limits against the hostile servers. Every outcome is printed; any other outcome fails.

sch_start=$(now)
sch_pid=''
trap 'kill $smtp_pid $serve_pid $sch_pid 2>/dev/null || true' EXIT
sch_out=$home/schannel
rm -rf "$sch_out" && mkdir -p "$sch_out"
tls12_key='HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'

# 1. The probe, and the product's reader of its output (bundled for Linux node).
command -v x86_64-w64-mingw32-gcc >/dev/null ||
  fail 'x86_64-w64-mingw32-gcc is not installed (apt-get install gcc-mingw-w64-x86-64)'
t=$(now)
# Built into the stage's own folder: a `npm run build` elsewhere empties dist/ at any moment.
probe_exe=$sch_out/schannel-probe.exe
timeout 300 node "$repo/scripts/build-native-probe.mjs" --require --out "$probe_exe" \
  >"$logs/build-native-probe.log" 2>&1 ||
  { cat "$logs/build-native-probe.log" >&2; fail 'scripts/build-native-probe.mjs failed'; }
probe_build_s=$(secs "$t" "$(now)")
probe_bytes=$(stat -c %s "$probe_exe")
check=$repo/node_modules/.cache/tlswizard-wine/schannel-check.cjs
"$repo/node_modules/.bin/esbuild" "$repo/test/wine/schannel-check.ts" --bundle --platform=node \
  --format=cjs --target=node20 --outfile="$check" --log-level=warning ||
  fail 'esbuild could not bundle test/wine/schannel-check.ts'
echo "== schannel-probe.exe $probe_bytes bytes, built in ${probe_build_s} s"

# 2. The loopback servers; their ports as one JSON line.
timeout 600 node "$repo/test/wine/schannel-servers.mjs" --max-seconds 540 \
  >"$sch_out/ports.json" 2>"$sch_out/servers.err" &
sch_pid=$!
for _ in $(seq 100); do [ -s "$sch_out/ports.json" ] && break; sleep 0.2; done
port_of() { node -p "require(process.argv[1])[process.argv[2]] ?? ''" "$sch_out/ports.json" "$1"; }
[[ $(port_of tls12) =~ ^[0-9]+$ ]] || { cat "$sch_out/servers.err" >&2; fail 'the loopback servers did not start'; }

# Runs a NEW probe process against server $2 and checks it (schannel-check options after $3).
probe_runs=0 probe_total_s=0
probe() {
  local name=$1 server=$2 limit=$3 t0 rc
  shift 3
  local mode=()
  [ "$server" = tls12 ] || mode=(--smtp --helo wine-stage.test)
  t0=$(now)
  set +e
  w 120 wine "$probe_exe" --host 127.0.0.1 --port "$(port_of "$server")" "${mode[@]}" \
    --timeout-ms "$limit" >"$sch_out/$name.json" 2>"$sch_out/$name.err"
  rc=$?
  set -e
  local took
  took=$(secs "$t0" "$(now)")
  probe_runs=$((probe_runs + 1))
  probe_total_s=$(awk -v a="$probe_total_s" -v b="$took" 'BEGIN { print a + b }')
  [ "$rc" = 0 ] || { cat "$sch_out/$name.err" >&2; fail "schannel-probe.exe $name exited $rc (124 = timed out)"; }
  line=$(node "$check" "$sch_out/$name.json" "$@" 2>&1) ||
    { echo "$line" >&2; fail "schannel-probe.exe $name: not as expected (see above; $sch_out/$name.json)"; }
  line="$line; process ${took} s"
}

# Runs tlswizard.exe (the live fix or rollback through native-reg, as on a server).
product() {
  local name=$1
  shift
  set +e
  w 180 wine "$exe" "$@" >"$sch_out/$name.out" 2>"$sch_out/$name.err"
  local rc=$?
  set -e
  [ "$rc" = 0 ] || { cat "$sch_out/$name.out" "$sch_out/$name.err" >&2; fail "tlswizard.exe $* exited $rc"; }
}

# 3. before / fix / after / rollback, per broken state and server.
pinned_broken=(fail ok) # Enabled=0: TLS 1.2 is off even when asked for; DisabledByDefault=1: only by name.
states=('Enabled' 'DisabledByDefault')
data=(0 1)
for i in 0 1; do
  value=${states[$i]}
  for server in tls12 smtp; do
    case_name="$value=${data[$i]}-$server"
    backups=$sch_out/backup-$case_name
    mkdir -p "$backups"
    w 60 wine reg delete "$tls12_key" /f >/dev/null 2>&1 || true
    w 60 wine reg add "$tls12_key\\Client" /v "$value" /t REG_DWORD /d "${data[$i]}" /f \
      >>"$logs/reg.log" 2>&1 || fail "cannot write TLS 1.2\\Client $value=${data[$i]}"
    w 60 wineserver -w || fail 'wineserver did not settle'
    echo "== Schannel case TLS 1.2\\Client $value=${data[$i]}, $server server:"
    probe "$case_name-before" "$server" 4000 --default fail --pinned12 "${pinned_broken[$i]}"
    echo "   before:   $line"
    product "$case_name-fix" fix --apply --json --backup-dir "$(w 20 winepath -w "$backups")"
    node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
      const c = r.plan.changes.filter((x) => x.key.endsWith("TLS 1.2\\Client"))
      const ok = r.result.status === "applied" && c.some((x) => x.value === process.argv[2])
      console.log(`   fix:      tlswizard.exe fix --apply: ${r.result.status}, ${r.plan.changes.length} values, ` +
        c.map((x) => `Client ${x.value} ${x.before ?? "(not set)"} -> ${x.after}`).join(", "))
      process.exit(ok ? 0 : 1)
    ' "$sch_out/$case_name-fix.out" "$value" || fail "the live fix did not apply TLS 1.2\\Client $value"
    w 60 wineserver -w || fail 'wineserver did not settle'
    probe "$case_name-after" "$server" 4000 --default ok --pinned12 ok
    echo "   after:    $line"
    product "$case_name-rollback" rollback --newest --backup-dir "$(w 20 winepath -w "$backups")"
    grep -q 'everything matches the backup' "$sch_out/$case_name-rollback.out" ||
      { cat "$sch_out/$case_name-rollback.out" >&2; fail 'the rollback did not read back as the backup'; }
    w 60 wineserver -w || fail 'wineserver did not settle'
    probe "$case_name-rolled-back" "$server" 4000 --default fail --pinned12 "${pinned_broken[$i]}"
    echo "   rollback: $line"
  done
done
# The demo import after this stage puts the demo's own TLS 1.2 keys back.
w 60 wine reg delete "$tls12_key" /f >/dev/null 2>&1 || true

# 4. Hostile servers: the SMTP dialogue and every time limit hold (1.5 s per attempt, 5 attempts).
hostile() {
  local server=$1 smtp=$2 want=$3
  local mode=(--smtp --helo wine-stage.test)
  [ "$smtp" = smtp ] || mode=()
  t=$(now)
  set +e
  w 60 wine "$probe_exe" --host 127.0.0.1 --port "$(port_of "$server")" "${mode[@]}" \
    --timeout-ms 1500 >"$sch_out/hostile-$server-$smtp.json" 2>"$sch_out/hostile-$server-$smtp.err"
  local rc=$?
  set -e
  [ "$rc" = 0 ] || fail "schannel-probe.exe against the $server server exited $rc (124 = timed out)"
  line=$(node "$check" "$sch_out/hostile-$server-$smtp.json" --all "$want" --max-ms 8500 2>&1) ||
    { echo "$line" >&2; fail "schannel-probe.exe against the $server server ($smtp): not as expected"; }
  echo "== hostile $server server ($smtp): $line; process $(secs "$t" "$(now)") s"
}
hostile silent smtp timeout
hostile silent tls timeout
hostile drip smtp timeout
hostile garbage smtp refused
hostile garbage tls timeout
kill "$sch_pid" 2>/dev/null || true
stop_wineserver
sch_s=$(secs "$sch_start" "$(now)")
echo "== Schannel proof under Wine passed in ${sch_s} s: $probe_runs before/after/rollback probe processes took ${probe_total_s} s"
