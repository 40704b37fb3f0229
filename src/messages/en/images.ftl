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
