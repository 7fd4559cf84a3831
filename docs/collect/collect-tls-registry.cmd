@echo off
rem Mailflow TLS Wizard: exports the registry keys a verdict needs into the folder tls-registry.
rem Run it on the Exchange server or SMTP relay, in an elevated Command Prompt; it changes nothing.
rem Then, on any machine: tlswizard diagnose --registry tls-registry
rem "ERROR: The system was unable to find the specified registry key" for ExchangeServer,
rem Policies or SMTPSVC only means that key does not exist on this server: that is an answer too
rem (for ExchangeServer the script says so in tls-restart.reg, as an export cannot).
rem Exchange's security updates show only in the file version of bin\ExSetup.exe, not in the
rem registry: it is written to tls-exsetup.txt (wmic; PowerShell only where wmic is missing).
setlocal
if not exist tls-registry mkdir tls-registry
cd /d tls-registry
reg export "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL" tls-schannel.reg /y
reg export "HKLM\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration" tls-ciphers.reg /y
reg export "HKLM\SYSTEM\Select" tls-select.reg /y
reg export "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion" tls-windows.reg /y
reg export "HKLM\SOFTWARE\Microsoft\.NETFramework" tls-dotnet.reg /y
reg export "HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework" tls-dotnet32.reg /y
reg export "HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full" tls-dotnet-release.reg /y
reg export "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" tls-winhttp.reg /y
reg export "HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" tls-winhttp32.reg /y
reg export "HKLM\SOFTWARE\Microsoft\ExchangeServer" tls-exchange.reg /y
reg export "HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration" tls-cipher-policy.reg /y
reg export "HKLM\SYSTEM\CurrentControlSet\Services\SMTPSVC" tls-smtpsvc.reg /y
rem Whether Windows waits for a restart: its four markers. The keys around them are large (all of
rem Component Based Servicing), so tls-restart.reg says only whether each marker is there; and
rem whether Exchange is installed at all (a missing export of its key could mean either).
set "RR=tls-restart.reg"
> "%RR%" echo Windows Registry Editor Version 5.00
>> "%RR%" echo.
>> "%RR%" echo ; Made by collect-tls-registry.cmd: whether each restart marker is there, not what it holds,
>> "%RR%" echo ; and, on a server without Exchange, that its key is not there (a [-KEY] section).
>> "%RR%" echo.
rem Said absent only when HKLM\SOFTWARE\Microsoft can be read (in the 64-bit view, also from a
rem 32-bit prompt) and ExchangeServer is not there: a query that failed for another reason proves
rem nothing.
reg query "HKLM\SOFTWARE\Microsoft" /reg:64 >nul 2>nul
if errorlevel 1 goto :hasexchange
reg query "HKLM\SOFTWARE\Microsoft\ExchangeServer" /reg:64 >nul 2>nul
if not errorlevel 1 goto :hasexchange
>> "%RR%" echo [-HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\ExchangeServer]
>> "%RR%" echo.
:hasexchange
call :marker "HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing" RebootPending
call :marker "HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update" RebootRequired
>> "%RR%" echo [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Session Manager" /v PendingFileRenameOperations >nul 2>nul
if errorlevel 1 goto :nopfro
>> "%RR%" echo "PendingFileRenameOperations"=hex(7):00,00
:nopfro
>> "%RR%" echo.
>> "%RR%" echo [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates]
>> "%RR%" echo.
for /f "tokens=3" %%F in ('reg query "HKLM\SOFTWARE\Microsoft\Updates\UpdateExeVolatile" /v Flags 2^>nul ^| find "REG_DWORD"') do call :flags %%F
set "EXPATH="
for /f "tokens=2,*" %%A in ('reg query "HKLM\SOFTWARE\Microsoft\ExchangeServer\v15\Setup" /v MsiInstallPath 2^>nul ^| find "MsiInstallPath"') do set "EXPATH=%%B"
if not defined EXPATH for /f "tokens=2,*" %%A in ('reg query "HKLM\SOFTWARE\Microsoft\ExchangeServer\v14\Setup" /v MsiInstallPath 2^>nul ^| find "MsiInstallPath"') do set "EXPATH=%%B"
if not defined EXPATH goto :done
set "EXFILE=%EXPATH%bin\ExSetup.exe"
if not exist "%EXFILE%" goto :done
set "EXWMI=%EXFILE:\=\\%"
where wmic >nul 2>nul && wmic datafile where "name='%EXWMI%'" get Version /value > tls-exsetup.txt
where wmic >nul 2>nul || powershell -NoProfile -Command "(Get-Item -LiteralPath $env:EXFILE).VersionInfo.FileVersion" > tls-exsetup.txt
:done
echo.
echo Done: copy the folder tls-registry and run: tlswizard diagnose --registry tls-registry
endlocal
exit /b 0

rem A restart marker (a key) under its parent, in tls-restart.reg: the parent's section says that
rem a marker missing below it is not there.
:marker
>> "%RR%" echo [%~1]
>> "%RR%" echo.
reg query "%~1\%~2" >nul 2>nul
if errorlevel 1 goto :eof
>> "%RR%" echo [%~1\%~2]
>> "%RR%" echo.
goto :eof

rem UpdateExeVolatile's Flags (0x1 from reg query) as the dword the .reg format writes.
:flags
set "F=%~1"
set "F=00000000%F:~2%"
>> "%RR%" echo [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\UpdateExeVolatile]
>> "%RR%" echo "Flags"=dword:%F:~-8%
>> "%RR%" echo.
goto :eof
