# Thông báo về liên kết (vi). Mã: xem các khoảng mã trong src/messages/mod.rs.
# Dấu ngoặc nhọn là chữ (không phải tham số) được viết { "{" }, { "{%" }, { "}}" }…

## Liên kết viết `@/…`, và liên kết thường

link-page-missing = liên kết này trỏ đến `content/{ $path }`, nhưng tệp đó không tồn tại
    .code = E0301
    .help = { $near ->
        [none] liên kết nội bộ ghi tên một tệp trong thư mục content/, ví dụ `@/dau-tu/_index.md`
       *[other] có phải ý bạn là `@/{ $near }`?
    }
link-page-draft = liên kết này trỏ đến `content/{ $path }`, nhưng trang đó là bản nháp nên không được xuất bản
    .code = E0302
    .help = bỏ `draft: true` khỏi trang đó, liên kết đến trang khác, hoặc dựng trang với `--drafts`
link-page-unreadable = không đọc được `content/{ $path }`
    .code = E0303
link-outside-content = liên kết này trỏ đến `{ $path }`, là tệp nằm ngoài thư mục `content/`
    .code = E0304
    .help = liên kết đến trang bằng tên tệp của nó trong `content/`, viết là `@/section/page.md`
link-plain-page-missing = liên kết này trỏ đến `{ $path }`, nhưng không có tệp `content/{ $joined }`
    .code = E0305
    .help = { $near ->
        [none] liên kết nội bộ ghi tên một tệp trong thư mục content/, ví dụ `@/dau-tu/_index.md`
       *[other] có phải ý bạn là `@/{ $near }`?
    }
link-file-missing = không có tệp `{ $file }` bên cạnh trang này
    .code = E0306
    .help = { $case ->
        [capitals] có phải ý bạn là `{ $near }`? Tên tệp được xuất bản phải khớp cả chữ hoa và chữ thường
        [near] có phải ý bạn là `{ $near }`?
       *[none] đặt tệp vào thư mục của trang (trang viết dưới dạng `name/index.md` có thư mục riêng), hoặc ghi địa chỉ của tệp bắt đầu bằng `/` hoặc `https://`
    }
link-not-an-address = liên kết này trỏ đến `{ $path }`, nhưng đó không phải một địa chỉ của trang web này
    .code = E0307
    .help = { $near ->
        [none] liên kết đến trang bằng tên tệp của nó trong `content/`, viết là `@/section/page.md`: liên kết như vậy luôn theo đúng địa chỉ của trang trong mọi ngôn ngữ
       *[other] có phải ý bạn là trang ở địa chỉ `/{ $url }/`? Hãy liên kết đến trang đó bằng `@/{ $near }`: liên kết viết `@/…` ghi tên tệp, và luôn theo đúng địa chỉ của trang trong mọi ngôn ngữ
    }

## Neo (anchor) và id của đề mục

anchor-missing-here = trang này không có đề mục hay id `#{ $anchor }`
    .code = E0308
    .help = { $case ->
        [renamed] mẫu giao diện tự ghi id `{ $anchor }`, nên đề mục “{ $heading }” có id `{ $id }`: hãy liên kết đến `#{ $id }`
        [near] có phải ý bạn là `#{ $near }`?
       *[none] neo (anchor) là id của một đề mục: `## Lịch sử` có id `lich-su`
    }
anchor-missing-there = `{ $file }` không có đề mục hay id `#{ $anchor }`
    .code = E0309
    .help = { $case ->
        [renamed] mẫu giao diện tự ghi id `{ $anchor }`, nên đề mục “{ $heading }” có id `{ $id }`: hãy liên kết đến `#{ $id }`
        [near] có phải ý bạn là `#{ $near }`?
        [original] `#{ $anchor }` là đề mục của bản gốc; trong bản dịch này, nó là `#{ $id }`
        [no-headings] trang đó không có đề mục nào; neo (anchor) là id của một đề mục (`## Lịch sử` → `#lich-su`)
        [many] các đề mục của trang đó là { $ids }, …
       *[list] các đề mục của trang đó là { $ids }
    }
