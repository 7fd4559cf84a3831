/**
 * The `reg export` files of test/fixtures/verdict, as text: each case of the verdict issue.
 * The committed files are these texts as reg.exe writes them (UTF-16LE, BOM, CRLF); the fixture
 * test checks that they match, and rewrites them with WRITE_FIXTURES=1.
 */
import {
  DEFAULT_2019,
  DOTNET_NONE,
  DOTNET_OK,
  dw,
  EX2019_CU14,
  exchange,
  HKLM,
  localCiphers,
  multi,
  off,
  on,
  policyCiphers,
  protocols,
  regText,
  schannelBase,
  server2019,
  sz,
  tls,
  windows,
} from './reg-builders'

/** The file name (without .reg) and its text, for every case. */
export const VERDICT_FIXTURES: Record<string, string> = {
  // The 2019 server as it should be: the baseline every other case changes one thing of.
  'healthy-2019': regText(server2019()),
  // `reg export ...\SCHANNEL` alone from a Server 2008 R2 without TLS 1.2 keys.
  'schannel-only-2008r2': regText(schannelBase()),
  // Nothing but the header line (the reader may refuse it as cut short).
  'header-only': 'Windows Registry Editor Version 5.00\r\n',
  // The header and the blank line after it: a whole file that holds nothing.
  'header-and-blank-line': 'Windows Registry Editor Version 5.00\r\n\r\n',
  // An offline-loaded SYSTEM hive: ControlSet001 and Select, no CurrentControlSet.
  'offline-hive-server-off': regText([
    [`${HKLM}\\SYSTEM\\Select`, ['Current', dw(1)], ['Default', dw(1)], ['LastKnownGood', dw(2)]],
    ...schannelBase('ControlSet001'),
    ...tls('TLS 1.0', off, off, 'ControlSet001'),
    ...tls('TLS 1.1', off, off, 'ControlSet001'),
    ...tls('TLS 1.2', on, [['Enabled', dw(0)]], 'ControlSet001'),
    ...localCiphers(multi(DEFAULT_2019), 'ControlSet001'),
    ...tls('TLS 1.2', off, off, 'ControlSet002'),
    ...windows(17763, 'Windows Server 2019 Standard'),
    ...DOTNET_OK,
    ...EX2019_CU14,
  ]),
  // Both CurrentControlSet and the set Select names, disagreeing on TLS 1.2 Server.
  'control-sets-disagree': regText([
    [`${HKLM}\\SYSTEM\\Select`, ['Current', dw(1)]],
    ...server2019(),
    ...schannelBase('ControlSet001'),
    ...tls('TLS 1.2', on, [['Enabled', dw(0)]], 'ControlSet001'),
  ]),
  // Two control sets, no Select, no CurrentControlSet: which one Windows runs on is unknown.
  'control-sets-ambiguous': regText([
    ...windows(17763, 'Windows Server 2019 Standard'),
    ...schannelBase('ControlSet001'),
    ...tls('TLS 1.2', on, on, 'ControlSet001'),
    ...schannelBase('ControlSet002'),
    ...DOTNET_OK,
    ...EX2019_CU14,
  ]),
  // The values typed on the TLS 1.2 key itself (Server 2008 R2, where that leaves TLS 1.2 off).
  'values-on-version-key-2008r2': regText([
    ...windows(7601, 'Windows Server 2008 R2 Enterprise'),
    ...schannelBase(),
    [`${protocols()}\\TLS 1.2`, ['DisabledByDefault', dw(0)], ['Enabled', dw(1)]],
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
    ...exchange(14, 3, 496, 0, ['HubTransport']),
  ]),
  // `TLS1.2` (no space) with proper Client and Server below it, on Server 2008 R2.
  'tls12-without-space-2008r2': regText([
    ...windows(7601, 'Windows Server 2008 R2 Enterprise'),
    ...schannelBase(),
    [`${protocols()}\\TLS1.2`],
    [`${protocols()}\\TLS1.2\\Client`, ...on],
    [`${protocols()}\\TLS1.2\\Server`, ...on],
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
    // No Exchange, as the collect script says it.
    [`-${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer`],
  ]),
  // The Indonesian article typed in: `TLS 1,2`, `TLS 1.2 \ klien`, `diaktifkan`.
  'translated-id': regText([
    ...windows(7601, 'Windows Server 2008 R2 Enterprise'),
    ...schannelBase(),
    [`${protocols()}\\TLS 1,2`],
    [`${protocols()}\\TLS 1.2 \\ klien`, ['Disabledbydefault', dw(0)], ['diaktifkan', dw(1)]],
    [`${protocols()}\\TLS 1.2 \\ server`, ['disabledbydefault', dw(0)], ['diaktifkan', dw(1)]],
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
  ]),
  // The Lithuanian one: `klientas`, `serveris`, ` DisabledByDefault `, ` įjungtas `.
  'translated-lt': regText([
    ...windows(7601, 'Windows Server 2008 R2 Enterprise'),
    ...schannelBase(),
    [`${protocols()}\\TLS 1.2`],
    [`${protocols()}\\TLS 1.2\\klientas`, ['DisabledByDefault', dw(0)]],
    [`${protocols()}\\TLS 1.2\\serveris`, [' DisabledByDefault ', dw(0)], [' įjungtas ', dw(1)]],
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
  ]),
  // The Vietnamese one: `TLS 1,2 \ máy khách` with `bật`, `máy chủ`.
  'translated-vi': regText([
    ...windows(7601, 'Windows Server 2008 R2 Enterprise'),
    ...schannelBase(),
    [`${protocols()}\\TLS 1,2`],
    [`${protocols()}\\TLS 1,2\\máy khách`, ['DisabledByDefault', dw(0)], ['bật', dw(1)]],
    [`${protocols()}\\TLS 1,2\\máy chủ`, ['DisabledByDefault', dw(0)], ['Enabled', dw(1)]],
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
  ]),
  // One wrong value on Server 2012 R2: TLS 1.2 Server Enabled=0, DisabledByDefault not set.
  'server-enabled-0-2012r2': regText([
    ...windows(9600, 'Windows Server 2012 R2 Standard'),
    ...schannelBase(),
    ...tls('TLS 1.0', off),
    ...tls('TLS 1.1', off),
    ...tls('TLS 1.2', on, [['Enabled', dw(0)]]),
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
    ...exchange(15, 1, 2507, 6, ['Mailbox']),
  ]),
  // Health Checker's words: Enabled=0 with DisabledByDefault missing is Disabled (TLS 1.0);
  // TLS 1.1 Client and Server differ (Misconfigured); 0xffffffff is neither 0 nor 1.
  'health-checker-words': regText(
    server2019({
      legacy: [...tls('TLS 1.0', [['Enabled', dw(0)]]), ...tls('TLS 1.1', on, off)],
      tls12: tls(
        'TLS 1.2',
        [
          ['DisabledByDefault', dw(0)],
          ['Enabled', dw(0xffffffff)],
        ],
        on,
      ),
    }),
  ),
  // A cipher policy of ECDSA and DHE suites only: nothing in common with Office 365.
  'ciphers-policy-ecdsa-dhe': regText(
    server2019({
      extra: policyCiphers(
        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
      ),
    }),
  ),
  // Suites Office 365 does accept (ECDHE_RSA CBC SHA, RSA GCM): fine.
  'ciphers-local-cbc-rsa-gcm': regText(
    server2019({
      ciphers: localCiphers(
        multi(['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', 'TLS_RSA_WITH_AES_128_GCM_SHA256']),
      ),
    }),
  ),
  // A REG_SZ local list (as Microsoft's Exchange guidance writes it) with no suite in common.
  'ciphers-local-sz-none': regText(
    server2019({
      ciphers: localCiphers(
        sz('TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'),
      ),
    }),
  ),
  // An IIS SMTP relay (SMTPSVC) without Exchange and without the .NET switches.
  'smtp-relay-no-dotnet': regText([
    ...windows(14393, 'Windows Server 2016 Standard'),
    ...schannelBase(),
    ...tls('TLS 1.2', on),
    ...localCiphers(multi(DEFAULT_2019)),
    [`${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\SMTPSVC`, ['Start', dw(2)]],
    ...DOTNET_NONE,
    // What the collect script writes where ExchangeServer does not exist: it is known absent.
    [`-${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer`],
  ]),
  // Server 2022 (TLS 1.3 on by default) with Exchange 2019 CU14, which does not support it.
  'tls13-on-ex2019-cu14': regText([
    ...windows(20348, 'Windows Server 2022 Standard'),
    ...schannelBase(),
    ...tls('TLS 1.2', on),
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
    ...exchange(15, 2, 1544, 4, ['Mailbox']),
  ]),
  // The same with Exchange 2019 CU15 on an Edge Transport server: supported.
  'tls13-on-ex2019-cu15-edge': regText([
    ...windows(20348, 'Windows Server 2022 Standard'),
    ...schannelBase(),
    ...tls('TLS 1.2', on),
    ...localCiphers(multi(DEFAULT_2019)),
    ...DOTNET_OK,
    ...exchange(15, 2, 1748, 10, ['EdgeTransport']),
  ]),
}
