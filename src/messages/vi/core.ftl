# Thông báo của outreach bằng tiếng Việt. Mỗi thông báo có cùng mã định danh, mã lỗi và
# tham số với en.ftl (có kiểm thử kiểm tra). Mã: E… lỗi, W… cảnh báo, M… các dòng tổng kết.
# Dấu ngoặc nhọn là chữ (không phải tham số) được viết { "{" } và { "}" }.

-resave-as-utf8 = mở tệp, chọn "Save As" (Lưu thành) và đặt bảng mã là UTF-8 (Notepad: Encoding → UTF-8; VS Code: bảng mã ở thanh trạng thái → Save with Encoding → UTF-8)

## Cuối mỗi lần chạy

summary-errors = có { $errors } lỗi trong { $files } tệp
    .code = M0001
summary-not-changed = thư mục kết quả không bị thay đổi
    .code = M0002

## Đọc tệp

file-encoding = tệp được lưu bằng bảng mã { $encoding ->
        [utf16] UTF-16
       *[windows-1258] Windows-1258 (bảng mã tiếng Việt cũ)
    }, không phải UTF-8, nên outreach không đọc được
    .code = E0001
    .help = { -resave-as-utf8 }
file-not-utf8 = tệp không phải văn bản UTF-8 (byte 0x{ $byte } không thể mở đầu một ký tự)
    .code = E0002
    .help = { -resave-as-utf8 }

## Trang

title-empty = tiêu đề đang để trống
    .code = E0003
    .help = viết tiêu đề của trang sau `title:`
page-no-title = { $case ->
        [record] trang dữ liệu này không có tiêu đề
        [no-front-matter] tệp này không có phần đầu (front matter), nên trang không có tiêu đề
       *[page] trang này không có tiêu đề
    }
    .code = E0004
    .help = { $case ->
        [record] thêm một dòng như `title: { "{" } vi: "…", en: "…" { "}" }`
        [no-front-matter] mở đầu tệp bằng ba dòng: `---`, `title: Hậu Giang`, `---`
       *[page] thêm một dòng như `title: Hậu Giang` giữa hai dòng `---` ở đầu tệp
    }
translation-orphan = đây là một bản dịch, nhưng không có tệp { $default } `{ $expected }` để dịch theo
    .code = E0005
    .help = { $case ->
        [record] có phải ý bạn là `{ $near }`? Một trang dữ liệu `.yaml` chứa mọi ngôn ngữ: hãy viết các trường của bản dịch này vào đó dưới dạng `title: { "{" } { $default_code }: "…", { $code }: "…" { "}" }`, rồi xóa tệp này
        [translated] tệp { $default } có tên gần nhất, `{ $near }`, đã có bản dịch { $language } `{ $near_translation }`: nếu tệp này là bản sao, hãy xóa nó; nếu nó dịch một trang khác, hãy tạo `{ $expected }`
        [rename] có phải ý bạn là `{ $near }`? Đổi tên tệp này thành `{ $near_translation }` để nó là bản dịch { $language } của trang đó
        [move] có phải ý bạn là `{ $near }`? Chuyển tệp này đến `{ $near_translation }` để nó là bản dịch { $language } của trang đó
       *[none] tạo `{ $expected }` (bản gốc { $default }), hoặc đổi tên tệp này thành tên đó
    }

## site.yaml

base-url-placeholder = `base_url` vẫn là địa chỉ mẫu `{ $url }`, nên liên kết chính thức (canonical), sơ đồ trang, nguồn tin và ảnh xem trước khi chia sẻ sẽ trỏ đến đó
    .code = W0001
    .help = viết địa chỉ nơi trang được xuất bản (trang dự án trên GitHub: `https://OWNER.github.io/REPO/`), hoặc đưa địa chỉ đó bằng `--base-url`
text-placeholder = `{ $placeholder }` là chỗ trống do `outreach init` để lại
    .code = W0002
    .help = thay `{ $placeholder }` trong `{ $setting }` bằng nội dung thật

## Kiểu nội dung

values-from-missing = các giá trị của trường này lấy từ `content/_data/{ $name }.yaml`, nhưng tệp đó không tồn tại
    .code = E0006
    .help = { $near ->
        [none] tạo `content/_data/{ $name }.yaml`, mỗi giá trị một dòng: một khóa không có dấu cách, rồi tên của nó trong từng ngôn ngữ, ví dụ `my-value: { "{" } { $example } { "}" }`
       *[other] có phải ý bạn là `{ $near }`?
    }
values-from-and-values = một trường lấy giá trị từ `values:` hoặc từ `values_from:`, không lấy từ cả hai
    .code = E0007
    .help = giữ lại một trong hai
values-from-not-enum = chỉ trường `enum` mới lấy giá trị từ một tệp dữ liệu
    .code = E0008
    .help = bỏ `values_from`, hoặc đặt trường là `kind: enum`
values-from-twice = giá trị `{ $key }` được liệt kê hai lần
    .code = E0009
    .help = đặt cho mỗi giá trị một khóa riêng
values-from-entry = mỗi mục trong danh sách giá trị cần có `key` và `name`
    .code = E0010
    .help = viết ví dụ `- { "{" } key: my-value, name: { "{" } vi: "…", en: "…" { "}" } { "}" }`