heading-id-taken = id đề mục `{ $asked }` đã được dùng ({ $holder ->
        [html] một phần tử trong HTML của trang đã có id này
        [footnote] chú thích `[^{ $name }]` đã có id này
        [template] mẫu giao diện `{ $name }` ghi id này
       *[heading] đề mục “{ $name }” đã có id này
    }), nên đề mục này nhận id `{ $id }`
    .code = W0301
    .help = viết một id khác trong `{ "{" }#…{ "}" }`; hai phần tử cùng một id là HTML không hợp lệ, và liên kết đến `#{ $asked }` sẽ không dẫn tới đề mục này

## Hình ảnh và HTML viết trực tiếp

image-no-alt = hình này không có văn bản thay thế, là đoạn chữ mô tả hình cho người đọc không nhìn thấy được
    .code = E0310
    .help = viết nội dung hình thể hiện vào giữa hai dấu ngoặc vuông, ví dụ `![Bản đồ khu công nghiệp](ban-do.png)`; với hình chỉ để trang trí, viết `![-](…)`
address-with-space = `{ $address }` có dấu cách, mà trong Markdown dấu cách kết thúc một địa chỉ, nên chỗ này được xuất bản thành chữ thường
    .code = E0311
    .help = đặt địa chỉ trong dấu ngoặc nhọn: `{ $label }(<{ $address }>{ $title })`, hoặc đặt tên tệp không có dấu cách
raw-html-script = đoạn HTML viết trực tiếp này { $what ->
        [handler] có một trình xử lý sự kiện (`{ $attribute }=`)
       *[script] có thẻ `<script>`
    }{ $srcdoc ->
        [yes] { " " }trong `srcdoc` của nó
       *[no] { "" }
    }, là mã chạy trên trình duyệt của mọi người đọc
    .code = W0302
    .help = nội dung không nên chứa mã chạy (script): hãy nhờ người thiết kế giao diện làm một shortcode hoặc mẫu giao diện thay cho nó
raw-html-script-forbidden = đoạn HTML viết trực tiếp này { $what ->
        [handler] có một trình xử lý sự kiện (`{ $attribute }=`)
       *[script] có thẻ `<script>`
    }{ $srcdoc ->
        [yes] { " " }trong `srcdoc` của nó
       *[no] { "" }
    }, mà site.yaml đặt `raw_html: forbid`
    .code = E0312
    .help = hãy xóa nó: trên trang web này, nội dung không được chứa mã chạy (script); hãy nhờ người thiết kế giao diện làm một shortcode hoặc mẫu giao diện thay cho nó
raw-html-img-no-alt = thẻ `<img>` này không có `alt`, là đoạn chữ mô tả hình cho người đọc không nhìn thấy được
    .code = E0313
    .help = thêm `alt="…"` nói hình thể hiện gì, hoặc `alt=""` nếu hình chỉ để trang trí

## Shortcode: cách viết một lời gọi

shortcode-never-closed = shortcode `{ $name }` được mở ở đây nhưng không bao giờ được đóng
    .code = E0314
    .help = thêm `{ "{%" } end { "%}" }` sau nội dung của nó
shortcode-not-arguments = shortcode `{ $name }` có thứ không phải tham số dạng `name=value` ở đây
    .code = E0315
    .help = viết tham số dưới dạng `name="text"`, `name=3` hoặc `name=true`, cách nhau bằng dấu phẩy
shortcode-arg-no-value = tham số `{ $arg }` không có giá trị
    .code = E0316
    .help = viết dưới dạng `name="value"`
shortcode-arg-bad-value = giá trị của `{ $arg }` không phải chữ trong dấu ngoặc kép, một số, `true` hay `false`
    .code = E0317
    .help = đặt chữ trong dấu ngoặc kép: `name="…"` (dấu `"` bên trong chữ được viết là `\"`)
shortcode-no-separator = shortcode `{ $name }` thiếu dấu `,` hoặc `)` ở đây
    .code = E0318
    .help = ngăn cách các tham số bằng dấu phẩy và kết thúc bằng `)`
shortcode-not-closed = shortcode `{ $name }` không được đóng bằng `{ $close }`
    .code = E0319
    .help = đóng lời gọi trên cùng một dòng

## Shortcode: những gì giao diện khai báo

