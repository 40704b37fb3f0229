//! The command line in the run's language: every command's and option's help from the
//! catalogues (`cli-about`, `cli-option`, `cli-heading`), set on the command clap derives
//! from [`Cli`], and the common mistakes on it said with a code (E0529–E0532). The
//! language is chosen before parsing, from `--lang`, `OUTREACH_LANG` and the system's.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use outreach::errln;
use outreach::messages::{Arg, Lang, Msg};

use super::Cli;

/// Parses the command line, its help and mistakes said in `lang`; `Err` is the exit code
/// of a run that ends here (`help`, `--help`, a mistake).
pub fn parse(args: &[std::ffi::OsString], lang: Lang) -> Result<Cli, ExitCode> {
    let mut cli_command = command(lang);
    let matches = match cli_command.clone().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => command_line_error(e, args, lang),
    };
    if let Some(("help", help)) = matches.subcommand() {
        // Built, each command has the global options (`--lang`) and its full name.
        cli_command.build();
        let named = help.get_one::<String>("command");
        let shown = match named {
            Some(name) => cli_command.find_subcommand_mut(name),
            None => None,
        };
        let printed = match (named, shown) {
            (_, Some(sub)) => sub.print_help(),
            (Some(name), None) => {
                let msg = Msg::new("cli-no-command")
                    .arg("name", name)
                    .arg("near", "none")
                    .arg("commands", Arg::all_of(&COMMANDS));
                errln!("error: {}", outreach::scaffold::said(&msg, lang));
                return Err(ExitCode::from(2));
            }
            (None, None) => cli_command.print_help(),
        };
        return Err(if printed.is_ok() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        });
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => Ok(cli),
        Err(e) => e.with_cmd(&cli_command).exit(),
    }
}

/// The commands, as `outreach help` names them.
const COMMANDS: [&str; 6] = ["build", "check", "translations", "serve", "new", "init"];

/// The language asked for on the command line, read before clap parses it (so that
/// `--help` and clap's own messages are in it): `--lang X` or `--lang=X`.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// Ends the run on a mistake on the command line, said in `lang` with its code for the
/// common ones (an unknown option or command, a wrong value, a missing argument), in
/// clap's words otherwise; `--help` and `--version` print what they print.
fn command_line_error(e: clap::Error, args: &[std::ffi::OsString], lang: Lang) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    };
    // The command the mistake is in: the first word that names one.
    let command = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| COMMANDS.contains(&a.as_ref()))
        .map_or("outreach".to_string(), |c| format!("outreach {c}"));
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let msg = match e.kind() {
        ErrorKind::UnknownArgument => Msg::new("cli-unknown-argument")
            .arg(
                "kind",
                if arg.starts_with('-') {
                    "option"
                } else {
                    "argument"
                },
            )
            .arg("arg", arg)
            .arg("command", &command)
            .arg(
                "near",
                text(ContextKind::SuggestedArg).unwrap_or_else(|| "none".into()),
            ),
        // `--root` with nothing after it.
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_none_or(|v| v.is_empty()) => {
            Msg::new("cli-missing-value")
                .arg("arg", arg)
                .arg("command", &command)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let values = list(ContextKind::ValidValue);
            Msg::new("cli-invalid-value")
                .arg("arg", arg)
                .arg("value", text(ContextKind::InvalidValue).unwrap_or_default())
                .arg("command", &command)
                .arg("has_values", if values.is_empty() { "no" } else { "yes" })
                .arg("values", Arg::OneOf(values))
        }
        ErrorKind::MissingRequiredArgument => Msg::new("cli-missing-argument")
            .arg("command", &command)
            .arg("args", Arg::AllOf(list(ContextKind::InvalidArg))),
        ErrorKind::MissingSubcommand => Msg::new("cli-missing-argument")
            .arg("command", &command)
            .arg("args", Arg::all_of(&["<COMMAND>"])),
        ErrorKind::InvalidSubcommand => Msg::new("cli-no-command")
            .arg(
                "name",
                text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            )
            .arg(
                "near",
                text(ContextKind::SuggestedSubcommand).unwrap_or_else(|| "none".into()),
            )
            .arg("commands", Arg::all_of(&COMMANDS)),
        _ => e.exit(),
    };
    errln!("error: {}", outreach::scaffold::said(&msg, lang));
    std::process::exit(2)
}

/// The command line with every command's and option's help in `lang`, from the
/// catalogues; the headings (`Usage`, `Options`…) and the `help` command too.
fn command(lang: Lang) -> clap::Command {
    let about = |c: &str| Msg::new("cli-about").arg("command", c).text(lang);
    let option = |o: &str| Msg::new("cli-option").arg("option", o).text(lang);
    // Clap takes headings as `&'static str` only: these few live as long as the run.
    let heading = |h: &str| -> &'static str {
        Box::leak(
            Msg::new("cli-heading")
                .arg("heading", h)
                .text(lang)
                .into_boxed_str(),
        )
    };
    let (options, arguments) = (heading("options"), heading("arguments"));
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        heading("usage")
    );
    // The help flag clap adds cannot be given another text: each command gets its own.
    let help_flag = || {
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(option("help"))
            .display_order(usize::MAX - 1)
            .help_heading(options)
    };
    let localize = |cmd: clap::Command, name: &str| -> clap::Command {
        let cmd = cmd
            .about(about(name))
            .help_template(template.clone())
            .subcommand_help_heading(heading("commands"))
            .disable_help_flag(true)
            .arg(help_flag());
        // Under headings of their own, arguments would be sorted by name: each keeps
        // its place in the list instead.
        let mut order = 0;
        cmd.mut_args(|a| {
            let key = match a.get_id().as_str() {
                "type_name" => "type",
                "base_url" => "base-url",
                "strict_translations" => "strict-translations",
                "mark_done" => "mark-done",
                "format" if name == "translations" => "report-format",
                "help" => return a,
                other => other,
            }
            .to_string();
            // Defaults and values are said in the help's own words, in its language.
            order += 1;
            let mut a = a.help(option(&key)).display_order(order);
            if a.get_action().takes_values() {
                a = a.hide_default_value(true).hide_possible_values(true);
            }
            if a.is_positional() {
                a.help_heading(arguments)
            } else {
                a.help_heading(options)
            }
        })
    };
    let mut cli = localize(Cli::command(), "outreach")
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(option("version"))
                .display_order(usize::MAX)
                .help_heading(options),
        )
        .disable_help_subcommand(true);
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in &names {
        cli = cli.mut_subcommand(name, |c| localize(c, name));
    }
    cli.subcommand(localize(
        clap::Command::new("help").arg(
            clap::Arg::new("command")
                .value_name("COMMAND")
                .num_args(0..=1),
        ),
        "help",
    ))
}
