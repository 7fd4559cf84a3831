@echo off
rem Mailflow TLS Wizard: exports the registry keys a verdict needs into the folder tls-registry.
rem Run it on the Exchange server or SMTP relay, in an elevated Command Prompt; it changes nothing.
rem Then, on any machine: tlswizard diagnose --registry tls-registry
rem "ERROR: The system was unable to find the specified registry key" for ExchangeServer,
rem Policies or SMTPSVC only means that key does not exist on this server: that is an answer too.
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