shortcode-unknown = không có shortcode `{ $name }`
    .code = E0320
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`?
        [none-at-all] giao diện này không có shortcode nào
       *[list] các shortcode có sẵn là { $names }
    }
shortcode-wraps-text = shortcode `{ $name }` bao quanh một đoạn nội dung
    .code = E0321
    .help = viết nó dưới dạng `{ "{%" } { $name }(...) { "%}" }` … `{ "{%" } end { "%}" }` bao quanh đoạn nội dung
shortcode-does-not-wrap = shortcode `{ $name }` không bao quanh nội dung
    .code = E0322
    .help = viết nó dưới dạng `{ "{{" } { $name }(...) { "}}" }`, không có `{ "{%" } end { "%}" }`
shortcode-arg-unknown = shortcode `{ $name }` không có tham số `{ $arg }`
    .code = E0323
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`?
        [none-at-all] shortcode này không nhận tham số nào: viết `{ $name }()`
       *[list] các tham số của nó là { $names }
    }
shortcode-arg-kind = `{ $arg }` phải là { $kind ->
        [number] một số
        [boolean] `true` hoặc `false`
       *[text] chữ trong dấu ngoặc kép
    }
    .code = E0324
    .help = { $kind ->
        [number] viết một số, không có dấu ngoặc kép, ví dụ `{ $arg }=3`
        [boolean] viết `{ $arg }=true` hoặc `{ $arg }=false`, không có dấu ngoặc kép
       *[text] đặt chữ trong dấu ngoặc kép: `{ $arg }="…"`
    }
shortcode-value-not-allowed = `{ $value }` không phải giá trị được phép của `{ $arg }`
    .code = E0325
    .help = các giá trị được phép là { $values }
shortcode-arg-not-page = `{ $arg }` phải ghi tên một trang dưới dạng `@/section/page.md`
    .code = E0326
    .help = viết dưới dạng `{ $arg }="@/section/page.md"`, tức tên tệp của trang trong `content/`
shortcode-page-type = `{ $page }` là trang kiểu `{ $type }`, nhưng `{ $name }` chỉ hiển thị trang kiểu `{ $wanted }`
    .code = E0327
    .help = ghi tên một trang kiểu `{ $wanted }` ở đây
shortcode-file-missing = không có tệp `{ $file }` bên cạnh trang này
    .code = E0328
    .help = đặt tệp vào thư mục của trang (trang viết dưới dạng `name/index.md`), hoặc ghi địa chỉ của tệp bắt đầu bằng `/` hoặc `https://`
shortcode-arg-required = shortcode `{ $name }` cần có `{ $arg }`
    .code = E0329
    .help = { $case ->
        [about] thêm `{ $arg }="…"` ({ $about })
       *[none] thêm `{ $arg }="…"`
    }
shortcode-no-template = shortcode `{ $name }` không có mẫu giao diện `{ $template }`
    .code = E0330
    .help = thêm `templates/{ $template }` vào trang web (hoặc vào giao diện), hoặc bỏ phần khai báo của shortcode này

## Mẫu giao diện (template) của giao diện (theme)

theme-no-templates = giao diện `{ $theme }` không có thư mục mẫu giao diện (`templates`)
    .code = E0340
    .help = kiểm tra `theme:` trong site.yaml; giao diện nằm ở `themes/<name>/templates/`
template-missing = mẫu giao diện `{ $name }` không tồn tại
    .code = E0341
    .help = { $near ->
        [none] các mẫu giao diện có sẵn là { $names }
       *[other] có phải ý bạn là `{ $near }`?
    }
template-none-for-page = giao diện không có mẫu nào để dựng trang này (đã tìm { $candidates })
    .code = E0342
    .help = thêm một trong các mẫu đó vào thư mục `templates` của giao diện
template-language-picker-missing = giao diện không có `{ $name }`, là mẫu mà trang gốc của trang web cần khi mỗi ngôn ngữ có tiền tố địa chỉ riêng
    .code = E0343
    .help = thêm `{ $name }` vào thư mục `templates` của giao diện
template-taxonomy-missing = giao diện không có `{ $name }`, là mẫu mà các trang phân loại cần
    .code = E0344
    .help = thêm nó vào thư mục `templates` của giao diện, hoặc bỏ `taxonomies` khỏi site.yaml
