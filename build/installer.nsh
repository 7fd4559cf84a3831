; electron-builder's NSIS include (electron-builder.yml nsis.include): puts the folder of the
; standalone tlswizard.exe (resources\tlswizard) on the machine PATH at install, and takes exactly
; that entry off again at uninstall. Checked under Wine by .ci/wine-stage.sh (test/wine/installer-path.nsi).
;
; The machine Path is REG_EXPAND_SZ under HKLM ...\Session Manager\Environment: read unexpanded,
; written back with the same type, so %SystemRoot% entries stay as they are. A Path this build of
; NSIS cannot hold whole (NSIS_MAX_STRLEN) is never written: it would come back truncated.

!include LogicLib.nsh
!include WinMessages.nsh
!include WordFunc.nsh

!define TLSWIZARD_ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define TLSWIZARD_PATH_DIR "$INSTDIR\resources\tlswizard"

; Tells running programs (Explorer, new consoles) that the environment changed.
!macro tlswizardBroadcastEnvironment
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

!macro customInstall
  Push $0
  Push $1
  Push $2
  ClearErrors
  ReadRegStr $0 HKLM "${TLSWIZARD_ENV_KEY}" "Path"
  ${If} ${Errors}
    DetailPrint "tlswizard.exe: the machine Path could not be read; it is left as it is"
  ${Else}
    ; Already there (a repair or a reinstall): one entry is enough.
    ${WordFind} ";$0;" ";${TLSWIZARD_PATH_DIR};" "E*" $1
    ${If} ${Errors}
      StrLen $1 $0
      StrLen $2 "${TLSWIZARD_PATH_DIR}"
      IntOp $1 $1 + $2
      IntOp $1 $1 + 1 ; the separator
      ${If} $1 >= ${NSIS_MAX_STRLEN}
        DetailPrint "tlswizard.exe: the machine Path is too long to extend safely; add ${TLSWIZARD_PATH_DIR} by hand"
      ${Else}
        ${If} $0 == ""
          StrCpy $0 "${TLSWIZARD_PATH_DIR}"
        ${Else}
          StrCpy $2 $0 1 -1
          ${If} $2 == ";"
            StrCpy $0 "$0${TLSWIZARD_PATH_DIR}"
          ${Else}
            StrCpy $0 "$0;${TLSWIZARD_PATH_DIR}"
          ${EndIf}
        ${EndIf}
        WriteRegExpandStr HKLM "${TLSWIZARD_ENV_KEY}" "Path" $0
        !insertmacro tlswizardBroadcastEnvironment
        DetailPrint "tlswizard.exe: ${TLSWIZARD_PATH_DIR} added to the machine Path"
      ${EndIf}
    ${EndIf}
  ${EndIf}
  Pop $2
  Pop $1
  Pop $0
!macroend

!macro customUnInstall
  Push $0
  Push $1
  Push $2
  ClearErrors
  ReadRegStr $0 HKLM "${TLSWIZARD_ENV_KEY}" "Path"
  StrLen $1 $0
  IntOp $1 $1 + 1
  ${If} $1 >= ${NSIS_MAX_STRLEN}
    ; It may not have been read whole: writing it back could cut the machine Path.
    DetailPrint "tlswizard.exe: the machine Path is too long to edit safely; remove ${TLSWIZARD_PATH_DIR} by hand"
  ${ElseIfNot} ${Errors}
  ${AndIf} $0 != ""
    ; Whole entries only: ";DIR;" in ";PATH;", so C:\...\tlswizard-other or a longer path that
    ; starts with ours is never touched. Case-insensitive, as Windows paths are.
    StrCpy $1 ";$0;"
    ${Do}
      ${WordReplace} $1 ";${TLSWIZARD_PATH_DIR};" ";" "+" $2
      ${If} $2 == $1
        ${Break}
      ${EndIf}
      StrCpy $1 $2
    ${Loop}
    ; Drops the two separators added above.
    StrCpy $1 $1 "" 1
    StrCpy $1 $1 -1
    ${If} $1 != $0
      WriteRegExpandStr HKLM "${TLSWIZARD_ENV_KEY}" "Path" $1
      !insertmacro tlswizardBroadcastEnvironment
      DetailPrint "tlswizard.exe: ${TLSWIZARD_PATH_DIR} removed from the machine Path"
    ${EndIf}
  ${EndIf}
  Pop $2
  Pop $1
  Pop $0
!macroend
