//! The start-up dialog that offers maps recovered after a crash: restore,
//! discard, or keep for later (the copy stays and is offered again next time).

use std::path::PathBuf;
use std::time::SystemTime;

use crate::i18n::{text::dialogs as t, tr, tr_args};
use crate::storage::recovery::{Orphan, unix_seconds};

/// What the user chose for one recovered map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecoveryChoice {
    /// Open it as the current map (with unsaved changes).
    Restore(PathBuf),
    /// Delete the copy.
    Discard(PathBuf),
}

/// The dialog and the maps it still lists.
pub struct RecoveryDialog {
    orphans: Vec<Orphan>,
    focus_pending: bool,
}

impl RecoveryDialog {
    /// A dialog listing `orphans`; `None` when there is nothing to offer.
    pub fn new(orphans: Vec<Orphan>) -> Option<Self> {
        (!orphans.is_empty()).then_some(Self {
            orphans,
            focus_pending: true,
        })
    }

    /// Takes an entry off the list (it was restored or discarded).
    pub fn remove(&mut self, file: &std::path::Path) -> Option<Orphan> {
        let index = self.orphans.iter().position(|orphan| orphan.file == file)?;
        Some(self.orphans.remove(index))
    }

    /// Whether the list is empty, so the dialog can close.
    pub fn is_empty(&self) -> bool {
        self.orphans.is_empty()
    }

    /// Shows the list; returns a choice once one is made. "Keep for later"
    /// is handled here: it only takes the entry off the list.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<RecoveryChoice> {
        let now = unix_seconds(SystemTime::now());
        let mut choice = None;
        let mut keep = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(600.0);
            ui.heading(tr(t::RECOVERY_TITLE));
            ui.add_space(4.0);
            ui.label(tr(t::RECOVERY_INTRO));
            ui.add_space(8.0);
            for (i, orphan) in self.orphans.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    describe_ui(ui, orphan, now);
                    ui.horizontal(|ui| {
                        let restorable = orphan.content.is_ok();
                        let restore = ui.add_enabled(restorable, egui::Button::new(tr(t::RESTORE)));
                        if restorable && i == 0 && std::mem::take(&mut self.focus_pending) {
                            // Enter restores the newest map: quick, and keyboard-only friendly.
                            restore.request_focus();
                        }
                        if restore.clicked() {
                            choice = Some(RecoveryChoice::Restore(orphan.file.clone()));
                        }
                        if ui.button(tr(t::DISCARD)).clicked() {
                            choice = Some(RecoveryChoice::Discard(orphan.file.clone()));
                        }
                        if ui.button(tr(t::KEEP_FOR_LATER)).clicked() {
                            keep = Some(orphan.file.clone());
                        }
                    });
                });
                ui.add_space(4.0);
            }
        });
        if let Some(file) = keep {
            self.remove(&file);
        }
        choice
    }
}

fn describe_ui(ui: &mut egui::Ui, orphan: &Orphan, now: u64) {
    let age = describe_age(now, orphan.saved_at_unix());
    match &orphan.content {
        Ok((info, journey)) => {
            ui.strong(&journey.title);
            let origin = info.original.as_ref().map_or_else(
                || tr(t::RECOVERY_NEVER_SAVED),
                |path| path.display().to_string(),
            );
            ui.label(origin);
            ui.label(tr_args(
                t::RECOVERY_KEPT,
                &[
                    ("age", (&age).into()),
                    ("cards", journey.cards.len().into()),
                ],
            ));
        }
        Err(error) => {
            ui.strong(tr(t::RECOVERY_UNREADABLE));
            ui.label(tr_args(
                t::RECOVERY_WRITTEN,
                &[
                    ("age", (&age).into()),
                    ("path", (&orphan.file.display().to_string()).into()),
                ],
            ));
            ui.label(error.to_string());
        }
    }
}

/// "3 minutes ago (2025-11-22 17:38 UTC)": relative for a quick read, the
/// date for certainty, in the interface's language. UTC, because the
/// standard library knows no time zones.
pub fn describe_age(now: u64, then: u64) -> String {
    let seconds = now.saturating_sub(then);
    let date = utc_date_time(then);
    let date = ("date", (&date).into());
    match seconds {
        0..60 => tr_args(t::AGE_JUST_NOW, &[date]),
        60..3600 => tr_args(t::AGE_MINUTES, &[("minutes", (seconds / 60).into()), date]),
        3600..86_400 => tr_args(t::AGE_HOURS, &[("hours", (seconds / 3600).into()), date]),
        86_400..172_800 => tr_args(t::AGE_YESTERDAY, &[date]),
        _ => tr_args(t::AGE_DAYS, &[("days", (seconds / 86_400).into()), date]),
    }
}

/// `YYYY-MM-DD HH:MM UTC` for seconds since 1970 (Howard Hinnant's civil date algorithm).
fn utc_date_time(unix: u64) -> String {
    let days = unix / 86_400;
    let minutes_of_day = (unix % 86_400) / 60;
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    // Text, not numbers: a year is not written with a thousands separator.
    let parts = [
        format!("{year:04}"),
        format!("{month:02}"),
        format!("{day:02}"),
        format!("{:02}", minutes_of_day / 60),
        format!("{:02}", minutes_of_day % 60),
    ];
    let names = ["year", "month", "day", "hour", "minute"];
    let args: Vec<_> = names
        .into_iter()
        .zip(&parts)
        .map(|(name, part)| (name, part.into()))
        .collect();
    tr_args(t::UTC_DATE_TIME, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_naturally_with_a_utc_date() {
        let then = 1_763_833_080; // 2025-11-22 17:38 UTC
        assert_eq!(
            describe_age(then + 30, then),
            "less than a minute ago (2025-11-22 17:38 UTC)"
        );
        assert!(describe_age(then + 180, then).starts_with("3 minutes ago"));
        assert!(describe_age(then + 5 * 3600, then).starts_with("5 hours ago"));
        assert!(describe_age(then + 3 * 86_400, then).starts_with("3 days ago"));
        assert_eq!(utc_date_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_date_time(951_782_400), "2000-02-29 00:00 UTC");
    }

    #[test]
    fn ages_read_naturally_in_german_too() {
        let then = 1_763_833_080; // 2025-11-22 17:38 UTC
        crate::i18n::set_current(crate::i18n::Lang::De);
        let ages = [30, 60, 180, 3600, 5 * 3600, 86_400, 3 * 86_400]
            .map(|seconds| describe_age(then + seconds, then));
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert_eq!(
            ages,
            [
                "vor weniger als einer Minute (22.11.2025 17:38 UTC)",
                "vor 1 Minute (22.11.2025 17:38 UTC)",
                "vor 3 Minuten (22.11.2025 17:38 UTC)",
                "vor 1 Stunde (22.11.2025 17:38 UTC)",
                "vor 5 Stunden (22.11.2025 17:38 UTC)",
                "gestern (22.11.2025 17:38 UTC)",
                "vor 3 Tagen (22.11.2025 17:38 UTC)",
            ]
        );
    }
}
