//! The integration suite: every test that uses the crate from outside, as a
//! user or another program would — through the editor's widgets, the command
//! line, the files and the exported pictures.
//!
//! All of it is one test binary on purpose. Each binary links the whole of
//! egui, eframe and the image codecs; as 23 binaries the suite took 12 GB of
//! disk and most of CI's time in the linker, as one it links once. The
//! modules below are the areas of the suite, one file each; run one area with
//! `cargo test --test suite ui_export::`.

// Helpers outside `#[test]` functions (set-up, the shared harness) are test
// code too: clippy.toml lets only the `#[test]` functions themselves unwrap
// and print.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a helper whose set-up fails stops the test with its message, and says on stderr \
              why a check was skipped"
)]

mod common;

mod cli_check;
mod cli_export;
mod cli_import;
mod cli_info;
mod cli_templates;
mod e2e_disk_xvfb;
mod e2e_recovery_xvfb;
mod edit_history;
mod examples_round_trip;
mod export_images;
mod interop_mermaid;
mod interop_mermaid_never_panics;
mod interop_table;
mod interop_table_never_panics;
mod loader_never_panics;
mod malformed_corpus;
mod persona_photo;
mod picture_contrast;
mod picture_lines;
mod picture_slides;
mod save_faults;
mod slide_series;
mod svg_standalone;
mod templates;
mod ui_actors;
mod ui_disk;
mod ui_edit_cards;
mod ui_edit_structure;
mod ui_emotion_steps;
mod ui_export;
mod ui_find_panels;
mod ui_import;
mod ui_language;
mod ui_map_language;
mod ui_mermaid_journey;
mod ui_never_lose;
mod ui_personas;
mod ui_preferences;
mod ui_scale;
mod ui_show_map;
mod ui_steps;
mod ui_templates;
mod ui_touchpoints;
mod v1_corpus;
