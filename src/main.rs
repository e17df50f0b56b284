//! The `journeymap` binary: parses arguments and hands over to the library.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use journeymap::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => {
            cli::exit_code(cli::check(&files, &mut std::io::stderr()))
        }
        Some(Command::Fmt { files }) => cli::exit_code(cli::fmt(&files, &mut std::io::stderr())),
        None => match journeymap::app::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("journeymap: {error:#}");
                ExitCode::FAILURE
            }
        },
    }
}
