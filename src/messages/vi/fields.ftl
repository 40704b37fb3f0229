# fields messages (vi). Codes: see the ranges in src/messages/mod.rs.
# Số tiền, số liệu, tham chiếu đến trang khác, loại giá trị, tệp kiểu nội dung (schema),
# và các thiết lập của danh sách, cách sắp xếp và phân loại. Mỗi thông báo có cùng mã
# định danh, mã lỗi và tham số với en/fields.ftl (có kiểm thử kiểm tra).

## Giá trị sai loại

value-wrong-kind = { $item ->
        [yes] mỗi mục của `{ $field }`
       *[no] `{ $field }`
    } phải là { $expected ->
        [text] chữ (văn bản)
        [integer] một số nguyên
        [year] một năm, như 2018
        [area] một diện tích tính bằng héc-ta (một con số)
        [boolean] `true` hoặc `false`
        [date] một ngày, như 2018-03-13
        [enum] một trong các giá trị đã liệt kê
        [list] một danh sách
        [url] một địa chỉ web
        [email] một địa chỉ email
        [group] một nhóm trường
        [reference] một trang, viết dưới dạng `"@/section/page.md"`
        [money] một số tiền kèm loại tiền
        [point] một điểm trên bản đồ, như `{ "{" } lat: 9.78, lon: 105.47 { "}" }`
       *[number] một con số
    }, { $item ->
        [yes] nhưng mục này lại
       *[no] nhưng ở đây lại
    } { $got ->
        [empty] để trống
        [boolean] là giá trị có/không (true/false)
        [decimal] là một số thập phân
        [integer] là một số nguyên
        [list] là một danh sách
        [group] là một nhóm trường
        [tagged] là một giá trị có gắn thẻ
       *[text] là chữ (văn bản)
    }
    .code = E0200
    .help = { $expected ->
        [text] viết trên một dòng, trong dấu ngoặc kép: `{ $field }: "…"`
        [integer] viết ví dụ `{ $field }: 10`, không có dấu ngoặc kép
        [year] viết ví dụ `{ $field }: 2018`, không có dấu ngoặc kép
        [boolean] viết `{ $field }: true` (có) hoặc `{ $field }: false` (không), không có dấu ngoặc kép
        [date] viết ngày theo năm-tháng-ngày, ví dụ `{ $field }: 2018-03-13`
        [enum] các giá trị là { $values }
        [list] { $case ->
            [text] viết thành danh sách: `{ $field }: { $list }`
           *[other] viết `{ $field }: [mục một, mục hai]` hoặc mỗi dòng một `- mục`
        }
        [url] viết đầy đủ địa chỉ, bắt đầu bằng `https://`
        [email] viết như `ten@example.org`
        [group] viết các trường của nó trên các dòng dưới `{ $field }:`, thụt vào hai dấu cách: { $values }
        [reference] { $item ->
            [yes] viết mỗi mục là một trang trong dấu ngoặc kép, ví dụ `{ $field }: ["@/doi-tac/jeollanam-do.md"]` (cần dấu ngoặc kép vì có ký tự `@`)
           *[no] viết ví dụ `{ $field }: "@/doi-tac/jeollanam-do.md"` (cần dấu ngoặc kép vì có ký tự `@`)
        }
        [money] viết `{ $field }: { "{" } amount: 1500, unit: billion, currency: VND { "}" }` (tức 1.500 tỷ đồng)
        [point] viết `{ $field }: { "{" } lat: 9.78, lon: 105.47 { "}" }`
        [coordinate] viết thành một con số với dấu chấm thập phân, ví dụ `lat: 9.78` hoặc `lon: 105.47`
        [amount] { $case ->
            [one] viết số không có dấu ngăn cách: `amount: { $amount }`
            [two] viết số không có dấu ngăn cách: `amount: { $vi }` (theo cách viết tiếng Việt) hoặc `amount: { $en }` (theo cách viết tiếng Anh)
           *[example] viết số không có dấu ngăn cách, ví dụ `amount: 1500`
        }
       *[number] { $case ->
            [separators] viết con số không có dấu ngăn cách hàng nghìn và không kèm đơn vị, ví dụ `{ $field }: 5200` hoặc `{ $field }: 12.5` (YAML dùng dấu chấm làm dấu thập phân)
           *[plain] viết ví dụ `{ $field }: 5200`, không có dấu ngoặc kép và không kèm đơn vị
        }
    }

## Số liệu

