# fields messages (en). Codes: see the ranges in src/messages/mod.rs.
# Money, figures, references, the kinds of values, content-type schemas, and the
# settings of listings, sorting and taxonomies. Every message has the same id, code and
# arguments in vi/fields.ftl (a test checks).

## Values of the wrong kind

# $got: what YAML read (empty, boolean, decimal, integer, text, list, group, tagged).
# $item: yes for an item of a list. $case chooses a help line where a kind has two.
value-wrong-kind = { $item ->
        [yes] each item of `{ $field }`
       *[no] `{ $field }`
    } must be { $expected ->
        [text] text
        [integer] a whole number
        [year] a year like 2018
        [area] an area in hectares (a number)
        [boolean] `true` or `false`
        [date] a date like 2018-03-13
        [enum] one of the listed values
        [list] a list
        [url] a web address
        [email] an email address
        [group] a group of fields
        [reference] a page written as `"@/section/page.md"`
        [money] an amount with its currency
        [point] a point like `{ "{" } lat: 9.78, lon: 105.47 { "}" }`
       *[number] a number
    }, { $item ->
        [yes] but this one is
       *[no] but here it is
    } { $got ->
        [empty] empty
        [boolean] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [list] a list
        [group] a group of fields
        [tagged] a tagged value
       *[text] text
    }
    .code = E0200
    .help = { $expected ->
        [text] write it on one line in double quotes: `{ $field }: "…"`
        [integer] write e.g. `{ $field }: 10`, without quotes
        [year] write e.g. `{ $field }: 2018`, without quotes
        [boolean] write `{ $field }: true` or `{ $field }: false`, without quotes
        [date] write the date as year-month-day, e.g. `{ $field }: 2018-03-13`
        [enum] the values are { $values }
        [list] { $case ->
            [text] write it as a list: `{ $field }: { $list }`
           *[other] write `{ $field }: [first, second]` or one `- item` per line
        }
        [url] write the whole address, starting with `https://`
        [email] write it like `name@example.org`
        [group] write its fields on the lines below `{ $field }:`, indented by two spaces: { $values }
        [reference] { $item ->
            [yes] write each item as a page in quotes, e.g. `{ $field }: ["@/doi-tac/jeollanam-do.md"]` (the quotes are needed because of the `@`)
           *[no] write e.g. `{ $field }: "@/doi-tac/jeollanam-do.md"` (the quotes are needed because of the `@`)
        }
        [money] write `{ $field }: { "{" } amount: 1500, unit: billion, currency: VND { "}" }`
        [point] write `{ $field }: { "{" } lat: 9.78, lon: 105.47 { "}" }`
        [coordinate] write it as a number with a decimal point, e.g. `lat: 9.78` or `lon: 105.47`
        [amount] { $case ->
            [one] write it without separators: `amount: { $amount }`
            [two] write it without separators: `amount: { $vi }` (Vietnamese reading) or `amount: { $en }` (English reading)
           *[example] write it without separators, e.g. `amount: 1500`
        }
       *[number] { $case ->
            [separators] write the number without thousands separators or units, e.g. `{ $field }: 5200` or `{ $field }: 12.5`
           *[plain] write e.g. `{ $field }: 5200`, without quotes or units
        }
    }

## Figures

# `1.500`: $vi is the Vietnamese reading as YAML takes it (1500), $en_whole and
# $en_fraction the decimal reading (1 and 5). For money ($case money), $thousands_vi,
# $decimal_vi, $thousands_en and $decimal_en are the amount as the pages would show it.
number-thousands-dot = `{ $written }` could mean { $vi } (a dot between thousands, as Vietnamese writes it) or { $en_whole }.{ $en_fraction } (a decimal point, as YAML reads it)
    .code = E0201
    .help = write `{ $field }: { $vi }` for { $vi }, or `{ $field }: { $en_whole }.{ $en_fraction }` for { $en_whole }.{ $en_fraction }: numbers in YAML have no thousands separator{ $case ->
        [money] . The pages then show { $thousands_en } ({ $thousands_vi }) or { $decimal_en } ({ $decimal_vi })
       *[number] { "" }
    }
area-negative = `{ $field }` is an area in hectares and cannot be negative
    .code = E0202
    .help = write the area without a minus sign, e.g. `{ $field }: 5200`

## Web and email addresses

url-invalid = `{ $value }` is not a web address
    .code = E0203
    .help = write the whole address, starting with `https://`
email-invalid = `{ $value }` is not an email address
    .code = E0204
    .help = write it like `name@example.org`

## Groups of fields

group-unknown-field = `{ $key }` is not a field of `{ $field }`
    .code = E0205
    .help = { $near ->
        [none] its fields are { $fields }
       *[other] did you mean `{ $near }`?
    }
# A group, an amount of money or a point without one of its parts.
part-missing = `{ $field }` has no `{ $part }`
    .code = E0206
    .help = { $case ->
        [money] write `{ $field }: { "{" } amount: 1500, unit: billion, currency: VND { "}" }`
        [point] write `{ $field }: { "{" } lat: 9.78, lon: 105.47 { "}" }`
       *[group] add `{ $part }: …`
    }

