//! File → Open Recent: the last maps, missing ones greyed out and removable.

use std::path::{Path, PathBuf};

use egui::Ui;

use crate::i18n::{text::menu as t, tr, tr_args};

/// What the user asked for in the submenu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecentRequest {
    /// Open this map.
    Open(PathBuf),
    /// Remove it from the list.
    Forget(PathBuf),
    /// Empty the list.
    Clear,
}

/// The submenu; requests are collected and run at the end of the frame.
/// Without recent maps it is greyed out and its tooltip says why.
pub fn open_recent_menu(ui: &mut Ui, recent: &[PathBuf], requests: &mut Vec<RecentRequest>) {
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button(tr(t::MENU_OPEN_RECENT), |ui| {
            for path in recent {
                ui.horizontal(|ui| recent_entry_ui(ui, path, requests));
            }
            ui.separator();
            if ui.button(tr(t::MENU_CLEAR_RECENT)).clicked() {
                requests.push(RecentRequest::Clear);
                ui.close();
            }
        })
        .response
        .on_disabled_hover_text(tr(t::MENU_NO_RECENT));
    });
}

fn recent_entry_ui(ui: &mut Ui, path: &Path, requests: &mut Vec<RecentRequest>) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let exists = path.is_file();
    let open = ui
        .add_enabled(exists, egui::Button::new(&name))
        .on_hover_text(path.display().to_string())
        .on_disabled_hover_text(tr_args(
            t::MENU_RECENT_MISSING,
            &[("path", (&path.display().to_string()).into())],
        ));
    if open.clicked() {
        requests.push(RecentRequest::Open(path.to_path_buf()));
        ui.close();
    }
    let remove = ui
        .small_button(tr(t::MENU_REMOVE_RECENT))
        .on_hover_text(tr(t::MENU_REMOVE_FROM_LIST));
    // Screen readers (and tests) need to know which entry the button removes.
    remove.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            tr_args(t::MENU_REMOVE_NAMED, &[("name", (&name).into())]),
        )
    });
    if remove.clicked() {
        requests.push(RecentRequest::Forget(path.to_path_buf()));
    }
}
