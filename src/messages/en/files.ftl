# files messages (en). Codes: see the ranges in src/messages/mod.rs.

## The site's folder: links, folders, what cannot be read

content-is-folder = this is a folder, where a file was expected
    .code = E0801
    .help = remove or rename the folder
content-link-outside = { $link ->
        [link] this is a symbolic link
       *[through] this path goes through a symbolic link
    } to `{ $target }`{ $resolved ->
        [same] { "" }
       *[other] { " " }(that is `{ $real }`)
    }, outside the site's folder: outreach never reads or publishes anything from outside the site
    .code = E0802
    .help = copy the file or folder into the site instead of linking to it, or remove the link
content-link-dangling = this is a symbolic link{ $has_target ->
        [no] { "" }
       *[yes] { " " }to `{ $target }`
    }, which does not exist
    .code = E0803
    .help = remove the link, or put the file it names in its place
content-not-a-file = this is { $kind ->
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [device] a device
       *[other] neither a file nor a folder
    }, not a file: outreach never reads it
    .code = E0804
    .help = remove it from the site's folder
content-unreadable = the file cannot be read: { $error }
    .code = E0805
    .help = check that the file is there and that you may read it (close any program that holds it locked), then build again
content-link-loop = this symbolic link loops back to `{ $ancestor }`, so the folder would never end
    .code = E0806
    .help = remove the link, or point it at a folder outside its own ancestors
content-entry-unreadable = cannot read this folder entry: { $error }
    .code = E0807
    .help = check that the folder is there and that you may read it, then build again

## File names

file-misnamed = this file is read as { $what ->
        [translation] the { $language } translation
        [page] the { $language } page
       *[none] a page
    }, but its name should be `{ $right }`: { $txt ->
        [none] { "" }
       *[other] it ends in `.txt`, which Notepad adds when file name extensions are hidden
    }{ $after ->
        [next] { "; " }
       *[other] { "" }
    }{ $after ->
        [none] { "" }
       *[other] the language `{ $after_written }` goes before `.md`, not after it
    }{ $ext ->
        [next] { "; " }
       *[other] { "" }
    }{ $ext ->
        [none] { "" }
       *[other] { $ext_kind ->
            [case] its extension `{ $ext_written }` is written in capitals
           *[other] `{ $ext_written }` is another program's extension for Markdown
        }
    }{ $alias ->
        [next] { "; " }
       *[other] { "" }
    }{ $alias ->
        [none] { "" }
       *[other] the language is written `{ $alias_code }` (as in site.yaml), not `{ $alias_written }`
    }
    .code = W0801
    .help = rename the file to `{ $right }`{ $txt ->
        [none] { "" }
       *[other] ; in File Explorer, first turn on View → Show → File name extensions, or Windows keeps the hidden `.txt`
    }
file-stray-markdown = this file is left out of the site: its name ends in `.{ $suffix }` after the Markdown extension, so it is not a page, and a page's text is never published as a file
    .code = W0802
    .help = if it is a page, rename it to `{ $page_name }`; if it is an old copy, move it out of `content/`
record-name-has-language = a `.yaml` record page holds every language in one file, so its name has no language
    .code = E0808
    .help = rename it without `.{ $suffix }` and write translated fields as `title: { "{" } vi: "…", en: "…" { "}" }`
record-name-is-index = a section or page folder is written in Markdown (`_index.md`, `index.md`), not as a `.yaml` record
    .code = E0809
    .help = rename the file, or write it as Markdown with front matter
file-language-capitals = the language in a file name is written in lower case, but this one is `{ $suffix }`
    .code = E0810
    .help = rename the file to `{ $right }`
file-language-undeclared = the file name says its language is `{ $suffix }`, but site.yaml does not declare that language
    .code = E0811
    .help = declare `{ $suffix }` under `languages:` in site.yaml, or rename the file (the languages are { $languages })
file-index-at-top = `index.md` at the top of content/ would be a page without a name
    .code = E0812
    .help = the home page is `content/_index.md`

## Pages: the home page, front matter, translations of one page

home-page-missing = the site has no home page: `content/_index.md` is missing
    .code = E0813
    .help =
        create it with a title, e.g.
        ---
        title: Trang chủ
        ---
translation-empty = this { $language } translation is empty, so its page shows the { $default } original
    .code = W0803
    .help = write the translation in this file, or delete the file
front-matter-unclosed = the front matter opened by `---` on line 1 is never closed
    .code = E0814
    .help = add a line with only `---` after the last field
page-version-twice = this file and `{ $other }` are both the { $language } version of the same page
    .code = E0815
    .help = keep one of them; a page is either `name.md` or `name/index.md`, once per language
