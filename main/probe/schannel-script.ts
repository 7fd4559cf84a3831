/** The Windows PowerShell script that repeats the probe with .NET SslStream, i.e. with Schannel. */
import type { ProbeMode } from '../../shared/probe'
import { translate as t } from '../../shared/i18n/translate'
import { TargetError, validHost } from './host-port'

/** What the script probes. */
export interface SchannelScriptOptions {
  host: string
  port: number
  mode: ProbeMode
  timeoutMs: number
  helo: string
}

/**
 * A PowerShell single-quoted literal. Inside one only the quote needs doubling, and PowerShell
 * also takes the typographic single quotes as quotes, so those are doubled too.
 */
export function psQuote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`
}

// SslProtocols values: Tls 192, Tls11 768, Tls12 3072, Tls13 12288; None 0 = system default.
// TLS 1.2 goes first so the transcript kept (first connection only) is the one that matters.
const BODY = String.raw`
$ErrorActionPreference = 'Stop'
# Windows PowerShell 5.1 would write arrays as {"value":[...],"Count":n} through this type data.
Remove-TypeData System.Array -ErrorAction SilentlyContinue
$Clock = [System.Diagnostics.Stopwatch]::StartNew()
$Transcript = New-Object 'System.Collections.Generic.List[string]'
$script:Keep = $true
$script:Offered = $null
$script:Certs = @{}
$Names = @{ Tls = 'TLSv1'; Tls11 = 'TLSv1.1'; Tls12 = 'TLSv1.2'; Tls13 = 'TLSv1.3' }

function Remaining { [int][Math]::Max(0, $TimeoutMs - $Clock.ElapsedMilliseconds) }
function Bound([double]$Share) { [int][Math]::Max(1, [Math]::Min([Math]::Round($TimeoutMs * $Share), (Remaining))) }
function Fail([string]$Result, [string]$Message) { throw "probe:$($Result):$Message" }
function Message($E) {
  $parts = @()
  while ($E) { $parts += $E.Message; $E = $E.InnerException }
  ($parts | Select-Object -Unique) -join ' / '
}
function Find($E, [type]$Type) {
  while ($E) { if ($E -is $Type) { return $E }; $E = $E.InnerException }
  $null
}
function TimedOut($E) {
  $s = Find $E ([System.Net.Sockets.SocketException])
  $null -ne $s -and $s.SocketErrorCode -eq 'TimedOut'
}

function Read-Line($Stream, [string]$Phase, [long]$Until) {
  $bytes = New-Object 'System.Collections.Generic.List[byte]'
  while ($true) {
    $left = $Until - $Clock.ElapsedMilliseconds
    if ($left -le 0) { Fail 'timeout' "no answer during $Phase within the time limit" }
    $Stream.ReadTimeout = [int]$left
    try { $b = $Stream.ReadByte() } catch {
      if (TimedOut $_.Exception) { Fail 'timeout' "no answer during $Phase within the time limit" }
      Fail 'refused' "the server closed the connection during $Phase"
    }
    if ($b -lt 0) { Fail 'refused' "the server closed the connection during $Phase" }
    $script:Total++
    if ($script:Total -gt 65536) { Fail 'refused' "the server sent more than 65536 bytes during $Phase" }
    if ($b -eq 10) { break }
    if ($b -ne 13) { $bytes.Add([byte]$b) }
    if ($bytes.Count -gt 4096) { Fail 'refused' "a reply line during $Phase is longer than 4096 bytes" }
  }
  $line = [System.Text.Encoding]::ASCII.GetString($bytes.ToArray())
  if ($script:Keep) { $Transcript.Add('S: ' + $line) }
  $line
}

function Read-Reply($Stream, [string]$Phase, [double]$Share) {
  $until = $Clock.ElapsedMilliseconds + (Bound $Share)
  $lines = @()
  while ($true) {
    $line = Read-Line $Stream $Phase $until
    if ($line -notmatch '^\d{3}([ -]|$)') { Fail 'refused' "the answer during $Phase is not SMTP" }
    $lines += $line
    if ($line.Length -lt 4 -or $line[3] -ne '-') { return ,$lines }
  }
}