## References to other pages

reference-form = `{ $value }` must name a page as `@/section/page.md`
    .code = E0207
    .help = write e.g. `"@/doi-tac/jeollanam-do.md"` (the quotes are needed because of the `@`)
reference-wrong-type = `{ $value }` is a `{ $type }` page, but `{ $field }` must name `{ $wanted }` pages
    .code = E0208
    .help = name a `{ $wanted }` page here
reference-missing = there is no page `content/{ $path }`
    .code = E0209
    .help = { $near ->
        [none] check the spelling: it names the page's file inside `content/`, with its folder (`@/doi-tac/jeollanam-do.md` is `content/doi-tac/jeollanam-do.md`)
       *[other] did you mean `@/{ $near }`?
    }
reference-draft = `content/{ $path }` is a draft and is not published
    .code = E0210
    .help = publish it (remove `draft: true`) or build with `--drafts`

## Money

# `capital: 1.500 tỷ đồng`: $amount, $unit and $currency are what to write instead;
# $shown_vi and $shown_en, how the pages then show it.
money-as-text = `{ $field }` is written as text, `{ $text }`: outreach formats money for each language itself
    .code = E0211
    .help = write `{ $field }: { "{" } amount: { $amount }, unit: { $unit }, currency: { $currency } { "}" }`; the Vietnamese pages then show { $shown_vi } and the English ones { $shown_en }
# `{ amount: 1,500 }`: $en is the number with the comma as a thousands separator, $vi
# with it as a decimal comma.
money-comma-split = `{ $written }` has a comma inside the number, so YAML reads it as two things
    .code = E0212
    .help = write the number without separators: `{ $key }: { $en }` (English reading) or `{ $key }: { $vi }` (Vietnamese reading)
money-unit = `unit` must be { $units }
    .code = E0213
    .help = { $near ->
        [none] { "" }
       *[other] did you mean `{ $near }`? { ""}
    }`thousand`, `million` and `billion` multiply the amount: 1,500 billion VND is `{ "{" } amount: 1500, unit: billion, currency: VND { "}" }`
money-currency = `currency` must be a three-letter currency code such as `VND` or `USD`
    .code = E0214
    .help = { $near ->
        [none] write the code in capitals: `currency: VND` for đồng, `currency: USD` for US dollars
       *[other] write `currency: { $near }`, in capitals
    }
money-unknown-part = an amount of money has no `{ $part }`
    .code = E0215
    .help = { $near ->
        [none] it has `amount`, `unit` and `currency`
       *[other] did you mean `{ $near }`?
    }
amount-negative = `amount` cannot be negative
    .code = E0216
    .help = write the amount without a minus sign
# $coin: none for a currency without coins (VND), else cents; $per: 100 for cents.
amount-too-precise = `{ $amount }` has more decimals than { $code } can pay: its smallest unit is { $coin ->
        [none] one { $code }
       *[cents] 1/{ $per } { $code }
    }
    .code = E0217
    .help = round the amount to { $allowed } decimals, or write it in a smaller `unit`

## Places on a map

# $written: each coordinate as written (`9,74`); $fixed: the point as it should be.
geo-decimal-comma = { $count ->
        [one] { $written } has a decimal comma, so YAML reads it as two things
       *[other] { $written } have decimal commas, so YAML reads each as two things
    }
    .code = E0218
    .help = write a decimal point: `{ $fixed }`
geo-unknown-part = a point has no `{ $part }`
    .code = E0219
    .help = it has `lat` (latitude) and `lon` (longitude)
geo-out-of-range = `{ $part }` must be between -{ $limit } and { $limit }
    .code = E0220
    .help = `lat` is the latitude (from -90 to 90) and `lon` the longitude (from -180 to 180): Vị Thanh is at `lat: 9.78, lon: 105.47`

## Content types and translations

type-unknown = there is no content type `{ $name }`
    .code = E0221
    .help = { $near ->
        [none] the content types are { $types }
       *[other] did you mean `{ $near }`?
    }
fact-written-per-language = `{ $key }` is the same in every language, so it is written once, not as `{ "{" } vi: …, en: … { "}" }`
    .code = E0222
    .help = write one value: `{ $key }: …`
fact-in-translation = { $case ->
        [differs] `{ $key }` is the same in every language, and this translation gives it a different value from `{ $source }`
       *[absent] `{ $key }` is the same in every language, so it belongs in `{ $source }`, not in a translation
    }
    .code = E0223
    .help = remove `{ $key }` here: translations inherit it from the original

## Schemas (themes/…/types/*.yaml)

schema-unknown-setting = a schema has no setting `{ $setting }`
    .code = E0224
    .help = { $near ->
        [none] the settings here are { $settings }
       *[other] did you mean `{ $near }`?
    }
kind-unknown = there is no field kind `{ $kind }`
    .code = E0225
    .help = { $near ->
        [none] the kinds are { $kinds }
       *[other] did you mean `{ $near }`?
    }
