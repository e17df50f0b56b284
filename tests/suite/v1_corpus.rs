//! Maps saved before phases held steps (format version 1), from
//! tests/v1-corpus/: every shipped example and template as it was saved
//! then, and maps written by hand the way users wrote them (nine lanes,
//! fourteen phases with widths, cards spanning phases, a 0–5 scale full of
//! values, emoji, long German words, comments and odd spacing with Windows
//! line endings, a byte-order mark).
//!
//! Each one loads, and `journeymap fmt` upgrades it to version 2 keeping the
//! old bytes as FILE.bak; the upgraded file is canonical (it loads and saves
//! to the same bytes, and a second `fmt` leaves it alone). What it means is
//! checked against the version-1 text read here on its own, without the
//! format module: each phase becomes one step with the phase's width, every
//! card and emotion value sits in its phase's step, and nothing else changes.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use journeymap::format;
use journeymap::model::{
    CardColor, EmotionScale, Evidence, Journey, Kpi, Lane, Persona, Rgb, StepId, Touchpoint,
};
use serde::Deserialize;

/// The version-1 file, read with the test's own shapes: those of the parts
/// that changed (phases, cards and values naming a phase) spelled out,
/// the unchanged ones (lanes, personas, touchpoints) in the model's types.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldMap {
    version: u32,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    primary_persona: Option<u64>,
    #[serde(default)]
    personas: Vec<Persona>,
    #[serde(default)]
    emotion_scale: EmotionScale,
    phases: Vec<OldPhase>,
    lanes: Vec<Lane>,
    #[serde(default)]
    cards: Vec<OldCard>,
    #[serde(default)]
    curves: Vec<OldCurve>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldPhase {
    id: u64,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    width: Option<f32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldCard {
    id: u64,
    lane: u64,
    phase: u64,
    #[serde(default = "one")]
    span: u32,
    title: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    color: Option<CardColor>,
    #[serde(default)]
    evidence: Evidence,
    #[serde(default)]
    touchpoint: Option<Touchpoint>,
    #[serde(default)]
    kpi: Option<Kpi>,
}

fn one() -> u32 {
    1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldCurve {
    id: u64,
    name: String,
    color: Rgb,
    #[serde(default)]
    persona: Option<u64>,
    #[serde(default)]
    points: Vec<OldPoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OldPoint {
    phase: u64,
    value: f32,
    #[serde(default)]
    label: String,
}

fn corpus() -> Vec<PathBuf> {
    crate::common::maps::ron_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/v1-corpus"))
}

fn read_old(bytes: &[u8], name: &str) -> OldMap {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    ron::from_str(text).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// Runs `journeymap fmt FILE`; returns stdout, failing on an error.
fn fmt(file: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("fmt")
        .arg(file)
        .output()
        .unwrap();
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// What the version-1 text means, checked against the upgraded map.
fn assert_same_meaning(old: &OldMap, new: &Journey, name: &str) {
    assert_eq!(old.version, 1, "{name}");
    assert_eq!(new.title, old.title, "{name}");
    assert_eq!(new.description, old.description, "{name}");
    assert_eq!(
        new.language.map(journeymap::i18n::Lang::code),
        old.language.as_deref(),
        "{name}"
    );
    assert_eq!(
        new.primary_persona.map(|id| id.0),
        old.primary_persona,
        "{name}"
    );
    assert_eq!(new.personas, old.personas, "{name}");
    assert_eq!(new.lanes, old.lanes, "{name}");
    assert_eq!(new.emotion_scale, old.emotion_scale, "{name}");

    let step_of_phase = steps_of_phases(old, new, name);
    assert_cards(old, new, &step_of_phase, name);
    assert_curves(old, new, &step_of_phase, name);
}

/// Each phase became one step, unnamed, with the phase's width and a new
/// id; returns the step of each old phase id.
fn steps_of_phases(old: &OldMap, new: &Journey, name: &str) -> HashMap<u64, StepId> {
    assert_eq!(new.phases.len(), old.phases.len(), "{name}");
    let mut step_of_phase: HashMap<u64, StepId> = HashMap::new();
    for (phase, was) in new.phases.iter().zip(&old.phases) {
        assert_eq!(
            (phase.id.0, &phase.name, &phase.description),
            (was.id, &was.name, &was.description),
            "{name}"
        );
        assert_eq!(phase.steps.len(), 1, "{name}: phase {}", was.name);
        let step = &phase.steps[0];
        assert_eq!(
            step.width.map(f32::to_bits),
            was.width.map(f32::to_bits),
            "{name}: width of {}",
            was.name
        );
        assert!(
            step.name.is_empty() && step.description.is_empty(),
            "{name}"
        );
        step_of_phase.insert(was.id, step.id);
    }
    assert_eq!(new.step_count(), old.phases.len(), "{name}");

    // The steps' ids are new: no element of the old file had them.
    let old_ids: BTreeSet<u64> = old
        .phases
        .iter()
        .map(|phase| phase.id)
        .chain(old.lanes.iter().map(|lane| lane.id.0))
        .chain(old.cards.iter().map(|card| card.id))
        .chain(old.personas.iter().map(|persona| persona.id.0))
        .chain(old.curves.iter().map(|curve| curve.id))
        .collect();
    let step_ids: BTreeSet<u64> = step_of_phase.values().map(|id| id.0).collect();
    assert_eq!(step_ids.len(), old.phases.len(), "{name}: step ids unique");
    assert!(step_ids.is_disjoint(&old_ids), "{name}: {step_ids:?}");

    step_of_phase
}

/// Every card in the step of the phase it named, with the same span.
fn assert_cards(old: &OldMap, new: &Journey, step_of_phase: &HashMap<u64, StepId>, name: &str) {
    assert_eq!(new.cards.len(), old.cards.len(), "{name}");
    for (card, was) in new.cards.iter().zip(&old.cards) {
        let what = format!("{name}: card {}", was.title);
        assert_eq!(card.id.0, was.id, "{what}");
        assert_eq!(card.lane.0, was.lane, "{what}");
        assert_eq!(card.step, step_of_phase[&was.phase], "{what}");
        assert_eq!(card.span, was.span, "{what}");
        assert_eq!(
            (&card.title, &card.notes, card.color, card.evidence),
            (&was.title, &was.notes, was.color, was.evidence),
            "{what}"
        );
        assert_eq!(card.touchpoint, was.touchpoint, "{what}");
        assert_eq!(card.kpi, was.kpi, "{what}");
        assert!(card.actors.is_empty(), "{what}");
    }
}

/// Every emotion value in its phase's step, nothing marked.
fn assert_curves(old: &OldMap, new: &Journey, step_of_phase: &HashMap<u64, StepId>, name: &str) {
    assert_eq!(new.curves.len(), old.curves.len(), "{name}");
    for (curve, was) in new.curves.iter().zip(&old.curves) {
        let what = format!("{name}: curve {}", was.name);
        assert_eq!(
            (curve.id.0, &curve.name, curve.color),
            (was.id, &was.name, was.color),
            "{what}"
        );
        assert_eq!(curve.persona.map(|id| id.0), was.persona, "{what}");
        let points: Vec<(StepId, u32, &str, bool)> = curve
            .points
            .iter()
            .map(|point| {
                (
                    point.step,
                    point.value.to_bits(),
                    point.label.as_str(),
                    point.moment_of_truth,
                )
            })
            .collect();
        let expected: Vec<(StepId, u32, &str, bool)> = was
            .points
            .iter()
            .map(|point| {
                (
                    step_of_phase[&point.phase],
                    point.value.to_bits(),
                    point.label.as_str(),
                    false,
                )
            })
            .collect();
        assert_eq!(points, expected, "{what}");
    }
}

/// The file's identity on disk: a rewrite (through a temporary file and a
/// rename) changes the inode, a write in place the modification time.
fn identity(path: &Path) -> (u64, std::time::SystemTime) {
    use std::os::unix::fs::MetadataExt;
    let metadata = std::fs::metadata(path).unwrap();
    (metadata.ino(), metadata.modified().unwrap())
}

#[test]
fn every_version_1_map_loads_upgrades_and_keeps_its_meaning() {
    let files = corpus();
    // 15 examples and templates as shipped before steps, 8 written by hand.
    assert!(files.len() >= 23, "only {} files: {files:?}", files.len());
    let dir = tempfile::tempdir().unwrap();
    for original in &files {
        let name = original.file_name().unwrap().to_str().unwrap();
        let bytes = std::fs::read(original).unwrap();
        let old = read_old(&bytes, name);

        let loaded = format::load_file_with_version(original)
            .unwrap_or_else(|error| panic!("{name} does not load: {error}"));
        assert_eq!(loaded.version, 1, "{name}");
        assert_same_meaning(&old, &loaded.journey, name);

        // `fmt` upgrades a copy and keeps the old bytes beside it.
        let copy = dir.path().join(name);
        std::fs::write(&copy, &bytes).unwrap();
        let said = fmt(&copy);
        assert_eq!(
            said,
            format!(
                "{}: upgraded from version 1 to 2 (the old file is {}.bak)\n",
                copy.display(),
                copy.display()
            ),
            "{name}"
        );
        let backup = dir.path().join(format!("{name}.bak"));
        assert!(std::fs::read(&backup).unwrap() == bytes, "{name}.bak");

        // The upgraded file is version 2, means the same, and is canonical.
        let upgraded = std::fs::read(&copy).unwrap();
        assert!(
            upgraded.starts_with(b"(\n    version: 2,\n"),
            "{name}: {}",
            String::from_utf8_lossy(&upgraded)
        );
        let reloaded = format::load_file_with_version(&copy).unwrap();
        assert_eq!(reloaded.version, 2, "{name}");
        assert_eq!(reloaded.journey, loaded.journey, "{name}");
        assert!(
            format::to_ron_string(&reloaded.journey).as_bytes() == upgraded,
            "{name}: load and save changes the upgraded file"
        );

        // A second `fmt` finds nothing to do: not even the file's time changes.
        let before = identity(&copy);
        assert_eq!(fmt(&copy), "", "{name}");
        assert_eq!(identity(&copy), before, "{name} was rewritten");
        assert!(std::fs::read(&copy).unwrap() == upgraded, "{name}");
        assert!(std::fs::read(&backup).unwrap() == bytes, "{name}.bak");
    }
}

#[test]
fn the_hand_written_maps_hold_what_they_are_meant_to_test() {
    // A guard on the corpus itself: were one of these files "tidied", the
    // upgrade test above would pass without testing the case any more.
    let read = |name: &str| {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/v1-corpus")
                .join(name),
        )
        .unwrap()
    };
    let hand = |name: &str| read_old(&read(name), name);
    let nine = hand("hand-three-phases-nine-lanes.en.ron");
    assert_eq!((nine.phases.len(), nine.lanes.len()), (3, 9));
    let kinds: BTreeSet<_> = nine.lanes.iter().map(|lane| lane.kind).collect();
    assert_eq!(kinds.len(), 9, "every kind of lane");

    let fourteen = hand("hand-fourteen-phases-widths.de.ron");
    assert_eq!(fourteen.phases.len(), 14);
    assert!(
        fourteen
            .phases
            .iter()
            .filter(|phase| phase.width.is_some())
            .count()
            >= 5
    );

    let spanning = hand("hand-spanning-cards.en.ron");
    let spans: BTreeSet<u32> = spanning.cards.iter().map(|card| card.span).collect();
    let all = u32::try_from(spanning.phases.len()).unwrap();
    assert!(spans.contains(&all), "{spans:?}");
    assert!(spans.len() >= 4, "{spans:?}");

    let scale = hand("hand-scale-0-5-many-values.de.ron");
    assert_eq!(
        (scale.emotion_scale.min, scale.emotion_scale.max),
        (0.0, 5.0)
    );
    let values: usize = scale.curves.iter().map(|curve| curve.points.len()).sum();
    assert!(values >= 30, "{values}");

    let emoji = hand("hand-emoji-titles.en.ron");
    assert!(emoji.title.contains('🎢') && emoji.title.contains('\u{200D}'));

    let german = hand("hand-german-compounds.de.ron");
    assert!(
        german
            .title
            .split([' ', '–'])
            .any(|word| word.chars().count() > 50)
    );

    let spacing = read("hand-comments-odd-spacing.en.ron");
    let text = String::from_utf8(spacing).unwrap();
    assert!(text.contains("\r\n") && text.contains('\t'));
    assert!(text.contains("/*") && text.contains("//") && text.contains("r#\""));

    assert!(read("hand-byte-order-mark.de.ron").starts_with(b"\xEF\xBB\xBF(\n"));
}
