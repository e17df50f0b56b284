//! The `journeymap` binary: parses arguments and hands over to the library.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use journeymap::cli::{self, Cli, Command};
use journeymap::i18n::Lang;

#[expect(
    clippy::print_stderr,
    reason = "the binary's edge: a window that cannot start is reported on stderr"
)]
fn main() -> ExitCode {
    // Usage errors exit with 1 like every other failure; help and version print and exit 0.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if error.use_stderr() => {
            let _ = error.print();
            return ExitCode::FAILURE;
        }
        Err(error) => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
    };
    match cli.command {
        Some(Command::Export(args)) => cli::exit_code(cli::export(
            &args,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Command::Import(args)) => cli::exit_code(cli::import(
            &args,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Command::Check { files }) => {
            cli::exit_code(cli::check(&files, &mut std::io::stderr()))
        }
        Some(Command::Info { files }) => cli::exit_code(cli::info(
            &files,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Command::Fmt { files }) => cli::exit_code(cli::fmt(
            &files,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Command::Templates { lang }) => cli::exit_code(cli::list_templates(
            lang.unwrap_or_else(Lang::from_system),
            &mut std::io::stdout(),
        )),
        Some(Command::New(args)) => cli::exit_code(cli::new_map(&args, &mut std::io::stderr())),
        None => match journeymap::app::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("journeymap: {error:#}");
                ExitCode::FAILURE
            }
        },
    }
}
