//! The command line in the run's language: `--help` of every command with the catalog's words,
//! and clap's usage errors said in Korean when the run speaks Korean.
//!
//! The language must be known before clap parses, since clap prints the help and the usage
//! errors itself: [`lang_in`] reads `--lang` from the raw arguments, `main` chooses, and
//! [`parse`] then builds the command with the catalog's texts and parses with it.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};
use gavel::i18n::{Lang, current};
use i18n_embed_fl::fl;
use unicode_width::UnicodeWidthStr;

use crate::Cli;

/// The language `--lang` names among the raw arguments (`--lang ko`, `--lang=en`), if any: read
/// before clap parses, so that clap's help and errors are in it. A value that is no language
/// is left to clap to refuse.
pub fn lang_in(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    let mut found = None;
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(arg) => arg.strip_prefix("--lang="),
            None => None,
        };
        match value {
            Some("ko") => found = Some(Lang::Ko),
            Some("en") => found = Some(Lang::En),
            _ => {}
        }
    }
    found
}

/// Parses the command line, or ends the program as clap would: help and version on stdout with
/// code 0, a usage error on stderr with code 2 (in Korean when the run speaks it).
pub fn parse(args: Vec<OsString>) -> Cli {
    let mut cmd = command();
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        Err(e) => exit(e),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => exit(e.with_cmd(&cmd)),
    }
}

/// The command line with the catalog's words: every about and help text, the headings, the
/// help and version flags.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    // Built first, so that the help and version flags and the help command clap adds are there
    // to be given words.
    cmd.build();
    localize(cmd, true)
}

fn localize(mut cmd: Command, top: bool) -> Command {
    let l = current();
    let name = cmd.get_name().to_owned();
    if let Some(about) = about(&name, top) {
        cmd = cmd.about(about);
    }
    let heading = fl!(l, "cli-heading-usage");
    let style = *cmd.get_styles().get_usage();
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{style}{heading}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(fl!(l, "cli-heading-commands"));
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in args {
        cmd = cmd.mut_arg(&id, |arg| localize_arg(arg, &name, top));
    }
    let options = fl!(l, "cli-value-options");
    if top {
        // The second line of the usage lines up under the first, after the heading.
        let indent = " ".repeat(heading.width() + 2);
        let (agenda, lang, command) =
            (fl!(l, "cli-value-agenda"), fl!(l, "cli-value-lang"), fl!(l, "cli-value-command"));
        cmd = cmd.override_usage(format!(
            "gavel [{options}] [{agenda}]\n{indent}gavel [--lang <{lang}>] <{command}>"
        ));
    } else if gavel::i18n::lang() != Lang::En {
        // clap's usage line says [OPTIONS] in English: the same line, with the catalog's word.
        let usage = cmd.render_usage().to_string();
        let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, line)| line);
        cmd = cmd.override_usage(usage.replace("[OPTIONS]", &format!("[{options}]")));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_owned()).collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |c| localize(c, false));
    }
    cmd
}

fn about(command: &str, top: bool) -> Option<String> {
    let l = current();
    Some(match command {
        _ if top => fl!(l, "cli-about"),
        "run" => fl!(l, "cli-run-about"),
        "check" => fl!(l, "cli-check-about"),
        "new" => fl!(l, "cli-new-about"),
        "schema" => fl!(l, "cli-schema-about"),
        "export" => fl!(l, "cli-export-about"),
        "attach" => fl!(l, "cli-attach-about"),
        "replay" => fl!(l, "cli-replay-about"),
        "recover" => fl!(l, "cli-recover-about"),
        "verify" => fl!(l, "cli-verify-about"),
        "amend" => fl!(l, "cli-amend-about"),
        "finalize" => fl!(l, "cli-finalize-about"),
        "man" => fl!(l, "cli-man-about"),
        "help" => fl!(l, "cli-help-command"),
        _ => return None,
    })
}

