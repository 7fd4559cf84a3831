@echo off
rem Mailflow TLS Wizard: exports the registry keys a verdict needs into the folder tls-registry.
rem Run it on the Exchange server or SMTP relay, in an elevated Command Prompt; it changes nothing.
rem Then, on any machine: tlswizard diagnose --registry tls-registry
rem "ERROR: The system was unable to find the specified registry key" for ExchangeServer,
rem Policies or SMTPSVC only means that key does not exist on this server: that is an answer too.
setlocal
if not exist tls-registry mkdir tls-registry
cd /d tls-registry
reg export "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL" tls-schannel.reg /y
reg export "HKLM\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration" tls-ciphers.reg /y
reg export "HKLM\SYSTEM\Select" tls-select.reg /y
reg export "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion" tls-windows.reg /y
reg export "HKLM\SOFTWARE\Microsoft\.NETFramework" tls-dotnet.reg /y
reg export "HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework" tls-dotnet32.reg /y
reg export "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" tls-winhttp.reg /y
reg export "HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" tls-winhttp32.reg /y
reg export "HKLM\SOFTWARE\Microsoft\ExchangeServer" tls-exchange.reg /y
reg export "HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration" tls-cipher-policy.reg /y
reg export "HKLM\SYSTEM\CurrentControlSet\Services\SMTPSVC" tls-smtpsvc.reg /y
echo.
echo Done: copy the folder tls-registry and run: tlswizard diagnose --registry tls-registry
endlocal
