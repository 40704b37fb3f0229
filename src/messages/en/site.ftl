# site messages (en). Codes: see the ranges in src/messages/mod.rs.
# Braces that are text, not a placeable, are written { "{" } and { "}" }.

## The settings site.yaml has

site-setting-unknown = site.yaml has no setting called `{ $key }`
    .code = E0700
    .help = { $near ->
        [none] the settings here are { $settings }
       *[other] did you mean `{ $near }`?
    }
site-setting-missing = { $group ->
        [none] site.yaml is missing the setting `{ $name }`
       *[other] `{ $group }` is missing the setting `{ $name }`
    }
    .code = E0701
    .help = { $group ->
        [none] add `{ $name }: …`
       *[other] add `{ $name }: …` to it
    }
search-not-group = `search` should be a group of fields, not { $found ->
        [bool] yes/no (`{ $value }`)
        [number] the number `{ $value }`
        [text] the text { $value }
        [empty] empty
        [list] a list
        [tagged] a tagged value
       *[other] { $value }
    }
    .code = E0702
    .help = write `search: { "{" } path: { "{" } vi: tim-kiem, en: search { "}" } { "}" }`: the address of the search page in each language

## Languages

site-no-languages = site.yaml declares no languages
    .code = E0703
    .help = add at least `vi: { "{" } name: "Tiếng Việt", locale: vi-VN { "}" }`
default-language-undeclared = the default language `{ $code }` is not one of the languages declared under `languages:`
    .code = E0704
    .help = declare it, or choose one of { $codes }
locale-unknown = `{ $locale }` is not a locale outreach can format dates and numbers for: { $case ->
        [invalid] invalid locale `{ $locale }`: { $reason }
        [missing-data] cannot build the { $formatter ->
            [decimal] decimal
            [compact] compact decimal
            [plural] plural rules
           *[date] date
        } formatter for locale `{ $locale }`: { $reason }
       *[other] { $reason }
    }
    .code = E0705
    .help = write a BCP 47 locale such as `vi-VN`, `en-GB` or `ko-KR`
language-code-invalid = `{ $code }` is not a language code
    .code = E0706
    .help = use a short code such as `vi`, `en` or `ko`
language-undeclared = `{ $key }` is not a language declared in site.yaml
    .code = E0707
    .help = the languages are { $languages }
localized-not-text = `{ $path }` must be text, { $per_language ->
        [yes] or one text per language like `{ "{" } vi: "…", en: "…" { "}" }`,{ " " }
       *[no] { "" }
    }but here it is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [whole] a whole number
        [text] text
        [list] a list
        [group] a group of fields
       *[tagged] a tagged value
    }
    .code = E0708
    .help = write e.g. `{ $key }: { $per_language ->
        [yes] { "{" } vi: "…", en: "…" { "}" }
       *[no] "…"
    }`

## Title and address

site-no-title = the site has no title
    .code = E0709
    .help = write `title: { "{" } vi: "…", en: "…" { "}" }`
base-url-empty = `base_url` is empty, so sitemap.xml, the feeds and link previews give addresses without the site's domain, which search engines, feed readers and social networks cannot follow
    .code = W0700
    .help = write the address the site is published at, e.g. `base_url: "https://haugiang.gov.vn"`
base-url-scheme = `base_url` must start with `https://` or `http://`, but it is `{ $url }`
    .code = E0710
    .help = write the address the site is published at, e.g. `https://haugiang.gov.vn`
url-scheme-malformed = `{ $scheme }` is not a scheme: a scheme is the word before the `:` of an address
    .code = E0711
    .help = write e.g. `url_schemes: [sms, geo]`
url-scheme-unsafe = `{ $written }:` cannot be allowed: such an address can run a script in the reader's browser or read the reader's own files
    .code = E0712
    .help = remove `{ $scheme }` from `url_schemes`

## The menu

menu-page-not-at = a menu `page` is a content file written as `@/…`, but this is `{ $page }`
    .code = E0713
    .help = write e.g. `page: "@/dau-tu/_index.md"`
menu-url-no-title = a menu entry with a `url` needs a `title`
    .code = E0714
    .help = add `title: { "{" } vi: "…", en: "…" { "}" }`
menu-page-or-url = a menu entry needs exactly one of `page` (a content file) or `url` (an address)
    .code = E0715
    .help = write e.g. `- { "{" } page: "@/dau-tu/_index.md" { "}" }` for a page of the site, or `- { "{" } url: "https://…", title: "…" { "}" }` for another address

## Taxonomies

paginate-by-zero = `paginate_by` must be a whole number above 0
    .code = E0716
    .help = write how many pages each listing page shows, e.g. `paginate_by: 10`, or remove the setting to list them all on one page
taxonomy-slug-clash = the taxonomies `{ $first }` and `{ $second }` both have the slug `{ $slug }` in `{ $code }`, so their pages would have the same addresses
    .code = E0717
    .help = give `{ $second }` a `slug` of its own

## The theme

theme-missing = there is no theme `{ $theme }`: the folder `themes/{ $theme }/` does not exist
    .code = E0718
    .help = { $case ->
        [near] did you mean `{ $near }`?
        [none] `outreach init NEW_FOLDER` writes a site with the default theme; copy its `themes/default/` here
       *[list] the themes here are { $themes }
    }

## Photos

images-widths-empty = `images.widths` is empty, so photos would have no size to be published at
    .code = E0719
    .help = write e.g. `widths: [480, 800, 1200, 1600]`, or remove the setting
images-width-invalid = `{ $width }` is not a width photos can be published at
    .code = E0720
    .help = write widths in pixels between 16 and 10000, e.g. `[480, 800, 1200, 1600]`
images-quality-invalid = `images.quality` is { $quality }, but quality goes from 1 to 100
    .code = E0721
    .help = write e.g. `quality: 80`: lower is smaller and blurrier
images-megapixels-zero = `images.max_megapixels` is 0, so no photo could be published
    .code = E0722
    .help = write e.g. `max_megapixels: 64`
