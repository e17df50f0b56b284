//! The corpus in tests/data/mermaid, file by file: what each journey holds.

use journeymap::i18n::Lang;

/// One corpus file and what it holds.
pub(crate) struct Case {
    /// The file's name in tests/data/mermaid.
    pub file: &'static str,
    /// The language to import it in.
    pub lang: Lang,
    /// The map's title.
    pub title: &'static str,
    /// Each phase with its steps.
    pub phases: &'static [(&'static str, &'static [&'static str])],
    /// Each curve with its values, left to right.
    pub curves: &'static [(&'static str, &'static [f32])],
    /// The actors of each card, in card order.
    pub card_actors: &'static [&'static [&'static str]],
}

pub(crate) const CASES: &[Case] = &[
    Case {
        file: "working-day.mmd",
        lang: Lang::En,
        title: "A working day",
        phases: &[
            ("Go to work", &["Make tea", "Go upstairs", "Do work"]),
            ("Go home", &["Go downstairs", "Sit down"]),
        ],
        curves: &[("Me", &[4.0, 2.0, 1.0, 4.0, 5.0]), ("Cat", &[1.0, 5.0])],
        card_actors: &[&["Me"], &["Me"], &["Me", "Cat"], &["Me"], &["Me", "Cat"]],
    },
    Case {
        file: "moving-house.mmd",
        lang: Lang::En,
        title: "Moving house",
        phases: &[
            (
                "Before",
                &["Find a flat", "Sign the lease", "Book the removal firm"],
            ),
            ("Moving day", &["Carry boxes", "Hand over the keys"]),
            ("After", &["Unpack", "Housewarming party"]),
        ],
        curves: &[
            ("Anna", &[2.0, 4.0, 3.0, 3.0, 2.0, 5.0]),
            ("Ben", &[2.0, 4.0, 1.0, 2.0, 5.0]),
            ("Landlord", &[4.0, 3.0]),
            ("Removal firm", &[3.0, 1.0]),
            ("Neighbours", &[5.0]),
        ],
        card_actors: &[
            &["Anna", "Ben"],
            &["Anna", "Ben", "Landlord"],
            &["Anna", "Removal firm"],
            &["Ben", "Removal firm"],
            &["Landlord", "Anna"],
            &["Anna", "Ben"],
            &["Anna", "Ben", "Neighbours"],
        ],
    },
    Case {
        file: "no-actors.mmd",
        lang: Lang::En,
        title: "Ordering a pizza",
        phases: &[
            ("Choose", &["Open the app", "Pick a pizza"]),
            ("Wait", &["Track the rider", "Pizza arrives cold"]),
        ],
        curves: &[("Journey", &[4.0, 5.0, 2.0, 1.0])],
        card_actors: &[&[], &[], &[], &[]],
    },
    Case {
        file: "all-zero.mmd",
        lang: Lang::En,
        title: "A very bad morning",
        phases: &[
            ("Morning", &["Oversleep", "Spill coffee"]),
            ("Commute", &["Miss the train", "Rain"]),
        ],
        curves: &[
            ("Me", &[0.0, 0.0, 0.0]),
            ("Colleague", &[0.0]),
            ("Journey", &[0.0]),
        ],
        card_actors: &[&["Me"], &["Me"], &["Me", "Colleague"], &[]],
    },
    Case {
        file: "cafe-emoji.mmd",
        lang: Lang::En,
        title: "Café crawl ☕🥐 in Zürich",
        phases: &[
            (
                "Première étape 🚶",
                &["Find the café", "Order a crème brûlée 🍮"],
            ),
            ("Über den Fluss", &["Pay in CHF 💸", "Say “merci”"]),
        ],
        curves: &[("Zoë", &[3.0, 5.0, 4.0]), ("José", &[3.0, 1.0, 4.0])],
        card_actors: &[&["Zoë", "José"], &["Zoë"], &["José"], &["Zoë", "José"]],
    },
    Case {
        file: "comments.mmd",
        lang: Lang::En,
        title: "Support ticket",
        phases: &[
            ("Report", &["Write the ticket", "Get an automatic reply"]),
            ("Resolve", &["Agent answers", "Close the ticket"]),
        ],
        curves: &[
            ("Customer", &[2.0, 1.0, 4.0]),
            ("Bot", &[1.0]),
            ("Agent", &[4.0, 5.0]),
        ],
        card_actors: &[
            &["Customer"],
            &["Customer", "Bot"],
            &["Customer", "Agent"],
            &["Agent"],
        ],
    },
    Case {
        file: "tabs.mmd",
        lang: Lang::En,
        title: "Tabs and spaces",
        phases: &[("First", &["Stretch", "Yawn"]), ("Second", &["Stand up"])],
        curves: &[("Me", &[3.0, 2.0, 4.0]), ("Dog", &[4.0])],
        card_actors: &[&["Me"], &["Me"], &["Me", "Dog"]],
    },
    Case {
        file: "front-matter.mmd",
        lang: Lang::En,
        title: "Trip: day one",
        phases: &[
            ("Morning", &["Pack the car", "Leave on time"]),
            ("Afternoon", &["Traffic jam"]),
        ],
        curves: &[("Mia", &[3.0, 4.0, 1.0]), ("Leo", &[3.0, 1.0])],
        card_actors: &[&["Mia", "Leo"], &["Mia"], &["Mia", "Leo"]],
    },
    Case {
        file: "colon-title.mmd",
        lang: Lang::En,
        title: "Trip: day one",
        phases: &[
            ("Departure", &["Check in", "Security"]),
            ("Flight", &["Take off"]),
        ],
        curves: &[("Traveller", &[3.0, 1.0, 5.0])],
        card_actors: &[&["Traveller"], &["Traveller"], &["Traveller"]],
    },
    Case {
        file: "wocheneinkauf.de.mmd",
        lang: Lang::De,
        title: "Wocheneinkauf",
        phases: &[
            ("Planen", &["Einkaufsliste schreiben", "Angebote prüfen"]),
            (
                "Einkaufen",
                &["Parkplatz suchen", "Gemüse wählen", "An der Kasse warten"],
            ),
            ("Heimweg", &["Tüten tragen", "Kühlschrank füllen"]),
        ],
        curves: &[
            ("Ich", &[3.0, 4.0, 1.0, 4.0, 2.0, 2.0]),
            ("Partnerin", &[4.0, 4.0, 2.0, 4.0]),
        ],
        card_actors: &[
            &["Ich"],
            &["Ich", "Partnerin"],
            &["Ich"],
            &["Ich", "Partnerin"],
            &["Ich", "Partnerin"],
            &["Ich"],
            &["Partnerin"],
        ],
    },
    Case {
        file: "mixed-feelings.mmd",
        lang: Lang::En,
        title: "",
        phases: &[
            ("Journey", &["Hear about the tour"]),
            ("Presale", &["Wait in the queue", "Pay"]),
            ("Sold out", &[""]),
            ("Concert", &["Enter the hall", "Encore", "Encore"]),
        ],
        curves: &[
            ("Journey", &[5.0, 1.0]),
            ("Anna", &[2.0, 3.0, 4.0, 5.0, 5.0]),
            ("Ben", &[4.0, 3.0, 4.0]),
        ],
        card_actors: &[
            &[],
            &["Anna", "Ben"],
            &["Anna", "Ben"],
            &["Anna", "Ben"],
            &["Anna"],
            &["Anna"],
        ],
    },
];