template-search-missing = giao diện không có `{ $name }`, là mẫu mà trang tìm kiếm cần
    .code = E0345
    .help = thêm nó vào thư mục `templates` của giao diện, hoặc bỏ `search` khỏi site.yaml
template-missing-parent = mẫu này mở rộng (extends) `{ $parent }`, nhưng mẫu đó không tồn tại
    .code = E0346
    .help = tạo `{ $parent }` trong thư mục `templates` của giao diện, hoặc sửa lại tên
template-extends-itself = `{ $name }` tự mở rộng (extends) chính nó
    .code = E0347
    .help = tệp `templates/{ $name }` của trang web thay thế tệp cùng tên của giao diện chứ không mở rộng nó: hãy chép `{ $name }` của giao diện vào đó rồi sửa bản chép, hoặc mở rộng một mẫu khác
template-extends-cycle = mẫu này tự mở rộng (extends) chính nó qua { $cycle }
    .code = E0348
    .help = phải bỏ một trong các dòng `{ "{%" } extends { "%}" }` này
template-includes-cycle = mẫu này tự chèn (include) chính nó qua { $cycle }, nên sẽ không bao giờ dừng
    .code = E0349
    .help = phải bỏ một trong các dòng `{ "{%" } include { "%}" }` này
template-not-found = mẫu giao diện `{ $name }` không tồn tại
    .code = E0350
    .help = tạo mẫu đó trong thư mục `templates` của giao diện, hoặc sửa tên ở chỗ dùng nó
# Lời của chính Tera, cho lỗi mà outreach không giải thích.
template-error = lỗi mẫu giao diện (lời của Tera): { $error }
    .code = E0351
template-tera = lỗi mẫu giao diện (lời của Tera): { $error }
    .code = E0352
template-unknown-function = không có hàm mẫu giao diện `{ $name }`
    .code = E0353
    .help = { $near ->
        [none] outreach thêm { $functions } vào các hàm `range` và `throw` của Tera
       *[other] có phải ý bạn là `{ $near }`? outreach thêm { $functions } vào các hàm `range` và `throw` của Tera
    }
template-unknown-filter = không có bộ lọc mẫu giao diện `{ $name }`
    .code = E0354
    .help = outreach thêm `date`, `number`, `compact`, `money` và `area` vào các bộ lọc có sẵn của Tera
# $found và $expected là lời của Tera (tiếng Anh).
template-unexpected = mẫu giao diện có { $found } ở chỗ cần { $expected }
    .code = E0355
    .help = { $case ->
        [expression] đóng `{ "{{" } … { "}}" }` trên dòng này bằng `{ "}}" }`
        [tag] đóng thẻ `{ "{%" } … { "%}" }` trên dòng này bằng `{ "%}" }`
       *[other] kiểm tra lại cách viết thẻ theo cú pháp của Tera
    }
