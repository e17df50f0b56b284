//! Journeymap: an offline editor for customer journey maps.
//!
//! Layers, from the bottom: [`model`] (plain data), [`format`] (RON files),
//! [`layout`] (pure geometry), then the egui canvas and app on top.
//! See ARCHITECTURE.md.

#![forbid(unsafe_code)]

pub mod app;
pub mod canvas;
pub mod cli;
pub mod document;
pub mod edit;
pub mod export;
pub mod find;
pub mod format;
pub mod i18n;
pub mod interop;
pub mod layout;
pub mod model;
pub mod paint;
pub mod photo;
pub mod storage;
pub mod templates;
pub mod theme;
