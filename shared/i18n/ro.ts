/** The Romanian (ro) catalog: every message of the English one, translated. */
import type { Catalog } from './translate'

export const ro: Catalog = {
  'verdict.healthy':
    'În regulă: acest server poate folosi TLS 1.2 cu Office 365, din câte arată registry-ul, iar acesta a arătat tot ce era necesar.',
  'verdict.action-needed':
    'Acțiune necesară: acest server nu poate folosi fiabil TLS 1.2 cu Office 365.',
  'verdict.inconclusive':
    'Neconcludent: registry-ul nu arată destul pentru a stabili dacă acest server poate folosi TLS 1.2 cu Office 365. În ce arată nu s-a găsit nimic greșit.',
  'severity.error': 'EROARE',
  'severity.warning': 'AVERTISMENT',
  'severity.info': 'INFO',
  'evidence.notSet': 'nesetat',
  'evidence.expected': 'așteptat',
  'evidence.fixes': 'remediere',
  'evidence.item.key': '(cheie)',
  'evidence.item.state': 'stare',
  'evidence.item.stateFile': 'fișierul de stare Mailflow TLS Wizard',
  'evidence.item.schannelDefault': 'Schannel cu setările implicite ale sistemului',
  'evidence.item.certificateValidTo': 'certificat valabil până la (validTo)',
  'evidence.item.certificateNames': 'numele din certificat',
  'evidence.item.certificateChain': 'lanțul de certificate',
  'evidence.item.lastO365Failure': 'ultimul eșec cu Office 365',
  'evidence.item.lastO365Success': 'ultima reușită TLS cu Office 365',
  'evidence.item.starttlsRefused': 'sesiuni refuzate din lipsă de STARTTLS',
  'evidence.item.logFiles': 'fișiere jurnal',
  'evidence.item.read': 'citire',
  'evidence.item.event': 'eveniment',
  'evidence.item.alert': 'alertă {alert}',
  'evidence.item.buildTable':
    'Tabelul de build-uri Exchange din această versiune de Mailflow TLS Wizard',
  'evidence.item.tableDate': 'data',
  'evidence.found.set': 'setat',
  'evidence.found.exists': 'există',
  'evidence.found.nonZero': 'diferit de zero',
  'evidence.found.notExported': 'nu este în export',
  'evidence.found.keyNotValue': 'o cheie, nu o valoare',
  'evidence.found.values':
    '{count, plural, =0 {nicio valoare} one {# valoare} few {# valori} other {# de valori}}',
  'evidence.found.notOffered': 'neoferit',
  'evidence.want.defined': 'definită',
  'evidence.want.sameAsSide': 'la fel ca în {side}',
  'evidence.want.sameAsIn': 'la fel ca în {controlSet}',
  'evidence.want.zeroOrOne': '0 sau 1',
  'evidence.want.healthChecker': 'Health Checker arată {state}',
  'evidence.want.optionalHardening': '0 (opțional, pentru consolidarea securității)',
  'evidence.want.winhttpTls12': 'include 0x800 (TLS 1.2)',
  'evidence.want.absent': 'absentă',
  'evidence.want.restartAfter': 'o repornire după acest moment',
  'evidence.want.atLeastOneOf': 'cel puțin una dintre {suites}',
  'evidence.want.oneUntil': '1 până la instalarea {build}',
  'evidence.want.orLater': '{build} sau mai nou',
  'evidence.want.dotnetOrLater': '.NET {version} ({release} sau mai nou)',
  'evidence.want.orExchangeSe': '{build} sau Exchange SE',
  'evidence.want.supportedProduct':
    'un produs care beneficiază de asistență (Exchange SE; asistența pentru {product} s-a încheiat la {date})',
  'evidence.want.exSetupVersion':
    'versiunea fișierului ExSetup.exe (tls-exsetup.txt din scriptul de colectare)',
  'evidence.want.readable': 'care poate fi citit',
  'evidence.want.recentTable': 'cu cel mult șase luni înainte de diagnostic',
  'evidence.want.softwareExported':
    'exportat împreună cu .NET, WinHTTP, Exchange și politica suitelor de cifrare (HKLM\\SOFTWARE)',
  'evidence.want.buildNumber': 'un număr de build',
  'evidence.want.buildNumberWhy': 'un număr de build (valorile implicite Schannel depind de el)',
  'evidence.want.schannelExported': 'exportat (orice Windows o are)',
  'evidence.want.controlSetInExport': 'numărul unui set de control din export',
  'evidence.want.ciphersKnown':
    'exportat, sau build-ul Windows cunoscut (atunci se aplică lista lui implicită)',
  'evidence.want.valueKnown':
    'setat, sau build-ul Windows cunoscut (o valoare lipsă ia valoarea lui implicită)',
  'evidence.want.namesControlSet': 'indică setul de control folosit',
  'evidence.want.nowhere': 'nicăieri: Schannel nu o citește; ștergeți-o',
  'evidence.want.nowhereSide':
    'nicăieri: Schannel nu o citește; ștergeți-o (o cheie de protocol are doar Client și Server)',
  'evidence.want.nowhereValue':
    'nicăieri: Schannel nu o citește; ștergeți-o (Schannel citește doar Enabled și DisabledByDefault)',
  'evidence.want.bothSides': '{key}\\Client și \\Server',
  'evidence.want.valueIn': '{key}, valoarea {value} (DWORD)',
  'evidence.want.valueInBothSides': '{key}\\Client și \\Server, valoarea {value} (DWORD)',
  'evidence.want.connection': 'conexiune',
  'evidence.want.offered': 'oferit',
  'evidence.want.smtpToTls': 'un mesaj de întâmpinare 220, apoi 220 la STARTTLS',
  'evidence.want.futureDate': 'o dată viitoare',
  'evidence.want.trustedRoot': 'un certificat rădăcină de încredere',
  'evidence.want.sessionAfter': 'o sesiune TLS după acesta',
  'evidence.want.afterLastFailure': 'după ultimul eșec',
  'evidence.want.atLeastOne': 'cel puțin 1',
  'evidence.want.protocolLog': 'un jurnal de protocol',
  'finding.tls12-not-enabled.title': 'TLS 1.2 este dezactivat pe partea {sides}',
  'finding.tls12-not-enabled.advice':
    'Schannel nu va folosi TLS 1.2 aici ({os}), așa că Office 365 închide conexiunea (421 4.4.2 ... SocketError). Setați Enabled=1 și DisabledByDefault=0 atât sub TLS 1.2\\Client, cât și sub TLS 1.2\\Server, apoi reporniți serverul.',
  'finding.tls12-not-enabled.both.title':
    'TLS 1.2 este dezactivat pe partea client și pe partea server',
  'finding.tls12-not-enabled.client.title': 'TLS 1.2 este dezactivat pe partea client',
  'finding.tls12-not-enabled.server.title': 'TLS 1.2 este dezactivat pe partea server',
  'finding.tls12-not-enabled.both.advice':
    'Office 365 acceptă e-mail numai prin TLS 1.2 sau o versiune ulterioară, așa că e-mailul eșuează în ambele sensuri (421 4.4.2 Connection dropped due to SocketError). Decid valorile de mai jos: Enabled=0 dezactivează TLS 1.2, o valoare DisabledByDefault diferită de zero îl ține dezactivat dacă un program nu îl cere explicit, iar o valoare nesetată preia valoarea implicită din {os}. Setați Enabled=1 și DisabledByDefault=0 sub TLS 1.2\\Client și TLS 1.2\\Server, apoi reporniți serverul.',
  'finding.tls12-not-enabled.client.advice':
    'Acest server trimite către Office 365 ca client TLS (Schannel Client), iar Office 365 acceptă numai TLS 1.2 sau o versiune ulterioară, așa că trimiterea eșuează (421 4.4.2 Connection dropped due to SocketError). Decid valorile de mai jos: Enabled=0 dezactivează TLS 1.2, o valoare DisabledByDefault diferită de zero îl ține dezactivat dacă un program nu îl cere explicit, iar o valoare nesetată preia valoarea implicită din {os}. Setați Enabled=1 și DisabledByDefault=0 sub TLS 1.2\\Client și TLS 1.2\\Server, apoi reporniți serverul.',
  'finding.tls12-not-enabled.server.advice':
    'Office 365 se conectează la acest server ca client TLS și folosește numai TLS 1.2 sau o versiune ulterioară; îi răspunde Schannel Server, așa că e-mailul de la Office 365 eșuează. Decid valorile de mai jos: Enabled=0 dezactivează TLS 1.2, o valoare DisabledByDefault diferită de zero îl ține dezactivat dacă un program nu îl cere explicit, iar o valoare nesetată preia valoarea implicită din {os}. Setați Enabled=1 și DisabledByDefault=0 sub TLS 1.2\\Client și TLS 1.2\\Server, apoi reporniți serverul.',
  'finding.tls12-misconfigured.title': 'Cheile TLS 1.2 Client și Server nu concordă',
  'finding.tls12-misconfigured.advice':
    'Health Checker numește această stare Misconfigured: Client și Server diferă prin Enabled sau prin DisabledByDefault, așa că trimiterea și primirea se comportă diferit. Setați pentru ambele Enabled=1 și DisabledByDefault=0.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 este dezactivat pe jumătate',
  'finding.tls12-half-disabled.advice':
    'Health Checker numește această stare Half Disabled: Enabled și DisabledByDefault indică în direcții opuse. Folosiți Enabled=1 cu DisabledByDefault=0.',
  'finding.tls12-half-disabled.off-yet-default-on.title':
    'TLS 1.2 este dezactivat, deși DisabledByDefault este 0',
  'finding.tls12-half-disabled.off-yet-default-on.advice':
    'Health Checker numește această stare Half Disabled: Enabled=0 dezactivează TLS 1.2, în timp ce DisabledByDefault=0 spune că programele ar trebui să îl folosească. Schannel urmează Enabled, deci TLS 1.2 este dezactivat. Setați Enabled=1.',
  'finding.tls12-half-disabled.on-yet-default-off.title':
    'TLS 1.2 este activat, dar dezactivat în mod implicit',
  'finding.tls12-half-disabled.on-yet-default-off.advice':
    'Health Checker numește această stare Half Disabled: Enabled este activ, dar o valoare DisabledByDefault diferită de zero ține TLS 1.2 dezactivat pentru orice program care nu îl cere explicit, inclusiv Exchange. Setați DisabledByDefault=0.',
  'finding.tls12-half-disabled.default-off-by-windows.title':
    'TLS 1.2 este activat, dar {os} îl ține dezactivat în mod implicit',
  'finding.tls12-half-disabled.default-off-by-windows.advice':
    'Enabled este activ, dar DisabledByDefault nu este setat, iar pe {os} asta înseamnă dezactivat în mod implicit: programele care nu cer explicit TLS 1.2, inclusiv Exchange, nu îl folosesc. Health Checker, care citește o valoare lipsă ca 0 pe orice Windows, ar numi această stare Enabled. Setați DisabledByDefault=0.',
  'finding.schannel-values-undefined.title':
    '{count, plural, one {# valoare Schannel nu este definită} few {# valori Schannel nu sunt definite} other {# de valori Schannel nu sunt definite}}',
  'finding.schannel-values-undefined.advice':
    'Valorile lipsă revin la valoarea implicită din Windows, care diferă între versiunile și actualizările Windows. Health Checker cere ca ele să fie definite, pentru rezultate consecvente.',
  'finding.schannel-misconfigured.title': '{versions}: cheile Client și Server nu concordă',
  'finding.schannel-misconfigured.advice':
    'Health Checker numește această stare Misconfigured și o marchează cu roșu: trimiterea și primirea folosesc reguli diferite pentru aceste versiuni. Nu oprește e-mailul cu Office 365, care folosește TLS 1.2, dar dați cheilor Client și Server aceleași valori.',
  'finding.schannel-half-disabled.title': '{versions}: Enabled și DisabledByDefault se contrazic',
  'finding.schannel-half-disabled.advice':
    'Health Checker numește această stare Half Disabled și o marchează cu roșu. Nu oprește e-mailul cu Office 365, care folosește TLS 1.2; pentru a dezactiva o versiune, folosiți Enabled=0 cu DisabledByDefault=1, iar pentru a o păstra activată, Enabled=1 cu DisabledByDefault=0.',
  'finding.schannel-value-not-0-or-1.title':
    '{count, plural, one {# valoare Schannel nu este nici 0, nici 1} few {# valori Schannel nu sunt nici 0, nici 1} other {# de valori Schannel nu sunt nici 0, nici 1}}',
  'finding.schannel-value-not-0-or-1.advice':
    'Windows citește orice valoare diferită de zero ca 1, deci pentru e-mail nu se schimbă nimic. Health Checker acceptă numai 0 și 1 și le raportează pe celelalte drept erori; setați 0 sau 1 ca ambele instrumente să concorde.',
  'finding.schannel-state-differs-from-health-checker.title':
    'Health Checker ar numi altfel starea pentru {versions}',
  'finding.schannel-state-differs-from-health-checker.advice':
    'Health Checker citește un Enabled lipsă ca activat (ca dezactivat pentru TLS 1.3) și un DisabledByDefault lipsă ca 0, pe orice versiune de Windows. Schannel pe {os} nu face așa: o valoare lipsă preia valoarea implicită a acelui Windows, iar acest diagnostic urmează Schannel. Dacă definiți valorile, cele două instrumente vor concorda.',
  'finding.schannel-keys-misplaced.title':
    '{count, plural, one {# cheie sau valoare TLS se află unde Windows nu caută} few {# chei sau valori TLS se află unde Windows nu caută} other {# de chei sau valori TLS se află unde Windows nu caută}}',
  'finding.schannel-keys-misplaced.advice':
    'Schannel citește numai {protocols}\\TLS 1.x\\Client și \\Server, cu valorile DWORD Enabled și DisabledByDefault. Intrările de mai jos (adesea tastate dintr-un articol tradus automat: TLS 1,2, klien, diaktifkan, ...) nu schimbă nimic. Fiecare rând spune unde îi este locul. Creați-le pe cele corecte (remedierea TLS 1.2 face asta), apoi ștergeți-le pe acestea manual în regedit: ștergerea lor nu prezintă riscuri, iar acest instrument nu șterge niciodată nimic în afara valorilor pe care le gestionează.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 nu este configurat să folosească setările TLS ale sistemului',
  'finding.dotnet-tls-not-configured.advice':
    'Fără SystemDefaultTlsVersions=1 și SchUseStrongCrypto=1 (în ambele vizualizări ale registry-ului), codul .NET din Exchange poate alege în continuare TLS 1.0.',
  'finding.dotnet-tls-not-configured.relay.title':
    '.NET Framework 4 nu este configurat să folosească setările TLS ale sistemului (nu se folosește aici pentru e-mail)',
  'finding.dotnet-tls-not-configured.relay.advice':
    'Acest server retransmite e-mailul cu serviciul SMTP din IIS (SMTPSVC), care folosește Schannel fără .NET, așa că aceste comutatoare nu îi afectează e-mailul. Alte programe .NET de pe server pot alege în continuare TLS 1.0: setați SystemDefaultTlsVersions=1 și SchUseStrongCrypto=1 în ambele vizualizări ale registry-ului.',
  'finding.dotnet-tls-not-configured.no-exchange.title':
    '.NET Framework 4 nu este configurat să folosească setările TLS ale sistemului (Exchange nu este instalat aici)',
  'finding.dotnet-tls-not-configured.no-exchange.advice':
    'Exchange nu este instalat aici, așa că aceste comutatoare contează numai dacă programul care trimite e-mail de pe acest server este construit pe .NET. Un astfel de program poate alege în continuare TLS 1.0: setați SystemDefaultTlsVersions=1 și SchUseStrongCrypto=1 în ambele vizualizări ale registry-ului.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 nu este configurat să folosească setările TLS ale sistemului',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 rulează cod .NET 3.5: setați SystemDefaultTlsVersions=1 și SchUseStrongCrypto=1 sub v2.0.50727 în ambele vizualizări (necesită actualizarea TLS pentru .NET 3.5.1).',
  'finding.dotnet-version-below-guidance.title':
    '.NET Framework {dotnet} este mai vechi decât cer recomandările pentru TLS 1.2',
  'finding.dotnet-version-below-guidance.advice':
    'Pentru TLS 1.2 cu Office 365, Microsoft cere .NET Framework 4.7.1 sau o versiune ulterioară pe Exchange 2013 CU19, 2016 CU8 și versiunile ulterioare. {build} este construit pentru .NET {wanted}: instalați acea versiune (dacă ea necesită un CU Exchange mai nou, instalați mai întâi CU-ul).',
  'finding.dotnet-version-unsupported.title':
    '.NET Framework {dotnet} nu este versiunea pentru care este construit {build}',
  'finding.dotnet-version-unsupported.advice':
    'Exchange acceptă numai versiunile .NET pe care matricea sa de compatibilitate le enumeră pentru fiecare actualizare cumulativă; Health Checker recomandă .NET {wanted} pentru aceasta.',
  'finding.dotnet-version-unsupported.older.title':
    '.NET Framework {dotnet} este mai vechi decât versiunea pentru care este construit {build}',
  'finding.dotnet-version-unsupported.older.advice':
    'Health Checker recomandă .NET {wanted} pentru această actualizare cumulativă (cea mai nouă versiune pe care o acceptă). Instalați-o în afara orelor de program: necesită o repornire.',
  'finding.dotnet-version-unsupported.newer.title':
    '.NET Framework {dotnet} este mai nou decât acceptă {build}',
  'finding.dotnet-version-unsupported.newer.advice':
    'Această actualizare cumulativă acceptă .NET până la {wanted}. Instalați actualizarea cumulativă Exchange care acceptă .NET {dotnet} sau nu instalați un .NET mai nou înainte ca Exchange să îl accepte.',
  'finding.winhttp-tls12-missing.title': 'WinHTTP nu oferă TLS 1.2 în mod implicit',
  'finding.winhttp-tls12-missing.advice':
    'Pe {os}, instalați KB3140245 și adăugați 0x800 la DefaultSecureProtocols (în ambele vizualizări), păstrând ceilalți biți.',
  'finding.cipher-suites-no-tls12.title':
    'Ordinea suitelor de cifrare nu conține nicio suită acceptată de Office 365',
  'finding.cipher-suites-no-tls12.advice':
    'Pentru TLS 1.2, Office 365 acceptă numai: {office365}. Lista de mai jos nu conține niciuna dintre ele, așa că handshake-ul eșuează din lipsa unei suite de cifrare comune (evenimentul Schannel 36874), chiar cu TLS 1.2 activat.',
  'finding.cipher-suites-no-tls12.policy.title':
    'Lista suitelor de cifrare din politica de grup nu conține nicio suită acceptată de Office 365',
  'finding.cipher-suites-no-tls12.policy.advice':
    'Pentru TLS 1.2, Office 365 acceptă numai: {office365}. Suitele din lista politicii de grup ({count}; SSL Cipher Suite Order, care are prioritate față de ordinea locală) nu includ niciuna dintre ele, așa că handshake-ul TLS 1.2 eșuează din lipsa unei suite de cifrare comune (evenimentul Schannel 36874). Adăugați în politică cel puțin una dintre ele, apoi reporniți.',
  'finding.cipher-suites-no-tls12.local.title':
    'Lista locală a suitelor de cifrare nu conține nicio suită acceptată de Office 365',
  'finding.cipher-suites-no-tls12.local.advice':
    'Pentru TLS 1.2, Office 365 acceptă numai: {office365}. Suitele din ordinea locală ({count}; nicio politică de grup nu o înlocuiește) nu includ niciuna dintre ele, așa că handshake-ul TLS 1.2 eșuează din lipsa unei suite de cifrare comune (evenimentul Schannel 36874). Adăugați cel puțin una dintre ele, apoi reporniți.',
  'finding.exchange-build-no-tls12.title': '{build} nu poate folosi TLS 1.2 pentru SMTP',
  'finding.exchange-build-no-tls12.advice':
    'Nicio modificare în registry nu ajută acest build. Instalați cel puțin {minimum}, de preferat cea mai recentă actualizare, apoi rulați din nou verificările.',
  'finding.exchange-build-below-guidance.title':
    '{build} este mai vechi decât cer recomandările pentru TLS 1.2',
  'finding.exchange-build-below-guidance.advice':
    'Microsoft recomandă cel puțin {minimum} pentru TLS 1.2 cu Office 365. Planificați actualizarea.',
  'finding.exchange-out-of-support.title': '{product} nu mai beneficiază de asistență din {date}',
  'finding.exchange-out-of-support.advice':
    'Microsoft nu îl mai remediază și nu mai publică actualizări de securitate pentru el, nici pentru TLS. Fluxul de e-mail cu Office 365 nu se oprește la acea dată, dar nimic din ce se descoperă ulterior nu va mai fi remediat. Produsul care beneficiază de asistență este Exchange Server Subscription Edition (SE).',
  'finding.exchange-out-of-support.in-place.title':
    '{product} nu mai beneficiază de asistență din {date}',
  'finding.exchange-out-of-support.in-place.advice':
    'Microsoft nu îl mai remediază și nu mai publică actualizări de securitate pentru el, nici pentru TLS. Produsul care beneficiază de asistență este Exchange Server Subscription Edition (SE): Exchange 2019 CU14 sau CU15 poate fi actualizat pe loc la acesta, ca la instalarea unui CU.',
  'finding.exchange-out-of-support.migrate.title':
    '{product} nu mai beneficiază de asistență din {date}',
  'finding.exchange-out-of-support.migrate.advice':
    'Microsoft nu îl mai remediază și nu mai publică actualizări de securitate pentru el, nici pentru TLS. Produsul care beneficiază de asistență este Exchange Server Subscription Edition (SE): instalați servere SE alături de acesta și mutați pe ele cutiile poștale și fluxul de e-mail (SE nu poate actualiza pe loc Exchange 2016).',
  'finding.exchange-out-of-support.migrate-twice.title':
    '{product} nu mai beneficiază de asistență din {date}',
  'finding.exchange-out-of-support.migrate-twice.advice':
    'Microsoft nu îl mai remediază și nu mai publică actualizări de securitate pentru el, nici pentru TLS. Produsul care beneficiază de asistență este Exchange Server Subscription Edition (SE), care nu poate coexista în aceeași organizație cu această versiune: migrați mai întâi la Exchange 2016 sau 2019, apoi la SE.',
  'finding.exchange-cu-not-supported.title': '{cu} nu mai este o actualizare cumulativă acceptată',
  'finding.exchange-cu-not-supported.advice':
    'Microsoft acceptă numai cele mai recente actualizări cumulative și publică actualizări de securitate numai pentru ele. Acest server rulează {build}; cea mai recentă este {latestCu} (lansată pe {latestDate}). Instalați-o, apoi cea mai recentă actualizare de securitate pentru ea.',
  'finding.exchange-updates-behind.title':
    '{build} are o întârziere de {count, plural, one {# actualizare} few {# actualizări} other {# de actualizări}}',
  'finding.exchange-updates-behind.advice':
    'Cea mai recentă actualizare pentru această actualizare cumulativă este {latest} (lansată pe {date}). Fiecare actualizare le include pe cele dinaintea ei: instalați-o pe cea mai recentă.',
  'finding.exchange-updates-behind.rollups.title':
    '{build} are o întârziere de {count, plural, one {# pachet cumulativ de actualizări} few {# pachete cumulative de actualizări} other {# de pachete cumulative de actualizări}}',
  'finding.exchange-updates-behind.rollups.advice':
    'Ultimul pachet cumulativ de actualizări pentru Exchange 2010 SP3 este {latest} (lansat pe {date}). Fiecare pachet le include pe cele dinaintea lui: instalați-l pe ultimul.',
  'finding.exchange-update-level-unknown.title':
    'Nu se știe ce actualizări de securitate sunt instalate pe {product}',
  'finding.exchange-update-level-unknown.advice':
    'Versiunea afișată, {build}, provine din valorile Msi ale cheii de instalare, care indică doar actualizarea cumulativă: actualizările de securitate schimbă numai versiunea fișierului bin\\ExSetup.exe, iar aceasta nu a fost citită. Rulați instrumentul pe server sau docs/collect/collect-tls-registry.cmd (care înregistrează acea versiune în tls-exsetup.txt) și diagnosticați folderul.',
  'finding.exchange-update-level-unknown.rollup.title':
    'Nu se știe ce pachet cumulativ de actualizări este instalat pe Exchange 2010',
  'finding.exchange-update-level-unknown.rollup.advice':
    'Pachetele cumulative de actualizări pentru Exchange 2010 nu schimbă valorile Msi ale cheii de instalare, care indică {build}. TLS 1.2 necesită cel puțin {minimum}, iar registry-ul nu poate arăta dacă acesta este instalat; versiunea fișierului bin\\ExSetup.exe poate. Rulați instrumentul pe server sau docs/collect/collect-tls-registry.cmd (care înregistrează acea versiune în tls-exsetup.txt) și diagnosticați folderul.',
  'finding.exchange-update-level-unknown.rollup-at-least.title':
    'Pachetul cumulativ de actualizări instalat pe Exchange 2010 poate fi mai nou decât arată registry-ul',
  'finding.exchange-update-level-unknown.rollup-at-least.advice':
    'Pachetele cumulative de actualizări pentru Exchange 2010 nu schimbă întotdeauna valorile Msi ale cheii de instalare: acest server are cel puțin {build}, iar versiunea fișierului bin\\ExSetup.exe arată ce pachet are de fapt. Rulați instrumentul pe server sau docs/collect/collect-tls-registry.cmd (care înregistrează acea versiune în tls-exsetup.txt) și diagnosticați folderul.',
  'finding.exchange-build-table-old.title': 'Tabelul de build-uri Exchange este din {asOf}',
  'finding.exchange-build-table-old.advice':
    'Această copie a instrumentului cunoaște actualizările Exchange lansate până la {asOf}. Cele ulterioare lipsesc, așa că numărul de actualizări și numele build-urilor pot fi depășite: folosiți o versiune mai nouă a instrumentului.',
  'finding.windows-out-of-support.title': '{os} nu mai beneficiază de asistență din {date}',
  'finding.windows-out-of-support.advice':
    'Windows nu mai primește aici actualizări de securitate, nici pentru Schannel. Fluxul de e-mail cu Office 365 nu se oprește la acea dată, dar planificați trecerea la un Windows Server care beneficiază de asistență (Exchange SE rulează pe Windows Server 2019, 2022 și 2025).',
  'finding.restart-pending.title': 'Windows așteaptă o repornire',
  'finding.restart-pending.advice':
    'Modificările deja făcute (actualizări sau modificări în registry) intră în vigoare numai după o repornire.',
  'finding.tls13-not-supported-by-exchange.title':
    'TLS 1.3 este activat, dar {product} nu îl acceptă',
  'finding.tls13-not-supported-by-exchange.advice':
    'Schannel pe {os} folosește aici TLS 1.3, iar acest build Exchange nu îl acceptă: Health Checker raportează asta ca eroare. Exchange acceptă TLS 1.3 numai începând cu Exchange 2019 CU15 (sau Exchange SE) pe Windows Server 2022 și versiunile ulterioare. Actualizați Exchange sau dezactivați TLS 1.3 (Enabled=0, DisabledByDefault=1 sub TLS 1.3\\Client și \\Server) și reporniți.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 sau 1.1 este încă activat',
  'finding.legacy-tls-enabled.advice':
    'Acest lucru nu întrerupe fluxul de e-mail. Dezactivarea lor este un proiect separat de consolidare a securității: nu o faceți pentru a remedia fluxul de e-mail cu Office 365.',
  'finding.legacy-tls-enabled.safe.title': 'TLS 1.0 sau 1.1 este încă activat',
  'finding.legacy-tls-enabled.safe.advice':
    'Acest lucru nu întrerupe fluxul de e-mail, iar dezactivarea lor este un proiect separat de consolidare a securității, nu o remediere a fluxului de e-mail. Dacă o faceți totuși: {build} o permite, iar comutatoarele .NET 4 sunt setate; testați mai întâi cu fiecare client și partener care folosește încă TLS 1.0 sau 1.1.',
  'finding.legacy-tls-enabled.update-first.title':
    'TLS 1.0 sau 1.1 este încă activat (lăsați-le activate)',
  'finding.legacy-tls-enabled.update-first.advice':
    'Acest lucru nu întrerupe fluxul de e-mail. Nu le dezactivați pe {build}: acesta are nevoie de TLS 1.0 sau 1.1 pentru propriile conexiuni. Dezactivarea lor este sigură numai începând cu {minimum}, cu comutatoarele .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1) setate.',
  'finding.legacy-tls-enabled.check-rollup.title': 'TLS 1.0 sau 1.1 este încă activat',
  'finding.legacy-tls-enabled.check-rollup.advice':
    'Acest lucru nu întrerupe fluxul de e-mail. Dezactivarea lor este sigură numai începând cu {minimum}, cu comutatoarele .NET setate; cheia de instalare nu poate arăta ce pachet cumulativ este instalat, așa că verificați înainte versiunea fișierului bin\\ExSetup.exe.',
  'finding.legacy-tls-enabled.dotnet-first.title': 'TLS 1.0 sau 1.1 este încă activat',
  'finding.legacy-tls-enabled.dotnet-first.advice':
    'Acest lucru nu întrerupe fluxul de e-mail. {build} permite dezactivarea lor, dar numai după ce sunt setate comutatoarele .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1, în ambele vizualizări ale registry-ului): fără ele, codul .NET din Exchange și-ar pierde singurele protocoale. Este un proiect separat de consolidare a securității, nu o remediere a fluxului de e-mail.',
  'finding.legacy-tls-off-build-too-old.title':
    'TLS 1.0/1.1 sunt dezactivate, iar {build} are încă nevoie de ele',
  'finding.legacy-tls-off-build-too-old.advice':
    'Build-urile Exchange anterioare versiunii {minimum} folosesc TLS 1.0 sau 1.1 pentru unele dintre propriile conexiuni, care eșuează când acestea sunt dezactivate. Instalați {minimum} sau o versiune ulterioară (de preferat cea mai recentă actualizare); până atunci, reactivați TLS 1.0 și 1.1 (Enabled=1, DisabledByDefault=0) și reporniți.',
  'finding.legacy-tls-off-build-too-old.unknown.title':
    'TLS 1.0/1.1 sunt dezactivate; este Exchange 2010 la {minimum} sau mai nou?',
  'finding.legacy-tls-off-build-too-old.unknown.advice':
    'Exchange 2010 anterior versiunii {minimum} folosește TLS 1.0 sau 1.1 pentru unele dintre propriile conexiuni, iar cheia de instalare nu poate arăta ce pachet cumulativ de actualizări este instalat. Verificați versiunea fișierului bin\\ExSetup.exe (sau rulați scriptul de colectare, care o înregistrează): sub {minimum}, instalați ultimul pachet cumulativ sau reactivați TLS 1.0 și 1.1.',
  'finding.os-version-unknown.title': 'Build-ul Windows nu se cunoaște',
  'finding.os-version-unknown.advice':
    'Registry-ul nu conține CurrentBuild sub HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. Ce face Schannel cu o valoare nesetată depinde de build (TLS 1.2 este dezactivat pe Windows Server 2008 R2 și activat începând cu 2012), așa că nu s-a decis nimic din ce depinde de o valoare implicită.',
  'finding.registry-value-wrong-type.title':
    '{count, plural, one {# valoare are tipul greșit și este ignorată} few {# valori au tipul greșit și sunt ignorate} other {# de valori au tipul greșit și sunt ignorate}}',
  'finding.registry-value-wrong-type.advice':
    'Windows citește aceste valori numai ca REG_DWORD. Ștergeți-le și creați-le din nou ca valori DWORD (32 de biți).',
  'finding.registry-export-incomplete.title':
    'Exportul de registry nu arată destul pentru un verdict',
  'finding.registry-export-incomplete.advice':
    'Un verdict necesită build-ul Windows, cheile de protocol Schannel, ordinea suitelor de cifrare și cheile .NET și Exchange din HKLM\\SOFTWARE (fără ele, „fără Exchange” nu se poate deosebi de „neexportat”). Rândurile de mai jos spun ce lipsește. Rulați aceste comenzi pe server, într-un Command Prompt deschis ca administrator (o eroare pentru Policies sau SMTPSVC înseamnă doar că acea cheie nu există acolo; o eroare pentru ExchangeServer nu dovedește nimic singură: pe un server fără Exchange, rulați în schimb docs/collect/collect-tls-registry.cmd, care înregistrează că Exchange nu este instalat):\n{commands}',
  'finding.control-set-fallback.title': 'Exportul nu are CurrentControlSet: s-a citit {controlSet}',
  'finding.control-set-fallback.advice':
    'Pare a fi un hive SYSTEM încărcat offline. Windows rulează pe setul de control indicat de HKLM\\SYSTEM\\Select, așa că valorile Schannel au fost citite de acolo.',
  'finding.control-set-fallback.select.title':
    'Exportul nu are CurrentControlSet: s-a citit {controlSet}, cel indicat de Select',
  'finding.control-set-fallback.select.advice':
    'Pare a fi un hive SYSTEM încărcat offline. Windows rulează pe setul de control indicat de HKLM\\SYSTEM\\Select\\Current, așa că valorile Schannel au fost citite din {controlSet}.',
  'finding.control-set-fallback.only-one.title':
    'Exportul nu are CurrentControlSet: s-a citit {controlSet}, singurul set de control',
  'finding.control-set-fallback.only-one.advice':
    'Exportul nu conține nici CurrentControlSet, nici HKLM\\SYSTEM\\Select, așa că {controlSet}, singurul set de control din el, a fost considerat cel pe care rulează Windows.',
  'finding.control-set-differs.title':
    'CurrentControlSet și {controlSet} diferă la {count, plural, one {# valoare} few {# valori} other {# de valori}}',
  'finding.control-set-differs.advice':
    'Windows rulează pe setul de control indicat de Select ({controlSet}), iar CurrentControlSet este în mod normal chiar acel set, deci un export în care ele diferă a fost editat sau alcătuit din momente diferite. Acest diagnostic a folosit CurrentControlSet. Exportați din nou cheile dintr-o singură operație, ca să fiți siguri.',
  'problem.evidence-incomplete.title': 'Exportul nu arată destul pentru a decide',
  'problem.tls12-off-both.title':
    'TLS 1.2 este dezactivat pentru conexiunile de intrare și de ieșire',
  'problem.tls12-off-incoming.title': 'TLS 1.2 este dezactivat pentru conexiunile de intrare',
  'problem.tls12-off-outgoing.title': 'TLS 1.2 este dezactivat pentru conexiunile de ieșire',
  'problem.tls12-inconsistent.title': 'Cheile TLS 1.2 se contrazic',
  'problem.exchange-too-old.title': '{build} necesită o actualizare pentru TLS 1.2 cu Office 365',
  'problem.exchange-updates.title':
    'Exchange nu mai beneficiază de asistență sau îi lipsesc actualizări',
  'problem.windows-support.title': '{os} nu mai beneficiază de asistență',
  'problem.exchange-tls13.title': 'TLS 1.3 este activat, iar acest build Exchange nu îl acceptă',
  'problem.cipher-suites.title': 'Nicio suită de cifrare comună cu Office 365',
  'problem.dotnet.title': '.NET poate alege în continuare TLS 1.0',
  'problem.winhttp.title': 'WinHTTP nu oferă TLS 1.2 în mod implicit',
  'problem.wire-tls12-refused.title': 'Un server testat a refuzat TLS 1.2',
  'problem.wire-tls12-client.title': 'Acest server nu poate ajunge la Office 365 prin TLS 1.2',
  'problem.starttls-missing.title': 'STARTTLS nu este oferit',
  'problem.unreachable.title': 'Un server testat nu a putut fi contactat',
  'problem.smtp-rejected.title': 'Un server testat a respins sesiunea SMTP înainte de TLS',
  'problem.certificate.title': 'Un certificat necesită atenție',
  'problem.control-sets-differ.title':
    'Cele două copii ale setărilor Windows din export nu concordă',
  'problem.ignored-entries.title':
    'Unele intrări TLS se află acolo unde (sau au o formă în care) Windows nu le citește',
  'problem.schannel-consistency.title': 'Unele valori Schannel lipsesc sau sunt inconsecvente',
  'problem.restart-pending.title': 'Windows așteaptă o repornire',
  'problem.legacy-tls.title':
    'TLS 1.0 sau 1.1 este încă activat (nu este o problemă de flux de e-mail)',
  'problem.legacy-tls-off.title':
    'TLS 1.0/1.1 sunt dezactivate, iar acest build Exchange are nevoie de ele',
  'problem.control-set-read.title': 'Exportul nu are CurrentControlSet: s-a citit {controlSet}',
  'problem.health-checker-words.title': 'Health Checker ar numi altfel starea pentru {versions}',
  'problem.values-not-0-or-1.title':
    'Unele valori Schannel nu sunt nici 0, nici 1 (fără efect asupra e-mailului)',
  'problem.notes.title': 'Note',
  'schannelState.enabled': 'Enabled',
  'schannelState.disabled': 'Disabled',
  'schannelState.half-disabled': 'Half Disabled',
  'schannelState.misconfigured': 'Misconfigured',
  'cli.machine': 'Computer',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'neinstalat',
  'cli.exchangeNoneRelay': 'neinstalat (e-mailul este retransmis de serviciul SMTP din IIS)',
  'cli.source': 'Sursa registry-ului',
  'cli.schannel': 'Schannel',
  'cli.client': 'Client',
  'cli.server': 'Server',
  'cli.on': 'activat',
  'cli.off': 'dezactivat',
  'cli.notSupported': 'neacceptat de acest Windows',
  'cli.state': 'Stare',
  'cli.findings': 'Constatări',
  'cli.noFindings': 'Nicio constatare.',
  'cli.problems':
    '{count, plural, one {# problemă} few {# probleme} other {# de probleme}}: {kinds}',
  'cli.problem': '1 problemă: {kinds}',
  'cli.count.error': '1 eroare',
  'cli.count.errors': '{count, plural, one {# eroare} few {# erori} other {# de erori}}',
  'cli.count.warning': '1 avertisment',
  'cli.count.warnings':
    '{count, plural, one {# avertisment} few {# avertismente} other {# de avertismente}}',
  'cli.count.info': '1 notă',
  'cli.count.infos': '{count, plural, one {# notă} few {# note} other {# de note}}',
  'cli.noProblems': 'Nicio problemă.',
  'cli.also': 'de asemenea',
  'cli.unknown': '?',
  'fix.schannel-tls12-enable': 'Activați TLS 1.2 pentru Schannel Client și Server',
  'fix.dotnet-v4-strong-crypto':
    'Setați comutatoarele TLS .NET 4 în ambele vizualizări ale registry-ului',
  'fix.dotnet-v2-strong-crypto':
    'Setați comutatoarele TLS .NET 3.5 în ambele vizualizări ale registry-ului',
  'fix.winhttp-tls12': 'Adăugați TLS 1.2 la DefaultSecureProtocols din WinHTTP',
  'fix.restart-server': 'Reporniți serverul',
  'fix.install-dotnet': 'Instalați versiunea .NET Framework acceptată pentru acest build Exchange',
  'fix.install-kb3140245':
    'Instalați actualizarea Windows KB3140245 (WinHTTP citește DefaultSecureProtocols numai după ce aceasta este instalată)',
  'fix.update-exchange': 'Instalați actualizarea curentă pentru Exchange',
  'fix.review-cipher-suites': 'Revizuiți ordinea suitelor de cifrare',
  'fix.collect-registry':
    'Colectați pe server ce lipsește (docs/collect/collect-tls-registry.cmd) și diagnosticați din nou',
  'fix.delete-ignored-entries': 'Ștergeți manual cheile și valorile ignorate (regedit)',
  'fix.disable-tls13': 'Dezactivați TLS 1.3 în Schannel (manual)',
  'fixes.nothingElse': 'Nimic altceva de modificat în registry.',
  'fixes.manual.before': 'Mai întâi, ce nu se poate rezolva din registry (actualizări și dovezi):',
  'fixes.manual.after': 'După modificările din registry:',
  'fixes.manual.link': 'Cum se face (Microsoft)',
  'fixes.leftOut.dotnet':
    'Neplanificat: comutatoarele TLS .NET. Aici nu rulează Exchange, iar un releu SMTP (serviciul SMTP din IIS) trimite e-mailul prin Schannel fără .NET; setați-le numai pentru alte programe .NET care comunică prin TLS (tlswizard fix --dotnet le include).',
  'fixes.nothingToDo':
    'Nimic de modificat: fiecare valoare pe care ar scrie-o o remediere are deja valoarea corectă.',
  'fixes.key': 'Cheie',
  'fixes.value': 'Valoare',
  'fixes.now': 'Acum',
  'fixes.after': 'După',
  'fixes.createsKeys': 'Chei care vor fi create',
  'fixes.backup': 'Copie de rezervă (importați-o pentru a anula)',
  'fixes.error': 'Ce a eșuat',
  'fixes.restoreError': 'Și restaurarea copiei de rezervă a eșuat',
  'fixes.status.applied':
    'Toate modificările au fost scrise și recitite corect. Reporniți serverul pentru ca ele să intre în vigoare.',
  'fixes.outcome.inFile': 'în fișierul de remediere, neaplicată',
  'fixes.status.prepared':
    'Pregătită, neaplicată: remedierea este scrisă într-un fișier, iar pe server nu s-a schimbat încă nimic.',
  'fixes.prepared.steps':
    'Pentru a o aplica: (1) copiați {fix} pe server; (2) acolo, într-un Prompt de comandă deschis ca administrator, rulați: reg import "{fix}"; (3) reporniți serverul; (4) rulați din nou acolo expertul sau tlswizard diagnose, pentru confirmare. Fișierul de rezervă o anulează: importați-l la fel, cu reg import.',
  'fixes.prepared.fixFile': 'Fișierul de remediere de importat pe server',
  'fixes.prepared.patched': 'Instantaneul așa cum va arăta după remediere (previzualizare)',
  'fixes.status.nothing-to-do': 'Nu s-a modificat nimic: nu era nimic de modificat.',
  'fixes.status.rolled-back':
    'O modificare a eșuat, așa că toate valorile au fost readuse din copia de rezervă. Nimic nu este modificat.',
  'fixes.status.rollback-failed':
    'O modificare a eșuat ȘI restaurarea copiei de rezervă a eșuat. Importați manual fișierul de rezervă (reg import) sau trimiteți acest rezultat unui administrator senior.',
  'fixes.dryRun':
    'Simulare: nu s-a modificat nimic. Rulați din nou cu --apply pentru a face aceste modificări.',
  'fixes.offlineWritten': 'Registry-ul activ nu a fost atins. Fișiere scrise:',
  'fixes.restartHint':
    'Schannel citește aceste valori numai la pornire: reporniți serverul (tlswizard restart --in 5), apoi rulați tlswizard verify.',
  'finding.logs-o365-tls-failing.title': 'E-mailul {toFrom} Office 365 eșuează pe {connector}',
  'finding.logs-o365-tls-failing.advice':
    '{sentence}. Nicio sesiune cu Office 365 nu a reușit după ultimul eșec. Office 365 acceptă e-mail numai prin TLS 1.2 sau o versiune ulterioară: activați TLS 1.2 pentru Schannel, reporniți, apoi scanați din nou jurnalele: sesiunile de după remediere ar trebui să arate TLS 1.2.',
  'finding.logs-o365-tls-failing.send.title': 'E-mailul către Office 365 eșuează pe {connector}',
  'finding.logs-o365-tls-failing.send.advice':
    '{sentence}. Nicio sesiune către Office 365 nu a reușit după ultimul eșec. Aici acest server este clientul TLS (Schannel Client), iar Office 365 acceptă numai TLS 1.2 sau o versiune ulterioară: activați TLS 1.2 pe partea client, setați comutatoarele .NET 4, reporniți, apoi scanați din nou jurnalele: sesiunile de după remediere ar trebui să arate TLS 1.2.',
  'finding.logs-o365-tls-failing.receive.title': 'E-mailul de la Office 365 eșuează pe {connector}',
  'finding.logs-o365-tls-failing.receive.advice':
    '{sentence}. Nicio sesiune de la Office 365 nu a reușit după ultimul eșec. Office 365 se conectează aici ca client TLS și folosește numai TLS 1.2 sau o versiune ulterioară, la care trebuie să răspundă Schannel Server de pe acest computer: activați TLS 1.2 pe partea server, verificați certificatul asociat cu SMTP, reporniți, apoi scanați din nou jurnalele.',
  'finding.logs-o365-tls-working.title': 'E-mailul {toFrom} Office 365 funcționează pe {connector}',
  'finding.logs-o365-tls-working.advice': '{sentence}.',
  'finding.logs-o365-tls-working.send.title':
    'E-mailul către Office 365 funcționează pe {connector}',
  'finding.logs-o365-tls-working.send.advice': '{sentence}.',
  'finding.logs-o365-tls-working.receive.title':
    'E-mailul de la Office 365 funcționează pe {connector}',
  'finding.logs-o365-tls-working.receive.advice': '{sentence}.',
  'finding.logs-starttls-required.title':
    'Refuzat pe {connector} deoarece TLS nu a fost pornit: {sessions}',
  'finding.logs-starttls-required.advice':
    'Partea care primește a răspuns 451 5.7.3 sau 530 5.7.0 (STARTTLS necesar): expeditorul nu a pornit TLS. Ultima dată: {last}.',
  'finding.logs-starttls-required.send.title':
    'Refuzat pe {connector}, cealaltă parte cere STARTTLS: {sessions}',
  'finding.logs-starttls-required.send.advice':
    'Serverul destinatar a răspuns 451 5.7.3 (sau 530 5.7.0): cere TLS. Exchange încearcă din nou fără TLS când TLS eșuează și conectorul nu îl impune, așa că de obicei acest lucru urmează unui eșec TLS (cu Office 365: {office365}; ultima dată {last}). Faceți mai întâi TLS 1.2 să funcționeze; un 450 4.4.317 cu același text după reînnoirea unui certificat înseamnă că conectorul indică în continuare certificatul vechi (TlsCertificateName).',
  'finding.logs-starttls-required.receive.title':
    'Refuzat pe {connector}, acest server cere STARTTLS, iar expeditorul nu l-a pornit: {sessions}',
  'finding.logs-starttls-required.receive.advice':
    'Acest conector de primire a răspuns 451 5.7.3 (sau 530 5.7.0) deoarece cere TLS, iar expeditorul nu a trimis STARTTLS (ultima dată {last}). Dacă sesiunile nu arată 250-STARTTLS, acest server nu l-a oferit: verificați ca un certificat valid, cu cheia sa privată, să fie activat pentru SMTP (Get-ExchangeCertificate, Enable-ExchangeCertificate -Services SMTP).',
  'finding.logs-legacy-tls-peers.title':
    '{connector}: TLS 1.0 sau 1.1 este încă folosit de {peerCount}',
  'finding.logs-legacy-tls-peers.advice':
    'E-mailul {toFrom} acești parteneri funcționează azi cu o versiune TLS veche: {peers}. Se va întrerupe în ziua în care oricare dintre părți dezactivează TLS 1.0/1.1. Cereți-le să treacă la TLS 1.2 înainte să dezactivați versiunile vechi.',
  'finding.logs-legacy-tls-peers.send.title':
    'TLS 1.0 sau 1.1 este încă folosit de {peerCount} către care trimite acest server ({connector})',
  'finding.logs-legacy-tls-peers.send.advice':
    'Aceste servere au acceptat e-mail de la acesta numai cu o versiune TLS veche: {peers}. E-mailul către ele se va întrerupe în ziua în care oricare dintre părți dezactivează TLS 1.0/1.1. Cereți administratorilor lor să activeze TLS 1.2 înainte să dezactivați aici versiunile vechi.',
  'finding.logs-legacy-tls-peers.receive.title':
    'TLS 1.0 sau 1.1 este încă folosit de {peerCount} de la care primește acest server ({connector})',
  'finding.logs-legacy-tls-peers.receive.advice':
    'Acești expeditori au ajuns la acest server numai cu o versiune TLS veche: {peers}. E-mailul lor se va întrerupe în ziua în care oricare dintre părți dezactivează TLS 1.0/1.1. Cereți administratorilor lor să activeze TLS 1.2 înainte să dezactivați aici versiunile vechi.',
  'finding.logs-not-found.title': 'Nu s-au găsit jurnale de protocol SMTP',
  'finding.logs-not-found.advice':
    'S-a căutat în: {folders}. Înregistrarea în jurnal a protocolului este dezactivată în mod implicit pe majoritatea conectorilor, așa că lipsesc dovezile despre ce a făcut serverul. Activați-o în Exchange Management Shell (prima linie numai pentru conectorul de trimitere către Office 365, următoarele pentru toți conectorii), așteptați să circule e-mail, apoi scanați din nou:\n  Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose\n  Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose\n  Get-ReceiveConnector -Server {server} | Set-ReceiveConnector -ProtocolLoggingLevel Verbose\n  Set-TransportService {server} -IntraOrgConnectorProtocolLoggingLevel Verbose\n  Get-TransportService {server} | Format-List *ProtocolLogPath',
  'finding.logs-files-unreadable.title': 'Nu s-au putut citi: {files}',
  'finding.logs-files-unreadable.advice':
    'Celelalte fișiere au fost numărate. Primul: {file}: {reason}.',
  'finding.logs-files-unreadable.all.title':
    '{count, plural, one {Fișierul jurnal nu a putut fi citit} few {Niciunul dintre cele # fișiere jurnal nu a putut fi citit} other {Niciunul dintre cele # de fișiere jurnal nu a putut fi citit}}',
  'finding.logs-files-unreadable.all.advice':
    'Deci nu se știe nimic despre ce a făcut serverul. Primul: {file}: {reason}. Indicați chiar jurnalele de protocol Exchange, ca un utilizator care le poate citi (un administrator pe serverul Exchange poate).',
  'finding.schannel-tls-events.title': 'Schannel a înregistrat erori TLS ({count})',
  'finding.schannel-tls-events.advice':
    'Jurnalul Sistem, sursa Schannel: {kinds}. 36887 este o alertă primită de la cealaltă parte, 36888 una trimisă de acest computer, 36874 înseamnă că nu există nicio suită de cifrare comună, iar 36871 că nu s-a putut crea nicio acreditare TLS (adesea: niciun protocol activat).',
  'finding.schannel-tls-events.protocol-version.title':
    'Schannel a înregistrat erori TLS ({count}), printre care alerte protocol_version',
  'finding.schannel-tls-events.protocol-version.advice':
    'Jurnalul Sistem, sursa Schannel: {kinds}. Alerta 70 (protocol_version) înseamnă că cele două părți nu au nicio versiune TLS comună: de obicei, acest server oferă numai TLS 1.0, iar Office 365 vrea TLS 1.2.',
  'problem.mail-flow-failing.title':
    'E-mailul cu Office 365 eșuează (o arată jurnalele de protocol)',
  'problem.legacy-tls-peers.title': 'Unii parteneri folosesc încă TLS 1.0 sau 1.1',
  'problem.logs-evidence.title': 'Jurnalele de protocol lipsesc sau nu pot fi citite',
  'problem.schannel-events.title': 'Schannel a înregistrat erori TLS',
  'check.logs': 'Jurnale de protocol și evenimente Schannel',
  'logs.progress':
    'S-au citit {files} din {filesTotal, plural, one {# fișier jurnal} few {# fișiere jurnal} other {# de fișiere jurnal}}, {mb} din {mbTotal} MB',
  'logs.direction.send': 'trimitere',
  'logs.direction.receive': 'primire',
  'logs.summary.connector': '{connector} ({direction}): {sentence}',
  'logs.summary.to': 'către',
  'logs.summary.from': 'de la',
  'logs.summary.failed': '{sessions} {toFrom} Office 365: eșec cu {reason} din {since}',
  'logs.summary.failedMixed':
    '{sessions} {toFrom} Office 365: eșec (cel mai des cu {reason}) din {since}',
  'logs.summary.traffic': '{sessions} {toFrom} Office 365, {versions}',
  'logs.summary.lastWorked': '{version} a funcționat ultima dată la {time}',
  'logs.summary.neverWorked': 'nicio sesiune cu Office 365 nu a reușit cu TLS în aceste jurnale',
  'logs.summary.afterFix': 'de la remediere: {sessions}, {versions}',
  'logs.summary.afterFixNone': 'de la remediere: încă nicio sesiune cu Office 365',
  'logs.summary.recovered': 'de atunci funcționează din nou',
  'logs.versions.all': 'toate cu {version}',
  'logs.versions.failed': '{count, plural, one {# eșuată} few {# eșuate} other {# eșuate}}',
  'logs.versions.noTls': '{count} fără TLS',
  'logs.versions.other': '{count} cu alt rezultat',
  'logs.reason.tls': 'negocierea TLS {error}',
  'logs.reason.starttls': '{code} (STARTTLS necesar)',
  'logs.reason.unknown': 'o eroare necunoscută',
  'logs.andMore': ' și încă {count}',
  'logs.noFolder': 'niciun folder',
  'logs.alert': 'alertă',
  'logs.word.session': '1 sesiune',
  'logs.word.sessions': '{count, plural, one {# sesiune} few {# sesiuni} other {# de sesiuni}}',
  'logs.word.server': '1 server',
  'logs.word.servers': '{count, plural, one {# server} few {# servere} other {# de servere}}',
  'logs.word.file': '1 fișier jurnal',
  'logs.word.files':
    '{count, plural, one {# fișier jurnal} few {# fișiere jurnal} other {# de fișiere jurnal}}',
  'logs.word.folder': '1 folder',
  'logs.word.folders': '{count, plural, one {# folder} few {# foldere} other {# de foldere}}',
  'logs.cli.read':
    'Jurnale de protocol: {files} ({size}), rânduri: {rows}, {sessions}, în {folders}',
  'logs.cli.beforeSince':
    '{count, plural, one {# sesiune anterioară datei {since} a fost omisă} few {# sesiuni anterioare datei {since} au fost omise} other {# de sesiuni anterioare datei {since} au fost omise}}',
  'logs.cli.pivot': 'Remediere aplicată: {time} ({source})',
  'logs.cli.pivot.state-file': 'din fișierul de stare al expertului',
  'logs.cli.pivot.option': 'din --fix-time',
  'logs.cli.summary': 'Ce s-a întâmplat cu Office 365',
  'logs.cli.noOffice365': 'Nicio sesiune cu Office 365 în aceste jurnale.',
  'logs.cli.connectors': 'Conectori',
  'logs.cli.col.connector': 'Conector',
  'logs.cli.col.direction': 'Direcție',
  'logs.cli.col.sessions': 'Sesiuni',
  'logs.cli.col.office365': 'Office 365',
  'logs.cli.col.tls': 'TLS OK',
  'logs.cli.col.failed': 'TLS eșuat',
  'logs.cli.col.starttls': 'STARTTLS cerut',
  'logs.cli.col.noTls': 'Fără TLS',
  'logs.cli.col.connection': 'Fără conexiune',
  'logs.cli.col.versions': 'Versiuni',
  'logs.cli.legacy': 'Parteneri încă pe TLS 1.0/1.1',
  'logs.cli.legacyPeer':
    '{peer}: {version}, {sessions}, ultima dată {time} ({connector}, {direction})',
  'logs.cli.events': 'Evenimente Schannel ({location})',
  'logs.cli.eventsError': 'Evenimentele Schannel nu au putut fi citite ({location}): {error}',
  'logs.cli.noEvents':
    'Niciun eveniment Schannel 36871, 36874, 36887 sau 36888 în această perioadă.',
  'logs.cli.event': '{event}: {count} (primul la {first}, ultimul la {last})',
  'logs.cli.fileProblems': 'Fișiere necitite integral',
  'logs.cli.fileProblem.truncated':
    '{count, plural, one {# ultim rând trunchiat} few {# ultime rânduri trunchiate} other {# de ultime rânduri trunchiate}}',
  'logs.cli.fileProblem.bad':
    '{count, plural, one {# rând} few {# rânduri} other {# de rânduri}} cu un număr greșit de câmpuri',
  'logs.cli.findings': 'Constatări',
  'probe.phase.resolve': 'rezolvării numelui',
  'probe.phase.connect': 'conectării',
  'probe.phase.banner': 'mesajului de întâmpinare',
  'probe.phase.ehlo': 'EHLO',
  'probe.phase.starttls': 'STARTTLS',
  'probe.phase.handshake': 'handshake-ului TLS',
  'probe.phase.mail': 'MAIL FROM',
  'probe.error.dns': 'numele {host} nu a putut fi rezolvat ({code})',
  'probe.error.refused': 'portul este închis (conexiune refuzată)',
  'probe.error.connect': 'nicio conexiune TCP: {reason}',
  'probe.error.connectTimeout': 'nicio conexiune TCP în {ms} ms',
  'probe.error.phaseTimeout': 'niciun răspuns în {ms} ms, în timpul {phase}',
  'probe.error.partialTimeout':
    'răspunsul din timpul {phase} era încă incomplet după {ms} ms: „{text}”',
  'probe.error.overallTimeout': 'limita de timp de {ms} ms s-a epuizat în timpul {phase}',
  'probe.error.closed': 'serverul a închis conexiunea în timpul {phase}',
  'probe.error.socket': 'eroare de rețea în timpul {phase}: {reason}',
  'probe.error.lineTooLong': 'un rând de răspuns din timpul {phase} are peste {max} octeți',
  'probe.error.tooMuchData': 'serverul a trimis peste {max} octeți în timpul {phase}',
  'probe.error.notSmtp': 'răspunsul din timpul {phase} nu este SMTP: „{text}”',
  'probe.error.greeting': 'serverul nu a răspuns cu 220 la conectare: {reply}',
  'probe.error.ehlo': 'EHLO și HELO au fost respinse amândouă: {reply}',
  'probe.error.starttlsNotOffered': 'serverul nu oferă STARTTLS',
  'probe.error.starttlsRejected': 'la STARTTLS s-a răspuns cu {reply}',
  'probe.error.tlsAlert': 'serverul a trimis o alertă TLS: {reason}',
  'probe.error.notTls': 'serverul nu a răspuns în TLS ({reason})',
  'probe.error.otherVersion': 'serverul a răspuns cu altă versiune TLS ({reason})',
  'probe.error.droppedInHandshake': 'serverul a închis conexiunea în timpul handshake-ului TLS',
  'probe.error.tls': 'handshake-ul TLS a eșuat: {reason}',
  'probe.error.tooLarge':
    'serverul a trimis un mesaj de handshake mai mare decât acceptă {stack} ({reason}), cel mai probabil un lanț de certificate de peste 100 KB: {version} nu a putut fi testat',
  'probe.error.untestable': '{stack} de pe acest computer nu poate oferi {version} ({reason})',
  'probe.error.notInStack': 'acest build nu îl acceptă',
  'probe.error.notTried': 'neîncercat: limita de timp de {ms} ms era deja epuizată',
  'probe.stack.unknown': 'o bibliotecă TLS necunoscută',
  'probe.target.empty': 'indicați un nume de gazdă sau o adresă, de exemplu mail.contoso.com:25',
  'probe.target.badPort': '„{port}” nu este un număr de port (de la 1 la 65535)',
  'probe.target.badHost': '„{host}” nu este un nume de gazdă sau o adresă IP validă',
  'probe.target.badDomain': '„{domain}” nu este un nume de domeniu valid, de exemplu contoso.com',
  'probe.cli.oneTarget': 'indicați cel puțin o țintă: tlswizard probe HOST[:PORT] [HOST[:PORT]...]',
  'probe.cli.badStarttls': '--starttls acceptă „smtp” sau „none”, nu „{value}”',
  'probe.cli.badTimeout': '--timeout acceptă milisecunde între {min} și {max}, nu „{value}”',
  'probe.title': 'Testarea {target} ({mode}) cu {stack}, {ms} ms',
  'probe.mode.starttls': 'SMTP STARTTLS',
  'probe.mode.implicit': 'TLS implicit',
  'probe.starttlsOffered': 'STARTTLS oferit',
  'probe.starttlsRequired': 'STARTTLS necesar',
  'probe.yes': 'da',
  'probe.no': 'nu',
  'probe.unknown': 'necunoscut',
  'probe.col.version': 'Versiune',
  'probe.col.result': 'Rezultat',
  'probe.col.protocol': 'Protocol',
  'probe.col.cipher': 'Cifru',
  'probe.col.detail': 'Detaliu',
  'probe.result.accepted': 'acceptat',
  'probe.result.refused': 'refuzat',
  'probe.result.untestable': 'netestabil',
  'probe.result.timeout': 'timp expirat',
  'probe.result.unreachable': 'inaccesibil',
  'probe.result.smtp-rejected': 'respins înainte de TLS',
  'probe.cert.title': 'Certificat (văzut la {version})',
  'probe.cert.subject': 'Subiect',
  'probe.cert.names': 'Nume',
  'probe.cert.issuer': 'Emitent',
  'probe.cert.valid': 'Valabil',
  'probe.cert.validRange': '{from} – {to}',
  'probe.cert.expired': 'EXPIRAT',
  'probe.cert.trusted': 'De încredere',
  'probe.cert.nameMatches': 'Corespunde cu {host}',
  'probe.cert.none': 'Niciun certificat: nicio versiune nu a fost acceptată.',
  'probe.unreachable': 'Ținta nu a putut fi contactată: {error}',
  'probe.schannel.notWindows': 'testul Schannel necesită Windows PowerShell, care nu există aici',
  'probe.schannel.failed': 'Windows PowerShell nu a putut rula testul Schannel: {reason}',
  'probe.schannel.timeout': 'testul Schannel nu s-a încheiat în {ms} ms',
  'probe.schannel.noOutput':
    'testul Schannel nu a afișat niciun JSON (cod de ieșire {code}): {stderr}',
  'probe.schannel.notJson': 'ieșirea testului Schannel nu este JSON valid: {reason}',
  'probe.schannel.invalid': 'ieșirea testului Schannel nu are forma așteptată: {issues}',
  'finding.probe-unreachable.title': '{target} nu a putut fi contactat',
  'finding.probe-unreachable.advice':
    'Nicio versiune TLS nu a putut măcar deschide o conexiune ({error}). Verificați numele, portul, paravanul de protecție și dacă serviciul SMTP rulează, apoi testați din nou.',
  'finding.probe-smtp-rejected.title':
    '{target} a respins sesiunea SMTP înainte de orice handshake TLS',
  'finding.probe-smtp-rejected.advice':
    'Nu s-a încercat nicio versiune TLS ({error}), deci acest rezultat nu spune încă nimic despre TLS 1.2 pe acel server. Un mesaj de întâmpinare sau un EHLO respins (un răspuns 5xx sau 421 când sunt deschise prea multe conexiuni) înseamnă că conectorul său de primire nu acceptă acest computer: verificați acolo RemoteIPRanges, listele de blocare și limitele de conexiuni sau citiți motivul în jurnalul său de protocol. Un STARTTLS refuzat (de exemplu 454 4.7.0 TLS not available) înseamnă că nu are un certificat utilizabil pentru SMTP: atribuiți-i unul valid, cu cheie privată (Enable-ExchangeCertificate -Services SMTP). Un răspuns prea mare sau care nu este SMTP înseamnă că pe acest port răspunde alt serviciu. Apoi testați din nou.',
  'finding.starttls-not-offered.title': '{target} nu oferă STARTTLS',
  'finding.starttls-not-offered.advice':
    'Răspunsul la EHLO nu conține STARTTLS, așa că e-mailul către și de la Office 365 prin acest conector nu este criptat, iar conectorii care impun TLS eșuează. Verificați dacă conectorul de primire are un certificat valid cu cheie privată și dacă TLS este permis pe el.',
  'finding.probe-tls12-refused.title': '{target} refuză TLS 1.2',
  'finding.probe-tls12-refused.advice':
    'Office 365 folosește numai TLS 1.2 sau o versiune ulterioară, așa că nu poate schimba e-mail cu acest server ({error}).',
  'finding.tls12-refused-despite-registry.title':
    'Registry-ul activează TLS 1.2, dar {target} îl refuză în continuare',
  'finding.tls12-refused-despite-registry.advice':
    'Schannel își citește cheile numai la pornire: reporniți serverul dacă ele au fost modificate între timp. Dacă îl refuză și după o repornire, este posibil ca build-ul Exchange să nu accepte TLS 1.2 pentru SMTP: actualizați-l.',
  'finding.o365-needs-tls12-client.title':
    'Office 365 ({target}) acceptă numai TLS 1.2 sau o versiune ulterioară, cu care acest server nu poate trimite',
  'finding.o365-needs-tls12-client.advice':
    'Punctul final refuză în rețea TLS 1.0 și 1.1, iar dovezile arată că acest server nu poate oferi TLS 1.2 când trimite. Activați TLS 1.2 pe partea Schannel Client, setați comutatoarele .NET și reporniți.',
  'finding.certificate-expired.title': 'Certificatul pentru {target} a expirat la {validTo}',
  'finding.certificate-expired.advice':
    'Partenerii care verifică certificatele, printre care și conectorii Office 365, resping un certificat expirat. Reînnoiți-l, atribuiți-l serviciului SMTP și actualizați TlsCertificateName pe conectorii care îl indică.',
  'finding.certificate-name-mismatch.title':
    'Certificatul pentru {target} nu conține numele {host}',
  'finding.certificate-name-mismatch.advice':
    'Conține numele {names}. Un conector care verifică numele (TlsDomain, TlsCertificateName) eșuează. Folosiți un certificat al cărui subiect sau ale cărui nume alternative includ numele la care se conectează partenerii.',
  'finding.certificate-untrusted.title':
    'Certificatul pentru {target} nu provine de la o autoritate de încredere',
  'finding.certificate-untrusted.advice':
    'Verificarea spune: {reason}. TLS oportunist funcționează în continuare, dar conectorii Office 365 care validează certificatul îl resping. Folosiți un certificat de la o autoritate de certificare publică.',
  'reportDoc.title': 'Raport de diagnosticare TLS pentru {machine}',
  'reportDoc.titleNoName': 'Raport de diagnosticare TLS',
  'reportDoc.generated': 'Generat de {product} {version} la {time}',
  'reportDoc.diagnosed': 'Verificări rulate la {time}',
  'reportDoc.schema': 'Formatul raportului: {version}',
  'reportDoc.redacted':
    'Anonimizat pentru partajare: numele de gazdă, adresele IP, domeniile, adresele de e-mail și organizațiile și localitățile numite în certificate sunt înlocuite cu substituenți precum host-1, 192.0.2.1, domain-1.example, user-1@domain-1.example și org-1. Același original are întotdeauna același substituent; Office 365 și autoritățile de certificare publice sunt păstrate.',
  'reportDoc.redactedShort': 'anonimizat',
  'reportDoc.verdict': 'Verdict',
  'reportDoc.verdict.healthy': 'În regulă',
  'reportDoc.verdict.action-needed': 'Acțiune necesară',
  'reportDoc.verdict.inconclusive': 'Dovezi insuficiente pentru o decizie',
  'reportDoc.verdict.healthy.detail':
    'Acest server poate folosi TLS 1.2 cu Office 365: registry-ul a arătat tot ce trebuie pentru un verdict și nimic din el nu împiedică TLS 1.2.',
  'reportDoc.verdict.action-needed.detail':
    'Acest server nu poate folosi fiabil TLS 1.2 cu Office 365. Problemele de mai jos spun de ce, începând cu cea mai gravă; pașii de după ele le remediază.',
  'reportDoc.verdict.inconclusive.detail':
    'În ce arată registry-ul nu s-a găsit nimic greșit, dar nu arată destul pentru a stabili dacă acest server poate folosi TLS 1.2 cu Office 365. Până când arată, nu se știe dacă serverul este în regulă.',
  'reportDoc.missing': 'Neafișat de registry: {gaps}.',
  'reportDoc.gap.os-build':
    'build-ul Windows (o valoare nesetată preia valoarea implicită a acestuia)',
  'reportDoc.gap.software':
    'HKLM\\SOFTWARE (.NET, WinHTTP, Exchange, politica suitelor de cifrare)',
  'reportDoc.gap.schannel': 'cheile de protocol Schannel',
  'reportDoc.gap.control-set': 'setul de control pe care rulează Windows',
  'reportDoc.gap.cipher-suites': 'ordinea suitelor de cifrare',
  'reportDoc.gap.tls12-client': 'dacă TLS 1.2 este activat pentru conexiunile de ieșire',
  'reportDoc.gap.tls12-server': 'dacă TLS 1.2 este activat pentru conexiunile de intrare',
  'reportDoc.collect':
    'Pentru a decide, rulați aceste comenzi pe server, într-un Prompt de comandă deschis ca administrator (reg export doar citește), apoi ultima linie acolo unde se află fișierele:',
  'reportDoc.collect.script':
    'Pentru a decide, exportați pe server cheile lipsă (docs/collect/collect-tls-registry.cmd din expert le exportă pe toate) și diagnosticați din nou.',
  'reportDoc.collect.above':
    'Comenzile care colectează ce lipsește se află sub verdictul din partea de sus a acestui raport.',
  'reportDoc.problems': 'Probleme',
  'reportDoc.problems.none': 'Nicio problemă.',
  'reportDoc.problems.also': 'De asemenea',
  'reportDoc.problems.findings': 'Constatări',
  'reportDoc.symptom': 'Simptom raportat',
  'reportDoc.symptom.id': 'Simptom',
  'reportDoc.symptom.text': 'Textul erorii furnizat',
  'reportDoc.machine': 'Computer',
  'reportDoc.machine.name': 'Nume computer',
  'reportDoc.machine.fqdn': 'Nume complet',
  'reportDoc.machine.os': 'Windows',
  'reportDoc.machine.build': 'Build',
  'reportDoc.machine.exchange': 'Exchange',
  'reportDoc.machine.exchangePath': 'Folder Exchange',
  'reportDoc.machine.edge': 'Rol Edge Transport',
  'reportDoc.machine.source': 'Registry citit din',
  'reportDoc.unknown': 'necunoscut',
  'reportDoc.yes': 'da',
  'reportDoc.no': 'nu',
  'reportDoc.none': 'niciunul',
  'reportDoc.actions': 'Ce trebuie făcut',
  'reportDoc.actions.nothing': 'Nimic de făcut: nicio constatare nu cere o modificare.',
  'reportDoc.actions.resolves': 'Rezolvă: {titles}',
  'reportDoc.actions.howToApply':
    'Pe server, într-un prompt deschis ca administrator: tlswizard fix (afișează modificările), apoi tlswizard fix --apply (le face după ce salvează o copie de rezervă).',
  'reportDoc.actions.planned': 'Modificările din registry făcute de această remediere',
  'reportDoc.actions.alreadyRight':
    'Fiecare valoare scrisă de această remediere este deja corectă.',
  'reportDoc.actions.noPlan':
    'Modificările exacte nu au fost planificate pentru acest raport; rulați tlswizard fix pe server pentru a le vedea.',
  'reportDoc.actions.manual': 'Pas manual',
  'reportDoc.actions.registry': 'Modificare în registry',
  'reportDoc.actions.minimum': 'Minimum: {minimum}',
  'reportDoc.actions.restartWhy':
    'Schannel își citește setările numai când pornește Windows, iar Windows nu cere singur această repornire.',
  'reportDoc.restart': 'Repornire',
  'reportDoc.restart.pending': 'Windows așteaptă acum o repornire.',
  'reportDoc.restart.notPending': 'Acum nu este în așteptare nicio repornire.',
  'reportDoc.restart.notKnown':
    'Nu se știe dacă Windows așteaptă o repornire: registry-ul citit nu arată marcajele sale de repornire.',
  'reportDoc.restart.afterFixes': 'Remedierile intră în vigoare numai după o repornire.',
  'reportDoc.restart.changedAt': 'Schannel a fost modificat de acest instrument la {time}.',
  'reportDoc.restart.scheduled': 'O repornire este programată la {time}.',
  'reportDoc.applied': 'Modificări făcute',
  'reportDoc.applied.backup': 'Fișier de rezervă (importați-l pentru a anula)',
  'reportDoc.applied.readBack': 'Recitit',
  'reportDoc.applied.result': 'Rezultat',
  'reportDoc.applied.ok': 'scris',
  'reportDoc.prepared': 'Remediere pregătită, neaplicată',
  'reportDoc.applied.prepared': 'pregătit, neaplicat',
  'reportDoc.applied.inCopy': 'scris în copie',
  'reportDoc.applied.failed': 'eșuat',
  'reportDoc.evidence': 'Dovezi',
  'reportDoc.schannel': 'Schannel: configurat și efectiv',
  'reportDoc.schannel.version': 'Versiune',
  'reportDoc.schannel.effective': 'Efectiv',
  'reportDoc.schannel.side': 'Parte',
  'reportDoc.schannel.state': 'Stare',
  'reportDoc.schannel.note':
    'Efectiv înseamnă ce face Schannel pe acest build Windows, cu valorile implicite completate acolo unde o valoare nu este setată; necunoscut acolo unde o valoare nu este setată și build-ul nu se cunoaște.',
  'reportDoc.values': 'Valori de registry citite',
  'reportDoc.values.key': 'Cheie',
  'reportDoc.values.value': 'Valoare',
  'reportDoc.values.data': 'Date',
  'reportDoc.values.none': 'Nu s-a citit nicio valoare.',
  'reportDoc.on': 'activat',
  'reportDoc.off': 'dezactivat',
  'reportDoc.unknownState': 'necunoscut',
  'reportDoc.findings': 'Constatări în detaliu',
  'reportDoc.severity.error': 'Eroare',
  'reportDoc.severity.warning': 'Avertisment',
  'reportDoc.severity.info': 'Notă',
  'reportDoc.findings.none': 'Nicio constatare.',
  'reportDoc.findings.evidence': 'Dovezi',
  'reportDoc.findings.fixes': 'Remediat prin',
  'reportDoc.probes': 'Teste TLS în direct',
  'reportDoc.probes.none': 'Nu s-a rulat niciun test în direct.',
  'reportDoc.probe.heading': '{target}, {mode}, {role}',
  'reportDoc.probe.mode.starttls': 'SMTP STARTTLS',
  'reportDoc.probe.mode.implicit': 'TLS de la primul octet',
  'reportDoc.probe.role.local': 'acest server',
  'reportDoc.probe.role.office365': 'Office 365',
  'reportDoc.probe.role.smarthost': 'gazdă inteligentă',
  'reportDoc.probe.role.other': 'alt server',
  'reportDoc.probe.stack': 'Testat cu',
  'reportDoc.probe.duration': 'Durată',
  'reportDoc.probe.ms': '{ms} ms',
  'reportDoc.probe.starttlsOffered': 'STARTTLS oferit',
  'reportDoc.probe.starttlsRequired': 'STARTTLS necesar',
  'reportDoc.probe.version': 'Versiune',
  'reportDoc.probe.result': 'Rezultat',
  'reportDoc.probe.protocol': 'Protocol',
  'reportDoc.probe.cipher': 'Cifru',
  'reportDoc.probe.detail': 'Detaliu',
  'reportDoc.probe.systemDefault': 'Implicit Windows',
  'reportDoc.probe.result.accepted': 'acceptat',
  'reportDoc.probe.result.refused': 'refuzat',
  'reportDoc.probe.result.untestable': 'netestabil de aici',
  'reportDoc.probe.result.timeout': 'niciun răspuns la timp',
  'reportDoc.probe.result.unreachable': 'inaccesibil',
  'reportDoc.probe.result.smtp-rejected': 'respins înainte de TLS',
  'reportDoc.probe.schannel': 'Windows Schannel (ce negociază Exchange însuși)',
  'reportDoc.probe.schannelError': 'Niciun test Schannel: {reason}',
  'reportDoc.probe.transcript': 'Dialog SMTP',
  'reportDoc.probe.transcriptEmpty': 'Nu s-a înregistrat niciun dialog SMTP.',
  'reportDoc.cert': 'Certificat (văzut la {version})',
  'reportDoc.cert.subject': 'Subiect',
  'reportDoc.cert.names': 'Nume',
  'reportDoc.cert.issuer': 'Emitent',
  'reportDoc.cert.valid': 'Valabil',
  'reportDoc.cert.validRange': '{from} – {to}',
  'reportDoc.cert.fingerprint': 'Amprentă SHA-256',
  'reportDoc.cert.trusted': 'De încredere',
  'reportDoc.cert.nameMatches': 'Numele corespunde',
  'reportDoc.logs': 'Rânduri din jurnalele de protocol',
  'reportDoc.protocolLogs.connector': 'Conector',
  'reportDoc.protocolLogs.direction': 'Direcție',
  'reportDoc.protocolLogs.office365': 'Cu Office 365',
  'reportDoc.protocolLogs.before': 'Înainte de remediere',
  'reportDoc.protocolLogs.after': 'De la remediere',
  'reportDoc.protocolLogs.counts':
    '{sessions, plural, one {# sesiune} few {# sesiuni} other {# de sesiuni}}, eșuate: {failed}',
  'reportDoc.logs.none': 'Jurnalele de protocol nu au arătat nimic relevant aici.',
  'reportDoc.logs.where': 'Fișier și rând',
  'reportDoc.logs.at': 'Ora',
  'reportDoc.logs.text': 'Rând',
  'reportDoc.compare': 'Înainte și după remediere',
  'reportDoc.compare.verdict': 'Verdict: {before} înainte, {after} acum.',
  'reportDoc.compare.side': 'Parte',
  'reportDoc.compare.before': 'Înainte',
  'reportDoc.compare.after': 'După',
  'reportDoc.compare.fixed': 'Remediat',
  'reportDoc.compare.undecided': 'Neafișat acum (nu se știe dacă e remediat)',
  'reportDoc.compare.remaining': 'Încă prezent',
  'reportDoc.compare.added': 'Nou',
  'reportDoc.compare.foundNow':
    'Găsite acum (diagnosticul anterior, după reguli mai vechi, nu le-a verificat)',
  'reportDoc.compare.noChange': 'Nu s-a modificat nicio setare Schannel.',
  'reportDoc.notSet': 'nesetat',
  'reportDoc.emptyList': '(listă goală)',
  'reportDoc.side.client': 'Client',
  'reportDoc.side.server': 'Server',
  'reportDoc.footer':
    'Această pagină este de sine stătătoare: nu rulează niciun script și nu încarcă nimic din rețea. Expertul nu poate redeschide această pagină; el deschide versiunea JSON a raportului (formatul JSON la salvarea în expert sau tlswizard diagnose --report FILE.json).',
  'reportDoc.reg.header': 'Valori de registry citite de {name} {version} pe {machine} la {time}.',
  'reportDoc.reg.usage':
    'O înregistrare de citit. Un diagnostic al ei (tlswizard diagnose --registry THIS.reg) vede aceeași stare Schannel; valorile pe care o verificare le-a găsit corecte (.NET, WinHTTP, ordinea suitelor de cifrare, Exchange) nu sunt înregistrate, așa că rezultatul poate fi declarat neconcludent. Importarea ei ar seta aceste valori pe computer.',
  'reportDoc.reg.redacted': 'Anonimizat: numele de gazdă, adresele și domeniile sunt substituenți.',
  'reportDoc.reg.notSet': 'nesetat: {path}',
  'reportDoc.cli.written': 'Raport scris: {file}',
  'reportDoc.format.unknown':
    'formatul raportului nu se poate deduce din „{file}”: numele trebuie să se termine în .html sau .json',
  'reportDoc.load.missing': '{file} nu există',
  'reportDoc.load.folder': '{file} este un folder, nu un fișier de raport',
  'reportDoc.load.unreadable': 'nu se poate citi {file}: {reason}',
  'reportDoc.load.tooLarge':
    '{file} are peste {size} MB; un raport nu este niciodată atât de mare, deci acesta nu este unul de-al nostru',
  'reportDoc.load.empty': '{file} este gol: nu a fost salvat complet',
  'reportDoc.load.html':
    '{file} este o pagină HTML; deschideți raportul .json salvat odată cu ea (HTML-ul nu poate fi citit înapoi)',
  'reportDoc.load.truncated':
    '{file} este trunchiat (JSON-ul se termină înainte de a fi complet): nu a fost salvat sau copiat complet',
  'reportDoc.load.notJson': '{file} nu este JSON: {reason}',
  'reportDoc.load.diagnosis':
    '{file} este un diagnostic salvat cu --out sau --json, nu un raport: rulați tlswizard diagnose --report FILE.json pentru a crea un raport',
  'reportDoc.load.foreign': '{file} nu este un raport Mailflow TLS Wizard',
  'reportDoc.load.newer':
    '{file} a fost scris de o versiune mai nouă de Mailflow TLS Wizard (format de raport {found}, această versiune citește până la {supported}): actualizați expertul pentru a-l deschide',
  'reportDoc.load.invalid': '{file} este un raport deteriorat: {detail}',
  'reportDoc.load.uploaded': 'fișierul de raport încărcat',
  'schannelProbe.notWindows': 'testul Schannel rulează numai pe Windows',
  'schannelProbe.missing': 'schannel-probe.exe nu a fost găsit (s-a căutat în {paths})',
  'schannelProbe.failed': 'schannel-probe.exe nu a putut fi pornit: {reason}',
  'schannelProbe.timeout': 'schannel-probe.exe nu s-a încheiat în {ms} ms și a fost oprit',
  'schannelProbe.noOutput':
    'schannel-probe.exe nu a afișat niciun JSON (cod de ieșire {code}): {stderr}',
  'schannelProbe.notJson': 'ieșirea schannel-probe.exe nu este JSON valid: {reason}',
  'schannelProbe.fatal': 'schannel-probe.exe a refuzat cererea: {reason}',
  'schannelProbe.invalid': 'ieșirea schannel-probe.exe nu are forma așteptată: {issues}',
  'finding.schannel-refuses-tls12.title':
    'Registry-ul activează TLS 1.2, dar Windows nu l-a folosit cu {target}',
  'finding.schannel-refuses-tls12.advice':
    'TLS-ul propriu al Windows (Schannel, pe care îl folosește Exchange) s-a conectat la {target} cu setările implicite și a obținut {got}, deși {target} acceptă TLS 1.2, iar registry-ul activează TLS 1.2 pentru conexiunile de ieșire ({error}). Schannel citește aceste chei numai la pornirea Windows: dacă au fost modificate după ultima repornire, reporniți serverul. Dacă problema persistă și după o repornire, altceva împiedică funcționarea TLS 1.2: o politică de grup care setează protocoalele sau suitele de cifrare ori o listă de suite de cifrare fără nimic în comun cu {target}.',
  'finding.schannel-tls12-despite-registry.title':
    'Registry-ul dezactivează TLS 1.2, totuși Windows l-a folosit cu {target}',
  'finding.schannel-tls12-despite-registry.advice':
    'TLS-ul propriu al Windows (Schannel) a negociat {protocol} cu {target} cu setările implicite, în timp ce valorile de registry de mai jos dezactivează TLS 1.2 pentru conexiunile de ieșire. Schannel le citește numai la pornirea Windows, deci cel mai probabil au fost modificate după ultima repornire: e-mailul funcționează azi, dar următoarea repornire va dezactiva TLS 1.2 și va opri e-mailul către Office 365. Setați Enabled=1 și DisabledByDefault=0 înainte de acea repornire.',
  'finding.schannel-node-disagree.title':
    'Testul acestui instrument și Windows nu concordă privind TLS 1.2 cu {target}',
  'finding.schannel-node-disagree.advice':
    'Când s-a cerut numai TLS 1.2, testul propriu al acestui instrument (Node) a obținut {node}, iar TLS-ul propriu al Windows (Schannel) a obținut {schannel} ({error}). Exchange folosește Schannel, așa că fluxul de e-mail primește răspunsul dat de Schannel.',
  'finding.schannel-node-disagree.schannel-refused.title':
    '{target} acceptă TLS 1.2, dar Windows de pe acest server nu l-a putut folosi',
  'finding.schannel-node-disagree.schannel-refused.advice':
    'Când s-a cerut numai TLS 1.2, testul propriu al acestui instrument (Node) s-a conectat, iar TLS-ul propriu al Windows (Schannel, pe care îl folosește Exchange) nu ({error}). Serverul de la celălalt capăt este în regulă: Schannel de pe acest computer nu poate oferi TLS 1.2 sau nicio suită de cifrare pe care o acceptă {target}. Verificați cheile TLS 1.2 Client, ordinea suitelor de cifrare și orice politică de grup care le setează, apoi reporniți după o modificare.',
  'finding.schannel-node-disagree.node-refused.title':
    'Windows folosește TLS 1.2 cu {target}, dar testul propriu al acestui instrument nu a reușit',
  'finding.schannel-node-disagree.node-refused.advice':
    'Când s-a cerut numai TLS 1.2, TLS-ul propriu al Windows (Schannel, pe care îl folosește Exchange) s-a conectat, iar testul propriu al acestui instrument (Node) nu ({error}). Fluxul de e-mail trece prin Schannel, deci nu este afectat; diferența ține de ce oferă Node (suite de cifrare sau algoritmi de semnătură pe care {target} nu îi acceptă).',
  'problem.schannel-not-as-registry.title':
    'Windows nu folosește TLS 1.2 așa cum indică registry-ul',
  'problem.probes-disagree.title':
    'Testul acestui instrument și TLS-ul propriu al Windows nu concordă',
  'why.heading': 'De ce contează',
  'why.learnMore': 'Aflați mai multe',
  'why.evidence-incomplete':
    'Fără aceste chei nimeni nu poate spune dacă TLS 1.2 funcționează aici; un raport care ar spune „în regulă” în lipsa dovezilor v-ar trimite să căutați în altă parte.',
  'why.tls12-off-both':
    'Office 365 acceptă și trimite e-mail numai prin TLS 1.2 sau o versiune ulterioară. Cu TLS 1.2 dezactivat, e-mailul dintre acest server și Office 365 se oprește în ambele sensuri.',
  'why.tls12-off-incoming':
    'Office 365 se conectează la acest server numai cu TLS 1.2. Cu partea Server dezactivată, e-mailul de la Office 365 către acest server eșuează.',
  'why.tls12-off-outgoing':
    'Acest server se conectează la Office 365 ca client TLS. Cu partea Client dezactivată, oferă numai TLS 1.0 sau 1.1, iar Office 365 închide conexiunea (421 4.4.2 SocketError).',
  'why.tls12-inconsistent':
    'Când cheile Client și Server nu concordă, trimiterea și primirea se comportă diferit: e-mailul poate funcționa într-un sens și eșua în celălalt, lucru greu de diagnosticat ulterior.',
  'why.exchange-too-old':
    'Build-urile Exchange mai vechi nu pot folosi deloc TLS 1.2, orice ar spune registry-ul: remedierea din registry nu va restabili singură fluxul de e-mail.',
  'why.exchange-tls13':
    'Acest build Exchange nu acceptă TLS 1.3; cu acesta activat, conexiunile pot eșua în moduri care seamănă cu o problemă TLS 1.2.',
  'why.legacy-tls-off':
    'Acest build Exchange are încă nevoie intern de TLS 1.0/1.1; dacă sunt dezactivate, unele părți din Exchange pot înceta să funcționeze.',
  'why.exchange-updates':
    'Build-urile fără asistență sau rămase în urmă cu actualizările nu au remedierile TLS și actualizările de securitate; suportul Microsoft va cere mai întâi un build la zi.',
  'why.windows-support':
    'Un sistem de operare fără asistență nu mai primește remedieri TLS; planificați trecerea la un Windows Server care beneficiază de asistență.',
  'why.cipher-suites':
    'TLS 1.2 necesită o suită de cifrare cunoscută de ambele părți. Fără nicio suită comună cu Office 365, handshake-ul eșuează chiar cu TLS 1.2 activat.',
  'why.dotnet':
    'Exchange este construit pe .NET. Fără aceste comutatoare, .NET poate alege în continuare TLS 1.0, iar funcțiile Exchange care apelează Office 365 (hibrid, informații liber/ocupat) eșuează.',
  'why.winhttp':
    'WinHTTP transportă o parte din conexiunile proprii ale Exchange și ale Windows; fără TLS 1.2 în valorile sale implicite, acestea eșuează în comunicarea cu Office 365.',
  'why.wire-tls12-refused':
    'Aceasta este ce a făcut serverul efectiv în rețea, nu ce spune registry-ul: un server care refuză TLS 1.2 nu poate schimba e-mail cu Office 365.',
  'why.wire-tls12-client':
    'Office 365 folosește numai TLS 1.2 sau o versiune ulterioară; partea client a acestui server trebuie să îl ofere pentru a trimite e-mail acolo.',
  'why.starttls-missing':
    'Fără STARTTLS, e-mailul circulă necriptat sau, acolo unde TLS este obligatoriu, nu circulă deloc (451 5.7.3 Must issue a STARTTLS command first).',
  'why.unreachable':
    'Nu s-a putut măsura nimic legat de TLS pentru acest server; verificați numele, portul și paravanul de protecție, apoi verificați din nou.',
  'why.smtp-rejected':
    'Serverul a oprit conversația SMTP înainte ca TLS să poată începe, deci nu s-a putut măsura nimic legat de TLS-ul său. E-mailul trimis din același loc întâmpină același refuz; acolo unde TLS este obligatoriu, o sesiune fără STARTTLS se încheie cu 451 5.7.3 Must issue a STARTTLS command first.',
  'why.certificate':
    'Conectorii care impun TLS verifică certificatul; un certificat expirat, care nu este de încredere sau cu nume greșit face ca Office 365 să refuze sau să amâne e-mailul.',
  'why.control-sets-differ':
    'Windows pornește din setul de control indicat de Select\\Current; valorile scrise numai în alt set nu au niciun efect.',
  'why.ignored-entries':
    'Windows citește numai nume exacte de chei și valori și tipuri DWORD; intrările tastate după o pagină tradusă sau cu tipul greșit nu schimbă nimic.',
  'why.schannel-consistency':
    'Valorile care lipsesc sau se contrazic lasă TLS la latitudinea valorii implicite din Windows, care diferă de la o versiune la alta.',
  'why.restart-pending':
    'Schannel își citește setările numai când pornește Windows: modificările făcute de la ultima pornire nu sunt încă în vigoare.',
  'why.legacy-tls':
    'TLS 1.0/1.1 nu opresc e-mailul către Office 365, dar sunt învechite; dezactivați-le numai după ce verificați ce alți parteneri mai au nevoie de ele.',
  'why.control-set-read':
    'Valorile au fost citite din setul de control din care pornește Windows; pe acesta îl folosește următoarea pornire.',
  'why.health-checker-words':
    'Health Checker numește altfel această stare; termenii sunt indicați ca să se poată compara cele două instrumente.',
  'why.values-not-0-or-1':
    'Windows tratează orice valoare diferită de zero ca 1; valoarea funcționează, dar este neobișnuită și merită corectată.',
  'why.mail-flow-failing':
    'Jurnalele de protocol arată sesiuni reale cu Office 365 care eșuează: este e-mail care nu a ajuns, nu un risc teoretic.',
  'why.legacy-tls-peers':
    'Acești parteneri se conectează încă prin TLS 1.0 sau 1.1; conexiunile lor se vor întrerupe în ziua în care aceste versiuni sunt dezactivate aici sau la ei.',
  'why.logs-evidence':
    'Jurnalele de protocol sunt singura evidență a ce a făcut de fapt serverul; fără ele, o remediere nu poate fi dovedită din serverul însuși.',
  'why.schannel-events':
    'Windows înregistrează în jurnalul Sistem fiecare handshake TLS eșuat; aceste evenimente arată ce parte a refuzat și de ce.',
  'why.notes':
    'Informații de context despre acest server; nimic de aici nu oprește fluxul de e-mail.',
  'link.article':
    'Asistență Microsoft: nu se pot trimite sau primi e-mailuri când se utilizează TLS 1.1 sau TLS 1.0',
  'link.tlsPart1': 'Echipa Exchange: ghid TLS, partea 1, pregătirea pentru TLS 1.2',
  'link.tlsPart2': 'Echipa Exchange: ghid TLS, partea 2, activarea TLS 1.2',
  'link.tlsScenarios':
    'Echipa Exchange: scenarii de e-mail când versiunile TLS nu pot fi convenite cu Exchange Online',
  'link.kb3140245': 'KB3140245: TLS 1.1 și 1.2 ca protocoale securizate implicite în WinHTTP',
  'link.exchangeTls': 'Exchange Server: cele mai bune practici pentru configurarea TLS',
  'link.tlsRegistry': 'Windows: setări de registry pentru TLS',
  'link.builds': 'Exchange Server: numere de build și date de lansare',
  'link.protocolLogging': 'Exchange: înregistrarea în jurnal a protocolului',
  'probe.col.o365': 'Pentru Office 365',
  'probe.judge.needed-ok': 'Bine: Office 365 folosește această versiune',
  'probe.judge.needed-missing': 'Problemă: Office 365 necesită TLS 1.2',
  'probe.judge.needed-unknown': 'Nemăsurat: Office 365 necesită TLS 1.2',
  'probe.judge.tls13-ok': 'Bine (opțional)',
  'probe.judge.tls13-missing': 'În regulă: TLS 1.2 este suficient',
  'probe.judge.legacy-on':
    'Nefolosit de Office 365; dezactivați-l mai târziu, după ce verificați alți parteneri',
  'probe.judge.legacy-off': 'În regulă: Office 365 nu îl folosește',
  'probe.judge.untested': 'Nemăsurat',
  'probe.outcome.accepted': 'acceptat',
  'probe.outcome.refused': 'refuzat',
  'probe.outcome.untestable': 'nu poate fi testat de aici',
  'probe.outcome.timeout': 'niciun răspuns la timp',
  'probe.outcome.unreachable': 'nu s-a putut conecta',
  'probe.outcome.smtp-rejected': 'neîncercat: sesiunea SMTP a fost respinsă',
  'probe.code.protocol-version': 'Serverul a refuzat această versiune TLS',
  'probe.code.handshake': 'Handshake-ul TLS a eșuat',
  'probe.code.self-signed': 'Certificatul este autosemnat',
  'probe.code.untrusted': 'Certificatul nu provine de la o autoritate de încredere',
  'probe.code.expired': 'Certificatul a expirat',
  'probe.code.name': 'Certificatul este pentru alt nume',
  'probe.code.refused': 'Nimic nu ascultă pe acest port (conexiune refuzată)',
  'probe.code.reset': 'Serverul a închis conexiunea',
  'probe.code.timeout': 'Niciun răspuns la timp',
  'probe.code.dns': 'Numele nu a putut fi rezolvat (DNS)',
  'probe.code.unreachable': 'Rețeaua nu poate ajunge la această adresă',
  'probe.code.local-stack':
    'Biblioteca TLS proprie a acestui computer nu poate oferi această versiune',
  'probe.code.other': 'Conexiunea a eșuat',
  'probe.code.smtp-rejected': 'Serverul SMTP a încheiat sesiunea înainte ca TLS să poată începe',
  'app.title': 'Mailflow TLS Wizard',
  'app.tagline':
    'Faceți ca acest server să trimită și să primească e-mail cu Office 365 prin TLS 1.2.',
  'nav.back': 'Înapoi',
  'nav.next': 'Următorul',
  'nav.stepOf': 'Pasul {n} din {total}',
  'nav.done': 'finalizat',
  'nav.skipped': 'omis',
  'common.retry': 'Reîncercare',
  'error.lost.title': 'Motorul expertului nu răspunde',
  'error.lost.text':
    'Partea expertului care citește registry-ul și rulează verificările s-a oprit sau a fost închisă, așa că nu se mai poate verifica sau modifica nimic. Porniți din nou expertul (sau tlswizard serve pe server), apoi apăsați Reîncercare. Pasul care a eșuat nu a modificat nimic.',
  'step.welcome': 'Bun venit',
  'step.symptom': 'Simptom',
  'step.checks': 'Verificări',
  'step.fixes': 'Remedieri',
  'step.restart': 'Repornire',
  'step.report': 'Raport',
  'common.loading': 'Se încarcă...',
  'common.error': 'A apărut o problemă',
  'common.dismiss': 'Închidere',
  'common.notSet': 'nesetat',
  'common.yes': 'da',
  'common.no': 'nu',
  'welcome.heading': 'Acest computer',
  'welcome.name': 'Computer',
  'welcome.windows': 'Windows',
  'welcome.exchange': 'Exchange',
  'welcome.exchangeNone': 'neinstalat (un releu SMTP Windows)',
  'welcome.exchangeUnknown': 'necunoscut (registry-ul citit nu arată HKLM\\SOFTWARE)',
  'welcome.elevated': 'Rulează ca administrator',
  'welcome.elevatedNa': 'nu se aplică (registry dintr-un fișier)',
  'welcome.source': 'Sursa registry-ului',
  'welcome.source.live': 'acest computer (activ)',
  'welcome.source.file': 'fișier: {label}',
  'welcome.source.demo': 'server exemplu inclus ({label})',
  'welcome.language': 'Limbă',
  'welcome.openReport': 'Deschideți un raport salvat',
  'welcome.checkNow': 'Verificați acum acest server',
  'welcome.intro':
    'Expertul verifică de ce acest server nu poate folosi TLS 1.2 cu Office 365, remediază registry-ul cu o copie de rezervă cu care puteți anula modificările și scrie un raport pe care îl puteți trimite unui administrator senior. Nu se modifică nimic până nu confirmați.',
  'welcome.notElevated':
    'Puteți rula acum toate verificările. Pentru a aplica remedieri, închideți expertul, faceți clic dreapta pe el și alegeți „Rulare ca administrator”.',
  'welcome.verify':
    'Bine ați revenit. Serverul a repornit: verificările rulează din nou și sunt afișate lângă cele de dinainte de remediere.',
  'symptom.heading': 'Ce observați?',
  'symptom.hint':
    'Alegeți mesajul care se potrivește sau lipiți textul erorii. Dacă nu sunteți sigur, verificați tot.',
  'symptom.ndr-socketerror': 'Un expeditor primește un raport de nelivrare (NDR)',
  'symptom.queue-socketerror': 'Mesajele așteaptă în coadă (Queue Viewer)',
  'symptom.sendlog-tls-failed':
    'Jurnalul de protocol al conectorului de trimitere arată că TLS eșuează',
  'symptom.starttls-required':
    'Jurnalul de protocol al unui conector spune că STARTTLS este necesar',
  'symptom.all': 'Verificați pur și simplu tot',
  'symptom.all.detail': 'Rulați toate verificările fără să alegeți un simptom.',
  'symptom.paste': 'Lipiți eroarea pe care o vedeți',
  'symptom.paste.cut':
    'Textul avea peste {max} caractere: se folosesc numai primele {max}. Lipiți rândurile cu eroarea, dacă nu erau printre ele.',
  'symptom.paste.placeholder': 'de exemplu: 421 4.4.2 Connection dropped due to SocketError',
  'symptom.recognised': 'Recunoscut: {what}',
  'symptom.notRecognised':
    'Nu este unul dintre mesajele cunoscute. Puteți totuși să verificați tot.',
  'match.socketerror-421':
    'Office 365 a închis conexiunea (421 4.4.2 SocketError): de obicei lipsește TLS 1.2',
  'match.tls-negotiation-socketerror':
    'Negocierea TLS a eșuat (SocketError): de obicei lipsește TLS 1.2',
  'match.starttls-required-451': 'Cealaltă parte cere STARTTLS (451 5.7.3)',
  'match.starttls-required-530': 'Cealaltă parte cere STARTTLS (530 5.7.0)',
  'match.tls-no-credentials':
    'Certificatul nu are cheie privată (NoCredentials): o problemă de certificat, nu de TLS 1.2',
  'match.tls-unknown-credentials':
    'Certificatul nu poate fi folosit (UnknownCredentials): o problemă de certificat',
  'match.stale-tls-certificate-name':
    'Un conector indică un certificat care a fost reînnoit (450 4.4.317): actualizați TlsCertificateName',
  'match.tls-success-1-2': 'O sesiune TLS 1.2: această conexiune funcționează',
  'match.tls-success-1-0': 'O sesiune TLS 1.0: Office 365 refuză astfel de sesiuni',
  'checks.heading': 'Verificări',
  'checks.targets': 'Servere de testat în rețea',
  'checks.targets.hint':
    'Sunt propuse serviciul SMTP local și punctul final Office 365. Editați, eliminați sau adăugați o gazdă inteligentă.',
  'checks.domain': 'Domeniul dvs. acceptat (pentru găsirea punctului final Office 365)',
  'checks.domain.find': 'Găsiți punctul final',
  'checks.domain.finding': 'Se caută serverele de e-mail ale domeniului...',
  'checks.running': 'Se verifică acest server...',
  'checks.whatWasChecked': 'Ce s-a verificat',
  'checks.schannelTable': 'Schannel pe versiuni TLS (din registry)',
  'checks.schannel.client': 'De ieșire (Client)',
  'checks.schannel.server': 'De intrare (Server)',
  'checks.schannel.needed': 'Office 365 necesită TLS 1.2 pe ambele părți.',
  'checks.next.manual':
    'Următorul pas, înaintea oricărui altul: {step}. Apoi continuați cu remedierile.',
  'checks.next.apply':
    'Următorul pas: apăsați Următorul pentru a vedea {count, plural, one {modificarea din registry} few {cele # modificări din registry} other {cele # de modificări din registry}} de care are nevoie acest server, apoi {count, plural, one {aplicați-o} few {aplicați-le} other {aplicați-le}} și reporniți.',
  'target.problem.host-empty': 'Introduceți un nume de gazdă sau o adresă IP.',
  'target.problem.host-invalid':
    'Nu este un nume de gazdă sau o adresă IP: folosiți litere, cifre, cratime și puncte (de exemplu smtp.contoso.com).',
  'target.problem.port-invalid': 'Un port este un număr întreg de la 1 la 65535 (25 pentru SMTP).',
  'target.problem.too-many':
    'Se testează numai primele {max} servere: eliminați unul pentru a-l testa pe acesta.',
  'target.full': 'Se testează cel mult {max} servere odată: eliminați unul pentru a adăuga altul.',
  'target.skipped':
    '{count, plural, one {# intrare nu este testată până la corectare (marcată mai sus)} few {# intrări nu sunt testate până la corectare (marcate mai sus)} other {# de intrări nu sunt testate până la corectare (marcate mai sus)}}; celelalte verificări rulează.',
  'checks.addTarget': 'Adăugați un server',
  'checks.removeTarget': 'Eliminați {target}',
  'checks.targetHost': 'Gazdă',
  'checks.targetPort': 'Port',
  'checks.run': 'Rulați verificările',
  'checks.rerun': 'Rulați din nou',
  'checks.verdict': 'Rezultat',
  'checks.verdict.healthy': 'În regulă',
  'checks.verdict.action-needed': 'Acțiune necesară',
  'checks.verdict.inconclusive': 'Dovezi insuficiente pentru o decizie',
  'checks.next.healthy':
    'Următorul pas: nu trebuie remediat nimic. Continuați pentru a salva un raport pentru evidența dvs. sau pentru un administrator senior.',
  'checks.next.action-needed':
    'Următorul pas: continuați cu remedierile, care modifică registry-ul pentru problemele de mai jos după ce salvează o copie de rezervă.',
  'checks.next.inconclusive':
    'Următorul pas: colectați pe server ce lipsește, cu comenzile de mai jos, apoi diagnosticați din nou cu toate fișierele. Până atunci, nu considerați acest server în regulă.',
  'checks.collect': 'Comenzi care colectează cheile de registry lipsă',
  'checks.problems': 'Probleme, începând cu cea mai gravă',
  'checks.details': 'Fiecare verificare în detaliu',
  'checks.evidence': 'Dovezi',
  'checks.noFindings': 'Nimic de raportat pentru această verificare.',
  'checks.transcript': 'Conversație SMTP',
  'checks.versions': 'Versiuni TLS',
  'check.schannel': 'Setări TLS Schannel',
  'check.dotnet': 'Setări TLS .NET Framework',
  'check.winhttp': 'Protocoale implicite WinHTTP',
  'check.ciphers': 'Suite de cifrare',
  'check.exchange': 'Versiunile Exchange și Windows',
  'check.restart': 'Repornire în așteptare',
  'state.waiting': 'În așteptare',
  'state.running': 'În curs',
  'state.ok': 'OK',
  'state.warning': 'Avertisment',
  'state.error': 'Problemă',
  'state.unknown': 'Nedecis',
  'evidence.key': 'Cheie',
  'evidence.value': 'Valoare',
  'evidence.actual': 'Acum',
  'evidence.expectedColumn': 'Așteptat',
  'fixes.heading': 'Remedieri',
  'fixes.intro':
    'Acestea sunt toate modificările din registry. Nu se modifică nimic până nu apăsați „Aplicați modificările”. Mai întâi se salvează o copie de rezervă.',
  'fixes.plan': 'Plan',
  'fixes.apply': 'Aplicați modificările',
  'fixes.applying': 'Se aplică...',
  'fixes.rollback': 'Anulați (restaurare din copia de rezervă)',
  'fixes.rolledBack':
    'Restaurat din {file}: {values, plural, one {# valoare readusă} few {# valori readuse} other {# de valori readuse}} la starea anterioară, {keys, plural, one {# cheie creată de remediere a fost eliminată} few {# chei create de remediere au fost eliminate} other {# de chei create de remediere au fost eliminate}}.',
  'fixes.rolledBack.kept':
    'S-a păstrat {key}: conține valori pe care acest produs nu le creează niciodată (s-au eliminat numai valorile proprii).',
  'fixes.rolledBack.verified': 'Recitit: totul corespunde copiei de rezervă.',
  'fixes.rolledBack.mismatch': 'Încă diferit de copia de rezervă: {list}',
  'fixes.skip.title': 'Omiteți remedierile?',
  'fixes.skip.text':
    '{count, plural, one {Modificarea din registry nu este aplicată} few {Cele # modificări din registry nu sunt aplicate} other {Cele # de modificări din registry nu sunt aplicate}}: nimic nu se schimbă pe acest server, iar problemele găsite rămân. Puteți reveni cu Înapoi.',
  'fixes.skip.stay': 'Nu, rămân aici',
  'fixes.skip.confirm': 'Omiteți remedierile',
  'fixes.cannotApply': 'Aplicarea necesită „Rulare ca administrator”.',
  'fixes.result': 'Rezultat',
  'fixes.offline':
    'Acest registry este un fișier: în loc să modifice un registry activ, expertul scrie o copie corectată și un fișier de remediere.',
  'restart.heading': 'Repornire',
  'restart.after':
    'După repornire, expertul se deschide singur, rulează din nou verificările și le afișează lângă cele de dinainte.',
  'restart.now': 'Reporniți acum',
  'restart.in': 'Reporniți peste',
  'restart.minutes': 'minute',
  'restart.schedule': 'Programați repornirea',
  'restart.cancel': 'Anulați o repornire programată',
  'restart.later': 'Voi reporni mai târziu',
  'restart.need.none':
    'Nu este necesară nicio repornire: aici nu s-a aplicat nicio modificare, iar Windows nu așteaptă o repornire.',
  'restart.need.fixes-skipped':
    'Ați omis remedierile: nu s-a modificat nimic, așa că o repornire nu ar ajuta încă. Problemele găsite rămân până la aplicarea remedierilor.',
  'restart.need.prepared':
    'Remedierea este pregătită în fișiere, nu aplicată. După ce o importați pe server (reg import "{fix}"), reporniți acel server: Windows citește setările Schannel numai la pornire.',
  'restart.need.applied':
    'Registry-ul a fost modificat: reporniți serverul pentru ca modificarea să intre în vigoare.',
  'restart.need.pending':
    'Verificările au constatat că Windows așteaptă o repornire: modificările făcute de la ultima pornire nu sunt încă în vigoare.',
  'restart.command': 'Comandă',
  'restart.fileMode':
    'Acest registry este un fișier, nu acest computer: nu s-a repornit nimic. Reporniți serverul de la care provine, după ce importați remedierea acolo.',
  'restart.failed': 'Windows nu a acceptat repornirea: {output}',
  'restart.cancelled': 'Repornirea programată a fost anulată.',
  'restart.scheduled':
    'Serverul repornește la {time}. Fluxul de e-mail se oprește până când serverul revine.',
  'restart.minutesInvalid':
    'Introduceți un număr întreg de minute, de la 1 la 10080 (o săptămână).',
  'restart.confirmTitle': 'Reporniți acest server?',
  'restart.confirmNow':
    'Serverul repornește acum. Fluxul de e-mail se oprește, iar toți cei conectați sunt deconectați, până când Windows și Exchange revin (adesea între 5 și 15 minute).',
  'restart.confirmAt':
    'Serverul repornește la {time} (peste {minutes, plural, one {# minut} few {# minute} other {# de minute}}). Fluxul de e-mail se oprește până când Windows și Exchange revin (adesea între 5 și 15 minute).',
  'restart.confirm': 'Da, reporniți',
  'restart.dontRestart': 'Nu, înapoi',
  'restart.scheduledAt': 'Repornire programată la {time}.',
  'verify.heading': 'Înainte și după remediere',
  'verify.before': 'Înainte',
  'verify.after': 'Acum',
  'verify.fixed': 'remediat',
  'verify.still': 'încă prezent',
  'verify.undecided': 'neafișat acum, nu se știe dacă e remediat',
  'verify.new': 'nou',
  'verify.foundNow': 'găsit acum; diagnosticul anterior, după reguli mai vechi, nu l-a verificat',
  'verify.machineUnconfirmed':
    'Nu s-a putut confirma că ambele diagnostice sunt ale aceluiași computer: unul dintre ele nu îi înregistrează numele. Verificați că diagnosticul de dinainte de remediere provine de pe același server.',
  'report.heading': 'Raport',
  'report.intro':
    'Salvați un raport pentru a-l păstra sau a-l trimite unui administrator senior. Anonimizați-l înainte de a-l trimite în afara companiei.',
  'report.redact': 'Anonimizați numele de gazdă, adresele, domeniile și adresele de e-mail',
  'report.format': 'Format',
  'report.format.html': 'HTML (pentru citire și imprimare)',
  'report.format.json': 'JSON (pentru scripturi și pentru redeschidere aici)',
  'report.save': 'Salvați raportul',
  'report.download': 'Descărcați o copie',
  'report.finish': 'Terminare',
  'review.leave': 'Închideți raportul și verificați acest server',
  'finish.heading': 'Gata',
  'finish.fixes.skipped': 'Remedierile au fost omise: nu s-a modificat nimic.',
  'finish.fixes.notApplied': 'Remedierile nu au fost aplicate: nu s-a modificat nimic.',
  'finish.fixes.none': 'Nu a fost necesară nicio modificare în registry.',
  'finish.restart.due':
    'Este încă necesară o repornire: modificările intră în vigoare numai după ea.',
  'finish.report.none': 'Nu s-a salvat niciun raport.',
  'finish.next': 'Trimiteți raportul unui administrator senior dacă a rămas ceva de făcut.',
  'finish.reopens': 'După repornire, expertul se deschide singur și verifică din nou.',
  'finish.again': 'Verificați din nou acest server',
  'report.saved': 'Salvat în {file}',
  'review.note':
    'Consultați un raport salvat pentru {machine}, creat la {time}. Nu se rulează nimic din nou și nu se poate modifica nimic de aici.',
  'report.summary': 'Rezumat',
  'menu.view': 'Vizualizare',
  'menu.help': 'Ajutor',
  'menu.openLogs': 'Deschidere folder de jurnale',
  'dialog.saveReport': 'Salvare raport',
  'dialog.openReport': 'Deschidere raport salvat',
  'usage.usage': 'Utilizare:',
  'usage.options': 'Opțiuni:',
  'usage.help': 'afișare ajutor',
  'usage.diagnose.summary':
    'Citește registry-ul (registry-ul activ pe Windows, fișiere „reg export” sau un server exemplu), verifică Schannel, .NET, WinHTTP, suitele de cifrare, build-ul Exchange și starea de repornire, apoi afișează verdictul cu fiecare problemă și dovezile ei.',
  'usage.diagnose.registry':
    'analiza fișierelor create pe server cu „reg export” (repetați opțiunea sau indicați un folder cu fișiere .reg: sunt citite ca un singur registry). Un verdict necesită mai mult decât cheia Schannel; când lipsește ceva, diagnosticul spune ce anume, cu comenzile „reg export” exacte (vezi docs/collect/).',
  'usage.diagnose.probe': 'testare suplimentară a unui server prin TLS/STARTTLS (se poate repeta)',
  'usage.diagnose.domain':
    'testare suplimentară a punctului final Office 365 al entității găzduite (tenant), adică MX-ul său',
  'usage.diagnose.timeout': 'limita de timp a testului, între 100 și 120000 ms',
  'usage.diagnose.logs':
    'scanare suplimentară a jurnalelor de protocol SMTP (un fișier sau un folder; se poate repeta): constatările lor se adaugă la diagnostic (pe server, jurnalele proprii sunt găsite automat)',
  'usage.diagnose.json': 'afișare JSON (schemaVersion 2)',
  'usage.diagnose.out': 'salvare suplimentară a diagnosticului JSON',
  'usage.diagnose.report':
    'salvare raport de trimis: FILE.html (o singură pagină de sine stătătoare) sau FILE.json (se redeschide în expert)',
  'usage.diagnose.redact':
    'înlocuire nume de gazdă, adrese IP, domenii și adrese de e-mail din raport cu substituenți, pentru partajare în afara companiei',
  'usage.diagnose.force': 'suprascriere fișier --out sau --report existent',
  'usage.probe.summary':
    'Încearcă TLS 1.0, 1.1, 1.2 și 1.3 cu fiecare server indicat (SMTP STARTTLS pe 25/587, TLS implicit pe 465 sau cu --starttls none) și arată ce acceptă. Mai multe servere sunt testate într-un singur proces, câte șaisprezece deodată; cod de ieșire 3 când unul nu a putut fi contactat.',
  'usage.probe.starttls': 'smtp: STARTTLS după EHLO; none: TLS de la primul octet',
  'usage.probe.timeout': 'pentru fiecare încercare, între 100 și 120000 ms',
  'usage.probe.json':
    'afișare JSON: pentru o țintă, rezultatul ei; pentru mai multe, un singur document \'{\'"probeBatch": 1, "targets", "unreachable", "results": [...]\'}\' cu rezultatele în ordinea indicată',
  'usage.fix.summary':
    'Arată modificările din registry care rezolvă constatările; --apply le efectuează, după o copie de rezervă, și restaurează automat copia de rezervă dacă ceva eșuează.',
  'usage.fix.dry-run': 'doar afișarea planului (implicit)',
  'usage.fix.apply':
    'efectuarea modificărilor (registry activ: rulare ca administrator; fișier .reg: necesită --out)',
  'usage.fix.out': 'cu un fișier .reg, unde se scrie copia modificată',
  'usage.fix.backup-dir':
    'locul copiilor de rezervă (implicit: %ProgramData%\\MailflowTlsWizard\\backups)',
  'usage.fix.dotnet':
    'setare suplimentară a comutatoarelor TLS .NET unde nu rulează Exchange (un releu SMTP)',
  'usage.rollback.summary':
    'Readuce valorile păstrate într-o copie de rezervă (cea mai recentă, cu --newest).',
  'usage.rollback.newest': 'cea mai recentă copie de rezervă din folderul copiilor de rezervă',
  'usage.rollback.backup-dir': 'locul copiilor de rezervă',
  'usage.rollback.registry':
    'restaurare într-o copie a acestui instantaneu în locul registry-ului activ',
  'usage.rollback.out': 'cu --registry, unde se scrie copia restaurată',
  'usage.restart.summary':
    'Repornește Windows acum sau peste MINUTES minute (shutdown.exe) ori anulează o repornire programată; expertul rulează din nou verificările după repornire.',
  'usage.restart.in': 'repornire după 1 până la 10080 de minute',
  'usage.restart.now': 'repornire imediată',
  'usage.restart.cancel': 'anulare repornire programată',
  'usage.restart.dry-run': 'afișarea comenzii în loc de rularea ei',
  'usage.verify.summary':
    'Rulează din nou verificările și le arată alături de diagnosticul făcut înainte de remediere.',
  'usage.verify.before':
    'diagnosticul sau raportul JSON dinainte de remediere (implicit: cel salvat de expert)',
  'usage.report.summary':
    'Transformă din nou un raport JSON salvat în pagina HTML (nu se rulează nimic din nou); --redact creează o copie pentru partajare în afara companiei.',
  'usage.report.html': 'unde se scrie pagina',
  'usage.report.redact': 'înlocuire nume de gazdă, adrese IP, domenii și adrese de e-mail',
  'usage.report.force': 'suprascriere fișier OUT.html existent',
  'usage.logs.summary':
    'Citește jurnalele de protocol SMTP de trimitere și de primire (și evenimentele Schannel din jurnalul Sistem) și arată ce s-a întâmplat de fapt cu Office 365: sesiunile eșuate și motivul, când a funcționat ultima dată TLS 1.2, partenerii aflați încă pe TLS 1.0/1.1, precum și sesiunile dinainte și de după remediere.',
  'usage.logs.path':
    'un fișier jurnal sau un folder (fiecare fișier .log din el și din subfolderele lui); pe serverul Exchange, folderele sale SmtpSend/SmtpReceive sunt găsite pornind de la calea de instalare',
  'usage.logs.since':
    'numai sesiunile începând cu DATE: 2024-01-14, 2024-01-14T08:00 (ora locală; adăugați Z pentru UTC) sau 7d (acum 7 zile)',
  'usage.logs.fix-time':
    'împărțirea totalurilor înainte/după DATE (implicit: momentul aplicării remedierii de către expert, din fișierul de stare al acestuia de pe server)',
  'usage.logs.events':
    'evenimente Schannel salvate pe server cu wevtutil (vezi README: wevtutil qe System /q:... /f:xml > FILE.xml); pe server: citite direct',
  'usage.logs.json': 'afișare JSON (logs, schemaVersion 1)',
  'usage.serve.summary':
    'Pune expertul la dispoziție numai pe 127.0.0.1 (Server Core sau fără Electron); prima linie afișată este adresa sa, cu tokenul de acces.',
  'usage.serve.port': 'între 0 și 65535 (implicit 0: orice port liber)',
  'usage.serve.out-dir': 'unde se scriu remedierile offline și rapoartele',
  'usage.serve.verify': 'deschidere la pasul de verificare (după o repornire)',
  'usage.serve.before': 'diagnosticul dinainte de remediere, pentru --verify',
  'usage.serve.logs':
    'fișiere sau foldere de jurnale de protocol de scanat la fiecare verificare (se poate repeta)',
  'usage.serve.lang': 'limba expertului (implicit: cea a browserului): en, id, lt, vi, zh-CN, ro',
  'usage.opt.registryOne':
    'un fișier „reg export” creat pe server (doar citit, niciodată modificat)',
  'usage.opt.registryMany':
    'fișiere „reg export” create pe server sau folderul scris de scriptul de colectare (repetați opțiunea: citite ca un singur registry, niciodată modificate)',
  'usage.opt.demo': 'un server exemplu inclus: {demos}',
  'usage.opt.json': 'afișare JSON în loc de text',
  'usage.tagline':
    'Mailflow TLS Wizard: de ce nu poate acest server să folosească TLS 1.2 cu Office 365?',
  'usage.logDir':
    'folderul jurnalelor de asistență; implicit %ProgramData%\\MailflowTlsWizard\\logs sau folderul temporar pe alte sisteme decât Windows',
  'usage.exitCodes':
    'Fiecare comandă acceptă --lang LANG (en, id, lt, vi, zh-CN, ro) pentru textul destinat utilizatorului; implicit este limba sistemului, dacă există un catalog pentru ea. Ieșirea JSON este aceeași în toate limbile. Coduri de ieșire: 0 în regulă / terminat, 1 acțiune necesară, 2 intrare sau utilizare greșită, 3 eroare neașteptată (probe: țintă inaccesibilă), 4 neconcludent (diagnose: registry-ul nu a arătat suficient; în ce a arătat nu s-a găsit nimic greșit; logs: nu s-a citit niciun rând de jurnal).',
  'error.cli.noHelp': 'nu există ajutor pentru „{topic}”; rulați „tlswizard --help” pentru listă',
  'error.cli.langMissing': '--lang are nevoie de o limbă: una dintre {languages}',
  'error.cli.badLang': '--lang acceptă una dintre valorile {languages}, nu „{value}”',
  'error.cli.unknownCommand':
    'comandă necunoscută: „{name}”; rulați „tlswizard --help” pentru listă',
  'error.cli.withHelpHint':
    '{message}; rulați „tlswizard {command} --help” pentru opțiunile comenzii',
  'error.cli.unexpected': 'eroare neașteptată: {detail}\n(setați TLSWIZARD_DEBUG=1 pentru detalii)',
  'error.cli.unexpectedBare': 'eroare neașteptată: {detail}',
  'error.cli.logDirNeedsFolder': '--log-dir necesită un folder: --log-dir DIR',
  'error.cli.exists':
    '{file} există deja; alegeți alt nume sau adăugați --force pentru a-l înlocui',
  'error.source.both': 'folosiți fie --registry, fie --demo, nu amândouă',
  'error.source.unknownDemo': 'demo necunoscut „{demo}”; demo-urile sunt: {demos}',
  'error.source.noRegistry':
    'pe acest calculator {platform} nu există un registry Windows: indicați --registry FILE.reg (creat pe server cu „reg export”) sau --demo NAME ({demos})',
  'error.cli.outputIsInput':
    '{file} este citit și de această comandă: alegeți alt nume pentru ce scrie (un fișier de intrare nu este niciodată înlocuit, nici cu --force)',
  'error.cli.sameOutput': '{file} este numit pentru două ieșiri: dați fiecăreia propriul nume',
  'error.cli.noProgramData': '%ProgramData% nu este setat; specificați --backup-dir DIR',
  'error.cli.elevation':
    'Modificarea registry-ului necesită un proces rulat ca administrator. Închideți această fereastră, faceți clic dreapta pe „Mailflow TLS Wizard” (sau pe Prompt de comandă), alegeți „Rulare ca administrator”, apoi rulați din nou remedierea. Diagnosticul funcționează și fără aceasta.',
  'error.diagnose.emptyFolder': '{folder} este un folder care nu conține niciun fișier .reg',
  'error.diagnose.folderDenied':
    'nu se pot lista fișierele .reg din {folder}: acces refuzat. Rulați tlswizard ca un utilizator care are voie să citească acel folder sau copiați fișierele .reg într-un folder pe care îl puteți citi',
  'error.diagnose.folderUnreadable': 'nu se pot lista fișierele .reg din {folder}: {reason}',
  'error.diagnose.redactNeedsReport':
    '--redact se aplică unui raport: adăugați --report FILE.html sau FILE.json',
  'error.fix.dryRunOrApply': 'folosiți fie --dry-run, fie --apply, nu pe amândouă',
  'error.fix.applyNeedsOut':
    'cu un fișier .reg, --apply scrie o copie corectată: adăugați --out PATCHED.reg',
  'error.report.oneReport':
    'indicați un singur raport salvat: tlswizard report FILE.json --html OUT.html',
  'error.report.needHtml': 'indicați unde se scrie pagina: --html OUT.html',
  'error.report.htmlName':
    '--html scrie o pagină HTML: numele ei trebuie să se termine în .html (nu „{file}”)',
  'error.verify.noBefore':
    'nu este înregistrat niciun diagnostic anterior: specificați --before FILE.json (salvat cu tlswizard diagnose --out)',
  'error.verify.redactedReport':
    '{file} este un raport anonimizat: numele au fost înlocuite, deci nu poate arăta că este al acestei mașini. Dați raportul salvat fără --redact sau diagnosticul salvat înainte de remediere (tlswizard diagnose --out FILE.json)',
  'error.verify.differentMachines':
    'diagnosticul de dinainte de remediere este al computerului {before}, dar cel nou este al computerului {after}: sunt computere diferite, deci nimic nu se poate considera remediat. Rulați tlswizard verify pe {before}, unde a fost făcut acel diagnostic, sau indicați diagnosticul salvat pe {after} înainte de remedierea lui (tlswizard diagnose --out FILE.json)',
  'error.logs.badDate':
    '{option} „{value}” nu este o dată: scrieți 2024-01-14, 2024-01-14T08:00 (ora locală; adăugați Z pentru UTC) sau 7d (acum 7 zile)',
  'error.logs.namePaths':
    'indicați fișierele sau folderele jurnalelor de protocol (copiate de pe server); pe serverul Exchange însuși, acestea sunt găsite fără să le indicați',
  'error.logs.missing': '{path}: fișierul sau folderul nu există',
  'error.logs.notFileOrFolder': '{path} nu este nici fișier, nici folder',
  'error.logs.folderUnreadable':
    'nu se pot lista jurnalele de protocol din {path}: {reason}. Rulați tlswizard ca un utilizator care poate citi acel folder (un administrator pe serverul Exchange) sau copiați jurnalele într-un folder pe care îl puteți citi',
  'error.serve.badPort': '--port acceptă un număr de la 0 la 65535; s-a primit „{value}”',
  'error.serve.where':
    'Numai acest computer îl poate deschide (127.0.0.1). Remedierile offline și rapoartele se scriu în {outDir}. Apăsați Ctrl+C pentru a opri.',
  'error.serve.noFreeName': 'în {folder} nu mai există niciun nume liber pentru un raport',
  'error.serve.outDirNotFolder':
    'rapoartele și remedierile nu pot fi păstrate în {folder}: acesta, sau un folder de deasupra lui, este un fișier. Alegeți un folder cu --out-dir DIR (se creează dacă lipsește)',
  'error.serve.outDirDenied':
    'nu se poate crea folderul {folder}: acces refuzat. Alegeți cu --out-dir DIR un folder în care aveți voie să scrieți',
  'error.serve.outDirFailed':
    'nu se poate crea folderul {folder}: {reason}. Alegeți alt folder cu --out-dir DIR',
  'error.serve.portInUse':
    'portul {port} pe 127.0.0.1 este deja folosit de alt program. Alegeți un port liber cu --port N sau omiteți --port pentru a lua orice port liber',
  'error.serve.portDenied':
    'acest cont nu are voie să asculte pe portul {port}. Alegeți un port mai mare de 1023 cu --port N sau omiteți --port pentru a lua orice port liber',
  'error.restart.chooseOne': 'alegeți exact una dintre opțiunile --in MINUTES, --now sau --cancel',
  'error.restart.badMinutes': '--in acceptă un număr întreg de minute; s-a primit „{value}”',
  'error.restart.notWindows':
    'repornirea este destinată chiar serverului Windows; acesta este {platform} (folosiți --dry-run pentru a vedea comanda)',
  'error.restart.delayRange':
    'întârzierea repornirii trebuie să fie un număr întreg de minute de la 1 la {max}; s-a primit {minutes}',
  'error.restart.badRelaunchPath': 'nu se poate înregistra relansarea pentru calea {path}',
  'error.state.damaged':
    '{file} este deteriorat; ștergeți-l (înregistrează doar dacă mai este necesară o repornire)',
  'error.state.notDiagnosis': '{file} nu este un diagnostic salvat de tlswizard',
  'error.state.notDiagnosisJson': '{file} nu este un diagnostic salvat de tlswizard: {detail}',
  'error.json.atLine': 'JSON nevalid la linia {line}, coloana {column}',
  'error.json.atCharacter': 'JSON nevalid la caracterul {position}',
  'error.json.endsEarly': 'textul JSON se termină prea devreme',
  'error.json.invalid': 'JSON nevalid',
  'error.rollback.giveOne': 'indicați un singur fișier de copie de rezervă',
  'error.rollback.nameOrNewest': 'indicați un fișier de copie de rezervă sau folosiți --newest',
  'error.rollback.notBoth':
    'folosiți fie un fișier de copie de rezervă, fie --newest, nu pe amândouă',
  'error.rollback.needOut':
    'cu --registry, instantaneul restaurat se scrie într-o copie: adăugați --out RESTORED.reg',
  'error.rollback.noBackupIn': 'nu s-a găsit nicio copie de rezervă în {folder}',
  'error.rollback.noBackupFolder':
    'nu s-a găsit nicio copie de rezervă (nu există un folder al copiilor de rezervă: specificați --backup-dir DIR)',
  'error.rollback.restored':
    'Din {file}: {values, plural, one {# valoare restaurată} few {# valori restaurate} other {# de valori restaurate}} și {keys, plural, one {# cheie eliminată} few {# chei eliminate} other {# de chei eliminate}}.',
  'error.rollback.notRecorded':
    '{file} nu este o copie de rezervă scrisă de acest produs pe acest calculator sau a fost modificată de când a fost scrisă: nu este restaurată. Dacă aveți încredere în ea, importați-o singur (reg import) într-un Command Prompt cu drepturi de administrator.',
  'rollback.notRecordedNote':
    'Notă: {file} nu este o copie de rezervă înregistrată de acest produs pe acest calculator (sau a fost modificată de când a fost scrisă). Valorile ei sunt puse înapoi cum scrie în ea, doar între valorile pe care le poate schimba o remediere.',
  'error.rollback.kept':
    'S-a păstrat cheia {key}: conține valori sau subchei pe care acest produs nu le creează niciodată (au fost eliminate doar valorile create de produs).',
  'error.rollback.stillDifferent': 'Încă diferă: {mismatches}',
  'error.rollback.allMatch': 'Verificare prin recitire: totul corespunde copiei de rezervă.',
  'error.rollback.notBackup':
    '{file}:{line}: aceasta nu este o copie de rezervă scrisă de Mailflow TLS Wizard (nu este un fișier .reg valid)',
  'error.fixes.outNotReg': '--out trebuie să indice un fișier .reg; s-a primit {out}',
  'error.fixes.outExists': '{file} există deja; alegeți altă valoare pentru --out',
  'error.fixes.planChanged':
    'registry-ul sau diagnosticul s-a modificat de când a fost afișat acest plan: examinați noul plan, apoi aplicați-l',
  'error.fixes.valueChanged':
    '{key}\\{name} s-a modificat după crearea planului (acum {now}, planificat pornind de la {planned}): refaceți planul',
  'error.fixes.noBackupPlace':
    '%ProgramData% nu este setat: copia de rezervă nu are unde să fie păstrată',
  'error.fixes.noBackupFolder':
    '%ProgramData% nu este setat: nu există un folder al copiilor de rezervă',
  'error.fixes.noBackup': 'nu există nicio copie de rezervă din care să se facă restaurarea',
  'error.fixes.nonAsciiValue':
    's-a refuzat modificarea valorii „{name}”: „{text}” conține un caracter care nu este ASCII simplu',
  'error.fixes.nonAsciiKey':
    's-a refuzat modificarea unei chei: „{text}” conține un caracter care nu este ASCII simplu',
  'error.fixes.badPathValue': 's-a refuzat modificarea valorii „{name}”: {reason}',
  'error.fixes.badPathKey': 's-a refuzat modificarea unei chei: {reason}',
  'error.fixes.notManaged':
    's-a refuzat modificarea {key}\\{name}: motorul de remediere scrie numai valorile TLS 1.2 Schannel, TLS .NET și WinHTTP pe care le cunoaște',
  'error.fixes.notDword':
    's-a refuzat scrierea unei valori {type} în {key}\\{name}: acolo se scriu numai valori REG_DWORD',
  'error.fixes.noChangeNeeded':
    's-a refuzat scrierea valorii {value} în {key}\\{name}: nu necesită nicio modificare',
  'error.fixes.otherValue':
    's-a refuzat scrierea valorii {value} în {key}\\{name}: motorul de remediere scrie acolo {want}',
  'error.fixes.keyNotManaged':
    's-a refuzat crearea sau ștergerea cheii {key}: nu este una dintre cheile gestionate de motorul de remediere',
  'error.fixes.restoreType':
    's-a refuzat restaurarea {key}\\{name} ca {type}: o copie de rezervă a acestui produs nu conține acolo o valoare atât de mare',
  'error.fixes.otherControlSet':
    'acest export este un hive SYSTEM offline, citit din {controlSet}: o remediere se scrie pentru CurrentControlSet, setul citit de serverul în funcțiune, deci nu poate fi pregătită din acest fișier. Exportați cheile pe serverul în funcțiune (docs/collect/collect-tls-registry.cmd) și pregătiți remedierea din acel export.',
  'error.file.notPlainName':
    's-a refuzat folosirea numelui „{name}”: nu este un simplu nume de fișier din {folder}',
  'error.file.regExists': '{file} există deja; alegeți alt nume',
  'error.write.symlink':
    'nu se poate scrie {file}: este o legătură simbolică (acestea nu sunt urmate niciodată)',
  'error.write.notFile': 'nu se poate scrie {file}: nu este un fișier',
  'error.write.other': 'nu se poate scrie {file}: {reason}',
  'error.write.ENOSPC': 'nu se poate scrie {file}: discul este plin',
  'error.write.EDQUOT': 'nu se poate scrie {file}: cota de disc este epuizată',
  'error.write.EROFS': 'nu se poate scrie {file}: discul este doar în citire',
  'error.write.EACCES': 'nu se poate scrie {file}: acces refuzat',
  'error.write.ENOENT': 'nu se poate scrie {file}: folderul său nu există',
  'error.write.EISDIR': 'nu se poate scrie {file}: este un folder',
  'error.write.EEXIST':
    'nu se poate scrie {file}: există deja; alegeți alt nume (nu a fost înlocuit nimic)',
  'error.write.ENAMETOOLONG': 'nu se poate scrie {file}: numele este prea lung',
  'error.write.EFBIG': 'nu se poate scrie {file}: fișierul ar fi prea mare pentru acest disc',
  'error.write.EIO': 'nu se poate scrie {file}: discul a raportat o eroare de intrare/ieșire',
  'error.reg.empty': 'fișierul este gol; se aștepta un export de registry',
  'error.reg.tooShort':
    'fișierul are doar {bytes, plural, one {# octet} few {# octeți} other {# de octeți}}; se aștepta un export de registry',
  'error.reg.oddBytes':
    'fișierul se termină la mijlocul unui caracter {encoding} (număr impar de octeți): pare trunchiat',
  'error.reg.tooLarge8bit':
    'fișierul este prea mare pentru un fișier .reg pe 8 biți care nu este în întregime ASCII (cel mult 64 MB)',
  'error.reg.lineTooLong': 'rândul depășește limita de {max} caractere',
  'error.reg.binary':
    'date binare (un octet NUL) într-un fișier text pe 8 biți: acesta nu este un fișier .reg',
  'error.reg.cannotOpen': 'nu se poate deschide: {reason}',
  'error.web.hostNotAllowed': 'Gazda „{host}” nu este permisă: folosiți {allowed}',
  'error.web.badToken': 'token lipsă sau greșit: deschideți adresa afișată de expert',
  'error.reg.badHeader': 'se aștepta antetul „{v5}” sau „{regedit4}”, s-a găsit {found}',
  'error.reg.badLine':
    'se aștepta un rând [KEY], un rând "nume"=valoare, @=valoare sau un comentariu care începe cu ;, s-a găsit {found}',
  'error.reg.endsMidLine': 'fișierul se termină la mijlocul unui rând: pare trunchiat',
  'error.reg.keyNotClosed':
    'fișierul se termină imediat după acest rând, fără rândul gol care încheie fiecare cheie într-un fișier creat cu reg export: pare trunchiat',
  'error.reg.noHeader': 'lipsește antetul: se aștepta „{v5}” sau „{regedit4}” pe primul rând',
  'error.reg.endsInHex':
    'fișierul se termină în interiorul unei valori hex continuate cu „\\” (începută pe rândul {line}): pare trunchiat',
  'error.reg.noCloseBracket': 'se aștepta „]” pentru a închide numele cheii {found}',
  'error.reg.textAfterBracket': 'text neașteptat după „]”: {found}',
  'error.reg.emptyKeyName': 'nume de cheie gol în [ ]',
  'error.reg.emptyKeyPart': 'nume de cheie gol între două bare oblice inverse în {found}',
  'error.reg.valueBeforeKey': 'un rând de valoare înaintea oricărui rând [KEY]',
  'error.reg.valueUnderDeleted': 'o valoare sub [-{key}], o cheie pe care acest fișier o șterge',
  'error.reg.noEquals': 'se aștepta „=” după numele valorii, s-a găsit {found}',
  'error.reg.textAfterQuote': 'text neașteptat după ghilimelele de închidere: {found}',
  'error.reg.badDword': 'se așteptau exact 8 cifre hexazecimale după „dword:”, s-a găsit {found}',
  'error.reg.badData':
    'se aștepta un "șir", dword:, hex:, hex(N): sau - după „=”, s-a găsit {found}',
  'error.reg.nameNotClosed': 'numele valorii nu este închis cu ghilimele: {found}',
  'error.reg.stringNotClosed': 'valoarea șir nu este închisă cu ghilimele: {found}',
  'error.reg.nameBadEscape':
    'în numele valorii, o bară oblică inversă poate apărea doar dublată (\\\\), înaintea ghilimelelor (\\") sau într-un sfârșit de rând (\\r, \\n); s-a găsit {found}',
  'error.reg.stringBadEscape':
    'în valoarea șir, o bară oblică inversă poate apărea doar dublată (\\\\), înaintea ghilimelelor (\\") sau într-un sfârșit de rând (\\r, \\n); s-a găsit {found}',
  'error.reg.badHexByte': 'se aștepta un octet hexazecimal (de la 00 la ff) la {found}',
  'error.reg.noHexComma': 'se aștepta „,” între octeții hexazecimali la {found}',
  'error.regPath.unknownRoot':
    'cheie rădăcină necunoscută „{root}” în „{path}”: se aștepta HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU), HKEY_CLASSES_ROOT (HKCR), HKEY_USERS (HKU) sau HKEY_CURRENT_CONFIG (HKCC)',
  'error.regPath.emptyName': 'nume de cheie gol între două bare oblice inverse în „{path}”',
  'error.read.reason.missing': 'fișierul nu există',
  'error.read.reason.folder': 'acesta este un folder, nu un fișier',
  'error.read.reason.notAFile':
    'acesta nu este un fișier obișnuit (ci un dispozitiv, un canal sau un socket)',
  'error.read.reason.tooLarge': 'depășește {size}, mult mai mult decât conține un astfel de fișier',
  'error.read.reason.denied': 'acces refuzat',
  'error.read.reason.other': 'nu a putut fi citit',
  'error.read.missing': 'nu se poate citi {file}: fișierul nu există',
  'error.read.folder': 'nu se poate citi {file}: acesta este un folder, nu un fișier',
  'error.read.notAFile':
    'nu se poate citi {file}: acesta nu este un fișier obișnuit (ci un dispozitiv, un canal sau un socket)',
  'error.read.tooLarge':
    'nu se poate citi {file}: depășește {size}, mult mai mult decât conține un astfel de fișier',
  'error.read.denied': 'nu se poate citi {file}: acces refuzat',
  'error.read.other': 'nu se poate citi {file}: nu a putut fi citit',
  'error.read.detail': 'nu se poate citi {file}: {detail}',
  'error.liveRegistry.wshPolicy':
    'Windows Script Host este dezactivat prin politică ({key}\\Enabled = 0)',
  'error.liveRegistry.cscriptNotStarted': 'cscript.exe nu a putut fi pornit ({detail})',
  'error.liveRegistry.cscriptTimeout':
    'o rulare de test a cscript.exe nu s-a terminat în {seconds} s',
  'error.liveRegistry.cscriptFailed':
    'o rulare de test a cscript.exe a eșuat (cod de ieșire {code})',
  'error.liveRegistry.cscriptFailedSaid':
    'o rulare de test a cscript.exe a eșuat (cod de ieșire {code}: {said})',
  'error.liveRegistry.noCscript': 'cscript.exe lipsește din {folder}',
  'error.liveRegistry.noVbscript': 'VBScript nu este instalat (vbscript.dll lipsește din {folder})',
  'error.liveRegistry.regeditFailed': 'regedit nu a putut fi deschis ({detail})',
  'error.liveRegistry.bothFailed':
    'nu se poate citi registry-ul: {reason}, iar nici native-reg nu a reușit ({detail})',
  'error.liveRegistry.fallback':
    '{reason}: registry-ul se citește prin native-reg în loc de regedit.',
  'error.cli.unknownOption': "Opțiune necunoscută ''{option}''",
  'error.cli.unknownOptionDashDash':
    "Opțiune necunoscută ''{option}''. Pentru a specifica un argument pozițional care începe cu '-', plasați-l la sfârșitul comenzii, după '--', ca în ''-- \"{option}\"''",
  'error.cli.optionNeedsValue': "Lipsește argumentul opțiunii ''{option} <valoare>''",
  'error.cli.optionAmbiguous':
    "Argumentul opțiunii ''{option}'' este ambiguu.\nAți uitat să specificați argumentul opțiunii ''{option}''?\nPentru a specifica un argument de opțiune care începe cu o cratimă, folosiți ''{option}=-XYZ''.",
  'error.cli.optionTakesNoValue': "Opțiunea ''{option}'' nu acceptă un argument",
  'error.cli.registryHint': '{message} (un export de registry se dă ca --registry {file})',
  'error.cli.unexpectedArgument':
    "Argument neașteptat ''{argument}''. Această comandă nu acceptă argumente poziționale",
  'restart.need.unknown':
    'Nu se știe dacă Windows așteaptă o repornire: registry-ul citit nu arată acest lucru. Nu s-a aplicat nicio modificare aici.',
  'fixes.nothingKnown':
    'Din ce a arătat registry-ul nu s-a putut planifica nicio modificare de registry; asta nu dovedește că nu este necesară niciuna (vedeți ce lipsește la pasul Verificări).',
  'checks.targets.hint.local':
    'Este propus serviciul SMTP local. Introduceți domeniul dvs. acceptat pentru a adăuga punctul final Office 365; editați, eliminați sau adăugați o gazdă inteligentă.',
  'checks.targets.hint.office365':
    'Este propus punctul final Office 365. Editați, eliminați sau adăugați o gazdă inteligentă.',
  'checks.targets.hint.none':
    'Nu este propus niciun server: introduceți domeniul dvs. acceptat pentru a găsi punctul final Office 365 sau adăugați o gazdă inteligentă.',
  'checks.next.step':
    'Următorul pas: {step}. Pentru problemele găsite nu este planificată nicio modificare în registry.',
  'checks.next.advice':
    'Următorul pas: pentru problemele găsite nu este planificată nicio modificare în registry. Faceți ce spun detaliile fiecărei probleme de mai jos, începând cu cea mai gravă, apoi rulați din nou verificările.',
  'fixes.apply.title': 'Modificați registry-ul acestui server?',
  'fixes.apply.text':
    'După salvarea unei copii de rezervă, {count, plural, one {# valoare din registry este setată} few {# valori din registry sunt setate} other {# de valori din registry sunt setate}} așa cum arată planul. Modificările intră în vigoare după o repornire; „Anulați” le readuce din copia de rezervă.',
  'fixes.apply.keep': 'Nu, nu modificați nimic',
  'fixes.apply.confirm': 'Da, aplicați',
  'fixes.apply.fileTitle': 'Scrieți remedierea în fișiere?',
  'fixes.apply.fileText':
    '{count, plural, one {Modificarea din registry este scrisă} few {Cele # modificări din registry sunt scrise} other {Cele # de modificări din registry sunt scrise}} într-un fișier de remediere de importat pe server, alături de o copie corectată a acestui fișier registry și de o copie de rezervă care o anulează. Nimic nu se schimbă pe server până când fișierul de remediere nu este importat acolo.',
  'fixes.apply.fileConfirm': 'Da, scrieți fișierele',
  'fixes.rollback.title': 'Anulați modificările?',
  'fixes.rollback.text':
    'Valorile din registry modificate de remediere sunt readuse din copia de rezervă {file}, iar cheile create de ea sunt eliminate. Setările vechi intră în vigoare după următoarea repornire.',
  'fixes.rollback.keep': 'Nu, păstrez modificările',
  'fixes.rollback.confirm': 'Da, anulați',
  'restart.why.applied':
    'Windows citește setările Schannel numai la pornire și nu setează singur niciun memento de repornire pentru ele. Până la repornirea serverului, modificările tocmai făcute nu sunt în vigoare.',
  'restart.why.pending':
    'O repornire îi permite Windows să încheie ce așteaptă, de exemplu o actualizare, o instalare sau o setare modificată de la pornire.',
  'restart.pending.fixesSkipped':
    'Ați omis remedierile: această repornire nu le aplică, iar problemele pe care le rezolvă rămân.',
  'restart.offline.pending':
    'Verificările au constatat că Windows de pe serverul de la care provine acest registry așteaptă o repornire. Acest registry este un fișier, deci de aici nu se repornește nimic: reporniți chiar acel server, la un moment în care fluxul de e-mail se poate opri.',
  'finish.restart.pending':
    'Este încă necesară o repornire: verificările au constatat că Windows așteaptă una.',
}
