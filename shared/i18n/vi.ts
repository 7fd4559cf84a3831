/** The Vietnamese catalog: every English key, with registry names, versions and commands as is. */
import type { Catalog } from './translate'

export const vi: Catalog = {
  'verdict.healthy':
    'Tốt: theo những gì sổ đăng ký cho thấy, máy chủ này dùng được TLS 1.2 với Office 365, và sổ đăng ký đã cho thấy mọi thông tin cần thiết.',
  'verdict.action-needed':
    'Cần xử lý: máy chủ này không thể dùng TLS 1.2 với Office 365 một cách ổn định.',
  'verdict.inconclusive':
    'Chưa kết luận được: sổ đăng ký không cho thấy đủ thông tin để biết máy chủ này có dùng được TLS 1.2 với Office 365 hay không. Không tìm thấy lỗi nào trong những gì nó cho thấy.',
  'severity.error': 'LỖI',
  'severity.warning': 'CẢNH BÁO',
  'severity.info': 'THÔNG TIN',
  'evidence.notSet': 'chưa đặt',
  'evidence.expected': 'cần có',
  'evidence.fixes': 'bản sửa',
  'evidence.item.key': '(khóa)',
  'evidence.item.state': 'trạng thái',
  'evidence.item.stateFile': 'tệp trạng thái của Mailflow TLS Wizard',
  'evidence.item.schannelDefault': 'Schannel với thiết lập mặc định của hệ thống',
  'evidence.item.certificateValidTo': 'chứng chỉ có hiệu lực đến (validTo)',
  'evidence.item.certificateNames': 'tên trong chứng chỉ',
  'evidence.item.certificateChain': 'chuỗi chứng chỉ',
  'evidence.item.lastO365Failure': 'lần lỗi gần nhất với Office 365',
  'evidence.item.lastO365Success': 'lần TLS thành công gần nhất với Office 365',
  'evidence.item.starttlsRefused': 'phiên bị từ chối vì không dùng STARTTLS',
  'evidence.item.logFiles': 'tệp nhật ký',
  'evidence.item.read': 'đọc',
  'evidence.item.event': 'sự kiện',
  'evidence.item.alert': 'alert TLS {alert}',
  'evidence.item.buildTable': 'Bảng bản dựng Exchange trong phiên bản Mailflow TLS Wizard này',
  'evidence.item.tableDate': 'ngày',
  'evidence.found.set': 'đã đặt',
  'evidence.found.exists': 'có tồn tại',
  'evidence.found.nonZero': 'khác 0',
  'evidence.found.notExported': 'không có trong bản xuất',
  'evidence.found.keyNotValue': 'là khóa, không phải giá trị',
  'evidence.found.values': '{count, plural, =0 {không có giá trị} other {# giá trị}}',
  'evidence.found.notOffered': 'không được cung cấp',
  'evidence.want.defined': 'được định nghĩa rõ',
  'evidence.want.sameAsSide': 'giống {side}',
  'evidence.want.sameAsIn': 'giống trong {controlSet}',
  'evidence.want.zeroOrOne': '0 hoặc 1',
  'evidence.want.healthChecker': 'Health Checker cho thấy {state}',
  'evidence.want.optionalHardening': '0 (tùy chọn, để tăng cường bảo mật)',
  'evidence.want.winhttpTls12': 'bao gồm 0x800 (TLS 1.2)',
  'evidence.want.absent': 'không tồn tại',
  'evidence.want.restartAfter': 'khởi động lại sau thời điểm này',
  'evidence.want.atLeastOneOf': 'ít nhất một trong {suites}',
  'evidence.want.oneUntil': '1 cho đến khi cài {build}',
  'evidence.want.orLater': '{build} trở lên',
  'evidence.want.dotnetOrLater': '.NET {version} ({release} trở lên)',
  'evidence.want.orExchangeSe': '{build} hoặc Exchange SE',
  'evidence.want.supportedProduct':
    'một sản phẩm còn được hỗ trợ (Exchange SE; {product} đã hết hỗ trợ từ {date})',
  'evidence.want.exSetupVersion':
    'phiên bản tệp ExSetup.exe (tls-exsetup.txt do script thu thập ghi lại)',
  'evidence.want.readable': 'đọc được',
  'evidence.want.recentTable': 'không cũ hơn sáu tháng so với ngày chẩn đoán',
  'evidence.want.softwareExported':
    'được xuất cùng .NET, WinHTTP, Exchange và chính sách bộ mật mã (HKLM\\SOFTWARE)',
  'evidence.want.buildNumber': 'số bản dựng',
  'evidence.want.buildNumberWhy': 'số bản dựng (giá trị mặc định của Schannel phụ thuộc vào nó)',
  'evidence.want.schannelExported': 'được xuất (Windows nào cũng có khóa này)',
  'evidence.want.controlSetInExport': 'số của một control set có trong bản xuất',
  'evidence.want.ciphersKnown':
    'được xuất, hoặc biết bản dựng Windows (khi đó áp dụng danh sách mặc định của nó)',
  'evidence.want.valueKnown':
    'được đặt, hoặc biết bản dựng Windows (giá trị thiếu sẽ lấy mặc định của nó)',
  'evidence.want.namesControlSet': 'chỉ ra control set đang được dùng',
  'evidence.want.nowhere': 'không ở đâu cả: Schannel không đọc mục này; hãy xóa nó',
  'evidence.want.nowhereSide':
    'không ở đâu cả: Schannel không đọc mục này; hãy xóa nó (khóa giao thức chỉ có Client và Server)',
  'evidence.want.nowhereValue':
    'không ở đâu cả: Schannel không đọc mục này; hãy xóa nó (Schannel chỉ đọc Enabled và DisabledByDefault)',
  'evidence.want.bothSides': '{key}\\Client và \\Server',
  'evidence.want.valueIn': '{key}, giá trị {value} (DWORD)',
  'evidence.want.valueInBothSides': '{key}\\Client và \\Server, giá trị {value} (DWORD)',
  'evidence.want.connection': 'kết nối',
  'evidence.want.offered': 'được cung cấp',
  'evidence.want.smtpToTls': 'lời chào 220, rồi 220 cho STARTTLS',
  'evidence.want.futureDate': 'một ngày trong tương lai',
  'evidence.want.trustedRoot': 'chứng chỉ gốc đáng tin cậy',
  'evidence.want.sessionAfter': 'một phiên TLS sau đó',
  'evidence.want.afterLastFailure': 'sau lần lỗi gần nhất',
  'evidence.want.atLeastOne': 'ít nhất 1',
  'evidence.want.protocolLog': 'nhật ký giao thức',
  'finding.tls12-not-enabled.title': 'TLS 1.2 đang tắt ở phía {sides}',
  'finding.tls12-not-enabled.advice':
    'Schannel sẽ không dùng TLS 1.2 trên máy này ({os}), nên Office 365 ngắt kết nối (421 4.4.2 ... SocketError). Đặt Enabled=1 và DisabledByDefault=0 trong cả TLS 1.2\\Client và TLS 1.2\\Server, rồi khởi động lại máy chủ.',
  'finding.tls12-not-enabled.both.title':
    'TLS 1.2 đang tắt ở cả phía máy khách (Client) lẫn máy chủ (Server)',
  'finding.tls12-not-enabled.client.title': 'TLS 1.2 đang tắt ở phía máy khách (Client)',
  'finding.tls12-not-enabled.server.title': 'TLS 1.2 đang tắt ở phía máy chủ (Server)',
  'finding.tls12-not-enabled.both.advice':
    'Office 365 chỉ nhận thư qua TLS 1.2 trở lên, nên thư bị lỗi ở cả hai chiều (421 4.4.2 Connection dropped due to SocketError). Các giá trị dưới đây quyết định điều này: Enabled=0 tắt TLS 1.2, DisabledByDefault khác 0 giữ TLS 1.2 ở trạng thái tắt trừ khi một chương trình yêu cầu đích danh nó, và giá trị chưa đặt sẽ lấy mặc định của {os}. Đặt Enabled=1 và DisabledByDefault=0 trong TLS 1.2\\Client và TLS 1.2\\Server, rồi khởi động lại máy chủ.',
  'finding.tls12-not-enabled.client.advice':
    'Máy chủ này gửi thư tới Office 365 với vai trò máy khách TLS (Schannel Client), mà Office 365 chỉ chấp nhận TLS 1.2 trở lên, nên việc gửi thư thất bại (421 4.4.2 Connection dropped due to SocketError). Các giá trị dưới đây quyết định điều này: Enabled=0 tắt TLS 1.2, DisabledByDefault khác 0 giữ TLS 1.2 ở trạng thái tắt trừ khi một chương trình yêu cầu đích danh nó, và giá trị chưa đặt sẽ lấy mặc định của {os}. Đặt Enabled=1 và DisabledByDefault=0 trong TLS 1.2\\Client và TLS 1.2\\Server, rồi khởi động lại máy chủ.',
  'finding.tls12-not-enabled.server.advice':
    'Office 365 kết nối tới máy chủ này với vai trò máy khách TLS và chỉ dùng TLS 1.2 trở lên; Schannel Server là phía trả lời kết nối đó, nên thư từ Office 365 bị lỗi. Các giá trị dưới đây quyết định điều này: Enabled=0 tắt TLS 1.2, DisabledByDefault khác 0 giữ TLS 1.2 ở trạng thái tắt trừ khi một chương trình yêu cầu đích danh nó, và giá trị chưa đặt sẽ lấy mặc định của {os}. Đặt Enabled=1 và DisabledByDefault=0 trong TLS 1.2\\Client và TLS 1.2\\Server, rồi khởi động lại máy chủ.',
  'finding.tls12-misconfigured.title': 'Khóa Client và khóa Server của TLS 1.2 không khớp nhau',
  'finding.tls12-misconfigured.advice':
    'Health Checker gọi trạng thái này là Misconfigured: Client và Server khác nhau ở Enabled hoặc ở DisabledByDefault, nên việc gửi và việc nhận thư hoạt động khác nhau. Đặt cho cả hai Enabled=1 và DisabledByDefault=0.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 bị tắt một nửa',
  'finding.tls12-half-disabled.advice':
    'Health Checker gọi trạng thái này là Half Disabled: Enabled và DisabledByDefault chỉ theo hai hướng ngược nhau. Dùng Enabled=1 cùng với DisabledByDefault=0.',
  'finding.tls12-half-disabled.off-yet-default-on.title':
    'TLS 1.2 bị tắt dù DisabledByDefault bằng 0',
  'finding.tls12-half-disabled.off-yet-default-on.advice':
    'Health Checker gọi trạng thái này là Half Disabled: Enabled=0 tắt TLS 1.2, trong khi DisabledByDefault=0 nói rằng các chương trình nên dùng nó. Schannel làm theo Enabled, nên TLS 1.2 đang tắt. Đặt Enabled=1.',
  'finding.tls12-half-disabled.on-yet-default-off.title':
    'TLS 1.2 đã bật nhưng bị tắt theo mặc định',
  'finding.tls12-half-disabled.on-yet-default-off.advice':
    'Health Checker gọi trạng thái này là Half Disabled: Enabled đang bật, nhưng DisabledByDefault khác 0 khiến TLS 1.2 bị tắt với mọi chương trình không yêu cầu đích danh nó, kể cả Exchange. Đặt DisabledByDefault=0.',
  'finding.tls12-half-disabled.default-off-by-windows.title':
    'TLS 1.2 đã bật nhưng {os} vẫn tắt nó theo mặc định',
  'finding.tls12-half-disabled.default-off-by-windows.advice':
    'Enabled đang bật, nhưng DisabledByDefault chưa được đặt, và trên {os} điều đó có nghĩa là tắt theo mặc định: các chương trình không yêu cầu đích danh TLS 1.2, kể cả Exchange, sẽ không dùng nó. Health Checker, vốn coi giá trị bị thiếu là 0 trên mọi phiên bản Windows, sẽ gọi trạng thái này là Enabled. Đặt DisabledByDefault=0.',
  'finding.schannel-values-undefined.title':
    '{count, plural, other {# giá trị Schannel chưa được định nghĩa}}',
  'finding.schannel-values-undefined.advice':
    'Giá trị bị thiếu sẽ lấy mặc định của Windows, vốn khác nhau giữa các phiên bản Windows và giữa các bản cập nhật. Health Checker yêu cầu định nghĩa rõ các giá trị này để có kết quả nhất quán.',
  'finding.schannel-misconfigured.title': '{versions}: khóa Client và khóa Server không khớp nhau',
  'finding.schannel-misconfigured.advice':
    'Health Checker gọi trạng thái này là Misconfigured và đánh dấu màu đỏ: việc gửi và việc nhận thư dùng các quy tắc khác nhau cho những phiên bản này. Điều này không làm dừng thư với Office 365 (vốn dùng TLS 1.2), nhưng hãy đặt cùng giá trị cho Client và Server.',
  'finding.schannel-half-disabled.title': '{versions}: Enabled và DisabledByDefault mâu thuẫn nhau',
  'finding.schannel-half-disabled.advice':
    'Health Checker gọi trạng thái này là Half Disabled và đánh dấu màu đỏ. Điều này không làm dừng thư với Office 365 (vốn dùng TLS 1.2); để tắt một phiên bản, dùng Enabled=0 cùng với DisabledByDefault=1; để giữ nó bật, dùng Enabled=1 cùng với DisabledByDefault=0.',
  'finding.schannel-value-not-0-or-1.title':
    '{count, plural, other {# giá trị Schannel không phải 0 cũng không phải 1}}',
  'finding.schannel-value-not-0-or-1.advice':
    'Windows coi mọi giá trị khác 0 là 1, nên điều này không thay đổi gì đối với thư. Health Checker chỉ chấp nhận 0 và 1 và báo các giá trị này là lỗi; hãy đặt 0 hoặc 1 để hai công cụ cho kết quả giống nhau.',
  'finding.schannel-state-differs-from-health-checker.title':
    'Health Checker sẽ gọi trạng thái của {versions} bằng tên khác',
  'finding.schannel-state-differs-from-health-checker.advice':
    'Health Checker coi Enabled bị thiếu là bật (là tắt đối với TLS 1.3) và DisabledByDefault bị thiếu là 0 trên mọi phiên bản Windows. Schannel trên {os} thì không: giá trị bị thiếu sẽ lấy mặc định của phiên bản Windows đó, và chẩn đoán này làm theo Schannel. Định nghĩa rõ các giá trị sẽ giúp hai công cụ cho kết quả giống nhau.',
  'finding.schannel-keys-misplaced.title':
    '{count, plural, other {# khóa hoặc giá trị TLS nằm ở chỗ Windows không đọc}}',
  'finding.schannel-keys-misplaced.advice':
    'Schannel chỉ đọc {protocols}\\TLS 1.x\\Client và \\Server, với các giá trị DWORD Enabled và DisabledByDefault. Các mục dưới đây (thường được gõ theo một bài viết dịch máy: TLS 1,2, klien, máy khách, diaktifkan, bật, ...) không thay đổi được gì. Mỗi dòng cho biết mục đó phải nằm ở đâu. Hãy tạo đúng các mục cần có (bản sửa TLS 1.2 sẽ làm việc này), rồi tự xóa các mục này bằng regedit: xóa chúng là an toàn, và công cụ này không bao giờ xóa gì ngoài các giá trị do nó quản lý.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 chưa được thiết lập để dùng cài đặt TLS của hệ thống',
  'finding.dotnet-tls-not-configured.advice':
    'Nếu không có SystemDefaultTlsVersions=1 và SchUseStrongCrypto=1 (trong cả hai dạng xem sổ đăng ký, 64 bit và 32 bit), mã .NET trong Exchange vẫn có thể chọn TLS 1.0.',
  'finding.dotnet-tls-not-configured.relay.title':
    '.NET Framework 4 chưa được thiết lập để dùng cài đặt TLS của hệ thống (ở đây không dùng cho thư)',
  'finding.dotnet-tls-not-configured.relay.advice':
    'Máy chủ này chuyển tiếp thư bằng dịch vụ IIS SMTP (SMTPSVC), vốn dùng Schannel mà không qua .NET, nên các thiết lập này không ảnh hưởng đến thư của nó. Phần mềm .NET khác trên máy chủ vẫn có thể chọn TLS 1.0: hãy đặt SystemDefaultTlsVersions=1 và SchUseStrongCrypto=1 trong cả hai dạng xem sổ đăng ký.',
  'finding.dotnet-tls-not-configured.no-exchange.title':
    '.NET Framework 4 chưa được thiết lập để dùng cài đặt TLS của hệ thống (ở đây không có Exchange)',
  'finding.dotnet-tls-not-configured.no-exchange.advice':
    'Exchange không được cài đặt ở đây, nên các thiết lập này chỉ có ý nghĩa nếu phần mềm gửi thư từ máy chủ này được xây dựng trên .NET. Phần mềm đó vẫn có thể chọn TLS 1.0: hãy đặt SystemDefaultTlsVersions=1 và SchUseStrongCrypto=1 trong cả hai dạng xem sổ đăng ký.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 chưa được thiết lập để dùng cài đặt TLS của hệ thống',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 chạy mã .NET 3.5: hãy đặt SystemDefaultTlsVersions=1 và SchUseStrongCrypto=1 trong v2.0.50727 ở cả hai dạng xem (cần có bản cập nhật TLS cho .NET 3.5.1).',
  'finding.dotnet-version-below-guidance.title':
    '.NET Framework {dotnet} cũ hơn mức khuyến nghị cho TLS 1.2',
  'finding.dotnet-version-below-guidance.advice':
    'Để dùng TLS 1.2 với Office 365, Microsoft yêu cầu .NET Framework 4.7.1 trở lên trên Exchange 2013 CU19, 2016 CU8 và các bản sau. {build} được xây dựng cho .NET {wanted}: hãy cài phiên bản đó (cài bản CU Exchange trước nếu phiên bản đó cần một CU mới hơn).',
  'finding.dotnet-version-unsupported.title':
    '.NET Framework {dotnet} không phải phiên bản mà {build} được xây dựng cho',
  'finding.dotnet-version-unsupported.advice':
    'Exchange chỉ hỗ trợ các phiên bản .NET được liệt kê trong ma trận hỗ trợ của nó cho từng bản cập nhật tích lũy; Health Checker khuyến nghị .NET {wanted} cho bản này.',
  'finding.dotnet-version-unsupported.older.title':
    '.NET Framework {dotnet} cũ hơn phiên bản mà {build} được xây dựng cho',
  'finding.dotnet-version-unsupported.older.advice':
    'Health Checker khuyến nghị .NET {wanted} cho bản cập nhật tích lũy này (phiên bản cao nhất mà bản này hỗ trợ). Hãy cài đặt nó ngoài giờ làm việc: việc cài đặt cần khởi động lại máy.',
  'finding.dotnet-version-unsupported.newer.title':
    '.NET Framework {dotnet} mới hơn phiên bản mà {build} hỗ trợ',
  'finding.dotnet-version-unsupported.newer.advice':
    'Bản cập nhật tích lũy này hỗ trợ .NET tới {wanted}. Hãy cài bản cập nhật tích lũy Exchange có hỗ trợ .NET {dotnet}, hoặc đừng cài .NET mới hơn trước khi Exchange hỗ trợ nó.',
  'finding.winhttp-tls12-missing.title': 'WinHTTP không cung cấp TLS 1.2 theo mặc định',
  'finding.winhttp-tls12-missing.advice':
    'Trên {os}, hãy cài KB3140245 và thêm 0x800 vào DefaultSecureProtocols (cả hai dạng xem), giữ nguyên các bit khác.',
  'finding.cipher-suites-no-tls12.title':
    'Thứ tự bộ mật mã không có bộ nào mà Office 365 chấp nhận',
  'finding.cipher-suites-no-tls12.advice':
    'Với TLS 1.2, Office 365 chỉ chấp nhận: {office365}. Danh sách dưới đây không có bộ nào trong số đó, nên quá trình bắt tay thất bại vì không có bộ mật mã chung (sự kiện Schannel 36874), ngay cả khi TLS 1.2 đang bật.',
  'finding.cipher-suites-no-tls12.policy.title':
    'Danh sách bộ mật mã của Chính sách Nhóm không có bộ nào mà Office 365 chấp nhận',
  'finding.cipher-suites-no-tls12.policy.advice':
    'Với TLS 1.2, Office 365 chỉ chấp nhận: {office365}. {count} bộ mật mã trong danh sách của Chính sách Nhóm (SSL Cipher Suite Order, được ưu tiên hơn thứ tự cục bộ) không có bộ nào trong số đó, nên quá trình bắt tay TLS 1.2 thất bại vì không có bộ mật mã chung (sự kiện Schannel 36874). Hãy thêm ít nhất một bộ trong số đó vào chính sách, rồi khởi động lại.',
  'finding.cipher-suites-no-tls12.local.title':
    'Danh sách bộ mật mã cục bộ không có bộ nào mà Office 365 chấp nhận',
  'finding.cipher-suites-no-tls12.local.advice':
    'Với TLS 1.2, Office 365 chỉ chấp nhận: {office365}. {count} bộ mật mã trong thứ tự cục bộ (không có Chính sách Nhóm nào ghi đè) không có bộ nào trong số đó, nên quá trình bắt tay TLS 1.2 thất bại vì không có bộ mật mã chung (sự kiện Schannel 36874). Hãy thêm ít nhất một bộ trong số đó, rồi khởi động lại.',
  'finding.exchange-build-no-tls12.title': '{build} không thể dùng TLS 1.2 cho SMTP',
  'finding.exchange-build-no-tls12.advice':
    'Không thay đổi sổ đăng ký nào giúp được bản dựng này. Hãy cài ít nhất {minimum}, tốt hơn là bản cập nhật mới nhất, rồi chạy lại các bước kiểm tra.',
  'finding.exchange-build-below-guidance.title': '{build} cũ hơn mức khuyến nghị cho TLS 1.2',
  'finding.exchange-build-below-guidance.advice':
    'Microsoft khuyến nghị tối thiểu {minimum} để dùng TLS 1.2 với Office 365. Hãy lên kế hoạch cập nhật.',
  'finding.exchange-out-of-support.title': '{product} đã hết hỗ trợ từ {date}',
  'finding.exchange-out-of-support.advice':
    'Microsoft không còn sửa lỗi hay phát hành bản cập nhật bảo mật cho sản phẩm này, kể cả các bản liên quan đến TLS. Luồng thư với Office 365 không dừng vào ngày đó, nhưng mọi lỗi phát hiện sau này sẽ không được sửa. Sản phẩm được hỗ trợ là Exchange Server Subscription Edition (SE).',
  'finding.exchange-out-of-support.in-place.title': '{product} đã hết hỗ trợ từ {date}',
  'finding.exchange-out-of-support.in-place.advice':
    'Microsoft không còn sửa lỗi hay phát hành bản cập nhật bảo mật cho sản phẩm này, kể cả các bản liên quan đến TLS. Sản phẩm được hỗ trợ là Exchange Server Subscription Edition (SE): Exchange 2019 CU14 hoặc CU15 có thể được nâng cấp tại chỗ lên SE, giống như cài một CU.',
  'finding.exchange-out-of-support.migrate.title': '{product} đã hết hỗ trợ từ {date}',
  'finding.exchange-out-of-support.migrate.advice':
    'Microsoft không còn sửa lỗi hay phát hành bản cập nhật bảo mật cho sản phẩm này, kể cả các bản liên quan đến TLS. Sản phẩm được hỗ trợ là Exchange Server Subscription Edition (SE): hãy cài các máy chủ SE bên cạnh máy chủ này rồi chuyển hộp thư và luồng thư sang đó (SE không thể nâng cấp tại chỗ Exchange 2016).',
  'finding.exchange-out-of-support.migrate-twice.title': '{product} đã hết hỗ trợ từ {date}',
  'finding.exchange-out-of-support.migrate-twice.advice':
    'Microsoft không còn sửa lỗi hay phát hành bản cập nhật bảo mật cho sản phẩm này, kể cả các bản liên quan đến TLS. Sản phẩm được hỗ trợ là Exchange Server Subscription Edition (SE), vốn không thể cùng tồn tại trong một tổ chức với phiên bản này: hãy chuyển sang Exchange 2016 hoặc 2019 trước, rồi mới sang SE.',
  'finding.exchange-cu-not-supported.title': '{cu} không còn là bản cập nhật tích lũy được hỗ trợ',
  'finding.exchange-cu-not-supported.advice':
    'Microsoft chỉ hỗ trợ các bản cập nhật tích lũy mới nhất và chỉ phát hành bản cập nhật bảo mật cho chúng. Máy chủ này đang chạy {build}; bản mới nhất là {latestCu} (phát hành {latestDate}). Hãy cài bản đó, rồi cài bản cập nhật bảo mật mới nhất của nó.',
  'finding.exchange-updates-behind.title':
    '{build} đang chậm {count, plural, other {# bản cập nhật}}',
  'finding.exchange-updates-behind.advice':
    'Bản cập nhật mới nhất cho bản cập nhật tích lũy này là {latest} (phát hành {date}). Mỗi bản cập nhật đã bao gồm các bản trước nó: hãy cài bản mới nhất.',
  'finding.exchange-updates-behind.rollups.title':
    '{build} đang chậm {count, plural, other {# bản cập nhật tổng hợp}}',
  'finding.exchange-updates-behind.rollups.advice':
    'Bản cập nhật tổng hợp cuối cùng cho Exchange 2010 SP3 là {latest} (phát hành {date}). Mỗi bản tổng hợp đã bao gồm các bản trước nó: hãy cài bản cuối cùng.',
  'finding.exchange-update-level-unknown.title':
    'Không rõ các bản cập nhật bảo mật đã cài trên {product}',
  'finding.exchange-update-level-unknown.advice':
    'Phiên bản hiển thị, {build}, lấy từ các giá trị Msi của khóa cài đặt (setup), vốn chỉ cho biết bản cập nhật tích lũy: bản cập nhật bảo mật chỉ thay đổi phiên bản tệp của bin\\ExSetup.exe, và tệp này chưa được đọc. Hãy chạy công cụ trên máy chủ, hoặc chạy docs/collect/collect-tls-registry.cmd (nó ghi phiên bản đó vào tls-exsetup.txt) rồi chẩn đoán thư mục kết quả.',
  'finding.exchange-update-level-unknown.rollup.title':
    'Không rõ bản cập nhật tổng hợp đã cài trên Exchange 2010',
  'finding.exchange-update-level-unknown.rollup.advice':
    'Các bản cập nhật tổng hợp của Exchange 2010 không thay đổi các giá trị Msi của khóa cài đặt (setup), vốn ghi {build}. TLS 1.2 cần ít nhất {minimum}, và sổ đăng ký không cho biết bản đó đã được cài hay chưa: phiên bản tệp của bin\\ExSetup.exe thì cho biết được. Hãy chạy công cụ trên máy chủ, hoặc chạy docs/collect/collect-tls-registry.cmd (nó ghi phiên bản đó vào tls-exsetup.txt) rồi chẩn đoán thư mục kết quả.',
  'finding.exchange-update-level-unknown.rollup-at-least.title':
    'Bản cập nhật tổng hợp đã cài trên Exchange 2010 có thể mới hơn những gì sổ đăng ký ghi',
  'finding.exchange-update-level-unknown.rollup-at-least.advice':
    'Các bản cập nhật tổng hợp của Exchange 2010 không phải lúc nào cũng thay đổi các giá trị Msi của khóa cài đặt (setup): máy chủ này có ít nhất {build}, và phiên bản tệp của bin\\ExSetup.exe cho biết thực sự nó có bản tổng hợp nào. Hãy chạy công cụ trên máy chủ, hoặc chạy docs/collect/collect-tls-registry.cmd (nó ghi phiên bản đó vào tls-exsetup.txt) rồi chẩn đoán thư mục kết quả.',
  'finding.exchange-build-table-old.title': 'Bảng bản dựng Exchange chỉ cập nhật đến {asOf}',
  'finding.exchange-build-table-old.advice':
    'Bản công cụ này biết các bản cập nhật Exchange phát hành đến {asOf}. Các bản sau đó không có trong bảng, nên số bản cập nhật còn thiếu và tên bản dựng có thể đã lỗi thời: hãy dùng phiên bản mới hơn của công cụ.',
  'finding.windows-out-of-support.title': '{os} đã hết hỗ trợ từ {date}',
  'finding.windows-out-of-support.advice':
    'Windows trên máy này không còn nhận bản cập nhật bảo mật, kể cả các bản cho Schannel. Luồng thư với Office 365 không dừng vào ngày đó, nhưng hãy lên kế hoạch chuyển sang một phiên bản Windows Server được hỗ trợ (Exchange SE chạy trên Windows Server 2019, 2022 và 2025).',
  'finding.restart-pending.title': 'Windows đang chờ khởi động lại',
  'finding.restart-pending.advice':
    'Các thay đổi đã thực hiện (bản cập nhật hoặc thay đổi sổ đăng ký) chỉ có hiệu lực sau khi khởi động lại.',
  'finding.tls13-not-supported-by-exchange.title':
    'TLS 1.3 đang bật nhưng {product} không hỗ trợ nó',
  'finding.tls13-not-supported-by-exchange.advice':
    'Schannel trên {os} dùng TLS 1.3 ở đây, mà bản dựng Exchange này không hỗ trợ nó: Health Checker báo đây là lỗi. Exchange chỉ hỗ trợ TLS 1.3 từ Exchange 2019 CU15 (hoặc Exchange SE) trên Windows Server 2022 trở lên. Hãy cập nhật Exchange, hoặc tắt TLS 1.3 (Enabled=0, DisabledByDefault=1 trong TLS 1.3\\Client và \\Server) rồi khởi động lại.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 hoặc 1.1 vẫn đang bật',
  'finding.legacy-tls-enabled.advice':
    'Điều này không làm hỏng luồng thư. Tắt chúng là một dự án tăng cường bảo mật riêng: đừng làm việc đó để sửa luồng thư với Office 365.',
  'finding.legacy-tls-enabled.safe.title': 'TLS 1.0 hoặc 1.1 vẫn đang bật',
  'finding.legacy-tls-enabled.safe.advice':
    'Điều này không làm hỏng luồng thư, và tắt chúng là một dự án tăng cường bảo mật riêng, không phải cách sửa luồng thư. Nếu bạn vẫn làm: {build} cho phép điều đó, và các thiết lập .NET 4 đã được đặt; trước hết hãy thử với mọi máy khách và đối tác còn dùng TLS 1.0 hoặc 1.1.',
  'finding.legacy-tls-enabled.update-first.title':
    'TLS 1.0 hoặc 1.1 vẫn đang bật (hãy giữ chúng bật)',
  'finding.legacy-tls-enabled.update-first.advice':
    'Điều này không làm hỏng luồng thư. Đừng tắt chúng trên {build}: bản dựng này cần TLS 1.0 hoặc 1.1 cho các kết nối của chính nó. Chỉ an toàn khi tắt chúng từ {minimum} trở đi, và khi các thiết lập .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1) đã được đặt.',
  'finding.legacy-tls-enabled.check-rollup.title': 'TLS 1.0 hoặc 1.1 vẫn đang bật',
  'finding.legacy-tls-enabled.check-rollup.advice':
    'Điều này không làm hỏng luồng thư. Chỉ an toàn khi tắt chúng từ {minimum} trở đi, và khi các thiết lập .NET đã được đặt; khóa cài đặt (setup) không cho biết bản cập nhật tổng hợp nào đã được cài, nên hãy kiểm tra phiên bản tệp của bin\\ExSetup.exe trước khi làm.',
  'finding.legacy-tls-enabled.dotnet-first.title': 'TLS 1.0 hoặc 1.1 vẫn đang bật',
  'finding.legacy-tls-enabled.dotnet-first.advice':
    'Điều này không làm hỏng luồng thư. {build} cho phép tắt chúng, nhưng chỉ sau khi các thiết lập .NET 4 (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1, trong cả hai dạng xem sổ đăng ký) đã được đặt: nếu không, mã .NET trong Exchange sẽ mất các giao thức duy nhất mà nó có. Đây là một dự án tăng cường bảo mật riêng, không phải cách sửa luồng thư.',
  'finding.legacy-tls-off-build-too-old.title':
    'TLS 1.0/1.1 đã bị tắt, trong khi {build} vẫn cần chúng',
  'finding.legacy-tls-off-build-too-old.advice':
    'Các bản dựng Exchange trước {minimum} dùng TLS 1.0 hoặc 1.1 cho một số kết nối của chính chúng, và các kết nối này thất bại khi hai phiên bản đó bị tắt. Hãy cài {minimum} trở lên (tốt hơn là bản cập nhật mới nhất); cho đến lúc đó, hãy bật lại TLS 1.0 và 1.1 (Enabled=1, DisabledByDefault=0) rồi khởi động lại.',
  'finding.legacy-tls-off-build-too-old.unknown.title':
    'TLS 1.0/1.1 đã bị tắt; Exchange 2010 đã ở mức {minimum} trở lên chưa?',
  'finding.legacy-tls-off-build-too-old.unknown.advice':
    'Exchange 2010 trước {minimum} dùng TLS 1.0 hoặc 1.1 cho một số kết nối của chính nó, và khóa cài đặt (setup) không cho biết bản cập nhật tổng hợp nào đã được cài. Hãy kiểm tra phiên bản tệp của bin\\ExSetup.exe (hoặc chạy script thu thập, script này ghi lại phiên bản đó): nếu thấp hơn {minimum}, hãy cài bản cập nhật tổng hợp cuối cùng hoặc bật lại TLS 1.0 và 1.1.',
  'finding.os-version-unknown.title': 'Không rõ bản dựng Windows',
  'finding.os-version-unknown.advice':
    'Sổ đăng ký không có CurrentBuild trong HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. Cách Schannel xử lý một giá trị chưa đặt phụ thuộc vào bản dựng (TLS 1.2 tắt trên Windows Server 2008 R2, bật từ 2012 trở đi), nên chưa có kết luận nào phụ thuộc vào giá trị mặc định được đưa ra.',
  'finding.registry-value-wrong-type.title':
    '{count, plural, other {# giá trị có kiểu sai và bị bỏ qua}}',
  'finding.registry-value-wrong-type.advice':
    'Windows chỉ đọc các giá trị này dưới dạng REG_DWORD. Hãy xóa chúng và tạo lại dưới dạng Giá trị DWORD (32-bit).',
  'finding.registry-export-incomplete.title':
    'Bản xuất sổ đăng ký không cho thấy đủ thông tin để kết luận',
  'finding.registry-export-incomplete.advice':
    'Để kết luận cần có bản dựng Windows, các khóa giao thức Schannel, thứ tự bộ mật mã, và các khóa .NET và Exchange trong HKLM\\SOFTWARE (thiếu chúng thì không thể phân biệt "không có Exchange" với "không được xuất"). Các dòng dưới đây cho biết còn thiếu gì. Hãy chạy các lệnh sau trên máy chủ trong Command Prompt với quyền quản trị (lỗi với Policies hoặc SMTPSVC chỉ có nghĩa là khóa đó không tồn tại ở đó; lỗi với ExchangeServer tự nó không chứng minh điều gì: trên máy chủ không có Exchange, hãy chạy docs/collect/collect-tls-registry.cmd, tập lệnh này ghi lại rằng Exchange chưa được cài đặt):\n{commands}',
  'finding.control-set-fallback.title': 'Bản xuất không có CurrentControlSet: đã đọc {controlSet}',
  'finding.control-set-fallback.advice':
    'Đây có vẻ là một hive SYSTEM được nạp ngoại tuyến. Windows chạy trên control set mà HKLM\\SYSTEM\\Select chỉ định, nên các giá trị Schannel đã được đọc từ đó.',
  'finding.control-set-fallback.select.title':
    'Bản xuất không có CurrentControlSet: đã đọc {controlSet}, theo chỉ định của Select',
  'finding.control-set-fallback.select.advice':
    'Đây có vẻ là một hive SYSTEM được nạp ngoại tuyến. Windows chạy trên control set mà HKLM\\SYSTEM\\Select\\Current chỉ định, nên các giá trị Schannel đã được đọc từ {controlSet}.',
  'finding.control-set-fallback.only-one.title':
    'Bản xuất không có CurrentControlSet: đã đọc {controlSet}, control set duy nhất',
  'finding.control-set-fallback.only-one.advice':
    'Bản xuất không có CurrentControlSet lẫn HKLM\\SYSTEM\\Select, nên {controlSet}, control set duy nhất trong đó, được coi là control set mà Windows đang chạy.',
  'finding.control-set-differs.title':
    'CurrentControlSet và {controlSet} khác nhau ở {count, plural, other {# giá trị}}',
  'finding.control-set-differs.advice':
    'Windows chạy trên control set mà Select chỉ định ({controlSet}), và CurrentControlSet thường chính là control set đó, nên một bản xuất mà hai bộ này khác nhau đã bị chỉnh sửa hoặc được ghép từ các thời điểm khác nhau. Chẩn đoán này dùng CurrentControlSet. Hãy xuất lại các khóa trong cùng một lần để chắc chắn.',
  'problem.evidence-incomplete.title': 'Bản xuất không cho thấy đủ thông tin để quyết định',
  'problem.tls12-off-both.title': 'TLS 1.2 đang tắt cho cả kết nối đến và kết nối đi',
  'problem.tls12-off-incoming.title': 'TLS 1.2 đang tắt cho kết nối đến',
  'problem.tls12-off-outgoing.title': 'TLS 1.2 đang tắt cho kết nối đi',
  'problem.tls12-inconsistent.title': 'Các khóa TLS 1.2 mâu thuẫn nhau',
  'problem.exchange-too-old.title': '{build} cần được cập nhật để dùng TLS 1.2 với Office 365',
  'problem.exchange-updates.title': 'Exchange đã hết hỗ trợ hoặc còn thiếu bản cập nhật',
  'problem.windows-support.title': '{os} đã hết hỗ trợ',
  'problem.exchange-tls13.title': 'TLS 1.3 đang bật, mà bản dựng Exchange này không hỗ trợ nó',
  'problem.cipher-suites.title': 'Không có bộ mật mã chung với Office 365',
  'problem.dotnet.title': '.NET có thể vẫn chọn TLS 1.0',
  'problem.winhttp.title': 'WinHTTP không cung cấp TLS 1.2 theo mặc định',
  'problem.wire-tls12-refused.title': 'Một máy chủ được thăm dò đã từ chối TLS 1.2',
  'problem.wire-tls12-client.title': 'Máy chủ này không thể kết nối tới Office 365 qua TLS 1.2',
  'problem.starttls-missing.title': 'STARTTLS không được cung cấp',
  'problem.unreachable.title': 'Không kết nối được tới một máy chủ được thăm dò',
  'problem.smtp-rejected.title': 'Một máy chủ được thăm dò đã từ chối phiên SMTP trước TLS',
  'problem.certificate.title': 'Một chứng chỉ cần được xem xét',
  'problem.control-sets-differ.title': 'Hai bản sao cài đặt Windows trong bản xuất không khớp nhau',
  'problem.ignored-entries.title': 'Một số mục TLS nằm ở chỗ (hoặc có dạng) mà Windows không đọc',
  'problem.schannel-consistency.title': 'Một số giá trị Schannel bị thiếu hoặc không nhất quán',
  'problem.restart-pending.title': 'Windows đang chờ khởi động lại',
  'problem.legacy-tls.title': 'TLS 1.0 hoặc 1.1 vẫn đang bật (không phải sự cố luồng thư)',
  'problem.legacy-tls-off.title': 'TLS 1.0/1.1 đã tắt, trong khi bản dựng Exchange này cần chúng',
  'problem.control-set-read.title': 'Bản xuất không có CurrentControlSet: đã đọc {controlSet}',
  'problem.health-checker-words.title':
    'Health Checker sẽ gọi trạng thái của {versions} bằng tên khác',
  'problem.values-not-0-or-1.title':
    'Một số giá trị Schannel không phải 0 cũng không phải 1 (không ảnh hưởng đến thư)',
  'problem.notes.title': 'Ghi chú',
  'schannelState.enabled': 'Enabled',
  'schannelState.disabled': 'Disabled',
  'schannelState.half-disabled': 'Half Disabled',
  'schannelState.misconfigured': 'Misconfigured',
  'cli.machine': 'Máy',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'chưa cài đặt',
  'cli.exchangeNoneRelay': 'chưa cài đặt (dịch vụ IIS SMTP chuyển tiếp thư)',
  'cli.source': 'Nguồn sổ đăng ký',
  'cli.schannel': 'Schannel',
  'cli.client': 'Client',
  'cli.server': 'Server',
  'cli.on': 'bật',
  'cli.off': 'tắt',
  'cli.notSupported': 'Windows này không hỗ trợ',
  'cli.state': 'Trạng thái',
  'cli.findings': 'Phát hiện',
  'cli.noFindings': 'Không có phát hiện nào.',
  'cli.problems': '{count, plural, other {# vấn đề}}: {kinds}',
  'cli.problem': '1 vấn đề: {kinds}',
  'cli.count.error': '1 lỗi',
  'cli.count.errors': '{count, plural, other {# lỗi}}',
  'cli.count.warning': '1 cảnh báo',
  'cli.count.warnings': '{count, plural, other {# cảnh báo}}',
  'cli.count.info': '1 ghi chú',
  'cli.count.infos': '{count, plural, other {# ghi chú}}',
  'cli.noProblems': 'Không có vấn đề nào.',
  'cli.also': 'ngoài ra',
  'cli.unknown': '?',
  'fix.schannel-tls12-enable': 'Bật TLS 1.2 cho Schannel Client và Server',
  'fix.dotnet-v4-strong-crypto':
    'Đặt các thiết lập TLS của .NET 4 trong cả hai dạng xem sổ đăng ký',
  'fix.dotnet-v2-strong-crypto':
    'Đặt các thiết lập TLS của .NET 3.5 trong cả hai dạng xem sổ đăng ký',
  'fix.winhttp-tls12': 'Thêm TLS 1.2 vào DefaultSecureProtocols của WinHTTP',
  'fix.restart-server': 'Khởi động lại máy chủ',
  'fix.install-dotnet': 'Cài phiên bản .NET Framework được hỗ trợ cho bản dựng Exchange này',
  'fix.install-kb3140245':
    'Cài bản cập nhật Windows KB3140245 (WinHTTP chỉ đọc DefaultSecureProtocols sau khi bản này được cài)',
  'fix.update-exchange': 'Cài bản cập nhật Exchange hiện hành',
  'fix.review-cipher-suites': 'Xem lại thứ tự bộ mật mã',
  'fix.collect-registry':
    'Thu thập những gì còn thiếu trên máy chủ (docs/collect/collect-tls-registry.cmd) rồi chẩn đoán lại',
  'fix.delete-ignored-entries': 'Tự xóa các khóa và giá trị bị bỏ qua (bằng regedit)',
  'fix.disable-tls13': 'Tắt TLS 1.3 trong Schannel (làm thủ công)',
  'fixes.nothingElse': 'Không còn gì khác cần thay đổi trong sổ đăng ký.',
  'fixes.manual.before':
    'Trước hết, những việc mà sổ đăng ký không làm được (bản cập nhật và bằng chứng):',
  'fixes.manual.after': 'Sau khi thay đổi sổ đăng ký:',
  'fixes.manual.link': 'Cách làm (Microsoft)',
  'fixes.leftOut.dotnet':
    'Không đưa vào kế hoạch: các thiết lập TLS của .NET. Ở đây không có Exchange, và máy chuyển tiếp SMTP (dịch vụ IIS SMTP) gửi thư qua Schannel mà không dùng .NET; chỉ đặt chúng cho phần mềm .NET khác có giao tiếp qua TLS (tlswizard fix --dotnet sẽ bao gồm chúng).',
  'fixes.nothingToDo': 'Không có gì cần thay đổi: mọi giá trị mà bản sửa sẽ ghi đều đã đúng.',
  'fixes.key': 'Khóa',
  'fixes.value': 'Giá trị',
  'fixes.now': 'Hiện tại',
  'fixes.after': 'Sau khi sửa',
  'fixes.createsKeys': 'Các khóa sẽ được tạo',
  'fixes.backup': 'Bản sao lưu (nhập nó để hoàn tác)',
  'fixes.error': 'Thao tác bị lỗi',
  'fixes.restoreError': 'Khôi phục bản sao lưu cũng thất bại',
  'fixes.status.applied':
    'Mọi thay đổi đã được ghi và đọc lại chính xác. Hãy khởi động lại máy chủ để chúng có hiệu lực.',
  'fixes.outcome.inFile': 'trong tệp sửa, chưa áp dụng',
  'fixes.status.prepared':
    'Đã chuẩn bị, chưa áp dụng: bản sửa đã được ghi ra tệp, và chưa có gì thay đổi trên máy chủ.',
  'fixes.prepared.steps':
    'Để áp dụng: (1) sao chép {fix} sang máy chủ; (2) tại đó, trong Dấu nhắc Lệnh với quyền quản trị, chạy: reg import "{fix}"; (3) khởi động lại máy chủ; (4) chạy lại trình hướng dẫn hoặc tlswizard diagnose trên máy đó để xác nhận. Tệp sao lưu dùng để hoàn tác: chạy reg import với tệp đó theo cùng cách.',
  'fixes.prepared.fixFile': 'Tệp sửa lỗi cần nhập trên máy chủ',
  'fixes.prepared.patched': 'Ảnh chụp sổ đăng ký sau khi sửa (bản xem trước)',
  'fixes.status.nothing-to-do': 'Không có gì thay đổi: không có gì cần thay đổi.',
  'fixes.status.rolled-back':
    'Một thay đổi bị lỗi, nên mọi giá trị đã được khôi phục từ bản sao lưu. Không có gì bị thay đổi.',
  'fixes.status.rollback-failed':
    'Một thay đổi bị lỗi VÀ việc khôi phục bản sao lưu cũng thất bại. Hãy tự nhập tệp sao lưu (reg import) hoặc gửi kết quả này cho quản trị viên cấp cao.',
  'fixes.dryRun':
    'Chạy thử: không có gì thay đổi. Chạy lại với --apply để thực hiện các thay đổi này.',
  'fixes.offlineWritten': 'Sổ đăng ký đang chạy không bị động đến. Các tệp đã ghi:',
  'fixes.restartHint':
    'Schannel chỉ đọc các giá trị này khi khởi động: hãy khởi động lại máy chủ (tlswizard restart --in 5), rồi chạy tlswizard verify.',
  'finding.logs-o365-tls-failing.title': 'Thư {toFrom} Office 365 bị lỗi trên {connector}',
  'finding.logs-o365-tls-failing.advice':
    '{sentence}. Không có phiên nào với Office 365 thành công sau lần lỗi cuối cùng. Office 365 chỉ nhận thư qua TLS 1.2 trở lên: hãy bật TLS 1.2 cho Schannel, khởi động lại, rồi quét lại nhật ký: các phiên sau khi sửa phải cho thấy TLS 1.2.',
  'finding.logs-o365-tls-failing.send.title': 'Thư gửi tới Office 365 bị lỗi trên {connector}',
  'finding.logs-o365-tls-failing.send.advice':
    '{sentence}. Không có phiên nào tới Office 365 thành công sau lần lỗi cuối cùng. Ở đây máy chủ này là máy khách TLS (Schannel Client), và Office 365 chỉ nhận TLS 1.2 trở lên: hãy bật TLS 1.2 cho phía máy khách (Client), đặt các thiết lập .NET 4, khởi động lại, rồi quét lại nhật ký: các phiên sau khi sửa phải cho thấy TLS 1.2.',
  'finding.logs-o365-tls-failing.receive.title': 'Thư từ Office 365 bị lỗi trên {connector}',
  'finding.logs-o365-tls-failing.receive.advice':
    '{sentence}. Không có phiên nào từ Office 365 thành công sau lần lỗi cuối cùng. Office 365 kết nối tới đây với vai trò máy khách TLS và chỉ dùng TLS 1.2 trở lên, và Schannel Server trên máy này phải trả lời được: hãy bật TLS 1.2 cho phía máy chủ (Server), kiểm tra chứng chỉ được gán cho SMTP, khởi động lại, rồi quét lại nhật ký.',
  'finding.logs-o365-tls-working.title':
    'Thư {toFrom} Office 365 hoạt động bình thường trên {connector}',
  'finding.logs-o365-tls-working.advice': '{sentence}.',
  'finding.logs-o365-tls-working.send.title':
    'Thư gửi tới Office 365 hoạt động bình thường trên {connector}',
  'finding.logs-o365-tls-working.send.advice': '{sentence}.',
  'finding.logs-o365-tls-working.receive.title':
    'Thư từ Office 365 hoạt động bình thường trên {connector}',
  'finding.logs-o365-tls-working.receive.advice': '{sentence}.',
  'finding.logs-starttls-required.title':
    'Bị từ chối trên {connector} vì TLS chưa được khởi tạo: {sessions}',
  'finding.logs-starttls-required.advice':
    'Phía nhận đã trả lời 451 5.7.3 hoặc 530 5.7.0 (yêu cầu STARTTLS): phía gửi đã không khởi tạo TLS. Lần gần nhất: {last}.',
  'finding.logs-starttls-required.send.title':
    'Bị từ chối trên {connector}, phía bên kia yêu cầu STARTTLS: {sessions}',
  'finding.logs-starttls-required.send.advice':
    'Máy chủ nhận đã trả lời 451 5.7.3 (hoặc 530 5.7.0): nó yêu cầu TLS. Khi TLS thất bại và trình kết nối không bắt buộc TLS, Exchange thử gửi lại mà không dùng TLS, nên lỗi này thường đi sau một lỗi TLS (với Office 365: {office365}; lần gần nhất {last}). Hãy làm cho TLS 1.2 hoạt động trước; nếu gặp 450 4.4.317 với cùng nội dung sau khi gia hạn chứng chỉ, nghĩa là trình kết nối vẫn chỉ định chứng chỉ cũ (TlsCertificateName).',
  'finding.logs-starttls-required.receive.title':
    'Bị từ chối trên {connector}, máy chủ này yêu cầu STARTTLS nhưng phía gửi không khởi tạo: {sessions}',
  'finding.logs-starttls-required.receive.advice':
    'Trình kết nối nhận này đã trả lời 451 5.7.3 (hoặc 530 5.7.0) vì nó yêu cầu TLS mà phía gửi không gửi STARTTLS (lần gần nhất {last}). Nếu các phiên không có 250-STARTTLS, nghĩa là máy chủ này đã không cung cấp nó: hãy kiểm tra rằng một chứng chỉ hợp lệ có khóa riêng đã được bật cho SMTP (Get-ExchangeCertificate, Enable-ExchangeCertificate -Services SMTP).',
  'finding.logs-legacy-tls-peers.title': '{peerCount} vẫn dùng TLS 1.0 hoặc 1.1 trên {connector}',
  'finding.logs-legacy-tls-peers.advice':
    'Thư {toFrom} các máy chủ đối tác này hiện vẫn hoạt động với một phiên bản TLS cũ: {peers}. Thư sẽ ngừng hoạt động vào ngày một trong hai bên tắt TLS 1.0/1.1. Hãy đề nghị họ chuyển sang TLS 1.2 trước khi bạn tắt các phiên bản cũ.',
  'finding.logs-legacy-tls-peers.send.title':
    '{peerCount} mà máy chủ này gửi thư tới vẫn dùng TLS 1.0 hoặc 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.send.advice':
    'Các máy chủ này chỉ nhận thư từ máy chủ này với một phiên bản TLS cũ: {peers}. Thư gửi tới họ sẽ ngừng hoạt động vào ngày một trong hai bên tắt TLS 1.0/1.1. Hãy đề nghị quản trị viên của họ bật TLS 1.2 trước khi bạn tắt các phiên bản cũ ở đây.',
  'finding.logs-legacy-tls-peers.receive.title':
    '{peerCount} gửi thư tới đây vẫn dùng TLS 1.0 hoặc 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.receive.advice':
    'Các máy gửi này chỉ kết nối được tới máy chủ này với một phiên bản TLS cũ: {peers}. Thư của họ sẽ ngừng hoạt động vào ngày một trong hai bên tắt TLS 1.0/1.1. Hãy đề nghị quản trị viên của họ bật TLS 1.2 trước khi bạn tắt các phiên bản cũ ở đây.',
  'finding.logs-not-found.title': 'Không tìm thấy nhật ký giao thức SMTP nào',
  'finding.logs-not-found.advice':
    'Đã tìm trong: {folders}. Theo mặc định, ghi nhật ký giao thức bị tắt trên hầu hết các trình kết nối, nên không có bằng chứng về những gì máy chủ đã làm. Hãy bật nó trong Exchange Management Shell (dòng đầu tiên chỉ cho trình kết nối gửi tới Office 365, các dòng tiếp theo cho mọi trình kết nối), chờ có thư lưu chuyển, rồi quét lại:\n  Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose\n  Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose\n  Get-ReceiveConnector -Server {server} | Set-ReceiveConnector -ProtocolLoggingLevel Verbose\n  Set-TransportService {server} -IntraOrgConnectorProtocolLoggingLevel Verbose\n  Get-TransportService {server} | Format-List *ProtocolLogPath',
  'finding.logs-files-unreadable.title': 'Không đọc được {files}',
  'finding.logs-files-unreadable.advice':
    'Các tệp khác đã được tính. Tệp đầu tiên: {file}: {reason}.',
  'finding.logs-files-unreadable.all.title':
    '{count, plural, other {Không đọc được tệp nào trong # tệp nhật ký}}',
  'finding.logs-files-unreadable.all.advice':
    'Vì vậy không biết máy chủ đã làm gì. Tệp đầu tiên: {file}: {reason}. Hãy chỉ định chính các nhật ký giao thức Exchange, với người dùng được phép đọc chúng (quản trị viên trên máy chủ Exchange có thể đọc).',
  'finding.schannel-tls-events.title': 'Schannel đã ghi lỗi TLS ({count})',
  'finding.schannel-tls-events.advice':
    'Nhật ký Hệ thống (System), nguồn Schannel: {kinds}. 36887 là một alert TLS nhận được từ phía bên kia, 36888 là alert do máy này gửi đi, 36874 nghĩa là không có bộ mật mã chung, 36871 nghĩa là không tạo được thông tin xác thực TLS (thường là do: không có giao thức nào được bật).',
  'finding.schannel-tls-events.protocol-version.title':
    'Schannel đã ghi lỗi TLS ({count}), trong đó có alert protocol_version',
  'finding.schannel-tls-events.protocol-version.advice':
    'Nhật ký Hệ thống (System), nguồn Schannel: {kinds}. Alert 70 (protocol_version) nghĩa là hai bên không có phiên bản TLS chung: thường là máy chủ này chỉ cung cấp TLS 1.0 trong khi Office 365 yêu cầu TLS 1.2.',
  'problem.mail-flow-failing.title':
    'Thư với Office 365 đang bị lỗi (nhật ký giao thức cho thấy điều này)',
  'problem.legacy-tls-peers.title': 'Một số đối tác vẫn dùng TLS 1.0 hoặc 1.1',
  'problem.logs-evidence.title': 'Nhật ký giao thức bị thiếu hoặc không đọc được',
  'problem.schannel-events.title': 'Schannel đã ghi lỗi TLS',
  'check.logs': 'Nhật ký giao thức và sự kiện Schannel',
  'logs.progress': 'Đã đọc {files}/{filesTotal} tệp nhật ký, {mb}/{mbTotal} MB',
  'logs.direction.send': 'gửi',
  'logs.direction.receive': 'nhận',
  'logs.summary.connector': '{connector} ({direction}): {sentence}',
  'logs.summary.to': 'tới',
  'logs.summary.from': 'từ',
  'logs.summary.failed': '{sessions} {toFrom} Office 365 thất bại với lỗi {reason} kể từ {since}',
  'logs.summary.failedMixed':
    '{sessions} {toFrom} Office 365 thất bại (thường gặp nhất là lỗi {reason}) kể từ {since}',
  'logs.summary.traffic': '{sessions} {toFrom} Office 365, {versions}',
  'logs.summary.lastWorked': '{version} hoạt động lần cuối lúc {time}',
  'logs.summary.neverWorked':
    'trong các nhật ký này không có phiên nào với Office 365 thành công bằng TLS',
  'logs.summary.afterFix': 'kể từ khi sửa: {sessions}, {versions}',
  'logs.summary.afterFixNone': 'kể từ khi sửa: chưa có phiên nào với Office 365',
  'logs.summary.recovered': 'từ đó đến nay đã hoạt động trở lại',
  'logs.versions.all': 'tất cả là {version}',
  'logs.versions.failed': '{count} thất bại',
  'logs.versions.noTls': '{count} không dùng TLS',
  'logs.versions.other': '{count} khác',
  'logs.reason.tls': 'thương lượng TLS {error}',
  'logs.reason.starttls': '{code} (yêu cầu STARTTLS)',
  'logs.reason.unknown': 'một lỗi không xác định',
  'logs.andMore': ' và {count} mục khác',
  'logs.noFolder': 'không có thư mục',
  'logs.alert': 'alert',
  'logs.word.session': '1 phiên',
  'logs.word.sessions': '{count, plural, other {# phiên}}',
  'logs.word.server': '1 máy chủ',
  'logs.word.servers': '{count, plural, other {# máy chủ}}',
  'logs.word.file': '1 tệp nhật ký',
  'logs.word.files': '{count, plural, other {# tệp nhật ký}}',
  'logs.word.folder': '1 thư mục',
  'logs.word.folders': '{count, plural, other {# thư mục}}',
  'logs.cli.read': 'Nhật ký giao thức: {files} ({size}), {rows} dòng, {sessions}, trong {folders}',
  'logs.cli.beforeSince': 'Đã bỏ qua {count, plural, other {# phiên}} trước {since}',
  'logs.cli.pivot': 'Bản sửa được áp dụng: {time} ({source})',
  'logs.cli.pivot.state-file': 'theo tệp trạng thái của trình hướng dẫn',
  'logs.cli.pivot.option': 'theo --fix-time',
  'logs.cli.summary': 'Những gì đã xảy ra với Office 365',
  'logs.cli.noOffice365': 'Trong các nhật ký này không có phiên nào với Office 365.',
  'logs.cli.connectors': 'Trình kết nối',
  'logs.cli.col.connector': 'Trình kết nối',
  'logs.cli.col.direction': 'Chiều',
  'logs.cli.col.sessions': 'Số phiên',
  'logs.cli.col.office365': 'Office 365',
  'logs.cli.col.tls': 'TLS tốt',
  'logs.cli.col.failed': 'TLS lỗi',
  'logs.cli.col.starttls': 'Cần STARTTLS',
  'logs.cli.col.noTls': 'Không TLS',
  'logs.cli.col.connection': 'Không kết nối',
  'logs.cli.col.versions': 'Phiên bản',
  'logs.cli.legacy': 'Đối tác vẫn dùng TLS 1.0/1.1',
  'logs.cli.legacyPeer':
    '{peer}: {version}, {sessions}, lần cuối {time} ({connector}, {direction})',
  'logs.cli.events': 'Sự kiện Schannel ({location})',
  'logs.cli.eventsError': 'Không đọc được sự kiện Schannel ({location}): {error}',
  'logs.cli.noEvents':
    'Không có sự kiện Schannel 36871, 36874, 36887 hay 36888 trong khoảng thời gian này.',
  'logs.cli.event': '{event}: {count} (lần đầu {first}, lần cuối {last})',
  'logs.cli.fileProblems': 'Các tệp không được đọc trọn vẹn',
  'logs.cli.fileProblem.truncated': '{count, plural, other {# dòng cuối bị cắt cụt}}',
  'logs.cli.fileProblem.bad': '{count, plural, other {# dòng}} có số trường không đúng',
  'logs.cli.findings': 'Phát hiện',
  'probe.phase.resolve': 'phân giải tên',
  'probe.phase.connect': 'kết nối',
  'probe.phase.banner': 'nhận lời chào',
  'probe.phase.ehlo': 'EHLO',
  'probe.phase.starttls': 'STARTTLS',
  'probe.phase.handshake': 'bắt tay TLS',
  'probe.phase.mail': 'MAIL FROM',
  'probe.error.dns': 'không phân giải được tên {host} ({code})',
  'probe.error.refused': 'cổng đang đóng (kết nối bị từ chối)',
  'probe.error.connect': 'không có kết nối TCP: {reason}',
  'probe.error.connectTimeout': 'không có kết nối TCP trong vòng {ms} ms',
  'probe.error.phaseTimeout': 'không có phản hồi ở bước {phase} trong vòng {ms} ms',
  'probe.error.partialTimeout': 'phản hồi ở bước {phase} vẫn chưa đầy đủ sau {ms} ms: "{text}"',
  'probe.error.overallTimeout': 'đã hết giới hạn thời gian {ms} ms ở bước {phase}',
  'probe.error.closed': 'máy chủ đã đóng kết nối ở bước {phase}',
  'probe.error.socket': 'lỗi mạng ở bước {phase}: {reason}',
  'probe.error.lineTooLong': 'một dòng phản hồi ở bước {phase} dài hơn {max} byte',
  'probe.error.tooMuchData': 'máy chủ đã gửi hơn {max} byte ở bước {phase}',
  'probe.error.notSmtp': 'phản hồi ở bước {phase} không phải SMTP: "{text}"',
  'probe.error.greeting': 'máy chủ không chào bằng mã 220: {reply}',
  'probe.error.ehlo': 'cả EHLO và HELO đều bị từ chối: {reply}',
  'probe.error.starttlsNotOffered': 'máy chủ không cung cấp STARTTLS',
  'probe.error.starttlsRejected': 'STARTTLS nhận được phản hồi {reply}',
  'probe.error.tlsAlert': 'máy chủ đã gửi một alert TLS: {reason}',
  'probe.error.notTls': 'máy chủ không trả lời bằng TLS ({reason})',
  'probe.error.otherVersion': 'máy chủ đã trả lời bằng một phiên bản TLS khác ({reason})',
  'probe.error.droppedInHandshake': 'máy chủ đã đóng kết nối trong lúc bắt tay TLS',
  'probe.error.tls': 'bắt tay TLS thất bại: {reason}',
  'probe.error.tooLarge':
    'máy chủ đã gửi một thông điệp bắt tay lớn hơn mức {stack} chấp nhận ({reason}), nhiều khả năng là một chuỗi chứng chỉ lớn hơn 100 KB: không thể kiểm tra {version}',
  'probe.error.untestable': '{stack} trên máy này không thể cung cấp {version} ({reason})',
  'probe.error.notInStack': 'bản dựng này không hỗ trợ phiên bản đó',
  'probe.error.notTried': 'chưa thử: giới hạn thời gian {ms} ms đã dùng hết',
  'probe.stack.unknown': 'một thư viện TLS không xác định',
  'probe.target.empty': 'hãy nhập tên máy chủ hoặc địa chỉ, ví dụ mail.contoso.com:25',
  'probe.target.badPort': '"{port}" không phải số cổng (từ 1 đến 65535)',
  'probe.target.badHost': '"{host}" không phải tên máy chủ hay địa chỉ IP hợp lệ',
  'probe.target.badDomain': '"{domain}" không phải tên miền hợp lệ, ví dụ contoso.com',
  'probe.cli.oneTarget': 'hãy nhập ít nhất một đích: tlswizard probe HOST[:PORT] [HOST[:PORT]...]',
  'probe.cli.badStarttls': '--starttls nhận "smtp" hoặc "none", không nhận "{value}"',
  'probe.cli.badTimeout': '--timeout nhận số mili giây từ {min} đến {max}, không nhận "{value}"',
  'probe.title': 'Thăm dò {target} ({mode}) bằng {stack}, {ms} ms',
  'probe.mode.starttls': 'SMTP STARTTLS',
  'probe.mode.implicit': 'TLS ngầm định',
  'probe.starttlsOffered': 'Có cung cấp STARTTLS',
  'probe.starttlsRequired': 'Bắt buộc STARTTLS',
  'probe.yes': 'có',
  'probe.no': 'không',
  'probe.unknown': 'không rõ',
  'probe.col.version': 'Phiên bản',
  'probe.col.result': 'Kết quả',
  'probe.col.protocol': 'Giao thức',
  'probe.col.cipher': 'Mật mã',
  'probe.col.detail': 'Chi tiết',
  'probe.result.accepted': 'chấp nhận',
  'probe.result.refused': 'từ chối',
  'probe.result.untestable': 'không kiểm tra được',
  'probe.result.timeout': 'hết thời gian chờ',
  'probe.result.unreachable': 'không kết nối được',
  'probe.result.smtp-rejected': 'bị từ chối trước TLS',
  'probe.cert.title': 'Chứng chỉ (thấy khi dùng {version})',
  'probe.cert.subject': 'Chủ thể',
  'probe.cert.names': 'Tên',
  'probe.cert.issuer': 'Nhà phát hành',
  'probe.cert.valid': 'Hiệu lực',
  'probe.cert.validRange': '{from} đến {to}',
  'probe.cert.expired': 'ĐÃ HẾT HẠN',
  'probe.cert.trusted': 'Đáng tin cậy',
  'probe.cert.nameMatches': 'Khớp với {host}',
  'probe.cert.none': 'Không có chứng chỉ: không có phiên bản nào được chấp nhận.',
  'probe.unreachable': 'Không kết nối được tới đích: {error}',
  'probe.schannel.notWindows': 'thăm dò Schannel cần Windows PowerShell, mà ở đây không có',
  'probe.schannel.failed': 'Windows PowerShell không chạy được thăm dò Schannel: {reason}',
  'probe.schannel.timeout': 'thăm dò Schannel không hoàn tất trong vòng {ms} ms',
  'probe.schannel.noOutput': 'thăm dò Schannel không in ra JSON (mã thoát {code}): {stderr}',
  'probe.schannel.notJson': 'kết quả của thăm dò Schannel không phải JSON hợp lệ: {reason}',
  'probe.schannel.invalid': 'kết quả của thăm dò Schannel không có cấu trúc như mong đợi: {issues}',
  'finding.probe-unreachable.title': 'Không kết nối được tới {target}',
  'finding.probe-unreachable.advice':
    'Không phiên bản TLS nào mở được kết nối ({error}). Hãy kiểm tra tên, cổng, tường lửa và xem dịch vụ SMTP có đang chạy không, rồi thăm dò lại.',
  'finding.probe-smtp-rejected.title': '{target} đã từ chối phiên SMTP trước mọi lần bắt tay TLS',
  'finding.probe-smtp-rejected.advice':
    'Chưa thử phiên bản TLS nào ({error}), nên kết quả này chưa nói lên điều gì về TLS 1.2 trên máy chủ đó. Lời chào hoặc EHLO bị từ chối (phản hồi 5xx, hoặc 421 khi có quá nhiều kết nối đang mở) nghĩa là trình kết nối nhận của máy chủ đó không chấp nhận máy này: hãy kiểm tra RemoteIPRanges, danh sách chặn và giới hạn kết nối ở đó, hoặc đọc lý do trong nhật ký giao thức của nó. STARTTLS bị từ chối (chẳng hạn 454 4.7.0 TLS not available) nghĩa là máy chủ đó không có chứng chỉ dùng được cho SMTP: hãy gán một chứng chỉ hợp lệ kèm khóa riêng (Enable-ExchangeCertificate -Services SMTP). Phản hồi quá lớn hoặc không phải SMTP nghĩa là một dịch vụ khác đang trả lời trên cổng này. Sau đó hãy thăm dò lại.',
  'finding.starttls-not-offered.title': '{target} không cung cấp STARTTLS',
  'finding.starttls-not-offered.advice':
    'Phản hồi EHLO không có STARTTLS, nên thư gửi tới và nhận từ Office 365 qua trình kết nối này không được mã hóa, và các trình kết nối bắt buộc TLS sẽ thất bại. Hãy kiểm tra rằng trình kết nối nhận có một chứng chỉ hợp lệ kèm khóa riêng và TLS được cho phép trên đó.',
  'finding.probe-tls12-refused.title': '{target} từ chối TLS 1.2',
  'finding.probe-tls12-refused.advice':
    'Office 365 chỉ dùng TLS 1.2 trở lên, nên không thể trao đổi thư với máy chủ này ({error}).',
  'finding.tls12-refused-despite-registry.title':
    'Sổ đăng ký đã bật TLS 1.2 nhưng {target} vẫn từ chối nó',
  'finding.tls12-refused-despite-registry.advice':
    'Schannel chỉ đọc các khóa của nó khi khởi động: hãy khởi động lại máy chủ nếu các khóa đã được thay đổi từ lần khởi động trước. Nếu sau khi khởi động lại máy chủ vẫn từ chối, có thể bản dựng Exchange không hỗ trợ TLS 1.2 cho SMTP: hãy cập nhật nó.',
  'finding.o365-needs-tls12-client.title':
    'Office 365 ({target}) chỉ chấp nhận TLS 1.2 trở lên, mà máy chủ này không thể gửi bằng TLS 1.2',
  'finding.o365-needs-tls12-client.advice':
    'Điểm cuối này từ chối TLS 1.0 và 1.1 khi kiểm tra trực tiếp, và bằng chứng cho thấy máy chủ này không thể cung cấp TLS 1.2 khi gửi thư. Hãy bật TLS 1.2 cho phía Schannel Client, đặt các thiết lập .NET, rồi khởi động lại.',
  'finding.certificate-expired.title': 'Chứng chỉ của {target} đã hết hạn vào {validTo}',
  'finding.certificate-expired.advice':
    'Các đối tác có kiểm tra chứng chỉ, trong đó có các trình kết nối của Office 365, sẽ từ chối chứng chỉ đã hết hạn. Hãy gia hạn chứng chỉ, gán nó cho SMTP, và cập nhật TlsCertificateName trên các trình kết nối chỉ định chứng chỉ này.',
  'finding.certificate-name-mismatch.title': 'Chứng chỉ của {target} không chứa tên {host}',
  'finding.certificate-name-mismatch.advice':
    'Chứng chỉ này ghi tên {names}. Trình kết nối có kiểm tra tên (TlsDomain, TlsCertificateName) sẽ thất bại. Hãy dùng một chứng chỉ có tên chủ thể hoặc tên thay thế bao gồm tên mà các đối tác dùng để kết nối.',
  'finding.certificate-untrusted.title':
    'Chứng chỉ của {target} không phải do một cơ quan cấp chứng chỉ đáng tin cậy cấp',
  'finding.certificate-untrusted.advice':
    'Kết quả xác minh: {reason}. TLS cơ hội (opportunistic TLS) vẫn hoạt động, nhưng các trình kết nối của Office 365 có xác thực chứng chỉ sẽ từ chối nó. Hãy dùng chứng chỉ do một cơ quan cấp chứng chỉ công cộng cấp.',
  'reportDoc.title': 'Báo cáo chẩn đoán TLS cho {machine}',
  'reportDoc.titleNoName': 'Báo cáo chẩn đoán TLS',
  'reportDoc.generated': 'Tạo bởi {product} {version} lúc {time}',
  'reportDoc.diagnosed': 'Kiểm tra lúc {time}',
  'reportDoc.schema': 'Định dạng báo cáo {version}',
  'reportDoc.redacted':
    'Đã ẩn thông tin để chia sẻ: tên máy chủ, địa chỉ IP, tên miền, địa chỉ e-mail và tên tổ chức, địa danh ghi trong chứng chỉ được thay bằng các giá trị thay thế như host-1, 192.0.2.1, domain-1.example, user-1@domain-1.example và org-1. Cùng một giá trị gốc luôn có cùng một giá trị thay thế; Office 365 và các cơ quan cấp chứng chỉ công cộng được giữ nguyên.',
  'reportDoc.redactedShort': 'đã ẩn thông tin',
  'reportDoc.verdict': 'Kết luận',
  'reportDoc.verdict.healthy': 'Tốt',
  'reportDoc.verdict.action-needed': 'Cần xử lý',
  'reportDoc.verdict.inconclusive': 'Chưa đủ bằng chứng để kết luận',
  'reportDoc.verdict.healthy.detail':
    'Máy chủ này dùng được TLS 1.2 với Office 365: sổ đăng ký đã cho thấy mọi thông tin cần để kết luận, và không có gì trong đó ngăn TLS 1.2.',
  'reportDoc.verdict.action-needed.detail':
    'Máy chủ này không thể dùng TLS 1.2 với Office 365 một cách ổn định. Các vấn đề dưới đây cho biết lý do, nghiêm trọng nhất trước; các bước sau đó sẽ khắc phục.',
  'reportDoc.verdict.inconclusive.detail':
    'Không tìm thấy lỗi nào trong những gì sổ đăng ký cho thấy, nhưng nó không cho thấy đủ thông tin để biết máy chủ này có dùng được TLS 1.2 với Office 365 hay không. Cho đến khi có đủ thông tin, không thể coi máy chủ này là tốt.',
  'reportDoc.missing': 'Sổ đăng ký không cho thấy: {gaps}.',
  'reportDoc.gap.os-build':
    'bản dựng Windows (một giá trị chưa đặt sẽ lấy mặc định của bản dựng đó)',
  'reportDoc.gap.software': 'HKLM\\SOFTWARE (.NET, WinHTTP, Exchange, chính sách bộ mật mã)',
  'reportDoc.gap.schannel': 'các khóa giao thức Schannel',
  'reportDoc.gap.control-set': 'control set mà Windows đang chạy',
  'reportDoc.gap.cipher-suites': 'thứ tự bộ mật mã',
  'reportDoc.gap.tls12-client': 'TLS 1.2 có đang bật cho kết nối đi hay không',
  'reportDoc.gap.tls12-server': 'TLS 1.2 có đang bật cho kết nối đến hay không',
  'reportDoc.collect':
    'Để kết luận, hãy chạy các lệnh sau trên máy chủ trong Dấu nhắc Lệnh với quyền quản trị (reg export chỉ đọc), rồi chạy dòng cuối cùng tại nơi chứa các tệp:',
  'reportDoc.collect.script':
    'Để kết luận, hãy xuất các khóa còn thiếu trên máy chủ (docs/collect/collect-tls-registry.cmd của trình hướng dẫn xuất tất cả các khóa đó) rồi chẩn đoán lại.',
  'reportDoc.collect.above':
    'Các lệnh thu thập những gì còn thiếu nằm dưới phần kết luận ở đầu báo cáo này.',
  'reportDoc.problems': 'Vấn đề',
  'reportDoc.problems.none': 'Không có vấn đề nào.',
  'reportDoc.problems.also': 'Ngoài ra',
  'reportDoc.problems.findings': 'Phát hiện',
  'reportDoc.symptom': 'Triệu chứng được báo',
  'reportDoc.symptom.id': 'Triệu chứng',
  'reportDoc.symptom.text': 'Nội dung lỗi được cung cấp',
  'reportDoc.machine': 'Máy',
  'reportDoc.machine.name': 'Tên máy tính',
  'reportDoc.machine.fqdn': 'Tên đầy đủ',
  'reportDoc.machine.os': 'Windows',
  'reportDoc.machine.build': 'Bản dựng',
  'reportDoc.machine.exchange': 'Exchange',
  'reportDoc.machine.exchangePath': 'Thư mục Exchange',
  'reportDoc.machine.edge': 'Vai trò Edge Transport',
  'reportDoc.machine.source': 'Đọc sổ đăng ký từ',
  'reportDoc.unknown': 'không rõ',
  'reportDoc.yes': 'có',
  'reportDoc.no': 'không',
  'reportDoc.none': 'không có',
  'reportDoc.actions': 'Cần làm gì',
  'reportDoc.actions.nothing': 'Không cần làm gì: không phát hiện nào yêu cầu thay đổi.',
  'reportDoc.actions.resolves': 'Khắc phục: {titles}',
  'reportDoc.actions.howToApply':
    'Trên máy chủ, trong cửa sổ lệnh với quyền quản trị: tlswizard fix (hiển thị các thay đổi), rồi tlswizard fix --apply (thực hiện các thay đổi sau khi lưu bản sao lưu).',
  'reportDoc.actions.planned': 'Các thay đổi sổ đăng ký mà bản sửa này thực hiện',
  'reportDoc.actions.alreadyRight': 'Mọi giá trị mà bản sửa này ghi đều đã đúng.',
  'reportDoc.actions.noPlan':
    'Các thay đổi cụ thể chưa được lập kế hoạch cho báo cáo này; hãy chạy tlswizard fix trên máy chủ để xem.',
  'reportDoc.actions.manual': 'Bước thủ công',
  'reportDoc.actions.registry': 'Thay đổi sổ đăng ký',
  'reportDoc.actions.minimum': 'Tối thiểu: {minimum}',
  'reportDoc.actions.restartWhy':
    'Schannel chỉ đọc các thiết lập của nó khi Windows khởi động, và Windows không tự yêu cầu lần khởi động lại này.',
  'reportDoc.restart': 'Khởi động lại',
  'reportDoc.restart.pending': 'Windows đang chờ khởi động lại.',
  'reportDoc.restart.notPending': 'Hiện không có lần khởi động lại nào đang chờ.',
  'reportDoc.restart.notKnown':
    'Không biết Windows có đang chờ khởi động lại hay không: dữ liệu sổ đăng ký đã đọc không cho thấy các dấu hiệu khởi động lại của nó.',
  'reportDoc.restart.afterFixes': 'Các bản sửa chỉ có hiệu lực sau khi khởi động lại.',
  'reportDoc.restart.changedAt': 'Schannel đã được công cụ này thay đổi lúc {time}.',
  'reportDoc.restart.scheduled': 'Đã lên lịch khởi động lại lúc {time}.',
  'reportDoc.applied': 'Các thay đổi đã thực hiện',
  'reportDoc.applied.backup': 'Tệp sao lưu (nhập nó để hoàn tác)',
  'reportDoc.applied.readBack': 'Đọc lại',
  'reportDoc.applied.result': 'Kết quả',
  'reportDoc.applied.ok': 'đã ghi',
  'reportDoc.prepared': 'Đã chuẩn bị bản sửa, chưa áp dụng',
  'reportDoc.applied.prepared': 'đã chuẩn bị, chưa áp dụng',
  'reportDoc.applied.inCopy': 'đã ghi vào bản sao',
  'reportDoc.applied.failed': 'thất bại',
  'reportDoc.evidence': 'Bằng chứng',
  'reportDoc.schannel': 'Schannel: cấu hình và hiệu lực thực tế',
  'reportDoc.schannel.version': 'Phiên bản',
  'reportDoc.schannel.effective': 'Hiệu lực',
  'reportDoc.schannel.side': 'Phía',
  'reportDoc.schannel.state': 'Trạng thái',
  'reportDoc.schannel.note':
    'Cột Hiệu lực là những gì Schannel thực sự làm trên bản dựng Windows này, với giá trị mặc định được điền vào chỗ giá trị chưa đặt; ghi không rõ khi giá trị chưa đặt và không biết bản dựng.',
  'reportDoc.values': 'Các giá trị sổ đăng ký đã đọc',
  'reportDoc.values.key': 'Khóa',
  'reportDoc.values.value': 'Giá trị',
  'reportDoc.values.data': 'Dữ liệu',
  'reportDoc.values.none': 'Không đọc được giá trị nào.',
  'reportDoc.on': 'bật',
  'reportDoc.off': 'tắt',
  'reportDoc.unknownState': 'không rõ',
  'reportDoc.findings': 'Chi tiết các phát hiện',
  'reportDoc.severity.error': 'Lỗi',
  'reportDoc.severity.warning': 'Cảnh báo',
  'reportDoc.severity.info': 'Ghi chú',
  'reportDoc.findings.none': 'Không có phát hiện nào.',
  'reportDoc.findings.evidence': 'Bằng chứng',
  'reportDoc.findings.fixes': 'Được sửa bởi',
  'reportDoc.probes': 'Kiểm tra TLS trực tiếp',
  'reportDoc.probes.none': 'Chưa chạy kiểm tra trực tiếp nào.',
  'reportDoc.probe.heading': '{target}, {mode}, {role}',
  'reportDoc.probe.mode.starttls': 'SMTP STARTTLS',
  'reportDoc.probe.mode.implicit': 'TLS ngay từ byte đầu tiên',
  'reportDoc.probe.role.local': 'máy chủ này',
  'reportDoc.probe.role.office365': 'Office 365',
  'reportDoc.probe.role.smarthost': 'smart host',
  'reportDoc.probe.role.other': 'máy chủ khác',
  'reportDoc.probe.stack': 'Kiểm tra bằng',
  'reportDoc.probe.duration': 'Thời gian',
  'reportDoc.probe.ms': '{ms} ms',
  'reportDoc.probe.starttlsOffered': 'Có cung cấp STARTTLS',
  'reportDoc.probe.starttlsRequired': 'Bắt buộc STARTTLS',
  'reportDoc.probe.version': 'Phiên bản',
  'reportDoc.probe.result': 'Kết quả',
  'reportDoc.probe.protocol': 'Giao thức',
  'reportDoc.probe.cipher': 'Mật mã',
  'reportDoc.probe.detail': 'Chi tiết',
  'reportDoc.probe.systemDefault': 'Mặc định của Windows',
  'reportDoc.probe.result.accepted': 'chấp nhận',
  'reportDoc.probe.result.refused': 'từ chối',
  'reportDoc.probe.result.untestable': 'không kiểm tra được ở đây',
  'reportDoc.probe.result.timeout': 'không phản hồi kịp',
  'reportDoc.probe.result.unreachable': 'không kết nối được',
  'reportDoc.probe.result.smtp-rejected': 'bị từ chối trước TLS',
  'reportDoc.probe.schannel': 'Windows Schannel (thứ mà chính Exchange dùng để thương lượng)',
  'reportDoc.probe.schannelError': 'Không có kiểm tra Schannel: {reason}',
  'reportDoc.probe.transcript': 'Hội thoại SMTP',
  'reportDoc.probe.transcriptEmpty': 'Không ghi lại được hội thoại SMTP nào.',
  'reportDoc.cert': 'Chứng chỉ (thấy khi dùng {version})',
  'reportDoc.cert.subject': 'Chủ thể',
  'reportDoc.cert.names': 'Tên',
  'reportDoc.cert.issuer': 'Nhà phát hành',
  'reportDoc.cert.valid': 'Hiệu lực',
  'reportDoc.cert.validRange': '{from} đến {to}',
  'reportDoc.cert.fingerprint': 'Dấu vân tay SHA-256',
  'reportDoc.cert.trusted': 'Đáng tin cậy',
  'reportDoc.cert.nameMatches': 'Tên khớp',
  'reportDoc.logs': 'Các dòng nhật ký giao thức',
  'reportDoc.protocolLogs.connector': 'Trình kết nối',
  'reportDoc.protocolLogs.direction': 'Chiều',
  'reportDoc.protocolLogs.office365': 'Với Office 365',
  'reportDoc.protocolLogs.before': 'Trước khi sửa',
  'reportDoc.protocolLogs.after': 'Kể từ khi sửa',
  'reportDoc.protocolLogs.counts': '{sessions, plural, other {# phiên}}, {failed} thất bại',
  'reportDoc.logs.none': 'Nhật ký giao thức không cho thấy điều gì đáng chú ý ở đây.',
  'reportDoc.logs.where': 'Tệp và dòng',
  'reportDoc.logs.at': 'Thời gian',
  'reportDoc.logs.text': 'Dòng',
  'reportDoc.compare': 'Trước và sau khi sửa',
  'reportDoc.compare.verdict': 'Kết luận: trước đây là {before}, hiện tại là {after}.',
  'reportDoc.compare.side': 'Phía',
  'reportDoc.compare.before': 'Trước',
  'reportDoc.compare.after': 'Sau',
  'reportDoc.compare.fixed': 'Đã sửa',
  'reportDoc.compare.undecided': 'Hiện không thấy (chưa chắc đã được sửa)',
  'reportDoc.compare.remaining': 'Vẫn còn',
  'reportDoc.compare.added': 'Mới',
  'reportDoc.compare.foundNow':
    'Phát hiện bây giờ (lần chẩn đoán trước, theo quy tắc cũ, không kiểm tra các mục này)',
  'reportDoc.compare.noChange': 'Không có thiết lập Schannel nào thay đổi.',
  'reportDoc.notSet': 'chưa đặt',
  'reportDoc.emptyList': '(danh sách trống)',
  'reportDoc.side.client': 'Client',
  'reportDoc.side.server': 'Server',
  'reportDoc.footer':
    'Trang này độc lập: nó không chạy script nào và không tải gì từ mạng. Trình hướng dẫn không mở lại được trang này; nó mở phiên bản JSON của báo cáo (định dạng JSON khi lưu trong trình hướng dẫn, hoặc tlswizard diagnose --report FILE.json).',
  'reportDoc.reg.header':
    'Các giá trị sổ đăng ký do {name} {version} đọc trên {machine} lúc {time}.',
  'reportDoc.reg.usage':
    'Một bản ghi để đọc. Khi chẩn đoán bản ghi này (tlswizard diagnose --registry THIS.reg), công cụ thấy cùng trạng thái Schannel; các giá trị mà một bước kiểm tra thấy đúng (.NET, WinHTTP, thứ tự bộ mật mã, Exchange) không được ghi lại, nên kết quả có thể là chưa kết luận được. Nếu nhập tệp này, các giá trị này sẽ được đặt trên máy.',
  'reportDoc.reg.redacted':
    'Đã ẩn thông tin: tên máy chủ, địa chỉ và tên miền đã được thay bằng giá trị thay thế.',
  'reportDoc.reg.notSet': 'chưa đặt: {path}',
  'reportDoc.cli.written': 'Đã ghi báo cáo: {file}',
  'reportDoc.format.unknown':
    'không xác định được định dạng báo cáo từ "{file}": tên tệp phải kết thúc bằng .html hoặc .json',
  'reportDoc.load.missing': '{file} không tồn tại',
  'reportDoc.load.folder': '{file} là một thư mục, không phải tệp báo cáo',
  'reportDoc.load.unreadable': 'không đọc được {file}: {reason}',
  'reportDoc.load.tooLarge':
    '{file} lớn hơn {size} MB; báo cáo không bao giờ lớn như vậy, nên đây không phải báo cáo của công cụ này',
  'reportDoc.load.empty': '{file} trống: tệp chưa được lưu hoàn chỉnh',
  'reportDoc.load.html':
    '{file} là một trang HTML; hãy mở báo cáo .json được lưu cùng với nó (không thể đọc lại tệp HTML)',
  'reportDoc.load.truncated':
    '{file} bị cắt cụt (JSON kết thúc trước khi hoàn chỉnh): tệp chưa được lưu hoặc sao chép hoàn chỉnh',
  'reportDoc.load.notJson': '{file} không phải JSON: {reason}',
  'reportDoc.load.diagnosis':
    '{file} là kết quả chẩn đoán được lưu bằng --out hoặc --json, không phải báo cáo: hãy chạy tlswizard diagnose --report FILE.json để tạo báo cáo',
  'reportDoc.load.foreign': '{file} không phải báo cáo của Mailflow TLS Wizard',
  'reportDoc.load.newer':
    '{file} được ghi bởi một phiên bản Mailflow TLS Wizard mới hơn (định dạng báo cáo {found}, phiên bản này chỉ đọc được tới {supported}): hãy cập nhật trình hướng dẫn để mở tệp',
  'reportDoc.load.invalid': '{file} là một báo cáo bị hỏng: {detail}',
  'reportDoc.load.uploaded': 'tệp báo cáo đã tải lên',
  'schannelProbe.notWindows': 'thăm dò Schannel chỉ chạy trên Windows',
  'schannelProbe.missing': 'không tìm thấy schannel-probe.exe (đã tìm trong {paths})',
  'schannelProbe.failed': 'không khởi chạy được schannel-probe.exe: {reason}',
  'schannelProbe.timeout': 'schannel-probe.exe không hoàn tất trong vòng {ms} ms và đã bị dừng',
  'schannelProbe.noOutput': 'schannel-probe.exe không in ra JSON (mã thoát {code}): {stderr}',
  'schannelProbe.notJson': 'kết quả của schannel-probe.exe không phải JSON hợp lệ: {reason}',
  'schannelProbe.fatal': 'schannel-probe.exe đã từ chối yêu cầu: {reason}',
  'schannelProbe.invalid':
    'kết quả của schannel-probe.exe không có cấu trúc như mong đợi: {issues}',
  'finding.schannel-refuses-tls12.title':
    'Sổ đăng ký bật TLS 1.2, nhưng Windows đã không dùng nó với {target}',
  'finding.schannel-refuses-tls12.advice':
    'TLS của chính Windows (Schannel, thứ mà Exchange dùng) đã kết nối tới {target} với thiết lập mặc định và nhận được {got}, mặc dù {target} chấp nhận TLS 1.2 và sổ đăng ký bật TLS 1.2 cho kết nối đi ({error}). Schannel chỉ đọc các khóa này khi Windows khởi động: nếu chúng đã được thay đổi sau lần khởi động lại gần nhất, hãy khởi động lại máy chủ. Nếu sau khi khởi động lại vẫn xảy ra, có một yếu tố khác đang ngăn TLS 1.2 hoạt động: một Chính sách Nhóm đặt các giao thức hoặc các bộ mật mã, hoặc một danh sách bộ mật mã không có bộ nào chung với {target}.',
  'finding.schannel-tls12-despite-registry.title':
    'Sổ đăng ký tắt TLS 1.2, nhưng Windows vẫn dùng nó với {target}',
  'finding.schannel-tls12-despite-registry.advice':
    'TLS của chính Windows (Schannel) đã thương lượng {protocol} với {target} theo thiết lập mặc định, trong khi các giá trị sổ đăng ký dưới đây tắt TLS 1.2 cho kết nối đi. Schannel chỉ đọc các giá trị này khi Windows khởi động, nên nhiều khả năng chúng đã được thay đổi sau lần khởi động lại gần nhất: hiện tại thư vẫn chạy, nhưng lần khởi động lại tiếp theo sẽ tắt TLS 1.2 và làm dừng thư tới Office 365. Hãy đặt Enabled=1 và DisabledByDefault=0 trước lần khởi động lại đó.',
  'finding.schannel-node-disagree.title':
    'Thăm dò của công cụ này và Windows cho kết quả khác nhau về TLS 1.2 với {target}',
  'finding.schannel-node-disagree.advice':
    'Khi chỉ yêu cầu TLS 1.2, thăm dò của chính công cụ này (Node) nhận được {node}, còn TLS của chính Windows (Schannel) nhận được {schannel} ({error}). Exchange dùng Schannel, nên kết quả của Schannel mới là kết quả mà luồng thư gặp phải.',
  'finding.schannel-node-disagree.schannel-refused.title':
    '{target} chấp nhận TLS 1.2, nhưng Windows trên máy chủ này không dùng được nó',
  'finding.schannel-node-disagree.schannel-refused.advice':
    'Khi chỉ yêu cầu TLS 1.2, thăm dò của chính công cụ này (Node) đã kết nối được, còn TLS của chính Windows (Schannel, thứ mà Exchange dùng) thì không ({error}). Máy chủ ở đầu bên kia không có vấn đề: Schannel của máy này không thể cung cấp TLS 1.2, hoặc không có bộ mật mã nào mà {target} chấp nhận. Hãy kiểm tra các khóa TLS 1.2\\Client, thứ tự bộ mật mã và mọi Chính sách Nhóm đặt các thiết lập này, rồi khởi động lại sau khi thay đổi.',
  'finding.schannel-node-disagree.node-refused.title':
    'Windows dùng được TLS 1.2 với {target}, còn thăm dò của chính công cụ này thì không',
  'finding.schannel-node-disagree.node-refused.advice':
    'Khi chỉ yêu cầu TLS 1.2, TLS của chính Windows (Schannel, thứ mà Exchange dùng) đã kết nối được, còn thăm dò của chính công cụ này (Node) thì không ({error}). Luồng thư đi qua Schannel, nên không bị ảnh hưởng; sự khác biệt nằm ở những gì Node cung cấp (các bộ mật mã hoặc thuật toán chữ ký mà {target} không chấp nhận).',
  'problem.schannel-not-as-registry.title':
    'Windows không dùng TLS 1.2 theo đúng như sổ đăng ký ghi',
  'problem.probes-disagree.title':
    'Thăm dò của công cụ này và TLS của chính Windows cho kết quả khác nhau',
  'why.heading': 'Vì sao điều này quan trọng',
  'why.learnMore': 'Tìm hiểu thêm',
  'why.evidence-incomplete':
    'Thiếu các khóa này thì không ai biết được TLS 1.2 có hoạt động ở đây hay không; một báo cáo ghi "tốt" dựa trên bằng chứng còn thiếu sẽ khiến bạn đi tìm nguyên nhân ở chỗ khác.',
  'why.tls12-off-both':
    'Office 365 chỉ nhận và gửi thư qua TLS 1.2 trở lên. Khi TLS 1.2 tắt, thư giữa máy chủ này và Office 365 bị dừng ở cả hai chiều.',
  'why.tls12-off-incoming':
    'Office 365 kết nối tới máy chủ này chỉ bằng TLS 1.2. Khi phía Server tắt, thư từ Office 365 tới máy chủ này bị lỗi.',
  'why.tls12-off-outgoing':
    'Máy chủ này kết nối tới Office 365 với vai trò máy khách TLS. Khi phía Client tắt, nó chỉ cung cấp TLS 1.0 hoặc 1.1, và Office 365 ngắt kết nối (421 4.4.2 SocketError).',
  'why.tls12-inconsistent':
    'Khi khóa Client và khóa Server không khớp nhau, việc gửi và việc nhận hoạt động khác nhau: thư có thể chạy được theo một chiều nhưng lỗi ở chiều kia, điều này về sau rất khó chẩn đoán.',
  'why.exchange-too-old':
    'Các bản dựng Exchange cũ hoàn toàn không dùng được TLS 1.2, bất kể sổ đăng ký ghi gì: chỉ sửa sổ đăng ký sẽ không khôi phục được luồng thư.',
  'why.exchange-tls13':
    'Bản dựng Exchange này không hỗ trợ TLS 1.3; khi TLS 1.3 bật, kết nối có thể thất bại theo những cách trông giống sự cố TLS 1.2.',
  'why.legacy-tls-off':
    'Bản dựng Exchange này vẫn cần TLS 1.0/1.1 cho hoạt động nội bộ; khi chúng bị tắt, một số phần của Exchange có thể ngừng hoạt động.',
  'why.exchange-updates':
    'Các bản dựng đã hết hỗ trợ hoặc chậm cập nhật sẽ thiếu các bản sửa lỗi TLS và bản cập nhật bảo mật; bộ phận hỗ trợ của Microsoft sẽ yêu cầu cập nhật lên bản dựng hiện hành trước.',
  'why.windows-support':
    'Hệ điều hành đã hết hỗ trợ không còn nhận bản sửa lỗi TLS nào nữa; hãy lên kế hoạch chuyển sang một phiên bản Windows Server được hỗ trợ.',
  'why.cipher-suites':
    'TLS 1.2 cần một bộ mật mã mà cả hai bên đều biết. Nếu không có bộ nào chung với Office 365, quá trình bắt tay sẽ thất bại ngay cả khi TLS 1.2 đang bật.',
  'why.dotnet':
    'Exchange được xây dựng trên .NET. Thiếu các thiết lập này, .NET vẫn có thể chọn TLS 1.0, và các tính năng Exchange gọi tới Office 365 (hybrid, thông tin rảnh/bận) sẽ lỗi.',
  'why.winhttp':
    'WinHTTP đảm nhận một số kết nối của chính Exchange và Windows; nếu TLS 1.2 không có trong mặc định của WinHTTP, các kết nối này sẽ lỗi khi kết nối tới Office 365.',
  'why.wire-tls12-refused':
    'Đây là những gì máy chủ thực sự làm trên đường truyền, không phải những gì sổ đăng ký ghi: một máy chủ từ chối TLS 1.2 không thể trao đổi thư với Office 365.',
  'why.wire-tls12-client':
    'Office 365 chỉ dùng TLS 1.2 trở lên; phía máy khách (Client) của máy chủ này phải cung cấp TLS 1.2 thì mới gửi thư tới đó được.',
  'why.starttls-missing':
    'Không có STARTTLS, thư sẽ được gửi đi mà không mã hóa, hoặc, ở nơi bắt buộc TLS, hoàn toàn không gửi được (451 5.7.3 Must issue a STARTTLS command first).',
  'why.unreachable':
    'Không đo được gì về TLS cho máy chủ này; hãy kiểm tra tên, cổng và tường lửa, rồi kiểm tra lại.',
  'why.smtp-rejected':
    'Máy chủ đã dừng cuộc hội thoại SMTP trước khi TLS kịp bắt đầu, nên không đo được gì về TLS của nó. Thư gửi từ cùng nơi đó cũng bị từ chối như vậy; ở nơi bắt buộc TLS, một phiên không có STARTTLS sẽ kết thúc bằng 451 5.7.3 Must issue a STARTTLS command first.',
  'why.certificate':
    'Các trình kết nối bắt buộc TLS sẽ kiểm tra chứng chỉ; chứng chỉ đã hết hạn, không đáng tin cậy hoặc sai tên khiến Office 365 từ chối hoặc hoãn nhận thư.',
  'why.control-sets-differ':
    'Windows khởi động từ control set mà Select\\Current chỉ định; các giá trị chỉ được ghi vào một control set khác sẽ không có tác dụng.',
  'why.ignored-entries':
    'Windows chỉ đọc đúng tên khóa, tên giá trị chính xác và kiểu DWORD; các mục được gõ theo một trang đã dịch hoặc có kiểu sai sẽ không thay đổi được gì.',
  'why.schannel-consistency':
    'Các giá trị bị thiếu hoặc mâu thuẫn nhau khiến TLS phụ thuộc vào mặc định của Windows, vốn khác nhau giữa các phiên bản.',
  'why.restart-pending':
    'Schannel chỉ đọc các thiết lập của nó khi Windows khởi động: các thay đổi thực hiện sau lần khởi động gần nhất chưa có hiệu lực.',
  'why.legacy-tls':
    'TLS 1.0/1.1 không làm dừng thư tới Office 365, nhưng chúng đã lỗi thời; chỉ tắt chúng sau khi đã kiểm tra xem những đối tác nào khác còn cần chúng.',
  'why.control-set-read':
    'Các giá trị được đọc từ control set mà Windows dùng để khởi động; đó là những gì lần khởi động tới sẽ dùng.',
  'why.health-checker-words':
    'Health Checker gọi trạng thái này bằng tên khác; các tên đó được ghi kèm để có thể đối chiếu kết quả của hai công cụ.',
  'why.values-not-0-or-1':
    'Windows coi mọi giá trị khác 0 là 1; giá trị này vẫn có tác dụng nhưng bất thường và nên được dọn dẹp.',
  'why.mail-flow-failing':
    'Nhật ký giao thức cho thấy các phiên thực với Office 365 đang thất bại: đây là thư không đến được nơi nhận, không phải một rủi ro trên lý thuyết.',
  'why.legacy-tls-peers':
    'Các đối tác này vẫn kết nối bằng TLS 1.0 hoặc 1.1; kết nối sẽ hỏng vào ngày các phiên bản đó bị tắt ở đây hoặc ở phía họ.',
  'why.logs-evidence':
    'Nhật ký giao thức là bản ghi duy nhất về những gì máy chủ thực sự đã làm; không có chúng, không thể chứng minh từ chính máy chủ rằng bản sửa có hiệu quả.',
  'why.schannel-events':
    'Windows ghi mọi lần bắt tay TLS thất bại vào nhật ký Hệ thống (System); các sự kiện này cho biết phía nào đã từ chối và vì sao.',
  'why.notes': 'Thông tin nền về máy chủ này; không có gì ở đây làm dừng luồng thư.',
  'link.article':
    'Hỗ trợ của Microsoft: không thể gửi hoặc nhận email khi dùng TLS 1.1 hoặc TLS 1.0',
  'link.tlsPart1': 'Exchange Team: hướng dẫn về TLS phần 1, chuẩn bị cho TLS 1.2',
  'link.tlsPart2': 'Exchange Team: hướng dẫn về TLS phần 2, bật TLS 1.2',
  'link.tlsScenarios':
    'Exchange Team: các tình huống email khi không thống nhất được phiên bản TLS với Exchange Online',
  'link.kb3140245': 'KB3140245: TLS 1.1 và 1.2 là giao thức bảo mật mặc định trong WinHTTP',
  'link.exchangeTls': 'Các phương pháp hay nhất về cấu hình TLS cho Exchange Server',
  'link.tlsRegistry': 'Windows: các thiết lập sổ đăng ký cho TLS',
  'link.builds': 'Số bản dựng và ngày phát hành của Exchange Server',
  'link.protocolLogging': 'Exchange: ghi nhật ký giao thức',
  'probe.col.o365': 'Đối với Office 365',
  'probe.judge.needed-ok': 'Tốt: Office 365 dùng phiên bản này',
  'probe.judge.needed-missing': 'Vấn đề: Office 365 cần TLS 1.2',
  'probe.judge.needed-unknown': 'Chưa đo: Office 365 cần TLS 1.2',
  'probe.judge.tls13-ok': 'Tốt (không bắt buộc)',
  'probe.judge.tls13-missing': 'Không sao: TLS 1.2 là đủ',
  'probe.judge.legacy-on': 'Office 365 không dùng; tắt sau, khi đã kiểm tra các đối tác khác',
  'probe.judge.legacy-off': 'Không sao: Office 365 không dùng phiên bản này',
  'probe.judge.untested': 'Chưa đo',
  'probe.outcome.accepted': 'chấp nhận',
  'probe.outcome.refused': 'từ chối',
  'probe.outcome.untestable': 'không thể kiểm tra từ đây',
  'probe.outcome.timeout': 'không phản hồi kịp',
  'probe.outcome.unreachable': 'không kết nối được',
  'probe.outcome.smtp-rejected': 'chưa thử: phiên SMTP bị từ chối',
  'probe.code.protocol-version': 'Máy chủ đã từ chối phiên bản TLS này',
  'probe.code.handshake': 'Bắt tay TLS thất bại',
  'probe.code.self-signed': 'Chứng chỉ là chứng chỉ tự ký',
  'probe.code.untrusted': 'Chứng chỉ không phải do một cơ quan cấp chứng chỉ đáng tin cậy cấp',
  'probe.code.expired': 'Chứng chỉ đã hết hạn',
  'probe.code.name': 'Chứng chỉ được cấp cho một tên khác',
  'probe.code.refused': 'Không có gì lắng nghe trên cổng này (kết nối bị từ chối)',
  'probe.code.reset': 'Máy chủ đã đóng kết nối',
  'probe.code.timeout': 'Không phản hồi kịp',
  'probe.code.dns': 'Không tra cứu được tên (DNS)',
  'probe.code.unreachable': 'Mạng không tới được địa chỉ này',
  'probe.code.local-stack': 'Thư viện TLS của chính máy tính này không thể cung cấp phiên bản này',
  'probe.code.other': 'Kết nối thất bại',
  'probe.code.smtp-rejected': 'Máy chủ SMTP đã kết thúc phiên trước khi TLS kịp bắt đầu',
  'app.title': 'Mailflow TLS Wizard',
  'app.tagline': 'Giúp máy chủ này gửi và nhận thư với Office 365 qua TLS 1.2.',
  'nav.back': 'Quay lại',
  'nav.next': 'Tiếp',
  'nav.stepOf': 'Bước {n}/{total}',
  'nav.done': 'xong',
  'nav.skipped': 'đã bỏ qua',
  'common.retry': 'Thử lại',
  'error.lost.title': 'Bộ máy của trình hướng dẫn không phản hồi',
  'error.lost.text':
    'Phần của trình hướng dẫn đọc sổ đăng ký và chạy các bước kiểm tra đã dừng hoặc bị đóng, nên không thể kiểm tra hay thay đổi gì thêm. Hãy khởi động lại trình hướng dẫn (hoặc tlswizard serve trên máy chủ), rồi nhấn Thử lại. Bước bị lỗi chưa thay đổi gì.',
  'step.welcome': 'Chào mừng',
  'step.symptom': 'Triệu chứng',
  'step.checks': 'Kiểm tra',
  'step.fixes': 'Sửa lỗi',
  'step.restart': 'Khởi động lại',
  'step.report': 'Báo cáo',
  'common.loading': 'Đang tải...',
  'common.error': 'Đã xảy ra lỗi',
  'common.dismiss': 'Đóng',
  'common.notSet': 'chưa đặt',
  'common.yes': 'có',
  'common.no': 'không',
  'welcome.heading': 'Máy này',
  'welcome.name': 'Máy tính',
  'welcome.windows': 'Windows',
  'welcome.exchange': 'Exchange',
  'welcome.exchangeNone': 'chưa cài đặt (máy chuyển tiếp SMTP trên Windows)',
  'welcome.exchangeUnknown': 'không rõ (phần sổ đăng ký đã đọc không có HKLM\\SOFTWARE)',
  'welcome.elevated': 'Chạy với quyền quản trị',
  'welcome.elevatedNa': 'không áp dụng (sổ đăng ký từ tệp)',
  'welcome.source': 'Nguồn sổ đăng ký',
  'welcome.source.live': 'máy tính này (trực tiếp)',
  'welcome.source.file': 'tệp: {label}',
  'welcome.source.demo': 'máy chủ mẫu đi kèm ({label})',
  'welcome.language': 'Ngôn ngữ',
  'welcome.openReport': 'Mở báo cáo đã lưu',
  'welcome.checkNow': 'Kiểm tra máy chủ này ngay',
  'welcome.intro':
    'Trình hướng dẫn kiểm tra vì sao máy chủ này không dùng được TLS 1.2 với Office 365, sửa sổ đăng ký kèm bản sao lưu để có thể hoàn tác, và tạo báo cáo để bạn gửi cho quản trị viên cấp cao. Không có gì thay đổi cho đến khi bạn xác nhận.',
  'welcome.notElevated':
    'Bạn có thể chạy mọi bước kiểm tra ngay bây giờ. Để áp dụng bản sửa, hãy đóng trình hướng dẫn, bấm chuột phải vào nó và chọn "Run as administrator" (Chạy với tư cách người quản trị).',
  'welcome.verify':
    'Chào mừng bạn quay lại. Máy chủ đã khởi động lại: các bước kiểm tra được chạy lại và hiển thị bên cạnh kết quả trước khi sửa.',
  'symptom.heading': 'Bạn thấy gì?',
  'symptom.hint':
    'Chọn thông báo phù hợp, hoặc dán nội dung lỗi. Nếu không chắc, hãy kiểm tra tất cả.',
  'symptom.ndr-socketerror': 'Người gửi nhận được thư báo không gửi được (NDR)',
  'symptom.queue-socketerror': 'Thư nằm chờ trong hàng đợi (Trình xem Hàng đợi)',
  'symptom.sendlog-tls-failed': 'Nhật ký giao thức của trình kết nối gửi cho thấy TLS thất bại',
  'symptom.starttls-required': 'Nhật ký giao thức của một trình kết nối báo yêu cầu STARTTLS',
  'symptom.all': 'Cứ kiểm tra tất cả',
  'symptom.all.detail': 'Chạy mọi bước kiểm tra mà không cần chọn triệu chứng.',
  'symptom.paste': 'Dán lỗi mà bạn thấy',
  'symptom.paste.cut':
    'Văn bản dài hơn {max} ký tự: chỉ {max} ký tự đầu tiên được dùng. Nếu các dòng có lỗi không nằm trong phần đó, hãy dán riêng các dòng đó.',
  'symptom.paste.placeholder': 'ví dụ: 421 4.4.2 Connection dropped due to SocketError',
  'symptom.recognised': 'Đã nhận ra: {what}',
  'symptom.notRecognised': 'Không phải thông báo đã biết. Bạn vẫn có thể kiểm tra tất cả.',
  'match.socketerror-421':
    'Office 365 đã ngắt kết nối (421 4.4.2 SocketError): thường là do không có TLS 1.2',
  'match.tls-negotiation-socketerror':
    'Thương lượng TLS thất bại (SocketError): thường là do không có TLS 1.2',
  'match.starttls-required-451': 'Phía bên kia yêu cầu STARTTLS (451 5.7.3)',
  'match.starttls-required-530': 'Phía bên kia yêu cầu STARTTLS (530 5.7.0)',
  'match.tls-no-credentials':
    'Chứng chỉ không có khóa riêng (NoCredentials): sự cố chứng chỉ, không phải TLS 1.2',
  'match.tls-unknown-credentials':
    'Không dùng được chứng chỉ (UnknownCredentials): sự cố chứng chỉ',
  'match.stale-tls-certificate-name':
    'Một trình kết nối chỉ định chứng chỉ đã được gia hạn (450 4.4.317): hãy cập nhật TlsCertificateName',
  'match.tls-success-1-2': 'Một phiên TLS 1.2: kết nối này hoạt động',
  'match.tls-success-1-0': 'Một phiên TLS 1.0: Office 365 từ chối các phiên như vậy',
  'checks.heading': 'Kiểm tra',
  'checks.targets': 'Máy chủ cần kiểm tra trực tiếp',
  'checks.targets.hint':
    'Dịch vụ SMTP cục bộ và điểm cuối Office 365 của bạn được đề xuất sẵn. Bạn có thể sửa, xóa hoặc thêm một smart host.',
  'checks.domain': 'Miền được chấp nhận của bạn (để tìm điểm cuối Office 365)',
  'checks.domain.find': 'Tìm điểm cuối',
  'checks.domain.finding': 'Đang tra cứu máy chủ thư của miền...',
  'checks.running': 'Đang kiểm tra máy chủ này...',
  'checks.whatWasChecked': 'Những gì đã kiểm tra',
  'checks.schannelTable': 'Schannel theo từng phiên bản TLS (từ sổ đăng ký)',
  'checks.schannel.client': 'Đi (Client)',
  'checks.schannel.server': 'Đến (Server)',
  'checks.schannel.needed': 'Office 365 cần TLS 1.2 ở cả hai phía.',
  'checks.next.manual': 'Tiếp theo, trước mọi việc khác: {step}. Sau đó chuyển sang phần sửa lỗi.',
  'checks.next.apply':
    'Tiếp theo: nhấn Tiếp để xem {count, plural, other {# thay đổi sổ đăng ký}} mà máy chủ này cần, rồi áp dụng và khởi động lại.',
  'target.problem.host-empty': 'Nhập tên máy chủ hoặc địa chỉ IP.',
  'target.problem.host-invalid':
    'Không phải tên máy chủ hay địa chỉ IP: hãy dùng chữ cái, chữ số, dấu gạch nối và dấu chấm (ví dụ smtp.contoso.com).',
  'target.problem.port-invalid': 'Cổng là một số nguyên từ 1 đến 65535 (25 cho SMTP).',
  'target.problem.too-many':
    'Chỉ {max} máy chủ đầu tiên được kiểm tra: hãy xóa bớt một máy chủ để kiểm tra máy chủ này.',
  'target.full':
    'Mỗi lần chỉ kiểm tra tối đa {max} máy chủ: hãy xóa một máy chủ để thêm máy chủ khác.',
  'target.skipped':
    '{count, plural, other {# mục}} sẽ không được kiểm tra cho đến khi được sửa (đã đánh dấu ở trên); các bước kiểm tra khác vẫn chạy.',
  'checks.addTarget': 'Thêm máy chủ',
  'checks.removeTarget': 'Xóa {target}',
  'checks.targetHost': 'Máy chủ',
  'checks.targetPort': 'Cổng',
  'checks.run': 'Chạy kiểm tra',
  'checks.rerun': 'Chạy lại',
  'checks.verdict': 'Kết quả',
  'checks.verdict.healthy': 'Tốt',
  'checks.verdict.action-needed': 'Cần xử lý',
  'checks.verdict.inconclusive': 'Chưa đủ bằng chứng để kết luận',
  'checks.next.healthy':
    'Tiếp theo: không có gì cần sửa. Hãy tiếp tục để lưu báo cáo làm hồ sơ hoặc gửi cho quản trị viên cấp cao.',
  'checks.next.action-needed':
    'Tiếp theo: chuyển sang phần sửa lỗi, phần này sẽ thay đổi sổ đăng ký để khắc phục các vấn đề dưới đây sau khi lưu bản sao lưu.',
  'checks.next.inconclusive':
    'Tiếp theo: thu thập những gì còn thiếu trên máy chủ bằng các lệnh dưới đây, rồi chẩn đoán lại với tất cả các tệp. Cho đến lúc đó, đừng coi máy chủ này là tốt.',
  'checks.collect': 'Các lệnh thu thập những khóa sổ đăng ký còn thiếu',
  'checks.problems': 'Vấn đề, nghiêm trọng nhất trước',
  'checks.details': 'Chi tiết từng bước kiểm tra',
  'checks.evidence': 'Bằng chứng',
  'checks.noFindings': 'Bước kiểm tra này không có gì cần báo cáo.',
  'checks.transcript': 'Hội thoại SMTP',
  'checks.versions': 'Phiên bản TLS',
  'check.schannel': 'Thiết lập TLS của Schannel',
  'check.dotnet': 'Thiết lập TLS của .NET Framework',
  'check.winhttp': 'Giao thức mặc định của WinHTTP',
  'check.ciphers': 'Bộ mật mã',
  'check.exchange': 'Phiên bản Exchange và Windows',
  'check.restart': 'Khởi động lại đang chờ',
  'state.waiting': 'Đang chờ',
  'state.running': 'Đang chạy',
  'state.ok': 'OK',
  'state.warning': 'Cảnh báo',
  'state.error': 'Có vấn đề',
  'state.unknown': 'Chưa xác định',
  'evidence.key': 'Khóa',
  'evidence.value': 'Giá trị',
  'evidence.actual': 'Hiện tại',
  'evidence.expectedColumn': 'Cần có',
  'fixes.heading': 'Sửa lỗi',
  'fixes.intro':
    'Đây là toàn bộ các thay đổi sổ đăng ký. Không có gì thay đổi cho đến khi bạn nhấn Áp dụng. Bản sao lưu sẽ được lưu trước.',
  'fixes.plan': 'Kế hoạch',
  'fixes.apply': 'Áp dụng các thay đổi',
  'fixes.applying': 'Đang áp dụng...',
  'fixes.rollback': 'Hoàn tác (khôi phục từ bản sao lưu)',
  'fixes.rolledBack':
    'Đã khôi phục từ {file}: {values, plural, other {# giá trị}} được đặt lại như cũ, {keys, plural, other {# khóa}} do bản sửa tạo ra đã bị xóa.',
  'fixes.rolledBack.kept':
    'Đã giữ lại {key}: khóa này chứa các giá trị mà sản phẩm này không bao giờ tạo (chỉ các giá trị của chính nó đã bị xóa).',
  'fixes.rolledBack.verified': 'Đọc lại: mọi thứ khớp với bản sao lưu.',
  'fixes.rolledBack.mismatch': 'Vẫn khác với bản sao lưu: {list}',
  'fixes.skip.title': 'Bỏ qua phần sửa lỗi?',
  'fixes.skip.text':
    '{count, plural, other {# thay đổi sổ đăng ký}} sẽ không được áp dụng: không có gì thay đổi trên máy chủ này, và các vấn đề đã phát hiện vẫn còn nguyên. Bạn có thể quay lại bằng nút Quay lại.',
  'fixes.skip.stay': 'Không, ở lại đây',
  'fixes.skip.confirm': 'Bỏ qua phần sửa lỗi',
  'fixes.cannotApply':
    'Để áp dụng, cần chạy bằng "Run as administrator" (Chạy với tư cách người quản trị).',
  'fixes.result': 'Kết quả',
  'fixes.offline':
    'Sổ đăng ký này là một tệp: trình hướng dẫn ghi ra một bản sao đã sửa và một tệp sửa lỗi thay vì thay đổi sổ đăng ký đang chạy.',
  'restart.heading': 'Khởi động lại',
  'restart.after':
    'Sau khi khởi động lại, trình hướng dẫn tự mở, chạy lại các bước kiểm tra và hiển thị kết quả bên cạnh kết quả trước đó.',
  'restart.now': 'Khởi động lại ngay',
  'restart.in': 'Khởi động lại sau',
  'restart.minutes': 'phút',
  'restart.schedule': 'Lên lịch khởi động lại',
  'restart.cancel': 'Hủy lần khởi động lại đã lên lịch',
  'restart.later': 'Tôi sẽ khởi động lại sau',
  'restart.need.none':
    'Không cần khởi động lại: không có thay đổi nào được áp dụng ở đây, và Windows không chờ khởi động lại.',
  'restart.need.fixes-skipped':
    'Bạn đã bỏ qua phần sửa lỗi: không có gì thay đổi, nên khởi động lại lúc này chưa giúp được gì. Các vấn đề đã phát hiện vẫn còn cho đến khi bản sửa được áp dụng.',
  'restart.need.prepared':
    'Bản sửa đã được chuẩn bị trong tệp, chưa được áp dụng. Sau khi nhập nó trên máy chủ (reg import "{fix}"), hãy khởi động lại máy chủ đó: Windows chỉ đọc các thiết lập Schannel khi khởi động.',
  'restart.need.applied':
    'Sổ đăng ký đã được thay đổi: hãy khởi động lại máy chủ để thay đổi có hiệu lực.',
  'restart.need.pending':
    'Các bước kiểm tra cho thấy Windows đang chờ khởi động lại: các thay đổi thực hiện sau lần khởi động gần nhất chưa có hiệu lực.',
  'restart.command': 'Lệnh',
  'restart.fileMode':
    'Sổ đăng ký này là một tệp, không phải máy tính này: không có gì được khởi động lại. Hãy khởi động lại máy chủ nguồn sau khi nhập bản sửa tại đó.',
  'restart.failed': 'Windows không chấp nhận lệnh khởi động lại: {output}',
  'restart.cancelled': 'Đã hủy lần khởi động lại đã lên lịch.',
  'restart.scheduled':
    'Máy chủ sẽ khởi động lại lúc {time}. Luồng thư sẽ dừng cho đến khi máy chủ hoạt động trở lại.',
  'restart.minutesInvalid': 'Nhập một số nguyên phút từ 1 đến 10080 (một tuần).',
  'restart.confirmTitle': 'Khởi động lại máy chủ này?',
  'restart.confirmNow':
    'Máy chủ sẽ khởi động lại ngay. Luồng thư sẽ dừng, và mọi người đang kết nối sẽ bị ngắt, cho đến khi Windows và Exchange hoạt động trở lại (thường mất 5 đến 15 phút).',
  'restart.confirmAt':
    'Máy chủ sẽ khởi động lại lúc {time} (sau {minutes, plural, other {# phút}}). Luồng thư sẽ dừng cho đến khi Windows và Exchange hoạt động trở lại (thường mất 5 đến 15 phút).',
  'restart.confirm': 'Có, khởi động lại',
  'restart.dontRestart': 'Không, quay lại',
  'restart.scheduledAt': 'Đã lên lịch khởi động lại lúc {time}.',
  'verify.heading': 'Trước và sau khi sửa',
  'verify.before': 'Trước',
  'verify.after': 'Hiện tại',
  'verify.fixed': 'đã sửa',
  'verify.still': 'vẫn còn',
  'verify.undecided': 'hiện không thấy, chưa chắc đã được sửa',
  'verify.new': 'mới',
  'verify.foundNow':
    'phát hiện bây giờ; lần chẩn đoán trước, theo quy tắc cũ, không kiểm tra mục này',
  'verify.machineUnconfirmed':
    'Không xác nhận được hai bản chẩn đoán là của cùng một máy: một trong hai bản không ghi tên máy. Hãy kiểm tra rằng bản chẩn đoán trước khi sửa được tạo trên cùng máy chủ đó.',
  'report.heading': 'Báo cáo',
  'report.intro':
    'Lưu báo cáo để giữ lại hoặc gửi cho quản trị viên cấp cao. Hãy ẩn thông tin trước khi gửi ra ngoài công ty.',
  'report.redact': 'Ẩn tên máy chủ, địa chỉ, tên miền và địa chỉ e-mail',
  'report.format': 'Định dạng',
  'report.format.html': 'HTML (để đọc và in)',
  'report.format.json': 'JSON (cho script và để mở lại tại đây)',
  'report.save': 'Lưu báo cáo',
  'report.download': 'Tải xuống một bản sao',
  'report.finish': 'Hoàn tất',
  'review.leave': 'Đóng báo cáo và kiểm tra máy chủ này',
  'finish.heading': 'Xong',
  'finish.fixes.skipped': 'Phần sửa lỗi đã bị bỏ qua: không có gì thay đổi.',
  'finish.fixes.notApplied': 'Bản sửa chưa được áp dụng: không có gì thay đổi.',
  'finish.fixes.none': 'Không cần thay đổi sổ đăng ký nào.',
  'finish.restart.due': 'Vẫn cần khởi động lại: các thay đổi chỉ có hiệu lực sau đó.',
  'finish.report.none': 'Chưa lưu báo cáo nào.',
  'finish.next': 'Hãy gửi báo cáo cho quản trị viên cấp cao nếu còn việc cần làm.',
  'finish.reopens': 'Sau khi khởi động lại, trình hướng dẫn sẽ tự mở và kiểm tra lại.',
  'finish.again': 'Kiểm tra lại máy chủ này',
  'report.saved': 'Đã lưu vào {file}',
  'review.note':
    'Bạn đang xem một báo cáo đã lưu của {machine}, được tạo lúc {time}. Không có gì được chạy lại và không thể thay đổi gì từ đây.',
  'report.summary': 'Tóm tắt',
  'menu.view': 'Xem',
  'menu.help': 'Trợ giúp',
  'menu.openLogs': 'Mở thư mục nhật ký',
  'dialog.saveReport': 'Lưu báo cáo',
  'dialog.openReport': 'Mở báo cáo đã lưu',
  'usage.usage': 'Cách dùng:',
  'usage.options': 'Tùy chọn:',
  'usage.help': 'hiển thị trợ giúp này',
  'usage.diagnose.summary':
    'Đọc sổ đăng ký (trực tiếp trên Windows, từ các tệp "reg export" hoặc từ một máy chủ mẫu), kiểm tra Schannel, .NET, WinHTTP, bộ mật mã, bản dựng Exchange và trạng thái khởi động lại, rồi in kết luận kèm mọi vấn đề và bằng chứng của từng vấn đề.',
  'usage.diagnose.registry':
    'phân tích các tệp tạo trên máy chủ bằng "reg export" (lặp lại tùy chọn, hoặc chỉ định một thư mục chứa các tệp .reg: chúng được đọc như một sổ đăng ký duy nhất). Để có kết luận cần nhiều hơn khóa Schannel; khi thiếu dữ liệu, bản chẩn đoán cho biết thiếu gì, kèm đúng các lệnh "reg export" cần chạy (xem docs/collect/).',
  'usage.diagnose.probe': 'thăm dò thêm một máy chủ qua TLS/STARTTLS (có thể lặp lại)',
  'usage.diagnose.domain':
    'thăm dò thêm điểm cuối Office 365 của đối tượng thuê (tenant), tức MX của nó',
  'usage.diagnose.timeout': 'thời gian chờ thăm dò, từ 100 đến 120000 ms',
  'usage.diagnose.logs':
    'quét thêm nhật ký giao thức SMTP (một tệp hoặc thư mục; có thể lặp lại): các phát hiện từ đó được đưa vào bản chẩn đoán (trên máy chủ, nhật ký của chính máy chủ được tự tìm thấy)',
  'usage.diagnose.json': 'in JSON (schemaVersion 2)',
  'usage.diagnose.out': 'lưu thêm bản chẩn đoán dạng JSON',
  'usage.diagnose.report':
    'lưu báo cáo để gửi: FILE.html (một trang độc lập) hoặc FILE.json (mở lại được trong trình hướng dẫn)',
  'usage.diagnose.redact':
    'thay tên máy chủ, địa chỉ IP, tên miền và địa chỉ e-mail trong báo cáo bằng giá trị thay thế, để chia sẻ ra ngoài công ty',
  'usage.diagnose.force': 'ghi đè tệp --out hoặc --report đã có',
  'usage.probe.summary':
    'Thử TLS 1.0, 1.1, 1.2 và 1.3 với từng máy chủ được chỉ định (SMTP STARTTLS trên cổng 25/587, TLS ngầm định trên cổng 465 hoặc với --starttls none) và cho biết máy chủ chấp nhận những gì. Nhiều máy chủ được thăm dò trong cùng một tiến trình, mỗi lượt 16 máy; mã thoát 3 khi không kết nối được tới một máy chủ.',
  'usage.probe.starttls': 'smtp: STARTTLS sau EHLO; none: TLS ngay từ byte đầu tiên',
  'usage.probe.timeout': 'cho mỗi lần thử, từ 100 đến 120000 ms',
  'usage.probe.json':
    'in JSON: một đích thì in kết quả của đích đó; nhiều đích thì in một tài liệu \'{\'"probeBatch": 1, "targets", "unreachable", "results": [...]\'}\' với các kết quả theo thứ tự đã chỉ định',
  'usage.fix.summary':
    'Hiển thị các thay đổi sổ đăng ký để khắc phục các phát hiện; --apply thực hiện các thay đổi đó sau khi sao lưu, và tự động khôi phục bản sao lưu nếu có lỗi.',
  'usage.fix.dry-run': 'chỉ hiển thị kế hoạch (mặc định)',
  'usage.fix.apply': 'thực hiện các thay đổi (trực tiếp: cần quyền quản trị; tệp .reg: cần --out)',
  'usage.fix.out': 'với tệp .reg: nơi ghi bản sao đã sửa',
  'usage.fix.backup-dir':
    'nơi lưu các bản sao lưu (mặc định: %ProgramData%\\MailflowTlsWizard\\backups)',
  'usage.fix.dotnet':
    'đặt thêm các thiết lập TLS của .NET ở nơi không chạy Exchange (máy chuyển tiếp SMTP)',
  'usage.rollback.summary':
    'Khôi phục các giá trị lưu trong một bản sao lưu (bản mới nhất, với --newest).',
  'usage.rollback.newest': 'bản sao lưu mới nhất trong thư mục sao lưu',
  'usage.rollback.backup-dir': 'nơi lưu các bản sao lưu',
  'usage.rollback.registry':
    'khôi phục vào một bản sao của ảnh chụp sổ đăng ký này thay vì sổ đăng ký trực tiếp',
  'usage.rollback.out': 'với --registry: nơi ghi bản sao đã khôi phục',
  'usage.restart.summary':
    'Khởi động lại Windows ngay hoặc sau MINUTES phút (shutdown.exe), hoặc hủy lần khởi động lại đã lên lịch; trình hướng dẫn chạy lại các bước kiểm tra sau khi khởi động lại.',
  'usage.restart.in': 'khởi động lại sau 1 đến 10080 phút',
  'usage.restart.now': 'khởi động lại ngay',
  'usage.restart.cancel': 'hủy lần khởi động lại đã lên lịch',
  'usage.restart.dry-run': 'in lệnh thay vì chạy lệnh',
  'usage.verify.summary':
    'Chạy lại các bước kiểm tra và hiển thị kết quả bên cạnh bản chẩn đoán trước khi sửa.',
  'usage.verify.before':
    'bản chẩn đoán hoặc báo cáo JSON trước khi sửa (mặc định: bản trình hướng dẫn đã lưu)',
  'usage.report.summary':
    'Tạo lại trang HTML từ một báo cáo JSON đã lưu (không chạy lại gì); --redact tạo một bản sao để chia sẻ ra ngoài công ty.',
  'usage.report.html': 'nơi ghi trang',
  'usage.report.redact': 'thay tên máy chủ, địa chỉ IP, tên miền và địa chỉ e-mail',
  'usage.report.force': 'ghi đè tệp OUT.html đã có',
  'usage.logs.summary':
    'Đọc nhật ký giao thức gửi và nhận SMTP (và các sự kiện Schannel trong nhật ký Hệ thống (System)), rồi cho biết điều thực sự đã xảy ra với Office 365: các phiên bị lỗi và lý do, lần cuối TLS 1.2 hoạt động, các đối tác vẫn dùng TLS 1.0/1.1, và các phiên trước và sau khi sửa.',
  'usage.logs.path':
    'một tệp nhật ký hoặc một thư mục (mọi tệp .log bên trong); trên máy chủ Exchange, các thư mục SmtpSend/SmtpReceive của chính máy chủ được tìm theo đường dẫn cài đặt',
  'usage.logs.since':
    'chỉ các phiên từ DATE trở đi: 2024-01-14, 2024-01-14T08:00 (giờ địa phương; thêm Z cho UTC) hoặc 7d (7 ngày trước)',
  'usage.logs.fix-time':
    'chia số liệu thành trước/sau DATE (mặc định: thời điểm áp dụng bản sửa của trình hướng dẫn, lấy từ tệp trạng thái của nó trên máy chủ)',
  'usage.logs.events':
    'các sự kiện Schannel được lưu trên máy chủ bằng wevtutil (xem README: wevtutil qe System /q:... /f:xml > FILE.xml); trên máy chủ: đọc trực tiếp',
  'usage.logs.json': 'in JSON (schemaVersion 1 của logs)',
  'usage.serve.summary':
    'Phục vụ trình hướng dẫn chỉ trên 127.0.0.1 (Server Core, hoặc khi không có Electron); dòng đầu tiên được in ra là địa chỉ của nó kèm mã truy cập (access token).',
  'usage.serve.port': '0 đến 65535 (mặc định 0: bất kỳ cổng trống nào)',
  'usage.serve.out-dir': 'nơi ghi các tệp sửa lỗi ngoại tuyến và báo cáo',
  'usage.serve.verify': 'mở ở bước xác minh (sau khi khởi động lại)',
  'usage.serve.before': 'bản chẩn đoán trước khi sửa, dùng cho --verify',
  'usage.serve.logs':
    'các tệp hoặc thư mục nhật ký giao thức cần quét ở mỗi lần kiểm tra (có thể lặp lại)',
  'usage.serve.lang':
    'ngôn ngữ của trình hướng dẫn (mặc định: ngôn ngữ của trình duyệt): en, id, lt, vi, zh-CN, ro',
  'usage.opt.registryOne':
    'một tệp "reg export" tạo trên máy chủ (chỉ đọc, không bao giờ bị thay đổi)',
  'usage.opt.registryMany':
    'các tệp "reg export" tạo trên máy chủ, hoặc thư mục mà tập lệnh thu thập đã ghi (lặp lại tùy chọn: được đọc như một sổ đăng ký, không bao giờ bị thay đổi)',
  'usage.opt.demo': 'một máy chủ mẫu đi kèm: {demos}',
  'usage.opt.json': 'in JSON thay vì văn bản',
  'usage.tagline':
    'Mailflow TLS Wizard: vì sao máy chủ này không dùng được TLS 1.2 với Office 365?',
  'usage.logDir':
    'thư mục nhật ký hỗ trợ; mặc định %ProgramData%\\MailflowTlsWizard\\logs, hoặc thư mục tạm khi không chạy trên Windows',
  'usage.exitCodes':
    'Mọi lệnh đều nhận --lang LANG (en, id, lt, vi, zh-CN, ro) cho phần kết quả dành cho người đọc; mặc định là ngôn ngữ của hệ thống nếu có bản dịch cho ngôn ngữ đó. Kết quả JSON giống nhau ở mọi ngôn ngữ. Mã thoát: 0 tốt / xong, 1 cần xử lý, 2 đầu vào hoặc cách dùng sai, 3 lỗi không mong đợi (probe: không kết nối được tới đích), 4 chưa kết luận được (diagnose: sổ đăng ký không cho thấy đủ thông tin; không tìm thấy gì sai trong những gì nó cho thấy; logs: không đọc được dòng nhật ký nào).',
  'error.cli.noHelp':
    'không có trợ giúp cho "{topic}"; hãy chạy "tlswizard --help" để xem danh sách',
  'error.cli.langMissing': '--lang cần một ngôn ngữ: một trong {languages}',
  'error.cli.badLang': '--lang nhận một trong các giá trị {languages}, không phải "{value}"',
  'error.cli.unknownCommand':
    'lệnh "{name}" không xác định; hãy chạy "tlswizard --help" để xem danh sách',
  'error.cli.withHelpHint':
    '{message}; hãy chạy "tlswizard {command} --help" để xem các tùy chọn của lệnh này',
  'error.cli.unexpected': 'lỗi không mong đợi: {detail}\n(đặt TLSWIZARD_DEBUG=1 để xem chi tiết)',
  'error.cli.unexpectedBare': 'lỗi không mong đợi: {detail}',
  'error.cli.logDirNeedsFolder': '--log-dir cần một thư mục: --log-dir DIR',
  'error.cli.exists': '{file} đã tồn tại; hãy chọn tên khác hoặc thêm --force để thay thế tệp đó',
  'error.source.both': 'hãy dùng --registry hoặc --demo, không dùng cả hai',
  'error.source.unknownDemo': 'không biết bản demo "{demo}"; các bản demo là: {demos}',
  'error.source.noRegistry':
    'máy {platform} này không có sổ đăng ký Windows: hãy chỉ định --registry FILE.reg (tạo trên máy chủ bằng "reg export") hoặc --demo NAME ({demos})',
  'error.cli.outputIsInput':
    '{file} cũng được lệnh này đọc: hãy chọn tên khác cho tệp nó ghi ra (tệp đầu vào không bao giờ bị thay thế, kể cả với --force)',
  'error.cli.sameOutput': '{file} được đặt cho hai đầu ra: hãy đặt cho mỗi đầu ra một tên riêng',
  'error.cli.noProgramData': '%ProgramData% chưa được đặt; hãy chỉ định --backup-dir DIR',
  'error.cli.elevation':
    'Việc thay đổi sổ đăng ký cần một tiến trình chạy với quyền quản trị. Hãy đóng cửa sổ này, bấm chuột phải vào "Mailflow TLS Wizard" (hoặc Dấu nhắc Lệnh (Command Prompt) của bạn) và chọn "Run as administrator" (Chạy với tư cách người quản trị), rồi chạy lại bản sửa. Việc chẩn đoán không cần quyền này.',
  'error.diagnose.emptyFolder': '{folder} là một thư mục không chứa tệp .reg nào',
  'error.diagnose.folderDenied':
    'không thể liệt kê các tệp .reg trong {folder}: quyền truy cập bị từ chối. Hãy chạy tlswizard bằng một người dùng được phép đọc thư mục đó, hoặc sao chép các tệp .reg sang một thư mục bạn đọc được',
  'error.diagnose.folderUnreadable': 'không thể liệt kê các tệp .reg trong {folder}: {reason}',
  'error.diagnose.redactNeedsReport':
    '--redact chỉ áp dụng cho báo cáo: hãy thêm --report FILE.html hoặc FILE.json',
  'error.fix.dryRunOrApply': 'hãy dùng --dry-run hoặc --apply, không dùng cả hai',
  'error.fix.applyNeedsOut':
    'với một tệp .reg, --apply ghi ra một bản sao đã được sửa: hãy thêm --out PATCHED.reg',
  'error.report.oneReport':
    'hãy chỉ định một báo cáo đã lưu: tlswizard report FILE.json --html OUT.html',
  'error.report.needHtml': 'hãy cho biết nơi ghi trang: --html OUT.html',
  'error.report.htmlName':
    '--html ghi một trang HTML: tên của nó phải kết thúc bằng .html (không phải "{file}")',
  'error.verify.noBefore':
    'chưa có bản chẩn đoán nào trước đó được ghi lại: hãy chỉ định --before FILE.json (được lưu bằng tlswizard diagnose --out)',
  'error.verify.redactedReport':
    '{file} là báo cáo đã ẩn danh: các tên đã bị thay thế, nên nó không thể cho thấy là của máy này. Hãy đưa báo cáo được lưu không có --redact, hoặc bản chẩn đoán đã lưu trước khi sửa (tlswizard diagnose --out FILE.json)',
  'error.verify.differentMachines':
    'bản chẩn đoán trước khi sửa là của {before}, nhưng bản mới là của {after}: đây là hai máy khác nhau, nên không thể coi mục nào là đã sửa. Hãy chạy tlswizard verify trên {before}, nơi đã tạo bản chẩn đoán đó, hoặc chỉ định bản chẩn đoán đã lưu trên {after} trước khi sửa (tlswizard diagnose --out FILE.json)',
  'error.logs.badDate':
    '{option} "{value}" không phải là ngày: hãy viết 2024-01-14, 2024-01-14T08:00 (giờ địa phương; thêm Z cho UTC) hoặc 7d (7 ngày trước)',
  'error.logs.namePaths':
    'hãy chỉ định các tệp hoặc thư mục nhật ký giao thức (được sao chép từ máy chủ); trên chính máy chủ Exchange, chúng được tự động tìm thấy mà không cần chỉ định',
  'error.logs.missing': '{path}: không có tệp hoặc thư mục này',
  'error.logs.notFileOrFolder': '{path} không phải là tệp cũng không phải là thư mục',
  'error.logs.folderUnreadable':
    'không thể liệt kê nhật ký giao thức trong {path}: {reason}. Hãy chạy tlswizard với người dùng được phép đọc thư mục đó (quản trị viên trên máy chủ Exchange), hoặc sao chép nhật ký vào thư mục bạn đọc được',
  'error.serve.badPort': '--port nhận một số từ 0 đến 65535, nhưng nhận được "{value}"',
  'error.serve.where':
    'Chỉ máy tính này mới mở được địa chỉ này (127.0.0.1). Các tệp sửa lỗi ngoại tuyến và báo cáo được ghi vào {outDir}. Nhấn Ctrl+C để dừng.',
  'error.serve.noFreeName': 'không còn tên báo cáo nào chưa được dùng trong {folder}',
  'error.serve.outDirNotFolder':
    'không thể lưu báo cáo và tệp sửa lỗi trong {folder}: đường dẫn này, hoặc một thư mục phía trên nó, là một tệp. Hãy chọn một thư mục bằng --out-dir DIR (thư mục sẽ được tạo nếu chưa có)',
  'error.serve.outDirDenied':
    'không thể tạo thư mục {folder}: quyền truy cập bị từ chối. Hãy chọn một thư mục bạn được phép ghi bằng --out-dir DIR',
  'error.serve.outDirFailed':
    'không thể tạo thư mục {folder}: {reason}. Hãy chọn thư mục khác bằng --out-dir DIR',
  'error.serve.portInUse':
    'cổng {port} trên 127.0.0.1 đang được một chương trình khác sử dụng. Hãy chọn một cổng trống bằng --port N, hoặc bỏ --port để dùng bất kỳ cổng trống nào',
  'error.serve.portDenied':
    'tài khoản này không được phép lắng nghe trên cổng {port}. Hãy chọn một cổng lớn hơn 1023 bằng --port N, hoặc bỏ --port để dùng bất kỳ cổng trống nào',
  'error.restart.chooseOne':
    'hãy chọn đúng một trong các tùy chọn --in MINUTES, --now hoặc --cancel',
  'error.restart.badMinutes': '--in nhận một số phút nguyên, nhưng nhận được "{value}"',
  'error.restart.notWindows':
    'việc khởi động lại chỉ dành cho chính máy chủ Windows; máy này đang chạy {platform} (dùng --dry-run để xem lệnh)',
  'error.restart.delayRange':
    'thời gian chờ trước khi khởi động lại phải là một số phút nguyên từ 1 đến {max}, nhưng nhận được {minutes}',
  'error.restart.badRelaunchPath': 'không thể đăng ký khởi chạy lại cho đường dẫn {path}',
  'error.state.damaged':
    '{file} bị hỏng; hãy xóa tệp này (tệp chỉ ghi lại việc có còn cần khởi động lại hay không)',
  'error.state.notDiagnosis': '{file} không phải là bản chẩn đoán do tlswizard lưu',
  'error.state.notDiagnosisJson': '{file} không phải là bản chẩn đoán do tlswizard lưu: {detail}',
  'error.json.atLine': 'JSON không hợp lệ tại dòng {line}, cột {column}',
  'error.json.atCharacter': 'JSON không hợp lệ tại ký tự thứ {position}',
  'error.json.endsEarly': 'văn bản JSON kết thúc quá sớm',
  'error.json.invalid': 'JSON không hợp lệ',
  'error.rollback.giveOne': 'hãy chỉ định một tệp sao lưu',
  'error.rollback.nameOrNewest': 'hãy chỉ định một tệp sao lưu, hoặc dùng --newest',
  'error.rollback.notBoth': 'hãy dùng một tệp sao lưu hoặc --newest, không dùng cả hai',
  'error.rollback.needOut':
    'với --registry, bản sổ đăng ký đã khôi phục được ghi vào một bản sao: hãy thêm --out RESTORED.reg',
  'error.rollback.noBackupIn': 'không tìm thấy bản sao lưu nào trong {folder}',
  'error.rollback.noBackupFolder':
    'không tìm thấy bản sao lưu nào (không có thư mục sao lưu: hãy chỉ định --backup-dir DIR)',
  'error.rollback.restored': 'Đã khôi phục {values} giá trị và xóa {keys} khóa theo {file}.',
  'error.rollback.notRecorded':
    '{file} không phải bản sao lưu mà sản phẩm này đã ghi trên máy này, hoặc đã bị thay đổi sau khi ghi: không được khôi phục. Nếu bạn tin tưởng, hãy tự nhập nó (reg import) trong Command Prompt với quyền quản trị.',
  'rollback.notRecordedNote':
    'Lưu ý: {file} không phải bản sao lưu mà sản phẩm này đã ghi nhận trên máy này (hoặc đã bị thay đổi sau khi ghi). Các giá trị của nó được đặt lại theo nội dung tệp, trong phạm vi các giá trị mà bản sửa được phép thay đổi.',
  'error.rollback.kept':
    'Đã giữ lại {key}: khóa này chứa các giá trị hoặc khóa con mà sản phẩm này không bao giờ tạo (chỉ các giá trị của chính sản phẩm đã bị xóa).',
  'error.rollback.stillDifferent': 'Vẫn còn khác: {mismatches}',
  'error.rollback.allMatch': 'Đọc lại: mọi thứ đều khớp với bản sao lưu.',
  'error.rollback.notBackup':
    '{file}:{line}: đây không phải là bản sao lưu do Mailflow TLS Wizard ghi (không phải tệp .reg hợp lệ)',
  'error.fixes.outNotReg': '--out phải chỉ định một tệp .reg, nhưng nhận được {out}',
  'error.fixes.outExists': '{file} đã tồn tại; hãy chọn --out khác',
  'error.fixes.planChanged':
    'sổ đăng ký hoặc bản chẩn đoán đã thay đổi kể từ khi kế hoạch này được hiển thị: hãy xem lại kế hoạch mới, rồi áp dụng nó',
  'error.fixes.valueChanged':
    '{key}\\{name} đã thay đổi kể từ khi lập kế hoạch (hiện là {now}, kế hoạch được lập từ {planned}): hãy lập lại kế hoạch',
  'error.fixes.noBackupPlace': '%ProgramData% chưa được đặt: không có nơi nào để lưu bản sao lưu',
  'error.fixes.noBackupFolder': '%ProgramData% chưa được đặt: không có thư mục sao lưu',
  'error.fixes.noBackup': 'không có bản sao lưu nào để khôi phục',
  'error.fixes.nonAsciiValue':
    'đã từ chối thay đổi "{name}": "{text}" chứa một ký tự không phải ASCII thuần',
  'error.fixes.nonAsciiKey':
    'đã từ chối thay đổi một khóa: "{text}" chứa một ký tự không phải ASCII thuần',
  'error.fixes.badPathValue': 'đã từ chối thay đổi "{name}": {reason}',
  'error.fixes.badPathKey': 'đã từ chối thay đổi một khóa: {reason}',
  'error.fixes.notManaged':
    'đã từ chối thay đổi {key}\\{name}: bộ máy sửa lỗi chỉ ghi các giá trị TLS 1.2 của Schannel, các thiết lập TLS của .NET và WinHTTP mà nó biết',
  'error.fixes.notDword':
    'đã từ chối ghi giá trị kiểu {type} vào {key}\\{name}: tại đó chỉ ghi các giá trị REG_DWORD',
  'error.fixes.noChangeNeeded':
    'đã từ chối ghi {value} vào {key}\\{name}: giá trị này không cần thay đổi',
  'error.fixes.otherValue':
    'đã từ chối ghi {value} vào {key}\\{name}: bộ máy sửa lỗi ghi {want} vào đó',
  'error.fixes.keyNotManaged':
    'đã từ chối tạo hoặc xóa khóa {key}: đây không phải là khóa do bộ máy sửa lỗi quản lý',
  'error.fixes.restoreType':
    'đã từ chối khôi phục {key}\\{name} dưới dạng {type}: bản sao lưu của sản phẩm này không chứa giá trị lớn như vậy ở đó',
  'error.fixes.otherControlSet':
    'bản xuất này là một hive SYSTEM ngoại tuyến, được đọc từ {controlSet}: bản sửa được ghi cho CurrentControlSet, tập mà máy chủ đang chạy đọc, nên không thể chuẩn bị bản sửa từ tệp này. Hãy xuất các khóa trên máy chủ đang chạy (docs/collect/collect-tls-registry.cmd) và chuẩn bị bản sửa từ bản xuất đó.',
  'error.file.notPlainName':
    'đã từ chối dùng "{name}": đây không phải là một tên tệp đơn thuần bên trong {folder}',
  'error.file.regExists': '{file} đã tồn tại; hãy chọn tên khác',
  'error.write.symlink':
    'không thể ghi {file}: đây là một liên kết tượng trưng (không bao giờ được đi theo)',
  'error.write.notFile': 'không thể ghi {file}: đây không phải là một tệp',
  'error.write.other': 'không thể ghi {file}: {reason}',
  'error.write.ENOSPC': 'không thể ghi {file}: đĩa đã đầy',
  'error.write.EDQUOT': 'không thể ghi {file}: đã dùng hết hạn ngạch đĩa',
  'error.write.EROFS': 'không thể ghi {file}: đĩa ở chế độ chỉ đọc',
  'error.write.EACCES': 'không thể ghi {file}: quyền truy cập bị từ chối',
  'error.write.ENOENT': 'không thể ghi {file}: thư mục chứa tệp không tồn tại',
  'error.write.EISDIR': 'không thể ghi {file}: đây là một thư mục',
  'error.write.EEXIST':
    'không thể ghi {file}: tệp đã tồn tại; hãy chọn tên khác (không có gì bị thay thế)',
  'error.write.ENAMETOOLONG': 'không thể ghi {file}: tên quá dài',
  'error.write.EFBIG': 'không thể ghi {file}: tệp sẽ quá lớn đối với đĩa này',
  'error.write.EIO': 'không thể ghi {file}: đĩa đã báo lỗi nhập/xuất',
  'error.reg.empty': 'tệp trống; cần một bản xuất sổ đăng ký',
  'error.reg.tooShort': 'tệp chỉ dài {bytes} byte; cần một bản xuất sổ đăng ký',
  'error.reg.oddBytes':
    'tệp kết thúc ở giữa một ký tự {encoding} (số byte lẻ): có vẻ tệp đã bị cắt cụt',
  'error.reg.tooLarge8bit':
    'tệp quá lớn đối với một tệp .reg 8 bit không hoàn toàn là ASCII (tối đa 64 MB)',
  'error.reg.lineTooLong': 'dòng dài hơn {max} ký tự',
  'error.reg.binary':
    'có dữ liệu nhị phân (một byte NUL) trong một tệp văn bản 8 bit: đây không phải là tệp .reg',
  'error.reg.cannotOpen': 'không thể mở: {reason}',
  'error.web.hostNotAllowed': 'Host "{host}" không được phép: hãy dùng {allowed}',
  'error.web.badToken':
    'thiếu mã truy cập (token) hoặc mã truy cập sai: hãy mở địa chỉ mà trình hướng dẫn đã in ra',
  'error.reg.badHeader': 'cần tiêu đề "{v5}" hoặc "{regedit4}", nhưng gặp {found}',
  'error.reg.badLine':
    'cần một dòng [KEY], một dòng "name"=value, @=value hoặc một dòng chú thích bắt đầu bằng ;, nhưng gặp {found}',
  'error.reg.endsMidLine': 'tệp kết thúc ở giữa một dòng: có vẻ tệp đã bị cắt cụt',
  'error.reg.keyNotClosed':
    'tệp kết thúc ngay sau dòng này mà không có dòng trống dùng để đóng mỗi khóa trong bản xuất bằng reg export: có vẻ tệp đã bị cắt cụt',
  'error.reg.noHeader': 'không có tiêu đề: dòng đầu tiên phải là "{v5}" hoặc "{regedit4}"',
  'error.reg.endsInHex':
    'tệp kết thúc bên trong một giá trị hex được nối sang dòng sau bằng "\\" (giá trị này bắt đầu ở dòng {line}): có vẻ tệp đã bị cắt cụt',
  'error.reg.noCloseBracket': 'cần "]" để đóng tên khóa {found}',
  'error.reg.textAfterBracket': 'có văn bản không mong đợi sau "]": {found}',
  'error.reg.emptyKeyName': 'tên khóa trong [ ] bị trống',
  'error.reg.emptyKeyPart': 'tên khóa bị trống giữa hai dấu gạch chéo ngược trong {found}',
  'error.reg.valueBeforeKey': 'có một dòng giá trị đứng trước mọi dòng [KEY]',
  'error.reg.valueUnderDeleted': 'có một giá trị dưới [-{key}], là khóa mà tệp này xóa',
  'error.reg.noEquals': 'cần "=" sau tên giá trị, nhưng gặp {found}',
  'error.reg.textAfterQuote': 'có văn bản không mong đợi sau dấu ngoặc kép đóng: {found}',
  'error.reg.badDword': 'cần đúng 8 chữ số hex sau "dword:", nhưng gặp {found}',
  'error.reg.badData': 'cần một "chuỗi", dword:, hex:, hex(N): hoặc - sau "=", nhưng gặp {found}',
  'error.reg.nameNotClosed': 'tên giá trị không được đóng bằng dấu ngoặc kép: {found}',
  'error.reg.stringNotClosed': 'giá trị chuỗi không được đóng bằng dấu ngoặc kép: {found}',
  'error.reg.nameBadEscape':
    'trong tên giá trị, dấu gạch chéo ngược phải được viết đôi (\\\\), đứng trước dấu ngoặc kép (\\") hoặc biểu thị ngắt dòng (\\r, \\n), nhưng gặp {found}',
  'error.reg.stringBadEscape':
    'trong giá trị chuỗi, dấu gạch chéo ngược phải được viết đôi (\\\\), đứng trước dấu ngoặc kép (\\") hoặc biểu thị ngắt dòng (\\r, \\n), nhưng gặp {found}',
  'error.reg.badHexByte': 'cần một byte hex (từ 00 đến ff) tại {found}',
  'error.reg.noHexComma': 'cần "," giữa các byte hex tại {found}',
  'error.regPath.unknownRoot':
    'khóa gốc "{root}" trong "{path}" không xác định: cần HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU), HKEY_CLASSES_ROOT (HKCR), HKEY_USERS (HKU) hoặc HKEY_CURRENT_CONFIG (HKCC)',
  'error.regPath.emptyName': 'tên khóa bị trống giữa hai dấu gạch chéo ngược trong "{path}"',
  'error.read.reason.missing': 'tệp không tồn tại',
  'error.read.reason.folder': 'đây là một thư mục, không phải một tệp',
  'error.read.reason.notAFile':
    'đây không phải là tệp thông thường (mà là thiết bị, pipe hoặc socket)',
  'error.read.reason.tooLarge':
    'tệp lớn hơn {size}, vượt xa kích thước thông thường của loại tệp này',
  'error.read.reason.denied': 'quyền truy cập bị từ chối',
  'error.read.reason.other': 'không đọc được tệp',
  'error.read.missing': 'không thể đọc {file}: tệp không tồn tại',
  'error.read.folder': 'không thể đọc {file}: đây là một thư mục, không phải một tệp',
  'error.read.notAFile':
    'không thể đọc {file}: đây không phải là tệp thông thường (mà là thiết bị, pipe hoặc socket)',
  'error.read.tooLarge':
    'không thể đọc {file}: tệp lớn hơn {size}, vượt xa kích thước thông thường của loại tệp này',
  'error.read.denied': 'không thể đọc {file}: quyền truy cập bị từ chối',
  'error.read.other': 'không thể đọc {file}: không đọc được tệp',
  'error.read.detail': 'không thể đọc {file}: {detail}',
  'error.liveRegistry.wshPolicy':
    'Windows Script Host đã bị tắt theo chính sách ({key}\\Enabled = 0)',
  'error.liveRegistry.cscriptNotStarted': 'không thể khởi động cscript.exe ({detail})',
  'error.liveRegistry.cscriptTimeout':
    'lần chạy thử cscript.exe không hoàn tất trong vòng {seconds} giây',
  'error.liveRegistry.cscriptFailed': 'lần chạy thử cscript.exe đã thất bại (mã thoát {code})',
  'error.liveRegistry.cscriptFailedSaid':
    'lần chạy thử cscript.exe đã thất bại (mã thoát {code}: {said})',
  'error.liveRegistry.noCscript': 'không có cscript.exe trong {folder}',
  'error.liveRegistry.noVbscript':
    'VBScript chưa được cài đặt (không có vbscript.dll trong {folder})',
  'error.liveRegistry.regeditFailed': 'không thể mở regedit ({detail})',
  'error.liveRegistry.bothFailed':
    'không thể đọc sổ đăng ký: {reason}, và native-reg cũng thất bại ({detail})',
  'error.liveRegistry.fallback': '{reason}: đang đọc sổ đăng ký qua native-reg thay cho regedit.',
  'error.cli.unknownOption': "Không nhận ra tùy chọn ''{option}''",
  'error.cli.unknownOptionDashDash':
    "Không nhận ra tùy chọn ''{option}''. Để chỉ định một đối số vị trí bắt đầu bằng '-', hãy đặt đối số đó ở cuối lệnh, sau '--', ví dụ ''-- \"{option}\"''",
  'error.cli.optionNeedsValue': "Thiếu đối số cho tùy chọn ''{option} <giá trị>''",
  'error.cli.optionAmbiguous':
    "Đối số của tùy chọn ''{option}'' không rõ ràng.\nCó phải bạn đã quên chỉ định đối số cho ''{option}''?\nĐể chỉ định một đối số tùy chọn bắt đầu bằng dấu gạch ngang, hãy dùng ''{option}=-XYZ''.",
  'error.cli.optionTakesNoValue': "Tùy chọn ''{option}'' không nhận đối số",
  'error.cli.registryHint': '{message} (tệp xuất sổ đăng ký được đưa vào bằng --registry {file})',
  'error.cli.unexpectedArgument':
    "Đối số ''{argument}'' không mong đợi. Lệnh này không nhận đối số vị trí nào",
  'restart.need.unknown':
    'Không biết Windows có đang chờ khởi động lại hay không: dữ liệu sổ đăng ký đã đọc không cho thấy điều đó. Không có thay đổi nào được áp dụng ở đây.',
  'fixes.nothingKnown':
    'Không thể lập kế hoạch thay đổi sổ đăng ký nào từ những gì sổ đăng ký cho thấy; điều đó không chứng minh rằng không cần thay đổi (xem phần còn thiếu ở bước Kiểm tra).',
  'checks.targets.hint.local':
    'Dịch vụ SMTP cục bộ được đề xuất sẵn. Nhập miền được chấp nhận của bạn để thêm điểm cuối Office 365; bạn có thể sửa, xóa hoặc thêm một smart host.',
  'checks.targets.hint.office365':
    'Điểm cuối Office 365 của bạn được đề xuất sẵn. Bạn có thể sửa, xóa hoặc thêm một smart host.',
  'checks.targets.hint.none':
    'Chưa có máy chủ nào được đề xuất: nhập miền được chấp nhận của bạn để tìm điểm cuối Office 365, hoặc thêm một smart host.',
  'checks.next.step':
    'Tiếp theo: {step}. Không có thay đổi sổ đăng ký nào được lên kế hoạch cho các vấn đề đã phát hiện.',
  'checks.next.advice':
    'Tiếp theo: không có thay đổi sổ đăng ký nào được lên kế hoạch cho các vấn đề đã phát hiện. Hãy làm theo phần chi tiết của từng vấn đề bên dưới, bắt đầu từ vấn đề nghiêm trọng nhất, rồi chạy lại các bước kiểm tra.',
  'fixes.apply.title': 'Thay đổi sổ đăng ký của máy chủ này?',
  'fixes.apply.text':
    '{count, plural, other {# giá trị sổ đăng ký}} sẽ được đặt như kế hoạch cho thấy, sau khi bản sao lưu được lưu. Các thay đổi có hiệu lực sau khi khởi động lại; Hoàn tác sẽ đặt lại chúng từ bản sao lưu.',
  'fixes.apply.keep': 'Không, không thay đổi gì',
  'fixes.apply.confirm': 'Có, áp dụng',
  'fixes.apply.fileTitle': 'Ghi bản sửa ra tệp?',
  'fixes.apply.fileText':
    '{count, plural, other {# thay đổi sổ đăng ký}} sẽ được ghi vào một tệp sửa lỗi để nhập trên máy chủ, cùng với một bản sao đã sửa của tệp sổ đăng ký này và một bản sao lưu để hoàn tác. Không có gì thay đổi trên máy chủ cho đến khi tệp sửa lỗi được nhập tại đó.',
  'fixes.apply.fileConfirm': 'Có, ghi các tệp',
  'fixes.rollback.title': 'Hoàn tác các thay đổi?',
  'fixes.rollback.text':
    'Các giá trị sổ đăng ký mà bản sửa đã thay đổi được đặt lại từ bản sao lưu {file}, và các khóa do nó tạo ra bị xóa. Thiết lập cũ có hiệu lực sau lần khởi động lại tiếp theo.',
  'fixes.rollback.keep': 'Không, giữ các thay đổi',
  'fixes.rollback.confirm': 'Có, hoàn tác',
  'restart.why.applied':
    'Windows chỉ đọc các thiết lập Schannel khi khởi động, và tự nó không đặt lời nhắc khởi động lại nào cho các thiết lập này. Cho đến khi máy chủ khởi động lại, các thay đổi vừa thực hiện chưa có hiệu lực.',
  'restart.why.pending':
    'Khởi động lại cho phép Windows hoàn tất những gì nó đang chờ, chẳng hạn một bản cập nhật, một lần cài đặt hoặc một thiết lập đã thay đổi kể từ khi khởi động.',
  'restart.pending.fixesSkipped':
    'Bạn đã bỏ qua phần sửa lỗi: lần khởi động lại này không áp dụng chúng, và các vấn đề mà chúng khắc phục vẫn còn.',
  'restart.offline.pending':
    'Các bước kiểm tra cho thấy Windows trên máy chủ nguồn của sổ đăng ký này đang chờ khởi động lại. Sổ đăng ký này là một tệp, nên không có gì được khởi động lại từ đây: hãy tự khởi động lại máy chủ đó, vào lúc luồng thư có thể tạm dừng.',
  'finish.restart.pending':
    'Vẫn cần khởi động lại: các bước kiểm tra cho thấy Windows đang chờ khởi động lại.',
}
