/** The Lithuanian (lt) catalog: every message of the English one, in Lithuanian. */
import type { Catalog } from './translate'

export const lt: Catalog = {
  'verdict.healthy':
    'Tvarkinga: kiek rodo registras, šis serveris gali naudoti TLS 1.2 su Office 365, ir registre matyti viskas, ko reikia.',
  'verdict.action-needed':
    'Reikia imtis veiksmų: šis serveris negali patikimai naudoti TLS 1.2 su Office 365.',
  'verdict.inconclusive':
    'Neaišku: registras rodo per mažai, kad būtų galima nuspręsti, ar šis serveris gali naudoti TLS 1.2 su Office 365. Tame, ką jis rodo, klaidų nerasta.',
  'severity.error': 'KLAIDA',
  'severity.warning': 'ĮSPĖJIMAS',
  'severity.info': 'INFORMACIJA',
  'evidence.notSet': 'nenustatyta',
  'evidence.expected': 'laukiama',
  'evidence.fixes': 'taisymas',
  'evidence.item.key': '(raktas)',
  'evidence.item.state': 'būsena',
  'evidence.item.stateFile': 'Mailflow TLS Wizard būsenos failas',
  'evidence.item.schannelDefault': 'Schannel su sistemos numatytaisiais parametrais',
  'evidence.item.certificateValidTo': 'sertifikato galiojimo pabaiga (validTo)',
  'evidence.item.certificateNames': 'sertifikato vardai',
  'evidence.item.certificateChain': 'sertifikatų grandinė',
  'evidence.item.lastO365Failure': 'paskutinė Office 365 nesėkmė',
  'evidence.item.lastO365Success': 'paskutinė sėkminga Office 365 TLS sesija',
  'evidence.item.starttlsRefused': 'sesijos, atmestos be STARTTLS',
  'evidence.item.logFiles': 'žurnalų failai',
  'evidence.item.read': 'nuskaitymas',
  'evidence.item.event': 'įvykis',
  'evidence.item.alert': 'įspėjimas {alert}',
  'evidence.item.buildTable': 'Exchange versijų lentelė šioje Mailflow TLS Wizard versijoje',
  'evidence.item.tableDate': 'data',
  'evidence.found.set': 'nustatyta',
  'evidence.found.exists': 'yra',
  'evidence.found.nonZero': 'ne nulis',
  'evidence.found.notExported': 'nėra eksporte',
  'evidence.found.keyNotValue': 'raktas, o ne reikšmė',
  'evidence.found.values':
    '{count, plural, =0 {reikšmių nėra} one {# reikšmė} few {# reikšmės} many {# reikšmės} other {# reikšmių}}',
  'evidence.found.notOffered': 'nesiūlomas',
  'evidence.want.defined': 'apibrėžta',
  'evidence.want.sameAsSide': 'tokia pati kaip rakte {side}',
  'evidence.want.sameAsIn': 'tokia pati kaip rinkinyje {controlSet}',
  'evidence.want.zeroOrOne': '0 arba 1',
  'evidence.want.healthChecker': 'Health Checker rodo {state}',
  'evidence.want.optionalHardening': '0 (nebūtinas saugos sustiprinimas)',
  'evidence.want.winhttpTls12': 'apima 0x800 (TLS 1.2)',
  'evidence.want.absent': 'nėra',
  'evidence.want.restartAfter': 'paleidimas iš naujo po šio laiko',
  'evidence.want.atLeastOneOf': 'bent vienas iš {suites}',
  'evidence.want.oneUntil': '1, kol neįdiegtas {build}',
  'evidence.want.orLater': '{build} ar naujesnė versija',
  'evidence.want.dotnetOrLater': '.NET {version} ({release} ar naujesnė)',
  'evidence.want.orExchangeSe': '{build} arba Exchange SE',
  'evidence.want.supportedProduct':
    'palaikomas produktas (Exchange SE; {product} palaikymas baigėsi {date})',
  'evidence.want.exSetupVersion':
    'ExSetup.exe failo versija (tls-exsetup.txt, kurį įrašo surinkimo scenarijus)',
  'evidence.want.readable': 'nuskaitoma',
  'evidence.want.recentTable': 'ne senesnė kaip šeši mėnesiai iki diagnozės',
  'evidence.want.softwareExported':
    'eksportuota kartu su .NET, WinHTTP, Exchange ir šifrų rinkinių strategija (HKLM\\SOFTWARE)',
  'evidence.want.buildNumber': 'komponavimo (build) numeris',
  'evidence.want.buildNumberWhy':
    'komponavimo (build) numeris (nuo jo priklauso Schannel numatytosios reikšmės)',
  'evidence.want.schannelExported': 'eksportuota (jis yra kiekvienoje Windows)',
  'evidence.want.controlSetInExport': 'eksporte esančio valdymo rinkinio numeris',
  'evidence.want.ciphersKnown':
    'eksportuota arba žinomas Windows komponavimas (tada taikomas jo numatytasis sąrašas)',
  'evidence.want.valueKnown':
    'nustatyta arba žinomas Windows komponavimas (trūkstama reikšmė įgyja jo numatytąją reikšmę)',
  'evidence.want.namesControlSet': 'nurodo naudojamą valdymo rinkinį',
  'evidence.want.nowhere': 'niekur: Schannel to neskaito; ištrinkite',
  'evidence.want.nowhereSide':
    'niekur: Schannel to neskaito; ištrinkite (protokolo rakte yra tik Client ir Server)',
  'evidence.want.nowhereValue':
    'niekur: Schannel to neskaito; ištrinkite (Schannel skaito tik Enabled ir DisabledByDefault)',
  'evidence.want.bothSides': '{key}\\Client ir \\Server',
  'evidence.want.valueIn': '{key}, reikšmė {value} (DWORD)',
  'evidence.want.valueInBothSides': '{key}\\Client ir \\Server, reikšmė {value} (DWORD)',
  'evidence.want.connection': 'ryšys',
  'evidence.want.offered': 'siūlomas',
  'evidence.want.smtpToTls': 'pasisveikinimas kodu 220, tada 220 į STARTTLS',
  'evidence.want.futureDate': 'būsima data',
  'evidence.want.trustedRoot': 'patikimas šakninis sertifikatas',
  'evidence.want.sessionAfter': 'vėlesnė TLS sesija',
  'evidence.want.afterLastFailure': 'po paskutinės nesėkmės',
  'evidence.want.atLeastOne': 'bent 1',
  'evidence.want.protocolLog': 'protokolo žurnalas',
  'finding.tls12-not-enabled.title': 'TLS 1.2 išjungtas ({sides})',
  'finding.tls12-not-enabled.advice':
    'Schannel čia ({os}) nenaudos TLS 1.2, todėl Office 365 nutraukia ryšį (421 4.4.2 ... SocketError). Nustatykite Enabled=1 ir DisabledByDefault=0 abiejuose raktuose TLS 1.2\\Client ir TLS 1.2\\Server, tada paleiskite serverį iš naujo.',
  'finding.tls12-not-enabled.both.title': 'TLS 1.2 išjungtas kliento ir serverio pusėje',
  'finding.tls12-not-enabled.client.title': 'TLS 1.2 išjungtas kliento pusėje',
  'finding.tls12-not-enabled.server.title': 'TLS 1.2 išjungtas serverio pusėje',
  'finding.tls12-not-enabled.both.advice':
    'Office 365 priima paštą tik per TLS 1.2 ar naujesnę versiją, todėl paštas nepereina nė viena kryptimi (421 4.4.2 Connection dropped due to SocketError). Tai lemia toliau nurodytos reikšmės: Enabled=0 išjungia TLS 1.2, nenulinė DisabledByDefault reikšmė laiko jį išjungtą, nebent programa jo paprašo konkrečiai, o nenustatyta reikšmė įgyja {os} numatytąją reikšmę. Nustatykite Enabled=1 ir DisabledByDefault=0 raktuose TLS 1.2\\Client ir TLS 1.2\\Server, tada paleiskite serverį iš naujo.',
  'finding.tls12-not-enabled.client.advice':
    'Šis serveris siunčia paštą į Office 365 kaip TLS klientas (Schannel Client), o Office 365 priima tik TLS 1.2 ar naujesnę versiją, todėl siuntimas nepavyksta (421 4.4.2 Connection dropped due to SocketError). Tai lemia toliau nurodytos reikšmės: Enabled=0 išjungia TLS 1.2, nenulinė DisabledByDefault reikšmė laiko jį išjungtą, nebent programa jo paprašo konkrečiai, o nenustatyta reikšmė įgyja {os} numatytąją reikšmę. Nustatykite Enabled=1 ir DisabledByDefault=0 raktuose TLS 1.2\\Client ir TLS 1.2\\Server, tada paleiskite serverį iš naujo.',
  'finding.tls12-not-enabled.server.advice':
    'Office 365 jungiasi prie šio serverio kaip TLS klientas ir naudoja tik TLS 1.2 ar naujesnę versiją; jam atsako Schannel Server, todėl paštas iš Office 365 nepasiekia serverio. Tai lemia toliau nurodytos reikšmės: Enabled=0 išjungia TLS 1.2, nenulinė DisabledByDefault reikšmė laiko jį išjungtą, nebent programa jo paprašo konkrečiai, o nenustatyta reikšmė įgyja {os} numatytąją reikšmę. Nustatykite Enabled=1 ir DisabledByDefault=0 raktuose TLS 1.2\\Client ir TLS 1.2\\Server, tada paleiskite serverį iš naujo.',
  'finding.tls12-misconfigured.title': 'TLS 1.2 raktai Client ir Server nesutampa',
  'finding.tls12-misconfigured.advice':
    'Health Checker tai vadina Misconfigured: Client ir Server skiriasi reikšme Enabled arba DisabledByDefault, todėl siuntimas ir gavimas veikia skirtingai. Abiem nustatykite Enabled=1 ir DisabledByDefault=0.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 pusiau išjungtas',
  'finding.tls12-half-disabled.advice':
    'Health Checker tai vadina Half Disabled: Enabled ir DisabledByDefault rodo priešingas kryptis. Naudokite Enabled=1 kartu su DisabledByDefault=0.',
  'finding.tls12-half-disabled.off-yet-default-on.title':
    'TLS 1.2 išjungtas, nors DisabledByDefault yra 0',
  'finding.tls12-half-disabled.off-yet-default-on.advice':
    'Health Checker tai vadina Half Disabled: Enabled=0 išjungia TLS 1.2, o DisabledByDefault=0 sako, kad programos turėtų jį naudoti. Schannel vadovaujasi Enabled, todėl TLS 1.2 išjungtas. Nustatykite Enabled=1.',
  'finding.tls12-half-disabled.on-yet-default-off.title':
    'TLS 1.2 įgalintas, bet pagal numatytuosius parametrus išjungtas',
  'finding.tls12-half-disabled.on-yet-default-off.advice':
    'Health Checker tai vadina Half Disabled: Enabled įjungta, bet nenulinė DisabledByDefault reikšmė laiko TLS 1.2 išjungtą kiekvienai programai, kuri jo nepaprašo konkrečiai, įskaitant Exchange. Nustatykite DisabledByDefault=0.',
  'finding.tls12-half-disabled.default-off-by-windows.title':
    'TLS 1.2 įgalintas, bet {os} pagal numatytuosius parametrus jį laiko išjungtą',
  'finding.tls12-half-disabled.default-off-by-windows.advice':
    'Enabled įjungta, bet DisabledByDefault nenustatyta, o sistemoje {os} tai reiškia „išjungta pagal numatytuosius parametrus“: programos, kurios TLS 1.2 nepaprašo konkrečiai, įskaitant Exchange, jo nenaudoja. Health Checker, kuris trūkstamą reikšmę bet kurioje Windows versijoje laiko 0, tai pavadintų Enabled. Nustatykite DisabledByDefault=0.',
  'finding.schannel-values-undefined.title':
    '{count, plural, one {# Schannel reikšmė neapibrėžta} few {# Schannel reikšmės neapibrėžtos} many {# Schannel reikšmės neapibrėžta} other {# Schannel reikšmių neapibrėžta}}',
  'finding.schannel-values-undefined.advice':
    'Trūkstamos reikšmės įgyja Windows numatytąsias reikšmes, o jos skiriasi priklausomai nuo Windows versijos ir naujinimų. Health Checker prašo jas apibrėžti, kad rezultatai būtų nuoseklūs.',
  'finding.schannel-misconfigured.title': '{versions}: raktai Client ir Server nesutampa',
  'finding.schannel-misconfigured.advice':
    'Health Checker tai vadina Misconfigured ir pažymi raudonai: šioms versijoms siuntimas ir gavimas taiko skirtingas taisykles. Tai nestabdo pašto su Office 365, kuris naudoja TLS 1.2, tačiau raktams Client ir Server nustatykite tas pačias reikšmes.',
  'finding.schannel-half-disabled.title':
    '{versions}: Enabled ir DisabledByDefault prieštarauja vienas kitam',
  'finding.schannel-half-disabled.advice':
    'Health Checker tai vadina Half Disabled ir pažymi raudonai. Tai nestabdo pašto su Office 365, kuris naudoja TLS 1.2; norėdami versiją išjungti, naudokite Enabled=0 su DisabledByDefault=1, norėdami palikti įjungtą – Enabled=1 su DisabledByDefault=0.',
  'finding.schannel-value-not-0-or-1.title':
    '{count, plural, one {# Schannel reikšmė nėra nei 0, nei 1} few {# Schannel reikšmės nėra nei 0, nei 1} many {# Schannel reikšmės nėra nei 0, nei 1} other {# Schannel reikšmių nėra nei 0, nei 1}}',
  'finding.schannel-value-not-0-or-1.advice':
    'Windows bet kurią nenulinę reikšmę laiko 1, todėl paštui tai nieko nekeičia. Health Checker priima tik 0 ir 1, o šias reikšmes praneša kaip klaidas; nustatykite 0 arba 1, kad abu įrankiai sutartų.',
  'finding.schannel-state-differs-from-health-checker.title':
    'Health Checker {versions} būseną pavadintų kitaip',
  'finding.schannel-state-differs-from-health-checker.advice':
    'Bet kurioje Windows versijoje Health Checker trūkstamą Enabled vertina kaip „įjungta“ (TLS 1.3 atveju – kaip „išjungta“), o trūkstamą DisabledByDefault – kaip 0. Schannel sistemoje {os} taip nedaro: trūkstama reikšmė įgyja tos Windows numatytąją reikšmę, o ši diagnostika vadovaujasi Schannel. Apibrėžus reikšmes, abu įrankiai sutaps.',
  'finding.schannel-keys-misplaced.title':
    '{count, plural, one {# TLS raktas ar reikšmė yra ten, kur Windows neieško} few {# TLS raktai ar reikšmės yra ten, kur Windows neieško} many {# TLS rakto ar reikšmės yra ten, kur Windows neieško} other {# TLS raktų ar reikšmių yra ten, kur Windows neieško}}',
  'finding.schannel-keys-misplaced.advice':
    'Schannel skaito tik {protocols}\\TLS 1.x\\Client ir \\Server su DWORD reikšmėmis Enabled ir DisabledByDefault. Toliau nurodyti įrašai (dažnai įvesti pagal mašininiu būdu išverstą straipsnį: TLS 1,2, klien, diaktifkan, ...) nieko nekeičia. Kiekvienoje eilutėje nurodyta, kur jie turėtų būti. Sukurkite teisingus (tai padaro TLS 1.2 taisymas), tada šiuos ištrinkite rankiniu būdu programoje regedit: juos ištrinti saugu, o šis įrankis niekada netrina nieko, išskyrus reikšmes, kurias pats tvarko.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 nenurodyta naudoti sistemos TLS parametrų',
  'finding.dotnet-tls-not-configured.advice':
    'Be SystemDefaultTlsVersions=1 ir SchUseStrongCrypto=1 (abiejuose registro rodiniuose) Exchange .NET kodas vis dar gali pasirinkti TLS 1.0.',
  'finding.dotnet-tls-not-configured.relay.title':
    '.NET Framework 4 nenurodyta naudoti sistemos TLS parametrų (čia paštui nenaudojama)',
  'finding.dotnet-tls-not-configured.relay.advice':
    'Šis serveris persiunčia paštą per IIS SMTP tarnybą (SMTPSVC), kuri naudoja Schannel be .NET, todėl šie jungikliai jos pašto neveikia. Kita serveryje esanti .NET programinė įranga vis dar gali pasirinkti TLS 1.0: nustatykite SystemDefaultTlsVersions=1 ir SchUseStrongCrypto=1 abiejuose registro rodiniuose.',
  'finding.dotnet-tls-not-configured.no-exchange.title':
    '.NET Framework 4 nenurodyta naudoti sistemos TLS parametrų (čia nėra Exchange)',
  'finding.dotnet-tls-not-configured.no-exchange.advice':
    'Exchange čia neįdiegtas, todėl šie jungikliai svarbūs tik tada, jei programinė įranga, siunčianti paštą iš šio serverio, sukurta .NET pagrindu. Tokia programinė įranga vis dar gali pasirinkti TLS 1.0: nustatykite SystemDefaultTlsVersions=1 ir SchUseStrongCrypto=1 abiejuose registro rodiniuose.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 nenurodyta naudoti sistemos TLS parametrų',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 vykdo .NET 3.5 kodą: nustatykite SystemDefaultTlsVersions=1 ir SchUseStrongCrypto=1 rakte v2.0.50727 abiejuose rodiniuose (reikia .NET 3.5.1 TLS naujinimo).',
  'finding.dotnet-version-below-guidance.title':
    '.NET Framework {dotnet} senesnė, nei reikalauja TLS 1.2 rekomendacijos',
  'finding.dotnet-version-below-guidance.advice':
    'Kad TLS 1.2 veiktų su Office 365, Microsoft reikalauja .NET Framework 4.7.1 ar naujesnės versijos Exchange 2013 CU19, 2016 CU8 ir naujesniuose. {build} sukurtas naudoti su .NET {wanted}: įdiekite tą versiją (jei jai reikia naujesnio Exchange CU, pirmiausia įdiekite jį).',
  'finding.dotnet-version-unsupported.title':
    '.NET Framework {dotnet} nėra versija, kuriai sukurtas {build}',
  'finding.dotnet-version-unsupported.advice':
    'Exchange palaiko tik tas .NET versijas, kurias jo palaikymo matrica nurodo kiekvienam kaupiamajam naujinimui; šiam Health Checker rekomenduoja .NET {wanted}.',
  'finding.dotnet-version-unsupported.older.title':
    '.NET Framework {dotnet} senesnė, nei reikia {build}',
  'finding.dotnet-version-unsupported.older.advice':
    'Šiam kaupiamajam naujinimui Health Checker rekomenduoja .NET {wanted} (naujausią jo palaikomą versiją). Įdiekite ją ne darbo valandomis: reikės paleisti iš naujo.',
  'finding.dotnet-version-unsupported.newer.title':
    '.NET Framework {dotnet} naujesnė, nei palaiko {build}',
  'finding.dotnet-version-unsupported.newer.advice':
    'Šis kaupiamasis naujinimas palaiko .NET iki {wanted}. Įdiekite Exchange kaupiamąjį naujinimą, kuris palaiko .NET {dotnet}, arba nediekite naujesnės .NET, kol Exchange jos nepalaiko.',
  'finding.winhttp-tls12-missing.title': 'WinHTTP pagal numatytuosius parametrus nesiūlo TLS 1.2',
  'finding.winhttp-tls12-missing.advice':
    'Sistemoje {os} įdiekite KB3140245 ir pridėkite 0x800 prie DefaultSecureProtocols (abiejuose rodiniuose), išsaugodami kitus bitus.',
  'finding.cipher-suites-no-tls12.title':
    'Šifrų rinkinių tvarkoje nėra nė vieno rinkinio, kurį priima Office 365',
  'finding.cipher-suites-no-tls12.advice':
    'TLS 1.2 ryšiams Office 365 priima tik šiuos rinkinius: {office365}. Toliau pateiktame sąraše nėra nė vieno iš jų, todėl ryšio užmezgimas nepavyksta, nes nėra bendro šifrų rinkinio (Schannel įvykis 36874), net kai TLS 1.2 įjungtas.',
  'finding.cipher-suites-no-tls12.policy.title':
    'Grupės strategijos šifrų rinkinių sąraše nėra nė vieno rinkinio, kurį priima Office 365',
  'finding.cipher-suites-no-tls12.policy.advice':
    'TLS 1.2 ryšiams Office 365 priima tik šiuos rinkinius: {office365}. Tarp {count} grupės strategijos sąrašo rinkinių (SSL Cipher Suite Order, kuri turi pirmenybę prieš vietinę tvarką) nėra nė vieno iš jų, todėl TLS 1.2 ryšio užmezgimas nepavyksta, nes nėra bendro šifrų rinkinio (Schannel įvykis 36874). Įtraukite į strategiją bent vieną iš jų, tada paleiskite iš naujo.',
  'finding.cipher-suites-no-tls12.local.title':
    'Vietiniame šifrų rinkinių sąraše nėra nė vieno rinkinio, kurį priima Office 365',
  'finding.cipher-suites-no-tls12.local.advice':
    'TLS 1.2 ryšiams Office 365 priima tik šiuos rinkinius: {office365}. Tarp {count} vietinės tvarkos rinkinių (jos nepakeičia jokia grupės strategija) nėra nė vieno iš jų, todėl TLS 1.2 ryšio užmezgimas nepavyksta, nes nėra bendro šifrų rinkinio (Schannel įvykis 36874). Įtraukite bent vieną iš jų, tada paleiskite iš naujo.',
  'finding.exchange-build-no-tls12.title': '{build} negali naudoti TLS 1.2 per SMTP',
  'finding.exchange-build-no-tls12.advice':
    'Šiai versijai registro pakeitimai nepadės. Įdiekite bent {minimum}, geriau naujausią naujinimą, tada vėl atlikite patikras.',
  'finding.exchange-build-below-guidance.title':
    '{build} senesnis, nei reikalauja TLS 1.2 rekomendacijos',
  'finding.exchange-build-below-guidance.advice':
    'TLS 1.2 su Office 365 Microsoft rekomenduoja bent {minimum}. Suplanuokite naujinimą.',
  'finding.exchange-out-of-support.title': '{product} nepalaikomas nuo {date}',
  'finding.exchange-out-of-support.advice':
    'Microsoft jo nebetaiso ir nebeleidžia jam saugos naujinimų, įskaitant TLS naujinimus. Pašto srautas su Office 365 tą dieną nesustoja, bet niekas, kas bus rasta vėliau, nebus ištaisyta. Palaikomas produktas yra Exchange Server Subscription Edition (SE).',
  'finding.exchange-out-of-support.in-place.title': '{product} nepalaikomas nuo {date}',
  'finding.exchange-out-of-support.in-place.advice':
    'Microsoft jo nebetaiso ir nebeleidžia jam saugos naujinimų, įskaitant TLS naujinimus. Palaikomas produktas yra Exchange Server Subscription Edition (SE): Exchange 2019 CU14 arba CU15 galima atnaujinti į jį vietoje, kaip diegiant CU.',
  'finding.exchange-out-of-support.migrate.title': '{product} nepalaikomas nuo {date}',
  'finding.exchange-out-of-support.migrate.advice':
    'Microsoft jo nebetaiso ir nebeleidžia jam saugos naujinimų, įskaitant TLS naujinimus. Palaikomas produktas yra Exchange Server Subscription Edition (SE): šalia šio serverio įdiekite SE serverius ir perkelkite į juos pašto dėžutes bei pašto srautą (SE negali atnaujinti Exchange 2016 vietoje).',
  'finding.exchange-out-of-support.migrate-twice.title': '{product} nepalaikomas nuo {date}',
  'finding.exchange-out-of-support.migrate-twice.advice':
    'Microsoft jo nebetaiso ir nebeleidžia jam saugos naujinimų, įskaitant TLS naujinimus. Palaikomas produktas yra Exchange Server Subscription Edition (SE), kuris negali būti vienoje organizacijoje su šia versija: pirmiausia pereikite prie Exchange 2016 arba 2019, tada prie SE.',
  'finding.exchange-cu-not-supported.title': '{cu} nebėra palaikomas kaupiamasis naujinimas',
  'finding.exchange-cu-not-supported.advice':
    'Microsoft palaiko tik naujausius kaupiamuosius naujinimus ir tik jiems leidžia saugos naujinimus. Šiame serveryje veikia {build}; naujausias yra {latestCu} (išleistas {latestDate}). Įdiekite jį, tada naujausią jo saugos naujinimą.',
  'finding.exchange-updates-behind.title':
    '{build} atsilieka {count, plural, one {# naujinimu} few {# naujinimais} many {# naujinimo} other {# naujinimų}}',
  'finding.exchange-updates-behind.advice':
    'Naujausias šio kaupiamojo naujinimo naujinimas yra {latest} (išleistas {date}). Kiekviename naujinime yra visi ankstesni: įdiekite naujausią.',
  'finding.exchange-updates-behind.rollups.title':
    '{build} atsilieka {count, plural, one {# naujinimų paketu} few {# naujinimų paketais} many {# naujinimų paketo} other {# naujinimų paketų}}',
  'finding.exchange-updates-behind.rollups.advice':
    'Paskutinis Exchange 2010 SP3 naujinimų paketas (update rollup) yra {latest} (išleistas {date}). Kiekviename pakete yra visi ankstesni: įdiekite paskutinį.',
  'finding.exchange-update-level-unknown.title':
    '{product}: nežinoma, kokie saugos naujinimai įdiegti',
  'finding.exchange-update-level-unknown.advice':
    'Rodoma versija {build} paimta iš diegimo rakto Msi reikšmių, kurios nurodo tik kaupiamąjį naujinimą: saugos naujinimai pakeičia tik failo bin\\ExSetup.exe versiją, o ji nebuvo nuskaityta. Paleiskite įrankį serveryje arba docs/collect/collect-tls-registry.cmd (jis tą versiją įrašo į tls-exsetup.txt) ir diagnozuokite aplanką.',
  'finding.exchange-update-level-unknown.rollup.title':
    'Exchange 2010: nežinoma, koks naujinimų paketas įdiegtas',
  'finding.exchange-update-level-unknown.rollup.advice':
    'Exchange 2010 naujinimų paketai (update rollup) nekeičia diegimo rakto Msi reikšmių, kurios rodo {build}. TLS 1.2 reikia bent {minimum}, o registras negali parodyti, ar jis įdiegtas: tai parodo failo bin\\ExSetup.exe versija. Paleiskite įrankį serveryje arba docs/collect/collect-tls-registry.cmd (jis tą versiją įrašo į tls-exsetup.txt) ir diagnozuokite aplanką.',
  'finding.exchange-update-level-unknown.rollup-at-least.title':
    'Exchange 2010 įdiegtas naujinimų paketas gali būti naujesnis, nei rodo registras',
  'finding.exchange-update-level-unknown.rollup-at-least.advice':
    'Exchange 2010 naujinimų paketai (update rollup) ne visada pakeičia diegimo rakto Msi reikšmes: šiame serveryje yra bent {build}, o kuris paketas įdiegtas iš tikrųjų, parodo failo bin\\ExSetup.exe versija. Paleiskite įrankį serveryje arba docs/collect/collect-tls-registry.cmd (jis tą versiją įrašo į tls-exsetup.txt) ir diagnozuokite aplanką.',
  'finding.exchange-build-table-old.title': 'Exchange versijų lentelė yra iš {asOf}',
  'finding.exchange-build-table-old.advice':
    'Ši įrankio kopija žino Exchange naujinimus, išleistus iki {asOf}. Vėlesnių joje nėra, todėl naujinimų skaičius ir versijų pavadinimai gali būti pasenę: naudokite naujesnę įrankio versiją.',
  'finding.windows-out-of-support.title': '{os} nepalaikoma nuo {date}',
  'finding.windows-out-of-support.advice':
    'Windows čia nebegauna saugos naujinimų, įskaitant Schannel naujinimus. Pašto srautas su Office 365 tą dieną nesustoja, bet suplanuokite perėjimą prie palaikomos Windows Server versijos (Exchange SE veikia su Windows Server 2019, 2022 ir 2025).',
  'finding.restart-pending.title': 'Windows laukia paleidimo iš naujo',
  'finding.restart-pending.advice':
    'Jau atlikti pakeitimai (naujinimai arba registro pakeitimai) įsigalios tik paleidus iš naujo.',
  'finding.tls13-not-supported-by-exchange.title': 'TLS 1.3 įjungtas, bet {product} jo nepalaiko',
  'finding.tls13-not-supported-by-exchange.advice':
    'Schannel sistemoje {os} čia naudoja TLS 1.3, o ši Exchange versija jo nepalaiko: Health Checker tai praneša kaip klaidą. Exchange palaiko TLS 1.3 tik nuo Exchange 2019 CU15 (arba Exchange SE) su Windows Server 2022 ir naujesnėmis. Atnaujinkite Exchange arba išjunkite TLS 1.3 (Enabled=0, DisabledByDefault=1 raktuose TLS 1.3\\Client ir \\Server) ir paleiskite iš naujo.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 arba 1.1 vis dar įjungtas',
  'finding.legacy-tls-enabled.advice':
    'Tai netrikdo pašto srauto. Jų išjungimas yra atskiras saugos stiprinimo projektas: nedarykite to, norėdami ištaisyti Office 365 pašto srautą.',
  'finding.legacy-tls-enabled.safe.title': 'TLS 1.0 arba 1.1 vis dar įjungtas',
  'finding.legacy-tls-enabled.safe.advice':
    'Tai netrikdo pašto srauto, o jų išjungimas yra atskiras saugos stiprinimo projektas, ne pašto srauto taisymas. Jei nuspręsite tai daryti: {build} tai leidžia, o .NET 4 jungikliai nustatyti; pirmiausia išbandykite su kiekvienu klientu ir partneriu, kuris vis dar naudoja TLS 1.0 arba 1.1.',
  'finding.legacy-tls-enabled.update-first.title':
    'TLS 1.0 arba 1.1 vis dar įjungtas (palikite įjungtą)',
  'finding.legacy-tls-enabled.update-first.advice':
    'Tai netrikdo pašto srauto. Neišjunkite jų versijoje {build}: jai TLS 1.0 arba 1.1 reikia savo pačios ryšiams. Išjungti juos saugu tik nuo {minimum}, kai nustatyti .NET 4 jungikliai (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1).',
  'finding.legacy-tls-enabled.check-rollup.title': 'TLS 1.0 arba 1.1 vis dar įjungtas',
  'finding.legacy-tls-enabled.check-rollup.advice':
    'Tai netrikdo pašto srauto. Išjungti juos saugu tik nuo {minimum}, kai nustatyti .NET jungikliai; diegimo raktas negali parodyti, koks naujinimų paketas įdiegtas, todėl prieš tai patikrinkite failo bin\\ExSetup.exe versiją.',
  'finding.legacy-tls-enabled.dotnet-first.title': 'TLS 1.0 arba 1.1 vis dar įjungtas',
  'finding.legacy-tls-enabled.dotnet-first.advice':
    'Tai netrikdo pašto srauto. {build} leidžia juos išjungti, bet tik tada, kai nustatyti .NET 4 jungikliai (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1, abiejuose registro rodiniuose): be jų Exchange .NET kodas prarastų vienintelius savo protokolus. Tai atskiras saugos stiprinimo projektas, ne pašto srauto taisymas.',
  'finding.legacy-tls-off-build-too-old.title': 'TLS 1.0/1.1 išjungti, o {build} jų dar reikia',
  'finding.legacy-tls-off-build-too-old.advice':
    'Exchange versijos iki {minimum} kai kuriems savo ryšiams naudoja TLS 1.0 arba 1.1, ir šie ryšiai nepavyksta, kai protokolai išjungti. Įdiekite {minimum} ar naujesnę (geriau naujausią naujinimą); iki tol vėl įjunkite TLS 1.0 ir 1.1 (Enabled=1, DisabledByDefault=0) ir paleiskite iš naujo.',
  'finding.legacy-tls-off-build-too-old.unknown.title':
    'TLS 1.0/1.1 išjungti; ar Exchange 2010 yra {minimum} ar naujesnis?',
  'finding.legacy-tls-off-build-too-old.unknown.advice':
    'Exchange 2010 iki {minimum} kai kuriems savo ryšiams naudoja TLS 1.0 arba 1.1, o diegimo raktas negali parodyti, koks naujinimų paketas įdiegtas. Patikrinkite failo bin\\ExSetup.exe versiją (arba paleiskite rinkimo scenarijų, kuris ją įrašo): jei ji žemesnė nei {minimum}, įdiekite paskutinį naujinimų paketą arba vėl įjunkite TLS 1.0 ir 1.1.',
  'finding.os-version-unknown.title': 'Nežinomas Windows komponavimas (build)',
  'finding.os-version-unknown.advice':
    'Registre nėra CurrentBuild po HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. Ką Schannel daro su nenustatyta reikšme, priklauso nuo komponavimo (Windows Server 2008 R2 TLS 1.2 išjungtas, nuo 2012 – įjungtas), todėl niekas, kas priklauso nuo numatytosios reikšmės, nebuvo nuspręsta.',
  'finding.registry-value-wrong-type.title':
    '{count, plural, one {# reikšmė yra netinkamo tipo ir nepaisoma} few {# reikšmės yra netinkamo tipo ir nepaisomos} many {# reikšmės yra netinkamo tipo ir nepaisoma} other {# reikšmių yra netinkamo tipo ir nepaisoma}}',
  'finding.registry-value-wrong-type.advice':
    'Windows šias reikšmes skaito tik kaip REG_DWORD. Ištrinkite jas ir sukurkite iš naujo kaip DWORD (32 bitų) reikšmes.',
  'finding.registry-export-incomplete.title':
    'Registro eksportas rodo per mažai, kad būtų galima priimti išvadą',
  'finding.registry-export-incomplete.advice':
    'Išvadai reikia Windows komponavimo (build), Schannel protokolų raktų, šifrų rinkinių tvarkos ir HKLM\\SOFTWARE .NET bei Exchange raktų (be jų „Exchange nėra“ neįmanoma atskirti nuo „neeksportuota“). Toliau pateiktose eilutėse nurodyta, ko trūksta. Serveryje paleiskite šias komandas komandų eilutėje su administratoriaus teisėmis (klaida dėl Policies ar SMTPSVC reiškia tik tai, kad to rakto ten nėra; klaida dėl ExchangeServer pati nieko neįrodo: serveryje be Exchange paleiskite docs/collect/collect-tls-registry.cmd, kuris užrašo, kad Exchange neįdiegtas):\n{commands}',
  'finding.control-set-fallback.title': 'Eksporte nėra CurrentControlSet: nuskaitytas {controlSet}',
  'finding.control-set-fallback.advice':
    'Panašu, kad tai neprisijungus įkeltas SYSTEM avilys (hive). Windows veikia su valdymo rinkiniu, kurį nurodo HKLM\\SYSTEM\\Select, todėl Schannel reikšmės nuskaitytos iš jo.',
  'finding.control-set-fallback.select.title':
    'Eksporte nėra CurrentControlSet: nuskaitytas {controlSet}, kaip nurodo Select',
  'finding.control-set-fallback.select.advice':
    'Panašu, kad tai neprisijungus įkeltas SYSTEM avilys (hive). Windows veikia su valdymo rinkiniu, kurį nurodo HKLM\\SYSTEM\\Select\\Current, todėl Schannel reikšmės nuskaitytos iš {controlSet}.',
  'finding.control-set-fallback.only-one.title':
    'Eksporte nėra CurrentControlSet: nuskaitytas {controlSet}, vienintelis valdymo rinkinys',
  'finding.control-set-fallback.only-one.advice':
    'Eksporte nėra nei CurrentControlSet, nei HKLM\\SYSTEM\\Select, todėl {controlSet}, vienintelis jame esantis valdymo rinkinys, laikytas tuo, su kuriuo veikia Windows.',
  'finding.control-set-differs.title':
    'CurrentControlSet ir {controlSet} nesutampa {count, plural, one {# reikšme} few {# reikšmėmis} many {# reikšmės} other {# reikšmių}}',
  'finding.control-set-differs.advice':
    'Windows veikia su valdymo rinkiniu, kurį nurodo Select ({controlSet}), o CurrentControlSet paprastai yra būtent tas rinkinys, todėl eksportas, kuriame jie skiriasi, buvo redaguotas arba sudėtas iš skirtingų momentų. Ši diagnostika naudojo CurrentControlSet. Kad būtumėte tikri, eksportuokite raktus iš naujo vienu kartu.',
  'problem.evidence-incomplete.title': 'Eksportas rodo per mažai, kad būtų galima nuspręsti',
  'problem.tls12-off-both.title': 'TLS 1.2 išjungtas gaunamiesiems ir siunčiamiesiems ryšiams',
  'problem.tls12-off-incoming.title': 'TLS 1.2 išjungtas gaunamiesiems ryšiams',
  'problem.tls12-off-outgoing.title': 'TLS 1.2 išjungtas siunčiamiesiems ryšiams',
  'problem.tls12-inconsistent.title': 'TLS 1.2 raktai prieštarauja vienas kitam',
  'problem.exchange-too-old.title': '{build} reikia naujinimo, kad TLS 1.2 veiktų su Office 365',
  'problem.exchange-updates.title': 'Exchange nepalaikomas arba trūksta naujinimų',
  'problem.windows-support.title': '{os} nepalaikoma',
  'problem.exchange-tls13.title': 'TLS 1.3 įjungtas, o ši Exchange versija jo nepalaiko',
  'problem.cipher-suites.title': 'Nėra bendro šifrų rinkinio su Office 365',
  'problem.dotnet.title': '.NET vis dar gali pasirinkti TLS 1.0',
  'problem.winhttp.title': 'WinHTTP pagal numatytuosius parametrus nesiūlo TLS 1.2',
  'problem.wire-tls12-refused.title': 'Patikrintas serveris atmetė TLS 1.2',
  'problem.wire-tls12-client.title': 'Šis serveris negali pasiekti Office 365 per TLS 1.2',
  'problem.starttls-missing.title': 'STARTTLS nesiūlomas',
  'problem.unreachable.title': 'Nepavyko pasiekti patikrinto serverio',
  'problem.smtp-rejected.title': 'Patikrintas serveris atmetė SMTP sesiją prieš TLS',
  'problem.certificate.title': 'Sertifikatui reikia dėmesio',
  'problem.control-sets-differ.title': 'Dvi Windows parametrų kopijos eksporte nesutampa',
  'problem.ignored-entries.title':
    'Kai kurie TLS įrašai yra ne ten arba ne tokie, kad Windows juos skaitytų',
  'problem.schannel-consistency.title': 'Kai kurių Schannel reikšmių trūksta arba jos nenuoseklios',
  'problem.restart-pending.title': 'Windows laukia paleidimo iš naujo',
  'problem.legacy-tls.title': 'TLS 1.0 arba 1.1 vis dar įjungtas (tai ne pašto srauto problema)',
  'problem.legacy-tls-off.title': 'TLS 1.0/1.1 išjungti, o šiai Exchange versijai jų reikia',
  'problem.control-set-read.title': 'Eksporte nėra CurrentControlSet: nuskaitytas {controlSet}',
  'problem.health-checker-words.title': 'Health Checker {versions} būseną pavadintų kitaip',
  'problem.values-not-0-or-1.title':
    'Kai kurios Schannel reikšmės nėra nei 0, nei 1 (paštui įtakos neturi)',
  'problem.notes.title': 'Pastabos',
  'schannelState.enabled': 'Enabled',
  'schannelState.disabled': 'Disabled',
  'schannelState.half-disabled': 'Half Disabled',
  'schannelState.misconfigured': 'Misconfigured',
  'cli.machine': 'Kompiuteris',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'neįdiegtas',
  'cli.exchangeNoneRelay': 'neįdiegtas (paštą persiunčia IIS SMTP tarnyba)',
  'cli.source': 'Registro šaltinis',
  'cli.schannel': 'Schannel',
  'cli.client': 'Client',
  'cli.server': 'Server',
  'cli.on': 'įjungta',
  'cli.off': 'išjungta',
  'cli.notSupported': 'ši Windows nepalaiko',
  'cli.state': 'Būsena',
  'cli.findings': 'Radiniai',
  'cli.noFindings': 'Radinių nėra.',
  'cli.problems':
    '{count, plural, one {# problema} few {# problemos} many {# problemos} other {# problemų}}: {kinds}',
  'cli.problem': '1 problema: {kinds}',
  'cli.count.error': '1 klaida',
  'cli.count.errors':
    '{count, plural, one {# klaida} few {# klaidos} many {# klaidos} other {# klaidų}}',
  'cli.count.warning': '1 įspėjimas',
  'cli.count.warnings':
    '{count, plural, one {# įspėjimas} few {# įspėjimai} many {# įspėjimo} other {# įspėjimų}}',
  'cli.count.info': '1 pastaba',
  'cli.count.infos':
    '{count, plural, one {# pastaba} few {# pastabos} many {# pastabos} other {# pastabų}}',
  'cli.noProblems': 'Problemų nėra.',
  'cli.also': 'taip pat',
  'cli.unknown': '?',
  'fix.schannel-tls12-enable': 'Įgalinti TLS 1.2 Schannel pusėms Client ir Server',
  'fix.dotnet-v4-strong-crypto': 'Nustatyti .NET 4 TLS jungiklius abiejuose registro rodiniuose',
  'fix.dotnet-v2-strong-crypto': 'Nustatyti .NET 3.5 TLS jungiklius abiejuose registro rodiniuose',
  'fix.winhttp-tls12': 'Pridėti TLS 1.2 prie WinHTTP DefaultSecureProtocols',
  'fix.restart-server': 'Paleisti serverį iš naujo',
  'fix.install-dotnet': 'Įdiegti .NET Framework versiją, su kuria palaikoma ši Exchange versija',
  'fix.install-kb3140245':
    'Įdiegti Windows naujinimą KB3140245 (WinHTTP skaito DefaultSecureProtocols tik jį įdiegus)',
  'fix.update-exchange': 'Įdiegti dabartinį Exchange naujinimą',
  'fix.review-cipher-suites': 'Peržiūrėti šifrų rinkinių tvarką',
  'fix.collect-registry':
    'Surinkite trūkstamus duomenis serveryje (docs/collect/collect-tls-registry.cmd) ir diagnozuokite dar kartą',
  'fix.delete-ignored-entries': 'Rankiniu būdu ištrinti nepaisomus raktus ir reikšmes (regedit)',
  'fix.disable-tls13': 'Išjungti TLS 1.3 Schannel (rankiniu būdu)',
  'fixes.nothingElse': 'Registre daugiau nieko keisti nereikia.',
  'fixes.manual.before': 'Pirmiausia tai, ko registras padaryti negali (naujinimai ir įrodymai):',
  'fixes.manual.after': 'Po registro pakeitimų:',
  'fixes.manual.link': 'Kaip tai padaryti (Microsoft)',
  'fixes.leftOut.dotnet':
    'Neplanuojama: .NET TLS jungikliai. Čia neveikia Exchange, o SMTP persiuntimo serveris (IIS SMTP tarnyba) paštą siunčia per Schannel be .NET; nustatykite juos tik kitai .NET programinei įrangai, kuri naudoja TLS (tlswizard fix --dotnet juos įtraukia).',
  'fixes.nothingToDo':
    'Nieko keisti nereikia: kiekviena reikšmė, kurią įrašytų taisymas, jau yra teisinga.',
  'fixes.key': 'Raktas',
  'fixes.value': 'Reikšmė',
  'fixes.now': 'Dabar',
  'fixes.after': 'Po taisymo',
  'fixes.createsKeys': 'Raktai, kurie bus sukurti',
  'fixes.backup': 'Atsarginė kopija (importuokite ją, kad atšauktumėte)',
  'fixes.error': 'Kas nepavyko',
  'fixes.restoreError': 'Atkurti atsarginės kopijos taip pat nepavyko',
  'fixes.status.applied':
    'Visi pakeitimai įrašyti ir teisingai nuskaityti atgal. Kad jie įsigaliotų, paleiskite serverį iš naujo.',
  'fixes.outcome.inFile': 'taisymo faile, nepritaikyta',
  'fixes.status.prepared':
    'Parengta, bet nepritaikyta: taisymas įrašytas į failą, o serveryje dar niekas nepakeista.',
  'fixes.prepared.steps':
    'Kaip pritaikyti: (1) nukopijuokite {fix} į serverį; (2) ten komandų eilutėje su administratoriaus teisėmis paleiskite: reg import "{fix}"; (3) paleiskite serverį iš naujo; (4) kad įsitikintumėte, ten vėl paleiskite vedlį arba tlswizard diagnose. Atsarginės kopijos failas pakeitimus atšaukia: importuokite jį tokiu pat būdu (reg import).',
  'fixes.prepared.fixFile': 'Taisymo failas, kurį reikia importuoti serveryje',
  'fixes.prepared.patched': 'Registro momentinė kopija, kokia ji bus po taisymo (peržiūra)',
  'fixes.status.nothing-to-do': 'Niekas nepakeista: nebuvo ką keisti.',
  'fixes.status.rolled-back':
    'Vienas pakeitimas nepavyko, todėl visos reikšmės atkurtos iš atsarginės kopijos. Niekas nepakeista.',
  'fixes.status.rollback-failed':
    'Pakeitimas nepavyko IR atsarginės kopijos atkurti nepavyko. Importuokite atsarginės kopijos failą rankiniu būdu (reg import) arba nusiųskite šią išvestį vyresniajam administratoriui.',
  'fixes.dryRun':
    'Bandomasis paleidimas: niekas nepakeista. Norėdami atlikti šiuos pakeitimus, paleiskite dar kartą su --apply.',
  'fixes.offlineWritten': 'Veikiantis registras nepaliestas. Įrašyti failai:',
  'fixes.restartHint':
    'Schannel šias reikšmes skaito tik paleidžiant sistemą: paleiskite serverį iš naujo (tlswizard restart --in 5), tada paleiskite tlswizard verify.',
  'finding.logs-o365-tls-failing.title':
    'Paštas {toFrom} Office 365 nepereina per jungtį {connector}',
  'finding.logs-o365-tls-failing.advice':
    '{sentence}. Po paskutinės klaidos nė viena sesija su Office 365 nebuvo sėkminga. Office 365 priima paštą tik per TLS 1.2 ar naujesnę versiją: įjunkite TLS 1.2 Schannel, paleiskite iš naujo ir vėl nuskaitykite žurnalus: po taisymo sesijose turėtų matytis TLS 1.2.',
  'finding.logs-o365-tls-failing.send.title':
    'Paštas į Office 365 nepereina per jungtį {connector}',
  'finding.logs-o365-tls-failing.send.advice':
    '{sentence}. Po paskutinės klaidos nė viena sesija į Office 365 nebuvo sėkminga. Čia šis serveris yra TLS klientas (Schannel Client), o Office 365 priima tik TLS 1.2 ar naujesnę versiją: įjunkite TLS 1.2 kliento pusei, nustatykite .NET 4 jungiklius, paleiskite iš naujo ir vėl nuskaitykite žurnalus: po taisymo sesijose turėtų matytis TLS 1.2.',
  'finding.logs-o365-tls-failing.receive.title':
    'Paštas iš Office 365 nepereina per jungtį {connector}',
  'finding.logs-o365-tls-failing.receive.advice':
    '{sentence}. Po paskutinės klaidos nė viena sesija iš Office 365 nebuvo sėkminga. Office 365 čia jungiasi kaip TLS klientas ir naudoja tik TLS 1.2 ar naujesnę versiją, į kurią turi atsakyti šio kompiuterio Schannel Server: įjunkite TLS 1.2 serverio pusei, patikrinkite SMTP priskirtą sertifikatą, paleiskite iš naujo ir vėl nuskaitykite žurnalus.',
  'finding.logs-o365-tls-working.title': 'Paštas {toFrom} Office 365 veikia per jungtį {connector}',
  'finding.logs-o365-tls-working.advice': '{sentence}.',
  'finding.logs-o365-tls-working.send.title': 'Paštas į Office 365 veikia per jungtį {connector}',
  'finding.logs-o365-tls-working.send.advice': '{sentence}.',
  'finding.logs-o365-tls-working.receive.title':
    'Paštas iš Office 365 veikia per jungtį {connector}',
  'finding.logs-o365-tls-working.receive.advice': '{sentence}.',
  'finding.logs-starttls-required.title':
    'Atmesta jungtyje {connector}, nes nebuvo pradėtas TLS: {sessions}',
  'finding.logs-starttls-required.advice':
    'Gaunančioji pusė atsakė 451 5.7.3 arba 530 5.7.0 (reikalingas STARTTLS): siuntėjas nepradėjo TLS. Paskutinį kartą: {last}.',
  'finding.logs-starttls-required.send.title':
    'Atmesta jungtyje {connector}, kita pusė reikalauja STARTTLS: {sessions}',
  'finding.logs-starttls-required.send.advice':
    'Gaunantysis serveris atsakė 451 5.7.3 (arba 530 5.7.0): jis reikalauja TLS. Kai TLS nepavyksta, o jungtis jo nereikalauja, Exchange bando dar kartą be TLS, todėl ši klaida dažniausiai eina po TLS klaidos (su Office 365: {office365}; paskutinį kartą {last}). Pirmiausia pasiekite, kad veiktų TLS 1.2; jei po sertifikato atnaujinimo matote 450 4.4.317 su tais pačiais žodžiais, jungtis vis dar nurodo seną sertifikatą (TlsCertificateName).',
  'finding.logs-starttls-required.receive.title':
    'Atmesta jungtyje {connector}: šis serveris reikalauja STARTTLS, o siuntėjas jo nepradėjo: {sessions}',
  'finding.logs-starttls-required.receive.advice':
    'Ši gavimo jungtis atsakė 451 5.7.3 (arba 530 5.7.0), nes ji reikalauja TLS, o siuntėjas neatsiuntė STARTTLS (paskutinį kartą {last}). Jei sesijose nėra 250-STARTTLS, šis serveris jo nesiūlė: patikrinkite, ar SMTP tarnybai įgalintas galiojantis sertifikatas su privačiuoju raktu (Get-ExchangeCertificate, Enable-ExchangeCertificate -Services SMTP).',
  'finding.logs-legacy-tls-peers.title':
    '{peerCount} vis dar naudoja TLS 1.0 arba 1.1 jungtyje {connector}',
  'finding.logs-legacy-tls-peers.advice':
    'Paštas {toFrom} {peers} šiandien veikia naudojant seną TLS versiją. Jis nustos veikti tą dieną, kai kuri nors pusė išjungs TLS 1.0/1.1. Paprašykite jų pereiti prie TLS 1.2, prieš išjungdami senas versijas.',
  'finding.logs-legacy-tls-peers.send.title':
    'Gavėjų serveriai, vis dar naudojantys TLS 1.0 arba 1.1: {peerCount} ({connector})',
  'finding.logs-legacy-tls-peers.send.advice':
    'Šie serveriai paštą iš šio serverio priėmė tik naudodami seną TLS versiją: {peers}. Paštas jiems nustos eiti tą dieną, kai kuri nors pusė išjungs TLS 1.0/1.1. Paprašykite jų administratorių įgalinti TLS 1.2, prieš išjungdami senas versijas čia.',
  'finding.logs-legacy-tls-peers.receive.title':
    'Siuntėjų serveriai, vis dar naudojantys TLS 1.0 arba 1.1: {peerCount} ({connector})',
  'finding.logs-legacy-tls-peers.receive.advice':
    'Šie siuntėjai šį serverį pasiekė tik naudodami seną TLS versiją: {peers}. Jų paštas nustos eiti tą dieną, kai kuri nors pusė išjungs TLS 1.0/1.1. Paprašykite jų administratorių įgalinti TLS 1.2, prieš išjungdami senas versijas čia.',
  'finding.logs-not-found.title': 'SMTP protokolo žurnalų nerasta',
  'finding.logs-not-found.advice':
    'Ieškota: {folders}. Daugumoje jungčių protokolo registravimas pagal numatytuosius parametrus išjungtas, todėl nėra įrodymų, ką serveris darė. Įjunkite jį Exchange Management Shell (pirma eilutė – tik Office 365 siuntimo jungčiai, kitos – visoms jungtims), palaukite, kol paštas pajudės, tada nuskaitykite dar kartą:\n  Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose\n  Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose\n  Get-ReceiveConnector -Server {server} | Set-ReceiveConnector -ProtocolLoggingLevel Verbose\n  Set-TransportService {server} -IntraOrgConnectorProtocolLoggingLevel Verbose\n  Get-TransportService {server} | Format-List *ProtocolLogPath',
  'finding.logs-files-unreadable.title': 'Nepavyko nuskaityti: {files}',
  'finding.logs-files-unreadable.advice': 'Kiti failai įskaičiuoti. Pirmasis: {file}: {reason}.',
  'finding.logs-files-unreadable.all.title':
    '{count, plural, one {Žurnalo failo nepavyko perskaityti} few {Nepavyko perskaityti nė vieno iš # žurnalo failų} many {Nepavyko perskaityti nė vieno iš # žurnalo failo} other {Nepavyko perskaityti nė vieno iš # žurnalo failų}}',
  'finding.logs-files-unreadable.all.advice':
    'Todėl nieko nežinoma apie tai, ką darė serveris. Pirmasis: {file}: {reason}. Nurodykite pačius Exchange protokolo žurnalus, būdami naudotoju, kuris gali juos skaityti (Exchange serverio administratorius gali).',
  'finding.schannel-tls-events.title': 'Schannel užregistravo TLS klaidų ({count})',
  'finding.schannel-tls-events.advice':
    'Sistemos žurnalas, šaltinis Schannel: {kinds}. 36887 – iš kitos pusės gautas įspėjimas (alert), 36888 – šio kompiuterio išsiųstas įspėjimas, 36874 reiškia, kad nėra bendro šifrų rinkinio, 36871 – kad nepavyko sukurti TLS kredencialų (dažnai: neįgalintas joks protokolas).',
  'finding.schannel-tls-events.protocol-version.title':
    'Schannel užregistravo TLS klaidų ({count}), tarp jų įspėjimų protocol_version',
  'finding.schannel-tls-events.protocol-version.advice':
    'Sistemos žurnalas, šaltinis Schannel: {kinds}. Įspėjimas 70 (protocol_version) reiškia, kad abi pusės neturi bendros TLS versijos: paprastai šis serveris siūlo tik TLS 1.0, o Office 365 reikia TLS 1.2.',
  'problem.mail-flow-failing.title': 'Paštas su Office 365 nepereina (tai rodo protokolo žurnalai)',
  'problem.legacy-tls-peers.title': 'Kai kurie partneriai vis dar naudoja TLS 1.0 arba 1.1',
  'problem.logs-evidence.title': 'Protokolo žurnalų nėra arba jų nepavyksta nuskaityti',
  'problem.schannel-events.title': 'Schannel užregistravo TLS klaidų',
  'check.logs': 'Protokolo žurnalai ir Schannel įvykiai',
  'logs.progress': 'Nuskaityta žurnalo failų: {files} iš {filesTotal}, {mb} iš {mbTotal} MB',
  'logs.direction.send': 'siuntimas',
  'logs.direction.receive': 'gavimas',
  'logs.summary.connector': '{connector} ({direction}): {sentence}',
  'logs.summary.to': 'į',
  'logs.summary.from': 'iš',
  'logs.summary.failed': '{sessions} {toFrom} Office 365 nuo {since} baigėsi klaida: {reason}',
  'logs.summary.failedMixed':
    '{sessions} {toFrom} Office 365 nuo {since} baigėsi klaida (dažniausiai: {reason})',
  'logs.summary.traffic': '{sessions} {toFrom} Office 365: {versions}',
  'logs.summary.lastWorked': '{version} paskutinį kartą veikė {time}',
  'logs.summary.neverWorked':
    'šiuose žurnaluose nėra nė vienos sėkmingos TLS sesijos su Office 365',
  'logs.summary.afterFix': 'po taisymo: {sessions}, {versions}',
  'logs.summary.afterFixNone': 'po taisymo: dar nė vienos sesijos su Office 365',
  'logs.summary.recovered': 'nuo tada vėl veikia',
  'logs.versions.all': 'visos {version}',
  'logs.versions.failed': 'nepavyko: {count}',
  'logs.versions.noTls': 'be TLS: {count}',
  'logs.versions.other': 'kitos: {count}',
  'logs.reason.tls': 'TLS derybų klaida {error}',
  'logs.reason.starttls': '{code} (reikalingas STARTTLS)',
  'logs.reason.unknown': 'nežinoma klaida',
  'logs.andMore': ' ir dar {count}',
  'logs.noFolder': 'nėra aplanko',
  'logs.alert': 'įspėjimas',
  'logs.word.session': '1 sesija',
  'logs.word.sessions':
    '{count, plural, one {# sesija} few {# sesijos} many {# sesijos} other {# sesijų}}',
  'logs.word.server': '1 serveris',
  'logs.word.servers':
    '{count, plural, one {# serveris} few {# serveriai} many {# serverio} other {# serverių}}',
  'logs.word.file': '1 žurnalo failas',
  'logs.word.files':
    '{count, plural, one {# žurnalo failas} few {# žurnalo failai} many {# žurnalo failo} other {# žurnalo failų}}',
  'logs.word.folder': '1 aplankas',
  'logs.word.folders':
    '{count, plural, one {# aplankas} few {# aplankai} many {# aplanko} other {# aplankų}}',
  'logs.cli.read': 'Protokolo žurnalai: {files} ({size}), {rows} eil., {sessions}, {folders}',
  'logs.cli.beforeSince':
    'Praleista {count, plural, one {# sesija} few {# sesijos} many {# sesijos} other {# sesijų}} iki {since}',
  'logs.cli.pivot': 'Taisymas pritaikytas: {time} ({source})',
  'logs.cli.pivot.state-file': 'iš vedlio būsenos failo',
  'logs.cli.pivot.option': 'iš --fix-time',
  'logs.cli.summary': 'Kas vyko su Office 365',
  'logs.cli.noOffice365': 'Šiuose žurnaluose nėra nė vienos sesijos su Office 365.',
  'logs.cli.connectors': 'Jungtys',
  'logs.cli.col.connector': 'Jungtis',
  'logs.cli.col.direction': 'Kryptis',
  'logs.cli.col.sessions': 'Sesijos',
  'logs.cli.col.office365': 'Office 365',
  'logs.cli.col.tls': 'TLS gerai',
  'logs.cli.col.failed': 'TLS klaida',
  'logs.cli.col.starttls': 'Reik. STARTTLS',
  'logs.cli.col.noTls': 'Be TLS',
  'logs.cli.col.connection': 'Nėra ryšio',
  'logs.cli.col.versions': 'Versijos',
  'logs.cli.legacy': 'Partneriai, vis dar naudojantys TLS 1.0/1.1',
  'logs.cli.legacyPeer':
    '{peer}: {version}, {sessions}, paskutinį kartą {time} ({connector}, {direction})',
  'logs.cli.events': 'Schannel įvykiai ({location})',
  'logs.cli.eventsError': 'Nepavyko nuskaityti Schannel įvykių ({location}): {error}',
  'logs.cli.noEvents': 'Per šį laikotarpį nėra Schannel įvykių 36871, 36874, 36887 ar 36888.',
  'logs.cli.event': '{event}: {count} (pirmasis {first}, paskutinis {last})',
  'logs.cli.fileProblems': 'Ne visiškai nuskaityti failai',
  'logs.cli.fileProblem.truncated':
    '{count, plural, one {# nukirsta paskutinė eilutė} few {# nukirstos paskutinės eilutės} many {# nukirstos paskutinės eilutės} other {# nukirstų paskutinių eilučių}}',
  'logs.cli.fileProblem.bad':
    '{count, plural, one {# eilutė} few {# eilutės} many {# eilutės} other {# eilučių}} su netinkamu laukų skaičiumi',
  'logs.cli.findings': 'Radiniai',
  'probe.phase.resolve': 'vardo paieška',
  'probe.phase.connect': 'prisijungimas',
  'probe.phase.banner': 'pasisveikinimas',
  'probe.phase.ehlo': 'EHLO',
  'probe.phase.starttls': 'STARTTLS',
  'probe.phase.handshake': 'TLS ryšio užmezgimas',
  'probe.phase.mail': 'MAIL FROM',
  'probe.error.dns': 'nepavyko išspręsti vardo {host} ({code})',
  'probe.error.refused': 'prievadas uždarytas (ryšys atmestas)',
  'probe.error.connect': 'nėra TCP ryšio: {reason}',
  'probe.error.connectTimeout': 'nepavyko užmegzti TCP ryšio per {ms} ms',
  'probe.error.phaseTimeout': 'nėra atsakymo per {ms} ms (etapas: {phase})',
  'probe.error.partialTimeout': 'po {ms} ms atsakymas vis dar nepilnas (etapas: {phase}): „{text}“',
  'probe.error.overallTimeout': 'baigėsi {ms} ms laiko limitas (etapas: {phase})',
  'probe.error.closed': 'serveris nutraukė ryšį (etapas: {phase})',
  'probe.error.socket': 'tinklo klaida (etapas: {phase}): {reason}',
  'probe.error.lineTooLong': 'atsakymo eilutė ilgesnė nei {max} baitų (etapas: {phase})',
  'probe.error.tooMuchData': 'serveris atsiuntė daugiau nei {max} baitų (etapas: {phase})',
  'probe.error.notSmtp': 'atsakymas nėra SMTP (etapas: {phase}): „{text}“',
  'probe.error.greeting': 'serveris nepasisveikino kodu 220: {reply}',
  'probe.error.ehlo': 'atmesti ir EHLO, ir HELO: {reply}',
  'probe.error.starttlsNotOffered': 'serveris nesiūlo STARTTLS',
  'probe.error.starttlsRejected': 'į STARTTLS atsakyta {reply}',
  'probe.error.tlsAlert': 'serveris atsiuntė TLS įspėjimą (alert): {reason}',
  'probe.error.notTls': 'serveris neatsakė TLS protokolu ({reason})',
  'probe.error.otherVersion': 'serveris atsakė kita TLS versija ({reason})',
  'probe.error.droppedInHandshake': 'serveris nutraukė ryšį TLS ryšio užmezgimo metu',
  'probe.error.tls': 'TLS ryšio užmezgimas nepavyko: {reason}',
  'probe.error.tooLarge':
    'serveris atsiuntė didesnį ryšio užmezgimo pranešimą, nei priima {stack} ({reason}), greičiausiai didesnę nei 100 KB sertifikatų grandinę: {version} patikrinti nepavyko',
  'probe.error.untestable': '{stack} šiame kompiuteryje negali pasiūlyti {version} ({reason})',
  'probe.error.notInStack': 'ši versija to nepalaiko',
  'probe.error.notTried': 'nebandyta: {ms} ms laiko limitas jau išnaudotas',
  'probe.stack.unknown': 'nežinoma TLS biblioteka',
  'probe.target.empty':
    'nurodykite pagrindinio kompiuterio vardą arba adresą, pavyzdžiui, mail.contoso.com:25',
  'probe.target.badPort': '„{port}“ nėra prievado numeris (nuo 1 iki 65535)',
  'probe.target.badHost': '„{host}“ nėra tinkamas pagrindinio kompiuterio vardas ar IP adresas',
  'probe.target.badDomain': '„{domain}“ nėra tinkamas domeno vardas (pavyzdys: contoso.com)',
  'probe.cli.oneTarget':
    'nurodykite bent vieną tikslą: tlswizard probe HOST[:PORT] [HOST[:PORT]...]',
  'probe.cli.badStarttls': '--starttls priima „smtp“ arba „none“, o ne „{value}“',
  'probe.cli.badTimeout': '--timeout priima milisekundes nuo {min} iki {max}, o ne „{value}“',
  'probe.title': '{target} patikra ({mode}) naudojant {stack}, {ms} ms',
  'probe.mode.starttls': 'SMTP STARTTLS',
  'probe.mode.implicit': 'numanomasis TLS (implicit)',
  'probe.starttlsOffered': 'STARTTLS siūlomas',
  'probe.starttlsRequired': 'STARTTLS privalomas',
  'probe.yes': 'taip',
  'probe.no': 'ne',
  'probe.unknown': 'nežinoma',
  'probe.col.version': 'Versija',
  'probe.col.result': 'Rezultatas',
  'probe.col.protocol': 'Protokolas',
  'probe.col.cipher': 'Šifras',
  'probe.col.detail': 'Išsamiau',
  'probe.result.accepted': 'priimta',
  'probe.result.refused': 'atmesta',
  'probe.result.untestable': 'negalima patikrinti',
  'probe.result.timeout': 'baigėsi laikas',
  'probe.result.unreachable': 'nepasiekiamas',
  'probe.result.smtp-rejected': 'atmesta prieš TLS',
  'probe.cert.title': 'Sertifikatas (matytas naudojant {version})',
  'probe.cert.subject': 'Subjektas',
  'probe.cert.names': 'Vardai',
  'probe.cert.issuer': 'Išdavėjas',
  'probe.cert.valid': 'Galioja',
  'probe.cert.validRange': 'nuo {from} iki {to}',
  'probe.cert.expired': 'NEBEGALIOJA',
  'probe.cert.trusted': 'Patikimas',
  'probe.cert.nameMatches': 'Atitinka {host}',
  'probe.cert.none': 'Sertifikato nėra: nė viena versija nebuvo priimta.',
  'probe.unreachable': 'Nepavyko pasiekti tikslo: {error}',
  'probe.schannel.notWindows': 'Schannel patikrai reikia Windows PowerShell, o jos čia nėra',
  'probe.schannel.failed': 'Windows PowerShell nepavyko paleisti Schannel patikros: {reason}',
  'probe.schannel.timeout': 'Schannel patikra nesibaigė per {ms} ms',
  'probe.schannel.noOutput': 'Schannel patikra neišvedė JSON (išėjimo kodas {code}): {stderr}',
  'probe.schannel.notJson': 'Schannel patikros išvestis nėra tinkamas JSON: {reason}',
  'probe.schannel.invalid':
    'Schannel patikros išvesties struktūra ne tokia, kokios tikėtasi: {issues}',
  'finding.probe-unreachable.title': 'Nepavyko pasiekti {target}',
  'finding.probe-unreachable.advice':
    'Nė viena TLS versija net negalėjo atidaryti ryšio ({error}). Patikrinkite vardą, prievadą, užkardą ir ar veikia SMTP tarnyba, tada tikrinkite dar kartą.',
  'finding.probe-smtp-rejected.title':
    '{target} atmetė SMTP sesiją dar prieš bet kokį TLS ryšio užmezgimą',
  'finding.probe-smtp-rejected.advice':
    'Nebandyta nė viena TLS versija ({error}), todėl tai dar nieko nesako apie TLS 1.2 tame serveryje. Atmestas pasisveikinimas arba EHLO (atsakymas 5xx arba 421, kai atidaryta per daug ryšių) reiškia, kad to serverio gavimo jungtis nepriima šio kompiuterio: patikrinkite ten RemoteIPRanges, blokavimo sąrašus ir ryšių ribas arba perskaitykite priežastį jo protokolo žurnale. Atmestas STARTTLS (pvz., 454 4.7.0 TLS not available) reiškia, kad jis neturi tinkamo SMTP sertifikato: priskirkite galiojantį sertifikatą su privačiuoju raktu (Enable-ExchangeCertificate -Services SMTP). Per didelis arba ne SMTP atsakymas reiškia, kad šiame prievade atsako kita tarnyba. Tada tikrinkite dar kartą.',
  'finding.starttls-not-offered.title': '{target} nesiūlo STARTTLS',
  'finding.starttls-not-offered.advice':
    'EHLO atsakyme nėra STARTTLS, todėl paštas į Office 365 ir iš jo per šią jungtį nešifruojamas, o jungtys, kurios reikalauja TLS, neveikia. Patikrinkite, ar gavimo jungtis turi galiojantį sertifikatą su privačiuoju raktu ir ar joje leidžiamas TLS.',
  'finding.probe-tls12-refused.title': '{target} atmeta TLS 1.2',
  'finding.probe-tls12-refused.advice':
    'Office 365 naudoja tik TLS 1.2 ar naujesnę versiją, todėl negali keistis paštu su šiuo serveriu ({error}).',
  'finding.tls12-refused-despite-registry.title':
    'Registras įgalina TLS 1.2, bet {target} jį vis tiek atmeta',
  'finding.tls12-refused-despite-registry.advice':
    'Schannel savo raktus skaito tik paleidžiant sistemą: jei jie buvo pakeisti po to, paleiskite serverį iš naujo. Jei ir paleidus iš naujo TLS 1.2 atmetamas, Exchange versija gali nepalaikyti TLS 1.2 per SMTP: atnaujinkite ją.',
  'finding.o365-needs-tls12-client.title':
    'Office 365 ({target}) priima tik TLS 1.2 ar naujesnę versiją, o šis serveris siųsdamas jos naudoti negali',
  'finding.o365-needs-tls12-client.advice':
    'Galinis punktas tinkle atmeta TLS 1.0 ir 1.1, o įrodymai rodo, kad šis serveris siųsdamas negali pasiūlyti TLS 1.2. Įgalinkite TLS 1.2 Schannel kliento pusei (Client), nustatykite .NET jungiklius ir paleiskite iš naujo.',
  'finding.certificate-expired.title': '{target} sertifikato galiojimas baigėsi {validTo}',
  'finding.certificate-expired.advice':
    'Partneriai, kurie tikrina sertifikatus, tarp jų ir Office 365 jungtys, nebegaliojantį sertifikatą atmeta. Atnaujinkite jį, priskirkite SMTP tarnybai ir atnaujinkite TlsCertificateName jungtyse, kuriose jis nurodytas.',
  'finding.certificate-name-mismatch.title': '{target} sertifikate nėra vardo {host}',
  'finding.certificate-name-mismatch.advice':
    'Jame nurodyta: {names}. Jungtis, kuri tikrina vardą (TlsDomain, TlsCertificateName), neveikia. Naudokite sertifikatą, kurio subjekte arba alternatyviuosiuose varduose yra vardas, prie kurio jungiasi partneriai.',
  'finding.certificate-untrusted.title': '{target} sertifikatą išdavė nepatikima institucija',
  'finding.certificate-untrusted.advice':
    'Tikrinimo rezultatas: {reason}. Oportunistinis TLS vis tiek veikia, bet Office 365 jungtys, kurios tikrina sertifikatą, jį atmeta. Naudokite viešosios sertifikavimo institucijos išduotą sertifikatą.',
  'reportDoc.title': 'TLS diagnostikos ataskaita: {machine}',
  'reportDoc.titleNoName': 'TLS diagnostikos ataskaita',
  'reportDoc.generated': 'Sukūrė {product} {version}, {time}',
  'reportDoc.diagnosed': 'Patikros atliktos {time}',
  'reportDoc.schema': 'Ataskaitos formatas {version}',
  'reportDoc.redacted':
    'Anonimizuota bendrinimui: pagrindinių kompiuterių vardai, IP adresai, domenai, el. pašto adresai ir sertifikatuose nurodytos organizacijos bei vietovės pakeisti pakaitalais, pvz., host-1, 192.0.2.1, domain-1.example, user-1@domain-1.example ir org-1. Tas pats originalas visada turi tą patį pakaitalą; Office 365 ir viešosios sertifikavimo institucijos paliktos.',
  'reportDoc.redactedShort': 'anonimizuota',
  'reportDoc.verdict': 'Išvada',
  'reportDoc.verdict.healthy': 'Tvarkinga',
  'reportDoc.verdict.action-needed': 'Reikia imtis veiksmų',
  'reportDoc.verdict.inconclusive': 'Nepakanka duomenų sprendimui',
  'reportDoc.verdict.healthy.detail':
    'Šis serveris gali naudoti TLS 1.2 su Office 365: registre matyti viskas, ko reikia išvadai, ir niekas jame netrukdo TLS 1.2.',
  'reportDoc.verdict.action-needed.detail':
    'Šis serveris negali patikimai naudoti TLS 1.2 su Office 365. Toliau pateiktos problemos paaiškina kodėl (rimčiausios – pirmos); po jų nurodyti veiksmai tai ištaiso.',
  'reportDoc.verdict.inconclusive.detail':
    'Tame, ką rodo registras, klaidų nerasta, bet jis rodo per mažai, kad būtų galima nuspręsti, ar šis serveris gali naudoti TLS 1.2 su Office 365. Kol to nematyti, negalima laikyti, kad serveris tvarkingas.',
  'reportDoc.missing': 'Registras neparodė: {gaps}.',
  'reportDoc.gap.os-build':
    'Windows komponavimas (build; nenustatyta reikšmė įgyja jo numatytąją reikšmę)',
  'reportDoc.gap.software': 'HKLM\\SOFTWARE (.NET, WinHTTP, Exchange, šifrų rinkinių strategija)',
  'reportDoc.gap.schannel': 'Schannel protokolų raktai',
  'reportDoc.gap.control-set': 'valdymo rinkinys, su kuriuo veikia Windows',
  'reportDoc.gap.cipher-suites': 'šifrų rinkinių tvarka',
  'reportDoc.gap.tls12-client': 'ar TLS 1.2 įjungtas siunčiamiesiems ryšiams',
  'reportDoc.gap.tls12-server': 'ar TLS 1.2 įjungtas gaunamiesiems ryšiams',
  'reportDoc.collect':
    'Kad būtų galima nuspręsti, serveryje komandų eilutėje su administratoriaus teisėmis paleiskite šias komandas (reg export tik skaito), tada paskutinę eilutę ten, kur yra failai:',
  'reportDoc.collect.script':
    'Kad būtų galima nuspręsti, serveryje eksportuokite trūkstamus raktus (vedlio docs/collect/collect-tls-registry.cmd eksportuoja juos visus) ir diagnozuokite dar kartą.',
  'reportDoc.collect.above':
    'Komandos, kurios surenka tai, ko trūksta, pateiktos po išvada šios ataskaitos viršuje.',
  'reportDoc.problems': 'Problemos',
  'reportDoc.problems.none': 'Problemų nėra.',
  'reportDoc.problems.also': 'Taip pat',
  'reportDoc.problems.findings': 'Radiniai',
  'reportDoc.symptom': 'Nurodytas požymis',
  'reportDoc.symptom.id': 'Požymis',
  'reportDoc.symptom.text': 'Pateiktas klaidos tekstas',
  'reportDoc.machine': 'Kompiuteris',
  'reportDoc.machine.name': 'Kompiuterio vardas',
  'reportDoc.machine.fqdn': 'Visas vardas',
  'reportDoc.machine.os': 'Windows',
  'reportDoc.machine.build': 'Komponavimas',
  'reportDoc.machine.exchange': 'Exchange',
  'reportDoc.machine.exchangePath': 'Exchange aplankas',
  'reportDoc.machine.edge': 'Edge Transport vaidmuo',
  'reportDoc.machine.source': 'Registras nuskaitytas iš',
  'reportDoc.unknown': 'nežinoma',
  'reportDoc.yes': 'taip',
  'reportDoc.no': 'ne',
  'reportDoc.none': 'nėra',
  'reportDoc.actions': 'Ką daryti',
  'reportDoc.actions.nothing': 'Nieko daryti nereikia: nė vienas radinys nereikalauja pakeitimų.',
  'reportDoc.actions.resolves': 'Išsprendžia: {titles}',
  'reportDoc.actions.howToApply':
    'Serveryje, komandų eilutėje su administratoriaus teisėmis: tlswizard fix (parodo pakeitimus), tada tlswizard fix --apply (atlieka juos, prieš tai išsaugojęs atsarginę kopiją).',
  'reportDoc.actions.planned': 'Registro pakeitimai, kuriuos atlieka šis taisymas',
  'reportDoc.actions.alreadyRight': 'Kiekviena šio taisymo rašoma reikšmė jau teisinga.',
  'reportDoc.actions.noPlan':
    'Tikslūs pakeitimai šiai ataskaitai nebuvo suplanuoti; norėdami juos pamatyti, serveryje paleiskite tlswizard fix.',
  'reportDoc.actions.manual': 'Rankinis veiksmas',
  'reportDoc.actions.registry': 'Registro pakeitimas',
  'reportDoc.actions.minimum': 'Minimali versija: {minimum}',
  'reportDoc.actions.restartWhy':
    'Schannel savo parametrus skaito tik paleidžiant Windows, o Windows pati šio paleidimo iš naujo neprašo.',
  'reportDoc.restart': 'Paleidimas iš naujo',
  'reportDoc.restart.pending': 'Windows šiuo metu laukia paleidimo iš naujo.',
  'reportDoc.restart.notPending': 'Šiuo metu paleidimo iš naujo nelaukiama.',
  'reportDoc.restart.notKnown':
    'Nežinoma, ar Windows laukia paleidimo iš naujo: nuskaitytas registras nerodo jo paleidimo iš naujo žymių.',
  'reportDoc.restart.afterFixes': 'Taisymai įsigalioja tik paleidus iš naujo.',
  'reportDoc.restart.changedAt': 'Šis įrankis pakeitė Schannel {time}.',
  'reportDoc.restart.scheduled': 'Paleidimas iš naujo suplanuotas {time}.',
  'reportDoc.applied': 'Atlikti pakeitimai',
  'reportDoc.applied.backup': 'Atsarginės kopijos failas (importuokite jį, kad atšauktumėte)',
  'reportDoc.applied.readBack': 'Nuskaityta atgal',
  'reportDoc.applied.result': 'Rezultatas',
  'reportDoc.applied.ok': 'įrašyta',
  'reportDoc.prepared': 'Taisymas parengtas, bet nepritaikytas',
  'reportDoc.applied.prepared': 'parengta, nepritaikyta',
  'reportDoc.applied.inCopy': 'įrašyta į kopiją',
  'reportDoc.applied.failed': 'nepavyko',
  'reportDoc.evidence': 'Įrodymai',
  'reportDoc.schannel': 'Schannel: sukonfigūruota ir galiojanti būsena',
  'reportDoc.schannel.version': 'Versija',
  'reportDoc.schannel.effective': 'Galioja',
  'reportDoc.schannel.side': 'Pusė',
  'reportDoc.schannel.state': 'Būsena',
  'reportDoc.schannel.note':
    '„Galioja“ – tai, ką Schannel daro šiame Windows komponavime, kai nenustatytoms reikšmėms pritaikytos numatytosios; „nežinoma“ – kai reikšmė nenustatyta, o komponavimas nežinomas.',
  'reportDoc.values': 'Nuskaitytos registro reikšmės',
  'reportDoc.values.key': 'Raktas',
  'reportDoc.values.value': 'Reikšmė',
  'reportDoc.values.data': 'Duomenys',
  'reportDoc.values.none': 'Nenuskaityta nė viena reikšmė.',
  'reportDoc.on': 'įjungta',
  'reportDoc.off': 'išjungta',
  'reportDoc.unknownState': 'nežinoma',
  'reportDoc.findings': 'Išsamūs radiniai',
  'reportDoc.severity.error': 'Klaida',
  'reportDoc.severity.warning': 'Įspėjimas',
  'reportDoc.severity.info': 'Pastaba',
  'reportDoc.findings.none': 'Radinių nėra.',
  'reportDoc.findings.evidence': 'Įrodymai',
  'reportDoc.findings.fixes': 'Ištaiso',
  'reportDoc.probes': 'TLS patikros tinkle',
  'reportDoc.probes.none': 'Tinkle netikrinta.',
  'reportDoc.probe.heading': '{target}, {mode}, {role}',
  'reportDoc.probe.mode.starttls': 'SMTP STARTTLS',
  'reportDoc.probe.mode.implicit': 'TLS nuo pirmojo baito',
  'reportDoc.probe.role.local': 'šis serveris',
  'reportDoc.probe.role.office365': 'Office 365',
  'reportDoc.probe.role.smarthost': 'tarpinis serveris (smart host)',
  'reportDoc.probe.role.other': 'kitas serveris',
  'reportDoc.probe.stack': 'Tikrinta naudojant',
  'reportDoc.probe.duration': 'Truko',
  'reportDoc.probe.ms': '{ms} ms',
  'reportDoc.probe.starttlsOffered': 'STARTTLS siūlomas',
  'reportDoc.probe.starttlsRequired': 'STARTTLS privalomas',
  'reportDoc.probe.version': 'Versija',
  'reportDoc.probe.result': 'Rezultatas',
  'reportDoc.probe.protocol': 'Protokolas',
  'reportDoc.probe.cipher': 'Šifras',
  'reportDoc.probe.detail': 'Išsamiau',
  'reportDoc.probe.systemDefault': 'Windows numatytoji',
  'reportDoc.probe.result.accepted': 'priimta',
  'reportDoc.probe.result.refused': 'atmesta',
  'reportDoc.probe.result.untestable': 'čia patikrinti negalima',
  'reportDoc.probe.result.timeout': 'laiku neatsakyta',
  'reportDoc.probe.result.unreachable': 'nepasiekiamas',
  'reportDoc.probe.result.smtp-rejected': 'atmesta prieš TLS',
  'reportDoc.probe.schannel': 'Windows Schannel (tai, ką derina pats Exchange)',
  'reportDoc.probe.schannelError': 'Schannel patikra neatlikta: {reason}',
  'reportDoc.probe.transcript': 'SMTP dialogas',
  'reportDoc.probe.transcriptEmpty': 'SMTP dialogas neįrašytas.',
  'reportDoc.cert': 'Sertifikatas (matytas naudojant {version})',
  'reportDoc.cert.subject': 'Subjektas',
  'reportDoc.cert.names': 'Vardai',
  'reportDoc.cert.issuer': 'Išdavėjas',
  'reportDoc.cert.valid': 'Galioja',
  'reportDoc.cert.validRange': 'nuo {from} iki {to}',
  'reportDoc.cert.fingerprint': 'SHA-256 kontrolinis kodas',
  'reportDoc.cert.trusted': 'Patikimas',
  'reportDoc.cert.nameMatches': 'Vardas atitinka',
  'reportDoc.logs': 'Protokolo žurnalo eilutės',
  'reportDoc.protocolLogs.connector': 'Jungtis',
  'reportDoc.protocolLogs.direction': 'Kryptis',
  'reportDoc.protocolLogs.office365': 'Su Office 365',
  'reportDoc.protocolLogs.before': 'Prieš taisymą',
  'reportDoc.protocolLogs.after': 'Nuo taisymo',
  'reportDoc.protocolLogs.counts':
    '{sessions, plural, one {# sesija} few {# sesijos} many {# sesijos} other {# sesijų}}, nepavyko: {failed}',
  'reportDoc.logs.none': 'Protokolo žurnaluose nerasta nieko, kas čia svarbu.',
  'reportDoc.logs.where': 'Failas ir eilutė',
  'reportDoc.logs.at': 'Laikas',
  'reportDoc.logs.text': 'Eilutė',
  'reportDoc.compare': 'Prieš taisymą ir po jo',
  'reportDoc.compare.verdict': 'Išvada: prieš – {before}, dabar – {after}.',
  'reportDoc.compare.side': 'Pusė',
  'reportDoc.compare.before': 'Prieš',
  'reportDoc.compare.after': 'Po',
  'reportDoc.compare.fixed': 'Ištaisyta',
  'reportDoc.compare.undecided': 'Dabar nerodoma (nežinoma, ar ištaisyta)',
  'reportDoc.compare.remaining': 'Vis dar yra',
  'reportDoc.compare.added': 'Nauja',
  'reportDoc.compare.foundNow':
    'Rasta dabar (ankstesnė diagnostika pagal senesnes taisykles to netikrino)',
  'reportDoc.compare.noChange': 'Nė vienas Schannel parametras nepasikeitė.',
  'reportDoc.notSet': 'nenustatyta',
  'reportDoc.emptyList': '(tuščias sąrašas)',
  'reportDoc.side.client': 'Client',
  'reportDoc.side.server': 'Server',
  'reportDoc.footer':
    'Šis puslapis yra savarankiškas: jis nevykdo jokių scenarijų ir nieko neįkelia iš tinklo. Vedlys šio puslapio vėl atidaryti negali; jis atidaro JSON ataskaitos versiją (JSON formatas saugant vedlyje arba tlswizard diagnose --report FILE.json).',
  'reportDoc.reg.header':
    'Registro reikšmės, kurias {name} {version} nuskaitė kompiuteryje {machine} {time}.',
  'reportDoc.reg.usage':
    'Įrašas skaitymui. Jo diagnostika (tlswizard diagnose --registry THIS.reg) mato tą pačią Schannel būseną; reikšmės, kurias patikra rado teisingas (.NET, WinHTTP, šifrų rinkinių tvarka, Exchange), neįrašomos, todėl rezultatas gali būti neaiškus. Jį importavus šios reikšmės būtų nustatytos kompiuteryje.',
  'reportDoc.reg.redacted':
    'Anonimizuota: pagrindinių kompiuterių vardai, adresai ir domenai pakeisti pakaitalais.',
  'reportDoc.reg.notSet': 'nenustatyta: {path}',
  'reportDoc.cli.written': 'Ataskaita įrašyta: {file}',
  'reportDoc.format.unknown':
    'neįmanoma nustatyti ataskaitos formato iš „{file}“: pavadinimas turi baigtis .html arba .json',
  'reportDoc.load.missing': '{file} neegzistuoja',
  'reportDoc.load.folder': '{file} yra aplankas, o ne ataskaitos failas',
  'reportDoc.load.unreadable': 'nepavyko nuskaityti {file}: {reason}',
  'reportDoc.load.tooLarge':
    '{file} didesnis nei {size} MB; ataskaita niekada nebūna tokia didelė, todėl tai ne mūsų ataskaita',
  'reportDoc.load.empty': '{file} tuščias: jis nebuvo išsaugotas iki galo',
  'reportDoc.load.html':
    '{file} yra HTML puslapis; atidarykite kartu su juo išsaugotą .json ataskaitą (HTML nuskaityti atgal negalima)',
  'reportDoc.load.truncated':
    '{file} nukirstas (JSON baigiasi nepasibaigus duomenims): jis nebuvo iki galo išsaugotas arba nukopijuotas',
  'reportDoc.load.notJson': '{file} nėra JSON: {reason}',
  'reportDoc.load.diagnosis':
    '{file} yra diagnostika, išsaugota su --out arba --json, o ne ataskaita: norėdami sukurti ataskaitą, paleiskite tlswizard diagnose --report FILE.json',
  'reportDoc.load.foreign': '{file} nėra Mailflow TLS Wizard ataskaita',
  'reportDoc.load.newer':
    '{file} sukūrė naujesnis Mailflow TLS Wizard (ataskaitos formatas {found}, ši versija skaito iki {supported}): norėdami ją atidaryti, atnaujinkite vedlį',
  'reportDoc.load.invalid': '{file} yra sugadinta ataskaita: {detail}',
  'reportDoc.load.uploaded': 'įkeltas ataskaitos failas',
  'schannelProbe.notWindows': 'Schannel patikra veikia tik Windows sistemoje',
  'schannelProbe.missing': 'schannel-probe.exe nerastas (ieškota: {paths})',
  'schannelProbe.failed': 'nepavyko paleisti schannel-probe.exe: {reason}',
  'schannelProbe.timeout': 'schannel-probe.exe nesibaigė per {ms} ms ir buvo sustabdytas',
  'schannelProbe.noOutput': 'schannel-probe.exe neišvedė JSON (išėjimo kodas {code}): {stderr}',
  'schannelProbe.notJson': 'schannel-probe.exe išvestis nėra tinkamas JSON: {reason}',
  'schannelProbe.fatal': 'schannel-probe.exe atmetė užklausą: {reason}',
  'schannelProbe.invalid':
    'schannel-probe.exe išvesties struktūra ne tokia, kokios tikėtasi: {issues}',
  'finding.schannel-refuses-tls12.title':
    'Registras įjungia TLS 1.2, bet Windows su {target} jo nenaudojo',
  'finding.schannel-refuses-tls12.advice':
    'Pačios Windows TLS (Schannel, kurį naudoja Exchange) su numatytaisiais parametrais prisijungė prie {target} ir gavo {got}, nors {target} priima TLS 1.2, o registras įjungia TLS 1.2 siunčiamiesiems ryšiams ({error}). Schannel šiuos raktus skaito tik paleidžiant Windows: jei jie buvo pakeisti po paskutinio paleidimo iš naujo, paleiskite serverį iš naujo. Jei tai kartojasi ir paleidus iš naujo, TLS 1.2 veikti trukdo kažkas kita: grupės strategija, nustatanti protokolus ar šifrų rinkinius, arba šifrų rinkinių sąrašas, neturintis nieko bendro su {target}.',
  'finding.schannel-tls12-despite-registry.title':
    'Registras išjungia TLS 1.2, bet Windows vis tiek jį naudojo su {target}',
  'finding.schannel-tls12-despite-registry.advice':
    'Pačios Windows TLS (Schannel) su numatytaisiais parametrais suderino {protocol} su {target}, nors toliau nurodytos registro reikšmės išjungia TLS 1.2 siunčiamiesiems ryšiams. Schannel jas skaito tik paleidžiant Windows, todėl greičiausiai jos buvo pakeistos po paskutinio paleidimo iš naujo: šiandien paštas veikia, bet kitas paleidimas iš naujo išjungs TLS 1.2 ir sustabdys paštą į Office 365. Prieš tą paleidimą iš naujo nustatykite Enabled=1 ir DisabledByDefault=0.',
  'finding.schannel-node-disagree.title':
    'Šio įrankio patikra ir Windows nesutaria dėl TLS 1.2 su {target}',
  'finding.schannel-node-disagree.advice':
    'Paprašius tik TLS 1.2, paties įrankio patikra (Node) gavo {node}, o pačios Windows TLS (Schannel) – {schannel} ({error}). Exchange naudoja Schannel, todėl pašto srautui galioja Schannel atsakymas.',
  'finding.schannel-node-disagree.schannel-refused.title':
    '{target} priima TLS 1.2, bet Windows šiame serveryje negalėjo jo naudoti',
  'finding.schannel-node-disagree.schannel-refused.advice':
    'Paprašius tik TLS 1.2, paties įrankio patikra (Node) prisijungė, o pačios Windows TLS (Schannel, kurį naudoja Exchange) – ne ({error}). Kitame gale esantis serveris tvarkingas: šio kompiuterio Schannel negali pasiūlyti TLS 1.2 arba nė vieno šifrų rinkinio, kurį priima {target}. Patikrinkite TLS 1.2 Client raktus, šifrų rinkinių tvarką ir bet kokią juos nustatančią grupės strategiją, o po pakeitimo paleiskite iš naujo.',
  'finding.schannel-node-disagree.node-refused.title':
    'Windows naudoja TLS 1.2 su {target}, o paties įrankio patikra to padaryti negalėjo',
  'finding.schannel-node-disagree.node-refused.advice':
    'Paprašius tik TLS 1.2, pačios Windows TLS (Schannel, kurį naudoja Exchange) prisijungė, o paties įrankio patikra (Node) – ne ({error}). Pašto srautas eina per Schannel, todėl jam tai įtakos neturi; skirtumas slypi tame, ką siūlo Node (šifrų rinkiniai arba parašo algoritmai, kurių {target} nepriima).',
  'problem.schannel-not-as-registry.title':
    'Windows naudoja TLS 1.2 ne taip, kaip nurodo registras',
  'problem.probes-disagree.title': 'Šio įrankio patikra ir pačios Windows TLS nesutaria',
  'why.heading': 'Kodėl tai svarbu',
  'why.learnMore': 'Sužinokite daugiau',
  'why.evidence-incomplete':
    'Be šių raktų niekas negali pasakyti, ar TLS 1.2 čia veikia; ataskaita, kuri trūkstant įrodymų skelbtų „tvarkinga“, priverstų jus ieškoti priežasties kitur.',
  'why.tls12-off-both':
    'Office 365 priima ir siunčia paštą tik per TLS 1.2 ar naujesnę versiją. Kai TLS 1.2 išjungtas, paštas tarp šio serverio ir Office 365 sustoja abiem kryptimis.',
  'why.tls12-off-incoming':
    'Office 365 jungiasi prie šio serverio tik per TLS 1.2. Kai serverio pusė (Server) išjungta, paštas iš Office 365 į šį serverį nepereina.',
  'why.tls12-off-outgoing':
    'Šis serveris jungiasi prie Office 365 kaip TLS klientas. Kai kliento pusė (Client) išjungta, jis siūlo tik TLS 1.0 arba 1.1, ir Office 365 nutraukia ryšį (421 4.4.2 SocketError).',
  'why.tls12-inconsistent':
    'Kai raktai Client ir Server nesutampa, siuntimas ir gavimas veikia skirtingai: paštas gali eiti viena kryptimi ir nepereiti kita, o tai vėliau sunku diagnozuoti.',
  'why.exchange-too-old':
    'Senesnės Exchange versijos apskritai negali naudoti TLS 1.2, kad ir ką rodytų registras: vien registro taisymas pašto srauto neatkurs.',
  'why.exchange-tls13':
    'Ši Exchange versija nepalaiko TLS 1.3; kai jis įjungtas, ryšiai gali nutrūkti taip, kad atrodo kaip TLS 1.2 problema.',
  'why.legacy-tls-off':
    'Šiai Exchange versijai vidiniams ryšiams vis dar reikia TLS 1.0/1.1; kai jie išjungti, dalis Exchange funkcijų gali nustoti veikti.',
  'why.exchange-updates':
    'Nepalaikomoms ar neatnaujintoms versijoms trūksta TLS pataisų ir saugos naujinimų; Microsoft palaikymo tarnyba pirmiausia paprašys įdiegti dabartinę versiją.',
  'why.windows-support':
    'Nepalaikoma operacinė sistema nebegauna TLS pataisų; suplanuokite perėjimą prie palaikomos Windows Server versijos.',
  'why.cipher-suites':
    'TLS 1.2 reikia šifrų rinkinio, kurį žino abi pusės. Jei su Office 365 nėra nė vieno bendro, ryšio užmezgimas nepavyksta net ir įjungus TLS 1.2.',
  'why.dotnet':
    'Exchange sukurtas .NET pagrindu. Be šių jungiklių .NET vis dar gali pasirinkti TLS 1.0, ir Exchange funkcijos, kurios kreipiasi į Office 365 (hibridinė konfigūracija, užimtumo informacija), neveikia.',
  'why.winhttp':
    'Per WinHTTP eina dalis paties Exchange ir Windows ryšių; jei jo numatytuosiuose parametruose nėra TLS 1.2, šie ryšiai su Office 365 nepavyksta.',
  'why.wire-tls12-refused':
    'Tai, ką serveris iš tikrųjų darė tinkle, o ne tai, ką rodo registras: serveris, kuris atmeta TLS 1.2, negali keistis paštu su Office 365.',
  'why.wire-tls12-client':
    'Office 365 naudoja tik TLS 1.2 ar naujesnę versiją; kad galėtų ten siųsti paštą, šio serverio kliento pusė turi ją pasiūlyti.',
  'why.starttls-missing':
    'Be STARTTLS paštas siunčiamas nešifruotas arba, kur TLS privalomas, visai nesiunčiamas (451 5.7.3 Must issue a STARTTLS command first).',
  'why.unreachable':
    'Šiam serveriui nepavyko išmatuoti nieko, kas susiję su TLS; patikrinkite vardą, prievadą ir užkardą, tada tikrinkite dar kartą.',
  'why.smtp-rejected':
    'Serveris nutraukė SMTP pokalbį dar prieš prasidedant TLS, todėl nepavyko išmatuoti nieko, kas susiję su jo TLS. Paštas, siunčiamas iš tos pačios vietos, atmetamas taip pat; kur TLS privalomas, sesija be STARTTLS baigiasi atsakymu 451 5.7.3 Must issue a STARTTLS command first.',
  'why.certificate':
    'Jungtys, reikalaujančios TLS, tikrina sertifikatą; dėl nebegaliojančio, nepatikimo ar ne tuo vardu išduoto sertifikato Office 365 paštą atmeta arba atideda.',
  'why.control-sets-differ':
    'Windows paleidžiama iš valdymo rinkinio, kurį nurodo Select\\Current; reikšmės, įrašytos tik į kitą rinkinį, neturi jokio poveikio.',
  'why.ignored-entries':
    'Windows skaito tik tikslius raktų ir reikšmių pavadinimus bei DWORD tipą; įrašai, įvesti pagal išverstą puslapį arba netinkamo tipo, nieko nekeičia.',
  'why.schannel-consistency':
    'Kai reikšmių trūksta arba jos prieštarauja viena kitai, TLS paliekamas Windows numatytiesiems parametrams, o jie skirtingose versijose skiriasi.',
  'why.restart-pending':
    'Schannel savo parametrus skaito tik paleidžiant Windows: nuo paskutinio paleidimo atlikti pakeitimai dar negalioja.',
  'why.legacy-tls':
    'TLS 1.0/1.1 nestabdo pašto į Office 365, bet jie pasenę; išjunkite juos tik patikrinę, kuriems kitiems partneriams jų dar reikia.',
  'why.control-set-read':
    'Reikšmės nuskaitytos iš valdymo rinkinio, iš kurio paleidžiama Windows; būtent jį naudos kitas paleidimas.',
  'why.health-checker-words':
    'Health Checker šią būseną vadina kitaip; pavadinimai pateikiami, kad būtų galima palyginti abiejų įrankių rezultatus.',
  'why.values-not-0-or-1':
    'Windows bet kurią nenulinę reikšmę laiko 1; reikšmė veikia, bet yra neįprasta, todėl verta ją sutvarkyti.',
  'why.mail-flow-failing':
    'Protokolo žurnalai rodo tikras nepavykusias sesijas su Office 365: tai paštas, kuris nepasiekė gavėjo, o ne teorinė rizika.',
  'why.legacy-tls-peers':
    'Šie partneriai vis dar jungiasi naudodami TLS 1.0 arba 1.1; ryšys su jais nutrūks tą dieną, kai šios versijos bus išjungtos čia arba jų pusėje.',
  'why.logs-evidence':
    'Protokolo žurnalai yra vienintelis įrašas, kas serveryje iš tikrųjų vyko; be jų taisymo poveikio negalima įrodyti iš paties serverio duomenų.',
  'why.schannel-events':
    'Windows kiekvieną nepavykusį TLS ryšio užmezgimą registruoja sistemos žurnale; šie įvykiai rodo, kuri pusė atmetė ryšį ir kodėl.',
  'why.notes': 'Foninė informacija apie šį serverį; niekas čia nestabdo pašto srauto.',
  'link.article':
    'Microsoft palaikymas: nepavyksta siųsti ar gauti el. laiškų naudojant TLS 1.1 arba TLS 1.0',
  'link.tlsPart1': 'Exchange Team: TLS rekomendacijos, 1 dalis – pasiruošimas TLS 1.2',
  'link.tlsPart2': 'Exchange Team: TLS rekomendacijos, 2 dalis – TLS 1.2 įgalinimas',
  'link.tlsScenarios':
    'Exchange Team: el. pašto scenarijai, kai nepavyksta susitarti dėl TLS versijų su Exchange Online',
  'link.kb3140245': 'KB3140245: TLS 1.1 ir 1.2 kaip numatytieji saugūs protokolai WinHTTP',
  'link.exchangeTls': 'Exchange Server TLS konfigūravimo geroji praktika',
  'link.tlsRegistry': 'Windows: TLS registro parametrai',
  'link.builds': 'Exchange Server komponavimo numeriai ir išleidimo datos',
  'link.protocolLogging': 'Exchange: protokolo registravimas',
  'probe.col.o365': 'Office 365',
  'probe.judge.needed-ok': 'Gerai: Office 365 naudoja šią versiją',
  'probe.judge.needed-missing': 'Problema: Office 365 reikia TLS 1.2',
  'probe.judge.needed-unknown': 'Neišmatuota: Office 365 reikia TLS 1.2',
  'probe.judge.tls13-ok': 'Gerai (nebūtina)',
  'probe.judge.tls13-missing': 'Tinka: pakanka TLS 1.2',
  'probe.judge.legacy-on':
    'Office 365 šios versijos nenaudoja; išjunkite vėliau, patikrinę kitus partnerius',
  'probe.judge.legacy-off': 'Tinka: Office 365 šios versijos nenaudoja',
  'probe.judge.untested': 'Neišmatuota',
  'probe.outcome.accepted': 'priimta',
  'probe.outcome.refused': 'atmesta',
  'probe.outcome.untestable': 'iš čia patikrinti negalima',
  'probe.outcome.timeout': 'laiku neatsakyta',
  'probe.outcome.unreachable': 'nepavyko prisijungti',
  'probe.outcome.smtp-rejected': 'nebandyta: SMTP sesija atmesta',
  'probe.code.protocol-version': 'Serveris atmetė šią TLS versiją',
  'probe.code.handshake': 'TLS ryšio užmezgimas nepavyko',
  'probe.code.self-signed': 'Sertifikatas pasirašytas savarankiškai',
  'probe.code.untrusted': 'Sertifikatą išdavė nepatikima institucija',
  'probe.code.expired': 'Sertifikato galiojimas baigėsi',
  'probe.code.name': 'Sertifikatas išduotas kitam vardui',
  'probe.code.refused': 'Šio prievado niekas neklauso (ryšys atmestas)',
  'probe.code.reset': 'Serveris nutraukė ryšį',
  'probe.code.timeout': 'Laiku neatsakyta',
  'probe.code.dns': 'Nepavyko rasti vardo (DNS)',
  'probe.code.unreachable': 'Tinklas negali pasiekti šio adreso',
  'probe.code.local-stack': 'Šio kompiuterio TLS biblioteka negali pasiūlyti šios versijos',
  'probe.code.other': 'Ryšys nepavyko',
  'probe.code.smtp-rejected': 'SMTP serveris nutraukė sesiją dar prieš prasidedant TLS',
  'app.title': 'Mailflow TLS Wizard',
  'app.tagline': 'Kad šis serveris siųstų ir gautų paštą su Office 365 per TLS 1.2.',
  'nav.back': 'Atgal',
  'nav.next': 'Toliau',
  'nav.stepOf': '{n} veiksmas iš {total}',
  'nav.done': 'atlikta',
  'nav.skipped': 'praleista',
  'common.retry': 'Bandyti dar kartą',
  'error.lost.title': 'Vedlio variklis neatsako',
  'error.lost.text':
    'Vedlio dalis, kuri skaito registrą ir atlieka patikras, sustojo arba buvo uždaryta, todėl daugiau nieko patikrinti ar pakeisti negalima. Vėl paleiskite vedlį (arba serveryje – tlswizard serve), tada spustelėkite „Bandyti dar kartą“. Nepavykęs veiksmas nieko nepakeitė.',
  'step.welcome': 'Pradžia',
  'step.symptom': 'Požymis',
  'step.checks': 'Patikros',
  'step.fixes': 'Taisymai',
  'step.restart': 'Paleidimas iš naujo',
  'step.report': 'Ataskaita',
  'common.loading': 'Įkeliama...',
  'common.error': 'Įvyko klaida',
  'common.dismiss': 'Atmesti',
  'common.notSet': 'nenustatyta',
  'common.yes': 'taip',
  'common.no': 'ne',
  'welcome.heading': 'Šis kompiuteris',
  'welcome.name': 'Kompiuteris',
  'welcome.windows': 'Windows',
  'welcome.exchange': 'Exchange',
  'welcome.exchangeNone': 'neįdiegtas (Windows SMTP persiuntimo serveris)',
  'welcome.exchangeUnknown': 'nežinoma (nuskaitytame registre nematyti HKLM\\SOFTWARE)',
  'welcome.elevated': 'Vykdoma administratoriaus teisėmis',
  'welcome.elevatedNa': 'netaikoma (registras iš failo)',
  'welcome.source': 'Registro šaltinis',
  'welcome.source.live': 'šis kompiuteris (veikiantis registras)',
  'welcome.source.file': 'failas: {label}',
  'welcome.source.demo': 'pridėtas pavyzdinis serveris ({label})',
  'welcome.language': 'Kalba',
  'welcome.openReport': 'Atidaryti išsaugotą ataskaitą',
  'welcome.checkNow': 'Tikrinti šį serverį dabar',
  'welcome.intro':
    'Vedlis patikrina, kodėl šis serveris negali naudoti TLS 1.2 su Office 365, ištaiso registrą (išsaugodamas atsarginę kopiją, kurią galima atkurti) ir parengia ataskaitą, kurią galite nusiųsti vyresniajam administratoriui. Niekas nekeičiama, kol to nepatvirtinate.',
  'welcome.notElevated':
    'Visas patikras galite atlikti jau dabar. Norėdami taikyti taisymus, uždarykite vedlį, spustelėkite jį dešiniuoju pelės mygtuku ir pasirinkite „Paleisti kaip administratorių“.',
  'welcome.verify':
    'Sveiki sugrįžę. Serveris paleistas iš naujo: patikros atliekamos dar kartą ir rodomos šalia atliktųjų prieš taisymą.',
  'symptom.heading': 'Ką matote?',
  'symptom.hint':
    'Pasirinkite atitinkantį pranešimą arba įklijuokite klaidos tekstą. Jei nesate tikri, tikrinkite viską.',
  'symptom.ndr-socketerror': 'Siuntėjas gauna nepristatymo ataskaitą (NDR)',
  'symptom.queue-socketerror': 'Laiškai laukia eilėje (Queue Viewer)',
  'symptom.sendlog-tls-failed': 'Siuntimo jungties protokolo žurnale matyti, kad TLS nepavyksta',
  'symptom.starttls-required': 'Jungties protokolo žurnale rašoma, kad reikalingas STARTTLS',
  'symptom.all': 'Tiesiog tikrinti viską',
  'symptom.all.detail': 'Atlikti visas patikras nepasirenkant požymio.',
  'symptom.paste': 'Įklijuokite matomą klaidą',
  'symptom.paste.cut':
    'Tekstas buvo ilgesnis nei {max} simbolių: naudojami tik pirmieji {max}. Jei klaidos tarp jų nebuvo, įklijuokite eilutes su klaida.',
  'symptom.paste.placeholder': 'pavyzdžiui: 421 4.4.2 Connection dropped due to SocketError',
  'symptom.recognised': 'Atpažinta: {what}',
  'symptom.notRecognised': 'Tai nė vienas iš žinomų pranešimų. Vis tiek galite tikrinti viską.',
  'match.socketerror-421':
    'Office 365 nutraukė ryšį (421 4.4.2 SocketError): dažniausiai nėra TLS 1.2',
  'match.tls-negotiation-socketerror':
    'TLS derybos nepavyko (SocketError): dažniausiai nėra TLS 1.2',
  'match.starttls-required-451': 'Kita pusė reikalauja STARTTLS (451 5.7.3)',
  'match.starttls-required-530': 'Kita pusė reikalauja STARTTLS (530 5.7.0)',
  'match.tls-no-credentials':
    'Sertifikatas neturi privačiojo rakto (NoCredentials): tai sertifikato, o ne TLS 1.2 problema',
  'match.tls-unknown-credentials':
    'Sertifikato negalima naudoti (UnknownCredentials): sertifikato problema',
  'match.stale-tls-certificate-name':
    'Jungtis nurodo sertifikatą, kuris buvo pakeistas nauju (450 4.4.317): atnaujinkite TlsCertificateName',
  'match.tls-success-1-2': 'TLS 1.2 sesija: šis ryšys veikia',
  'match.tls-success-1-0': 'TLS 1.0 sesija: Office 365 tokias atmeta',
  'checks.heading': 'Patikros',
  'checks.targets': 'Serveriai, tikrinami tinkle',
  'checks.targets.hint':
    'Pasiūlyta vietinė SMTP tarnyba ir jūsų Office 365 galinis punktas. Redaguokite, pašalinkite arba pridėkite tarpinį serverį (smart host).',
  'checks.domain': 'Jūsų priimtasis domenas (pagal jį randamas Office 365 galinis punktas)',
  'checks.domain.find': 'Rasti galinį punktą',
  'checks.domain.finding': 'Ieškoma domeno pašto serverių...',
  'checks.running': 'Tikrinamas šis serveris...',
  'checks.whatWasChecked': 'Kas patikrinta',
  'checks.schannelTable': 'Schannel pagal TLS versiją (iš registro)',
  'checks.schannel.client': 'Siunčiamieji (Client)',
  'checks.schannel.server': 'Gaunamieji (Server)',
  'checks.schannel.needed': 'Office 365 reikia TLS 1.2 abiejose pusėse.',
  'checks.next.manual': 'Toliau, prieš viską kita: {step}. Tada pereikite prie taisymų.',
  'checks.next.apply':
    'Toliau: spustelėkite „Toliau“ ir peržiūrėkite {count, plural, =1 {registro pakeitimą, kurio} one {# registro pakeitimą, kurio} few {# registro pakeitimus, kurių} many {# registro pakeitimo, kurių} other {# registro pakeitimų, kurių}} reikia šiam serveriui, tada {count, plural, =1 {jį pritaikykite} one {juos pritaikykite} few {juos pritaikykite} many {juos pritaikykite} other {juos pritaikykite}} ir paleiskite iš naujo.',
  'target.problem.host-empty': 'Įveskite pagrindinio kompiuterio vardą arba IP adresą.',
  'target.problem.host-invalid':
    'Tai nėra pagrindinio kompiuterio vardas ar IP adresas: naudokite raides, skaitmenis, brūkšnelius ir taškus (pavyzdžiui, smtp.contoso.com).',
  'target.problem.port-invalid': 'Prievadas yra sveikasis skaičius nuo 1 iki 65535 (SMTP – 25).',
  'target.problem.too-many':
    'Tikrinami tik pirmieji serveriai (daugiausia {max}): kad patikrintumėte šį, pašalinkite vieną.',
  'target.full':
    'Vienu metu tikrinama daugiausia serverių: {max}. Pašalinkite vieną, kad galėtumėte pridėti kitą.',
  'target.skipped':
    '{count, plural, one {# įrašas netikrinamas, kol nebus pataisytas} few {# įrašai netikrinami, kol nebus pataisyti} many {# įrašo netikrinama, kol nebus pataisyta} other {# įrašų netikrinama, kol nebus pataisyti}} (pažymėta aukščiau); kitos patikros atliekamos.',
  'checks.addTarget': 'Pridėti serverį',
  'checks.removeTarget': 'Pašalinti {target}',
  'checks.targetHost': 'Adresas',
  'checks.targetPort': 'Prievadas',
  'checks.run': 'Atlikti patikras',
  'checks.rerun': 'Tikrinti dar kartą',
  'checks.verdict': 'Rezultatas',
  'checks.verdict.healthy': 'Tvarkinga',
  'checks.verdict.action-needed': 'Reikia imtis veiksmų',
  'checks.verdict.inconclusive': 'Nepakanka duomenų sprendimui',
  'checks.next.healthy':
    'Toliau: nieko taisyti nereikia. Pereikite prie ataskaitos ir išsaugokite ją savo įrašams arba vyresniajam administratoriui.',
  'checks.next.action-needed':
    'Toliau: pereikite prie taisymų – jie, išsaugoję atsarginę kopiją, pakeis registrą, kad būtų išspręstos toliau nurodytos problemos.',
  'checks.next.inconclusive':
    'Toliau: toliau pateiktomis komandomis serveryje surinkite tai, ko trūksta, tada diagnozuokite dar kartą su visais failais. Iki tol nelaikykite šio serverio tvarkingu.',
  'checks.collect': 'Komandos, kurios surenka trūkstamus registro raktus',
  'checks.problems': 'Problemos (rimčiausios – pirmos)',
  'checks.details': 'Kiekviena patikra išsamiai',
  'checks.evidence': 'Įrodymai',
  'checks.noFindings': 'Šioje patikroje nėra ką pranešti.',
  'checks.transcript': 'SMTP pokalbis',
  'checks.versions': 'TLS versijos',
  'check.schannel': 'Schannel TLS parametrai',
  'check.dotnet': '.NET Framework TLS parametrai',
  'check.winhttp': 'WinHTTP numatytieji protokolai',
  'check.ciphers': 'Šifrų rinkiniai',
  'check.exchange': 'Exchange ir Windows versijos',
  'check.restart': 'Laukiamas paleidimas iš naujo',
  'state.waiting': 'Laukiama',
  'state.running': 'Vykdoma',
  'state.ok': 'Gerai',
  'state.warning': 'Įspėjimas',
  'state.error': 'Problema',
  'state.unknown': 'Nenuspręsta',
  'evidence.key': 'Raktas',
  'evidence.value': 'Reikšmė',
  'evidence.actual': 'Dabar',
  'evidence.expectedColumn': 'Laukiama',
  'fixes.heading': 'Taisymai',
  'fixes.intro':
    'Tai visi registro pakeitimai. Niekas nekeičiama, kol nespustelėsite „Taikyti pakeitimus“. Pirmiausia išsaugoma atsarginė kopija.',
  'fixes.plan': 'Planas',
  'fixes.apply': 'Taikyti pakeitimus',
  'fixes.applying': 'Taikoma...',
  'fixes.rollback': 'Atšaukti (atkurti iš atsarginės kopijos)',
  'fixes.rolledBack':
    'Atkurta iš {file}: {values, plural, one {# reikšmė grąžinta} few {# reikšmės grąžintos} many {# reikšmės grąžinta} other {# reikšmių grąžinta}} į ankstesnę būseną, {keys, plural, one {pašalintas # taisymo sukurtas raktas} few {pašalinti # taisymo sukurti raktai} many {pašalinta # taisymo sukurto rakto} other {pašalinta # taisymo sukurtų raktų}}.',
  'fixes.rolledBack.kept':
    'Paliktas {key}: jame yra reikšmių, kurių šis produktas niekada nekuria (pašalintos tik jo paties reikšmės).',
  'fixes.rolledBack.verified': 'Nuskaityta atgal: viskas atitinka atsarginę kopiją.',
  'fixes.rolledBack.mismatch': 'Vis dar skiriasi nuo atsarginės kopijos: {list}',
  'fixes.skip.title': 'Praleisti taisymus?',
  'fixes.skip.text':
    '{count, plural, =1 {Registro pakeitimas nepritaikomas} one {# registro pakeitimas nepritaikomas} few {# registro pakeitimai nepritaikomi} many {# registro pakeitimo nepritaikoma} other {# registro pakeitimų nepritaikoma}}: šiame serveryje niekas nepasikeis, o rastos problemos liks. Galite grįžti mygtuku „Atgal“.',
  'fixes.skip.stay': 'Ne, likti čia',
  'fixes.skip.confirm': 'Praleisti taisymus',
  'fixes.cannotApply':
    'Norint taikyti, reikia paleisti vedlį kaip administratorių („Paleisti kaip administratorių“).',
  'fixes.result': 'Rezultatas',
  'fixes.offline':
    'Šis registras yra failas: vedlis ne keičia veikiantį registrą, o įrašo pataisytą kopiją ir taisymo failą.',
  'restart.heading': 'Paleidimas iš naujo',
  'restart.after':
    'Paleidus iš naujo, vedlis atsidarys savaime, dar kartą atliks patikras ir parodys jas šalia ankstesnių.',
  'restart.now': 'Paleisti iš naujo dabar',
  'restart.in': 'Paleisti iš naujo po',
  'restart.minutes': 'min.',
  'restart.schedule': 'Suplanuoti paleidimą iš naujo',
  'restart.cancel': 'Atšaukti suplanuotą paleidimą iš naujo',
  'restart.later': 'Paleisiu iš naujo vėliau',
  'restart.need.none':
    'Paleisti iš naujo nereikia: čia nebuvo pritaikytas joks pakeitimas, o Windows nelaukia paleidimo iš naujo.',
  'restart.need.fixes-skipped':
    'Praleidote taisymus: niekas nepakeista, todėl paleidimas iš naujo kol kas nepadėtų. Rastos problemos liks, kol nebus pritaikyti taisymai.',
  'restart.need.prepared':
    'Taisymas parengtas failuose, bet nepritaikytas. Importavę jį serveryje (reg import "{fix}"), paleiskite tą serverį iš naujo: Windows Schannel parametrus skaito tik paleidžiama.',
  'restart.need.applied':
    'Registras pakeistas: kad pakeitimai įsigaliotų, paleiskite serverį iš naujo.',
  'restart.need.pending':
    'Patikros nustatė, kad Windows laukia paleidimo iš naujo: nuo paskutinio paleidimo atlikti pakeitimai dar negalioja.',
  'restart.command': 'Komanda',
  'restart.fileMode':
    'Šis registras yra failas, o ne šis kompiuteris: niekas nebuvo paleista iš naujo. Importavę taisymą serveryje, iš kurio paimtas registras, paleiskite tą serverį iš naujo.',
  'restart.failed': 'Windows nepriėmė paleidimo iš naujo: {output}',
  'restart.cancelled': 'Suplanuotas paleidimas iš naujo atšauktas.',
  'restart.scheduled':
    'Serveris bus paleistas iš naujo {time}. Kol jis vėl veiks, pašto srautas bus sustojęs.',
  'restart.minutesInvalid': 'Įveskite sveikąjį minučių skaičių nuo 1 iki 10080 (viena savaitė).',
  'restart.confirmTitle': 'Paleisti šį serverį iš naujo?',
  'restart.confirmNow':
    'Serveris bus paleistas iš naujo dabar. Kol vėl veiks Windows ir Exchange (dažnai nuo 5 iki 15 minučių), pašto srautas bus sustojęs, o visi prisijungę naudotojai bus atjungti.',
  'restart.confirmAt':
    'Serveris bus paleistas iš naujo {time} (po {minutes, plural, one {# minutės} few {# minučių} many {# minutės} other {# minučių}}). Kol vėl veiks Windows ir Exchange (dažnai nuo 5 iki 15 minučių), pašto srautas bus sustojęs.',
  'restart.confirm': 'Taip, paleisti iš naujo',
  'restart.dontRestart': 'Ne, grįžti',
  'restart.scheduledAt': 'Paleidimas iš naujo suplanuotas {time}.',
  'verify.heading': 'Prieš taisymą ir po jo',
  'verify.before': 'Prieš',
  'verify.after': 'Dabar',
  'verify.fixed': 'ištaisyta',
  'verify.still': 'vis dar yra',
  'verify.undecided': 'dabar nerodoma, nežinoma, ar ištaisyta',
  'verify.new': 'nauja',
  'verify.foundNow': 'rasta dabar; ankstesnė diagnostika pagal senesnes taisykles to netikrino',
  'verify.machineUnconfirmed':
    'Nepavyko patvirtinti, kad abi diagnozės yra to paties kompiuterio: vienoje jų kompiuterio vardas neįrašytas. Patikrinkite, ar diagnozė prieš taisymą atlikta tame pačiame serveryje.',
  'report.heading': 'Ataskaita',
  'report.intro':
    'Išsaugokite ataskaitą, kad ją pasiliktumėte arba nusiųstumėte vyresniajam administratoriui. Prieš siųsdami ją už įmonės ribų, ją anonimizuokite.',
  'report.redact':
    'Anonimizuoti pagrindinių kompiuterių vardus, adresus, domenus ir el. pašto adresus',
  'report.format': 'Formatas',
  'report.format.html': 'HTML (skaityti ir spausdinti)',
  'report.format.json': 'JSON (scenarijams ir pakartotiniam atidarymui čia)',
  'report.save': 'Išsaugoti ataskaitą',
  'report.download': 'Atsisiųsti kopiją',
  'report.finish': 'Baigti',
  'review.leave': 'Uždaryti ataskaitą ir tikrinti šį serverį',
  'finish.heading': 'Baigta',
  'finish.fixes.skipped': 'Taisymai praleisti: niekas nepakeista.',
  'finish.fixes.notApplied': 'Taisymai nepritaikyti: niekas nepakeista.',
  'finish.fixes.none': 'Registro pakeitimų nereikėjo.',
  'finish.restart.due': 'Vis dar reikia paleisti iš naujo: pakeitimai įsigalios tik po to.',
  'finish.report.none': 'Ataskaita neišsaugota.',
  'finish.next': 'Jei dar liko ką daryti, nusiųskite ataskaitą vyresniajam administratoriui.',
  'finish.reopens': 'Paleidus iš naujo, vedlis atsidarys savaime ir patikrins dar kartą.',
  'finish.again': 'Tikrinti šį serverį dar kartą',
  'report.saved': 'Išsaugota: {file}',
  'review.note':
    'Peržiūrite išsaugotą kompiuterio {machine} ataskaitą, sukurtą {time}. Niekas nevykdoma iš naujo ir nieko iš čia pakeisti negalima.',
  'report.summary': 'Santrauka',
  'menu.view': 'Rodinys',
  'menu.help': 'Žinynas',
  'menu.openLogs': 'Atidaryti žurnalų aplanką',
  'dialog.saveReport': 'Įrašyti ataskaitą',
  'dialog.openReport': 'Atidaryti įrašytą ataskaitą',
  'usage.usage': 'Naudojimas:',
  'usage.options': 'Parinktys:',
  'usage.help': 'rodyti šį žinyną',
  'usage.diagnose.summary':
    'Nuskaito registrą (veikiantį Windows registrą, „reg export“ failus arba demonstracinį serverį), patikrina Schannel, .NET, WinHTTP, šifrų rinkinius, Exchange versiją ir paleidimo iš naujo būseną, tada išveda išvadą su visomis problemomis ir jų įrodymais.',
  'usage.diagnose.registry':
    'analizuoti serveryje komanda „reg export“ sukurtus failus (parinktį galima kartoti arba nurodyti .reg failų aplanką: jie skaitomi kaip vienas registras). Išvadai neužtenka vien Schannel rakto; kai ko nors trūksta, diagnozėje nurodoma ko, kartu su tiksliomis „reg export“ komandomis (žr. docs/collect/).',
  'usage.diagnose.probe': 'taip pat patikrinti serverį per TLS/STARTTLS (galima kartoti)',
  'usage.diagnose.domain': 'taip pat patikrinti nuomotojo Office 365 galinį punktą (jo MX)',
  'usage.diagnose.timeout': 'patikros skirtasis laikas, nuo 100 iki 120000 ms',
  'usage.diagnose.logs':
    'taip pat išanalizuoti SMTP protokolo žurnalus (failą arba aplanką; galima kartoti): jų radiniai įtraukiami į diagnozę (serveryje jo paties žurnalai randami automatiškai)',
  'usage.diagnose.json': 'išvesti JSON (schemaVersion 2)',
  'usage.diagnose.out': 'taip pat išsaugoti diagnozę JSON formatu',
  'usage.diagnose.report':
    'išsaugoti ataskaitą siųsti: FILE.html (vienas savarankiškas puslapis) arba FILE.json (vėl atidaromas vedlyje)',
  'usage.diagnose.redact':
    'ataskaitoje pakeisti pagrindinių kompiuterių vardus, IP adresus, domenus ir el. pašto adresus pakaitalais, kad ją būtų galima bendrinti už įmonės ribų',
  'usage.diagnose.force': 'perrašyti esamą --out arba --report failą',
  'usage.probe.summary':
    'Su kiekvienu nurodytu serveriu bando TLS 1.0, 1.1, 1.2 ir 1.3 (SMTP STARTTLS per 25/587 prievadą, numanomasis TLS per 465 arba su --starttls none) ir parodo, ką jis priima. Keli serveriai tikrinami vienu procesu, po šešiolika vienu metu; jei kurio nors nepavyko pasiekti, išėjimo kodas 3.',
  'usage.probe.starttls': 'smtp: STARTTLS po EHLO; none: TLS nuo pirmojo baito',
  'usage.probe.timeout': 'vienam bandymui, nuo 100 iki 120000 ms',
  'usage.probe.json':
    'išvesti JSON: vienam tiksliniam serveriui – jo rezultatą; keliems – vieną dokumentą \'{\'"probeBatch": 1, "targets", "unreachable", "results": [...]\'}\' su rezultatais nurodyta tvarka',
  'usage.fix.summary':
    'Parodo registro pakeitimus, kurie pašalina radinius; su --apply juos atlieka sukūręs atsarginę kopiją ir, jei kas nors nepavyksta, automatiškai atkuria iš atsarginės kopijos.',
  'usage.fix.dry-run': 'tik parodyti planą (numatyta)',
  'usage.fix.apply':
    'atlikti pakeitimus (veikiančiame registre – su administratoriaus teisėmis; .reg faile – reikia --out)',
  'usage.fix.out': 'naudojant .reg failą – kur įrašyti pataisytą kopiją',
  'usage.fix.backup-dir':
    'kur laikomos atsarginės kopijos (numatyta: %ProgramData%\\MailflowTlsWizard\\backups)',
  'usage.fix.dotnet':
    'taip pat nustatyti .NET TLS jungiklius ten, kur neveikia Exchange (SMTP persiuntimo serveryje)',
  'usage.rollback.summary':
    'Grąžina atsarginėje kopijoje išsaugotas reikšmes (su --newest – iš naujausios kopijos).',
  'usage.rollback.newest': 'naujausia atsarginė kopija atsarginių kopijų aplanke',
  'usage.rollback.backup-dir': 'kur laikomos atsarginės kopijos',
  'usage.rollback.registry': 'atkurti į šios momentinės kopijos kopiją, o ne į veikiantį registrą',
  'usage.rollback.out': 'su --registry – kur įrašyti atkurtą kopiją',
  'usage.restart.summary':
    'Paleidžia Windows iš naujo dabar arba po MINUTES (shutdown.exe) arba atšaukia suplanuotą paleidimą iš naujo; po paleidimo iš naujo vedlys vėl atlieka patikras.',
  'usage.restart.in': 'paleisti iš naujo po 1–10080 minučių',
  'usage.restart.now': 'paleisti iš naujo dabar',
  'usage.restart.cancel': 'atšaukti suplanuotą paleidimą iš naujo',
  'usage.restart.dry-run': 'išvesti komandą, o ne ją vykdyti',
  'usage.verify.summary':
    'Dar kartą atlieka patikras ir parodo jas šalia diagnozės, atliktos prieš taisymą.',
  'usage.verify.before':
    'diagnozė arba JSON ataskaita prieš taisymą (numatyta: ta, kurią išsaugojo vedlys)',
  'usage.report.summary':
    'Iš išsaugotos JSON ataskaitos vėl sukuria HTML puslapį (niekas nevykdoma iš naujo); su --redact sukuriama kopija bendrinti už įmonės ribų.',
  'usage.report.html': 'kur įrašyti puslapį',
  'usage.report.redact':
    'pakeisti pagrindinių kompiuterių vardus, IP adresus, domenus ir el. pašto adresus',
  'usage.report.force': 'perrašyti esamą OUT.html',
  'usage.logs.summary':
    'Nuskaito SMTP siuntimo ir gavimo protokolo žurnalus (ir Schannel įvykius sistemos žurnale) ir parodo, kas iš tikrųjų vyko su Office 365: kurios sesijos nepavyko ir kodėl, kada TLS 1.2 paskutinį kartą veikė, kurie partneriai vis dar naudoja TLS 1.0/1.1, taip pat sesijas prieš taisymą ir po jo.',
  'usage.logs.path':
    'žurnalo failas arba aplankas (visi jame ir poaplankiuose esantys .log failai); Exchange serveryje jo paties SmtpSend/SmtpReceive aplankai randami pagal diegimo kelią',
  'usage.logs.since':
    'tik sesijos nuo DATE: 2024-01-14, 2024-01-14T08:00 (vietos laikas; UTC – pridėkite Z) arba 7d (prieš 7 dienas)',
  'usage.logs.fix-time':
    'skaičiuoti atskirai iki DATE ir po DATE (numatyta: kada buvo pritaikytas vedlio taisymas, pagal jo būsenos failą serveryje)',
  'usage.logs.events':
    'Schannel įvykiai, serveryje išsaugoti su wevtutil (žr. README: wevtutil qe System /q:... /f:xml > FILE.xml); serveryje – skaitomi tiesiogiai',
  'usage.logs.json': 'išvesti JSON (žurnalų schemaVersion 1)',
  'usage.serve.summary':
    'Teikia vedlį tik adresu 127.0.0.1 (Server Core arba be Electron); pirmoji išvesta eilutė – jo adresas su prieigos atpažinimo ženklu.',
  'usage.serve.port': 'nuo 0 iki 65535 (numatyta 0: bet kuris laisvas prievadas)',
  'usage.serve.out-dir': 'kur įrašomi registro failų taisymai ir ataskaitos',
  'usage.serve.verify': 'atidaryti patikrinimo po taisymo veiksmą (po paleidimo iš naujo)',
  'usage.serve.before': 'diagnozė prieš taisymą, skirta --verify',
  'usage.serve.logs':
    'protokolo žurnalų failai arba aplankai, analizuojami per kiekvieną patikrą (galima kartoti)',
  'usage.serve.lang': 'vedlio kalba (numatyta: naršyklės kalba): en, id, lt, vi, zh-CN, ro',
  'usage.opt.registryOne':
    'serveryje sukurtas „reg export“ failas (tik skaitomas, niekada nekeičiamas)',
  'usage.opt.registryMany':
    'serveryje sukurti „reg export“ failai arba aplankas, kurį įrašė rinkimo scenarijus (kartokite parinktį: skaitomi kaip vienas registras, niekada nekeičiami)',
  'usage.opt.demo': 'pridėtas pavyzdinis serveris: {demos}',
  'usage.opt.json': 'išvesti JSON vietoj teksto',
  'usage.tagline': 'Mailflow TLS Wizard: kodėl šis serveris negali naudoti TLS 1.2 su Office 365?',
  'usage.logDir':
    'palaikymo žurnalų aplankas; numatyta %ProgramData%\\MailflowTlsWizard\\logs, ne Windows sistemose – laikinasis aplankas',
  'usage.exitCodes':
    'Kiekviena komanda priima --lang LANG (en, id, lt, vi, zh-CN, ro) žmogui skirtai išvesčiai; numatyta – sistemos kalba, jei jai yra katalogas. JSON išvestis visomis kalbomis vienoda. Išėjimo kodai: 0 – tvarkinga / atlikta, 1 – reikia imtis veiksmų, 2 – netinkami įvesties duomenys arba naudojimas, 3 – netikėta klaida (probe: tikslinis serveris nepasiekiamas), 4 – neaišku (diagnose: registras parodė per mažai; tame, ką parodė, klaidų nerasta; logs: nenuskaityta nė viena žurnalo eilutė).',
  'error.cli.noHelp': 'žinyno apie „{topic}“ nėra; komandų sąrašą parodys „tlswizard --help“',
  'error.cli.langMissing': '--lang reikia kalbos: vienos iš {languages}',
  'error.cli.badLang': '--lang reikšmė turi būti viena iš {languages}, o ne „{value}“',
  'error.cli.unknownCommand':
    'nežinoma komanda „{name}“; komandų sąrašą parodys „tlswizard --help“',
  'error.cli.withHelpHint': '{message}; komandos parinktis parodys „tlswizard {command} --help“',
  'error.cli.unexpected':
    'netikėta klaida: {detail}\n(norėdami gauti išsamios informacijos, nustatykite TLSWIZARD_DEBUG=1)',
  'error.cli.unexpectedBare': 'netikėta klaida: {detail}',
  'error.cli.logDirNeedsFolder': 'parinkčiai --log-dir reikia nurodyti aplanką: --log-dir DIR',
  'error.cli.exists':
    '{file} jau yra; pasirinkite kitą pavadinimą arba pridėkite --force, kad jis būtų pakeistas',
  'error.source.both': 'naudokite arba --registry, arba --demo, ne abu',
  'error.source.unknownDemo': 'nežinomas demonstracinis serveris „{demo}“; yra: {demos}',
  'error.source.noRegistry':
    'šiame {platform} kompiuteryje nėra Windows registro: nurodykite --registry FILE.reg (sukurtą serveryje su „reg export“) arba --demo NAME ({demos})',
  'error.cli.outputIsInput':
    '{file} šios komandos taip pat skaitomas: rašomam failui pasirinkite kitą pavadinimą (įvesties failas niekada nepakeičiamas, net su --force)',
  'error.cli.sameOutput': '{file} nurodytas dviem išvestims: kiekvienai duokite savo pavadinimą',
  'error.cli.noProgramData':
    'aplinkos kintamasis %ProgramData% nenustatytas; nurodykite --backup-dir DIR',
  'error.cli.elevation':
    'Norint keisti registrą, procesas turi veikti su administratoriaus teisėmis. Uždarykite šį langą, dešiniuoju pelės mygtuku spustelėkite „Mailflow TLS Wizard“ (arba komandų eilutę), pasirinkite „Paleisti kaip administratorių“ ir dar kartą paleiskite taisymą. Diagnozei administratoriaus teisių nereikia.',
  'error.diagnose.emptyFolder': '{folder} yra aplankas, kuriame nėra .reg failų',
  'error.diagnose.folderDenied':
    'negalima išvardyti .reg failų aplanke {folder}: prieiga uždrausta. Paleiskite tlswizard kaip naudotojas, kuriam leidžiama skaityti tą aplanką, arba nukopijuokite .reg failus į aplanką, kurį galite skaityti',
  'error.diagnose.folderUnreadable': 'negalima išvardyti .reg failų aplanke {folder}: {reason}',
  'error.diagnose.redactNeedsReport':
    '--redact taikoma ataskaitai: pridėkite --report FILE.html arba FILE.json',
  'error.fix.dryRunOrApply': 'naudokite arba --dry-run, arba --apply, bet ne abi parinktis kartu',
  'error.fix.applyNeedsOut':
    'naudojant .reg failą, --apply įrašo pataisytą kopiją: pridėkite --out PATCHED.reg',
  'error.report.oneReport':
    'nurodykite vieną išsaugotą ataskaitą: tlswizard report FILE.json --html OUT.html',
  'error.report.needHtml': 'nurodykite, kur įrašyti puslapį: --html OUT.html',
  'error.report.htmlName':
    '--html įrašo HTML puslapį: jo pavadinimas turi baigtis .html (ne „{file}“)',
  'error.verify.noBefore':
    'ankstesnės diagnozės įrašo nėra: nurodykite --before FILE.json (išsaugotą komanda tlswizard diagnose --out)',
  'error.verify.redactedReport':
    '{file} yra anonimizuota ataskaita: jos vardai pakeisti, todėl ji negali parodyti, kad yra šio kompiuterio. Nurodykite ataskaitą, išsaugotą be --redact, arba diagnozę, išsaugotą prieš taisymą (tlswizard diagnose --out FILE.json)',
  'error.verify.differentMachines':
    'diagnozė prieš taisymą yra kompiuterio {before}, o naujoji – kompiuterio {after}: tai skirtingi kompiuteriai, todėl nieko negalima laikyti ištaisytu. Paleiskite tlswizard verify kompiuteryje {before}, kuriame ta diagnozė atlikta, arba nurodykite diagnozę, išsaugotą kompiuteryje {after} prieš jo taisymą (tlswizard diagnose --out FILE.json)',
  'error.logs.badDate':
    '{option} „{value}“ nėra data: rašykite 2024-01-14, 2024-01-14T08:00 (vietos laikas; UTC – pridėkite Z) arba 7d (prieš 7 dienas)',
  'error.logs.namePaths':
    'nurodykite protokolo žurnalų failus arba aplankus (nukopijuotus iš serverio); pačiame Exchange serveryje jie randami ir jų nenurodžius',
  'error.logs.missing': '{path}: tokio failo ar aplanko nėra',
  'error.logs.notFileOrFolder': '{path} nėra nei failas, nei aplankas',
  'error.logs.folderUnreadable':
    'negalima išvardyti protokolo žurnalų aplanke {path}: {reason}. Paleiskite tlswizard kaip naudotojas, kuriam leidžiama skaityti tą aplanką (Exchange serverio administratorius), arba nukopijuokite žurnalus į aplanką, kurį galite skaityti',
  'error.serve.badPort': '--port reikšmė turi būti skaičius nuo 0 iki 65535, gauta „{value}“',
  'error.serve.where':
    'Vedlį galima atidaryti tik šiame kompiuteryje (127.0.0.1). Registro failų taisymai ir ataskaitos įrašomi į {outDir}. Norėdami sustabdyti, paspauskite Ctrl+C.',
  'error.serve.noFreeName': 'aplanke {folder} nebeliko laisvo ataskaitos pavadinimo',
  'error.serve.outDirNotFolder':
    'negalima laikyti ataskaitų ir taisymų aplanke {folder}: jis arba aukštesnis aplankas yra failas. Nurodykite aplanką su --out-dir DIR (jei jo nėra, jis sukuriamas)',
  'error.serve.outDirDenied':
    'negalima sukurti aplanko {folder}: prieiga uždrausta. Nurodykite aplanką, į kurį galite rašyti, su --out-dir DIR',
  'error.serve.outDirFailed':
    'negalima sukurti aplanko {folder}: {reason}. Nurodykite kitą aplanką su --out-dir DIR',
  'error.serve.portInUse':
    'prievadą {port} adresu 127.0.0.1 jau naudoja kita programa. Nurodykite laisvą prievadą su --port N arba praleiskite --port, kad būtų paimtas bet kuris laisvas',
  'error.serve.portDenied':
    'šiai paskyrai neleidžiama klausytis prievado {port}. Nurodykite prievadą, didesnį nei 1023, su --port N arba praleiskite --port, kad būtų paimtas bet kuris laisvas',
  'error.restart.chooseOne': 'pasirinkite lygiai vieną iš --in MINUTES, --now arba --cancel',
  'error.restart.badMinutes': '--in reikšmė turi būti sveikasis minučių skaičius, gauta „{value}“',
  'error.restart.notWindows':
    'paleisti iš naujo galima tik patį Windows serverį, o ši sistema yra {platform} (norėdami pamatyti komandą, naudokite --dry-run)',
  'error.restart.delayRange':
    'paleidimo iš naujo delsa turi būti sveikasis minučių skaičius nuo 1 iki {max}, gauta {minutes}',
  'error.restart.badRelaunchPath': 'negalima užregistruoti pakartotinio paleidimo iš kelio {path}',
  'error.state.damaged':
    'failas {file} sugadintas; ištrinkite jį (jame tik pažymima, ar dar reikia paleisti iš naujo)',
  'error.state.notDiagnosis': '{file} nėra tlswizard išsaugota diagnozė',
  'error.state.notDiagnosisJson': '{file} nėra tlswizard išsaugota diagnozė: {detail}',
  'error.json.atLine': 'netinkamas JSON {line} eilutėje, {column} stulpelyje',
  'error.json.atCharacter': 'netinkamas JSON ties {position} simboliu',
  'error.json.endsEarly': 'JSON tekstas baigiasi per anksti',
  'error.json.invalid': 'netinkamas JSON',
  'error.rollback.giveOne': 'nurodykite vieną atsarginės kopijos failą',
  'error.rollback.nameOrNewest': 'nurodykite atsarginės kopijos failą arba naudokite --newest',
  'error.rollback.notBoth':
    'naudokite arba atsarginės kopijos failą, arba --newest, bet ne abu kartu',
  'error.rollback.needOut':
    'naudojant --registry, atkurta registro būsena įrašoma į kopiją: pridėkite --out RESTORED.reg',
  'error.rollback.noBackupIn': 'aplanke {folder} atsarginė kopija nerasta',
  'error.rollback.noBackupFolder':
    'atsarginė kopija nerasta (nėra atsarginių kopijų aplanko: nurodykite --backup-dir DIR)',
  'error.rollback.restored': 'Iš {file} atkurta reikšmių: {values}; pašalinta raktų: {keys}.',
  'error.rollback.notRecorded':
    '{file} nėra atsarginė kopija, kurią šis produktas įrašė šiame kompiuteryje, arba ji pakeista po įrašymo: ji neatkuriama. Jei ja pasitikite, importuokite ją patys (reg import) administratoriaus komandinėje eilutėje.',
  'rollback.notRecordedNote':
    'Pastaba: {file} nėra atsarginė kopija, kurią šis produktas užregistravo šiame kompiuteryje (arba ji pakeista po įrašymo). Jos reikšmės atkuriamos taip, kaip joje parašyta, tik tarp reikšmių, kurias gali keisti taisymas.',
  'error.rollback.kept':
    'Raktas {key} paliktas: jame yra reikšmių arba poraktų, kurių šis produktas niekada nekuria (pašalintos tik jo paties reikšmės).',
  'error.rollback.stillDifferent': 'Vis dar skiriasi: {mismatches}',
  'error.rollback.allMatch': 'Nuskaityta atgal: viskas atitinka atsarginę kopiją.',
  'error.rollback.notBackup':
    '{file}:{line}: tai ne Mailflow TLS Wizard įrašyta atsarginė kopija (netinkamas .reg failas)',
  'error.fixes.outNotReg': '--out turi nurodyti .reg failą, gauta {out}',
  'error.fixes.outExists': '{file} jau yra; nurodykite kitą --out',
  'error.fixes.planChanged':
    'nuo tada, kai buvo parodytas šis planas, pasikeitė registras arba diagnozė: peržiūrėkite naująjį planą, tada jį taikykite',
  'error.fixes.valueChanged':
    '{key}\\{name} pasikeitė po to, kai buvo sudarytas planas (dabar {now}, planuota pagal {planned}): sudarykite planą iš naujo',
  'error.fixes.noBackupPlace':
    'aplinkos kintamasis %ProgramData% nenustatytas: nėra kur laikyti atsarginės kopijos',
  'error.fixes.noBackupFolder':
    'aplinkos kintamasis %ProgramData% nenustatytas: nėra atsarginių kopijų aplanko',
  'error.fixes.noBackup': 'nėra atsarginės kopijos, iš kurios būtų galima atkurti',
  'error.fixes.nonAsciiValue':
    'atsisakyta keisti „{name}“: tekste „{text}“ yra simbolis, kuris nėra paprastasis ASCII simbolis',
  'error.fixes.nonAsciiKey':
    'atsisakyta keisti raktą: tekste „{text}“ yra simbolis, kuris nėra paprastasis ASCII simbolis',
  'error.fixes.badPathValue': 'atsisakyta keisti „{name}“: {reason}',
  'error.fixes.badPathKey': 'atsisakyta keisti raktą: {reason}',
  'error.fixes.notManaged':
    'atsisakyta keisti {key}\\{name}: taisymų variklis įrašo tik jam žinomas TLS 1.2 Schannel, .NET TLS ir WinHTTP reikšmes',
  'error.fixes.notDword':
    'atsisakyta įrašyti {type} tipo reikšmę į {key}\\{name}: ten įrašomos tik REG_DWORD reikšmės',
  'error.fixes.noChangeNeeded':
    'atsisakyta įrašyti {value} į {key}\\{name}: šios reikšmės keisti nereikia',
  'error.fixes.otherValue':
    'atsisakyta įrašyti {value} į {key}\\{name}: taisymų variklis ten įrašo {want}',
  'error.fixes.keyNotManaged':
    'atsisakyta sukurti arba ištrinti raktą {key}: taisymų variklis šio rakto netvarko',
  'error.fixes.restoreType':
    'atsisakyta atkurti {key}\\{name} kaip {type} tipo reikšmę: šio produkto atsarginėje kopijoje ten nebūna tokių didelių reikšmių',
  'error.fixes.otherControlSet':
    'šis eksportas yra atjungtas SYSTEM hive, perskaitytas iš {controlSet}: taisymas rašomas į CurrentControlSet – rinkinį, kurį skaito veikiantis serveris, todėl iš šio failo jo paruošti negalima. Eksportuokite raktus veikiančiame serveryje (docs/collect/collect-tls-registry.cmd) ir paruoškite taisymą iš to eksporto.',
  'error.file.notPlainName':
    'atsisakyta naudoti „{name}“: tai nėra paprastas failo vardas aplanke {folder}',
  'error.file.regExists': '{file} jau yra; pasirinkite kitą pavadinimą',
  'error.write.symlink':
    'negalima įrašyti {file}: tai simbolinė nuoroda (simbolinės nuorodos niekada nesekamos)',
  'error.write.notFile': 'negalima įrašyti {file}: tai ne failas',
  'error.write.other': 'negalima įrašyti {file}: {reason}',
  'error.write.ENOSPC': 'negalima įrašyti {file}: diske nebėra vietos',
  'error.write.EDQUOT': 'negalima įrašyti {file}: išnaudota disko kvota',
  'error.write.EROFS': 'negalima įrašyti {file}: diskas yra tik skaitomas',
  'error.write.EACCES': 'negalima įrašyti {file}: prieiga uždrausta',
  'error.write.ENOENT': 'negalima įrašyti {file}: aplanko, kuriame jis turėtų būti, nėra',
  'error.write.EISDIR': 'negalima įrašyti {file}: tai aplankas',
  'error.write.EEXIST':
    'negalima įrašyti {file}: jis jau yra; pasirinkite kitą pavadinimą (niekas nepakeista)',
  'error.write.ENAMETOOLONG': 'negalima įrašyti {file}: pavadinimas per ilgas',
  'error.write.EFBIG': 'negalima įrašyti {file}: failas būtų per didelis šiam diskui',
  'error.write.EIO': 'negalima įrašyti {file}: diskas pranešė apie įvesties / išvesties klaidą',
  'error.reg.empty': 'failas tuščias; turėtų būti registro eksporto failas',
  'error.reg.tooShort': 'failo dydis tik {bytes} B; turėtų būti registro eksporto failas',
  'error.reg.oddBytes':
    'failas baigiasi {encoding} simbolio viduryje (nelyginis baitų skaičius): panašu, kad jis nepilnas',
  'error.reg.tooLarge8bit':
    'failas per didelis 8 bitų .reg failui, kuriame yra ne vien ASCII simboliai (daugiausia 64 MB)',
  'error.reg.lineTooLong': 'eilutė ilgesnė nei {max} simbolių',
  'error.reg.binary':
    'dvejetainiai duomenys (NUL baitas) 8 bitų tekstiniame faile: tai ne .reg failas',
  'error.reg.cannotOpen': 'nepavyksta atidaryti: {reason}',
  'error.web.hostNotAllowed':
    'Pagrindinis kompiuteris (Host) „{host}“ neleidžiamas: naudokite {allowed}',
  'error.web.badToken':
    'prieigos atpažinimo ženklo nėra arba jis neteisingas: atidarykite adresą, kurį išvedė vedlys',
  'error.reg.badHeader': 'tikėtasi antraštės „{v5}“ arba „{regedit4}“, o rasta {found}',
  'error.reg.badLine':
    'tikėtasi eilutės [KEY], eilutės "name"=value, @=value arba komentaro, prasidedančio ;, o rasta {found}',
  'error.reg.endsMidLine': 'failas baigiasi eilutės viduryje: panašu, kad jis nepilnas',
  'error.reg.keyNotClosed':
    'failas baigiasi iškart po šios eilutės, be tuščios eilutės, kuria reg export sukurtame faile baigiasi kiekvienas raktas: panašu, kad jis nepilnas',
  'error.reg.noHeader': 'nėra antraštės: pirmoje eilutėje tikėtasi „{v5}“ arba „{regedit4}“',
  'error.reg.endsInHex':
    'failas baigiasi šešioliktainės reikšmės, tęsiamos simboliu „\\“, viduryje (ji prasidėjo eilutėje {line}): panašu, kad jis nepilnas',
  'error.reg.noCloseBracket': 'tikėtasi „]“, uždarančio rakto pavadinimą {found}',
  'error.reg.textAfterBracket': 'netikėtas tekstas po „]“: {found}',
  'error.reg.emptyKeyName': 'tuščias rakto pavadinimas tarp [ ]',
  'error.reg.emptyKeyPart':
    'rakto kelyje {found} tarp dviejų kairinių pasvirųjų brūkšnių yra tuščias rakto pavadinimas',
  'error.reg.valueBeforeKey': 'reikšmės eilutė prieš pirmąją eilutę [KEY]',
  'error.reg.valueUnderDeleted': 'reikšmė po [-{key}], nors šį raktą šis failas ištrina',
  'error.reg.noEquals': 'po reikšmės pavadinimo tikėtasi „=“, o rasta {found}',
  'error.reg.textAfterQuote': 'netikėtas tekstas po uždarančiųjų kabučių: {found}',
  'error.reg.badDword': 'po „dword:“ tikėtasi lygiai 8 šešioliktainių skaitmenų, o rasta {found}',
  'error.reg.badData':
    'po „=“ tikėtasi eilutės kabutėse ("..."), dword:, hex:, hex(N): arba -, o rasta {found}',
  'error.reg.nameNotClosed': 'reikšmės pavadinimas neuždarytas dvigubomis kabutėmis: {found}',
  'error.reg.stringNotClosed': 'eilutės reikšmė neuždaryta dvigubomis kabutėmis: {found}',
  'error.reg.nameBadEscape':
    'reikšmės pavadinime kairinis pasvirasis brūkšnys turi būti padvigubintas (\\\\), ekranuoti kabutes (\\") arba žymėti eilutės lūžį (\\r, \\n), o rasta {found}',
  'error.reg.stringBadEscape':
    'eilutės reikšmėje kairinis pasvirasis brūkšnys turi būti padvigubintas (\\\\), ekranuoti kabutes (\\") arba žymėti eilutės lūžį (\\r, \\n), o rasta {found}',
  'error.reg.badHexByte': 'ties {found} tikėtasi šešioliktainio baito (nuo 00 iki ff)',
  'error.reg.noHexComma': 'ties {found} tarp šešioliktainių baitų tikėtasi „,“',
  'error.regPath.unknownRoot':
    'nežinomas šakninis raktas „{root}“ kelyje „{path}“: tikėtasi HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU), HKEY_CLASSES_ROOT (HKCR), HKEY_USERS (HKU) arba HKEY_CURRENT_CONFIG (HKCC)',
  'error.regPath.emptyName':
    'kelyje „{path}“ tarp dviejų kairinių pasvirųjų brūkšnių yra tuščias rakto pavadinimas',
  'error.read.reason.missing': 'tokio failo nėra',
  'error.read.reason.folder': 'tai aplankas, o ne failas',
  'error.read.reason.notAFile': 'tai ne įprastas failas (tai įrenginys, kanalas arba lizdas)',
  'error.read.reason.tooLarge':
    'jis didesnis nei {size}, o toks failas paprastai būna gerokai mažesnis',
  'error.read.reason.denied': 'prieiga uždrausta',
  'error.read.reason.other': 'jo nepavyko perskaityti',
  'error.read.missing': 'negalima perskaityti {file}: tokio failo nėra',
  'error.read.folder': 'negalima perskaityti {file}: tai aplankas, o ne failas',
  'error.read.notAFile':
    'negalima perskaityti {file}: tai ne įprastas failas (tai įrenginys, kanalas arba lizdas)',
  'error.read.tooLarge':
    'negalima perskaityti {file}: jis didesnis nei {size}, o toks failas paprastai būna gerokai mažesnis',
  'error.read.denied': 'negalima perskaityti {file}: prieiga uždrausta',
  'error.read.other': 'negalima perskaityti {file}: jo nepavyko perskaityti',
  'error.read.detail': 'negalima perskaityti {file}: {detail}',
  'error.liveRegistry.wshPolicy':
    'Windows Script Host išjungtas strategijos parametru ({key}\\Enabled = 0)',
  'error.liveRegistry.cscriptNotStarted': 'nepavyko paleisti cscript.exe ({detail})',
  'error.liveRegistry.cscriptTimeout':
    'bandomasis cscript.exe paleidimas nesibaigė per {seconds} s',
  'error.liveRegistry.cscriptFailed':
    'bandomasis cscript.exe paleidimas nepavyko (išėjimo kodas {code})',
  'error.liveRegistry.cscriptFailedSaid':
    'bandomasis cscript.exe paleidimas nepavyko (išėjimo kodas {code}: {said})',
  'error.liveRegistry.noCscript': 'aplanke {folder} nėra cscript.exe',
  'error.liveRegistry.noVbscript': 'VBScript neįdiegtas (aplanke {folder} nėra vbscript.dll)',
  'error.liveRegistry.regeditFailed': 'nepavyko atidaryti regedit ({detail})',
  'error.liveRegistry.bothFailed':
    'negalima perskaityti registro: {reason}, be to, nepavyko ir native-reg ({detail})',
  'error.liveRegistry.fallback': '{reason}: registras skaitomas per native-reg, o ne per regedit.',
  'error.cli.unknownOption': "Nežinoma parinktis ''{option}''",
  'error.cli.unknownOptionDashDash':
    "Nežinoma parinktis ''{option}''. Jei norite nurodyti pozicinį argumentą, prasidedantį simboliu '-', įrašykite jį komandos pabaigoje po '--', pavyzdžiui, ''-- \"{option}\"",
  'error.cli.optionNeedsValue': "Trūksta parinkties ''{option} <value>'' argumento",
  'error.cli.optionAmbiguous':
    "Parinkties ''{option}'' argumentas dviprasmiškas.\nGal pamiršote nurodyti parinkties ''{option}'' argumentą?\nJei norite nurodyti parinkties argumentą, prasidedantį brūkšneliu, naudokite ''{option}=-XYZ''.",
  'error.cli.optionTakesNoValue': "Parinktis ''{option}'' argumento nepriima",
  'error.cli.registryHint': '{message} (registro eksportas nurodomas taip: --registry {file})',
  'error.cli.unexpectedArgument':
    "Netikėtas argumentas ''{argument}''. Ši komanda nepriima pozicinių argumentų",
  'restart.need.unknown':
    'Nežinoma, ar Windows laukia paleidimo iš naujo: nuskaitytas registras to nerodo. Čia nieko nepakeista.',
  'fixes.nothingKnown':
    'Iš to, ką parodė registras, nepavyko suplanuoti jokio registro pakeitimo; tai neįrodo, kad jo nereikia (žr., ko trūksta, žingsnyje „Patikros“).',
  'checks.targets.hint.local':
    'Pasiūlyta vietinė SMTP tarnyba. Įveskite savo priimtąjį domeną, kad pridėtumėte Office 365 galinį punktą; redaguokite, pašalinkite arba pridėkite tarpinį serverį (smart host).',
  'checks.targets.hint.office365':
    'Pasiūlytas jūsų Office 365 galinis punktas. Redaguokite, pašalinkite arba pridėkite tarpinį serverį (smart host).',
  'checks.targets.hint.none':
    'Serverių nepasiūlyta: įveskite savo priimtąjį domeną, kad rastumėte Office 365 galinį punktą, arba pridėkite tarpinį serverį (smart host).',
  'checks.next.step': 'Toliau: {step}. Rastoms problemoms registro pakeitimų neplanuojama.',
  'checks.next.advice':
    'Toliau: rastoms problemoms registro pakeitimų neplanuojama. Atlikite tai, kas nurodyta kiekvienos toliau pateiktos problemos išsamioje informacijoje (pradėkite nuo rimčiausios), tada dar kartą atlikite patikras.',
  'fixes.apply.title': 'Keisti šio serverio registrą?',
  'fixes.apply.text':
    'Išsaugojus atsarginę kopiją, {count, plural, one {# registro reikšmė nustatoma} few {# registro reikšmės nustatomos} many {# registro reikšmės nustatoma} other {# registro reikšmių nustatoma}} taip, kaip rodo planas. Pakeitimai įsigalios paleidus iš naujo; „Atšaukti“ juos atkurs iš atsarginės kopijos.',
  'fixes.apply.keep': 'Ne, nieko nekeisti',
  'fixes.apply.confirm': 'Taip, taikyti',
  'fixes.apply.fileTitle': 'Įrašyti taisymą į failus?',
  'fixes.apply.fileText':
    '{count, plural, =1 {Registro pakeitimas įrašomas} one {# registro pakeitimas įrašomas} few {# registro pakeitimai įrašomi} many {# registro pakeitimo įrašoma} other {# registro pakeitimų įrašoma}} į taisymo failą, kurį reikia importuoti serveryje, kartu su pataisyta šio registro failo kopija ir atsargine kopija, kuri jį atšaukia. Serveryje niekas nepasikeis, kol ten nebus importuotas taisymo failas.',
  'fixes.apply.fileConfirm': 'Taip, įrašyti failus',
  'fixes.rollback.title': 'Atšaukti pakeitimus?',
  'fixes.rollback.text':
    'Taisymo pakeistos registro reikšmės atkuriamos iš atsarginės kopijos {file}, o jo sukurti raktai pašalinami. Ankstesni parametrai įsigalios po kito paleidimo iš naujo.',
  'fixes.rollback.keep': 'Ne, palikti pakeitimus',
  'fixes.rollback.confirm': 'Taip, atšaukti',
  'restart.why.applied':
    'Windows Schannel parametrus skaito tik paleidžiama ir dėl jų pati neprimena, kad reikia paleisti iš naujo. Kol serveris nebus paleistas iš naujo, ką tik atlikti pakeitimai negalios.',
  'restart.why.pending':
    'Paleidus iš naujo, Windows užbaigs tai, ko laukia: pavyzdžiui, naujinimą, diegimą arba nuo paleidimo pakeistą parametrą.',
  'restart.pending.fixesSkipped':
    'Praleidote taisymus: šis paleidimas iš naujo jų nepritaikys, o problemos, kurias jie išsprendžia, liks.',
  'restart.offline.pending':
    'Patikros nustatė, kad serverio, iš kurio paimtas šis registras, Windows laukia paleidimo iš naujo. Šis registras yra failas, todėl iš čia niekas nepaleidžiama iš naujo: paleiskite iš naujo patį tą serverį tuo metu, kai pašto srautas gali sustoti.',
  'finish.restart.pending':
    'Vis dar reikia paleisti iš naujo: patikros nustatė, kad Windows laukia paleidimo iš naujo.',
}