number-thousands-dot = `{ $written }` có thể là { $case ->
        [money] { $thousands_vi }
       *[number] { $vi }
    } (dấu chấm ngăn cách hàng nghìn, theo cách viết tiếng Việt) hoặc { $case ->
        [money] { $decimal_vi }
       *[number] { $en_whole },{ $en_fraction }
    } (dấu chấm là dấu thập phân, theo cách YAML đọc)
    .code = E0201
    .help = viết `{ $field }: { $vi }` nếu là { $case ->
        [money] { $thousands_vi }
       *[number] { $vi }
    }, hoặc `{ $field }: { $en_whole }.{ $en_fraction }` nếu là { $case ->
        [money] { $decimal_vi }
       *[number] { $en_whole },{ $en_fraction }
    }: số trong YAML không có dấu ngăn cách hàng nghìn{ $case ->
        [money] . Trang tiếng Anh khi đó ghi { $thousands_en } hoặc { $decimal_en }
       *[number] { "" }
    }
area-negative = `{ $field }` là diện tích tính bằng héc-ta nên không thể là số âm
    .code = E0202
    .help = viết diện tích không có dấu trừ, ví dụ `{ $field }: 5200`

## Địa chỉ web và email

url-invalid = `{ $value }` không phải là một địa chỉ web
    .code = E0203
    .help = viết đầy đủ địa chỉ, bắt đầu bằng `https://`
email-invalid = `{ $value }` không phải là một địa chỉ email
    .code = E0204
    .help = viết như `ten@example.org`

## Nhóm trường

group-unknown-field = `{ $key }` không phải là một trường của `{ $field }`
    .code = E0205
    .help = { $near ->
        [none] các trường của nó là { $fields }
       *[other] có phải ý bạn là `{ $near }`?
    }
part-missing = `{ $field }` chưa có `{ $part }`
    .code = E0206
    .help = { $case ->
        [money] viết `{ $field }: { "{" } amount: 1500, unit: billion, currency: VND { "}" }` (tức 1.500 tỷ đồng)
        [point] viết `{ $field }: { "{" } lat: 9.78, lon: 105.47 { "}" }`
       *[group] thêm `{ $part }: …`
    }

## Tham chiếu đến trang khác

reference-form = `{ $value }` phải chỉ đến một trang theo dạng `@/section/page.md`
    .code = E0207
    .help = viết ví dụ `"@/doi-tac/jeollanam-do.md"` (cần dấu ngoặc kép vì có ký tự `@`)
reference-wrong-type = `{ $value }` là một trang kiểu `{ $type }`, nhưng `{ $field }` phải chỉ đến các trang kiểu `{ $wanted }`
    .code = E0208
    .help = chỉ đến một trang kiểu `{ $wanted }` ở đây
reference-missing = không có trang `content/{ $path }`
    .code = E0209
    .help = { $near ->
        [none] kiểm tra lại cách viết: đường dẫn chỉ đến tệp của trang trong `content/`, kèm thư mục (`@/doi-tac/jeollanam-do.md` là tệp `content/doi-tac/jeollanam-do.md`)
       *[other] có phải ý bạn là `@/{ $near }`?
    }
reference-draft = `content/{ $path }` là bản nháp và không được xuất bản
    .code = E0210
    .help = xuất bản trang đó (bỏ dòng `draft: true`) hoặc chạy bản dựng với `--drafts`

## Số tiền

money-as-text = `{ $field }` đang được viết dưới dạng văn bản, `{ $text }`: outreach tự trình bày số tiền theo từng ngôn ngữ
    .code = E0211
    .help = viết `{ $field }: { "{" } amount: { $amount }, unit: { $unit }, currency: { $currency } { "}" }`; khi đó trang tiếng Việt ghi { $shown_vi }, trang tiếng Anh ghi { $shown_en }
money-comma-split = `{ $written }` có dấu phẩy ở giữa số, nên YAML đọc thành hai thứ riêng
    .code = E0212
    .help = viết số không có dấu ngăn cách: `{ $key }: { $en }` (nếu dấu phẩy ngăn cách hàng nghìn, như cách viết tiếng Anh) hoặc `{ $key }: { $vi }` (nếu dấu phẩy là dấu thập phân, như cách viết tiếng Việt)
money-unit = `unit` phải là { $units }
    .code = E0213
    .help = { $near ->
        [none] { "" }
       *[other] có phải ý bạn là `{ $near }`? { ""}
    }`thousand` là nghìn, `million` là triệu, `billion` là tỷ: 1.500 tỷ đồng là `{ "{" } amount: 1500, unit: billion, currency: VND { "}" }`
