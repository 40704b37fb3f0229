# images messages (vi). Codes: see the ranges in src/messages/mod.rs.

## Ảnh bìa: kiểu trường `image` (E0400–E0449)

cover-not-a-map = `{ $field }` là một ảnh: hãy viết tệp ảnh và lời mô tả ảnh thành hai phần, `file:` và `alt:`
    .code = E0400
    .help = ví dụ `{ $field }: { "{" } file: anh-toan-canh.jpg, alt: "Toàn cảnh khu công nghiệp" { "}" }`, với tệp ảnh đặt cạnh trang
cover-unknown-part = ảnh không có phần `{ $part }`
    .code = E0401
    .help = { $near ->
        [none] một ảnh có các phần { $parts }
       *[other] có phải ý bạn là `{ $near }`?
    }
cover-no-file = ảnh `{ $field }` chưa có tệp
    .code = E0402
    .help = viết tên tệp ảnh sau `file:`, ví dụ `file: anh-toan-canh.jpg`, và đặt tệp ảnh cạnh trang
cover-part-not-text = phần `{ $part }` của ảnh phải là chữ
    .code = E0403
    .help = viết trong dấu ngoặc kép, ví dụ `{ $part }: "…"`
cover-decorative-not-yes-no = `decorative` phải là `true` hoặc `false`
    .code = E0404
    .help = chỉ viết `decorative: true` cho ảnh trang trí, không mang thông tin người đọc cần
cover-no-alt = ảnh `{ $field }` chưa có lời mô tả (alt), là phần người không xem được ảnh và công cụ tìm kiếm đọc thay cho ảnh
    .code = E0405
    .help = viết ảnh cho thấy gì sau `alt:`, bằng ngôn ngữ của trang này, ví dụ `alt: "Cánh đồng lúa ở Vị Thanh"`; ảnh chỉ để trang trí thì viết `decorative: true`
cover-words-language = `{ $code }` không phải là ngôn ngữ của trang web, nên phần `{ $part }` này không hiện ở trang nào
    .code = E0406
    .help = viết chữ theo từng ngôn ngữ với mã { $codes }
cover-focus-shape = điểm lấy nét phải là hai số, `[x, y]`
    .code = E0407
    .help = viết `focus: [x, y]`, x theo chiều ngang và y theo chiều dọc tính từ góc trên bên trái, mỗi số từ 0 đến 1: `[0.5, 0.5]` là chính giữa
cover-focus-outside = điểm lấy nét `{ $focus }` nằm ngoài ảnh
    .code = E0408
    .help = x và y mỗi số từ 0 đến 1, tính từ góc trên bên trái: `[0, 0]` là góc trên bên trái, `[1, 1]` là góc dưới bên phải, `[0.5, 0.5]` là chính giữa
cover-file-missing = { $case ->
        [site] không có tệp `{ $file }` trong trang web
       *[bundle] không có tệp `{ $file }` cạnh trang này
    }
    .code = E0409
    .help = { $near ->
        [none] đặt tệp ảnh cạnh trang (trang viết dưới dạng `ten-trang/index.md` có thư mục riêng), hoặc đặt trong `static/` và viết địa chỉ bắt đầu bằng `/`
        [case] có phải ý bạn là `{ $near_name }`? Tên tệp được xuất bản phải đúng cả chữ hoa, chữ thường
       *[other] có phải ý bạn là `{ $near_name }`?
    }
cover-file-not-photo = `{ $file }` không phải là ảnh mà outreach có thể dùng làm ảnh bìa
    .code = E0410
    .help = dùng tệp JPEG, PNG hoặc WebP
