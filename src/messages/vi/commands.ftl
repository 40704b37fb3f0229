# commands messages (vi). Codes: see the ranges in src/messages/mod.rs.
# Các lệnh: phần trợ giúp của dòng lệnh, các dòng mà `build`, `check`, `new`, `init`,
# `translations` và `serve` in ra, và lỗi của chính các lệnh đó.

## Dòng lệnh (`outreach --help`, `outreach build --help`…)

cli-about = { $command ->
        [build] Dựng trang web vào thư mục output/
        [check] Chạy mọi bước kiểm tra như khi dựng, nhưng không ghi tệp nào
        [translations] Trang nào đã dịch, đã cũ hoặc còn thiếu bản dịch ở mỗi ngôn ngữ
        [serve] Xem trước trang web: dựng lại và tải lại trình duyệt mỗi lần lưu
        [new] Tạo một trang mới theo loại nội dung, ở mọi ngôn ngữ
        [init] Tạo một trang web mới với giao diện mặc định
        [help] In phần trợ giúp này, hoặc trợ giúp của lệnh được nêu
       *[outreach] Dựng trang web thông tin đối ngoại song ngữ
    }
    .code = M0501
cli-option = { $option ->
        [lang] Ngôn ngữ của thông báo, `vi` hoặc `en` (nếu không có thì theo OUTREACH_LANG, rồi ngôn ngữ của hệ thống, rồi ngôn ngữ mặc định của trang web)
        [type] Loại nội dung (project, partner, delegation, event, news, page…)
        [slug] Tên của trang trong địa chỉ, ví dụ `cang-song-hau`
        [section] Thư mục của mục trong content/ (mặc định: mục có các trang thuộc loại TYPE)
        [root] Thư mục của trang web (thư mục có tệp site.yaml) [mặc định: .]
        [port] Cổng để lắng nghe [mặc định: 1111]
        [bind] Địa chỉ để lắng nghe: 127.0.0.1 là chỉ máy tính này; địa chỉ khác (0.0.0.0: mọi mạng) cho máy tính khác xem được bản xem trước, vốn không dành cho công chúng [mặc định: 127.0.0.1]
        [drafts] Gồm cả các trang có `draft: true` (bản nháp)
        [dir] Thư mục của trang web mới (trống hoặc chưa có)
        [example] Ghi toàn bộ trang web mẫu của Hậu Giang thay cho bộ khởi đầu trung tính
        [format] Cách in các vấn đề: `text` (cho người đọc), `json` (cho công cụ) hoặc `github` (chú thích của GitHub Actions) [mặc định: text]
        [output] Nơi ghi trang web [mặc định: ROOT/output]
        [base-url] Địa chỉ nơi trang web được đăng, thay cho `base_url` trong site.yaml
        [verbose] In thời gian của từng giai đoạn
        [strict-translations] Coi bản dịch còn thiếu hoặc đã cũ là lỗi
        [report-format] `text` cho người đọc, `json` cho công cụ [mặc định: text]
        [mark-done] Đánh dấu các bản dịch này là đã khớp với bản gốc
        [help] In phần trợ giúp
        [version] In phiên bản
       *[command] Lệnh cần in phần trợ giúp
    }
    .code = M0502
cli-heading = { $heading ->
        [usage] Cách dùng
        [commands] Các lệnh
        [arguments] Tham số
       *[options] Tùy chọn
    }
    .code = M0503
cli-no-command = không có lệnh `{ $name }`
    .code = E0529
    .help = { $near ->
        [none] các lệnh là { $commands }
       *[other] có phải ý bạn là `{ $near }`?
    }
cli-unknown-argument = { $kind ->
        [option] `{ $command }` không có tùy chọn `{ $arg }`
       *[argument] `{ $command }` không nhận thêm tham số `{ $arg }`
    }
    .code = E0530
    .help = { $near ->
        [none] { $kind ->
            [option] `{ $command } --help` liệt kê các tùy chọn của lệnh này
           *[argument] `{ $command } --help` cho biết lệnh này nhận gì
        }
       *[other] có phải ý bạn là `{ $near }`?
    }