money-currency = `currency` phải là mã tiền tệ gồm ba chữ cái, như `VND` hoặc `USD`
    .code = E0214
    .help = { $near ->
        [none] viết mã bằng chữ in hoa: `currency: VND` cho tiền đồng, `currency: USD` cho đô la Mỹ
       *[other] viết `currency: { $near }`, bằng chữ in hoa
    }
money-unknown-part = một số tiền không có `{ $part }`
    .code = E0215
    .help = { $near ->
        [none] số tiền có `amount` (giá trị), `unit` (đơn vị: nghìn, triệu, tỷ) và `currency` (loại tiền)
       *[other] có phải ý bạn là `{ $near }`?
    }
amount-negative = `amount` không thể là số âm
    .code = E0216
    .help = viết số tiền không có dấu trừ
amount-too-precise = `{ $amount }` có nhiều chữ số thập phân hơn mức { $code } có thể trả được: đơn vị tiền nhỏ nhất của { $code } là { $coin ->
        [none] 1 { $code }
       *[cents] 1/{ $per } { $code }
    }
    .code = E0217
    .help = làm tròn số tiền đến { $allowed } chữ số thập phân, hoặc viết nó theo một `unit` nhỏ hơn

## Vị trí trên bản đồ

# Tiếng Việt không chia số ít, số nhiều: `[1]` chọn đúng số 1.
geo-decimal-comma = { $written } có dấu phẩy thập phân, nên YAML đọc { $count ->
        [1] nó
       *[other] mỗi số
    } thành hai thứ riêng
    .code = E0218
    .help = viết dấu chấm thập phân: `{ $fixed }`
geo-unknown-part = một điểm trên bản đồ không có `{ $part }`
    .code = E0219
    .help = điểm có `lat` (vĩ độ) và `lon` (kinh độ)
geo-out-of-range = `{ $part }` phải nằm trong khoảng từ -{ $limit } đến { $limit }
    .code = E0220
    .help = `lat` là vĩ độ (từ -90 đến 90) và `lon` là kinh độ (từ -180 đến 180): Vị Thanh ở `lat: 9.78, lon: 105.47`

## Kiểu nội dung và bản dịch

type-unknown = không có kiểu nội dung `{ $name }`
    .code = E0221
    .help = { $near ->
        [none] các kiểu nội dung là { $types }
       *[other] có phải ý bạn là `{ $near }`?
    }
fact-written-per-language = `{ $key }` giống nhau trong mọi ngôn ngữ, nên chỉ viết một lần, không viết dưới dạng `{ "{" } vi: …, en: … { "}" }`
    .code = E0222
    .help = viết một giá trị: `{ $key }: …`
fact-in-translation = { $case ->
        [differs] `{ $key }` giống nhau trong mọi ngôn ngữ, nhưng bản dịch này ghi một giá trị khác với `{ $source }`
       *[absent] `{ $key }` giống nhau trong mọi ngôn ngữ, nên phải viết trong `{ $source }`, không viết trong bản dịch
    }
    .code = E0223
    .help = xóa `{ $key }` ở đây: bản dịch lấy giá trị này từ bản gốc

## Tệp kiểu nội dung (themes/…/types/*.yaml)

schema-unknown-setting = tệp kiểu nội dung không có thiết lập `{ $setting }`
    .code = E0224
    .help = { $near ->
        [none] các thiết lập ở đây là { $settings }
       *[other] có phải ý bạn là `{ $near }`?
    }
kind-unknown = không có loại trường `{ $kind }`
    .code = E0225
    .help = { $near ->
        [none] các loại trường là { $kinds }
       *[other] có phải ý bạn là `{ $near }`?
    }
kind-missing = trường `{ $field }` chưa có `kind`
    .code = E0226
    .help = thêm một dòng như `kind: text` (hoặc number, date, enum, list, money, area, geo, reference…)
kind-of-core-field = `{ $field }` là một trường có sẵn của outreach và luôn thuộc loại `{ $kind }`
    .code = E0227
    .help = bỏ `kind` của trường này
enum-no-values = một trường `enum` cần có danh sách giá trị được phép `values`
    .code = E0228
    .help = thêm `values:`, mỗi giá trị một dòng, ví dụ `agriculture: { "{" } vi: Nông nghiệp, en: Agriculture { "}" }`
decimals-not-figure = `decimals` chỉ làm tròn các trường `number` và `area`
    .code = E0229
    .help = bỏ `decimals` ở đây: các số liệu khác được xuất bản đúng như đã viết
group-no-fields = một trường `group` cần có các trường con `fields`
    .code = E0230
    .help = thêm `fields:`, mỗi trường một dòng, ví dụ `title: { "{" } kind: text { "}" }`