fn localize_arg(mut arg: Arg, command: &str, top: bool) -> Arg {
    let l = current();
    let id = arg.get_id().as_str().to_owned();
    let command = if top { "" } else { command };
    let help = match (command, id.as_str()) {
        (_, "help") if arg.get_long_help().is_some() => {
            arg = arg.long_help(fl!(l, "cli-help-flag-long"));
            Some(fl!(l, "cli-help-flag-short"))
        }
        (_, "help") => Some(fl!(l, "cli-help-flag")),
        (_, "version") => Some(fl!(l, "cli-version-flag")),
        (_, "lang") => Some(fl!(l, "cli-arg-lang")),
        (_, "ambiguous_wide") => Some(fl!(l, "cli-arg-ambiguous-wide")),
        ("", "agenda") => Some(fl!(l, "cli-arg-agenda")),
        ("" | "run", "minutes") => Some(fl!(l, "cli-arg-minutes")),
        ("" | "run", "fresh") => Some(fl!(l, "cli-arg-new")),
        ("" | "run", "rehearse") => Some(fl!(l, "cli-arg-rehearse")),
        ("run", "agenda") => Some(fl!(l, "cli-run-agenda")),
        ("check", "agenda") => Some(fl!(l, "cli-check-agenda")),
        ("check", "json") => Some(fl!(l, "cli-check-json")),
        ("new", "file") => Some(fl!(l, "cli-new-file")),
        ("export" | "replay" | "verify" | "amend" | "finalize", "minutes") => Some(fl!(l, "cli-arg-journal")),
        ("verify", "fingerprint") => Some(fl!(l, "cli-verify-fingerprint")),
        ("amend", "by") => Some(fl!(l, "cli-amend-by")),
        ("amend", "note") => Some(fl!(l, "cli-amend-note")),
        ("amend", "text") => Some(fl!(l, "cli-amend-text")),
        ("amend", "strike") => Some(fl!(l, "cli-amend-strike")),
        ("amend", "reason") => Some(fl!(l, "cli-amend-reason")),
        ("finalize", "by") => Some(fl!(l, "cli-finalize-by")),
        ("export", "format") => Some(fl!(l, "cli-export-format")),
        ("export", "output") => Some(fl!(l, "cli-export-output")),
        ("export", "force") => Some(fl!(l, "cli-export-force")),
        ("export", "public") => Some(fl!(l, "cli-export-public")),
        ("attach", "target") => Some(fl!(l, "cli-attach-target")),
        ("attach", "role") => Some(fl!(l, "cli-attach-as")),
        ("attach", "seat") => Some(fl!(l, "cli-attach-seat")),
        ("recover", "rescue") => Some(fl!(l, "cli-recover-rescue")),
        ("recover", "minutes") => Some(fl!(l, "cli-recover-minutes")),
        ("help", "subcommand") => Some(fl!(l, "cli-help-command-arg")),
        _ => None,
    };
    if let Some(names) = arg.get_value_names().filter(|names| !names.is_empty()) {
        let names: Vec<String> =
            names.iter().map(|n| value_name(n.as_str()).unwrap_or_else(|| n.to_string())).collect();
        arg = arg.value_names(names);
    }
    let heading =
        if arg.is_positional() { fl!(l, "cli-heading-arguments") } else { fl!(l, "cli-heading-options") };
    arg = arg.help_heading(heading);
    let Some(mut help) = help else { return arg };
    if gavel::i18n::lang() != Lang::En && !arg.is_hide_possible_values_set() {
        // clap says "[default: …]" and "[possible values: …]" in English: in another language
        // the catalog says them, after the help.
        let defaults: Vec<String> =
            arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        // A flag's default (false) clap never shows.
        if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
            help += "\n";
            help += &fl!(l, "cli-default", value = defaults.join(", "));
        }
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !values.is_empty() && arg.get_action().takes_values() {
            help += "\n";
            help += &fl!(l, "cli-possible-values", values = values.join(", "));
        }
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg.help(help)
}

/// A value's placeholder (`<FILE>`) in the catalog's words.
fn value_name(name: &str) -> Option<String> {
    let l = current();
    Some(match name {
        "FILE" => fl!(l, "cli-value-file"),
        "NAME" => fl!(l, "cli-value-name"),
        "LANG" => fl!(l, "cli-value-lang"),
        "FORMAT" => fl!(l, "cli-value-format"),
        "ROLE" => fl!(l, "cli-value-role"),
        "AGENDA" => fl!(l, "cli-value-agenda"),
        "MINUTES" => fl!(l, "cli-value-minutes"),
        "TARGET" => fl!(l, "cli-value-target"),
        "RESCUE" => fl!(l, "cli-value-rescue"),
        "COMMAND" => fl!(l, "cli-value-command"),
        "HEX" => fl!(l, "cli-value-hex"),
        "ID" => fl!(l, "cli-value-id"),
        "TEXT" => fl!(l, "cli-value-text"),
        _ => return None,
    })
}

/// Ends the program for a usage error, or for help or version asked for, as clap would; a usage
/// error clap's English would say is said in the run's language where the catalog has it.
pub fn exit(e: clap::Error) -> ! {
    if gavel::i18n::lang() != Lang::En
        && let Some(text) = in_words(&e)
    {
        eprint!("{text}");
        std::process::exit(e.exit_code());
    }
    e.exit()
}

