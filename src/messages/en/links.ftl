# links messages (en). Codes: see the ranges in src/messages/mod.rs.
# Braces that are text, not a placeable, are written { "{" }, { "{%" }, { "}}" }…

## Links written `@/…`, and plain links

link-page-missing = this links to `content/{ $path }`, which does not exist
    .code = E0301
    .help = { $near ->
        [none] internal links name a file under content/, e.g. `@/dau-tu/_index.md`
       *[other] did you mean `@/{ $near }`?
    }
link-page-draft = this links to `content/{ $path }`, which is a draft and is not published
    .code = E0302
    .help = remove `draft: true` from that page, link elsewhere, or build with `--drafts`
link-page-unreadable = `content/{ $path }` could not be read
    .code = E0303
link-outside-content = this links to `{ $path }`, which is outside `content/`
    .code = E0304
    .help = link to pages by their file under `content/`, written `@/section/page.md`
link-plain-page-missing = this links to `{ $path }`, and there is no `content/{ $joined }`
    .code = E0305
    .help = { $near ->
        [none] internal links name a file under content/, e.g. `@/dau-tu/_index.md`
       *[other] did you mean `@/{ $near }`?
    }
link-file-missing = there is no file `{ $file }` beside this page
    .code = E0306
    .help = { $case ->
        [capitals] did you mean `{ $near }`? A published file name must match in capitals too
        [near] did you mean `{ $near }`?
       *[none] put the file in the page's folder (a page written as `name/index.md` has one), or give its address starting with `/` or `https://`
    }
link-not-an-address = this links to `{ $path }`, which is not an address of this site
    .code = E0307
    .help = { $near ->
        [none] link to pages by their file under `content/`, written `@/section/page.md`: such a link follows the page to its address in every language
       *[other] did you mean the page at `/{ $url }/`? Link to it as `@/{ $near }`: a link written `@/…` names the file, and follows the page to its address in every language
    }

## Anchors and heading ids

anchor-missing-here = there is no heading or id `#{ $anchor }` on this page
    .code = E0308
    .help = { $case ->
        [renamed] the theme's templates write the id `{ $anchor }` themselves, so the heading “{ $heading }” has the id `{ $id }`: link to `#{ $id }`
        [near] did you mean `#{ $near }`?
       *[none] an anchor is a heading's id: `## Lịch sử` has the id `lich-su`
    }
anchor-missing-there = `{ $file }` has no heading or id `#{ $anchor }`
    .code = E0309
    .help = { $case ->
        [renamed] the theme's templates write the id `{ $anchor }` themselves, so the heading “{ $heading }” has the id `{ $id }`: link to `#{ $id }`
        [near] did you mean `#{ $near }`?
        [original] `#{ $anchor }` is the original's heading; in this translation it is `#{ $id }`
        [no-headings] that page has no headings; an anchor is a heading's id (`## Lịch sử` → `#lich-su`)
        [many] its headings are { $ids }, …
       *[list] its headings are { $ids }
    }
heading-id-taken = the heading id `{ $asked }` is taken ({ $holder ->
        [html] an element in the page's HTML has it
        [footnote] the footnote `[^{ $name }]` has it
        [template] the template `{ $name }` writes it
       *[heading] the heading “{ $name }” has it
    }), so this heading gets the id `{ $id }`
    .code = W0301
    .help = write another id in `{ "{" }#…{ "}" }`; two elements with one id are invalid HTML, and links to `#{ $asked }` would not reach this heading

## Images and raw HTML

image-no-alt = this image has no alternative text, which describes it to readers who cannot see it
    .code = E0310
    .help = write what it shows between the brackets, e.g. `![Bản đồ khu công nghiệp](ban-do.png)`; for an image that only decorates, write `![-](…)`
address-with-space = `{ $address }` has a space, which ends an address in Markdown, so this is published as plain text
    .code = E0311
    .help = put the address in angle brackets: `{ $label }(<{ $address }>{ $title })`, or name the file without spaces
