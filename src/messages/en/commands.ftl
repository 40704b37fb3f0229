# commands messages (en). Codes: see the ranges in src/messages/mod.rs.
# The commands themselves: the command line's help, the lines `build`, `check`, `new`,
# `init`, `translations` and `serve` print, and their own errors.

## The command line (`outreach --help`, `outreach build --help`…)

cli-about = { $command ->
        [build] Build the site into output/
        [check] Run every check the build runs, and write nothing
        [translations] Which pages are translated, out of date or missing in each language
        [serve] Preview the site, rebuilding and reloading the browser on every save
        [new] Start a page of a content type, in every language
        [init] Create a new site with the default theme
        [help] Print this message or the help of the given command
       *[outreach] Build bilingual external-information websites
    }
    .code = M0501
cli-option = { $option ->
        [lang] The language of messages, `vi` or `en` (else OUTREACH_LANG, else the system's language, else the site's default language)
        [type] The content type (project, partner, delegation, event, news, page…)
        [slug] The page's name in its address, e.g. `cang-song-hau`
        [section] The section folder under content/ (default: the section whose pages are of TYPE)
        [root] The site's folder (the one with site.yaml) [default: .]
        [port] The port to listen on [default: 1111]
        [bind] The address to listen on: 127.0.0.1 is this computer only; another address (0.0.0.0: every network) lets other computers see the preview, which is not meant for the public [default: 127.0.0.1]
        [drafts] Include pages marked `draft: true`
        [dir] The folder of the new site (empty or new)
        [example] Write the full Hậu Giang example site instead of the neutral starter
        [format] How to print problems: `text` (for people), `json` (for tools) or `github` (GitHub Actions annotations) [default: text]
        [output] Where to write the site [default: ROOT/output]
        [base-url] The address the site is published at, instead of site.yaml's `base_url`
        [verbose] Print how long each phase took
        [strict-translations] Treat missing and out-of-date translations as errors
        [report-format] `text` for people, `json` for tools [default: text]
        [mark-done] Stamp these translations as up to date with their originals
        [help] Print help
        [version] Print version
       *[command] The command whose help to print
    }
    .code = M0502
cli-heading = { $heading ->
        [usage] Usage
        [commands] Commands
        [arguments] Arguments
       *[options] Options
    }
    .code = M0503
cli-no-command = there is no command `{ $name }`
    .code = E0529
    .help = { $near ->
        [none] the commands are { $commands }
       *[other] did you mean `{ $near }`?
    }
cli-unknown-argument = { $kind ->
        [option] `{ $command }` takes no option `{ $arg }`
       *[argument] `{ $command }` takes no further argument `{ $arg }`
    }
    .code = E0530
    .help = { $near ->
        [none] { $kind ->
            [option] `{ $command } --help` lists the options it takes
           *[argument] `{ $command } --help` says what it takes
        }
       *[other] did you mean `{ $near }`?
    }
cli-invalid-value = `{ $value }` is not a value `{ $arg }` takes
    .code = E0531
    .help = { $has_values ->
        [yes] write { $values }
       *[no] `{ $command } --help` says what it takes
    }
cli-missing-argument = `{ $command }` needs { $args }
    .code = E0532
    .help = `{ $command } --help` says what to write
cli-missing-value = `{ $arg }` needs a value after it
    .code = E0533
    .help = `{ $command } --help` says what to write
cli-unknown-language = `{ $lang }` is not a language of outreach's messages (`vi` or `en`), so it is ignored
    .code = W0503
    .help = { $near ->
        [none] write `--lang vi` or `--lang en`
       *[other] did you mean `--lang { $near }`?
    }

## build and check

build-built = built { $pages } { $pages ->
        [one] page
       *[other] pages
    } ({ $languages }) into { $output } in { $seconds } s: { $written } { $written ->
        [one] file
       *[other] files
    } written, { $unchanged } unchanged{ $warnings ->
        [0] { "" }
        [one] , 1 warning
       *[other] , { $warnings } warnings
    }
    .code = M0504