cli-invalid-value = `{ $arg }` không nhận giá trị `{ $value }`
    .code = E0531
    .help = { $has_values ->
        [yes] hãy viết { $values }
       *[no] `{ $command } --help` cho biết tùy chọn này nhận gì
    }
cli-missing-argument = `{ $command }` cần { $args }
    .code = E0532
    .help = `{ $command } --help` cho biết cần viết gì
cli-missing-value = `{ $arg }` cần một giá trị phía sau
    .code = E0533
    .help = `{ $command } --help` cho biết cần viết gì
cli-unknown-language = `{ $lang }` không phải ngôn ngữ thông báo của outreach (`vi` hoặc `en`), nên bị bỏ qua
    .code = W0503
    .help = { $near ->
        [none] hãy viết `--lang vi` hoặc `--lang en`
       *[other] có phải ý bạn là `--lang { $near }`?
    }

## build và check

build-built = đã dựng { $pages } trang ({ $languages }) vào { $output } trong { $seconds } giây: ghi { $written } tệp, { $unchanged } tệp không đổi{ $warnings ->
        [0] { "" }
       *[other] , { $warnings } cảnh báo
    }
    .code = M0504
check-checked = đã kiểm tra { $pages } trang ({ $languages }){ $warnings ->
        [0] { "" }
       *[other] , { $warnings } cảnh báo
    }: không có lỗi
    .code = M0505
build-search-index = chỉ mục tìm kiếm { $language }: { $size } trong { $files } tệp ({ $share }% so với { $html } HTML của ngôn ngữ này)
    .code = M0506
build-verbose-images = ảnh: có { $images } ảnh, giải mã { $decoded }, lấy từ bộ nhớ đệm { $cached }, xóa { $pruned } mục cũ của bộ nhớ đệm ({ $ms } ms)
    .code = M0507
build-verbose-syntaxes = tô màu mã: { $loaded ->
        [yes] đã nạp (có trang chứa khối mã)
       *[no] chưa nạp (không có khối mã)
    }
    .code = M0508

# Thanh tiến độ trên cửa sổ lệnh, và các giai đoạn mà `build -v` đo thời gian.
progress-phase = { $phase ->
        [config] cấu hình
        [library] nội dung
        [markdown] Markdown
        [templates] mẫu giao diện
        [render] tạo trang
        [rendering] tạo trang
        [images] ảnh
        [side-outputs] tệp phụ
        [static] tệp tĩnh
        [links] liên kết
        [write] ghi tệp
       *[other] { $name }
    }{ $done ->
        [yes] { ": xong" }
       *[no] { "" }
    }
    .code = M0537
progress-count = { $phase ->
        [images] ảnh
       *[other] trang
    }
    .code = M0538

## init

init-created = đã tạo trang web mới trong `{ $dir }` ({ $files } tệp)
    tiếp theo: `outreach build --root { $dir }` dựng trang web vào { $dir }/output
    .code = M0509
init-not-empty = thư mục `{ $dir }` không trống; outreach chỉ tạo trang web mới trong thư mục trống hoặc chưa có
    .code = E0501
    .help = hãy đặt tên một thư mục chưa có, ví dụ `outreach init { $dir }-moi`: outreach sẽ tạo thư mục đó
folder-unreadable = không đọc được `{ $path }`
    .code = E0502

## new

new-created = đã tạo `{ $file }`
    .code = M0510
new-draft = trang này là bản nháp: xem trước bằng `outreach build --drafts`, và xóa dòng `draft: true` để đăng
    .code = M0511
new-unknown-type = không có loại nội dung `{ $name }`
    .code = E0503
    .help = { $near ->
        [none] các loại nội dung là { $names }
       *[other] có phải ý bạn là `{ $near }`?
    }
new-no-section = không có mục `content/{ $dir }/` (một thư mục có tệp `_index.md`)
    .code = E0504
    .help = hãy tạo thư mục `content/{ $dir }/` có tệp `_index.md` bên trong, hoặc chọn mục khác bằng `--section`
