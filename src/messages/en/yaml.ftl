# yaml messages (en). Codes: see the ranges in src/messages/mod.rs.
# Braces that are text, not a placeable, are written { "{" } and { "}" }.

-too-deep-help = no page, data file or setting needs as many: write the value with fewer levels

## YAML syntax

yaml-too-deep = lists and groups of fields are nested here more than { $max } levels deep
    .code = E0100
    .help = { $case ->
        [brackets] { -too-deep-help }, or, if the brackets are meant as text, put the whole value in double quotes
       *[nesting] { -too-deep-help }
    }
yaml-colon = this line has a `:` that YAML reads as the start of another field
    .code = E0101
    .help = put the value in double quotes, e.g. `title: "Hậu Giang: cơ hội đầu tư"`
yaml-bad-character = this line has a character YAML cannot read here (often a tab, `@` or a backtick at the start of a value)
    .code = E0102
    .help = indent with spaces, not tabs, and put a value that starts with `@` or `` ` `` in double quotes
yaml-not-aligned = this line does not line up with the fields around it
    .code = E0103
    .help = check its indentation: fields of one group start in the same column
yaml-quote-open = a quoted value is not closed
    .code = E0104
    .help = add the closing quote at the end of the value
yaml-bracket-open = a list `[…]` or group `{ "{" }…{ "}" }` is not closed or has a stray character
    .code = E0105
    .help = check the brackets: every `[` needs a `]` and every `{ "{" }` a `{ "}" }`
yaml-duplicate = the field `{ $key }` is written twice
    .code = E0106
    .help = keep one of the two lines
yaml-alias-bomb = this YAML repeats aliases (`*name`) so often that it would expand without bound
    .code = E0107
    .help = write the values out instead of nesting aliases
yaml-alias-undefined = this YAML uses an alias `*name` that is not defined
    .code = E0108
    .help = define the anchor with `&name` before using it, or write the value out
yaml-unreadable = the YAML cannot be read: { $reason }
    .code = E0109

## Settings read into outreach's own structures (site.yaml, content types, shortcodes)

setting-unknown = { $at ->
        [top] there is no setting `{ $name }`
       *[path] `{ $path }` has no setting `{ $name }`
    }
    .code = E0110
    .help = { $case ->
        [near] did you mean `{ $near }`?
        [none] remove it
       *[list] the settings there are { $settings }
    }
setting-missing = { $at ->
        [top] the setting `{ $name }` is missing
       *[path] `{ $path }` is missing the setting `{ $name }`
    }
    .code = E0111
    .help = add `{ $name }: …`
setting-not-allowed = { $at ->
        [top] this value
       *[path] `{ $path }`
    } cannot be `{ $value }`
    .code = E0112
    .help = write { $choices }
setting-wrong-kind = { $at ->
        [top] this value
       *[path] `{ $path }`
    } should be { $expected ->
        [text] text
        [bool] `true` or `false`
        [list] a list
        [group] a group of fields
        [count] a whole number (0 or more)
        [whole] a whole number
        [number] a number
        [word] a word
        [enum] one of the values it allows
       *[other] { $expected_raw }
    }, not { $found ->
        [bool] yes/no (`{ $value }`)
        [number] the number `{ $value }`
        [text] the text { $value }
        [empty] empty
        [list] a list
        [group] a group of fields
        [tagged] a tagged value
       *[other] { $value }
    }
    .code = E0113

## Text pasted from Word and web pages

value-invisible-around = `{ $value }` has { $char ->
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
    } around it, probably pasted from Word or a web page; outreach reads it without
    .code = W0100
    .help = delete the invisible character next to `{ $value }`
value-curly-quotes = `{ $value }` is wrapped in curly quotes, which YAML does not read as quotes: they are published as part of the text
    .code = W0101
    .help = write straight quotes, `"{ $inner }"`, or none
list-as-text = `{ $key }` is a list, but here it is written as one text: it is read as the { $count } { $count ->
        [one] item
       *[other] items
    } between its { $separators ->
        [both] commas and semicolons
        [semicolons] semicolons
       *[commas] commas
    }
    .code = W0102
    .help = write it as a list: `{ $key }: { $list }` (if it is one item with a comma in it, put it in quotes inside the brackets: `{ $key }: { $whole }`)

## Addresses outreach does not publish

url-data = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }{ $use ->
        [image] this image is a `data:` address that is not an image: a browser could run it as a page with scripts
       *[link] this link is a `data:` address: a browser opens it as a page that can run scripts
    }
    .code = E0120
    .help = put the file beside the page and link to it by its name, e.g. `ban-do.svg`
url-this-computer = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }`{ $url }` is an address on this computer (the preview, probably): readers cannot open it
    .code = E0121
    .help = link to the page by its file, e.g. `@/lien-he.md`, or to a file beside the page by its name
url-script = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }a `{ $scheme }:` address runs a script in the reader's browser, so outreach never publishes it
    .code = E0122
    .help = link to a page with `https://…`, or to a page of the site with `@/…`; a script belongs in the theme, not in content
url-file = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }a `file:` address is a file on the author's computer, which readers cannot open
    .code = E0123
    .help = put the file beside the page and link to it by its name, e.g. `ke-hoach.pdf`
url-drive = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }this is a file on a computer (`{ $drive }:\…`), which readers cannot open
    .code = E0124
    .help = put the file beside the page and link to it by its name, e.g. `ke-hoach.pdf`
url-scheme-unknown = { $where ->
        [none] {""}
       *[other] `{ $where }`:{" "}
    }`{ $scheme }:` is not an address outreach publishes: links may be relative, `@/…`, or start with `https:`, `http:`, `mailto:` or `tel:`
    .code = E0125
    .help = if `{ $scheme }:` links are safe and your readers need them, add `url_schemes: [{ $scheme }]` to site.yaml
