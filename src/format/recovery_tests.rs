use super::*;
use crate::model::{Actor, CardId, EmotionPoint, LaneKind, PersonaId, PhaseId};

/// A copy as the editor wrote it before phases held steps: compact RON
/// (strings escaped the way RON's compact writer does) around a version-1
/// map, cards and values naming phases, a width on a phase.
const RECOVERY_1: &str = r##"(recovery:1,saved_at:1763000000,original:Some("/home/ana/Karten/laptop.ron"),map:(version:1,title:"Laptop kaufen 💻",language:Some("de"),primary_persona:Some(7),personas:[(id:7,name:"Jonas")],emotion_scale:(min:-2.0,max:2.0,step:1.0),phases:[(id:1,name:"Suche",width:Some(260.0)),(id:2,name:"Vergleich"),(id:3,name:"Kauf")],lanes:[(id:4,name:"Berührungspunkte",kind:Touchpoints),(id:5,name:"Gefühl",kind:Emotion)],cards:[(id:6,lane:4,phase:1,span:2,title:"Blog \"Vergleich\"",evidence:ResearchBacked),(id:8,lane:4,phase:3,title:"Kasse")],curves:[(id:9,name:"Ist",color:"#e4572e",persona:Some(7),points:[(phase:1,value:1.0,label:"gut"),(phase:3,value:-2.0)])]))"##;

fn read(text: &str) -> Result<(RecoveryInfo, Journey), LoadError> {
    from_recovery_str(text, Path::new("s1-2-3.1.ron"))
}

#[test]
fn a_recovery_copy_round_trips_with_its_info() {
    let journey = crate::model::generate::generated(20);
    let info = RecoveryInfo {
        original: Some(PathBuf::from("/home/ana/Karten/laptop.ron")),
        saved_at_unix: 1_763_000_000,
    };
    let text = to_recovery_string(&info, &journey).unwrap();
    let (info_again, journey_again) = from_recovery_str(&text, Path::new("r.ron")).unwrap();
    assert_eq!(info_again, info);
    assert_eq!(journey_again, journey);
}

#[test]
fn a_copy_of_version_1_restores_with_the_meaning_it_had() {
    let (info, journey) = read(RECOVERY_1).unwrap();
    assert_eq!(
        info,
        RecoveryInfo {
            original: Some(PathBuf::from("/home/ana/Karten/laptop.ron")),
            saved_at_unix: 1_763_000_000,
        }
    );
    assert_eq!(journey.title, "Laptop kaufen 💻");
    assert_eq!(journey.language, Some(crate::i18n::Lang::De));
    assert_eq!(journey.primary_persona, Some(PersonaId(7)));
    assert_eq!(journey.personas.len(), 1);
    let lanes: Vec<(&str, LaneKind)> = journey
        .lanes
        .iter()
        .map(|lane| (lane.name.as_str(), lane.kind))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Berührungspunkte", LaneKind::Touchpoints),
            ("Gefühl", LaneKind::Emotion)
        ]
    );

    // Each phase is one unnamed step, with the phase's width.
    let phases: Vec<(PhaseId, &str, usize, Option<f32>)> = journey
        .phases
        .iter()
        .map(|phase| {
            (
                phase.id,
                phase.name.as_str(),
                phase.steps.len(),
                phase.steps[0].width,
            )
        })
        .collect();
    assert_eq!(
        phases,
        [
            (PhaseId(1), "Suche", 1, Some(260.0)),
            (PhaseId(2), "Vergleich", 1, None),
            (PhaseId(3), "Kauf", 1, None),
        ]
    );
    assert!(journey.steps().all(|(_, step)| step.name.is_empty()));
    let step_of = |phase: u64| journey.first_step(PhaseId(phase)).unwrap();

    // Cards sit in their phase's step with the same span; values too.
    let blog = journey.card(CardId(6)).unwrap();
    assert_eq!((blog.step, blog.span), (step_of(1), 2));
    assert_eq!(blog.title, "Blog \"Vergleich\"");
    assert_eq!(blog.evidence, crate::model::Evidence::ResearchBacked);
    let checkout = journey.card(CardId(8)).unwrap();
    assert_eq!((checkout.step, checkout.span), (step_of(3), 1));
    assert!(journey.cards.iter().all(|card| card.actors.is_empty()));
    let points = &journey.curves[0].points;
    assert_eq!(
        points,
        &[
            EmotionPoint {
                label: "gut".into(),
                ..EmotionPoint::new(step_of(1), 1.0)
            },
            EmotionPoint::new(step_of(3), -2.0),
        ]
    );
    assert_eq!(journey.curves[0].persona, Some(PersonaId(7)));
    assert_eq!(crate::model::validate(&journey), vec![]);
}

