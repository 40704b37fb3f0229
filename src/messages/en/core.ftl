# outreach's messages in English. Every message has the same id, code and arguments
# in vi/ (a test checks). Codes: E… errors, W… warnings, M… the lines of a run.
# Braces that are text, not a placeable, are written { "{" } and { "}" }.

-resave-as-utf8 = open the file, choose "Save As" and set the encoding to UTF-8 (Notepad: Encoding → UTF-8; VS Code: the encoding in the status bar → Save with Encoding → UTF-8)

## The end of a run

summary-errors = found { $errors } { $errors ->
        [one] error
       *[other] errors
    } in { $files } { $files ->
        [one] file
       *[other] files
    }
    .code = M0001
summary-not-changed = the output folder was not changed
    .code = M0002

## Reading files

file-encoding = the file is saved as { $encoding ->
        [utf16] UTF-16
       *[windows-1258] Windows-1258 (a legacy Vietnamese encoding)
    }, not UTF-8, so outreach cannot read it
    .code = E0001
    .help = { -resave-as-utf8 }
file-not-utf8 = the file is not UTF-8 text (byte 0x{ $byte } cannot start a character)
    .code = E0002
    .help = { -resave-as-utf8 }

## Pages

title-empty = the title is empty
    .code = E0003
    .help = write the page's title after `title:`
page-no-title = { $case ->
        [record] this record page has no title
        [no-front-matter] this file has no front matter, so the page has no title
       *[page] this page has no title
    }
    .code = E0004
    .help = { $case ->
        [record] add a line like `title: { "{" } vi: "…", en: "…" { "}" }`
        [no-front-matter] start the file with three lines: `---`, `title: Hậu Giang`, `---`
       *[page] add a line like `title: Hậu Giang` between the `---` lines at the top
    }
translation-orphan = this is a translation, but there is no { $default } file `{ $expected }` for it to translate
    .code = E0005
    .help = { $case ->
        [record] did you mean `{ $near }`? A `.yaml` record page holds every language: write this translation's fields in it as `title: { "{" } { $default_code }: "…", { $code }: "…" { "}" }`, and delete this file
        [translated] the { $default } file nearest in name, `{ $near }`, already has its { $language } translation `{ $near_translation }`: if this file is a copy, delete it; if it translates another page, create `{ $expected }`
        [rename] did you mean `{ $near }`? Rename this file to `{ $near_translation }` to make it that page's { $language } translation
        [move] did you mean `{ $near }`? Move this file to `{ $near_translation }` to make it that page's { $language } translation
       *[none] create `{ $expected }` (the { $default } original), or rename this file to it
    }

## site.yaml

base-url-placeholder = `base_url` is still the placeholder `{ $url }`, so canonical links, the sitemap, the feeds and link previews would point there
    .code = W0001
    .help = write the address the site is published at (a GitHub project site: `https://OWNER.github.io/REPO/`), or pass it with `--base-url`
text-placeholder = `{ $placeholder }` is a placeholder left from `outreach init`
    .code = W0002
    .help = replace `{ $placeholder }` in `{ $setting }` with the real text

## Content types

values-from-missing = the values of this field come from `content/_data/{ $name }.yaml`, which does not exist
    .code = E0006
    .help = { $near ->
        [none] create `content/_data/{ $name }.yaml` with one line per value: a key without spaces, then its name in each language, e.g. `my-value: { "{" } { $example } { "}" }`
       *[other] did you mean `{ $near }`?
    }
values-from-and-values = a field takes its values either from `values:` or from `values_from:`, not both
    .code = E0007
    .help = keep one of the two
values-from-not-enum = only an `enum` field takes its values from a data file
    .code = E0008
    .help = remove `values_from`, or make the field `kind: enum`
values-from-twice = the value `{ $key }` is listed twice
    .code = E0009
    .help = give each value its own key
values-from-entry = each entry of a list of values needs a `key` and a `name`
    .code = E0010
    .help = write e.g. `- { "{" } key: my-value, name: { "{" } vi: "…", en: "…" { "}" } { "}" }`
values-from-bad-key = a value's key must be a word, like `vi-thanh`
    .code = E0011
    .help = write the key as text