function Send-Line($Stream, [string]$Line) {
  if ($script:Keep) { $Transcript.Add('C: ' + $Line) }
  $b = [System.Text.Encoding]::ASCII.GetBytes($Line + [char]13 + [char]10)
  $Stream.Write($b, 0, $b.Length)
}

function Describe-Cert($Cert, $Policy, [string]$Version) {
  $c = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2($Cert)
  $san = @()
  $ext = $c.Extensions | Where-Object { $_.Oid.Value -eq '2.5.29.17' }
  if ($ext) { $san = @($ext.Format($false) -split ',\s*' | Where-Object { $_ }) }
  $chain = New-Object System.Security.Cryptography.X509Certificates.X509Chain
  $chain.ChainPolicy.RevocationMode = 'NoCheck'
  $trusted = $chain.Build($c)
  $sha = [System.Security.Cryptography.SHA256]::Create()
  $nameOk = -not ($Policy -band [System.Net.Security.SslPolicyErrors]::RemoteCertificateNameMismatch)
  [ordered]@{
    version = $Version; subject = $c.Subject; subjectAltNames = $san; issuer = $c.Issuer
    validFrom = $c.NotBefore.ToUniversalTime().ToString('o'); validTo = $c.NotAfter.ToUniversalTime().ToString('o')
    fingerprint256 = ($sha.ComputeHash($c.RawData) | ForEach-Object { $_.ToString('X2') }) -join ':'
    selfSigned = ($c.Subject -eq $c.Issuer); expired = ($c.NotAfter -lt (Get-Date))
    trusted = $trusted
    trustError = $(if ($trusted) { $null } else { (@($chain.ChainStatus | ForEach-Object { $_.Status.ToString() }) -join ', ') })
    nameMatches = $nameOk
    nameError = $(if ($nameOk) { $null } else { 'RemoteCertificateNameMismatch' })
  }
}

function Probe-Version([int]$Protocols, [string]$Label) {
  $r = [ordered]@{ result = 'refused'; accepted = $false; protocol = $null; cipher = $null; error = $null }
  $script:Total = 0
  $client = $null; $ssl = $null
  try {
    try { $wanted = [System.Security.Authentication.SslProtocols]$Protocols } catch { Fail 'untestable' "this .NET Framework does not know $Label" }
    if ((Remaining) -le 0) { Fail 'timeout' "not tried: the time limit of $TimeoutMs ms was already used up" }
    $client = New-Object System.Net.Sockets.TcpClient
    $ms = Bound 0.5
    try {
      $ar = $client.BeginConnect($HostName, $Port, $null, $null)
      if (-not $ar.AsyncWaitHandle.WaitOne($ms)) { Fail 'unreachable' "no TCP connection within $ms ms" }
      $client.EndConnect($ar)
    } catch { if ("$_" -like 'probe:*') { throw }; Fail 'unreachable' (Message $_.Exception) }
    $stream = $client.GetStream()
    $stream.WriteTimeout = [Math]::Max(1, (Remaining))
    if ($StartTls) {
      $banner = Read-Reply $stream 'the greeting' 0.5
      if (-not $banner[-1].StartsWith('220')) { Fail 'refused' ('the server did not greet with 220: ' + $banner[-1]) }
      Send-Line $stream "EHLO $Helo"
      $ehlo = Read-Reply $stream 'EHLO' 0.35
      $offered = $ehlo[-1].StartsWith('250') -and @($ehlo | Select-Object -Skip 1 | Where-Object { $_.Length -gt 4 -and $_.Substring(4).Trim() -match '^STARTTLS( |$)' }).Count -gt 0
      if ($offered -or $null -eq $script:Offered) { $script:Offered = $offered }
      if (-not $offered) { Fail 'refused' 'the server does not offer STARTTLS' }
      Send-Line $stream 'STARTTLS'
      $reply = Read-Reply $stream 'STARTTLS' 0.35
      if (-not $reply[-1].StartsWith('220')) { Fail 'refused' ('STARTTLS was answered with ' + $reply[-1]) }
    }
    $script:Policy = $null; $script:Cert = $null
    # Accept any certificate on this stream only, and record what Schannel found wrong with it.
    $callback = [System.Net.Security.RemoteCertificateValidationCallback] { param($s, $c, $ch, $e) $script:Policy = $e; $script:Cert = $c; $true }
    $ssl = New-Object System.Net.Security.SslStream($stream, $false, $callback)
    $stream.ReadTimeout = Bound 0.5
    $ssl.AuthenticateAsClient($HostName, $null, $wanted, $false)
    $r.result = 'accepted'; $r.accepted = $true
    $r.protocol = $Names[$ssl.SslProtocol.ToString()]
    $r.cipher = "$($ssl.CipherAlgorithm) $($ssl.CipherStrength), $($ssl.HashAlgorithm), $($ssl.KeyExchangeAlgorithm)"
    if ($script:Cert -and $r.protocol) { $script:Certs[$r.protocol] = Describe-Cert $script:Cert $script:Policy $r.protocol }
  } catch {
    $x = $_.Exception
    $m = Message $x
    $win32 = Find $x ([System.ComponentModel.Win32Exception])
    # 0x80090302 SEC_E_UNSUPPORTED_FUNCTION: this machine's Schannel has the protocol switched off.
    $local = ($win32 -and $win32.NativeErrorCode -eq -2146893054) -or (Find $x ([System.ArgumentException])) -or (Find $x ([System.NotSupportedException]))
    if ($m -match '^probe:(\w+):(.*)$') { $r.result = $Matches[1]; $r.error = $Matches[2] }
    elseif (TimedOut $x) { $r.result = 'timeout'; $r.error = "no answer during the TLS handshake: $m" }
    elseif ($local) {
      $r.result = 'untestable'; $r.error = "Schannel on this machine cannot offer $($Label): $m"
    }
    else { $r.result = 'refused'; $r.error = $m }
  } finally {
    if ($ssl) { $ssl.Dispose() }
    if ($client) { $client.Close() }
  }
  $script:Keep = $false
  $r
}