#[test]
fn a_restored_copy_of_version_1_is_kept_as_version_2() {
    // Autosave writes the restored map again: in the current shape, with the
    // same meaning.
    let (info, journey) = read(RECOVERY_1).unwrap();
    let text = to_recovery_string(&info, &journey).unwrap();
    assert!(
        text.starts_with("(recovery:2,saved_at:1763000000,"),
        "{text}"
    );
    assert!(text.contains(",map:(version:2,"), "{text}");
    assert_eq!(read(&text).unwrap(), (info, journey));
}

#[test]
fn a_copy_of_version_2_round_trips_with_steps_actors_and_moments_of_truth() {
    let mut journey = crate::model::generate::generated_with_steps(30, 4, 3);
    journey
        .personas
        .push(crate::model::Persona::new(PersonaId(900), "Lena"));
    journey.cards[0].actors = vec![
        Actor::Persona(PersonaId(900)),
        Actor::Name("Front desk".into()),
    ];
    journey.curves[0].points[1].moment_of_truth = true;
    journey.curves[0].points[1].label = "Warteschlange".into();
    journey.phases[1].steps[2].width = Some(310.0);
    journey.refresh_id_counter();
    assert_eq!(crate::model::validate(&journey), vec![]);
    let info = RecoveryInfo {
        original: None,
        saved_at_unix: 42,
    };
    let text = to_recovery_string(&info, &journey).unwrap();
    assert!(text.starts_with("(recovery:2,saved_at:42,map:("), "{text}");
    let (info_again, journey_again) = read(&text).unwrap();
    assert_eq!(info_again, info);
    assert_eq!(journey_again, journey);
    assert_eq!(
        to_recovery_string(&info_again, &journey_again).unwrap(),
        text
    );
}

#[test]
fn a_copy_of_version_1_breaking_a_rule_says_so_in_its_words() {
    let dangling = RECOVERY_1.replace("(id:8,lane:4,phase:3,", "(id:8,lane:4,phase:30,");
    let error = read(&dangling).unwrap_err();
    assert_eq!(
        error.lines(),
        ["s1-2-3.1.ron:1:1: card \"Kasse\" is in phase 30, which does not exist"]
    );
}

#[test]
fn a_copy_from_a_newer_journeymap_is_kept_unread() {
    let newer = RECOVERY_1.replace("(recovery:1,", "(recovery:3,");
    match read(&newer) {
        Err(LoadError::NewerVersion {
            found, supported, ..
        }) => assert_eq!((found, supported), (3, 2)),
        other => panic!("{other:?}"),
    }
    let zero = RECOVERY_1.replace("(recovery:1,", "(recovery:0,");
    assert!(read(&zero).is_err());
}

#[test]
fn a_damaged_copy_is_an_error() {
    let text = to_recovery_string(
        &RecoveryInfo {
            original: None,
            saved_at_unix: 1,
        },
        &crate::model::generate::generated(3),
    )
    .unwrap();
    let cut = &text[..text.len() / 2];
    let error = from_recovery_str(cut, Path::new("r.ron")).unwrap_err();
    assert!(error.to_string().starts_with("r.ron:1:"), "{error}");
}