values-from-empty = `content/_data/{ $name }.yaml` gives the values of an `enum` field, but lists none
    .code = E0012
    .help = write one line per value: a key without spaces, then its name in each language, e.g. `my-value: { "{" } { $example } { "}" }`

## Fields

field-unknown = `{ $key }` is not a field of a `{ $type }` { $kind ->
        [section] section
       *[page] page
    }
    .code = E0013
    .help = { $case ->
        [near] did you mean `{ $near }`?
        [own-only] a `{ $type }` { $kind ->
            [section] section
           *[page] page
        } has only outreach's own fields (title, description, date, tags…)
       *[list] the fields of a `{ $type }` { $kind ->
            [section] section
           *[page] page
        } are { $fields }, besides title, description, date and tags
    }
field-required-empty = `{ $field }` is required, but it is empty
    .code = E0014
    .help = write the { $field } after `{ $field }:`
field-required-missing = a `{ $type }` { $kind ->
        [section] section
       *[page] page
    } needs `{ $field }`, and this one has none
    .code = E0015
    .help = add a line `{ $field }: …` above the closing `---`{ $about ->
        [none] { "" }
       *[other] { " — " }{ $about }
    }{ $has_values ->
        [yes] ; the values are { $values }
       *[no] { "" }
    }
enum-not-allowed = `{ $value }` is not an allowed value of `{ $field }`
    .code = E0016
    .help = { $near ->
        [none] the values are { $values }
       *[other] did you mean `{ $near }`? The values are { $values }
    }

## Dates

date-invalid = `{ $text }` is not a date
    .code = E0017
    .help = write the date as year-month-day, e.g. `{ $key }: 2018-03-13`
date-no-month = `{ $text }` has no month { $month }: a year has 12 months
    .code = E0018
    .help = check the date and write it as year-month-day, e.g. `{ $key }: 2018-03-13`
date-no-day = `{ $text }` is not a date: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
    .code = E0019
    .help = check the day, and write the date as year-month-day, e.g. `{ $key }: { $last }`
date-day-first = `{ $text }` is written day/month/year; outreach reads dates written year-month-day
    .code = E0020
    .help = write `{ $key }: { $iso }` ({ $day } { $month ->
            [1] January
            [2] February
            [3] March
            [4] April
            [5] May
            [6] June
            [7] July
            [8] August
            [9] September
            [10] October
            [11] November
           *[12] December
        } { $year })
date-two-digits = `{ $text }` needs two digits for the month and the day
    .code = E0021
    .help = write `{ $key }: { $iso }`

## Text pasted from Word

invisible-in-yaml = { $char ->
        [narrow-nbsp] a narrow non-breaking space
        [figure-space] a figure space
        [thin-space] a thin space
        [zero-width-space] a zero-width space
        [zwnj] a zero-width non-joiner
        [zwj] a zero-width joiner
        [word-joiner] a word joiner
        [bom] a byte-order mark
        [ideographic-space] an ideographic space
       *[nbsp] a non-breaking space
    } { $place ->
        [after-key] after `{ $field }:`
        [before-colon] before the `:` of `{ $field }`
       *[indentation] in the indentation
    }, probably pasted from Word or a web page: YAML does not read it as a space
    .code = E0022
    .help = replace it with an ordinary space (delete it and type a space)

## Notes under a message (their codes are not printed)

note-while-rendering = while rendering `{ $page }`
    .code = M0010
note-same-error = the same error occurs on { $others } other { $others ->
        [one] page
       *[other] pages
    }
    .code = M0011
note-link-from-theme = the link is not in this file's text, so it comes from the theme's templates
    .code = M0012
note-term-written = `{ $place }` { $verb ->
        [spells] spells it
       *[writes] writes
    } `{ $text }`
    .code = M0013
note-listing-origin = { $case ->
        [section] `{ $place }` asks for it with `{ $field }`
        [taxonomy] `{ $place }` gives the taxonomy `{ $taxonomy }` that address with its `{ $field }`
        [term] the term `{ $term }` is written in `{ $place }`
       *[term-nowhere] the term `{ $term }` is written in a page{ $place }
    }
    .code = M0014