/// A usage error in the catalog's words, as clap lays it out: the sentence, tips, the usage,
/// where to read more. None for a kind the catalog does not say (clap then says it).
fn in_words(e: &clap::Error) -> Option<String> {
    let l = current();
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    };
    let values = |text: &mut String| {
        if let Some(values) = strings(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
            *text += "\n  ";
            *text += &fl!(l, "cli-possible-values", values = values.join(", "));
        }
    };
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => fl!(l, "cli-unknown-argument", arg = string(ContextKind::InvalidArg)?),
        ErrorKind::InvalidSubcommand => {
            fl!(l, "cli-unknown-command", word = string(ContextKind::InvalidSubcommand)?)
        }
        ErrorKind::InvalidValue => {
            let arg = string(ContextKind::InvalidArg)?;
            let value = string(ContextKind::InvalidValue)?;
            let mut text = if value.is_empty() {
                fl!(l, "cli-value-required", arg = arg)
            } else {
                fl!(l, "cli-invalid-value", arg = arg, value = value)
            };
            values(&mut text);
            text
        }
        ErrorKind::ValueValidation => {
            let arg = string(ContextKind::InvalidArg)?;
            let value = string(ContextKind::InvalidValue)?;
            let mut text = fl!(l, "cli-invalid-value", arg = arg, value = value);
            if let Some(source) = std::error::Error::source(e) {
                text += &format!(": {source}");
            }
            text
        }
        ErrorKind::MissingRequiredArgument => {
            let mut text = fl!(l, "cli-missing-arguments");
            for arg in strings(ContextKind::InvalidArg)? {
                text += &format!("\n  {arg}");
            }
            text
        }
        ErrorKind::ArgumentConflict => {
            let arg = string(ContextKind::InvalidArg)?;
            match strings(ContextKind::PriorArg) {
                Some(prior) if prior == [arg.clone()] => fl!(l, "cli-argument-twice", arg = arg),
                Some(prior) => fl!(l, "cli-conflict", arg = arg, other = prior.join("', '")),
                None => return None,
            }
        }
        ErrorKind::TooManyValues => fl!(
            l,
            "cli-too-many-values",
            arg = string(ContextKind::InvalidArg)?,
            value = string(ContextKind::InvalidValue)?
        ),
        _ => return None,
    };
    let mut tips = Vec::new();
    let similar = [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ];
    for (kind, what) in similar {
        if let Some(names) = strings(kind) {
            let name = names.join("', '");
            tips.push(match what {
                "subcommand" => fl!(l, "cli-similar-command", name = name),
                "argument" => fl!(l, "cli-similar-argument", name = name),
                _ => fl!(l, "cli-similar-value", name = name),
            });
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        for tip in suggested {
            let tip = tip.to_string();
            // The one tip clap writes itself: how to pass what looks like an option as a value.
            match tip.strip_prefix("to pass '").and_then(|rest| rest.split_once("' as a value")) {
                Some((arg, _)) => tips.push(fl!(l, "cli-as-value-tip", arg = arg)),
                None => tips.push(tip),
            }
        }
    }
    if !tips.is_empty() {
        text += "\n";
        for tip in tips {
            text += &format!("\n  {}: {tip}", fl!(l, "cli-tip"));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        text += "\n\n";
        text += &usage_in_words(&usage.to_string());
    }
    Some(format!("{}: {text}\n\n{}\n", fl!(l, "cli-error"), fl!(l, "cli-more-information", help = "--help")))
}

/// clap's usage lines (`Usage: gavel check <AGENDA>`) under the catalog's heading.
fn usage_in_words(usage: &str) -> String {
    let heading = fl!(current(), "cli-heading-usage");
    let Some(rest) = usage.strip_prefix("Usage:") else { return usage.to_owned() };
    let indent = " ".repeat(heading.width() + 2);
    let lines: Vec<&str> = rest.lines().map(str::trim_start).collect();
    format!("{heading}: {}", lines.join(&format!("\n{indent}")))
}

/// A usage error of the command line's own, with clap's layout: `message` and the usage of the
/// whole command.
pub fn own_error(kind: ErrorKind, message: String) -> ! {
    let mut cmd = command();
    let usage = cmd.render_usage().to_string();
    if gavel::i18n::lang() != Lang::En {
        eprint!(
            "{}: {message}\n\n{}\n\n{}\n",
            fl!(current(), "cli-error"),
            usage_in_words(&usage),
            fl!(current(), "cli-more-information", help = "--help")
        );
        std::process::exit(2);
    }
    cmd.error(kind, message).exit()
}