raw-html-script = this raw HTML { $what ->
        [handler] has an inline event handler (`{ $attribute }=`)
       *[script] has a `<script>`
    }{ $srcdoc ->
        [yes] { " " }in its `srcdoc`
       *[no] { "" }
    }, which runs in every reader's browser
    .code = W0302
    .help = content should not carry scripts: ask the theme's designer for a shortcode or template instead
raw-html-script-forbidden = this raw HTML { $what ->
        [handler] has an inline event handler (`{ $attribute }=`)
       *[script] has a `<script>`
    }{ $srcdoc ->
        [yes] { " " }in its `srcdoc`
       *[no] { "" }
    }, and site.yaml sets `raw_html: forbid`
    .code = E0312
    .help = remove it: content may not carry scripts on this site; ask the theme's designer for a shortcode or template instead
raw-html-img-no-alt = this `<img>` has no `alt`, the text that describes it to readers who cannot see it
    .code = E0313
    .help = add `alt="…"` saying what it shows, or `alt=""` for an image that only decorates

## Shortcodes: how a call is written

shortcode-never-closed = the shortcode `{ $name }` is opened here but never closed
    .code = E0314
    .help = add `{ "{%" } end { "%}" }` after its content
shortcode-not-arguments = the shortcode `{ $name }` has something other than `name=value` arguments here
    .code = E0315
    .help = write arguments as `name="text"`, `name=3` or `name=true`, separated by commas
shortcode-arg-no-value = the argument `{ $arg }` has no value
    .code = E0316
    .help = write it as `name="value"`
shortcode-arg-bad-value = the value of `{ $arg }` is not text in quotes, a number, `true` or `false`
    .code = E0317
    .help = put text in double quotes: `name="…"` (a `"` inside the text is written `\"`)
shortcode-no-separator = the shortcode `{ $name }` is missing a `,` or `)` here
    .code = E0318
    .help = separate arguments with commas and close with `)`
shortcode-not-closed = the shortcode `{ $name }` is not closed with `{ $close }`
    .code = E0319
    .help = close the call on the same line

## Shortcodes: what the theme declares

shortcode-unknown = there is no shortcode `{ $name }`
    .code = E0320
    .help = { $case ->
        [near] did you mean `{ $near }`?
        [none-at-all] this theme has no shortcodes
       *[list] the shortcodes are { $names }
    }
shortcode-wraps-text = the shortcode `{ $name }` wraps text
    .code = E0321
    .help = write it as `{ "{%" } { $name }(...) { "%}" }` … `{ "{%" } end { "%}" }` around the text
shortcode-does-not-wrap = the shortcode `{ $name }` does not wrap text
    .code = E0322
    .help = write it as `{ "{{" } { $name }(...) { "}}" }`, without `{ "{%" } end { "%}" }`
shortcode-arg-unknown = the shortcode `{ $name }` has no argument `{ $arg }`
    .code = E0323
    .help = { $case ->
        [near] did you mean `{ $near }`?
        [none-at-all] it takes no arguments: write it as `{ $name }()`
       *[list] its arguments are { $names }
    }
shortcode-arg-kind = `{ $arg }` must be { $kind ->
        [number] a number
        [boolean] `true` or `false`
       *[text] text in double quotes
    }
    .code = E0324
    .help = { $kind ->
        [number] write a number without quotes, e.g. `{ $arg }=3`
        [boolean] write `{ $arg }=true` or `{ $arg }=false`, without quotes
       *[text] put the text in double quotes: `{ $arg }="…"`
    }
shortcode-value-not-allowed = `{ $value }` is not an allowed value of `{ $arg }`
    .code = E0325
    .help = the values are { $values }
shortcode-arg-not-page = `{ $arg }` must name a page as `@/section/page.md`
    .code = E0326
    .help = write it as `{ $arg }="@/section/page.md"`, the page's file under `content/`