new-exists = `{ $path }` đã có; hãy chọn tên khác
    .code = E0505
new-no-section-of-type = không mục nào có `page_type: { $type }`
    .code = E0506
    .help = hãy chọn thư mục bằng `--section`, ví dụ `--section dau-tu`
new-several-sections = có nhiều mục chứa trang `{ $type }` ({ $sections })
    .code = E0507
    .help = hãy chọn một mục bằng `--section`
# Các chú thích mà `new` ghi vào trang mới (mỗi dòng bắt đầu bằng `#` khi được ghi;
# giữ nguyên tên trường).
new-comment = { $case ->
        [required] (bắt buộc)
        [one-of] một trong: { $values }
        [inherited] giống nhau ở mọi ngôn ngữ: các bản dịch thừa hưởng giá trị này
        [own-type] type: các trang của mục này thuộc loại khác; trang này là `{ $type }`
        [example] ví dụ { $example }
        [optional] Các trường không bắt buộc: xóa dấu `#` để dùng.
        [sample] Số liệu chưa chính thức: giữ `sample: true`, trang sẽ ghi rõ đây là số liệu minh họa.
        [draft] Xóa dòng `draft: true` để đăng trang (xem trước bằng `outreach build --drafts`).
        [translation-intro] Bản dịch này chỉ ghi những gì nó dịch; mọi trường khác được thừa hưởng từ `{ $original }`. Hãy dịch phần chữ bên dưới, rồi đánh dấu đã dịch xong bằng `outreach translations --mark-done` và đường dẫn của tệp này.
        [slug] slug: phần cuối của địa chỉ ở ngôn ngữ này (/{ $code }/…/{ $slug }/); hãy dịch phần này
       *[translation-draft] Xóa dòng `draft: true` để đăng bản dịch này.
    }
    .code = M0512

# Phần chữ mà `new` ghi thay cho nội dung của trang, bằng ngôn ngữ của trang.
new-body = { $case ->
        [original] Nội dung trang, viết bằng Markdown.
       *[translation] Nội dung trang bằng ngôn ngữ này, viết bằng Markdown.
    }
    .code = M0539

## translations

translations-status = { $status ->
        [ok] đã khớp
        [stale] đã cũ
        [unstamped] chưa kiểm tra
       *[missing] còn thiếu
    }
    .code = M0513
translations-explanation = { $status ->
        [ok] đã khớp: đã được đánh dấu dịch xong theo bản gốc hiện tại
        [stale] đã cũ: phần chữ của bản gốc đã thay đổi sau khi bản dịch được đánh dấu dịch xong; hãy cập nhật bản dịch, rồi chạy `outreach translations --mark-done FILE`
        [unstamped] chưa kiểm tra: chưa ai đánh dấu bản dịch là dịch xong, nên chưa ai xác nhận nó khớp với bản gốc; hãy kiểm tra, rồi chạy `outreach translations --mark-done FILE` (lệnh này ghi các dòng `source_hash` và `source_parts`)
       *[missing] còn thiếu: chưa có bản dịch; trang hiển thị bản gốc thay vào đó, hoặc bị bỏ qua, theo `missing:` trong site.yaml
    }
    .code = M0514
translations-missing-file = { $case ->
        [record] { $source } (chưa có giá trị `{ $code }` nào)
       *[file] { $source } (hãy viết { $translation })
    }
    .code = M0515
translations-checked = { $date ->
        [none] đã kiểm tra
       *[other] đã kiểm tra ngày { $date }
    }
    .code = M0516
translations-changed-since = { $date ->
        [none] đã kiểm tra; từ đó bản gốc đã thay đổi { $changes }
       *[other] đã kiểm tra ngày { $date }; từ đó bản gốc đã thay đổi { $changes }
    }
    .code = M0517
translations-changed-unknown = phần chữ của bản gốc đã thay đổi từ khi bản dịch này được kiểm tra
    .code = M0518
translations-never-checked = chưa ai đánh dấu bản dịch này là dịch xong
    .code = M0519
