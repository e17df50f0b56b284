//! A message id the code can name without typos, and the macro that declares
//! each area's messages.

/// One text the interface shows: its Fluent id and the variables it takes.
/// Declared with [`messages!`](crate::i18n::messages), translated in
/// `assets/i18n/<lang>/<area>.ftl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg {
    /// The Fluent message id, e.g. `menu-file`.
    pub id: &'static str,
    /// The variables every translation may use, e.g. `["count"]`.
    pub args: &'static [&'static str],
}

/// Declares an area's messages as constants plus `ALL`, the list the
/// completeness tests walk:
///
/// ```ignore
/// messages! {
///     /// The File menu.
///     FILE = "menu-file";
///     DELETE_CARDS = "delete-cards" (count);
/// }
/// ```
macro_rules! messages {
    ($( $(#[doc = $doc:literal])* $name:ident = $id:literal $(($($arg:ident),+))? ;)+) => {
        $(
            $(#[doc = $doc])*
            pub const $name: $crate::i18n::Msg = $crate::i18n::Msg {
                id: $id,
                args: &[$($(stringify!($arg)),+)?],
            };
        )+
        /// Every message of this area, for the completeness tests.
        pub const ALL: &[$crate::i18n::Msg] = &[$($name),+];
    };
}

pub(crate) use messages;
