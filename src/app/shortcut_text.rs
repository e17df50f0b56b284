//! Shortcuts as the user's keyboard names them: "Ctrl+Shift+S" in English,
//! "Strg+Umschalt+S" in German (macOS keeps its symbols, which need no
//! translation).

use egui::{Key, KeyboardShortcut, ModifierNames};

use crate::i18n::text::keys as t;
use crate::i18n::{Msg, tr};

/// `shortcut` for a menu, tooltip or the shortcut overview.
pub fn shortcut_text(ctx: &egui::Context, shortcut: KeyboardShortcut) -> String {
    if ctx.os().is_mac() {
        return ctx.format_shortcut(&shortcut);
    }
    let (ctrl, shift, alt) = (tr(t::KEY_CTRL), tr(t::KEY_SHIFT), tr(t::KEY_ALT));
    let names = ModifierNames {
        is_short: false,
        alt: &alt,
        ctrl: &ctrl,
        shift: &shift,
        mac_cmd: &ctrl,
        mac_alt: &alt,
        concat: "+",
    };
    let mut text = names.format(&shortcut.modifiers, false);
    if !text.is_empty() {
        text.push('+');
    }
    text.push_str(&key_name(shortcut.logical_key));
    text
}

/// A key's name in the interface language. Punctuation shows as itself
/// ("Ctrl+," rather than "Ctrl+Comma").
fn key_name(key: Key) -> String {
    let message: Option<Msg> = match key {
        Key::Delete => Some(t::KEY_DELETE),
        Key::Backspace => Some(t::KEY_BACKSPACE),
        Key::Enter => Some(t::KEY_ENTER),
        Key::Escape => Some(t::KEY_ESCAPE),
        Key::Space => Some(t::KEY_SPACE),
        Key::Tab => Some(t::KEY_TAB),
        Key::ArrowLeft => Some(t::KEY_LEFT),
        Key::ArrowRight => Some(t::KEY_RIGHT),
        Key::ArrowUp => Some(t::KEY_UP),
        Key::ArrowDown => Some(t::KEY_DOWN),
        Key::Home => Some(t::KEY_HOME),
        Key::End => Some(t::KEY_END),
        Key::PageUp => Some(t::KEY_PAGE_UP),
        Key::PageDown => Some(t::KEY_PAGE_DOWN),
        Key::Insert => Some(t::KEY_INSERT),
        _ => None,
    };
    if let Some(message) = message {
        return tr(message);
    }
    let symbol = key.symbol_or_name();
    // "Ctrl++" reads badly; Plus keeps its name.
    let is_punctuation =
        symbol.chars().count() == 1 && symbol.chars().all(|c| c.is_ascii_punctuation() && c != '+');
    if is_punctuation {
        symbol.to_owned()
    } else {
        key.name().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use egui::{Key, KeyboardShortcut, Modifiers};

    use super::shortcut_text;
    use crate::i18n::{Lang, set_current};

    fn text(lang: Lang, modifiers: Modifiers, key: Key) -> String {
        set_current(lang);
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        shortcut_text(&ctx, KeyboardShortcut::new(modifiers, key))
    }

    #[test]
    fn shortcuts_use_the_keyboard_names_of_the_language() {
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        assert_eq!(text(Lang::En, ctrl_shift, Key::S), "Ctrl+Shift+S");
        assert_eq!(text(Lang::De, ctrl_shift, Key::S), "Strg+Umschalt+S");
        assert_eq!(text(Lang::De, Modifiers::NONE, Key::Delete), "Entf");
        assert_eq!(text(Lang::En, Modifiers::COMMAND, Key::Comma), "Ctrl+,");
        assert_eq!(text(Lang::De, Modifiers::ALT, Key::Enter), "Alt+Eingabe");
        assert_eq!(text(Lang::En, Modifiers::NONE, Key::F1), "F1");
    }
}
