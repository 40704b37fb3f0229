# images messages (en). Codes: see the ranges in src/messages/mod.rs.

## Covers: the `image` field kind (E0400–E0449)

cover-not-a-map = `{ $field }` is a photo: write its file and its alt text as two parts, `file:` and `alt:`
    .code = E0400
    .help = for example `{ $field }: { "{" } file: anh-toan-canh.jpg, alt: "Toàn cảnh khu công nghiệp" { "}" }`, with the photo beside the page
cover-unknown-part = a photo has no part `{ $part }`
    .code = E0401
    .help = { $near ->
        [none] a photo has the parts { $parts }
       *[other] did you mean `{ $near }`?
    }
cover-no-file = the photo `{ $field }` has no file
    .code = E0402
    .help = write the photo's file name after `file:`, e.g. `file: anh-toan-canh.jpg`, and put the photo beside the page
cover-part-not-text = `{ $part }` of a photo must be text
    .code = E0403
    .help = write it in quotes, e.g. `{ $part }: "…"`
cover-decorative-not-yes-no = `decorative` must be `true` or `false`
    .code = E0404
    .help = write `decorative: true` only for a photo that shows nothing a reader needs
cover-no-alt = the photo `{ $field }` has no alt text, which is what people who cannot see it and search engines read instead
    .code = E0405
    .help = write what the photo shows after `alt:`, in this page's language, e.g. `alt: "Cánh đồng lúa ở Vị Thanh"`; a photo that is only decoration takes `decorative: true` instead
cover-words-language = `{ $code }` is not one of the site's languages, so this `{ $part }` is shown on no page
    .code = E0406
    .help = write the text per language with the codes { $codes }
cover-focus-shape = the focal point must be two numbers, `[x, y]`
    .code = E0407
    .help = write `focus: [x, y]`, x across and y down from the top left, each from 0 to 1: `[0.5, 0.5]` is the middle
cover-focus-outside = the focal point `{ $focus }` is outside the photo
    .code = E0408
    .help = x and y are each from 0 to 1, measured from the top left: `[0, 0]` is the top left corner, `[1, 1]` the bottom right, `[0.5, 0.5]` the middle
cover-file-missing = { $case ->
        [site] there is no file `{ $file }` in the site
       *[bundle] there is no file `{ $file }` beside this page
    }
    .code = E0409
    .help = { $near ->
        [none] put the photo beside the page (a page written as `name/index.md` has its own folder), or in `static/` and write its address starting with `/`
        [case] did you mean `{ $near_name }`? A published file name must match in capitals too
       *[other] did you mean `{ $near_name }`?
    }
cover-file-not-photo = `{ $file }` is not a photo outreach can publish as a cover
    .code = E0410
    .help = use a JPEG, PNG or WebP file

## Photos that cannot be read, resized or saved (photos: E0450–E0499, W0450–W0499)

photo-unreadable = `{ $shown }` could not be read: { $error }
    .code = E0450
    .help = check that the file is there and readable
photo-cache-unwritable = the resized photo could not be saved in the cache `{ $cache }`: { $error }
    .code = E0451
    .help = check that the site's folder can be written to and that the disk has room
photo-resize-failed = `{ $shown }` could not be resized: { $error }
    .code = E0452
    .help = open it in an image editor and save it again as JPEG or PNG

## Formats outreach does not publish

photo-unsupported = `{ $name }` is { $kind ->
        [heic] a HEIC photo (the format iPhones save photos in), which most browsers cannot show
        [avif] an AVIF image, which outreach cannot read yet
        [raw] a camera's raw file, which browsers cannot show
       *[other] a { $format } image, which browsers cannot all show
    }{ $named_so ->
        [yes] { "" }
       *[no] , though its name ends in `.{ $extension }`
    }
    .code = E0453
    .help = { $kind ->
        [heic] convert it to JPEG and put `{ $stem }.jpg` in its place: on a Mac, open it in Preview and choose File → Export → JPEG (or run `sips -s format jpeg { $name } --out { $stem }.jpg`); on Windows, open it in Photos and save a copy as JPEG; on Linux, run `heif-convert { $name } { $stem }.jpg`. An iPhone saves JPEG from the start with Settings → Camera → Formats → Most Compatible
        [avif] convert it to JPEG (a photo) or PNG (a drawing), e.g. `avifdec { $name } { $stem }.png`, or export it from the program that made it
        [raw] export it as JPEG from the camera's software or a photo editor
       *[other] save it as JPEG (a photo) or PNG (a drawing or screenshot), e.g. `magick { $name } { $stem }.jpg`, or with “Save as” in an image editor
    }

## Damaged photos

photo-damaged = `{ $name }` could not be read as { $what ->
        [jpeg] a JPEG image
        [png] a PNG image
        [webp] a WebP image
       *[image] an image
    } ({ $reason ->
        [no-format] its first bytes are no image format
        [no-pixels] it has no pixels
       *[other] { $error }
    }): the file is damaged or was only partly copied
    .code = E0454
    .help = open it in an image viewer; if it does not show whole, copy it again from the camera or phone, or export it again as JPEG (a photo) or PNG (a drawing) as `{ $stem }.jpg` or `{ $stem }.png`
photo-cut-off = `{ $name }` could not be decoded (it ends before the image does): the file is damaged or was only partly copied
    .code = E0455
    .help = open it in an image viewer; if it does not show whole, copy it again from the camera or phone, or export it again as `{ $stem }.jpg`
photo-undecodable = `{ $name }` could not be decoded ({ $error }): the file is damaged or was only partly copied
    .code = E0456
    .help = open it in an image viewer; if it does not show whole, copy it again from the camera or phone, or export it again as JPEG

## Photos too large to open

photo-too-many-pixels = `{ $name }` is { $width } × { $height } pixels ({ $megapixels } megapixels), more than the { $max } megapixels outreach opens, so it was not decoded
    .code = E0457
    .help = make it smaller before adding it (no screen shows more than about 4000 pixels across), or raise `images: { "{" } max_megapixels: … { "}" }` in site.yaml