check-checked = checked { $pages } { $pages ->
        [one] page
       *[other] pages
    } ({ $languages }){ $warnings ->
        [0] { "" }
        [one] , 1 warning
       *[other] , { $warnings } warnings
    }: no errors
    .code = M0505
build-search-index = search index { $language }: { $size } in { $files } files ({ $share }% of the language's { $html } of HTML)
    .code = M0506
build-verbose-images = images: { $images } photos, { $decoded } decoded, { $cached } from the cache, { $pruned } cache entries pruned ({ $ms } ms)
    .code = M0507
build-verbose-syntaxes = syntaxes: { $loaded ->
        [yes] loaded (a page has a code block)
       *[no] not loaded (no code blocks)
    }
    .code = M0508

# The progress bar on a terminal, and the phases `build -v` times.
progress-phase = { $phase ->
        [config] config
        [library] library
        [markdown] markdown
        [templates] templates
        [render] render
        [rendering] rendering
        [images] images
        [side-outputs] side outputs
        [static] static
        [links] links
        [write] write
       *[other] { $name }
    }{ $done ->
        [yes] { " done" }
       *[no] { "" }
    }
    .code = M0537
progress-count = { $phase ->
        [images] photos
       *[other] pages
    }
    .code = M0538

## init

init-created = created a new site in `{ $dir }` ({ $files } files)
    next: `outreach build --root { $dir }` builds it into { $dir }/output
    .code = M0509
init-not-empty = `{ $dir }` is not empty; outreach creates a new site only in an empty or new folder
    .code = E0501
    .help = give the name of a folder that does not exist yet, e.g. `outreach init { $dir }-new`: outreach creates it
folder-unreadable = cannot read `{ $path }`
    .code = E0502

## new

new-created = created `{ $file }`
    .code = M0510
new-draft = the page is a draft: preview it with `outreach build --drafts`, and remove `draft: true` to publish it
    .code = M0511
new-unknown-type = there is no content type `{ $name }`
    .code = E0503
    .help = { $near ->
        [none] the content types are { $names }
       *[other] did you mean `{ $near }`?
    }
new-no-section = there is no section `content/{ $dir }/` (a folder with `_index.md`)
    .code = E0504
    .help = create the folder `content/{ $dir }/` with an `_index.md` in it, or choose another section with `--section`
new-exists = `{ $path }` already exists; choose another name
    .code = E0505
new-no-section-of-type = no section has `page_type: { $type }`
    .code = E0506
    .help = choose the folder with `--section`, e.g. `--section dau-tu`
new-several-sections = several sections hold `{ $type }` pages ({ $sections })
    .code = E0507
    .help = choose one with `--section`
# The comments `new` writes into the pages it starts (each line begins with `#`
# where it is written).
new-comment = { $case ->
        [required] (required)
        [one-of] one of: { $values }
        [inherited] the same in every language: translations inherit it
        [own-type] type: this section's pages are of another type; this one is a `{ $type }`
        [example] e.g. { $example }
        [optional] Optional fields: remove the `#` to use one.
        [sample] Figures not yet official: keep `sample: true`, and the page says they are illustrative.
        [draft] Remove `draft: true` to publish the page (preview it with `outreach build --drafts`).
        [translation-intro] This translation sets only what it translates; every other field is inherited from `{ $original }`. Translate the text below, then mark it done with `outreach translations --mark-done` and this file's path.
        [slug] slug: the last part of this language's address (/{ $code }/…/{ $slug }/); translate it
       *[translation-draft] Remove `draft: true` to publish this translation.
    }
    .code = M0512

# The text `new` writes in place of the page's own, in the page's language.
new-body = { $case ->
        [original] The page's text, in Markdown.
       *[translation] The page's text in this language, in Markdown.
    }
    .code = M0539

## translations

translations-status = { $status ->
        [ok] up to date
        [stale] out of date
        [unstamped] never checked
       *[missing] missing
    }
    .code = M0513
translations-explanation = { $status ->
        [ok] ok: marked done against the original as it is now
        [stale] out of date: the original's text changed after the translation was marked done; update the translation, then `outreach translations --mark-done FILE`
        [unstamped] never checked: nobody has marked the translation done, so nobody has said it follows the original; check it, then `outreach translations --mark-done FILE` (this writes its `source_hash` and `source_parts` lines)
       *[missing] missing: there is no translation; the page shows the original in its place, or is left out, as site.yaml's `missing:` says
    }
    .code = M0514
translations-missing-file = { $case ->
        [record] { $source } (no `{ $code }` values in it)
       *[file] { $source } (write { $translation })
    }
    .code = M0515
translations-checked = { $date ->
        [none] checked
       *[other] checked on { $date }
    }
    .code = M0516
translations-changed-since = { $date ->
        [none] checked; since then the original changed { $changes }
       *[other] checked on { $date }; since then the original changed { $changes }
    }
    .code = M0517
translations-changed-unknown = the original's text changed since this translation was checked
    .code = M0518
translations-never-checked = nobody has marked this translation done yet
    .code = M0519
translations-summary = { $language }: { $ok } up to date, { $stale } out of date, { $unstamped } never checked, { $missing } missing ({ $total } { $total ->
        [one] page
       *[other] pages
    })
    .code = M0520
# One thing that changed in an original: a field, a paragraph, paragraphs removed.
translations-change = { $item ->
        [title] the title
        [description] the description
        [tags] the tags
        [paragraph] paragraph { $number } ("{ $begins }")
        [removed] { $count } { $count ->
            [one] paragraph
           *[other] paragraphs
        } removed
       *[field] `{ $field }`
    }
    .code = M0521
# The things that changed: `$rest` is a list of them joined with ", ".
translations-changes = { $count ->
        [0] its text
        [1] { $last }
       *[other] { $rest } and { $last }
    }
    .code = M0522
mark-done-marked = marked `{ $file }` as up to date (source_hash: { $hash })
    .code = M0523
translation-missing = this page has no { $language } translation
    .code = E0508
    .help = { $case ->
        [record] add `{ $code }:` values to its `title`, `description` and `body`, e.g. `title: { "{" } { $default_code }: "…", { $code }: "…" { "}" }`
       *[file] write `{ $translation }`
    }
translation-stale = this { $language } translation is out of date: `{ $source }` has changed since it was marked done
    .code = E0509
    .help = update the translation, then run `outreach translations --mark-done { $file }`
mark-done-not-a-page = `{ $file }` is not a page of this site (translations are files like `content/dau-tu/x.en.md`)
    .code = E0510
file-unreadable = failed to read `{ $path }`
    .code = E0511
mark-done-not-utf8 = `{ $file }` is not UTF-8 text
    .code = E0512
mark-done-no-translation = `{ $file }` has no translation yet: add `{ $code }:` values to its `title` and `body` first
    .code = E0513
mark-done-original = `{ $file }` is not a translation: it is the { $language } original; mark its translations done instead (e.g. `{ $example }`)
    .code = E0514
file-unwritable = failed to write `{ $path }`
    .code = E0515

## serve

serve-bad-address = `{ $bind }` is not an address to listen on
    .code = E0516
    .help = give an IP address: `127.0.0.1` (this computer only, the default), `::1`, or `0.0.0.0` for every network this computer is on
serve-port-in-use = the port { $port } is already in use (another `outreach serve`, or another program)
    .code = E0517
    .help = choose another port, e.g. `outreach serve --port { $next }`
serve-port-denied = cannot listen on { $addr }: this user may not open the port { $port }
    .code = E0518
    .help = ports below 1024 need administrator rights; choose another, e.g. `outreach serve --port 1111`
serve-address-not-here = cannot listen on { $addr }: it is not an address of this computer
    .code = E0519
    .help = leave out `--bind` to listen on 127.0.0.1 (this computer only)
serve-cannot-listen = cannot listen on { $addr }: { $error }
    .code = E0520
serve-no-threads = cannot start the preview's server threads: { $error }
    .code = E0521
serve-cannot-write-page = cannot write `{ $path }` of the preview: { $error }
    .code = E0522
serve-cannot-update-search = cannot update the search index of the preview: { $error }
    .code = E0523
serve-cannot-remove-preview = cannot remove the preview folder `{ $folder }`: { $error }
    .code = E0524
    .help = remove it by hand
serve-cannot-stop = cannot stop the preview in order: { $error }
    .code = E0525
serve-no-signal-handler = cannot set up the removal of the preview folder on Ctrl-C
    .code = E0526
serve-cannot-watch = { $path ->
        [none] cannot watch the site's files
       *[other] cannot watch `{ $path }`
    }
    .code = E0527
serve-no-preview-folder = cannot create the preview's folder in `{ $temp }`
    .code = E0528
    .help = set TMPDIR to a folder you can write to
serve-public = the preview listens on { $addr }, where other computers can reach it, but it is not meant for the public: anyone who reaches it sees every page as you save it, and it is not built to stand up to heavy or hostile traffic
    .code = W0501
    .help = to publish the site, build it with `outreach build` and upload `output/` (see docs/deploy.md); to keep the preview to this computer, leave out `--bind`
serve-leftover-kept = cannot remove `{ $dir }`, left by an `outreach serve` that was killed: { $error }
    .code = W0502
    .help = remove it by hand
serve-leftover-removed = removed `{ $dir }`, left by an `outreach serve` that was killed
    .code = M0524
serve-preview-folder = the preview is built in `{ $folder }` (readable only by you, removed when serve stops)
    .code = M0525
serve-serving = serving the site at { $url }/ (stop with Ctrl-C)
    .code = M0526
serve-changed = changed: { $more ->
        [0] { $files }
       *[other] { $files } and { $more } more
    }
    .code = M0527
serve-not-rebuilt = { $what ->
        [page] the page was not rebuilt: the pages served are the last good build
       *[site] the site was not rebuilt: the pages served are the last good build
    }
    .code = M0528
serve-built = built { $pages } { $pages ->
        [one] page
       *[other] pages
    } in { $ms } ms
    .code = M0529
serve-rebuilt = rebuilt { $pages } { $pages ->
        [one] page
       *[other] pages
    } in { $ms } ms
    .code = M0530
serve-search-updated = search index { $code } updated in { $ms } ms
    .code = M0531
serve-stopped-at-once = stopped without waiting for the build; the next `outreach serve` removes `{ $folder }`
    .code = M0532
serve-stopping = stopping once the build in progress is written (press Ctrl-C again to stop at once)
    .code = M0533
serve-stopped = stopped; removed the preview folder `{ $folder }`
    .code = M0534
# Over the page in the browser, above the problems of the last save.
serve-overlay = outreach: the last save has problems; this page is the last good build.
    .code = M0535
# What the preview answers in the browser when it shows no page.
serve-answer = { $case ->
        [headers-too-long] The request's headers are too long.
        [too-slow] The request took too long to arrive.
        [not-http] Bad request: this is not an HTTP request.
        [not-get] The preview only shows the site: it answers GET and HEAD requests.
        [too-many-tabs] Too many tabs of the preview are open: close some, then reload this one.
        [outside-base] Not found: this preview serves the site under `{ $base }/`, the path of site.yaml's `base_url`, as it will be published.
        [bad-address] Bad request: this address is not allowed.
        [unreadable] The file could not be read.
       *[not-found] Not found.
    }
    .code = M0536