values-from-bad-key = khóa của một giá trị phải là một từ, như `vi-thanh`
    .code = E0011
    .help = viết khóa dưới dạng chữ
values-from-empty = `content/_data/{ $name }.yaml` cho các giá trị của một trường `enum`, nhưng không liệt kê giá trị nào
    .code = E0012
    .help = viết mỗi giá trị một dòng: một khóa không có dấu cách, rồi tên của nó trong từng ngôn ngữ, ví dụ `my-value: { "{" } { $example } { "}" }`

## Trường

field-unknown = `{ $key }` không phải là một trường của { $kind ->
        [section] chuyên mục
       *[page] trang
    } kiểu `{ $type }`
    .code = E0013
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`?
        [own-only] { $kind ->
            [section] chuyên mục
           *[page] trang
        } kiểu `{ $type }` chỉ có các trường chung của outreach (title, description, date, tags…)
       *[list] các trường của { $kind ->
            [section] chuyên mục
           *[page] trang
        } kiểu `{ $type }` là { $fields }, ngoài title, description, date và tags
    }
field-required-empty = `{ $field }` là trường bắt buộc, nhưng đang để trống
    .code = E0014
    .help = viết nội dung của { $field } sau `{ $field }:`
field-required-missing = { $kind ->
        [section] chuyên mục
       *[page] trang
    } kiểu `{ $type }` cần có `{ $field }`, nhưng tệp này chưa có
    .code = E0015
    .help = thêm một dòng `{ $field }: …` phía trên dòng `---` đóng phần đầu{ $about ->
        [none] { "" }
       *[other] { " — " }{ $about }
    }{ $has_values ->
        [yes] ; các giá trị là { $values }
       *[no] { "" }
    }
enum-not-allowed = `{ $value }` không phải là giá trị được phép của `{ $field }`
    .code = E0016
    .help = { $near ->
        [none] các giá trị là { $values }
       *[other] có phải ý bạn là `{ $near }`? Các giá trị là { $values }
    }

## Ngày tháng

date-invalid = `{ $text }` không phải là một ngày
    .code = E0017
    .help = viết ngày theo năm-tháng-ngày, ví dụ `{ $key }: 2018-03-13`
date-no-month = `{ $text }` không có tháng { $month }: một năm có 12 tháng
    .code = E0018
    .help = kiểm tra lại ngày và viết theo năm-tháng-ngày, ví dụ `{ $key }: 2018-03-13`
date-no-day = `{ $text }` không phải là một ngày: tháng { $month } năm { $year } có { $days } ngày
    .code = E0019
    .help = kiểm tra lại ngày, và viết theo năm-tháng-ngày, ví dụ `{ $key }: { $last }`
date-day-first = `{ $text }` được viết theo ngày/tháng/năm; outreach đọc ngày viết theo năm-tháng-ngày
    .code = E0020
    .help = viết `{ $key }: { $iso }` (ngày { $day } tháng { $month } năm { $year })
date-two-digits = `{ $text }` cần hai chữ số cho tháng và ngày
    .code = E0021
    .help = viết `{ $key }: { $iso }`

## Văn bản dán từ Word

invisible-in-yaml = { $char ->
        [narrow-nbsp] một dấu cách không ngắt hẹp (narrow non-breaking space)
        [figure-space] một dấu cách chữ số (figure space)
        [thin-space] một dấu cách mảnh (thin space)
        [zero-width-space] một ký tự rộng bằng không (zero-width space)
        [zwnj] một ký tự không nối (zero-width non-joiner)
        [zwj] một ký tự nối (zero-width joiner)
        [word-joiner] một ký tự nối từ (word joiner)
        [bom] một dấu thứ tự byte (byte-order mark)
        [ideographic-space] một dấu cách chữ Hán (ideographic space)
       *[nbsp] một dấu cách không ngắt (non-breaking space)
    } { $place ->
        [after-key] sau `{ $field }:`
        [before-colon] trước dấu `:` của `{ $field }`
       *[indentation] trong phần thụt đầu dòng
    }, có lẽ được dán từ Word hoặc một trang web: YAML không đọc nó là dấu cách
    .code = E0022
    .help = thay nó bằng một dấu cách thường (xóa ký tự đó rồi gõ một dấu cách)

## Ghi chú dưới một thông báo (mã của chúng không được in ra)

note-while-rendering = khi dựng trang `{ $page }`
    .code = M0010
note-same-error = lỗi này cũng có ở { $others } trang khác
    .code = M0011
note-link-from-theme = liên kết này không có trong nội dung tệp, nên nó đến từ các mẫu (templates) của giao diện
    .code = M0012
note-term-written = `{ $place }` { $verb ->
        [spells] viết là
       *[writes] viết
    } `{ $text }`
    .code = M0013
note-listing-origin = { $case ->
        [section] `{ $place }` yêu cầu trang này bằng `{ $field }`
        [taxonomy] `{ $place }` đặt địa chỉ đó cho phân loại `{ $taxonomy }` bằng `{ $field }`
        [term] từ khóa `{ $term }` được viết trong `{ $place }`
       *[term-nowhere] từ khóa `{ $term }` được viết trong một trang{ $place }
    }
    .code = M0014