page-kinds-differ = this file and the default-language file are different kinds (a page and a page folder)
    .code = E0816
    .help = write both as `name.md` / `name.en.md`, or both as `name/index.md` / `name/index.en.md`
page-image-not-in-site = there is no file `{ $image }` in the site
    .code = E0817
    .help = put the picture in `static/` (for `/…`) or beside the page, and write its name
page-image-not-beside = there is no file `{ $name }` beside this page for `image:`, so it would have no picture when shared
    .code = E0818
    .help = { $near ->
        [none] put the picture beside the page (a page written as `name/index.md` has its own folder), or give its address starting with `/`
        [case] did you mean `{ $near_name }`? A published file name must match in capitals too
       *[other] did you mean `{ $near_name }`?
    }
address-refused = the { $field ->
        [slug] slug
       *[path] path
    } `{ $value }` { $reason ->
        [nul] contains a NUL character
        [backslash] contains a backslash `\`
        [dots] contains `..` or `.`, which would leave its folder
        [address] is a web address, not a path inside the site
        [slash] contains `/`; a slug is one part of the address (use `path:` for a whole path)
        [empty] is empty; the home page is `content/_index.md`
       *[long] makes an address part { $length } characters long (`{ $start }…`); the most a folder name can safely be is { $max }
    }
    .code = E0819
    .help = { $field ->
        [slug] write one word or words joined by `-`, e.g. `slug: dau-tu`
       *[path] write a path inside the site, e.g. `path: gioi-thieu/lich-su`
    }
asset-at-page-address = this file would be published at `{ $url }`, where the { $language } page of `{ $page }` is
    .code = E0820
    .help = rename the file, or move it out of `content/` if it is not part of the site
address-clash = { $one_language ->
        [yes] this { $language } page
       *[no] this page
    } and `{ $other }` both want the address `{ $url }`{ $more ->
        [0] { "" }
        [1] { " " }(and `{ $url2 }` in { $language2 })
       *[other] { " " }(and `{ $url2 }` in { $language2 }, and { $rest } more)
    }
    .code = E0821
    .help = { $blamed ->
        [file] rename this file, or give the page a `slug:` of its own
       *[field] change this `{ $field }:` so that the page has an address of its own, or remove it to use the file's name
    }

## Front matter: what kind of value each of outreach's own fields takes

record-not-fields = a record page is a list of `field: value` lines, but this file is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [text] text
        [list] a list
        [mapping] a group of fields
       *[tagged] a tagged value
    }
    .code = E0822
    .help = write one field per line, e.g. `title: { "{" } vi: "…", en: "…" { "}" }`
front-matter-not-fields = the front matter must be a list of `field: value` lines, but here it is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [text] text
        [list] a list
        [mapping] a group of fields
       *[tagged] a tagged value
    }
    .code = E0823
    .help = write e.g. `title: Hậu Giang` between the `---` lines
field-name-not-text = a field name must be text, but `{ $name }` is not
    .code = E0824
    .help = write the field's name as a word, e.g. `title:`, then its value
paginate-by-not-positive = `paginate_by` must be a whole number above 0
    .code = E0825
    .help = write e.g. `paginate_by: 10`
field-wrong-kind = `{ $key }` must be { $expected ->
        [text] text
        [bool] `true` or `false`
        [integer] a whole number
       *[list] a list
    }, but here it is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [text] text
        [list] a list
        [mapping] a group of fields
       *[tagged] a tagged value
    }
    .code = E0826
    .help = { $expected ->
        [text] { $kind ->
            [list] write the { $key } on one line, in quotes if it contains `[`, e.g. `{ $key }: "…"`
            [mapping] a `:` inside the value starts a new field; put the whole { $key } in double quotes
           *[other] put the { $key } in double quotes: `{ $key }: "…"`
        }
        [bool] write `{ $key }: true` or `{ $key }: false`, without quotes
        [integer] write e.g. `{ $key }: 10`
       *[list] write `{ $key }: [first, second]`
    }
date-wrong-kind = `{ $key }` must be a date like 2018-03-13, but here it is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [text] text
        [list] a list
        [mapping] a group of fields
       *[tagged] a tagged value
    }
    .code = E0827
    .help = write the date as year-month-day, e.g. `{ $key }: 2018-03-13`
list-item-not-text = each of `{ $key }` must be text, but this one is { $kind ->
        [empty] empty
        [bool] yes/no (true/false)
        [decimal] a number with decimals
        [integer] a whole number
        [text] text
        [list] a list
        [mapping] a group of fields
       *[tagged] a tagged value
    }
    .code = E0828
    .help = write each item as text, e.g. `{ $key }: [first, second]`
sort-by-invalid = `sort_by` must be { $values }
    .code = E0829
    .help = write `sort_by: date`, `sort_by: title` or `sort_by: weight`

## Old addresses (`aliases:`), feeds and the menu

alias-outside = the alias `{ $alias }` is not an address inside the site
    .code = E0830
    .help = write the old address as a path, e.g. `/tin-tuc/2018/ke-hoach/`
alias-clash = the alias `{ $url }` { $own ->
        [yes] is the address of
       *[no] needs a folder `{ $place }/` where the build writes
    } { $what ->
        [page-file] `{ $name }`
        [page-of] the page of `{ $name }`
        [listing] { $name }
        [marker] `{ $name }`, the file by which outreach knows its output folder
        [sitemap] the sitemap
        [robots] `robots.txt`
        [picker] the language picker at the site's root
        [not-found] the “not found” page in `{ $name }`
        [search-page] the search page in `{ $name }`
        [feed] the feed of `{ $name }`
        [open-data] the open data of `{ $name }`
        [asset] the file `{ $name }`
        [search-index] a file of the search index
        [static-file] the file `{ $name }` from { $from ->
            [theme] the theme's `static/`
           *[site] the site's `static/`
        }
       *[static-folder] the folder `{ $name }/` from { $from ->
            [theme] the theme's `static/`
           *[site] the site's `static/`
        }
    }
    .code = E0831
    .help = { $taken ->
        [yes] an alias is an old address that no page uses any more; remove it or move that page
       *[no] remove this alias: an alias is an old address that nothing else uses, and a redirect there would replace what the build writes
    }
alias-twice = the alias `{ $url }` is also an alias of `{ $other }`
    .code = E0832
    .help = an old address can send readers to one page only: remove it here or there
feed-needs-date = this page is in a section with a feed (`feed: true`), so it needs a `date`
    .code = E0833
    .help = add a line `date: 2018-03-13` (year-month-day) above the closing `---`
menu-page-missing = the menu links to `content/{ $target }`, which does not exist
    .code = E0834
    .help = { $near ->
        [none] write the path of a page under `content/`, e.g. `page: "@/dau-tu/_index.md"`, or remove this menu item
       *[other] did you mean `@/{ $near }`?
    }

## The output folder

output-whole-disk = refusing to write the site into `{ $path }`: outreach replaces its output folder completely
    .code = E0835
    .help = choose a folder of its own with `--output`, e.g. `--output output` (a folder `output` in the site's folder)
output-holds-site = refusing to write the site into `{ $path }`: that folder contains the site's own files, which the build would delete
    .code = E0836
    .help = choose a folder of its own with `--output`, e.g. `--output output` (a folder `output` in the site's folder)
output-in-sources = refusing to write the site into `{ $path }`: it is inside the site's `{ $source }/` folder
    .code = E0837
    .help = choose a folder outside `{ $source }/` with `--output`, e.g. `--output output` (a folder `output` in the site's folder)
output-not-outreachs = the output folder `{ $path }` has files that outreach did not write (it has no `{ $marker }` marker), so the build will not replace it
    .code = E0838
    .help = move those files elsewhere, or choose another folder with `--output`
output-link-dangling = { $place ->
        [output] the output
       *[above] the folder above the output
    } `{ $path }` is a symbolic link to `{ $target }`, which does not exist
    .code = E0839
    .help = create the folder it points to, remove the link, or choose another folder with `--output`
output-is-file = { $place ->
        [output] the output
       *[above] the folder above the output
    } `{ $path }` is a file, not a folder{ $link ->
        [no] { "" }
       *[yes] { " " }(a link to `{ $target }`)
    }
    .code = E0840
    .help = move the file elsewhere, or choose another folder with `--output`

## The site's folder

site-not-found = there is no `{ $path }`: this folder is not an outreach site
    .code = E0841
    .help = run outreach in the site's folder, pass `--root DIR`, or create a site with `outreach init DIR`

## A page read again while the site is built

body-changed = the file's front matter changed while the site was being built; build again
    .code = E0842
body-unreadable = the file cannot be read again: { $error }
    .code = E0843
body-not-utf8 = the file is no longer UTF-8 text
    .code = E0844

## Notes under a message (their codes are not printed)

note-address-asked = `{ $place }` { $case ->
        [field] asks for it with `{ $field }: { $value }`
        [folder] has it from its folder's name
       *[file] has it from its file name
    }
    .code = M0801
note-same-alias = `{ $place }` has the same alias
    .code = M0802
