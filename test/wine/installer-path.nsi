; The PATH macros of build/installer.nsh in a minimal installer and uninstaller, compiled by
; makensis and run under Wine by .ci/wine-stage.sh (electron-builder's own NSIS build is Windows-only
; here). Install: `path-test.exe /S /D=C:\...`; uninstall: `uninstall.exe /S _?=C:\...`.
; 64-bit stub: Wine here has no 32-bit support (electron-builder's installer is 32-bit; HKLM\SYSTEM
; is one view for both, so the macros act the same).
Target amd64-unicode
RequestExecutionLevel admin
Name "tlswizard PATH macros"
OutFile "${OUT}"
InstallDir "C:\Program Files\Mailflow TLS Wizard"

!include "${INCLUDE}"

Section
  SetOutPath "$INSTDIR"
  !insertmacro customInstall
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  !insertmacro customUnInstall
SectionEnd
