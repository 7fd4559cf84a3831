/** The Indonesian (id) catalog: every English message, in Bahasa Indonesia, registry names and error strings unchanged. */
import type { Catalog } from './translate'

export const id: Catalog = {
  'verdict.healthy':
    'Sehat: server ini dapat menggunakan TLS 1.2 dengan Office 365, sejauh yang ditunjukkan registri, dan registri menunjukkan semua yang diperlukan.',
  'verdict.action-needed':
    'Perlu tindakan: server ini tidak dapat menggunakan TLS 1.2 dengan Office 365 secara andal.',
  'verdict.inconclusive':
    'Belum dapat disimpulkan: registri tidak menunjukkan cukup data untuk menentukan apakah server ini dapat menggunakan TLS 1.2 dengan Office 365. Tidak ada masalah yang ditemukan dalam data yang ditunjukkannya.',
  'severity.error': 'KESALAHAN',
  'severity.warning': 'PERINGATAN',
  'severity.info': 'INFO',
  'evidence.notSet': 'tidak diatur',
  'evidence.expected': 'seharusnya',
  'evidence.fixes': 'perbaikan',
  'evidence.item.key': '(kunci)',
  'evidence.item.state': 'status',
  'evidence.item.stateFile': 'file status Mailflow TLS Wizard',
  'evidence.item.schannelDefault': 'Schannel dengan default sistem',
  'evidence.item.certificateValidTo': 'sertifikat berlaku hingga (validTo)',
  'evidence.item.certificateNames': 'nama dalam sertifikat',
  'evidence.item.certificateChain': 'rantai sertifikat',
  'evidence.item.lastO365Failure': 'kegagalan Office 365 terakhir',
  'evidence.item.lastO365Success': 'keberhasilan TLS Office 365 terakhir',
  'evidence.item.starttlsRefused': 'sesi yang ditolak karena tidak memakai STARTTLS',
  'evidence.item.logFiles': 'file log',
  'evidence.item.read': 'pembacaan',
  'evidence.item.event': 'peristiwa',
  'evidence.item.alert': 'alert {alert}',
  'evidence.item.buildTable': 'Tabel build Exchange dalam versi Mailflow TLS Wizard ini',
  'evidence.item.tableDate': 'tanggal',
  'evidence.found.set': 'diatur',
  'evidence.found.exists': 'ada',
  'evidence.found.nonZero': 'bukan nol',
  'evidence.found.notExported': 'tidak ada dalam ekspor',
  'evidence.found.keyNotValue': 'sebuah kunci, bukan nilai',
  'evidence.found.values': '{count, plural, =0 {tidak ada nilai} other {# nilai}}',
  'evidence.found.notOffered': 'tidak ditawarkan',
  'evidence.want.defined': 'didefinisikan',
  'evidence.want.sameAsSide': 'sama dengan {side}',
  'evidence.want.sameAsIn': 'sama dengan di {controlSet}',
  'evidence.want.zeroOrOne': '0 atau 1',
  'evidence.want.healthChecker': 'Health Checker menunjukkan {state}',
  'evidence.want.optionalHardening': '0 (penguatan keamanan opsional)',
  'evidence.want.winhttpTls12': 'mencakup 0x800 (TLS 1.2)',
  'evidence.want.absent': 'tidak ada',
  'evidence.want.restartAfter': 'mulai ulang setelah waktu ini',
  'evidence.want.atLeastOneOf': 'setidaknya satu dari {suites}',
  'evidence.want.oneUntil': '1 sampai {build} terinstal',
  'evidence.want.orLater': '{build} atau yang lebih baru',
  'evidence.want.dotnetOrLater': '.NET {version} ({release} atau lebih baru)',
  'evidence.want.orExchangeSe': '{build} atau Exchange SE',
  'evidence.want.supportedProduct':
    'produk yang didukung (Exchange SE; dukungan {product} berakhir {date})',
  'evidence.want.exSetupVersion': 'versi file ExSetup.exe (tls-exsetup.txt dari skrip pengumpulan)',
  'evidence.want.readable': 'dapat dibaca',
  'evidence.want.recentTable': 'tidak lebih dari enam bulan sebelum diagnosis',
  'evidence.want.softwareExported':
    'diekspor bersama .NET, WinHTTP, Exchange, dan kebijakan cipher suite (HKLM\\SOFTWARE)',
  'evidence.want.buildNumber': 'nomor build',
  'evidence.want.buildNumberWhy': 'nomor build (default Schannel bergantung padanya)',
  'evidence.want.schannelExported': 'diekspor (setiap Windows memilikinya)',
  'evidence.want.controlSetInExport': 'nomor control set yang ada dalam ekspor',
  'evidence.want.ciphersKnown':
    'diekspor, atau build Windows diketahui (daftar default-nya yang berlaku)',
  'evidence.want.valueKnown':
    'diatur, atau build Windows diketahui (nilai yang tidak ada memakai default-nya)',
  'evidence.want.namesControlSet': 'menunjuk control set yang sedang digunakan',
  'evidence.want.nowhere': 'tidak di mana pun: Schannel tidak membacanya; hapus',
  'evidence.want.nowhereSide':
    'tidak di mana pun: Schannel tidak membacanya; hapus (kunci protokol hanya memiliki Client dan Server)',
  'evidence.want.nowhereValue':
    'tidak di mana pun: Schannel tidak membacanya; hapus (Schannel hanya membaca Enabled dan DisabledByDefault)',
  'evidence.want.bothSides': '{key}\\Client dan \\Server',
  'evidence.want.valueIn': '{key}, nilai {value} (DWORD)',
  'evidence.want.valueInBothSides': '{key}\\Client dan \\Server, nilai {value} (DWORD)',
  'evidence.want.connection': 'koneksi',
  'evidence.want.offered': 'ditawarkan',
  'evidence.want.smtpToTls': 'salam pembuka 220, lalu 220 untuk STARTTLS',
  'evidence.want.futureDate': 'tanggal di masa depan',
  'evidence.want.trustedRoot': 'sertifikat akar tepercaya',
  'evidence.want.sessionAfter': 'sesi TLS sesudahnya',
  'evidence.want.afterLastFailure': 'setelah kegagalan terakhir',
  'evidence.want.atLeastOne': 'minimal 1',
  'evidence.want.protocolLog': 'log protokol',
  'finding.tls12-not-enabled.title': 'TLS 1.2 nonaktif untuk sisi {sides}',
  'finding.tls12-not-enabled.advice':
    'Schannel tidak akan menggunakan TLS 1.2 di sini ({os}), sehingga Office 365 memutus koneksi (421 4.4.2 ... SocketError). Atur Enabled=1 dan DisabledByDefault=0 di bawah TLS 1.2\\Client maupun TLS 1.2\\Server, lalu mulai ulang server.',
  'finding.tls12-not-enabled.both.title': 'TLS 1.2 nonaktif untuk sisi klien dan server',
  'finding.tls12-not-enabled.client.title': 'TLS 1.2 nonaktif untuk sisi klien',
  'finding.tls12-not-enabled.server.title': 'TLS 1.2 nonaktif untuk sisi server',
  'finding.tls12-not-enabled.both.advice':
    'Office 365 hanya menerima email melalui TLS 1.2 atau yang lebih baru, sehingga email gagal di kedua arah (421 4.4.2 Connection dropped due to SocketError). Nilai-nilai di bawah ini yang menentukannya: Enabled=0 menonaktifkan TLS 1.2, DisabledByDefault yang bukan nol membuatnya tetap nonaktif kecuali jika program memintanya secara eksplisit, dan nilai yang tidak diatur mengikuti default {os}. Atur Enabled=1 dan DisabledByDefault=0 di bawah TLS 1.2\\Client dan TLS 1.2\\Server, lalu mulai ulang server.',
  'finding.tls12-not-enabled.client.advice':
    'Server ini mengirim ke Office 365 sebagai klien TLS (Schannel Client), dan Office 365 hanya menerima TLS 1.2 atau yang lebih baru, sehingga pengiriman gagal (421 4.4.2 Connection dropped due to SocketError). Nilai-nilai di bawah ini yang menentukannya: Enabled=0 menonaktifkan TLS 1.2, DisabledByDefault yang bukan nol membuatnya tetap nonaktif kecuali jika program memintanya secara eksplisit, dan nilai yang tidak diatur mengikuti default {os}. Atur Enabled=1 dan DisabledByDefault=0 di bawah TLS 1.2\\Client dan TLS 1.2\\Server, lalu mulai ulang server.',
  'finding.tls12-not-enabled.server.advice':
    'Office 365 terhubung ke server ini sebagai klien TLS dan hanya menggunakan TLS 1.2 atau yang lebih baru; Schannel Server yang menjawabnya, sehingga email dari Office 365 gagal. Nilai-nilai di bawah ini yang menentukannya: Enabled=0 menonaktifkan TLS 1.2, DisabledByDefault yang bukan nol membuatnya tetap nonaktif kecuali jika program memintanya secara eksplisit, dan nilai yang tidak diatur mengikuti default {os}. Atur Enabled=1 dan DisabledByDefault=0 di bawah TLS 1.2\\Client dan TLS 1.2\\Server, lalu mulai ulang server.',
  'finding.tls12-misconfigured.title': 'Kunci Client dan Server TLS 1.2 tidak sama',
  'finding.tls12-misconfigured.advice':
    'Health Checker menyebut ini Misconfigured: Client dan Server berbeda pada Enabled atau pada DisabledByDefault, sehingga pengiriman dan penerimaan berperilaku berbeda. Beri keduanya Enabled=1 dan DisabledByDefault=0.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 setengah nonaktif',
  'finding.tls12-half-disabled.advice':
    'Health Checker menyebut ini Half Disabled: Enabled dan DisabledByDefault menunjuk ke arah yang berlawanan. Gunakan Enabled=1 dengan DisabledByDefault=0.',
  'finding.tls12-half-disabled.off-yet-default-on.title':
    'TLS 1.2 dinonaktifkan meskipun DisabledByDefault bernilai 0',
  'finding.tls12-half-disabled.off-yet-default-on.advice':
    'Health Checker menyebut ini Half Disabled: Enabled=0 menonaktifkan TLS 1.2, sedangkan DisabledByDefault=0 menyatakan bahwa program sebaiknya menggunakannya. Schannel mengikuti Enabled, sehingga TLS 1.2 nonaktif. Atur Enabled=1.',
  'finding.tls12-half-disabled.on-yet-default-off.title':
    'TLS 1.2 aktif tetapi nonaktif secara default',
  'finding.tls12-half-disabled.on-yet-default-off.advice':
    'Health Checker menyebut ini Half Disabled: Enabled aktif, tetapi DisabledByDefault yang bukan nol membuat TLS 1.2 tetap nonaktif untuk setiap program yang tidak memintanya secara eksplisit, termasuk Exchange. Atur DisabledByDefault=0.',
  'finding.tls12-half-disabled.default-off-by-windows.title':
    'TLS 1.2 aktif tetapi {os} membuatnya nonaktif secara default',
  'finding.tls12-half-disabled.default-off-by-windows.advice':
    'Enabled aktif, tetapi DisabledByDefault tidak diatur, dan pada {os} itu berarti nonaktif secara default: program yang tidak meminta TLS 1.2 secara eksplisit, termasuk Exchange, tidak menggunakannya. Health Checker, yang membaca nilai yang tidak ada sebagai 0 di setiap versi Windows, akan menyebut ini Enabled. Atur DisabledByDefault=0.',
  'finding.schannel-values-undefined.title':
    '{count, plural, other {# nilai Schannel tidak didefinisikan}}',
  'finding.schannel-values-undefined.advice':
    'Nilai yang tidak ada akan mengikuti default Windows, yang berbeda-beda antarversi dan antarpembaruan Windows. Health Checker meminta nilai-nilai ini didefinisikan agar hasilnya konsisten.',
  'finding.schannel-misconfigured.title': '{versions}: kunci Client dan Server tidak sama',
  'finding.schannel-misconfigured.advice':
    'Health Checker menyebut ini Misconfigured dan menandainya dengan warna merah: pengiriman dan penerimaan menggunakan aturan yang berbeda untuk versi-versi ini. Ini tidak menghentikan email dengan Office 365, yang menggunakan TLS 1.2, tetapi beri Client dan Server nilai yang sama.',
  'finding.schannel-half-disabled.title':
    '{versions}: Enabled dan DisabledByDefault saling bertentangan',
  'finding.schannel-half-disabled.advice':
    'Health Checker menyebut ini Half Disabled dan menandainya dengan warna merah. Ini tidak menghentikan email dengan Office 365, yang menggunakan TLS 1.2; untuk menonaktifkan suatu versi, gunakan Enabled=0 dengan DisabledByDefault=1; untuk membiarkannya aktif, gunakan Enabled=1 dengan DisabledByDefault=0.',
  'finding.schannel-value-not-0-or-1.title':
    '{count, plural, other {# nilai Schannel bukan 0 ataupun 1}}',
  'finding.schannel-value-not-0-or-1.advice':
    'Windows membaca setiap nilai yang bukan nol sebagai 1, jadi ini tidak mengubah apa pun untuk email. Health Checker hanya menerima 0 dan 1 dan melaporkan nilai-nilai ini sebagai kesalahan; atur ke 0 atau 1 agar kedua alat sepakat.',
  'finding.schannel-state-differs-from-health-checker.title':
    'Health Checker akan menamai status {versions} secara berbeda',
  'finding.schannel-state-differs-from-health-checker.advice':
    'Health Checker membaca Enabled yang tidak ada sebagai aktif (sebagai nonaktif untuk TLS 1.3) dan DisabledByDefault yang tidak ada sebagai 0 di setiap versi Windows. Schannel pada {os} tidak demikian: nilai yang tidak ada mengikuti default versi Windows tersebut, dan diagnosis ini mengikuti Schannel. Jika nilai-nilai tersebut didefinisikan, kedua alat akan sepakat.',
  'finding.schannel-keys-misplaced.title':
    '{count, plural, other {# kunci atau nilai TLS berada di tempat yang tidak dibaca Windows}}',
  'finding.schannel-keys-misplaced.advice':
    'Schannel hanya membaca {protocols}\\TLS 1.x\\Client dan \\Server, dengan nilai DWORD Enabled dan DisabledByDefault. Entri di bawah ini (sering diketik dari artikel hasil terjemahan mesin: TLS 1,2, klien, diaktifkan, ...) tidak mengubah apa pun. Setiap baris menyebutkan tempat yang benar. Buat entri yang benar (perbaikan TLS 1.2 melakukannya), lalu hapus entri-entri ini secara manual di regedit: menghapusnya aman, dan alat ini tidak pernah menghapus apa pun di luar nilai yang dikelolanya.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 tidak diatur untuk menggunakan pengaturan TLS sistem',
  'finding.dotnet-tls-not-configured.advice':
    'Tanpa SystemDefaultTlsVersions=1 dan SchUseStrongCrypto=1 (di kedua tampilan registri), kode .NET di Exchange mungkin masih memilih TLS 1.0.',
  'finding.dotnet-tls-not-configured.relay.title':
    '.NET Framework 4 tidak diatur untuk menggunakan pengaturan TLS sistem (tidak dipakai untuk email di sini)',
  'finding.dotnet-tls-not-configured.relay.advice':
    'Server ini merelai email dengan layanan SMTP IIS (SMTPSVC), yang menggunakan Schannel tanpa .NET, sehingga sakelar ini tidak memengaruhi emailnya. Perangkat lunak .NET lain di server ini mungkin masih memilih TLS 1.0: atur SystemDefaultTlsVersions=1 dan SchUseStrongCrypto=1 di kedua tampilan registri.',
  'finding.dotnet-tls-not-configured.no-exchange.title':
    '.NET Framework 4 tidak diatur untuk menggunakan pengaturan TLS sistem (tidak ada Exchange di sini)',
  'finding.dotnet-tls-not-configured.no-exchange.advice':
    'Exchange tidak terinstal di sini, jadi sakelar ini hanya berpengaruh jika perangkat lunak yang mengirim email dari server ini dibangun di atas .NET. Perangkat lunak seperti itu mungkin masih memilih TLS 1.0: atur SystemDefaultTlsVersions=1 dan SchUseStrongCrypto=1 di kedua tampilan registri.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 tidak diatur untuk menggunakan pengaturan TLS sistem',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 menjalankan kode .NET 3.5: atur SystemDefaultTlsVersions=1 dan SchUseStrongCrypto=1 di bawah v2.0.50727 di kedua tampilan (memerlukan pembaruan TLS untuk .NET 3.5.1).',
  'finding.dotnet-version-below-guidance.title':
    '.NET Framework {dotnet} lebih lama daripada yang dianjurkan panduan TLS 1.2',
  'finding.dotnet-version-below-guidance.advice':
    'Untuk TLS 1.2 dengan Office 365, Microsoft meminta .NET Framework 4.7.1 atau yang lebih baru pada Exchange 2013 CU19, 2016 CU8, dan yang lebih baru. {build} dibuat untuk .NET {wanted}: instal versi tersebut (instal CU Exchange terlebih dahulu jika diperlukan CU yang lebih baru).',
  'finding.dotnet-version-unsupported.title':
    '.NET Framework {dotnet} bukan versi yang dirancang untuk {build}',
  'finding.dotnet-version-unsupported.advice':
    'Exchange hanya mendukung versi .NET yang tercantum dalam matriks dukungannya untuk setiap pembaruan kumulatif; Health Checker merekomendasikan .NET {wanted} untuk pembaruan kumulatif ini.',
  'finding.dotnet-version-unsupported.older.title':
    '.NET Framework {dotnet} lebih lama daripada versi yang dirancang untuk {build}',
  'finding.dotnet-version-unsupported.older.advice':
    'Health Checker merekomendasikan .NET {wanted} untuk pembaruan kumulatif ini (versi tertinggi yang didukungnya). Instal versi tersebut di luar jam kerja: instalasinya memerlukan mulai ulang.',
  'finding.dotnet-version-unsupported.newer.title':
    '.NET Framework {dotnet} lebih baru daripada yang didukung {build}',
  'finding.dotnet-version-unsupported.newer.advice':
    'Pembaruan kumulatif ini mendukung .NET hingga {wanted}. Instal pembaruan kumulatif Exchange yang mendukung .NET {dotnet}, atau jangan instal .NET yang lebih baru sebelum Exchange mendukungnya.',
  'finding.winhttp-tls12-missing.title': 'WinHTTP tidak menawarkan TLS 1.2 secara default',
  'finding.winhttp-tls12-missing.advice':
    'Pada {os}, instal KB3140245 dan tambahkan 0x800 ke DefaultSecureProtocols (kedua tampilan), dengan mempertahankan bit lainnya.',
  'finding.cipher-suites-no-tls12.title':
    'Urutan cipher suite tidak memuat satu pun suite yang diterima Office 365',
  'finding.cipher-suites-no-tls12.advice':
    'Untuk TLS 1.2, Office 365 hanya menerima: {office365}. Daftar di bawah ini tidak memuat satu pun di antaranya, sehingga jabat tangan gagal karena tidak ada cipher suite yang sama (peristiwa Schannel 36874) meskipun TLS 1.2 aktif.',
  'finding.cipher-suites-no-tls12.policy.title':
    'Daftar cipher suite kebijakan grup tidak memuat satu pun suite yang diterima Office 365',
  'finding.cipher-suites-no-tls12.policy.advice':
    'Untuk TLS 1.2, Office 365 hanya menerima: {office365}. Tidak satu pun dari {count} suite dalam daftar kebijakan grup (SSL Cipher Suite Order, yang mengesampingkan urutan lokal) termasuk di antaranya, sehingga jabat tangan TLS 1.2 gagal karena tidak ada cipher suite yang sama (peristiwa Schannel 36874). Tambahkan setidaknya satu di antaranya ke kebijakan, lalu mulai ulang.',
  'finding.cipher-suites-no-tls12.local.title':
    'Daftar cipher suite lokal tidak memuat satu pun suite yang diterima Office 365',
  'finding.cipher-suites-no-tls12.local.advice':
    'Untuk TLS 1.2, Office 365 hanya menerima: {office365}. Tidak satu pun dari {count} suite dalam urutan lokal (tidak dikesampingkan oleh kebijakan grup) termasuk di antaranya, sehingga jabat tangan TLS 1.2 gagal karena tidak ada cipher suite yang sama (peristiwa Schannel 36874). Tambahkan setidaknya satu di antaranya, lalu mulai ulang.',
  'finding.exchange-build-no-tls12.title': '{build} tidak dapat menggunakan TLS 1.2 pada SMTP',
  'finding.exchange-build-no-tls12.advice':
    'Tidak ada perubahan registri yang dapat membantu build ini. Instal setidaknya {minimum}, sebaiknya pembaruan terbaru, lalu jalankan pemeriksaan lagi.',
  'finding.exchange-build-below-guidance.title':
    '{build} lebih lama daripada yang dianjurkan panduan TLS 1.2',
  'finding.exchange-build-below-guidance.advice':
    'Microsoft merekomendasikan setidaknya {minimum} untuk TLS 1.2 dengan Office 365. Rencanakan pembaruannya.',
  'finding.exchange-out-of-support.title': '{product} sudah tidak didukung sejak {date}',
  'finding.exchange-out-of-support.advice':
    'Microsoft tidak lagi memperbaikinya atau merilis pembaruan keamanan untuknya, termasuk pembaruan terkait TLS. Alur email dengan Office 365 tidak berhenti pada tanggal tersebut, tetapi masalah apa pun yang ditemukan sesudahnya tidak akan diperbaiki. Produk yang didukung adalah Exchange Server Subscription Edition (SE).',
  'finding.exchange-out-of-support.in-place.title': '{product} sudah tidak didukung sejak {date}',
  'finding.exchange-out-of-support.in-place.advice':
    'Microsoft tidak lagi memperbaikinya atau merilis pembaruan keamanan untuknya, termasuk pembaruan terkait TLS. Produk yang didukung adalah Exchange Server Subscription Edition (SE): Exchange 2019 CU14 atau CU15 dapat ditingkatkan ke SE secara langsung (in-place), seperti menginstal CU.',
  'finding.exchange-out-of-support.migrate.title': '{product} sudah tidak didukung sejak {date}',
  'finding.exchange-out-of-support.migrate.advice':
    'Microsoft tidak lagi memperbaikinya atau merilis pembaruan keamanan untuknya, termasuk pembaruan terkait TLS. Produk yang didukung adalah Exchange Server Subscription Edition (SE): instal server SE di samping server ini, lalu pindahkan kotak surat dan alur email ke server tersebut (SE tidak dapat meningkatkan Exchange 2016 secara langsung).',
  'finding.exchange-out-of-support.migrate-twice.title':
    '{product} sudah tidak didukung sejak {date}',
  'finding.exchange-out-of-support.migrate-twice.advice':
    'Microsoft tidak lagi memperbaikinya atau merilis pembaruan keamanan untuknya, termasuk pembaruan terkait TLS. Produk yang didukung adalah Exchange Server Subscription Edition (SE), yang tidak dapat berada dalam satu organisasi dengan versi ini: pindah ke Exchange 2016 atau 2019 terlebih dahulu, lalu ke SE.',
  'finding.exchange-cu-not-supported.title': '{cu} bukan lagi pembaruan kumulatif yang didukung',
  'finding.exchange-cu-not-supported.advice':
    'Microsoft hanya mendukung pembaruan kumulatif terbaru, dan hanya merilis pembaruan keamanan untuk pembaruan kumulatif tersebut. Server ini menjalankan {build}; yang terbaru adalah {latestCu} (dirilis {latestDate}). Instal pembaruan itu, lalu pembaruan keamanan terbarunya.',
  'finding.exchange-updates-behind.title':
    '{build} tertinggal {count, plural, other {# pembaruan}}',
  'finding.exchange-updates-behind.advice':
    'Pembaruan terbaru untuk pembaruan kumulatif ini adalah {latest} (dirilis {date}). Setiap pembaruan sudah mencakup pembaruan sebelumnya: instal yang terbaru.',
  'finding.exchange-updates-behind.rollups.title':
    '{build} tertinggal {count, plural, other {# rollup pembaruan}}',
  'finding.exchange-updates-behind.rollups.advice':
    'Rollup pembaruan terakhir untuk Exchange 2010 SP3 adalah {latest} (dirilis {date}). Setiap rollup sudah mencakup rollup sebelumnya: instal yang terakhir.',
  'finding.exchange-update-level-unknown.title':
    'Pembaruan keamanan yang terinstal di {product} tidak diketahui',
  'finding.exchange-update-level-unknown.advice':
    'Versi yang ditampilkan, {build}, berasal dari nilai Msi di kunci Setup, yang hanya menunjukkan pembaruan kumulatif: pembaruan keamanan hanya mengubah versi file bin\\ExSetup.exe, dan versi itu tidak dibaca. Jalankan alat ini di server, atau jalankan docs/collect/collect-tls-registry.cmd (skrip ini mencatat versi tersebut di tls-exsetup.txt) lalu diagnosis folder hasilnya.',
  'finding.exchange-update-level-unknown.rollup.title':
    'Rollup pembaruan yang terinstal di Exchange 2010 tidak diketahui',
  'finding.exchange-update-level-unknown.rollup.advice':
    'Rollup pembaruan Exchange 2010 tidak mengubah nilai Msi di kunci Setup, yang menunjukkan {build}. TLS 1.2 memerlukan setidaknya {minimum}, dan registri tidak dapat menunjukkan apakah itu sudah terinstal, tetapi versi file bin\\ExSetup.exe dapat. Jalankan alat ini di server, atau jalankan docs/collect/collect-tls-registry.cmd (skrip ini mencatat versi tersebut di tls-exsetup.txt) lalu diagnosis folder hasilnya.',
  'finding.exchange-update-level-unknown.rollup-at-least.title':
    'Rollup pembaruan yang terinstal di Exchange 2010 mungkin lebih baru daripada yang ditunjukkan registri',
  'finding.exchange-update-level-unknown.rollup-at-least.advice':
    'Rollup pembaruan Exchange 2010 tidak selalu mengubah nilai Msi di kunci Setup: server ini memiliki setidaknya {build}, dan versi file bin\\ExSetup.exe menunjukkan rollup mana yang sebenarnya terinstal. Jalankan alat ini di server, atau jalankan docs/collect/collect-tls-registry.cmd (skrip ini mencatat versi tersebut di tls-exsetup.txt) lalu diagnosis folder hasilnya.',
  'finding.exchange-build-table-old.title': 'Tabel build Exchange berasal dari {asOf}',
  'finding.exchange-build-table-old.advice':
    'Salinan alat ini mengenal pembaruan Exchange yang dirilis hingga {asOf}. Pembaruan yang lebih baru tidak tercantum, sehingga jumlah pembaruan dan nama build mungkin sudah usang: gunakan versi alat yang lebih baru.',
  'finding.windows-out-of-support.title': '{os} sudah tidak didukung sejak {date}',
  'finding.windows-out-of-support.advice':
    'Windows di sini tidak lagi mendapatkan pembaruan keamanan, termasuk pembaruan Schannel. Alur email dengan Office 365 tidak berhenti pada tanggal tersebut, tetapi rencanakan perpindahan ke Windows Server yang didukung (Exchange SE berjalan di Windows Server 2019, 2022, dan 2025).',
  'finding.restart-pending.title': 'Windows menunggu untuk dimulai ulang',
  'finding.restart-pending.advice':
    'Perubahan yang sudah dibuat (pembaruan atau perubahan registri) baru berlaku setelah mulai ulang.',
  'finding.tls13-not-supported-by-exchange.title':
    'TLS 1.3 aktif tetapi {product} tidak mendukungnya',
  'finding.tls13-not-supported-by-exchange.advice':
    'Schannel pada {os} menggunakan TLS 1.3 di sini, dan build Exchange ini tidak mendukungnya: Health Checker melaporkannya sebagai kesalahan. Exchange hanya mendukung TLS 1.3 mulai Exchange 2019 CU15 (atau Exchange SE) di Windows Server 2022 dan yang lebih baru. Perbarui Exchange, atau nonaktifkan TLS 1.3 (Enabled=0, DisabledByDefault=1 di bawah TLS 1.3\\Client dan \\Server) lalu mulai ulang.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 atau 1.1 masih aktif',
  'finding.legacy-tls-enabled.advice':
    'Ini tidak mengganggu alur email. Menonaktifkannya adalah proyek penguatan keamanan (hardening) tersendiri: jangan lakukan itu untuk memperbaiki alur email Office 365.',
  'finding.legacy-tls-enabled.safe.title': 'TLS 1.0 atau 1.1 masih aktif',
  'finding.legacy-tls-enabled.safe.advice':
    'Ini tidak mengganggu alur email, dan menonaktifkannya adalah proyek penguatan keamanan (hardening) tersendiri, bukan perbaikan alur email. Jika Anda tetap melakukannya: {build} mengizinkannya, dan sakelar .NET 4 sudah diatur; uji terlebih dahulu dengan setiap klien dan mitra yang masih menggunakan TLS 1.0 atau 1.1.',
  'finding.legacy-tls-enabled.update-first.title':
    'TLS 1.0 atau 1.1 masih aktif (biarkan tetap aktif)',
  'finding.legacy-tls-enabled.update-first.advice':
    'Ini tidak mengganggu alur email. Jangan menonaktifkannya pada {build}: build ini memerlukan TLS 1.0 atau 1.1 untuk koneksinya sendiri. Menonaktifkannya baru aman mulai {minimum}, dengan sakelar .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1) sudah diatur.',
  'finding.legacy-tls-enabled.check-rollup.title': 'TLS 1.0 atau 1.1 masih aktif',
  'finding.legacy-tls-enabled.check-rollup.advice':
    'Ini tidak mengganggu alur email. Menonaktifkannya baru aman mulai {minimum}, dengan sakelar .NET sudah diatur; kunci Setup tidak dapat menunjukkan rollup mana yang terinstal, jadi periksa versi file bin\\ExSetup.exe sebelum Anda melakukannya.',
  'finding.legacy-tls-enabled.dotnet-first.title': 'TLS 1.0 atau 1.1 masih aktif',
  'finding.legacy-tls-enabled.dotnet-first.advice':
    'Ini tidak mengganggu alur email. {build} mengizinkan keduanya dinonaktifkan, tetapi hanya setelah sakelar .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1, di kedua tampilan registri) diatur: tanpa sakelar itu, kode .NET di Exchange akan kehilangan satu-satunya protokol yang dimilikinya. Ini adalah proyek penguatan keamanan tersendiri, bukan perbaikan alur email.',
  'finding.legacy-tls-off-build-too-old.title':
    'TLS 1.0/1.1 dinonaktifkan, padahal {build} masih memerlukannya',
  'finding.legacy-tls-off-build-too-old.advice':
    'Build Exchange sebelum {minimum} menggunakan TLS 1.0 atau 1.1 untuk sebagian koneksinya sendiri, yang gagal jika keduanya nonaktif. Instal {minimum} atau yang lebih baru (sebaiknya pembaruan terbaru); sampai saat itu, aktifkan kembali TLS 1.0 dan 1.1 (Enabled=1, DisabledByDefault=0) lalu mulai ulang.',
  'finding.legacy-tls-off-build-too-old.unknown.title':
    'TLS 1.0/1.1 dinonaktifkan; apakah Exchange 2010 sudah {minimum} atau yang lebih baru?',
  'finding.legacy-tls-off-build-too-old.unknown.advice':
    'Exchange 2010 sebelum {minimum} menggunakan TLS 1.0 atau 1.1 untuk sebagian koneksinya sendiri, dan kunci Setup tidak dapat menunjukkan rollup pembaruan mana yang terinstal. Periksa versi file bin\\ExSetup.exe (atau jalankan skrip pengumpulan, yang mencatatnya): jika di bawah {minimum}, instal rollup terakhir atau aktifkan kembali TLS 1.0 dan 1.1.',
  'finding.os-version-unknown.title': 'Build Windows tidak diketahui',
  'finding.os-version-unknown.advice':
    'Registri tidak memuat CurrentBuild di bawah HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. Apa yang dilakukan Schannel terhadap nilai yang tidak diatur bergantung pada build (TLS 1.2 nonaktif di Windows Server 2008 R2, aktif mulai 2012), sehingga tidak ada keputusan yang diambil untuk hal yang bergantung pada nilai default.',
  'finding.registry-value-wrong-type.title':
    '{count, plural, other {# nilai memiliki tipe yang salah dan diabaikan}}',
  'finding.registry-value-wrong-type.advice':
    'Windows hanya membaca nilai-nilai ini sebagai REG_DWORD. Hapus nilai-nilai tersebut, lalu buat ulang sebagai nilai DWORD (32-bit).',
  'finding.registry-export-incomplete.title':
    'Ekspor registri tidak menunjukkan cukup data untuk menarik kesimpulan',
  'finding.registry-export-incomplete.advice':
    'Kesimpulan memerlukan build Windows, kunci protokol Schannel, urutan cipher suite, serta kunci .NET dan Exchange di HKLM\\SOFTWARE (tanpa kunci-kunci itu, "tidak ada Exchange" tidak dapat dibedakan dari "tidak diekspor"). Baris di bawah ini menyebutkan apa yang kurang. Jalankan perintah berikut di server dalam Command Prompt sebagai administrator (galat untuk Policies atau SMTPSVC hanya berarti kunci itu tidak ada di sana; galat untuk ExchangeServer tidak membuktikan apa pun: di server tanpa Exchange, jalankan docs/collect/collect-tls-registry.cmd, yang mencatat bahwa Exchange tidak terpasang):\n{commands}',
  'finding.control-set-fallback.title':
    'Ekspor tidak memiliki CurrentControlSet: yang dibaca adalah {controlSet}',
  'finding.control-set-fallback.advice':
    'Ini tampaknya hive SYSTEM yang dimuat secara offline. Windows berjalan pada control set yang ditunjuk oleh HKLM\\SYSTEM\\Select, sehingga nilai Schannel dibaca dari sana.',
  'finding.control-set-fallback.select.title':
    'Ekspor tidak memiliki CurrentControlSet: yang dibaca adalah {controlSet}, sesuai yang ditunjuk Select',
  'finding.control-set-fallback.select.advice':
    'Ini tampaknya hive SYSTEM yang dimuat secara offline. Windows berjalan pada control set yang ditunjuk oleh HKLM\\SYSTEM\\Select\\Current, sehingga nilai Schannel dibaca dari {controlSet}.',
  'finding.control-set-fallback.only-one.title':
    'Ekspor tidak memiliki CurrentControlSet: yang dibaca adalah {controlSet}, satu-satunya control set',
  'finding.control-set-fallback.only-one.advice':
    'Ekspor ini tidak memuat CurrentControlSet maupun HKLM\\SYSTEM\\Select, sehingga {controlSet}, satu-satunya control set di dalamnya, dianggap sebagai control set tempat Windows berjalan.',
  'finding.control-set-differs.title':
    'CurrentControlSet dan {controlSet} berbeda pada {count, plural, other {# nilai}}',
  'finding.control-set-differs.advice':
    'Windows berjalan pada control set yang ditunjuk oleh Select ({controlSet}), dan CurrentControlSet biasanya adalah set yang sama persis, jadi ekspor yang keduanya berbeda telah diedit atau disusun dari saat yang berbeda. Diagnosis ini menggunakan CurrentControlSet. Untuk memastikannya, ekspor ulang kunci-kunci tersebut sekaligus.',
  'problem.evidence-incomplete.title':
    'Ekspor tidak menunjukkan cukup data untuk mengambil keputusan',
  'problem.tls12-off-both.title': 'TLS 1.2 dinonaktifkan untuk koneksi masuk dan keluar',
  'problem.tls12-off-incoming.title': 'TLS 1.2 dinonaktifkan untuk koneksi masuk',
  'problem.tls12-off-outgoing.title': 'TLS 1.2 dinonaktifkan untuk koneksi keluar',
  'problem.tls12-inconsistent.title': 'Kunci-kunci TLS 1.2 saling bertentangan',
  'problem.exchange-too-old.title': '{build} memerlukan pembaruan untuk TLS 1.2 dengan Office 365',
  'problem.exchange-updates.title': 'Exchange tidak lagi didukung atau belum mendapat pembaruan',
  'problem.windows-support.title': '{os} tidak lagi didukung',
  'problem.exchange-tls13.title': 'TLS 1.3 aktif, dan build Exchange ini tidak mendukungnya',
  'problem.cipher-suites.title': 'Tidak ada cipher suite yang sama dengan Office 365',
  'problem.dotnet.title': '.NET mungkin masih memilih TLS 1.0',
  'problem.winhttp.title': 'WinHTTP tidak menawarkan TLS 1.2 secara default',
  'problem.wire-tls12-refused.title': 'Server yang diuji menolak TLS 1.2',
  'problem.wire-tls12-client.title': 'Server ini tidak dapat menjangkau Office 365 melalui TLS 1.2',
  'problem.starttls-missing.title': 'STARTTLS tidak ditawarkan',
  'problem.unreachable.title': 'Server yang diuji tidak dapat dijangkau',
  'problem.smtp-rejected.title': 'Server yang diuji menolak sesi SMTP sebelum TLS',
  'problem.certificate.title': 'Ada sertifikat yang perlu diperhatikan',
  'problem.control-sets-differ.title': 'Dua salinan pengaturan Windows dalam ekspor tidak sama',
  'problem.ignored-entries.title':
    'Beberapa entri TLS berada di tempat (atau dalam bentuk) yang tidak dibaca Windows',
  'problem.schannel-consistency.title': 'Beberapa nilai Schannel tidak ada atau tidak konsisten',
  'problem.restart-pending.title': 'Windows menunggu untuk dimulai ulang',
  'problem.legacy-tls.title': 'TLS 1.0 atau 1.1 masih aktif (bukan masalah alur email)',
  'problem.legacy-tls-off.title': 'TLS 1.0/1.1 nonaktif, dan build Exchange ini memerlukannya',
  'problem.control-set-read.title':
    'Ekspor tidak memiliki CurrentControlSet: yang dibaca adalah {controlSet}',
  'problem.health-checker-words.title':
    'Health Checker akan menamai status {versions} secara berbeda',
  'problem.values-not-0-or-1.title':
    'Beberapa nilai Schannel bukan 0 ataupun 1 (tidak berpengaruh pada email)',
  'problem.notes.title': 'Catatan',
  'schannelState.enabled': 'Enabled',
  'schannelState.disabled': 'Disabled',
  'schannelState.half-disabled': 'Half Disabled',
  'schannelState.misconfigured': 'Misconfigured',
  'cli.machine': 'Komputer',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'tidak terinstal',
  'cli.exchangeNoneRelay': 'tidak terinstal (layanan SMTP IIS merelai email)',
  'cli.source': 'Sumber registri',
  'cli.schannel': 'Schannel',
  'cli.client': 'Client',
  'cli.server': 'Server',
  'cli.on': 'aktif',
  'cli.off': 'nonaktif',
  'cli.notSupported': 'tidak didukung oleh Windows ini',
  'cli.state': 'Status',
  'cli.findings': 'Temuan',
  'cli.noFindings': 'Tidak ada temuan.',
  'cli.problems': '{count, plural, other {# masalah}}: {kinds}',
  'cli.problem': '1 masalah: {kinds}',
  'cli.count.error': '1 kesalahan',
  'cli.count.errors': '{count, plural, other {# kesalahan}}',
  'cli.count.warning': '1 peringatan',
  'cli.count.warnings': '{count, plural, other {# peringatan}}',
  'cli.count.info': '1 catatan',
  'cli.count.infos': '{count, plural, other {# catatan}}',
  'cli.noProblems': 'Tidak ada masalah.',
  'cli.also': 'juga',
  'cli.unknown': '?',
  'fix.schannel-tls12-enable': 'Aktifkan TLS 1.2 untuk Schannel Client dan Server',
  'fix.dotnet-v4-strong-crypto': 'Atur sakelar TLS .NET 4 di kedua tampilan registri',
  'fix.dotnet-v2-strong-crypto': 'Atur sakelar TLS .NET 3.5 di kedua tampilan registri',
  'fix.winhttp-tls12': 'Tambahkan TLS 1.2 ke DefaultSecureProtocols WinHTTP',
  'fix.restart-server': 'Mulai ulang server',
  'fix.install-dotnet': 'Instal versi .NET Framework yang didukung untuk build Exchange ini',
  'fix.install-kb3140245':
    'Instal pembaruan Windows KB3140245 (WinHTTP baru membaca DefaultSecureProtocols setelah pembaruan ini terinstal)',
  'fix.update-exchange': 'Instal pembaruan Exchange terkini',
  'fix.review-cipher-suites': 'Tinjau urutan cipher suite',
  'fix.collect-registry':
    'Kumpulkan yang kurang di server (docs/collect/collect-tls-registry.cmd), lalu diagnosis lagi',
  'fix.delete-ignored-entries': 'Hapus kunci dan nilai yang diabaikan secara manual (regedit)',
  'fix.disable-tls13': 'Nonaktifkan TLS 1.3 di Schannel (secara manual)',
  'fixes.nothingElse': 'Tidak ada lagi yang perlu diubah di registri.',
  'fixes.manual.before':
    'Pertama, hal-hal yang tidak dapat diselesaikan lewat registri (pembaruan dan bukti):',
  'fixes.manual.after': 'Setelah perubahan registri:',
  'fixes.manual.link': 'Caranya (Microsoft)',
  'fixes.leftOut.dotnet':
    'Tidak direncanakan: sakelar TLS .NET. Tidak ada Exchange yang berjalan di sini, dan relai SMTP (layanan SMTP IIS) mengirim email melalui Schannel tanpa .NET; atur sakelar ini hanya untuk perangkat lunak .NET lain yang berkomunikasi melalui TLS (tlswizard fix --dotnet menyertakannya).',
  'fixes.nothingToDo':
    'Tidak ada yang perlu diubah: setiap nilai yang akan ditulis oleh perbaikan sudah bernilai benar.',
  'fixes.key': 'Kunci',
  'fixes.value': 'Nilai',
  'fixes.now': 'Sekarang',
  'fixes.after': 'Sesudah',
  'fixes.createsKeys': 'Kunci yang akan dibuat',
  'fixes.backup': 'Cadangan (impor untuk membatalkan)',
  'fixes.error': 'Apa yang gagal',
  'fixes.restoreError': 'Pemulihan dari cadangan juga gagal',
  'fixes.status.applied':
    'Semua perubahan telah ditulis dan dibaca ulang dengan benar. Mulai ulang server agar perubahan berlaku.',
  'fixes.outcome.inFile': 'di file perbaikan, belum diterapkan',
  'fixes.status.prepared':
    'Disiapkan, belum diterapkan: perbaikan ditulis ke file, dan belum ada yang berubah di server.',
  'fixes.prepared.steps':
    'Untuk menerapkannya: (1) salin {fix} ke server; (2) di server itu, dalam Prompt Perintah (Command Prompt) yang dijalankan sebagai administrator, jalankan: reg import "{fix}"; (3) mulai ulang server; (4) jalankan wizard atau tlswizard diagnose lagi di sana untuk memastikan. File cadangan membatalkannya: impor file itu dengan reg import dengan cara yang sama.',
  'fixes.prepared.fixFile': 'File perbaikan untuk diimpor di server',
  'fixes.prepared.patched': 'Snapshot registri sebagaimana setelah perbaikan (pratinjau)',
  'fixes.status.nothing-to-do': 'Tidak ada yang diubah: memang tidak ada yang perlu diubah.',
  'fixes.status.rolled-back':
    'Sebuah perubahan gagal, sehingga setiap nilai dikembalikan dari cadangan. Tidak ada yang berubah.',
  'fixes.status.rollback-failed':
    'Sebuah perubahan gagal DAN pemulihan dari cadangan juga gagal. Impor file cadangan secara manual (reg import) atau kirim output ini ke admin senior.',
  'fixes.dryRun':
    'Uji coba (dry run): tidak ada yang diubah. Jalankan lagi dengan --apply untuk membuat perubahan ini.',
  'fixes.offlineWritten': 'Registri live komputer ini tidak disentuh. File yang ditulis:',
  'fixes.restartHint':
    'Schannel hanya membaca nilai-nilai ini saat Windows dimulai: mulai ulang server (tlswizard restart --in 5), lalu jalankan tlswizard verify.',
  'finding.logs-o365-tls-failing.title': 'Email {toFrom} Office 365 gagal di {connector}',
  'finding.logs-o365-tls-failing.advice':
    '{sentence}. Tidak ada sesi dengan Office 365 yang berhasil setelah kegagalan terakhir. Office 365 hanya menerima email melalui TLS 1.2 atau yang lebih baru: aktifkan TLS 1.2 untuk Schannel, mulai ulang, lalu pindai log lagi: sesi setelah perbaikan seharusnya menunjukkan TLS 1.2.',
  'finding.logs-o365-tls-failing.send.title': 'Email ke Office 365 gagal di {connector}',
  'finding.logs-o365-tls-failing.send.advice':
    '{sentence}. Tidak ada sesi ke Office 365 yang berhasil setelah kegagalan terakhir. Di sini server ini adalah klien TLS (Schannel Client) dan Office 365 hanya menerima TLS 1.2 atau yang lebih baru: aktifkan TLS 1.2 untuk sisi klien, atur sakelar .NET 4, mulai ulang, lalu pindai log lagi: sesi setelah perbaikan seharusnya menunjukkan TLS 1.2.',
  'finding.logs-o365-tls-failing.receive.title': 'Email dari Office 365 gagal di {connector}',
  'finding.logs-o365-tls-failing.receive.advice':
    '{sentence}. Tidak ada sesi dari Office 365 yang berhasil setelah kegagalan terakhir. Office 365 terhubung ke sini sebagai klien TLS dan hanya menggunakan TLS 1.2 atau yang lebih baru, yang harus dijawab oleh Schannel Server di mesin ini: aktifkan TLS 1.2 untuk sisi server, periksa sertifikat yang terikat ke SMTP, mulai ulang, lalu pindai log lagi.',
  'finding.logs-o365-tls-working.title': 'Email {toFrom} Office 365 berfungsi di {connector}',
  'finding.logs-o365-tls-working.advice': '{sentence}.',
  'finding.logs-o365-tls-working.send.title': 'Email ke Office 365 berfungsi di {connector}',
  'finding.logs-o365-tls-working.send.advice': '{sentence}.',
  'finding.logs-o365-tls-working.receive.title': 'Email dari Office 365 berfungsi di {connector}',
  'finding.logs-o365-tls-working.receive.advice': '{sentence}.',
  'finding.logs-starttls-required.title':
    'Ditolak di {connector} karena TLS tidak dimulai: {sessions}',
  'finding.logs-starttls-required.advice':
    'Sisi penerima menjawab 451 5.7.3 atau 530 5.7.0 (STARTTLS diwajibkan): pengirim tidak memulai TLS. Terakhir kali: {last}.',
  'finding.logs-starttls-required.send.title':
    'Ditolak di {connector}, pihak lain mewajibkan STARTTLS: {sessions}',
  'finding.logs-starttls-required.send.advice':
    'Server penerima menjawab 451 5.7.3 (atau 530 5.7.0): server itu mewajibkan TLS. Exchange mencoba lagi tanpa TLS jika TLS gagal dan konektor tidak mewajibkannya, jadi ini biasanya terjadi setelah kegagalan TLS (dengan Office 365: {office365}; terakhir kali {last}). Pastikan TLS 1.2 berfungsi terlebih dahulu; 450 4.4.317 dengan kata-kata yang sama setelah perpanjangan sertifikat berarti konektor masih menyebut sertifikat lama (TlsCertificateName).',
  'finding.logs-starttls-required.receive.title':
    'Ditolak di {connector}, server ini mewajibkan STARTTLS dan pengirim tidak memulainya: {sessions}',
  'finding.logs-starttls-required.receive.advice':
    'Konektor Terima ini menjawab 451 5.7.3 (atau 530 5.7.0) karena konektor ini mewajibkan TLS dan pengirim tidak mengirim STARTTLS (terakhir kali {last}). Jika sesi tidak menunjukkan 250-STARTTLS, server ini tidak menawarkannya: pastikan sertifikat yang valid beserta kunci privatnya diaktifkan untuk SMTP (Get-ExchangeCertificate, Enable-ExchangeCertificate -Services SMTP).',
  'finding.logs-legacy-tls-peers.title':
    '{peerCount} masih menggunakan TLS 1.0 atau 1.1 di {connector}',
  'finding.logs-legacy-tls-peers.advice':
    'Email {toFrom} mitra-mitra ini saat ini berfungsi dengan versi TLS lama: {peers}. Email itu akan gagal mulai hari salah satu pihak menonaktifkan TLS 1.0/1.1. Minta mereka beralih ke TLS 1.2 sebelum Anda menonaktifkan versi lama.',
  'finding.logs-legacy-tls-peers.send.title':
    '{peerCount} yang dikirimi email oleh server ini masih menggunakan TLS 1.0 atau 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.send.advice':
    'Server-server ini menerima email dari server ini hanya dengan versi TLS lama: {peers}. Email ke server-server tersebut akan gagal mulai hari salah satu pihak menonaktifkan TLS 1.0/1.1. Minta administrator mereka mengaktifkan TLS 1.2 sebelum Anda menonaktifkan versi lama di sini.',
  'finding.logs-legacy-tls-peers.receive.title':
    '{peerCount} yang mengirim email ke sini masih menggunakan TLS 1.0 atau 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.receive.advice':
    'Pengirim-pengirim ini menjangkau server ini hanya dengan versi TLS lama: {peers}. Email mereka akan gagal mulai hari salah satu pihak menonaktifkan TLS 1.0/1.1. Minta administrator mereka mengaktifkan TLS 1.2 sebelum Anda menonaktifkan versi lama di sini.',
  'finding.logs-not-found.title': 'Tidak ditemukan log protokol SMTP',
  'finding.logs-not-found.advice':
    'Lokasi yang diperiksa: {folders}. Pengelogan protokol nonaktif secara default pada sebagian besar konektor, sehingga bukti tentang apa yang dilakukan server tidak ada. Aktifkan di Exchange Management Shell (baris pertama hanya untuk konektor Kirim ke Office 365, baris-baris berikutnya untuk setiap konektor), tunggu hingga ada email yang mengalir, lalu pindai lagi:\n  Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose\n  Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose\n  Get-ReceiveConnector -Server {server} | Set-ReceiveConnector -ProtocolLoggingLevel Verbose\n  Set-TransportService {server} -IntraOrgConnectorProtocolLoggingLevel Verbose\n  Get-TransportService {server} | Format-List *ProtocolLogPath',
  'finding.logs-files-unreadable.title': '{files} tidak dapat dibaca',
  'finding.logs-files-unreadable.advice':
    'File lainnya tetap dihitung. Yang pertama: {file}: {reason}.',
  'finding.logs-files-unreadable.all.title':
    '{count, plural, other {Tidak satu pun dari # file log dapat dibaca}}',
  'finding.logs-files-unreadable.all.advice':
    'Jadi tidak ada yang diketahui tentang apa yang dilakukan server. Yang pertama: {file}: {reason}. Sebutkan log protokol Exchange itu sendiri, sebagai pengguna yang boleh membacanya (administrator di server Exchange dapat membacanya).',
  'finding.schannel-tls-events.title': 'Schannel mencatat kesalahan TLS ({count})',
  'finding.schannel-tls-events.advice':
    'Log Sistem, sumber Schannel: {kinds}. 36887 adalah alert yang diterima dari pihak lain, 36888 adalah alert yang dikirim oleh mesin ini, 36874 berarti tidak ada cipher suite yang sama, 36871 berarti tidak ada kredensial TLS yang dapat dibuat (sering kali: tidak ada protokol yang aktif).',
  'finding.schannel-tls-events.protocol-version.title':
    'Schannel mencatat kesalahan TLS ({count}), di antaranya alert protocol_version',
  'finding.schannel-tls-events.protocol-version.advice':
    'Log Sistem, sumber Schannel: {kinds}. Alert 70 (protocol_version) berarti kedua pihak tidak memiliki versi TLS yang sama: biasanya server ini hanya menawarkan TLS 1.0, sedangkan Office 365 menginginkan TLS 1.2.',
  'problem.mail-flow-failing.title': 'Email dengan Office 365 gagal (terlihat di log protokol)',
  'problem.legacy-tls-peers.title': 'Beberapa mitra masih menggunakan TLS 1.0 atau 1.1',
  'problem.logs-evidence.title': 'Log protokol tidak ada atau tidak dapat dibaca',
  'problem.schannel-events.title': 'Schannel mencatat kesalahan TLS',
  'check.logs': 'Log protokol dan peristiwa Schannel',
  'logs.progress': '{files} dari {filesTotal} file log, {mb} dari {mbTotal} MB dibaca',
  'logs.direction.send': 'kirim',
  'logs.direction.receive': 'terima',
  'logs.summary.connector': '{connector} ({direction}): {sentence}',
  'logs.summary.to': 'ke',
  'logs.summary.from': 'dari',
  'logs.summary.failed': '{sessions} {toFrom} Office 365 gagal dengan {reason} sejak {since}',
  'logs.summary.failedMixed':
    '{sessions} {toFrom} Office 365 gagal (paling sering dengan {reason}) sejak {since}',
  'logs.summary.traffic': '{sessions} {toFrom} Office 365, {versions}',
  'logs.summary.lastWorked': '{version} terakhir berhasil pada {time}',
  'logs.summary.neverWorked':
    'tidak ada sesi dengan Office 365 yang berhasil dengan TLS dalam log ini',
  'logs.summary.afterFix': 'sejak perbaikan: {sessions}, {versions}',
  'logs.summary.afterFixNone': 'sejak perbaikan: belum ada sesi dengan Office 365',
  'logs.summary.recovered': 'sejak itu sudah berfungsi lagi',
  'logs.versions.all': 'semua {version}',
  'logs.versions.failed': '{count} gagal',
  'logs.versions.noTls': '{count} tanpa TLS',
  'logs.versions.other': '{count} lainnya',
  'logs.reason.tls': 'negosiasi TLS {error}',
  'logs.reason.starttls': '{code} (STARTTLS diwajibkan)',
  'logs.reason.unknown': 'kesalahan yang tidak diketahui',
  'logs.andMore': ' dan {count} lainnya',
  'logs.noFolder': 'tidak ada folder',
  'logs.alert': 'alert',
  'logs.word.session': '1 sesi',
  'logs.word.sessions': '{count, plural, other {# sesi}}',
  'logs.word.server': '1 server',
  'logs.word.servers': '{count, plural, other {# server}}',
  'logs.word.file': '1 file log',
  'logs.word.files': '{count, plural, other {# file log}}',
  'logs.word.folder': '1 folder',
  'logs.word.folders': '{count, plural, other {# folder}}',
  'logs.cli.read': 'Log protokol: {files} ({size}), {rows} baris, {sessions}, di {folders}',
  'logs.cli.beforeSince': '{count, plural, other {# sesi}} sebelum {since} tidak disertakan',
  'logs.cli.pivot': 'Perbaikan diterapkan: {time} ({source})',
  'logs.cli.pivot.state-file': 'dari file status wizard',
  'logs.cli.pivot.option': 'dari --fix-time',
  'logs.cli.summary': 'Apa yang terjadi dengan Office 365',
  'logs.cli.noOffice365': 'Tidak ada sesi dengan Office 365 dalam log ini.',
  'logs.cli.connectors': 'Konektor',
  'logs.cli.col.connector': 'Konektor',
  'logs.cli.col.direction': 'Arah',
  'logs.cli.col.sessions': 'Sesi',
  'logs.cli.col.office365': 'Office 365',
  'logs.cli.col.tls': 'TLS ok',
  'logs.cli.col.failed': 'TLS gagal',
  'logs.cli.col.starttls': 'STARTTLS wajib',
  'logs.cli.col.noTls': 'Tanpa TLS',
  'logs.cli.col.connection': 'Tanpa koneksi',
  'logs.cli.col.versions': 'Versi',
  'logs.cli.legacy': 'Mitra yang masih memakai TLS 1.0/1.1',
  'logs.cli.legacyPeer':
    '{peer}: {version}, {sessions}, terakhir {time} ({connector}, {direction})',
  'logs.cli.events': 'Peristiwa Schannel ({location})',
  'logs.cli.eventsError': 'Peristiwa Schannel tidak dapat dibaca ({location}): {error}',
  'logs.cli.noEvents':
    'Tidak ada peristiwa Schannel 36871, 36874, 36887, atau 36888 dalam periode ini.',
  'logs.cli.event': '{event}: {count} (pertama {first}, terakhir {last})',
  'logs.cli.fileProblems': 'File yang tidak terbaca utuh',
  'logs.cli.fileProblem.truncated': '{count, plural, other {# baris terakhir terpotong}}',
  'logs.cli.fileProblem.bad': '{count, plural, other {# baris}} dengan jumlah kolom yang salah',
  'logs.cli.findings': 'Temuan',
  'probe.phase.resolve': 'pencarian nama',
  'probe.phase.connect': 'penyambungan',
  'probe.phase.banner': 'salam pembuka',
  'probe.phase.ehlo': 'EHLO',
  'probe.phase.starttls': 'STARTTLS',
  'probe.phase.handshake': 'jabat tangan TLS',
  'probe.phase.mail': 'MAIL FROM',
  'probe.error.dns': 'nama {host} tidak dapat diresolusi ({code})',
  'probe.error.refused': 'port tertutup (koneksi ditolak)',
  'probe.error.connect': 'tidak ada koneksi TCP: {reason}',
  'probe.error.connectTimeout': 'tidak ada koneksi TCP dalam {ms} ms',
  'probe.error.phaseTimeout': 'tidak ada jawaban selama {phase} dalam {ms} ms',
  'probe.error.partialTimeout':
    'balasan selama {phase} masih belum lengkap setelah {ms} ms: "{text}"',
  'probe.error.overallTimeout': 'batas waktu {ms} ms habis selama {phase}',
  'probe.error.closed': 'server menutup koneksi selama {phase}',
  'probe.error.socket': 'kesalahan jaringan selama {phase}: {reason}',
  'probe.error.lineTooLong': 'sebuah baris balasan selama {phase} lebih panjang dari {max} byte',
  'probe.error.tooMuchData': 'server mengirim lebih dari {max} byte selama {phase}',
  'probe.error.notSmtp': 'jawaban selama {phase} bukan SMTP: "{text}"',
  'probe.error.greeting': 'server tidak menyapa dengan 220: {reply}',
  'probe.error.ehlo': 'EHLO dan HELO keduanya ditolak: {reply}',
  'probe.error.starttlsNotOffered': 'server tidak menawarkan STARTTLS',
  'probe.error.starttlsRejected': 'STARTTLS dijawab dengan {reply}',
  'probe.error.tlsAlert': 'server mengirim alert TLS: {reason}',
  'probe.error.notTls': 'server tidak menjawab dalam TLS ({reason})',
  'probe.error.otherVersion': 'server menjawab dengan versi TLS lain ({reason})',
  'probe.error.droppedInHandshake': 'server menutup koneksi selama jabat tangan TLS',
  'probe.error.tls': 'jabat tangan TLS gagal: {reason}',
  'probe.error.tooLarge':
    'server mengirim pesan jabat tangan yang lebih besar daripada yang diterima {stack} ({reason}), kemungkinan besar rantai sertifikat lebih dari 100 KB: {version} tidak dapat diuji',
  'probe.error.untestable': '{stack} di mesin ini tidak dapat menawarkan {version} ({reason})',
  'probe.error.notInStack': 'build ini tidak mendukungnya',
  'probe.error.notTried': 'tidak dicoba: batas waktu {ms} ms sudah habis terpakai',
  'probe.stack.unknown': 'pustaka TLS yang tidak dikenal',
  'probe.target.empty': 'masukkan nama host atau alamat, misalnya mail.contoso.com:25',
  'probe.target.badPort': '"{port}" bukan nomor port (1 sampai 65535)',
  'probe.target.badHost': '"{host}" bukan nama host atau alamat IP yang valid',
  'probe.target.badDomain': '"{domain}" bukan nama domain yang valid, misalnya contoso.com',
  'probe.cli.oneTarget':
    'berikan setidaknya satu target: tlswizard probe HOST[:PORT] [HOST[:PORT]...]',
  'probe.cli.badStarttls': '--starttls menerima "smtp" atau "none", bukan "{value}"',
  'probe.cli.badTimeout': '--timeout menerima milidetik antara {min} dan {max}, bukan "{value}"',
  'probe.title': 'Pengujian {target} ({mode}) dengan {stack}, {ms} ms',
  'probe.mode.starttls': 'SMTP STARTTLS',
  'probe.mode.implicit': 'TLS implisit',
  'probe.starttlsOffered': 'STARTTLS ditawarkan',
  'probe.starttlsRequired': 'STARTTLS diwajibkan',
  'probe.yes': 'ya',
  'probe.no': 'tidak',
  'probe.unknown': 'tidak diketahui',
  'probe.col.version': 'Versi',
  'probe.col.result': 'Hasil',
  'probe.col.protocol': 'Protokol',
  'probe.col.cipher': 'Cipher',
  'probe.col.detail': 'Detail',
  'probe.result.accepted': 'diterima',
  'probe.result.refused': 'ditolak',
  'probe.result.untestable': 'tidak dapat diuji',
  'probe.result.timeout': 'waktu habis',
  'probe.result.unreachable': 'tidak terjangkau',
  'probe.result.smtp-rejected': 'ditolak sebelum TLS',
  'probe.cert.title': 'Sertifikat (terlihat pada {version})',
  'probe.cert.subject': 'Subjek',
  'probe.cert.names': 'Nama',
  'probe.cert.issuer': 'Penerbit',
  'probe.cert.valid': 'Masa berlaku',
  'probe.cert.validRange': '{from} sampai {to}',
  'probe.cert.expired': 'KEDALUWARSA',
  'probe.cert.trusted': 'Tepercaya',
  'probe.cert.nameMatches': 'Cocok dengan {host}',
  'probe.cert.none': 'Tidak ada sertifikat: tidak ada versi yang diterima.',
  'probe.unreachable': 'Target tidak dapat dijangkau: {error}',
  'probe.schannel.notWindows':
    'pengujian Schannel memerlukan Windows PowerShell, yang tidak tersedia di sini',
  'probe.schannel.failed':
    'Windows PowerShell tidak dapat menjalankan pengujian Schannel: {reason}',
  'probe.schannel.timeout': 'pengujian Schannel tidak selesai dalam {ms} ms',
  'probe.schannel.noOutput':
    'pengujian Schannel tidak mencetak JSON (kode keluar {code}): {stderr}',
  'probe.schannel.notJson': 'output pengujian Schannel bukan JSON yang valid: {reason}',
  'probe.schannel.invalid':
    'output pengujian Schannel tidak memiliki struktur yang diharapkan: {issues}',
  'finding.probe-unreachable.title': '{target} tidak dapat dijangkau',
  'finding.probe-unreachable.advice':
    'Tidak ada versi TLS yang bahkan dapat membuka koneksi ({error}). Periksa nama, port, firewall, dan apakah layanan SMTP berjalan, lalu uji lagi.',
  'finding.probe-smtp-rejected.title':
    '{target} menolak sesi SMTP sebelum jabat tangan TLS apa pun',
  'finding.probe-smtp-rejected.advice':
    'Tidak ada versi TLS yang dicoba ({error}), sehingga hasil ini belum menunjukkan apa pun tentang TLS 1.2 di server tersebut. Salam pembuka atau EHLO yang ditolak (balasan 5xx, atau 421 jika terlalu banyak koneksi terbuka) berarti konektor Terima di server itu tidak menerima mesin ini: periksa RemoteIPRanges, daftar blokir, dan batas koneksi di sana, atau baca alasannya di log protokolnya. STARTTLS yang ditolak (misalnya 454 4.7.0 TLS not available) berarti server itu tidak memiliki sertifikat yang dapat dipakai untuk SMTP: tetapkan sertifikat yang valid dengan kunci privat (Enable-ExchangeCertificate -Services SMTP). Balasan yang terlalu besar atau bukan SMTP berarti layanan lain yang menjawab di port ini. Setelah itu, uji lagi.',
  'finding.starttls-not-offered.title': '{target} tidak menawarkan STARTTLS',
  'finding.starttls-not-offered.advice':
    'Jawaban EHLO tidak memuat STARTTLS, sehingga email ke dan dari Office 365 melalui konektor ini tidak dienkripsi, dan konektor yang mewajibkan TLS akan gagal. Pastikan konektor Terima memiliki sertifikat yang valid dengan kunci privat dan TLS diizinkan pada konektor tersebut.',
  'finding.probe-tls12-refused.title': '{target} menolak TLS 1.2',
  'finding.probe-tls12-refused.advice':
    'Office 365 hanya menggunakan TLS 1.2 atau yang lebih baru, sehingga tidak dapat bertukar email dengan server ini ({error}).',
  'finding.tls12-refused-despite-registry.title':
    'Registri mengaktifkan TLS 1.2, tetapi {target} masih menolaknya',
  'finding.tls12-refused-despite-registry.advice':
    'Schannel hanya membaca kuncinya saat Windows dimulai: mulai ulang server jika kunci tersebut diubah sejak itu. Jika masih ditolak setelah mulai ulang, build Exchange mungkin tidak mendukung TLS 1.2 pada SMTP: perbarui Exchange.',
  'finding.o365-needs-tls12-client.title':
    'Office 365 ({target}) hanya menerima TLS 1.2 atau yang lebih baru, yang tidak dapat digunakan server ini untuk mengirim',
  'finding.o365-needs-tls12-client.advice':
    'Titik akhir tersebut menolak TLS 1.0 dan 1.1 saat diuji langsung, dan bukti menunjukkan bahwa server ini tidak dapat menawarkan TLS 1.2 saat mengirim. Aktifkan TLS 1.2 untuk sisi Schannel Client, atur sakelar .NET, lalu mulai ulang.',
  'finding.certificate-expired.title': 'Sertifikat {target} kedaluwarsa pada {validTo}',
  'finding.certificate-expired.advice':
    'Mitra yang memeriksa sertifikat, termasuk konektor Office 365, menolak sertifikat yang kedaluwarsa. Perpanjang sertifikat, tetapkan ke SMTP, dan perbarui TlsCertificateName pada konektor yang menyebutnya.',
  'finding.certificate-name-mismatch.title': 'Sertifikat {target} tidak memuat nama {host}',
  'finding.certificate-name-mismatch.advice':
    'Sertifikat ini menyebut {names}. Konektor yang memeriksa nama (TlsDomain, TlsCertificateName) akan gagal. Gunakan sertifikat yang nama subjek atau nama alternatifnya mencakup nama yang dipakai mitra untuk terhubung.',
  'finding.certificate-untrusted.title': 'Sertifikat {target} bukan dari otoritas tepercaya',
  'finding.certificate-untrusted.advice':
    'Verifikasi menyatakan {reason}. TLS oportunistik tetap berfungsi, tetapi konektor Office 365 yang memvalidasi sertifikat akan menolaknya. Gunakan sertifikat dari otoritas sertifikasi publik.',
  'reportDoc.title': 'Laporan diagnostik TLS untuk {machine}',
  'reportDoc.titleNoName': 'Laporan diagnostik TLS',
  'reportDoc.generated': 'Dibuat oleh {product} {version} pada {time}',
  'reportDoc.diagnosed': 'Pemeriksaan dijalankan pada {time}',
  'reportDoc.schema': 'Format laporan {version}',
  'reportDoc.redacted':
    'Disamarkan untuk dibagikan: nama host, alamat IP, domain, alamat email, serta organisasi dan tempat yang disebut dalam sertifikat diganti dengan nilai pengganti seperti host-1, 192.0.2.1, domain-1.example, user-1@domain-1.example, dan org-1. Data asli yang sama selalu mendapat nilai pengganti yang sama; Office 365 dan otoritas sertifikat publik tetap ditampilkan.',
  'reportDoc.redactedShort': 'disamarkan',
  'reportDoc.verdict': 'Kesimpulan',
  'reportDoc.verdict.healthy': 'Sehat',
  'reportDoc.verdict.action-needed': 'Perlu tindakan',
  'reportDoc.verdict.inconclusive': 'Bukti belum cukup untuk memutuskan',
  'reportDoc.verdict.healthy.detail':
    'Server ini dapat menggunakan TLS 1.2 dengan Office 365: registri menunjukkan semua yang diperlukan untuk kesimpulan, dan tidak ada isinya yang menghalangi TLS 1.2.',
  'reportDoc.verdict.action-needed.detail':
    'Server ini tidak dapat menggunakan TLS 1.2 dengan Office 365 secara andal. Masalah di bawah ini menjelaskan sebabnya, dimulai dari yang terparah; langkah-langkah setelahnya memperbaikinya.',
  'reportDoc.verdict.inconclusive.detail':
    'Tidak ada masalah yang ditemukan dalam data yang ditunjukkan registri, tetapi data itu belum cukup untuk menentukan apakah server ini dapat menggunakan TLS 1.2 dengan Office 365. Sampai data itu lengkap, server ini belum dapat dianggap sehat.',
  'reportDoc.missing': 'Tidak ditunjukkan oleh registri: {gaps}.',
  'reportDoc.gap.os-build':
    'build Windows (nilai yang tidak diatur mengikuti default build tersebut)',
  'reportDoc.gap.software': 'HKLM\\SOFTWARE (.NET, WinHTTP, Exchange, kebijakan cipher suite)',
  'reportDoc.gap.schannel': 'kunci protokol Schannel',
  'reportDoc.gap.control-set': 'control set tempat Windows berjalan',
  'reportDoc.gap.cipher-suites': 'urutan cipher suite',
  'reportDoc.gap.tls12-client': 'apakah TLS 1.2 aktif untuk koneksi keluar',
  'reportDoc.gap.tls12-server': 'apakah TLS 1.2 aktif untuk koneksi masuk',
  'reportDoc.collect':
    'Untuk memutuskan, jalankan perintah berikut di server dalam Prompt Perintah (Command Prompt) yang dijalankan sebagai administrator (reg export hanya membaca), lalu jalankan baris terakhir di lokasi file-file tersebut:',
  'reportDoc.collect.script':
    'Untuk memutuskan, ekspor kunci yang kurang di server (docs/collect/collect-tls-registry.cmd dari wizard ini mengekspor semuanya) lalu diagnosis lagi.',
  'reportDoc.collect.above':
    'Perintah untuk mengumpulkan data yang kurang ada di bawah kesimpulan di bagian atas laporan ini.',
  'reportDoc.problems': 'Masalah',
  'reportDoc.problems.none': 'Tidak ada masalah.',
  'reportDoc.problems.also': 'Juga',
  'reportDoc.problems.findings': 'Temuan',
  'reportDoc.symptom': 'Gejala yang dilaporkan',
  'reportDoc.symptom.id': 'Gejala',
  'reportDoc.symptom.text': 'Teks kesalahan yang diberikan',
  'reportDoc.machine': 'Komputer',
  'reportDoc.machine.name': 'Nama komputer',
  'reportDoc.machine.fqdn': 'Nama lengkap',
  'reportDoc.machine.os': 'Windows',
  'reportDoc.machine.build': 'Build',
  'reportDoc.machine.exchange': 'Exchange',
  'reportDoc.machine.exchangePath': 'Folder Exchange',
  'reportDoc.machine.edge': 'Peran Edge Transport',
  'reportDoc.machine.source': 'Registri dibaca dari',
  'reportDoc.unknown': 'tidak diketahui',
  'reportDoc.yes': 'ya',
  'reportDoc.no': 'tidak',
  'reportDoc.none': 'tidak ada',
  'reportDoc.actions': 'Yang perlu dilakukan',
  'reportDoc.actions.nothing':
    'Tidak ada yang perlu dilakukan: tidak ada temuan yang meminta perubahan.',
  'reportDoc.actions.resolves': 'Mengatasi: {titles}',
  'reportDoc.actions.howToApply':
    'Di server, dalam prompt yang dijalankan sebagai administrator: tlswizard fix (menampilkan perubahan), lalu tlswizard fix --apply (menerapkannya setelah menyimpan cadangan).',
  'reportDoc.actions.planned': 'Perubahan registri yang dibuat perbaikan ini',
  'reportDoc.actions.alreadyRight': 'Setiap nilai yang ditulis perbaikan ini sudah benar.',
  'reportDoc.actions.noPlan':
    'Perubahan persisnya tidak direncanakan untuk laporan ini; jalankan tlswizard fix di server untuk melihatnya.',
  'reportDoc.actions.manual': 'Langkah manual',
  'reportDoc.actions.registry': 'Perubahan registri',
  'reportDoc.actions.minimum': 'Minimum: {minimum}',
  'reportDoc.actions.restartWhy':
    'Schannel hanya membaca pengaturannya saat Windows dimulai, dan Windows tidak meminta mulai ulang ini dengan sendirinya.',
  'reportDoc.restart': 'Mulai ulang',
  'reportDoc.restart.pending': 'Windows sedang menunggu untuk dimulai ulang.',
  'reportDoc.restart.notPending': 'Saat ini tidak ada mulai ulang yang tertunda.',
  'reportDoc.restart.notKnown':
    'Tidak diketahui apakah Windows sedang menunggu mulai ulang: pembacaan registri tidak menunjukkan penanda mulai ulangnya.',
  'reportDoc.restart.afterFixes': 'Perbaikan baru berlaku setelah mulai ulang.',
  'reportDoc.restart.changedAt': 'Schannel diubah oleh alat ini pada {time}.',
  'reportDoc.restart.scheduled': 'Mulai ulang dijadwalkan pada {time}.',
  'reportDoc.applied': 'Perubahan yang dibuat',
  'reportDoc.applied.backup': 'File cadangan (impor untuk membatalkan)',
  'reportDoc.applied.readBack': 'Dibaca ulang',
  'reportDoc.applied.result': 'Hasil',
  'reportDoc.applied.ok': 'ditulis',
  'reportDoc.prepared': 'Perbaikan disiapkan, belum diterapkan',
  'reportDoc.applied.prepared': 'disiapkan, belum diterapkan',
  'reportDoc.applied.inCopy': 'ditulis ke salinan',
  'reportDoc.applied.failed': 'gagal',
  'reportDoc.evidence': 'Bukti',
  'reportDoc.schannel': 'Schannel: yang dikonfigurasi dan yang berlaku',
  'reportDoc.schannel.version': 'Versi',
  'reportDoc.schannel.effective': 'Berlaku',
  'reportDoc.schannel.side': 'Sisi',
  'reportDoc.schannel.state': 'Status',
  'reportDoc.schannel.note':
    'Kolom Berlaku menunjukkan apa yang dilakukan Schannel pada build Windows ini, dengan nilai default-nya diisikan jika suatu nilai tidak diatur; tidak diketahui jika suatu nilai tidak diatur dan build-nya tidak diketahui.',
  'reportDoc.values': 'Nilai registri yang dibaca',
  'reportDoc.values.key': 'Kunci',
  'reportDoc.values.value': 'Nilai',
  'reportDoc.values.data': 'Data',
  'reportDoc.values.none': 'Tidak ada nilai yang dibaca.',
  'reportDoc.on': 'aktif',
  'reportDoc.off': 'nonaktif',
  'reportDoc.unknownState': 'tidak diketahui',
  'reportDoc.findings': 'Temuan secara rinci',
  'reportDoc.severity.error': 'Kesalahan',
  'reportDoc.severity.warning': 'Peringatan',
  'reportDoc.severity.info': 'Catatan',
  'reportDoc.findings.none': 'Tidak ada temuan.',
  'reportDoc.findings.evidence': 'Bukti',
  'reportDoc.findings.fixes': 'Diperbaiki oleh',
  'reportDoc.probes': 'Pengujian TLS langsung',
  'reportDoc.probes.none': 'Tidak ada pengujian langsung yang dijalankan.',
  'reportDoc.probe.heading': '{target}, {mode}, {role}',
  'reportDoc.probe.mode.starttls': 'SMTP STARTTLS',
  'reportDoc.probe.mode.implicit': 'TLS sejak byte pertama',
  'reportDoc.probe.role.local': 'server ini',
  'reportDoc.probe.role.office365': 'Office 365',
  'reportDoc.probe.role.smarthost': 'smart host',
  'reportDoc.probe.role.other': 'server lain',
  'reportDoc.probe.stack': 'Diuji dengan',
  'reportDoc.probe.duration': 'Durasi',
  'reportDoc.probe.ms': '{ms} ms',
  'reportDoc.probe.starttlsOffered': 'STARTTLS ditawarkan',
  'reportDoc.probe.starttlsRequired': 'STARTTLS diwajibkan',
  'reportDoc.probe.version': 'Versi',
  'reportDoc.probe.result': 'Hasil',
  'reportDoc.probe.protocol': 'Protokol',
  'reportDoc.probe.cipher': 'Cipher',
  'reportDoc.probe.detail': 'Detail',
  'reportDoc.probe.systemDefault': 'Default Windows',
  'reportDoc.probe.result.accepted': 'diterima',
  'reportDoc.probe.result.refused': 'ditolak',
  'reportDoc.probe.result.untestable': 'tidak dapat diuji di sini',
  'reportDoc.probe.result.timeout': 'tidak ada jawaban tepat waktu',
  'reportDoc.probe.result.unreachable': 'tidak terjangkau',
  'reportDoc.probe.result.smtp-rejected': 'ditolak sebelum TLS',
  'reportDoc.probe.schannel': 'Schannel Windows (yang dinegosiasikan oleh Exchange sendiri)',
  'reportDoc.probe.schannelError': 'Tidak ada pengujian Schannel: {reason}',
  'reportDoc.probe.transcript': 'Dialog SMTP',
  'reportDoc.probe.transcriptEmpty': 'Tidak ada dialog SMTP yang direkam.',
  'reportDoc.cert': 'Sertifikat (terlihat pada {version})',
  'reportDoc.cert.subject': 'Subjek',
  'reportDoc.cert.names': 'Nama',
  'reportDoc.cert.issuer': 'Penerbit',
  'reportDoc.cert.valid': 'Masa berlaku',
  'reportDoc.cert.validRange': '{from} sampai {to}',
  'reportDoc.cert.fingerprint': 'Sidik jari SHA-256',
  'reportDoc.cert.trusted': 'Tepercaya',
  'reportDoc.cert.nameMatches': 'Nama cocok',
  'reportDoc.logs': 'Baris log protokol',
  'reportDoc.protocolLogs.connector': 'Konektor',
  'reportDoc.protocolLogs.direction': 'Arah',
  'reportDoc.protocolLogs.office365': 'Dengan Office 365',
  'reportDoc.protocolLogs.before': 'Sebelum perbaikan',
  'reportDoc.protocolLogs.after': 'Sejak perbaikan',
  'reportDoc.protocolLogs.counts': '{sessions, plural, other {# sesi}}, {failed} gagal',
  'reportDoc.logs.none': 'Log protokol tidak menunjukkan hal yang relevan di sini.',
  'reportDoc.logs.where': 'File dan baris',
  'reportDoc.logs.at': 'Waktu',
  'reportDoc.logs.text': 'Baris',
  'reportDoc.compare': 'Sebelum dan sesudah perbaikan',
  'reportDoc.compare.verdict': 'Kesimpulan: {before} sebelumnya, {after} sekarang.',
  'reportDoc.compare.side': 'Sisi',
  'reportDoc.compare.before': 'Sebelum',
  'reportDoc.compare.after': 'Sesudah',
  'reportDoc.compare.fixed': 'Diperbaiki',
  'reportDoc.compare.undecided': 'Tidak terlihat sekarang (belum pasti sudah diperbaiki)',
  'reportDoc.compare.remaining': 'Masih ada',
  'reportDoc.compare.added': 'Baru',
  'reportDoc.compare.foundNow':
    'Ditemukan sekarang (diagnosis sebelumnya, dengan aturan lama, tidak memeriksanya)',
  'reportDoc.compare.noChange': 'Tidak ada pengaturan Schannel yang berubah.',
  'reportDoc.notSet': 'tidak diatur',
  'reportDoc.emptyList': '(daftar kosong)',
  'reportDoc.side.client': 'Client',
  'reportDoc.side.server': 'Server',
  'reportDoc.footer':
    'Halaman ini mandiri: tidak menjalankan skrip apa pun dan tidak memuat apa pun dari jaringan. Wizard tidak dapat membuka halaman ini lagi; wizard membuka versi JSON dari laporan (format JSON saat menyimpan di wizard, atau tlswizard diagnose --report FILE.json).',
  'reportDoc.reg.header':
    'Nilai registri yang dibaca oleh {name} {version} di {machine} pada {time}.',
  'reportDoc.reg.usage':
    'Catatan untuk dibaca. Diagnosis terhadap file ini (tlswizard diagnose --registry THIS.reg) melihat status Schannel yang sama; nilai yang dinilai benar oleh pemeriksaan (.NET, WinHTTP, urutan cipher suite, Exchange) tidak dicatat, sehingga hasilnya mungkin dinyatakan belum dapat disimpulkan. Mengimpor file ini akan mengatur nilai-nilai ini di mesin tersebut.',
  'reportDoc.reg.redacted': 'Disamarkan: nama host, alamat, dan domain berupa nilai pengganti.',
  'reportDoc.reg.notSet': 'tidak diatur: {path}',
  'reportDoc.cli.written': 'Laporan ditulis: {file}',
  'reportDoc.format.unknown':
    'format laporan tidak dapat ditentukan dari "{file}": nama file harus berakhiran .html atau .json',
  'reportDoc.load.missing': '{file} tidak ada',
  'reportDoc.load.folder': '{file} adalah folder, bukan file laporan',
  'reportDoc.load.unreadable': 'tidak dapat membaca {file}: {reason}',
  'reportDoc.load.tooLarge':
    '{file} lebih besar dari {size} MB; laporan tidak pernah sebesar itu, jadi ini bukan laporan dari alat ini',
  'reportDoc.load.empty': '{file} kosong: file ini tidak tersimpan dengan lengkap',
  'reportDoc.load.html':
    '{file} adalah halaman HTML; buka laporan .json yang disimpan bersamanya (HTML tidak dapat dibaca kembali)',
  'reportDoc.load.truncated':
    '{file} terpotong (JSON berakhir sebelum lengkap): file ini tidak tersimpan atau tersalin dengan lengkap',
  'reportDoc.load.notJson': '{file} bukan JSON: {reason}',
  'reportDoc.load.diagnosis':
    '{file} adalah diagnosis yang disimpan dengan --out atau --json, bukan laporan: jalankan tlswizard diagnose --report FILE.json untuk membuat laporan',
  'reportDoc.load.foreign': '{file} bukan laporan Mailflow TLS Wizard',
  'reportDoc.load.newer':
    '{file} ditulis oleh Mailflow TLS Wizard yang lebih baru (format laporan {found}, versi ini dapat membaca hingga {supported}): perbarui wizard untuk membukanya',
  'reportDoc.load.invalid': '{file} adalah laporan yang rusak: {detail}',
  'reportDoc.load.uploaded': 'file laporan yang diunggah',
  'schannelProbe.notWindows': 'pengujian Schannel hanya berjalan di Windows',
  'schannelProbe.missing': 'schannel-probe.exe tidak ditemukan (lokasi yang diperiksa: {paths})',
  'schannelProbe.failed': 'schannel-probe.exe tidak dapat dijalankan: {reason}',
  'schannelProbe.timeout': 'schannel-probe.exe tidak selesai dalam {ms} ms dan dihentikan',
  'schannelProbe.noOutput': 'schannel-probe.exe tidak mencetak JSON (kode keluar {code}): {stderr}',
  'schannelProbe.notJson': 'output schannel-probe.exe bukan JSON yang valid: {reason}',
  'schannelProbe.fatal': 'schannel-probe.exe menolak permintaan: {reason}',
  'schannelProbe.invalid':
    'output schannel-probe.exe tidak memiliki struktur yang diharapkan: {issues}',
  'finding.schannel-refuses-tls12.title':
    'Registri mengaktifkan TLS 1.2, tetapi Windows tidak menggunakannya dengan {target}',
  'finding.schannel-refuses-tls12.advice':
    'TLS milik Windows sendiri (Schannel, yang digunakan Exchange) terhubung ke {target} dengan pengaturan default-nya dan mendapatkan {got}, padahal {target} menerima TLS 1.2 dan registri mengaktifkan TLS 1.2 untuk koneksi keluar ({error}). Schannel hanya membaca kunci-kunci ini saat Windows dimulai: jika kunci tersebut diubah sejak mulai ulang terakhir, mulai ulang server. Jika masih terjadi setelah mulai ulang, ada hal lain yang menghalangi TLS 1.2: kebijakan grup yang mengatur protokol atau cipher suite, atau daftar cipher suite yang tidak memiliki satu pun suite yang sama dengan {target}.',
  'finding.schannel-tls12-despite-registry.title':
    'Registri menonaktifkan TLS 1.2, tetapi Windows masih menggunakannya dengan {target}',
  'finding.schannel-tls12-despite-registry.advice':
    'TLS milik Windows sendiri (Schannel) menegosiasikan {protocol} dengan {target} menggunakan pengaturan default-nya, sementara nilai registri di bawah ini menonaktifkan TLS 1.2 untuk koneksi keluar. Schannel hanya membacanya saat Windows dimulai, jadi kemungkinan besar nilai-nilai itu diubah setelah mulai ulang terakhir: email berfungsi hari ini, tetapi mulai ulang berikutnya akan menonaktifkan TLS 1.2 dan menghentikan email ke Office 365. Atur Enabled=1 dan DisabledByDefault=0 sebelum mulai ulang tersebut.',
  'finding.schannel-node-disagree.title':
    'Pengujian oleh alat ini dan Windows memberikan hasil berbeda tentang TLS 1.2 dengan {target}',
  'finding.schannel-node-disagree.advice':
    'Saat hanya diminta TLS 1.2, pengujian oleh alat ini sendiri (Node) mendapatkan {node} dan TLS milik Windows sendiri (Schannel) mendapatkan {schannel} ({error}). Exchange menggunakan Schannel, jadi jawaban Schannel-lah yang dialami alur email.',
  'finding.schannel-node-disagree.schannel-refused.title':
    '{target} menerima TLS 1.2, tetapi Windows di server ini tidak dapat menggunakannya',
  'finding.schannel-node-disagree.schannel-refused.advice':
    'Saat hanya diminta TLS 1.2, pengujian oleh alat ini sendiri (Node) berhasil terhubung, sedangkan TLS milik Windows sendiri (Schannel, yang digunakan Exchange) tidak ({error}). Server di ujung lain tidak bermasalah: Schannel mesin ini tidak dapat menawarkan TLS 1.2, atau tidak menawarkan cipher suite yang diterima {target}. Periksa kunci Client TLS 1.2, urutan cipher suite, dan kebijakan grup apa pun yang mengaturnya, lalu mulai ulang setelah ada perubahan.',
  'finding.schannel-node-disagree.node-refused.title':
    'Windows menggunakan TLS 1.2 dengan {target}, tetapi pengujian oleh alat ini sendiri gagal',
  'finding.schannel-node-disagree.node-refused.advice':
    'Saat hanya diminta TLS 1.2, TLS milik Windows sendiri (Schannel, yang digunakan Exchange) berhasil terhubung, sedangkan pengujian oleh alat ini sendiri (Node) tidak ({error}). Alur email melewati Schannel, jadi tidak terpengaruh; perbedaannya terletak pada apa yang ditawarkan Node (cipher suite atau algoritma tanda tangan yang tidak diterima {target}).',
  'problem.schannel-not-as-registry.title':
    'Windows tidak menggunakan TLS 1.2 sebagaimana dinyatakan registri',
  'problem.probes-disagree.title':
    'Pengujian oleh alat ini dan TLS milik Windows sendiri memberikan hasil berbeda',
  'why.heading': 'Mengapa ini penting',
  'why.learnMore': 'Pelajari lebih lanjut',
  'why.evidence-incomplete':
    'Tanpa kunci-kunci ini, tidak ada yang dapat memastikan apakah TLS 1.2 berfungsi di sini; laporan yang menyatakan "sehat" padahal buktinya tidak ada akan membuat Anda mencari penyebab di tempat lain.',
  'why.tls12-off-both':
    'Office 365 hanya menerima dan mengirim email melalui TLS 1.2 atau yang lebih baru. Jika TLS 1.2 nonaktif, email antara server ini dan Office 365 berhenti di kedua arah.',
  'why.tls12-off-incoming':
    'Office 365 terhubung ke server ini hanya dengan TLS 1.2. Jika sisi Server nonaktif, email dari Office 365 ke server ini gagal.',
  'why.tls12-off-outgoing':
    'Server ini terhubung ke Office 365 sebagai klien TLS. Jika sisi Client nonaktif, server ini hanya menawarkan TLS 1.0 atau 1.1, dan Office 365 memutus koneksi (421 4.4.2 SocketError).',
  'why.tls12-inconsistent':
    'Jika kunci Client dan Server tidak sama, pengiriman dan penerimaan berperilaku berbeda: email mungkin berfungsi di satu arah dan gagal di arah lain, yang sulit didiagnosis di kemudian hari.',
  'why.exchange-too-old':
    'Build Exchange yang lebih lama sama sekali tidak dapat menggunakan TLS 1.2, apa pun isi registrinya: perbaikan registri saja tidak akan memulihkan alur email.',
  'why.exchange-tls13':
    'Build Exchange ini tidak mendukung TLS 1.3; jika TLS 1.3 aktif, koneksi dapat gagal dengan cara yang tampak seperti masalah TLS 1.2.',
  'why.legacy-tls-off':
    'Build Exchange ini masih memerlukan TLS 1.0/1.1 secara internal; jika keduanya nonaktif, sebagian fungsi Exchange dapat berhenti bekerja.',
  'why.exchange-updates':
    'Build yang tidak lagi didukung atau tertinggal pembaruan tidak mendapatkan perbaikan TLS dan pembaruan keamanan; dukungan Microsoft akan meminta build terkini terlebih dahulu.',
  'why.windows-support':
    'Sistem operasi yang tidak lagi didukung tidak mendapatkan perbaikan TLS lagi; rencanakan perpindahan ke Windows Server yang didukung.',
  'why.cipher-suites':
    'TLS 1.2 memerlukan cipher suite yang dikenal kedua pihak. Jika tidak ada yang sama dengan Office 365, jabat tangan gagal meskipun TLS 1.2 aktif.',
  'why.dotnet':
    'Exchange dibangun di atas .NET. Tanpa sakelar ini, .NET mungkin masih memilih TLS 1.0, dan fitur Exchange yang memanggil Office 365 (hibrid, info luang/sibuk) gagal.',
  'why.winhttp':
    'WinHTTP membawa sebagian koneksi milik Exchange dan Windows sendiri; tanpa TLS 1.2 dalam default-nya, koneksi tersebut gagal terhadap Office 365.',
  'why.wire-tls12-refused':
    'Ini adalah apa yang benar-benar dilakukan server saat diuji langsung, bukan apa yang dinyatakan registri: server yang menolak TLS 1.2 tidak dapat bertukar email dengan Office 365.',
  'why.wire-tls12-client':
    'Office 365 hanya menggunakan TLS 1.2 atau yang lebih baru; sisi klien server ini harus menawarkannya agar dapat mengirim email ke sana.',
  'why.starttls-missing':
    'Tanpa STARTTLS, email dikirim tanpa enkripsi atau, jika TLS diwajibkan, tidak terkirim sama sekali (451 5.7.3 Must issue a STARTTLS command first).',
  'why.unreachable':
    'Tidak ada aspek TLS yang dapat diukur untuk server ini; periksa nama, port, dan firewall, lalu periksa lagi.',
  'why.smtp-rejected':
    'Server menghentikan percakapan SMTP sebelum TLS dapat dimulai, sehingga tidak ada aspek TLS-nya yang dapat diukur. Email yang dikirim dari tempat yang sama mengalami penolakan yang sama; jika TLS diwajibkan, sesi tanpa STARTTLS berakhir dengan 451 5.7.3 Must issue a STARTTLS command first.',
  'why.certificate':
    'Konektor yang mewajibkan TLS memeriksa sertifikat; sertifikat yang kedaluwarsa, tidak tepercaya, atau bernama salah membuat Office 365 menolak atau menunda email.',
  'why.control-sets-differ':
    'Windows dimulai dari control set yang ditunjuk oleh Select\\Current; nilai yang hanya ditulis ke control set lain tidak berpengaruh.',
  'why.ignored-entries':
    'Windows hanya membaca nama kunci dan nilai yang persis sama serta tipe DWORD; entri yang diketik dari halaman terjemahan atau dengan tipe yang salah tidak mengubah apa pun.',
  'why.schannel-consistency':
    'Nilai yang tidak ada atau saling bertentangan menyerahkan TLS pada default Windows, yang berbeda-beda antarversi.',
  'why.restart-pending':
    'Schannel hanya membaca pengaturannya saat Windows dimulai: perubahan yang dibuat sejak Windows terakhir kali dimulai belum berlaku.',
  'why.legacy-tls':
    'TLS 1.0/1.1 tidak menghentikan email ke Office 365, tetapi sudah usang; nonaktifkan hanya setelah memeriksa mitra lain mana yang masih memerlukannya.',
  'why.control-set-read':
    'Nilai-nilai ini dibaca dari control set yang digunakan Windows saat dimulai; itulah yang akan dipakai saat Windows dimulai berikutnya.',
  'why.health-checker-words':
    'Health Checker menamai status ini secara berbeda; istilahnya dicantumkan agar kedua alat dapat dibandingkan.',
  'why.values-not-0-or-1':
    'Windows memperlakukan setiap nilai yang bukan nol sebagai 1; nilai tersebut berfungsi, tetapi tidak lazim dan sebaiknya dirapikan.',
  'why.mail-flow-failing':
    'Log protokol menunjukkan sesi nyata dengan Office 365 yang gagal: ini adalah email yang tidak sampai, bukan risiko teoretis.',
  'why.legacy-tls-peers':
    'Mitra-mitra ini masih terhubung dengan TLS 1.0 atau 1.1; koneksi mereka akan gagal pada hari versi tersebut dinonaktifkan di sini atau di pihak mereka.',
  'why.logs-evidence':
    'Log protokol adalah satu-satunya catatan tentang apa yang benar-benar dilakukan server; tanpa log itu, perbaikan tidak dapat dibuktikan dari server itu sendiri.',
  'why.schannel-events':
    'Windows mencatat setiap jabat tangan TLS yang gagal di log Sistem; peristiwa ini menunjukkan pihak mana yang menolak dan alasannya.',
  'why.notes':
    'Fakta latar belakang tentang server ini; tidak ada di sini yang menghentikan alur email.',
  'link.article':
    'Dukungan Microsoft: tidak dapat mengirim atau menerima email saat menggunakan TLS 1.1 atau TLS 1.0',
  'link.tlsPart1': 'Exchange Team: panduan TLS bagian 1, bersiap untuk TLS 1.2',
  'link.tlsPart2': 'Exchange Team: panduan TLS bagian 2, mengaktifkan TLS 1.2',
  'link.tlsScenarios':
    'Exchange Team: skenario email jika versi TLS tidak dapat disepakati dengan Exchange Online',
  'link.kb3140245': 'KB3140245: TLS 1.1 dan 1.2 sebagai protokol aman default di WinHTTP',
  'link.exchangeTls': 'Praktik terbaik konfigurasi TLS Exchange Server',
  'link.tlsRegistry': 'Windows: pengaturan registri TLS',
  'link.builds': 'Nomor build dan tanggal rilis Exchange Server',
  'link.protocolLogging': 'Exchange: pengelogan protokol',
  'probe.col.o365': 'Untuk Office 365',
  'probe.judge.needed-ok': 'Baik: Office 365 menggunakan ini',
  'probe.judge.needed-missing': 'Masalah: Office 365 memerlukan TLS 1.2',
  'probe.judge.needed-unknown': 'Tidak diukur: Office 365 memerlukan TLS 1.2',
  'probe.judge.tls13-ok': 'Baik (opsional)',
  'probe.judge.tls13-missing': 'Tidak masalah: TLS 1.2 sudah cukup',
  'probe.judge.legacy-on':
    'Tidak dipakai Office 365; nonaktifkan nanti, setelah memeriksa mitra lain',
  'probe.judge.legacy-off': 'Tidak masalah: Office 365 tidak memakainya',
  'probe.judge.untested': 'Tidak diukur',
  'probe.outcome.accepted': 'diterima',
  'probe.outcome.refused': 'ditolak',
  'probe.outcome.untestable': 'tidak dapat diuji dari sini',
  'probe.outcome.timeout': 'tidak ada jawaban tepat waktu',
  'probe.outcome.unreachable': 'tidak dapat tersambung',
  'probe.outcome.smtp-rejected': 'tidak dicoba: sesi SMTP ditolak',
  'probe.code.protocol-version': 'Server menolak versi TLS ini',
  'probe.code.handshake': 'Jabat tangan TLS gagal',
  'probe.code.self-signed': 'Sertifikat ditandatangani sendiri',
  'probe.code.untrusted': 'Sertifikat bukan dari otoritas tepercaya',
  'probe.code.expired': 'Sertifikat sudah kedaluwarsa',
  'probe.code.name': 'Sertifikat diterbitkan untuk nama lain',
  'probe.code.refused': 'Tidak ada yang mendengarkan di port ini (koneksi ditolak)',
  'probe.code.reset': 'Server menutup koneksi',
  'probe.code.timeout': 'Tidak ada jawaban tepat waktu',
  'probe.code.dns': 'Nama tidak dapat dicari (DNS)',
  'probe.code.unreachable': 'Jaringan tidak dapat menjangkau alamat ini',
  'probe.code.local-stack': 'Pustaka TLS komputer ini sendiri tidak dapat menawarkan versi ini',
  'probe.code.other': 'Koneksi gagal',
  'probe.code.smtp-rejected': 'Server SMTP mengakhiri sesi sebelum TLS dapat dimulai',
  'app.title': 'Mailflow TLS Wizard',
  'app.tagline':
    'Buat server ini dapat mengirim dan menerima email dengan Office 365 melalui TLS 1.2.',
  'nav.back': 'Kembali',
  'nav.next': 'Berikutnya',
  'nav.stepOf': 'Langkah {n} dari {total}',
  'nav.done': 'selesai',
  'nav.skipped': 'dilewati',
  'common.retry': 'Coba lagi',
  'error.lost.title': 'Mesin wizard tidak merespons',
  'error.lost.text':
    'Bagian wizard yang membaca registri dan menjalankan pemeriksaan berhenti atau ditutup, sehingga tidak ada lagi yang dapat diperiksa atau diubah. Jalankan wizard lagi (atau tlswizard serve di server), lalu tekan Coba lagi. Tidak ada yang diubah oleh langkah yang gagal.',
  'step.welcome': 'Selamat datang',
  'step.symptom': 'Gejala',
  'step.checks': 'Pemeriksaan',
  'step.fixes': 'Perbaikan',
  'step.restart': 'Mulai ulang',
  'step.report': 'Laporan',
  'common.loading': 'Memuat...',
  'common.error': 'Terjadi kesalahan',
  'common.dismiss': 'Tutup',
  'common.notSet': 'tidak diatur',
  'common.yes': 'ya',
  'common.no': 'tidak',
  'welcome.heading': 'Komputer ini',
  'welcome.name': 'Komputer',
  'welcome.windows': 'Windows',
  'welcome.exchange': 'Exchange',
  'welcome.exchangeNone': 'tidak terinstal (relai SMTP Windows)',
  'welcome.exchangeUnknown':
    'tidak diketahui (registri yang dibaca tidak menunjukkan HKLM\\SOFTWARE)',
  'welcome.elevated': 'Berjalan sebagai administrator',
  'welcome.elevatedNa': 'tidak berlaku (registri dari file)',
  'welcome.source': 'Sumber registri',
  'welcome.source.live': 'komputer ini (live)',
  'welcome.source.file': 'file: {label}',
  'welcome.source.demo': 'server contoh bawaan ({label})',
  'welcome.language': 'Bahasa',
  'welcome.openReport': 'Buka laporan yang disimpan',
  'welcome.checkNow': 'Periksa server ini sekarang',
  'welcome.intro':
    'Wizard ini memeriksa mengapa server ini tidak dapat menggunakan TLS 1.2 dengan Office 365, memperbaiki registri dengan cadangan yang dapat Anda batalkan, dan menulis laporan yang dapat Anda kirim ke admin senior. Tidak ada yang berubah sampai Anda mengonfirmasinya.',
  'welcome.notElevated':
    'Anda dapat menjalankan semua pemeriksaan sekarang. Untuk menerapkan perbaikan, tutup wizard, klik kanan wizard, lalu pilih "Run as administrator" (Jalankan sebagai administrator).',
  'welcome.verify':
    'Selamat datang kembali. Server telah dimulai ulang: pemeriksaan dijalankan lagi dan ditampilkan di samping hasil sebelum perbaikan.',
  'symptom.heading': 'Apa yang Anda lihat?',
  'symptom.hint':
    'Pilih pesan yang sesuai, atau tempel teks kesalahannya. Jika Anda tidak yakin, periksa semuanya.',
  'symptom.ndr-socketerror': 'Pengirim menerima laporan non-pengiriman (NDR)',
  'symptom.queue-socketerror': 'Pesan tertahan di antrean (Penampil Antrean / Queue Viewer)',
  'symptom.sendlog-tls-failed': 'Log protokol konektor Kirim menunjukkan TLS gagal',
  'symptom.starttls-required': 'Log protokol konektor menyatakan STARTTLS diwajibkan',
  'symptom.all': 'Periksa saja semuanya',
  'symptom.all.detail': 'Jalankan semua pemeriksaan tanpa memilih gejala.',
  'symptom.paste': 'Tempel kesalahan yang Anda lihat',
  'symptom.paste.cut':
    'Teks lebih panjang dari {max} karakter: hanya {max} karakter pertama yang digunakan. Tempel baris yang berisi kesalahan jika baris itu tidak termasuk di dalamnya.',
  'symptom.paste.placeholder': 'misalnya: 421 4.4.2 Connection dropped due to SocketError',
  'symptom.recognised': 'Dikenali: {what}',
  'symptom.notRecognised':
    'Bukan salah satu pesan yang dikenal. Anda tetap dapat memeriksa semuanya.',
  'match.socketerror-421':
    'Office 365 memutus koneksi (421 4.4.2 SocketError): biasanya karena tidak ada TLS 1.2',
  'match.tls-negotiation-socketerror':
    'Negosiasi TLS gagal (SocketError): biasanya karena tidak ada TLS 1.2',
  'match.starttls-required-451': 'Pihak lain mewajibkan STARTTLS (451 5.7.3)',
  'match.starttls-required-530': 'Pihak lain mewajibkan STARTTLS (530 5.7.0)',
  'match.tls-no-credentials':
    'Sertifikat tidak memiliki kunci privat (NoCredentials): masalah sertifikat, bukan TLS 1.2',
  'match.tls-unknown-credentials':
    'Sertifikat tidak dapat digunakan (UnknownCredentials): masalah sertifikat',
  'match.stale-tls-certificate-name':
    'Konektor menyebut sertifikat yang telah diperpanjang (450 4.4.317): perbarui TlsCertificateName',
  'match.tls-success-1-2': 'Sesi TLS 1.2: koneksi ini berfungsi',
  'match.tls-success-1-0': 'Sesi TLS 1.0: Office 365 menolak sesi seperti ini',
  'checks.heading': 'Pemeriksaan',
  'checks.targets': 'Server yang diuji secara langsung',
  'checks.targets.hint':
    'Layanan SMTP lokal dan titik akhir Office 365 Anda diusulkan. Edit, hapus, atau tambahkan smart host.',
  'checks.domain':
    'Domain yang diterima (accepted domain) Anda, untuk menemukan titik akhir Office 365',
  'checks.domain.find': 'Temukan titik akhir',
  'checks.domain.finding': 'Mencari server email domain...',
  'checks.running': 'Memeriksa server ini...',
  'checks.whatWasChecked': 'Apa yang diperiksa',
  'checks.schannelTable': 'Schannel per versi TLS (dari registri)',
  'checks.schannel.client': 'Keluar (Client)',
  'checks.schannel.server': 'Masuk (Server)',
  'checks.schannel.needed': 'Office 365 memerlukan TLS 1.2 di kedua sisi.',
  'checks.next.manual': 'Berikutnya, sebelum hal lain: {step}. Lalu lanjutkan ke perbaikan.',
  'checks.next.apply':
    'Berikutnya: tekan Berikutnya untuk melihat {count, plural, other {# perubahan registri}} yang diperlukan server ini, lalu terapkan dan mulai ulang.',
  'target.problem.host-empty': 'Masukkan nama host atau alamat IP.',
  'target.problem.host-invalid':
    'Bukan nama host atau alamat IP: gunakan huruf, angka, tanda hubung, dan titik (misalnya smtp.contoso.com).',
  'target.problem.port-invalid': 'Port adalah bilangan bulat dari 1 sampai 65535 (25 untuk SMTP).',
  'target.problem.too-many':
    'Hanya {max} server pertama yang diuji: hapus salah satunya agar server ini dapat diuji.',
  'target.full':
    'Paling banyak {max} server diuji sekaligus: hapus satu untuk menambahkan yang lain.',
  'target.skipped':
    '{count, plural, other {# entri}} tidak diuji sampai diperbaiki (ditandai di atas); pemeriksaan lainnya tetap berjalan.',
  'checks.addTarget': 'Tambah server',
  'checks.removeTarget': 'Hapus {target}',
  'checks.targetHost': 'Host',
  'checks.targetPort': 'Port',
  'checks.run': 'Jalankan pemeriksaan',
  'checks.rerun': 'Jalankan lagi',
  'checks.verdict': 'Hasil',
  'checks.verdict.healthy': 'Sehat',
  'checks.verdict.action-needed': 'Perlu tindakan',
  'checks.verdict.inconclusive': 'Bukti belum cukup untuk memutuskan',
  'checks.next.healthy':
    'Berikutnya: tidak ada yang perlu diperbaiki. Lanjutkan untuk menyimpan laporan sebagai arsip Anda atau untuk admin senior.',
  'checks.next.action-needed':
    'Berikutnya: lanjutkan ke perbaikan, yang mengubah registri untuk masalah di bawah ini setelah menyimpan cadangan.',
  'checks.next.inconclusive':
    'Berikutnya: kumpulkan data yang kurang di server dengan perintah di bawah ini, lalu diagnosis lagi dengan semua file. Sampai saat itu, jangan anggap server ini sehat.',
  'checks.collect': 'Perintah untuk mengumpulkan kunci registri yang kurang',
  'checks.problems': 'Masalah, dimulai dari yang terparah',
  'checks.details': 'Setiap pemeriksaan secara rinci',
  'checks.evidence': 'Bukti',
  'checks.noFindings': 'Tidak ada yang perlu dilaporkan untuk pemeriksaan ini.',
  'checks.transcript': 'Percakapan SMTP',
  'checks.versions': 'Versi TLS',
  'check.schannel': 'Pengaturan TLS Schannel',
  'check.dotnet': 'Pengaturan TLS .NET Framework',
  'check.winhttp': 'Protokol default WinHTTP',
  'check.ciphers': 'Cipher suite',
  'check.exchange': 'Versi Exchange dan Windows',
  'check.restart': 'Mulai ulang yang tertunda',
  'state.waiting': 'Menunggu',
  'state.running': 'Berjalan',
  'state.ok': 'OK',
  'state.warning': 'Peringatan',
  'state.error': 'Masalah',
  'state.unknown': 'Belum diputuskan',
  'evidence.key': 'Kunci',
  'evidence.value': 'Nilai',
  'evidence.actual': 'Sekarang',
  'evidence.expectedColumn': 'Seharusnya',
  'fixes.heading': 'Perbaikan',
  'fixes.intro':
    'Inilah semua perubahan registri. Tidak ada yang diubah sampai Anda menekan Terapkan perubahan. Cadangan disimpan terlebih dahulu.',
  'fixes.plan': 'Rencana',
  'fixes.apply': 'Terapkan perubahan',
  'fixes.applying': 'Menerapkan...',
  'fixes.rollback': 'Batalkan (kembalikan dari cadangan)',
  'fixes.rolledBack':
    'Dikembalikan dari {file}: {values, plural, other {# nilai}} dikembalikan seperti semula, {keys, plural, other {# kunci}} yang dibuat oleh perbaikan dihapus.',
  'fixes.rolledBack.kept':
    '{key} dipertahankan: kunci ini berisi nilai yang tidak pernah dibuat oleh produk ini (hanya nilai milik produk ini yang dihapus).',
  'fixes.rolledBack.verified': 'Dibaca ulang: semuanya cocok dengan cadangan.',
  'fixes.rolledBack.mismatch': 'Masih berbeda dari cadangan: {list}',
  'fixes.skip.title': 'Lewati perbaikan?',
  'fixes.skip.text':
    '{count, plural, other {# perubahan registri}} tidak diterapkan: tidak ada yang berubah di server ini, dan masalah yang ditemukan tetap ada. Anda dapat kembali dengan Kembali.',
  'fixes.skip.stay': 'Tidak, tetap di sini',
  'fixes.skip.confirm': 'Lewati perbaikan',
  'fixes.cannotApply':
    'Penerapan memerlukan "Run as administrator" (Jalankan sebagai administrator).',
  'fixes.result': 'Hasil',
  'fixes.offline':
    'Registri ini berupa file: wizard menulis salinan yang sudah ditambal dan file perbaikan, alih-alih mengubah registri live komputer ini.',
  'restart.heading': 'Mulai ulang',
  'restart.after':
    'Setelah mulai ulang, wizard terbuka dengan sendirinya, menjalankan pemeriksaan lagi, dan menampilkannya di samping hasil sebelumnya.',
  'restart.now': 'Mulai ulang sekarang',
  'restart.in': 'Mulai ulang dalam',
  'restart.minutes': 'menit',
  'restart.schedule': 'Jadwalkan mulai ulang',
  'restart.cancel': 'Batalkan mulai ulang terjadwal',
  'restart.later': 'Saya akan memulai ulang nanti',
  'restart.need.none':
    'Mulai ulang tidak diperlukan: tidak ada perubahan yang diterapkan di sini, dan Windows tidak sedang menunggu untuk dimulai ulang.',
  'restart.need.fixes-skipped':
    'Anda melewati perbaikan: tidak ada yang diubah, sehingga mulai ulang belum akan membantu. Masalah yang ditemukan tetap ada sampai perbaikan diterapkan.',
  'restart.need.prepared':
    'Perbaikan disiapkan dalam file, belum diterapkan. Setelah mengimpornya di server (reg import "{fix}"), mulai ulang server tersebut: Windows hanya membaca pengaturan Schannel saat dimulai.',
  'restart.need.applied': 'Registri telah diubah: mulai ulang server agar perubahan berlaku.',
  'restart.need.pending':
    'Pemeriksaan menemukan bahwa Windows sedang menunggu untuk dimulai ulang: perubahan yang dibuat sejak Windows terakhir kali dimulai belum berlaku.',
  'restart.command': 'Perintah',
  'restart.fileMode':
    'Registri ini berupa file, bukan komputer ini: tidak ada yang dimulai ulang. Mulai ulang server asal file tersebut setelah mengimpor perbaikannya di sana.',
  'restart.failed': 'Windows tidak menerima perintah mulai ulang: {output}',
  'restart.cancelled': 'Mulai ulang terjadwal telah dibatalkan.',
  'restart.scheduled':
    'Server dimulai ulang pada {time}. Alur email berhenti sampai server aktif kembali.',
  'restart.minutesInvalid':
    'Masukkan jumlah menit berupa bilangan bulat dari 1 sampai 10080 (satu minggu).',
  'restart.confirmTitle': 'Mulai ulang server ini?',
  'restart.confirmNow':
    'Server dimulai ulang sekarang. Alur email berhenti, dan semua pengguna yang terhubung akan terputus, sampai Windows dan Exchange aktif kembali (sering kali 5 sampai 15 menit).',
  'restart.confirmAt':
    'Server dimulai ulang pada {time} (dalam {minutes, plural, other {# menit}}). Alur email berhenti sampai Windows dan Exchange aktif kembali (sering kali 5 sampai 15 menit).',
  'restart.confirm': 'Ya, mulai ulang',
  'restart.dontRestart': 'Tidak, kembali',
  'restart.scheduledAt': 'Mulai ulang dijadwalkan pada {time}.',
  'verify.heading': 'Sebelum dan sesudah perbaikan',
  'verify.before': 'Sebelum',
  'verify.after': 'Sekarang',
  'verify.fixed': 'diperbaiki',
  'verify.still': 'masih ada',
  'verify.undecided': 'tidak terlihat sekarang, belum pasti sudah diperbaiki',
  'verify.new': 'baru',
  'verify.foundNow':
    'ditemukan sekarang; diagnosis sebelumnya, dengan aturan lama, tidak memeriksanya',
  'verify.machineUnconfirmed':
    'Tidak dapat memastikan bahwa kedua diagnosis berasal dari komputer yang sama: salah satunya tidak mencatat nama komputernya. Pastikan diagnosis sebelum perbaikan berasal dari server yang sama.',
  'report.heading': 'Laporan',
  'report.intro':
    'Simpan laporan untuk arsip atau untuk dikirim ke admin senior. Samarkan laporan sebelum mengirimkannya ke luar perusahaan Anda.',
  'report.redact': 'Samarkan nama host, alamat, domain, dan alamat email',
  'report.format': 'Format',
  'report.format.html': 'HTML (untuk dibaca dan dicetak)',
  'report.format.json': 'JSON (untuk skrip dan untuk dibuka lagi di sini)',
  'report.save': 'Simpan laporan',
  'report.download': 'Unduh salinan',
  'report.finish': 'Selesai',
  'review.leave': 'Tutup laporan dan periksa server ini',
  'finish.heading': 'Selesai',
  'finish.fixes.skipped': 'Perbaikan dilewati: tidak ada yang diubah.',
  'finish.fixes.notApplied': 'Perbaikan tidak diterapkan: tidak ada yang diubah.',
  'finish.fixes.none': 'Tidak ada perubahan registri yang diperlukan.',
  'finish.restart.due': 'Mulai ulang masih diperlukan: perubahan baru berlaku setelahnya.',
  'finish.report.none': 'Tidak ada laporan yang disimpan.',
  'finish.next': 'Kirim laporan ke admin senior jika masih ada yang perlu dilakukan.',
  'finish.reopens': 'Setelah mulai ulang, wizard terbuka dengan sendirinya dan memeriksa lagi.',
  'finish.again': 'Periksa server ini lagi',
  'report.saved': 'Disimpan ke {file}',
  'review.note':
    'Anda sedang meninjau laporan tersimpan dari {machine}, yang dibuat {time}. Tidak ada yang dijalankan ulang dan tidak ada yang dapat diubah dari sini.',
  'report.summary': 'Ringkasan',
  'menu.view': 'Tampilan',
  'menu.help': 'Bantuan',
  'menu.openLogs': 'Buka folder log',
  'dialog.saveReport': 'Simpan laporan',
  'dialog.openReport': 'Buka laporan tersimpan',
  'usage.usage': 'Penggunaan:',
  'usage.options': 'Opsi:',
  'usage.help': 'tampilkan bantuan ini',
  'usage.diagnose.summary':
    'Membaca registri (live di Windows, file "reg export", atau server contoh), memeriksa Schannel, .NET, WinHTTP, cipher suite, build Exchange, dan status mulai ulang, lalu menampilkan kesimpulan beserta setiap masalah dan buktinya.',
  'usage.diagnose.registry':
    'analisis file yang dibuat di server dengan "reg export" (ulangi opsi ini, atau sebutkan folder berisi file .reg: semuanya dibaca sebagai satu registri). Kesimpulan memerlukan lebih dari kunci Schannel; jika ada yang kurang, diagnosis menyebutkan apa saja, beserta perintah "reg export" yang tepat (lihat docs/collect/).',
  'usage.diagnose.probe': 'uji juga server melalui TLS/STARTTLS (dapat diulang)',
  'usage.diagnose.domain': 'uji juga titik akhir Office 365 milik penyewa (tenant), yaitu MX-nya',
  'usage.diagnose.timeout': 'batas waktu pengujian, 100 hingga 120000 ms',
  'usage.diagnose.logs':
    'pindai juga log protokol SMTP (file atau folder; dapat diulang): temuannya digabungkan ke diagnosis (di server, log milik server itu sendiri ditemukan otomatis)',
  'usage.diagnose.json': 'tampilkan JSON (schemaVersion 2)',
  'usage.diagnose.out': 'simpan juga diagnosis JSON',
  'usage.diagnose.report':
    'simpan laporan untuk dikirim: FILE.html (satu halaman mandiri) atau FILE.json (dapat dibuka lagi di wizard)',
  'usage.diagnose.redact':
    'ganti nama host, alamat IP, domain, dan alamat email dalam laporan dengan nilai pengganti, untuk dibagikan ke luar perusahaan',
  'usage.diagnose.force': 'timpa file --out atau --report yang sudah ada',
  'usage.probe.summary':
    'Mencoba TLS 1.0, 1.1, 1.2, dan 1.3 terhadap setiap server yang diberikan (SMTP STARTTLS pada port 25/587, TLS implisit pada port 465 atau dengan --starttls none) dan menampilkan apa yang diterimanya. Beberapa server diuji dalam satu proses, enam belas sekaligus; kode keluar 3 jika salah satunya tidak dapat dijangkau.',
  'usage.probe.starttls': 'smtp: STARTTLS setelah EHLO; none: TLS sejak byte pertama',
  'usage.probe.timeout': 'per percobaan, 100 hingga 120000 ms',
  'usage.probe.json':
    'tampilkan JSON: satu target, hasilnya; beberapa target, satu dokumen \'{\'"probeBatch": 1, "targets", "unreachable", "results": [...]\'}\' dengan hasil sesuai urutan yang diberikan',
  'usage.fix.summary':
    'Menampilkan perubahan registri yang mengatasi temuan; --apply menerapkannya setelah membuat cadangan, dan otomatis mengembalikan dari cadangan jika ada yang gagal.',
  'usage.fix.dry-run': 'hanya tampilkan rencana (default)',
  'usage.fix.apply':
    'terapkan perubahan (live: dijalankan sebagai administrator; file .reg: perlu --out)',
  'usage.fix.out': 'untuk file .reg, tempat salinan yang sudah diperbaiki disimpan',
  'usage.fix.backup-dir':
    'tempat cadangan disimpan (default: %ProgramData%\\MailflowTlsWizard\\backups)',
  'usage.fix.dotnet':
    'atur juga sakelar TLS .NET jika tidak ada Exchange yang berjalan (relai SMTP)',
  'usage.rollback.summary':
    'Mengembalikan nilai-nilai yang tersimpan dalam cadangan (cadangan terbaru dengan --newest).',
  'usage.rollback.newest': 'cadangan terbaru di folder cadangan',
  'usage.rollback.backup-dir': 'tempat cadangan disimpan',
  'usage.rollback.registry': 'pulihkan ke salinan snapshot ini, bukan ke registri live',
  'usage.rollback.out': 'dengan --registry, tempat salinan yang dipulihkan disimpan',
  'usage.restart.summary':
    'Memulai ulang Windows sekarang atau dalam MINUTES menit (shutdown.exe), atau membatalkan mulai ulang yang dijadwalkan; wizard menjalankan pemeriksaan lagi setelah mulai ulang.',
  'usage.restart.in': 'mulai ulang dalam 1 hingga 10080 menit',
  'usage.restart.now': 'mulai ulang sekarang',
  'usage.restart.cancel': 'batalkan mulai ulang yang dijadwalkan',
  'usage.restart.dry-run': 'tampilkan perintahnya tanpa menjalankannya',
  'usage.verify.summary':
    'Menjalankan pemeriksaan lagi dan menampilkannya berdampingan dengan diagnosis yang dibuat sebelum perbaikan.',
  'usage.verify.before':
    'diagnosis atau laporan JSON sebelum perbaikan (default: yang disimpan oleh wizard)',
  'usage.report.summary':
    'Mengubah laporan JSON tersimpan menjadi halaman HTML lagi (tidak ada yang dijalankan ulang); --redact membuat salinan untuk dibagikan ke luar perusahaan.',
  'usage.report.html': 'tempat halaman disimpan',
  'usage.report.redact': 'ganti nama host, alamat IP, domain, dan alamat email',
  'usage.report.force': 'timpa OUT.html yang sudah ada',
  'usage.logs.summary':
    'Membaca log protokol kirim dan terima SMTP (serta peristiwa Schannel di log Sistem) dan menunjukkan apa yang sebenarnya terjadi dengan Office 365: sesi yang gagal dan sebabnya, kapan TLS 1.2 terakhir berfungsi, mitra yang masih menggunakan TLS 1.0/1.1, serta sesi sebelum dan sesudah perbaikan.',
  'usage.logs.path':
    'file log atau folder (setiap file .log di bawahnya); di server Exchange, folder SmtpSend/SmtpReceive miliknya ditemukan dari jalur instalasinya',
  'usage.logs.since':
    'hanya sesi mulai DATE: 2024-01-14, 2024-01-14T08:00 (waktu lokal; tambahkan Z untuk UTC) atau 7d (7 hari yang lalu)',
  'usage.logs.fix-time':
    'pisahkan hitungan sebelum/sesudah DATE (default: saat perbaikan oleh wizard diterapkan, menurut file statusnya di server)',
  'usage.logs.events':
    'peristiwa Schannel yang disimpan di server dengan wevtutil (lihat README: wevtutil qe System /q:... /f:xml > FILE.xml); di server: dibaca live',
  'usage.logs.json': 'tampilkan JSON (logs schemaVersion 1)',
  'usage.serve.summary':
    'Menyajikan wizard hanya di 127.0.0.1 (Server Core, atau tanpa Electron); baris pertama yang ditampilkan adalah alamatnya beserta token akses.',
  'usage.serve.port': '0 hingga 65535 (default 0: port bebas mana pun)',
  'usage.serve.out-dir': 'tempat perbaikan offline dan laporan ditulis',
  'usage.serve.verify': 'buka pada langkah verifikasi (setelah mulai ulang)',
  'usage.serve.before': 'diagnosis sebelum perbaikan, untuk --verify',
  'usage.serve.logs':
    'file atau folder log protokol yang dipindai pada setiap pemeriksaan (dapat diulang)',
  'usage.serve.lang': 'bahasa wizard (default: bahasa browser): en, id, lt, vi, zh-CN, ro',
  'usage.opt.registryOne':
    'file "reg export" yang dibuat di server (hanya dibaca, tidak pernah diubah)',
  'usage.opt.registryMany':
    'file "reg export" yang dibuat di server, atau folder yang ditulis skrip pengumpul (ulangi opsi ini: dibaca sebagai satu registri, tidak pernah diubah)',
  'usage.opt.demo': 'server contoh bawaan: {demos}',
  'usage.opt.json': 'tampilkan JSON, bukan teks',
  'usage.tagline':
    'Mailflow TLS Wizard: mengapa server ini tidak dapat menggunakan TLS 1.2 dengan Office 365?',
  'usage.logDir':
    'folder log dukungan; default %ProgramData%\\MailflowTlsWizard\\logs, atau folder sementara di luar Windows',
  'usage.exitCodes':
    'Setiap perintah menerima --lang LANG (en, id, lt, vi, zh-CN, ro) untuk output yang dibaca manusia; default-nya adalah bahasa sistem jika ada katalog untuk bahasa itu. Output JSON sama dalam semua bahasa. Kode keluar: 0 sehat / selesai, 1 perlu tindakan, 2 input atau penggunaan salah, 3 kegagalan tak terduga (probe: target tidak dapat dijangkau), 4 belum dapat disimpulkan (diagnose: registri tidak menunjukkan cukup data; tidak ada masalah yang ditemukan dalam data yang ditunjukkannya; logs: tidak ada baris log yang dibaca).',
  'error.cli.noHelp':
    'tidak ada bantuan untuk "{topic}"; jalankan "tlswizard --help" untuk melihat daftarnya',
  'error.cli.langMissing': '--lang memerlukan bahasa: salah satu dari {languages}',
  'error.cli.badLang': '--lang menerima salah satu dari {languages}, bukan "{value}"',
  'error.cli.unknownCommand':
    'perintah "{name}" tidak dikenal; jalankan "tlswizard --help" untuk melihat daftarnya',
  'error.cli.withHelpHint':
    '{message}; jalankan "tlswizard {command} --help" untuk melihat opsinya',
  'error.cli.unexpected':
    'kegagalan tak terduga: {detail}\n(atur TLSWIZARD_DEBUG=1 untuk melihat detailnya)',
  'error.cli.unexpectedBare': 'kegagalan tak terduga: {detail}',
  'error.cli.logDirNeedsFolder': '--log-dir memerlukan folder: --log-dir DIR',
  'error.cli.exists': '{file} sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya',
  'error.source.both': 'gunakan --registry atau --demo, jangan keduanya',
  'error.source.unknownDemo': 'demo "{demo}" tidak dikenal; demo yang ada: {demos}',
  'error.source.noRegistry':
    'tidak ada registri Windows di mesin {platform} ini: berikan --registry FILE.reg (dibuat di server dengan "reg export") atau --demo NAME ({demos})',
  'error.cli.outputIsInput':
    '{file} juga dibaca oleh perintah ini: pilih nama lain untuk hasil yang ditulisnya (berkas masukan tidak pernah ditimpa, bahkan dengan --force)',
  'error.cli.sameOutput': '{file} disebut untuk dua keluaran: beri masing-masing nama sendiri',
  'error.cli.noProgramData': '%ProgramData% tidak diatur; tentukan --backup-dir DIR',
  'error.cli.elevation':
    'Mengubah registri memerlukan proses yang dijalankan sebagai administrator. Tutup jendela ini, klik kanan "Mailflow TLS Wizard" (atau Prompt Perintah Anda), lalu pilih "Run as administrator" (Jalankan sebagai administrator), kemudian jalankan perbaikan lagi. Diagnosis tetap dapat dijalankan tanpa hak administrator.',
  'error.diagnose.emptyFolder': '{folder} adalah folder yang tidak berisi file .reg',
  'error.diagnose.folderDenied':
    'tidak dapat menampilkan daftar file .reg di {folder}: akses ditolak. Jalankan tlswizard sebagai pengguna yang boleh membaca folder itu, atau salin file .reg ke folder yang dapat Anda baca',
  'error.diagnose.folderUnreadable':
    'tidak dapat menampilkan daftar file .reg di {folder}: {reason}',
  'error.diagnose.redactNeedsReport':
    '--redact berlaku untuk laporan: tambahkan --report FILE.html atau FILE.json',
  'error.fix.dryRunOrApply': 'gunakan --dry-run atau --apply, jangan keduanya',
  'error.fix.applyNeedsOut':
    'dengan file .reg, --apply menulis salinan yang sudah diperbaiki: tambahkan --out PATCHED.reg',
  'error.report.oneReport':
    'berikan satu laporan tersimpan: tlswizard report FILE.json --html OUT.html',
  'error.report.needHtml': 'tentukan tempat halaman ditulis: --html OUT.html',
  'error.report.htmlName':
    '--html menulis halaman HTML: namanya harus berakhiran .html (bukan "{file}")',
  'error.verify.noBefore':
    'tidak ada diagnosis sebelumnya yang tercatat: berikan --before FILE.json (disimpan dengan tlswizard diagnose --out)',
  'error.verify.redactedReport':
    '{file} adalah laporan yang disamarkan: namanya sudah diganti, jadi laporan itu tidak dapat menunjukkan bahwa isinya tentang mesin ini. Berikan laporan yang disimpan tanpa --redact, atau diagnosis yang disimpan sebelum perbaikan (tlswizard diagnose --out FILE.json)',
  'error.verify.differentMachines':
    'diagnosis sebelum perbaikan berasal dari {before}, tetapi diagnosis baru berasal dari {after}: keduanya komputer yang berbeda, jadi tidak ada yang bisa dipastikan sudah diperbaiki. Jalankan tlswizard verify di {before}, tempat diagnosis itu dibuat, atau berikan diagnosis yang disimpan di {after} sebelum perbaikannya (tlswizard diagnose --out FILE.json)',
  'error.logs.badDate':
    '{option} "{value}" bukan tanggal: tulis 2024-01-14, 2024-01-14T08:00 (waktu lokal; tambahkan Z untuk UTC) atau 7d (7 hari yang lalu)',
  'error.logs.namePaths':
    'sebutkan file atau folder log protokol (yang disalin dari server); di server Exchange itu sendiri, file tersebut ditemukan tanpa perlu disebutkan',
  'error.logs.missing': '{path}: file atau folder tersebut tidak ada',
  'error.logs.notFileOrFolder': '{path} bukan file maupun folder',
  'error.logs.folderUnreadable':
    'tidak dapat mendaftar log protokol di {path}: {reason}. Jalankan tlswizard sebagai pengguna yang boleh membaca folder itu (administrator di server Exchange), atau salin log ke folder yang dapat Anda baca',
  'error.serve.badPort':
    '--port menerima angka dari 0 hingga 65535, tetapi yang diberikan "{value}"',
  'error.serve.where':
    'Hanya komputer ini yang dapat membukanya (127.0.0.1). Perbaikan offline dan laporan disimpan di {outDir}. Tekan Ctrl+C untuk berhenti.',
  'error.serve.noFreeName': 'tidak ada lagi nama laporan yang tersedia di {folder}',
  'error.serve.outDirNotFolder':
    'tidak dapat menyimpan laporan dan perbaikan di {folder}: jalur itu, atau folder di atasnya, adalah sebuah file. Pilih folder dengan --out-dir DIR (folder dibuat jika belum ada)',
  'error.serve.outDirDenied':
    'tidak dapat membuat folder {folder}: akses ditolak. Pilih folder yang boleh Anda tulisi dengan --out-dir DIR',
  'error.serve.outDirFailed':
    'tidak dapat membuat folder {folder}: {reason}. Pilih folder lain dengan --out-dir DIR',
  'error.serve.portInUse':
    'port {port} di 127.0.0.1 sudah dipakai oleh program lain. Pilih port yang bebas dengan --port N, atau hilangkan --port agar port bebas mana pun dipakai',
  'error.serve.portDenied':
    'akun ini tidak diizinkan mendengarkan di port {port}. Pilih port di atas 1023 dengan --port N, atau hilangkan --port agar port bebas mana pun dipakai',
  'error.restart.chooseOne': 'pilih tepat satu dari --in MINUTES, --now, atau --cancel',
  'error.restart.badMinutes':
    '--in menerima jumlah menit berupa bilangan bulat, tetapi yang diberikan "{value}"',
  'error.restart.notWindows':
    'mulai ulang hanya untuk server Windows itu sendiri; sistem ini adalah {platform} (gunakan --dry-run untuk melihat perintahnya)',
  'error.restart.delayRange':
    'penundaan mulai ulang harus berupa bilangan bulat menit dari 1 hingga {max}, tetapi yang diberikan {minutes}',
  'error.restart.badRelaunchPath': 'tidak dapat mendaftarkan peluncuran ulang untuk jalur {path}',
  'error.state.damaged':
    '{file} rusak; hapus file tersebut (file itu hanya mencatat apakah mulai ulang masih diperlukan)',
  'error.state.notDiagnosis': '{file} bukan diagnosis yang disimpan oleh tlswizard',
  'error.state.notDiagnosisJson': '{file} bukan diagnosis yang disimpan oleh tlswizard: {detail}',
  'error.json.atLine': 'JSON tidak valid pada baris {line}, kolom {column}',
  'error.json.atCharacter': 'JSON tidak valid pada karakter ke-{position}',
  'error.json.endsEarly': 'teks JSON berakhir terlalu cepat',
  'error.json.invalid': 'JSON tidak valid',
  'error.rollback.giveOne': 'berikan satu file cadangan',
  'error.rollback.nameOrNewest': 'sebutkan file cadangan, atau gunakan --newest',
  'error.rollback.notBoth': 'gunakan file cadangan atau --newest, jangan keduanya',
  'error.rollback.needOut':
    'dengan --registry, snapshot yang dipulihkan ditulis ke salinan: tambahkan --out RESTORED.reg',
  'error.rollback.noBackupIn': 'tidak ditemukan cadangan di {folder}',
  'error.rollback.noBackupFolder':
    'tidak ditemukan cadangan (tidak ada folder cadangan: tentukan --backup-dir DIR)',
  'error.rollback.restored': '{values} nilai dipulihkan dan {keys} kunci dihapus dari {file}.',
  'error.rollback.notRecorded':
    '{file} bukan cadangan yang ditulis produk ini di mesin ini, atau telah diubah sejak ditulis: tidak dipulihkan. Jika Anda memercayainya, impor sendiri (reg import) di Command Prompt dengan hak administrator.',
  'rollback.notRecordedNote':
    'Catatan: {file} bukan cadangan yang dicatat produk ini di mesin ini (atau telah diubah sejak ditulis). Nilainya dikembalikan sesuai isinya, dalam batas nilai yang boleh diubah oleh perbaikan.',
  'error.rollback.kept':
    'Kunci {key} dipertahankan: kunci ini berisi nilai atau subkunci yang tidak pernah dibuat oleh produk ini (hanya nilai milik produk ini yang dihapus).',
  'error.rollback.stillDifferent': 'Masih berbeda: {mismatches}',
  'error.rollback.allMatch': 'Dibaca kembali: semuanya sesuai dengan cadangan.',
  'error.rollback.notBackup':
    '{file}:{line}: ini bukan cadangan yang ditulis oleh Mailflow TLS Wizard (bukan file .reg yang valid)',
  'error.fixes.outNotReg': '--out harus menyebutkan file .reg, tetapi yang diberikan {out}',
  'error.fixes.outExists': '{file} sudah ada; pilih --out lain',
  'error.fixes.planChanged':
    'registri atau diagnosis telah berubah sejak rencana ini ditampilkan: tinjau rencana yang baru, lalu terapkan',
  'error.fixes.valueChanged':
    '{key}\\{name} telah berubah sejak rencana dibuat (sekarang {now}, direncanakan dari {planned}): buat rencana lagi',
  'error.fixes.noBackupPlace':
    '%ProgramData% tidak diatur: tidak ada tempat untuk menyimpan cadangan',
  'error.fixes.noBackupFolder': '%ProgramData% tidak diatur: tidak ada folder cadangan',
  'error.fixes.noBackup': 'tidak ada cadangan yang dapat digunakan untuk mengembalikan perubahan',
  'error.fixes.nonAsciiValue':
    'menolak mengubah "{name}": "{text}" berisi karakter yang bukan ASCII biasa',
  'error.fixes.nonAsciiKey':
    'menolak mengubah kunci: "{text}" berisi karakter yang bukan ASCII biasa',
  'error.fixes.badPathValue': 'menolak mengubah "{name}": {reason}',
  'error.fixes.badPathKey': 'menolak mengubah kunci: {reason}',
  'error.fixes.notManaged':
    'menolak mengubah {key}\\{name}: mesin perbaikan hanya menulis nilai TLS 1.2 Schannel, TLS .NET, dan WinHTTP yang dikenalnya',
  'error.fixes.notDword':
    'menolak menulis {type} ke {key}\\{name}: hanya nilai REG_DWORD yang ditulis di sana',
  'error.fixes.noChangeNeeded':
    'menolak menulis {value} ke {key}\\{name}: nilai ini tidak perlu diubah',
  'error.fixes.otherValue':
    'menolak menulis {value} ke {key}\\{name}: mesin perbaikan menulis {want} di sana',
  'error.fixes.keyNotManaged':
    'menolak membuat atau menghapus kunci {key}: kunci ini tidak dikelola oleh mesin perbaikan',
  'error.fixes.restoreType':
    'menolak memulihkan {key}\\{name} sebagai {type}: cadangan dari produk ini tidak menyimpan nilai sebesar itu di sana',
  'error.fixes.otherControlSet':
    'ekspor ini adalah hive SYSTEM offline, dibaca dari {controlSet}: perbaikan ditulis untuk CurrentControlSet, set yang dibaca server yang sedang berjalan, jadi perbaikan tidak dapat disiapkan dari berkas ini. Ekspor kunci-kuncinya di server yang sedang berjalan (docs/collect/collect-tls-registry.cmd) dan siapkan perbaikan dari ekspor itu.',
  'error.file.notPlainName':
    'menolak menggunakan "{name}": ini bukan nama file biasa di dalam {folder}',
  'error.file.regExists': '{file} sudah ada; pilih nama lain',
  'error.write.symlink':
    'tidak dapat menulis {file}: ini adalah tautan simbolis (tidak pernah diikuti)',
  'error.write.notFile': 'tidak dapat menulis {file}: ini bukan file',
  'error.write.other': 'tidak dapat menulis {file}: {reason}',
  'error.write.ENOSPC': 'tidak dapat menulis {file}: disk penuh',
  'error.write.EDQUOT': 'tidak dapat menulis {file}: kuota disk sudah habis',
  'error.write.EROFS': 'tidak dapat menulis {file}: disk bersifat baca-saja',
  'error.write.EACCES': 'tidak dapat menulis {file}: akses ditolak',
  'error.write.ENOENT': 'tidak dapat menulis {file}: foldernya tidak ada',
  'error.write.EISDIR': 'tidak dapat menulis {file}: ini adalah folder',
  'error.write.EEXIST':
    'tidak dapat menulis {file}: file sudah ada; pilih nama lain (tidak ada yang ditimpa)',
  'error.write.ENAMETOOLONG': 'tidak dapat menulis {file}: namanya terlalu panjang',
  'error.write.EFBIG': 'tidak dapat menulis {file}: file akan terlalu besar untuk disk ini',
  'error.write.EIO': 'tidak dapat menulis {file}: disk melaporkan kesalahan input/output',
  'error.reg.empty': 'file kosong; yang diharapkan adalah ekspor registri',
  'error.reg.tooShort': 'panjang file hanya {bytes} byte; yang diharapkan adalah ekspor registri',
  'error.reg.oddBytes':
    'file berakhir di tengah karakter {encoding} (jumlah byte ganjil): file tampaknya terpotong',
  'error.reg.tooLarge8bit':
    'file terlalu besar untuk file .reg 8-bit yang tidak seluruhnya ASCII (maksimum 64 MB)',
  'error.reg.lineTooLong': 'baris lebih panjang dari {max} karakter',
  'error.reg.binary': 'data biner (byte NUL) dalam file teks 8-bit: ini bukan file .reg',
  'error.reg.cannotOpen': 'tidak dapat membuka: {reason}',
  'error.web.hostNotAllowed': 'Host "{host}" tidak diizinkan: gunakan {allowed}',
  'error.web.badToken': 'token tidak ada atau salah: buka alamat yang ditampilkan oleh wizard',
  'error.reg.badHeader':
    'yang diharapkan adalah header "{v5}" atau "{regedit4}", tetapi yang ditemukan {found}',
  'error.reg.badLine':
    'yang diharapkan adalah baris [KEY], baris "nama"=nilai, @=nilai, atau komentar ;, tetapi yang ditemukan {found}',
  'error.reg.endsMidLine': 'file berakhir di tengah baris: file tampaknya terpotong',
  'error.reg.keyNotClosed':
    'file berakhir tepat setelah baris ini, tanpa baris kosong yang menutup setiap kunci dalam hasil reg export: file tampaknya terpotong',
  'error.reg.noHeader':
    'tidak ada header: yang diharapkan adalah "{v5}" atau "{regedit4}" pada baris pertama',
  'error.reg.endsInHex':
    'file berakhir di dalam nilai hex yang dilanjutkan dengan "\\" (nilai ini dimulai pada baris {line}): file tampaknya terpotong',
  'error.reg.noCloseBracket': 'yang diharapkan adalah "]" untuk menutup nama kunci {found}',
  'error.reg.textAfterBracket': 'ada teks yang tidak terduga setelah "]": {found}',
  'error.reg.emptyKeyName': 'nama kunci kosong dalam [ ]',
  'error.reg.emptyKeyPart': 'nama kunci kosong di antara dua garis miring terbalik dalam {found}',
  'error.reg.valueBeforeKey': 'ada baris nilai sebelum baris [KEY] mana pun',
  'error.reg.valueUnderDeleted':
    'ada nilai di bawah [-{key}], padahal kunci ini dihapus oleh file ini',
  'error.reg.noEquals':
    'yang diharapkan adalah "=" setelah nama nilai, tetapi yang ditemukan {found}',
  'error.reg.textAfterQuote': 'ada teks yang tidak terduga setelah tanda kutip penutup: {found}',
  'error.reg.badDword':
    'yang diharapkan adalah tepat 8 digit hex setelah "dword:", tetapi yang ditemukan {found}',
  'error.reg.badData':
    'yang diharapkan setelah "=" adalah "string", dword:, hex:, hex(N):, atau -, tetapi yang ditemukan {found}',
  'error.reg.nameNotClosed': 'nama nilai tidak ditutup dengan tanda kutip ganda: {found}',
  'error.reg.stringNotClosed': 'nilai string tidak ditutup dengan tanda kutip ganda: {found}',
  'error.reg.nameBadEscape':
    'dalam nama nilai, garis miring terbalik hanya boleh ditulis ganda (\\\\), ditulis di depan tanda kutip (\\"), atau menyatakan jeda baris (\\r, \\n), tetapi yang ditemukan {found}',
  'error.reg.stringBadEscape':
    'dalam nilai string, garis miring terbalik hanya boleh ditulis ganda (\\\\), ditulis di depan tanda kutip (\\"), atau menyatakan jeda baris (\\r, \\n), tetapi yang ditemukan {found}',
  'error.reg.badHexByte': 'yang diharapkan adalah byte hex (00 sampai ff) di {found}',
  'error.reg.noHexComma': 'yang diharapkan adalah "," di antara byte hex di {found}',
  'error.regPath.unknownRoot':
    'kunci akar "{root}" dalam "{path}" tidak dikenal: yang diharapkan adalah HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU), HKEY_CLASSES_ROOT (HKCR), HKEY_USERS (HKU), atau HKEY_CURRENT_CONFIG (HKCC)',
  'error.regPath.emptyName': 'nama kunci kosong di antara dua garis miring terbalik dalam "{path}"',
  'error.read.reason.missing': 'file tidak ada',
  'error.read.reason.folder': 'ini adalah folder, bukan file',
  'error.read.reason.notAFile': 'ini bukan file biasa (melainkan perangkat, pipe, atau soket)',
  'error.read.reason.tooLarge':
    'ukurannya lebih dari {size}, jauh melebihi ukuran wajar file semacam ini',
  'error.read.reason.denied': 'akses ditolak',
  'error.read.reason.other': 'file tidak dapat dibaca',
  'error.read.missing': 'tidak dapat membaca {file}: file tidak ada',
  'error.read.folder': 'tidak dapat membaca {file}: ini adalah folder, bukan file',
  'error.read.notAFile':
    'tidak dapat membaca {file}: ini bukan file biasa (melainkan perangkat, pipe, atau soket)',
  'error.read.tooLarge':
    'tidak dapat membaca {file}: ukurannya lebih dari {size}, jauh melebihi ukuran wajar file semacam ini',
  'error.read.denied': 'tidak dapat membaca {file}: akses ditolak',
  'error.read.other': 'tidak dapat membaca {file}: file tidak dapat dibaca',
  'error.read.detail': 'tidak dapat membaca {file}: {detail}',
  'error.liveRegistry.wshPolicy':
    'Windows Script Host dinonaktifkan oleh kebijakan ({key}\\Enabled = 0)',
  'error.liveRegistry.cscriptNotStarted': 'cscript.exe tidak dapat dijalankan ({detail})',
  'error.liveRegistry.cscriptTimeout':
    'percobaan menjalankan cscript.exe tidak selesai dalam {seconds} detik',
  'error.liveRegistry.cscriptFailed':
    'percobaan menjalankan cscript.exe gagal (kode keluar {code})',
  'error.liveRegistry.cscriptFailedSaid':
    'percobaan menjalankan cscript.exe gagal (kode keluar {code}: {said})',
  'error.liveRegistry.noCscript': 'cscript.exe tidak ada di {folder}',
  'error.liveRegistry.noVbscript': 'VBScript tidak terinstal (tidak ada vbscript.dll di {folder})',
  'error.liveRegistry.regeditFailed': 'regedit tidak dapat dibuka ({detail})',
  'error.liveRegistry.bothFailed':
    'tidak dapat membaca registri: {reason}, dan native-reg juga gagal ({detail})',
  'error.liveRegistry.fallback':
    '{reason}: registri dibaca melalui native-reg, bukan melalui regedit.',
  'error.cli.unknownOption': "Opsi ''{option}'' tidak dikenal",
  'error.cli.unknownOptionDashDash':
    "Opsi ''{option}'' tidak dikenal. Untuk menentukan argumen posisional yang diawali dengan '-', letakkan argumen tersebut di akhir perintah setelah '--', seperti pada ''-- \"{option}\"",
  'error.cli.optionNeedsValue': "Argumen untuk opsi ''{option} <value>'' tidak ada",
  'error.cli.optionAmbiguous':
    "Argumen opsi ''{option}'' ambigu.\nApakah Anda lupa menentukan argumen untuk opsi ''{option}''?\nUntuk menentukan argumen opsi yang diawali dengan tanda hubung, gunakan ''{option}=-XYZ''.",
  'error.cli.optionTakesNoValue': "Opsi ''{option}'' tidak menerima argumen",
  'error.cli.registryHint': '{message} (ekspor registri diberikan sebagai --registry {file})',
  'error.cli.unexpectedArgument':
    "Argumen ''{argument}'' tidak terduga. Perintah ini tidak menerima argumen posisional",
  'restart.need.unknown':
    'Tidak diketahui apakah Windows sedang menunggu mulai ulang: pembacaan registri tidak menunjukkannya. Tidak ada perubahan yang diterapkan di sini.',
  'fixes.nothingKnown':
    'Tidak ada perubahan registri yang dapat direncanakan dari apa yang ditunjukkan registri; itu tidak membuktikan bahwa tidak ada yang diperlukan (lihat apa yang kurang pada langkah Pemeriksaan).',
  'checks.targets.hint.local':
    'Layanan SMTP lokal diusulkan. Masukkan domain yang diterima (accepted domain) Anda untuk menambahkan titik akhir Office 365; edit, hapus, atau tambahkan smart host.',
  'checks.targets.hint.office365':
    'Titik akhir Office 365 Anda diusulkan. Edit, hapus, atau tambahkan smart host.',
  'checks.targets.hint.none':
    'Tidak ada server yang diusulkan: masukkan domain yang diterima (accepted domain) Anda untuk menemukan titik akhir Office 365, atau tambahkan smart host.',
  'checks.next.step':
    'Berikutnya: {step}. Tidak ada perubahan registri yang direncanakan untuk masalah yang ditemukan.',
  'checks.next.advice':
    'Berikutnya: tidak ada perubahan registri yang direncanakan untuk masalah yang ditemukan. Lakukan apa yang disebutkan dalam rincian setiap masalah di bawah ini, dimulai dari yang terparah, lalu jalankan pemeriksaan lagi.',
  'fixes.apply.title': 'Ubah registri server ini?',
  'fixes.apply.text':
    '{count, plural, other {# nilai registri}} diatur seperti yang ditunjukkan rencana, setelah cadangan disimpan. Perubahan berlaku setelah mulai ulang; Batalkan mengembalikannya dari cadangan.',
  'fixes.apply.keep': 'Tidak, jangan ubah apa pun',
  'fixes.apply.confirm': 'Ya, terapkan',
  'fixes.apply.fileTitle': 'Tulis perbaikan ke file?',
  'fixes.apply.fileText':
    '{count, plural, other {# perubahan registri}} ditulis ke file perbaikan untuk diimpor di server, bersama salinan file registri ini yang sudah ditambal dan cadangan untuk membatalkannya. Tidak ada yang berubah di server sampai file perbaikan diimpor di sana.',
  'fixes.apply.fileConfirm': 'Ya, tulis file',
  'fixes.rollback.title': 'Batalkan perubahan?',
  'fixes.rollback.text':
    'Nilai registri yang diubah oleh perbaikan dikembalikan dari cadangan {file}, dan kunci yang dibuatnya dihapus. Pengaturan lama berlaku setelah mulai ulang berikutnya.',
  'fixes.rollback.keep': 'Tidak, pertahankan perubahan',
  'fixes.rollback.confirm': 'Ya, batalkan',
  'restart.why.applied':
    'Windows hanya membaca pengaturan Schannel saat dimulai, dan tidak menampilkan pengingat mulai ulang sendiri untuk pengaturan tersebut. Sampai server dimulai ulang, perubahan yang baru dibuat belum berlaku.',
  'restart.why.pending':
    'Mulai ulang memungkinkan Windows menyelesaikan apa yang sedang ditunggunya, seperti pembaruan, instalasi, atau pengaturan yang diubah sejak Windows dimulai.',
  'restart.pending.fixesSkipped':
    'Anda melewati perbaikan: mulai ulang ini tidak menerapkannya, dan masalah yang diperbaikinya tetap ada.',
  'restart.offline.pending':
    'Pemeriksaan menemukan bahwa Windows di server asal registri ini sedang menunggu untuk dimulai ulang. Registri ini berupa file, jadi tidak ada yang dimulai ulang dari sini: mulai ulang server tersebut secara langsung, pada saat alur email boleh berhenti.',
  'finish.restart.pending':
    'Mulai ulang masih diperlukan: pemeriksaan menemukan bahwa Windows sedang menunggu untuk dimulai ulang.',
}
