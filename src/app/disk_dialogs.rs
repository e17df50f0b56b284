//! The questions the file on disk can raise: another program changed it
//! while this window has unsaved edits; Save would overwrite a version this
//! window never saw; the map is already open in another Journeymap window.

use std::path::PathBuf;

use egui::Key;

use crate::i18n::{Msg, text::dialogs as t, tr, tr_args};
use crate::model::Journey;
use crate::storage::DiskState;

use super::guard::Action;

/// The map changed on disk while it has unsaved edits here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedAnswer {
    /// Load the file's version; mine go (one undo step brings them back).
    Reload,
    /// Keep my version on screen; Save will ask before overwriting.
    KeepMine,
    /// Keep mine by saving it under another name.
    SaveCopy,
}

/// Save found another version on disk than the one loaded or saved here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Replace the other version with mine (its last state stays in `.bak`).
    Overwrite,
    /// Save mine under another name.
    SaveCopy,
    /// Do not save.
    Cancel,
}

/// The map is being edited in another window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElsewhereAnswer {
    /// Bring the other window to the front.
    BringForward,
    /// Look at the map here without changing it.
    ViewOnly,
    /// Leave things as they were.
    Cancel,
}

/// A map that another window holds, waiting for the user's choice.
pub struct OpenElsewhere {
    /// The map's file.
    pub path: PathBuf,
    /// The map as read, to show view-only.
    pub journey: Box<Journey>,
    /// The file as read.
    pub disk: DiskState,
    /// The other window's process, if known.
    pub pid: Option<u32>,
    /// Asked at start for the file named on the command line: bringing the
    /// other window forward closes this one.
    pub at_start: bool,
}

/// One row of answer buttons; the one at `focus` has the keyboard (the
/// answer that loses nothing; Tab moves between them, Enter picks one), and
/// Escape answers `cancel`.
fn answer_ui<A: Copy>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    body: &str,
    buttons: &[(Msg, A)],
    (focus, cancel): (usize, A),
) -> Option<A> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(heading);
        ui.add_space(6.0);
        ui.label(body);
        ui.add_space(10.0);
        ui.horizontal_wrapped(|ui| {
            let mut safe = None;
            let mut any_focused = false;
            for (index, (label, value)) in buttons.iter().enumerate() {
                let button = ui.button(tr(*label));
                any_focused |= button.has_focus();
                if button.clicked() {
                    answer = Some(*value);
                }
                if index == focus {
                    safe = Some(button);
                }
            }
            // The canvas behind keeps the keyboard whenever nothing else has
            // it, and takes Tab for its selection: unless the answers hold
            // the focus, Tab cannot reach them and Enter picks none.
            if !any_focused && let Some(safe) = safe {
                safe.request_focus();
            }
        });
    });
    if answer.is_none() && (modal.should_close() || ctx.input(|i| i.key_pressed(Key::Escape))) {
        answer = Some(cancel);
    }
    answer
}

/// "“map.ron” was changed by another program": reload, keep mine, or save a copy.
pub fn changed_ui(ctx: &egui::Context, name: &str) -> Option<ChangedAnswer> {
    answer_ui(
        ctx,
        "disk_changed",
        &tr_args(t::DISK_CHANGED_TITLE, &[("name", name.into())]),
        &tr(t::DISK_CHANGED_BODY),
        &[
            (t::DISK_RELOAD, ChangedAnswer::Reload),
            (t::DISK_KEEP_MINE, ChangedAnswer::KeepMine),
            (t::DISK_SAVE_COPY, ChangedAnswer::SaveCopy),
        ],
        (1, ChangedAnswer::KeepMine),
    )
}

/// "Save over a version you have not seen?": overwrite, save a copy, cancel.
/// A typed path names a file that exists: "“map.ron” already exists.
/// Replace it?" (the native dialogs ask the same). `Some(true)` replaces.
pub fn replace_ui(ctx: &egui::Context, path: &std::path::Path) -> Option<bool> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let folder = path
        .parent()
        .map(|folder| folder.display().to_string())
        .unwrap_or_default();
    answer_ui(
        ctx,
        "replace_file",
        &tr_args(t::REPLACE_TITLE, &[("name", (&name).into())]),
        &tr_args(t::REPLACE_BODY, &[("folder", (&folder).into())]),
        &[(t::REPLACE, true), (t::CANCEL, false)],
        // Cancel, which loses nothing, has the focus.
        (1, false),
    )
}

pub fn conflict_ui(ctx: &egui::Context, name: &str) -> Option<ConflictAnswer> {
    answer_ui(
        ctx,
        "save_conflict",
        &tr(t::SAVE_CONFLICT_TITLE),
        &tr_args(t::SAVE_CONFLICT_BODY, &[("name", name.into())]),
        &[
            (t::DISK_SAVE_COPY, ConflictAnswer::SaveCopy),
            (t::SAVE_CONFLICT_OVERWRITE, ConflictAnswer::Overwrite),
            (t::CANCEL, ConflictAnswer::Cancel),
        ],
        (0, ConflictAnswer::Cancel),
    )
}

/// "“map.ron” is open in another Journeymap window."
pub fn elsewhere_ui(ctx: &egui::Context, question: &OpenElsewhere) -> Option<ElsewhereAnswer> {
    let name = question.path.file_name().map_or_else(
        || question.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let body = match question.pid {
        // A process id is a name, not an amount: no thousands separator.
        Some(pid) => tr_args(t::ELSEWHERE_BODY_PID, &[("pid", (&pid.to_string()).into())]),
        None => tr(t::ELSEWHERE_BODY),
    };
    let cancel = if question.at_start {
        ElsewhereAnswer::ViewOnly
    } else {
        ElsewhereAnswer::Cancel
    };
    let mut buttons = vec![
        (t::ELSEWHERE_BRING_FORWARD, ElsewhereAnswer::BringForward),
        (t::ELSEWHERE_VIEW_ONLY, ElsewhereAnswer::ViewOnly),
    ];
    if !question.at_start {
        buttons.push((t::CANCEL, ElsewhereAnswer::Cancel));
    }
    answer_ui(
        ctx,
        "open_elsewhere",
        &tr_args(t::ELSEWHERE_TITLE, &[("name", (&name).into())]),
        &body,
        &buttons,
        (0, cancel),
    )
}

/// Why the guard's held-back action waits: kept with the save question.
pub struct SaveConflict {
    /// What to do once saved (New, Open, Quit asked by the guard).
    pub then: Option<Action>,
}