shortcode-page-type = `{ $page }` is a `{ $type }` page, but `{ $name }` shows `{ $wanted }` pages
    .code = E0327
    .help = name a `{ $wanted }` page here
shortcode-file-missing = there is no file `{ $file }` beside this page
    .code = E0328
    .help = put the file in the page's folder (a page written as `name/index.md`), or give its address starting with `/` or `https://`
shortcode-arg-required = the shortcode `{ $name }` needs `{ $arg }`
    .code = E0329
    .help = { $case ->
        [about] add `{ $arg }="…"` ({ $about })
       *[none] add `{ $arg }="…"`
    }
shortcode-no-template = the shortcode `{ $name }` has no template `{ $template }`
    .code = E0330
    .help = add `templates/{ $template }` to the site (or the theme), or remove the shortcode's declaration

## The theme's templates

theme-no-templates = the theme `{ $theme }` has no templates folder
    .code = E0340
    .help = check `theme:` in site.yaml; the theme lives in `themes/<name>/templates/`
template-missing = the template `{ $name }` does not exist
    .code = E0341
    .help = { $near ->
        [none] the templates are { $names }
       *[other] did you mean `{ $near }`?
    }
template-none-for-page = the theme has no template to render this page (looked for { $candidates })
    .code = E0342
    .help = add one of these to the theme's templates folder
template-language-picker-missing = the theme has no `{ $name }`, which the site root needs when every language has its own prefix
    .code = E0343
    .help = add `{ $name }` to the theme's templates folder
template-taxonomy-missing = the theme has no `{ $name }`, which taxonomy pages need
    .code = E0344
    .help = add it to the theme's templates folder, or remove `taxonomies` from site.yaml
template-search-missing = the theme has no `{ $name }`, which the search page needs
    .code = E0345
    .help = add it to the theme's templates folder, or remove `search` from site.yaml
template-missing-parent = this template extends `{ $parent }`, which does not exist
    .code = E0346
    .help = create `{ $parent }` in the theme's templates folder, or fix the name
template-extends-itself = `{ $name }` extends itself
    .code = E0347
    .help = a site's `templates/{ $name }` replaces the theme's file of that name instead of extending it: copy the theme's `{ $name }` there and edit the copy, or extend another template
template-extends-cycle = this template extends itself through { $cycle }
    .code = E0348
    .help = one of these `{ "{%" } extends { "%}" }` lines must go
template-includes-cycle = this template includes itself through { $cycle }, which would never end
    .code = E0349
    .help = one of these `{ "{%" } include { "%}" }` lines must go
template-not-found = the template `{ $name }` does not exist
    .code = E0350
    .help = create it in the theme's templates folder, or fix the name where it is used
# Tera's own words, for an error outreach does not explain.
template-error = template error: { $error }
    .code = E0351
template-tera = { $error }
    .code = E0352
template-unknown-function = there is no template function `{ $name }`
    .code = E0353
    .help = { $near ->
        [none] outreach adds { $functions } to Tera's `range` and `throw`
       *[other] did you mean `{ $near }`? outreach adds { $functions } to Tera's `range` and `throw`
    }
template-unknown-filter = there is no template filter `{ $name }`
    .code = E0354
    .help = outreach adds `date`, `number`, `compact`, `money` and `area` to Tera's own filters
# $found and $expected are Tera's words.
template-unexpected = the template has { $found } where { $expected } should be
    .code = E0355
    .help = { $case ->
        [expression] close the `{ "{{" } … { "}}" }` on this line with `{ "}}" }`
        [tag] close the `{ "{%" } … { "%}" }` tag on this line with `{ "%}" }`
       *[other] check the tag's spelling against Tera's syntax
    }
template-no-field = there is no field `{ $name }` here
    .code = E0356
    .help = { $case ->
        [near] did you mean `{ $near }`? the fields here are { $fields }; for a field only some pages have, test it first: `{ "{%" } if … is defined { "%}" }`
        [list] the fields here are { $fields }; for a field only some pages have, test it first: `{ "{%" } if … is defined { "%}" }`
       *[none] for a field only some pages have, test it first: `{ "{%" } if … is defined { "%}" }`
    }