translations-summary = { $language }: { $ok } đã khớp, { $stale } đã cũ, { $unstamped } chưa kiểm tra, { $missing } còn thiếu ({ $total } trang)
    .code = M0520
# Một điều đã thay đổi trong bản gốc: một trường, một đoạn, các đoạn bị xóa.
translations-change = { $item ->
        [title] tiêu đề
        [description] phần mô tả
        [tags] các thẻ
        [paragraph] đoạn { $number } ("{ $begins }")
        [removed] { $count ->
           *[other] { $count } đoạn bị xóa
        }
       *[field] `{ $field }`
    }
    .code = M0521
# Những điều đã thay đổi: `$rest` là danh sách, nối bằng ", ".
translations-changes = { $count ->
        [0] phần chữ
        [1] { $last }
       *[other] { $rest } và { $last }
    }
    .code = M0522
mark-done-marked = đã đánh dấu `{ $file }` là đã khớp (source_hash: { $hash })
    .code = M0523
translation-missing = trang này chưa có bản dịch { $language }
    .code = E0508
    .help = { $case ->
        [record] hãy thêm giá trị `{ $code }:` vào `title`, `description` và `body` của trang, ví dụ `title: { "{" } { $default_code }: "…", { $code }: "…" { "}" }`
       *[file] hãy viết `{ $translation }`
    }
translation-stale = bản dịch { $language } này đã cũ: `{ $source }` đã thay đổi từ khi bản dịch được đánh dấu dịch xong
    .code = E0509
    .help = hãy cập nhật bản dịch, rồi chạy `outreach translations --mark-done { $file }`
mark-done-not-a-page = `{ $file }` không phải một trang của trang web này (bản dịch là các tệp như `content/dau-tu/x.en.md`)
    .code = E0510
file-unreadable = không đọc được `{ $path }`
    .code = E0511
mark-done-not-utf8 = `{ $file }` không phải văn bản UTF-8
    .code = E0512
mark-done-no-translation = `{ $file }` chưa có bản dịch: hãy thêm giá trị `{ $code }:` vào `title` và `body` của nó trước
    .code = E0513
mark-done-original = `{ $file }` không phải bản dịch: đây là bản gốc { $language }; hãy đánh dấu các bản dịch của nó (ví dụ `{ $example }`)
    .code = E0514
file-unwritable = không ghi được `{ $path }`
    .code = E0515

## serve

serve-bad-address = `{ $bind }` không phải địa chỉ để lắng nghe
    .code = E0516
    .help = hãy cho một địa chỉ IP: `127.0.0.1` (chỉ máy tính này, mặc định), `::1`, hoặc `0.0.0.0` cho mọi mạng mà máy tính này kết nối
serve-port-in-use = cổng { $port } đang được dùng (bởi một `outreach serve` khác, hoặc một chương trình khác)
    .code = E0517
    .help = hãy chọn cổng khác, ví dụ `outreach serve --port { $next }`
serve-port-denied = không lắng nghe được trên { $addr }: người dùng này không được mở cổng { $port }
    .code = E0518
    .help = các cổng dưới 1024 cần quyền quản trị; hãy chọn cổng khác, ví dụ `outreach serve --port 1111`
serve-address-not-here = không lắng nghe được trên { $addr }: đây không phải địa chỉ của máy tính này
    .code = E0519
    .help = hãy bỏ `--bind` để lắng nghe trên 127.0.0.1 (chỉ máy tính này)
serve-cannot-listen = không lắng nghe được trên { $addr }: { $error }
    .code = E0520
serve-no-threads = không khởi động được các luồng phục vụ của bản xem trước: { $error }
    .code = E0521
serve-cannot-write-page = không ghi được `{ $path }` của bản xem trước: { $error }
    .code = E0522
serve-cannot-update-search = không cập nhật được chỉ mục tìm kiếm của bản xem trước: { $error }
    .code = E0523
serve-cannot-remove-preview = không xóa được thư mục xem trước `{ $folder }`: { $error }
    .code = E0524
    .help = hãy tự xóa thư mục này
serve-cannot-stop = không dừng được bản xem trước theo thứ tự: { $error }
    .code = E0525
