# yaml messages (vi). Codes: see the ranges in src/messages/mod.rs.
# Dấu ngoặc nhọn là chữ (không phải tham số) được viết { "{" } và { "}" }.

-too-deep-help = không có trang, tệp dữ liệu hay thiết lập nào cần nhiều cấp như vậy: hãy viết giá trị với ít cấp hơn

## Cú pháp YAML

yaml-too-deep = danh sách và nhóm trường ở đây lồng nhau sâu hơn { $max } cấp
    .code = E0100
    .help = { $case ->
        [brackets] { -too-deep-help }, hoặc, nếu các dấu ngoặc là chữ, hãy đặt cả giá trị trong dấu ngoặc kép
       *[nesting] { -too-deep-help }
    }
yaml-colon = dòng này có một dấu `:` mà YAML đọc là chỗ bắt đầu một trường khác
    .code = E0101
    .help = đặt giá trị trong dấu ngoặc kép, ví dụ `title: "Hậu Giang: cơ hội đầu tư"`
yaml-bad-character = dòng này có một ký tự YAML không đọc được ở chỗ này (thường là dấu tab, `@` hoặc dấu `` ` `` ở đầu giá trị)
    .code = E0102
    .help = thụt đầu dòng bằng dấu cách, không dùng tab, và đặt giá trị bắt đầu bằng `@` hoặc `` ` `` trong dấu ngoặc kép
yaml-not-aligned = dòng này không thẳng hàng với các trường xung quanh
    .code = E0103
    .help = kiểm tra phần thụt đầu dòng: các trường trong cùng một nhóm bắt đầu ở cùng một cột
yaml-quote-open = một giá trị mở dấu nháy nhưng chưa đóng
    .code = E0104
    .help = thêm dấu nháy đóng ở cuối giá trị
yaml-bracket-open = một danh sách `[…]` hoặc nhóm `{ "{" }…{ "}" }` chưa được đóng, hoặc có một ký tự thừa
    .code = E0105
    .help = kiểm tra các dấu ngoặc: mỗi `[` cần một `]` và mỗi `{ "{" }` cần một `{ "}" }`
yaml-duplicate = trường `{ $key }` được viết hai lần
    .code = E0106
    .help = giữ lại một trong hai dòng
yaml-alias-bomb = YAML này lặp lại bí danh (`*name`) nhiều đến mức sẽ phình ra không giới hạn
    .code = E0107
    .help = viết hẳn các giá trị ra thay vì lồng các bí danh vào nhau
yaml-alias-undefined = YAML này dùng một bí danh `*name` chưa được định nghĩa
    .code = E0108
    .help = định nghĩa mốc (anchor) bằng `&name` trước khi dùng nó, hoặc viết hẳn giá trị ra
yaml-unreadable = không đọc được YAML: { $reason }
    .code = E0109

## Thiết lập đọc vào cấu trúc của outreach (site.yaml, kiểu nội dung, shortcode)

setting-unknown = { $at ->
        [top] không có thiết lập `{ $name }`
       *[path] `{ $path }` không có thiết lập `{ $name }`
    }
    .code = E0110
    .help = { $case ->
        [near] có phải ý bạn là `{ $near }`?
        [none] hãy xóa nó
       *[list] các thiết lập ở đó là { $settings }
    }
setting-missing = { $at ->
        [top] thiếu thiết lập `{ $name }`
       *[path] `{ $path }` thiếu thiết lập `{ $name }`
    }
    .code = E0111
    .help = thêm `{ $name }: …`
setting-not-allowed = { $at ->
        [top] giá trị này
       *[path] `{ $path }`
    } không thể là `{ $value }`
    .code = E0112
    .help = viết { $choices }
setting-wrong-kind = { $at ->
        [top] giá trị này
       *[path] `{ $path }`
    } phải là { $expected ->
        [text] văn bản
        [bool] `true` hoặc `false`
        [list] một danh sách
        [group] một nhóm trường
        [count] một số nguyên (từ 0 trở lên)
        [whole] một số nguyên
        [number] một số
        [word] một từ
        [enum] một trong các giá trị được phép
       *[other] { $expected_raw }
    }, không phải { $found ->
        [bool] có/không (`{ $value }`)
        [number] số `{ $value }`
        [text] văn bản { $value }
        [empty] giá trị trống
        [list] một danh sách
        [group] một nhóm trường
        [tagged] một giá trị có thẻ (tag)
       *[other] { $value }
    }
    .code = E0113

## Văn bản dán từ Word và trang web

value-invisible-around = `{ $value }` có { $char ->
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
    } ở đầu hoặc cuối, có lẽ được dán từ Word hoặc một trang web; outreach đọc giá trị mà bỏ ký tự đó đi
    .code = W0100
    .help = xóa ký tự vô hình cạnh `{ $value }`
value-curly-quotes = `{ $value }` nằm trong dấu ngoặc kép cong, mà YAML không đọc là dấu ngoặc: chúng được xuất bản như một phần của nội dung
    .code = W0101
    .help = viết dấu ngoặc kép thẳng, `"{ $inner }"`, hoặc bỏ hẳn dấu ngoặc
list-as-text = `{ $key }` là một danh sách, nhưng ở đây được viết thành một đoạn văn bản: nó được đọc thành { $count } mục, tách nhau bởi { $separators ->
        [both] dấu phẩy và dấu chấm phẩy
        [semicolons] dấu chấm phẩy
       *[commas] dấu phẩy
    }
    .code = W0102
    .help = viết nó thành danh sách: `{ $key }: { $list }` (nếu đó là một mục có dấu phẩy bên trong, hãy đặt nó trong dấu ngoặc kép bên trong dấu ngoặc vuông: `{ $key }: { $whole }`)

## Địa chỉ outreach không xuất bản

url-data = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }{ $use ->
        [image] ảnh này là một địa chỉ `data:` nhưng không phải ảnh: trình duyệt có thể chạy nó như một trang có mã lệnh (script)
       *[link] liên kết này là một địa chỉ `data:`: trình duyệt mở nó như một trang có thể chạy mã lệnh (script)
    }
    .code = E0120
    .help = đặt tệp cạnh trang và liên kết đến nó bằng tên tệp, ví dụ `ban-do.svg`
