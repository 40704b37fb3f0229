# files messages (vi). Codes: see the ranges in src/messages/mod.rs.

## Thư mục của trang web: liên kết, thư mục, những gì không đọc được

content-is-folder = đây là một thư mục, nhưng ở đây cần một tệp
    .code = E0801
    .help = xóa hoặc đổi tên thư mục đó
content-link-outside = { $link ->
        [link] đây là một liên kết tượng trưng (symbolic link)
       *[through] đường dẫn này đi qua một liên kết tượng trưng (symbolic link)
    } trỏ đến `{ $target }`{ $resolved ->
        [same] { "" }
       *[other] { " " }(tức là `{ $real }`)
    }, nằm ngoài thư mục của trang web: outreach không bao giờ đọc hay xuất bản thứ gì từ bên ngoài trang web
    .code = E0802
    .help = sao chép tệp hoặc thư mục đó vào thư mục của trang web thay vì liên kết đến nó, hoặc xóa liên kết
content-link-dangling = đây là một liên kết tượng trưng (symbolic link){ $has_target ->
        [no] { "" }
       *[yes] { " " }trỏ đến `{ $target }`
    }, nhưng nơi nó trỏ đến không tồn tại
    .code = E0803
    .help = xóa liên kết, hoặc đặt tệp mà nó trỏ đến vào đúng chỗ đó
content-not-a-file = đây là { $kind ->
        [fifo] một ống dẫn có tên (named pipe, FIFO)
        [socket] một socket
        [device] một thiết bị
       *[other] một thứ không phải tệp cũng không phải thư mục
    }, không phải một tệp: outreach không bao giờ đọc nó
    .code = E0804
    .help = xóa nó khỏi thư mục của trang web
content-unreadable = không đọc được tệp: { $error }
    .code = E0805
    .help = kiểm tra xem tệp có ở đó không và bạn có quyền đọc nó không (đóng chương trình nào đang khóa tệp), rồi chạy lại `outreach build`
content-link-loop = liên kết tượng trưng (symbolic link) này vòng ngược về `{ $ancestor }`, nên thư mục sẽ lặp mãi không dứt
    .code = E0806
    .help = xóa liên kết, hoặc trỏ nó đến một thư mục không nằm trên đường dẫn chứa chính nó
content-entry-unreadable = không đọc được mục này trong thư mục: { $error }
    .code = E0807
    .help = kiểm tra xem thư mục có ở đó không và bạn có quyền đọc nó không, rồi chạy lại `outreach build`

## Tên tệp

file-misnamed = tệp này được đọc là { $what ->
        [translation] bản dịch { $language }
        [page] trang { $language }
       *[none] một trang
    }, nhưng tên của nó phải là `{ $right }`: { $txt ->
        [none] { "" }
       *[other] tên tệp kết thúc bằng `.txt`, phần mà Notepad tự thêm vào khi phần mở rộng của tên tệp bị ẩn
    }{ $after ->
        [next] { "; " }
       *[other] { "" }
    }{ $after ->
        [none] { "" }
       *[other] ngôn ngữ `{ $after_written }` phải đứng trước `.md`, không phải sau
    }{ $ext ->
        [next] { "; " }
       *[other] { "" }
    }{ $ext ->
        [none] { "" }
       *[other] { $ext_kind ->
            [case] phần mở rộng `{ $ext_written }` được viết bằng chữ hoa
           *[other] `{ $ext_written }` là phần mở rộng mà chương trình khác dùng cho Markdown
        }
    }{ $alias ->
        [next] { "; " }
       *[other] { "" }
    }{ $alias ->
        [none] { "" }
       *[other] ngôn ngữ được viết là `{ $alias_code }` (như trong site.yaml), không phải `{ $alias_written }`
    }
    .code = W0801
    .help = đổi tên tệp thành `{ $right }`{ $txt ->
        [none] { "" }
       *[other] ; trong File Explorer, trước hết hãy bật View → Show → File name extensions (Xem → Hiện → Phần mở rộng tên tệp), nếu không Windows vẫn giữ phần `.txt` bị ẩn
    }
