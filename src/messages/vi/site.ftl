# site messages (vi). Codes: see the ranges in src/messages/mod.rs.
# Dấu ngoặc nhọn là chữ (không phải tham số) được viết { "{" } và { "}" }.

## Các thiết lập của site.yaml

site-setting-unknown = site.yaml không có thiết lập nào tên là `{ $key }`
    .code = E0700
    .help = { $near ->
        [none] các thiết lập ở đây là { $settings }
       *[other] có phải ý bạn là `{ $near }`?
    }
site-setting-missing = { $group ->
        [none] site.yaml thiếu thiết lập `{ $name }`
       *[other] `{ $group }` thiếu thiết lập `{ $name }`
    }
    .code = E0701
    .help = { $group ->
        [none] thêm `{ $name }: …`
       *[other] thêm `{ $name }: …` vào đó
    }
search-not-group = `search` phải là một nhóm trường, không phải { $found ->
        [bool] có/không (`{ $value }`)
        [number] số `{ $value }`
        [text] văn bản { $value }
        [empty] giá trị trống
        [list] một danh sách
        [tagged] một giá trị có thẻ (tag)
       *[other] { $value }
    }
    .code = E0702
    .help = viết `search: { "{" } path: { "{" } vi: tim-kiem, en: search { "}" } { "}" }`: địa chỉ của trang tìm kiếm trong từng ngôn ngữ

## Ngôn ngữ

site-no-languages = site.yaml chưa khai báo ngôn ngữ nào
    .code = E0703
    .help = thêm ít nhất `vi: { "{" } name: "Tiếng Việt", locale: vi-VN { "}" }`
default-language-undeclared = ngôn ngữ mặc định `{ $code }` không nằm trong các ngôn ngữ khai báo dưới `languages:`
    .code = E0704
    .help = hãy khai báo nó, hoặc chọn một trong { $codes }
locale-unknown = `{ $locale }` không phải là một mã vùng ngôn ngữ (locale) mà outreach dùng được để định dạng ngày tháng và con số: { $case ->
        [invalid] locale `{ $locale }` không hợp lệ: { $reason }
        [missing-data] không tạo được bộ định dạng { $formatter ->
            [decimal] số
            [compact] số rút gọn
            [plural] quy tắc số nhiều
           *[date] ngày tháng
        } cho locale `{ $locale }`: { $reason }
       *[other] { $reason }
    }
    .code = E0705
    .help = viết một mã locale theo chuẩn BCP 47, ví dụ `vi-VN`, `en-GB` hoặc `ko-KR`
language-code-invalid = `{ $code }` không phải là một mã ngôn ngữ
    .code = E0706
    .help = dùng một mã ngắn, ví dụ `vi`, `en` hoặc `ko`
language-undeclared = `{ $key }` không phải là một ngôn ngữ được khai báo trong site.yaml
    .code = E0707
    .help = các ngôn ngữ là { $languages }
localized-not-text = `{ $path }` phải là văn bản{ $per_language ->
        [yes] , hoặc mỗi ngôn ngữ một văn bản như `{ "{" } vi: "…", en: "…" { "}" }`
       *[no] { "" }
    }, nhưng ở đây lại là { $kind ->
        [empty] giá trị trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [whole] một số nguyên
        [text] văn bản
        [list] một danh sách
        [group] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0708
    .help = viết ví dụ `{ $key }: { $per_language ->
        [yes] { "{" } vi: "…", en: "…" { "}" }
       *[no] "…"
    }`

## Tiêu đề và địa chỉ

site-no-title = trang web chưa có tiêu đề
    .code = E0709
    .help = viết `title: { "{" } vi: "…", en: "…" { "}" }`
base-url-empty = `base_url` đang để trống, nên sitemap.xml, nguồn tin và ảnh xem trước khi chia sẻ đưa ra các địa chỉ không có tên miền của trang, mà công cụ tìm kiếm, trình đọc tin và mạng xã hội không mở được
    .code = W0700
    .help = viết địa chỉ nơi trang được xuất bản, ví dụ `base_url: "https://haugiang.gov.vn"`
base-url-scheme = `base_url` phải bắt đầu bằng `https://` hoặc `http://`, nhưng đang là `{ $url }`
    .code = E0710
    .help = viết địa chỉ nơi trang được xuất bản, ví dụ `https://haugiang.gov.vn`
url-scheme-malformed = `{ $scheme }` không phải là một loại địa chỉ (scheme): scheme là từ đứng trước dấu `:` của một địa chỉ
    .code = E0711
    .help = viết ví dụ `url_schemes: [sms, geo]`
url-scheme-unsafe = không thể cho phép `{ $written }:`: loại địa chỉ này có thể chạy mã lệnh (script) trong trình duyệt của người đọc hoặc đọc các tệp trên máy của người đọc
    .code = E0712
    .help = bỏ `{ $scheme }` khỏi `url_schemes`

## Menu

menu-page-not-at = `page` của một mục menu là một tệp nội dung viết dạng `@/…`, nhưng ở đây là `{ $page }`
    .code = E0713
    .help = viết ví dụ `page: "@/dau-tu/_index.md"`
menu-url-no-title = một mục menu có `url` thì cần có `title`
    .code = E0714
    .help = thêm `title: { "{" } vi: "…", en: "…" { "}" }`
menu-page-or-url = một mục menu cần đúng một trong hai: `page` (một tệp nội dung) hoặc `url` (một địa chỉ)
    .code = E0715
    .help = viết ví dụ `- { "{" } page: "@/dau-tu/_index.md" { "}" }` cho một trang của trang web, hoặc `- { "{" } url: "https://…", title: "…" { "}" }` cho một địa chỉ khác

## Phân loại (taxonomy)

paginate-by-zero = `paginate_by` phải là một số nguyên lớn hơn 0
    .code = E0716
    .help = viết số trang mà mỗi trang danh sách hiển thị, ví dụ `paginate_by: 10`, hoặc bỏ thiết lập này để liệt kê tất cả trên một trang
taxonomy-slug-clash = hai phân loại `{ $first }` và `{ $second }` có cùng slug (phần tên trong địa chỉ) `{ $slug }` trong `{ $code }`, nên các trang của chúng sẽ có cùng địa chỉ
    .code = E0717
    .help = đặt cho `{ $second }` một `slug` riêng

## Giao diện (theme)

theme-missing = không có giao diện (theme) `{ $theme }`: thư mục `themes/{ $theme }/` không tồn tại
    .code = E0718
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`?
        [none] `outreach init NEW_FOLDER` tạo một trang web có giao diện mặc định; hãy chép thư mục `themes/default/` của nó vào đây
       *[list] các giao diện ở đây là { $themes }
    }

## Ảnh

images-widths-empty = `images.widths` đang để trống, nên ảnh không có kích thước nào để xuất bản
    .code = E0719
    .help = viết ví dụ `widths: [480, 800, 1200, 1600]`, hoặc bỏ thiết lập này
images-width-invalid = `{ $width }` không phải là chiều rộng có thể dùng để xuất bản ảnh
    .code = E0720
    .help = viết chiều rộng theo điểm ảnh (pixel), từ 16 đến 10000, ví dụ `[480, 800, 1200, 1600]`
images-quality-invalid = `images.quality` là { $quality }, nhưng chất lượng đi từ 1 đến 100
    .code = E0721
    .help = viết ví dụ `quality: 80`: số càng nhỏ thì ảnh càng nhẹ và càng mờ
images-megapixels-zero = `images.max_megapixels` là 0, nên không ảnh nào xuất bản được
    .code = E0722
    .help = viết ví dụ `max_megapixels: 64`