url-this-computer = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }`{ $url }` là một địa chỉ trên chính máy tính này (có lẽ là bản xem trước): người đọc không mở được
    .code = E0121
    .help = liên kết đến trang bằng tệp của nó, ví dụ `@/lien-he.md`, hoặc đến một tệp cạnh trang bằng tên tệp
url-script = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }một địa chỉ `{ $scheme }:` chạy mã lệnh (script) trong trình duyệt của người đọc, nên outreach không bao giờ xuất bản nó
    .code = E0122
    .help = liên kết đến một trang bằng `https://…`, hoặc đến một trang của trang web bằng `@/…`; mã lệnh thuộc về giao diện (theme), không thuộc về nội dung
url-file = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }một địa chỉ `file:` là một tệp trên máy tính của người viết, người đọc không mở được
    .code = E0123
    .help = đặt tệp cạnh trang và liên kết đến nó bằng tên tệp, ví dụ `ke-hoach.pdf`
url-drive = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }đây là một tệp trên máy tính (`{ $drive }:\…`), người đọc không mở được
    .code = E0124
    .help = đặt tệp cạnh trang và liên kết đến nó bằng tên tệp, ví dụ `ke-hoach.pdf`
url-scheme-unknown = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }`{ $scheme }:` không phải là loại địa chỉ outreach xuất bản: liên kết có thể là đường dẫn tương đối, `@/…`, hoặc bắt đầu bằng `https:`, `http:`, `mailto:` hay `tel:`
    .code = E0125
    .help = nếu liên kết `{ $scheme }:` an toàn và người đọc cần đến, hãy thêm `url_schemes: [{ $scheme }]` vào site.yaml
