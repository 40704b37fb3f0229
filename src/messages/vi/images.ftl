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

## Ảnh không đọc, đổi cỡ hoặc lưu được (ảnh: E0450–E0499, W0450–W0499)

photo-unreadable = không đọc được `{ $shown }`: { $error }
    .code = E0450
    .help = kiểm tra xem tệp có ở đó không và có đọc được không
photo-cache-unwritable = không lưu được ảnh đã đổi cỡ vào thư mục đệm (cache) `{ $cache }`: { $error }
    .code = E0451
    .help = kiểm tra xem thư mục của trang web có ghi được không và ổ đĩa còn chỗ trống không
photo-resize-failed = không đổi cỡ được `{ $shown }`: { $error }
    .code = E0452
    .help = mở ảnh bằng một chương trình sửa ảnh và lưu lại dưới dạng JPEG hoặc PNG

## Định dạng outreach không xuất bản

photo-unsupported = `{ $name }` là { $kind ->
        [heic] một ảnh HEIC (định dạng iPhone dùng để lưu ảnh), mà phần lớn trình duyệt không hiển thị được
        [avif] một ảnh AVIF, mà outreach chưa đọc được
        [raw] một tệp ảnh gốc (raw) của máy ảnh, mà trình duyệt không hiển thị được
       *[other] một ảnh { $format }, mà không phải trình duyệt nào cũng hiển thị được
    }{ $named_so ->
        [yes] { "" }
       *[no] , dù tên của nó kết thúc bằng `.{ $extension }`
    }
    .code = E0453
    .help = { $kind ->
        [heic] chuyển ảnh sang JPEG và đặt `{ $stem }.jpg` vào chỗ của nó: trên máy Mac, mở ảnh bằng Preview rồi chọn File → Export → JPEG (hoặc chạy `sips -s format jpeg { $name } --out { $stem }.jpg`); trên Windows, mở ảnh bằng Photos rồi lưu một bản sao dạng JPEG; trên Linux, chạy `heif-convert { $name } { $stem }.jpg`. Muốn iPhone lưu ảnh JPEG ngay từ đầu, chọn Settings → Camera → Formats → Most Compatible (Cài đặt → Camera → Định dạng → Tương thích nhất)
        [avif] chuyển ảnh sang JPEG (ảnh chụp) hoặc PNG (hình vẽ), ví dụ `avifdec { $name } { $stem }.png`, hoặc xuất lại từ chương trình đã tạo ra nó
        [raw] xuất ảnh dạng JPEG bằng phần mềm của máy ảnh hoặc một chương trình sửa ảnh
       *[other] lưu ảnh dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, ảnh chụp màn hình), ví dụ `magick { $name } { $stem }.jpg`, hoặc bằng “Save as” (Lưu thành) trong một chương trình sửa ảnh
    }

## Ảnh bị hỏng

photo-damaged = không đọc được `{ $name }` dưới dạng { $what ->
        [jpeg] ảnh JPEG
        [png] ảnh PNG
        [webp] ảnh WebP
       *[image] ảnh
    } ({ $reason ->
        [no-format] các byte đầu của nó không thuộc định dạng ảnh nào
        [no-pixels] ảnh không có điểm ảnh nào
       *[other] { $error }
    }): tệp bị hỏng hoặc mới chỉ được sao chép một phần
    .code = E0454
    .help = mở ảnh bằng một chương trình xem ảnh; nếu ảnh không hiện đầy đủ, hãy sao chép lại từ máy ảnh hoặc điện thoại, hoặc xuất lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ) với tên `{ $stem }.jpg` hoặc `{ $stem }.png`
photo-cut-off = không mở được `{ $name }` (tệp dừng lại trước khi hết ảnh): tệp bị hỏng hoặc mới chỉ được sao chép một phần
    .code = E0455
    .help = mở ảnh bằng một chương trình xem ảnh; nếu ảnh không hiện đầy đủ, hãy sao chép lại từ máy ảnh hoặc điện thoại, hoặc xuất lại với tên `{ $stem }.jpg`
photo-undecodable = không mở được `{ $name }` ({ $error }): tệp bị hỏng hoặc mới chỉ được sao chép một phần
    .code = E0456
    .help = mở ảnh bằng một chương trình xem ảnh; nếu ảnh không hiện đầy đủ, hãy sao chép lại từ máy ảnh hoặc điện thoại, hoặc xuất lại dưới dạng JPEG

## Ảnh quá lớn để mở

photo-too-many-pixels = `{ $name }` có { $width } × { $height } điểm ảnh ({ $megapixels } megapixel), vượt mức { $max } megapixel mà outreach cho phép mở, nên ảnh không được mở
    .code = E0457
    .help = thu nhỏ ảnh trước khi đưa vào (không màn hình nào hiển thị quá khoảng 4000 điểm ảnh theo chiều ngang), hoặc tăng `images: { "{" } max_megapixels: … { "}" }` trong site.yaml