serve-no-signal-handler = không thiết lập được việc xóa thư mục xem trước khi nhấn Ctrl-C
    .code = E0526
serve-cannot-watch = { $path ->
        [none] không theo dõi được các tệp của trang web
       *[other] không theo dõi được `{ $path }`
    }
    .code = E0527
serve-no-preview-folder = không tạo được thư mục xem trước trong `{ $temp }`
    .code = E0528
    .help = hãy đặt TMPDIR là một thư mục bạn có quyền ghi
serve-public = bản xem trước lắng nghe trên { $addr }, nơi các máy tính khác truy cập được, nhưng nó không dành cho công chúng: ai truy cập được cũng thấy mọi trang ngay khi bạn lưu, và nó không được làm để chịu lượng truy cập lớn hay có ý xấu
    .code = W0501
    .help = để đăng trang web, hãy dựng bằng `outreach build` rồi tải thư mục `output/` lên (xem docs/deploy.md); để chỉ xem trước trên máy tính này, hãy bỏ `--bind`
serve-leftover-kept = không xóa được `{ $dir }`, do một `outreach serve` bị buộc dừng để lại: { $error }
    .code = W0502
    .help = hãy tự xóa thư mục này
serve-leftover-removed = đã xóa `{ $dir }`, do một `outreach serve` bị buộc dừng để lại
    .code = M0524
serve-preview-folder = bản xem trước được dựng trong `{ $folder }` (chỉ bạn đọc được, sẽ bị xóa khi serve dừng)
    .code = M0525
serve-serving = đang phục vụ trang web tại { $url }/ (dừng bằng Ctrl-C)
    .code = M0526
serve-changed = đã thay đổi: { $more ->
        [0] { $files }
       *[other] { $files } và { $more } tệp khác
    }
    .code = M0527
serve-not-rebuilt = { $what ->
        [page] trang chưa được dựng lại: các trang đang phục vụ là bản dựng tốt gần nhất
       *[site] trang web chưa được dựng lại: các trang đang phục vụ là bản dựng tốt gần nhất
    }
    .code = M0528
serve-built = đã dựng { $pages } trang trong { $ms } ms
    .code = M0529
serve-rebuilt = đã dựng lại { $pages } trang trong { $ms } ms
    .code = M0530
serve-search-updated = đã cập nhật chỉ mục tìm kiếm { $code } trong { $ms } ms
    .code = M0531
serve-stopped-at-once = đã dừng mà không chờ bản dựng; lần `outreach serve` sau sẽ xóa `{ $folder }`
    .code = M0532
serve-stopping = sẽ dừng khi bản dựng đang chạy được ghi xong (nhấn Ctrl-C lần nữa để dừng ngay)
    .code = M0533
serve-stopped = đã dừng; đã xóa thư mục xem trước `{ $folder }`
    .code = M0534
# Hiện trên trang trong trình duyệt, phía trên các vấn đề của lần lưu gần nhất.
serve-overlay = outreach: lần lưu gần nhất có vấn đề; trang này là bản dựng tốt gần nhất.
    .code = M0535
# Điều bản xem trước trả lời trong trình duyệt khi không hiện trang nào.
serve-answer = { $case ->
        [headers-too-long] Phần đầu của yêu cầu quá dài.
        [too-slow] Yêu cầu đến quá chậm.
        [not-http] Yêu cầu không hợp lệ: đây không phải yêu cầu HTTP.
        [not-get] Bản xem trước chỉ hiển thị trang web: nó chỉ trả lời các yêu cầu GET và HEAD.
        [too-many-tabs] Đang mở quá nhiều thẻ xem trước: hãy đóng bớt, rồi tải lại thẻ này.
        [outside-base] Không tìm thấy: bản xem trước phục vụ trang web dưới `{ $base }/`, đường dẫn của `base_url` trong site.yaml, như khi được đăng.
        [bad-address] Yêu cầu không hợp lệ: địa chỉ này không được phép.
        [unreadable] Không đọc được tệp.
       *[not-found] Không tìm thấy.
    }
    .code = M0536