reference-type-unknown = trường `{ $field }` chỉ đến các trang kiểu `{ $target }`, nhưng không có kiểu nội dung đó
    .code = E0231
    .help = { $near ->
        [none] các kiểu là { $types }
       *[other] có phải ý bạn là `{ $near }`? Các kiểu là { $types }
    }

## Các mục của phân loại

term-same-label = hai giá trị `{ $first }` và `{ $second }` của `{ $field }` có cùng một nhãn trong { $language }, `{ $label }`, nên trang của hai mục này sẽ trùng địa chỉ `{ $url }`
    .code = E0232
    .help = đặt cho mỗi giá trị một nhãn riêng
term-no-letters = `{ $text }` không có chữ cái hay chữ số nào, nên không thể là một mục của `{ $taxonomy }`: mục này bị bỏ qua
    .code = W0200
    .help = xóa nó, hoặc viết mục bằng chữ
term-clash = `{ $wrong }` và `{ $right }` là hai mục của `{ $taxonomy }` có cùng một địa chỉ, `{ $url }`
    .code = E0233
    .help = viết `{ $field }: { $right }` như trang kia, hoặc một mục khác
term-spelling = `{ $text }` được liệt kê là `{ $first }`, theo cách viết của trang đầu tiên có mục này của `{ $taxonomy }` (cả hai đều tạo ra `{ $url }`)
    .code = W0201
    .help = ở đây cũng viết `{ $first }`, hoặc sửa cả hai, để mục này được viết giống nhau trên mọi trang

## Địa chỉ của các trang danh sách

static-clash = tệp này sẽ được xuất bản tại `/{ $rel }` và thay thế { $page ->
        [page] trang { $language } của `{ $file }`
        [search] trang tìm kiếm
       *[listing] { $paged ->
            [yes] trang { $number } của { "" }
           *[no] { "" }
        }{ $listing ->
            [sorted] danh sách của `{ $file }` xếp theo `{ $sort }`
            [index] danh sách mọi mục của `{ $taxonomy }`
            [term] trang của mục `{ $label }` trong `{ $taxonomy }`
           *[section] danh sách của `{ $file }`
        }
    }
    .code = E0234
    .help = đổi tên hoặc xóa tệp này; muốn sửa trang thì sửa tệp nội dung hoặc mẫu (template) của trang
search-page-clash = trang này và trang tìm kiếm cùng muốn dùng địa chỉ `{ $url }`
    .code = E0235
    .help = đặt cho trang một `slug:` khác, hoặc đổi `search.path` trong site.yaml
search-index-clash = địa chỉ `{ $url }` nằm trong `/search/{ $code }/`, thư mục mà bản dựng ghi chỉ mục tìm kiếm `{ $code }` vào
    .code = E0236
    .help = đặt cho trang (hoặc chuyên mục của nó) một `slug:` hoặc `path:` khác
listing-page-clash = trang này và { $paged ->
        [yes] trang { $number } của { "" }
       *[no] { "" }
    }{ $listing ->
        [sorted] danh sách của `{ $file }` xếp theo `{ $sort }`
        [index] danh sách mọi mục của `{ $taxonomy }`
        [term] trang của mục `{ $label }` trong `{ $taxonomy }`
       *[section] danh sách của `{ $file }`
    } cùng muốn dùng địa chỉ `{ $url }`
    .code = E0237
    .help = { $field ->
        [none] đổi tên tệp của trang, hoặc đặt cho nó một `slug:` riêng
       *[other] đặt cho trang một `{ $field }:` khác
    }{ $taxonomy_slug ->
        [yes] , hoặc đổi `slug` của phân loại trong site.yaml
       *[no] { "" }
    }
listings-clash = { $paged ->
        [yes] trang { $number } của { "" }
       *[no] { "" }
    }{ $listing ->
        [sorted] danh sách của `{ $file }` xếp theo `{ $sort }`
        [index] danh sách mọi mục của `{ $taxonomy }`
        [term] trang của mục `{ $label }` trong `{ $taxonomy }`
       *[section] danh sách của `{ $file }`
    } và { $other_paged ->
        [yes] trang { $other_number } của { "" }
       *[no] { "" }
    }{ $other ->
        [sorted] danh sách của `{ $other_file }` xếp theo `{ $other_sort }`
        [index] danh sách mọi mục của `{ $other_taxonomy }`
        [term] trang của mục `{ $other_label }` trong `{ $other_taxonomy }`
       *[section] danh sách của `{ $other_file }`
    } cùng muốn dùng địa chỉ `{ $url }`
    .code = E0238
    .help = đặt cho chuyên mục một `slug:` khác, hoặc sắp xếp danh sách của nó theo một trường khác