template-block-not-in-parent = this template fills the block `{ $name }`, but the template it extends has no `{ "{%" } block { $name } { "%}" }`
    .code = E0357
    .help = add `{ "{%" } block { $name } { "%}" }{ "{%" } endblock { $name } { "%}" }` to the template it extends; if your site's `templates/` folder overrides that template, copy the block from the theme's version
template-ends-open = the template ends while a tag is still open
    .code = E0358
    .help = every `{ "{%" } if { "%}" }`, `{ "{%" } for { "%}" }` and `{ "{%" } block { "%}" }` needs its `{ "{%" } endif { "%}" }`, `{ "{%" } endfor { "%}" }` or `{ "{%" } endblock { "%}" }`
template-component-loop = the component `{ $name }` calls itself and never stops (Tera gave up at its recursion limit)
    .code = E0359
    .help = call it inside an `{ "{%" } if { "%}" }` that is false at some depth, e.g. `{ "{%" } if n < 5 { "%}" }`

## Template functions (`get_page`, `url`, `t`…), as they fail while rendering

template-fn-not-content-path = `{ $function }()`: `{ $path }` is not a content path
    .code = E0362
    .help = write it as `@/section/page.md`, the page's file under `content/`
template-fn-no-page = `{ $function }()`: there is no `content/{ $path }`
    .code = E0363
    .help = check the name of the file under `content/` written after `@/`
template-fn-no-section = `totals()`: there is no section `{ $path }`
    .code = E0364
    .help = name a section by its `_index.md`, e.g. `@/dau-tu/_index.md`
template-fn-no-taxonomy = `get_taxonomy()`: site.yaml declares no taxonomy `{ $name }` (it has { $names })
    .code = E0365
    .help = use one of those, declare `{ $name }` under `taxonomies` in site.yaml, or pass `required=false` where the taxonomy may be missing
template-fn-string-missing = the theme string `{ $key }` has no `{ $lang }` text
    .code = E0366
    .help = add it to `{ $file }`
template-fn-url-not-a-path = `url()`: `{ $path }` is neither a content path nor a site path
    .code = E0367
    .help = write `@/section/page.md` for a page, `/path/` for another address of the site
template-fn-url-no-page = `url()`: there is no page `content/{ $path }`
    .code = E0368
    .help = check the name of the file under `content/` written after `@/`

## The theme's strings (i18n)

theme-strings-missing = the theme has no { $language } ({ $code }) strings: this file is missing
    .code = E0360
    .help = { $existing ->
        [none] create it with one line per string the templates use, e.g. `skip_to_content: "…"`
       *[other] copy `{ $existing }` to this name and translate its values
    }
theme-string-missing = the theme string `{ $key }` has no { $language } ({ $code }) text
    .code = E0361
    .help = add `{ $key }: "…"` to `{ $file }`

## outreach check: the links of the built site

check-leaves-site = the page `{ $page }` links to `{ $link }`, which leaves the site: it is published under `{ $base_path }/` (site.yaml's `base_url` `{ $base_url }`), and an address starting with `/` starts at the host
    .code = E0370
    .help = in Markdown, link to a page as `@/section/page.md` and to a file beside the page by its name; in raw HTML or a template, write the whole site path `{ $base_path }{ $raw }`, or in a template `{ "{{" } url(path="{ $raw }") { "}}" }`
check-not-in-site = the page `{ $page }` links to `{ $link }`, which is not in the site
    .code = E0371
    .help = fix the address, or add the page or file it names
check-no-id = the page `{ $page }` links to `{ $link }`, but that page has no id `#{ $id }`
    .code = E0372
    .help = link to a heading or id that page has, or give the element meant `id="{ $id }"`