template-no-field = ở đây không có trường `{ $name }`
    .code = E0356
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`? các trường ở đây là { $fields }; với trường chỉ một số trang có, hãy kiểm tra trước: `{ "{%" } if … is defined { "%}" }`
        [list] các trường ở đây là { $fields }; với trường chỉ một số trang có, hãy kiểm tra trước: `{ "{%" } if … is defined { "%}" }`
       *[none] với trường chỉ một số trang có, hãy kiểm tra trước: `{ "{%" } if … is defined { "%}" }`
    }
template-block-not-in-parent = mẫu này điền khối `{ $name }`, nhưng mẫu mà nó mở rộng không có `{ "{%" } block { $name } { "%}" }`
    .code = E0357
    .help = thêm `{ "{%" } block { $name } { "%}" }{ "{%" } endblock { $name } { "%}" }` vào mẫu mà nó mở rộng; nếu thư mục `templates/` của trang web thay thế mẫu đó, hãy chép khối này từ bản của giao diện
template-ends-open = mẫu giao diện kết thúc khi một thẻ vẫn còn mở
    .code = E0358
    .help = mỗi `{ "{%" } if { "%}" }`, `{ "{%" } for { "%}" }` và `{ "{%" } block { "%}" }` cần có `{ "{%" } endif { "%}" }`, `{ "{%" } endfor { "%}" }` hoặc `{ "{%" } endblock { "%}" }` của nó
template-component-loop = thành phần (component) `{ $name }` tự gọi chính nó mãi không dừng (Tera đã dừng lại ở giới hạn đệ quy)
    .code = E0359
    .help = gọi nó bên trong một `{ "{%" } if { "%}" }` có điều kiện trở thành sai ở một độ sâu nào đó, ví dụ `{ "{%" } if n < 5 { "%}" }`

## Hàm của mẫu giao diện (`get_page`, `url`, `t`…), khi chúng lỗi lúc dựng trang

template-fn-not-content-path = `{ $function }()`: `{ $path }` không phải đường dẫn nội dung
    .code = E0362
    .help = viết dưới dạng `@/section/page.md`, tức tên tệp của trang trong `content/`
template-fn-no-page = `{ $function }()`: không có `content/{ $path }`
    .code = E0363
    .help = kiểm tra tên tệp trong `content/` được viết sau `@/`
template-fn-no-section = `totals()`: không có mục `{ $path }`
    .code = E0364
    .help = ghi tên mục bằng tệp `_index.md` của nó, ví dụ `@/dau-tu/_index.md`
template-fn-no-taxonomy = `get_taxonomy()`: site.yaml không khai báo cách phân loại `{ $name }` (chỉ có { $names })
    .code = E0365
    .help = dùng một trong các cách đó, khai báo `{ $name }` trong `taxonomies` của site.yaml, hoặc thêm `required=false` ở chỗ cách phân loại này có thể không có
template-fn-string-missing = chuỗi chữ `{ $key }` của giao diện không có bản `{ $lang }`
    .code = E0366
    .help = thêm nó vào `{ $file }`
template-fn-url-not-a-path = `url()`: `{ $path }` không phải đường dẫn nội dung, cũng không phải đường dẫn của trang web
    .code = E0367
    .help = viết `@/section/page.md` cho một trang, `/path/` cho một địa chỉ khác của trang web
template-fn-url-no-page = `url()`: không có trang `content/{ $path }`
    .code = E0368
    .help = kiểm tra tên tệp trong `content/` được viết sau `@/`

## Chuỗi chữ của giao diện (i18n)

theme-strings-missing = giao diện không có chuỗi chữ { $language } ({ $code }): thiếu tệp này
    .code = E0360
    .help = { $existing ->
        [none] tạo tệp này, mỗi chuỗi chữ mà mẫu giao diện dùng một dòng, ví dụ `skip_to_content: "…"`
       *[other] chép `{ $existing }` sang tên này rồi dịch các giá trị trong đó
    }
theme-string-missing = chuỗi chữ `{ $key }` của giao diện không có bản { $language } ({ $code })
    .code = E0361
    .help = thêm `{ $key }: "…"` vào `{ $file }`

## outreach check: liên kết của trang web đã dựng

check-leaves-site = trang `{ $page }` liên kết đến `{ $link }`, là địa chỉ nằm ngoài trang web: trang web được xuất bản dưới `{ $base_path }/` (`base_url` của site.yaml là `{ $base_url }`), còn địa chỉ bắt đầu bằng `/` thì tính từ tên miền
    .code = E0370
    .help = trong Markdown, liên kết đến trang bằng `@/section/page.md` và đến tệp bên cạnh trang bằng tên của nó; trong HTML viết trực tiếp hoặc trong mẫu giao diện, hãy viết đủ đường dẫn `{ $base_path }{ $raw }`, hoặc trong mẫu giao diện dùng `{ "{{" } url(path="{ $raw }") { "}}" }`
check-not-in-site = trang `{ $page }` liên kết đến `{ $link }`, nhưng trang web không có địa chỉ đó
    .code = E0371
    .help = sửa lại địa chỉ, hoặc thêm trang hay tệp mà nó trỏ đến
check-no-id = trang `{ $page }` liên kết đến `{ $link }`, nhưng trang đó không có id `#{ $id }`
    .code = E0372
    .help = liên kết đến một đề mục hay id mà trang đó có, hoặc đặt `id="{ $id }"` cho phần tử cần trỏ đến
