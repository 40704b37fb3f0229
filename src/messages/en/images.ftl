# images messages (en). Codes: see the ranges in src/messages/mod.rs.
# E0400–E0449 are kept for cover images; photos are E0450–E0499, W0450–W0499.

## Photos that cannot be read, resized or saved

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
