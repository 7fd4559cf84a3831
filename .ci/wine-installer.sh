# Sourced by .ci/wine-stage.sh (its variables and its fail, w, now, secs): the machine PATH macros
# of build/installer.nsh (customInstall / customUnInstall, electron-builder's NSIS include) in a
# minimal installer built by Debian's makensis (test/wine/installer-path.nsi), run under Wine on
# Wine's registry: the folder added once, kept once on a reinstall, and exactly that entry removed.

t=$(now)
command -v makensis >/dev/null || fail 'makensis is not installed (apt-get install nsis)'
nsis_out=$home/nsis
rm -rf "$nsis_out" && mkdir -p "$nsis_out"
timeout 120 makensis -V2 -DOUT="$nsis_out/path-test.exe" -DINCLUDE="$repo/build/installer.nsh" \
  "$repo/test/wine/installer-path.nsi" >"$logs/makensis.log" 2>&1 ||
  { cat "$logs/makensis.log" >&2; fail 'makensis could not build test/wine/installer-path.nsi'; }
env_key='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
ours='C:\Program Files\Mailflow TLS Wizard\resources\tlswizard'
machine_path() {
  w 60 wine reg query "$env_key" /v Path 2>/dev/null | tr -d '\r' |
    sed -n 's/^ *Path *\(REG_[A-Z_]*\) *\(.*\)$/\1 \2/p'
}
# Waits for every Wine process to end: an NSIS (un)installer may return before the one doing the
# work has finished (one run showed the Path unchanged, read a moment later it was right).
settle() { w 60 wineserver -w || fail "Wine did not settle after $1"; }
set_path() {
  w 60 wine reg add "$env_key" /v Path /t REG_EXPAND_SZ /d "$1" /f >>"$logs/reg.log" 2>&1 ||
    fail 'cannot set the machine Path in Wine'
}
expect_path() {
  local got
  got=$(machine_path)
  [ "$got" = "REG_EXPAND_SZ $1" ] || fail "machine Path $2: expected [REG_EXPAND_SZ $1], got [$got]"
}
saved_path=$(machine_path)
saved_path=${saved_path#REG_EXPAND_SZ }
# A look-alike entry that starts with our folder, and an entry Windows expands at run time.
before='%SystemRoot%\system32;%SystemRoot%;C:\Program Files\Mailflow TLS Wizard\resources\tlswizard-old'
set_path "$before"
w 120 wine "$nsis_out/path-test.exe" /S || fail 'the PATH test installer failed under Wine'
settle 'the PATH test installer'
expect_path "$before;$ours" 'after install'
w 120 wine "$nsis_out/path-test.exe" /S || fail 'the PATH test installer failed the second time'
settle 'the second install'
expect_path "$before;$ours" 'after a second install (one entry, not two)'
# Our entry first, and again in capitals in the middle (Windows paths ignore case).
upper='C:\PROGRAM FILES\Mailflow TLS Wizard\RESOURCES\TLSWIZARD'
set_path "$ours;$before;$upper;C:\Tools"
w 120 wine "$WINEPREFIX/drive_c/Program Files/Mailflow TLS Wizard/uninstall.exe" /S \
  '_?=C:\Program Files\Mailflow TLS Wizard' || fail 'the PATH test uninstaller failed under Wine'
settle 'the PATH test uninstaller'
expect_path "$before;C:\\Tools" 'after uninstall'
set_path "$saved_path"
settle 'restoring the machine Path'
echo "== installer PATH macros under Wine: added once, kept once on reinstall, exactly ours removed" \
  "(REG_EXPAND_SZ kept) in $(secs "$t" "$(now)") s"
