//! One frame of the editor: input first, then the panels, the canvas and
//! the dialogs, and at the end the commands and edits collected meanwhile.

use super::jobs::JobEvent;
use super::{Command, JourneymapApp, Life, Storage, inspector, menu};
use crate::canvas::MenuFor;
use crate::i18n::{text::app as t, tr, tr_args};
use crate::theme;

impl JourneymapApp {
    /// Draws the whole window and runs the commands and edits of this frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let shortcuts_taken = self.begin_frame(&ctx);

        let recent = self.recent_files().to_vec();
        let menu_state = menu::MenuState::new(
            &self.document.journey,
            self.document.history(),
            self.canvas.selection(),
            &self.mode,
            self.panels.inspector,
            self.step_menu(),
        );
        egui::Panel::top("menu_bar").show(ui, |ui| {
            menu::menu_bar(
                ui,
                &mut self.pending,
                &menu_state,
                &recent,
                &mut self.recent_requests,
            );
        });
        egui::Panel::top("toolbar").show(ui, |ui| {
            menu::toolbar(ui, &mut self.pending, self.canvas.zoom(), &menu_state);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            menu::status_bar(ui, &self.document, &self.mode, &self.status);
        });
        if let Some(problem) = self.persistence().and_then(|p| p.autosave_problem.clone()) {
            egui::Panel::bottom("autosave_problem").show(ui, |ui| {
                ui.colored_label(
                    theme::WARNING,
                    tr_args(t::AUTOSAVE_PROBLEM, &[("problem", (&problem).into())]),
                );
            });
        }
        if self.panels.find.is_open() {
            self.find_bar(ui);
        }
        if self.panels.inspector {
            self.inspector_panel(ui);
        }
        self.canvas_panel(ui, &menu_state);
        self.personas_ui(&ctx);
        self.dialog_ui(&ctx);
        if !shortcuts_taken && !self.dialogs.any_open() {
            // A dialog closed this frame: keys pressed after its answer (Enter,
            // then Ctrl+S at once) are the map's again, in the order typed.
            self.take_shortcuts(&ctx);
        }
        self.end_frame(&ctx);
    }

    /// The find bar under the toolbar; the canvas marks its matches.
    fn find_bar(&mut self, ui: &mut egui::Ui) {
        let output = egui::Panel::top("find_bar")
            .show(ui, |ui| {
                self.panels
                    .find
                    .ui(ui, &self.document.journey, self.document.revision())
            })
            .inner;
        if output.close {
            self.panels.find.close();
        }
        if let Some(target) = output.goto {
            self.go_to_match(target);
        }
    }

    /// The inspector on the right: resizable by hand, never narrower than
    /// its buttons need, and the same width from one selection to the next.
    fn inspector_panel(&mut self, ui: &mut egui::Ui) {
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(theme::INSPECTOR_WIDTH)
            .size_range(theme::INSPECTOR_WIDTH_RANGE)
            .show(ui, |ui| {
                let output = inspector::inspector_ui(
                    ui,
                    &self.document.journey,
                    self.canvas.selection(),
                    self.mode.may_edit(),
                );
                self.take_inspector_output(output);
            });
    }

    fn canvas_panel(&mut self, ui: &mut egui::Ui, menu_state: &menu::MenuState) {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(theme::CANVAS_BACKGROUND))
            .show(ui, |ui| {
                let pending = &mut self.pending;
                let mut menu_edits = Vec::new();
                let mut context_menu = |ui: &mut egui::Ui, target: MenuFor| {
                    menu::context_menu(ui, target, menu_state, pending, &mut menu_edits);
                };
                self.canvas.set_access(self.mode.access());
                let find = &self.panels.find;
                if find.is_open() {
                    let matches = find.matches().iter().map(|m| m.target).collect();
                    self.canvas.set_find_marks(matches, find.current());
                } else {
                    self.canvas.set_find_marks(Vec::new(), None);
                }
                let edits = self.canvas.ui(
                    ui,
                    &self.document.journey,
                    self.document.revision(),
                    &mut context_menu,
                );
                for edit in menu_edits.into_iter().chain(edits) {
                    self.queue_canvas_edit(edit);
                }
            });
    }

    /// What the inspector (or the persona panel) asked for this frame.
    pub(super) fn take_inspector_output(&mut self, output: inspector::InspectorOutput) {
        if output.seal {
            self.document.seal_history();
        }
        if let Some(selection) = output.select {
            self.canvas.select(selection);
        }
        self.pending.extend(output.commands);
        for (edit, merge_key) in output.edits {
            self.document.queue_merging(edit, merge_key);
        }
    }

    /// Input that arrives before anything is drawn: storage on the first
    /// frame, the close button, shortcuts, pasted text, dropped files and the
    /// answers of background jobs. Returns whether the shortcuts were taken
    /// (no dialog had the keyboard).
    fn begin_frame(&mut self, ctx: &egui::Context) -> bool {
        // Every text this frame is in the app's language, whatever another
        // app on this thread (a test) spoke before.
        crate::i18n::set_current(self.language);
        if let Storage::Waiting(_) = self.storage
            && let Storage::Waiting(dirs) = std::mem::replace(&mut self.storage, Storage::None)
        {
            self.open_storage(dirs, ctx);
        }
        self.handle_close_request(ctx);
        // An open dialog has the keyboard: no shortcut acts behind it.
        let persona_question = self
            .personas
            .as_ref()
            .is_some_and(super::personas::PersonaPanel::is_confirming);
        let shortcuts_taken = !self.dialogs.any_open() && !persona_question;
        if shortcuts_taken {
            self.take_shortcuts(ctx);
        }
        self.handle_dropped_files(ctx);
        for event in self.jobs.poll(ctx) {
            self.job_finished(ctx, event);
        }
        shortcuts_taken
    }

    /// The commands whose keys were pressed, and text pasted from elsewhere.
    fn take_shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.text_edit_focused();
        self.pending.extend(Command::from_shortcuts(ctx, typing));
        if !typing {
            self.pasted_text = ctx.input(|input| {
                input.events.iter().find_map(|event| match event {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
        }
    }

    fn job_finished(&mut self, ctx: &egui::Context, event: JobEvent) {
        match event {
            JobEvent::File(request, answer) => self.file_answer(ctx, request, answer),
            JobEvent::Exported(Ok(files)) => self.status = exported_status(&files),
            JobEvent::Exported(Err(error)) => self.tell(tr(t::NOTICE_EXPORT_FAILED), error),
            JobEvent::Copied(Ok(image)) => {
                ctx.copy_image(image);
                self.status = tr(t::STATUS_COPIED_IMAGE);
            }
            JobEvent::Copied(Err(error)) => self.tell(tr(t::NOTICE_COPY_FAILED), error),
        }
    }

    /// The end of the frame: run what was asked for, apply edits (the one
    /// place the journey changes), autosave, and update the window title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        if !self.pending.is_empty() || self.document.has_pending() {
            // Commands take effect in the next frame (the canvas applies view
            // requests when it lays out), so make sure there is one.
            ctx.request_repaint();
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(ctx, command);
        }
        self.apply_pending_edits();
        for request in std::mem::take(&mut self.recent_requests) {
            self.run_recent_request(ctx, request);
        }
        self.watch_disk(ctx);
        if self.life == Life::Running
            && let Storage::Open(persistence) = &mut self.storage
        {
            // Once closing, the changes were saved or deliberately dropped.
            persistence.tick(ctx, &self.document);
            if persistence.raise_requested(ctx) {
                // Another window tried to open this map: here it is.
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
            }
        }
        let title = self.document.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Shows the persona panel, if open, and collects what it asks for.
    fn personas_ui(&mut self, ctx: &egui::Context) {
        let Some(panel) = &mut self.personas else {
            return;
        };
        let output = panel.ui(ctx, &self.document.journey);
        if !panel.is_open() {
            self.personas = None;
        }
        if let Some(persona) = output.choose_photo {
            self.ask_for_file(
                ctx,
                super::jobs::FileRequest::plain(super::dialogs::FilePurpose::Photo(persona)),
                None,
            );
        }
        self.take_inspector_output(output.inspector);
    }
}

/// "Exported map.png", or for a slide series "Exported 3 slides: map-1.png
/// to map-3.png".
fn exported_status(files: &[std::path::PathBuf]) -> String {
    let name = |file: &std::path::PathBuf| file.display().to_string();
    match files {
        [one] => tr_args(t::STATUS_EXPORTED, &[("path", (&name(one)).into())]),
        [first, .., last] => tr_args(
            t::STATUS_EXPORTED_SLIDES,
            &[
                ("count", (&files.len().to_string()).into()),
                ("first", (&name(first)).into()),
                ("last", (&name(last)).into()),
            ],
        ),
        [] => String::new(),
    }
}