file-stray-markdown = tệp này bị bỏ ra khỏi trang web: tên của nó có `.{ $suffix }` sau phần mở rộng Markdown, nên nó không phải là một trang, mà nội dung của một trang thì không bao giờ được xuất bản thành tệp
    .code = W0802
    .help = nếu đó là một trang, hãy đổi tên thành `{ $page_name }`; nếu đó là bản sao cũ, hãy chuyển nó ra khỏi `content/`
record-name-has-language = một trang dữ liệu `.yaml` chứa mọi ngôn ngữ trong một tệp, nên tên của nó không ghi ngôn ngữ
    .code = E0808
    .help = đổi tên tệp, bỏ `.{ $suffix }`, và viết các trường đã dịch dưới dạng `title: { "{" } vi: "…", en: "…" { "}" }`
record-name-is-index = chuyên mục hoặc thư mục trang được viết bằng Markdown (`_index.md`, `index.md`), không phải bằng một trang dữ liệu `.yaml`
    .code = E0809
    .help = đổi tên tệp, hoặc viết nó bằng Markdown có phần đầu (front matter)
file-language-capitals = ngôn ngữ trong tên tệp phải viết bằng chữ thường, nhưng ở đây là `{ $suffix }`
    .code = E0810
    .help = đổi tên tệp thành `{ $right }`
file-language-undeclared = tên tệp cho biết ngôn ngữ của nó là `{ $suffix }`, nhưng site.yaml không khai báo ngôn ngữ đó
    .code = E0811
    .help = khai báo `{ $suffix }` trong `languages:` ở site.yaml, hoặc đổi tên tệp (các ngôn ngữ là { $languages })
file-index-at-top = `index.md` nằm ngay trong content/ sẽ là một trang không có tên
    .code = E0812
    .help = trang chủ là `content/_index.md`

## Trang: trang chủ, phần đầu, các bản dịch của một trang

home-page-missing = trang web chưa có trang chủ: thiếu tệp `content/_index.md`
    .code = E0813
    .help =
        hãy tạo tệp đó với một tiêu đề, ví dụ
        ---
        title: Trang chủ
        ---
translation-empty = bản dịch { $language } này đang trống, nên trang của nó hiển thị bản gốc { $default }
    .code = W0803
    .help = viết bản dịch vào tệp này, hoặc xóa tệp
front-matter-unclosed = phần đầu (front matter) mở bằng `---` ở dòng 1 không bao giờ được đóng lại
    .code = E0814
    .help = thêm một dòng chỉ có `---` sau trường cuối cùng
page-version-twice = tệp này và `{ $other }` đều là bản { $language } của cùng một trang
    .code = E0815
    .help = giữ lại một trong hai; một trang được viết là `name.md` hoặc `name/index.md`, mỗi ngôn ngữ một lần
page-kinds-differ = tệp này và tệp bằng ngôn ngữ mặc định thuộc hai loại khác nhau (một trang và một thư mục trang)
    .code = E0816
    .help = viết cả hai dưới dạng `name.md` / `name.en.md`, hoặc cả hai dưới dạng `name/index.md` / `name/index.en.md`
page-image-not-in-site = không có tệp `{ $image }` trong trang web
    .code = E0817
    .help = đặt ảnh vào `static/` (cho địa chỉ `/…`) hoặc cạnh trang, rồi viết tên của nó
page-image-not-beside = không có tệp `{ $name }` cạnh trang này cho `image:`, nên khi chia sẻ trang sẽ không có ảnh
    .code = E0818
    .help = { $near ->
        [none] đặt ảnh cạnh trang (một trang viết dưới dạng `name/index.md` có thư mục riêng), hoặc ghi địa chỉ của ảnh bắt đầu bằng `/`
        [case] có phải ý bạn là `{ $near_name }`? Tên tệp được xuất bản phải khớp cả chữ hoa, chữ thường
       *[other] có phải ý bạn là `{ $near_name }`?
    }