kind-missing = the field `{ $field }` has no `kind`
    .code = E0226
    .help = add e.g. `kind: text` (or number, date, enum, list, money, area, geo, reference…)
kind-of-core-field = `{ $field }` is one of outreach's own fields and is always of kind `{ $kind }`
    .code = E0227
    .help = leave out `kind` for this field
enum-no-values = an `enum` field needs its allowed `values`
    .code = E0228
    .help = add `values:` with one line per value, e.g. `agriculture: { "{" } vi: Nông nghiệp, en: Agriculture { "}" }`
decimals-not-figure = `decimals` rounds `number` and `area` fields only
    .code = E0229
    .help = remove `decimals` here: other figures are published as written
group-no-fields = a `group` field needs its `fields`
    .code = E0230
    .help = add `fields:` with one field per line, e.g. `title: { "{" } kind: text { "}" }`
reference-type-unknown = the field `{ $field }` refers to pages of type `{ $target }`, but there is no such content type
    .code = E0231
    .help = { $near ->
        [none] the types are { $types }
       *[other] did you mean `{ $near }`? The types are { $types }
    }

## Taxonomies' terms

term-same-label = the values `{ $first }` and `{ $second }` of `{ $field }` have one label in { $language }, `{ $label }`, so their term pages would share `{ $url }`
    .code = E0232
    .help = give each value a label of its own
term-no-letters = `{ $text }` has no letter or digit, so it cannot be a term of `{ $taxonomy }`: it is left out
    .code = W0200
    .help = remove it, or write the term in words
term-clash = `{ $wrong }` and `{ $right }` are two terms of `{ $taxonomy }` at one address, `{ $url }`
    .code = E0233
    .help = write `{ $field }: { $right }` as the other page does, or another term
term-spelling = `{ $text }` is listed as `{ $first }`, the spelling of the first page with this term of `{ $taxonomy }` (both make `{ $url }`)
    .code = W0201
    .help = spell it `{ $first }` here too, or change both, so the term reads one way on every page

## Addresses of listing pages

# A listing page is described by $listing (section, sorted, index, term), $paged and
# $number (page 2…), $file (the section's file), $sort, $taxonomy and $label (a term).
# $other… describe a second listing the same way.
static-clash = this file would be published at `/{ $rel }` and replace { $page ->
        [page] the { $language } page of `{ $file }`
        [search] the search page
       *[listing] { $paged ->
            [yes] page { $number } of { "" }
           *[no] { "" }
        }{ $listing ->
            [sorted] the list of `{ $file }` sorted by `{ $sort }`
            [index] the list of every term of `{ $taxonomy }`
            [term] the page of the `{ $taxonomy }` term `{ $label }`
           *[section] the list of `{ $file }`
        }
    }
    .code = E0234
    .help = rename or remove the file; to change the page, edit its content file or its template
search-page-clash = this page and the search page both want the address `{ $url }`
    .code = E0235
    .help = give the page another `slug:`, or change `search.path` in site.yaml
search-index-clash = the address `{ $url }` is in `/search/{ $code }/`, the folder the build writes the `{ $code }` search index in
    .code = E0236
    .help = give the page (or its section) another `slug:` or `path:`
# $field: the page's `slug` or `path` that gives it its address, or none (its file name).
# $taxonomy_slug: yes when the listing is a taxonomy's, whose `slug` could change too.
listing-page-clash = this page and { $paged ->
        [yes] page { $number } of { "" }
       *[no] { "" }
    }{ $listing ->
        [sorted] the list of `{ $file }` sorted by `{ $sort }`
        [index] the list of every term of `{ $taxonomy }`
        [term] the page of the `{ $taxonomy }` term `{ $label }`
       *[section] the list of `{ $file }`
    } both want the address `{ $url }`
    .code = E0237
    .help = { $field ->
        [none] rename the page's file, or give it a `slug:` of its own
       *[other] give the page another `{ $field }:`
    }{ $taxonomy_slug ->
        [yes] , or change the taxonomy's `slug` in site.yaml
       *[no] { "" }
    }
listings-clash = { $paged ->
        [yes] page { $number } of { "" }
       *[no] { "" }
    }{ $listing ->
        [sorted] the list of `{ $file }` sorted by `{ $sort }`
        [index] the list of every term of `{ $taxonomy }`
        [term] the page of the `{ $taxonomy }` term `{ $label }`
       *[section] the list of `{ $file }`
    } and { $other_paged ->
        [yes] page { $other_number } of { "" }
       *[no] { "" }
    }{ $other ->
        [sorted] the list of `{ $other_file }` sorted by `{ $other_sort }`
        [index] the list of every term of `{ $other_taxonomy }`
        [term] the page of the `{ $other_taxonomy }` term `{ $other_label }`
       *[section] the list of `{ $other_file }`
    } both want the address `{ $url }`
    .code = E0238
    .help = give the section another `slug:`, or sort its list by another field
