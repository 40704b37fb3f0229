# images messages (vi). Codes: see the ranges in src/messages/mod.rs.
# E0400–E0449 dành cho ảnh bìa; ảnh trong trang là E0450–E0499, W0450–W0499.

## Ảnh không đọc, đổi cỡ hoặc lưu được

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