try {
  $versions = [ordered]@{}
  $tried = @{}
  foreach ($v in @(@('TLSv1.2', 3072), @('TLSv1.3', 12288), @('TLSv1', 192), @('TLSv1.1', 768))) { $tried[$v[0]] = Probe-Version $v[1] $v[0] }
  foreach ($n in @('TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3')) { $versions[$n] = $tried[$n] }
  $default = Probe-Version 0 'the system default'
  $best = $null
  foreach ($n in @('TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1')) { if ($script:Certs.ContainsKey($n)) { $best = $script:Certs[$n]; break } }
  $result = [ordered]@{
    host = $HostName; port = $Port; mode = $(if ($StartTls) { 'starttls' } else { 'implicit' })
    starttlsOffered = $(if ($StartTls) { $script:Offered } else { $null }); starttlsRequired = $null
    stack = 'Schannel'; versions = $versions; certificate = $best
    transcript = @($Transcript.ToArray()); durationMs = [int]$Clock.ElapsedMilliseconds; systemDefault = $default
  }
  [Console]::Out.WriteLine(($result | ConvertTo-Json -Depth 6 -Compress))
} catch {
  [Console]::Out.WriteLine((@{ fatal = (Message $_.Exception) } | ConvertTo-Json -Compress))
  exit 1
}
`

/** The script text; host and EHLO name are validated and quoted, numbers checked, nothing else varies. */
export function schannelProbeScript(o: SchannelScriptOptions): string {
  const host = validHost(o.host)
  const helo = validHost(o.helo)
  if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535)
    throw new TargetError(t('probe.target.badPort', { port: String(o.port) }))
  const timeout = Math.max(1, Math.floor(o.timeoutMs))
  const head = [
    `$HostName = ${psQuote(host)}`,
    `$Port = ${o.port}`,
    `$StartTls = ${o.mode === 'starttls' ? '$true' : '$false'}`,
    `$TimeoutMs = ${timeout}`,
    `$Helo = ${psQuote(helo)}`,
  ]
  return `${head.join('\n')}\n${BODY.trimStart()}`
}
