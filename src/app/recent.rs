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
    // The folder tells two maps of the same name apart.
    let folder = path.parent().map(short_folder).unwrap_or_default();
    let entry = egui::Button::new(&name).right_text(egui::RichText::new(&folder).weak());
    let open = ui
        .add_enabled(exists, entry)
        .on_hover_text(path.display().to_string())
        .on_disabled_hover_text(tr_args(
            t::MENU_RECENT_MISSING,
            &[("path", (&path.display().to_string()).into())],
        ));
    open.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            exists,
            tr_args(
                t::MENU_RECENT_ENTRY,
                &[("name", (&name).into()), ("folder", (&folder).into())],
            ),
        )
    });
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

/// Longest folder shown beside a recent file, in characters.
const FOLDER_CHARS: usize = 48;

/// A folder as a menu shows it: the home folder as `~`, and a long path cut
/// at the front, since its end is what tells folders apart.
fn short_folder(folder: &Path) -> String {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    let shown = match home
        .as_deref()
        .and_then(|home| folder.strip_prefix(home).ok())
    {
        Some(rest) if rest.as_os_str().is_empty() => "~".to_owned(),
        Some(rest) => format!("~{}{}", std::path::MAIN_SEPARATOR, rest.display()),
        None => folder.display().to_string(),
    };
    let count = shown.chars().count();
    if count <= FOLDER_CHARS {
        return shown;
    }
    let tail: String = shown.chars().skip(count - (FOLDER_CHARS - 1)).collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_folders_keep_their_end() {
        let long = Path::new("/srv/kunden/stadtwerke-musterstadt/2026/workshop-kundenreise/karten");
        let shown = short_folder(long);
        assert_eq!(shown.chars().count(), FOLDER_CHARS);
        assert!(shown.starts_with('…'));
        assert!(shown.ends_with("workshop-kundenreise/karten"));
        assert_eq!(short_folder(Path::new("/tmp/maps")), "/tmp/maps");
    }
}