address-refused = { $field ->
        [slug] slug
       *[path] đường dẫn (path)
    } `{ $value }` { $reason ->
        [nul] chứa ký tự NUL
        [backslash] chứa dấu gạch chéo ngược `\`
        [dots] chứa `..` hoặc `.`, sẽ ra khỏi thư mục của nó
        [address] là một địa chỉ web, không phải đường dẫn trong trang web
        [slash] chứa `/`; slug chỉ là một phần của địa chỉ (dùng `path:` cho cả một đường dẫn)
        [empty] đang để trống; trang chủ là `content/_index.md`
       *[long] tạo ra một phần địa chỉ dài { $length } ký tự (`{ $start }…`); tên thư mục an toàn dài tối đa { $max } ký tự
    }
    .code = E0819
    .help = { $field ->
        [slug] viết một từ, hoặc các từ nối với nhau bằng `-`, ví dụ `slug: dau-tu`
       *[path] viết một đường dẫn trong trang web, ví dụ `path: gioi-thieu/lich-su`
    }
asset-at-page-address = tệp này sẽ được xuất bản tại `{ $url }`, là địa chỉ của trang { $language } `{ $page }`
    .code = E0820
    .help = đổi tên tệp, hoặc chuyển nó ra khỏi `content/` nếu nó không thuộc trang web
address-clash = { $one_language ->
        [yes] trang { $language } này
       *[no] trang này
    } và `{ $other }` cùng muốn dùng địa chỉ `{ $url }`{ $more ->
        [0] { "" }
        [1] { " " }(và `{ $url2 }` trong bản { $language2 })
       *[other] { " " }(và `{ $url2 }` trong bản { $language2 }, cùng { $rest } địa chỉ khác)
    }
    .code = E0821
    .help = { $blamed ->
        [file] đổi tên tệp này, hoặc đặt cho trang một `slug:` riêng
       *[field] sửa `{ $field }:` này để trang có địa chỉ riêng, hoặc xóa nó để dùng tên tệp
    }

## Phần đầu: mỗi trường riêng của outreach nhận loại giá trị nào

record-not-fields = một trang dữ liệu là danh sách các dòng `field: value` (trường: giá trị), nhưng tệp này là { $kind ->
        [empty] trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [integer] một số nguyên
        [text] văn bản
        [list] một danh sách
        [mapping] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0822
    .help = viết mỗi trường một dòng, ví dụ `title: { "{" } vi: "…", en: "…" { "}" }`
front-matter-not-fields = phần đầu (front matter) phải là danh sách các dòng `field: value` (trường: giá trị), nhưng ở đây là { $kind ->
        [empty] trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [integer] một số nguyên
        [text] văn bản
        [list] một danh sách
        [mapping] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0823
    .help = viết ví dụ `title: Hậu Giang` giữa hai dòng `---`
field-name-not-text = tên trường phải là chữ, nhưng `{ $name }` thì không
    .code = E0824
    .help = viết tên trường bằng một từ, ví dụ `title:`, rồi đến giá trị của nó
paginate-by-not-positive = `paginate_by` phải là một số nguyên lớn hơn 0
    .code = E0825
    .help = viết ví dụ `paginate_by: 10`
field-wrong-kind = `{ $key }` phải là { $expected ->
        [text] văn bản
        [bool] `true` hoặc `false`
        [integer] một số nguyên
       *[list] một danh sách
    }, nhưng ở đây là { $kind ->
        [empty] trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [integer] một số nguyên
        [text] văn bản
        [list] một danh sách
        [mapping] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0826
    .help = { $expected ->
        [text] { $kind ->
            [list] viết giá trị của `{ $key }` trên một dòng, đặt trong dấu ngoặc kép nếu có `[`, ví dụ `{ $key }: "…"`
            [mapping] dấu `:` trong giá trị sẽ mở đầu một trường mới; hãy đặt toàn bộ giá trị của `{ $key }` trong dấu ngoặc kép
           *[other] đặt giá trị của `{ $key }` trong dấu ngoặc kép: `{ $key }: "…"`
        }
        [bool] viết `{ $key }: true` hoặc `{ $key }: false`, không có dấu ngoặc kép
        [integer] viết ví dụ `{ $key }: 10`
       *[list] viết `{ $key }: [first, second]`
    }
date-wrong-kind = `{ $key }` phải là một ngày như 2018-03-13, nhưng ở đây là { $kind ->
        [empty] trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [integer] một số nguyên
        [text] văn bản
        [list] một danh sách
        [mapping] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0827
    .help = viết ngày theo năm-tháng-ngày, ví dụ `{ $key }: 2018-03-13`
list-item-not-text = mỗi mục của `{ $key }` phải là văn bản, nhưng mục này là { $kind ->
        [empty] trống
        [bool] có/không (true/false)
        [decimal] một số thập phân
        [integer] một số nguyên
        [text] văn bản
        [list] một danh sách
        [mapping] một nhóm trường
       *[tagged] một giá trị có thẻ (tag)
    }
    .code = E0828
    .help = viết mỗi mục bằng chữ, ví dụ `{ $key }: [first, second]`
sort-by-invalid = `sort_by` phải là { $values }
    .code = E0829
    .help = viết `sort_by: date`, `sort_by: title` hoặc `sort_by: weight`

## Địa chỉ cũ (`aliases:`), nguồn tin và trình đơn

alias-outside = địa chỉ cũ (alias) `{ $alias }` không phải là một địa chỉ trong trang web
    .code = E0830
    .help = viết địa chỉ cũ dưới dạng đường dẫn, ví dụ `/tin-tuc/2018/ke-hoach/`
alias-clash = địa chỉ cũ (alias) `{ $url }` { $own ->
        [yes] là địa chỉ của
       *[no] cần một thư mục `{ $place }/` ở chỗ outreach ghi ra
    } { $what ->
        [page-file] `{ $name }`
        [page-of] trang của `{ $name }`
        [listing] { $name }
        [marker] `{ $name }`, tệp giúp outreach nhận ra thư mục kết quả của nó
        [sitemap] sơ đồ trang (sitemap)
        [robots] `robots.txt`
        [picker] trang chọn ngôn ngữ ở gốc trang web
        [not-found] trang “không tìm thấy” của ngôn ngữ `{ $name }`
        [search-page] trang tìm kiếm của ngôn ngữ `{ $name }`
        [feed] nguồn tin (feed) của `{ $name }`
        [open-data] dữ liệu mở của `{ $name }`
        [asset] tệp `{ $name }`
        [search-index] một tệp của chỉ mục tìm kiếm
        [static-file] tệp `{ $name }` từ { $from ->
            [theme] `static/` của giao diện (theme)
           *[site] `static/` của trang web
        }
       *[static-folder] thư mục `{ $name }/` từ { $from ->
            [theme] `static/` của giao diện (theme)
           *[site] `static/` của trang web
        }
    }
    .code = E0831
    .help = { $taken ->
        [yes] địa chỉ cũ là địa chỉ mà không trang nào còn dùng; hãy xóa nó hoặc chuyển trang kia đi nơi khác
       *[no] hãy xóa địa chỉ cũ này: địa chỉ cũ là địa chỉ không còn thứ gì khác dùng đến, và một trang chuyển hướng ở đó sẽ thay thế thứ mà outreach ghi ra
    }
alias-twice = địa chỉ cũ (alias) `{ $url }` cũng là địa chỉ cũ của `{ $other }`
    .code = E0832
    .help = một địa chỉ cũ chỉ có thể đưa người đọc đến một trang: hãy xóa nó ở đây hoặc ở trang kia
feed-needs-date = trang này nằm trong một chuyên mục có nguồn tin (`feed: true`), nên cần có `date`
    .code = E0833
    .help = thêm một dòng `date: 2018-03-13` (năm-tháng-ngày) phía trên dòng `---` đóng phần đầu
menu-page-missing = trình đơn liên kết đến `content/{ $target }`, nhưng tệp đó không tồn tại
    .code = E0834
    .help = { $near ->
        [none] viết đường dẫn của một trang trong `content/`, ví dụ `page: "@/dau-tu/_index.md"`, hoặc xóa mục này khỏi trình đơn
       *[other] có phải ý bạn là `@/{ $near }`?
    }

## Thư mục kết quả

output-whole-disk = outreach từ chối ghi trang web vào `{ $path }`: outreach thay thế toàn bộ thư mục kết quả của nó
    .code = E0835
    .help = chọn một thư mục riêng bằng `--output`, ví dụ `--output output` (thư mục `output` trong thư mục của trang web)
output-holds-site = outreach từ chối ghi trang web vào `{ $path }`: thư mục đó chứa chính các tệp của trang web, mà outreach sẽ xóa khi ghi trang web
    .code = E0836
    .help = chọn một thư mục riêng bằng `--output`, ví dụ `--output output` (thư mục `output` trong thư mục của trang web)
output-in-sources = outreach từ chối ghi trang web vào `{ $path }`: thư mục đó nằm trong thư mục `{ $source }/` của trang web
    .code = E0837
    .help = chọn một thư mục bên ngoài `{ $source }/` bằng `--output`, ví dụ `--output output` (thư mục `output` trong thư mục của trang web)
output-not-outreachs = thư mục kết quả `{ $path }` có những tệp không do outreach ghi ra (nó không có tệp đánh dấu `{ $marker }`), nên outreach sẽ không thay thế nó
    .code = E0838
    .help = chuyển các tệp đó đi nơi khác, hoặc chọn một thư mục khác bằng `--output`
output-link-dangling = { $place ->
        [output] thư mục kết quả
       *[above] thư mục chứa thư mục kết quả
    } `{ $path }` là một liên kết tượng trưng (symbolic link) trỏ đến `{ $target }`, nhưng nơi đó không tồn tại
    .code = E0839
    .help = tạo thư mục mà liên kết trỏ đến, xóa liên kết, hoặc chọn một thư mục khác bằng `--output`
output-is-file = { $place ->
        [output] thư mục kết quả
       *[above] thư mục chứa thư mục kết quả
    } `{ $path }` là một tệp, không phải thư mục{ $link ->
        [no] { "" }
       *[yes] { " " }(một liên kết đến `{ $target }`)
    }
    .code = E0840
    .help = chuyển tệp đó đi nơi khác, hoặc chọn một thư mục khác bằng `--output`

## Thư mục của trang web

site-not-found = không có `{ $path }`: thư mục này không phải là một trang web outreach
    .code = E0841
    .help = chạy outreach trong thư mục của trang web, chỉ ra thư mục bằng `--root DIR`, hoặc tạo một trang web mới bằng `outreach init DIR`

## Trang được đọc lại trong lúc tạo trang web

body-changed = phần đầu (front matter) của tệp đã thay đổi trong lúc outreach đang tạo trang web; hãy chạy lại `outreach build`
    .code = E0842
body-unreadable = không đọc lại được tệp: { $error }
    .code = E0843
body-not-utf8 = tệp không còn là văn bản UTF-8
    .code = E0844

## Ghi chú dưới một thông báo (mã của chúng không được in ra)

note-address-asked = `{ $place }` { $case ->
        [field] yêu cầu địa chỉ đó bằng `{ $field }: { $value }`
        [folder] có địa chỉ đó từ tên thư mục của nó
       *[file] có địa chỉ đó từ tên tệp của nó
    }
    .code = M0801
note-same-alias = `{ $place }` cũng có địa chỉ cũ (alias) này
    .code = M0802
